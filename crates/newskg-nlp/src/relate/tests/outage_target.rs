//! The target of a cyber attack is whose systems it took down (rule `outages-attack-target`):
//! "a cyber-attack on the X", "X were targeted by a ransomware attack". Invented sentences (none
//! from the evaluation articles).

use super::{fact_lines, name, run_with};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{Company, Organization};

fn providers(d: &newskg_doc::Document) -> Vec<String> {
    d.facts.outages.iter().map(|o| name(d, o.provider)).collect()
}

fn providers_without(d: &newskg_doc::Document, rule: Rule) -> Vec<String> {
    let off = crate::relate::relate_under(d, RuleSet::ALL.without(rule));
    off.outages.iter().map(|o| name(d, o.provider)).collect()
}

#[test]
fn the_target_of_a_cyber_attack_is_the_provider() {
    let text = "The Ministry of Culture said on 4 March that a cyber-attack on the Halvern Library had taken \
                its online catalogue offline for two days.";
    let d = run_with(text, "2025-03-06", None, &[("Ministry of Culture", Organization), ("Halvern Library", Organization)]);
    assert_eq!(providers(&d), ["Halvern Library"], "{:#?}", fact_lines(&d));
    assert_ne!(providers_without(&d, Rule::AttackTarget), ["Halvern Library"]);
}

#[test]
fn the_subject_targeted_by_a_ransomware_attack_is_the_provider() {
    let text = "Ostry Minister Pell told the House on 9 May that Varnholt Logistics were targeted by a \
                ransomware attack that shut its booking systems.";
    let d = run_with(text, "2025-05-12", None, &[("Varnholt Logistics", Company)]);
    assert_eq!(providers(&d), ["Varnholt Logistics"], "{:#?}", fact_lines(&d));
}
