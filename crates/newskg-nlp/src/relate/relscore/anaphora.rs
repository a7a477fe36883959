//! Relations an anaphor states: consumes the relation context's organisation references
//! ([`super::super::refer`]: "the company", "the bank", "it" opening a clause) and the pair model's
//! probabilities for the pairs they make ([`super::super::pairs::PairModel::anaphor_scores`]),
//! produces the anaphors of a document and, for a candidate, what the scorer's features read of
//! them: how far back the anaphor's entity was last named, whether the anaphor is a pronoun, and
//! the sentences the relation rests on (the one naming the entity and the anaphor's), which become
//! its evidence. Whether such a relation is kept is learned (`models/RELATIONS.md`), not decided
//! here.

use super::super::Ctx;
use super::super::pairs::{Anaphor, RelationScores};
use crate::lexicon::grammar::OWNER_PRONOUNS;
use crate::lexicon::words::is_in;
use newskg_doc::{EntityIdx, Span};

/// One anaphor of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    pub anaphor: Anaphor,
    /// One word ("it", "they") rather than a definite phrase ("the company").
    pub pronoun: bool,
}

/// The anaphors of a document: the mentions of `rctx` (the context with references) that `ctx`
/// does not have, and a possessive pronoun opening a sentence ("Its cloud unit, ...") for the
/// organisation the sentence before is about, in text order.
pub(crate) fn anaphors(ctx: &Ctx<'_>, rctx: &Ctx<'_>) -> Vec<Found> {
    let span_of = |first: usize, last: usize| {
        let a = rctx.words.get(first)?;
        let b = rctx.words.get(last.checked_sub(1)?)?;
        Span::new(a.span.start(), b.span.end())
    };
    let mut out: Vec<Found> = rctx
        .mentions
        .iter()
        .filter(|m| !ctx.mentions.iter().any(|n| (n.first, n.last, n.entity) == (m.first, m.last, m.entity)))
        .filter_map(|m| {
            let anaphor = Anaphor { sentence: m.sent, span: span_of(m.first, m.last)?, entity: m.entity };
            Some(Found { anaphor, pronoun: m.last - m.first == 1 })
        })
        .collect();
    for (s, &(sf, _)) in rctx.sent_words.iter().enumerate().skip(1) {
        if !is_in(OWNER_PRONOUNS, rctx.words.lower(sf)) {
            continue;
        }
        // the subject of the sentence before: its first mention (or reference), an organisation
        // read as a clause subject
        let subject = rctx.mentions_in(s - 1).next().filter(|m| rctx.is_org(m.entity) && rctx.subject_like(*m));
        if let (Some(m), Some(span)) = (subject, span_of(sf, sf + 1)) {
            out.push(Found { anaphor: Anaphor { sentence: s, span, entity: m.entity }, pronoun: true });
        }
    }
    out.sort_by_key(|f| (f.anaphor.span.start(), f.anaphor.entity));
    out
}

/// What the features read of the anaphor pair behind a candidate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Reading {
    /// The pair model's probability for the candidate as the anaphor's sentence holds it.
    pub probability: f32,
    /// The anaphor's sentence.
    pub sentence: usize,
    /// The sentence naming the anaphor's entity that the reading rests on: the nearest at or before
    /// the anaphor's, else the nearest after.
    pub named_in: usize,
    pub pronoun: bool,
}

/// The reading of `(s, kind, o)` from `scores` ([`super::super::pairs::PairModel::anaphor_scores`]),
/// if the pair model saw it through an anaphor.
pub(crate) fn reading(
    ctx: &Ctx<'_>,
    found: &[Found],
    scores: &RelationScores,
    key: (EntityIdx, newskg_doc::RelationKind, EntityIdx),
) -> Option<Reading> {
    let &(probability, sentence) = scores.get(&key)?;
    let (s, _, o) = key;
    let a =
        found.iter().find(|f| f.anaphor.sentence == sentence && (f.anaphor.entity == s || f.anaphor.entity == o))?;
    let named: Vec<usize> = ctx.mentions.iter().filter(|m| m.entity == a.anaphor.entity).map(|m| m.sent).collect();
    let named_in = named
        .iter()
        .copied()
        .filter(|&x| x <= sentence)
        .max()
        .or_else(|| named.iter().copied().filter(|&x| x > sentence).min())
        .unwrap_or(sentence);
    Some(Reading { probability: probability.max(0.0), sentence, named_in, pronoun: a.pronoun })
}
