//! The organisation of a chain of titles: named after it ("of / at / for ORG"), before it
//! ("Acme CEO", "its CEO", "the company's CEO"), the one that leads or appoints the person, or the
//! fallback (the nearest one in the sentence, else the article's main one of the kind the title
//! suits). Consumes the relate context and the chain's titles, produces an organisation (or, for
//! a state office, a place) with a confidence.

use crate::lexicon::grammar::{
    AND, AS, AT, BY, HAVE_FORMS, INCLUDING, IT, MODALS, OF, OF_AT, OWNER_PRONOUNS, POSSESSIVE_ENDINGS, RELATIVE_THAT,
    THE, WHOSE,
};
use crate::lexicon::people::{
    APPOINT_VERBS, DESCRIPTOR_STOP, LED_VERBS, PLURAL_TITLE_SUFFIX, PUBLIC_BODY_TITLES, ROLE_ORG_DETERMINERS,
    ROLE_ORG_PREPOSITIONS, TITLE_OPENERS,
};
use crate::lexicon::places::{DEMONYM_COUNTRIES, PLACE_BASE_SUFFIXES, is_country, nationality_countries};
use crate::lexicon::words::is_in;
use crate::rulebook::Rule;
use newskg_doc::{EntityIdx, Role};

use super::super::Ctx;
use super::{Title, anaphora, owner, public_office, skip_back};

/// The organisation after a chain: "of / at / for [the|its] ORG" ("at rival Acme" too), else
/// "head of research at Acme".
pub(super) fn org_after_chain(ctx: &Ctx<'_>, tail: &Title, sl: usize) -> Option<(EntityIdx, f32)> {
    let mut org: Option<(EntityIdx, f32)> = None;
    let mut k = tail.last;
    // "chairman of the airline's parent, Zeta Holdings", "head of its chip unit, Zeta Devices":
    // the organisation in apposition to what the possessive owns
    if is_in(OF_AT, ctx.words.lower(k))
        && let Some(e) = owned_unit_named(ctx, k + 1, sl)
    {
        return Some((e, 0.85));
    }
    // "the chief executive of the company": the business named before
    if is_in(ROLE_ORG_PREPOSITIONS, ctx.words.lower(k))
        && ctx.on(Rule::TitleAnaphora)
        && let Some(n) = anaphora::anaphor_noun_after(ctx, k + 1, sl)
    {
        return anaphora::resolve(ctx, n).map(|e| (e, 0.65));
    }
    if owner::org_preposition(ctx, tail.last, k) {
        // "at rival Acme", "co-founder of shoe giant Acme": descriptors may follow "at" / "of"
        let at = ctx.words.lower(k) == AT || ctx.words.lower(k) == OF;
        k += 1;
        let mut hops = 0;
        // ("of the German carmaker Acme": a nationality among them)
        while k < sl && hops < 4 {
            if let Some(end) = place_based(ctx, k) {
                k = end;
                hops += 1;
                continue;
            }
            let descriptor = ctx.mention_starting(k).is_none()
                && (is_in(ROLE_ORG_DETERMINERS, ctx.words.lower(k))
                    || (at
                        && ctx.words.lower(k) != AND
                        && ctx.words.is_lower_word(k)
                        // "head of sales before moving to Acme": a clause word ends the descriptor
                        && !(ctx.on(Rule::DescriptorClauseStop) && is_in(DESCRIPTOR_STOP, ctx.words.lower(k))))
                    || (at && DEMONYM_COUNTRIES.iter().any(|(d, _)| *d == ctx.words.lower(k))));
            if !descriptor {
                break;
            }
            if is_in(OWNER_PRONOUNS, ctx.words.lower(k)) && ctx.mention_starting(k + 1).is_none() {
                org = ctx.its_referent(k, None).map(|e| (e, 0.6));
            }
            k += 1;
            hops += 1;
        }
        // "chief executive of Acme's parent company, Zeta Group": the organisation in apposition
        // to what the possessive owns
        if let Some(m) = ctx.mention_starting(k).filter(|m| m.last > m.first && ctx.possessive_at(m.last - 1)) {
            let start = if ctx.words.lower(m.last) == "'" { m.last + 1 } else { m.last };
            let mut j = start;
            while j < sl && j < start + 4 && ctx.words.is_lower_word(j) {
                j += 1;
            }
            if j > start
                && ctx.words.lower(j) == ","
                && let Some(o) = ctx.mention_starting(j + 1).filter(|o| ctx.is_org(o.entity))
            {
                return Some((o.entity, 0.85));
            }
        }
        // "Assistant Attorney General of the Department's Antitrust Division": a body's head noun
        // in the possessive that no name covers, then the unit it owns (rule
        // `roles-head-possessive-unit`)
        if ctx.on(Rule::HeadPossessiveUnitPost)
            && let Some(e) = unit_after_head_possessive(ctx, k)
        {
            return Some((e, 0.8));
        }
        // "director of the FTC's Bureau of Competition": the unit the possessive owns
        if let Some(m) = ctx.mention_starting(k).filter(|m| ctx.is_org(m.entity) && ctx.possessive_at(m.last - 1))
            && let Some(unit) = ctx
                .mention_starting(if ctx.words.lower(m.last) == "'" { m.last + 1 } else { m.last })
                .filter(|u| ctx.is_org(u.entity))
        {
            org = Some((unit.entity, 0.85));
        } else if let Some(m) = ctx.mention_starting(k)
            && (ctx.is_org(m.entity)
                || ctx.kind(m.entity) == Some(newskg_doc::EntityKind::Service)
                || (public_office(tail.role) && ctx.kind(m.entity) == Some(newskg_doc::EntityKind::Location)))
        {
            org = Some((m.entity, 0.85));
        } else if let Some(e) = org_named_uncovered(ctx, k) {
            // "CEO for acmenet": a name the recogniser took elsewhere, written here in lower case
            org = Some((e, 0.8));
        } else {
            // "head of research at Acme", "vice president of operations at Acme"
            let mut j = k;
            while j < sl && j < k + 5 && ctx.words.is_lower_word(j) {
                if ctx.words.lower(j) == AT
                    && let Some(m) = ctx.mention_starting(j + 1).filter(|m| ctx.is_org(m.entity))
                {
                    org = Some((m.entity, 0.8));
                    break;
                }
                j += 1;
            }
            // "head of retail banking at the rival Acme", "head of European operations at the
            // Italian carmaker Acme"
            if org.is_none() {
                org = owner::org_at_after_function(ctx, tail.last + 1, sl).map(|e| (e, 0.8));
            }
        }
    }
    org
}

