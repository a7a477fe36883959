//! The token-classification model: consumes the sentences of segmented documents, produces raw
//! entity mentions (byte spans into each document's text) with confidences.
//!
//! Files (in the model folder): `ner.onnx` (inputs `input_ids`, `attention_mask`, `shape_ids`,
//! all int64 `[batch, seq]`; output `logits` float32 `[batch, seq, labels]`), `tokenizer.json`
//! (uncased WordPiece) and `labels.json` (the BIO label list, `max_len`, version). The runtime is
//! ONNX Runtime, loaded from a shared library at run time.
//!
//! Each document's sentences are sorted by length and run in small batches (never mixing documents,
//! so an article's result does not depend on the other articles of its batch). A sentence longer
//! than the model's window is split into overlapping windows (never truncated); each word takes its
//! prediction from the window where it sits furthest from an edge. Words are the tokenizer's
//! pre-tokenised words; a word's label is its first sub-token's, and BIO labels are decoded into
//! spans whose confidence is the mean probability of their words' labels.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use ndarray::Array2;
use ort::session::Session;
use ort::value::Tensor;
use tokenizers::Tokenizer;

use newskg_doc::{Document, EntityKind, Span};

/// A mention as the model sees it, before rules decide its final kind.
#[derive(Debug, Clone, PartialEq)]
pub struct RawMention {
    pub span: Span,
    /// The model's kind: COMPANY and ORGANIZATION as such, a first-release model's ORG as
    /// [`EntityKind::Company`]; the rules may still change it.
    pub kind: EntityKind,
    pub confidence: f32,
}

/// What a recogniser found in one document.
#[derive(Debug, Clone, Default)]
pub struct Found {
    /// Its mentions.
    pub mentions: Vec<RawMention>,
    /// Each word's probability of belonging to a name (the word's span, the probability), from a
    /// recogniser that scores every word; `None` from one that only proposes spans.
    pub name_scores: Option<Vec<(Span, f32)>>,
}

/// Errors loading or running the model.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ModelError {
    #[error("{path}: {reason}")]
    Load { path: PathBuf, reason: String },
    #[error("running the model: {0}")]
    Run(String),
}

/// Every file a model needs is there, or the first missing one is named with `fix` (what to do).
pub(crate) fn require_files(paths: &[&Path], fix: &str) -> Result<(), ModelError> {
    match paths.iter().find(|p| !p.is_file()) {
        Some(p) => Err(load_err(p, format!("model file missing; {fix}"))),
        None => Ok(()),
    }
}

/// The WordPiece tokenizer of a model, without padding or truncation (the caller windows).
pub(crate) fn load_tokenizer(path: &Path, fix: &str) -> Result<Tokenizer, ModelError> {
    let mut tokenizer =
        Tokenizer::from_file(path).map_err(|e| load_err(path, format!("corrupt tokenizer file: {e}; {fix}")))?;
    tokenizer.with_padding(None);
    tokenizer.with_truncation(None).map_err(|e| load_err(path, e.to_string()))?;
    Ok(tokenizer)
}

fn load_err(path: &Path, reason: impl Into<String>) -> ModelError {
    ModelError::Load { path: path.to_path_buf(), reason: reason.into() }
}

const FIX_MODEL: &str = "the model ships in the project's models/ folder: restore it (git checkout -- models) or \
                         point --models / NEWSKG_MODELS at a folder with ner.onnx, tokenizer.json and labels.json";
const FIX_RUNTIME: &str = "run scripts/fetch-runtime.sh to fetch ONNX Runtime 1.32 from PyPI, or point --ort-lib / \
                           ORT_DYLIB_PATH at libonnxruntime.so";

/// One label of the BIO scheme.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tag {
    Outside,
    Begin(EntityKind),
    Inside(EntityKind),
}

