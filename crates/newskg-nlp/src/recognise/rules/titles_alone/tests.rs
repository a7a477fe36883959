//! Offices and forms of address alone (invented sentences).

use crate::testkit::rules_names as names;

#[test]
fn an_office_alone_names_no_one() {
    let n = names(
        "The Speaker called Jane Roe. The Taoiseach answered that Velmora Foods had restored power. My Lords, \
         the Baroness asked whether the Comptroller had seen the report.",
    );
    for x in ["Speaker", "Taoiseach", "My Lords", "Lords", "Baroness", "Comptroller"] {
        assert!(!n.iter().any(|y| y == x), "{x}: {n:?}");
    }
    assert!(n.iter().any(|x| x == "Velmora Foods"), "{n:?}");
    let n = names("Senators wrote to Brontal Air on Monday, and Rep. John Doe joined them.");
    assert!(!n.iter().any(|x| x == "Senators" || x == "Rep"), "{n:?}");
    assert!(n.iter().any(|x| x == "Brontal Air"), "{n:?}");
}

#[test]
fn a_name_with_an_office_stays() {
    let n = names("Lord Tarnby spoke after Speaker Ann Poe, and the President of Norvale Telecom replied.");
    assert!(n.iter().any(|x| x.contains("Tarnby")), "{n:?}");
    assert!(n.iter().any(|x| x.contains("Ann Poe")), "{n:?}");
    assert!(n.iter().any(|x| x.contains("Norvale Telecom")), "{n:?}");
}