/// The organisation named right after a capitalised word in the possessive at word `k` that no
/// mention covers and that follows "the" ("the Department's Antitrust Division", "the
/// Commission's Enforcement Bureau"): the unit a body, called by its head noun alone, owns.
fn unit_after_head_possessive(ctx: &Ctx<'_>, k: usize) -> Option<EntityIdx> {
    let word = ctx.words.get(k)?;
    if k == 0
        || ctx.words.lower(k - 1) != THE
        || !word.is_cap()
        || word.sent_start
        || !ctx.possessive_at(k)
        || ctx.mention_of_word.get(k).copied().flatten().is_some()
    {
        return None;
    }
    let start = if ctx.words.lower(k + 1) == "'" { k + 2 } else { k + 1 };
    ctx.mention_starting(start).filter(|m| ctx.is_org(m.entity)).map(|m| m.entity)
}

/// A place named before "-based" / "-headquartered" starting at word `k` ("Silicon Valley-based",
/// "New York-headquartered"), described before an organisation's name: the word after it (rule
/// `roles-place-based-org`).
fn place_based(ctx: &Ctx<'_>, k: usize) -> Option<usize> {
    let m = ctx.mention_starting(k).filter(|m| ctx.kind(m.entity) == Some(newskg_doc::EntityKind::Location))?;
    let last = ctx.words.lower(m.last - 1);
    (ctx.on(Rule::PlaceBasedOrg) && PLACE_BASE_SUFFIXES.iter().any(|s| last.ends_with(s))).then_some(m.last)
}

