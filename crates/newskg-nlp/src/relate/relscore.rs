//! The learned relation scorer: consumes a resolved [`Document`], the outages the rules found and
//! the pair model's probabilities, produces the document's relations, each with its evidence
//! sentence and the scorer's probability as confidence.
//!
//! Every source proposes candidates (subject, predicate, object): each family of relation
//! patterns (over the context with organisation anaphora, [`super::refer`]), the pair model
//! (every directed relation of two names a sentence holds together, whatever its probability
//! above [`PAIR_FLOOR`]), the document-level providers ([`super::relations::document_providers`])
//! and, for every service, the two companies the article names most (the document-level provider
//! inference, widened, with the decision left to the scorer). Each candidate gets one fixed
//! feature vector ([`FEATURES`] numbers): which sources proposed it and with what confidence, the
//! pair model's probabilities for it, its reverse and the pair's other predicates, the kinds,
//! mention counts and first positions of both entities, how often and how close they are named
//! together, whether a pattern reached them through an anaphor, whether the object is the
//! article's main organisation, and the words between the closest co-mention (hashed with the
//! predicate into [`BETWEEN_BUCKETS`] buckets, so which words matter is learned, not listed).
//! A logistic regression (`models/relations.onnx`, card `models/RELATIONS.md`, trained by
//! `train/relations_train.py` on exactly these vectors, which `newskg extract --output
//! relation-features` writes) gives each candidate a probability; those at or above the
//! threshold of `models/relations.json` are kept, one direction per pair.

use std::collections::HashMap;
use std::path::Path;

use super::pairs::{Anaphor, RelationScores, fits_contract};
use super::relations::{
    DOCUMENT_PROVIDER_CONFIDENCE, RULE_FAMILIES, companies_by_mentions, document_providers, relations_tagged,
};
use super::{Ctx, relation_context};
use crate::recognise::ModelError;
use crate::recognise::linear::{LinearModel, Spec, load_err};
use crate::rulebook::RuleSet;
use crate::words::{bucket, word_key};
use newskg_doc::{Document, EntityIdx, EntityKind, Evidence, Outage, Relation, RelationKind, Span};

/// The least pair-model probability that makes a candidate on its own.
pub const PAIR_FLOOR: f32 = 0.05;
/// Hash buckets for the words between two co-mentions (with the predicate).
pub const BETWEEN_BUCKETS: usize = 256;
/// The fixed features before the hashed ones.
pub const DENSE_FEATURES: usize = 70;
/// Length of a feature vector.
pub const FEATURES: usize = DENSE_FEATURES + BETWEEN_BUCKETS;
/// At most this many words between two co-mentions go into the hashed bag.
const MAX_BETWEEN: usize = 12;

/// The model's files and shape (see [`crate::recognise::linear`]).
static SPEC: Spec = Spec {
    stem: "relations",
    what: "relation scorer",
    output: "probability",
    width: 1,
    features: FEATURES,
    fix: FIX_MODEL,
};

const FIX_MODEL: &str = "the relation scorer ships in the project's models/ folder (relations.onnx, relations.json): \
                         restore it (git checkout -- models), point --models / NEWSKG_MODELS at a folder with them, \
                         or use --relations rules";

/// The four predicates, in the order of the features.
const PREDICATES: [RelationKind; 4] =
    [RelationKind::ParentOrganization, RelationKind::Provider, RelationKind::Acquired, RelationKind::Partner];

fn pred_slot(kind: RelationKind) -> usize {
    PREDICATES.iter().position(|&k| k == kind).unwrap_or(0)
}

/// Company, Organization, Service (anything else: none of the three slots).
fn kind_slot(kind: Option<EntityKind>) -> Option<usize> {
    match kind? {
        EntityKind::Company => Some(0),
        EntityKind::Organization => Some(1),
        EntityKind::Service => Some(2),
        EntityKind::Person | EntityKind::Location => None,
    }
}

