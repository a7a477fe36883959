//! A public utility lost in an event the lead dates stands as the article's outage without a provider (rule
//! `outages-event-utility`). Invented sentences (none from the evaluation articles).

use super::{fact_lines, run_with};
use crate::rulebook::{Rule, RuleSet};
use crate::time::TimeValue;
use newskg_doc::EntityKind::Organization;

/// The outages with the rule on, then off.
fn on_and_off(text: &str, names: &[(&str, newskg_doc::EntityKind)]) -> (usize, usize) {
    let d = run_with(text, "2025-06-05", None, names);
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::EventUtility));
    (d.facts.outages.len(), off.outages.len())
}

#[test]
fn utilities_out_after_a_dated_storm_are_its_outage() {
    let text = "A severe storm battered the coast of Velmora on Tuesday, flooding streets and uprooting trees.\n\n\
                The Velmora Weather Service said winds reached 150 km/h.\n\n\
                Electricity and phone lines were out in the harbour district, and schools stayed closed.";
    let d = run_with(text, "2025-06-05", None, &[("Velmora Weather Service", Organization)]);
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    // dated by the lead's Tuesday, not the publication day
    assert_eq!(d.facts.outages[0].start, Some(TimeValue::Date(chrono::NaiveDate::from_ymd_opt(2025, 6, 3).unwrap())));
    assert_eq!(on_and_off(text, &[("Velmora Weather Service", Organization)]), (1, 0));
}

#[test]
fn a_power_cutoff_after_a_dated_earthquake_is_its_outage() {
    let text = "An earthquake of magnitude 6.9 struck the hills north of Dunmere on 2 June 2025, damaging hundreds \
                of homes.\n\n\
                Rescue teams reached the worst-hit villages by nightfall.\n\n\
                The town of Harrowgate experienced a power cutoff after the earthquake.";
    assert_eq!(on_and_off(text, &[]), (1, 0));
}

#[test]
fn no_outage_without_a_dated_lead_or_a_utility() {
    // the lead dates nothing: the undated incident still needs a provider, or its loss stated in words of its own
    // (rule `outages-told-loss`, session 57: "were out" states the loss)
    let text = "A severe storm battered the coast of Velmora, flooding streets.\n\n\
                Electricity and phone lines were out in the harbour district.";
    let d = run_with(text, "2025-06-05", None, &[]);
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::EventUtility).without(Rule::ToldLoss));
    assert_eq!((d.facts.outages.len(), off.outages.len()), (1, 0));
    // "out of" is no utility's state
    let text = "A severe storm battered the coast of Velmora on Tuesday, flooding streets.\n\n\
                Shops said bottled water was out of stock by the evening.";
    assert_eq!(on_and_off(text, &[]), (0, 0));
}
