//! Lists of units after a plural unit noun ("its subsidiaries A, Inc. and B") and owners named by
//! "controlled / run / operated by Y" and "Y operated X". Invented
//! sentences (none from the evaluation articles).

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::Company;

fn has(lines: &[String], want: &str) -> bool {
    lines.iter().any(|l| l == want)
}

#[test]
fn every_item_of_a_plural_unit_noun_list_is_a_unit() {
    let m = &[
        ("Halvorsen Capital", Company),
        ("Tarn Oil Company LLC", Company),
        ("Pelling Resources", Company),
        ("Orlin Media", Company),
        ("Castor Labs", Company),
        ("Fennic Systems", Company),
    ];
    // past a legal form and a bracketed short name
    let lines = fact_lines(&run_with(
        "The order bound Halvorsen Capital and its subsidiaries Tarn Oil Company LLC (Tarn) and Pelling \
         Resources, Inc. (Pelling) to seek approval.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Tarn Oil Company LLC ParentOrganization Halvorsen Capital"), "{lines:?}");
    assert!(has(&lines, "rel Pelling Resources ParentOrganization Halvorsen Capital"), "{lines:?}");
    // a comma list
    let lines = fact_lines(&run_with(
        "Halvorsen Capital said its units Orlin Media, Castor Labs and Fennic Systems would merge.",
        "2024-05-01",
        None,
        m,
    ));
    for unit in ["Orlin Media", "Castor Labs", "Fennic Systems"] {
        assert!(has(&lines, &format!("rel {unit} ParentOrganization Halvorsen Capital")), "{unit}: {lines:?}");
    }
    // a singular noun takes no list: the name after "and" is not a unit
    let lines = fact_lines(&run_with(
        "Halvorsen Capital said its unit Orlin Media and Castor Labs would merge.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Orlin Media ParentOrganization Halvorsen Capital"), "{lines:?}");
    assert!(!has(&lines, "rel Castor Labs ParentOrganization Halvorsen Capital"), "{lines:?}");
    // a list broken by another word stops there
    let lines = fact_lines(&run_with(
        "Halvorsen Capital said its units Orlin Media signed with Castor Labs.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(!has(&lines, "rel Castor Labs ParentOrganization Halvorsen Capital"), "{lines:?}");
}

#[test]
fn controlled_run_or_operated_by_an_organisation_is_its_unit() {
    let m =
        &[("Gull Airways", Company), ("Brindle Group", Company), ("Tervo Bank", Company), ("Marsh Holdings", Company)];
    for text in [
        "Gull Airways, which is run by Brindle Group, flies to eleven cities.",
        "Gull Airways is controlled by Brindle Group.",
        "Gull Airways, operated by Brindle Group, cut its fares.",
    ] {
        let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
        assert!(has(&lines, "rel Gull Airways ParentOrganization Brindle Group"), "{text}: {lines:?}");
    }
    // "run" with no "by" after it names no owner
    let lines =
        fact_lines(&run_with("Gull Airways has run flights for Brindle Group since 2010.", "2024-05-01", None, m));
    assert!(!lines.iter().any(|l| l.contains("ParentOrganization")), "{lines:?}");
    // the active past: "Y operated X"; its passive does not turn round
    let lines = fact_lines(&run_with("Marsh Holdings operated Tervo Bank until it was sold.", "2024-05-01", None, m));
    assert!(has(&lines, "rel Tervo Bank ParentOrganization Marsh Holdings"), "{lines:?}");
    let lines = fact_lines(&run_with("Marsh Holdings was operated by Tervo Bank.", "2024-05-01", None, m));
    assert!(!has(&lines, "rel Tervo Bank ParentOrganization Marsh Holdings"), "{lines:?}");
    assert!(has(&lines, "rel Marsh Holdings ParentOrganization Tervo Bank"), "{lines:?}");
}

#[test]
fn controlled_by_needs_a_named_unit() {
    let m = &[("Gull Airways", Company), ("Brindle Holdings", Company), ("Tervo Bank", Company)];
    // the owner may follow a descriptor
    let lines = fact_lines(&run_with(
        "Gull Airways is controlled by the conglomerate Brindle Holdings, which owns half its shares.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Gull Airways ParentOrganization Brindle Holdings"), "{lines:?}");
    // a unit named by a common noun is not read
    let lines = fact_lines(&run_with(
        "The booking system run by Tervo Bank, which Gull Airways uses, failed.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(!lines.iter().any(|l| l.contains("ParentOrganization")), "{lines:?}");
}
