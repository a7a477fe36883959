//! Session 60: a utility or its network makes an ambiguous failure word literal (rule
//! `outages-utility-context`). Invented sentences (none from the evaluation articles).

use super::{fact_lines, run_with};
use crate::rulebook::{Rule, RuleSet};
use crate::time::TimeValue;
use newskg_doc::EntityKind::Company;

/// The outages with the rule on, then off.
fn on_and_off(text: &str, names: &[(&str, newskg_doc::EntityKind)]) -> (usize, usize) {
    let d = run_with(text, "2025-06-05", None, names);
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::UtilityContext));
    (d.facts.outages.len(), off.outages.len())
}

#[test]
fn a_breakdown_of_a_cable_is_an_outage() {
    // "breakdown of the" reads as a metaphor ("the breakdown of the talks") unless a utility follows
    let text = "The breakdown of the Acme telephone cable between Zeta Island and the mainland occurred on 21 May.";
    let d = run_with(text, "2025-06-05", None, &[("Acme", Company)]);
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    assert_eq!(d.facts.outages[0].start, Some(TimeValue::Date(chrono::NaiveDate::from_ymd_opt(2025, 5, 21).unwrap())));
    assert_eq!(on_and_off(text, &[("Acme", Company)]), (1, 0));
}

#[test]
fn an_electricity_blackout_is_an_outage() {
    let text = "The economy of Zeta County was badly harmed by the electricity blackout that began on 2 May 2025.";
    assert_eq!(on_and_off(text, &[]), (1, 0));
}

#[test]
fn a_breakdown_of_talks_stays_none() {
    let text = "The breakdown of the talks between Acme and Zeta on 21 May surprised investors.";
    assert_eq!(on_and_off(text, &[("Acme", Company), ("Zeta", Company)]), (0, 0));
}
