//! Whose systems failed, told through an apposition or a run-by link ("a failure at its payments
//! partner, X", "a power cut at a data centre run by X"), against the supplier of a failed change
//! ("a faulty update from its software supplier, X"), and times that date another event ("a deal
//! agreed in September"). Invented sentences (none from the evaluation articles).

use super::{fact_lines, name, run_with};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::Company;

fn providers(d: &newskg_doc::Document) -> Vec<String> {
    d.facts.outages.iter().map(|o| name(d, o.provider)).collect()
}

fn providers_without(d: &newskg_doc::Document, rule: Rule) -> Vec<String> {
    let off = crate::relate::relate_under(d, RuleSet::ALL.without(rule));
    off.outages.iter().map(|o| name(d, o.provider)).collect()
}

#[test]
fn a_failure_at_a_partner_named_in_an_apposition_is_the_provider() {
    let text = "Shoppers using Brammel Pay could not complete purchases for three hours on Tuesday after a \
                failure at its card processing partner, the payments processor Koltrax.";
    let d = run_with(text, "2025-06-12", None, &[("Brammel Pay", Company), ("Koltrax", Company)]);
    assert_eq!(providers(&d), ["Koltrax"], "{:#?}", fact_lines(&d));
}

#[test]
fn a_failure_at_a_centre_run_by_a_company_names_that_company() {
    let text = "Customers of Oskarn Bank were unable to use its app for five hours on Sunday after a power \
                failure at a data centre run by its hosting supplier Telvani.";
    let d = run_with(text, "2025-06-12", None, &[("Oskarn Bank", Company), ("Telvani", Company)]);
    assert_eq!(providers(&d), ["Telvani"], "{:#?}", fact_lines(&d));
    assert_eq!(providers_without(&d, Rule::FailingOwner), ["Oskarn Bank"]);
}

#[test]
fn an_apposition_to_a_place_names_no_owner() {
    // the comma closes a place, not a company noun: the brand stays the provider
    let text = "Flights of Skarda Air were grounded for two hours on Monday after a failure at the airport, \
                Grelling Airways said.";
    let d = run_with(text, "2025-06-12", None, &[("Skarda Air", Company), ("Grelling Airways", Company)]);
    assert_ne!(providers(&d), ["Grelling Airways"], "{:#?}", fact_lines(&d));
}

#[test]
fn the_supplier_of_a_faulty_update_is_not_the_provider() {
    let text = "The Velmora Bank app was down for four hours on Friday after a faulty update from the bank's \
                software supplier, Quintel.";
    let d = run_with(text, "2025-06-12", None, &[("Velmora Bank", Company), ("Quintel", Company)]);
    assert_eq!(providers(&d), ["Velmora Bank"], "{:#?}", fact_lines(&d));
    // the cause names the supplier: without the rule it wins on it
    let text = "The billing failure, caused by a faulty update from the supplier Quintel, took the Velmora Bank \
                app offline on Friday.";
    let d = run_with(text, "2025-06-12", None, &[("Velmora Bank", Company), ("Quintel", Company)]);
    assert_eq!(providers(&d), ["Velmora Bank"], "{:#?}", fact_lines(&d));
    assert_eq!(providers_without(&d, Rule::FailingOwner), ["Quintel"]);
}

#[test]
fn a_deal_agreed_in_a_month_dates_no_incident() {
    let text = "Tarvik Ports' terminal system crashed on 3 November, halting cranes for a day. The outage came as \
                the group waits for approval of its purchase of a rival terminal, a deal agreed in September.";
    let d = run_with(text, "2025-11-20", None, &[("Tarvik Ports", Company)]);
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::ReportDates));
    assert_eq!(off.outages.len(), 2, "{:#?}", off.outages);
}

#[test]
fn a_later_incident_naming_only_a_supplier_keeps_the_first_provider() {
    // the second incident names no organisation but the supplier of its faulty update: the
    // article's first provider ran what failed
    let text = "Customers of Tarrow Bank could not use their cards for five hours on Thursday, the bank said. \
                In May, the Tarrow Pay app was down for three hours after a faulty update from the bank's \
                software supplier, Quintel.";
    let d = run_with(text, "2025-06-12", None, &[("Tarrow Bank", Company), ("Quintel", Company)]);
    assert_eq!(providers(&d), ["Tarrow Bank", "Tarrow Bank"], "{:#?}", fact_lines(&d));
    assert_eq!(providers_without(&d, Rule::ProviderFallback)[1], "Quintel");
}

#[test]
fn a_trade_described_as_a_supplier_is_still_the_provider() {
    // "the gas supplier X" is no one's supplier: X's own outage stays X's, not the first provider's
    let text = "The Vaskor app failed for two hours on 2 May, Vaskor said. On 9 June, customers of the gas \
                supplier Brenlow Energy could not pay their bills online for six hours after an outage.";
    let d = run_with(text, "2025-06-12", None, &[("Vaskor", Company), ("Brenlow Energy", Company)]);
    assert_eq!(providers(&d), ["Vaskor", "Brenlow Energy"], "{:#?}", fact_lines(&d));
}

#[test]
fn a_service_named_before_the_failure_noun_names_the_company_that_opens_its_name() {
    // "the Korvane Mail outage": the failure noun follows the service, whose name opens with the
    // company's, which ran it; without the rule the council whose services it hit, the one
    // organisation the sentence names, would be taken
    let text = "Residents were unable to reach online services at Brisworth Council as a result of the \
                Korvane Mail outage on Wednesday 29 October 2025. Korvane sells email hosting to public bodies.";
    let d = run_with(
        text,
        "2025-11-05",
        None,
        &[("Korvane Mail", newskg_doc::EntityKind::Service), ("Korvane", Company), ("Brisworth Council", Company)],
    );
    assert_eq!(providers(&d), ["Korvane"], "{:#?}", fact_lines(&d));
    assert_ne!(providers_without(&d, Rule::FailingOwner), ["Korvane"], "{:#?}", fact_lines(&d));
}
