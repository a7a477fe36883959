//! Rules `typing-facility-head`, `typing-place-address` and `typing-label-head` (session 36): consume the entities
//! of a typed [`Document`] (and, for the address, the words after their mentions), produce the entities the corpus
//! guidelines give another kind than the learned typing did, read from the form of the name or the address it
//! stands in.
//!
//! - `typing-facility-head`: airports and named sites and facilities are places (guidelines, part 2, "Types"). A
//!   company whose name, of two words or more, closes with a facility's head word (`FACILITY_HEADS`:
//!   "Halvern Airport", "Dunmore Power Plant", "the Ostrel Tunnel"; "base" after a military word, "Varrow Air Force
//!   Base") is a Location, unless a company word is in it ("Halvern Airport Holdings", "... Plant Ltd") or someone
//!   holds an office at it ("the chief executive of Halvern Airport": the business that runs the airport). An
//!   organisation stays one (a hospital run as a body), and so does a service (a game or an app named "... Hospital").
//! - `typing-place-address`: a company, named with no company word, one mention of which stands right before a
//!   comma and a country, region or state (`lexicon::places::is_region`: no city, "Acme Breweries, Melbourne" names
//!   a company's seat), which nothing capitalised or possessive follows ("F&M Bank, both of Clarksville,
//!   Tennessee", "Libra Group of Limassol, Cyprus"), is the town of an address, a Location.
//! - `typing-label-head`: a company, service or organisation whose name closes with "Records" or "Recordings" is a record
//!   label, a Company.

use super::{company_name, name_words};
use crate::lexicon::grammar::POSSESSIVE_WORDS;
use crate::lexicon::organisations::LABEL_HEADS;
use crate::lexicon::places::{BASE, BASE_MODIFIERS, FACILITY_HEADS, is_region};
use crate::lexicon::words::is_in;
use crate::words::Words;
use newskg_doc::{Document, EntityIdx, EntityKind};

/// The most words of a place's name after the comma of an address ("Rhode Island").
const PLACE_WORDS: usize = 2;

/// Rule `typing-facility-head` (see the module doc): the companies named as a site or facility, none of which the
/// rules' positions give an office-holder ("the chief executive of Halvern Airport" runs the business).
pub(super) fn facilities(doc: &Document) -> Vec<EntityIdx> {
    let mut out = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        let staffed = doc.facts.positions.iter().any(|p| p.organization == Some(e));
        if ent.kind != EntityKind::Company || company_name(&ent.name) || staffed {
            continue;
        }
        let words = name_words(&ent.name);
        let [.., before, last] = &words[..] else { continue };
        if is_in(FACILITY_HEADS, last) || (last == BASE && is_in(BASE_MODIFIERS, before)) {
            out.push(e);
        }
    }
    out
}

/// Whether the words from `at` name a country, region or state (no city: [`is_region`]) that closes an address: no capitalised word, no
/// possessive and no hyphen after it ("Clarksville, Tennessee." but not "Acme, Georgia Power" or "Acme, Texas's").
fn address_place(words: &Words<'_>, at: usize, sent: usize) -> bool {
    let word = |j: usize| words.get(j).filter(|w| w.sent == sent);
    (1..=PLACE_WORDS).any(|n| {
        let parts: Option<Vec<&str>> = (at..at + n).map(|j| word(j).map(|w| w.lower.as_str())).collect();
        let Some(parts) = parts else { return false };
        let place = parts.join(" ");
        let capitalised = (at..at + n).all(|j| word(j).is_some_and(|w| w.is_cap()));
        let next = word(at + n);
        let closed = next.is_none_or(|w| !w.is_cap() && !is_in(POSSESSIVE_WORDS, &w.lower) && w.text != "-");
        capitalised && closed && is_region(&place)
    })
}

/// Rule `typing-place-address` (see the module doc): the companies named as the town of an address.
pub(super) fn addresses(doc: &Document, words: &Words<'_>) -> Vec<EntityIdx> {
    let mut out = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        if ent.kind != EntityKind::Company || company_name(&ent.name) {
            continue;
        }
        let town = words.mention_ranges(doc, ent).into_iter().any(|(first, last, _)| {
            let sent = words.words[first].sent;
            words.get(last).is_some_and(|w| w.sent == sent && w.text == ",") && address_place(words, last + 1, sent)
        });
        if town {
            out.push(e);
        }
    }
    out
}

