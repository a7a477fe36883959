//! Document-level typing of organisations: consumes an analysed [`Document`] (entities resolved,
//! the rules' facts found), produces a new kind (Company, Organization, Service) for each entity
//! the recogniser and rules typed as one of those three, or drops it when the model says it is no
//! entity at all.
//!
//! Every entity of those kinds gets one fixed feature vector ([`features`]) computed from the
//! whole article: the kinds, sources and confidences of all its mentions, the shape of its name,
//! the words around every mention (hashed into [`CONTEXT_BUCKETS`] buckets, so which words matter
//! is learned, not listed), the words of its name (hashed), a few cues the lexicon already knows,
//! and what the rules' facts say of it (provider of a service, parent, buyer or bought, employer
//! of an executive, provider or victim of an outage). A small classifier
//! (`models/typing.onnx`, card `models/TYPING.md`, trained by `train/typing_train.py` on exactly
//! these vectors, which `newskg extract --output typing-features` writes) gives the probability
//! of each of Company, Organization, Service and "none"; [`TypingModel::retype`] applies the
//! decision rule of `models/typing.json`. One decision per entity: all its mentions take it, so a
//! name's kind is the same all through an article.

use std::path::Path;

use crate::lexicon::facts::is_trigger_word;
use crate::lexicon::grammar::THE;
use crate::lexicon::organisations::{
    BUY_VERBS, COMMA_LEGAL_SUFFIXES, COMPANY_NOUNS, COMPANY_SUFFIXES, COMPANY_WORDS_AFTER, LEGAL_SUFFIXES, ORG_CUES,
    ORG_NAMES, ORG_NOUNS,
};
use crate::lexicon::people::is_title_word;
use crate::lexicon::services::{SERVICE_HEADS, is_emergency_number, is_service_noun};
use crate::lexicon::words::is_in;
use crate::recognise::ModelError;
use crate::recognise::linear::{LinearModel, Spec, load_err};
use crate::words::{Words, bucket, word_key};
use newskg_doc::{Document, EntityIdx, EntityKind, MentionSource, RelationKind, Span};

/// Hash buckets for the words around a mention.
pub const CONTEXT_BUCKETS: usize = 1024;
/// Hash buckets for the words of a name.
pub const NAME_BUCKETS: usize = 512;
/// The fixed features before the hashed ones.
pub const DENSE_FEATURES: usize = 53;
/// Length of a feature vector.
pub const FEATURES: usize = DENSE_FEATURES + CONTEXT_BUCKETS + NAME_BUCKETS;
/// Words each side of a mention that go into the unordered context bag.
const BAG_WINDOW: usize = 5;

/// The model's files and shape (see [`crate::recognise::linear`]).
static SPEC: Spec = Spec {
    stem: "typing",
    what: "typing model",
    output: "probabilities",
    width: CLASSES.len(),
    features: FEATURES,
    fix: FIX_MODEL,
};

/// The classes of the model, in the order of its output.
pub const CLASSES: [&str; 4] = ["Company", "Organization", "Service", "none"];

const FIX_MODEL: &str = "the typing model ships in the project's models/ folder (typing.onnx, typing.json): restore \
                         it (git checkout -- models), point --models / NEWSKG_MODELS at a folder with them, or use \
                         --typing rules";

/// The entities the model types: those the recogniser and rules made a company, organisation or
/// service.
pub fn candidates(doc: &Document) -> Vec<EntityIdx> {
    (0..doc.entities.len())
        .filter(|&e| {
            matches!(doc.entities[e].kind, EntityKind::Company | EntityKind::Organization | EntityKind::Service)
        })
        .collect()
}

fn kind_slot(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Company => 0,
        EntityKind::Organization => 1,
        EntityKind::Service => 2,
        EntityKind::Person => 3,
        EntityKind::Location => 4,
    }
}

/// Whether a word has a capital after its first letter ("YouTube", "iPhone", "PlayStation").
fn inner_capital(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next();
    let rest: Vec<char> = chars.collect();
    rest.windows(2).any(|w| w[0].is_lowercase() && w[1].is_uppercase())
        || (word.chars().next().is_some_and(char::is_lowercase) && rest.iter().any(|c| c.is_uppercase()))
}

