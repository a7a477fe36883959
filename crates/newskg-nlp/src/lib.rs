//! newskg's text pipeline: from an article's text to entities, facts and time expressions.
//!
//! The stages, in order, each a module that takes the [`Document`] built so far and returns its
//! own layer:
//!
//! 1. [`read`]: files, directories and JSONL streams into [`Article`]s (the only stage with I/O);
//! 2. [`normalise`]: the article text into the normalised text plus an alignment back;
//! 3. [`segment`]: sentences and word tokens;
//! 4. [`recognise`]: entity mentions (a token-classification model plus rules);
//! 5. [`resolve`]: mentions into entities with canonical names and aliases;
//! 6. [`time`]: time expressions normalised against the publication date, and durations;
//! 7. [`relate`]: positions, relations between entities and outages, with evidence.
//!
//! The document types themselves live in `newskg-doc` (re-exported here). This crate knows nothing
//! of RDF, IRIs or the store.

pub mod calibrate;
pub(crate) mod lexicon;
pub mod normalise;
pub mod orgcheck;
pub mod outage_detect;
pub mod outage_model;
pub mod outage_times;
pub mod pipeline;
pub mod read;
pub mod recognise;
pub mod relate;
pub mod resolve;
pub mod role_model;
pub mod rulebook;
pub mod segment;
pub mod settle;
#[cfg(test)]
mod testkit;
pub mod time;
pub mod typing;
pub(crate) mod words;
pub mod zones;

pub use newskg_doc::{
    Article, Diagnostic, Document, Entity, EntityIdx, EntityKind, Evidence, Facts, Mention, MentionSource, Outage,
    Position, Published, Relation, RelationKind, Role, Sentence, Span, Token,
};
pub use pipeline::{CalibrationChoice, OutagesMode, Pipeline, RecogniserOptions, RolesMode, TypingMode};
pub use rulebook::{RULES, Rule, RuleSet, UnknownRule};
