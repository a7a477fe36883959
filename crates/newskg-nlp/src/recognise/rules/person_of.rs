//! A person's name the recogniser read with words around it that are not part of it:
//! - forms of address and post-nominal letters ("Senator Jane Roe", "Hon Jane Roe MP") are
//!   trimmed off (the corpus names people without them), with the full stop a tokenizer split
//!   off an abbreviation ("Sen", ".", "Roe"); a peer's title before the surname alone or "X of
//!   Y" ("Lord Tarnby", "Baroness Roe of Ashby") is the peer's name and stays;
//! - a person named with the place they stand for ("Senator Jane Roe of Ruritania", "Jane Roe of
//!   Norland said"): a recogniser often reads the whole phrase, or the person and a piece of
//!   the place ("Jane Roe of New" + "Norland"), as one person. When the words after "of" (with
//!   an adjacent candidate right after them) are a known place, the candidate is split into the
//!   person and the place.

use super::{Cand, PERSON, PLACE, argmax, run_key};
use crate::lexicon::grammar::OF;
use crate::lexicon::people::{ABBREVIATION_STOP, HONORIFICS_AFTER, HONORIFICS_BEFORE, PEERAGE_TITLES};
use crate::lexicon::places::PLACES;
use crate::lexicon::words::is_in;
use crate::words::Words;
use newskg_doc::Document;

/// The span of words `[first, last)`.
fn words_span(doc: &Document, words: &Words<'_>, first: usize, last: usize) -> Option<newskg_doc::Span> {
    let (a, b) = (words.get(first)?, words.get(last.checked_sub(1)?)?);
    doc.span(a.span.start(), b.span.end())
}

/// Splits every person candidate "X of P" (P a known place) into the person X and the place P.
pub(super) fn split_person_of_place(doc: &Document, words: &Words<'_>, cands: &mut Vec<Cand>) {
    let mut k = 0;
    while k < cands.len() {
        let c = cands[k].clone();
        let of = (c.first + 1..c.last.saturating_sub(1)).find(|&j| words.lower(j) == OF);
        let Some(j) = of.filter(|_| argmax(&c.votes).0 == PERSON) else {
            k += 1;
            continue;
        };
        // the place: the words after "of", or those and the candidate right after them
        let next = cands.get(k + 1).filter(|n| n.first == c.last && words.adjacent(doc, c.last - 1));
        let (place_last, absorbed) = if is_in(PLACES, &run_key(words, j + 1, c.last)) {
            (c.last, false)
        } else if let Some(n) = next.filter(|n| is_in(PLACES, &run_key(words, j + 1, n.last))) {
            (n.last, true)
        } else {
            k += 1;
            continue;
        };
        let (Some(person_span), Some(place_span)) =
            (words_span(doc, words, c.first, j), words_span(doc, words, j + 1, place_last))
        else {
            k += 1;
            continue;
        };
        let mut place_votes = [0.0; 5];
        place_votes[PLACE] = c.votes[PERSON];
        if absorbed {
            let n = cands.remove(k + 1);
            for (v, o) in place_votes.iter_mut().zip(n.votes) {
                *v += o;
            }
        }
        let place = Cand { span: place_span, first: j + 1, last: place_last, votes: place_votes, ..c.clone() };
        cands[k] = Cand { span: person_span, last: j, ..c };
        cands.insert(k + 1, place);
        k += 2;
    }
}

/// Trims forms of address before and post-nominal letters after every person candidate, leaving
/// at least two words of the name, or one when it is capitalised and not a form of address itself;
/// a peer's title before the surname alone or "X of Y" stays.
pub(super) fn trim_honorifics(doc: &Document, words: &Words<'_>, cands: &mut [Cand]) {
    let bare = |i: usize| words.lower(i).trim_end_matches('.').to_string();
    let name_like =
        |i: usize| words.get(i).is_some_and(|w| w.is_cap() && w.is_alpha() && !is_in(HONORIFICS_BEFORE, &bare(i)));
    for c in cands.iter_mut().filter(|c| argmax(&c.votes).0 == PERSON) {
        let (mut first, mut last) = (c.first, c.last);
        loop {
            if last - first < 2 || !is_in(HONORIFICS_BEFORE, &bare(first)) {
                break;
            }
            // a peer's title before the surname alone or "X of Y" is the peer's name ("Lord Tarnby")
            if is_in(PEERAGE_TITLES, &bare(first)) && (last - first == 2 || words.lower(first + 2) == OF) {
                break;
            }
            // "Sen" "." "Roe": the full stop of the abbreviation goes with it
            let stop = usize::from(words.lower(first + 1) == ABBREVIATION_STOP && last - first >= 3);
            if !name_like(first + 1 + stop) {
                break;
            }
            first += 1 + stop;
        }
        while last - first >= 2
            && is_in(HONORIFICS_AFTER, &bare(last - 1))
            && words.get(last - 1).is_some_and(|w| w.text.chars().all(|ch| ch.is_uppercase() || ch == '.'))
        {
            last -= 1;
        }
        if (first, last) != (c.first, c.last)
            && let Some(span) = words_span(doc, words, first, last)
        {
            c.span = span;
            c.first = first;
            c.last = last;
        }
    }
}

#[cfg(test)]
mod tests;
