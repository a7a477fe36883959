//! newskg: turn batches of news articles into a knowledge graph.
//!
//! This facade chains the stages of `newskg-nlp` (read → normalise → segment → recognise →
//! resolve → time → relate), maps each analysed document to RDF with `newskg-rdf`, and writes one
//! named graph per article into the `newskg-store`. [`Pipeline`] does the analysis, fanning
//! articles out with rayon and running the model over each article's sentences in batches; [`ingest`]
//! streams inputs through it in bounded chunks.

pub mod ingest;
pub mod serve;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

pub use newskg_nlp as nlp;
pub use newskg_rdf as rdf;
pub use newskg_store as store;

pub use newskg_nlp::recognise::RuleMode;
use newskg_nlp::recognise::{Gazetteer, ModelError, NerModel, Rules};
pub use newskg_nlp::relate::RelateMode;
use newskg_nlp::relate::pairs::PairModel;
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
    /// Mentions from another recogniser, read from a JSONL file (one line per article:
    /// `{"id": ..., "mentions": [{"start": c, "end": c, "label": "ORG|PER|LOC|SERVICE"}]}`, char
    /// offsets into the article text), combined with the rules like the model's. For comparing
    /// recognisers on equal terms (see train/spacy_mentions.py).
    External { mentions_file: PathBuf },
}

/// Mentions given by another recogniser, by article id: (char start, char end, kind).
type ExternalMentions = std::collections::HashMap<String, Vec<(usize, usize, newskg_nlp::EntityKind)>>;

fn load_external(path: &Path) -> Result<ExternalMentions, ModelError> {
    let bad = |reason: String| ModelError::Load { path: path.to_path_buf(), reason };
    let text = std::fs::read_to_string(path).map_err(|e| bad(e.to_string()))?;
    let mut out = ExternalMentions::new();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| bad(format!("line {}: {e}", i + 1)))?;
        let id = v["id"].as_str().ok_or_else(|| bad(format!("line {}: no id", i + 1)))?.to_string();
        let mut mentions = Vec::new();
        for m in v["mentions"].as_array().into_iter().flatten() {
            let (Some(start), Some(end)) = (m["start"].as_u64(), m["end"].as_u64()) else { continue };
            let kind = match m["label"].as_str() {
                Some("ORG" | "COMPANY") => newskg_nlp::EntityKind::Company,
                Some("ORGANIZATION") => newskg_nlp::EntityKind::Organization,
                Some("PER") => newskg_nlp::EntityKind::Person,
                Some("LOC") => newskg_nlp::EntityKind::Location,
                Some("SERVICE") => newskg_nlp::EntityKind::Service,
                _ => continue,
            };
            mentions.push((start as usize, end as usize, kind));
        }
        out.insert(id, mentions);
    }
    Ok(out)
}

/// Builds documents from articles.
#[derive(Debug)]
pub struct Pipeline {
    model: Option<NerModel>,
    external: Option<ExternalMentions>,
    gazetteer: Option<Gazetteer>,
    rules: RuleMode,
    pairs: Option<PairModel>,
    relate: RelateMode,
    version: String,
}

/// Where positions and relations come from when the recogniser is the model and no mode is
/// given: chosen on the corpus dev split (models/PAIRS.md).
pub const DEFAULT_RELATE: RelateMode = RelateMode::BothRelations;

/// Options of the recognition stage beyond the recogniser itself.
#[derive(Debug, Clone)]
pub struct RecogniserOptions {
    /// A company name list (one per line, or SEC `company_tickers.json`) the rules may use.
    pub gazetteer: Option<PathBuf>,
    /// How much the rules do on top of the recogniser (all of it by default); the lighter
    /// modes measure the recogniser alone.
    pub rules: RuleMode,
    /// Where positions and relations come from; `None`: [`DEFAULT_RELATE`] with the model
    /// recogniser, the rules otherwise. The pair model is read from the recogniser's model folder
    /// (or the default one).
    pub relate: Option<RelateMode>,
}