fn parse_tag(label: &str) -> Option<Tag> {
    if label == "O" {
        return Some(Tag::Outside);
    }
    let (bio, ty) = label.split_once('-')?;
    let kind = match ty {
        "COMPANY" | "ORG" => EntityKind::Company,
        "ORGANIZATION" => EntityKind::Organization,
        "PER" => EntityKind::Person,
        "LOC" => EntityKind::Location,
        "SERVICE" => EntityKind::Service,
        _ => return None,
    };
    match bio {
        "B" => Some(Tag::Begin(kind)),
        "I" => Some(Tag::Inside(kind)),
        _ => None,
    }
}

#[derive(serde::Deserialize)]
struct LabelsFile {
    version: String,
    labels: Vec<String>,
    max_len: usize,
}

/// The ONNX Runtime environment: one per process, created on first load.
static RUNTIME: OnceLock<Result<ort::environment::Environment, String>> = OnceLock::new();

pub(crate) fn runtime(lib: &Path) -> Result<&'static ort::environment::Environment, ModelError> {
    let env = RUNTIME.get_or_init(|| {
        if !lib.is_file() {
            return Err(format!("{}: ONNX Runtime library not found; {FIX_RUNTIME}", lib.display()));
        }
        let builder = ort::init_from(lib)
            .map_err(|e| format!("{}: cannot load ONNX Runtime: {e}; {FIX_RUNTIME}", lib.display()))?;
        builder.with_name("newskg").build().map_err(|e| format!("{}: {e}", lib.display()))
    });
    env.as_ref().map_err(|reason| ModelError::Run(reason.clone()))
}

/// The loaded NER model.
pub struct NerModel {
    session: Mutex<Session>,
    tokenizer: Tokenizer,
    tags: Vec<Tag>,
    max_len: usize,
    cls: i64,
    sep: i64,
    version: String,
}

impl std::fmt::Debug for NerModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NerModel")
            .field("version", &self.version)
            .field("max_len", &self.max_len)
            .finish_non_exhaustive()
    }
}

/// Windows run together (within one document); small batches were fastest on 2 cores.
const BATCH: usize = 16;

impl NerModel {
    /// Loads the model files from `dir` and ONNX Runtime from `ort_lib`.
    pub fn load(dir: &Path, ort_lib: &Path) -> Result<NerModel, ModelError> {
        let onnx = dir.join("ner.onnx");
        let tok = dir.join("tokenizer.json");
        let labels_path = dir.join("labels.json");
        require_files(&[&onnx, &tok, &labels_path], FIX_MODEL)?;
        let labels_text = std::fs::read_to_string(&labels_path).map_err(|e| load_err(&labels_path, e.to_string()))?;
        let labels: LabelsFile = serde_json::from_str(&labels_text)
            .map_err(|e| load_err(&labels_path, format!("corrupt labels file: {e}; {FIX_MODEL}")))?;
        let tags = labels
            .labels
            .iter()
            .map(|l| parse_tag(l).ok_or_else(|| load_err(&labels_path, format!("unknown label {l:?}"))))
            .collect::<Result<Vec<_>, _>>()?;
        if labels.max_len < 8 {
            return Err(load_err(&labels_path, "max_len must be at least 8"));
        }
        let tokenizer = load_tokenizer(&tok, FIX_MODEL)?;
        let id =
            |t: &str| tokenizer.token_to_id(t).map(i64::from).ok_or_else(|| load_err(&tok, format!("no {t} token")));
        let (cls, sep) = (id("[CLS]")?, id("[SEP]")?);

        let env = runtime(ort_lib).map_err(|e| match e {
            ModelError::Run(reason) => load_err(ort_lib, reason),
            other => other,
        })?;
        let threads = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
        let session = Session::builder(env)
            .and_then(|b| b.with_intra_threads(threads).map_err(Into::into))
            .and_then(|b| b.with_intra_op_spinning(false).map_err(Into::into))
            .and_then(|mut b| b.commit_from_file(&onnx))
            .map_err(|e| load_err(&onnx, format!("corrupt or incompatible model: {e}; {FIX_MODEL}")))?;
        let names: Vec<&str> = session.inputs().iter().map(|i| i.name()).collect();
        for want in ["input_ids", "attention_mask", "shape_ids"] {
            if !names.contains(&want) {
                return Err(load_err(&onnx, format!("model has no input {want:?} (inputs: {names:?})")));
            }
        }
        Ok(NerModel {
            session: Mutex::new(session),
            tokenizer,
            tags,
            max_len: labels.max_len,
            cls,
            sep,
            version: labels.version,
        })
    }

