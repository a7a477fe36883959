//! The learned pair classifier: consumes a resolved [`Document`], produces positions and
//! relations, each with its evidence sentence and a calibrated probability as confidence.
//!
//! Files (in the model folder): `pairs.onnx` (inputs `input_ids`, `attention_mask` int64
//! `[batch, seq]`, `e1_pos`, `e2_pos` int64 `[batch]`; output `logits` float32 `[batch, labels]`),
//! `pairs.json` (label lists, temperatures, thresholds, version) and the recogniser's
//! `tokenizer.json`. Trained by `train/pairs_train.py`; the card is `models/PAIRS.md`.
//!
//! Candidates are built as `train/pairs_data.py` builds them: in every sentence, every two
//! entities with a mention inside it (the first mention of each), as a *role pair* (a Person and
//! a Company, Organization or Location; e1 = the person) or a *relation pair* (two of Company,
//! Organization, Service; e1 = the one named first). Each pair is encoded as
//! `train/pairslib.py` says: the sentence's WordPiece tokens with typed markers
//! (`@ * person * … @`, `# ^ company ^ … #`) around the two mentions. The model gives, per
//! pair, sigmoid probabilities (after the temperatures fitted on the corpus dev split) for eight
//! directed relations, seventeen role titles and "current". Over an article, each (person, title,
//! organisation) and each (subject, relation, object) takes its highest probability over the
//! sentences that name both, and that sentence is its evidence; those at or above the threshold
//! become facts.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

use ndarray::Array2;
use ort::session::Session;
use ort::value::Tensor;
use tokenizers::Tokenizer;

use crate::recognise::{ModelError, load_tokenizer, require_files, runtime};
use newskg_doc::{Document, EntityIdx, EntityKind, Evidence, Position, Relation, RelationKind, Role, Span};

const FIX_MODEL: &str = "the pair model ships in the project's models/ folder (pairs.onnx, pairs.json, tokenizer.json): \
                         restore it (git checkout -- models), point --models / NEWSKG_MODELS at a folder with them, \
                         or use --relate rules";

/// Pairs run one at a time: the int8 model quantises activations per batch, so a pair's
/// probability would otherwise depend on which other pairs share its batch (measured: relations
/// F1 on the corpus dev split moved by 0.03 when the batches changed).
const BATCH: usize = 1;

#[derive(serde::Deserialize)]
struct Temperatures {
    relation: f32,
    role: f32,
    current: f32,
}

#[derive(serde::Deserialize)]
struct Thresholds {
    relation: f32,
    role: f32,
}

#[derive(serde::Deserialize)]
struct PairsFile {
    version: String,
    relations: Vec<String>,
    roles: Vec<String>,
    max_len: usize,
    temperature: Temperatures,
    threshold: Thresholds,
}

/// Token ids of the markers and type words.
#[derive(Debug, Clone, Copy)]
struct Markers {
    cls: i64,
    sep: i64,
    at: i64,
    star: i64,
    hash: i64,
    caret: i64,
    /// Company, Organization, Person, Service, Location.
    types: [i64; 5],
}

impl Markers {
    fn type_id(&self, kind: EntityKind) -> i64 {
        match kind {
            EntityKind::Company => self.types[0],
            EntityKind::Organization => self.types[1],
            EntityKind::Person => self.types[2],
            EntityKind::Service => self.types[3],
            EntityKind::Location => self.types[4],
        }
    }
}

/// Whether a relation's object can take its predicate: a provider is a company or organisation,
/// never a service. (The subject's kind is not checked: a product the recogniser typed as a
/// company is still provided by its maker; on the corpus train split checking it lost 14 right
/// relations.)
pub(super) fn fits_contract(doc: &Document, _subject: EntityIdx, kind: RelationKind, object: EntityIdx) -> bool {
    kind != RelationKind::Provider || doc.entities.get(object).is_some_and(|x| x.kind.is_org())
}

/// A relation label of the model: the predicate and whether e1 is the subject.
#[derive(Debug, Clone, Copy)]
struct RelLabel {
    kind: RelationKind,
    forward: bool,
}

/// The loaded pair classifier.
pub struct PairModel {
    session: Mutex<Session>,
    tokenizer: Tokenizer,
    markers: Markers,
    relations: Vec<RelLabel>,
    roles: Vec<Role>,
    max_len: usize,
    temperature: Temperatures,
    threshold: Thresholds,
    version: String,
}