/// "[the] airline's / its [one to three lower-case words], ORG" from word `k`: the organisation
/// named in apposition to a unit a possessive owns ("of its chip unit, Zeta Devices").
fn owned_unit_named(ctx: &Ctx<'_>, mut k: usize, sl: usize) -> Option<EntityIdx> {
    if ctx.words.lower(k) == THE {
        k += 1;
    }
    let owner = ctx.mention_of_word.get(k).copied().flatten().is_none()
        && (is_in(OWNER_PRONOUNS, ctx.words.lower(k))
            || ctx.possessive_at(k) && ctx.words.lower(k).trim_end_matches("'s").chars().all(char::is_lowercase));
    if !owner {
        return None;
    }
    let start = k + 1;
    let mut j = start;
    while j < sl && j < start + 3 && ctx.words.is_lower_word(j) {
        j += 1;
    }
    if j == start || ctx.words.lower(j) != "," {
        return None;
    }
    ctx.mention_starting(j + 1).filter(|m| ctx.is_org(m.entity)).map(|m| m.entity)
}

/// The organisation whose one-word name (or alias) the word at `k` is, when no mention covers it:
/// written in lower case ("acmenet" for "AcmeNet") or as the alias the recogniser took elsewhere
/// ("the CEO of ACX" with "ACX" found for Acme Exchange in other sentences).
pub(super) fn org_named_uncovered(ctx: &Ctx<'_>, k: usize) -> Option<EntityIdx> {
    let w = ctx.words.get(k)?;
    if ctx.mention_of_word.get(k).copied().flatten().is_some() || !w.is_alpha() {
        return None;
    }
    if !ctx.words.is_lower_word(k) {
        let named = ctx.doc.entities.iter().position(|e| {
            e.kind.is_org() && std::iter::once(&e.name).chain(e.aliases.iter()).any(|n| n.as_str() == w.text)
        });
        // "chief executive of Zeta" for Zeta Mobile Networks: the first word of exactly one
        // organisation's longer name, standing alone
        let alone = ctx.words.get(k + 1).is_none_or(|n| !n.text.starts_with(char::is_uppercase));
        let mut first_word = ctx.doc.entities.iter().enumerate().filter(|(_, e)| {
            e.kind.is_org() && e.name.split_whitespace().count() > 1 && e.name.split_whitespace().next() == Some(w.text)
        });
        return named.or_else(|| match (alone, first_word.next(), first_word.next()) {
            (true, Some((e, _)), None) => Some(e),
            _ => None,
        });
    }
    let lower = ctx.words.lower(k);
    ctx.doc.entities.iter().position(|e| {
        e.kind.is_org() && std::iter::once(&e.name).chain(e.aliases.iter()).any(|n| n.to_lowercase() == lower)
    })
}

/// The organisation a person is to lead: "Acme, which will be led by [incoming CEO] Jane Roe",
/// the head of the relative clause, else the nearest subject-like organisation before "by".
pub(super) fn led_org(ctx: &Ctx<'_>, s: usize, sf: usize, before: usize) -> Option<(EntityIdx, f32)> {
    let by = (before.saturating_sub(3).max(sf)..before).rev().find(|&k| ctx.words.lower(k) == BY)?;
    if !(by > sf && is_in(LED_VERBS, ctx.words.lower(by - 1))) {
        return None;
    }
    // the head of "Acme, which is run by ..." else the nearest subject-like organisation
    let head_org = (sf..by)
        .rev()
        .find(|&k| ctx.words.lower(k) == "," && is_in(RELATIVE_THAT, ctx.words.lower(k + 1)))
        .and_then(|k| ctx.mention_ending(k))
        .filter(|m| ctx.is_org(m.entity));
    head_org
        .or_else(|| {
            ctx.mentions
                .iter()
                .rev()
                .find(|m| m.sent == s && m.last < by && ctx.is_org(m.entity) && ctx.subject_like(**m))
                .copied()
        })
        .map(|m| (m.entity, 0.75))
}

