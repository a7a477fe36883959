//! Session 64: a loss word, a word saying what kind of supply it is and the supply ("left without electrical power",
//! "lost mains electricity", "without drinking water") is a trigger (rule `outages-modified-supply`). Invented
//! sentences (none from the evaluation articles).

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
fn homes_left_without_electrical_power_had_an_outage() {
    let text = "A fallen tree on 3 June 2025 left 2,000 homes in Zeta Vale without electrical power, Acme Power said.";
    let d = run_with(text, "2025-06-05", None, &[("Acme Power", Company)]);
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    assert_eq!(d.facts.outages[0].start.map(|v| v.lexical()).as_deref(), Some("2025-06-03"));
    assert_eq!(on_and_off(text, &[("Acme Power", Company)], Rule::ModifiedSupply), (1, 0));
}

#[test]
fn a_town_without_drinking_water_had_an_outage() {
    let text = "After a main burst on 2 June 2025, the town of Zeta Vale was without drinking water, Acme Water said.";
    assert_eq!(on_and_off(text, &[("Acme Water", Company)], Rule::ModifiedSupply), (1, 0));
}

#[test]
fn a_home_without_hot_water_had_no_outage() {
    let text =
        "On 2 June 2025 a tenant told Acme Homes that her flat had been without hot water since her boiler broke.";
    assert_eq!(on_and_off(text, &[("Acme Homes", Company)], Rule::ModifiedSupply), (0, 0));
}