impl std::fmt::Debug for PairModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PairModel").field("version", &self.version).finish_non_exhaustive()
    }
}

fn load_err(path: &Path, reason: impl Into<String>) -> ModelError {
    ModelError::Load { path: path.to_path_buf(), reason: reason.into() }
}

fn parse_relation(label: &str) -> Option<RelLabel> {
    let (pred, forward) = match label.strip_suffix('>') {
        Some(p) => (p, true),
        None => (label.strip_suffix('<')?, false),
    };
    // The model's labels use the gold format's names ("parentOrganization"); the kinds' stable
    // names differ only in case.
    let kind = RelationKind::ALL.into_iter().find(|k| k.name().eq_ignore_ascii_case(pred))?;
    Some(RelLabel { kind, forward })
}

fn parse_role(label: &str) -> Option<Role> {
    // The model's labels are the gold format's titles ("vice-president", "other"); the roles' stable
    // names are the same words without hyphens, in title case ("VicePresident", "OtherRole").
    let label = label.replace('-', "");
    Role::ALL.into_iter().find(|r| {
        let name = r.name();
        name.eq_ignore_ascii_case(&label) || name.strip_suffix("Role").is_some_and(|n| n.eq_ignore_ascii_case(&label))
    })
}

/// Whether a pair is read for roles or for relations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PairKind {
    Role,
    Relation,
}

/// One candidate: two entities named in one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub kind: PairKind,
    pub sentence: usize,
    /// The first mention of each entity in the sentence (byte spans into the document text).
    pub e1: (Span, EntityIdx),
    pub e2: (Span, EntityIdx),
}

/// The candidate pairs of a document, in the order `train/pairs_data.py` writes them.
pub(crate) fn candidates(doc: &Document) -> Vec<Candidate> {
    let mut mentions: Vec<(usize, usize, EntityIdx)> = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        for &m in &ent.mentions {
            if let Some(m) = doc.mentions.get(m) {
                mentions.push((m.span.start(), m.span.end(), e));
            }
        }
    }
    mentions.sort_unstable();
    let role_org = |k: EntityKind| matches!(k, EntityKind::Company | EntityKind::Organization | EntityKind::Location);
    let rel_kind = |k: EntityKind| matches!(k, EntityKind::Company | EntityKind::Organization | EntityKind::Service);
    let mut out = Vec::new();
    for (s, sent) in doc.sentences.iter().enumerate() {
        let (ss, se) = (sent.span.start(), sent.span.end());
        let mut first: Vec<(Span, EntityIdx)> = Vec::new();
        for &(a, b, e) in &mentions {
            if a >= ss && b <= se && !first.iter().any(|&(_, x)| x == e) {
                let Some(span) = Span::new(a, b) else { continue };
                first.push((span, e));
            }
        }
        first.sort_by_key(|&(sp, _)| (sp.start(), sp.end()));
        for i in 0..first.len() {
            for j in i + 1..first.len() {
                let (a, b) = (first[i], first[j]);
                let (ka, kb) = (doc.entities[a.1].kind, doc.entities[b.1].kind);
                let cand = if ka == EntityKind::Person && role_org(kb) {
                    Candidate { kind: PairKind::Role, sentence: s, e1: a, e2: b }
                } else if kb == EntityKind::Person && role_org(ka) {
                    Candidate { kind: PairKind::Role, sentence: s, e1: b, e2: a }
                } else if rel_kind(ka) && rel_kind(kb) {
                    Candidate { kind: PairKind::Relation, sentence: s, e1: a, e2: b }
                } else {
                    continue;
                };
                out.push(cand);
            }
        }
    }
    out
}

/// A phrase that refers to an organisation it does not name ("the company", "it"; see
/// [`super::refer`]): its sentence, its byte span and the entity it refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Anaphor {
    pub sentence: usize,
    pub span: Span,
    pub entity: EntityIdx,
}

