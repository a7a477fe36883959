//! Names of two halves joined by "and" before a head word (rule `recognise-and-head`, session 61): consumes the
//! kept candidates and the words, produces the same candidates with one that closes with a company or body's
//! head word (`COMPANY_SUFFIXES`, `ORG_CUES`: "Zeta and Northern Networks", "Food and Safety Authority")
//! and is opened right after "and" / "&" by one capitalised word taken back over that word and the sign. The
//! recogniser reads only the half after the sign ("Northern Networks") and the word before it as a name of
//! its own or none. The word before the sign must be one name word (no name word before it, no sentence
//! start) that the text writes nowhere else: a name the text uses on its own ("Acme and Zeta Bank", with
//! "Acme" elsewhere) is a partner in a list, not half of one name; so is a word in capitals or with an inner
//! capital ("ACME", "ZetaCom") and the last word of a list of names ("Acme, Zeta and Northern Networks").

use super::shape::argmax;
use super::{COMPANY, Cand, ORG, name_word};
use crate::lexicon::grammar::{AND_WORDS, THE};
use crate::lexicon::organisations::{COMPANY_SUFFIXES, ORG_CUES};
use crate::lexicon::words::is_in;
use crate::words::Words;
use newskg_doc::Document;

/// Extends each candidate with a head word over "W and" before it (see the module doc), dropping a candidate
/// over W alone.
pub(super) fn take_in_and_halves(doc: &Document, words: &Words<'_>, cands: &mut Vec<Cand>) {
    let mut k = 0;
    while k < cands.len() {
        let c = &cands[k];
        let (first, last) = (c.first, c.last);
        k += 1;
        if first < 2 || last < first + 2 {
            continue;
        }
        let head = words.lower(last - 1);
        if !(is_in(COMPANY_SUFFIXES, head) || is_in(ORG_CUES, head)) {
            continue;
        }
        let (sign, w) = (first - 1, first - 2);
        let (Some(a), Some(f)) = (words.get(w), words.get(first)) else { continue };
        if !is_in(AND_WORDS, words.lower(sign))
            || !name_word(words, w)
            || a.sent_start
            || a.sent != f.sent
            || !words.adjacent(doc, w)
            || !words.adjacent(doc, sign)
            || (w >= 1 && name_word(words, w - 1) && words.adjacent(doc, w - 1))
        {
            continue;
        }
        // a word in capitals or with an inner capital ("ACME", "ZetaCom") is a name of its own
        if a.text.chars().skip(1).any(char::is_uppercase) {
            continue;
        }
        // the last of a list of names ("Acme, Zeta and Northern Networks", "Acme, the Zeta and ...")
        let comma = if w >= 1 && words.lower(w - 1) == "," {
            Some(w - 1)
        } else {
            (w >= 2 && words.lower(w - 1) == THE && words.lower(w - 2) == ",").then(|| w - 2)
        };
        if comma.is_some_and(|i| i >= 1 && name_word(words, i - 1)) {
            continue;
        }
        // the word before the sign stands nowhere else in the text
        let text = a.text;
        if (0..words.len()).filter(|&i| words.get(i).is_some_and(|x| x.text == text)).count() != 1 {
            continue;
        }
        // a candidate over more than that word ("Acme Pay and Zeta Bank") is a partner's own name, and so is
        // one over that word alone read as a company or body ("subcontractors Acme and Zeta Systems")
        if cands.iter().any(|o| {
            o.first <= w && o.last > w && (o.first < w || o.last > w + 1 || matches!(argmax(&o.votes).0, COMPANY | ORG))
        }) {
            continue;
        }
        let Some(span) = doc.span(a.span.start(), cands[k - 1].span.end()) else { continue };
        let c = &mut cands[k - 1];
        c.span = span;
        c.first = w;
        if let Some(j) = cands.iter().position(|o| o.first == w && o.last == w + 1) {
            cands.remove(j);
            if j < k {
                k -= 1;
            }
        }
    }
}
