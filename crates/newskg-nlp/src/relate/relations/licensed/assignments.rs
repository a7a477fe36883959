//! A broadcast licence's assignment a regulator states (rule `deals-licence-assignment`): consumes
//! a sentence's words and mentions, produces acquisitions and parents. "the assignment of [the]
//! licen[cs]e[s] of [Station[s]] S1[, City, State] [and S2] from A to B": B acquired each
//! station, and each station stays the assignor A's (the licensee named as its owner), as the
//! corpus's regulator texts are annotated. An application or grant of the assignment reads the
//! same way (the filing is what the text states). An assignor named as a person who holds the
//! licence for a company ("from Jane Roe, Receiver for Acme Radio, Inc., to B") gives that company.
//! The same assignment in other wordings: the verb ("to assign the [broadcast] license of S from A
//! to B"), the licence "for" its stations ("the assignment of licenses for stations S1 and S2 from
//! A to B"), a bracketed term after the licence ("the license (the "Application") of S"), the
//! parties first ("the assignment from A to B of the license of S"), and a second assignment
//! joined on ("... to B and for Station S2 from B to C").

use super::*;
use crate::lexicon::deals::{ASSIGN_VERBS, ASSIGNMENT_NOUNS, FIDUCIARY_NOUNS, LICENCE_NOUNS};
use crate::lexicon::grammar::{AND, FOR, FROM};
use crate::lexicon::names::{STATION_WORDS, is_call_sign};
use crate::lexicon::organisations::{CONTROL, SUBSIDIARY_NOUNS, TRANSFER_WORDS};

/// How many words after "of" the stations and "from" may run.
const STATIONS_REACH: usize = 24;
/// How many words after the assignor's name "to" may stand (its places and a docket in
/// parentheses between).
const ASSIGNEE_REACH: usize = 10;
/// How many lower-case words may stand before the licence noun ("the broadcast television license").
const LICENCE_MODIFIERS: usize = 2;
/// How many words a bracketed term may run ("(the 'Assignment Application')").
const BRACKET_REACH: usize = 12;

pub(super) fn licence_assignments(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    for v in sf..sl {
        let w = ctx.words.lower(v);
        if ctx.on(Rule::LicencesElsewhere) && is_in(LICENCE_NOUNS, w) && ctx.words.lower(v + 1) == FROM {
            licences_from(ctx, s, sf, v, sl, out);
            continue;
        }
        let noun = is_in(ASSIGNMENT_NOUNS, w);
        if noun && ctx.words.lower(v + 1) == FROM {
            parties_first(ctx, s, v + 1, sl, out);
            continue;
        }
        let licence = if noun && ctx.words.lower(v + 1) == OF {
            v + 2
        } else if is_in(ASSIGN_VERBS, w) {
            v + 1
        } else {
            continue;
        };
        if let Some(of) = licence_of(ctx, licence, sl) {
            stations_then_parties(ctx, s, of + 1, sl, out);
        }
    }
}

/// "[the] [broadcast] licen[cs]e[s] [(a bracketed term)] of|for" from word `k`: the word "of" or "for".
fn licence_of(ctx: &Ctx<'_>, mut k: usize, sl: usize) -> Option<usize> {
    if ctx.words.lower(k) == THE {
        k += 1;
    }
    let modifiers = k + LICENCE_MODIFIERS;
    while k < modifiers.min(sl)
        && !is_in(LICENCE_NOUNS, ctx.words.lower(k))
        && ctx.words.is_lower_word(k)
        && ctx.mention_starting(k).is_none()
    {
        k += 1;
    }
    if !is_in(LICENCE_NOUNS, ctx.words.lower(k)) {
        return None;
    }
    let k = past_brackets(ctx, k + 1, sl);
    matches!(ctx.words.lower(k), OF | FOR).then_some(k)
}

/// The word after any bracketed terms that open at word `k` ("('Acme') (the 'Assignment')").
fn past_brackets(ctx: &Ctx<'_>, mut k: usize, sl: usize) -> usize {
    while ctx.words.lower(k) == "("
        && let Some(c) = (k + 1..(k + BRACKET_REACH).min(sl)).find(|&j| ctx.words.lower(j) == ")")
    {
        k = c + 1;
    }
    k
}

/// "S1 [and S2] from A to B [and of|for S3 from C to D]", the stations from word `i`.
fn stations_then_parties(ctx: &Ctx<'_>, s: usize, i: usize, sl: usize, out: &mut Out) {
    let (stations, from) = stations_until_from(ctx, i, sl);
    if stations.is_empty() {
        return;
    }
    let Some((a, b)) = parties(ctx, from, sl) else {
        return;
    };
    assigned(ctx, s, &stations, a.entity, b.entity, out);
    // "... to B ('B') and for Station S2 from B to C"
    let j = past_brackets(ctx, past_name_tail(ctx, b.last, sl), sl);
    if ctx.words.lower(j) == AND && matches!(ctx.words.lower(j + 1), OF | FOR) {
        stations_then_parties(ctx, s, j + 2, sl, out);
    }
}

