//! A business function named inside a job title is no organisation: consumes the kept candidates
//! and the words of a segmented document, drops a candidate made only of function words ("Public
//! Affairs", "Policy and Regulation", "Legal") when the words before it lead back to a title word
//! across function words, "of", "for", "and" and commas ("Head of Public Affairs, Acme", "Vice
//! President, Legal and Government Affairs, Acme"). Witness lists and staff lists write titles
//! this way; the organisation is the name after the title, not the function inside it.

use super::*;
use crate::lexicon::people::{JOB_UNIT_LINKS, JOB_UNIT_WORDS};

/// How many words before the candidate the walk back to the title word may cross.
const MAX_WALK: usize = 12;

/// Whether every word of `[first, last)` is a function word (or a link between two).
fn all_function_words(words: &Words<'_>, first: usize, last: usize) -> bool {
    last > first
        && (first..last).all(|i| is_in(JOB_UNIT_WORDS, words.lower(i)) || is_in(JOB_UNIT_LINKS, words.lower(i)))
        && is_in(JOB_UNIT_WORDS, words.lower(first))
        && is_in(JOB_UNIT_WORDS, words.lower(last - 1))
}

/// Whether the words before `first` reach a title word across function words and links.
fn after_title(words: &Words<'_>, first: usize) -> bool {
    let Some(sent) = words.get(first).map(|w| w.sent) else { return false };
    let mut i = first;
    for _ in 0..MAX_WALK {
        let Some(j) = i.checked_sub(1) else { return false };
        let Some(w) = words.get(j) else { return false };
        if w.sent != sent {
            return false;
        }
        let lower = w.lower.as_str();
        if is_title_word(lower) {
            return true;
        }
        if !(is_in(JOB_UNIT_WORDS, lower) || is_in(JOB_UNIT_LINKS, lower)) {
            return false;
        }
        i = j;
    }
    false
}

/// Drops the candidates that name a function inside a job title.
pub(super) fn drop_job_units(words: &Words<'_>, kept: &mut Vec<Cand>) {
    kept.retain(|c| !(all_function_words(words, c.first, c.last) && after_title(words, c.first)));
}

#[cfg(test)]
mod tests;
