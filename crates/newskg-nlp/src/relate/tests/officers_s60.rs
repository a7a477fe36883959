//! Sixtieth session: officers' posts the title list lacked ("Acme's former Controller"; rule
//! `roles-officer-posts`) and a unit's chief ("Jane Roe, Chief,
//! Zeta Section", "Chief of the Acme Division's Zeta Unit"; rule `roles-chief-unit`). Invented
//! sentences (none from the evaluation articles), with the recogniser's mentions given by hand.

use super::roles_s31::{has, roles, roles_without};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Organization, Person};

#[test]
fn a_company_controller_is_an_executive() {
    let text = "Jane Roe, the former controller of Zeltrix, settled the charges.";
    let names = [("Jane Roe", Person), ("Zeltrix", Company)];
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "Executive", "Zeltrix"), "{got:#?}");
    assert!(!has(&roles_without(text, &names, Rule::OfficerPosts), "Jane Roe", "Executive", "Zeltrix"));
}

#[test]
fn an_air_traffic_controller_holds_no_post() {
    let text = "Quorvan Air said air traffic controller Jane Roe had warned the crew.";
    let names = [("Quorvan Air", Company), ("Jane Roe", Person)];
    let got = roles(text, &names);
    assert!(!got.iter().any(|l| l.starts_with("role Jane Roe |")), "{got:#?}");
}

#[test]
fn a_chief_between_commas_heads_the_unit_after_it() {
    let text = "Comments should be directed to Jane Roe, Chief, Zeta Section, Quorvan Division, 12 Main Street.";
    let names = [("Jane Roe", Person), ("Zeta Section", Organization), ("Quorvan Division", Organization)];
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "Head", "Zeta Section"), "{got:#?}");
    assert!(!has(&roles_without(text, &names, Rule::ChiefUnit), "Jane Roe", "Head", "Zeta Section"));
}

#[test]
fn a_chief_of_an_owned_unit_heads_the_unit() {
    let text = "\"This matters,\" said Jane Roe, Chief of the Quorvan Division's Zeta Unit.";
    let names = [("Jane Roe", Person), ("Quorvan Division", Organization), ("Zeta Unit", Organization)];
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "Head", "Zeta Unit"), "{got:#?}");
    assert!(!has(&roles_without(text, &names, Rule::ChiefUnit), "Jane Roe", "Head", "Zeta Unit"));
}
