//! Successions that pass on a post named in another sentence ("She will be succeeded by X", "X
//! will succeed Y"), "took over from the former boss Y" (Y held the post), a company's deputy as
//! one of its executives and a founder whose company follows a short description. Invented
//! sentences (none from the evaluation articles), with the recogniser's mentions given by hand.

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{self, Company, Organization, Person};

fn roles(text: &str, mentions: &[(&str, EntityKind)]) -> Vec<String> {
    let d = run_with(text, "2025-03-01", None, mentions);
    fact_lines(&d).into_iter().filter(|l| l.starts_with("role ")).collect()
}

fn has(got: &[String], start: &str, org: &str) -> bool {
    got.iter().any(|l| l.starts_with(start) && l.contains(&format!("| {org} |")))
}

#[test]
fn a_successor_named_in_a_later_sentence_takes_the_leavers_post() {
    let got = roles(
        "Corvo Bank said on Monday that its chief executive, Nadia Feld, would retire in June. She will be \
         succeeded by Omar Lind, the lender's head of retail banking.",
        &[("Corvo Bank", Company), ("Nadia Feld", Person), ("Omar Lind", Person)],
    );
    assert!(has(&got, "role Omar Lind | CEO |", "Corvo Bank"), "{got:#?}");
}

#[test]
fn the_person_succeeded_held_the_post_the_successor_was_given_before() {
    let got = roles(
        "Tallis Mobile has named Rosa Imbert as its chairman. Rosa Imbert, a former banker, will succeed \
         Karl Weiss at the annual meeting in May.",
        &[("Tallis Mobile", Company), ("Rosa Imbert", Person), ("Karl Weiss", Person)],
    );
    assert!(has(&got, "role Karl Weiss | Chairman |", "Tallis Mobile"), "{got:#?}");
    // the successor's own post is not doubled onto a different title
    assert!(!got.iter().any(|l| l.starts_with("role Karl Weiss | CEO |")), "{got:#?}");
}

#[test]
fn a_post_the_leaver_is_to_take_next_is_not_passed_on() {
    let got = roles(
        "Corvo Bank said its president, Nadia Feld, would become chairman in May. She will be replaced by \
         Omar Lind.",
        &[("Corvo Bank", Company), ("Nadia Feld", Person), ("Omar Lind", Person)],
    );
    assert!(has(&got, "role Omar Lind | President |", "Corvo Bank"), "{got:#?}");
    assert!(!got.iter().any(|l| l.starts_with("role Omar Lind | Chairman |")), "{got:#?}");
    // a reported clause's subject is not the one replaced
    let got = roles(
        "Corvo Bank's chairman is Nadia Feld. Feld said the auditors would be replaced by Omar Lind.",
        &[("Corvo Bank", Company), ("Nadia Feld", Person), ("Omar Lind", Person)],
    );
    assert!(!got.iter().any(|l| l.starts_with("role Omar Lind | Chairman |")), "{got:#?}");
}

#[test]
fn a_companys_or_an_agencys_deputy_is_an_executive() {
    let got = roles(
        "Corvo Bank said its deputy finance director, Omar Lind, would leave.",
        &[("Corvo Bank", Company), ("Omar Lind", Person)],
    );
    assert!(has(&got, "role Omar Lind | Executive |", "Corvo Bank"), "{got:#?}");
    let got = roles(
        "The Valdoria Rail Authority said its deputy director, Omar Lind, would leave.",
        &[("Valdoria Rail Authority", Organization), ("Omar Lind", Person)],
    );
    // (a non-business body's deputy is one of its executives too since session 34's
    // `roles-deputy-executive`; a state's deputy minister is not)
    assert!(has(&got, "role Omar Lind | Executive |", "Valdoria Rail Authority"), "{got:#?}");
}

#[test]
fn a_founder_of_a_described_company() {
    let got = roles(
        "Omar Lind, who co-founded the Leeds software company Tallis Labs in 2015, will leave.",
        &[("Omar Lind", Person), ("Tallis Labs", Company), ("Leeds", EntityKind::Location)],
    );
    assert!(has(&got, "role Omar Lind | Cofounder |", "Tallis Labs"), "{got:#?}");
}

#[test]
fn the_former_boss_taken_over_from_held_the_post() {
    let got = roles(
        "Tallis Mobile's new chief executive, Rosa Imbert, who took over from the former boss Karl Weiss in \
         May, cut prices.",
        &[("Tallis Mobile", Company), ("Rosa Imbert", Person), ("Karl Weiss", Person)],
    );
    assert!(got.iter().any(|l| l.starts_with("role Karl Weiss | CEO |") && l.ends_with("| former")), "{got:#?}");
}

#[test]
fn a_lower_case_name_after_a_title_is_the_organisation_named_elsewhere() {
    let got = roles(
        "Tallis Mobile agreed to buy Corvonet on Monday. \"We are pleased,\" said the CEO for corvonet, Nadia Feld.",
        &[("Tallis Mobile", Company), ("Corvonet", Company), ("Nadia Feld", Person)],
    );
    assert!(has(&got, "role Nadia Feld | CEO |", "Corvonet"), "{got:#?}");
    assert!(!has(&got, "role Nadia Feld | CEO |", "Tallis Mobile"), "{got:#?}");
}
