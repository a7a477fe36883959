//! Rule `typing-call-sign` (session 59): consumes the entities of a typed [`Document`] and its words, produces the
//! entities named by a broadcast call sign ("KTLA", "WPXN-TV", "KOWH(FM)": `lexicon::names::is_call_sign`, with a
//! band of `STATION_BANDS` or none) in an article that names a station (a station word, or a call sign with its
//! band): a station is a company (its licensee's business), never a place, though it is listed before its town
//! ("WPXN-TV, New York, NY": not the town of an address, rule `typing-place-address`) or read as one, nor a product.

use crate::lexicon::names::{STATION_WORDS, is_call_sign, is_station_band};
use crate::lexicon::words::is_in;
use crate::words::Words;
use newskg_doc::{Document, EntityIdx, EntityKind};

/// Whether `name` is one call sign, with its band or none ("KTLA", "WASH-FM", "KXXV(TV)", "KBMW( AM)").
pub(super) fn call_sign_name(name: &str) -> Option<bool> {
    let compact: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    if !is_call_sign(&compact) {
        return None;
    }
    let letters = compact.split(['-', '(']).next().unwrap_or("");
    let band = &compact[letters.len()..];
    if band.is_empty() { Some(false) } else { is_station_band(band).then_some(true) }
}

/// The places and services named by a call sign in an article that names a station (see the module doc).
pub(super) fn stations(doc: &Document, words: &Words<'_>) -> Vec<EntityIdx> {
    let banded = doc.entities.iter().any(|e| call_sign_name(&e.name) == Some(true));
    if !banded && !words.words.iter().any(|w| is_in(STATION_WORDS, &w.lower)) {
        return Vec::new();
    }
    let kinds = [EntityKind::Location, EntityKind::Service];
    (0..doc.entities.len())
        .filter(|&e| kinds.contains(&doc.entities[e].kind) && call_sign_name(&doc.entities[e].name).is_some())
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::settle::tests::described_as;
    use newskg_doc::EntityKind::{Company, Location};

    #[test]
    fn a_call_sign_before_its_state_is_a_station() {
        let text = "Acme Media will buy Station KQXZ-TV, Texas, from Zeta Broadcasting.";
        assert_eq!(described_as(text, "KQXZ-TV", Company, ""), Company);
        assert_eq!(described_as(text, "KQXZ-TV", Company, "typing-call-sign"), Location);
    }

    #[test]
    fn a_call_sign_read_as_a_place_is_a_station_where_stations_are_named() {
        let text = "Zeta owns the stations WKQX in Dunmore and KTRQ in Brisk Falls.";
        assert_eq!(described_as(text, "KTRQ", Location, ""), Company);
        assert_eq!(described_as(text, "KTRQ", Location, "typing-call-sign"), Location);
        assert_eq!(described_as(text, "Dunmore", Location, ""), Location);
        // no station named: a capitalised place stays one
        let plain = "Zeta opened offices in KTRQ and Dunmore.";
        assert_eq!(described_as(plain, "KTRQ", Location, ""), Location);
    }
}
