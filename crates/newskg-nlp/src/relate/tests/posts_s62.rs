//! Sixty-second session: a post of a unit named after a body's head noun in the possessive that
//! no name covers ("Assistant Attorney General of the Department's Antitrust Division"; rule
//! `roles-head-possessive-unit`). Invented sentences (none from the evaluation articles), with the
//! recogniser's mentions given by hand and no capitalised run of the rules' own (the recogniser's
//! models leave the bare head noun "Department" unnamed).

use super::roles_s31::{has, role_lines};
use super::run_without_capitalised_runs;
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{Company, Organization, Person};

#[test]
fn a_post_of_the_unit_a_head_noun_owns() {
    let text = "Brelland Shipping was fined on Monday. \"The fine is fair,\" said Jane Roe, Assistant Attorney \
                General of the Department's Harbour Safety Division.";
    let names = [("Brelland Shipping", Company), ("Jane Roe", Person), ("Harbour Safety Division", Organization)];
    let d = run_without_capitalised_runs(text, &names);
    let got = role_lines(&d, RuleSet::ALL);
    assert!(has(&got, "Jane Roe", "Head", "Harbour Safety Division"), "{got:#?}");
    let off = role_lines(&d, RuleSet::ALL.without(Rule::HeadPossessiveUnitPost));
    assert!(!has(&off, "Jane Roe", "Head", "Harbour Safety Division"), "{off:#?}");
}

#[test]
fn a_lower_case_owner_is_left_to_the_other_rules() {
    // "the agency's" is no body called by its head noun: the rule changes nothing
    let text = "\"We will appeal,\" said Jane Roe, Assistant Attorney General of the agency's Harbour Safety Division.";
    let names = [("Jane Roe", Person), ("Harbour Safety Division", Organization)];
    let d = run_without_capitalised_runs(text, &names);
    assert_eq!(role_lines(&d, RuleSet::ALL), role_lines(&d, RuleSet::ALL.without(Rule::HeadPossessiveUnitPost)));
}

#[test]
fn a_controller_works_for_the_company_not_the_regulator() {
    let text = "Brelland Shipping Inc. builds ferries. The Harbour Commission charged Mark Poe and former Assistant \
                Controller Jane Roe for their roles in the misstatements.";
    let names = [
        ("Brelland Shipping Inc.", Company),
        ("Harbour Commission", Organization),
        ("Mark Poe", Person),
        ("Jane Roe", Person),
    ];
    let got = super::roles_s31::roles(text, &names);
    assert!(has(&got, "Jane Roe", "Executive", "Brelland Shipping Inc"), "{got:#?}");
    assert!(!has(&got, "Jane Roe", "Executive", "Harbour Commission"), "{got:#?}");
    let off = super::roles_s31::roles_without(text, &names, Rule::ControllerEmployer);
    assert!(!has(&off, "Jane Roe", "Executive", "Brelland Shipping Inc"), "{off:#?}");
}