/// The relation pairs an anaphor makes: in its sentence, the anaphor (standing for its entity) with
/// every other organisation or service the sentence names, when the sentence does not name the
/// anaphor's entity itself (then [`candidates`] has the pair already). One anaphor per entity and
/// sentence (the first); e1 is the one that comes first.
pub(crate) fn anaphor_candidates(doc: &Document, anaphors: &[Anaphor]) -> Vec<Candidate> {
    let rel_kind = |k: EntityKind| matches!(k, EntityKind::Company | EntityKind::Organization | EntityKind::Service);
    let named = candidates_named(doc);
    let mut out = Vec::new();
    let mut seen: Vec<(usize, EntityIdx)> = Vec::new();
    for a in anaphors {
        let Some(ent) = doc.entities.get(a.entity) else { continue };
        if !rel_kind(ent.kind) || seen.contains(&(a.sentence, a.entity)) {
            continue;
        }
        let here = named.get(a.sentence).map_or(&[][..], Vec::as_slice);
        if here.iter().any(|&(_, e)| e == a.entity) {
            continue;
        }
        seen.push((a.sentence, a.entity));
        for &(span, e) in here {
            if !rel_kind(doc.entities[e].kind) || span.start() < a.span.end() && a.span.start() < span.end() {
                continue;
            }
            let (e1, e2) = if a.span.start() < span.start() {
                ((a.span, a.entity), (span, e))
            } else {
                ((span, e), (a.span, a.entity))
            };
            out.push(Candidate { kind: PairKind::Relation, sentence: a.sentence, e1, e2 });
        }
    }
    out
}

/// Per sentence, the first mention of each entity it names, in text order.
fn candidates_named(doc: &Document) -> Vec<Vec<(Span, EntityIdx)>> {
    let mut out: Vec<Vec<(Span, EntityIdx)>> = vec![Vec::new(); doc.sentences.len()];
    let mut mentions: Vec<(Span, EntityIdx)> = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        for &m in &ent.mentions {
            if let Some(m) = doc.mentions.get(m) {
                mentions.push((m.span, e));
            }
        }
    }
    mentions.sort_by_key(|&(sp, e)| (sp.start(), sp.end(), e));
    for (s, sent) in doc.sentences.iter().enumerate() {
        for &(sp, e) in &mentions {
            if sp.start() >= sent.span.start() && sp.end() <= sent.span.end() && !out[s].iter().any(|&(_, x)| x == e) {
                out[s].push((sp, e));
            }
        }
    }
    out
}

/// A sentence's token ids and their byte offsets in the sentence.
type SentenceTokens = (Vec<u32>, Vec<(usize, usize)>);

/// What the model found in one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PairFacts {
    pub positions: Vec<Position>,
    pub relations: Vec<Relation>,
}

impl PairModel {
    /// Loads `pairs.onnx`, `pairs.json` and `tokenizer.json` from `dir`, ONNX Runtime from `ort_lib`.
    pub fn load(dir: &Path, ort_lib: &Path) -> Result<PairModel, ModelError> {
        let onnx = dir.join("pairs.onnx");
        let meta_path = dir.join("pairs.json");
        let tok = dir.join("tokenizer.json");
        require_files(&[&onnx, &meta_path, &tok], FIX_MODEL)?;
        let text = std::fs::read_to_string(&meta_path).map_err(|e| load_err(&meta_path, e.to_string()))?;
        let meta: PairsFile = serde_json::from_str(&text)
            .map_err(|e| load_err(&meta_path, format!("corrupt pair model file: {e}; {FIX_MODEL}")))?;
        let relations = meta
            .relations
            .iter()
            .map(|l| parse_relation(l).ok_or_else(|| load_err(&meta_path, format!("unknown relation label {l:?}"))))
            .collect::<Result<Vec<_>, _>>()?;
        let roles = meta
            .roles
            .iter()
            .map(|l| parse_role(l).ok_or_else(|| load_err(&meta_path, format!("unknown role label {l:?}"))))
            .collect::<Result<Vec<_>, _>>()?;
        if meta.max_len < 16 {
            return Err(load_err(&meta_path, "max_len must be at least 16"));
        }
        let tokenizer = load_tokenizer(&tok, FIX_MODEL)?;
        let id =
            |t: &str| tokenizer.token_to_id(t).map(i64::from).ok_or_else(|| load_err(&tok, format!("no {t} token")));
        let markers = Markers {
            cls: id("[CLS]")?,
            sep: id("[SEP]")?,
            at: id("@")?,
            star: id("*")?,
            hash: id("#")?,
            caret: id("^")?,
            types: [id("company")?, id("organization")?, id("person")?, id("service")?, id("location")?],
        };
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
        for want in ["input_ids", "attention_mask", "e1_pos", "e2_pos"] {
            if !names.contains(&want) {
                return Err(load_err(&onnx, format!("model has no input {want:?} (inputs: {names:?})")));
            }
        }
        Ok(PairModel {
            session: Mutex::new(session),
            tokenizer,
            markers,
            relations,
            roles,
            max_len: meta.max_len,
            temperature: meta.temperature,
            threshold: meta.threshold,
            version: meta.version,
        })
    }

