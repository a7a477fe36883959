//! The organisation slot of a witness-list item: consumes the words around one candidate,
//! produces whether it stands where an item "Jane Roe, Chief Executive, Acme" names the body the
//! person speaks for ("I: Jane Roe, Chief Executive, Acme; and John Doe, Head, Zeta Trust.",
//! "- Jane Roe, Vice President, Public Affairs, Acme", "John Doe, Chief Executive Zeta" with no
//! comma). A name there is no person however a title before its comma reads ("Acme's CEO, Jane
//! Roe"): the item's first part is the person, the parts after it the title, the last the
//! organisation (rule `typing-item-org`).
//!
//! The item opens at a list opener (a line's start, the sentence's start, ";", ":", a dash, or
//! "and" after a comma or ";"), its first part is a person-shaped run of capitalised words, the
//! next part holds a title word, every part is written in capitalised words and connectors only,
//! and the candidate closes the item (a comma, ";", a full stop, "and", a line break or the
//! sentence's end after it).

use crate::lexicon::grammar::AND;
use crate::lexicon::people::{ITEM_OPENERS, ITEM_WORDS, JOB_UNIT_WORDS, is_title_word};
use crate::lexicon::words::is_in;
use crate::words::Words;
use newskg_doc::Document;

/// At most this many words from the item's opener to the candidate.
const MAX_ITEM: usize = 18;
/// At most this many words in the person's part ("Sir Adrian Montague CBE", "Markham C. Erickson").
const MAX_PERSON: usize = 5;

/// Whether the candidate `first..last` is the organisation slot of a list item (module doc).
pub(super) fn item_org_slot(doc: &Document, words: &Words<'_>, first: usize, last: usize) -> bool {
    let Some(w0) = words.get(first) else { return false };
    let sent = w0.sent;
    if first < 2 || !closes_item(doc, words, last, sent) || opens_next_item(words, last, sent) {
        return false;
    }
    // the title ends at a comma before the candidate, or right before it ("Chief Executive Zeta")
    let comma = words.lower(first - 1) == ",";
    let title_end = if comma { first - 1 } else { first };
    if !comma && (!is_title_word(words.lower(first - 1)) || line_break_before(doc, words, first)) {
        return false;
    }
    // back to the item's opener
    let mut k = title_end;
    let floor = title_end.saturating_sub(MAX_ITEM);
    while k > floor && !opens_item(doc, words, k, sent) {
        k -= 1;
    }
    if !opens_item(doc, words, k, sent) {
        return false;
    }
    let parts = split_parts(words, k, title_end);
    let [person, titles @ ..] = parts.as_slice() else { return false };
    let person_ok = (1..=MAX_PERSON).contains(&person.len())
        && person.iter().all(|&i| words.get(i).is_some_and(|w| w.is_cap() || !w.is_alpha()))
        && person.iter().any(|&i| words.get(i).is_some_and(|w| w.is_alpha()))
        && !person.iter().any(|&i| is_title_word(words.lower(i)));
    let title_ok = titles.first().is_some_and(|t| t.iter().any(|&i| is_title_word(words.lower(i))))
        && titles.iter().all(|t| !t.is_empty() && t.iter().all(|&i| title_part_word(words, i)));
    person_ok && title_ok
}

/// "Tony Wheeler, Head of Branch," after the candidate: a title part follows its comma, so the
/// candidate is the next item's person (in a list joined by commas only).
fn opens_next_item(words: &Words<'_>, last: usize, sent: usize) -> bool {
    words.lower(last) == ","
        && (last + 1..last + 1 + MAX_ITEM)
            .take_while(|&i| words.get(i).is_some_and(|w| w.sent == sent) && !matches!(words.lower(i), "," | ";"))
            .any(|i| is_title_word(words.lower(i)))
}

/// The comma-separated parts of `from..to` (word indices).
fn split_parts(words: &Words<'_>, from: usize, to: usize) -> Vec<Vec<usize>> {
    let mut parts = vec![Vec::new()];
    for i in from..to {
        if words.lower(i) == "," {
            parts.push(Vec::new());
        } else if let Some(p) = parts.last_mut() {
            p.push(i);
        }
    }
    parts
}

/// A word a title part may hold: a capitalised word, a connector, a lower-case title or function
/// word, or punctuation inside a name ("Co-founder", "Money and Cost of Living Team Manager").
fn title_part_word(words: &Words<'_>, i: usize) -> bool {
    let Some(w) = words.get(i) else { return false };
    let lower = w.lower.as_str();
    w.is_cap()
        || !w.is_alpha() && lower != ";"
        || is_in(ITEM_WORDS, lower)
        || is_title_word(lower)
        || is_in(JOB_UNIT_WORDS, lower)
}

/// Whether word `k` opens an item: the sentence's or a line's first word, or the word after ";",
/// ":", a dash, or "and" that follows a comma or ";".
fn opens_item(doc: &Document, words: &Words<'_>, k: usize, sent: usize) -> bool {
    let Some(w) = words.get(k) else { return false };
    if w.sent != sent {
        return false;
    }
    if k == 0 || words.get(k - 1).is_none_or(|p| p.sent != sent) || line_break_before(doc, words, k) {
        return true;
    }
    let prev = words.lower(k - 1);
    is_in(ITEM_OPENERS, prev) || prev == AND && k >= 2 && matches!(words.lower(k - 2), "," | ";")
}

/// A line break stands between word `k - 1` and word `k`.
fn line_break_before(doc: &Document, words: &Words<'_>, k: usize) -> bool {
    k > 0
        && words
            .get(k - 1)
            .zip(words.get(k))
            .is_some_and(|(a, b)| doc.text.get(a.span.end()..b.span.start()).is_some_and(|g| g.contains('\n')))
}

/// The item closes after the candidate ending before word `last`: punctuation, "and", a line
/// break or the sentence's end.
fn closes_item(doc: &Document, words: &Words<'_>, last: usize, sent: usize) -> bool {
    match words.get(last) {
        None => true,
        Some(w) if w.sent != sent => true,
        Some(_) => {
            line_break_before(doc, words, last)
                || matches!(words.lower(last), "," | ";" | "." | ")")
                || words.lower(last) == AND
        }
    }
}

#[cfg(test)]
mod tests;
