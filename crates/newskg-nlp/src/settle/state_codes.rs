//! Rule `typing-address-state-code` (session 63): consumes the entities of a typed [`Document`] and the words around
//! their mentions, produces the companies, organisations and services that name a place of a US address written with
//! the state's abbreviation: the state itself ("Tex" of "Baytown, Tex.", "OH" of "Findlay, OH") and the town before it
//! ("Baytown", "Findlay"), both places by the corpus guidelines. The learned typing reads the short capitalised words
//! of an address as businesses (a town beside a company's name, a postal code like a ticker), and rule
//! `typing-place-address` knows only a state written out ("Clarksville, Tennessee").
//!
//! A state's abbreviation counts only in an address: right after a capitalised word and a comma, in a news agency's
//! form with its full stop ("Tex.", "N.J."; `US_STATE_ABBREVIATIONS`) or as a postal code in capitals ("OH";
//! `US_STATE_CODES`), with no possessive or hyphen after it. A town is a name right before the comma of such an
//! abbreviation, with no company word and no body word in it ("Acme Corp., PA" and "Zeta County Council, MD" stay).

use super::{company_name, name_has_word};
use crate::lexicon::grammar::POSSESSIVE_WORDS;
use crate::lexicon::organisations::ORG_CUES;
use crate::lexicon::places::{US_STATE_ABBREVIATIONS, US_STATE_CODES};
use crate::lexicon::words::is_in;
use crate::words::Words;
use newskg_doc::{Document, EntityIdx, EntityKind};

/// Whether word `j` is a US state's abbreviation closing an address: a capitalised word and a comma before it in its
/// sentence, the agency form with its full stop or a postal code in capitals, and no possessive or hyphen after it.
fn state_code(words: &Words<'_>, j: usize) -> bool {
    let Some(w) = words.get(j) else { return false };
    let sent = w.sent;
    let at = |k: usize| words.get(k).filter(|x| x.sent == sent);
    let town = j.checked_sub(2).and_then(at).is_some_and(|x| x.is_cap());
    let comma = j.checked_sub(1).and_then(at).is_some_and(|x| x.text == ",");
    let agency = w.is_cap() && is_in(US_STATE_ABBREVIATIONS, &w.lower) && at(j + 1).is_some_and(|x| x.text == ".");
    let postal = w.text.len() == 2 && w.text.chars().all(|c| c.is_ascii_uppercase()) && is_in(US_STATE_CODES, &w.lower);
    let open = at(j + 1 + usize::from(agency)).is_some_and(|x| is_in(POSSESSIVE_WORDS, &x.lower) || x.text == "-");
    town && comma && (agency || postal) && !open
}

/// The companies, organisations and services named as the state or the town of an address with a state's
/// abbreviation (see the module doc).
pub(super) fn address_places(doc: &Document, words: &Words<'_>) -> Vec<EntityIdx> {
    let mut out = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        if !matches!(ent.kind, EntityKind::Company | EntityKind::Organization | EntityKind::Service) {
            continue;
        }
        // a station's call sign before its town's comma is no town (rule `typing-call-sign`)
        let plain = !company_name(&ent.name)
            && !name_has_word(&ent.name, &[ORG_CUES])
            && super::call_signs::call_sign_name(&ent.name).is_none();
        let place = words.mention_ranges(doc, ent).into_iter().any(|(first, last, _)| {
            let state = last == first + 1 && state_code(words, first);
            let town = plain && words.get(last).is_some_and(|w| w.text == ",") && state_code(words, last + 1);
            state || town
        });
        if place {
            out.push(e);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::settle::tests::described_as;
    use newskg_doc::EntityKind;

    const C: EntityKind = EntityKind::Company;
    const L: EntityKind = EntityKind::Location;
    const O: EntityKind = EntityKind::Organization;

    #[test]
    fn an_abbreviated_state_and_its_town_are_places() {
        let text = "The suppliers, Brennick Honey of Dunmore, Tex., and Arlow Farms of Pelton, Mich., were charged.";
        assert_eq!(described_as(text, "Dunmore", C, ""), L);
        assert_eq!(described_as(text, "Pelton", C, ""), L);
        assert_eq!(described_as(text, "Dunmore", C, "typing-address-state-code"), C);
        let text = "The station KQRV-FM, Lindell, IA, was sold to Harrow Media on Friday.";
        assert_eq!(described_as(text, "Lindell", C, ""), L);
        assert_eq!(described_as(text, "IA", C, ""), L);
        let text = "Renwick Dairy, a plant in Colburn, N.J., was sold to Pellam Foods.";
        assert_eq!(described_as(text, "Colburn", O, ""), L);
    }

    #[test]
    fn a_business_before_a_state_code_stays() {
        // a company word or a body word in the name, or no full stop after an agency form
        let text = "The buyer, Harlow Corp., PA, filed the papers on Monday.";
        assert_eq!(described_as(text, "Harlow Corp", C, ""), C);
        let text = "Officials of the Wexmoor County Council, MD, said the roads were closed.";
        assert_eq!(described_as(text, "Wexmoor County Council", O, ""), O);
        let text = "Staff at Quillan, Miss Roe said, were told on Monday.";
        assert_eq!(described_as(text, "Quillan", C, ""), C);
        // a possessive after the code is no address
        let text = "Sales at Brennick, Tex's favourite honey brand, rose.";
        assert_eq!(described_as(text, "Brennick", C, ""), C);
    }
}