    /// The model's version string (from pairs.json).
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The token ids of one pair and the positions of its two opening markers (as
    /// `train/pairslib.py` `encode_tokens`). `ids` / `offsets` are the sentence's tokens (offsets
    /// relative to the sentence), `e1` / `e2` the mentions relative to the sentence.
    fn encode(
        &self,
        ids: &[u32],
        offsets: &[(usize, usize)],
        e1: (usize, usize, EntityKind),
        e2: (usize, usize, EntityKind),
    ) -> (Vec<i64>, usize, usize) {
        let n = ids.len();
        let cover = |m: (usize, usize, EntityKind)| -> (usize, usize) {
            let inside: Vec<usize> =
                (0..n).filter(|&i| offsets[i].0 >= m.0 && offsets[i].1 <= m.1 && offsets[i].1 > offsets[i].0).collect();
            let inside = if inside.is_empty() {
                let over: Vec<usize> = (0..n).filter(|&i| offsets[i].0 < m.1 && offsets[i].1 > m.0).collect();
                if over.is_empty() { vec![0] } else { over }
            } else {
                inside
            };
            (inside[0], inside[inside.len() - 1] + 1)
        };
        let (a0, a1) = cover(e1);
        let (b0, b1) = cover(e2);
        let budget = self.max_len - 12;
        let (mut lo, mut hi) = (0, n);
        if n > budget {
            let (first, last) = (a0.min(b0), a1.max(b1));
            let span = last - first;
            if span >= budget {
                (lo, hi) = (first, last);
            } else {
                let extra = budget - span;
                lo = first.saturating_sub(extra / 2);
                hi = (lo + budget).min(n);
                lo = hi.saturating_sub(budget);
            }
        }
        let m = self.markers;
        let mut out = vec![m.cls];
        let (mut p1, mut p2) = (0, 0);
        for i in lo..=hi {
            if i == a1 {
                out.push(m.at);
            }
            if i == b1 {
                out.push(m.hash);
            }
            if i == a0 {
                p1 = out.len();
                out.extend([m.at, m.star, m.type_id(e1.2), m.star]);
            }
            if i == b0 {
                p2 = out.len();
                out.extend([m.hash, m.caret, m.type_id(e2.2), m.caret]);
            }
            if let Some(&t) = ids.get(i).filter(|_| i < hi) {
                out.push(i64::from(t));
            }
        }
        out.push(m.sep);
        out.truncate(512);
        (out, p1.min(511), p2.min(511))
    }

    /// Calibrated probabilities (relations, roles, current) for every candidate of a document.
    pub(crate) fn probabilities(&self, doc: &Document, cands: &[Candidate]) -> Result<Vec<Vec<f32>>, ModelError> {
        let mut tokenised: HashMap<usize, SentenceTokens> = HashMap::new();
        let mut inputs: Vec<(Vec<i64>, usize, usize)> = Vec::with_capacity(cands.len());
        for c in cands {
            let sent = doc.sentences[c.sentence].span;
            if let std::collections::hash_map::Entry::Vacant(v) = tokenised.entry(c.sentence) {
                let enc = self.tokenizer.encode(doc.slice(sent), false).map_err(|e| ModelError::Run(e.to_string()))?;
                v.insert((enc.get_ids().to_vec(), enc.get_offsets().to_vec()));
            }
            let (ids, offs) = &tokenised[&c.sentence];
            let rel =
                |sp: Span, e: EntityIdx| (sp.start() - sent.start(), sp.end() - sent.start(), doc.entities[e].kind);
            inputs.push(self.encode(ids, offs, rel(c.e1.0, c.e1.1), rel(c.e2.0, c.e2.1)));
        }
        self.run(&inputs)
    }

    /// Calibrated probabilities for encoded pairs (token ids, e1 marker, e2 marker), run in
    /// batches of similar length.
    fn run(&self, inputs: &[(Vec<i64>, usize, usize)]) -> Result<Vec<Vec<f32>>, ModelError> {
        let mut order: Vec<usize> = (0..inputs.len()).collect();
        order.sort_by_key(|&i| inputs[i].0.len());
        let n_out = self.relations.len() + self.roles.len() + 1;
        let mut probs = vec![Vec::new(); inputs.len()];
        for batch in order.chunks(BATCH) {
            let seq = batch.iter().map(|&i| inputs[i].0.len()).max().unwrap_or(0);
            let mut ids = Array2::<i64>::zeros((batch.len(), seq));
            let mut mask = Array2::<i64>::zeros((batch.len(), seq));
            let mut p1 = ndarray::Array1::<i64>::zeros(batch.len());
            let mut p2 = ndarray::Array1::<i64>::zeros(batch.len());
            for (row, &i) in batch.iter().enumerate() {
                for (col, &t) in inputs[i].0.iter().enumerate() {
                    ids[[row, col]] = t;
                    mask[[row, col]] = 1;
                }
                p1[row] = inputs[i].1 as i64;
                p2[row] = inputs[i].2 as i64;
            }
            let run = |e: ort::Error| ModelError::Run(e.to_string());
            let feed = ort::inputs![
                "input_ids" => Tensor::from_array(ids).map_err(run)?,
                "attention_mask" => Tensor::from_array(mask).map_err(run)?,
                "e1_pos" => Tensor::from_array(p1).map_err(run)?,
                "e2_pos" => Tensor::from_array(p2).map_err(run)?,
            ];
            let mut session = self
                .session
                .lock()
                .map_err(|_| ModelError::Run("pair model session poisoned by an earlier panic".into()))?;
            let outputs = session.run(feed).map_err(run)?;
            let logits = outputs["logits"].try_extract_array::<f32>().map_err(run)?;
            let shape = logits.shape().to_vec();
            if shape.len() != 2 || shape[1] != n_out {
                return Err(ModelError::Run(format!("pair logits have shape {shape:?}, expected [_, {n_out}]")));
            }
            let n_rel = self.relations.len();
            for (row, &i) in batch.iter().enumerate() {
                probs[i] = (0..n_out)
                    .map(|k| {
                        let t = if k < n_rel {
                            self.temperature.relation
                        } else if k < n_out - 1 {
                            self.temperature.role
                        } else {
                            self.temperature.current
                        };
                        sigmoid(logits[[row, k]] / t)
                    })
                    .collect();
            }
        }
        Ok(probs)
    }

    /// The positions and relations the model finds in a document; with `roles` false only the
    /// relation pairs are run (no positions).
    pub fn facts(&self, doc: &Document, roles: bool) -> Result<PairFacts, ModelError> {
        let mut cands = candidates(doc);
        if !roles {
            cands.retain(|c| c.kind == PairKind::Relation);
        }
        if cands.is_empty() {
            return Ok(PairFacts::default());
        }
        let probs = self.probabilities(doc, &cands)?;
        let n_rel = self.relations.len();
        let cur = n_rel + self.roles.len();
        // best (probability, sentence, current probability) per fact
        let mut roles: HashMap<(EntityIdx, Role, EntityIdx), (f32, usize, f32)> = HashMap::new();
        let mut rels = RelationScores::new();
        for (c, p) in cands.iter().zip(&probs) {
            match c.kind {
                PairKind::Role => {
                    for (k, &role) in self.roles.iter().enumerate() {
                        let q = p[n_rel + k];
                        let slot = roles.entry((c.e1.1, role, c.e2.1)).or_insert((-1.0, c.sentence, 1.0));
                        if q > slot.0 {
                            *slot = (q, c.sentence, p[cur]);
                        }
                    }
                }
                PairKind::Relation => self.fold_relation(c, p, &mut rels),
            }
        }
        let evidence = |s: usize, q: f32| Evidence {
            span: doc.sentences.get(s).map_or_else(super::zero_span, |x| x.span),
            confidence: q.clamp(0.0, 1.0),
        };
        let mut positions: Vec<Position> = roles
            .into_iter()
            .filter(|(_, (q, _, _))| *q >= self.threshold.role)
            .map(|((person, role, org), (q, s, c))| Position {
                person,
                organization: Some(org),
                role,
                title: role.label().to_string(),
                current: c >= 0.5,
                evidence: evidence(s, q),
            })
            .collect();
        positions.sort_by_key(|p| (p.evidence.span.start(), p.person, p.role, p.organization));
        let mut relations: Vec<Relation> = rels
            .into_iter()
            .filter(|((subject, kind, object), (q, _))| {
                *q >= self.threshold.relation && fits_contract(doc, *subject, *kind, *object)
            })
            .map(|((subject, kind, object), (q, s))| Relation { subject, kind, object, evidence: evidence(s, q) })
            .collect();
        relations.sort_by_key(|r| (r.evidence.span.start(), r.subject, r.kind, r.object));
        Ok(PairFacts { positions, relations })
    }
}

impl PairModel {
    /// The probability at which the model alone states a relation.
    pub(crate) fn relation_threshold(&self) -> f32 {
        self.threshold.relation
    }

