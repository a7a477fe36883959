//! Positions: consumes the relate context (words, person and organisation mentions), produces
//! [`Position`]s — a person, a normalised [`Role`], the title as written, the organisation and
//! whether the position is current.
//!
//! Titles are found from a phrase list ("chief executive officer", "CFO", "co-founder", "head",
//! ...; "chief reason" or "head" with no person are not titles; "executive" before a lower-case
//! noun is an adjective, "executive pay", unless an organisation's executive comes before a
//! participle, "an Acme executive overseeing sales"). Titles joined by "and" form a
//! chain that shares its person and organisation ("X's chairman and chief executive"). The person
//! is found, in this order:
//! 1. right after the chain ("CEO Jane Roe", "Acme's CEO, Jane Roe,");
//! 2. before it, as an apposition ("Jane Roe, Acme's chief executive");
//! 3. as the subject of a linking verb ("Jane Roe, who took over as chief executive of Acme",
//!    "she became CEO", "moved to the role of chairman"); in "X succeeded Y as T" the object Y
//!    held T before (not current), as does Y in "..., when she succeeded Y";
//! 4. in a transcript, the speaker whose label opens the speech when "I" is linked to the title
//!    ("Jane Roe: I am the chairman of Acme.", "I served as chairman of Zeta"; module `speaker`);
//!    such a post names its organisation or has none (no fallback: a hearing's main organisation
//!    is as often the committee).
//!
//! Between 2 and 3, "the chief executive of Acme, Jane Roe," (the person right after the
//! organisation that follows the chain) when no verb links a subject to the title. A comma may
//! follow an organisation's title ("Acme CEO, Jane Roe,"); "Acme chief Jane Roe" and "Acme boss
//! Jane Roe" are chief executives.
//! Plural titles take every listed name ("co-founders Jane Roe and John Doe"). Also: "Acme was
//! founded by Jane Roe [and John Doe]" (founder or co-founders), "joined the board of Acme"
//! (director), "took charge of / took over the leadership of Acme", "after five years running
//! Acme" and "Jane Roe, who heads Acme" (head); "Jane Roe, who has led Acme since 2019" (a
//! company's chief executive, another body's head).
//! Labels follow the corpus guidelines (eval/corpus/GUIDELINES.md): economists and strategists
//! are analysts, vice chairmen, managers, general counsel and other chief officers executives,
//! secretaries, administrators and directors-general heads, a deputy's or assistant's post
//! "other" (a company's deputy is an executive: "deputy finance director"), as are a body's staff attorneys ("the staff attorneys on this matter are X and Y of
//! the FTC's Bureau of Z"; when the unit after the possessive is a name no organisation mention
//! covers, "the FTC's Northwest Region", they get no position rather than the owner); a
//! "Co-President" is a president (a company's post, never a state's).
//!
//! The organisation is, in order: "of/at/for ORG" after the chain ("CEO for acmenet": a lower-case
//! form of an organisation's one-word name no mention covers) (or after the person: "analyst
//! Jane Roe of Acme"; "of Acme's parent company, Zeta Group" is Zeta Group); "Acme, which is run by CEO Jane Roe"; an organisation right before it
//! ("Acme chairman", "Acme's CEO", "an Acme co-founder", "a former Acme Inc. director" past the
//! abbreviation's full stop); the owner in a possessive before one or two words qualifying the post
//! ("Ruritania's transport minister", "Acme's 52-year-old chief executive"; module `owner`, which
//! also reads "head of retail banking at the rival Acme");
//! "of the company", "the company's", "the bank chairman" (an anaphor noun: company, firm, bank,
//! airline, agency, union, ...) are the organisation of that kind the nearest sentence before names
//! (its subject-like one first; past a sentence whose subject is the same anaphor and that names
//! others only after prepositions), up to five back, else the article's main one of that kind
//! (module `anaphora`); "its", the organisation of an anaphor subject before it ("the company said
//! its chairman"), else the nearest subject-like organisation before it in the sentence, else the
//! nearest one named before it there, else one of the previous sentences (never one named later
//! in the sentence); "chairman of the airline's parent, Zeta Holdings" / "head of its chip unit,
//! Zeta Devices" the organisation in apposition to what the possessive owns; an uncovered word
//! that is an organisation's alias ("the CEO of ACX, Jane Roe") or, standing alone, the first
//! word of exactly one organisation's longer name ("chief executive of Telecom"); "the bank's chairman is Jane Roe" names the holder after "is"; a title with no organisation anywhere in its sentence takes
//! the article's main organisation of the kind the title suits (a company for
//! business titles): the most mentioned, unless the headline names another one and not it
//! (then the one it names first; a one-word name the body mentions once
//! does not count); "Acme [, the Leeds retailer,] has appointed / it would appoint X as T" the
//! appointing organisation; a person introduced in a list ("Jane Roe, chief executive, and John Doe, head
//! of sales") speaks for the body the list's frame names ("from Acme" before the list, ", of Acme." or
//! ", on behalf of Acme." closing it, "is accompanied by" after a sentence naming it; module `listed`);
//! otherwise the nearest one named before it in the sentence (the subject-like
//! one when the nearest is "its X"; with lower confidence); "of the FTC's Bureau of X" is the
//! bureau. A second "title person" pair joined by "and" to a first shares its organisation ("the
//! union's president X and vice president Y"). "chief executive of the unit" (named but
//! not resolvable) gives no position, nor do "chief executive of a trade group" and a title
//! whose organisation is a capitalised name no mention covers ("president of Zeta Union",
//! "Zeta's chief operating officer" with Zeta unrecognised): no other organisation is guessed for
//! them. In "Reuters reported that ... the company's CEO" the report's source is not "the
//! company". An analyst's organisation is never guessed, a minister's
//! never, a governor's, commissioner's or secretary's only as a non-business organisation.
//! State offices: a demonym before the title ("Indonesian President", "German economy minister")
//! or in the apposition ("X, the Japanese minister") gives the country it stands for when the
//! article names it; a capitalised "President X" / "Minister X" with no organisation next to it
//! holds the office of the country the article names most, else none (never a guessed company);
//! so does a minister named next to the title in any case ("trade minister X", "the country's
//! finance minister, X"; not one a verb links: "being Prime Minister"). "Chairman of the Board and
//! CEO of Acme" is one chain of two titles (the board is part of the first).
//! A position is not current after "former", "then", "ex-", "until", "stepped down as",
//! "predecessor", "where she was", or for the Y of "succeeded Y as"; "will / plans to step down
//! as" is still current.
//! A witness-list item's title takes the body closing its item (module `item`); a post in a
//! company's division is the company's, a division's chief executive one of its executives
//! (module `division`).
//! An office's capitalised title after its body's abbreviation in parentheses or a modifier is the
//! body's post ("Zeta Agency (ZA) Acting Administrator Jane Roe"; module `office`).
//! A form of address between a title and its holder is passed over ("Acme Chairman, Mr Jane
//! Roe,"), as is a capitalised office's portfolio ("Minister for Energy Jane Roe"; module
//! `address`).
//! A list of posts after one holder ("He was CEO of Acme, chairman and CEO of Zeta, chairman of
//! Bolt"): a chain with no holder of its own right after the previous chain's organisation takes
//! that chain's holders (module `posts`); "Chief Executive Officer (CEO)" is one title.
//! Past an age, a residence and an alias in parentheses, an apposition's title is the name's
//! ("Jane Roe, age 57, of Leeds, England, the former CFO of Acme"); so is a title in parentheses
//! naming its organisation ("Jane Roe (chief executive of Acme)"); a plural title before names
//! gives each the singular's post ("Commissioners Roe, Doe and Poe"; module `plural`).
//! A succession with no title in its sentence ("She will be succeeded by X", "X will succeed Y")
//! passes on a post the text names in another sentence (module `succession`).

