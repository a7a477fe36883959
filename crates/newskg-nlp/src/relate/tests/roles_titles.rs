//! Public-sector titles: a permanent secretary heads the government or department named after
//! "to" or "of"; a coordinator and a chief of staff hold posts under a body's head ("other").
//! Invented sentences (none from the evaluation articles), with the recogniser's mentions given
//! by hand.

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{self, Organization, Person};

fn roles(text: &str, mentions: &[(&str, EntityKind)]) -> Vec<String> {
    let d = run_with(text, "2025-03-01", None, mentions);
    fact_lines(&d).into_iter().filter(|l| l.starts_with("role ")).collect()
}

#[test]
fn a_permanent_secretary_to_a_government_heads_it() {
    let got = roles(
        "Marta Olsen, Permanent Secretary to the Northland Government, said the budget was balanced.",
        &[("Marta Olsen", Person), ("Northland Government", Organization)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Marta Olsen | Head |") && l.contains("| Northland Government |")),
        "{got:#?}"
    );
}

#[test]
fn an_appointed_permanent_secretary_of_a_department_heads_it() {
    let got = roles(
        "Piet Vogel took up his post as Permanent Secretary of the Department for Harbours on Monday.",
        &[("Piet Vogel", Person), ("Department for Harbours", Organization)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Piet Vogel | Head |") && l.contains("| Department for Harbours |")),
        "{got:#?}"
    );
}

#[test]
fn to_after_other_titles_attaches_no_organisation() {
    // "to" joins only a secretary to its body: a director moving "to" a board is not named its
    // director there (at most the weak fallback may guess an organisation)
    let d = run_with(
        "Director Hana Ruiz moved to the Northland Water Board last week.",
        "2025-03-01",
        None,
        &[("Hana Ruiz", Person), ("Northland Water Board", Organization)],
    );
    assert!(d.facts.positions.iter().all(|p| p.evidence.confidence < 0.8), "{:#?}", d.facts.positions);
}

#[test]
fn a_coordinator_for_a_department_holds_another_post_there() {
    let got = roles(
        "The flood coordinator for the Department of Rivers, Ezra Boyle, said the levees held.",
        &[("Ezra Boyle", Person), ("Department of Rivers", Organization)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Ezra Boyle | OtherRole |") && l.contains("| Department of Rivers |")),
        "{got:#?}"
    );
}

#[test]
fn a_chief_of_staff_is_no_chief_executive() {
    let got = roles(
        "Lena Marsh, chief of staff of the Northland Coast Guard, said patrols would double.",
        &[("Lena Marsh", Person), ("Northland Coast Guard", Organization)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Lena Marsh | OtherRole |") && l.contains("| Northland Coast Guard |")),
        "{got:#?}"
    );
    assert!(got.iter().all(|l| !l.contains("| Ceo |")), "{got:#?}");
}
