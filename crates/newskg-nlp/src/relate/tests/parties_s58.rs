//! Fifty-eighth session: deal and corporate-structure parties the recogniser left out or cut
//! short — a name in a deal's slot the recogniser did not read (rule `recognise-deal-party-runs`),
//! a name opened by a numeral (rule `recognise-numeral-names`) and a lower-case legal form after a
//! name (rule `recognise-lower-legal-suffix`). Invented sentences and names, with the recogniser's mentions
//! by hand.

use super::deals_s48::{has_line, rels};
use super::{run_recognising_without, run_with};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::Document;
use newskg_doc::EntityKind::Company;

/// The names of the document's entities.
fn names(d: &Document) -> Vec<String> {
    d.entities.iter().map(|e| e.name.clone()).collect()
}

#[test]
fn a_party_opening_a_passive_deal_is_a_name() {
    let text = "Brenlow Designs was acquired by Quill Media in 2013.";
    let model = [("Quill Media", Company)];
    let d = run_with(text, "", None, &model);
    assert!(has_line(&names(&d), "Brenlow Designs"), "{:?}", names(&d));
    let got = rels(text, &model, None);
    assert!(has_line(&got, "rel Quill Media Acquired Brenlow Designs"), "{got:?}");
    let without = run_recognising_without(text, &model, Rule::DealPartyRuns);
    assert!(!has_line(&names(&without), "Brenlow Designs"), "{:?}", names(&without));
}

#[test]
fn a_numeral_opens_a_name() {
    let text = "Zeta Holdings bought 21st Century Widgets in 2019. \
                The deal follows the purchase of 2 Sisters Bakery Group by Quill Foods.";
    let model = [("Zeta Holdings", Company), ("Century Widgets", Company), ("Sisters Bakery Group", Company)];
    let model = [model.as_slice(), &[("Quill Foods", Company)]].concat();
    let d = run_with(text, "", None, &model);
    assert!(has_line(&names(&d), "21st Century Widgets"), "{:?}", names(&d));
    assert!(has_line(&names(&d), "2 Sisters Bakery Group"), "{:?}", names(&d));
    let without = run_recognising_without(text, &model, Rule::NumeralNames);
    assert!(has_line(&names(&without), "Century Widgets"), "{:?}", names(&without));
}

#[test]
fn a_year_a_unit_or_a_bare_count_opens_no_name() {
    let text = "In 2019 Zeta Holdings grew. The 1990s Quill Media was small. Acme sold 12 Brenlow Widgets.";
    let model = [("Zeta Holdings", Company), ("Quill Media", Company), ("Brenlow Widgets", Company)];
    let d = run_with(text, "", None, &model);
    let got = names(&d);
    assert!(
        has_line(&got, "Zeta Holdings") && has_line(&got, "Quill Media") && has_line(&got, "Brenlow Widgets"),
        "{got:?}"
    );
}

#[test]
fn a_lower_case_legal_form_makes_an_alias() {
    let text = "Quill Media plc bought Brenlow Games. Quill Media said the deal closed.";
    let model = [("Quill Media", Company), ("Brenlow Games", Company)];
    let d = run_with(text, "", None, &model);
    let quill = d.entities.iter().find(|e| e.name == "Quill Media").expect("Quill Media");
    assert!(quill.aliases.iter().any(|a| a == "Quill Media plc"), "{:?}", quill.aliases);
    let without = crate::resolve::resolve_under(&d, RuleSet::ALL.without(Rule::LowerLegalSuffix));
    let quill = without.iter().find(|e| e.name == "Quill Media").expect("Quill Media");
    assert!(!quill.aliases.iter().any(|a| a == "Quill Media plc"), "{:?}", quill.aliases);
}