/// Rule `typing-label-head` (see the module doc): the companies, services and organisations named as a record label
/// (a company among them is claimed too, so that a later rule does not make it a product: "labels such as X Records").
pub(super) fn labels(doc: &Document) -> Vec<EntityIdx> {
    let mut out = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        if !matches!(ent.kind, EntityKind::Company | EntityKind::Service | EntityKind::Organization) {
            continue;
        }
        let words = name_words(&ent.name);
        if words.len() >= 2 && words.last().is_some_and(|w| is_in(LABEL_HEADS, w)) {
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
    const S: EntityKind = EntityKind::Service;

    #[test]
    fn a_facility_is_a_place() {
        let text = "Flights from Halvern Airport were cancelled after Brisk Mobile lost power.";
        assert_eq!(described_as(text, "Halvern Airport", C, ""), L);
        assert_eq!(described_as(text, "Halvern Airport", C, "typing-facility-head"), C);
        let text = "The launch from Varrow Air Force Base was put back a day.";
        assert_eq!(described_as(text, "Varrow Air Force Base", C, ""), L);
        let text = "Smoke closed the Ostrel Tunnel on Monday.";
        assert_eq!(described_as(text, "Ostrel Tunnel", C, ""), L);
        // a service named so stays one (a game)
        let text = "Players of Quill Hospital lost their saved games on Monday.";
        assert_eq!(described_as(text, "Quill Hospital", S, ""), S);
        // a company word in the name keeps the business
        let text = "Halvern Airport Holdings said passenger numbers rose.";
        assert_eq!(described_as(text, "Halvern Airport Holdings", C, ""), C);
        // an airport with a chief executive is the business that runs it
        let text = "Halvern Airport chief executive Jane Morrow said passenger numbers rose.";
        assert_eq!(described_as(text, "Halvern Airport", C, ""), C);
        // an organisation stays one; a base without a military word is no site
        let text = "Quenby General Hospital said two patients were treated.";
        assert_eq!(described_as(text, "Quenby General Hospital", O, ""), O);
    }

    #[test]
    fn a_town_in_an_address_is_a_place() {
        let text = "Tolvar Bank, Wayvale, Minnesota, applied to merge with Brisk Savings.";
        assert_eq!(described_as(text, "Wayvale", C, ""), L);
        assert_eq!(described_as(text, "Wayvale", C, "typing-place-address"), C);
        let text = "It is a subsidiary of Quell Travel Group of Marnaca, Cyprus and is run from there.";
        assert_eq!(described_as(text, "Marnaca", C, ""), L);
        // a company word in the name, or a capitalised word after the place, keeps the company
        let text = "Tolvar Bank, Minnesota, applied to merge with Brisk Savings.";
        assert_eq!(described_as(text, "Tolvar Bank", C, ""), C);
        let text = "Shares in Brisk, Georgia Power and Tolvar rose.";
        assert_eq!(described_as(text, "Brisk", C, ""), C);
        // a city after the comma is a company's seat
        let text = "She trained at Dunmore Breweries, Melbourne, in 1974.";
        assert_eq!(described_as(text, "Dunmore Breweries", C, ""), C);
    }

    #[test]
    fn a_record_label_is_a_company() {
        let text = "The singer signed with Halvern Records in 1998.";
        assert_eq!(described_as(text, "Halvern Records", S, ""), C);
        assert_eq!(described_as(text, "Halvern Records", S, "typing-label-head"), S);
        assert_eq!(described_as(text, "Halvern Records", O, ""), C);
        // a label named in a list of labels stays a company
        let text = "The group owns recording labels such as Halvern Records, Quill Records and others.";
        assert_eq!(described_as(text, "Quill Records", C, ""), C);
        assert_eq!(described_as(text, "Quill Records", C, "typing-label-head"), S);
    }
}
