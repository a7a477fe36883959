//! Products named by their model designation (rule `recognise-model-numbers`): consumes the
//! candidates and the words, produces the candidates with a model number taken into the name
//! before it and the model numbers after "the" that stand alone.

use super::shape::argmax;
use super::{Cand, SERVICE, weight};
use crate::lexicon::grammar::THE;
use crate::lexicon::places::{ADDRESS_NUMBER_WORDS, US_STATES, is_zip_code};
use crate::lexicon::services::{NOT_MODEL_AFTER, PRODUCT_VARIANTS};
use crate::lexicon::words::{is_in, is_model_number};
use crate::words::Words;
use newskg_doc::Document;

/// Products named by their model designation ("Boeing 787", "iPhone 3GS", "the A380", "the
/// 777-200LR"): a name directly followed by a model number takes it in and becomes a service (a
/// product name followed by a variant word, "iPod touch", takes the word in); a model number of
/// three digits or more after "the", not already in a name, is one on its own. With `postal` (rule
/// `recognise-postal-numbers`) a postal address's number is no model number: a ZIP code after a state
/// ("Washington, DC 20530", "Binghamton, NY 13902-5224") and the number after an address word ("Suite 1010").
pub(super) fn with_model_numbers(
    doc: &Document,
    words: &Words<'_>,
    cands: &mut Vec<Cand>,
    postal: bool,
    plurals: bool,
) {
    let in_cand = |cands: &[Cand], i: usize| cands.iter().any(|c| (c.first..c.last).contains(&i));
    let plural_at = |i: usize| plurals && words.get(i).is_some_and(|w| plural_model(w.text));
    // a plain number followed by an amount word is a count ("Acme 798 million")
    let model_at = |i: usize| {
        words.get(i).is_some_and(|w| is_model_number(w.text) || plural_at(i))
            && !(words.get(i).is_some_and(|w| w.text.chars().all(|c| c.is_ascii_digit()))
                && is_in(NOT_MODEL_AFTER, words.lower(i + 1)))
            && !(postal && i > 0 && postal_number(words, i))
    };
    // "iPod touch", "iPad mini": a product's lower-case variant word, after a name the
    // recogniser already took for a product
    let variant_at = |c: &Cand, i: usize| {
        words
            .get(i)
            .is_some_and(|w| w.text.chars().all(|ch| ch.is_ascii_lowercase()) && is_in(PRODUCT_VARIANTS, w.text))
            && argmax(&c.votes).0 == SERVICE
    };
    for k in 0..cands.len() {
        let c = &cands[k];
        let j = c.last;
        if j == 0 || !(model_at(j) || variant_at(c, j)) || !words.adjacent(doc, j - 1) || in_cand(cands, j) {
            continue;
        }
        let (Some(a), Some(b)) = (words.get(c.first), words.get(j)) else { continue };
        if a.sent != b.sent || doc.slice(c.span).ends_with("'s") {
            continue;
        }
        let mut span = c.span.cover(b.span);
        // "Boeing 737s": the plural's "s" stays out of the product's name
        if plural_at(j) {
            let Some(cut) = doc.span(span.start(), span.end() - 1) else { continue };
            span = cut;
        }
        let c = &mut cands[k];
        c.span = span;
        c.last = j + 1;
        c.votes[SERVICE] += weight::MODEL_NUMBER;
    }
    let mut added = Vec::new();
    for i in 1..words.len() {
        let Some(w) = words.get(i) else { continue };
        let three_digits = w.text.chars().filter(char::is_ascii_digit).count() >= 3;
        if !three_digits || !model_at(i) || words.lower(i - 1) != THE || in_cand(cands, i) {
            continue;
        }
        added.push(Cand::word(w.span, i, SERVICE, weight::MODEL_NUMBER));
    }
    cands.extend(added);
    // "the A340s" read as a name of its own: the plural's "s" stays out of it
    for c in cands.iter_mut() {
        if c.last > c.first
            && plural_at(c.last - 1)
            && doc.slice(c.span).ends_with('s')
            && let Some(cut) = doc.span(c.span.start(), c.span.end() - 1)
        {
            c.span = cut;
        }
    }
    // "Suite" of "Suite 1010", or "Suite 1010" read as one name: an address word and its number name nothing
    if postal {
        let address = |c: &Cand| {
            is_in(ADDRESS_NUMBER_WORDS, words.lower(c.first))
                && ((c.last == c.first + 1 && postal_number(words, c.last))
                    || (c.last == c.first + 2 && postal_number(words, c.first + 1)))
        };
        cands.retain(|c| !address(c));
    }
    cands.sort_by_key(|c| (c.span.start(), std::cmp::Reverse(c.span.end())));
}

/// Whether a token is a model number's plural ("737s", "A340s", "MD-11s"; rule `recognise-plural-models`):
/// a model number closing with a digit and a lower-case "s", not a decade ("the 1830s", "the 80s": digits alone
/// closing with a nought).
fn plural_model(tok: &str) -> bool {
    tok.strip_suffix('s').is_some_and(|m| {
        let decade = m.ends_with('0') && m.chars().all(|c| c.is_ascii_digit());
        m.ends_with(|c: char| c.is_ascii_digit()) && is_model_number(m) && !decade
    })
}

/// Whether word `i` is the number of a postal address: a ZIP code after a state's code or name ("DC 20530", "NY
/// 13902-5224", "Texas 75201") or a number after an address word ("Suite 1010", "Room 215", "Box 3286").
fn postal_number(words: &Words<'_>, i: usize) -> bool {
    let before = words.lower(i - 1);
    let state = words.get(i - 1).is_some_and(|w| w.text.len() == 2 && w.text.chars().all(|c| c.is_ascii_uppercase()))
        || is_in(US_STATES, before);
    let digits = words.get(i).is_some_and(|w| w.text.chars().all(|c| c.is_ascii_digit() || c == '-'));
    (digits && is_in(ADDRESS_NUMBER_WORDS, before)) || (state && words.get(i).is_some_and(|w| is_zip_code(w.text)))
}