/// The organisation right before a chain ("Acme CEO"), or the one a possessive there refers to
/// ("its CEO", "the company's CEO"); and whether that possessive was a pronoun.
pub(super) fn org_before_chain(
    ctx: &Ctx<'_>,
    sf: usize,
    before: usize,
    head: Role,
) -> (Option<(EntityIdx, f32)>, bool) {
    // "the company president", "the bank's chairman": the organisation of that kind named before
    if ctx.on(Rule::TitleAnaphora) && anaphora::anaphor_noun_before(ctx, before, sf).is_some() {
        return (anaphora::resolve(ctx, before - 1).map(|e| (e, 0.65)), false);
    }
    // "Zenith Airways' CEO": the possessive apostrophe as a word of its own
    if before > sf + 1
        && ctx.words.lower(before - 1) == "'"
        && let Some(m) = ctx.mention_ending(before - 1).filter(|m| ctx.is_org(m.entity))
    {
        return (Some((m.entity, 0.85)), false);
    }
    // "France's Prime Minister X", "Ruritania' Trade Minister X": a country's possessive (past a
    // title's opener such as "Prime", which stays before the title's first word)
    if public_office(head) && ctx.on(Rule::StateCountry) {
        let p = if before > sf && is_in(TITLE_OPENERS, ctx.words.lower(before - 1)) { before - 1 } else { before };
        if p > sf {
            let w = ctx.words.lower(p - 1);
            let end = if is_in(POSSESSIVE_ENDINGS, w) { p - 1 } else { p };
            if (w.ends_with("'s") || is_in(POSSESSIVE_ENDINGS, w))
                && let Some(m) = ctx.mention_ending(end).filter(|m| country_place(ctx, m.entity))
            {
                return (Some((m.entity, 0.85)), false);
            }
        }
    }
    if let Some(m) = ctx.mention_ending(before) {
        let place = public_office(head) && ctx.kind(m.entity) == Some(newskg_doc::EntityKind::Location);
        if place && let Some(country) = demonym_country(ctx, &ctx.doc.entities[m.entity].name.to_lowercase()) {
            // "Indonesian" recognised as a place: the country it stands for
            return (Some((country, 0.85)), false);
        }
        // "Australian Prime" taken for a name before "Minister": the country of its adjective
        if public_office(head)
            && !ctx.is_org(m.entity)
            && !ctx.is_person(m.entity)
            && let Some(country) = demonym_country(ctx, ctx.words.lower(m.first))
        {
            return (Some((country, 0.75)), false);
        }
        // "Acme.com's founder and CEO": a service with a company's top post is run as a business
        // (as "CEO of Acme.com" is read)
        let service_lead = matches!(head, Role::Ceo | Role::Founder | Role::Cofounder)
            && ctx.kind(m.entity) == Some(newskg_doc::EntityKind::Service);
        return ((ctx.is_org(m.entity) || place || service_lead).then_some((m.entity, 0.85)), false);
    }
    // "Indonesian President X", "German economy minister X", "Australian Prime Minister X": the
    // country, when the article names it (at most two words between, none of them a name)
    if public_office(head) {
        let mut k = before;
        while k > sf
            && k + 3 > before
            && ctx.mention_ending(k).is_none()
            && ctx.words.get(k - 1).is_some_and(|w| w.is_alpha())
        {
            if let Some(country) = demonym_country(ctx, ctx.words.lower(k - 1)) {
                return (Some((country, 0.8)), false);
            }
            k -= 1;
        }
    }
    if before > sf {
        let w = ctx.words.lower(before - 1);
        if is_in(OWNER_PRONOUNS, w) {
            // "the company said its chairman": the organisation the anaphor subject refers to
            if ctx.on(Rule::TitleAnaphora)
                && let Some(n) = anaphora::anaphor_subject_before(ctx, before - 1, sf)
            {
                return (anaphora::resolve(ctx, n).map(|e| (e, 0.65)), true);
            }
            return (its_owner(ctx, before - 1).map(|e| (e, 0.65)), true);
        } else if w.ends_with("'s") || w == "'" {
            // "the company's", "the content delivery company's"
            return (ctx.referent_back(before - 1, None).map(|e| (e, 0.55)), false);
        }
    }
    (None, false)
}

/// The organisation "its" at word `i` before a title refers to: the subject-like one before it in
/// its sentence, else the nearest one named before it there ("everyone at Acme," said its
/// chairman), else the previous sentences' (never one named later in the sentence: "Its chief
/// executive, Jane Roe, said Zeta would ..." speaks for the company named before).
fn its_owner(ctx: &Ctx<'_>, i: usize) -> Option<EntityIdx> {
    let s = ctx.words.get(i)?.sent;
    if let Some(e) = included_owner(ctx, i) {
        return Some(e);
    }
    let before = |m: &&super::super::MentionAt| m.sent == s && m.last <= i && ctx.is_org(m.entity);
    if ctx.mentions.iter().filter(before).any(|m| ctx.subject_like(*m)) {
        return ctx.referent_back(i, None);
    }
    ctx.mentions.iter().rev().find(before).map(|m| m.entity).or_else(|| ctx.referent_back(i, None))
}

