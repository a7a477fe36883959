//! Forty-ninth session: a place written with inner full stops before a title ("U.S. President X";
//! rule `roles-dotted-place`), "in" before an organisation's name as the title's preposition
//! (`roles-in-org`), a place's "-based" passed between the title and its organisation
//! (`roles-place-based-org`), and "its" in a list opened by "including" after an organisation's
//! name (`roles-including-its`). Invented sentences and names (none from the evaluation articles),
//! with the recogniser's mentions given by hand.

use super::roles_s31::{has, role_lines, roles, roles_without};
use super::run_with;
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{Company, Location, Organization, Person};

#[test]
fn a_dotted_place_before_a_state_title_is_its_state() {
    // (a country the place list knows, named most: without the rule the article's country, since session 50's
    // `roles-state-country` counts every country of the list)
    let names = [("U.S", Location), ("Tarn Holloway", Person), ("Portugal", Location)];
    let text = "Portugal closed its ports on Monday. Portugal said the storm was severe. U.S. President Tarn \
                Holloway said help would be sent to Portugal.";
    let got = roles(text, &names);
    assert!(has(&got, "Tarn Holloway", "President", "U.S"), "{got:#?}");
    assert!(!has(&got, "Tarn Holloway", "President", "Portugal"), "{got:#?}");
    let without = roles_without(text, &names, Rule::DottedPlace);
    assert!(!has(&without, "Tarn Holloway", "President", "U.S"), "{without:#?}");
}

#[test]
fn in_before_an_organisation_names_the_post_s_organisation_but_not_before_a_place() {
    let names = [
        ("Wenna Strake", Person),
        ("Harrowgate Capital", Company),
        ("Ostrel Foods", Company),
        ("Pell Ardery", Person),
        ("Leeds", Location),
    ];
    let text = "Ostrel Foods sold its bakery. Wenna Strake, a managing director in Harrowgate Capital, said the \
                price was fair.";
    let got = roles(text, &names);
    assert!(has(&got, "Wenna Strake", "Director", "Harrowgate Capital"), "{got:#?}");
    assert!(!has(&got, "Wenna Strake", "Director", "Ostrel Foods"), "{got:#?}");
    let without = roles_without(text, &names, Rule::InOrg);
    assert!(!has(&without, "Wenna Strake", "Director", "Harrowgate Capital"), "{without:#?}");
    // a place after "in" is where the post is held, not its organisation
    let got = roles("Ostrel Foods sold its bakery. Pell Ardery, a director in Leeds, said it was fair.", &names);
    assert!(!got.iter().any(|l| l.contains("| Leeds |")), "{got:#?}");
}

#[test]
fn a_place_based_description_is_passed_to_the_organisation() {
    let names = [
        ("Quarry Board", Organization),
        ("Tamsin Orrel", Person),
        ("Silver Fen", Location),
        ("Kelderwick, Inc", Company),
    ];
    let text = "The Quarry Board said today that Tamsin Orrel, chief executive of Silver Fen-based Kelderwick, \
                Inc., has agreed to settle the charge.";
    let got = roles(text, &names);
    assert!(has(&got, "Tamsin Orrel", "CEO", "Kelderwick, Inc"), "{got:#?}");
    assert!(!has(&got, "Tamsin Orrel", "CEO", "Quarry Board"), "{got:#?}");
    // (with `roles-business-employer` off too, which also gives the company the sentence names)
    let d = run_with(text, "2025-03-01", None, &names);
    let without = role_lines(&d, RuleSet::ALL.without(Rule::PlaceBasedOrg).without(Rule::BusinessEmployer));
    assert!(!has(&without, "Tamsin Orrel", "CEO", "Kelderwick, Inc"), "{without:#?}");
}

#[test]
fn its_in_a_list_opened_by_including_is_the_organisation_before_it() {
    let names = [
        ("Quarry Board", Organization),
        ("Brennock Corporation", Company),
        ("Ada Voss", Person),
        ("Lem Carrow", Person),
    ];
    let text = "The Quarry Board today charged four former officers of Brennock Corporation, including its former \
                chief executive officer, Ada Voss, and its former chief financial officer, Lem Carrow, with fraud.";
    let got = roles(text, &names);
    assert!(has(&got, "Lem Carrow", "CFO", "Brennock Corporation"), "{got:#?}");
    assert!(!has(&got, "Lem Carrow", "CFO", "Quarry Board"), "{got:#?}");
    // (with `roles-business-employer` off too, which also gives the company the sentence names)
    let d = run_with(text, "2025-03-01", None, &names);
    let without = role_lines(&d, RuleSet::ALL.without(Rule::IncludingIts).without(Rule::BusinessEmployer));
    assert!(!has(&without, "Lem Carrow", "CFO", "Brennock Corporation"), "{without:#?}");
}
