//! Session 62: a roundup whose paragraphs each open with a place's name and a dash tells each place's
//! incident on its own (rule `outages-place-sections`). Invented sentences (none from the evaluation
//! articles).

use super::{fact_lines, run_with};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::Company;

/// The outages with `rule` on, then off.
fn on_and_off(text: &str, names: &[(&str, newskg_doc::EntityKind)], rule: Rule) -> (usize, usize) {
    let d = run_with(text, "2025-03-12", None, names);
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(rule));
    (d.facts.outages.len(), off.outages.len())
}

#[test]
fn each_place_of_a_roundup_has_its_own_outage() {
    let text = "Heavy snow closed several parks over the weekend. Reports from the parks follow:\n\n\
                Zeta Falls - The lodge is without power and the road is closed. Crews are clearing trees.\n\n\
                Cedar Bay - Phones are out at the visitor centre. Staff are using radios.\n\n\
                Elm Ridge - A power outage hit the ranger station on Monday. The trails stay open.";
    let d = run_with(text, "2025-03-12", None, &[("Acme Energy", Company)]);
    assert_eq!(d.facts.outages.len(), 3, "{:#?}", fact_lines(&d));
    assert_eq!(on_and_off(text, &[("Acme Energy", Company)], Rule::PlaceSections), (3, 1));
}

#[test]
fn one_introduced_place_is_a_roundup() {
    let text = "A storm swept the coast on 9 March 2025. Power was out across much of the county. \
                Here is what the parks reported:\n\n\
                Zeta Falls - The summit lost power for about three hours. No buildings were damaged.";
    let d = run_with(text, "2025-03-12", None, &[("Acme Energy", Company)]);
    assert_eq!(d.facts.outages.len(), 2, "{:#?}", fact_lines(&d));
    assert_eq!(on_and_off(text, &[("Acme Energy", Company)], Rule::PlaceSections), (2, 1));
}

#[test]
fn a_dash_in_a_story_makes_no_roundup() {
    // one heading-like paragraph that no colon introduces: the story's one incident
    let text = "Acme Energy said on 9 March 2025 that a storm cut power to the town.\n\n\
                Zeta Falls - the worst hit - was without power for two days.";
    assert_eq!(on_and_off(text, &[("Acme Energy", Company)], Rule::PlaceSections), (1, 1));
}
