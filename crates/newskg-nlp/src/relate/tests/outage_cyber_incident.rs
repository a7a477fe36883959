//! An incident noun after a security word ("a cyber incident", "a cybersecurity incident") is an
//! outage trigger (rule `outages-cyber-incidents`); the attack an incident's sentences name is its
//! cause when no phrase gives one (rule `outages-cause`). Invented sentences (none from the evaluation
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

#[test]
fn the_attack_that_names_its_kind_is_the_cause() {
    let text = "The systems of Tarrow College went offline on 3 February 2025 after a cyberattack. The \
                college later confirmed that the cyberattack was a ransomware attack.";
    let d = run_with(text, "2025-03-06", None, &[("Tarrow College", Organization)]);
    let causes: Vec<Option<&str>> = d.facts.outages.iter().map(|o| o.cause.as_deref()).collect();
    assert_eq!(causes, [Some("ransomware attack")], "{:#?}", fact_lines(&d));
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::Cause));
    assert!(off.outages.iter().all(|o| o.cause.is_none()), "{:?}", off.outages);
}

#[test]
fn a_stated_cause_stands_over_the_attack() {
    let text = "The systems of Tarrow College went offline on 3 February 2025 due to a faulty firewall update, \
                not a cyber attack.";
    let d = run_with(text, "2025-03-06", None, &[("Tarrow College", Organization)]);
    let cause = d.facts.outages.first().and_then(|o| o.cause.clone()).unwrap_or_default();
    assert!(cause.contains("firewall update"), "{:#?}", fact_lines(&d));
}