    /// For every (subject, relation, object) of two organisations or services that some sentence
    /// names together, the model's highest probability over those sentences and that sentence
    /// (no threshold: the learned relation scorer reads them all).
    pub(crate) fn relation_scores(&self, doc: &Document) -> Result<RelationScores, ModelError> {
        let mut cands = candidates(doc);
        cands.retain(|c| c.kind == PairKind::Relation);
        self.fold_relations(doc, &cands)
    }

    /// [`Self::relation_scores`] for the pairs the anaphors make ([`anaphor_candidates`]): the
    /// anaphor's entity is read where the anaphor stands, with that entity's kind as its marker.
    pub(crate) fn anaphor_scores(&self, doc: &Document, anaphors: &[Anaphor]) -> Result<RelationScores, ModelError> {
        self.fold_relations(doc, &anaphor_candidates(doc, anaphors))
    }

    /// The model's probabilities for relation pairs `cands`, folded by [`Self::fold_relation`].
    fn fold_relations(&self, doc: &Document, cands: &[Candidate]) -> Result<RelationScores, ModelError> {
        let mut rels = RelationScores::new();
        if cands.is_empty() {
            return Ok(rels);
        }
        let probs = self.probabilities(doc, cands)?;
        for (c, p) in cands.iter().zip(&probs) {
            self.fold_relation(c, p, &mut rels);
        }
        Ok(rels)
    }