/// One candidate relation of a document and its features.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub subject: EntityIdx,
    pub kind: RelationKind,
    pub object: EntityIdx,
    /// The evidence sentence: the proposing pattern's, else the pair model's, else the sentence
    /// where the pair model read the pair through an anaphor, else the subject's first.
    pub sentence: usize,
    /// When the relation rests on an anaphor read in `sentence` ("the company"), the sentence
    /// before it that names the anaphor's entity: the evidence runs from it to `sentence`.
    pub from: Option<usize>,
    /// The highest confidence of the patterns that found it in a sentence, if any: those stay,
    /// whatever the model says (on the corpus dev split and ../shared/eval dev the sentence
    /// patterns are right three times in four or more, see models/RELATIONS.md).
    pub rule: Option<f32>,
    pub features: Vec<f32>,
}

/// What proposed one candidate.
#[derive(Debug, Clone, Default)]
struct Sources {
    /// Per rule family, the highest confidence (0: not proposed).
    families: [f32; RULE_FAMILIES],
    rule_sentence: Option<usize>,
    /// The pattern read an anaphor ("the company") for one of the two.
    anaphor: bool,
    document: bool,
    variant: bool,
    top_company: bool,
}

/// The candidates of a document with their features. `scores` are the pair model's
/// ([`super::pairs::PairModel::relation_scores`]), `pair_threshold` the probability at which the
/// pair model alone states a relation (the document-level providers run over the rules' and those
/// relations, as without the scorer); `rules` are the named rules switched on. Finds the sentence
/// patterns' relations itself; [`candidates_from`] takes them from a caller that has them.
pub fn candidates(
    doc: &Document,
    scores: &RelationScores,
    anaphor_scores: &RelationScores,
    pair_threshold: f32,
    outages: &[Outage],
    rules: RuleSet,
) -> Vec<Candidate> {
    let ctx = Ctx::with_rules(doc, rules);
    let rctx = relation_context(&ctx);
    let (found, families) = relations_tagged(&rctx);
    candidates_from(&ctx, &rctx, &found, &families, (scores, anaphor_scores), pair_threshold, outages)
}

/// The anaphors of a document (`ctx` and the relation context `rctx` made of it), for
/// [`super::pairs::PairModel::anaphor_scores`].
pub(crate) fn anaphor_list(ctx: &Ctx<'_>, rctx: &Ctx<'_>) -> Vec<Anaphor> {
    anaphora::anaphors(ctx, rctx).into_iter().map(|f| f.anaphor).collect()
}

