//! Learned provider of an outage: consumes an analysed [`Document`] (entities resolved, the
//! rules' outages found, after the learned typing and the pair model), produces for each outage
//! the organisation whose systems failed, chosen among the article's companies, organisations and
//! services, and the probability the model gave it as the outage's confidence.
//!
//! The rules find the incidents and their dates, places, causes and affected parties
//! (`relate/outages.rs`); their provider score is hand-weighted and takes the regulator that
//! fines or investigates a company, the body that ordered a shutoff, or a customer hit by the
//! outage when the sentence puts them first. Here every (outage, candidate) pair gets one fixed
//! feature vector ([`features`]): the candidate's kind, whether the rules chose it, how often and
//! where it is named (inside the outage's evidence sentences or not, first in the article, most
//! named), whether it opens a sentence, is possessive ("X's network"), follows or precedes an
//! enforcement verb, stands near an outage word, is a place name or one of the rules' affected
//! parties, and the words around its mentions (hashed into [`CONTEXT_BUCKETS`] buckets, so which
//! words mark a provider, a regulator or a customer is learned, not listed). A logistic
//! regression (`models/outages.onnx`, card `models/OUTAGES.md`, trained by
//! `train/outages_train.py` on exactly these vectors, which `newskg extract --output
//! outage-features` writes) gives each candidate the probability of being the provider;
//! [`OutageModel::assign`] applies the decision rule of `models/outages.json`.

use std::path::Path;

use crate::lexicon::facts::is_trigger_word;
use crate::lexicon::facts::{ACCORDING, DIRECTIVE_VERBS, ENFORCEMENT_NOUNS, ENFORCEMENT_PREPS, ENFORCEMENT_VERBS};
use crate::lexicon::facts::{AT_FAILURE_GAP, AT_FAILURE_NOUNS, FAILED_ADVERBS, SUFFERED_VERBS};
use crate::lexicon::facts::{ATTACK_WORDS, ATTACKER_CUES, CYBER_ATTACK_WORDS, TARGET_PREPS};
use crate::lexicon::grammar::{BY, OF, THE};
use crate::lexicon::organisations::{ORG_CUES, ORG_NOUNS, is_crown_body};
use crate::lexicon::services::is_emergency_number;
use crate::lexicon::words::{is_in, strip_possessive};
use crate::recognise::ModelError;
use crate::recognise::linear::{LinearModel, Spec};
use crate::rulebook::{Rule, RuleSet};
use crate::words::Words;
use newskg_doc::{Document, EntityIdx, EntityKind, RelationKind};

/// Sentences each side of an outage's evidence where the learned model's choice must be named to
/// replace a rules' provider named in the evidence (rule `outages-model-unnamed`).
const MODEL_NAMED_AROUND: usize = 1;
/// Hash buckets for the words around a candidate's mentions.
pub const CONTEXT_BUCKETS: usize = 512;
/// The fixed features before the hashed ones.
pub const DENSE_FEATURES: usize = 29;
/// Length of a feature vector.
pub const FEATURES: usize = DENSE_FEATURES + CONTEXT_BUCKETS;
/// How much more probable the model's choice must be than a rules' provider the incident's
/// sentences name as the owner of the failed system ("a failure at X"): only a very sure model
/// overrides that grammar.
const OWNER_MARGIN: f32 = 0.5;
/// Words each side of a mention that go into the unordered context bag.
const BAG_WINDOW: usize = 4;
/// At most this many words between a candidate and an outage word for them to count as near.
const NEAR: usize = 8;
/// At most this many words between a name and a word that marks it as an attacker.
const ATTACKER_WINDOW: usize = 3;

/// The model's files and shape (see [`crate::recognise::linear`]).
static SPEC: Spec =
    Spec { stem: "outages", what: "outage model", output: "probability", width: 1, features: FEATURES, fix: FIX_MODEL };

const FIX_MODEL: &str = "the outage model ships in the project's models/ folder (outages.onnx, outages.json): \
                         restore it (git checkout -- models), point --models / NEWSKG_MODELS at a folder with them, \
                         or use --outages rules";