use crate::lexicon::grammar::{
    AND, AND_OR_COMMA, AND_WORDS, FOR, INDEFINITE_ARTICLES, NOW, OF, OF_AT, ON, OWNER_PRONOUNS, THE, WAS_FORMS,
};
use crate::lexicon::people::{
    ADJECTIVE_TITLES, ASSOCIATE, BARE_CHIEF, BOARD, BOARDS, CHIEF, CO_PREFIX, CONTROLLER, CORPORATE_LEADS, DIRECTORS,
    DIVISION_HEAD_TITLES, FORMER_CUES, FOUNDERS, JOIN_WORDS, LEADER_TITLES, NOT_CURRENT, NOT_POST_CONTROLLERS, OFFICER,
    OFFICER_POSTS, PARTICIPLE_SUFFIX, PAST_PREFIXES, PLURAL_FOUNDER_TITLES, POST_QUALIFIERS, PRESIDENTIAL,
    PUBLIC_BODY_TITLES, ROLE_ORG_DETERMINERS, ROLE_ORG_PREPOSITIONS, SEAT_VERBS, SECRETARY_GENERAL_TITLES, SERVE_VERBS,
    TITLE_DESIGNATE, TITLE_MODIFIERS, TITLES, UNDER_TITLE, VARIANT_TITLES,
};
use crate::lexicon::words::is_in;
use newskg_doc::{EntityIdx, Position, Role};

use super::Ctx;
use crate::rulebook::Rule;

mod address;
pub(crate) mod anaphora;
mod chief;
mod committee;
mod division;
mod employer;
mod founding;
mod frame;
mod function;
mod item;
mod listed;
mod office;
mod org;
mod owner;
mod persons;
mod plural;
mod posts;
mod respectively;
mod skip;
mod speaker;
mod staff;
mod succession;
mod verbal;
use org::{fallback_org, led_org, main_country, org_after_chain, org_before_chain};
use persons::{add_predecessors, add_successors, chain_persons};
use skip::skip_back;
use verbal::{extract_founders, extract_heads, extract_tenure, extract_verbal};

/// "chief X officer" titles not in the list above.
fn generic_chief(ctx: &Ctx<'_>, i: usize) -> Option<usize> {
    if ctx.words.lower(i) != CHIEF {
        return None;
    }
    for len in 2..=4 {
        if ctx.words.lower(i + len) == OFFICER {
            return Some(len + 1);
        }
    }
    None
}

/// One title occurrence.
#[derive(Debug, Clone)]
struct Title {
    first: usize,
    last: usize,
    role: Role,
}

