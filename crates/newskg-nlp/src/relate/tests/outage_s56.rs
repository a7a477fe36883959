//! Session 56's outage rules: the start of a period in which outages are counted (`outages-counted-since`)
//! dates no incident; a failure to comply
//! (`outages-compliance-failures`) and a party's failure to act (`outages-party-failure`) are no triggers.
//! Invented sentences (none from the evaluation articles).

use super::{fact_lines, run_with};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{self, Company};
use newskg_doc::Outage;

/// The outages with every rule on, then with `rule` off.
fn on_and_off(text: &str, names: &[(&str, EntityKind)], rule: Rule) -> (Vec<Outage>, Vec<Outage>) {
    let d = run_with(text, "2023-10-20", None, names);
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(rule)).outages;
    println!("{:#?}", fact_lines(&d));
    (d.facts.outages.clone(), off)
}

/// Whether an outage starts on `day` (an ISO date).
fn dated(outages: &[Outage], day: &str) -> bool {
    outages.iter().any(|o| o.start.as_ref().is_some_and(|s| s.lexical().starts_with(day)))
}

#[test]
fn outages_counted_since_a_day_are_not_dated_by_it() {
    let text = "Residents of Brantwick have had ten power outages since 2 July 2023, Zeta Energy said.";
    let (on, off) = on_and_off(text, &[("Zeta Energy", Company)], Rule::CountedSince);
    assert!(dated(&off, "2023-07-02"), "{off:#?}");
    assert!(!dated(&on, "2023-07-02"), "{on:#?}");
}

/// One outage since a day is that outage's start: only a count makes the day a period's.
#[test]
fn an_outage_since_a_day_keeps_its_date() {
    let text = "Residents of Brantwick have been without power since 2 July 2023, Zeta Energy said.";
    let (on, _) = on_and_off(text, &[("Zeta Energy", Company)], Rule::CountedSince);
    assert!(dated(&on, "2023-07-02"), "{on:#?}");
}

#[test]
fn supervision_failures_are_no_outage() {
    let text = "On 9 October 2023 Acme Markets settled charges over data supervision failures at its swap data unit.";
    let (on, off) = on_and_off(text, &[("Acme Markets", Company)], Rule::ComplianceFailures);
    assert_eq!((on.len(), off.len()), (0, 1), "{on:#?} {off:#?}");
}

#[test]
fn a_partys_failure_to_act_is_no_outage() {
    let text =
        "On 9 October 2023 the inquiry criticised the failure of Acme Rail to declare its computer system costs.";
    let (on, off) = on_and_off(text, &[("Acme Rail", Company)], Rule::PartyFailure);
    assert_eq!((on.len(), off.len()), (0, 1), "{on:#?} {off:#?}");
}
