//! Session 19 relation readings: trading names ("operates under the A and B banners", "under
//! three banners: A and B"), "Y, which includes X", and deal targets added by "as well as".
//! Invented sentences (none from the evaluation articles).

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{Company, Service};

fn has(lines: &[String], want: &str) -> bool {
    lines.iter().any(|l| l == want)
}

#[test]
fn the_names_a_business_trades_under_are_its_services() {
    let m = &[
        ("Borvik Foods", Company),
        ("Fresh Lane", Service),
        ("Corner Market", Service),
        ("Tallow Stores", Company),
        ("Quick Basket", Service),
        ("Hearth Grocers", Service),
        ("Penny Pantry", Service),
    ];
    // the list after the noun, past a colon; the trader is the clause's subject
    let lines = fact_lines(&run_with(
        "Borvik Foods operates its stores under two banners: Fresh Lane and Corner Market.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Fresh Lane Provider Borvik Foods"), "{lines:?}");
    assert!(has(&lines, "rel Corner Market Provider Borvik Foods"), "{lines:?}");
    // the list before the noun; the trader heads a relative clause past a legal form
    let lines = fact_lines(&run_with(
        "Borvik Foods will sell four stores to Tallow Stores, Inc., which operates under the Quick Basket, \
         Hearth Grocers and Penny Pantry supermarket banners.",
        "2024-05-01",
        None,
        m,
    ));
    for b in ["Quick Basket", "Hearth Grocers", "Penny Pantry"] {
        assert!(has(&lines, &format!("rel {b} Provider Tallow Stores")), "{b}: {lines:?}");
        assert!(!has(&lines, &format!("rel {b} Provider Borvik Foods")), "{b}: {lines:?}");
    }
    // no "under" and no owner's word: no trader
    let lines = fact_lines(&run_with(
        "Borvik Foods said the Quick Basket and Penny Pantry banners were popular.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(!has(&lines, "rel Quick Basket Provider Borvik Foods"), "{lines:?}");
}

#[test]
fn a_which_includes_clause_names_units() {
    let m = &[("Jane Roe", newskg_doc::EntityKind::Person), ("Varden Media", Company), ("Channel 9", Company)];
    let lines = fact_lines(&run_with(
        "Jane Roe, the director of policy at Varden Media, which includes Channel 9, gave evidence.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Channel 9 ParentOrganization Varden Media"), "{lines:?}");
}

#[test]
fn as_well_as_adds_targets_to_a_completed_deal() {
    let m = &[
        ("Halden Group", Company),
        ("Marsh Steel", Company),
        ("Orrin Engineering", Company),
        ("Pike Metals", Company),
    ];
    let lines = fact_lines(&run_with(
        "Halden Group has acquired Marsh Steel's plants, as well as subsidiary businesses Orrin Engineering \
         and Pike Metals.",
        "2024-05-01",
        None,
        m,
    ));
    for t in ["Orrin Engineering", "Pike Metals"] {
        assert!(has(&lines, &format!("rel Halden Group Acquired {t}")), "{t}: {lines:?}");
        assert!(has(&lines, &format!("rel {t} ParentOrganization Halden Group")), "{t}: {lines:?}");
    }
}