    /// Keeps, for each directed relation of a relation pair, the higher probability.
    fn fold_relation(&self, c: &Candidate, p: &[f32], rels: &mut RelationScores) {
        for (k, l) in self.relations.iter().enumerate() {
            let (s, o) = if l.forward { (c.e1.1, c.e2.1) } else { (c.e2.1, c.e1.1) };
            let slot = rels.entry((s, l.kind, o)).or_insert((-1.0, c.sentence));
            if p[k] > slot.0 {
                *slot = (p[k], c.sentence);
            }
        }
    }
}

/// Per (subject, relation, object): the pair model's highest probability and its sentence.
pub(crate) type RelationScores = HashMap<(EntityIdx, RelationKind, EntityIdx), (f32, usize)>;

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::PairModel;
    use newskg_doc::EntityKind;

    const MODELS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../models");
    const ORT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../.runtime/libonnxruntime.so");

    /// Every title and predicate of the gold format names exactly one role or relation kind.
    #[test]
    fn gold_labels_name_each_role_and_relation_once() {
        let titles = [
            "ceo",
            "chairman",
            "president",
            "cfo",
            "cto",
            "coo",
            "founder",
            "cofounder",
            "director",
            "vice-president",
            "head",
            "executive",
            "analyst",
            "spokesperson",
            "minister",
            "governor",
            "other",
        ];
        let roles: std::collections::HashSet<_> = titles.iter().map(|t| super::parse_role(t).unwrap()).collect();
        assert_eq!(roles.len(), newskg_doc::Role::ALL.len());
        assert_eq!(super::parse_role("chief"), None);
        let kinds: std::collections::HashSet<_> = ["parentOrganization>", "provider<", "acquired>", "partner<"]
            .iter()
            .map(|l| super::parse_relation(l).unwrap().kind)
            .collect();
        assert_eq!(kinds.len(), newskg_doc::RelationKind::ALL.len());
        assert!(super::parse_relation("provider").is_none(), "a label without a direction is refused");
    }

    fn kind(v: &serde_json::Value) -> EntityKind {
        match v.as_str().unwrap() {
            "Company" => EntityKind::Company,
            "Organization" => EntityKind::Organization,
            "Person" => EntityKind::Person,
            "Service" => EntityKind::Service,
            _ => EntityKind::Location,
        }
    }

