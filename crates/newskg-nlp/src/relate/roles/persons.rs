//! The people holding a chain of titles: right after it ("CEO Jane Roe", "the co-founders of
//! Acme are Jane Roe and John Doe"), in an apposition before it ("Jane Roe, Acme's chief
//! executive"), after the organisation that follows it ("the chief executive of Acme, Jane
//! Roe"), or linked to it by a verb ("Jane Roe became CEO"), with predecessors ("succeeded Y",
//! "took over from Y") and successors ("Jane Roe will retire and be replaced by Y"). Consumes the relate context and a chain's word positions, produces
//! entity indices.

use crate::lexicon::grammar::{
    AND, AND_OR_COMMA, AS, BY, COMMA, ED_SUFFIX, FROM, INDEFINITE_ARTICLES, IS, MODALS, OF, OF_AT, ON, PERSON_PRONOUNS,
    SAID, THE,
};
use crate::lexicon::people::{
    AGE_WORD, ALIAS_QUOTES, APPOINT_VERBS, BARE_CHIEF, BEEN, BOARD, BOARDS, BORN_SUFFIX, CURRENT, DESCRIBED_REACH,
    DESCRIBED_TITLE_LEADS, DESCRIPTION_STOPS, FOUNDERS, HOLDER_COPULAS, LEAVE_PLANS, LEFT_VERBS, LINK_VERBS,
    LIST_VERBS, NOT_CURRENT, NOT_TITLE_LEAD, OVER, PERSON_OF_ORG, RESIDENCE_PREPOSITIONS, ROLE_ORG_PREPOSITIONS,
    SEAT_VERBS, SUCCEED_VERBS, SUCCESSOR_AUX, SUCCESSOR_PARTICIPLES, TITLE_LEAD_STOP, TITLE_LEAD_WORDS,
    TITLE_MODIFIERS, TITLES,
};
use crate::lexicon::places::DEMONYM_COUNTRIES;
use crate::lexicon::words::is_in;
use crate::rulebook::Rule;
use newskg_doc::{EntityIdx, Role};

use super::super::{Ctx, MentionAt};
use super::{Title, skip_back};

