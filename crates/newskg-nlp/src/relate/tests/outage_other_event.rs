//! An outage whose evidence names an event the annotation guidelines say is no outage (a physical accident, a
//! strike, a market event, a business failure, a data breach) and nothing users lost is dropped (rule `outages-other-event`). Invented
//! sentences (none from the evaluation articles).

use super::{fact_lines, run_with};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{Company, Organization};

/// The outages with the rule on, then off (`outages-attack-only`, which drops an attack told with nothing
/// lost, off as well, so that this rule's own effect shows).
fn on_and_off(text: &str, names: &[(&str, newskg_doc::EntityKind)]) -> (usize, usize) {
    let d = run_with(text, "2025-06-05", None, names);
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::OtherEvent).without(Rule::AttackOnly));
    (d.facts.outages.len(), off.outages.len())
}

#[test]
fn a_plane_crash_is_no_outage() {
    let text = "A Corvane Air airliner went down near Belmont on 14 May 2025. Investigators said a failure left the \
                pilots unconscious before the plane crashed, killing all 40 people on board.";
    assert_eq!(on_and_off(text, &[("Corvane Air", Company)]), (0, 1));
}

#[test]
fn a_work_stoppage_is_no_outage() {
    let text = "A work stoppage by Belmont Transit drivers began at 19:00 on Tuesday after talks with the union broke \
                down, disrupting journeys across the city.";
    assert_eq!(on_and_off(text, &[("Belmont Transit", Organization)]), (0, 1));
}

#[test]
fn a_stock_market_crash_is_no_outage() {
    let text = "On 6 May 2025 a flash crash on the Belmont Exchange began at 2:32 p.m. and stock prices collapsed \
                within minutes before shares recovered.";
    assert_eq!(on_and_off(text, &[("Belmont Exchange", Organization)]), (0, 1));
}

#[test]
fn a_strike_that_cut_power_and_a_crash_that_took_servers_down_stay() {
    let text = "On Tuesday 3 June 2025 a strike at Belmont Power cut electricity to 20,000 homes for six hours.";
    let d = run_with(text, "2025-06-05", None, &[("Belmont Power", Company)]);
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    let text = "On 4 March 2025 a software crash took Dunmere Bank's servers down, and customers could not log in \
                to its app for three hours.";
    let d = run_with(text, "2025-06-05", None, &[("Dunmere Bank", Company)]);
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
}

#[test]
fn an_event_word_in_a_name_does_not_count() {
    let text = "Trading on the Nordvik Stock Exchange was halted for two hours on Wednesday 3 April 2024 after a \
                technical fault in its matching engine.";
    assert_eq!(on_and_off(text, &[("Nordvik Stock Exchange", Organization)]), (1, 1));
}

#[test]
fn data_stolen_with_no_service_lost_is_no_outage() {
    let text = "On 3 March 2025 hackers stole the data of two million customers of Dunmere Bank in a cyberattack, the \
                bank said.";
    assert_eq!(on_and_off(text, &[("Dunmere Bank", Company)]), (0, 1));
}

#[test]
fn a_bankruptcy_is_no_outage() {
    let text = "A disruption hit Skyjet Airways on 3 March 2025 when it filed for bankruptcy, stranding 4,000 \
                passengers.";
    assert_eq!(on_and_off(text, &[("Skyjet Airways", Company)]), (0, 1));
}
