//! A name closed by an event's head word names an event, and events are no entities: consumes the
//! kept candidates and the words of a segmented document, drops a candidate of two words or more
//! whose last word is a capitalised [`EVENT_HEADS`] word ("the Paris Air Show", "the Tarnby Film
//! Festival", "the Summer Olympics", "the Wexmoor Open Championship", "the Queen's Award"). The
//! corpus guidelines leave events and awards out (trade shows, "WWDC"); a recogniser reads such a
//! name as a company or a body. A name that goes on after the head word ("Festival Records") or
//! one word alone ("Expo") is left alone.

use super::Cand;
use crate::lexicon::names::EVENT_HEADS;
use crate::lexicon::words::is_in;
use crate::words::Words;

/// Whether the words `[first, last)` are two or more closed by a capitalised event head word.
fn event_name(words: &Words<'_>, first: usize, last: usize) -> bool {
    last > first + 1 && words.get(last - 1).is_some_and(|w| w.is_cap() && is_in(EVENT_HEADS, w.base()))
}

/// Drops the candidates that name an event.
pub(super) fn drop_event_names(words: &Words<'_>, kept: &mut Vec<Cand>) {
    kept.retain(|c| !event_name(words, c.first, c.last));
}

#[cfg(test)]
mod tests;