/// The people holding a chain's titles, as (person, is predecessor): right after it ("CEO Jane
/// Roe", "Acme's CEO, Jane Roe", two names after a plural title), else in an apposition before
/// it, else linked by a verb ("Jane Roe became CEO", with her predecessor). Also whether the
/// post was left and the confidence a link adds; "analyst Jane Roe of Acme" may set `org`.
pub(super) fn chain_persons(
    ctx: &Ctx<'_>,
    sf: usize,
    sl: usize,
    before: usize,
    tail: &Title,
    possessive_pronoun: bool,
    org: &mut Option<(EntityIdx, f32)>,
) -> (Vec<(EntityIdx, bool)>, bool, f32) {
    let mut persons: Vec<(EntityIdx, bool)> = Vec::new(); // (person, is predecessor)
    // 1. right after: "CEO Jane Roe", "Acme's CEO, Jane Roe"
    let mut a = tail.last;
    let owner_before =
        before > sf && (possessive_pronoun || ctx.possessive_at(before - 1) || ctx.words.lower(before - 1) == "'");
    // "Ryanair CEO, Jane Roe, said": an organisation right before the title owns it as well
    let org_named_before = ctx.mention_ending(before).is_some_and(|m| ctx.is_org(m.entity));
    // "Acme's president of global affairs, Jane Roe,"
    if owner_before && ctx.words.lower(a) == OF {
        let mut j = a + 1;
        while j < sl && j < a + 6 && ctx.words.is_lower_word(j) {
            j += 1;
        }
        if ctx.words.lower(j) == "," && j > a + 1 {
            a = j;
        }
    }
    // "co-chief executive, Jane Roe, said": a name set off by commas on both sides; "The former
    // chief operating officer, Jane Roe will": a title opening the sentence, then its holder
    // (not in a list "Jane Roe, Group Chief Executive, John Doe, Director,": the title has its person)
    let closed_apposition = ctx.words.lower(a) == ","
        && ctx
            .mention_starting(super::address::past_address(ctx, a + 1, sl))
            .is_some_and(|m| ctx.is_person(m.entity) && ctx.words.lower(m.last) == ",")
        && !(ctx.on(Rule::ItemParts) && super::item::person_before_title(ctx, before, sf));
    let opens_sentence = before == sf || (before == sf + 1 && ctx.words.lower(sf) == THE);
    // "is to replace the [current] chief executive, Jane Roe": a definite title, then its holder
    let definite = before > sf
        && (ctx.words.lower(before - 1) == THE
            || (before > sf + 1 && ctx.words.lower(before - 1) == CURRENT && ctx.words.lower(before - 2) == THE));
    if ctx.words.lower(a) == ","
        && (owner_before || org_named_before || closed_apposition || opens_sentence || definite)
    {
        a += 1;
    }
    // "the current chief executive, Swedish-born Jane Roe": past the birthplace adjective
    if ctx.words.lower(a).ends_with(BORN_SUFFIX) && ctx.mention_starting(a + 1).is_some_and(|m| ctx.is_person(m.entity))
    {
        a += 1;
    }
    // "the bank's current chairman is Jane Roe", "Acme's chief executive is Jane Roe": an owned or
    // definite title, then "is" and its holder
    if (owner_before || org_named_before || definite || opens_sentence)
        && ctx.words.lower(a) == IS
        && ctx.mention_starting(a + 1).is_some_and(|m| ctx.is_person(m.entity))
    {
        a += 1;
    }
    // "the chairwoman was Jane Roe", "the founder of Acme and Zeta is the engineer Jane Roe", "the
    // last chief executive of Acme was Jane Roe": a definite or owned title, its
    // organisation, then "is" / "was" and its holder (rule `roles-copular-holder`)
    if ctx.on(Rule::CopularHolder)
        && ctx.mention_starting(a).is_none()
        && (owner_before || org_named_before || definite || opens_sentence || the_before(ctx, before, sf))
        && let Some(k) = copular_holder_at(ctx, a, sl)
    {
        a = k;
    }
    // "Minister for Energy Jane Roe", "Acme Chairman, Mr Jane Roe": past the portfolio and the
    // form of address
    // (not when a person stands in apposition before the title: "Jane Roe, Director of Strategy,
    // Mr John Doe, Head of Sales" is a list whose titles follow their holders)
    // (a capitalised portfolio is not passed here: "the President of Ruritania Jane Roe, the Prime
    // Minister of Ruritania John Doe" names the second holder after the title)
    if ctx.mention_starting(a).is_none() && apposition_person(ctx, before, sf, false).is_none() {
        a = super::address::past_address(ctx, super::address::past_portfolio(ctx, tail, a, sl), sl);
    }
    let plural =
        ctx.words.lower(tail.last - 1).ends_with('s') || super::staff::collective(ctx, ctx.words.lower(tail.last - 1));
    // "the three other founders (Jane Roe, John Doe and Ann Poe)": a plural title's holders in
    // parentheses right after it
    if plural
        && ctx.on(Rule::PluralFounders)
        && ctx.words.lower(a) == "("
        && ctx.mention_starting(a + 1).is_some_and(|m| ctx.is_person(m.entity))
    {
        a += 1;
    }
    // "the staff attorneys on this matter are Jane Roe and John Doe", "the co-founders of Acme
    // are ...": past a short clause to its verb
    if plural && ctx.mention_starting(a).is_none() {
        let mut j = a;
        while j < sl && j < a + 8 && !is_in(LIST_VERBS, ctx.words.lower(j)) {
            // "the co-founders of Acme are ...": past the organisation too
            match ctx.mention_starting(j) {
                Some(m) if ctx.is_org(m.entity) => j = m.last,
                Some(_) => break,
                None if ctx.words.is_lower_word(j) => j += 1,
                None => break,
            }
        }
        if is_in(LIST_VERBS, ctx.words.lower(j)) {
            let k = if ctx.words.lower(j + 1) == BEEN { j + 2 } else { j + 1 };
            if ctx.mention_starting(k).is_some_and(|m| ctx.is_person(m.entity)) {
                a = k;
            }
        }
    }
    if let Some(m) = ctx.mention_starting(a)
        && ctx.is_person(m.entity)
        && a < sl
    {
        // "succeeding interim chief executive Y": Y held the title, unless "as <title>" follows
        // ("succeeded co-founder Y as chairman": "co-founder" only describes Y)
        let pred = preceded_by_succeed(ctx, before, sf) && ctx.words.lower(m.last) != AS;
        persons.push((m.entity, pred));
        // a plural title before several names: "co-founders Jane Roe, John Doe and Ann Poe"
        let mut end = m.last;
        if plural {
            // "Commissioners Hyde (Chairman), Bartley and Lee": past a name's parenthesis; a name
            // whose parenthesis gives its own title holds that one, not the plural's (rule
            // `roles-plural-titles`)
            let lists = ctx.on(Rule::PluralTitles) && !matches!(tail.role, Role::Founder | Role::Cofounder);
            // the parenthesis after each name, read once: where the list goes on and whether it titles the name
            let paren_after = |k: usize| super::plural::paren_title_after(ctx, k, sl).filter(|_| lists);
            let mut paren = paren_after(m.last);
            if paren.is_some_and(|(_, titled)| titled) {
                persons.pop();
            }
            loop {
                let mut j = paren.map_or(end, |(close, _)| close + 1);
                let from = j;
                while j < from + 2 && is_in(AND_OR_COMMA, ctx.words.lower(j)) {
                    j += 1;
                }
                match ctx.mention_starting(j).filter(|n| j > from && ctx.is_person(n.entity)) {
                    Some(n) => {
                        paren = paren_after(n.last);
                        if !paren.is_some_and(|(_, titled)| titled) {
                            persons.push((n.entity, pred));
                        }
                        end = n.last;
                    }
                    None => break,
                }
            }
        }
        // "analyst Jane Roe of Acme", "attorneys Jane Roe and John Doe of the FTC's Bureau of X"
        if org.is_none() && is_in(PERSON_OF_ORG, ctx.words.lower(end)) {
            let mut k = end + 1;
            if ctx.words.lower(k) == THE {
                k += 1;
            }
            if let Some(o) = ctx.mention_starting(k).filter(|o| ctx.is_org(o.entity)) {
                let unit_at = if ctx.words.lower(o.last) == "'" { o.last + 1 } else { o.last };
                let owned = ctx.possessive_at(o.last - 1);
                let unit = owned.then(|| ctx.mention_starting(unit_at)).flatten().filter(|u| ctx.is_org(u.entity));
                // "of the FTC's Northwest Region" with the unit not taken for an organisation: a
                // named unit, not the owner; no organisation is guessed, the people hold no post
                if owned
                    && unit.is_none()
                    && ctx.words.get(unit_at).is_some_and(|w| w.is_alpha() && w.text.starts_with(char::is_uppercase))
                {
                    return (Vec::new(), false, 0.0);
                }
                *org = Some((unit.map_or(o.entity, |u| u.entity), 0.8));
            }
        }
    }
    // 2. apposition before: "Jane Roe, [the] [ORG's] [adj] title"
    // ("Jane Roe, congratulated the founders": a verb ending in "-ed" between a name and the plural
    // "founders" makes the name the verb's subject, not the title's holder)
    let founders_after_verb = ctx.on(Rule::PluralFounders)
        && ctx.words.lower(tail.first) == FOUNDERS
        && (before.saturating_sub(7).max(sf)..before)
            .any(|k| ctx.words.is_lower_word(k) && ctx.words.lower(k).ends_with(ED_SUFFIX));
    if persons.is_empty()
        && !founders_after_verb
        && let Some(p) = apposition_person(ctx, before, sf, super::public_office(tail.role))
    {
        persons.push((p, false));
    }
    // 2a. "wrote to Jane Roe CEO of Acme": the name right before a title that names its
    // organisation after "of" / "at"
    if persons.is_empty()
        && org.is_some()
        && is_in(OF_AT, ctx.words.lower(tail.last))
        && let Some(m) = ctx.mention_ending(before).filter(|m| ctx.is_person(m.entity))
    {
        persons.push((m.entity, false));
    }
    // 2b. after the organisation: "the chief executive of Acme, Jane Roe," (not when a verb links
    // a subject to the title: "Jane Roe was named CEO of Acme, John Doe said")
    if persons.is_empty()
        && linked_person(ctx, before, sf).is_none()
        && let Some(p) = person_after_org(ctx, tail, sl)
    {
        persons.push((p, false));
    }
    // 3. linking verb: "Jane Roe ... as/became title"
    let mut stepped_down = false;
    let mut link_conf = 0.0;
    if persons.is_empty()
        && let Some((p, pred, down)) = linked_person(ctx, before, sf)
    {
        persons.push((p, false));
        if let Some(pr) = pred {
            persons.push((pr, true));
        }
        stepped_down = down;
        link_conf = 0.1;
    }
    // 4. a speaker's own post: "Jane Roe: I am the chairman of Acme."
    if persons.is_empty()
        && ctx.on(Rule::FirstPerson)
        && let Some(p) = super::speaker::first_person(ctx, sf, before)
    {
        persons.push((p, false));
        link_conf = 0.1;
    }
    (persons, stepped_down, link_conf)
}

