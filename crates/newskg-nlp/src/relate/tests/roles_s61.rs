//! Sixty-first session: a business post that only the fallback gave a regulator's body is held at the
//! article's main company (rule `roles-business-main-company`), and a founding participle whose
//! subject is "it" founds what "it" refers to (rule `roles-founded-it`). Invented sentences (none
//! from the evaluation articles), with the recogniser's mentions given by hand.

use super::roles_s31::{has, roles, roles_without};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Organization, Person};

#[test]
fn a_bare_officer_title_in_a_regulator_sentence_is_the_main_company_post() {
    let text = "Zeltrix Corp misstated its revenue for years. Zeltrix Corp settled. Named in the \
                Quorvan Agency's complaint were former chief financial officer Jane Roe and others.";
    let names = [("Zeltrix Corp", Company), ("Quorvan Agency", Organization), ("Jane Roe", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "CFO", "Zeltrix Corp"), "{got:#?}");
    assert!(!has(&got, "Jane Roe", "CFO", "Quorvan Agency"), "{got:#?}");
    let without = roles_without(text, &names, Rule::BusinessMainCompany);
    assert!(!has(&without, "Jane Roe", "CFO", "Zeltrix Corp"), "{without:#?}");
}

#[test]
fn a_regulator_chairman_keeps_the_regulator() {
    let text = "Zeltrix Corp misstated its revenue. The Quorvan Agency fined it, chairman Jane Roe said.";
    let names = [("Zeltrix Corp", Company), ("Quorvan Agency", Organization), ("Jane Roe", Person)];
    let got = roles(text, &names);
    assert!(!has(&got, "Jane Roe", "Chairman", "Zeltrix Corp"), "{got:#?}");
}

#[test]
fn founders_before_it_found_what_it_refers_to() {
    let text = "Zeltrix Games is a video game developer. Founded in 1996 by Jane Roe and John Doe, it was \
                acquired by Quorvan in 2001.";
    let names = [("Zeltrix Games", Company), ("Jane Roe", Person), ("John Doe", Person), ("Quorvan", Company)];
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "Cofounder", "Zeltrix Games"), "{got:#?}");
    assert!(has(&got, "John Doe", "Cofounder", "Zeltrix Games"), "{got:#?}");
    assert!(!has(&got, "Jane Roe", "Cofounder", "Quorvan"), "{got:#?}");
    let without = roles_without(text, &names, Rule::FoundedIt);
    assert!(!has(&without, "Jane Roe", "Cofounder", "Zeltrix Games"), "{without:#?}");
}
