//! A name made only of offices and forms of address names no one: consumes the kept candidates
//! and the words of a segmented document, drops a candidate whose every word is a title, an
//! honorific or a form of address, singular or plural, after an optional possessive ("the
//! Speaker", "the Taoiseach", "Senators", "Rep.", "Baroness", "My Lords", "the Comptroller").
//! Parliamentary records, letters and official answers capitalise these words alone; a
//! recogniser reads them as a person, a body or a business, and they later stand in relations
//! and outages. A name with any other word ("Speaker Jane Roe", "Lord Smith") is left alone.

use super::Cand;
use crate::lexicon::people::{ADDRESS_LEADS, is_address_word};
use crate::lexicon::words::is_in;
use crate::words::Words;

/// Whether the words `[first, last)` are only offices and forms of address.
fn titles_only(words: &Words<'_>, first: usize, last: usize) -> bool {
    let start = if last > first + 1 && is_in(ADDRESS_LEADS, words.lower(first)) { first + 1 } else { first };
    last > start && (start..last).all(|i| words.get(i).is_some_and(|w| w.is_alpha()) && is_address_word(words.lower(i)))
}

/// Drops the candidates made only of offices and forms of address.
pub(super) fn drop_titles_alone(words: &Words<'_>, kept: &mut Vec<Cand>) {
    kept.retain(|c| !titles_only(words, c.first, c.last));
}

#[cfg(test)]
mod tests;