impl RecogniserOptions {
    /// The shipped set-up: rules add mentions, no gazetteer.
    pub fn standard() -> RecogniserOptions {
        RecogniserOptions { gazetteer: None, rules: RuleMode::Full, relate: None }
    }
}

impl Pipeline {
    /// Loads what the recogniser needs, with the standard options.
    pub fn new(recogniser: &Recogniser) -> Result<Pipeline, ModelError> {
        Pipeline::with_options(recogniser, &RecogniserOptions::standard())
    }

    /// Loads what the recogniser needs.
    pub fn with_options(recogniser: &Recogniser, options: &RecogniserOptions) -> Result<Pipeline, ModelError> {
        let (model, external) = match recogniser {
            Recogniser::Model { model_dir, ort_lib } => (Some(NerModel::load(model_dir, ort_lib)?), None),
            Recogniser::Rules => (None, None),
            Recogniser::External { mentions_file } => (None, Some(load_external(mentions_file)?)),
        };
        let gazetteer = match &options.gazetteer {
            Some(path) => Some(
                Gazetteer::load(path).map_err(|e| ModelError::Load { path: path.clone(), reason: e.to_string() })?,
            ),
            None => None,
        };
        let mut version = match (&model, &external) {
            (Some(m), _) => format!("{EXTRACTOR_VERSION}+{}", m.version()),
            (None, Some(_)) => format!("{EXTRACTOR_VERSION}+external"),
            (None, None) => format!("{EXTRACTOR_VERSION}+rules"),
        };
        if let Some(g) = &options.gazetteer {
            version.push_str(&format!("+gazetteer:{}", g.display()));
        }
        match options.rules {
            RuleMode::Full => {}
            RuleMode::TypingOnly => version.push_str("+rules:typing"),
            RuleMode::Off => version.push_str("+rules:off"),
        }
        let relate = options.relate.unwrap_or(match recogniser {
            Recogniser::Model { .. } => DEFAULT_RELATE,
            _ => RelateMode::Rules,
        });
        let pairs = match (relate, recogniser) {
            (RelateMode::Rules, _) => None,
            (_, Recogniser::Model { model_dir, ort_lib }) => Some(PairModel::load(model_dir, ort_lib)?),
            _ => Some(PairModel::load(&default_model_dir(), &default_ort_lib())?),
        };
        if let Some(p) = &pairs {
            let mode = match relate {
                RelateMode::Model => "model",
                RelateMode::Both => "both",
                _ => "both-relations",
            };
            version.push_str(&format!("+relate:{mode}:{}", p.version()));
        }
        Ok(Pipeline { model, external, gazetteer, rules: options.rules, pairs, relate, version })
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
        let rules = Rules::new(self.gazetteer.as_ref()).with_mode(self.rules);
        let mentions = match &self.external {
            Some(external) => {
                let raw: Vec<Vec<recognise::RawMention>> = docs
                    .iter()
                    .map(|doc| {
                        let given = external.get(&doc.article.id).map_or(&[][..], Vec::as_slice);
                        given
                            .iter()
                            .filter_map(|&(start, end, kind)| {
                                let span = doc.span(doc.from_original_char(start), doc.from_original_char(end))?;
                                Some(recognise::RawMention { span, kind, confidence: 0.9 })
                            })
                            .collect()
                    })
                    .collect();
                recognise::recognise_external(&docs, &raw, &rules)
            }
            None => recognise::recognise(&docs, self.model.as_ref(), &rules)?,
        };
        let facts: Vec<Result<newskg_nlp::Facts, ModelError>> = docs
            .par_iter_mut()
            .zip(mentions)
            .map(|(doc, mentions)| {
                doc.mentions = mentions;
                doc.entities = resolve::resolve(doc);
                let ctx = relate::time_context(doc);
                doc.times = time::tag_times(&doc.text, &ctx);
                doc.time_expressions = distinct_times(&doc.text, time::tag_times_nested(&doc.text, &ctx));
                doc.durations = time::tag_durations(&doc.text);
                relate::relate_with(doc, self.pairs.as_ref(), self.relate)
            })
            .collect();
        for (doc, f) in docs.iter_mut().zip(facts) {
            doc.facts = f?;
        }
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
