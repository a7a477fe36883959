//! Learned second look at people and places: consumes an analysed [`Document`] (entities
//! resolved, the rules' facts found), produces a new kind (Company) for each person or place
//! entity that the whole article says is an organisation, before the learned typing
//! ([`crate::typing`]) settles Company / Organization / Service among them.
//!
//! The recogniser sometimes tags a company's name as a person ("Quillmark said in a statement")
//! or a place ("shares in Northvale fell"), and the typing model only sees companies,
//! organisations and services, so it never gets the chance to fix those. Here every person and
//! place entity gets one feature vector of numbers that mean something ([`features`]): the kinds,
//! sources and confidences of its mentions, the shape of its name, the cues around its mentions
//! the typing model reads too ("X said", "X's chief executive", "shares of X", a company suffix in
//! or after the name), what the rules' facts say of it, and cues for a person or a place (a title
//! or honorific right before it, a place preposition before it, the surname of another person of
//! the article, a known place name). A logistic regression (`models/orgcheck.onnx`, card
//! `models/TYPING.md`, trained by `train/orgcheck_train.py` on exactly these vectors, which
//! `newskg extract --output orgcheck-features` writes) gives the probability that the entity is
//! an organisation; [`OrgCheck::retype`] makes it a Company when that probability reaches the
//! threshold of `models/orgcheck.json`. One decision per entity: all its mentions take it.

use std::path::Path;

use crate::lexicon::grammar::AT_IN;
use crate::lexicon::organisations::LEGAL_SUFFIXES;
use crate::lexicon::people::is_person_before;
use crate::lexicon::places::{COMPASS_WORDS, DEMONYMS, PLACE_MODIFIERS, PLACE_PREPOSITIONS, PLACES};
use crate::lexicon::words::is_in;
use crate::recognise::ModelError;
use crate::recognise::linear::{LinearModel, Spec};
use crate::typing;
use crate::words::{Words, word_key};
use newskg_doc::{Document, EntityIdx, EntityKind};

/// The typing features carried over, as `(first, end)` ranges of [`typing::features`]: mention
/// kinds 3–7, sources and confidences 8–12, mention count 13, name shape 15–18 and 20, lexicon
/// cues of the name 22–24, the cues around mentions 27–38, the rules' facts 39–48, another
/// entity's name starting with this one's and the reverse 51–52.
const CARRIED: &[(usize, usize)] = &[(3, 14), (15, 19), (20, 21), (22, 25), (27, 49), (51, 53)];
/// Length of a feature vector: the current kind, the carried features, six own cues and five
/// cues that hold for one kind only.
pub const FEATURES: usize = 1 + 11 + 4 + 1 + 3 + 22 + 2 + 6 + 5;

/// The model's files and shape (see [`crate::recognise::linear`]).
static SPEC: Spec = Spec {
    stem: "orgcheck",
    what: "person and place check model",
    output: "probability",
    width: 1,
    features: FEATURES,
    fix: FIX_MODEL,
};

const FIX_MODEL: &str = "the person and place check model ships in the project's models/ folder (orgcheck.onnx, \
                         orgcheck.json): restore it (git checkout -- models), point --models / NEWSKG_MODELS at a \
                         folder with them, or use --typing rules";

/// The entities the model looks at again: those the recogniser and rules made a person or place.
pub fn candidates(doc: &Document) -> Vec<EntityIdx> {
    (0..doc.entities.len())
        .filter(|&e| matches!(doc.entities[e].kind, EntityKind::Person | EntityKind::Location))
        .collect()
}

