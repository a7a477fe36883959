//! Broadcast call signs with their band (rule `recognise-call-sign-band`): consumes the kept
//! candidates and the words, produces the same candidates with a call sign's band or service taken
//! into its name ("KOWH(FM)", "KBMW( AM)", "KWCH- TV": a PDF's conversion leaves a space after the
//! opening parenthesis or the hyphen, or before the parenthesis) and a company's vote for it (a
//! station, never a service named "TV").

use super::{COMPANY, Cand};
use crate::lexicon::names::{STATION_BANDS, is_call_sign, is_station_band};
use crate::lexicon::words::is_in;
use crate::words::Words;
use newskg_doc::Document;

/// The company vote a call sign with its band gets: above a model's service label (at most 4.0),
/// the service head "TV" (3.2) and a context's service cue voting together; the shape (K or W,
/// three or four capitals, a band) names a station.
const CALL_SIGN_VOTE: f32 = 12.0;

pub(super) fn take_in_bands(doc: &Document, words: &Words<'_>, kept: &mut Vec<Cand>) {
    let mut changed = false;
    for c in kept.iter_mut() {
        let Some(sign) = words.get(c.first).filter(|w| is_call_sign(w.text)) else { continue };
        let glued_band = sign.text.split_once(['-', '(']).is_some_and(|(_, b)| is_station_band(b));
        match band_after(doc, words, c.first) {
            Some(end) if c.last <= end => {
                let Some(span) = words.get(end - 1).and_then(|w| doc.span(c.span.start(), w.span.end())) else {
                    continue;
                };
                changed |= end > c.last;
                (c.span, c.last) = (span, end);
            }
            None if c.last == c.first + 1 && glued_band => {}
            _ => continue,
        }
        c.votes[COMPANY] += CALL_SIGN_VOTE;
    }
    if changed {
        // a band read as a name of its own ("AM" of "KBMW( AM)") is inside the call sign now
        let mut reach = 0;
        kept.retain(|c| {
            let keep = c.span.start() >= reach;
            reach = reach.max(c.span.end());
            keep
        });
    }
}

/// The word index past the band written after the call sign at word `i`: "(" band ")" or "-" band,
/// with spaces (no line break) around the parenthesis' words or after a hyphen glued to the sign.
fn band_after(doc: &Document, words: &Words<'_>, i: usize) -> Option<usize> {
    let is_band = |k: usize| is_in(STATION_BANDS, words.lower(k));
    let near = |k: usize| words.glued(k) || words.adjacent(doc, k);
    match words.lower(i + 1) {
        "(" if near(i) && is_band(i + 2) && near(i + 1) && near(i + 2) && words.lower(i + 3) == ")" => Some(i + 4),
        "-" if words.glued(i) && words.adjacent(doc, i + 1) && is_band(i + 2) => Some(i + 3),
        _ => None,
    }
}
