//! A broadcast licence's assignment a regulator states (rule `deals-licence-assignment`): consumes
//! a sentence's words and mentions, produces acquisitions and parents. "the assignment of [the]
//! licen[cs]e[s] of [Station[s]] S1[, City, State] [and S2] from A to B": B acquired each
//! station, and each station stays the assignor A's (the licensee named as its owner), as the
//! corpus's regulator texts are annotated. An application or grant of the assignment reads the
//! same way (the filing is what the text states). An assignor named as a person who holds the
//! licence for a company ("from Jane Roe, Receiver for Acme Radio, Inc., to B") gives that company.

use super::*;
use crate::lexicon::deals::{ASSIGNMENT_NOUNS, FIDUCIARY_NOUNS, LICENCE_NOUNS};
use crate::lexicon::grammar::{AND, FOR, FROM};
use crate::lexicon::names::is_call_sign;

/// How many words after "of" the stations and "from" may run.
const STATIONS_REACH: usize = 24;
/// How many words after the assignor's name "to" may stand (its places and a docket in
/// parentheses between).
const ASSIGNEE_REACH: usize = 10;

pub(super) fn licence_assignments(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    for v in sf..sl {
        if !is_in(ASSIGNMENT_NOUNS, ctx.words.lower(v)) || ctx.words.lower(v + 1) != OF {
            continue;
        }
        // "of [the] licen[cs]e[s] of"
        let mut k = v + 2;
        if ctx.words.lower(k) == THE {
            k += 1;
        }
        if !is_in(LICENCE_NOUNS, ctx.words.lower(k)) || ctx.words.lower(k + 1) != OF {
            continue;
        }
        let (stations, from) = stations_until_from(ctx, k + 2, sl);
        if stations.is_empty() {
            continue;
        }
        let Some(a) = org_after(ctx, from + 1, sl).or_else(|| held_for(ctx, from + 1, sl)) else {
            continue;
        };
        let Some(to) = (a.last..(a.last + ASSIGNEE_REACH).min(sl)).find(|&j| ctx.words.lower(j) == TO) else {
            continue;
        };
        let Some(b) = org_after(ctx, to + 1, sl) else {
            continue;
        };
        if a.entity == b.entity {
            continue;
        }
        for &st in &stations {
            if st != a.entity && st != b.entity {
                out.push(ctx, s, b.entity, RelationKind::Acquired, st, 0.75);
                out.push(ctx, s, st, RelationKind::ParentOrganization, a.entity, 0.6);
            }
        }
    }
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
