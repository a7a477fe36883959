//! Learned organisation of a position: consumes an analysed [`Document`] (entities resolved, the
//! rules' positions found, after the learned typing and the pair model), produces for each
//! position the organisation the person holds the title in, chosen among the article's companies,
//! organisations and places, with the probability the model gave it as the position's confidence.
//!
//! The rules (`relate/roles.rs`) find the person and the title and name an organisation by a fixed
//! order of patterns ("of X" after the title, "X's" or "X" before it, the nearest one before it in
//! the sentence, the article's main company); when two patterns disagree or none applies, the
//! order decides, and it was fitted to few articles. Here every (position, candidate) pair gets a
//! few features that mean something ([`features`]): the candidate's kind against the kind of
//! title (a business title in a company, a public office in a place), whether the rules chose it,
//! where its nearest mention stands from the title (same sentence, before or after, words between,
//! how many sentences back), the syntactic link between them ("X chief executive", "X's
//! chairman", "chief executive of X", "X said its chief executive"), whether another organisation
//! stands nearer, and how prominent it is in the article (mentions, first named, most named,
//! opening a sentence). A logistic regression (`models/roles.onnx`, card `models/ROLES.md`,
//! trained by `train/roles_train.py` on exactly these vectors, which `newskg extract --output
//! role-features` writes) gives each candidate the probability of being the organisation;
//! [`RoleModel::assign`] applies the decision rule of `models/roles.json` (the one
//! [`crate::outage_model::decide`] applies to outages).

use std::path::Path;

use crate::lexicon::grammar::{OWNER_PRONOUNS, SAID, THE};
use crate::lexicon::people::{ROLE_ORG_DETERMINERS, ROLE_ORG_PREPOSITIONS, TITLE_MODIFIERS};
use crate::lexicon::words::{is_in, strip_possessive};
use crate::outage_model::decide;
use crate::recognise::ModelError;
use crate::recognise::linear::{LinearModel, Spec};
use crate::words::Words;
use newskg_doc::{Document, EntityIdx, EntityKind, Position, Role};

/// Length of a feature vector.
pub const FEATURES: usize = 26;
/// The rules' own confidence at and above which their organisation came from a pattern next to
/// the title ("of X", "X's"), not from the fallback to the sentence's or article's organisation.
const RULES_PATTERN: f32 = 0.8;
/// At most this many sentences back a candidate counts as "named before".
const BACK: usize = 5;

/// The model's files and shape (see [`crate::recognise::linear`]).
static SPEC: Spec =
    Spec { stem: "roles", what: "role model", output: "probability", width: 1, features: FEATURES, fix: FIX_MODEL };

const FIX_MODEL: &str = "the role model ships in the project's models/ folder (roles.onnx, roles.json): restore \
                         it (git checkout -- models), point --models / NEWSKG_MODELS at a folder with them, or use \
                         --roles rules";

/// Titles held in businesses.
const BUSINESS: &[Role] =
    &[Role::Ceo, Role::Cfo, Role::Cto, Role::Coo, Role::VicePresident, Role::Executive, Role::Founder, Role::Cofounder];
/// Titles of a state's offices (their "organisation" may be a country).
const PUBLIC: &[Role] = &[Role::President, Role::VicePresident, Role::Minister, Role::Governor];

/// The entities that may hold a position: the article's companies, organisations and places.
pub fn candidates(doc: &Document) -> Vec<EntityIdx> {
    (0..doc.entities.len())
        .filter(|&e| {
            matches!(doc.entities[e].kind, EntityKind::Company | EntityKind::Organization | EntityKind::Location)
        })
        .collect()
}

