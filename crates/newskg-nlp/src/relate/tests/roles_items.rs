//! Eighteenth session, round 2: each item of a witness list takes the organisation it names after
//! its title (rule `roles-item-org`). Invented sentences (none from the evaluation articles), with
//! the recogniser's mentions given by hand.

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{self, Company, Organization, Person};

fn roles(text: &str, mentions: &[(&str, EntityKind)]) -> Vec<String> {
    let d = run_with(text, "2025-03-01", None, mentions);
    fact_lines(&d).into_iter().filter(|l| l.starts_with("role ")).collect()
}

fn has(got: &[String], person: &str, org: &str) -> bool {
    got.iter().any(|l| l.starts_with(&format!("role {person} |")) && l.contains(org))
}

#[test]
fn each_item_takes_its_own_organisation() {
    let got = roles(
        "Witnesses: Marta Vidal, Chief Executive, Corvina Bank; Tomas Brandt, Chair, Lumo Foods; and Pieter \
         Olsen, Director of Policy and Research, Ardent Trust.",
        &[
            ("Marta Vidal", Person),
            ("Corvina Bank", Company),
            ("Tomas Brandt", Person),
            ("Lumo Foods", Company),
            ("Pieter Olsen", Person),
            ("Policy and Research", Organization),
            ("Ardent Trust", Organization),
        ],
    );
    assert!(has(&got, "Marta Vidal", "Corvina"), "{got:#?}");
    assert!(has(&got, "Pieter Olsen", "Ardent"), "{got:#?}");
    assert!(!has(&got, "Pieter Olsen", "Policy"), "{got:#?}");
    assert!(!has(&got, "Marta Vidal", "Lumo"), "{got:#?}");
}

#[test]
fn a_later_item_at_its_own_organisation_is_not_shared() {
    // "at Zeta" belongs to the second item's title, not to the first person's
    let got = roles(
        "I call the panel: Marta Vidal, operations director at Corvina Bank, Tomas Brandt, chief executive, \
         and Pieter Olsen, head of networks at Lumo Foods.",
        &[
            ("Marta Vidal", Person),
            ("Corvina Bank", Company),
            ("Tomas Brandt", Person),
            ("Pieter Olsen", Person),
            ("Lumo Foods", Company),
        ],
    );
    assert!(has(&got, "Marta Vidal", "Corvina"), "{got:#?}");
    assert!(has(&got, "Pieter Olsen", "Lumo"), "{got:#?}");
    assert!(!has(&got, "Tomas Brandt", "Lumo"), "{got:#?}");
}

#[test]
fn grouped_items_take_the_organisation_their_group_closes_with() {
    let got = roles(
        "I welcome Ms. Marta Vidal, director, and Mr. Tomas Brandt, head of exports, from Corvina Dairies; and \
         Mr. Pieter Olsen, chairman, from Lumo Growers Association.",
        &[
            ("Marta Vidal", Person),
            ("Tomas Brandt", Person),
            ("Corvina Dairies", Organization),
            ("Pieter Olsen", Person),
            ("Lumo Growers Association", Organization),
        ],
    );
    assert!(has(&got, "Marta Vidal", "Corvina"), "{got:#?}");
    assert!(has(&got, "Tomas Brandt", "Corvina"), "{got:#?}");
    assert!(has(&got, "Pieter Olsen", "Lumo"), "{got:#?}");
}