/// "the assignment from A to B of the license of S1 [and S2]", "from" word `from`.
fn parties_first(ctx: &Ctx<'_>, s: usize, from: usize, sl: usize, out: &mut Out) {
    let Some((a, b)) = parties(ctx, from, sl) else {
        return;
    };
    let j = past_brackets(ctx, past_name_tail(ctx, b.last, sl), sl);
    if ctx.words.lower(j) != OF {
        return;
    }
    let Some(of) = licence_of(ctx, j + 1, sl) else {
        return;
    };
    let stations = station_list(ctx, of + 1, sl);
    assigned(ctx, s, &stations, a.entity, b.entity, out);
}

/// The assignor and assignee of "from A to B", "from" word `from`.
fn parties(ctx: &Ctx<'_>, from: usize, sl: usize) -> Option<(MentionAt, MentionAt)> {
    let a = org_after(ctx, from + 1, sl).or_else(|| held_for(ctx, from + 1, sl))?;
    let to = to_after(ctx, a.last, sl)?;
    let b = org_after(ctx, to + 1, sl)?;
    (a.entity != b.entity).then_some((a, b))
}

/// The word "to" from word `i` on, within [`ASSIGNEE_REACH`] words, a bracketed term counting as
/// one ("A, Jane Roe, Trustee ('Licensee') to B").
fn to_after(ctx: &Ctx<'_>, mut i: usize, sl: usize) -> Option<usize> {
    for _ in 0..ASSIGNEE_REACH {
        match ctx.words.lower(i) {
            _ if i >= sl => return None,
            TO => return Some(i),
            "(" => i = past_brackets(ctx, i, sl).max(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// Each station acquired by the assignee `b`, and the assignor `a`'s.
fn assigned(ctx: &Ctx<'_>, s: usize, stations: &[EntityIdx], a: EntityIdx, b: EntityIdx, out: &mut Out) {
    for &st in stations {
        if st != a && st != b {
            out.push(ctx, s, b, RelationKind::Acquired, st, 0.75);
            out.push(ctx, s, st, RelationKind::ParentOrganization, a, 0.6);
        }
    }
}

/// The stations listed from word `i`: "[broadcast] station S1, City, State[,] [and] S2 (...)": after
/// a few lower-case words, call signs with only places, brackets, commas, ";" and "and" between.
pub(super) fn station_list(ctx: &Ctx<'_>, mut i: usize, sl: usize) -> Vec<EntityIdx> {
    if ctx.words.lower(i) == THE {
        i += 1;
    }
    let lead = i + LICENCE_MODIFIERS + 1;
    while i < lead.min(sl) && ctx.words.is_lower_word(i) && ctx.mention_starting(i).is_none() {
        i += 1;
    }
    let mut stations = Vec::new();
    while i < sl {
        let Some(st) = station_at(ctx, i) else {
            break;
        };
        if !stations.contains(&st) {
            stations.push(st);
        }
        i = ctx.mention_starting(i).map_or(i + 1, |m| m.last);
        // the places, brackets and joining words before the next station
        loop {
            let w = ctx.words.lower(i);
            if matches!(w, "," | ";" | AND) || is_in(STATION_WORDS, w) {
                i += 1;
            } else if w == "(" {
                i = past_brackets(ctx, i, sl).max(i + 1);
            } else if let Some(m) = ctx.mention_starting(i).filter(|m| ctx.kind(m.entity) == Some(EntityKind::Location))
            {
                i = m.last;
            } else {
                break;
            }
        }
    }
    stations
}

/// The organisations named between "of" (word `i`) and "from", and the word "from"; none when
/// no "from" comes before the sentence's next ";" or the reach ends.
fn stations_until_from(ctx: &Ctx<'_>, mut i: usize, sl: usize) -> (Vec<EntityIdx>, usize) {
    let mut end = (i + STATIONS_REACH).min(sl);
    let mut stations = Vec::new();
    while i < end {
        let w = ctx.words.lower(i);
        if w == FROM {
            return (stations, i);
        }
        // "KAAA-TV, Ames, Iowa; and KBBB-TV, Boone, Iowa, from A": a ";" goes on to the next station
        let next = if ctx.words.lower(i + 1) == AND { i + 2 } else { i + 1 };
        if w == ";" && station_at(ctx, next).is_none() {
            break;
        }
        if let Some(m) = ctx.mention_starting(i) {
            if let Some(st) = station_at(ctx, i).filter(|st| !stations.contains(st)) {
                stations.push(st);
                // (a list of stations, each with its place, runs on past the first's reach)
                end = (m.last + STATIONS_REACH).min(sl);
            }
            i = m.last;
        } else {
            i += 1;
        }
    }
    (Vec::new(), i)
}

/// The station an organisation's mention at word `i` names by its call sign ("Station KRLD-TV,
/// Dallas, Texas" names no station "Dallas").
fn station_at(ctx: &Ctx<'_>, i: usize) -> Option<EntityIdx> {
    let m = ctx.mention_starting(i)?;
    let call_sign = ctx.doc.entities[m.entity].name.split(' ').next().is_some_and(is_call_sign);
    (ctx.is_org(m.entity) && call_sign).then_some(m.entity)
}

/// The organisation named at word `i`, past "the".
fn org_after(ctx: &Ctx<'_>, i: usize, sl: usize) -> Option<MentionAt> {
    let i = if ctx.words.lower(i) == THE { i + 1 } else { i };
    (i < sl).then(|| ctx.mention_starting(i)).flatten().filter(|m| ctx.is_org(m.entity))
}

/// The company a person at word `i` holds the licence for: "Jane Roe, Receiver for Acme Radio,
/// Inc." (a fiduciary's noun, then "for" or "of", then the organisation).
fn held_for(ctx: &Ctx<'_>, i: usize, sl: usize) -> Option<MentionAt> {
    let p = ctx.mention_starting(i).filter(|m| ctx.is_person(m.entity))?;
    let mut k = p.last + 1;
    if ctx.words.lower(k) == "," {
        k += 1;
    }
    if !is_in(FIDUCIARY_NOUNS, ctx.words.lower(k)) || !matches!(ctx.words.lower(k + 1), FOR | OF) {
        return None;
    }
    org_after(ctx, k + 2, sl)
}

/// How many words may stand between "of" and the licence noun of a transfer naming no station
/// ("of eight television licenses").
const COUNTED_LICENCE_MODIFIERS: usize = 3;

/// "the assignment of [eight television] licenses from A to B", "the transfer of control of
/// [television] licenses from A to B", the licence noun at word `v` (rule
/// `deals-licences-elsewhere`): the sentence names no station, the text names them elsewhere (a
/// heading listing the call signs): B acquired every station the text names by its call sign, and
/// each stays A's. "from [the licensee] subsidiaries of A" gives A.
fn licences_from(ctx: &Ctx<'_>, s: usize, sf: usize, v: usize, sl: usize, out: &mut Out) {
    // back over the licences' modifiers to "of", and the deal noun before it
    let mut k = v;
    while k > sf && v - k < COUNTED_LICENCE_MODIFIERS && ctx.words.lower(k - 1) != OF {
        let w = ctx.words.get(k - 1);
        if !(ctx.words.is_lower_word(k - 1) || w.is_some_and(|w| w.text.chars().all(|c| c.is_ascii_digit()))) {
            return;
        }
        k -= 1;
    }
    if k < sf + 2 || ctx.words.lower(k - 1) != OF {
        return;
    }
    let noun = ctx.words.lower(k - 2);
    let transfer = noun == CONTROL && k >= sf + 4 && ctx.words.lower(k - 3) == OF && {
        let t = ctx.words.lower(k - 4);
        is_in(TRANSFER_WORDS, t) || is_in(ASSIGNMENT_NOUNS, t)
    };
    if !(is_in(ASSIGNMENT_NOUNS, noun) || is_in(TRANSFER_WORDS, noun) || transfer) {
        return;
    }
    // the sentence names no station of its own
    if (sf..sl).any(|j| station_at(ctx, j).is_some()) {
        return;
    }
    let from = v + 1;
    let mut j = from + 1;
    if ctx.words.lower(j) == THE {
        j += 1;
    }
    let lead = j;
    while j < lead + 2 && ctx.words.is_lower_word(j) && !is_in(SUBSIDIARY_NOUNS, ctx.words.lower(j)) {
        j += 1;
    }
    let via_units = is_in(SUBSIDIARY_NOUNS, ctx.words.lower(j)) && ctx.words.lower(j + 1) == OF;
    let Some((a, b)) = (if via_units { parties(ctx, j + 1, sl) } else { parties(ctx, from, sl) }) else {
        return;
    };
    let mut stations = Vec::new();
    for &(f, l) in ctx.sent_words.iter() {
        for i in f..l {
            if let Some(st) = station_at(ctx, i).filter(|st| !stations.contains(st)) {
                stations.push(st);
            }
        }
    }
    assigned(ctx, s, &stations, a.entity, b.entity, out);
}
