//! Thirty-third session: "leader" and "chief of" next to a named organisation are its head (rule
//! `roles-leader`). Invented sentences (none from the evaluation articles), with the recogniser's
//! mentions given by hand.

use super::roles_s31::{has, roles, roles_without};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Organization, Person};

#[test]
fn an_organisation_before_leader_is_the_body_its_holder_heads() {
    let text = "Harbour Greens leader Tamsin Oyelaran said the vote would be close.";
    let names = [("Harbour Greens", Organization), ("Tamsin Oyelaran", Person)];
    assert!(has(&roles(text, &names), "Tamsin Oyelaran", "Head", "Harbour Greens"), "{:#?}", roles(text, &names));
    assert!(roles_without(text, &names, Rule::LeaderTitles).is_empty());
}

#[test]
fn leader_of_a_named_body_in_apposition_heads_it() {
    let text = "Corin Vale, the acting leader of the Tidewater Workers Union, welcomed the offer.";
    let names = [("Corin Vale", Person), ("Tidewater Workers Union", Organization)];
    assert!(has(&roles(text, &names), "Corin Vale", "Head", "Tidewater Workers Union"), "{:#?}", roles(text, &names));
    assert!(roles_without(text, &names, Rule::LeaderTitles).is_empty());
}

#[test]
fn a_former_leader_is_no_longer_in_post() {
    let text = "Former Harbour Greens leader Osric Penhale criticised the plan on Monday.";
    let names = [("Harbour Greens", Organization), ("Osric Penhale", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Osric Penhale", "Head", "Harbour Greens"), "{got:#?}");
    assert!(got.iter().all(|l| !l.ends_with("| current")), "{got:#?}");
}

#[test]
fn chief_of_a_named_organisation_heads_it() {
    let text = "It was reported that Ludo Marrack, chief of Brindle Air, had not been told.";
    let names = [("Ludo Marrack", Person), ("Brindle Air", Company)];
    assert!(has(&roles(text, &names), "Ludo Marrack", "Head", "Brindle Air"), "{:#?}", roles(text, &names));
    assert!(roles_without(text, &names, Rule::LeaderTitles).is_empty());
}

#[test]
fn leader_or_chief_with_no_organisation_next_to_it_is_no_post() {
    // a leader of no named body, and "chief" before a lower-case noun, give nobody a post
    let text = "Brindle Air said team leader Ada Rusk and chief of operations Ivo Tamm were on board.";
    let names = [("Brindle Air", Company), ("Ada Rusk", Person), ("Ivo Tamm", Person)];
    let got = roles(text, &names);
    assert!(!got.iter().any(|l| l.contains("| Head |")), "{got:#?}");
}

#[test]
fn a_spokesperson_for_an_unnamed_body_gets_no_guessed_organisation() {
    // the article's company is not the police's, nor a politician's
    let text = "Brindle Air cancelled flights. Pell Oduya, a spokesman for the harbour police, said the road \
                was shut. Nia Tolle, a spokeswoman for Ruben Ashgrove, declined to comment.";
    let names = [("Brindle Air", Company), ("Pell Oduya", Person), ("Nia Tolle", Person), ("Ruben Ashgrove", Person)];
    let got = roles(text, &names);
    assert!(!got.iter().any(|l| l.contains("Spokesperson")), "{got:#?}");
    let without = roles_without(text, &names, Rule::SpokespersonFor);
    assert!(without.iter().any(|l| l.contains("Spokesperson")), "{without:#?}");
}

#[test]
fn a_spokesperson_for_a_named_organisation_keeps_it() {
    let text = "Brindle Air cancelled flights. Pell Oduya, a spokesman for Tarn Coastguard, said the road was shut.";
    let names = [("Brindle Air", Company), ("Pell Oduya", Person), ("Tarn Coastguard", Organization)];
    let got = roles(text, &names);
    assert!(has(&got, "Pell Oduya", "Spokesperson", "Tarn Coastguard"), "{got:#?}");
}
