//! An incident noun after a security word ("a cyber incident", "a cybersecurity incident") is an
//! outage trigger (rule `outages-cyber-incidents`). Invented sentences (none from the evaluation
//! articles).

use super::{fact_lines, run_with};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::Organization;

#[test]
fn a_dated_cybersecurity_incident_is_an_outage() {
    let text = "The network of Tarrow College was hit by a cybersecurity incident on 3 February 2025.";
    let d = run_with(text, "2025-03-06", None, &[("Tarrow College", Organization)]);
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::CyberIncidents));
    assert!(off.outages.is_empty(), "{:?}", off.outages);
}

#[test]
fn an_incident_with_another_modifier_is_no_outage() {
    let text = "Tarrow College reported a safety incident on 3 February 2025.";
    let d = run_with(text, "2025-03-06", None, &[("Tarrow College", Organization)]);
    assert!(d.facts.outages.is_empty(), "{:#?}", fact_lines(&d));
}
