//! Session 35's outage triggers: an inability to do a line or payment service's work
//! (`outages-unable-service-job`), a supply being restored (`outages-restore-supply`), equipment "out of service"
//! (`outages-out-of-service`) and a system "not working" (`outages-not-working`). Invented sentences (none from
//! the evaluation articles).

use super::{fact_lines, run_with};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{self, Company, Location};

/// The number of outages with every rule on, then with `rule` off.
fn on_and_off(text: &str, names: &[(&str, EntityKind)], rule: Rule) -> (usize, usize) {
    let d = run_with(text, "2023-10-20", None, names);
    let on = d.facts.outages.len();
    assert!(on <= 1, "{:#?}", fact_lines(&d));
    (on, crate::relate::relate_under(&d, RuleSet::ALL.without(rule)).outages.len())
}

#[test]
fn unable_to_make_calls_is_an_outage() {
    let text = "On 9 October 2023 Pellow Mobile customers were unable to make calls for five hours.";
    assert_eq!(on_and_off(text, &[("Pellow Mobile", Company)], Rule::UnableServiceJob), (1, 0));
}

#[test]
fn unable_to_relay_emergency_calls_is_an_outage() {
    let text = "On 9 October 2023 the Quarrin Relay network was unable to relay 911 calls from deaf users.";
    assert_eq!(on_and_off(text, &[("Quarrin Relay", Company)], Rule::UnableServiceJob), (1, 0));
}

/// "could not" is a past inability, not the hypothetical "could".
#[test]
fn could_not_process_payments_is_an_outage() {
    let text = "On 9 October 2023 shops using Tessel Pay could not process payments for most of the day.";
    assert_eq!(on_and_off(text, &[("Tessel Pay", Company)], Rule::UnableServiceJob), (1, 0));
}

#[test]
fn an_inability_to_handle_calls_is_an_outage() {
    let text = "On 9 October 2023 an inability to handle emergency calls hit Corvel Telecom across the north.";
    assert_eq!(on_and_off(text, &[("Corvel Telecom", Company)], Rule::UnableServiceJob), (1, 0));
}

/// A debtor unable to make payments, a hypothetical inability, a verb with no service object: none.
#[test]
fn other_inabilities_are_no_outage() {
    for text in [
        "On 9 October 2023 many Fenwick Bank borrowers were unable to make payments on their loans.",
        "On 9 October 2023 Pellow Mobile warned that a fault would leave customers unable to make calls.",
        "On 9 October 2023 Pellow Mobile was unable to make a decision on the merger.",
    ] {
        let names = [("Fenwick Bank", Company), ("Pellow Mobile", Company)];
        assert_eq!(on_and_off(text, &names, Rule::UnableServiceJob), (0, 0), "{text}");
    }
}

#[test]
fn crews_restoring_power_tell_an_outage() {
    let text = "Storm Elna struck Harrowgate on 9 October 2023. Crews from Harrowgate Power are working to restore \
                power to 12,000 homes.";
    let names = [("Harrowgate Power", Company), ("Harrowgate", Location)];
    assert_eq!(on_and_off(text, &names, Rule::RestoreSupply), (1, 0));
}

#[test]
fn the_restoration_of_water_supplies_tells_an_outage() {
    let text = "Frost burst mains in Ashby on 9 October 2023. Brenlow Water has begun the restoration of water \
                supplies to the town.";
    let names = [("Brenlow Water", Company), ("Ashby", Location)];
    assert_eq!(on_and_off(text, &names, Rule::RestoreSupply), (1, 0));
}

/// A dated restoration dates no outage: its day is when supplies came back, not when they were lost.
#[test]
fn a_dated_restoration_opens_no_outage() {
    let text = "Brenlow Water restored supplies to the town of Ashby on 12 October 2023.";
    let names = [("Brenlow Water", Company), ("Ashby", Location)];
    assert_eq!(on_and_off(text, &names, Rule::RestoreSupply), (0, 0));
}

/// Restoring confidence is no supply; a service given back after a block was withheld, not lost.
#[test]
fn other_restorations_are_no_outage() {
    for text in [
        "Harrowgate Power said it would work to restore confidence among investors.",
        "On 9 October 2023 the regulator of Keldon blocked the Quillo website. It has since restored service to Quillo.",
    ] {
        let names = [("Harrowgate Power", Company), ("Keldon", Location), ("Quillo", Company)];
        assert_eq!(on_and_off(text, &names, Rule::RestoreSupply), (0, 0), "{text}");
    }
}

#[test]
fn a_network_out_of_service_is_an_outage() {
    let text = "On 9 October 2023 the Dunmore Telecom network was out of service across the valley.";
    assert_eq!(on_and_off(text, &[("Dunmore Telecom", Company)], Rule::OutOfService), (1, 0));
}

#[test]
fn telephones_put_out_of_order_are_an_outage() {
    let text = "On 9 October 2023 floods put 4,000 Dunmore Telecom telephones out of order.";
    assert_eq!(on_and_off(text, &[("Dunmore Telecom", Company)], Rule::OutOfService), (1, 0));
}

/// Lifts out of order are no service users lost.
#[test]
fn lifts_out_of_order_are_no_outage() {
    let text = "On 9 October 2023 the lifts at the Dunmore Telecom offices were out of order.";
    assert_eq!(on_and_off(text, &[("Dunmore Telecom", Company)], Rule::OutOfService), (0, 0));
}

#[test]
fn a_website_not_working_is_an_outage() {
    let text = "On 9 October 2023 the Fenwick Bank website was not working for six hours.";
    assert_eq!(on_and_off(text, &[("Fenwick Bank", Company)], Rule::NotWorking), (1, 0));
}

#[test]
fn cash_machines_that_did_not_work_are_an_outage() {
    let text = "On 9 October 2023 the Fenwick Bank cash machines did not work across the city.";
    assert_eq!(on_and_off(text, &[("Fenwick Bank", Company)], Rule::NotWorking), (1, 0));
}

/// A plan or a bus service not working is no system users lost.
#[test]
fn a_plan_not_working_is_no_outage() {
    for text in [
        "On 9 October 2023 Fenwick Bank admitted that its savings plan was not working.",
        "On 9 October 2023 Fenwick Bank said the staff bus service was not working as intended.",
    ] {
        assert_eq!(on_and_off(text, &[("Fenwick Bank", Company)], Rule::NotWorking), (0, 0), "{text}");
    }
}

#[test]
fn a_fine_for_late_outage_reports_is_no_outage() {
    for text in [
        "On 9 October 2023 the regulator fined Dunmore Telecom for failing to report network outages on time.",
        "On 9 October 2023 Dunmore Telecom was penalised for reporting outages late.",
    ] {
        assert_eq!(on_and_off(text, &[("Dunmore Telecom", Company)], Rule::ReportingEnforcement), (0, 1), "{text}");
    }
}

/// An outage told by itself keeps its trigger beside a fine: "failed to notify ... of an outage on 3 May".
#[test]
fn a_fine_for_one_unreported_outage_keeps_it() {
    let text = "The regulator fined Dunmore Telecom, which failed to notify councils of an outage on 2 October 2023.";
    assert_eq!(on_and_off(text, &[("Dunmore Telecom", Company)], Rule::ReportingEnforcement), (1, 1));
}
