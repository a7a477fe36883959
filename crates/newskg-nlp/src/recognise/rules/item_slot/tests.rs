//! The organisation slot of a witness-list item (invented sentences, rules-only recogniser).

use crate::testkit::rules_doc;
use newskg_doc::EntityKind;

fn kind_of(text: &str, name: &str) -> Option<EntityKind> {
    rules_doc(text, None).entities.iter().find(|e| e.name == name).map(|e| e.kind)
}

#[test]
fn the_body_closing_an_item_is_no_person() {
    let text = "Witnesses\nI: Jane Roe, Chief Executive, Velmora; and John Doe, Head, Brontal.\nII: Ann Poe, \
                Chief Executive Tarnvik; Tom Ash, Co-founder, Norvale.";
    for name in ["Velmora", "Brontal", "Tarnvik", "Norvale"] {
        let k = kind_of(text, name);
        assert!(matches!(k, Some(EntityKind::Company | EntityKind::Organization)), "{name}: {k:?}");
    }
    assert_eq!(kind_of(text, "Jane Roe"), Some(EntityKind::Person));
}

#[test]
fn the_next_items_person_stays_a_person() {
    // a list joined by commas only: the name before ", Head of Sales," opens the next item
    let text = "Witnesses: Jane Roe, Chief Executive, Velmora Foods Ltd, Tom Ash, Head of Sales, Norvale Ltd, \
                gave evidence.";
    assert_eq!(kind_of(text, "Tom Ash"), Some(EntityKind::Person));
}