    /// The model's version string (from labels.json).
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Predicts mentions for every sentence of every document; the result is parallel to `docs`.
    pub fn predict(&self, docs: &[Document]) -> Result<Vec<Vec<RawMention>>, ModelError> {
        Ok(self.predict_scored(docs)?.into_iter().map(|f| f.mentions).collect())
    }

    /// Predicts mentions, and for every word the model's probability that it belongs to a name;
    /// the result is parallel to `docs`.
    pub fn predict_scored(&self, docs: &[Document]) -> Result<Vec<Found>, ModelError> {
        // 1. Tokenise every sentence and cut it into windows.
        let mut sentences: Vec<SentenceWords> = Vec::new();
        let mut windows: Vec<Window> = Vec::new();
        for (d, doc) in docs.iter().enumerate() {
            for s in &doc.sentences {
                let text = doc.slice(s.span);
                let enc = self.tokenizer.encode(text, false).map_err(|e| ModelError::Run(e.to_string()))?;
                let words = words_of(&enc, text, s.span.start());
                if words.is_empty() {
                    continue;
                }
                let idx = sentences.len();
                let n_tokens = enc.get_ids().len();
                let room = self.max_len - 2;
                let step = (room / 2).max(1);
                let mut start = 0;
                loop {
                    let end = (start + room).min(n_tokens);
                    windows.push(Window { sentence: idx, tokens: start..end });
                    if end == n_tokens {
                        break;
                    }
                    start += step;
                }
                sentences.push(SentenceWords {
                    doc: d,
                    ids: enc.get_ids().iter().map(|&i| i64::from(i)).collect(),
                    words,
                    best: Vec::new(),
                });
            }
        }
        for s in &mut sentences {
            s.best = vec![None; s.words.len()];
        }
        // 2. Run each document's windows in batches of similar length. Batches never mix
        // documents: the int8 model quantises activations per batch, so an article's result must
        // not depend on which other articles it was ingested with.
        let doc_of: Vec<usize> = windows.iter().map(|w| sentences[w.sentence].doc).collect();
        let mut order: Vec<usize> = (0..windows.len()).collect();
        order.sort_by_key(|&w| (doc_of[w], windows[w].tokens.len()));
        for doc_windows in order.chunk_by(|&a, &b| doc_of[a] == doc_of[b]) {
            // A batch takes windows of nearly the same length, so little time goes on padding.
            let mut batch: Vec<usize> = Vec::with_capacity(BATCH);
            for &w in doc_windows {
                let len = windows[w].tokens.len();
                let first = batch.first().map_or(len, |&f| windows[f].tokens.len());
                if batch.len() == BATCH || len > first + first / 8 + 2 {
                    self.run_batch(&batch, &windows, &mut sentences)?;
                    batch.clear();
                }
                batch.push(w);
            }
            if !batch.is_empty() {
                self.run_batch(&batch, &windows, &mut sentences)?;
            }
        }
        // 3. Decode each sentence's words into spans, and keep each word's name probability.
        let mut out: Vec<Found> =
            (0..docs.len()).map(|_| Found { mentions: Vec::new(), name_scores: Some(Vec::new()) }).collect();
        for s in &sentences {
            let found = &mut out[s.doc];
            found.mentions.extend(decode(s));
            if let Some(scores) = &mut found.name_scores {
                scores.extend(
                    s.words.iter().zip(&s.best).filter_map(|(w, b)| b.map(|(_, t)| (w.span, t.name_probability()))),
                );
            }
        }
        Ok(out)
    }

