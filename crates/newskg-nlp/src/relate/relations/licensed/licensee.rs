//! A broadcast station's licensee (rule `relations-licensee-of`): consumes a sentence's words and
//! mentions, produces each station's parent organisation.
//!
//! "X, licensee of Stations S1, City, State; S2, City, State", "X (\"X\"), the licensee of S",
//! "X is [currently / also] the licensee of television stations S1 (...), City, and S2": X holds
//! the stations' licences, so it is each station's parent, as the guidelines read a licensee.
//! Stations are named by their call signs ([`super::assignments::station_list`]); nothing for
//! another name after "licensee of", nor for a proposed licensee.

use super::*;
use crate::lexicon::deals::{LICENSEE_MODIFIERS, LICENSEE_NOUNS};
use crate::lexicon::facts::{IS_UNIT_VERBS, UNIT_COPULA_ADVERBS};
use crate::lexicon::names::STATION_WORDS;

pub(super) fn licensee_of(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    for k in sf + 1..sl {
        if !is_in(LICENSEE_NOUNS, ctx.words.lower(k)) || ctx.words.lower(k + 1) != OF {
            continue;
        }
        let Some(holder) = holder_before(ctx, sf, k).filter(|&x| ctx.is_org(x)) else {
            continue;
        };
        // "licensee of Stations S1 and S2": the capitalised station word too
        let mut i = k + 2;
        while i < sl && is_in(STATION_WORDS, ctx.words.lower(i)) {
            i += 1;
        }
        for st in super::assignments::station_list(ctx, i, sl) {
            if st != holder {
                out.push(ctx, s, st, RelationKind::ParentOrganization, holder, 0.6);
            }
        }
    }
}

/// The licensee named before "licensee" at word `k`: past an article and a modifier, the name an
/// apposition follows ("X, the licensee of") or the subject of a copula ("X is currently the
/// licensee of").
fn holder_before(ctx: &Ctx<'_>, sf: usize, k: usize) -> Option<EntityIdx> {
    let mut b = k;
    while b > sf + 1 && is_in(LICENSEE_MODIFIERS, ctx.words.lower(b - 1)) {
        b -= 1;
    }
    if b > sf + 1 && is_in(ARTICLES, ctx.words.lower(b - 1)) {
        b -= 1;
    }
    if ctx.words.lower(b - 1) == "," {
        // past a short form in brackets: "X (\"X\"), licensee of"
        let e = b - 1;
        let bracket = || {
            (e > sf && ctx.words.lower(e - 1) == ")")
                .then(|| (e.saturating_sub(8).max(sf)..e - 1).rev().find(|&q| ctx.words.lower(q) == "("))
                .flatten()
                .and_then(|open| name_before(ctx, open))
        };
        return name_before(ctx, e).or_else(bracket).map(|m| m.entity);
    }
    let mut c = b;
    while c > sf + 1 && is_in(UNIT_COPULA_ADVERBS, ctx.words.lower(c - 1)) {
        c -= 1;
    }
    (c > sf + 1 && is_in(IS_UNIT_VERBS, ctx.words.lower(c - 1)))
        .then(|| ctx.mention_ending(c - 1))
        .flatten()
        .map(|m| m.entity)
}