/// The feature vector of every entity in `entities` (see the module doc), computed from the whole
/// document; `train/typing_train.py` trains on exactly these vectors.
pub fn features(doc: &Document, entities: &[EntityIdx]) -> Vec<Vec<f32>> {
    features_in(doc, &Words::new(doc), entities)
}

/// [`features`] over the document's `words`, already built.
fn features_in(doc: &Document, words: &Words<'_>, entities: &[EntityIdx]) -> Vec<Vec<f32>> {
    let same_sentence =
        |i: usize, j: usize| words.get(j).is_some_and(|w| words.get(i).is_some_and(|v| v.sent == w.sent));
    let n_sent = doc.sentences.len().max(1) as f32;
    entities
        .iter()
        .map(|&e| {
            let mut f = vec![0.0f32; FEATURES];
            let Some(ent) = doc.entities.get(e) else { return f };
            match ent.kind {
                EntityKind::Company => f[0] = 1.0,
                EntityKind::Organization => f[1] = 1.0,
                EntityKind::Service => f[2] = 1.0,
                _ => {}
            }
            let mentions: Vec<_> = ent.mentions.iter().filter_map(|&m| doc.mentions.get(m)).collect();
            let n = mentions.len().max(1) as f32;
            let mut first_sent = usize::MAX;
            for m in &mentions {
                f[3 + kind_slot(m.kind)] += 1.0 / n;
                let s = match m.source {
                    MentionSource::Model => 8,
                    MentionSource::Rule => 9,
                    MentionSource::Gazetteer => 10,
                };
                f[s] += 1.0 / n;
                f[11] += m.confidence / n;
                f[12] = f[12].max(m.confidence);
                let (first, last) = words.range_of(m.span);
                if last <= first {
                    continue;
                }
                let w = &words.words[first];
                first_sent = first_sent.min(w.sent);
                let prev = |k: usize| {
                    first.checked_sub(k).filter(|&j| same_sentence(first, j)).map_or("<s>", |j| words.lower(j))
                };
                let next = |k: usize| {
                    Some(last - 1 + k).filter(|&j| same_sentence(first, j)).map_or("</s>", |j| words.lower(j))
                };
                let (p1, p2, n1, n2) = (prev(1), prev(2), next(1), next(2));
                if p1 == THE {
                    f[27] += 1.0 / n;
                }
                let after = doc.text.get(m.span.end()..).unwrap_or("");
                if after.starts_with("'s") || after.starts_with("' ") || words.lower(last - 1).ends_with("'s") {
                    f[28] += 1.0 / n;
                }
                if p1.ends_with("'s") || p1 == "'s" {
                    f[29] += 1.0 / n;
                }
                if w.sent_start {
                    f[30] += 1.0 / n;
                }
                let n1b = word_key(n1);
                if is_in(COMPANY_WORDS_AFTER, n1b) {
                    f[31] += 1.0 / n;
                }
                if is_in(BUY_VERBS, p1) || is_in(BUY_VERBS, p2) {
                    f[32] += 1.0 / n;
                }
                if is_service_noun(n1b) || is_service_noun(word_key(p1)) {
                    f[33] += 1.0 / n;
                }
                if is_in(COMPANY_NOUNS, n1b) || is_in(COMPANY_NOUNS, word_key(p1)) {
                    f[34] += 1.0 / n;
                }
                if is_in(ORG_NOUNS, n1b) || is_in(ORG_NOUNS, word_key(p1)) {
                    f[35] += 1.0 / n;
                }
                if (1..=3).any(|k| is_title_word(prev(k))) {
                    f[36] += 1.0 / n;
                }
                if (1..=3).any(|k| is_title_word(word_key(next(k)))) {
                    f[37] += 1.0 / n;
                }
                let (ss, se) = (w.sent, w.sent);
                let lo = words.words.partition_point(|x| x.sent < ss);
                let hi = words.words.partition_point(|x| x.sent <= se);
                if (lo..hi).any(|j| is_trigger_word(words.lower(j))) {
                    f[38] += 1.0 / n;
                }
                // the hashed context: four positioned words and an unordered bag
                let base = DENSE_FEATURES;
                for (tag, word) in [("p1", p1), ("p2", p2), ("n1", n1), ("n2", n2)] {
                    f[base + bucket(tag, word_key(word), CONTEXT_BUCKETS)] += 1.0 / n;
                }
                let from = first.saturating_sub(BAG_WINDOW);
                let to = (last + BAG_WINDOW).min(words.len());
                for j in (from..first).chain(last..to) {
                    if same_sentence(first, j) && words.words[j].is_alpha() {
                        f[base + bucket("c", word_key(words.lower(j)), CONTEXT_BUCKETS)] += 0.25 / n;
                    }
                }
            }
            f[13] = (1.0 + mentions.len() as f32).ln() / 3.0;
            f[14] = (ent.aliases.len() as f32).min(4.0) / 4.0;
            let name_words: Vec<&str> = ent.name.split_whitespace().collect();
            let lower: Vec<String> = name_words.iter().map(|w| w.to_lowercase()).collect();
            match name_words.len() {
                0 | 1 => f[15] = 1.0,
                2 => f[16] = 1.0,
                _ => f[17] = 1.0,
            }
            let letters: Vec<char> = ent.name.chars().filter(|c| c.is_alphabetic()).collect();
            if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
                f[18] = 1.0;
            }
            if ent.name.chars().any(|c| c.is_ascii_digit()) {
                f[19] = 1.0;
            }
            if name_words.iter().any(|w| inner_capital(w)) {
                f[20] = 1.0;
            }
            if ent.name.chars().next().is_some_and(char::is_lowercase) {
                f[21] = 1.0;
            }
            let bare = |w: &String| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
            if lower.last().is_some_and(|w| is_in(LEGAL_SUFFIXES, &bare(w))) {
                f[22] = 1.0;
            }
            if lower.iter().any(|w| is_in(COMPANY_SUFFIXES, &bare(w))) {
                f[23] = 1.0;
            }
            if lower.iter().any(|w| is_in(ORG_CUES, &bare(w))) {
                f[24] = 1.0;
            }
            if lower.iter().any(|w| is_in(SERVICE_HEADS, &bare(w))) {
                f[25] = 1.0;
            }
            if is_in(ORG_NAMES, &ent.name.to_lowercase()) {
                f[26] = 1.0;
            }
            // what the rules' facts say of it
            for r in &doc.facts.relations {
                let slot = match r.kind {
                    RelationKind::Provider => 39,
                    RelationKind::ParentOrganization => 41,
                    RelationKind::Acquired => 43,
                    RelationKind::Partner => 45,
                };
                if r.object == e {
                    f[slot] = 1.0;
                }
                if r.subject == e {
                    f[if r.kind == RelationKind::Partner { slot } else { slot + 1 }] = 1.0;
                }
            }
            if doc.facts.positions.iter().any(|p| p.organization == Some(e)) {
                f[46] = 1.0;
            }
            for o in &doc.facts.outages {
                if o.provider == Some(e) {
                    f[47] = 1.0;
                }
                if o.affected.contains(&e) {
                    f[48] = 1.0;
                }
            }
            if first_sent != usize::MAX {
                f[49] = first_sent as f32 / n_sent;
                f[50] = f32::from(first_sent == 0);
            }
            // another entity's name contains this one's as its first words ("Acme" of "Acme Pay"),
            // or this one's name starts with another's
            let key = ent.name.to_lowercase();
            for (o, other) in doc.entities.iter().enumerate() {
                if o == e {
                    continue;
                }
                let ok = other.name.to_lowercase();
                if ok.len() > key.len() && ok.starts_with(&key) && ok.as_bytes().get(key.len()) == Some(&b' ') {
                    f[51] = 1.0;
                }
                if key.len() > ok.len() && key.starts_with(&ok) && key.as_bytes().get(ok.len()) == Some(&b' ') {
                    f[52] = 1.0;
                }
            }
            for w in &lower {
                f[DENSE_FEATURES + CONTEXT_BUCKETS + bucket("w", word_key(w), NAME_BUCKETS)] = 1.0;
            }
            f
        })
        .collect()
}

