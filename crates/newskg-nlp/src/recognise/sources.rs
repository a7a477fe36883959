//! The recognisers other than the model: [`RulesOnly`] (no recogniser, the rules find names from
//! capitalisation) and [`ExternalMentions`] (another recogniser's output, read from JSONL), and
//! [`RecogniserConfig`], which names one of the three and loads it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use newskg_doc::{Document, EntityKind};

use super::{ModelError, NerModel, RawMention, Recogniser};

/// No recogniser: capitalisation and cue rules only (no model files needed; much less accurate).
#[derive(Debug, Clone, Copy, Default)]
pub struct RulesOnly;

impl Recogniser for RulesOnly {
    fn find(&self, docs: &[Document]) -> Result<Vec<Vec<RawMention>>, ModelError> {
        Ok(vec![Vec::new(); docs.len()])
    }

    fn finds_names(&self) -> bool {
        false
    }

    fn version(&self) -> String {
        "rules".to_string()
    }
}

/// The confidence given to another recogniser's mentions, which carry none of their own.
const EXTERNAL_CONFIDENCE: f32 = 0.9;

/// Mentions given by another recogniser, by article id: (char start, char end, kind), char offsets
/// into the article text as read. Combined with the rules like the model's, to compare recognisers
/// on equal terms (see train/spacy_mentions.py).
#[derive(Debug, Clone, Default)]
pub struct ExternalMentions {
    by_id: HashMap<String, Vec<(usize, usize, EntityKind)>>,
}

impl ExternalMentions {
    /// Reads a JSONL file, one line per article:
    /// `{"id": ..., "mentions": [{"start": c, "end": c, "label": "ORG|PER|LOC|SERVICE"}]}`
    /// (`COMPANY` and `ORGANIZATION` are accepted too; other labels are skipped).
    pub fn load(path: &Path) -> Result<ExternalMentions, ModelError> {
        let bad = |reason: String| ModelError::Load { path: path.to_path_buf(), reason };
        let text = std::fs::read_to_string(path).map_err(|e| bad(e.to_string()))?;
        let mut by_id = HashMap::new();
        for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).map_err(|e| bad(format!("line {}: {e}", i + 1)))?;
            let id = v["id"].as_str().ok_or_else(|| bad(format!("line {}: no id", i + 1)))?.to_string();
            let mut mentions = Vec::new();
            for m in v["mentions"].as_array().into_iter().flatten() {
                let (Some(start), Some(end)) = (m["start"].as_u64(), m["end"].as_u64()) else { continue };
                let kind = match m["label"].as_str() {
                    Some("ORG" | "COMPANY") => EntityKind::Company,
                    Some("ORGANIZATION") => EntityKind::Organization,
                    Some("PER") => EntityKind::Person,
                    Some("LOC") => EntityKind::Location,
                    Some("SERVICE") => EntityKind::Service,
                    _ => continue,
                };
                mentions.push((start as usize, end as usize, kind));
            }
            by_id.insert(id, mentions);
        }
        Ok(ExternalMentions { by_id })
    }

    fn raw(&self, doc: &Document) -> Vec<RawMention> {
        let given = self.by_id.get(&doc.article.id).map_or(&[][..], Vec::as_slice);
        given
            .iter()
            .filter_map(|&(start, end, kind)| {
                let span = doc.span(doc.from_original_char(start), doc.from_original_char(end))?;
                Some(RawMention { span, kind, confidence: EXTERNAL_CONFIDENCE })
            })
            .collect()
    }
}

impl Recogniser for ExternalMentions {
    fn find(&self, docs: &[Document]) -> Result<Vec<Vec<RawMention>>, ModelError> {
        Ok(docs.iter().map(|doc| self.raw(doc)).collect())
    }

    fn version(&self) -> String {
        "external".to_string()
    }
}

/// Which recogniser to run, and where its files are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecogniserConfig {
    /// The shipped token-classification model plus rules.
    Model { model_dir: PathBuf, ort_lib: PathBuf },
    /// Capitalisation and cue rules only.
    Rules,
    /// Mentions from another recogniser, read from a JSONL file (see [`ExternalMentions::load`]).
    External { mentions_file: PathBuf },
}

impl RecogniserConfig {
    /// Loads the recogniser (the model and its runtime, or the mentions file).
    pub fn load(&self) -> Result<Box<dyn Recogniser>, ModelError> {
        Ok(match self {
            RecogniserConfig::Model { model_dir, ort_lib } => Box::new(NerModel::load(model_dir, ort_lib)?),
            RecogniserConfig::Rules => Box::new(RulesOnly),
            RecogniserConfig::External { mentions_file } => Box::new(ExternalMentions::load(mentions_file)?),
        })
    }
}
