//! Names opened by the Irish article: consumes the chosen candidates, takes a capitalised "An"
//! right before one into it ("An Post", "An Garda Síochána"). "an" is an English break word, so
//! the recogniser and the capitalised runs start the name after it ("Post"), which is another
//! name. Only mid-sentence, where English writes the article in lower case: "An Acme spokesman
//! said" opens a sentence with the English one.

use super::Cand;
use crate::lexicon::names::IRISH_ARTICLE;
use crate::words::Words;
use newskg_doc::Document;

/// Extends each candidate over a capitalised "An" right before it, not at a sentence start.
pub(super) fn take_in_irish_article(doc: &Document, words: &Words<'_>, cands: &mut [Cand]) {
    for c in cands.iter_mut() {
        let Some(a) = c.first.checked_sub(1).and_then(|i| words.get(i)) else { continue };
        let same = words.get(c.first).is_some_and(|w| w.sent == a.sent);
        let capital = a.text.starts_with(|ch: char| ch.is_uppercase());
        if a.lower != IRISH_ARTICLE || !capital || a.sent_start || !same || !words.adjacent(doc, c.first - 1) {
            continue;
        }
        if let Some(span) = doc.span(a.span.start(), c.span.end()) {
            c.span = span;
            c.first -= 1;
        }
    }
}

#[cfg(test)]
mod tests;