    /// `train/pairs_export.py` wrote these cases with the Python tokenizer, encoder of the markers
    /// and the int8 model under Python's ONNX Runtime: the Rust side must build the same token
    /// ids and marker positions and give the same calibrated probabilities.
    #[test]
    fn matches_the_training_side() {
        let model = PairModel::load(Path::new(MODELS), Path::new(ORT))
            .unwrap_or_else(|e| panic!("{e} (scripts/setup.sh fetches the runtime)"));
        let cases: Vec<serde_json::Value> =
            serde_json::from_str(&std::fs::read_to_string(Path::new(MODELS).join("pairs_cases.json")).unwrap())
                .unwrap();
        assert!(cases.len() >= 5);
        for case in cases {
            let text = case["text"].as_str().unwrap();
            // Python gives char offsets, the Rust side bytes (these texts are ASCII).
            assert!(text.is_ascii());
            let m =
                |v: &serde_json::Value| (v[0].as_u64().unwrap() as usize, v[1].as_u64().unwrap() as usize, kind(&v[2]));
            let enc = model.tokenizer.encode(text, false).unwrap();
            let got = model.encode(enc.get_ids(), enc.get_offsets(), m(&case["e1"]), m(&case["e2"]));
            let want: Vec<i64> = case["input_ids"].as_array().unwrap().iter().map(|v| v.as_i64().unwrap()).collect();
            assert_eq!(got.0, want, "{text}");
            assert_eq!(got.1 as u64, case["e1_pos"].as_u64().unwrap(), "{text}");
            assert_eq!(got.2 as u64, case["e2_pos"].as_u64().unwrap(), "{text}");
            let probs = model.run(&[got]).unwrap().remove(0);
            let want: Vec<f64> = case["probs"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
            assert_eq!(probs.len(), want.len());
            for (k, (p, w)) in probs.iter().zip(&want).enumerate() {
                assert!((f64::from(*p) - w).abs() < 2e-3, "{text}: output {k}: {p} vs {w}");
            }
        }
    }
}

#[cfg(test)]
mod news_tests {
    use super::PairModel;
    use newskg_doc::EntityKind;
    use std::path::Path;

    const MODELS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../models");
    const ORT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../.runtime/libonnxruntime.so");

    /// The calibrated probabilities of one pair: `e1` and `e2` are found by name in `text`.
    fn probs(model: &PairModel, text: &str, e1: (&str, EntityKind), e2: (&str, EntityKind)) -> Vec<f32> {
        let span = |(name, kind): (&str, EntityKind)| {
            let s = text.find(name).unwrap();
            (s, s + name.len(), kind)
        };
        let enc = model.tokenizer.encode(text, false).unwrap();
        let pair = model.encode(enc.get_ids(), enc.get_offsets(), span(e1), span(e2));
        model.run(&[pair]).unwrap().remove(0)
    }

    /// Plain news statements (invented sentences, none in the training data): a title before a
    /// name, an announced appointment, "X's acquisition of Y", "X's A", and two companies in one
    /// market report that share no relation. Output layout: 8 relation labels
    /// (parentOrganization, provider, acquired, partner; `>` then `<`), 17 titles (ceo first), current.
    #[test]
    fn reads_plain_news_statements() {
        let model = PairModel::load(Path::new(MODELS), Path::new(ORT))
            .unwrap_or_else(|e| panic!("{e} (scripts/setup.sh fetches the runtime)"));
        let (person, company, service) = (EntityKind::Person, EntityKind::Company, EntityKind::Service);
        let p = probs(
            &model,
            "Dana Whitlock will become chief executive of Orlin Foods next month.",
            ("Dana Whitlock", person),
            ("Orlin Foods", company),
        );
        assert!(p[8] >= 0.5 && p[25] >= 0.5, "ceo, current: {p:?}");
        let p = probs(
            &model,
            "Since Marlow Systems' acquisition of Pexa Data in 2020, its sales have doubled.",
            ("Marlow Systems", company),
            ("Pexa Data", company),
        );
        assert!(p[4] >= 0.5, "acquired>: {p:?}");
        let p = probs(
            &model,
            "Customers could not open Marlow Systems' Tidepool app on Monday.",
            ("Marlow Systems", company),
            ("Tidepool", service),
        );
        assert!(p[3] >= 0.5, "provider<: {p:?}");
        let p = probs(
            &model,
            "Shares of Marlow Systems fell 3% while Pexa Data rose 1%.",
            ("Marlow Systems", company),
            ("Pexa Data", company),
        );
        assert!(p[..8].iter().all(|&x| x < 0.5), "no relation: {p:?}");
    }
}
