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
//! the article, a known place name), and what the article's other names say of it ([`DOC_CUES`]:
//! listed beside an organisation, a person's employer slot "Jo Roe, Partner, X", "its" after it).
//! A logistic regression (`models/orgcheck.onnx`, card `models/TYPING.md`, trained by
//! `train/orgcheck_train.py` and `train/orgcheck_offset.py` on exactly these vectors, which
//! `newskg extract --output orgcheck-features` writes) gives the probability that the entity is
//! an organisation; [`OrgCheck::retype`] makes it a Company when that probability reaches the
//! threshold of `models/orgcheck.json`. One decision per entity: all its mentions take it.

use std::path::Path;

use crate::lexicon::grammar::{AND_OR_COMMA, AT_IN, COMMA};
use crate::lexicon::organisations::{COMPANY_NOUNS, LEGAL_SUFFIXES, ORG_NOUNS};
use crate::lexicon::people::{
    EMPLOYER_AFTER_PERSON, EMPLOYER_BEFORE, NEUTER_PRONOUNS, PERSONAL_PRONOUNS, is_person_before, is_title_word,
};
use crate::lexicon::places::{COMPASS_WORDS, DEMONYMS, PLACE_MODIFIERS, PLACE_PREPOSITIONS, PLACES};
use crate::lexicon::words::is_in;
use crate::recognise::ModelError;
use crate::recognise::linear::{LinearModel, Spec};
use crate::typing;
use crate::words::{Words, whole_word_offsets, word_key};
use newskg_doc::{Document, EntityIdx, EntityKind};

/// The typing features carried over, as `(first, end)` ranges of [`typing::features`]: mention
/// kinds 3–7, sources and confidences 8–12, mention count 13, name shape 15–18 and 20, lexicon
/// cues of the name 22–24, the cues around mentions 27–38, the rules' facts 39–48, another
/// entity's name starting with this one's and the reverse 51–52.
const CARRIED: &[(usize, usize)] = &[(3, 14), (15, 19), (20, 21), (22, 25), (27, 49), (51, 53)];
/// Length of a feature vector: the current kind, the carried features, six own cues, five
/// cues that hold for one kind only and [`DOC_CUES`] cues from the article's other names.
pub const FEATURES: usize = 1 + 11 + 4 + 1 + 3 + 22 + 2 + 6 + 5 + DOC_CUES;
/// The cues from the article's other names and repeats ([`document_cues`]).
pub const DOC_CUES: usize = 8;
/// How many words an apposition may have ("X, the British department store group,").
const APPOSITION_WORDS: usize = 6;
/// How many words after a mention are searched for the first pronoun that refers back.
const PRONOUN_WINDOW: usize = 30;
/// How many words may stand between "X's" and the person it names ("X's Jo Roe", "X's own Jo Roe"; a
/// job between, "X's spokesperson, Jo Roe", is as often a person's staff).
const POSSESSIVE_GAP: usize = 1;

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
    let spans = all_spans(doc, &words);
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
            f.extend_from_slice(&document_cues(doc, &words, &spans, e));
            debug_assert_eq!(f.len(), FEATURES);
            f
        })
        .collect()
}

/// Every mention of the article as `(first word, end word, entity)`, sorted.
fn all_spans(doc: &Document, words: &Words) -> Vec<(usize, usize, EntityIdx)> {
    let mut spans: Vec<_> = (0..doc.entities.len())
        .flat_map(|e| words.mention_ranges(doc, &doc.entities[e]).into_iter().map(move |(a, b, _)| (a, b, e)))
        .collect();
    spans.sort_unstable();
    spans
}

