//! Two service cues. A name ending in "System" (singular, no capitalised word after it) names a system
//! people use. A name listed before "and other" and a plural service noun is a service: consumes a candidate's
//! word range and the words of a segmented document, produces whether the name (alone or as one item of
//! a comma list of capitalised names) stands before "and other" plus at most three lower-case words
//! that reach a plural noun of things people use ("LA Fitness and other gyms", "Amazon and other
//! third-party e-commerce platforms", "Match.com, OkCupid, The League, and other dating sites"). No
//! stores, networks or firms: "Acme and other retailers" names companies.

use super::*;
use crate::lexicon::grammar::AND;
use crate::lexicon::services::{AND_OTHER_SERVICE_NOUNS, OTHER, SYSTEM_HEADS};

/// The vote the cue adds to the service kind (as strong as a service noun right after the name).
pub(super) const AND_OTHER_SERVICES: f32 = 2.2;

/// The vote a system head word adds (as strong as a service head word ending a name).
pub(super) const SYSTEM_NAME: f32 = 3.2;

/// How many words after the name the walk to "and other" may cross (the rest of a list of names).
const MAX_WALK: usize = 24;
/// How many lower-case words may follow "other" (the plural noun is the last).
const MAX_NOUN_WORDS: usize = 3;

/// Whether the name at words `[first, last)` stands in a list closed by "and other <service nouns>".
pub(super) fn before_other_services(words: &Words<'_>, first: usize, last: usize) -> bool {
    let Some(sent) = words.get(first).map(|w| w.sent) else { return false };
    let in_sent = |i: usize| words.get(i).is_some_and(|w| w.sent == sent);
    for i in last..last + MAX_WALK {
        if !in_sent(i) {
            return false;
        }
        let lower = words.lower(i);
        if lower == AND && words.lower(i + 1) == OTHER {
            return other_service_nouns(words, i + 2, sent);
        }
        let cap = words.get(i).is_some_and(|w| w.is_cap() || w.text.chars().any(|c| c.is_ascii_digit()));
        // a comma between items, or the words of a capitalised name ("The League", "Match.com")
        if !(lower == "," || cap || words.get(i).is_some_and(|w| w.text == ".")) {
            return false;
        }
    }
    false
}

/// Whether one of the first [`MAX_NOUN_WORDS`] words from `i`, lower-case words all the way, is a plural
/// service noun ("other gyms over ...", "other third-party e-commerce platforms").
fn other_service_nouns(words: &Words<'_>, i: usize, sent: usize) -> bool {
    for k in i..i + MAX_NOUN_WORDS {
        if !(words.get(k).is_some_and(|w| w.sent == sent) && words.is_lower_word(k)) {
            return false;
        }
        if is_in(AND_OTHER_SERVICE_NOUNS, words.lower(k)) {
            return true;
        }
    }
    false
}

/// Whether words `[first, last)` are a name of two or more words ending in a system head word
/// ([`SYSTEM_HEADS`]) that no capitalised word continues (rule `typing-system-names`).
pub(super) fn system_name(words: &Words<'_>, first: usize, last: usize) -> bool {
    last >= first + 2
        && is_in(SYSTEM_HEADS, words.lower(last - 1))
        && !words.get(last).is_some_and(|w| w.is_cap() && w.sent == words.get(first).map_or(usize::MAX, |f| f.sent))
}

#[cfg(test)]
mod tests;