/// [`candidates`] from the sentence patterns' relations `found` (read over `rctx`, the context
/// [`relation_context`] makes of `ctx`) and the family of patterns that found each; `scores` are
/// the pair model's for pairs a sentence names and for pairs an anaphor makes.
pub(crate) fn candidates_from(
    ctx: &Ctx<'_>,
    rctx: &Ctx<'_>,
    found: &[Relation],
    families: &[usize],
    (scores, anaphor_scores): (&RelationScores, &RelationScores),
    pair_threshold: f32,
    outages: &[Outage],
) -> Vec<Candidate> {
    let doc = ctx.doc;
    let mut sources: HashMap<(EntityIdx, RelationKind, EntityIdx), Sources> = HashMap::new();
    let named_in = |e: EntityIdx, s: usize| ctx.mentions.iter().any(|m| m.entity == e && m.sent == s);
    for (r, &f) in found.iter().zip(families) {
        let s = ctx.words.get(ctx.words.index_at(r.evidence.span.start())).map_or(0, |w| w.sent);
        let src = sources.entry((r.subject, r.kind, r.object)).or_default();
        src.families[f] = src.families[f].max(r.evidence.confidence);
        src.rule_sentence.get_or_insert(s);
        src.anaphor |= !named_in(r.subject, s) || !named_in(r.object, s);
    }
    // the document-level providers over the rules' and the confident pairs' relations
    let mut union = found.to_vec();
    // the confident pairs in text order (a map's own order changes from run to run, and the
    // document-level providers take the first tie they find)
    let mut confident: Vec<_> = scores.iter().filter(|&(_, &(q, _))| q >= pair_threshold).collect();
    confident.sort_by_key(|&(&(s, k, o), &(_, sent))| (sent, s, pred_slot(k), o));
    for (&(s, k, o), &(q, sent)) in confident {
        if fits_contract(doc, s, k, o) && !union.iter().any(|r| (r.subject, r.kind, r.object) == (s, k, o)) {
            union.push(Relation { subject: s, kind: k, object: o, evidence: ctx.evidence(sent, q) });
        }
    }
    let before = union.len();
    document_providers(ctx, &mut union, outages);
    for r in &union[before..] {
        let src = sources.entry((r.subject, r.kind, r.object)).or_default();
        if r.evidence.confidence > DOCUMENT_PROVIDER_CONFIDENCE {
            src.variant = true;
        } else {
            src.document = true;
        }
    }
    for (&(s, k, o), &(q, _)) in scores.iter().chain(anaphor_scores) {
        if q >= PAIR_FLOOR {
            sources.entry((s, k, o)).or_default();
        }
    }
    // every service to the two companies named most
    let companies = companies_by_mentions(doc);
    // not a service a possessive gives to a named owner ("X's S", whatever X is typed as), nor
    // that owner itself: a sentence says whose they are
    let possessors = widen::possessors(ctx);
    let owner = |e: EntityIdx| possessors.values().any(|v| v.contains(&e));
    for (i, e) in doc.entities.iter().enumerate() {
        if e.kind == EntityKind::Service && !owner(i) {
            for &(_, c) in companies.iter().take(2) {
                if possessors.get(&i).is_some_and(|v| !v.contains(&c)) {
                    continue;
                }
                sources.entry((i, RelationKind::Provider, c)).or_default().top_company = true;
            }
        }
    }
    let mut facts = DocFacts::new(ctx, rctx, outages);
    facts.anaphors = anaphora::anaphors(ctx, rctx);
    facts.companies = companies.iter().map(|&(_, c)| c).take(2).collect();
    facts.dominance = match companies.as_slice() {
        [(n, _), (m, _), ..] => (*n as f32 / (*m).max(1) as f32).min(5.0) / 5.0,
        [(n, _)] => (*n as f32).min(5.0) / 5.0,
        [] => 0.0,
    };
    let mut keys: Vec<_> = sources.keys().copied().filter(|&(s, k, o)| s != o && fits_contract(doc, s, k, o)).collect();
    keys.sort_by_key(|&(s, k, o)| (s, pred_slot(k), o));
    keys.into_iter()
        .map(|key| {
            let src = &sources[&key];
            let reading = anaphora::reading(ctx, &facts.anaphors, anaphor_scores, key);
            let (features, closest) = features(&facts, key, src, &sources, scores, reading);
            let (s, _, _) = key;
            let named = src.rule_sentence.or_else(|| scores.get(&key).map(|x| x.1));
            let through = reading.filter(|_| named.is_none());
            let sentence = named
                .or(through.map(|r| r.sentence))
                .or(closest)
                .or_else(|| ctx.mentions.iter().filter(|m| m.entity == s).map(|m| m.sent).min())
                .unwrap_or(0);
            // read through an anaphor (by the pair model or a pattern): the evidence starts at the
            // sentence before that names the entity the anaphor stands for
            let from = through.map(|r| r.named_in).or_else(|| {
                let (_, _, o) = key;
                let back = |e: EntityIdx| {
                    ctx.mentions.iter().filter(|m| m.entity == e && m.sent <= sentence).map(|m| m.sent).max()
                };
                (src.anaphor && src.rule_sentence == Some(sentence))
                    .then(|| [s, o].into_iter().filter(|&e| !named_in(e, sentence)).filter_map(back).min())
                    .flatten()
            });
            let from = from.filter(|&n| n < sentence);
            let rule = Some(src.families.iter().copied().fold(0.0f32, f32::max)).filter(|&c| c > 0.0);
            Candidate { subject: key.0, kind: key.1, object: key.2, sentence, from, rule, features }
        })
        .collect()
}