/// The entities that may be an outage's provider: the article's companies, organisations and
/// services, but no emergency number ("911", "Triple Zero"): callers reach it through the
/// failing network, whose operator is the provider; nor the Crown's government or body a
/// parliamentary question is put to ("His Majesty's Government"); nor a bare number the recogniser
/// took for a name ("72 of the 260 flights").
pub fn candidates(doc: &Document) -> Vec<EntityIdx> {
    (0..doc.entities.len())
        .filter(|&e| {
            matches!(doc.entities[e].kind, EntityKind::Company | EntityKind::Organization | EntityKind::Service)
                && doc.entities[e].name.chars().any(char::is_alphabetic)
                && !is_emergency_number(&doc.entities[e].name)
                && !is_crown_body(&doc.entities[e].name)
        })
        .collect()
}

/// FNV-1a: a stable hash (the buckets must not change between the dump and the shipped binary).
fn bucket(tag: &str, word: &str) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in tag.bytes().chain([b':']).chain(word.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h % CONTEXT_BUCKETS as u64) as usize
}

/// A word as the hashed features see it: lower case, possessive cut, numbers folded to one token.
fn word_key(lower: &str) -> &str {
    if lower.chars().any(|c| c.is_ascii_digit()) { "<num>" } else { strip_possessive(lower) }
}

