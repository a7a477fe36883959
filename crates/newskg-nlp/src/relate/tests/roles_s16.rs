//! Sixteenth session: a minister named with no organisation next to the title serves the
//! article's country whatever the case of the title; "Chairman of the Board and CEO of Acme"
//! is one chain of two titles. Invented sentences (none from the evaluation articles), with the
//! recogniser's mentions given by hand.

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{self, Company, Location, Organization, Person};

fn roles(text: &str, mentions: &[(&str, EntityKind)]) -> Vec<String> {
    let d = run_with(text, "2025-03-01", None, mentions);
    fact_lines(&d).into_iter().filter(|l| l.starts_with("role ")).collect()
}

#[test]
fn a_lower_case_minister_before_a_name_serves_the_article_s_country() {
    let got = roles(
        "Portugal tightened its rules for ferry operators on Monday. Transport minister Rita Almada said the \
         checks would start in June.",
        &[("Portugal", Location), ("Rita Almada", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Rita Almada | Minister |") && l.contains("| Portugal |")),
        "{got:#?}"
    );
}

#[test]
fn the_country_s_minister_in_apposition_serves_the_article_s_country() {
    let got = roles(
        "Portugal tightened its rules for ferry operators on Monday. The country's fisheries minister, Joao \
         Serrano, welcomed the change.",
        &[("Portugal", Location), ("Joao Serrano", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Joao Serrano | Minister |") && l.contains("| Portugal |")),
        "{got:#?}"
    );
}

#[test]
fn a_minister_a_verb_links_to_someone_is_no_post() {
    // "being Prime Minister" is a comparison, not Tiago Neves's office
    let got = roles(
        "Portugal tightened its rules on Monday. Tiago Neves said running the ferries was like being Prime \
         Minister.",
        &[("Portugal", Location), ("Tiago Neves", Person)],
    );
    assert!(got.iter().all(|l| !l.starts_with("role Tiago Neves")), "{got:#?}");
}

#[test]
fn a_minister_with_no_country_in_the_article_gets_no_post() {
    let got = roles(
        "Harbour fees rose again. Transport minister Rita Almada said the checks would start in June.",
        &[("Rita Almada", Person)],
    );
    assert!(got.iter().all(|l| !l.starts_with("role Rita Almada")), "{got:#?}");
}

#[test]
fn chairman_of_the_board_and_ceo_share_the_organisation_and_the_person() {
    let got = roles(
        "Lena Ortiz, Chairman of the Board and CEO of the Talvik Institute, opened the new laboratory.",
        &[("Lena Ortiz", Person), ("Talvik Institute", Organization)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Lena Ortiz | Chairman |") && l.contains("| Talvik Institute |")),
        "{got:#?}"
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Lena Ortiz | CEO |") && l.contains("| Talvik Institute |")),
        "{got:#?}"
    );
}

#[test]
fn the_board_of_another_organisation_breaks_the_chain() {
    // "chairman of the board of Brennet Foods and chief executive of Talvik Labs": two posts in
    // two organisations, not both in one
    let got = roles(
        "Lena Ortiz, chairman of the board of Brennet Foods and chief executive of Talvik Labs, spoke first.",
        &[("Lena Ortiz", Person), ("Brennet Foods", Company), ("Talvik Labs", Company)],
    );
    assert!(
        got.iter().all(|l| !(l.starts_with("role Lena Ortiz | Chairman |") && l.contains("| Talvik Labs |"))),
        "{got:#?}"
    );
}
