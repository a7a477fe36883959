//! Session 17, relations inside a sentence: "X, founded in 1990, was previously owned by Y" makes
//! Y the parent of the subject before the comma-closed phrase; "Y, the firm that runs the bank's
//! systems" makes Y the bank's partner; "Y (parent company to X)". Invented sentences (none from
//! the evaluation articles).

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::Company;

fn has(lines: &[String], want: &str) -> bool {
    lines.iter().any(|l| l == want)
}

#[test]
fn an_owner_after_a_comma_closed_phrase_owns_the_subject() {
    let m = &[("Sorrel Chips", Company), ("Brackwater Capital", Company)];
    for text in [
        "Sorrel Chips, founded in Ghent in 1987, was previously owned by the investment firm Brackwater Capital.",
        "Sorrel Chips, based in Ghent, is owned by Brackwater Capital.",
    ] {
        let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
        assert!(has(&lines, "rel Sorrel Chips ParentOrganization Brackwater Capital"), "{text}: {lines:?}");
    }
}

#[test]
fn an_apposition_before_owned_by_describes_the_subject() {
    let m = &[("Sorrel Chips", Company), ("Halvard Group", Company), ("Brackwater Capital", Company)];
    let lines = fact_lines(&run_with(
        "Sorrel Chips, a rival of Halvard Group, was previously owned by Brackwater Capital.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(!has(&lines, "rel Halvard Group ParentOrganization Brackwater Capital"), "{lines:?}");
    assert!(has(&lines, "rel Sorrel Chips ParentOrganization Brackwater Capital"), "{lines:?}");
}

#[test]
fn a_firm_that_runs_another_s_systems_is_its_partner() {
    let m = &[("Quillmark Bank", Company), ("Ostrava Systems", Company)];
    for text in [
        "Quillmark Bank said the fault lay with Ostrava Systems, the IT firm that runs Quillmark Bank's payment systems.",
        "Quillmark Bank apologised on Monday. The fault lay with Ostrava Systems, which runs the bank's core systems.",
    ] {
        let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
        assert!(has(&lines, "rel Quillmark Bank Partner Ostrava Systems"), "{text}: {lines:?}");
    }
}

#[test]
fn a_firm_that_runs_its_own_systems_has_no_partner() {
    let m = &[("Quillmark Bank", Company), ("Ostrava Systems", Company)];
    let lines = fact_lines(&run_with(
        "Quillmark Bank opened a branch in Brno. Ostrava Systems, which runs its own data centres, grew fast.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(!lines.iter().any(|l| l.contains("Partner")), "{lines:?}");
}

#[test]
fn a_parent_company_to_in_brackets() {
    let m = &[("Wexford Signal Services", Company), ("Wexford Signal Networks", Company)];
    let lines = fact_lines(&run_with(
        "Carriers rely on Wexford Signal Services (parent company to Wexford Signal Networks) for routing.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Wexford Signal Networks ParentOrganization Wexford Signal Services"), "{lines:?}");
}
