//! Session 61: a name of two halves joined by "and" before a head word is one name (rule `recognise-and-head`),
//! a partner in a list of names is not. Invented sentences (none from the evaluation articles).

use super::{entity_lines, run_recognising_without, run_with};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Organization, Service};

#[test]
fn a_word_and_a_named_body_are_one_body() {
    let text = "Officials of the Harbours and Fisheries Ministry said the ferry would sail on Monday.";
    let model = [("Fisheries Ministry", Organization), ("Harbours", Service)];
    let d = run_with(text, "", None, &model);
    let got = entity_lines(&d);
    assert!(got.iter().any(|l| l.ends_with("\"Harbours and Fisheries Ministry\"")), "{got:?}");
    let off = run_recognising_without(text, &model, Rule::AndHead);
    assert!(!entity_lines(&off).iter().any(|l| l.contains("Harbours and")), "{:?}", entity_lines(&off));
}

#[test]
fn a_word_and_a_named_company_after_a_lower_case_apposition_are_one_company() {
    let text = "Power came back after the grid operator, Northfold and Westmere Power Networks, rerouted supply.";
    let model = [("Westmere Power Networks", Company), ("Northfold", Service)];
    let d = run_with(text, "", None, &model);
    let got = entity_lines(&d);
    assert!(got.contains(&"Company \"Northfold and Westmere Power Networks\"".to_string()), "{got:?}");
}

#[test]
fn list_partners_capitals_and_names_used_alone_are_left_apart() {
    let text = "The alliance has Velmora Air, Quillan and Zeta Airlines as members, and ties with the \
                KLT and Brisk Energy. Tarnby and Roe Bank agreed a loan; Tarnby said it would pay.";
    let model = [
        ("Velmora Air", Company),
        ("Quillan", Company),
        ("Zeta Airlines", Company),
        ("KLT", Company),
        ("Brisk Energy", Company),
        ("Tarnby", Company),
        ("Roe Bank", Company),
    ];
    let d = run_with(text, "", None, &model);
    let got = entity_lines(&d);
    for joined in ["Quillan and", "KLT and", "Tarnby and"] {
        assert!(!got.iter().any(|l| l.contains(joined)), "{joined}: {got:?}");
    }
}
