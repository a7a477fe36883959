//! An operator-shaped name typed as a place or a service is an outage's provider
//! (`outages-operator-kind`, `relate::operator_shaped`). Invented sentences (none from the
//! evaluation articles), with the recogniser's mentions given by hand.

use super::{fact_lines, name, run_with};
use crate::relate::{company_providers, operator_shaped};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::Document;
use newskg_doc::EntityKind::{Company, Location, Organization, Service};

fn providers(d: &Document) -> Vec<String> {
    d.facts.outages.iter().map(|o| name(d, o.provider)).collect()
}

fn providers_without(d: &Document, rule: Rule) -> Vec<String> {
    let off = crate::relate::relate_under(d, RuleSet::ALL.without(rule));
    off.outages.iter().map(|o| name(d, o.provider)).collect()
}

#[test]
fn a_control_centre_typed_as_a_place_is_the_provider_not_the_source_of_a_figure() {
    let text = "On 4 March the Northfield Approach Control, which handles the airspace around Kestrel City, \
                suffered a communications outage that halted departures for an hour. About 2 million people \
                will fly this month, according to Pellam Travel.";
    let mentions = [("Northfield Approach Control", Location), ("Kestrel City", Location), ("Pellam Travel", Company)];
    let d = run_with(text, "2025-03-14", None, &mentions);
    assert_eq!(providers(&d), ["Northfield Approach Control"], "{:#?}", fact_lines(&d));
    // it ran what failed: it is not also where it failed
    assert!(d.facts.outages[0].location.is_none_or(|l| d.entities[l].name != "Northfield Approach Control"));
    assert!(providers_without(&d, Rule::OperatorKind).iter().all(|p| p != "Northfield Approach Control"));
}

#[test]
fn a_service_named_as_an_operator_is_not_mapped_to_the_body_opening_its_name() {
    let text = "On 9 May the two data centres run by the Westshire Health Informatics Service for Westshire \
                Health suffered an outage that left hospital systems down for six hours.";
    let mentions = [("Westshire Health Informatics Service", Service), ("Westshire Health", Organization)];
    let mut d = run_with(text, "2025-05-20", None, &mentions);
    let svc = d.entities.iter().position(|e| e.name == "Westshire Health Informatics Service").expect("service");
    assert!(operator_shaped(&d, svc));
    d.facts.outages[0].provider = Some(svc);
    let mut off = d.clone();
    assert_eq!(company_providers(&mut d, RuleSet::ALL), 0);
    assert_eq!(providers(&d), ["Westshire Health Informatics Service"]);
    company_providers(&mut off, RuleSet::ALL.without(Rule::OperatorKind));
    assert_eq!(providers(&off), ["Westshire Health"], "{:#?}", fact_lines(&off));
}

#[test]
fn a_single_word_or_a_plain_place_is_not_operator_shaped() {
    let text = "On 2 June a power cut at Ravelin Harbour left Service offline for an hour.";
    let d = run_with(text, "2025-06-10", None, &[("Ravelin Harbour", Location), ("Service", Service)]);
    let idx = |n: &str| d.entities.iter().position(|e| e.name == n).expect("entity");
    assert!(!operator_shaped(&d, idx("Ravelin Harbour")));
    assert!(!operator_shaped(&d, idx("Service")));
}

#[test]
fn a_utility_named_by_its_supply_and_typed_as_a_place_is_the_provider() {
    let text = "By Westshire Water's own admission, on 19 December 4,000 households were without water.";
    let d = run_with(text, "2025-12-22", None, &[("Westshire Water", Location)]);
    let idx = d.entities.iter().position(|e| e.name == "Westshire Water").expect("entity");
    assert!(operator_shaped(&d, idx));
    assert_eq!(providers(&d), ["Westshire Water"], "{:#?}", fact_lines(&d));
}

/// `outages-org-provider`: an outage left with a provider typed as a service that no operator head
/// names is dropped at the end of the chain; one run by an operator-shaped service stays.
#[test]
fn an_outage_whose_provider_stays_a_plain_service_is_dropped() {
    use crate::relate::drop_service_providers;
    let text = "On 4 March the Quillon Portal went offline for six hours. On 9 March the Brenford Informatics \
                Service suffered an outage that halted payments.";
    let mentions = [("Quillon Portal", Service), ("Brenford Informatics Service", Service)];
    let mut d = run_with(text, "2025-03-14", None, &mentions);
    d.facts = crate::relate::relate_under(&d, RuleSet::ALL);
    let before = providers(&d);
    assert!(before.iter().any(|p| p == "Quillon Portal"), "{:#?}", fact_lines(&d));
    let mut off = d.clone();
    assert_eq!(drop_service_providers(&mut off, RuleSet::ALL.without(Rule::OrgProvider)), 0);
    // a dated one stands with no provider under `outages-service-provider-none`: left off here
    let dropped = drop_service_providers(&mut d, RuleSet::ALL.without(Rule::ServiceProviderNone));
    assert_eq!(dropped, before.iter().filter(|p| *p == "Quillon Portal").count());
    assert!(providers(&d).iter().all(|p| p != "Quillon Portal"), "{:#?}", fact_lines(&d));
    assert_eq!(providers(&d).len(), before.len() - dropped);
}

/// `outages-org-provider` spares a service the title names: it is the story's subject.
#[test]
fn a_service_the_title_names_stays_the_provider() {
    use crate::relate::drop_service_providers;
    let text = "On 4 March the Quillon Portal went offline for six hours.";
    let mut d = super::run_titled(
        Some("Quillon Portal outage leaves users locked out"),
        text,
        "2025-03-14",
        None,
        &[("Quillon Portal", Service)],
    );
    d.facts = crate::relate::relate_under(&d, RuleSet::ALL);
    assert_eq!(providers(&d), ["Quillon Portal"], "{:#?}", fact_lines(&d));
    assert_eq!(drop_service_providers(&mut d, RuleSet::ALL), 0);
    assert_eq!(providers(&d), ["Quillon Portal"]);
}
