//! Session 57: an undated loss stated in words of its own stands without a well-supported provider ("homes are
//! still without electricity", "telephones were put out of order"; rule `outages-told-loss`), and a network's line
//! cut in the passive is a trigger ("the cable was cut"; rule `outages-cable-cut`). Invented sentences (none from
//! the evaluation articles).

use super::{fact_lines, run};
use crate::rulebook::{Rule, RuleSet};
use crate::time::TimeValue;

/// The number of outages of `text` with every rule on, then with `rule` off.
fn on_and_off(text: &str, published: &str, rule: Rule) -> (usize, usize) {
    let d = run(text, published);
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(rule));
    (d.facts.outages.len(), off.outages.len())
}

fn day(y: i32, m: u32, d: u32) -> Option<TimeValue> {
    chrono::NaiveDate::from_ymd_opt(y, m, d).map(TimeValue::Date)
}

#[test]
fn homes_still_without_electricity_are_an_outage_of_the_publication_day() {
    let text = "Winds brought down trees across the Dunmere valley.\n\nMany homes in the valley are still without \
                electricity, and the schools stayed closed.";
    let d = run(text, "2024-04-12");
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    assert_eq!(d.facts.outages[0].start, day(2024, 4, 12));
    assert_eq!(on_and_off(text, "2024-04-12", Rule::ToldLoss), (1, 0));
}

#[test]
fn customers_who_lost_supply_are_an_outage_without_a_provider() {
    let text = "The number of customers who lost supply as a result of the gales was 40,000.\n\nCrews worked through \
                the night.";
    assert_eq!(on_and_off(text, "2024-04-12", Rule::ToldLoss), (1, 0));
}

#[test]
fn a_loss_that_only_might_happen_or_a_power_cut_named_as_a_class_stands_not() {
    // what a loss would do, not one that happened
    let would = "Advice is given to customers for whom a loss of electricity supply may be difficult.";
    assert_eq!(on_and_off(would, "2024-04-12", Rule::ToldLoss), (0, 0));
    // "power cuts" names a class of outages, not one told
    let class = "Hot meals are offered to vulnerable customers during unplanned power cuts.";
    assert_eq!(on_and_off(class, "2024-04-12", Rule::ToldLoss), (0, 0));
}

#[test]
fn a_cable_cut_in_the_passive_is_a_dated_outage() {
    let text = "On 3 March 2024 the Zeta submarine cable was accidentally cut by the anchor of a ship off Dunmere.";
    let d = run(text, "2024-04-01");
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    assert_eq!(d.facts.outages[0].start, day(2024, 3, 3));
    assert_eq!(on_and_off(text, "2024-04-01", Rule::CableCut), (1, 0));
}

#[test]
fn a_budget_cut_is_no_cable_cut() {
    let text = "On 3 March 2024 the budget for new lines was cut by a third.";
    assert_eq!(on_and_off(text, "2024-04-01", Rule::CableCut), (0, 0));
}
