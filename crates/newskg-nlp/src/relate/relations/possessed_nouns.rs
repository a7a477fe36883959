//! A possessed ownership noun whose names follow it through a comma, a copula or "include" (rule
//! `relations-possessed-noun-list`, session 28): consumes a sentence's words and mentions,
//! produces parents (providers for services).
//!
//! - the possessor's units: "its subsidiaries include A, B and C", "X's subsidiaries are A and B",
//!   "amongst its subsidiaries was A", "its units, including A and B" (a service listed so is the
//!   possessor's service);
//! - the possessor's owners: "its parent Y", "X's parent, Y,", "its owner is Y", "X's owners are A
//!   and B", "its controlling shareholder was Y" (a shareholder only with a word that says it
//!   controls: "controlling", "majority", "sole"; not "largest").
//!
//! A unit noun followed directly by its names ("its subsidiary X", "its units A and B") is
//! `unit_noun`'s; "its parent company Y" is `parent_noun`'s. The possessor is a name ending in a
//! possessive, or what "its" / "their" refers to (never a name of the list). A singular noun takes
//! one name; only a plural one reads a list, whose items may follow a descriptive noun phrase
//! ("its subsidiaries include the shipping line A and the carmaker B"; "its subsidiary, A, and B"
//! names one unit).

use super::*;
use crate::lexicon::organisations::{
    CONTROL_WORDS, POSSESSED_LINK_WORDS, POSSESSED_OWNER_HEADS, POSSESSED_STOP_WORDS, POSSESSED_UNIT_HEADS,
    SHAREHOLDER_NOUNS,
};

/// Whether a name follows the noun at word `u` through a copula or "include" (after an optional
/// comma): "subsidiaries include A", "units, including A", "subsidiary is A".
pub(super) fn names_follow_link(ctx: &Ctx<'_>, u: usize, sl: usize) -> bool {
    let at = if ctx.words.lower(u + 1) == "," { u + 2 } else { u + 1 };
    is_in(POSSESSED_LINK_WORDS, ctx.words.lower(at)) && next_mention(ctx, at + 1, sl, 1).is_some()
}

pub(super) fn possessed_noun_lists(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    for u in sf..sl {
        let w = ctx.words.lower(u);
        let unit = is_in(POSSESSED_UNIT_HEADS, w);
        if !(unit || is_in(POSSESSED_OWNER_HEADS, w)) || ctx.mention_of_word.get(u).copied().flatten().is_some() {
            continue;
        }
        // "parent company" / "parent group" is one noun
        let end = if w == PARENT && is_in(GROUP_NOUNS, ctx.words.lower(u + 1)) { u + 2 } else { u + 1 };
        // back over at most two lower-case modifiers ("controlling", "former", "other") to the
        // possessive
        let mut b = u;
        let mut controls = false;
        while b > sf + 1
            && u - b < 2
            && ctx.words.is_lower_word(b - 1)
            && !is_in(OWNER_PRONOUNS, ctx.words.lower(b - 1))
            && !is_in(POSSESSED_STOP_WORDS, ctx.words.lower(b - 1))
            && ctx.mention_ending(b).is_none()
        {
            controls |= is_in(CONTROL_WORDS, ctx.words.lower(b - 1));
            b -= 1;
        }
        if is_in(SHAREHOLDER_NOUNS, w) && !controls {
            continue;
        }
        // the names: after an optional comma and an optional copula or "include"
        let mut at = end;
        let comma = ctx.words.lower(at) == ",";
        if comma {
            at += 1;
        }
        let linked = is_in(POSSESSED_LINK_WORDS, ctx.words.lower(at));
        if linked {
            at += 1;
        }
        // a name right after the noun: only "its parent Y" / "X's owner Y" are new here
        if !(comma || linked) && (unit || end != u + 1) {
            continue;
        }
        // the first name, past a descriptive noun phrase ("the shipping line A") after a comma or
        // link word; right after the noun otherwise ("its parent Y", not "owner of Y")
        let first = if comma || linked { next_mention(ctx, at, sl, 1) } else { ctx.mention_starting(at) };
        let Some(first) = first.filter(|m| org_or_service(ctx, m.entity)) else {
            continue;
        };
        if b == sf {
            continue;
        }
        let possessor = if is_in(OWNER_PRONOUNS, ctx.words.lower(b - 1)) {
            ctx.referent_back(b - 1, Some(first.entity))
        } else if ctx.possessive_at(b - 1) {
            ctx.mention_ending(b).map(|m| m.entity)
        } else {
            None
        };
        let Some(x) = possessor.filter(|&x| ctx.is_org(x)) else {
            continue;
        };
        // a plural noun reads the list: "A, the carmaker B and C"
        let names = if looks_plural(w) { list_from(ctx, first.first, sl) } else { vec![first.entity] };
        for y in names.into_iter().filter(|&y| y != x) {
            if unit {
                let kind = if ctx.kind(y) == Some(EntityKind::Service) {
                    RelationKind::Provider
                } else {
                    RelationKind::ParentOrganization
                };
                out.push(ctx, s, y, kind, x, 0.7);
            } else if ctx.is_org(y) {
                out.push(ctx, s, x, RelationKind::ParentOrganization, y, 0.7);
            }
        }
    }
}
