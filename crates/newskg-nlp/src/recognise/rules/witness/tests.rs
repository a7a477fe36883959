//! The employer closing a witness-list item (invented lines).

use crate::testkit::rules_doc;
use newskg_doc::EntityKind;

fn kind_of(text: &str, name: &str) -> Option<EntityKind> {
    rules_doc(text, None).entities.iter().find(|e| e.name == name).map(|e| e.kind)
}

#[test]
fn the_name_closing_an_item_is_the_employer() {
    let text = "Witnesses: Jane Roe, Chief Executive, Brontal; and Tom Vale, Partner, Kelso Norbury.\n";
    for name in ["Brontal", "Kelso Norbury"] {
        let k = kind_of(text, name);
        assert!(matches!(k, Some(EntityKind::Company | EntityKind::Organization)), "{name}: {k:?}");
    }
    assert_eq!(kind_of(text, "Jane Roe"), Some(EntityKind::Person));
    // a stretch with no title between the post and the employer
    let text = "- Dr Ann Holt, Director of Public Policy, Europe, Brontal\n- Tom Vale, Head of Trust, Norvale\n";
    let k = kind_of(text, "Brontal");
    assert!(matches!(k, Some(EntityKind::Company | EntityKind::Organization)), "{k:?}");
}

#[test]
fn a_person_after_a_title_stays_a_person() {
    // the title belongs to the name after it ("Brontal's chief executive, Jane Roe")
    let text = "Brontal's chief executive, Jane Roe, said the network was restored.";
    assert_eq!(kind_of(text, "Jane Roe"), Some(EntityKind::Person));
    // a title after the name makes it a witness of its own
    let text = "Witnesses: Tom Vale, Comptroller and Auditor General, Jane Roe, Director, Norvale Audit Office.\n";
    assert_eq!(kind_of(text, "Jane Roe"), Some(EntityKind::Person));
}