/// Whether `name` occurs in `text` followed by a legal-form suffix ("Quillmark Inc", "Quillmark,
/// Ltd."), whether or not that occurrence was recognised.
fn suffix_follows(text: &str, name: &str) -> bool {
    if name.is_empty() {
        return false;
    }
    text.match_indices(name).any(|(at, _)| {
        let after = &text[at + name.len()..];
        let next = after
            .trim_start_matches([' ', ','])
            .split(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("")
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .replace('.', "")
            .to_lowercase();
        after.starts_with([' ', ',']) && is_in(LEGAL_SUFFIXES, &next)
    })
}

/// The feature vector of every entity in `entities` (see the module doc);
/// `train/orgcheck_train.py` trains on exactly these vectors.
pub fn features(doc: &Document, entities: &[EntityIdx]) -> Vec<Vec<f32>> {
    let words = Words::new(doc);
    let carried = typing::features(doc, entities);
    entities
        .iter()
        .zip(carried)
        .map(|(&e, t)| {
            let mut f = Vec::with_capacity(FEATURES);
            let Some(ent) = doc.entities.get(e) else { return vec![0.0; FEATURES] };
            f.push(f32::from(ent.kind == EntityKind::Location));
            for &(a, b) in CARRIED {
                f.extend_from_slice(&t[a..b]);
            }
            let mentions: Vec<_> = ent.mentions.iter().filter_map(|&m| doc.mentions.get(m)).collect();
            let n = mentions.len().max(1) as f32;
            let (mut person_before, mut place_before) = (0.0f32, 0.0f32);
            for m in &mentions {
                let (first, last) = words.range_of(m.span);
                if last <= first || first == 0 {
                    continue;
                }
                let same = words.get(first - 1).is_some_and(|w| w.sent == words.words[first].sent);
                if !same {
                    continue;
                }
                let p1 = words.lower(first - 1);
                if is_person_before(word_key(p1).trim_end_matches('.')) {
                    person_before += 1.0 / n;
                }
                if is_in(PLACE_PREPOSITIONS, p1) || is_in(AT_IN, p1) {
                    place_before += 1.0 / n;
                }
            }
            f.push(person_before);
            f.push(place_before);
            let mut names = std::iter::once(&ent.name).chain(&ent.aliases);
            f.push(f32::from(names.any(|name| suffix_follows(&doc.text, name))));
            let lower = ent.name.to_lowercase();
            let surname = !lower.contains(' ')
                && doc.entities.iter().enumerate().any(|(o, other)| {
                    o != e
                        && other.kind == EntityKind::Person
                        && other.name.contains(' ')
                        && other.name.to_lowercase().rsplit(' ').next() == Some(lower.as_str())
                });
            f.push(f32::from(surname));
            let known_place = is_in(PLACES, &lower);
            f.push(f32::from(known_place));
            f.push(f32::from(is_in(DEMONYMS, &lower)));
            // cues that mean something for one kind only (a linear model cannot cross them)
            let person = ent.kind == EntityKind::Person;
            let one_word = !lower.contains(' ');
            let caps = t[18] > 0.0;
            f.push(f32::from(person && one_word && !surname && person_before == 0.0));
            f.push(f32::from(person && caps));
            f.push(f32::from(person && t[27] > 0.0));
            f.push(f32::from(!person && !known_place));
            // a known place with a word that is neither a place nor a compass word ("Northvale
            // Telecom" beside "Northvale")
            let parts: Vec<&str> = lower.split(' ').collect();
            let mixed = !person
                && parts.len() > 1
                && parts.iter().any(|w| is_in(PLACES, w))
                && parts.iter().any(|w| !is_in(PLACES, w) && !is_in(PLACE_MODIFIERS, w) && !is_in(COMPASS_WORDS, w));
            f.push(f32::from(mixed));
            debug_assert_eq!(f.len(), FEATURES);
            f
        })
        .collect()
}

#[derive(serde::Deserialize)]
struct OrgCheckFile {
    version: String,
    features: usize,
    /// A person or place becomes a company at and above this probability.
    threshold: f32,
}

/// The loaded person and place check model.
pub struct OrgCheck {
    model: LinearModel,
    threshold: f32,
    version: String,
}

impl std::fmt::Debug for OrgCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OrgCheck").field("version", &self.version).finish_non_exhaustive()
    }
}

impl OrgCheck {
    /// Loads `orgcheck.onnx` and `orgcheck.json` from `dir`, ONNX Runtime from `ort_lib`.
    pub fn load(dir: &Path, ort_lib: &Path) -> Result<OrgCheck, ModelError> {
        let (model, meta) = LinearModel::load(dir, ort_lib, &SPEC, |m: &OrgCheckFile| m.features)?;
        Ok(OrgCheck { model, threshold: meta.threshold, version: meta.version })
    }

    /// The model's version string (from orgcheck.json).
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The probability that each entity is an organisation, one per feature vector.
    pub fn probabilities(&self, feats: &[Vec<f32>]) -> Result<Vec<f32>, ModelError> {
        self.model.run(feats)
    }

    /// Makes a company of every person or place entity the model says is an organisation (all
    /// its mentions); returns how many changed. Facts that name entities by index are not
    /// touched: the caller finds them again when anything changed.
    pub fn retype(&self, doc: &mut Document) -> Result<usize, ModelError> {
        let cands = candidates(doc);
        if cands.is_empty() {
            return Ok(0);
        }
        let probs = self.probabilities(&features(doc, &cands))?;
        let mut changed = 0;
        for (&e, p) in cands.iter().zip(probs) {
            if p >= self.threshold {
                changed += 1;
                doc.entities[e].kind = EntityKind::Company;
                for &m in &doc.entities[e].mentions {
                    if let Some(m) = doc.mentions.get_mut(m) {
                        m.kind = EntityKind::Company;
                    }
                }
            }
        }
        Ok(changed)
    }
}

#[cfg(test)]
#[path = "orgcheck_tests.rs"]
mod tests;