/// The feature vectors of outage `o` of the document, one per entity of `cands` (see the module
/// doc); `train/outages_train.py` trains on exactly these vectors.
pub fn features(doc: &Document, o: usize, cands: &[EntityIdx]) -> Vec<Vec<f32>> {
    let Some(outage) = doc.facts.outages.get(o) else { return Vec::new() };
    let words = Words::new(doc);
    let (ev_first, ev_last) = words.range_of(outage.evidence.span);
    let in_evidence = |i: usize| i >= ev_first && i < ev_last;
    let n_sent = doc.sentences.len().max(1) as f32;
    let sent_range = |s: usize| {
        let lo = words.words.partition_point(|x| x.sent < s);
        let hi = words.words.partition_point(|x| x.sent <= s);
        (lo, hi)
    };
    let count = |e: EntityIdx| doc.entities.get(e).map_or(0, |x| x.mentions.len());
    let most_named = cands.iter().copied().max_by_key(|&e| (count(e), std::cmp::Reverse(e)));
    let first_span = |e: EntityIdx| {
        doc.entities
            .get(e)
            .and_then(|x| x.mentions.iter().filter_map(|&m| doc.mentions.get(m)).map(|m| m.span.start()).min())
            .unwrap_or(usize::MAX)
    };
    let first_named = cands.iter().copied().min_by_key(|&e| first_span(e));
    // services with their owners ("X's app Y", "Y, a service of X": the pair model's or the
    // rules' provider relations), and whether the service is named in this outage
    let owned: Vec<(EntityIdx, EntityIdx)> = doc
        .facts
        .relations
        .iter()
        .filter(|r| r.kind == RelationKind::Provider && r.subject != r.object)
        .map(|r| (r.subject, r.object))
        .collect();
    let named_here = |e: EntityIdx| {
        outage.affected.contains(&e)
            || doc.entities.get(e).is_some_and(|x| {
                x.mentions.iter().filter_map(|&m| doc.mentions.get(m)).any(|m| {
                    let (first, _) = words.range_of(m.span);
                    in_evidence(first)
                })
            })
    };
    cands
        .iter()
        .map(|&e| {
            let mut f = vec![0.0f32; FEATURES];
            let Some(ent) = doc.entities.get(e) else { return f };
            match ent.kind {
                EntityKind::Company => f[0] = 1.0,
                EntityKind::Organization => f[1] = 1.0,
                EntityKind::Service => f[2] = 1.0,
                _ => f[3] = 1.0,
            }
            f[4] = f32::from(outage.provider == Some(e));
            f[5] = (1.0 + ent.mentions.len() as f32).ln();
            f[9] = f32::from(first_named == Some(e));
            f[10] = f32::from(most_named == Some(e));
            f[19] = f32::from(outage.affected.contains(&e));
            f[23] = f32::from(outage.location == Some(e));
            // the owner of a service the outage names; a service whose owner is a candidate
            f[27] = f32::from(owned.iter().any(|&(svc, own)| own == e && named_here(svc)));
            f[28] = f32::from(owned.iter().any(|&(svc, own)| svc == e && own != e && cands.contains(&own)));
            let name = ent.name.to_lowercase();
            if name.split_whitespace().any(|w| is_in(ORG_CUES, w) || is_in(ORG_NOUNS, w)) {
                f[20] = 1.0;
            }
            let mentions: Vec<_> = ent.mentions.iter().filter_map(|&m| doc.mentions.get(m)).collect();
            let n = mentions.len().max(1) as f32;
            let mut first_sent = usize::MAX;
            let mut inside = 0.0f32;
            for m in &mentions {
                let (first, last) = words.range_of(m.span);
                if last <= first {
                    continue;
                }
                let w = &words.words[first];
                first_sent = first_sent.min(w.sent);
                let ev = in_evidence(first);
                if ev {
                    inside += 1.0;
                }
                if m.kind == EntityKind::Location {
                    f[18] += 1.0 / n;
                }
                let (lo, hi) = sent_range(w.sent);
                let prev = |k: usize| first.checked_sub(k).filter(|&j| j >= lo).map_or("<s>", |j| words.lower(j));
                let next = |k: usize| Some(last - 1 + k).filter(|&j| j < hi).map_or("</s>", |j| words.lower(j));
                let (p1, p2, n1, n2) = (prev(1), prev(2), next(1), next(2));
                // the weight of an evidence mention is higher: that is where the incident is told
                let wgt = if ev { 1.0 } else { 0.5 } / n;
                if w.sent_start || p1 == THE && first == lo + 1 {
                    f[if ev { 11 } else { 12 }] += 1.0 / n;
                }
                if (1..=3).any(|k| is_in(ENFORCEMENT_VERBS, next(k))) {
                    f[13] += 1.0 / n; // "the regulator fined", "the commission is investigating"
                }
                if (1..=3).any(|k| is_in(DIRECTIVE_VERBS, next(k))) {
                    f[24] += 1.0 / n; // "the fire agency requested", "the ministry ordered"
                }
                if is_in(ENFORCEMENT_VERBS, p1)
                    || is_in(ENFORCEMENT_VERBS, p2)
                    || is_in(ENFORCEMENT_NOUNS, p2) && is_in(ENFORCEMENT_PREPS, p1)
                {
                    f[14] += 1.0 / n; // "fined X", "a settlement with X"
                }
                let possessive = n1 == "'s" || n1 == "'" || words.lower(last - 1).ends_with("'s");
                if possessive {
                    f[15] += 1.0 / n;
                }
                let near = (first.saturating_sub(NEAR).max(lo)..(last + NEAR).min(hi))
                    .filter(|&j| is_trigger_word(words.lower(j)))
                    .map(|j| if j < first { first - j } else { j + 1 - last })
                    .min();
                if let Some(d) = near {
                    f[16] = f[16].max(1.0 / (1.0 + d as f32));
                    if possessive && d <= 5 {
                        f[17] = 1.0; // "X's network outage"
                    }
                }
                if (first.saturating_sub(5).max(lo)..first).any(|k| words.lower(k) == ACCORDING) {
                    f[21] += 1.0 / n;
                }
                if p1 == BY {
                    f[22] += 1.0 / n;
                }
                // "an attack on X", "the cyberattack against X": the target
                let attack = |x: &str| is_in(ATTACK_WORDS, x) || is_in(CYBER_ATTACK_WORDS, x);
                let target = is_in(TARGET_PREPS, p1) && (attack(p2) || attack(prev(3)));
                if target {
                    f[26] += 1.0 / n;
                }
                // "the X ransomware group", "X claimed responsibility", "hackers known as X" (not
                // the target of "a ransomware attack on X")
                let after = (1..=ATTACKER_WINDOW).map(next).any(|x| is_in(ATTACKER_CUES, x));
                if after || !target && (1..=ATTACKER_WINDOW).map(prev).any(|x| is_in(ATTACKER_CUES, x)) {
                    f[25] += 1.0 / n;
                }
                // the hashed context, tagged by whether the mention is in the evidence
                let tag = if ev { "e" } else { "o" };
                for (pos, word) in [("p1", p1), ("p2", p2), ("n1", n1), ("n2", n2)] {
                    f[DENSE_FEATURES + bucket(&format!("{tag}{pos}"), word_key(word))] += wgt;
                }
                for j in (first.saturating_sub(BAG_WINDOW).max(lo)..first).chain(last..(last + BAG_WINDOW).min(hi)) {
                    if words.words[j].is_alpha() {
                        f[DENSE_FEATURES + bucket(tag, word_key(words.lower(j)))] += wgt * 0.5;
                    }
                }
            }
            f[6] = inside / n;
            f[7] = f32::from(inside > 0.0);
            f[8] = if first_sent == usize::MAX { 1.0 } else { first_sent as f32 / n_sent };
            f
        })
        .collect()
}

