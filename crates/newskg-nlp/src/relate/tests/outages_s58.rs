//! Session 58: the article's one undated incident stands without a well-supported provider when the text dates it
//! and one of its sentences restores a supply ("every effort is being made to restore power"; rule
//! `outages-undated-restored`). Invented sentences (none from the evaluation articles).

use super::{fact_lines, run};
use crate::rulebook::{Rule, RuleSet};
use crate::time::TimeValue;

/// The number of outages of `text` with every rule on, then with `rule` off.
fn on_and_off(text: &str, published: &str, rule: Rule) -> (usize, usize) {
    let d = run(text, published);
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(rule));
    (d.facts.outages.len(), off.outages.len())
}

#[test]
fn a_failure_whose_supply_is_being_restored_stands_on_the_day_told() {
    let text = "Since the minister spoke, the Dunmere substation has failed, and every effort is now being made to \
                restore power as soon as possible.";
    let d = run(text, "2024-04-12");
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    let day = chrono::NaiveDate::from_ymd_opt(2024, 4, 12).unwrap();
    assert_eq!(d.facts.outages[0].start, Some(TimeValue::Date(day)));
    assert_eq!(on_and_off(text, "2024-04-12", Rule::UndatedRestored), (1, 0));
}

#[test]
fn a_failure_without_a_restored_supply_still_needs_a_provider() {
    let text = "Since the minister spoke, the Dunmere substation has failed, and engineers are on site.";
    assert_eq!(on_and_off(text, "2024-04-12", Rule::UndatedRestored), (0, 0));
}
