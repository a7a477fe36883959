//! Thirty-second session: the plural "founders" is a title, and a plural title's holders may
//! follow it in parentheses (rule `roles-plural-founders`). Invented sentences (none from the
//! evaluation articles), with the recogniser's mentions given by hand.

use super::{fact_lines, run_with};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{self, Company, Person};
use newskg_doc::Position;

fn roles(text: &str, mentions: &[(&str, EntityKind)]) -> Vec<String> {
    let d = run_with(text, "2025-03-01", None, mentions);
    fact_lines(&d).into_iter().filter(|l| l.starts_with("role ")).collect()
}

/// The same article's role lines with `rule` switched off.
fn roles_without(text: &str, mentions: &[(&str, EntityKind)], rule: Rule) -> Vec<String> {
    let d = run_with(text, "2025-03-01", None, mentions);
    let facts = crate::relate::relate_under(&d, RuleSet::ALL.without(rule));
    facts.positions.iter().map(|p: &Position| line(&d, p)).collect()
}

fn line(d: &newskg_doc::Document, p: &Position) -> String {
    let org = p.organization.map_or("-".to_string(), |o| d.entities[o].name.clone());
    format!("role {} | {} | {:?} | {} |", d.entities[p.person].name, p.role.name(), p.title, org)
}

fn has(got: &[String], person: &str, title: &str, org: &str) -> bool {
    got.iter().any(|l| l.starts_with(&format!("role {person} | {title} |")) && l.contains(&format!("| {org} |")))
}

const PARENS: &str = "Brindle Labs opened its first office in Tarvik in 2012. A year later Oska Lenn left the \
                      firm, but the two other founders (Pello Ramsey and Inka Vodd) stayed.";

fn parens_names() -> [(&'static str, EntityKind); 4] {
    [("Brindle Labs", Company), ("Oska Lenn", Person), ("Pello Ramsey", Person), ("Inka Vodd", Person)]
}

#[test]
fn founders_named_in_parentheses_after_the_plural_title() {
    let got = roles(PARENS, &parens_names());
    for p in ["Pello Ramsey", "Inka Vodd"] {
        assert!(has(&got, p, "Founder", "Brindle Labs"), "{p}: {got:#?}");
    }
    // switched off: "founders" is no title, nobody is a founder
    let off = roles_without(PARENS, &parens_names(), Rule::PluralFounders);
    assert!(!off.iter().any(|l| l.contains("| Founder |")), "{off:#?}");
}

#[test]
fn an_organisations_founders_in_apposition() {
    let text = "Quarro Foods's founders, Maddi Ferrow and Juno Sallis, will stay on after the sale.";
    let names = [("Quarro Foods", Company), ("Maddi Ferrow", Person), ("Juno Sallis", Person)];
    let got = roles(text, &names);
    for p in ["Maddi Ferrow", "Juno Sallis"] {
        assert!(has(&got, p, "Founder", "Quarro Foods"), "{p}: {got:#?}");
    }
    let off = roles_without(text, &names, Rule::PluralFounders);
    assert!(!has(&off, "Maddi Ferrow", "Founder", "Quarro Foods"), "{off:#?}");
}

#[test]
fn founders_with_no_one_named_give_no_post() {
    // "the founders" with no name after them, and a parenthesis that holds no person
    let got = roles(
        "The minister congratulated the founders of Quarro Foods. The founders (all former chefs) declined to comment.",
        &[("Quarro Foods", Company)],
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn founders_of_something_no_organisation_names_give_no_post() {
    // "founders of our trade" is praise, not a post; "founders of Quarro Foods" is one
    let names = [("Maddi Ferrow", Person), ("Juno Sallis", Person), ("Quarro Foods", Company)];
    let got = roles("Maddi Ferrow of Quarro Foods described Juno Sallis as one of the founders of our trade.", &names);
    assert!(!got.iter().any(|l| l.contains("| Founder |")), "{got:#?}");
    let got = roles("Juno Sallis is one of the founders of Quarro Foods.", &names[1..]);
    assert!(has(&got, "Juno Sallis", "Founder", "Quarro Foods"), "{got:#?}");
}

#[test]
fn a_name_before_a_verb_does_not_hold_the_founders_title() {
    let names = [("Ruda Venn", Person), ("Quarro Foods", Company)];
    let got = roles(
        "Quarro Foods was sold on Monday. The mayor, Ruda Venn, thanked the founders, praising the deal.",
        &names,
    );
    assert!(!has(&got, "Ruda Venn", "Founder", "Quarro Foods"), "{got:#?}");
}
