//! A business function named after a title's "of" ("Vice President of Sales", "Director of
//! Strategic Alliances"): no organisation (rule `roles-function-of`). Consumes the relate context
//! and a word index, produces whether the capitalised run ending before it names a function.

use crate::lexicon::people::{BUSINESS_FUNCTIONS, FUNCTION_CLOSERS, JOB_UNIT_WORDS};
use crate::lexicon::words::is_in;

use super::Ctx;

/// Whether the capitalised run no mention covers that ends right before word `end` is a business
/// function: its last word is one ("of Institutional Sales", "of Finance"), and the title's phrase
/// closes there (a clause break, the sentence's end or a comma before a lower-case word: not "of
/// Business Development and ..." nor a list item's body after a comma, "of Public Affairs, Zeta").
pub(super) fn business_function(ctx: &Ctx<'_>, end: usize, sl: usize) -> bool {
    let last = ctx.words.lower(end.saturating_sub(1));
    let next = ctx.words.lower(end);
    let closes = end >= sl
        || is_in(FUNCTION_CLOSERS, next)
        || next == "," && (end + 1 >= sl || ctx.words.is_lower_word(end + 1));
    end > 0 && closes && (is_in(JOB_UNIT_WORDS, last) || is_in(BUSINESS_FUNCTIONS, last))
}