#[derive(serde::Deserialize)]
struct TypingFile {
    version: String,
    classes: Vec<String>,
    features: usize,
    /// An entity changes kind only when the new kind's probability beats the current kind's by
    /// at least this much.
    margin: f32,
    /// An entity is dropped when "none" is the most probable class and at least this probable
    /// (above 1: never).
    drop: f32,
}

/// The decision for one entity of kind `current` (Company, Organization or Service) from the
/// probabilities of [`CLASSES`]: `None` to drop it ("none" is the most probable class and at
/// least `drop`), else the most probable kind when it beats the current kind's probability by at
/// least `margin`, else the current kind.
pub fn decide(current: EntityKind, p: [f32; 4], margin: f32, drop: f32) -> Option<EntityKind> {
    let kinds = [EntityKind::Company, EntityKind::Organization, EntityKind::Service];
    let best = (0..4).fold(0, |b, k| if p[k] > p[b] { k } else { b });
    if best == 3 {
        return if p[3] >= drop { None } else { Some(current) };
    }
    let now = kinds.iter().position(|&k| k == current).map_or(0.0, |k| p[k]);
    Some(if p[best] - now >= margin { kinds[best] } else { current })
}

/// A name the rules built from a grammar the model rarely saw: a legal form after a comma
/// ("Acme Widgets, Inc") or a body's name across "for the" ("District Court for the Eastern
/// District of X"). The model may retype such a name but never drops it as no entity.
fn built_long_name(name: &str) -> bool {
    let legal_form = name.rsplit_once(", ").is_some_and(|(_, form)| {
        let key: String = form.chars().filter(|&c| c != '.').collect::<String>().to_lowercase();
        is_in(COMMA_LEGAL_SUFFIXES, &key)
    });
    let body_for_the = name.split_once(" for the ").is_some_and(|(body, rest)| {
        let head = body.rsplit(' ').next().unwrap_or("").to_lowercase();
        is_in(ORG_CUES, &head) && rest.starts_with(|c: char| c.is_uppercase())
    });
    legal_form || body_for_the
}

