//! Twenty-second session: a list of posts after one holder (rule `roles-listed-posts`: "He was chief
//! executive of Acme, chairman of Zeta and chairman of Bolt"; a title's abbreviation in parentheses is
//! part of it) and a witness-list item whose own organisation is a name no mention covers (rule
//! `roles-unnamed-org`). Invented sentences (none from the evaluation articles), with the
//! recogniser's mentions given by hand.

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{self, Company, Location, Person};

fn roles(text: &str, mentions: &[(&str, EntityKind)]) -> Vec<String> {
    let d = run_with(text, "2025-03-01", None, mentions);
    fact_lines(&d).into_iter().filter(|l| l.starts_with("role ")).collect()
}

fn has(got: &[String], person: &str, role: &str, org: &str) -> bool {
    got.iter().any(|l| l.starts_with(&format!("role {person} | {role} |")) && l.contains(org))
}

#[test]
fn every_post_of_a_list_after_one_holder_is_the_holders() {
    let got = roles(
        "Marta Vidal is a businesswoman. She was the chief executive officer (CEO) of Corvina Bank, \
         chairman and CEO of Pelto Mining, chairman of Brisa Air, and chairman of Norte Steel.",
        &[
            ("Marta Vidal", Person),
            ("Corvina Bank", Company),
            ("Pelto Mining", Company),
            ("Brisa Air", Company),
            ("Norte Steel", Company),
        ],
    );
    assert!(has(&got, "Marta Vidal", "CEO", "Corvina"), "{got:#?}");
    assert!(has(&got, "Marta Vidal", "Chairman", "Pelto"), "{got:#?}");
    assert!(has(&got, "Marta Vidal", "CEO", "Pelto"), "{got:#?}");
    assert!(has(&got, "Marta Vidal", "Chairman", "Brisa"), "{got:#?}");
    assert!(has(&got, "Marta Vidal", "Chairman", "Norte"), "{got:#?}");
}

#[test]
fn a_listed_post_with_a_holder_of_its_own_keeps_it() {
    let got = roles(
        "Marta Vidal, chief executive of Lumo Foods, and Tomas Brandt, chairman of Corvina Bank, met on Monday.",
        &[("Marta Vidal", Person), ("Lumo Foods", Company), ("Tomas Brandt", Person), ("Corvina Bank", Company)],
    );
    assert!(has(&got, "Tomas Brandt", "Chairman", "Corvina"), "{got:#?}");
    assert!(!has(&got, "Marta Vidal", "Chairman", "Corvina"), "{got:#?}");
}

#[test]
fn a_post_with_its_holder_after_it_does_not_continue_the_list() {
    let got = roles(
        "Marta Vidal was chief executive of Lumo Foods, and the chairman of Corvina Bank, Tomas Brandt, agreed.",
        &[("Marta Vidal", Person), ("Lumo Foods", Company), ("Corvina Bank", Company), ("Tomas Brandt", Person)],
    );
    assert!(has(&got, "Tomas Brandt", "Chairman", "Corvina"), "{got:#?}");
    assert!(has(&got, "Marta Vidal", "CEO", "Lumo"), "{got:#?}");
    assert!(!has(&got, "Marta Vidal", "Chairman", "Corvina"), "{got:#?}");
}

#[test]
fn a_place_inside_the_unrecognised_body_name_still_counts_as_unnamed() {
    let got = roles(
        "Witnesses: Marta Vidal, Chief Executive, Corvina Energy; Tomas Brandt, Chief Executive Officer, \
         Ruritania Broadband; and Ana Ruiz, Head of Policy, Lumo Foods.",
        &[
            ("Marta Vidal", Person),
            ("Corvina Energy", Company),
            ("Tomas Brandt", Person),
            ("Ruritania", Location),
            ("Ana Ruiz", Person),
            ("Lumo Foods", Company),
        ],
    );
    assert!(got.iter().all(|l| !l.starts_with("role Tomas Brandt")), "{got:#?}");
}

#[test]
fn a_form_of_address_opening_the_next_item_is_no_unrecognised_body() {
    let got = roles(
        "I welcome from Corvina Bank, Ms Marta Vidal, chief financial officer, Mr. Tomas Brandt, director of \
         strategy, and Ms Ana Ruiz, head of legal.",
        &[("Corvina Bank", Company), ("Marta Vidal", Person), ("Tomas Brandt", Person), ("Ana Ruiz", Person)],
    );
    assert!(has(&got, "Marta Vidal", "CFO", "Corvina"), "{got:#?}");
}