/// "executives of Acme Corp., including its former chief executive, Jane Roe, and its former
/// finance chief": the organisation named right before the "including" that opens the list "its"
/// at word `i` stands in (no organisation named between; rule `roles-including-its`), not the
/// sentence's subject.
fn included_owner(ctx: &Ctx<'_>, i: usize) -> Option<EntityIdx> {
    if !ctx.on(Rule::IncludingIts) {
        return None;
    }
    let (sf, _) = ctx.sentence_of(i)?;
    let c = (i.saturating_sub(INCLUDED_WITHIN).max(sf + 1)..i).rev().find(|&c| ctx.words.lower(c) == INCLUDING)?;
    if (c + 1..i).any(|j| ctx.mention_starting(j).is_some_and(|m| ctx.is_org(m.entity))) {
        return None;
    }
    let end = if ctx.words.lower(c - 1) == "," { c - 1 } else { c };
    ctx.mention_ending(end).filter(|m| ctx.is_org(m.entity)).map(|m| m.entity)
}

/// At most this many words between the "including" that opens a list and an "its" in it.
const INCLUDED_WITHIN: usize = 25;

/// The country entity a nationality adjective stands for ("indonesian" → the Location named
/// "Indonesia"), when the article names it.
fn demonym_country(ctx: &Ctx<'_>, adjective: &str) -> Option<EntityIdx> {
    let (_, countries) = DEMONYM_COUNTRIES.iter().find(|(d, _)| *d == adjective)?;
    ctx.doc.entities.iter().position(|e| {
        e.kind == newskg_doc::EntityKind::Location
            && std::iter::once(&e.name).chain(e.aliases.iter()).any(|n| countries.contains(&n.to_lowercase().as_str()))
    })
}

/// The state whose nationality adjective stands before a state office, past the office's
/// capitalised portfolio ("Egyptian Trade and Industry Minister X", "Tanzanian President X"; up
/// to four capitalised words and "and" / "&" between them and the title's first word `first`):
/// `Some(Some(place))` when the article names that country, `Some(None)` when it does not (the
/// office is a foreign state's the text leaves unnamed, never the article's own country), `None`
/// with no such adjective.
pub(super) fn adjective_state(ctx: &Ctx<'_>, sf: usize, first: usize) -> Option<Option<EntityIdx>> {
    let named = |countries: &[String]| {
        ctx.doc.entities.iter().position(|e| {
            e.kind == newskg_doc::EntityKind::Location
                && std::iter::once(&e.name)
                    .chain(e.aliases.iter())
                    .any(|n| countries.iter().any(|c| *c == n.to_lowercase()))
        })
    };
    let mut k = first;
    while k > sf && k + 6 > first {
        let w = ctx.words.get(k - 1)?;
        let capital = w.text.starts_with(char::is_uppercase);
        // the adjective recognised as a place of its own ("Egyptian" typed a Location)
        if let Some(m) = ctx.mention_ending(k) {
            let one_word = m.last == m.first + 1;
            if !(one_word && ctx.kind(m.entity) == Some(newskg_doc::EntityKind::Location)) {
                return None;
            }
        }
        let countries = nationality_countries(ctx.words.lower(k - 1));
        if capital && !countries.is_empty() {
            // "UK Prime Minister X" with no longer name for the UK in the article: the place named
            // right before the title is the country itself
            let itself = || {
                ctx.mention_ending(k)
                    .filter(|m| m.last == m.first + 1 && country_place(ctx, m.entity))
                    .map(|m| m.entity)
            };
            return Some(named(&countries).or_else(|| itself().filter(|_| ctx.on(Rule::StateCountry))));
        }
        let joins = (ctx.words.lower(k - 1) == AND || w.text == "&") && k < first;
        if !(capital && w.is_alpha() || joins) || ctx.mention_ending(k).is_some() {
            return None;
        }
        k -= 1;
    }
    None
}

/// "Ruritania, whose President X": the place the relative "whose" right before a state office's
/// title refers to.
pub(super) fn whose_place(ctx: &Ctx<'_>, sf: usize, first: usize) -> Option<EntityIdx> {
    if first < sf + 3 || ctx.words.lower(first - 1) != WHOSE || ctx.words.lower(first - 2) != "," {
        return None;
    }
    ctx.mention_ending(first - 2)
        .filter(|m| ctx.kind(m.entity) == Some(newskg_doc::EntityKind::Location))
        .map(|m| m.entity)
}

