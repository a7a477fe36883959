//! Positions: consumes the relate context (words, person and organisation mentions), produces
//! [`Position`]s — a person, a normalised [`Role`], the title as written, the organisation and
//! whether the position is current.
//!
//! Titles are found from a phrase list ("chief executive officer", "CFO", "co-founder", "head",
//! ...; "chief reason" or "head" with no person are not titles). Titles joined by "and" form a
//! chain that shares its person and organisation ("X's chairman and chief executive"). The person
//! is found, in this order:
//! 1. right after the chain ("CEO Jane Roe", "Acme's CEO, Jane Roe,");
//! 2. before it, as an apposition ("Jane Roe, Acme's chief executive");
//! 3. as the subject of a linking verb ("Jane Roe, who took over as chief executive of Acme",
//!    "she became CEO", "moved to the role of chairman"); in "X succeeded Y as T" the object Y
//!    held T before (not current), as does Y in "..., when she succeeded Y".
//!
//! Plural titles take every listed name ("co-founders Jane Roe and John Doe"). Also: "Acme was
//! founded by Jane Roe [and John Doe]" (founder or co-founders), "joined the board of Acme"
//! (director), "took charge of / took over the leadership of Acme" and "after five years running
//! Acme" (head).
//!
//! The organisation is, in order: "of/at/for ORG" after the chain (or after the person: "analyst
//! Jane Roe of Acme"); "Acme, which is run by CEO Jane Roe"; an organisation right before it
//! ("Acme chairman", "Acme's CEO", "an Acme co-founder"); "Acme, a firm where she was head";
//! for "its"/"the company's" or no organisation at all, the nearest subject-like organisation
//! before it in the sentence, else one of the previous sentences, else the article's main
//! organisation (with lower confidence). "chief executive of the unit" (named but not
//! resolvable) gives no position; a minister's organisation is never guessed, a governor's only
//! as a non-business organisation.
//! A position is not current after "former", "then", "ex-", "until", "stepped down as",
//! "predecessor", "where she was", or for the Y of "succeeded Y as".

use crate::lexicon::grammar::{AFTER, AND, AS, AT, BY, OF, THE, WHERE, WHO, WITH};
use crate::lexicon::grammar::{
    AND_COMMA, AND_OR_COMMA, AND_WORDS, OF_AT, OWNER_PRONOUNS, PASSIVE_AUX, PERSON_PRONOUNS, RELATIVE_THAT, WAS_FORMS,
};
use crate::lexicon::people::FOUNDED_ALONE;
use crate::lexicon::people::{BOARD, CHIEF, OFFICER, RAN};
use crate::lexicon::people::{
    FORMER_CUES, FOUNDED_VERBS, JOIN_WORDS, LED_VERBS, LEFT_VERBS, NOT_TITLE_LEAD, PAST_RUN_CUES, PERSON_OF_ORG,
    RAN_NP_INNER, ROLE_ORG_DETERMINERS, ROLE_ORG_PREPOSITIONS, TAKE_VERBS, TITLE_LEAD_STOP, TITLE_LEAD_WORDS,
};
use crate::lexicon::people::{LINK_VERBS, NOT_CURRENT, SUCCEED_VERBS, TITLE_MODIFIERS, TITLES};
use crate::lexicon::people::{POST_NOUNS, RUN_FORMS};
use crate::lexicon::words::is_in;
use newskg_doc::{EntityIdx, Position, Role};