/// What the article's other names and repeats say of entity `e` (the last [`DOC_CUES`] features):
/// the share of its mentions listed beside an organisation ("Allianz, Axa and FBD") and beside a
/// person; for a person, the share of mentions in an employer's slot ("Jo Roe, Partner, X", "Ms Roe
/// from X", "X's Jo Roe"); for a person of two or more words, whether the full name recurs and its
/// last word never stands alone (companies are named in full again, people by surname) and
/// whether the last word stands alone somewhere; for a person, the share of mentions whose first
/// pronoun after refers to a person ("he", "her") and to a body ("its"); the share of mentions
/// beside an apposition that names a body and no job ("X, the department store group").
fn document_cues(doc: &Document, words: &Words, spans: &[(usize, usize, EntityIdx)], e: EntityIdx) -> [f32; DOC_CUES] {
    let mut out = [0.0f32; DOC_CUES];
    let Some(ent) = doc.entities.get(e) else { return out };
    let person = ent.kind == EntityKind::Person;
    let mine = words.mention_ranges(doc, ent);
    let n = mine.len().max(1) as f32;
    let same = |a: usize, b: usize| words.get(a).zip(words.get(b)).is_some_and(|(x, y)| x.sent == y.sent);
    let joiner = |i: usize| is_in(AND_OR_COMMA, words.lower(i));
    let kind_of = |o: EntityIdx| doc.entities[o].kind;
    for &(first, last, end) in &mine {
        // list neighbours: a mention of another entity right after or before, across "," / "and" / ", and"
        let mut kinds = Vec::new();
        for &(a, b, o) in spans {
            if o == e || !same(first, a) {
                continue;
            }
            let after = a == last + 1 && joiner(last) || a == last + 2 && joiner(last) && joiner(last + 1);
            let before = b + 1 == first && joiner(b) || b + 2 == first && joiner(b) && joiner(b + 1);
            if after || before {
                kinds.push(kind_of(o));
            }
        }
        if kinds.iter().any(|k| matches!(k, EntityKind::Company | EntityKind::Organization | EntityKind::Service)) {
            out[0] += 1.0 / n;
        }
        if kinds.contains(&EntityKind::Person) {
            out[1] += 1.0 / n;
        }
        // for a person, the first pronoun after the mention, before another person or organisation
        // is named: "he" / "his" for a person, "its" for a body
        if person {
            let stop = spans
                .iter()
                .filter(|&&(a, _, o)| o != e && a >= last && !matches!(kind_of(o), EntityKind::Location))
                .map(|&(a, _, _)| a)
                .min()
                .unwrap_or(usize::MAX);
            let pronoun = (last..(last + PRONOUN_WINDOW).min(words.len()).min(stop))
                .map(|j| words.lower(j))
                .find(|w| is_in(PERSONAL_PRONOUNS, w) || is_in(NEUTER_PRONOUNS, w));
            if let Some(w) = pronoun {
                out[if is_in(PERSONAL_PRONOUNS, w) { 5 } else { 6 }] += 1.0 / n;
            }
        }
        // an apposition naming a body and no job: "X, the department store group" / "the carrier, X"
        let body_words = |words_of: &mut dyn Iterator<Item = usize>| {
            let run: Vec<&str> = words_of
                .take(APPOSITION_WORDS)
                .take_while(|&j| same(first, j) && words.lower(j) != COMMA)
                .map(|j| word_key(words.lower(j)))
                .collect();
            run.iter().any(|w| is_in(COMPANY_NOUNS, w) || is_in(ORG_NOUNS, w)) && !run.iter().any(|w| is_title_word(w))
        };
        let after = words.lower(last) == COMMA && body_words(&mut (last + 1..words.len()));
        let before = first >= 2 && words.lower(first - 1) == COMMA && body_words(&mut (0..first - 1).rev());
        if after || before {
            out[7] += 1.0 / n;
        }
        if !person || first < 2 || !same(first - 1, first) {
            continue;
        }
        let p1 = words.lower(first - 1);
        let title_at =
            |k: usize| first >= k && same(first - k, first) && is_title_word(word_key(words.lower(first - k)));
        // "Title at X"; after a comma only with a person's name before the title ("Jo Roe, Partner, X"),
        // as "Partner, Jo Roe" names the person
        let named_before = spans.iter().any(|&(_, b, o)| {
            o != e && kind_of(o) == EntityKind::Person && b + 6 >= first && b + 3 <= first && words.lower(b) == p1
        });
        let title =
            is_in(EMPLOYER_BEFORE, p1) && (2..=4).any(title_at) && (is_in(EMPLOYER_AFTER_PERSON, p1) || named_before);
        let person_before = is_in(EMPLOYER_AFTER_PERSON, p1)
            && spans.iter().any(|&(_, b, o)| o != e && b + 1 == first && kind_of(o) == EntityKind::Person);
        let possessive = doc.text.get(end..).is_some_and(|t| t.starts_with("'s "))
            && spans.iter().any(|&(a, _, o)| {
                o != e
                    && (last..=last + POSSESSIVE_GAP).contains(&a)
                    && same(first, a)
                    && kind_of(o) == EntityKind::Person
            });
        if title || person_before || possessive {
            out[2] += 1.0 / n;
        }
    }
    if person {
        let name = ent.name.as_str();
        if let Some((_, surname)) = name.rsplit_once(' ') {
            let full = whole_word_offsets(&doc.text, name).count();
            let alone = whole_word_offsets(&doc.text, surname).count().saturating_sub(full);
            out[3] = f32::from(full >= 2 && alone == 0);
            out[4] = f32::from(alone > 0);
        }
    }
    out
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
