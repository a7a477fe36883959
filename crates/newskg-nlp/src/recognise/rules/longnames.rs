//! Long names the recogniser and the capitalised runs cut short, taken in whole after the
//! candidates are chosen and before their kinds are decided:
//! - a legal form after a comma belongs to the name before it ("Acme Widgets, Inc.", "Foo
//!   Partners, L.P.", "Bar Co., Ltd."): the name is a company, a mention of the legal form alone
//!   is dropped, and the resolver gives the entity the name with its legal form as an alias;
//! - a body's name goes on across "for the" and a capitalised name ("the District Court for
//!   the Western District of Ruritania", "the Office for the Coordination of Relief"), which
//!   otherwise falls apart into a body and a place.

use super::{COMPANY, Cand, name_word, weight};
use crate::lexicon::grammar::{FOR, OF, THE};
use crate::lexicon::organisations::{ORG_CUES, comma_legal_form_end};
use crate::lexicon::words::is_in;
use crate::words::Words;
use newskg_doc::Document;

/// The end (word index, exclusive) of a capitalised name after "for the" that follows word
/// `last - 1`, an organisation word: name words, joined across "of".
fn for_the_name_end(doc: &Document, words: &Words<'_>, last: usize) -> Option<usize> {
    let head = words.get(last.checked_sub(1)?)?;
    if !is_in(ORG_CUES, head.base()) || !head.text.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    if words.lower(last) != FOR || words.lower(last + 1) != THE {
        return None;
    }
    let sent = head.sent;
    let same = |i: usize| words.get(i).is_some_and(|w| w.sent == sent);
    if !(last - 1..last + 2).all(|i| words.adjacent(doc, i)) {
        return None;
    }
    if !(same(last + 2) && name_word(words, last + 2)) {
        return None;
    }
    let mut end = last + 3;
    while words.adjacent(doc, end - 1) {
        if same(end) && name_word(words, end) {
            end += 1;
        } else if words.lower(end) == OF && words.adjacent(doc, end) && same(end + 1) && name_word(words, end + 1) {
            end += 2;
        } else {
            break;
        }
    }
    Some(end)
}

/// Extends each candidate over a legal form after a comma (when `suffixes`) and a body's name
/// over "for the" and a name (when `for_the`); a candidate inside the part taken in is dropped.
pub(super) fn take_in_long_names(
    doc: &Document,
    words: &Words<'_>,
    cands: &mut Vec<Cand>,
    suffixes: bool,
    for_the: bool,
) {
    let mut k = 0;
    while k < cands.len() {
        let c = &cands[k];
        let mut end = c.span.end();
        let mut last = c.last;
        if for_the && let Some(e) = for_the_name_end(doc, words, c.last) {
            last = e;
            end = words.get(e - 1).map_or(end, |w| w.span.end());
        }
        // the legal form stays out of the mention (the resolver makes "Name, Inc" an alias),
        // so what the later stages read of the name does not change
        let form_end = if suffixes { comma_legal_form_end(&doc.text, end) } else { None };
        if end > c.span.end()
            && let Some(span) = doc.span(c.span.start(), end)
        {
            let c = &mut cands[k];
            c.span = span;
            c.last = last.max(c.last);
        }
        if form_end.is_some() {
            cands[k].votes[COMPANY] += weight::LEGAL_SUFFIX;
        }
        let covered = form_end.unwrap_or(end);
        while k + 1 < cands.len() && cands[k + 1].span.start() < covered {
            cands.remove(k + 1);
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests;
