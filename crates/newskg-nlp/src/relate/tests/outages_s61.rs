//! Session 61: a supply people "had no" of was lost (rule `outages-had-no-supply`). Invented sentences (none
//! from the evaluation articles).

use super::{fact_lines, run_with};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::Company;

/// The outages with `rule` on, then off.
fn on_and_off(text: &str, names: &[(&str, newskg_doc::EntityKind)], rule: Rule) -> (usize, usize) {
    let d = run_with(text, "2025-06-05", None, names);
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(rule));
    (d.facts.outages.len(), off.outages.len())
}

#[test]
fn a_town_that_had_no_electricity_had_an_outage() {
    let text = "Most homes in Zeta Vale had no electricity or water on 3 June 2025, residents told Acme Radio.";
    let d = run_with(text, "2025-06-05", None, &[("Acme Radio", Company)]);
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    assert_eq!(on_and_off(text, &[("Acme Radio", Company)], Rule::HadNoSupply), (1, 0));
}

#[test]
fn there_was_no_water_is_an_outage() {
    let text = "On 2 June 2025 there was no water in parts of the district served by Zeta Water Company.";
    assert_eq!(on_and_off(text, &[("Zeta Water Company", Company)], Rule::HadNoSupply), (1, 0));
}

#[test]
fn a_body_that_had_no_power_to_act_had_no_outage() {
    let text = "On 2 June 2025 the Zeta regulator said it had no power to fine Acme Energy over its prices.";
    assert_eq!(on_and_off(text, &[("Acme Energy", Company)], Rule::HadNoSupply), (0, 0));
}