/// What the features read of a whole document, computed once.
struct DocFacts<'c, 'a> {
    ctx: &'c Ctx<'a>,
    /// With the organisation references.
    rctx: &'c Ctx<'a>,
    main_org: Option<EntityIdx>,
    max_org_mentions: usize,
    sentences: usize,
    affected: Vec<EntityIdx>,
    /// The two companies named most, the most first.
    companies: Vec<EntityIdx>,
    /// How much more the first company is named than the second (in [0, 1]).
    dominance: f32,
    /// The organisation anaphors ("the company", "it").
    anaphors: Vec<anaphora::Found>,
}

impl<'c, 'a> DocFacts<'c, 'a> {
    fn new(ctx: &'c Ctx<'a>, rctx: &'c Ctx<'a>, outages: &[Outage]) -> Self {
        let doc = ctx.doc;
        let max_org_mentions =
            doc.entities.iter().filter(|e| e.kind.is_org()).map(|e| e.mentions.len()).max().unwrap_or(0);
        DocFacts {
            ctx,
            rctx,
            main_org: ctx.main_org(),
            max_org_mentions,
            sentences: doc.sentences.len().max(1),
            affected: outages.iter().flat_map(|o| o.affected.iter().copied()).collect(),
            companies: Vec::new(),
            dominance: 0.0,
            anaphors: Vec::new(),
        }
    }

    fn mentions(&self, e: EntityIdx) -> usize {
        self.ctx.doc.entities.get(e).map_or(0, |x| x.mentions.len())
    }

    fn first_sentence(&self, e: EntityIdx) -> usize {
        self.ctx.mentions.iter().filter(|m| m.entity == e).map(|m| m.sent).min().unwrap_or(self.sentences)
    }
}