/// Where a position is stated: its sentence and the title's words `[first, last)` in it (the
/// occurrence nearest the person; the person's mention when the title is not found).
fn anchor(doc: &Document, words: &Words<'_>, p: &Position) -> Option<(usize, usize, usize)> {
    let (ev_first, ev_last) = words.range_of(p.evidence.span);
    if ev_last <= ev_first {
        return None;
    }
    let sent = words.words[ev_first].sent;
    let person: Vec<(usize, usize)> = doc
        .entities
        .get(p.person)?
        .mentions
        .iter()
        .filter_map(|&m| doc.mentions.get(m))
        .map(|m| words.range_of(m.span))
        .filter(|&(f, l)| l > f && f >= ev_first && l <= ev_last)
        .collect();
    let title: Vec<String> = p.title.split_whitespace().map(str::to_lowercase).collect();
    let dist = |f: usize| person.iter().map(|&(a, b)| if f < a { a - f } else { f.saturating_sub(b) }).min();
    let found = (ev_first..ev_last.saturating_sub(title.len().saturating_sub(1)))
        .filter(|&k| !title.is_empty() && title.iter().enumerate().all(|(j, w)| words.lower(k + j) == w))
        .min_by_key(|&k| dist(k).unwrap_or(usize::MAX));
    match (found, person.first()) {
        (Some(k), _) => Some((sent, k, k + title.len())),
        (None, Some(&(f, l))) => Some((sent, f, l)),
        (None, None) => None,
    }
}

/// The feature vectors of position `p` of the document, one per entity of `cands` (see the
/// module doc); `train/roles_train.py` trains on exactly these vectors.
pub fn features(doc: &Document, p: usize, cands: &[EntityIdx]) -> Vec<Vec<f32>> {
    let Some(pos) = doc.facts.positions.get(p) else { return Vec::new() };
    let words = Words::new(doc);
    features_with(doc, &words, &mention_spans(doc, &words), pos, cands)
}

/// Each entity's mentions as word ranges `[first, last)`.
fn mention_spans(doc: &Document, words: &Words<'_>) -> Vec<Vec<(usize, usize)>> {
    doc.entities
        .iter()
        .map(|x| {
            x.mentions
                .iter()
                .filter_map(|&m| doc.mentions.get(m))
                .map(|m| words.range_of(m.span))
                .filter(|&(f, l)| l > f)
                .collect()
        })
        .collect()
}