/// "the new chair": a "the" at most three lower-case words before the title starting at `before`.
fn the_before(ctx: &Ctx<'_>, before: usize, sf: usize) -> bool {
    for k in (sf.max(before.saturating_sub(3))..before).rev() {
        if ctx.words.lower(k) == THE {
            return true;
        }
        if !ctx.words.is_lower_word(k) {
            break;
        }
    }
    false
}

/// The word where the holder of a title stands after a copula: from `a` (the word after the
/// title), past "of / at" and its organisation ("of Acme and Zeta", "of the company"), then "is" /
/// "was", then at most an article and two words describing the holder ("the engineer"): the
/// person's first word, if a person starts there (rule `roles-copular-holder`).
fn copular_holder_at(ctx: &Ctx<'_>, a: usize, sl: usize) -> Option<usize> {
    let mut k = a;
    if is_in(OF_AT, ctx.words.lower(k)) {
        k = ctx.past_lower_words(k + 1, sl);
        let mut orgs = 0;
        while let Some(m) = ctx.mention_starting(k).filter(|m| ctx.is_org(m.entity) && orgs < 3) {
            k = m.last;
            orgs += 1;
            if ctx.words.lower(k) == AND && ctx.mention_starting(k + 1).is_some_and(|n| ctx.is_org(n.entity)) {
                k += 1;
            }
        }
        // "of the company": lower-case words only, an anaphor noun closing them
        if orgs == 0 && k == a + 1 {
            return None;
        }
    }
    if !is_in(HOLDER_COPULAS, ctx.words.lower(k)) {
        return None;
    }
    // the holder right after the copula, or after an article and at most two words describing
    // them ("is the engineer Jane Roe"); not past a verb ("was sacked after Jane Roe complained")
    let mut j = k + 1;
    if j < sl && (ctx.words.lower(j) == THE || is_in(INDEFINITE_ARTICLES, ctx.words.lower(j))) {
        j += 1;
        while j < sl && j < k + 4 && ctx.mention_starting(j).is_none() && ctx.words.is_lower_word(j) {
            j += 1;
        }
    }
    (j < sl && ctx.mention_starting(j).is_some_and(|m| ctx.is_person(m.entity))).then_some(j)
}

