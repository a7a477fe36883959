//! Session 30's outage rules: a vehicle's crash is no trigger (`outages-vehicle-crash`), outages a rule has
//! reported are a class, not an incident (`outages-reporting-rules`), and a supply people were "deprived of" is
//! lost (`outages-deprived-of`), and a gas or water outage naming no organisation takes the company named after
//! the supply (`outages-supply-provider`). Invented sentences (none from the evaluation articles).

use super::{fact_lines, run_with};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{Company, Organization};

/// The number of outages with every rule on, then with `rules` off.
fn on_and_off(text: &str, names: &[(&str, newskg_doc::EntityKind)], rules: &[Rule]) -> (usize, usize) {
    let d = run_with(text, "2025-06-05", None, names);
    let off = rules.iter().fold(RuleSet::ALL, |set, &r| set.without(r));
    (d.facts.outages.len(), crate::relate::relate_under(&d, off).outages.len())
}

#[test]
fn a_helicopter_crash_is_no_outage() {
    // other-event is left off too: the rule must hold without the evidence-wide check
    let text = "A rescue helicopter of Corvane Air Services crashed during a training flight on 14 May 2025 near \
                Belmont, injuring both pilots.";
    let rules = [Rule::VehicleCrash, Rule::OtherEvent];
    let d = run_with(text, "2025-06-05", None, &[("Corvane Air Services", Company)]);
    let vehicle_only = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::OtherEvent));
    assert_eq!(vehicle_only.outages.len(), 0, "{:#?}", fact_lines(&d));
    assert_eq!(on_and_off(text, &[("Corvane Air Services", Company)], &rules), (0, 1));
}

#[test]
fn a_computer_crash_that_grounded_planes_stays_an_outage() {
    let text = "On 14 May 2025 a computer crash took the check-in systems of Corvane Airways offline and grounded \
                every plane in its fleet for four hours.";
    let (on, _) = on_and_off(text, &[("Corvane Airways", Company)], &[Rule::VehicleCrash]);
    assert_eq!(on, 1);
}

#[test]
fn outages_reported_under_a_rule_are_no_incident() {
    let text = "On 3 June 2025 the Belmont Communications Authority settled its investigation into whether \
                Velcom complied with the rules on the reporting of network outages.";
    let names = [("Belmont Communications Authority", Organization), ("Velcom", Company)];
    let d = run_with(text, "2025-06-05", None, &names);
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::ReportingRules));
    assert_eq!((d.facts.outages.len(), off.outages.len()), (0, 1), "{:#?}", fact_lines(&d));
}

#[test]
fn an_outage_users_reported_stays_an_incident() {
    // "reporting" before the outage word, but no rule or requirement in the sentence
    let text = "On 3 June 2025 thousands of Velcom customers were reporting network outages across Belmont.";
    let (on, _) = on_and_off(text, &[("Velcom", Company)], &[Rule::ReportingRules]);
    assert_eq!(on, 1);
}

#[test]
fn a_supply_people_were_deprived_of_is_an_outage() {
    let text = "Some 4,000 homes in Belmont were deprived of gas by a fractured main on 25 October 2024. Dunmere Gas \
                restored supplies on 2 November.";
    let names = [("Dunmere Gas", Company)];
    assert_eq!(on_and_off(text, &names, &[Rule::DeprivedOf]), (1, 0));
}

#[test]
fn a_gas_outage_named_by_no_organisation_takes_the_gas_company() {
    // "Belmont Vale" stands for a place the recogniser took for a company
    let text = "Gas consumers in Belmont Vale asked what was being done after a burst main.\n\n\
                Over 4,000 consumers were deprived of gas by the burst on 25 October 2024. The North Dunmere Gas \
                Board brought in bottled gas for schools within two days.";
    let names = [("Belmont Vale", Company), ("North Dunmere Gas Board", Company)];
    let d = run_with(text, "2025-06-05", None, &names);
    let board = d.entities.iter().position(|e| e.name == "North Dunmere Gas Board");
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    assert_eq!(d.facts.outages[0].provider, board, "{:#?}", fact_lines(&d));
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::SupplyProvider));
    assert!(off.outages.iter().all(|o| o.provider != board), "{:#?}", fact_lines(&d));
}

#[test]
fn a_gas_company_does_not_take_a_power_outage() {
    let text = "On 17 May 2025 a power failure left 20,000 homes in Belmont Vale without electricity for six hours.\n\n\
                Dunmere Gas said its pipelines were not affected.";
    let d = run_with(text, "2025-06-05", None, &[("Dunmere Gas", Company)]);
    let on = crate::relate::relate_under(&d, RuleSet::ALL);
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::SupplyProvider));
    let providers = |o: &[newskg_doc::Outage]| o.iter().map(|x| x.provider).collect::<Vec<_>>();
    assert_eq!(on.outages.len(), 1, "{:#?}", fact_lines(&d));
    assert_eq!(providers(&on.outages), providers(&off.outages));
}