    fn run_batch(
        &self,
        batch: &[usize],
        windows: &[Window],
        sentences: &mut [SentenceWords],
    ) -> Result<(), ModelError> {
        let seq = batch.iter().map(|&w| windows[w].tokens.len()).max().unwrap_or(0) + 2;
        let mut ids = Array2::<i64>::zeros((batch.len(), seq));
        let mut mask = Array2::<i64>::zeros((batch.len(), seq));
        let mut shapes = Array2::<i64>::zeros((batch.len(), seq));
        for (row, &w) in batch.iter().enumerate() {
            let win = &windows[w];
            let s = &sentences[win.sentence];
            ids[[row, 0]] = self.cls;
            mask[[row, 0]] = 1;
            for (col, t) in win.tokens.clone().enumerate() {
                ids[[row, col + 1]] = s.ids[t];
                mask[[row, col + 1]] = 1;
            }
            let last = win.tokens.len() + 1;
            ids[[row, last]] = self.sep;
            mask[[row, last]] = 1;
            for word in &s.words {
                for t in word.tokens.clone() {
                    if win.tokens.contains(&t) {
                        shapes[[row, t - win.tokens.start + 1]] = i64::from(word.shape);
                    }
                }
            }
        }
        let run = |e: ort::Error| ModelError::Run(e.to_string());
        let inputs = ort::inputs![
            "input_ids" => Tensor::from_array(ids).map_err(run)?,
            "attention_mask" => Tensor::from_array(mask).map_err(run)?,
            "shape_ids" => Tensor::from_array(shapes).map_err(run)?,
        ];
        let mut session =
            self.session.lock().map_err(|_| ModelError::Run("model session poisoned by an earlier panic".into()))?;
        let outputs = session.run(inputs).map_err(run)?;
        let logits = outputs["logits"].try_extract_array::<f32>().map_err(run)?;
        let shape = logits.shape().to_vec();
        if shape.len() != 3 || shape[2] != self.tags.len() {
            return Err(ModelError::Run(format!("logits have shape {shape:?}, expected [_, _, {}]", self.tags.len())));
        }
        for (row, &w) in batch.iter().enumerate() {
            let win = &windows[w];
            let s = &mut sentences[win.sentence];
            for (wi, word) in s.words.iter().enumerate() {
                let first = word.tokens.start;
                if !win.tokens.contains(&first) {
                    continue;
                }
                // Distance from the nearer window edge: higher is better context.
                let margin = (first - win.tokens.start).min(win.tokens.end - 1 - first);
                if s.best[wi].is_some_and(|(m, _)| m >= margin) {
                    continue;
                }
                let col = first - win.tokens.start + 1;
                let row_logits: Vec<f32> = (0..self.tags.len()).map(|k| logits[[row, col, k]]).collect();
                s.best[wi] = Some((margin, read_word(&self.tags, &row_logits)));
            }
        }
        Ok(())
    }
}

/// What the model says about one word.
#[derive(Debug, Clone, Copy, PartialEq)]
struct WordTag {
    /// The most probable tag, a company's and another organisation's labels pooled (both say
    /// "an organisation"; the kind is decided per mention, see [`decode`]).
    tag: Tag,
    /// That tag's probability (pooled).
    p: f32,
    /// The organisation labels' probability minus the company labels'.
    org_lean: f32,
}

impl WordTag {
    /// The probability that the word belongs to a name of any kind: one minus the outside tag's
    /// when that is the best tag, else (at least) the best tag's.
    fn name_probability(&self) -> f32 {
        if self.tag == Tag::Outside { (1.0 - self.p).max(0.0) } else { self.p }
    }
}

