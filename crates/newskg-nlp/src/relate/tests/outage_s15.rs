//! Times in a future clause ("On Thursday the committee will question X about the outage", "X
//! will appear on 12 June to explain the outage") date no incident. Invented sentences (none from
//! the evaluation articles).

use super::{fact_lines, run_with};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::Company;
use newskg_doc::Outage;

fn starts(outages: &[Outage]) -> Vec<String> {
    outages.iter().map(|o| o.start.map_or("-".to_string(), |s| s.lexical())).collect()
}

#[test]
fn a_day_opening_a_future_clause_dates_no_incident() {
    let text = "On Friday 9 May the transport committee will question the chief executive of Rellow Rail on \
                the network outage that stopped its trains.";
    let d = run_with(text, "2025-05-12", None, &[("Rellow Rail", Company)]);
    assert!(starts(&d.facts.outages).iter().all(|s| !s.starts_with("2025-05-09")), "{:#?}", fact_lines(&d));
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::ReportDates));
    assert!(starts(&off.outages).iter().any(|s| s.starts_with("2025-05-09")), "{:?}", off.outages);
}

#[test]
fn a_day_after_a_future_auxiliary_dates_no_incident() {
    let text = "The chief executive of Dunmore Telecom will appear at a hearing on 12 June 2025 to explain \
                the network outage.";
    let d = run_with(text, "2025-06-20", None, &[("Dunmore Telecom", Company)]);
    assert!(starts(&d.facts.outages).iter().all(|s| !s.starts_with("2025-06-12")), "{:#?}", fact_lines(&d));
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::ReportDates));
    assert!(starts(&off.outages).iter().any(|s| s.starts_with("2025-06-12")), "{:?}", off.outages);
}

#[test]
fn a_future_clause_after_a_comma_leaves_the_day_of_the_outage() {
    let text = "On 3 June the Dunmore Telecom network suffered an outage, and engineers will replace the router.";
    let d = run_with(text, "2025-06-20", None, &[("Dunmore Telecom", Company)]);
    assert_eq!(starts(&d.facts.outages), ["2025-06-03"], "{:#?}", fact_lines(&d));
}

#[test]
fn a_start_clock_later_than_the_end_of_its_day_began_the_evening_before() {
    let text = "Pellan Mobile said its network outage started at 10.40pm and that service was restored at 1.05am \
                on Monday.";
    let d = run_with(text, "2025-03-12", None, &[("Pellan Mobile", Company)]);
    let starts = starts(&d.facts.outages);
    assert!(starts.iter().any(|s| s.starts_with("2025-03-09T22:40")), "{:#?}", fact_lines(&d));
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::CueClocks));
    assert!(off.outages.iter().all(|o| o.start.is_none_or(|s| !s.lexical().starts_with("2025-03-09T22:40"))));
}