/// Extracts positions.
pub(crate) fn positions(ctx: &Ctx<'_>) -> Vec<Position> {
    let mut out: Vec<Position> = Vec::new();
    for (s, &(sf, sl)) in ctx.sent_words.iter().enumerate() {
        let (titles, start) = (find_titles(ctx, sf, sl), out.len());
        // "the union's president Jane Roe and vice president John Doe": the second pair shares
        // the first's organisation
        let mut prev: Option<(usize, EntityIdx)> = None;
        // (the end of the organisation after the last chain's titles, its holders and whether current)
        let mut last_post: Option<posts::ClosedPost> = None;
        for chain in chains(ctx, &titles) {
            let n = out.len();
            // ("the prime minister X and industry minister Y": a state office past lower-case
            // words naming its portfolio)
            let ministers = chain.iter().all(|t| t.role == Role::Minister);
            let shared = prev.filter(|&(end, _)| {
                chain.first().is_some_and(|h| {
                    h.first == end + 1
                        || ministers
                            && h.first > end + 1
                            && h.first <= end + 3
                            && (end + 1..h.first).all(|k| ctx.words.is_lower_word(k))
                }) && ctx.words.lower(end) == AND
            });
            // "He was chief executive of Acme, chairman of Zeta and chairman of Bolt": a title with no
            // holder of its own right after the previous post's organisation is the same holder's
            let inherit = last_post.as_ref().filter(|(end, _, _)| {
                ctx.on(Rule::ListedPosts) && chain.first().is_some_and(|h| posts::continues_list(ctx, *end, h.first))
            });
            let inherit = inherit.map(|(_, p, c)| (p.as_slice(), *c));
            extract_chain(ctx, s, sf, sl, &chain, shared.map(|(_, o)| o), inherit, &mut out);
            last_post = chain.last().and_then(|t| posts::closed_post(ctx, t, sl, &out[n..]));
            // "a director of Acme, Zeta and Bolt": the same post at every listed organisation
            if ctx.on(Rule::OrgList)
                && let Some((end, orgs)) = chain.last().and_then(|t| posts::listed_orgs(ctx, t, sl, &out[n..]))
            {
                let made: Vec<Position> = out[n..].to_vec();
                for o in orgs {
                    out.extend(made.iter().cloned().map(|mut p| {
                        p.organization = Some(o);
                        p
                    }));
                }
                if let Some(post) = last_post.as_mut() {
                    post.0 = end;
                }
            }
            prev = out[n..].iter().find_map(|p| {
                let o = p.organization?;
                let m = ctx
                    .mentions
                    .iter()
                    .find(|m| m.entity == p.person && m.sent == s && m.first >= chain.last().map_or(0, |t| t.last))?;
                Some((m.last, o))
            });
        }
        // "Jane Roe and John Doe, the chairman and president, respectively, of Acme"
        ctx.on(Rule::Respectively).then(|| respectively::pair(ctx, s, sf, sl, &titles, start, &mut out));
        ctx.on(Rule::Verbal).then(|| extract_verbal(ctx, s, sf, sl, &mut out));
        ctx.on(Rule::Heads).then(|| extract_heads(ctx, s, sf, sl, &mut out));
        ctx.on(Rule::Founders).then(|| extract_founders(ctx, s, sf, sl, &mut out));
    }
    // "X will succeed Y" with Y's post named in another sentence
    ctx.on(Rule::Predecessors).then(|| succession::pass_on_posts(ctx, &mut out));
    // "X, who has led Acme since 2019" (after the successions, which pass on titled posts only)
    if ctx.on(Rule::Tenure) {
        for (s, &(sf, sl)) in ctx.sent_words.iter().enumerate() {
            extract_tenure(ctx, s, sf, sl, &mut out);
        }
    }
    // "Chair of the Zeta Select Committee Jane Roe": a legislator's chair, no post (the
    // guidelines give legislators none)
    ctx.on(Rule::LegislativeCommittee).then(|| committee::drop_legislative_chairs(ctx, &mut out));
    dedupe(out)
}

