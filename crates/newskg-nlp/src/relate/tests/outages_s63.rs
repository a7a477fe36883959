//! Session 63: a loss told as current with the span that has passed since it began ("for the past two weeks",
//! "two weeks after the storm") began that span before the day it is told on (rule `outages-elapsed-span`).
//! Invented sentences (none from the evaluation articles).

use super::{fact_lines, run_with};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::Company;

/// The start of the first outage with `rule` on, then off.
fn starts_on_and_off(text: &str, published: &str, names: &[(&str, newskg_doc::EntityKind)]) -> (String, String) {
    let d = run_with(text, published, None, names);
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::ElapsedSpan));
    let start = |o: Option<&newskg_doc::Outage>| o.and_then(|o| o.start).map_or("-".to_string(), |v| v.lexical());
    (start(d.facts.outages.first()), start(off.outages.first()))
}

#[test]
fn a_loss_for_the_past_two_weeks_began_two_weeks_ago() {
    let text = "Homes in Zeta Vale are still without electricity for the past two weeks, and Acme Power has given \
                no date for repairs.";
    let d = run_with(text, "2025-06-20", None, &[("Acme Power", Company)]);
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    assert_eq!(
        starts_on_and_off(text, "2025-06-20", &[("Acme Power", Company)]),
        ("2025-06-06".to_string(), "2025-06-20".to_string())
    );
}

#[test]
fn a_loss_nearly_ten_days_after_the_storm_began_ten_days_before() {
    let text = "Nearly ten days after the storm, thousands of Acme Power customers remain without power.";
    let d = run_with(text, "2025-06-20", None, &[("Acme Power", Company)]);
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    assert_eq!(
        starts_on_and_off(text, "2025-06-20", &[("Acme Power", Company)]),
        ("2025-06-10".to_string(), "2025-06-20".to_string())
    );
}

#[test]
fn a_loss_lasting_two_weeks_is_a_duration_not_a_span_passed() {
    // "for two weeks" says how long, not how long ago: the day stays as told
    let text = "Homes in Zeta Vale are still without electricity and may stay so for two weeks, Acme Power said.";
    let (on, off) = starts_on_and_off(text, "2025-06-20", &[("Acme Power", Company)]);
    assert_eq!(on, off);
}

#[test]
fn a_dated_loss_keeps_its_date() {
    let text = "On 2 June 2025 Zeta Vale lost power, two weeks after the storm, Acme Power said.";
    let (on, off) = starts_on_and_off(text, "2025-06-20", &[("Acme Power", Company)]);
    assert_eq!(on, off);
    assert_eq!(on, "2025-06-02");
}

#[test]
fn a_count_too_large_for_days_is_no_span_and_no_panic() {
    // 2635249153387078803 weeks is more days than a u64 holds; a wrapping product would be 5 days, inside the span's
    // range, and move the day back: the day stays as told
    let text = "Homes in Zeta Vale are still without electricity for the past 2635249153387078803 weeks, \
                Acme Power said.";
    let (on, off) = starts_on_and_off(text, "2025-06-20", &[("Acme Power", Company)]);
    assert_eq!(on, "2025-06-20");
    assert_eq!(on, off);
}
