//! Session 34's outage rules: an outage left with a plain service for provider stands with no provider
//! (`outages-service-provider-none`), and a disruption qualified by a supply or line service is a trigger
//! (`outages-supply-disruption`). Invented sentences (none from the evaluation articles).

use super::{fact_lines, name, run_with};
use crate::relate::drop_service_providers;
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{Company, Location, Service};

/// `outages-service-provider-none`: a dated incident whose only provider candidate is a service (the
/// thing that failed) keeps its outage, with no provider, where `outages-org-provider` alone drops it.
#[test]
fn a_dated_outage_of_a_plain_service_stands_with_no_provider() {
    let text = "On 6 April 2021 the Varnholt cable was severed, causing a broadband outage across the Tesk Islands.";
    let mentions = [("Varnholt", Service), ("Tesk Islands", Location)];
    let mut d = run_with(text, "2021-04-20", None, &mentions);
    d.facts = crate::relate::relate_under(&d, RuleSet::ALL);
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    assert_eq!(name(&d, d.facts.outages[0].provider), "Varnholt");
    let mut off = d.clone();
    assert_eq!(drop_service_providers(&mut d, RuleSet::ALL), 0);
    assert_eq!(d.facts.outages.len(), 1);
    assert!(d.facts.outages[0].provider.is_none(), "{:#?}", fact_lines(&d));
    assert!(d.facts.outages[0].start.is_some());
    // without the rule the whole incident goes
    assert_eq!(drop_service_providers(&mut off, RuleSet::ALL.without(Rule::ServiceProviderNone)), 1);
    assert!(off.facts.outages.is_empty());
}

/// An undated outage of a plain service is still dropped: nothing but the service's name told it.
#[test]
fn an_undated_outage_of_a_plain_service_is_still_dropped() {
    let text = "On 6 April 2021 the Varnholt cable was severed, causing a broadband outage across the Tesk Islands.";
    let mut d = run_with(text, "2021-04-20", None, &[("Varnholt", Service), ("Tesk Islands", Location)]);
    d.facts = crate::relate::relate_under(&d, RuleSet::ALL);
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    d.facts.outages[0].start = None;
    assert_eq!(drop_service_providers(&mut d, RuleSet::ALL), 1);
    assert!(d.facts.outages.is_empty());
}

/// A company provider is left alone by both rules.
#[test]
fn a_company_provider_is_kept() {
    let text = "On 6 April 2021 Ormsby Telecom suffered a network outage that cut broadband across the Tesk Islands.";
    let mut d = run_with(text, "2021-04-20", None, &[("Ormsby Telecom", Company), ("Tesk Islands", Location)]);
    d.facts = crate::relate::relate_under(&d, RuleSet::ALL);
    assert_eq!(drop_service_providers(&mut d, RuleSet::ALL), 0);
    let provs: Vec<String> = d.facts.outages.iter().map(|o| name(&d, o.provider)).collect();
    assert_eq!(provs, ["Ormsby Telecom"], "{:#?}", fact_lines(&d));
}

/// The number of outages with every rule on, then with `rule` off.
fn on_and_off(text: &str, names: &[(&str, newskg_doc::EntityKind)], rule: Rule) -> (usize, usize) {
    let d = run_with(text, "2022-09-30", None, names);
    (d.facts.outages.len(), crate::relate::relate_under(&d, RuleSet::ALL.without(rule)).outages.len())
}

#[test]
fn a_broadband_disruption_is_an_outage() {
    let text = "In September 2022 there was a severe broadband disruption throughout the Tesk Islands.";
    assert_eq!(on_and_off(text, &[("Tesk Islands", Location)], Rule::SupplyDisruption), (1, 0));
}

#[test]
fn power_supply_disruptions_are_an_outage() {
    let text = "On 12 September 2022 power supply disruptions left homes across Belhaven in the dark.";
    assert_eq!(on_and_off(text, &[("Belhaven", Location)], Rule::SupplyDisruption), (1, 0));
}

#[test]
fn a_disruption_to_the_electricity_supply_is_an_outage() {
    let text = "On 12 September 2022 a storm caused disruption to the electricity supply in Belhaven.";
    // the utility near the disruption also makes it literal (rule `outages-utility-context`, session 60)
    let d = run_with(text, "2022-09-30", None, &[("Belhaven", Location)]);
    let off = RuleSet::ALL.without(Rule::SupplyDisruption).without(Rule::UtilityContext);
    assert_eq!((d.facts.outages.len(), crate::relate::relate_under(&d, off).outages.len()), (1, 0));
}

/// A disruption of trade or of a market's supply is still none.
#[test]
fn a_supply_chain_disruption_is_no_outage() {
    let text = "In September 2022 the port strike caused a supply disruption for Belhaven retailers.";
    assert_eq!(on_and_off(text, &[("Belhaven", Location)], Rule::SupplyDisruption), (0, 0));
}

/// `outages-may-month`: the month May in a date is no modal that makes the trigger hypothetical.
#[test]
fn the_month_may_is_no_modal() {
    let text = "On 2 May the Orvane Bank app stopped working for six hours.";
    let d = run_with(text, "2025-05-10", None, &[("Orvane Bank", Company)]);
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    assert_eq!(
        d.facts.outages[0].start,
        Some(crate::time::TimeValue::Date(chrono::NaiveDate::from_ymd_opt(2025, 5, 2).unwrap()))
    );
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::MayMonth));
    assert!(off.outages.is_empty(), "{:#?}", off.outages);
}

/// The modal "may" outside a date still makes an outage hypothetical.
#[test]
fn the_modal_may_still_makes_an_outage_hypothetical() {
    let text = "On 2 June Orvane Bank warned that its app may go offline during the upgrade.";
    let d = run_with(text, "2025-06-10", None, &[("Orvane Bank", Company)]);
    assert!(d.facts.outages.is_empty(), "{:#?}", fact_lines(&d));
}