/// "the chief executive of Acme, Jane Roe", "Secretary of the Navy Jane Roe", "the president of
/// the company, Jane Roe": the person right after the organisation that follows a chain.
pub(super) fn person_after_org(ctx: &Ctx<'_>, tail: &Title, sl: usize) -> Option<EntityIdx> {
    if !is_in(ROLE_ORG_PREPOSITIONS, ctx.words.lower(tail.last)) {
        return None;
    }
    let mut k = ctx.past_lower_words(tail.last + 1, sl);
    // "of the British union Acme, Jane Roe"
    while k < sl && ctx.mention_starting(k).is_none() && DEMONYM_COUNTRIES.iter().any(|(d, _)| *d == ctx.words.lower(k))
    {
        k = ctx.past_lower_words(k + 1, sl);
    }
    let end = match ctx.mention_starting(k) {
        Some(m) if ctx.is_person(m.entity) => return None,
        Some(m) => {
            // "of the FTC's Bureau of Competition, Jane Roe"
            let mut e = m.last;
            if ctx.possessive_at(m.last - 1) {
                if ctx.words.lower(e) == "'" {
                    e += 1;
                }
                if let Some(u) = ctx.mention_starting(e) {
                    e = u.last;
                }
                // "of Acme's European operations, Jane Roe": past the unit's description
                let mut hops = 0;
                while e < sl && hops < 3 && ctx.words.lower(e) != "," {
                    let Some(n) = super::owner::descriptor_end(ctx, e) else { break };
                    e = n;
                    hops += 1;
                }
            }
            e
        }
        // "of the company, Jane Roe"
        None if k > tail.last + 1 && ctx.words.lower(k) == "," => k,
        // "the CEO of ACX, Jane Roe" with the alias "ACX" uncovered here
        None if super::org::org_named_uncovered(ctx, k).is_some() && !ctx.words.is_lower_word(k) => k + 1,
        None => return None,
    };
    // "The co-founder of Acme Inc. Jane Roe has died": past the full stop of the name's
    // abbreviation when the title opens the sentence (a sentence mid-way may end there)
    let opens = ctx.sentence_of(tail.first).is_some_and(|(sf, _)| {
        (sf..tail.first).all(|k| ctx.words.is_lower_word(k) || k == sf && ctx.words.lower(k) == THE)
    });
    let p = if ctx.words.lower(end) == "," || ctx.words.lower(end) == "." && opens { end + 1 } else { end };
    if p >= sl {
        return None;
    }
    let p = super::address::past_address(ctx, p, sl);
    ctx.mention_starting(p).filter(|m| ctx.is_person(m.entity)).map(|m| m.entity)
}

