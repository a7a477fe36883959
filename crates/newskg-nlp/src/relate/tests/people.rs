//! People's names and their posts: name boundaries the recogniser's spans and the rules must
//! agree on, and posts stated in appositions and lists. Invented sentences (none from the
//! evaluation articles).

use super::{entity_lines, run_with};
use newskg_doc::EntityKind::{Location, Organization, Person};

#[test]
fn a_person_beside_a_place_or_body_stays_apart_from_it() {
    // the capitalised run "Norland Tomas Ekberg" covers two model names of different kinds
    let d = run_with(
        "The envoy to Norland Tomas Ekberg said the airline broke the rules. The Harbour Board Mira Lund \
         office declined to comment.",
        "2024-05-01",
        None,
        &[("Norland", Location), ("Tomas Ekberg", Person), ("Harbour Board", Organization), ("Mira Lund", Person)],
    );
    let lines = entity_lines(&d);
    for want in ["Location \"Norland\"", "Person \"Tomas Ekberg\"", "Person \"Mira Lund\""] {
        assert!(lines.iter().any(|l| l == want), "missing {want}: {lines:#?}");
    }
}

#[test]
fn a_first_name_the_model_tagged_alone_takes_its_surname() {
    let d = run_with(
        "The lawyers on the case are Ona Petrak and Wilma Tressel of the agency.",
        "2024-05-01",
        None,
        &[("Ona Petrak", Person), ("Wilma", Person)],
    );
    let lines = entity_lines(&d);
    assert!(lines.iter().any(|l| l == "Person \"Wilma Tressel\""), "{lines:#?}");
}

#[test]
fn a_surname_after_a_particle_stays_in_the_name() {
    let d = run_with(
        "Protesters marched against President Karim al-Haddad on Friday.",
        "2024-05-01",
        None,
        &[("Karim al-Haddad", Person)],
    );
    let lines = entity_lines(&d);
    assert!(lines.iter().any(|l| l == "Person \"Karim al-Haddad\""), "{lines:#?}");
}

#[test]
fn a_name_after_a_post_of_is_no_person() {
    // the model's person label on the company the post is at is outweighed
    let d = run_with(
        "The board hired Ilse Varga, former chief executive of Tarn Loop, on Monday.",
        "2024-05-01",
        None,
        &[("Ilse Varga", Person), ("Tarn Loop", Person)],
    );
    let lines = entity_lines(&d);
    assert!(lines.iter().any(|l| l == "Company \"Tarn Loop\""), "{lines:#?}");
}
