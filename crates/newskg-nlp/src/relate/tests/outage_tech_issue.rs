//! A problem noun after a technology word ("an IT issue", "a router issue") is an outage trigger
//! (rule `outages-tech-issues`). Invented sentences (none from the evaluation articles).

use super::{fact_lines, run_with};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::Company;

#[test]
fn an_it_issue_that_grounded_flights_is_an_outage() {
    let text = "On 4 March 2025 an IT issue caused Corvane Air to cancel hundreds of flights.";
    let d = run_with(text, "2025-03-06", None, &[("Corvane Air", Company)]);
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::TechIssues));
    assert!(off.outages.is_empty(), "{:?}", off.outages);
}

#[test]
fn it_in_lower_case_is_a_pronoun_not_technology() {
    let text = "On 4 March 2025 Corvane Air said it issues tickets online.";
    let d = run_with(text, "2025-03-06", None, &[("Corvane Air", Company)]);
    assert!(d.facts.outages.is_empty(), "{:#?}", fact_lines(&d));
}