/// Reads a word's logits: softmax, then the best tag with organisation kinds pooled.
fn read_word(tags: &[Tag], logits: &[f32]) -> WordTag {
    let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let exps: Vec<f32> = logits.iter().map(|&l| (l - max).exp()).collect();
    let sum: f32 = exps.iter().sum();
    let norm = if sum > 0.0 { sum } else { 1.0 };
    let mut pooled: Vec<(Tag, f32)> = Vec::with_capacity(tags.len());
    let mut org_lean = 0.0;
    for (&tag, &e) in tags.iter().zip(&exps) {
        let p = e / norm;
        match tag {
            Tag::Begin(EntityKind::Organization) | Tag::Inside(EntityKind::Organization) => org_lean += p,
            Tag::Begin(EntityKind::Company) | Tag::Inside(EntityKind::Company) => org_lean -= p,
            _ => {}
        }
        let key = pooled_tag(tag);
        match pooled.iter_mut().find(|(t, _)| *t == key) {
            Some((_, q)) => *q += p,
            None => pooled.push((key, p)),
        }
    }
    let (tag, p) = pooled.into_iter().fold((Tag::Outside, -1.0), |best, x| if x.1 > best.1 { x } else { best });
    WordTag { tag, p: p.max(0.0), org_lean }
}

/// A tag with Organization folded into Company.
fn pooled_tag(tag: Tag) -> Tag {
    match tag {
        Tag::Begin(EntityKind::Organization) => Tag::Begin(EntityKind::Company),
        Tag::Inside(EntityKind::Organization) => Tag::Inside(EntityKind::Company),
        t => t,
    }
}

/// A word of a sentence: its sub-token range and byte span in the document, and its shape class.
#[derive(Debug, Clone)]
struct Word {
    tokens: std::ops::Range<usize>,
    span: Span,
    shape: u8,
}

struct SentenceWords {
    doc: usize,
    ids: Vec<i64>,
    words: Vec<Word>,
    /// Per word: the window margin and reading of the best window seen.
    best: Vec<Option<(usize, WordTag)>>,
}

struct Window {
    sentence: usize,
    tokens: std::ops::Range<usize>,
}

/// Groups sub-tokens into words using the tokenizer's word ids.
fn words_of(enc: &tokenizers::Encoding, text: &str, base: usize) -> Vec<Word> {
    let mut words: Vec<Word> = Vec::new();
    let mut current: Option<(u32, usize, usize, usize)> = None; // (word id, first token, start, end)
    let offsets = enc.get_offsets();
    for (t, wid) in enc.get_word_ids().iter().enumerate() {
        let Some(wid) = *wid else { continue };
        let (s, e) = offsets[t];
        match current {
            Some((cw, ft, cs, _)) if cw == wid => current = Some((cw, ft, cs, e)),
            _ => {
                if let Some(c) = current.take() {
                    push_word(&mut words, c, t, text, base);
                }
                current = Some((wid, t, s, e));
            }
        }
    }
    if let Some(c) = current {
        push_word(&mut words, c, enc.get_ids().len(), text, base);
    }
    words
}

fn push_word(
    words: &mut Vec<Word>,
    (_, first, start, end): (u32, usize, usize, usize),
    next: usize,
    text: &str,
    base: usize,
) {
    let Some(word_text) = text.get(start..end) else { return };
    let Some(span) = Span::new(base + start, base + end) else { return };
    let shape = shape_class(word_text, words.is_empty());
    words.push(Word { tokens: first..next, span, shape });
}

/// The casing class of a word, as the model was trained with (see models/README.md):
/// 1 lower, 2 Title, 3 UPPER (2+ letters), 4 mixed, 5 digits without letters, 6 other,
/// 7 Title as the sentence's first word; 0 is for special tokens and padding.
pub fn shape_class(word: &str, first_word_of_sentence: bool) -> u8 {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let Some(&first) = letters.first() else {
        return if word.chars().any(|c| c.is_ascii_digit() || c.is_numeric()) { 5 } else { 6 };
    };
    if letters.iter().all(|c| c.is_lowercase()) {
        return 1;
    }
    if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
        return 3;
    }
    if first.is_uppercase() && letters[1..].iter().all(|c| c.is_lowercase()) {
        return if first_word_of_sentence { 7 } else { 2 };
    }
    4
}

