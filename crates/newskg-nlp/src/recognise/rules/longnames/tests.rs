//! Tests of `longnames.rs` on invented sentences run through the rules and the resolver.
use crate::pipeline::{complete, prepare};
use crate::recognise::rules::Rules;
use newskg_doc::{Article, Document, EntityKind};

fn doc(text: &str) -> Document {
    let mut d = prepare(Article::from_text("t", text));
    let mentions = Rules::new(None).combine(&d, &[], false);
    complete(&mut d, mentions);
    d
}

fn named(d: &Document) -> Vec<(String, EntityKind)> {
    d.entities.iter().map(|e| (e.name.clone(), e.kind)).collect()
}

fn names_and_aliases(d: &Document) -> Vec<(String, EntityKind)> {
    d.entities
        .iter()
        .flat_map(|e| std::iter::once(&e.name).chain(&e.aliases).map(move |n| (n.clone(), e.kind)))
        .collect()
}

#[test]
fn a_legal_form_after_a_comma_belongs_to_the_name() {
    let d = doc("Regulators cleared the sale of Quillmore Fabrics, Inc. to Tarnby Holdings. \
                 Later, Brisk Lantern Partners, L.P. and Oxwell Dyes Co., Ltd. joined the talks.");
    let got = names_and_aliases(&d);
    for full in ["Quillmore Fabrics, Inc", "Brisk Lantern Partners, L.P", "Oxwell Dyes Co., Ltd"] {
        assert!(got.contains(&(full.to_string(), EntityKind::Company)), "{full}: {got:?}");
    }
    // the name itself stays as the text has it before the comma
    assert!(named(&d).contains(&("Quillmore Fabrics".to_string(), EntityKind::Company)), "{got:?}");
    assert!(!got.iter().any(|(n, _)| n == "L.P" || n == "Ltd" || n == "Inc"), "{got:?}");
}

#[test]
fn a_county_after_a_comma_is_no_legal_form() {
    let d = doc("The plant stands outside Ballyfern, Co. Kilmory, near the coast.");
    let got = named(&d);
    assert!(!got.iter().any(|(n, _)| n.contains("Co")), "{got:?}");
}

#[test]
fn a_body_name_goes_on_across_for_the() {
    let d = doc("The complaint was filed in the District Court for the Eastern District of Norland on Monday.");
    let got = named(&d);
    assert!(
        got.iter()
            .any(|(n, k)| n == "District Court for the Eastern District of Norland" && *k == EntityKind::Organization),
        "{got:?}"
    );
    assert!(!got.iter().any(|(n, _)| n == "Eastern District of Norland"), "{got:?}");
}

#[test]
fn for_the_needs_a_capitalised_name_after_it() {
    let d = doc("The Trade Commission for the first time fined the Varnel Agency.");
    let got = named(&d);
    assert!(got.iter().any(|(n, _)| n == "Trade Commission"), "{got:?}");
}