/// The loaded typing model.
pub struct TypingModel {
    model: LinearModel,
    margin: f32,
    drop: f32,
    version: String,
}

impl std::fmt::Debug for TypingModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TypingModel").field("version", &self.version).finish_non_exhaustive()
    }
}

/// What [`TypingModel::retype`] did to a document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Retyped {
    pub changed: usize,
    pub dropped: usize,
}

impl TypingModel {
    /// Loads `typing.onnx` and `typing.json` from `dir`, ONNX Runtime from `ort_lib`.
    pub fn load(dir: &Path, ort_lib: &Path) -> Result<TypingModel, ModelError> {
        let (model, meta) = LinearModel::load(dir, ort_lib, &SPEC, |m: &TypingFile| m.features)?;
        if meta.classes != CLASSES {
            return Err(load_err(
                &dir.join("typing.json"),
                format!("classes {:?}, expected {CLASSES:?}", meta.classes),
            ));
        }
        Ok(TypingModel { model, margin: meta.margin, drop: meta.drop, version: meta.version })
    }

    /// The model's version string (from typing.json).
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The probabilities of [`CLASSES`] for each feature vector.
    pub fn probabilities(&self, feats: &[Vec<f32>]) -> Result<Vec<[f32; 4]>, ModelError> {
        let flat = self.model.run(feats)?;
        Ok(flat.chunks_exact(CLASSES.len()).map(|c| [c[0], c[1], c[2], c[3]]).collect())
    }

    /// The decision for one entity (see [`decide`]) with this model's margin and drop threshold.
    pub fn decide(&self, current: EntityKind, p: [f32; 4]) -> Option<EntityKind> {
        decide(current, p, self.margin, self.drop)
    }

    /// Retypes (or drops) the document's companies, organisations and services. Facts that name
    /// entities by index are not touched: the caller finds them again when anything changed.
    pub fn retype(&self, doc: &mut Document) -> Result<Retyped, ModelError> {
        self.retype_listed(doc, false)
    }