fn features_with(
    doc: &Document,
    words: &Words<'_>,
    spans: &[Vec<(usize, usize)>],
    pos: &Position,
    cands: &[EntityIdx],
) -> Vec<Vec<f32>> {
    let zero = || vec![0.0f32; FEATURES];
    let Some((sent, t_first, t_last)) = anchor(doc, words, pos) else {
        return cands.iter().map(|_| zero()).collect();
    };
    let ranges = |e: EntityIdx| spans.get(e).cloned().unwrap_or_default();
    let org_like = |e: EntityIdx| {
        e != pos.person
            && doc.entities.get(e).is_some_and(|x| matches!(x.kind, EntityKind::Company | EntityKind::Organization))
    };
    let gap = |(f, l): (usize, usize)| if l <= t_first { t_first - l } else { f.saturating_sub(t_last) };
    // the nearest organisation mention to the title in its sentence
    let nearest_org = cands
        .iter()
        .filter(|&&e| org_like(e))
        .flat_map(|&e| ranges(e).into_iter().map(move |r| (e, r)))
        .filter(|&(_, (f, _))| words.words[f].sent == sent)
        .min_by_key(|&(_, r)| gap(r))
        .map(|(e, _)| e);
    let count = |e: EntityIdx| doc.entities.get(e).map_or(0, |x| x.mentions.len());
    let orgs: Vec<EntityIdx> = cands.iter().copied().filter(|&e| org_like(e)).collect();
    let most = orgs.iter().copied().max_by_key(|&e| (count(e), std::cmp::Reverse(e)));
    let first_at = |e: EntityIdx| ranges(e).iter().map(|r| r.0).min().unwrap_or(usize::MAX);
    let first_named = orgs.iter().copied().min_by_key(|&e| first_at(e));
    // the organisation named last before the title (within BACK sentences): a news writer's
    // antecedent for "chief executive Jane Roe said" after "Acme reported ..."
    let last_before = orgs
        .iter()
        .flat_map(|&e| ranges(e).into_iter().map(move |r| (e, r)))
        .filter(|&(_, (a, l))| l <= t_first && sent - words.words[a].sent <= BACK)
        .max_by_key(|&(_, (a, _))| a)
        .map(|(e, _)| e);
    let pattern = pos.evidence.confidence >= RULES_PATTERN;
    // the title's left edge past modifiers ("former", "interim") and a possessive "'s" word
    let mut left = t_first;
    while left > 0 && words.words[left - 1].sent == sent && TITLE_MODIFIERS.contains(&words.lower(left - 1)) {
        left -= 1;
    }
    // "Acme's chief executive" with the possessive as a word of its own ("'s", "'")
    let possessive_word = left > 0 && words.lower(left - 1) == "'";
    let owner_pronoun = left > 0 && is_in(OWNER_PRONOUNS, words.lower(left - 1));
    // "chief executive of [the] X": the first word after the preposition and its determiners
    let after_of = (is_in(ROLE_ORG_PREPOSITIONS, words.lower(t_last))).then(|| {
        let mut k = t_last + 1;
        while k < words.len() && k < t_last + 4 && is_in(ROLE_ORG_DETERMINERS, words.lower(k)) {
            k += 1;
        }
        k
    });
    let business = BUSINESS.contains(&pos.role);
    let public = PUBLIC.contains(&pos.role);
    let n_orgs = orgs.len().max(1) as f32;
    cands
        .iter()
        .map(|&e| {
            let mut f = zero();
            let Some(ent) = doc.entities.get(e) else { return f };
            if e == pos.person {
                return f;
            }
            match ent.kind {
                EntityKind::Company => f[0] = 1.0,
                EntityKind::Organization => f[1] = 1.0,
                _ => f[2] = 1.0,
            }
            f[3] = f32::from(pos.organization == Some(e) && pattern);
            f[24] = f32::from(pos.organization == Some(e) && !pattern);
            f[25] = f32::from(last_before == Some(e));
            let rs = ranges(e);
            let in_sent: Vec<(usize, usize)> =
                rs.iter().copied().filter(|&(a, _)| words.words[a].sent == sent).collect();
            f[4] = f32::from(!in_sent.is_empty());
            f[5] = f32::from(in_sent.iter().any(|&(_, l)| l <= t_first));
            f[6] = f32::from(in_sent.iter().any(|&(a, _)| a >= t_last));
            if let Some(d) = in_sent.iter().map(|&r| gap(r)).min() {
                f[7] = 1.0 / (1.0 + d as f32);
            }
            // "Acme chief executive", "Acme's chief executive", "Acme' chief executive"
            let glued = |l: usize| l == left || (possessive_word && l + 1 == left);
            f[8] = f32::from(in_sent.iter().any(|&(_, l)| glued(l)));
            f[9] = f32::from(in_sent.iter().any(|&(_, l)| {
                glued(l) && (possessive_word || strip_possessive(words.lower(l - 1)) != words.lower(l - 1))
            }));
            f[10] = f32::from(after_of.is_some_and(|k| in_sent.iter().any(|&(a, _)| a == k)));
            f[11] = f32::from(nearest_org.is_some_and(|n| n != e) && org_like(e));
            let back = rs
                .iter()
                .map(|&(a, _)| words.words[a].sent)
                .filter(|&s| s < sent && sent - s <= BACK)
                .map(|s| sent - s)
                .min();
            if let Some(d) = back {
                f[12] = 1.0 / d as f32;
            }
            f[13] = (1.0 + count(e) as f32).ln();
            f[14] = f32::from(most == Some(e));
            f[15] = f32::from(first_named == Some(e));
            // the candidate opens the title's sentence ("Acme said ...", "The Acme board ...")
            f[16] = f32::from(in_sent.iter().any(|&(a, _)| {
                words.words[a].sent_start || (a > 0 && words.words[a - 1].sent_start && words.lower(a - 1) == THE)
            }));
            // "Acme said its chief executive": the possessive pronoun's owner is the sentence's
            // organisation that speaks
            f[17] = f32::from(
                owner_pronoun
                    && in_sent.iter().any(|&(a, l)| {
                        l <= left && (l..(l + 3).min(left)).any(|k| is_in(SAID, words.lower(k)))
                            || a < left && f[16] > 0.0
                    }),
            );
            f[18] = f32::from(owner_pronoun && in_sent.iter().any(|&(_, l)| l <= left));
            f[19] = f32::from(public && ent.kind == EntityKind::Location);
            f[20] = f32::from(business && ent.kind == EntityKind::Company);
            f[21] = f32::from(!public && ent.kind == EntityKind::Location);
            f[22] = f32::from(rs.iter().any(|&(a, _)| words.words[a].sent == 0));
            f[23] = 1.0 / n_orgs;
            f
        })
        .collect()
}

