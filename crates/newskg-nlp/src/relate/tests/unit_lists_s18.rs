//! A list of units opened by a dash or colon after a plural unit noun ("Y and its three
//! subsidiaries - A, B and C", "its units: A and B"). Invented sentences (none from the
//! evaluation articles).

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::Company;

fn has(lines: &[String], want: &str) -> bool {
    lines.iter().any(|l| l == want)
}

#[test]
fn a_dash_or_colon_opens_the_list_after_a_plural_unit_noun() {
    let m = &[
        ("Marrow Holdings", Company),
        ("Quill Freight", Company),
        ("Tamsin Ferries", Company),
        ("Oster Rail", Company),
    ];
    for text in [
        "Critics said Marrow Holdings and its three subsidiaries - Quill Freight, Tamsin Ferries and Oster Rail - \
         need reform.",
        "Marrow Holdings reported losses at its units: Quill Freight, Tamsin Ferries and Oster Rail.",
    ] {
        let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
        for unit in ["Quill Freight", "Tamsin Ferries", "Oster Rail"] {
            assert!(has(&lines, &format!("rel {unit} ParentOrganization Marrow Holdings")), "{unit}: {lines:?}");
            assert!(!has(&lines, &format!("rel Marrow Holdings ParentOrganization {unit}")), "{unit}: {lines:?}");
        }
    }
    // a singular noun takes no dash list
    let lines = fact_lines(&run_with(
        "Marrow Holdings sold its subsidiary - Quill Freight and Oster Rail were not included.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(!has(&lines, "rel Oster Rail ParentOrganization Marrow Holdings"), "{lines:?}");
}
