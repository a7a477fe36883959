//! Shared pieces of the unit tests of the learned feature-vector models (`typing.rs`,
//! `outage_model.rs`, `relate/relscore.rs`): where the shipped models and ONNX Runtime are, an
//! invented text taken through the rules to its facts, and an entity looked up by name.

use std::path::Path;

use newskg_doc::{Article, Document, EntityIdx, Published};

use crate::pipeline::{complete, prepare};
use crate::recognise::rules::Rules;

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
    let published = published
        .map(|p| Published { date: chrono::NaiveDate::parse_from_str(p, "%Y-%m-%d").unwrap(), date_time: None });
    let mut d = prepare(Article {
        id: "t".into(),
        title: None,
        published,
        url: None,
        text: text.into(),
        origin: "test".into(),
    });
    let mentions = Rules::new(None).combine(&d, &[], false);
    complete(&mut d, mentions);
    d
}

/// The entity named `name` exactly; panics listing the entities when there is none.
pub(crate) fn entity(d: &Document, name: &str) -> EntityIdx {
    d.entities
        .iter()
        .position(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name:?} in {:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>()))
}
