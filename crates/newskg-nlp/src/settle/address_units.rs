//! Rule `typing-address-unit` (session 60): consumes the entities of a typed [`Document`] and its words, produces
//! the companies named as a body's unit in the heading of a postal address, which are organisations.
//!
//! Notices give where to write as a body and its units in a row before the street address: "the Department of
//! Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street" (from the body down) or "Litigation II
//! Section, Antitrust Division, Department of Justice, 450 Fifth Street" (from the unit up). A unit's name closes
//! with a unit's head word (`ADDRESS_UNIT_HEADS`: "Group", "Section", "Office"), which alone reads as a business's
//! ("Acme Group"); in such a row, with a body typed Organization at one end, every unit is the body's, an
//! organisation. The row is the one `relations-address-units` reads (each name after a comma that follows the one
//! before, a street number closing it); a company with a legal form in its name stays.

use crate::lexicon::organisations::{ADDRESS_UNIT_HEADS, LEGAL_SUFFIXES};
use crate::lexicon::words::is_in;
use crate::words::Words;
use newskg_doc::{Document, EntityIdx, EntityKind};

/// The companies named as units in an address heading whose body is an organisation (see the module doc).
pub(super) fn address_units(doc: &Document, words: &Words<'_>) -> Vec<EntityIdx> {
    // every company or organisation mention: (first word, last word + 1, entity), by position
    let mut at: Vec<(usize, usize, EntityIdx)> = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        if matches!(ent.kind, EntityKind::Company | EntityKind::Organization) {
            at.extend(words.mention_ranges(doc, ent).into_iter().map(|(first, last, _)| (first, last, e)));
        }
    }
    at.sort_unstable();
    let unit = |&(_, last, _): &(usize, usize, EntityIdx)| is_in(ADDRESS_UNIT_HEADS, words.lower(last - 1));
    let body = |m: &(usize, usize, EntityIdx)| !unit(m) && doc.entities[m.2].kind == EntityKind::Organization;
    let mut out = Vec::new();
    let mut i = 0;
    while i < at.len() {
        let mut j = i;
        while j + 1 < at.len() && words.lower(at[j].1) == "," && at[j + 1].0 == at[j].1 + 1 {
            j += 1;
        }
        let row = &at[i..=j];
        i = j + 1;
        let end = row[row.len() - 1].1;
        let street = words.lower(end) == ","
            && words.get(end + 1).is_some_and(|w| w.text.chars().next().is_some_and(|c| c.is_ascii_digit()));
        if row.len() < 2 || !street {
            continue;
        }
        let (first, last) = (&row[0], &row[row.len() - 1]);
        let ordered = (body(first) && unit(last)) || (unit(first) && body(last));
        if !ordered || !row[1..row.len() - 1].iter().all(unit) {
            continue;
        }
        let units = row.iter().filter(|m| unit(m) && doc.entities[m.2].kind == EntityKind::Company);
        out.extend(units.map(|m| m.2).filter(|&e| !super::name_has_word(&doc.entities[e].name, &[LEGAL_SUFFIXES])));
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use crate::settle::tests::described_as;
    use newskg_doc::EntityKind::{Company, Organization};

    #[test]
    fn a_unit_in_an_address_heading_is_the_bodys() {
        let text = "Copies are available from the Ministry of Trade, Quarry Division, Tarn Documents Group, \
                    12 Main Street, Dunmore.";
        assert_eq!(described_as(text, "Tarn Documents Group", Company, ""), Organization);
        assert_eq!(described_as(text, "Tarn Documents Group", Company, "typing-address-unit"), Company);
        // from the unit up
        let text = "Write to Jane Roe, Chief, Tarn Litigation Section, Quarry Division, Ministry of Trade, \
                    12 Main Street, Dunmore.";
        assert_eq!(described_as(text, "Tarn Litigation Section", Company, ""), Organization);
        // two addressees, no body: each stays what it was
        let text = "Write to Acme Group, Zeta Holdings Group, 12 Main Street, Dunmore.";
        assert_eq!(described_as(text, "Zeta Holdings Group", Company, ""), Company);
    }
}