/// "..., when he succeeded Y": Y, after the chain, held the same titles before the first person
/// found (who must hold them now); not when another title stands between the chain and the verb
/// (that title is the one Y held).
pub(super) fn add_predecessors(ctx: &Ctx<'_>, from: usize, sl: usize, persons: &mut Vec<(EntityIdx, bool)>) {
    let Some(&(p0, false)) = persons.first() else { return };
    let mut k = from;
    while k < sl {
        if let Some(m) = ctx.mention_starting(k) {
            if ctx.is_person(m.entity) && m.entity != p0 {
                break;
            }
            k = m.last;
            continue;
        }
        // "Jane Roe, head of its Zeta unit, will become chief executive, replacing Y": Y held the
        // title nearest before the verb, not an earlier one
        if k > from && starts_title(ctx.words.lower(k)) {
            break;
        }
        // "succeeded Y", "took over from Y"
        // ("took over in July from Y": a short time phrase between; not across "and", which
        // opens another clause: "is chief operating officer and will take over ... from Y")
        let over_from = ctx.words.lower(k) == FROM
            && (ctx.words.lower(k - 1) == OVER
                || (k.saturating_sub(4).max(from)..k - 1).any(|x| ctx.words.lower(x) == OVER)
                    && !(from..k).any(|x| ctx.words.lower(x) == AND));
        if SUCCEED_VERBS.contains(&ctx.words.lower(k)) || over_from {
            let j = skip_back_titles_forward(ctx, k + 1, sl);
            if let Some(m) = ctx
                .mention_starting(j)
                .filter(|m| ctx.is_person(m.entity) && m.entity != p0 && ctx.words.lower(m.last) != AS)
            {
                persons.push((m.entity, true));
            }
            break;
        }
        k += 1;
    }
}

/// Whether a lower-cased word starts a title phrase.
fn starts_title(w: &str) -> bool {
    TITLES.iter().any(|(p, _)| p.first() == Some(&w))
}