/// Whether entity `e` is a place whose name is a country's ("France", "UK"; rule `roles-state-country`).
fn country_place(ctx: &Ctx<'_>, e: EntityIdx) -> bool {
    ctx.kind(e) == Some(newskg_doc::EntityKind::Location) && is_country(&ctx.doc.entities[e].name.to_lowercase())
}

/// The country the article names most often (a place named like a country), if any.
pub(super) fn main_country(ctx: &Ctx<'_>) -> Option<EntityIdx> {
    let any_country = ctx.on(Rule::StateCountry);
    let country_entity = |e: &newskg_doc::Entity| {
        e.kind == newskg_doc::EntityKind::Location
            && std::iter::once(&e.name).chain(e.aliases.iter()).any(|n| {
                let n = n.to_lowercase();
                if any_country {
                    is_country(&n)
                } else {
                    DEMONYM_COUNTRIES.iter().any(|(_, c)| c.contains(&n.as_str()))
                }
            })
    };
    ctx.most_mentioned(|_, e| country_entity(e))
}

/// The confidence of the organisation fallback ([`fallback_org`]), below that of "its" or an
/// anaphor; `roles-business-main-company` moves only a body this guessed.
pub(super) const FALLBACK_CONFIDENCE: f32 = 0.45;

/// The organisation fallback: the nearest one named before the chain in its sentence (the
/// subject-like one when the nearest is owned by it: "its Zeta unit"); with none
/// in the sentence, the article's main organisation of the kind the title suits (a company for
/// business titles, a non-business organisation for a commissioner's or secretary's); a
/// minister's government is named or left out, a governor's body must be an organisation.
pub(super) fn fallback_org(ctx: &Ctx<'_>, chain: &[Title], head: &Title) -> Option<(EntityIdx, f32)> {
    // ("Commissioners Roe and Doe": the plural's singular, rule `roles-plural-titles`)
    let public_body = |t: &Title| {
        let w = ctx.words.lower(t.last - 1);
        let one = w.strip_suffix(PLURAL_TITLE_SUFFIX).filter(|_| ctx.on(Rule::PluralTitles)).unwrap_or(w);
        t.last > t.first && (is_in(PUBLIC_BODY_TITLES, w) || is_in(PUBLIC_BODY_TITLES, one))
    };
    // an analyst with no organisation named next to the title has none (the corpus's rule)
    if chain.iter().all(|t| t.role == Role::Analyst) {
        return None;
    }
    let public = chain.iter().all(|t| t.role == Role::Minister || public_body(t));
    // a minister's government is named or left out; a governor's or commissioner's body is an
    // organisation
    // the subject-like organisation of the sentence, else the nearest one named before the title in
    // it ("Shares in Acme fell after chief executive Jane Roe left"), else earlier sentences'
    let sent = ctx.words.get(head.first).map_or(usize::MAX, |w| w.sent);
    let in_sentence =
        |e: EntityIdx| ctx.mentions.iter().any(|m| m.sent == sent && m.last <= head.first && m.entity == e);
    let nearest_m = ctx.mentions.iter().rev().find(|m| m.sent == sent && m.last <= head.first && ctx.is_org(m.entity));
    let nearest = nearest_m.map(|m| m.entity);
    let back = ctx.referent_back(head.first, None);
    // no organisation in the sentence at all: the article's main one of the kind the title
    // suits (a company for a chief executive, an organisation for a commissioner)
    let kind = if chain.iter().all(public_body) {
        Some(newskg_doc::EntityKind::Organization)
    } else if chain.iter().all(|t| BUSINESS_ROLES.contains(&t.role)) {
        Some(newskg_doc::EntityKind::Company)
    } else {
        None
    };
    let any_in_sentence = ctx.mentions.iter().any(|m| m.sent == sent && ctx.is_org(m.entity));
    // in the sentence: the nearest organisation before the title ("..., to make Acme, would
    // split, chairman Jane Roe denied"), unless it is one the subject owns ("joined Acme as CFO
    // of its Zeta unit, became group CEO"): then the subject-like one
    let owned = nearest_m.is_some_and(|m| m.first > 0 && is_in(OWNER_PRONOUNS, ctx.words.lower(m.first - 1)));
    let pick = if let Some(o) = appointing_org(ctx, head) {
        Some(o)
    } else if let Some(o) = chain.last().and_then(|tail| super::listed::listed_org(ctx, head, tail)) {
        // a hearing's list of witnesses: the body its frame names ("from Acme", ", of Acme.")
        Some(o)
    } else if any_in_sentence && !owned {
        nearest.or(back)
    } else if any_in_sentence {
        match back {
            Some(e) if in_sentence(e) => Some(e),
            _ => nearest.or(back),
        }
    } else {
        // none in the sentence: the most mentioned, unless the headline names another one and not
        // it ("Acme to cut 2,000 jobs" when a rival is mentioned more)
        // (a business title whose headline names no company: the organisation the headline opens
        // with, whatever kind it was given: "Acme Bank to cut 2,000 jobs" with Acme Bank typed as
        // a non-business body)
        let dominant = anaphora::dominant(ctx, kind);
        let company = Some(newskg_doc::EntityKind::Company);
        anaphora::headline(ctx, kind, dominant)
            .or_else(|| {
                (ctx.on(Rule::HeadlineSubject) && kind == company && anaphora::headline(ctx, kind, None).is_none())
                    .then(|| anaphora::headline_subject(ctx))
                    .flatten()
            })
            .or(dominant)
            .or(back)
    };
    pick.filter(|&e| {
        !public || (chain.iter().all(public_body) && ctx.kind(e) == Some(newskg_doc::EntityKind::Organization))
    })
    .map(|e| (e, FALLBACK_CONFIDENCE))
}