    /// [`Self::retype`], never dropping, where `listed` (rule `recognise-listed-products` on), an
    /// entity one of whose mentions is a name the rule finds listed after a plural product noun
    /// (retyped only); the names are read over the same words as the typing's features.
    pub(crate) fn retype_listed(&self, doc: &mut Document, listed: bool) -> Result<Retyped, ModelError> {
        let cands = candidates(doc);
        let (features, kept) = {
            let words = Words::new(doc);
            let kept = if listed { crate::recognise::rules::listed_product_spans(doc, &words) } else { Vec::new() };
            (features_in(doc, &words, &cands), kept)
        };
        let probs = self.probabilities(&features)?;
        self.apply(doc, &cands, probs, &kept)
    }

    /// Gives the document's candidate entities `cands` the kinds their class probabilities `probs`
    /// decide, dropping those decided no entity except those with a mention spanning one of `kept`.
    fn apply(
        &self,
        doc: &mut Document,
        cands: &[EntityIdx],
        probs: Vec<[f32; 4]>,
        kept: &[Span],
    ) -> Result<Retyped, ModelError> {
        let mut out = Retyped::default();
        let mut drop = Vec::new();
        for (&e, p) in cands.iter().zip(probs) {
            let current = doc.entities[e].kind;
            match self.decide(current, p) {
                None if std::iter::once(&doc.entities[e].name)
                    .chain(&doc.entities[e].aliases)
                    .any(|n| built_long_name(n) || is_emergency_number(n)) => {}
                None if doc.entities[e]
                    .mentions
                    .iter()
                    .any(|&m| doc.mentions.get(m).is_some_and(|m| kept.contains(&m.span))) => {}
                None => drop.push(e),
                Some(kind) if kind != current => {
                    out.changed += 1;
                    doc.entities[e].kind = kind;
                    for &m in &doc.entities[e].mentions {
                        if let Some(m) = doc.mentions.get_mut(m) {
                            m.kind = kind;
                        }
                    }
                }
                Some(_) => {}
            }
        }
        out.dropped = drop.len();
        for e in drop.into_iter().rev() {
            doc.entities.remove(e);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::{entity, models, ort_lib, rules_doc};

    fn doc(text: &str) -> Document {
        rules_doc(text, None)
    }

    #[test]
    fn features_read_every_mention_of_the_article() {
        let d = doc("Quillmark Holdings Ltd said on Monday that profits fell. \
                     Shares of Quillmark Holdings dropped 4 percent. \
                     The chief executive of Quillmark Holdings, Ada Brell, will step down.");
        let e = entity(&d, "Quillmark Holdings Ltd");
        let f = &features(&d, &[e])[0];
        assert_eq!(f.len(), FEATURES);
        assert_eq!(f[0], 1.0, "typed Company by the rules");
        assert_eq!(f[22], 1.0, "legal suffix");
        assert_eq!(f[17], 1.0, "three words");
        assert!(f[31] > 0.0, "\"said\" after a mention");
        assert!(f[36] > 0.0, "a title word before a mention");
        assert!(f[13] > (1.0f32 + 2.0).ln() / 3.0 - 1e-6, "three mentions counted: {}", f[13]);
        // every mention adds its four neighbours to the hashed context, averaged over mentions
        let context: f32 = f[DENSE_FEATURES..DENSE_FEATURES + CONTEXT_BUCKETS].iter().sum();
        assert!(context > 4.0 - 1e-3, "{context}");
        // one bucket per name word
        let name: f32 = f[DENSE_FEATURES + CONTEXT_BUCKETS..].iter().sum();
        assert!((1.0..=3.0).contains(&name), "{name}");
    }

    #[test]
    fn features_carry_the_rules_facts() {
        let d = doc("Harrowgate Bank, which operates the Tillbrook Pay app, said the app went down on Tuesday. \
                     Customers of Harrowgate Bank could not log in to Tillbrook Pay during the three-hour outage.");
        let bank = entity(&d, "Harrowgate Bank");
        let app = entity(&d, "Tillbrook Pay");
        let f = features(&d, &[bank, app]);
        assert!(f[0][38] > 0.0 && f[1][38] > 0.0, "both named in an outage sentence");
        assert_eq!(f[1][2], 1.0, "the app is typed Service");
        // the bank provides the app (provider relation object) and the app is provided
        assert_eq!((f[0][39], f[1][40]), (1.0, 1.0), "{:?}", d.facts.relations);
        // the bank is the outage's provider, the app what it hit
        assert_eq!((f[0][47], f[1][48]), (1.0, 1.0), "{:?}", d.facts.outages);
        assert_eq!((f[0][48], f[1][47]), (0.0, 0.0));
    }

    #[test]
    fn the_hash_is_stable() {
        // FNV-1a of "p1:said": the buckets of the shipped model depend on it
        assert_eq!(crate::words::fnv("p1", "said"), {
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            for b in b"p1:said" {
                h ^= u64::from(*b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
            h
        });
        assert_eq!(word_key("2024"), "<num>");
        assert_eq!(word_key("acme's"), "acme");
    }

    #[test]
    fn long_names_the_rules_built_are_never_dropped() {
        assert!(built_long_name("Quillmore Fabrics, Inc"));
        assert!(built_long_name("Brisk Lantern Partners, L.P"));
        assert!(built_long_name("District Court for the Eastern District of Norland"));
        assert!(!built_long_name("Quillmore Fabrics"));
        assert!(!built_long_name("Ballyfern, Kilmory"));
        assert!(!built_long_name("Cake for the Masses"));
    }

    #[test]
    fn emergency_numbers_are_never_dropped() {
        // the drop test reads the names with the lexicon's emergency-number test
        assert!(is_emergency_number("911"));
        assert!(is_emergency_number("Triple Zero"));
        assert!(!is_emergency_number("Triple Crown"));
    }

    #[test]
    fn decision_rule() {
        let c = EntityKind::Company;
        // a new kind needs the margin over the current one
        assert_eq!(decide(c, [0.40, 0.05, 0.50, 0.05], 0.2, 0.6), Some(c));
        assert_eq!(decide(c, [0.20, 0.05, 0.70, 0.05], 0.2, 0.6), Some(EntityKind::Service));
        // "none" drops only when most probable and at least `drop`
        assert_eq!(decide(c, [0.30, 0.0, 0.05, 0.65], 0.2, 0.6), None);
        assert_eq!(decide(c, [0.25, 0.10, 0.10, 0.55], 0.2, 0.6), Some(c));
        assert_eq!(decide(EntityKind::Organization, [0.1, 0.1, 0.1, 0.7], 0.2, 1.01), Some(EntityKind::Organization));
    }

    /// `train/typing_train.py` wrote these feature vectors (as the Rust side computed them for
    /// dev entities) with the probabilities onnxruntime gave in Python: the shipped model must give
    /// the same here.
    #[test]
    fn matches_the_training_side() {
        let model = TypingModel::load(models(), ort_lib())
            .unwrap_or_else(|e| panic!("{e} (scripts/setup.sh fetches the runtime)"));
        let text = std::fs::read_to_string(models().join("typing_cases.json")).unwrap();
        let cases: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
        assert!(cases.len() >= 10);
        let mut rows = Vec::new();
        for case in &cases {
            let mut f = vec![0.0f32; FEATURES];
            for (k, v) in case["features"].as_object().unwrap() {
                f[k.parse::<usize>().unwrap()] = v.as_f64().unwrap() as f32;
            }
            rows.push(f);
        }
        let got = model.probabilities(&rows).unwrap();
        for (case, p) in cases.iter().zip(&got) {
            let want: Vec<f64> =
                case["probabilities"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
            for (a, b) in p.iter().zip(&want) {
                assert!((f64::from(*a) - b).abs() < 1e-4, "{p:?} vs {want:?}");
            }
            assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-4);
        }
    }

    #[test]
    fn retyping_keeps_one_kind_per_entity() {
        let model = TypingModel::load(models(), ort_lib()).unwrap();
        let mut d = doc("Wexmoor Airlines cancelled 80 flights after its booking site Wexmoor Go failed. \
                         Wexmoor Airlines said the European Aviation Safety Board had been told. \
                         Users of Wexmoor Go could not check in.");
        let before = candidates(&d).len();
        let done = model.retype(&mut d).unwrap();
        assert_eq!(candidates(&d).len() + done.dropped, before);
        for e in &d.entities {
            for &m in &e.mentions {
                assert_eq!(d.mentions[m].kind, e.kind, "{}", e.name);
            }
        }
    }
}