/// The feature vector of one candidate, and the sentence of the closest co-mention.
fn features(
    f: &DocFacts<'_, '_>,
    (s, kind, o): (EntityIdx, RelationKind, EntityIdx),
    src: &Sources,
    all: &HashMap<(EntityIdx, RelationKind, EntityIdx), Sources>,
    scores: &RelationScores,
    reading: Option<anaphora::Reading>,
) -> (Vec<f32>, Option<usize>) {
    let doc = f.ctx.doc;
    let mut x = vec![0.0f32; FEATURES];
    let p = pred_slot(kind);
    x[p] = 1.0;
    let rule_conf = src.families.iter().copied().fold(0.0f32, f32::max);
    for (k, &c) in src.families.iter().enumerate() {
        x[4 + k] = c;
    }
    x[10] = rule_conf;
    x[11] = f32::from(rule_conf > 0.0);
    let proposed = |key| all.get(&key).is_some_and(|z: &Sources| z.families.iter().any(|&c| c > 0.0));
    x[12] = f32::from(proposed((o, kind, s)));
    x[13] = f32::from(PREDICATES.iter().any(|&k| k != kind && (proposed((s, k, o)) || proposed((o, k, s)))));
    let q = |key| scores.get(&key).map_or(0.0, |z: &(f32, usize)| z.0.max(0.0));
    let here = q((s, kind, o));
    x[14] = here;
    x[15] = q((o, kind, s));
    x[16] = PREDICATES.iter().filter(|&&k| k != kind).map(|&k| q((s, k, o)).max(q((o, k, s)))).fold(0.0, f32::max);
    x[17] = f32::from(scores.contains_key(&(s, kind, o)));
    x[18] = f32::from(src.document);
    x[19] = f32::from(src.variant);
    x[20] = f32::from(src.top_company);
    if let Some(k) = kind_slot(f.ctx.kind(s)) {
        x[21 + k] = 1.0;
    }
    if let Some(k) = kind_slot(f.ctx.kind(o)) {
        x[24 + k] = 1.0;
    }
    let (ns, no) = (f.mentions(s), f.mentions(o));
    x[27] = (1.0 + ns as f32).ln();
    x[28] = (1.0 + no as f32).ln();
    x[29] = f.first_sentence(s) as f32 / f.sentences as f32;
    x[30] = f.first_sentence(o) as f32 / f.sentences as f32;
    x[31] = f32::from(f.main_org == Some(o));
    x[32] = f32::from(f.main_org == Some(s));
    x[33] = if f.max_org_mentions > 0 { no as f32 / f.max_org_mentions as f32 } else { 0.0 };
    let sents = |e: EntityIdx| {
        let mut v: Vec<usize> = f.ctx.mentions.iter().filter(|m| m.entity == e).map(|m| m.sent).collect();
        v.dedup();
        v
    };
    let (ss, os) = (sents(s), sents(o));
    let together = ss.iter().filter(|x| os.contains(x)).count();
    x[34] = (1.0 + together as f32).ln();
    let gap = ss.iter().flat_map(|a| os.iter().map(move |b| a.abs_diff(*b))).min().unwrap_or(f.sentences);
    x[35] = (1.0 + gap as f32).ln();
    x[36] = f32::from(src.anaphor);
    x[37] = f32::from(f.affected.contains(&s));
    let (sn, on) = (doc.entities[s].name.to_lowercase(), doc.entities[o].name.to_lowercase());
    x[38] = f32::from(sn.len() > on.len() && sn.starts_with(&on));
    x[39] = f32::from(no > ns);
    x[40 + p] = here;
    x[44 + p] = rule_conf;
    x[52] = f32::from(f.companies.first() == Some(&o));
    x[53] = f32::from(f.companies.get(1) == Some(&o));
    // the subject tied to another object by a pattern or a confident pair
    let others = || all.keys().filter(|&&(a, k, b)| a == s && k == kind && b != o);
    x[54] = f32::from(others().any(|&key| proposed(key) || q(key) >= 0.75));
    x[55] = others().map(|&key| q(key)).fold(0.0, f32::max);
    let near = ss.iter().filter(|a| os.iter().any(|b| a.abs_diff(*b) <= 1)).count();
    x[56] = (1.0 + near as f32).ln();
    x[57] = f.dominance;
    x[58] = (1.0 + others().count() as f32).ln();
    let first = f.first_sentence(s);
    x[59] = f32::from(os.iter().any(|&b| b == first || b + 1 == first));
    // the pair model read through an anaphor ("the company ... Y"): its probability, how far back
    // the anaphor's entity was named, whether the anaphor is a pronoun
    if let Some(r) = reading {
        x[60] = r.probability;
        x[61] = f32::from(together == 0);
        x[62] = f32::from(r.pronoun);
        x[63] = (1.0 + r.sentence.abs_diff(r.named_in) as f32).ln();
        x[64 + p] = r.probability;
        x[69] = 1.0;
    }
    x[68] = f32::from(f.anaphors.iter().any(|a| a.anaphor.entity == s || a.anaphor.entity == o));
    let closest = closest_pair(f.rctx, s, o);
    if let Some((a, b, subject_first, sent)) = closest {
        x[48] = 1.0;
        x[49] = f32::from(subject_first);
        x[50] = (1.0 + (b - a) as f32).ln();
        x[51] = f32::from(b == a);
        let tag = ["b0", "b1", "b2", "b3"][p];
        for i in a..b.min(a + MAX_BETWEEN) {
            let w = word_key(f.rctx.words.lower(i));
            x[DENSE_FEATURES + bucket(tag, w, BETWEEN_BUCKETS)] = 1.0;
        }
        return (x, Some(sent));
    }
    (x, None)
}

/// The closest mentions of `s` and `o` in one sentence (anaphora included): the words between
/// them `[a, b)`, whether `s` comes first, and the sentence.
fn closest_pair(ctx: &Ctx<'_>, s: EntityIdx, o: EntityIdx) -> Option<(usize, usize, bool, usize)> {
    let mut best: Option<(usize, usize, bool, usize)> = None;
    for ms in ctx.mentions.iter().filter(|m| m.entity == s) {
        for mo in ctx.mentions.iter().filter(|m| m.entity == o && m.sent == ms.sent) {
            let (a, b, first) = if ms.last <= mo.first {
                (ms.last, mo.first, true)
            } else if mo.last <= ms.first {
                (mo.last, ms.first, false)
            } else {
                continue;
            };
            if best.is_none_or(|(x, y, _, _)| b - a < y - x) {
                best = Some((a, b, first, ms.sent));
            }
        }
    }
    best
}