/// Whether the fallback's body for a chain is one its sentence frames (the appointing organisation,
/// a witness list's body), not merely the nearest or the article's main one.
pub(super) fn framed_org(ctx: &Ctx<'_>, chain: &[Title]) -> bool {
    let (Some(head), Some(tail)) = (chain.first(), chain.last()) else { return false };
    appointing_org(ctx, head).is_some() || super::listed::listed_org(ctx, head, tail).is_some()
}

/// "Acme [has] appointed former Zeta executive Jane Roe as chairman": the organisation that
/// appoints (the subject right before the appointment verb), not one named in the person's
/// description.
fn appointing_org(ctx: &Ctx<'_>, head: &Title) -> Option<EntityIdx> {
    let sf = ctx.sent_words.get(ctx.words.get(head.first)?.sent)?.0;
    let b = skip_back(ctx, head.first, sf, 3);
    if b <= sf || ctx.words.lower(b - 1) != AS {
        return None;
    }
    // (past an apposition describing the appointee: "appoint Jane Roe, a former executive at the
    // drinks maker Zeta, as president")
    let v = (b.saturating_sub(20).max(sf)..b - 1).rev().find(|&k| is_in(APPOINT_VERBS, ctx.words.lower(k)))?;
    let mut subject_end = v;
    // "has appointed", "it would appoint"
    while subject_end > sf
        && subject_end + 2 > v
        && (is_in(HAVE_FORMS, ctx.words.lower(subject_end - 1)) || is_in(MODALS, ctx.words.lower(subject_end - 1)))
    {
        subject_end -= 1;
    }
    // "Acme, the Stuttgart carmaker, has appointed": past the apposition to the name
    if subject_end > sf + 1 && ctx.words.lower(subject_end - 1) == "," {
        let open = (sf + 1..subject_end - 1).rev().take(8).find(|&k| ctx.words.lower(k) == ",");
        if let Some(m) = open.and_then(|k| ctx.mention_ending(k)).filter(|m| ctx.is_org(m.entity)) {
            return Some(m.entity);
        }
    }
    // "it would appoint": the pronoun's organisation
    if subject_end > sf && ctx.words.lower(subject_end - 1) == IT {
        return ctx.referent_back(subject_end - 1, None);
    }
    ctx.mention_ending(subject_end).filter(|m| ctx.is_org(m.entity)).map(|m| m.entity)
}

/// Titles held only in businesses: with no organisation next to them, a company is preferred.
const BUSINESS_ROLES: &[Role] =
    &[Role::Ceo, Role::Cfo, Role::Cto, Role::Coo, Role::VicePresident, Role::Executive, Role::Founder, Role::Cofounder];