/// The first word at or after `i` that is not a title word or modifier ("the former boss" too).
pub(super) fn skip_back_titles_forward(ctx: &Ctx<'_>, mut i: usize, sl: usize) -> usize {
    let from = i;
    while i < sl {
        let w = ctx.words.lower(i);
        let is_title = starts_title(w) || is_in(BARE_CHIEF, w);
        if is_title || TITLE_MODIFIERS.contains(&w) || NOT_CURRENT.contains(&w) || (i == from && w == THE) {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// Whether word `k` is a person's age: one to three digits ("Jane Roe, 57,").
fn age_number(ctx: &Ctx<'_>, k: usize) -> bool {
    ctx.words.get(k).is_some_and(|a| (1..=3).contains(&a.text.len()) && a.text.chars().all(|c| c.is_ascii_digit()))
}

/// Where a name ends before the extras that may part it from its apposition (rule
/// `roles-apposition-extras`), walking back from word `p` (the comma before the title): an age
/// (", 57", ", age 57"), a residence ("of Leeds, England", ", from Leeds": places and capitalised
/// words no organisation or person covers, abbreviations' full stops and commas) and a short alias in
/// parentheses ("(\"Roe\")", "(Roe)"), in any order; `p` itself when none is found.
fn past_person_extras(ctx: &Ctx<'_>, p: usize, sf: usize) -> usize {
    let mut e = p;
    for _ in 0..4 {
        if ctx.mention_ending(e).is_some_and(|m| ctx.is_person(m.entity)) || e <= sf + 1 {
            break;
        }
        // ", age 57" / ", 57"
        if age_number(ctx, e - 1) {
            let k = if ctx.words.lower(e - 2) == AGE_WORD { e - 2 } else { e - 1 };
            if k > sf && ctx.words.lower(k - 1) == "," {
                e = k - 1;
                continue;
            }
            break;
        }
        // "(\"Roe\")", "(Roe)": one or two capitalised words, quoted or not
        if ctx.words.lower(e - 1) == ")" {
            let Some(open) = (e.saturating_sub(6).max(sf)..e - 1).rev().find(|&k| ctx.words.lower(k) == "(") else {
                break;
            };
            let inner: Vec<usize> = (open + 1..e - 1).filter(|&k| !is_in(ALIAS_QUOTES, ctx.words.lower(k))).collect();
            // (not a legislator's party and state, "(D-CO)")
            let alias = !inner.is_empty()
                && inner.len() <= 2
                && inner
                    .iter()
                    .all(|&k| ctx.words.get(k).is_some_and(|w| w.is_cap() && w.text.chars().all(char::is_alphabetic)));
            if !alias {
                break;
            }
            e = open;
            continue;
        }
        // "of Leeds, England" / "from Ridgefield, Conn."
        let mut k = e;
        let mut words = 0;
        while k > sf + 1 && words < 8 {
            let w = ctx.words.lower(k - 1);
            if is_in(RESIDENCE_PREPOSITIONS, w) {
                break;
            }
            if let Some(m) = ctx.mention_ending(k) {
                if ctx.is_org(m.entity) || ctx.is_person(m.entity) {
                    return p;
                }
                k = m.first;
            } else if !(w == "," || w == "." || ctx.words.get(k - 1).is_some_and(|x| x.is_cap() && x.is_alpha())) {
                return p;
            } else {
                k -= 1;
            }
            words += 1;
        }
        if k <= sf + 1 || k == e || !is_in(RESIDENCE_PREPOSITIONS, ctx.words.lower(k - 1)) {
            break;
        }
        let of = k - 1;
        e = if ctx.words.lower(of - 1) == "," { of - 1 } else { of };
    }
    e
}

/// Whether a succession verb comes right before the title ("succeeding interim chief executive X").
pub(super) fn preceded_by_succeed(ctx: &Ctx<'_>, before: usize, sf: usize) -> bool {
    before > sf && SUCCEED_VERBS.contains(&ctx.words.lower(before - 1))
}

/// "Jane Roe, [det] [ORG['s]] [adjectives] <title>": the person of an apposition ending at `before`
/// (past a state office's capitalised portfolio when `office`: "Jane Roe, Ruritania's Finance Minister").
pub(super) fn apposition_person(ctx: &Ctx<'_>, before: usize, sf: usize, office: bool) -> Option<EntityIdx> {
    let mut i = before;
    let mut steps = 0;
    while i > sf && steps < 7 {
        let w = ctx.words.lower(i - 1);
        // "Jane Roe (chief executive of Acme)", "Jane Roe (Chair)": a title in parentheses after
        // the name (rule `roles-parenthesis-title`)
        // (the parentheses name the organisation, or the name is one of a plural title's list:
        // "Commissioners Roe (Chairman), Doe"; a bare "(Chair)" in a list of members is a
        // committee's, whose organisation is not told)
        if w == "(" && ctx.on(Rule::ParenthesisTitle) {
            let m = ctx.mention_ending(i - 1).filter(|m| ctx.is_person(m.entity))?;
            let sl = ctx.sentence_of(i).map_or(i, |(_, sl)| sl);
            let close = (i..(i + 16).min(sl)).find(|&k| ctx.words.lower(k) == ")")?;
            let names_org = (i..close).any(|k| ctx.mention_starting(k).is_some_and(|o| ctx.is_org(o.entity)));
            let listed = m.first > sf && super::plural::plural_title_word(ctx.words.lower(m.first - 1));
            return (names_org || listed).then_some(m.entity);
        }
        if w == "," {
            // "Jane Roe, 57, chief executive of Acme": past the age
            let age = i >= sf + 3 && ctx.words.lower(i - 3) == "," && age_number(ctx, i - 2);
            let end = if age && ctx.mention_ending(i - 1).is_none() { i - 3 } else { i - 1 };
            // "Jane Roe, age 57, of Leeds, England, the chief executive of Acme", "Jane Roe
            // (\"Roe\"), Acme's former controller": past the age, residence and alias
            let person_at = |k: usize| ctx.mention_ending(k).is_some_and(|m| ctx.is_person(m.entity));
            let end =
                if ctx.on(Rule::AppositionExtras) && !person_at(end) { past_person_extras(ctx, end, sf) } else { end };
            let m = ctx.mention_ending(end)?;
            return ctx.is_person(m.entity).then_some(m.entity);
        }
        if let Some(m) = ctx.mention_ending(i) {
            if ctx.is_person(m.entity) {
                return None;
            }
            i = m.first;
            steps += 1;
            continue;
        }
        let ok = is_in(TITLE_LEAD_WORDS, w)
            || DEMONYM_COUNTRIES.iter().any(|(d, _)| *d == w)
            // "Jane Roe, 787 project manager and Acme vice president"
            || (!w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
            // "Jane Roe, Acme's 52-year-old chief executive"
            || super::owner::is_age(w)
            || w.ends_with("'s")
            || w == "'"
            || (ctx.words.is_lower_word(i - 1) && !is_in(LINK_VERBS, w) && !is_in(NOT_TITLE_LEAD, w))
            // "Jane Roe, Ruritania's Finance Minister,": the post's capitalised portfolio or opener
            || (office && i + 2 > before && super::owner::capitalised_portfolio(ctx, i - 1));
        if !ok {
            return None;
        }
        i -= 1;
        steps += 1;
    }
    None
}

/// "Jane Roe [, who] took over as / became <title>": the subject person, a predecessor in
/// "succeeded Y as", and whether the subject stepped down from the title.
pub(super) fn linked_person(ctx: &Ctx<'_>, before: usize, sf: usize) -> Option<(EntityIdx, Option<EntityIdx>, bool)> {
    // find the linking verb within 8 words before the title
    let lo = before.saturating_sub(8).max(sf);
    let mut verb = None;
    let mut k = before;
    while k > lo {
        k -= 1;
        let w = ctx.words.lower(k);
        // "Jane Roe sits on the board of Acme": only for the board itself, not for a title after it
        // ("sits on the board of the asset manager Acme")
        let seat = ctx.on(Rule::BoardSeats)
            && is_in(SEAT_VERBS, w)
            && ctx.words.lower(k + 1) == ON
            && before == k + 3
            && is_in(&[BOARD, BOARDS], ctx.words.lower(before));
        if LINK_VERBS.contains(&w) || seat {
            verb = Some(k);
            break;
        }
        if is_in(TITLE_LEAD_STOP, w) {
            // "Jane Roe is a Ruritanian chemist, investor, and the founder of Acme": the comma of a
            // description list after the copula (rule `roles-described-copula`)
            if w == COMMA && ctx.on(Rule::DescribedCopula) {
                verb = described_copula(ctx, before, sf);
            }
            break;
        }
    }
    let v = verb?;
    // "Acme named Jane Roe its new chief executive": the object of an appointment verb holds it
    if is_in(APPOINT_VERBS, ctx.words.lower(v))
        && let Some(m) = ctx.mention_starting(v + 1).filter(|m| ctx.is_person(m.entity) && m.last <= before)
    {
        return Some((m.entity, None, false));
    }
    // stepped down / resigned / left as
    // "will step down as CEO" has not left yet: the post is still held
    let pre: Vec<&str> = (v.saturating_sub(4).max(sf)..v).map(|j| ctx.words.lower(j)).collect();
    let down = pre.iter().rev().take(3).any(|w| is_in(LEFT_VERBS, w))
        && !pre.iter().any(|w| is_in(MODALS, w) || is_in(LEAVE_PLANS, w));
    // predecessor: "succeeded [title] Y as"
    let mut predecessor = None;
    let mut j = v;
    if let Some(m) = ctx.mention_ending(j)
        && ctx.is_person(m.entity)
    {
        let mut b = skip_titles_back(ctx, m.first, sf);
        b = skip_back(ctx, b, sf, 3);
        if b > sf && SUCCEED_VERBS.contains(&ctx.words.lower(b - 1)) {
            predecessor = Some(m.entity);
            j = b - 1;
        }
    }
    // the subject: nearest person before j in the sentence, else a sentence-initial pronoun's referent
    let subject = ctx
        .mentions
        .iter()
        .rev()
        .find(|m: &&MentionAt| m.last <= j && m.first >= sf && ctx.is_person(m.entity) && Some(m.entity) != predecessor)
        .map(|m| m.entity)
        .or_else(|| {
            let first = ctx.words.lower(sf);
            if is_in(PERSON_PRONOUNS, first) || (sf..j).any(|x| is_in(PERSON_PRONOUNS, ctx.words.lower(x))) {
                ctx.pronoun_person(sf).filter(|p| Some(*p) != predecessor)
            } else {
                None
            }
        })?;
    Some((subject, predecessor, down))
}

/// "Jane Roe is a Ruritanian chemist, investor, and the founder of Acme": the copula that opens an
/// indefinite description list running up to the title at `before`, made only of commas, "and",
/// lower-case words that open no other phrase and capitalised words no name covers ("Ruritanian";
/// rule `roles-described-copula`).
fn described_copula(ctx: &Ctx<'_>, before: usize, sf: usize) -> Option<usize> {
    let lo = before.saturating_sub(DESCRIBED_REACH).max(sf);
    // the title opens the list's last item: "and" or a comma before it, past "the current"
    let mut open = before;
    while open > lo && is_in(DESCRIBED_TITLE_LEADS, ctx.words.lower(open - 1)) {
        open -= 1;
    }
    if open == lo || !matches!(ctx.words.lower(open - 1), COMMA | AND) {
        return None;
    }
    let mut k = before;
    while k > lo {
        k -= 1;
        let w = ctx.words.lower(k);
        // The holder copulas ("is", "was") open a description list ("Jane Roe is a Ruritanian
        // chemist, investor, and the founder of Acme") when an indefinite article follows.
        if is_in(HOLDER_COPULAS, w) && is_in(INDEFINITE_ARTICLES, ctx.words.lower(k + 1)) {
            return (k + 2 < before).then_some(k);
        }
        let lower = ctx.words.is_lower_word(k) && !is_in(DESCRIPTION_STOPS, w);
        let unnamed = !ctx.words.is_lower_word(k)
            && ctx.mention_of_word.get(k).copied().flatten().is_none()
            && w.chars().all(char::is_alphabetic);
        if !(w == COMMA || w == AND || lower || unnamed) {
            return None;
        }
    }
    None
}

pub(super) fn skip_titles_back(ctx: &Ctx<'_>, mut i: usize, sf: usize) -> usize {
    loop {
        let mut moved = false;
        for (phrase, _) in TITLES {
            let n = phrase.len();
            if i >= sf + n && phrase.iter().enumerate().all(|(k, p)| ctx.words.lower(i - n + k) == *p) {
                i -= n;
                moved = true;
                break;
            }
        }
        if !moved {
            return i;
        }
    }
}

/// "its president, Jane Roe, will step down and be replaced by [the head of its Zeta unit,] John
/// Doe": the person after "be replaced / succeeded by" takes the chain's post (current); the first
/// person found (`persons[0]`, named with the title, not linked by a verb) is the one replaced. Not
/// across another person or a report ("Jane Roe said the CFO would be replaced by ...").
pub(super) fn add_successors(ctx: &Ctx<'_>, from: usize, sl: usize, persons: &mut Vec<(EntityIdx, bool)>) {
    let Some(&(p0, false)) = persons.first() else { return };
    let mut k = from;
    while k < sl {
        if let Some(m) = ctx.mention_starting(k) {
            if ctx.is_person(m.entity) && m.entity != p0 {
                return;
            }
            k = m.last;
            continue;
        }
        let w = ctx.words.lower(k);
        if is_in(SAID, w) {
            return;
        }
        if is_in(SUCCESSOR_PARTICIPLES, w) && k > from && is_in(SUCCESSOR_AUX, ctx.words.lower(k - 1)) {
            break;
        }
        k += 1;
    }
    if k >= sl {
        return;
    }
    // "replaced on an interim basis by"
    let Some(by) = (k + 1..(k + 6).min(sl)).find(|&j| ctx.words.lower(j) == BY) else { return };
    let mut j = by + 1;
    // "by Jane Roe" or "by the head of its Zeta unit, Jane Roe"
    let mut successor = None;
    while j < sl && j < by + 14 {
        if let Some(m) = ctx.mention_starting(j) {
            if ctx.is_person(m.entity) {
                if j == by + 1 || ctx.words.lower(j - 1) == "," {
                    successor = Some(m.entity);
                }
                break;
            }
            j = m.last;
            continue;
        }
        j += 1;
    }
    if let Some(y) = successor.filter(|&y| y != p0 && !persons.iter().any(|(p, _)| *p == y)) {
        persons.push((y, false));
    }
}
