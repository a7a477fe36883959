//! Descriptive noun phrases without an article between a cue and a name ("its acquisition of rival
//! plate manufacturer X"): consumed by the relations' name finder, produces whether to read past one.

use super::*;
use crate::lexicon::deals::DESCRIPTOR_BREAK;
use crate::lexicon::reference::descriptor_head;

/// A descriptor without an article from word `i`: up to `max` common words, none breaking such a
/// phrase, whose last word before the next name is a business's head noun ("rival plate
/// manufacturer X", "department store operator X", "drug firm X"; rule `relations-bare-descriptor`).
pub(super) fn bare_descriptor(ctx: &Ctx<'_>, i: usize, sl: usize, max: usize) -> bool {
    if !ctx.on(Rule::BareDescriptor) {
        return false;
    }
    let mut j = i;
    while j < sl && j < i + max {
        if ctx.mention_starting(j).is_some() {
            return j > i + 1 && descriptor_head(ctx.words.lower(j - 1));
        }
        let w = ctx.words.lower(j);
        if !ctx.words.is_lower_word(j) || is_in(DESCRIPTOR_BREAK, w) || is_in(UNIT_LIST_STOP, w) {
            return false;
        }
        j += 1;
    }
    false
}

