//! Session 16, possessive relations inside a sentence: every organisation listed after an owner's
//! possessive and closed by a plural head noun ("Y's A, B and C business units") and the deed
//! nouns "ownership of" and "launch of" after a possessive ("Y's ownership of X", "its recent
//! launch of S"). Invented sentences (none from the evaluation articles).

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{Company, Service};

fn has(lines: &[String], want: &str) -> bool {
    lines.iter().any(|l| l == want)
}

#[test]
fn every_organisation_listed_after_a_possessive_is_a_unit() {
    let m = &[("Corvane", Company), ("Lintel Freight", Company), ("Lintel Air", Company), ("Pellow", Company)];
    let lines = fact_lines(&run_with(
        "Corvane's Lintel Freight, Lintel Air and Pellow divisions will be sold next year.",
        "2024-05-01",
        None,
        m,
    ));
    for unit in ["Lintel Freight", "Lintel Air", "Pellow"] {
        assert!(has(&lines, &format!("rel {unit} ParentOrganization Corvane")), "{unit}: {lines:?}");
    }
}

#[test]
fn a_possessive_list_stops_at_another_possessive_and_another_owners_name() {
    let m = &[
        ("Marlby", Company),
        ("Tessan", Company),
        ("Quarro", Company),
        ("Hale Jet", Company),
        ("Hale Group", Company),
        ("Brookfast", Company),
    ];
    let lines = fact_lines(&run_with(
        "Analysts compared Marlby's Tessan and Quarro's Hale Jet last week.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Tessan ParentOrganization Marlby"), "{lines:?}");
    assert!(!has(&lines, "rel Quarro ParentOrganization Marlby"), "{lines:?}");
    assert!(!has(&lines, "rel Hale Jet ParentOrganization Marlby"), "{lines:?}");
    // "Hale Jet" opens with the first word of Hale Group, another company the article names
    let lines = fact_lines(&run_with(
        "Hale Group reported results. Brookfast's Tessan and Hale Jet units were sold.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Tessan ParentOrganization Brookfast"), "{lines:?}");
    assert!(!has(&lines, "rel Hale Jet ParentOrganization Brookfast"), "{lines:?}");
    // no plural head noun closes the list: the second name is no unit
    let lines = fact_lines(&run_with(
        "Brookfast ranks third, ahead of Marlby's Tessan and Pellow.",
        "2024-05-01",
        None,
        &[("Brookfast", Company), ("Marlby", Company), ("Tessan", Company), ("Pellow", Company)],
    ));
    assert!(has(&lines, "rel Tessan ParentOrganization Marlby"), "{lines:?}");
    assert!(!has(&lines, "rel Pellow ParentOrganization Marlby"), "{lines:?}");
}

#[test]
fn ownership_and_launch_after_a_possessive_name_the_parent_or_provider() {
    let m = &[("Dunmore Media", Company), ("Radio Kestle", Company), ("Vistara", Company), ("KestlePlay", Service)];
    let lines = fact_lines(&run_with(
        "Regulators looked at Dunmore Media's ownership of Radio Kestle in March.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Radio Kestle ParentOrganization Dunmore Media"), "{lines:?}");
    let lines = fact_lines(&run_with(
        "Vistara said its recent launch of KestlePlay had doubled its subscribers.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel KestlePlay Provider Vistara"), "{lines:?}");
}