fn find_titles(ctx: &Ctx<'_>, sf: usize, sl: usize) -> Vec<Title> {
    let mut out = Vec::new();
    let mut i = sf;
    while i < sl {
        // titles inside an entity name ("Vice Media", "Director Inc") are not titles
        if ctx.mention_of_word.get(i).copied().flatten().is_some() {
            i += 1;
            continue;
        }
        let mut hit: Option<(usize, Role)> = None;
        // "then-CEO", "ex-chairman", "now-Chairman": the title after a time prefix
        let first = title_word(ctx.words.lower(i));
        // "Co-Director", "co-chair": a shared post is the post itself (not "co-founder", a title of
        // its own)
        let first = match first.strip_prefix(CO_PREFIX) {
            // (the variant titles, "co-CEO", are their own rule's)
            Some(rest)
                if ctx.on(Rule::PostQualifiers)
                    && !TITLES.iter().chain(VARIANT_TITLES).any(|(p, _)| p.first() == Some(&first)) =>
            {
                rest
            }
            _ => first,
        };
        let variants = if ctx.on(Rule::VariantTitles) { VARIANT_TITLES } else { &[] };
        let plurals = if ctx.on(Rule::PluralFounders) { PLURAL_FOUNDER_TITLES } else { &[] };
        let divisions = if ctx.on(Rule::AssistantAttorneyGeneral) { DIVISION_HEAD_TITLES } else { &[] };
        // "Acme's former Controller" (rule `roles-officer-posts`; not "air traffic controller")
        let officers = if ctx.on(Rule::OfficerPosts)
            && !(first == CONTROLLER && i > sf && is_in(NOT_POST_CONTROLLERS, ctx.words.lower(i - 1)))
        {
            OFFICER_POSTS
        } else {
            &[]
        };
        // "the Secretary-General of the United Nations" (rule `roles-secretary-general`)
        let generals = if ctx.on(Rule::SecretaryGeneral) { SECRETARY_GENERAL_TITLES } else { &[] };
        for (phrase, role) in
            divisions.iter().chain(officers).chain(generals).chain(variants).chain(plurals).chain(TITLES)
        {
            if phrase
                .iter()
                .enumerate()
                .all(|(k, p)| i + k < sl && if k == 0 { first == *p } else { ctx.words.lower(i + k) == *p })
            {
                hit = Some((phrase.len(), *role));
                break;
            }
        }
        // "Commissioners Hyde, Bartley and Lee", "Acme directors Jane Roe and John Doe": a plural
        // title right before its holders' names is the singular's post (rule `roles-plural-titles`)
        if hit.is_none() && ctx.on(Rule::PluralTitles) {
            hit = plural::plural_title(ctx, i, sl);
        }
        // "CFTC staff members responsible for this case are Jane Roe and John Doe" (module `staff`)
        if hit.is_none() {
            hit = staff::staff_title(ctx, i, sl);
        }
        // "one of the founders of our industry": the plural "founders" of something no organisation
        // names is no post (only "founders of [the] Acme")
        let names_org = |k: usize| ctx.mention_starting(k).is_some_and(|m| ctx.is_org(m.entity));
        if hit.is_some()
            && ctx.words.lower(i) == FOUNDERS
            && ctx.words.lower(i + 1) == OF
            && !(names_org(i + 2) || (ctx.words.lower(i + 2) == THE && names_org(i + 3)))
        {
            hit = None;
        }
        // "executive functions", "executive pay", "premier retailer": an adjective, not a title
        // ("an Acme executive overseeing sales": a participle after an organisation's executive
        // keeps the title)
        if hit.is_some_and(|(len, _)| {
            len == 1 && is_in(ADJECTIVE_TITLES, ctx.words.lower(i)) && {
                let next = ctx.words.lower(i + 1);
                let participle = next.ends_with(PARTICIPLE_SUFFIX)
                    && ctx.mention_ending(skip_back(ctx, i, sf, 4)).is_some_and(|m| ctx.is_org(m.entity));
                ctx.words.is_lower_word(i + 1)
                    && !is_in(ROLE_ORG_PREPOSITIONS, next)
                    && !is_in(AND_WORDS, next)
                    && !participle
            }
        }) {
            hit = None;
        }
        if hit.is_none()
            && ctx.on(Rule::GenericChief)
            && let Some(len) = generic_chief(ctx, i)
        {
            // "chief investment officer", "chief marketing officer": senior executives
            hit = Some((len, newskg_doc::Role::Executive));
        }
        // "Acme chief Jane Roe", "Acme boss Jane Roe", "the bank's boss, Jane Roe": the chief
        // executive, only between an organisation (or "the company's") and a person
        let person_at = |k: usize| ctx.mention_starting(k).is_some_and(|m| ctx.is_person(m.entity));
        if hit.is_none()
            && is_in(BARE_CHIEF, ctx.words.lower(i))
            && {
                // "Acme's new boss Jane Roe": past title modifiers
                let mut b = i;
                while b > sf + 1 && TITLE_MODIFIERS.contains(&ctx.words.lower(b - 1)) {
                    b -= 1;
                }
                ctx.mention_ending(b).is_some_and(|m| ctx.is_org(m.entity))
                    || anaphora::anaphor_noun_before(ctx, b, sf).is_some()
                    // "Its boss, Jane Roe, said": the owner pronoun's organisation
                    || (b > sf && is_in(OWNER_PRONOUNS, ctx.words.lower(b - 1)))
            }
            && (person_at(i + 1) || ctx.words.lower(i + 1) == "," && person_at(i + 2))
        {
            hit = Some((1, Role::Ceo));
        }
        // "Zeta Party leader Jane Roe", "the acting leader of the Zeta Union", "Jane Roe, chief of
        // Acme Air": the body's head, only next to the organisation it leads
        if hit.is_none() && ctx.on(Rule::LeaderTitles) && leader_title(ctx, i, sf, sl) {
            hit = Some((1, Role::Head));
        }
        // "joined the board of Acme", "sits on the board": a directorship
        if hit.is_none()
            && ctx.words.lower(i) == BOARD
            && i >= sf + 2
            && ctx.words.lower(i - 1) == THE
            && is_in(JOIN_WORDS, ctx.words.lower(i - 2))
        {
            hit = Some((1, Role::Director));
        }
        // "serves on the boards of Acme and Zeta": the plural only after a verb of holding a seat
        if hit.is_none()
            && ctx.on(Rule::BoardSeats)
            && ctx.words.lower(i) == BOARDS
            && i >= sf + 3
            && ctx.words.lower(i - 1) == THE
            && ctx.words.lower(i - 2) == ON
            && (is_in(SEAT_VERBS, ctx.words.lower(i - 3)) || is_in(SERVE_VERBS, ctx.words.lower(i - 3)))
        {
            hit = Some((1, Role::Director));
        }
        // "joined the board of directors of Acme": the board's full name is the title, so that the
        // organisation after it is the post's
        let hit = hit.map(|(len, role)| {
            let board = is_in(&[BOARD, BOARDS], ctx.words.lower(i)) && len == 1;
            let full = board
                && ctx.on(Rule::BoardSeats)
                && ctx.words.lower(i + 1) == OF
                && ctx.words.lower(i + 2) == DIRECTORS
                && is_in(OF_AT, ctx.words.lower(i + 3));
            (if full { 3 } else { len }, role)
        });
        // "Chief Executive Officer (CEO) of Acme": the title's abbreviation in parentheses is part of it
        let hit = hit.map(|(len, role)| {
            let abbreviated = ctx.words.lower(i + len) == "("
                && ctx.words.lower(i + len + 2) == ")"
                && i + len + 3 <= sl
                && TITLES.iter().any(|(p, _)| p.len() == 1 && p[0] == ctx.words.lower(i + len + 1));
            (if abbreviated && ctx.on(Rule::ListedPosts) { len + 3 } else { len }, role)
        });
        // "chairperson designate of Acme": the post about to be taken up is the title
        let hit = hit.map(|(len, role)| (len + usize::from(is_in(TITLE_DESIGNATE, ctx.words.lower(i + len))), role));
        match hit {
            Some((len, role)) => {
                out.push(Title { first: i, last: i + len, role });
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

/// Whether word `i` is a leadership noun next to the organisation it leads (rule `roles-leader`):
/// "leader" after an organisation or an anaphor's possessive ("Zeta Party leader", "the former Zeta
/// leader", "the party's leader") or before "of [the] ORG"; "chief" only before "of [the] ORG" ("chief
/// of Acme Air"; not a possessive owner, "chief of Acme's rail unit", whose unit is not named).
fn leader_title(ctx: &Ctx<'_>, i: usize, sf: usize, sl: usize) -> bool {
    let w = ctx.words.lower(i);
    let leader = is_in(LEADER_TITLES, w);
    if !leader && w != CHIEF {
        return false;
    }
    let org_at = |k: usize| {
        k < sl && ctx.mention_starting(k).is_some_and(|m| ctx.is_org(m.entity) && !ctx.possessive_at(m.last - 1))
    };
    let of_org = ctx.words.lower(i + 1) == OF && (org_at(i + 2) || ctx.words.lower(i + 2) == THE && org_at(i + 3));
    if !leader {
        return of_org || ctx.on(Rule::ChiefUnit) && chief::chief_of_unit(ctx, i, sf, sl);
    }
    let mut b = i;
    while b > sf + 1 && TITLE_MODIFIERS.contains(&ctx.words.lower(b - 1)) {
        b -= 1;
    }
    of_org
        || ctx.mention_ending(b).is_some_and(|m| ctx.is_org(m.entity))
        || anaphora::anaphor_noun_before(ctx, b, sf).is_some()
}

/// Whether the organisation of a title is named but not one the article's entities hold, so
/// that no other organisation may be guessed for it: "chief executive of a trade group", "the
/// president of Zeta Workers Union" or "Zeta's operations chief" with Zeta unrecognised (a
/// capitalised word no mention covers; "of the Board", "Director of Policy at Acme" and
/// "Secretary of Transportation" aside).
fn unnamed_org(ctx: &Ctx<'_>, sf: usize, sl: usize, tail: &Title, owner_end: usize) -> bool {
    let uncovered_name = |k: usize| {
        k < sl
            && ctx.mention_of_word.get(k).copied().flatten().is_none()
            && ctx.words.get(k).is_some_and(|w| w.is_alpha() && w.text.starts_with(char::is_uppercase))
            && ctx.words.lower(k) != BOARD
    };
    if is_in(OF_AT, ctx.words.lower(tail.last)) {
        let mut k = tail.last + 1;
        if is_in(INDEFINITE_ARTICLES, ctx.words.lower(k)) {
            return true;
        }
        if ctx.words.lower(k) == THE {
            k += 1;
        }
        let mut j = k;
        while uncovered_name(j) && j < k + 5 {
            j += 1;
        }
        // ("Secretary of Transportation": an office's name, whose department the article names)
        let office = tail.last > tail.first && is_in(PUBLIC_BODY_TITLES, ctx.words.lower(tail.last - 1));
        // ("Vice President of Sales": a business function, no body; rule `roles-function-of`)
        let function = ctx.on(Rule::FunctionOfTitle)
            && !matches!(tail.role, Role::Minister | Role::Governor)
            && function::business_function(ctx, j, sl);
        if j > k && !office && !function && !is_in(ROLE_ORG_PREPOSITIONS, ctx.words.lower(j)) {
            return true;
        }
    }
    // "Jane Roe, Co-founder, Zeta Energy;" with Zeta Energy unrecognised: a list item's own
    // organisation, not one another item names
    if ctx.on(Rule::UnnamedOrg)
        && item::person_before_title(ctx, owner_end, sf)
        && item::unnamed_item_org(ctx, tail, sl)
    {
        return true;
    }
    // "Zeta's consumer chief operating officer" with no mention on "Zeta's"
    owner_end > sf + 1
        && ctx.possessive_at(owner_end - 1)
        && uncovered_name(owner_end - 1)
        && ctx.words.lower(owner_end - 1).ends_with("'s")
}

/// A title word with a time prefix taken off ("then-ceo" → "ceo", "now-chairman" → "chairman") or
/// a designation ("chairman-designate" → "chairman").
fn title_word(w: &str) -> &str {
    match (w.split_once('-'), w.rsplit_once('-')) {
        (Some((pre, rest)), _) if is_in(PAST_PREFIXES, pre) || pre == NOW => rest,
        (_, Some((head, post))) if is_in(TITLE_DESIGNATE, post) => head,
        _ => w,
    }
}

/// Groups titles joined by "and" / "&" / "," (with modifiers such as "former" between).
fn chains(ctx: &Ctx<'_>, titles: &[Title]) -> Vec<Vec<Title>> {
    let mut out: Vec<Vec<Title>> = Vec::new();
    let between_of = |a: &Title, b: &Title| -> Vec<&str> { (a.last..b.first).map(|k| ctx.words.lower(k)).collect() };
    for (ti, t) in titles.iter().enumerate() {
        if let Some(chain) = out.last_mut()
            && let Some(prev) = chain.last()
        {
            let mut between = between_of(prev, t);
            // "Chairman of the Board and CEO of Acme": the board a title names is part of it
            if between.len() > 3 && between[..3] == [OF, THE, BOARD] {
                between.drain(..3);
            }
            // "chairman, chief executive and president of Acme": a comma list closed by "and"
            let listed = between == [","]
                && titles.get(ti + 1).is_some_and(|n| {
                    let b = between_of(t, n);
                    !b.is_empty() && b.len() <= 2 && b.iter().all(|w| is_in(AND_WORDS, w))
                });
            let comma_then_person =
                between == [","] && (listed || ctx.mention_starting(t.last).is_some_and(|m| ctx.is_person(m.entity)));
            let joined = !between.is_empty()
                && between.len() <= 3
                && (between.iter().any(|w| is_in(AND_WORDS, w)) || comma_then_person)
                && between.iter().all(|w| is_in(AND_OR_COMMA, w) || TITLE_MODIFIERS.contains(w));
            if joined {
                chain.push(t.clone());
                continue;
            }
        }
        out.push(vec![t.clone()]);
    }
    out
}

/// The positions one chain of titles states ("chief executive and president"): its
/// organisation, its people and whether each post is current.
#[allow(clippy::too_many_arguments)]
fn extract_chain(
    ctx: &Ctx<'_>,
    s: usize,
    sf: usize,
    sl: usize,
    chain: &[Title],
    shared: Option<EntityIdx>,
    inherit: Option<(&[(EntityIdx, bool)], bool)>,
    out: &mut Vec<Position>,
) {
    let (Some(head), Some(tail)) = (chain.first(), chain.last()) else {
        return;
    };
    // "head" alone needs "of" after it or an organisation before it ("head of traffic" with no
    // person is dropped later anyway).
    // --- organisation ---
    let mut org = org_after_chain(ctx, tail, sl);
    let mut from_item = false;
    // "Jane Roe, Director of Policy, Acme; John Doe, Chief Executive, Zeta": the item's own
    // organisation, not "of Policy" nor another item's (module `item`)
    if ctx.on(Rule::ItemOrg)
        && let Some(o) = item::item_org(ctx, head, tail, sl, true)
    {
        org = Some((o, 0.85));
        from_item = true;
    }
    // "Chief Executive, Health and Beauty Division, Acme": the company, of which the post is an
    // executive's (module `division`)
    let mut division = false;
    if ctx.on(Rule::DivisionPost)
        && let Some((o, _)) = org
        && let Some(c) = division::company_after_division(ctx, o, tail.last, sl)
    {
        (org, division) = (Some((c, 0.85)), true);
    }
    // "ORG['s] [modifiers] title"
    let before = skip_back(ctx, head.first, sf, 4);
    // "Acme's vice president of marketing for the Zapper": the owner before the title, not the
    // product or client named after a function
    let after_function = is_in(ROLE_ORG_PREPOSITIONS, ctx.words.lower(tail.last))
        && ctx.words.is_lower_word(tail.last + 1)
        && !is_in(ROLE_ORG_DETERMINERS, ctx.words.lower(tail.last + 1));
    // ("Acme's worldwide vice president": past up to two lower-case adjectives)
    let mut owner_end = before;
    while owner_end > sf + 1 && owner_end + 2 > before && ctx.words.is_lower_word(owner_end - 1) {
        owner_end -= 1;
    }
    if org.is_some()
        && after_function
        && owner_end > sf
        && ctx.possessive_at(owner_end - 1)
        && let Some(m) = ctx.mention_ending(owner_end).filter(|m| ctx.is_org(m.entity))
    {
        org = Some((m.entity, 0.85));
    }
    if org.is_none() && ctx.on(Rule::ItemOrg) {
        org = item::item_org(ctx, head, tail, sl, false).map(|o| (o, 0.8));
    }
    if org.is_none() && ctx.on(Rule::LedOrg) {
        org = led_org(ctx, s, sf, before);
    }
    // "Zeta Agency (ZA) Administrator Jane Roe": the body before its abbreviation (module `office`)
    if org.is_none()
        && ctx.on(Rule::OfficeAbbrev)
        && let Some(e) = office::org_before_abbreviation(ctx, sf, before)
    {
        org = Some((e, 0.8));
    }
    let mut possessive_pronoun = false;
    if org.is_none() {
        (org, possessive_pronoun) = org_before_chain(ctx, sf, before, head.role);
    }
    // "Ruritania's transport minister, Jane Roe": the possessive's owner past the post's qualifier
    let mut person_before = before;
    if org.is_none()
        && let Some((end, o)) = owner::owner_past_qualifier(ctx, sf, before, head.role)
    {
        org = Some((o, 0.8));
        person_before = end;
    }
    // --- person ---
    let (mut persons, stepped_down, link_conf) =
        chain_persons(ctx, sf, sl, person_before, tail, possessive_pronoun, &mut org);
    // (a post listed after one of the same holder's: only with its own organisation after it)
    let mut inherited_current = true;
    if persons.is_empty()
        && let Some((p, c)) = inherit
        && org_after_chain(ctx, tail, sl).is_some()
    {
        persons = p.to_vec();
        inherited_current = c;
    }
    if persons.is_empty() {
        return;
    }
    // "Jane Roe, currently chief executive of Acme, will take over from Y": the apposition's
    // title is the person's present one, not the post Y leaves
    let apposition = {
        let mut k = before;
        while k > sf + 1 && k + 3 > before && ctx.words.is_lower_word(k - 1) {
            k -= 1;
        }
        k > sf + 1
            && ctx.words.lower(k - 1) == ","
            && ctx.mention_ending(k - 1).is_some_and(|m| ctx.is_person(m.entity))
    };
    if ctx.on(Rule::Predecessors) && !(apposition && closes_before_predecessor(ctx, tail.last, sl)) {
        add_predecessors(ctx, tail.last, sl, &mut persons);
    }
    // "its president, Jane Roe, will retire and be replaced by John Doe" (not for a title a verb
    // links: "Jane Roe would become chairman and be succeeded by John Doe" as president)
    if ctx.on(Rule::Predecessors) && link_conf == 0.0 {
        add_successors(ctx, tail.last, sl, &mut persons);
    }
    let mut org = org.or(shared.map(|o| (o, 0.8)));
    // "chief executive of the unit": an organisation is named but not resolvable
    let unresolved_of = is_in(OF_AT, ctx.words.lower(tail.last))
        && ctx.words.lower(tail.last + 1) == THE
        && ctx.mention_starting(tail.last + 2).is_none();
    // "chief executive of the retail division": the division of the organisation found otherwise
    // (only in a list item, "Jane Roe, chief executive of the retail division, and John Doe": "she
    // would remain chief executive of the unit" names a unit the text names elsewhere)
    if org.is_none()
        && unresolved_of
        && ctx.on(Rule::DivisionPost)
        && item::person_before_title(ctx, before, sf)
        && division::unnamed_division(ctx, tail, sl)
    {
        division = true;
    }
    // "a spokesman for the police", "a spokeswoman for Jane Roe": a spokesperson for what no
    // organisation mention names (an organisation after "for" was taken above); none is guessed
    let speaks_for_unnamed = ctx.on(Rule::SpokespersonFor)
        && chain.iter().all(|t| t.role == Role::Spokesperson)
        && ctx.words.lower(tail.last) == FOR
        && tail.last + 1 < sl;
    if org.is_none()
        && !division
        && (unresolved_of
            || speaks_for_unnamed
            || ctx.on(Rule::UnnamedOrg) && unnamed_org(ctx, sf, sl, tail, owner_end))
    {
        return;
    }
    // "President Jane Roe", "Prime Minister Jane Roe" with no organisation next to them: a head of
    // state or government of the article's country, never a company guessed from the sentence
    let state_title = chain.iter().all(|t| matches!(t.role, Role::President | Role::VicePresident | Role::Minister))
        && !is_in(CORPORATE_LEADS, ctx.words.lower(head.first))
        && ctx.words.get(head.first).is_some_and(|w| w.text.starts_with(|c: char| c.is_uppercase()))
        && ctx.mention_starting(tail.last).is_some_and(|m| ctx.is_person(m.entity));
    // "Trade minister Jane Roe", "the country's finance minister, Jane Roe,": a minister named
    // with no organisation serves the article's country, whatever the case of the title (named
    // next to the title, not linked to it by a verb: "being Prime Minister" is no post)
    let minister = link_conf == 0.0 && chain.iter().all(|t| t.role == Role::Minister);
    if org.is_none() && (state_title || minister) && ctx.on(Rule::StateTitles) {
        // "Ruritanian Trade Minister Jane Roe", "Ruritania, whose President Jane Roe": the state
        // the adjective or the relative names (none when the article does not name it), before
        // the article's country
        org = match (org::adjective_state(ctx, sf, head.first), org::whose_place(ctx, sf, head.first)) {
            (Some(Some(e)), _) | (None, Some(e)) => Some((e, 0.75)),
            (Some(None), _) => return,
            (None, None) => {
                same_office(ctx, out, &persons, chain).map(|e| (e, 0.7)).or_else(|| main_country(ctx).map(|e| (e, 0.6)))
            }
        };
        if org.is_none() {
            return;
        }
    }
    // "the presidential spokesperson Jane Roe": an office of the state the article is about
    // ("Presidential" may have been taken for a name)
    if head.first > sf
        && ctx.words.lower(head.first - 1) == PRESIDENTIAL
        && org.is_none_or(|(o, _)| ctx.kind(o) != Some(newskg_doc::EntityKind::Location))
    {
        org = main_country(ctx).map(|e| (e, 0.6));
        if org.is_none() {
            return;
        }
    }
    // a transcript speaker's own post names its organisation or has none: a hearing's main
    // organisation is as often the committee as the speaker's employer
    let spoken = org.is_none()
        && ctx.on(Rule::FirstPerson)
        && persons.first().is_some_and(|&(p, _)| speaker::first_person(ctx, sf, person_before) == Some(p));
    let org = org.or_else(|| fallback_org(ctx, chain, head).filter(|_| ctx.on(Rule::FallbackOrg) && !spoken));
    // "Assistant Attorney General Jane Roe of the Justice Department's Antitrust Division": the post
    // is the division's that the sentence names (the nearest to the title), never the department's
    // or another body's; with no division named the post is left
    let org = match chain.iter().any(|t| division::division_head_title(ctx, t)) {
        true => match division::named_division(ctx, s, head.first) {
            Some(e) => Some((e, 0.8)),
            None => return,
        },
        false => org,
    };
    // "The Agency sued Acme and its CEO": a business post's guessed body is a company (module `employer`)
    let org = employer::business_employer(ctx, chain, org);
    // with no organisation the rules drop the position; the role model may attach one
    let (org, org_conf) = match org {
        Some((o, c)) => (Some(o), c),
        None if ctx.unattached => (None, 0.0),
        None => return,
    };
    // --- current? ---
    let org_start = ctx.mention_ending(before).map_or(before, |m| m.first);
    let window_start = org_start.saturating_sub(3).max(sf);
    let ctx_words: Vec<&str> = (window_start..head.first).map(|k| ctx.words.lower(k)).collect();
    let chain_not_current = ctx_words.iter().any(|w| NOT_CURRENT.contains(w) || w.starts_with("ex-"))
        || is_in(PAST_PREFIXES, ctx.words.lower(head.first).split('-').next().unwrap_or(""))
        || stepped_down
        || until_before(ctx, before, sf)
        || where_was(ctx, before, sf);
    let joint = ctx.on(Rule::PluralFoundersJoint) && persons.iter().filter(|(_, pred)| !pred).count() > 1;
    for (pi, (person, predecessor)) in persons.iter().enumerate() {
        if org.is_some_and(|o| *person == o) {
            continue;
        }
        for (ti, t) in chain.iter().enumerate() {
            // "former" inside the chain applies from there on
            let own_former = (chain.get(ti.wrapping_sub(1)).map_or(t.first, |p| p.last)..t.first)
                .any(|k| NOT_CURRENT.contains(&ctx.words.lower(k)));
            let inherited = ti > 0
                && (1..=ti).any(|j| {
                    let p = &chain[j - 1];
                    (p.last..chain[j].first).any(|k| NOT_CURRENT.contains(&ctx.words.lower(k)))
                });
            let current = !(chain_not_current || own_former || inherited || *predecessor) && inherited_current;
            // ("Jane Roe, Assistant Secretary, Acme Union;": a list item names the body the post heads)
            let item_head = from_item && ctx.on(Rule::ItemParts);
            if t.role == newskg_doc::Role::Head && !item_head && !head_ok(ctx, t, sf, sl) {
                continue;
            }
            // (without the abbreviation in parentheses: "Chief Executive Officer (CEO)")
            let title: String = (t.first..t.last)
                .map(|k| ctx.words.get(k).map_or("", |w| w.text))
                .take_while(|w| *w != "(")
                .collect::<Vec<_>>()
                .join(" ");
            // "deputy director", "assistant secretary": a post under the title, not the title
            let under = t.first > sf && is_in(UNDER_TITLE, ctx.words.lower(t.first - 1));
            // ("Senior Associate Regional Director": an under-title word among the post's qualifiers)
            let qualifiers = || {
                (sf.max(t.first.saturating_sub(3))..t.first)
                    .rev()
                    .map(|k| ctx.words.lower(k))
                    .take_while(|w| TITLE_MODIFIERS.contains(w) || is_in(POST_QUALIFIERS, w))
                    .filter(|_| ctx.on(Rule::PostQualifiers))
            };
            let under = under || qualifiers().any(|w| is_in(UNDER_TITLE, w));
            let associate = qualifiers().any(|w| w == ASSOCIATE);
            // (a company's deputy is one of its executives: "deputy finance director"; so is a
            // non-business body's, "the union's deputy general secretary", rule `roles-deputy-executive`;
            // a state's deputy minister is not)
            let deputy_executive = |o: EntityIdx| {
                ctx.kind(o) == Some(newskg_doc::EntityKind::Company)
                    || ctx.on(Rule::DeputyExecutive)
                        && !associate
                        && ctx.kind(o) == Some(newskg_doc::EntityKind::Organization)
            };
            // (a division head's deputy holds a post under the head's: "Deputy Assistant Attorney General")
            let division_deputy = under && division::division_head_title(ctx, t);
            let role = match under {
                true if division_deputy => Role::OtherRole,
                true if org.is_some_and(deputy_executive) => Role::Executive,
                true => Role::OtherRole,
                false if division && t.role == Role::Ceo => Role::Executive,
                // "founders Jane Roe and John Doe": named together, each a co-founder (rule `roles-plural-founders-joint`)
                false if t.role == Role::Founder && joint && ctx.words.lower(t.first) == FOUNDERS => Role::Cofounder,
                false => t.role,
            };
            let conf = (0.5 + org_conf * 0.4 + link_conf - if pi > 0 { 0.1 } else { 0.0 }).min(0.95);
            out.push(Position {
                person: *person,
                organization: org,
                role,
                title,
                current,
                evidence: ctx.evidence(s, conf),
            });
        }
    }
}

/// "U.S. President Jane Roe ... President Roe": the place of the same person's earlier post of the
/// same office in the article, for a bare state title with no place beside it (rule
/// `roles-same-office`).
fn same_office(ctx: &Ctx<'_>, out: &[Position], persons: &[(EntityIdx, bool)], chain: &[Title]) -> Option<EntityIdx> {
    let &[(person, _)] = persons else {
        return None;
    };
    if !ctx.on(Rule::SameOffice) {
        return None;
    }
    out.iter()
        .rev()
        .filter(|p| p.person == person && chain.iter().any(|t| t.role == p.role))
        .find_map(|p| p.organization.filter(|&o| ctx.kind(o) == Some(newskg_doc::EntityKind::Location)))
}

/// Whether a comma comes after `from` before the first word of the sentence that is not part of
/// an organisation's name or a preposition: the end of an apposition ("Jane Roe, chief executive
/// of Acme, will ...").
fn closes_before_predecessor(ctx: &Ctx<'_>, from: usize, sl: usize) -> bool {
    let mut k = from;
    while k < sl && k < from + 8 {
        if ctx.words.lower(k) == "," {
            return true;
        }
        k = ctx.mention_starting(k).map_or(k + 1, |m| m.last);
    }
    false
}

/// Offices of a state whose holder's "organisation" is the country, state or city itself, as
/// written next to the title ("President of Ruritania", "Ruritania's prime minister", "Kent
/// Governor"); any other title needs an organisation.
fn public_office(role: Role) -> bool {
    matches!(role, Role::President | Role::VicePresident | Role::Minister | Role::Governor)
}

/// "head" is a title when "of" ("to" after a secretary) follows it or an organisation or possessive comes before it;
/// a head's title of two words or more ("director general", "permanent secretary") is one anyway.
fn head_ok(ctx: &Ctx<'_>, t: &super::roles::Title, sf: usize, sl: usize) -> bool {
    if t.last >= t.first + 2 {
        return true;
    }
    let next = ctx.words.lower(t.last);
    (next == OF || owner::secretary_to(ctx, t.last, t.last)) && t.last + 1 < sl
        || t.first > 0 && (ctx.mention_ending(t.first).is_some() || ctx.possessive_at(t.first - 1))
        // ("FAA Acting Administrator", "Zeta Agency (ZA) Administrator": module `office`)
        || ctx.on(Rule::OfficeAbbrev) && office::body_before(ctx, sf, t.first)
}

/// "until ... its title" / "was until September its president": a past position.
fn until_before(ctx: &Ctx<'_>, before: usize, sf: usize) -> bool {
    (before.saturating_sub(5).max(sf)..before).any(|k| is_in(FORMER_CUES, ctx.words.lower(k)))
}

/// "where she was head of X", "where he had been": a past position at the place just named.
fn where_was(ctx: &Ctx<'_>, before: usize, sf: usize) -> bool {
    let ws: Vec<&str> = (before.saturating_sub(4).max(sf)..before).map(|k| ctx.words.lower(k)).collect();
    ws.contains(&"where") && ws.iter().any(|w| is_in(WAS_FORMS, w))
}

/// One position per (person, role, organisation): a current statement wins over a former one
/// only when it has higher confidence; "former" evidence is kept otherwise.
fn dedupe(mut v: Vec<Position>) -> Vec<Position> {
    let mut out: Vec<Position> = Vec::new();
    v.sort_by(|a, b| b.evidence.confidence.total_cmp(&a.evidence.confidence));
    for p in v {
        if let Some(q) =
            out.iter_mut().find(|q| q.person == p.person && q.role == p.role && q.organization == p.organization)
        {
            if !p.current {
                q.current = false;
            }
            continue;
        }
        out.push(p);
    }
    out
}
