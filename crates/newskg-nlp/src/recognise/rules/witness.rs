//! The employer that closes an item of a witness list: consumes the words around a candidate,
//! says whether it is the organisation at the end of "Jane Roe, Chief Executive, Acme" (a
//! committee's witness list, a panel of speakers, a list of signatories). The name is typed as a
//! person otherwise: a title and a comma right before a name ("Acme's CEO, Jane Roe") is a
//! person's cue, and the recogniser often reads a short company name at the end of such a line
//! as a surname. The item is read backwards from the name: a comma, at most one stretch with no
//! title ("Europe" in "Director of Government Relations, Europe, Acme"), a capitalised stretch
//! with a title word, a comma and a person's name of two to five capitalised words; and the
//! item ends with the name (";", ".", "and", a line break or the end of the text) unless a
//! title follows it, which makes it a person of its own ("Jane Roe, Director, John Doe, ...").

use super::*;
use crate::lexicon::grammar::AND;
use crate::lexicon::people::{ITEM_ENDS, ITEM_TITLE_JOINERS, ITEM_TITLE_WORDS, is_title_word};

/// The most words one stretch of an item has.
const MAX_STRETCH: usize = 8;

/// The capitalised stretch (with a post's joining words) that ends before word `end`, as its
/// start, or `None` when none does; a comma, a line break or another word ends it.
fn stretch_start(doc: &Document, words: &Words<'_>, end: usize) -> Option<usize> {
    let sent = words.get(end.checked_sub(1)?)?.sent;
    let mut s = end;
    while s > 0 && end - s < MAX_STRETCH {
        let Some(w) = words.get(s - 1) else { break };
        let fits = w.sent == sent && (w.is_cap() && w.is_alpha() || is_in(ITEM_TITLE_JOINERS, &w.lower));
        if !fits || (s < end && !words.adjacent(doc, s - 1)) {
            break;
        }
        s -= 1;
    }
    // a joining word does not open a stretch
    while s < end && !words.get(s).is_some_and(|w| w.is_cap()) {
        s += 1;
    }
    (s < end).then_some(s)
}

/// Whether words `[first, last)` are the employer closing a witness-list item.
pub(super) fn closes_witness_item(doc: &Document, words: &Words<'_>, first: usize, last: usize) -> bool {
    let Some(w0) = words.get(first) else { return false };
    if first < 4 || words.lower(first - 1) != "," || !words.adjacent(doc, first - 2) {
        return false;
    }
    // the item ends with the name
    let ends = match words.get(last) {
        None => true,
        Some(n) => {
            n.sent != w0.sent
                || !words.adjacent(doc, last - 1)
                || is_in(ITEM_ENDS, &n.lower)
                || (n.lower == "," && words.lower(last + 1) == AND)
        }
    };
    if !ends || (words.lower(last) == "," && apposition_title(words, last).is_some()) {
        return false;
    }
    let mut comma = first - 1;
    let mut untitled = 0;
    let mut titled = false;
    loop {
        let Some(s) = stretch_start(doc, words, comma) else { return false };
        let has_title = (s..comma)
            .any(|i| words.get(i).is_some_and(|w| is_title_word(w.base()) || is_in(ITEM_TITLE_WORDS, w.base())));
        if titled {
            // the person: two to five capitalised words, no title among them
            let plain = (s..comma).all(|i| words.get(i).is_some_and(|w| w.is_cap()));
            return (2..=5).contains(&(comma - s)) && plain && !has_title;
        }
        if has_title {
            titled = true;
        } else {
            untitled += 1;
            if untitled > 1 {
                return false;
            }
        }
        if s < 2 || words.lower(s - 1) != "," || !words.adjacent(doc, s - 2) {
            return false;
        }
        comma = s - 1;
    }
}

#[cfg(test)]
mod tests;
