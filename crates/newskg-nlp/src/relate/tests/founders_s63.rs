//! Sixty-third session: a rank or style before a founder's name (rule `roles-founders-ranks`).
//! Invented sentences (none from the evaluation articles), with the recogniser's mentions given by
//! hand.

use super::roles_s31::{has, roles, roles_without};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Person};

#[test]
fn a_rank_after_by_is_passed() {
    let text = "Harrowgate Air flies to the islands. It was founded by the late Captain Oswin Tarrant.";
    let names = [("Harrowgate Air", Company), ("Oswin Tarrant", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Oswin Tarrant", "Founder", "Harrowgate Air"), "{got:#?}");
    let off = roles_without(text, &names, Rule::FoundersRanks);
    assert!(!has(&off, "Oswin Tarrant", "Founder", "Harrowgate Air"), "{off:#?}");
}

#[test]
fn a_form_of_address_before_a_later_founder() {
    let text = "Velmora Biotech was founded in 1991 by three chemists: Ansel Grieve, Petra Lind and Dr Colm Ashby.";
    let names =
        [("Velmora Biotech", Company), ("Ansel Grieve", Person), ("Petra Lind", Person), ("Colm Ashby", Person)];
    let got = roles(text, &names);
    for p in ["Ansel Grieve", "Petra Lind", "Colm Ashby"] {
        assert!(has(&got, p, "Cofounder", "Velmora Biotech"), "{p}: {got:#?}");
    }
    let off = roles_without(text, &names, Rule::FoundersRanks);
    assert!(!has(&off, "Colm Ashby", "Cofounder", "Velmora Biotech"), "{off:#?}");
}

#[test]
fn a_rank_word_alone_is_no_founder() {
    // "General" before no person's name: nobody is made a founder
    let text = "Corbel Mills was founded by General Dynamics veterans in 1990.";
    let names = [("Corbel Mills", Company), ("General Dynamics", Company)];
    let got = roles(text, &names);
    assert!(got.is_empty(), "{got:#?}");
}
