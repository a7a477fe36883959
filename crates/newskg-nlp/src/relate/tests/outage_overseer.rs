//! Who is never an outage's provider (`outages-not-operator`, `relate::overseers`): a body named
//! by an oversight head, one the text calls a regulator, one that acts on another organisation as
//! its overseer, a place typed as an organisation. Invented sentences (none from the evaluation
//! articles), with the recogniser's mentions given by hand.

use super::{fact_lines, name, run_with};
use crate::relate::overseers;
use crate::rulebook::{Rule, RuleSet};
use crate::words::Words;
use newskg_doc::Document;
use newskg_doc::EntityKind::{Company, Organization};

fn providers(d: &Document) -> Vec<String> {
    d.facts.outages.iter().map(|o| name(d, o.provider)).collect()
}

fn providers_without(d: &Document, rule: Rule) -> Vec<String> {
    let off = crate::relate::relate_under(d, RuleSet::ALL.without(rule));
    off.outages.iter().map(|o| name(d, o.provider)).collect()
}

/// The names `overseers` marks.
fn marked(d: &Document) -> Vec<String> {
    let flags = overseers(d, &Words::new(d));
    d.entities.iter().zip(flags).filter(|(_, f)| *f).map(|(e, _)| e.name.clone()).collect()
}

#[test]
fn a_commission_that_speaks_first_is_not_the_provider() {
    let text = "The Telecoms Oversight Commission said on Friday that a network failure at Ravelin Mobile \
                on 3 March had left 200,000 customers without a signal for nine hours.";
    let mentions = [("Telecoms Oversight Commission", Organization), ("Ravelin Mobile", Company)];
    let d = run_with(text, "2025-03-14", None, &mentions);
    assert_eq!(marked(&d), ["Telecoms Oversight Commission"]);
    assert_eq!(providers(&d), ["Ravelin Mobile"], "{:#?}", fact_lines(&d));
}

#[test]
fn a_commission_alone_gives_no_provider_and_the_rule_can_be_switched_off() {
    let text = "The Grid Standards Commission said a substation failure on 3 March cut power to 40,000 homes \
                for six hours.";
    let d = run_with(text, "2025-03-14", None, &[("Grid Standards Commission", Organization)]);
    assert!(providers(&d).iter().all(|p| p != "Grid Standards Commission"), "{:#?}", fact_lines(&d));
    assert_eq!(providers_without(&d, Rule::NotOperator), ["Grid Standards Commission"]);
}

