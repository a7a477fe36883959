//! Sixtieth session: a postal address's numbers are no product's model numbers (rule `recognise-postal-numbers`;
//! the typing rule of the session, `typing-address-unit`, is tested in `settle/address_units.rs`, as relate's tests
//! may not import a later stage). Invented sentences and names (none from the evaluation articles).

use crate::rulebook::Rule;
use newskg_doc::EntityKind;
use newskg_doc::EntityKind::{Location, Organization, Service};

/// The names found in `text` with the model mentions `model` given and rule `off` switched off, if any.
fn names(text: &str, model: &[(&str, EntityKind)], off: Option<Rule>) -> Vec<String> {
    let d = match off {
        Some(off) => super::run_recognising_without(text, model, off),
        None => super::run_titled(None, text, "2020-01-01", None, model),
    };
    d.entities.iter().map(|e| e.name.clone()).collect()
}

#[test]
fn a_zip_code_and_a_suite_number_stay_out_of_names() {
    let text =
        "Comments go to the Quarry Board, 12 Lock Street, Suite 4410, Dunmore, KS 67001. The Zeta 4410 sold well.";
    let model = [("Quarry Board", Organization), ("Suite", Location), ("Dunmore, KS", Location), ("Zeta", Service)];
    let got = names(text, &model, None);
    assert!(!got.iter().any(|n| n.contains("67001") || n.contains("Suite")), "{got:?}");
    // a model number after a name still joins it
    assert!(got.iter().any(|n| n == "Zeta 4410"), "{got:?}");
    let without = names(text, &model, Some(Rule::PostalNumbers));
    assert!(without.iter().any(|n| n.contains("67001")), "{without:?}");
    assert!(without.iter().any(|n| n.contains("Suite")), "{without:?}");
}
