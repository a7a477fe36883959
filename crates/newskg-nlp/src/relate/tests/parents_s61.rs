//! Sixty-first session: a unit named after a body's capitalised head noun in the possessive ("the
//! Department's Antitrust Division", rule `relations-head-possessive-unit`).
//! Invented sentences and names, with the recogniser's mentions by hand.

use super::deals_s48::has_line;
use super::run_recognising_without;
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{Company, Organization};

/// The relation lines of `text` (capitalised runs off: "the Department" stays unnamed, as the
/// recogniser's model leaves it) with every relation rule on, or with `off` switched off.
fn head_rels(text: &str, names: &[(&str, newskg_doc::EntityKind)], off: Option<Rule>) -> Vec<String> {
    let d = run_recognising_without(text, names, Rule::CapitalisedRuns);
    let rules = off.map_or(RuleSet::ALL, |rule| RuleSet::ALL.without(rule));
    crate::relate::relate_under(&d, rules)
        .relations
        .iter()
        .map(|r| format!("rel {} {:?} {}", d.entities[r.subject].name, r.kind, d.entities[r.object].name))
        .collect()
}

#[test]
fn a_unit_after_the_head_nouns_possessive() {
    // (a second public body: no bare-division inference)
    let text = "The Department of Coastal Trade and the Fisheries Commission sued Quellon Freight on Monday. \
                On Monday the Department's Harbour Division filed the complaint.";
    let names = [
        ("Department of Coastal Trade", Organization),
        ("Fisheries Commission", Organization),
        ("Quellon Freight", Company),
        ("Harbour Division", Organization),
    ];
    let want = "rel Harbour Division ParentOrganization Department of Coastal Trade";
    let on = head_rels(text, &names, None);
    assert!(has_line(&on, want), "{on:#?}");
    let off = head_rels(text, &names, Some(Rule::HeadPossessiveUnits));
    assert!(!has_line(&off, want), "{off:#?}");
}

#[test]
fn no_head_possessive_parent_when_two_bodies_hold_the_head() {
    let text = "The Department of Coastal Trade and the Department of Fisheries met Quellon Freight. \
                On Monday the Department's Harbour Division filed the complaint.";
    let names = [
        ("Department of Coastal Trade", Organization),
        ("Department of Fisheries", Organization),
        ("Quellon Freight", Company),
        ("Harbour Division", Organization),
    ];
    let got = head_rels(text, &names, None);
    assert!(!got.iter().any(|l| l.starts_with("rel Harbour Division ParentOrganization")), "{got:#?}");
}