#[derive(serde::Deserialize)]
struct OutagesFile {
    version: String,
    features: usize,
    /// The model's choice replaces the rules' only when its probability beats the rules'
    /// provider's by at least this much.
    margin: f32,
    /// No provider when no candidate is at least this probable (0: always one).
    none_below: f32,
}

/// The decision for one outage from the probabilities of its candidates and the position of the
/// rules' provider among them: the most probable candidate when it beats the rules' provider by
/// at least `margin`, else the rules' provider; no provider when the chosen one is below
/// `none_below`. Returns the chosen position and its probability.
pub fn decide(probs: &[f32], rules: Option<usize>, margin: f32, none_below: f32) -> Option<(usize, f32)> {
    let best = (0..probs.len()).max_by(|&a, &b| probs[a].total_cmp(&probs[b]))?;
    let pick = match rules {
        Some(r) if r < probs.len() && probs[best] - probs[r] < margin => r,
        _ => best,
    };
    (probs[pick] >= none_below).then_some((pick, probs[pick]))
}

/// Whether outage `o`'s evidence names `e` as the owner of the failed system: a mention after
/// an incident noun and "at" or "in", with at most a few lower-case words between ("a failure at
/// X", "an outage at payment processor X"), or the subject of "suffered"/"experienced" an incident
/// noun ("Rival bank X also suffered a payments outage"), or the target of an attack ("an attack in
/// July on the freight forwarder X").
pub fn named_failing(doc: &Document, o: usize, e: EntityIdx) -> bool {
    let (Some(outage), Some(ent)) = (doc.facts.outages.get(o), doc.entities.get(e)) else { return false };
    let words = Words::new(doc);
    let (ev_first, ev_last) = words.range_of(outage.evidence.span);
    ent.mentions.iter().filter_map(|&m| doc.mentions.get(m)).any(|m| {
        let (first, last) = words.range_of(m.span);
        if first < ev_first || first >= ev_last {
            return false;
        }
        // "X (also) suffered an outage": the subject of the incident's verb (not "customers of X")
        let v = if is_in(FAILED_ADVERBS, words.lower(last)) { last + 1 } else { last };
        let after_of = first > ev_first && words.lower(first - 1) == OF;
        if !after_of
            && v < ev_last
            && is_in(SUFFERED_VERBS, words.lower(v))
            && (v + 1..(v + 1 + AT_FAILURE_GAP).min(ev_last)).any(|j| is_in(AT_FAILURE_NOUNS, words.lower(j)))
        {
            return true;
        }
        attack_target(&words, first, ev_first) || crate::relate::failure_at_words(&words, first, ev_first, true)
    })
}

/// At most this many words between an attack word and the "on"/"against" of its target ("an attack
/// in July on X").
const ATTACK_TARGET_GAP: usize = 3;

/// "an attack in July on the freight forwarder X", "the cyberattack against X": the name at word
/// `first` is the target of an attack (over at most a few lower-case words after "on"/"against"),
/// the organisation whose systems were hit.
fn attack_target(words: &Words<'_>, first: usize, floor: usize) -> bool {
    let mut k = first;
    while k > floor
        && first - k < AT_FAILURE_GAP
        && words.is_lower_word(k - 1)
        && !is_in(TARGET_PREPS, words.lower(k - 1))
    {
        k -= 1;
    }
    let Some(prep) = k.checked_sub(1).filter(|&p| p > floor && is_in(TARGET_PREPS, words.lower(p))) else {
        return false;
    };
    let attack = |x: &str| is_in(ATTACK_WORDS, x) || is_in(CYBER_ATTACK_WORDS, x);
    (prep.saturating_sub(ATTACK_TARGET_GAP).max(floor)..prep).any(|q| attack(words.lower(q)))
}

