//! Session 64: a loss word, a word saying what kind of supply it is and the supply ("left without electrical power",
//! "lost mains electricity", "without drinking water") is a trigger (rule `outages-modified-supply`); a name whose
//! last word is a site head ("Kestrel Energy Center") is a utility's site, not the article's utility company (rule
//! `outages-utility-site`). Invented sentences (none from the evaluation articles).

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

#[test]
fn a_power_station_named_first_is_not_the_utility_company() {
    let text = "On 4 May 2025 a storm left 30,000 homes in Zeta Vale without power.\n\n\
                A similar storm in 2019 had shut Kestrel Energy Center for a week.\n\n\
                Crews from Harlow Energy were working through the night.";
    let names = [("Kestrel Energy Center", Company), ("Harlow Energy", Company)];
    let d = run_with(text, "2025-05-06", None, &names);
    let utility = d.entities.iter().position(|e| e.name == "Harlow Energy");
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    assert_eq!(d.facts.outages[0].provider, utility, "{:#?}", fact_lines(&d));
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::UtilitySite));
    assert_eq!(off.outages.len(), 1);
    assert_ne!(off.outages[0].provider, utility);
}

#[test]
fn a_utility_company_named_first_stays_the_provider() {
    let text = "On 4 May 2025 a storm left 30,000 homes in Zeta Vale without power.\n\n\
                Harlow Energy said its Kestrel Energy Center had kept running.";
    let names = [("Kestrel Energy Center", Company), ("Harlow Energy", Company)];
    let d = run_with(text, "2025-05-06", None, &names);
    let utility = d.entities.iter().position(|e| e.name == "Harlow Energy");
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    assert_eq!(d.facts.outages[0].provider, utility, "{:#?}", fact_lines(&d));
}
