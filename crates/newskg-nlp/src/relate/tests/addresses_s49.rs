//! Forty-ninth session: a body and its units in a row before a street address give each unit's
//! parent (rule `relations-address-units`), from the body down or from the unit up; a row of
//! addressees with no unit among them gives nothing. Invented sentences and names (none from the
//! evaluation articles), with the recogniser's mentions given by hand.

use super::deals_s48::rels;
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Organization, Person};

fn names() -> [(&'static str, newskg_doc::EntityKind); 5] {
    [
        ("Ministry of Canals", Organization),
        ("Licensing Division", Organization),
        ("Records Group", Organization),
        ("Permits Section", Organization),
        ("Odo Marsh", Person),
    ]
}

#[test]
fn a_heading_from_the_body_down_puts_each_unit_under_the_one_before() {
    let text = "Copies may be read at the Ministry of Canals, Licensing Division, Records Group, 12 Lock Street, \
                Room 4, Dunmere.";
    let got = rels(text, &names(), None);
    assert!(got.contains(&"rel Licensing Division ParentOrganization Ministry of Canals".to_string()), "{got:#?}");
    assert!(got.contains(&"rel Records Group ParentOrganization Licensing Division".to_string()), "{got:#?}");
    assert!(!got.contains(&"rel Records Group ParentOrganization Ministry of Canals".to_string()), "{got:#?}");
    let without = rels(text, &names(), Some(Rule::AddressUnits));
    assert!(!without.contains(&"rel Records Group ParentOrganization Licensing Division".to_string()), "{without:#?}");
}

#[test]
fn a_heading_from_the_unit_up_puts_each_unit_under_the_one_after() {
    let text = "Comments go to Odo Marsh, Chief, Permits Section, Licensing Division, Ministry of Canals, 12 Lock \
                Street, Dunmere.";
    let got = rels(text, &names(), None);
    assert!(got.contains(&"rel Permits Section ParentOrganization Licensing Division".to_string()), "{got:#?}");
    assert!(got.contains(&"rel Licensing Division ParentOrganization Ministry of Canals".to_string()), "{got:#?}");
}

#[test]
fn addressees_with_no_unit_and_a_row_with_no_street_give_no_unit() {
    let names = [
        ("Brackwell Foods Corp", Company),
        ("Tolland Mills, Inc", Company),
        ("Licensing Division", Organization),
        ("Ministry of Canals", Organization),
    ];
    let got =
        rels("Notices were sent to Brackwell Foods Corp., Tolland Mills, Inc., 40 Mill Road, Dunmere.", &names, None);
    assert!(!got.iter().any(|l| l.contains("ParentOrganization")), "{got:#?}");
    // no street number after the row: a list, not an address heading
    let got = rels("The Ministry of Canals, Licensing Division, said the fees would rise.", &names, None);
    assert!(!got.contains(&"rel Licensing Division ParentOrganization Ministry of Canals".to_string()), "{got:#?}");
}
