//! Recognise entity mentions: consumes segmented [`Document`]s, produces [`Mention`]s.
//!
//! Two sources are combined: the token-classification model ([`NerModel`], run over sentences
//! batched across documents) and hand-written rules and cue lists ([`rules`]), which add what the
//! model cannot know (legal suffixes, service cues, zones) and split the model's ORG into Company
//! and Organization.

mod model;
pub mod rules;

pub(crate) use model::runtime;
pub use model::{ModelError, NerModel, RawMention};
pub use rules::{Gazetteer, GazetteerError, RuleMode, Rules};

use crate::doc::{Document, Mention};

/// Finds the mentions of every document in a batch; the result is parallel to `docs`.
///
/// With no model, only the rules run (a weaker, capitalisation-based recogniser).
pub fn recognise(
    docs: &[Document],
    model: Option<&NerModel>,
    rules: &Rules<'_>,
) -> Result<Vec<Vec<Mention>>, ModelError> {
    let raw = match model {
        Some(model) => model.predict(docs)?,
        None => vec![Vec::new(); docs.len()],
    };
    Ok(docs.iter().zip(raw).map(|(doc, raw)| rules.combine(doc, &raw, model.is_some())).collect())
}

/// Combines mentions that another recogniser produced (one list per document) with the rules, as
/// [`recognise`] does with the model's; used to compare recognisers on equal terms.
pub fn recognise_external(docs: &[Document], raw: &[Vec<RawMention>], rules: &Rules<'_>) -> Vec<Vec<Mention>> {
    docs.iter().zip(raw).map(|(doc, raw)| rules.combine(doc, raw, true)).collect()
}
