//! Shared pieces of the unit tests of the learned feature-vector models (`typing.rs`,
//! `outage_model.rs`, `outage_detect.rs`, `role_model.rs`, `relate/relscore.rs`): where the shipped
//! models and ONNX Runtime are, the cases their training scripts wrote, an
//! invented text taken through the rules to its facts (and the names it gives), and an entity looked up by name.

use std::path::Path;

use newskg_doc::{Article, Document, EntityIdx, Published};

use crate::pipeline::{complete_under, prepare};
use crate::recognise::rules::Rules;
use crate::rulebook::RuleSet;

/// The project's models folder.
pub(crate) fn models() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models"))
}

/// The ONNX Runtime library `scripts/setup.sh` installs.
pub(crate) fn ort_lib() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../.runtime/libonnxruntime.so"))
}

/// The chain up to the rules' facts (rules only, no recogniser model) on an invented text,
/// published on `published` (`YYYY-MM-DD`) when given.
pub(crate) fn rules_doc(text: &str, published: Option<&str>) -> Document {
    rules_doc_under(text, published, RuleSet::ALL)
}

/// [`rules_doc`] with only the named rules of `rules` on.
pub(crate) fn rules_doc_under(text: &str, published: Option<&str>, rules: RuleSet) -> Document {
    let published = published
        .map(|p| Published { date: chrono::NaiveDate::parse_from_str(p, "%Y-%m-%d").unwrap(), date_time: None });
    let mut d = prepare(Article { published, ..Article::from_text("t", text) });
    let mentions = Rules::new(None).combine(&d, &[], false);
    complete_under(&mut d, mentions, rules);
    d
}

/// The names of the entities the rules find in an invented text.
pub(crate) fn rules_names(text: &str) -> Vec<String> {
    rules_doc(text, None).entities.iter().map(|e| e.name.clone()).collect()
}

/// The names of the organisations the rules find in an invented text.
pub(crate) fn rules_orgs(text: &str) -> Vec<String> {
    let d = rules_doc(text, None);
    d.entities.iter().filter(|e| e.kind == newskg_doc::EntityKind::Organization).map(|e| e.name.clone()).collect()
}

/// The entity named `name` exactly; panics listing the entities when there is none.
pub(crate) fn entity(d: &Document, name: &str) -> EntityIdx {
    d.entities
        .iter()
        .position(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name:?} in {:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>()))
}

/// The cases a training script wrote beside a linear model (`*_cases.json`: each case a sparse
/// `features` object of index → value and the `probability` onnxruntime gave in Python) as dense
/// rows of `width` numbers and the probabilities wanted for them.
pub fn model_cases(cases: &[serde_json::Value], width: usize) -> (Vec<Vec<f32>>, Vec<f64>) {
    cases
        .iter()
        .map(|case| {
            let mut f = vec![0.0f32; width];
            for (k, v) in case["features"].as_object().expect("a case has a features object") {
                f[k.parse::<usize>().expect("a feature index")] = v.as_f64().expect("a feature value") as f32;
            }
            (f, case["probability"].as_f64().expect("a case has a probability"))
        })
        .unzip()
}

/// [`model_cases`] of the models folder's `name` (`{"features": width, "cases": [...]}`), after
/// checking that the file was written for vectors of `width` numbers.
pub fn model_cases_file(name: &str, width: usize) -> (Vec<Vec<f32>>, Vec<f64>) {
    let text = std::fs::read_to_string(models().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let file: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(file["features"].as_u64(), Some(width as u64), "{name} was written for another width");
    model_cases(file["cases"].as_array().expect("a cases array"), width)
}