/// The model's `choice` for outage `o`, unless the rules' provider (`rules`, an index into `cands`
/// and `probs`) is named in the outage's evidence and the choice is not, nor in the sentence either
/// side (a name from elsewhere in the article): then the rules' provider stands (rule
/// `outages-model-unnamed`).
fn keep_named_rules(
    doc: &Document,
    o: usize,
    cands: &[EntityIdx],
    probs: &[f32],
    rules: Option<usize>,
    choice: Option<(usize, f32)>,
) -> Option<(usize, f32)> {
    match (rules, choice) {
        (Some(r), Some((k, _)))
            if k != r
                && r < cands.len()
                && k < cands.len()
                && named_in_evidence(doc, o, cands[r], 0)
                && !named_in_evidence(doc, o, cands[k], MODEL_NAMED_AROUND) =>
        {
            Some((r, probs.get(r).copied().unwrap_or(0.0)))
        }
        _ => choice,
    }
}

/// Whether a mention of `e` lies in outage `o`'s evidence sentences, widened by `around` sentences
/// each side.
fn named_in_evidence(doc: &Document, o: usize, e: EntityIdx, around: usize) -> bool {
    let (Some(outage), Some(ent)) = (doc.facts.outages.get(o), doc.entities.get(e)) else { return false };
    let ev = outage.evidence.span;
    // the sentences are in order and do not overlap: those touching the evidence are one run
    let sents = &doc.sentences;
    let first = sents.partition_point(|x| x.span.end() <= ev.start());
    let past = sents.partition_point(|x| x.span.start() < ev.end());
    let (a, b) = if first < past {
        (
            sents[first.saturating_sub(around)].span.start().min(ev.start()),
            sents[(past - 1 + around).min(sents.len() - 1)].span.end().max(ev.end()),
        )
    } else {
        (ev.start(), ev.end())
    };
    ent.mentions.iter().filter_map(|&m| doc.mentions.get(m)).any(|m| m.span.start() >= a && m.span.end() <= b)
}

/// Whether outage `o`'s evidence names `e` only as a supplier ("its IT supplier, X", "an update
/// from the supplier X"), never as the place of the failure.
pub fn named_supplier(doc: &Document, o: usize, e: EntityIdx) -> bool {
    let (Some(outage), Some(ent)) = (doc.facts.outages.get(o), doc.entities.get(e)) else { return false };
    let words = Words::new(doc);
    let (ev_first, ev_last) = words.range_of(outage.evidence.span);
    let in_ev: Vec<usize> = ent
        .mentions
        .iter()
        .filter_map(|&m| doc.mentions.get(m))
        .map(|m| words.range_of(m.span).0)
        .filter(|&first| first >= ev_first && first < ev_last)
        .collect();
    !in_ev.is_empty() && in_ev.iter().all(|&first| crate::relate::named_supplier_words(&words, first, ev_first))
}

/// The loaded outage model.
pub struct OutageModel {
    model: LinearModel,
    margin: f32,
    none_below: f32,
    version: String,
}

impl std::fmt::Debug for OutageModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OutageModel").field("version", &self.version).finish_non_exhaustive()
    }
}

impl OutageModel {
    /// Loads `outages.onnx` and `outages.json` from `dir`, ONNX Runtime from `ort_lib`.
    pub fn load(dir: &Path, ort_lib: &Path) -> Result<OutageModel, ModelError> {
        let (model, meta) = LinearModel::load(dir, ort_lib, &SPEC, |m: &OutagesFile| m.features)?;
        Ok(OutageModel { model, margin: meta.margin, none_below: meta.none_below, version: meta.version })
    }

    /// The model's version string (from outages.json).
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The probability of being the provider for each feature vector.
    pub fn probabilities(&self, feats: &[Vec<f32>]) -> Result<Vec<f32>, ModelError> {
        self.model.run(feats)
    }

    /// Chooses the provider of every outage of the document (see [`decide`]); the chosen
    /// provider's probability becomes the outage's confidence, and the provider leaves its
    /// affected parties (the rules' provider joins them when the rules had counted the new one
    /// among those hit). Returns how many providers changed.
    pub fn assign(&self, doc: &mut Document) -> Result<usize, ModelError> {
        self.assign_with(doc, RuleSet::ALL)
    }