#[derive(serde::Deserialize)]
struct RolesFile {
    version: String,
    features: usize,
    /// The model's choice replaces the rules' only when its probability beats the rules'
    /// organisation's by at least this much.
    margin: f32,
    /// The position is dropped when no candidate is at least this probable (0: always kept).
    none_below: f32,
    /// A position the rules found no organisation for gets the most probable candidate when it
    /// is at least this probable, else it is dropped.
    attach_below: f32,
}

/// The loaded role model.
pub struct RoleModel {
    model: LinearModel,
    margin: f32,
    none_below: f32,
    attach_below: f32,
    version: String,
}

impl std::fmt::Debug for RoleModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RoleModel").field("version", &self.version).finish_non_exhaustive()
    }
}

impl RoleModel {
    /// Loads `roles.onnx` and `roles.json` from `dir`, ONNX Runtime from `ort_lib`.
    pub fn load(dir: &Path, ort_lib: &Path) -> Result<RoleModel, ModelError> {
        let (model, meta) = LinearModel::load(dir, ort_lib, &SPEC, |m: &RolesFile| m.features)?;
        Ok(RoleModel {
            model,
            margin: meta.margin,
            none_below: meta.none_below,
            attach_below: meta.attach_below,
            version: meta.version,
        })
    }

    /// The model's version string (from roles.json).
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The probability of being the organisation for each feature vector.
    pub fn probabilities(&self, feats: &[Vec<f32>]) -> Result<Vec<f32>, ModelError> {
        self.model.run(feats)
    }

    /// Chooses the organisation of every position of the document and of the positions the rules
    /// left without one (`unattached`, [`crate::relate::unattached_positions`]), see [`decide`]; the chosen
    /// organisation's probability becomes the position's confidence; a position no candidate is
    /// probable enough for is dropped, and two that come to name the same person, title and
    /// organisation become one. Returns how many organisations changed.
    pub fn assign(&self, doc: &mut Document, unattached: Vec<Position>) -> Result<usize, ModelError> {
        doc.facts.positions.extend(unattached);
        let cands = candidates(doc);
        if cands.is_empty() || doc.facts.positions.is_empty() {
            doc.facts.positions.retain(|p| p.organization.is_some());
            return Ok(0);
        }
        let words = Words::new(doc);
        let spans = mention_spans(doc, &words);
        let mut feats = Vec::new();
        for pos in &doc.facts.positions {
            feats.extend(features_with(doc, &words, &spans, pos, &cands));
        }
        let probs = self.probabilities(&feats)?;
        let mut changed = 0;
        let mut keep = Vec::with_capacity(doc.facts.positions.len());
        for (p, mut pos) in std::mem::take(&mut doc.facts.positions).into_iter().enumerate() {
            let row = &probs[p * cands.len()..(p + 1) * cands.len()];
            let rules = pos.organization.and_then(|o| cands.iter().position(|&c| c == o));
            // the rules' organisation is no candidate (a name typed as a service, say): the model has no
            // probability for it to weigh against the others, so the rules' choice stands as it is
            if pos.organization.is_none() || rules.is_some() {
                let floor = if pos.organization.is_none() { self.attach_below } else { self.none_below };
                let Some((k, prob)) = decide(row, rules, self.margin, floor) else { continue };
                if pos.organization != Some(cands[k]) {
                    changed += 1;
                    pos.organization = Some(cands[k]);
                }
                pos.evidence.confidence = prob;
            }
            let prob = pos.evidence.confidence;
            let same =
                |q: &&mut Position| q.person == pos.person && q.role == pos.role && q.organization == pos.organization;
            match keep.iter_mut().find(same) {
                Some(q) => {
                    q.current &= pos.current;
                    q.evidence.confidence = q.evidence.confidence.max(prob);
                }
                None => keep.push(pos),
            }
        }
        doc.facts.positions = keep;
        Ok(changed)
    }
}

#[cfg(test)]
#[path = "role_model_tests.rs"]
mod tests;
