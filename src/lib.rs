//! newskg: turn batches of news articles into a knowledge graph.
//!
//! This facade chains the stages of `newskg-nlp` (read → normalise → segment → recognise →
//! resolve → time → relate), maps each analysed document to RDF with `newskg-rdf`, and writes one
//! named graph per article into the `newskg-store`. [`Pipeline`] does the analysis, fanning
//! articles out with rayon and batching sentences across articles for the model; [`ingest`]
//! streams inputs through it in bounded chunks.

pub mod ingest;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

pub use newskg_nlp as nlp;
pub use newskg_rdf as rdf;
pub use newskg_store as store;

use newskg_nlp::recognise::{ModelError, NerModel};
use newskg_nlp::{Article, Document, normalise, recognise, relate, resolve, segment, time};

/// Bumped whenever extraction output changes, so re-ingesting re-analyses unchanged articles.
pub const EXTRACTOR_VERSION: &str = concat!("newskg-", env!("CARGO_PKG_VERSION"), "-x1");

/// Where the model and the ONNX Runtime library live by default: the project's own folders.
pub const DEFAULT_MODEL_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/models");
pub const DEFAULT_ORT_LIB: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/.runtime/libonnxruntime.so");

/// Which entity recogniser to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recogniser {
    /// The shipped token-classification model plus rules.
    Model { model_dir: PathBuf, ort_lib: PathBuf },
    /// Capitalisation and cue rules only (no model files needed; much less accurate).
    Rules,
}

/// Builds documents from articles.
#[derive(Debug)]
pub struct Pipeline {
    model: Option<NerModel>,
    version: String,
}

impl Pipeline {
    /// Loads what the recogniser needs.
    pub fn new(recogniser: &Recogniser) -> Result<Pipeline, ModelError> {
        let model = match recogniser {
            Recogniser::Model { model_dir, ort_lib } => Some(NerModel::load(model_dir, ort_lib)?),
            Recogniser::Rules => None,
        };
        let version = match &model {
            Some(m) => format!("{EXTRACTOR_VERSION}+{}", m.version()),
            None => format!("{EXTRACTOR_VERSION}+rules"),
        };
        Ok(Pipeline { model, version })
    }

    /// The loaded model, if the recogniser uses one.
    pub fn model(&self) -> Option<&NerModel> {
        self.model.as_ref()
    }

    /// Identifies the extractor: part of every article's content hash.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Analyses a batch of articles; the result is parallel to the input.
    pub fn analyse(&self, articles: Vec<Article>) -> Result<Vec<Document>, ModelError> {
        let mut docs: Vec<Document> = articles
            .into_par_iter()
            .map(|a| {
                let mut doc = normalise::normalise(a);
                doc.sentences = segment::sentences(&doc.text);
                doc.tokens = segment::tokens(&doc.text);
                doc
            })
            .collect();
        let mentions = recognise::recognise(&docs, self.model.as_ref())?;
        docs.par_iter_mut().zip(mentions).for_each(|(doc, mentions)| {
            doc.mentions = mentions;
            doc.entities = resolve::resolve(doc);
            let ctx = relate::time_context(doc);
            doc.times = time::tag_times(&doc.text, &ctx);
            doc.time_expressions = distinct_times(&doc.text, time::tag_times_nested(&doc.text, &ctx));
            doc.durations = time::tag_durations(&doc.text);
            doc.facts = relate::relate(doc);
        });
        Ok(docs)
    }

    /// Analyses one article.
    pub fn analyse_one(&self, article: Article) -> Result<Document, ModelError> {
        let mut docs = self.analyse(vec![article])?;
        docs.pop().ok_or_else(|| ModelError::Run("no document came back".into()))
    }
}

/// Keeps one time expression per (lower-cased text, value): the graph lists what an article says,
/// not how often.
fn distinct_times(text: &str, times: Vec<time::TimeMention>) -> Vec<time::TimeMention> {
    let mut seen = std::collections::HashSet::new();
    times
        .into_iter()
        .filter(|t| seen.insert((text.get(t.start..t.end).unwrap_or("").to_lowercase(), t.value.lexical())))
        .collect()
}

/// The hash that decides whether a re-ingested article changed: its fields and the extractor.
pub fn content_hash(article: &Article, extractor_version: &str) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for part in [
        article.id.as_str(),
        article.title.as_deref().unwrap_or(""),
        &article.published.as_ref().map(|p| format!("{p:?}")).unwrap_or_default(),
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

/// Finds the default model folder: `./models` when it holds a model, else the project's own.
pub fn default_model_dir() -> PathBuf {
    let local = Path::new("models");
    if local.join("ner.onnx").is_file() { local.to_path_buf() } else { PathBuf::from(DEFAULT_MODEL_DIR) }
}