#[test]
fn an_organisation_named_as_the_regulator_or_acting_on_another_is_marked() {
    let text = "The communications regulator Kestrel fined Ondra Telecom on Monday. Halvard said on Friday it \
                had asked Ondra Telecom for a full report. Ondra Telecom asked customers to restart their \
                phones, and Velt Bank signed an agreement with Ondra Telecom.";
    let mentions =
        [("Kestrel", Organization), ("Ondra Telecom", Company), ("Halvard", Organization), ("Velt Bank", Company)];
    let d = run_with(text, "2025-03-14", None, &mentions);
    let mut got = marked(&d);
    got.sort();
    // asking customers names no organisation acted on; an agreement is no overseer's act
    assert_eq!(got, ["Halvard", "Kestrel"], "{:#?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
}

#[test]
fn an_apposition_ending_on_watchdog_marks_the_name_but_a_regulator_that_speaks_does_not() {
    let text = "Brisa, the industry watchdog, opened a review. Ondra Telecom, the regulator said, had been \
                warned before.";
    let d = run_with(text, "2025-03-14", None, &[("Brisa", Organization), ("Ondra Telecom", Company)]);
    assert_eq!(marked(&d), ["Brisa"]);
}

#[test]
fn a_place_typed_as_an_organisation_is_never_the_provider() {
    let text = "Auckland said on Tuesday that a power cut on Monday had taken the website of Tarvo Energy \
                offline for six hours.";
    let d = run_with(text, "2025-03-14", None, &[("Auckland", Organization), ("Tarvo Energy", Company)]);
    assert_eq!(marked(&d), ["Auckland"]);
    assert!(providers(&d).iter().all(|p| p != "Auckland"), "{:#?}", fact_lines(&d));
}

#[test]
fn an_authority_is_an_overseer_only_with_the_field_it_regulates() {
    let text = "The Marland Aviation Safety Authority said a power failure at Tessock Airport on 3 March \
                grounded 90 flights. The Marland Transit Authority said its trains ran normally, and the \
                Brenvale Port Authority reported no delays.";
    let mentions = [
        ("Marland Aviation Safety Authority", Organization),
        ("Tessock Airport", Company),
        ("Marland Transit Authority", Organization),
        ("Brenvale Port Authority", Organization),
    ];
    let d = run_with(text, "2025-03-14", None, &mentions);
    // a transit or port authority runs trains or docks: it may be whose systems failed
    assert_eq!(marked(&d), ["Marland Aviation Safety Authority"]);
    assert_eq!(providers(&d), ["Tessock Airport"], "{:#?}", fact_lines(&d));
}

#[test]
fn an_incident_only_an_overseer_tells_stands_without_the_overseer_as_provider() {
    let text = "Ravelin Mobile has agreed to an independent review of its emergency network. The Marland \
                Communications Authority said a faulty server migration had caused last week's outage of the \
                relay service.";
    let mentions = [("Ravelin Mobile", Company), ("Marland Communications Authority", Organization)];
    let d = run_with(text, "2025-06-14", None, &mentions);
    assert_eq!(marked(&d), ["Marland Communications Authority"]);
    // the authority's score still tells the incident; it is never its provider
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    assert!(providers(&d).iter().all(|p| p != "Marland Communications Authority"), "{:#?}", fact_lines(&d));
}

#[test]
fn a_bureau_is_an_overseer_only_with_the_field_it_regulates() {
    let text = "The Marland Public Safety Bureau said an outage at Ravelin Mobile on 3 March blocked 900 emergency \
                calls. Dunmore Credit Bureau said its records were unaffected.";
    let mentions = [
        ("Marland Public Safety Bureau", Organization),
        ("Ravelin Mobile", Company),
        ("Dunmore Credit Bureau", Company),
    ];
    let d = run_with(text, "2025-03-14", None, &mentions);
    assert_eq!(marked(&d), ["Marland Public Safety Bureau"]);
    assert_eq!(providers(&d), ["Ravelin Mobile"], "{:#?}", fact_lines(&d));
}

#[test]
fn a_time_zone_taken_for_a_name_is_never_the_provider() {
    let text = "At 6:40 PM (AWST), a transformer fault at a Tarvo Energy substation cut power to 30,000 homes. \
                Supply was restored at 9:15 PM (AWST), Tarvo Energy said.";
    let d = run_with(text, "2025-03-14", None, &[("AWST", Company), ("Tarvo Energy", Company)]);
    assert_eq!(marked(&d), ["AWST"]);
    assert!(providers(&d).iter().all(|p| p != "AWST"), "{:#?}", fact_lines(&d));
}

#[test]
fn a_house_of_representatives_or_a_legislature_is_marked() {
    let text = "Speaking in the Corvalen House of Representatives on Tuesday, a member said the Northmere \
                Legislature had ignored a substation failure at Tessaly Power that cut supplies on 2 May.";
    let mentions = [
        ("Corvalen House of Representatives", Organization),
        ("Northmere Legislature", Organization),
        ("Tessaly Power", Company),
    ];
    let d = run_with(text, "2025-05-15", None, &mentions);
    let mut got = marked(&d);
    got.sort();
    assert_eq!(got, ["Corvalen House of Representatives", "Northmere Legislature"]);
    assert_eq!(providers(&d), ["Tessaly Power"], "{:#?}", fact_lines(&d));
}
