//! The words before a title that stand between it and the name before it: the title's modifiers
//! ("former", "acting", "Regional"), lower-case adjectives, and the full stop that closes an
//! organisation's abbreviation ("Acme Inc. director") or a place's dotted name ("U.S. President").
//! Consumes the relate context and a word index, produces the index past them.

use crate::lexicon::people::{NOT_CURRENT, POST_QUALIFIERS, TITLE_MODIFIERS};
use crate::lexicon::words::is_in;
use crate::rulebook::Rule;

use super::Ctx;

/// The word index before `i` after skipping title modifiers and lower-case adjectives (at most
/// `max` words), staying at or after `floor`.
pub(super) fn skip_back(ctx: &Ctx<'_>, mut i: usize, floor: usize, max: usize) -> usize {
    let mut n = 0;
    while i > floor && n < max {
        let w = ctx.words.lower(i - 1);
        if TITLE_MODIFIERS.contains(&w)
            || NOT_CURRENT.contains(&w)
            || (ctx.on(Rule::PostQualifiers) && is_in(POST_QUALIFIERS, w))
        {
            i -= 1;
            n += 1;
        } else if w == "." && ctx.mention_ending(i - 1).is_some_and(|m| ctx.is_org(m.entity)) {
            // "a former Acme Inc. director": past the full stop that closes the name's abbreviation
            i -= 1;
            n += 1;
        } else if w == "." && ctx.on(Rule::DottedPlace) && dotted_place_before(ctx, i - 1) {
            // "U.S. President Jane Roe": past the full stop that closes the place's dotted name
            i -= 1;
            n += 1;
        } else {
            break;
        }
    }
    i
}

/// Whether a place written with inner full stops ("U.S", "U.K") ends right before word `dot`, a
/// full stop glued to it: the segmenter keeps that stop as a word of its own (rule
/// `roles-dotted-place`).
fn dotted_place_before(ctx: &Ctx<'_>, dot: usize) -> bool {
    let (Some(m), Some(d), Some(w)) =
        (ctx.mention_ending(dot), ctx.words.get(dot), dot.checked_sub(1).and_then(|k| ctx.words.get(k)))
    else {
        return false;
    };
    ctx.kind(m.entity) == Some(newskg_doc::EntityKind::Location)
        && w.text.contains('.')
        && w.span.end() == d.span.start()
}
