//! Session 19, round 2 relation readings: a company's advisers and subcontractors are its partners
//! (`partners-advisers`). Invented sentences (none from the evaluation articles).

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{Company, Person};

fn has(lines: &[String], want: &str) -> bool {
    lines.iter().any(|l| l == want)
}

#[test]
fn advisers_and_subcontractors_named_after_a_company_are_its_partners() {
    let m = &[
        ("Kestrel Bank", Company),
        ("Harlow Partners", Company),
        ("Brindle Advisory", Company),
        ("Tamsin Telecom", Company),
        ("Corvane", Company),
        ("Ostler Systems", Company),
        ("Jane Roe", Person),
    ];
    // "X and its advisers, A and B"
    let lines = fact_lines(&run_with(
        "The sale is a matter for the board of Kestrel Bank and its advisers, Harlow Partners and Brindle Advisory.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Kestrel Bank Partner Harlow Partners"), "{lines:?}");
    assert!(has(&lines, "rel Kestrel Bank Partner Brindle Advisory"), "{lines:?}");
    // "X, subcontractors A and B"
    let lines = fact_lines(&run_with(
        "The report drew on interviews with officials from Tamsin Telecom, subcontractors Corvane and Ostler Systems.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Tamsin Telecom Partner Corvane"), "{lines:?}");
    assert!(has(&lines, "rel Tamsin Telecom Partner Ostler Systems"), "{lines:?}");
    // no name right after the noun: nothing
    let lines = fact_lines(&run_with(
        "Jane Roe said Kestrel Bank's advisers met Harlow Partners on Monday.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(!has(&lines, "rel Kestrel Bank Partner Harlow Partners"), "{lines:?}");
}
