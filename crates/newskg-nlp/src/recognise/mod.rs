//! Recognise entity mentions: consumes segmented [`Document`]s, produces [`Mention`]s.
//!
//! Two sources are combined: a [`Recogniser`] that proposes raw mentions (the token-classification
//! model [`NerModel`], [`ExternalMentions`] read from another recogniser's output, or
//! [`RulesOnly`], which proposes none) and hand-written rules and cue lists ([`rules`]), which add
//! what a recogniser cannot know (legal suffixes, service cues, zones) and split an ORG into
//! Company and Organization. A new model is a new [`Recogniser`] implementation; nothing else in
//! the pipeline changes.

pub(crate) mod linear;
mod model;
pub mod rules;
mod sources;

pub use model::{Found, ModelError, NerModel, RawMention};
pub(crate) use model::{load_tokenizer, require_files, runtime};
pub use rules::{Gazetteer, GazetteerError, RuleMode, Rules};
pub use sources::{ExternalMentions, RecogniserConfig, RulesOnly};

use newskg_doc::{Document, Mention};

/// The seam where mentions are found: anything that proposes raw mentions for a batch of
/// segmented documents, before the rules trim them and decide their kinds.
pub trait Recogniser: std::fmt::Debug + Send + Sync {
    /// The raw mentions of every document of a batch; the result is parallel to `docs`.
    fn find(&self, docs: &[Document]) -> Result<Vec<Vec<RawMention>>, ModelError>;

    /// The raw mentions with, where the recogniser has them, each word's name probability (the
    /// rules then add a name the recogniser missed only where it leaned towards one).
    fn find_scored(&self, docs: &[Document]) -> Result<Vec<Found>, ModelError> {
        Ok(self.find(docs)?.into_iter().map(|mentions| Found { mentions, name_scores: None }).collect())
    }

    /// Whether the raw mentions come from a recogniser of names. `false` (the rules alone) makes
    /// the rules find names from capitalisation instead of building on the recogniser's.
    fn finds_names(&self) -> bool {
        true
    }

    /// Identifies the recogniser and its version ("model-..", "external", "rules"); part of the
    /// extractor version, hence of every article's content hash.
    fn version(&self) -> String;
}

impl Recogniser for NerModel {
    fn find(&self, docs: &[Document]) -> Result<Vec<Vec<RawMention>>, ModelError> {
        self.predict(docs)
    }

    fn find_scored(&self, docs: &[Document]) -> Result<Vec<Found>, ModelError> {
        self.predict_scored(docs)
    }

    fn version(&self) -> String {
        NerModel::version(self).to_string()
    }
}

/// Finds the mentions of every document in a batch; the result is parallel to `docs`.
pub fn recognise(
    docs: &[Document],
    recogniser: &dyn Recogniser,
    rules: &Rules<'_>,
) -> Result<Vec<Vec<Mention>>, ModelError> {
    let found = recogniser.find_scored(docs)?;
    let finds_names = recogniser.finds_names();
    Ok(docs
        .iter()
        .zip(found)
        .map(|(doc, f)| rules.combine_scored(doc, &f.mentions, finds_names, f.name_scores.as_deref()))
        .collect())
}
