//! Bodies of the state named with the Crown's possessive (invented sentences).

use crate::testkit::{rules_names as names, rules_orgs as orgs};

#[test]
fn the_crown_possessive_opens_a_body_name() {
    let o = orgs("To ask His Majesty's Government what plans they have for the Tarnby ferries.");
    assert!(o.contains(&"His Majesty's Government".to_string()), "{o:?}");
    // a curly apostrophe reads as a straight one
    let o = orgs("Letters went to Her Majesty\u{2019}s Treasury about the Kelso bridge.");
    assert!(o.contains(&"Her Majesty's Treasury".to_string()), "{o:?}");
    let o = orgs("His Majesty's Revenue and Customs wrote to Norvale Telecom.");
    assert!(o.contains(&"His Majesty's Revenue and Customs".to_string()), "{o:?}");
    // the title alone is no name of its own
    let n = names("To ask His Majesty's Government what plans they have for the Tarnby ferries.");
    assert!(!n.iter().any(|x| x == "Majesty" || x == "Government"), "{n:?}");
}

#[test]
fn no_body_without_the_formula() {
    for text in [
        "His Majesty visited the Tarnby depot on Monday.",
        "Her Majesty's visit to Kelso was brief.",
        "His Excellency's Government replied to Norvale Telecom.",
    ] {
        let n = names(text);
        assert!(!n.iter().any(|x| x.contains("Majesty") && x.contains("Government")), "{text}: {n:?}");
        assert!(!n.iter().any(|x| x.starts_with("Her Majesty") || x.starts_with("His Majesty")), "{text}: {n:?}");
    }
}