#[derive(serde::Deserialize)]
struct RelationsFile {
    version: String,
    features: usize,
    threshold: f32,
}

/// The loaded relation scorer.
pub struct RelationModel {
    model: LinearModel,
    threshold: f32,
    version: String,
}

impl std::fmt::Debug for RelationModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RelationModel").field("version", &self.version).finish_non_exhaustive()
    }
}

impl RelationModel {
    /// Loads `relations.onnx` and `relations.json` from `dir`, ONNX Runtime from `ort_lib`.
    pub fn load(dir: &Path, ort_lib: &Path) -> Result<RelationModel, ModelError> {
        let (model, meta) = LinearModel::load(dir, ort_lib, &SPEC, |m: &RelationsFile| m.features)?;
        if !(0.0..=1.0).contains(&meta.threshold) {
            return Err(load_err(
                &dir.join("relations.json"),
                format!("threshold {} is not in [0, 1]", meta.threshold),
            ));
        }
        Ok(RelationModel { model, threshold: meta.threshold, version: meta.version })
    }

    /// The model's version string (from relations.json).
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The probability that each feature vector's candidate is a relation the article states.
    pub fn probabilities(&self, feats: &[Vec<f32>]) -> Result<Vec<f32>, ModelError> {
        self.model.run(feats)
    }

    /// The relations of a document: the candidates at or above the threshold, one direction per
    /// pair and predicate (the more probable), with the model's probability as confidence.
    pub fn relations(&self, doc: &Document, cands: &[Candidate]) -> Result<Vec<Relation>, ModelError> {
        let feats: Vec<Vec<f32>> = cands.iter().map(|c| c.features.clone()).collect();
        let probs = self.probabilities(&feats)?;
        Ok(keep(doc, cands, &probs, self.threshold))
    }
}

/// The candidates a sentence pattern found (with the pattern's confidence) and those whose
/// probability reaches `threshold` (with the probability), the more probable direction of a pair
/// for each predicate (a pattern's first), in text order of their evidence.
pub(crate) fn keep(doc: &Document, cands: &[Candidate], probs: &[f32], threshold: f32) -> Vec<Relation> {
    let mut best: HashMap<(EntityIdx, RelationKind, EntityIdx), (f32, usize)> = HashMap::new();
    for (i, (c, &q)) in cands.iter().zip(probs).enumerate() {
        // a pattern's relation ranks above every model decision
        let q = c.rule.map_or(q, |r| 1.0 + r);
        if q < threshold {
            continue;
        }
        let pair = (c.subject.min(c.object), c.kind, c.subject.max(c.object));
        let slot = best.entry(pair).or_insert((-1.0, i));
        if q > slot.0 {
            *slot = (q, i);
        }
    }
    // a pair one bought the other is not a partnership ("X agreed to buy Y")
    let bought: Vec<(EntityIdx, EntityIdx)> =
        best.keys().filter(|k| k.1 == RelationKind::Acquired).map(|&(a, _, b)| (a, b)).collect();
    best.retain(|&(a, k, b), _| k != RelationKind::Partner || !bought.contains(&(a, b)));
    let mut out: Vec<Relation> = best
        .into_values()
        .filter_map(|(q, i)| {
            let c = cands.get(i)?;
            let span = doc.sentences.get(c.sentence).map_or_else(super::zero_span, |x| x.span);
            // a relation read through an anaphor: from the sentence naming its entity to the anaphor's
            let span = c
                .from
                .and_then(|f| doc.sentences.get(f))
                .and_then(|f| Span::new(f.span.start(), span.end()))
                .unwrap_or(span);
            Some(Relation {
                subject: c.subject,
                kind: c.kind,
                object: c.object,
                evidence: Evidence { span, confidence: c.rule.unwrap_or(q).clamp(0.0, 1.0) },
            })
        })
        .collect();
    out.sort_by_key(|r| (r.evidence.span.start(), r.subject, pred_slot(r.kind), r.object));
    out
}

mod anaphora;
#[cfg(test)]
mod tests;
mod widen;
pub(crate) use widen::possessors;
