//! Emergency call numbers as services: consumes the words of a segmented document, produces
//! service candidates for "911", "9-1-1", "999", "112" and the like where words about calls or
//! emergencies stand near ("a fault blocked 999 calls", "callers could not dial 911"), and for a
//! spelled-out number ("Triple Zero") wherever it stands. Regulators' and news reports of
//! network failures name the emergency service the failure hit; the recogniser, trained on
//! names, reads the number as a count or misses it. The candidates are strong: they win over an
//! overlapping model mention ("Triple Zero" read as a person).

use super::*;
use crate::lexicon::services::{
    AMOUNT_SIGNS, EMERGENCY_CUE_WINDOW, EMERGENCY_CUES, EMERGENCY_NAMES, EMERGENCY_NUMBERS,
};

/// The vote an emergency number's candidate gives the service kind: decides on its own.
const EMERGENCY_VOTE: f32 = 6.0;

/// The emergency numbers of the document as service candidates (see the module notes): every
/// stand-alone occurrence of a number that words about calls or emergencies cue at least once.
pub(super) fn emergency_cands(doc: &Document, words: &Words<'_>) -> Vec<Cand> {
    let mut out = Vec::new();
    let mut numbers: Vec<(usize, bool)> = Vec::new();
    let cand = |first: usize, last: usize| -> Option<Cand> {
        let span = words.get(first)?.span.cover(words.get(last - 1)?.span);
        Some(Cand::rule(span, (first, last), SERVICE, EMERGENCY_VOTE, true))
    };
    for i in 0..words.len() {
        let Some(w) = words.get(i) else { continue };
        if let Some(next) = words.get(i + 1)
            && EMERGENCY_NAMES.iter().any(|&(a, b)| w.lower == a && next.lower == b)
            && words.adjacent(doc, i)
            && next.sent == w.sent
        {
            out.extend(cand(i, i + 2));
            continue;
        }
        if !is_in(EMERGENCY_NUMBERS, &w.lower) || !standalone(doc, words, i) {
            continue;
        }
        let lo = i.saturating_sub(EMERGENCY_CUE_WINDOW);
        let cued = (lo..=i + EMERGENCY_CUE_WINDOW)
            .filter(|&k| k != i)
            .any(|k| words.get(k).is_some_and(|x| x.sent == w.sent && is_in(EMERGENCY_CUES, &x.lower)));
        numbers.push((i, cued));
    }
    // a number cued once is the service wherever it stands on its own ("the Commission's 911
    // reliability rules" in a report on 911 calls)
    for &(i, _) in &numbers {
        let lower = words.lower(i);
        if numbers.iter().any(|&(k, cued)| cued && words.lower(k) == lower) {
            out.extend(cand(i, i + 1));
        }
    }
    out
}

/// Whether the number at word `i` stands on its own: no amount sign or digit group before it
/// ("$999", "10,000"), no digit group, per cent or amount word after it.
fn standalone(doc: &Document, words: &Words<'_>, i: usize) -> bool {
    let Some(w) = words.get(i) else { return false };
    let before = doc.text.get(..w.span.start()).unwrap_or("");
    let after = doc.text.get(w.span.end()..).unwrap_or("");
    let glued_before = before.ends_with(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
    let glued_after = after.starts_with(|c: char| c.is_ascii_digit() || c == '%')
        || (after.starts_with([',', '.']) && after[1..].starts_with(|c: char| c.is_ascii_digit()));
    let sign_before = i > 0 && is_in(AMOUNT_SIGNS, words.lower(i - 1)) && words.adjacent(doc, i - 1);
    !(glued_before || glued_after || sign_before || is_in(NOT_MODEL_AFTER, words.lower(i + 1)))
}

#[cfg(test)]
mod tests;
