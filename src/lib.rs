//! newskg: turn batches of news articles into a knowledge graph.
//!
//! This facade re-exports the chain of stages owned by `newskg-nlp` ([`Pipeline`]: read →
//! normalise → segment → recognise → resolve → time → relate), and [`ingest`] streams inputs
//! through it in bounded chunks, maps each analysed document to RDF with `newskg-rdf` and hands
//! the article graphs to a [`GraphSink`](ingest::GraphSink) (the embedded `newskg-store` today).

pub mod ingest;
pub mod kg;
pub mod load;
pub mod push;
pub mod remote;
pub mod serve;
mod sink;

use std::path::{Path, PathBuf};

pub use newskg_doc as doc;
pub use newskg_nlp as nlp;
pub use newskg_rdf as rdf;
pub use newskg_store as store;

pub use newskg_nlp::pipeline::{
    CalibrationChoice, DEFAULT_RELATE, DEFAULT_RELATIONS, OutagesMode, Pipeline, RecogniserOptions, RelationsMode,
    RolesMode, TypingMode,
};
pub use newskg_nlp::recognise::{RecogniserConfig, RuleMode};
pub use newskg_nlp::relate::RelateMode;

use newskg_doc::{Article, Published};

/// Bumped whenever extraction output changes, so re-ingesting re-analyses unchanged articles.
pub const EXTRACTOR_VERSION: &str = concat!("newskg-", env!("CARGO_PKG_VERSION"), "-x1");

/// Where the model and the ONNX Runtime library live by default: the project's own folders.
pub const DEFAULT_MODEL_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/models");
pub const DEFAULT_ORT_LIB: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/.runtime/libonnxruntime.so");
/// The project's own saved queries, wherever the binary runs from.
pub const PROJECT_QUERIES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/queries");

/// The extractor version of a pipeline: this crate's version plus the recogniser's, its model
/// version and options. Part of every article's content hash.
pub fn extractor_version(pipeline: &Pipeline) -> String {
    format!("{EXTRACTOR_VERSION}+{}", pipeline.version())
}

/// The hash that decides whether a re-ingested article changed: its fields and the extractor.
///
/// Every field is written in an explicit, stable form (never `Debug` output, which may change with
/// a compiler or a derive): the publication date as `YYYY-MM-DD`, plus ` ` and the RFC 3339
/// date-time when the input gave one. (Hashes written before this form was adopted used `Debug`;
/// such articles are re-analysed once on their next ingest.)
pub fn content_hash(article: &Article, extractor_version: &str) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for part in [
        article.id.as_str(),
        article.title.as_deref().unwrap_or(""),
        &article.published.as_ref().map(published_key).unwrap_or_default(),
        article.url.as_deref().unwrap_or(""),
        &article.text,
        extractor_version,
    ] {
        // Length-prefixed, so no two different field lists hash the same bytes.
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The publication date as the content hash sees it: `2023-11-13` or
/// `2023-11-13 2023-11-13T08:00:00+08:00`.
fn published_key(published: &Published) -> String {
    let date = published.date.format("%Y-%m-%d").to_string();
    match published.date_time {
        Some(dt) => format!("{date} {}", dt.to_rfc3339()),
        None => date,
    }
}

/// Finds the ONNX Runtime library: `./.runtime/libonnxruntime.so` when there, else the project's own.
pub fn default_ort_lib() -> PathBuf {
    let local = Path::new(".runtime/libonnxruntime.so");
    if local.is_file() { local.to_path_buf() } else { PathBuf::from(DEFAULT_ORT_LIB) }
}

/// Finds the default model folder: `./models` when it holds a model, else the project's own.
pub fn default_model_dir() -> PathBuf {
    let local = Path::new("models");
    if local.join("ner.onnx").is_file() { local.to_path_buf() } else { PathBuf::from(DEFAULT_MODEL_DIR) }
}
