//! Eighteenth session: a transcript speaker's own post ("Jane Roe: I am the chairman of Acme.",
//! rule `roles-first-person`). Invented sentences (none from the evaluation articles), with the
//! recogniser's mentions given by hand.

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{self, Company, Person};

fn roles(text: &str, mentions: &[(&str, EntityKind)]) -> Vec<String> {
    let d = run_with(text, "2025-03-01", None, mentions);
    fact_lines(&d).into_iter().filter(|l| l.starts_with("role ")).collect()
}

#[test]
fn a_speaker_label_holds_the_post_its_speech_states() {
    let got = roles(
        "Chair: Could the witnesses introduce themselves?\n\nMarta Vidal: Good morning. I am the chairman of \
         Corvina Bank.\n\nTomas Brandt: I am chief executive of Corvina Bank and have been since May.",
        &[("Marta Vidal", Person), ("Tomas Brandt", Person), ("Corvina Bank", Company)],
    );
    assert!(got.iter().any(|l| l.starts_with("role Marta Vidal | Chairman |") && l.contains("Corvina")), "{got:#?}");
    assert!(got.iter().any(|l| l.starts_with("role Tomas Brandt | CEO |") && l.contains("Corvina")), "{got:#?}");
}

#[test]
fn a_label_with_a_form_of_address_on_its_own_line_and_served_as() {
    let got = roles(
        "Mr. Pieter Olsen:\n\nThank you for the invitation. I served as chairman of Lumo Foods for three years \
         before joining Corvina Bank.",
        &[("Pieter Olsen", Person), ("Lumo Foods", Company), ("Corvina Bank", Company)],
    );
    assert!(got.iter().any(|l| l.starts_with("role Pieter Olsen | Chairman |") && l.contains("Lumo")), "{got:#?}");
}

#[test]
fn no_post_for_i_without_a_link_or_under_a_label_that_is_no_person() {
    // "grateful to the Minister": no link between "I" and the title; "Chair:" is not a person
    let got = roles(
        "Chair: I am the chairman of this committee.\n\nMarta Vidal: I am grateful to the chairman of Corvina Bank.",
        &[("Marta Vidal", Person), ("Corvina Bank", Company)],
    );
    assert!(got.iter().all(|l| !l.starts_with("role Marta Vidal")), "{got:#?}");
}

#[test]
fn a_designated_post_is_the_title_and_names_its_organisation_after_it() {
    let got = roles(
        "The committee met the new board of Lumo Foods. Mr. Pieter Olsen, chairperson designate of Corvina \
         Bank, spoke first.",
        &[("Lumo Foods", Company), ("Pieter Olsen", Person), ("Corvina Bank", Company)],
    );
    assert!(got.iter().any(|l| l.starts_with("role Pieter Olsen | Chairman |") && l.contains("Corvina")), "{got:#?}");
    assert!(got.iter().all(|l| !l.contains("Lumo")), "{got:#?}");
}