/// A mention being decoded: its (pooled) kind, span, summed probability, word count and
/// summed organisation lean.
struct Open {
    kind: EntityKind,
    span: Span,
    p_sum: f32,
    words: usize,
    org_lean: f32,
}

impl Open {
    fn new(kind: EntityKind, span: Span, w: &WordTag) -> Open {
        Open { kind, span, p_sum: w.p, words: 1, org_lean: w.org_lean }
    }

    /// The mention; an organisation is a Company or an Organization by which kind's labels got
    /// more probability over its words.
    fn close(self) -> RawMention {
        let kind =
            if self.kind == EntityKind::Company && self.org_lean > 0.0 { EntityKind::Organization } else { self.kind };
        RawMention { span: self.span, kind, confidence: self.p_sum / self.words as f32 }
    }
}

/// Decodes a sentence's word tags into mentions.
fn decode(s: &SentenceWords) -> Vec<RawMention> {
    let mut out = Vec::new();
    let mut open: Option<Open> = None;
    let outside = WordTag { tag: Tag::Outside, p: 0.0, org_lean: 0.0 };
    for (word, best) in s.words.iter().zip(&s.best) {
        let w = best.map_or(outside, |(_, w)| w);
        match w.tag {
            Tag::Outside => out.extend(open.take().map(Open::close)),
            Tag::Begin(kind) => {
                out.extend(open.take().map(Open::close));
                open = Some(Open::new(kind, word.span, &w));
            }
            Tag::Inside(kind) => match &mut open {
                Some(o) if o.kind == kind => {
                    o.span = o.span.cover(word.span);
                    o.p_sum += w.p;
                    o.words += 1;
                    o.org_lean += w.org_lean;
                }
                _ => {
                    out.extend(open.take().map(Open::close));
                    open = Some(Open::new(kind, word.span, &w));
                }
            },
        }
    }
    out.extend(open.take().map(Open::close));
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{NerModel, SentenceWords, Tag, Word, decode, parse_tag, read_word, shape_class, words_of};
    use crate::{normalise, segment};
    use newskg_doc::{Article, EntityKind, Span};

    const MODELS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../models");
    const ORT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../.runtime/libonnxruntime.so");

    fn model() -> NerModel {
        NerModel::load(Path::new(MODELS), Path::new(ORT))
            .unwrap_or_else(|e| panic!("{e} (scripts/setup.sh fetches the runtime)"))
    }

    /// The training code wrote these cases with the Python tokenizer and model: the Rust side must
    /// see the same sub-tokens, words and casing classes, and predict the same word labels.
    #[test]
    fn matches_the_training_side() {
        let cases: Vec<serde_json::Value> =
            serde_json::from_str(&std::fs::read_to_string(Path::new(MODELS).join("ner_cases.json")).unwrap()).unwrap();
        let model = model();
        for case in cases {
            let text = case["text"].as_str().unwrap();
            let enc = model.tokenizer.encode(text, false).unwrap();
            let mut ids = vec![model.cls];
            ids.extend(enc.get_ids().iter().map(|&i| i64::from(i)));
            ids.push(model.sep);
            let want_ids: Vec<i64> =
                case["input_ids"].as_array().unwrap().iter().map(|v| v.as_i64().unwrap()).collect();
            assert_eq!(ids, want_ids, "{text}");
            let words = words_of(&enc, text, 0);
            // Python gives char offsets, the Rust side bytes.
            let chars = |b: usize| text[..b].chars().count();
            let spans: Vec<(usize, usize)> =
                words.iter().map(|w| (chars(w.span.start()), chars(w.span.end()))).collect();
            let want_spans: Vec<(usize, usize)> = case["words"]
                .as_array()
                .unwrap()
                .iter()
                .map(|w| (w[0].as_u64().unwrap() as usize, w[1].as_u64().unwrap() as usize))
                .collect();
            assert_eq!(spans, want_spans, "{text}");
            let mut shapes = vec![0i64; want_ids.len()];
            for w in &words {
                for t in w.tokens.clone() {
                    shapes[t + 1] = i64::from(w.shape);
                }
            }
            let want_shapes: Vec<i64> =
                case["shape_ids"].as_array().unwrap().iter().map(|v| v.as_i64().unwrap()).collect();
            assert_eq!(shapes, want_shapes, "{text}");
            // The whole path: predicted spans agree with the Python word labels.
            let mut doc = normalise::normalise(Article::from_text("t", text));
            doc.sentences = vec![newskg_doc::Sentence { span: newskg_doc::Span::new(0, doc.text.len()).unwrap() }];
            doc.tokens = segment::tokens(&doc.text);
            let got = model.predict(std::slice::from_ref(&doc)).unwrap().remove(0);
            let labels: Vec<&str> =
                case["word_labels"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
            let want: Vec<(usize, usize, EntityKind)> = {
                let mut out = Vec::new();
                for (i, l) in labels.iter().enumerate() {
                    if l.starts_with("B-") || (l.starts_with("I-") && (i == 0 || labels[i - 1] == "O")) {
                        let mut j = i;
                        while j + 1 < labels.len() && labels[j + 1].starts_with("I-") {
                            j += 1;
                        }
                        let Some(Tag::Begin(kind) | Tag::Inside(kind)) = parse_tag(l) else { panic!("label {l}") };
                        out.push((want_spans[i].0, want_spans[j].1, kind));
                    }
                }
                out
            };
            let got: Vec<(usize, usize, EntityKind)> =
                got.iter().map(|m| (chars(m.span.start()), chars(m.span.end()), m.kind)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    fn doc(text: &str) -> newskg_doc::Document {
        let mut d = normalise::normalise(Article::from_text("d", text));
        d.sentences = segment::sentences(&d.text);
        d
    }

    /// The int8 model quantises activations per batch: batches never mix documents, so an
    /// article's mentions do not depend on what it was analysed with.
    #[test]
    fn an_article_gets_the_same_mentions_alone_or_in_a_batch() {
        let model = model();
        let a = doc("Corvane Systems said its Frankfurt region failed. Priya Raman apologised to Lumenpay users.");
        let b = doc(&"Halvorsen Data AG named Tomas Ekdahl chief executive of its Oslo unit on Monday. ".repeat(30));
        let alone = model.predict(std::slice::from_ref(&a)).unwrap().remove(0);
        let together = model.predict(&[b.clone(), a.clone(), b]).unwrap().remove(1);
        assert!(!alone.is_empty());
        assert_eq!(alone, together);
    }

    /// Every word gets a name probability in [0, 1]; words inside a tagged mention get at least
    /// one half, and the mentions are those of `predict`.
    #[test]
    fn every_word_gets_a_name_probability() {
        let model = model();
        let d = doc("Corvane Systems said its Frankfurt region failed. Obviously the White box was fine.");
        let found = model.predict_scored(std::slice::from_ref(&d)).unwrap().remove(0);
        assert_eq!(found.mentions, model.predict(std::slice::from_ref(&d)).unwrap().remove(0));
        let scores = found.name_scores.expect("the model scores words");
        let n_words = d.text.split_whitespace().count();
        assert!(scores.len() >= n_words, "{} scores for {n_words} words", scores.len());
        assert!(scores.iter().all(|&(_, p)| (0.0..=1.0).contains(&p)), "{scores:?}");
        let score_of = |w: &str| {
            let at = d.text.find(w).unwrap();
            scores.iter().find(|(s, _)| s.start() == at).map(|&(_, p)| p).unwrap()
        };
        assert!(score_of("Corvane") >= 0.5 && score_of("Frankfurt") >= 0.5, "{scores:?}");
        assert!(
            score_of("Obviously") < crate::recognise::rules::RULE_NAME_SUPPORT
                && score_of("said") < crate::recognise::rules::RULE_NAME_SUPPORT,
            "{scores:?}"
        );
    }

    #[test]
    fn long_sentences_are_windowed_not_truncated() {
        let model = model();
        let sentence = "Corvane Systems said its Frankfurt region failed again on Tuesday, and ".repeat(40)
            + "Priya Raman apologised.";
        let mut doc = normalise::normalise(Article::from_text("long", sentence));
        doc.sentences = vec![newskg_doc::Sentence { span: newskg_doc::Span::new(0, doc.text.len()).unwrap() }];
        let got = model.predict(std::slice::from_ref(&doc)).unwrap().remove(0);
        let texts: Vec<&str> = got.iter().map(|m| doc.slice(m.span)).collect();
        assert!(texts.contains(&"Priya Raman"), "the end of a long sentence is still read: {texts:?}");
        assert!(texts.iter().filter(|t| **t == "Frankfurt").count() >= 35, "{texts:?}");
    }

    #[test]
    fn shape_classes_match_the_training_cases() {
        let cases: Vec<serde_json::Value> =
            serde_json::from_str(&std::fs::read_to_string(Path::new(MODELS).join("shape_cases.json")).unwrap())
                .unwrap();
        assert!(cases.len() >= 40);
        for c in cases {
            let (word, first) = (c["word"].as_str().unwrap(), c["first"].as_bool().unwrap());
            assert_eq!(i64::from(shape_class(word, first)), c["shape"].as_i64().unwrap(), "{word:?} first={first}");
        }
    }

    /// Logits whose softmax is the given probabilities.
    fn logits(p: &[f32]) -> Vec<f32> {
        p.iter().map(|&x| x.max(1e-9).ln()).collect()
    }

    #[test]
    fn organisation_kinds_are_pooled_then_decided_per_mention() {
        let labels = ["O", "B-COMPANY", "I-COMPANY", "B-PER", "I-PER", "B-ORGANIZATION", "I-ORGANIZATION"];
        let tags: Vec<Tag> = labels.iter().map(|l| parse_tag(l).unwrap()).collect();
        // Neither kind beats O alone, together they do: an organisation, leaning to Organization.
        let w = read_word(&tags, &logits(&[0.4, 0.25, 0.0, 0.0, 0.0, 0.35, 0.0]));
        assert_eq!(w.tag, Tag::Begin(EntityKind::Company));
        assert!((w.p - 0.6).abs() < 1e-4 && (w.org_lean - 0.1).abs() < 1e-4, "{w:?}");
        // A two-word name: the first word leans to Organization a little, the second to Company
        // more, so the mention is a Company; one word alone would be an Organization.
        let second = read_word(&tags, &logits(&[0.1, 0.0, 0.6, 0.0, 0.0, 0.0, 0.3]));
        let words = |n: usize| {
            (0..n).map(|i| Word { tokens: i..i + 1, span: Span::new(4 * i, 4 * i + 3).unwrap(), shape: 2 }).collect()
        };
        let two = SentenceWords { doc: 0, ids: vec![], words: words(2), best: vec![Some((0, w)), Some((0, second))] };
        let got = decode(&two);
        assert_eq!(got.len(), 1);
        assert_eq!((got[0].span, got[0].kind), (Span::new(0, 7).unwrap(), EntityKind::Company));
        let one = SentenceWords { doc: 0, ids: vec![], words: words(1), best: vec![Some((0, w))] };
        assert_eq!(decode(&one)[0].kind, EntityKind::Organization);
        // Other labels are untouched by the pooling.
        let person = read_word(&tags, &logits(&[0.3, 0.2, 0.0, 0.5, 0.0, 0.0, 0.0]));
        assert_eq!(person.tag, Tag::Begin(EntityKind::Person));
    }

    #[test]
    fn shape_classes() {
        for (w, first, want) in [
            ("cloud", false, 1),
            ("Cloud", false, 2),
            ("Cloud", true, 7),
            ("AWS", false, 3),
            ("iPhone", false, 4),
            ("DingTalk", false, 4),
            ("365", false, 5),
            ("-", false, 6),
            ("A", false, 2),
            ("Q3", false, 2),
            ("É", true, 7),
        ] {
            assert_eq!(shape_class(w, first), want, "{w}");
        }
    }
}
