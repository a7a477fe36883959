//! newskg's shared vocabulary: the document that flows through the pipeline and the values its
//! stages produce.
//!
//! [`Article`] is what `read` produced; [`Document`] is the article plus every layer the stages
//! add (sentences, tokens, mentions, entities, time expressions, durations, facts, diagnostics).
//! [`Span`] is a byte range into the normalised text with `start <= end` by construction. Time
//! values ([`TimeValue`], [`TimeMention`], [`DurationMention`], [`TimeContext`]) live here too.
//!
//! This crate holds data and invariants only: no I/O, no model, no language-specific word lists,
//! no IRIs or RDF. `newskg-nlp` fills the layers; `newskg-rdf` maps a document to quads.

mod doc;
mod time;

pub use doc::{
    Article, Diagnostic, Document, Entity, EntityIdx, EntityKind, Evidence, Facts, Mention, MentionSource, Outage,
    Position, Published, Relation, RelationKind, Role, Sentence, Span, Token,
};
pub use time::{DurationMention, TimeContext, TimeMention, TimeValue};