    /// [`OutageModel::assign`] with the named rules `rules` on: with `outages-not-operator`, a
    /// regulator, court, legislature or place ([`crate::relate::overseers`]) is never chosen.
    pub fn assign_with(&self, doc: &mut Document, rules: RuleSet) -> Result<usize, ModelError> {
        let cands = candidates(doc);
        let never =
            if rules.on(Rule::NotOperator) { crate::relate::overseers(doc, &Words::new(doc)) } else { Vec::new() };
        let mut changed = 0;
        for o in 0..doc.facts.outages.len() {
            let mut probs = self.probabilities(&features(doc, o, &cands))?;
            for (k, &c) in cands.iter().enumerate() {
                if never.get(c).copied().unwrap_or(false) {
                    // below `none_below` whatever it is: never picked, and none when all are such
                    if let Some(p) = probs.get_mut(k) {
                        *p = -1.0;
                    }
                }
            }
            // an operator-shaped place or service the rules chose ("X Airport", "X Approach Control") is
            // no candidate of the model, which would replace it by another name: it stands
            if doc.facts.outages[o].provider.is_some_and(|p| crate::relate::operator_provider(doc, rules, p)) {
                continue;
            }
            // the utility company the rules chose for a power outage whose evidence names no organisation
            // stands: the model would take an analyst or broadcaster named elsewhere
            let words = Words::new(doc);
            if rules.on(Rule::UtilityProvider)
                && doc.facts.outages[o]
                    .provider
                    .is_some_and(|p| crate::relate::utility_provider_stands(doc, &words, o, p))
            {
                continue;
            }
            if rules.on(Rule::SupplyProvider)
                && doc.facts.outages[o].provider.is_some_and(|p| crate::relate::supply_provider_stands(doc, o, p))
            {
                continue;
            }
            let owner_named = doc.facts.outages[o].provider.is_some_and(|p| named_failing(doc, o, p));
            // the model's best named only as the supplier of a failed change ("an update from its
            // supplier X") overrides a rules' provider only when very sure, like a named owner
            let best = (0..probs.len()).max_by(|&a, &b| probs[a].total_cmp(&probs[b]));
            let supplier_best = best
                .is_some_and(|k| Some(cands[k]) != doc.facts.outages[o].provider && named_supplier(doc, o, cands[k]));
            let rules_pick = doc.facts.outages[o].provider.and_then(|p| cands.iter().position(|&c| c == p));
            let margin = if owner_named || supplier_best { self.margin.max(OWNER_MARGIN) } else { self.margin };
            let mut choice = decide(&probs, rules_pick, margin, self.none_below);
            if rules.on(Rule::ModelUnnamed) {
                choice = keep_named_rules(doc, o, &cands, &probs, rules_pick, choice);
            }
            let provider = choice.map(|(k, _)| cands[k]);
            let outage = &mut doc.facts.outages[o];
            if provider != outage.provider {
                changed += 1;
                let old = outage.provider.and_then(|p| doc.entities.get(p)).map(|x| x.name.as_str());
                let new = provider.and_then(|p| doc.entities.get(p)).map(|x| x.name.as_str());
                let label = outage.label.clone();
                outage.label = match (old, new) {
                    (Some(a), Some(b)) => label.replacen(a, b, 1),
                    _ => label,
                };
                // the rules counted the new provider among those hit, named with the old one, a
                // name of the same kind ("customers of banks A, B and C were unable to ..."): the
                // old one was hit as well (a ministry the rules took for the provider is not)
                let kind = |e: Option<EntityIdx>| e.and_then(|e| doc.entities.get(e)).map(|x| x.kind);
                let named_together =
                    provider.is_some_and(|p| outage.affected.contains(&p)) && kind(provider) == kind(outage.provider);
                let old_provider = outage.provider;
                outage.provider = provider;
                outage.affected.retain(|&a| Some(a) != provider);
                if let Some(o) = old_provider.filter(|o| named_together && !outage.affected.contains(o)) {
                    outage.affected.push(o);
                }
            }
            if let Some((_, p)) = choice {
                outage.evidence.confidence = p;
            }
        }
        Ok(changed)
    }
}

#[cfg(test)]
#[path = "outage_model_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "outage_model_s59_tests.rs"]
mod tests_s59;
