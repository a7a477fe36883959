//! Rule `recognise-listed-products`: consumes a document's words, produces the names listed after a
//! plural product noun ("games such as X, Y and Z", "brands including X and Y", "its products
//! included X", "websites like X"), each a candidate without the model's support that votes for a
//! service. The recogniser leans away from a product's name made of common words ("Rocky",
//! "Mercenaries", "World of Tanks"), and Wikipedia company histories list their products this way;
//! the plural noun before the list says what its members are, as it does for `typing-product-list`
//! after the typing. A member is a run of capitalised words that may hold "of", "the", "&", a colon
//! before a capitalised word ("Star Wars: Battlefront") and a numeral ("Dark Reign 2"); the list
//! goes on over commas, "and" and "or", a bracketed year after a member passed ("X (2003), Y"), and
//! stops at the first other word. A member that is a known place names none.

use crate::lexicon::grammar::{AND_OR_COMMA, OF, OR, THE};
use crate::lexicon::places::PLACES;
use crate::lexicon::services::{PRODUCT_LIST_HEADS, TITLES};
use crate::lexicon::words::is_in;
use crate::words::Words;
use crate::words::product_lists::{ListNouns, Opening, opening};
use newskg_doc::{Document, Span};

use super::run_key;
use super::shape::name_word;

/// The most members read from one list.
const MAX_MEMBERS: usize = 12;

/// The nouns whose lists the rule reads: the plural product nouns and "titles"; the opener may be
/// a form of "include" ("its products included X"), a colon is an opener of its own ("aircraft: the
/// X"), and a bare comma opens no list here (it opens a title's name as often: "head of products,
/// Jane Roe").
const NOUNS: ListNouns<'static> =
    ListNouns { heads: &[PRODUCT_LIST_HEADS, &[TITLES]], tails: &[], include_verbs: true, colon_clause: false };

/// Whether word `k` is in the possessive ("Cloud's", "Cloud’s").
fn possessive(words: &Words<'_>, k: usize) -> bool {
    let w = words.lower(k);
    w.ends_with("'s") || w.ends_with("\u{2019}s")
}

/// The end (exclusive) of the list member that starts at name word `j`, or `None`.
fn member_end(doc: &Document, words: &Words<'_>, j: usize, sent: usize) -> Option<usize> {
    let same = |k: usize| words.get(k).is_some_and(|w| w.sent == sent);
    if !same(j) || !name_word(words, j) {
        return None;
    }
    let mut end = j + 1;
    loop {
        if !words.adjacent(doc, end - 1) && !words.glued(end - 1) {
            break;
        }
        if same(end) && name_word(words, end) {
            end += 1;
        } else if same(end) && words.get(end).is_some_and(|w| w.text.chars().all(|c| c.is_ascii_digit())) {
            end += 1; // "Dark Reign 2"
        } else if same(end + 1)
            && (matches!(words.lower(end), OF | THE | "&") || (words.lower(end) == ":" && words.glued(end - 1)))
            && words.adjacent(doc, end)
            && name_word(words, end + 1)
        {
            end += 2;
        } else {
            break;
        }
    }
    Some(end)
}

/// The word ranges `(first, last, end byte)` of the names listed after a plural product noun.
pub(super) fn listed_products(doc: &Document, words: &Words<'_>) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for j0 in 0..words.len() {
        // the list's first name (an article before it is read by `opening`)
        let sent = words.words[j0].sent;
        if words.lower(j0) == THE || opening(words, j0, sent, &NOUNS) != Some(Opening::Plain) {
            continue;
        }
        let same = |k: usize| words.get(k).is_some_and(|w| w.sent == sent);
        let mut j = j0;
        let mut members = 0;
        while members < MAX_MEMBERS {
            let Some(end) = member_end(doc, words, j, sent) else { break };
            // "Alibaba Cloud's Elastic Compute Service": the owner before a possessive is no part of
            // the product's name, and a member that ends possessive names its owner only
            let first = (j..end).rev().find(|&k| possessive(words, k)).map_or(j, |k| k + 1);
            if first < end
                && !is_in(PLACES, &run_key(words, first, end))
                && let Some(w) = words.get(end - 1)
            {
                out.push((first, end, w.span.end()));
            }
            members += 1;
            let mut k = end;
            // "Destroy All Humans!", "Speed Race (1974)"
            if words.lower(k) == "!" && words.glued(k - 1) {
                k += 1;
            }
            if words.lower(k) == "("
                && words.get(k + 1).is_some_and(|w| w.text.chars().all(|c| c.is_ascii_digit()))
                && words.lower(k + 2) == ")"
            {
                k += 3;
            }
            // the joiners: ",", "and", "or", ", and"
            let mut q = k;
            while same(q) && (is_in(AND_OR_COMMA, words.lower(q)) || words.lower(q) == OR) && q < k + 2 {
                q += 1;
            }
            if q == k {
                break;
            }
            if words.lower(q) == THE && same(q + 1) {
                q += 1;
            }
            j = q;
        }
    }
    out
}

/// The spans of the names listed after a plural product noun (rule `recognise-listed-products`): the
/// learned typing may retype such a name but not drop it.
/// `words` are the document's words, which the caller has built already.
pub(crate) fn listed_product_spans(doc: &Document, words: &Words<'_>) -> Vec<Span> {
    listed_products(doc, words)
        .into_iter()
        .filter_map(|(first, _, end)| words.get(first).and_then(|w| doc.span(w.span.start(), end)))
        .collect()
}

#[cfg(test)]
mod tests;
