//! Session 61: a model number's plural names the product in the singular (rule `recognise-plural-models`).
//! Invented sentences (none from the evaluation articles).

use super::{entity_lines, run_recognising_without, run_with};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::Company;

#[test]
fn a_plural_model_number_names_the_product_in_the_singular() {
    let text = "Velmora Air flies twelve Zetacraft 717s on its short routes.";
    let model = [("Velmora Air", Company), ("Zetacraft", Company)];
    let d = run_with(text, "", None, &model);
    let got = entity_lines(&d);
    assert!(got.contains(&"Service \"Zetacraft 717\"".to_string()), "{got:?}");
    assert!(!got.iter().any(|l| l.contains("717s")), "{got:?}");
    let off = run_recognising_without(text, &model, Rule::PluralModels);
    assert!(!entity_lines(&off).contains(&"Service \"Zetacraft 717\"".to_string()), "{:?}", entity_lines(&off));
}

#[test]
fn a_decade_is_no_product() {
    let text = "Velmora Air was founded in the 1830s as a coach line and grew in the 80s.";
    let model = [("Velmora Air", Company)];
    let d = run_with(text, "", None, &model);
    let got = entity_lines(&d);
    assert!(!got.iter().any(|l| l.contains("1830") || l.contains("80")), "{got:?}");
}
