//! The utility company of a power outage whose dated sentences name no organisation (rule
//! `outages-utility-provider`), a trade word before an operator noun (rule `outages-other-event-descriptor`) and a
//! cyber attack told with nothing lost (rule `outages-attack-only`). Invented sentences (none from the evaluation
//! articles).

use super::{fact_lines, run_with};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::Company;

#[test]
fn a_blackout_named_by_no_organisation_takes_the_utility_company() {
    let text = "On 17 May 2025 a blackout hit the northern half of the island, leaving two million homes without \
                power.\n\n\
                Corvane Analytics said the blackout began when a gas valve at a plant closed for two minutes.\n\n\
                Dunmere Electric Power Company later offered every household a rebate.";
    let names = [("Corvane Analytics", Company), ("Dunmere Electric Power Company", Company)];
    let d = run_with(text, "2025-06-05", None, &names);
    let utility = d.entities.iter().position(|e| e.name == "Dunmere Electric Power Company");
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    assert_eq!(d.facts.outages[0].provider, utility, "{:#?}", fact_lines(&d));
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::UtilityProvider));
    assert_eq!(off.outages.len(), 1);
    assert_ne!(off.outages[0].provider, utility);
}

#[test]
fn a_company_named_in_the_dated_sentence_stays_the_provider() {
    // the dated sentence names whose systems failed: a power cut at a bank's data centre is the bank's outage
    let text = "On 17 May 2025 a power failure at Harrowgate Bank's data centre took its app offline for six \
                hours.\n\nDunmere Electric Power Company said its network had worked normally.";
    let names = [("Harrowgate Bank", Company), ("Dunmere Electric Power Company", Company)];
    let d = run_with(text, "2025-06-05", None, &names);
    let bank = d.entities.iter().position(|e| e.name == "Harrowgate Bank");
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    assert_eq!(d.facts.outages[0].provider, bank, "{:#?}", fact_lines(&d));
}

#[test]
fn a_trade_word_before_an_operator_noun_is_no_service_lost() {
    let text = "In October 2024, British telecommunications provider Velcom disclosed a data breach in which the \
                records of 90,000 customers were stolen in a cyber attack.";
    let names = [("Velcom", Company)];
    let d = run_with(text, "2025-06-05", None, &names);
    // the attack-only rule is left out so that the descriptor's own effect shows
    let on = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::AttackOnly));
    let off =
        crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::AttackOnly).without(Rule::OtherEventDescriptor));
    assert_eq!((on.outages.len(), off.outages.len()), (0, 1), "{:#?}", fact_lines(&d));
}

#[test]
fn an_attack_with_nothing_lost_is_no_outage() {
    let text = "The case filing system of the Harrowgate courts was the target of a sustained cyberattack on 3 \
                March 2025, and the court service is strengthening its protections.";
    let d = run_with(text, "2025-06-05", None, &[]);
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::AttackOnly));
    assert_eq!((d.facts.outages.len(), off.outages.len()), (0, 1), "{:#?}", fact_lines(&d));
}

#[test]
fn an_attack_that_took_a_service_down_or_a_flood_stays() {
    let text = "A cyberattack on 3 March 2025 took Dunmere Bank's app offline for six hours.";
    let d = run_with(text, "2025-06-05", None, &[("Dunmere Bank", Company)]);
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
    let text = "A denial-of-service attack hit Dunmere Bank's website on 3 March 2025.";
    let d = run_with(text, "2025-06-05", None, &[("Dunmere Bank", Company)]);
    assert_eq!(d.facts.outages.len(), 1, "{:#?}", fact_lines(&d));
}