use super::{Ctx, MentionAt};

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
        let titles = find_titles(ctx, sf, sl);
        for chain in chains(ctx, &titles) {
            extract_chain(ctx, s, sf, sl, &chain, &mut out);
        }
        extract_verbal(ctx, s, sf, sl, &mut out);
        extract_founders(ctx, s, sf, sl, &mut out);
    }
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
        for (phrase, role) in TITLES {
            if phrase.iter().enumerate().all(|(k, p)| i + k < sl && ctx.words.lower(i + k) == *p) {
                hit = Some((phrase.len(), *role));
                break;
            }
        }
        if hit.is_none()
            && let Some(len) = generic_chief(ctx, i)
        {
            hit = Some((len, newskg_doc::Role::OtherRole));
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

/// Groups titles joined by "and" / "&" / "," (with modifiers such as "former" between).
fn chains(ctx: &Ctx<'_>, titles: &[Title]) -> Vec<Vec<Title>> {
    let mut out: Vec<Vec<Title>> = Vec::new();
    for t in titles {
        if let Some(chain) = out.last_mut()
            && let Some(prev) = chain.last()
        {
            let between: Vec<&str> = (prev.last..t.first).map(|k| ctx.words.lower(k)).collect();
            let comma_then_person =
                between == [","] && ctx.mention_starting(t.last).is_some_and(|m| ctx.is_person(m.entity));
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

/// The word index before `i` after skipping title modifiers and lower-case adjectives (at most
/// `max` words), staying at or after `floor`.
fn skip_back(ctx: &Ctx<'_>, mut i: usize, floor: usize, max: usize) -> usize {
    let mut n = 0;
    while i > floor && n < max {
        let w = ctx.words.lower(i - 1);
        if TITLE_MODIFIERS.contains(&w) || NOT_CURRENT.contains(&w) {
            i -= 1;
            n += 1;
        } else {
            break;
        }
    }
    i
}

/// The positions one chain of titles states ("chief executive and president"): its
/// organisation, its people and whether each post is current.
fn extract_chain(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, chain: &[Title], out: &mut Vec<Position>) {
    let (Some(head), Some(tail)) = (chain.first(), chain.last()) else {
        return;
    };
    // "head" alone needs "of" after it or an organisation before it ("head of traffic" with no
    // person is dropped later anyway).
    // --- organisation ---
    let mut org = org_after_chain(ctx, tail, sl);
    // "ORG['s] [modifiers] title"
    let before = skip_back(ctx, head.first, sf, 4);
    if org.is_none() {
        org = led_org(ctx, s, sf, before);
    }
    let mut possessive_pronoun = false;
    if org.is_none() {
        (org, possessive_pronoun) = org_before_chain(ctx, sf, before, head.role);
    }
    // --- person ---
    let (mut persons, stepped_down, link_conf) = chain_persons(ctx, sf, sl, before, tail, possessive_pronoun, &mut org);
    if persons.is_empty() {
        return;
    }
    add_predecessors(ctx, tail.last, sl, &mut persons);
    let org = org.or_else(|| org_before_where(ctx, before, sf));
    // "chief executive of the unit": an organisation is named but not resolvable
    let unresolved_of = is_in(OF_AT, ctx.words.lower(tail.last))
        && ctx.words.lower(tail.last + 1) == THE
        && ctx.mention_starting(tail.last + 2).is_none();
    if org.is_none() && unresolved_of {
        return;
    }
    let org = org.or_else(|| fallback_org(ctx, chain, head));
    let Some((org, org_conf)) = org else { return };
    // --- current? ---
    let org_start = ctx.mention_ending(before).map_or(before, |m| m.first);
    let window_start = org_start.saturating_sub(3).max(sf);
    let ctx_words: Vec<&str> = (window_start..head.first).map(|k| ctx.words.lower(k)).collect();
    let chain_not_current = ctx_words.iter().any(|w| NOT_CURRENT.contains(w) || w.starts_with("ex-"))
        || stepped_down
        || until_before(ctx, before, sf)
        || where_was(ctx, before, sf);
    for (pi, (person, predecessor)) in persons.iter().enumerate() {
        if ctx.doc.entities.get(org).is_some_and(|_| *person == org) {
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
            let current = !(chain_not_current || own_former || inherited || *predecessor);
            if t.role == newskg_doc::Role::Head && !head_ok(ctx, t, sl) {
                continue;
            }
            let title: String =
                (t.first..t.last).map(|k| ctx.words.get(k).map_or("", |w| w.text)).collect::<Vec<_>>().join(" ");
            let conf = (0.5 + org_conf * 0.4 + link_conf - if pi > 0 { 0.1 } else { 0.0 }).min(0.95);
            out.push(Position {
                person: *person,
                organization: Some(org),
                role: t.role,
                title,
                current,
                evidence: ctx.evidence(s, conf),
            });
        }
    }
}

/// The organisation after a chain: "of / at / for [the|its] ORG" ("at rival Acme" too), else
/// "head of research at Acme".
fn org_after_chain(ctx: &Ctx<'_>, tail: &Title, sl: usize) -> Option<(EntityIdx, f32)> {
    let mut org: Option<(EntityIdx, f32)> = None;
    let mut k = tail.last;
    if is_in(ROLE_ORG_PREPOSITIONS, ctx.words.lower(k)) {
        // "at rival Acme", "at research firm Acme": descriptors may follow "at"
        let at = ctx.words.lower(k) == AT;
        k += 1;
        let mut hops = 0;
        while k < sl
            && hops < 3
            && ctx.mention_starting(k).is_none()
            && (is_in(ROLE_ORG_DETERMINERS, ctx.words.lower(k))
                || (at && ctx.words.lower(k) != AND && ctx.words.is_lower_word(k)))
        {
            if is_in(OWNER_PRONOUNS, ctx.words.lower(k)) && ctx.mention_starting(k + 1).is_none() {
                org = ctx.its_referent(k, None).map(|e| (e, 0.6));
            }
            k += 1;
            hops += 1;
        }
        if let Some(m) = ctx.mention_starting(k)
            && (ctx.is_org(m.entity)
                || ctx.kind(m.entity) == Some(newskg_doc::EntityKind::Service)
                || (public_office(tail.role) && ctx.kind(m.entity) == Some(newskg_doc::EntityKind::Location)))
        {
            org = Some((m.entity, 0.85));
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
        }
    }
    org
}

/// The organisation a person is to lead: "Acme, which will be led by [incoming CEO] Jane Roe",
/// the head of the relative clause, else the nearest subject-like organisation before "by".
fn led_org(ctx: &Ctx<'_>, s: usize, sf: usize, before: usize) -> Option<(EntityIdx, f32)> {
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
fn org_before_chain(ctx: &Ctx<'_>, sf: usize, before: usize, head: Role) -> (Option<(EntityIdx, f32)>, bool) {
    if let Some(m) = ctx.mention_ending(before) {
        let place = public_office(head) && ctx.kind(m.entity) == Some(newskg_doc::EntityKind::Location);
        return ((ctx.is_org(m.entity) || place).then_some((m.entity, 0.85)), false);
    }
    if before > sf {
        let w = ctx.words.lower(before - 1);
        if is_in(OWNER_PRONOUNS, w) {
            return (ctx.its_referent(before - 1, None).map(|e| (e, 0.65)), true);
        } else if w.ends_with("'s") || w == "'" {
            // "the company's", "the content delivery company's"
            return (ctx.its_referent(before - 1, None).map(|e| (e, 0.55)), false);
        }
    }
    (None, false)
}

/// The people holding a chain's titles, as (person, is predecessor): right after it ("CEO Jane
/// Roe", "Acme's CEO, Jane Roe", two names after a plural title), else in an apposition before
/// it, else linked by a verb ("Jane Roe became CEO", with her predecessor). Also whether the
/// post was left and the confidence a link adds; "analyst Jane Roe of Acme" may set `org`.
fn chain_persons(
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
    let owner_before = before > sf && (possessive_pronoun || ctx.possessive_at(before - 1));
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
    if ctx.words.lower(a) == "," && owner_before {
        a += 1;
    }
    if let Some(m) = ctx.mention_starting(a)
        && ctx.is_person(m.entity)
        && a < sl
    {
        // "succeeding interim chief executive Y": Y held the title, unless "as <title>" follows
        // ("succeeded co-founder Y as chairman": "co-founder" only describes Y)
        let pred = preceded_by_succeed(ctx, before, sf) && ctx.words.lower(m.last) != AS;
        persons.push((m.entity, pred));
        // a plural title before several names: "co-founders Jane Roe and John Doe"
        if ctx.words.lower(tail.last - 1).ends_with('s')
            && ctx.words.lower(m.last) == AND
            && let Some(n) = ctx.mention_starting(m.last + 1).filter(|n| ctx.is_person(n.entity))
        {
            persons.push((n.entity, pred));
        }
        // "analyst Jane Roe of Acme"
        if org.is_none() && is_in(PERSON_OF_ORG, ctx.words.lower(m.last)) {
            let mut k = m.last + 1;
            if ctx.words.lower(k) == THE {
                k += 1;
            }
            if let Some(o) = ctx.mention_starting(k).filter(|o| ctx.is_org(o.entity)) {
                *org = Some((o.entity, 0.8));
            }
        }
    }
    // 2. apposition before: "Jane Roe, [the] [ORG's] [adj] title"
    if persons.is_empty()
        && let Some(p) = apposition_person(ctx, before, sf)
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
    (persons, stepped_down, link_conf)
}

/// "..., when he succeeded Y": Y, after the chain, held the same titles before the first person
/// found (who must hold them now).
fn add_predecessors(ctx: &Ctx<'_>, from: usize, sl: usize, persons: &mut Vec<(EntityIdx, bool)>) {
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
        if SUCCEED_VERBS.contains(&ctx.words.lower(k)) {
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

/// "Acme, where she was head of X": the organisation before the comma that opens the
/// apposition with "where" ("Acme, a payments firm where ...").
fn org_before_where(ctx: &Ctx<'_>, before: usize, sf: usize) -> Option<(EntityIdx, f32)> {
    let w = (before.saturating_sub(4).max(sf)..before).find(|&k| ctx.words.lower(k) == WHERE)?;
    // back to the comma that opens the apposition: "Acme, a payments firm where ..."
    let comma = (w.saturating_sub(7).max(sf)..w).rev().find(|&k| ctx.words.lower(k) == ",")?;
    ctx.mention_ending(comma).filter(|m| ctx.is_org(m.entity)).map(|m| (m.entity, 0.7))
}

/// Offices of a state whose holder's "organisation" is the country, state or city itself, as
/// written next to the title ("President of Ruritania", "Ruritania's prime minister", "Kent
/// Governor"); any other title needs an organisation.
fn public_office(role: Role) -> bool {
    matches!(role, Role::President | Role::VicePresident | Role::Minister | Role::Governor)
}

/// The organisation fallback: the nearest one named before the chain; a minister's government
/// is named or left out, a governor's body must be an organisation.
fn fallback_org(ctx: &Ctx<'_>, chain: &[Title], head: &Title) -> Option<(EntityIdx, f32)> {
    let public = chain.iter().all(|t| matches!(t.role, Role::Minister | Role::Governor));
    // a minister's government is named or left out; a governor's body is an organisation
    ctx.referent_back(head.first, None)
        .filter(|&e| {
            !public
                || (chain.iter().all(|t| t.role == Role::Governor)
                    && ctx.kind(e) == Some(newskg_doc::EntityKind::Organization))
        })
        .map(|e| (e, 0.45))
}

/// The first word at or after `i` that is not a title word or modifier.
fn skip_back_titles_forward(ctx: &Ctx<'_>, mut i: usize, sl: usize) -> usize {
    while i < sl {
        let w = ctx.words.lower(i);
        let is_title = TITLES.iter().any(|(p, _)| p.first() == Some(&w));
        if is_title || TITLE_MODIFIERS.contains(&w) || NOT_CURRENT.contains(&w) {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// "head" is a title when "of" follows it or an organisation or possessive comes before it.
fn head_ok(ctx: &Ctx<'_>, t: &super::roles::Title, sl: usize) -> bool {
    let next = ctx.words.lower(t.last);
    next == OF && t.last + 1 < sl
        || t.first > 0 && (ctx.mention_ending(t.first).is_some() || ctx.possessive_at(t.first - 1))
}

/// Whether a succession verb comes right before the title ("succeeding interim chief executive X").
fn preceded_by_succeed(ctx: &Ctx<'_>, before: usize, sf: usize) -> bool {
    before > sf && SUCCEED_VERBS.contains(&ctx.words.lower(before - 1))
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

/// "Jane Roe, [det] [ORG['s]] [adjectives] <title>": the person of an apposition ending at `before`.
fn apposition_person(ctx: &Ctx<'_>, before: usize, sf: usize) -> Option<EntityIdx> {
    let mut i = before;
    let mut steps = 0;
    while i > sf && steps < 7 {
        let w = ctx.words.lower(i - 1);
        if w == "," {
            let m = ctx.mention_ending(i - 1)?;
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
            || w.ends_with("'s")
            || w == "'"
            || (ctx.words.is_lower_word(i - 1) && !is_in(LINK_VERBS, w) && !is_in(NOT_TITLE_LEAD, w));
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
fn linked_person(ctx: &Ctx<'_>, before: usize, sf: usize) -> Option<(EntityIdx, Option<EntityIdx>, bool)> {
    // find the linking verb within 8 words before the title
    let lo = before.saturating_sub(8).max(sf);
    let mut verb = None;
    let mut k = before;
    while k > lo {
        k -= 1;
        let w = ctx.words.lower(k);
        if LINK_VERBS.contains(&w) {
            verb = Some(k);
            break;
        }
        if is_in(TITLE_LEAD_STOP, w) {
            break;
        }
    }
    let v = verb?;
    // stepped down / resigned / left as
    let pre: Vec<&str> = (v.saturating_sub(3).max(sf)..v).map(|j| ctx.words.lower(j)).collect();
    let down = pre.iter().any(|w| is_in(LEFT_VERBS, w));
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

fn skip_titles_back(ctx: &Ctx<'_>, mut i: usize, sf: usize) -> usize {
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

/// Verbal patterns with no title word: "took over the leadership of ORG", "took charge of ORG",
/// "running ORG" → head.
fn extract_verbal(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Vec<Position>) {
    for i in sf..sl {
        let w = ctx.words.lower(i);
        let (org_at, former) = if is_in(POST_NOUNS, w) {
            let pre: Vec<&str> = (i.saturating_sub(3).max(sf)..i).map(|k| ctx.words.lower(k)).collect();
            if !pre.iter().any(|p| is_in(TAKE_VERBS, p)) {
                continue;
            }
            if ctx.words.lower(i + 1) != OF {
                continue;
            }
            let mut k = i + 2;
            if ctx.words.lower(k) == THE {
                k += 1;
            }
            (k, false)
        } else if is_in(RUN_FORMS, w)
            && (i.saturating_sub(4).max(sf)..i).any(|x| is_in(PAST_RUN_CUES, ctx.words.lower(x)))
        {
            let mut k = i + 1;
            let mut hops = 0;
            while k < sl && hops < 4 && ctx.mention_starting(k).is_none() {
                let x = ctx.words.lower(k);
                if !(x == THE || ctx.words.is_lower_word(k)) || is_in(RAN_NP_INNER, x) {
                    break;
                }
                k += 1;
                hops += 1;
            }
            let former = w == RAN || (i.saturating_sub(5).max(sf)..i).any(|x| ctx.words.lower(x) == AFTER);
            (k, former)
        } else {
            continue;
        };
        let Some(m) = ctx.mention_starting(org_at) else {
            continue;
        };
        if !ctx.is_org(m.entity) || ctx.possessive_at(m.last - 1) {
            continue;
        }
        let person = ctx
            .mentions
            .iter()
            .rev()
            .find(|p| p.last <= i && p.first >= sf && ctx.is_person(p.entity))
            .map(|p| p.entity)
            .or_else(|| is_in(PERSON_PRONOUNS, ctx.words.lower(sf)).then(|| ctx.pronoun_person(sf)).flatten());
        let Some(person) = person else { continue };
        let title: String = ctx.words.get(i).map_or(String::new(), |x| x.text.to_string());
        out.push(Position {
            person,
            organization: Some(m.entity),
            role: Role::Head,
            title,
            current: !former,
            evidence: ctx.evidence(s, 0.55),
        });
    }
}

/// "Acme was founded in 2011 by Jane Roe [and John Doe]", "Jane Roe co-founded Acme": founders.
fn extract_founders(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Vec<Position>) {
    for i in sf..sl {
        let w = ctx.words.lower(i);
        if !is_in(FOUNDED_VERBS, w) || ctx.mention_of_word.get(i).copied().flatten().is_some() {
            continue;
        }
        let co = !is_in(FOUNDED_ALONE, w);
        let passive = i > sf && is_in(PASSIVE_AUX, ctx.words.lower(i - 1));
        let mut people: Vec<EntityIdx> = Vec::new();
        let org;
        if passive {
            // "... by Jane Roe and John Doe"
            let Some(by) = (i + 1..(i + 6).min(sl)).find(|&k| ctx.words.lower(k) == BY) else { continue };
            let mut k = by + 1;
            while k < sl {
                match ctx.mention_starting(k) {
                    Some(m) if ctx.is_person(m.entity) => {
                        people.push(m.entity);
                        k = m.last;
                    }
                    _ if is_in(AND_COMMA, ctx.words.lower(k)) && !people.is_empty() => k += 1,
                    _ => break,
                }
            }
            org = ctx
                .mention_ending(i - 1)
                .filter(|m| ctx.is_org(m.entity))
                .map(|m| m.entity)
                .or_else(|| ctx.its_referent(i, None));
        } else {
            // "Jane Roe [and John Doe] co-founded Acme", "Jane Roe, who founded Acme"
            let Some(o) = ctx.mention_starting(i + 1).filter(|m| ctx.is_org(m.entity)) else { continue };
            org = Some(o.entity);
            let mut k = i;
            if i >= sf + 2 && ctx.words.lower(i - 1) == WHO && ctx.words.lower(i - 2) == "," {
                k = i - 2;
            }
            while k > sf {
                match ctx.mention_ending(k) {
                    Some(m) if ctx.is_person(m.entity) => {
                        people.push(m.entity);
                        k = m.first;
                    }
                    _ if is_in(AND_COMMA, ctx.words.lower(k - 1)) && !people.is_empty() => k -= 1,
                    _ => break,
                }
            }
        }
        let Some(org) = org else { continue };
        // "Jane Roe founded Acme in 1998 with John Doe": co-founders
        if !passive && let Some(w) = (i + 2..(i + 8).min(sl)).find(|&k| ctx.words.lower(k) == WITH) {
            let mut k = w + 1;
            while k < sl && k < w + 4 && ctx.mention_starting(k).is_none() {
                k += 1;
            }
            if let Some(m) = ctx.mention_starting(k).filter(|m| ctx.is_person(m.entity)) {
                people.push(m.entity);
            }
        }
        let role = if co || people.len() > 1 { Role::Cofounder } else { Role::Founder };
        let title = ctx.words.get(i).map_or(String::new(), |x| x.text.to_string());
        for p in people {
            out.push(Position {
                person: p,
                organization: Some(org),
                role,
                title: title.clone(),
                current: true,
                evidence: ctx.evidence(s, 0.7),
            });
        }
    }
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
