//! Where the units named after a unit noun begin: right after it ("its subsidiary Acme Cloud"),
//! or, after a plural noun, past a dash or colon that opens the list ("its three subsidiaries -
//! A, B and C", "its units: A and B").

use super::*;
use crate::lexicon::organisations::UNIT_LIST_OPENERS;

/// The word at which the unit named after the unit noun at word `u` starts.
pub(super) fn unit_after(ctx: &Ctx<'_>, u: usize) -> usize {
    let opens_list = is_in(PLURAL_UNIT_NOUNS, ctx.words.lower(u)) && is_in(UNIT_LIST_OPENERS, ctx.words.lower(u + 1));
    if opens_list { u + 2 } else { u + 1 }
}
