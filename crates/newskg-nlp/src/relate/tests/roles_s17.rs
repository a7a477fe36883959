//! Seventeenth session: the organisation a hearing's list of introduced witnesses speaks for when a
//! listed title names none ("from Acme" before the list, ", of Acme." closing it, "is accompanied
//! by" after a sentence that named the body). Invented sentences (none from the evaluation
//! articles), with the recogniser's mentions given by hand.

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{self, Company, Location, Organization, Person};

fn roles(text: &str, mentions: &[(&str, EntityKind)]) -> Vec<String> {
    let d = run_with(text, "2025-03-01", None, mentions);
    fact_lines(&d).into_iter().filter(|l| l.starts_with("role ")).collect()
}

fn holds(got: &[String], person: &str, org: &str) -> bool {
    got.iter().any(|l| l.starts_with(&format!("role {person} |")) && l.contains(&format!("| {org} |")))
}

#[test]
fn witnesses_listed_after_from_an_organisation_speak_for_it() {
    let got = roles(
        "The panel will hear from Harbour Mutual and Quayside Lenders. From Quayside Lenders we are joined by \
         Ms Orla Brennock, chief executive, and Mr. Fintan Leary, head of retail lending. Harbour Mutual \
         sent written evidence.",
        &[
            ("Harbour Mutual", Organization),
            ("Quayside Lenders", Company),
            ("Orla Brennock", Person),
            ("Fintan Leary", Person),
        ],
    );
    assert!(holds(&got, "Orla Brennock", "Quayside Lenders"), "{got:#?}");
    assert!(holds(&got, "Fintan Leary", "Quayside Lenders"), "{got:#?}");
    assert!(!holds(&got, "Orla Brennock", "Harbour Mutual"), "{got:#?}");
}

#[test]
fn a_place_typed_body_after_from_frames_its_witnesses() {
    // the recogniser took the agency's name for a place; the frame still names the witnesses' body
    let got = roles(
        "The committee met the Pacific Trade Forum last year. I welcome our guests from Export Ireland: Ms \
         Nuala Crean, head of market research, and Mr. Diarmuid Foley, head of investment.",
        &[
            ("Pacific Trade Forum", Organization),
            ("Export Ireland", Location),
            ("Nuala Crean", Person),
            ("Diarmuid Foley", Person),
        ],
    );
    assert!(holds(&got, "Nuala Crean", "Export Ireland"), "{got:#?}");
    assert!(holds(&got, "Diarmuid Foley", "Export Ireland"), "{got:#?}");
}

#[test]
fn an_organisation_closing_the_list_holds_its_titles() {
    let got = roles(
        "Tarnwell Rail will appear later. We are also joined by Mr. Colm Garvey, interim chief executive \
         officer, and Mr. Tadhg Dunne, finance director, of Bellmore Air.",
        &[("Tarnwell Rail", Company), ("Bellmore Air", Company), ("Colm Garvey", Person), ("Tadhg Dunne", Person)],
    );
    assert!(holds(&got, "Colm Garvey", "Bellmore Air"), "{got:#?}");
    assert!(holds(&got, "Tadhg Dunne", "Bellmore Air"), "{got:#?}");
    assert!(!holds(&got, "Colm Garvey", "Tarnwell Rail"), "{got:#?}");
}

#[test]
fn an_accompanying_witness_speaks_for_the_body_just_introduced() {
    let got = roles(
        "The Department of Energy gave evidence last month. I welcome Ms Sile Madden, chief executive of \
         Corrib Networks. She is accompanied by Mr. Ronan Tully, director of regulation.",
        &[
            ("Department of Energy", Organization),
            ("Corrib Networks", Company),
            ("Sile Madden", Person),
            ("Ronan Tully", Person),
        ],
    );
    assert!(holds(&got, "Ronan Tully", "Corrib Networks"), "{got:#?}");
    assert!(!holds(&got, "Ronan Tully", "Department of Energy"), "{got:#?}");
}

#[test]
fn a_title_naming_its_own_organisation_keeps_it_inside_a_framed_list() {
    let got = roles(
        "From Quayside Lenders I welcome Ms Orla Brennock, chief executive, and Mr. Fintan Leary, director of \
         Kestrel Advisers.",
        &[
            ("Quayside Lenders", Company),
            ("Kestrel Advisers", Company),
            ("Orla Brennock", Person),
            ("Fintan Leary", Person),
        ],
    );
    assert!(holds(&got, "Fintan Leary", "Kestrel Advisers"), "{got:#?}");
    assert!(holds(&got, "Orla Brennock", "Quayside Lenders"), "{got:#?}");
}
