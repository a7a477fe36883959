//! Rule candidates beside the recogniser's: consumes a segmented document, produces capitalised
//! runs (joined across "of" after an organisation word, a place head as in "Bay of Biscay" or an opening
//! "Division"),
//! region / facility / zone codes and lower-case service phrases in outage sentences.

use super::*;
use crate::lexicon::grammar::AND;
use crate::lexicon::grammar::OF;
use crate::lexicon::names::NAME_JOINERS;
use crate::lexicon::organisations::DIVISION;
use crate::lexicon::organisations::EXCHANGE;
use crate::lexicon::places::ZONE;
use crate::lexicon::places::{PLACE_OF_HEADS, SITE_NOUNS};
use crate::lexicon::words::is_in;

/// Runs of capitalised words: `(first, last, end_byte)` with `[first, last)` word indices and the
/// byte where the name ends (before a possessive or hyphen suffix). With `division_of` (rule
/// `recognise-division-of`) a run opened by "Division" joins "of" as after an organisation word
/// ("Division of Enforcement", "Division of Corporation Finance").
pub(super) fn capitalised_runs(doc: &Document, words: &Words<'_>, division_of: bool) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let n = words.len();
    let mut i = 0;
    while i < n {
        if !name_word(words, i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        loop {
            let lastw = end - 1;
            let Some(lw) = words.get(lastw) else { break };
            if lw.text.ends_with("'s")
                || hyphen_cut(lw.text).is_some()
                || (words.glued(lastw) && words.lower(end) == "'")
            {
                break;
            }
            let same_sent = |k: usize| words.get(k).is_some_and(|w| w.sent == lw.sent);
            if end < n
                && words.adjacent(doc, lastw)
                && same_sent(end)
                && (name_word(words, end) || hyphenated_given_name(words, end))
            {
                end += 1;
                continue;
            }
            // "U.S. East": the full stop of an abbreviation inside a name
            if lw.text.contains('.')
                && words.glued(lastw)
                && words.lower(end) == "."
                && same_sent(end + 1)
                && words.adjacent(doc, end)
                && name_word(words, end + 1)
            {
                end += 2;
                continue;
            }
            if end + 1 < n
                && words.adjacent(doc, lastw)
                && words.adjacent(doc, end)
                && same_sent(end + 1)
                && name_word(words, end + 1)
            {
                let conn = words.lower(end);
                let org_so_far = (start..end).any(|k| words.get(k).is_some_and(|w| is_in(ORG_CUES, w.base())))
                    || words.lower(lastw) == EXCHANGE
                    || (end - start == 1 && conn == OF && is_in(PLACE_OF_HEADS, words.lower(lastw)))
                    || (division_of && end - start == 1 && conn == OF && words.lower(lastw) == DIVISION);
                if conn == "&" || (is_in(NAME_JOINERS, conn) && org_so_far) {
                    end += 2;
                    continue;
                }
                // "Securities and Investments Commission": "and" inside a body's name when the
                // words after it end in an organisation word
                if conn == AND && end - start >= 2 && !is_in(COMPANY_SUFFIXES, words.lower(lastw)) {
                    let mut j = end + 1;
                    while j < n && name_word(words, j) && same_sent(j) && (j == end + 1 || words.adjacent(doc, j - 1)) {
                        j += 1;
                    }
                    if j > end + 1 && words.get(j - 1).is_some_and(|w| is_in(ORG_CUES, w.base())) {
                        end = j;
                        continue;
                    }
                }
            }
            break;
        }
        // byte end: cut the possessive or hyphen suffix of the last word; take a glued "+"
        let Some(lw) = words.get(end - 1) else { break };
        let mut end_byte = lw.span.end();
        if let Some(cut) = hyphen_cut(lw.text) {
            end_byte = lw.span.start() + cut;
        } else if let Some(s) = lw.text.strip_suffix("'s") {
            end_byte = lw.span.start() + s.len();
        } else if words.glued(end - 1) && words.lower(end) == "+" {
            end_byte = words.get(end).map_or(end_byte, |w| w.span.end());
        }
        if end_byte > words.get(start).map_or(0, |w| w.span.start()) {
            out.push((start, end, end_byte));
        }
        i = end;
    }
    out
}

/// Region codes, facility codes next to a place noun, "Zone X", and the dateline place.
pub(super) fn code_cands(doc: &Document, words: &Words<'_>) -> Vec<Cand> {
    let mut out = Vec::new();
    let strong = |span: Span, first: usize, last: usize| Cand::rule(span, (first, last), PLACE, 8.0, true);
    for i in 0..words.len() {
        let Some(w) = words.get(i) else { continue };
        // a place noun after the code ("the FRA-3 facility"), or "zone" right before it
        let near_place_noun =
            words.lower(i.wrapping_sub(1)) == ZONE || (i + 1..i + 3).any(|k| is_in(SITE_NOUNS, words.lower(k)));
        if is_region_code(w.text) || (is_facility_code(w.text) && near_place_noun) {
            out.push(strong(w.span, i, i + 1));
        } else if w.text == "Zone"
            && words.adjacent(doc, i)
            && let Some(nx) = words.get(i + 1)
        {
            let t = nx.text;
            if (t.len() == 1 && t.chars().all(|c| c.is_ascii_uppercase()))
                || (t.len() <= 2 && t.chars().all(|c| c.is_ascii_digit()))
            {
                out.push(strong(w.span.cover(nx.span), i, i + 2));
            }
        }
    }
    // dateline: "CITY NAME, <date> —" at the start of the text
    let mut k = 0;
    while let Some(w) = words.get(k) {
        let letters: Vec<char> = w.text.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.len() >= 2
            && letters.iter().all(|c| c.is_uppercase())
            && w.sent == words.get(0).map_or(0, |f| f.sent)
        {
            k += 1;
        } else {
            break;
        }
    }
    if k > 0
        && words.lower(k) == ","
        && k <= 4
        && let (Some(a), Some(b)) = (words.get(0), words.get(k - 1))
        && let Some(span) = doc.span(a.span.start(), b.span.end())
    {
        out.push(strong(span, 0, k));
    }
    out
}
