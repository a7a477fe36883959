//! Who is never an outage's provider: consumes a resolved [`Document`] (entities and their
//! mentions), produces for each entity whether it is a body that oversees, legislates, judges or
//! reviews, or a place, and so never the operator of a failed system (rule `outages-not-operator`).
//!
//! Judged by the entity's kind and by the words the document puts around it, never by its name
//! alone: an organisation whose name ends in an oversight head ("the Federal Communications
//! Commission", "the Treasury Committee", "the House of Commons"), one the text calls a regulator
//! ("the telecoms regulator X", "X, the industry watchdog,"), one that acts on another organisation
//! as its overseer ("X fined Y", "X said it had asked Y for a report", "X announced settlements with
//! Y"), and an organisation whose whole name is a known place. A place typed as a place is never a
//! candidate in the first place. Nor is a name every mention of which is a time-zone abbreviation
//! ("At 8:08 PM (AWST), ..."): the recogniser took the clock's zone for a name.

use crate::lexicon::facts::{DIRECTIVE_VERBS, ENFORCEMENT_NOUNS, ENFORCEMENT_PREPS, ENFORCEMENT_VERBS};
use crate::lexicon::facts::{FIELD_OVERSIGHT_HEADS, REGULATED_FIELDS, REGULATOR_NOUNS};
use crate::lexicon::facts::{
    NOT_OVERSIGHT_NOUNS, NOT_OVERSIGHT_VERBS, OVERSIGHT_HEADS, OVERSIGHT_MORE_VERBS, OVERSIGHT_REACH,
};
use crate::lexicon::grammar::{ARTICLES, THE};
use crate::lexicon::places::PLACES;
use crate::lexicon::time::ZONE_ABBR;
use crate::lexicon::words::{is_in, strip_possessive};
use crate::words::Words;
use newskg_doc::{Document, EntityIdx};

/// Per entity of `doc`: whether it is never an outage's provider (see the module text). Only
/// companies and organisations can be marked; services and places are left to the callers' kinds.
pub(crate) fn overseers(doc: &Document, words: &Words<'_>) -> Vec<bool> {
    let mut at: Vec<Option<EntityIdx>> = vec![None; words.len()];
    let mut mentions: Vec<(EntityIdx, usize, usize)> = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        for m in ent.mentions.iter().filter_map(|&m| doc.mentions.get(m)) {
            let (first, last) = words.range_of(m.span);
            if let Some(slot) = at.get_mut(first) {
                *slot = Some(e);
            }
            mentions.push((e, first, last));
        }
    }
    let is_org = |e: EntityIdx| doc.entities.get(e).is_some_and(|x| x.kind.is_org());
    let mut out = vec![false; doc.entities.len()];
    for (e, ent) in doc.entities.iter().enumerate() {
        if !ent.kind.is_org() {
            continue;
        }
        let texts = std::iter::once(ent.name.as_str())
            .chain(ent.mentions.iter().filter_map(|&m| doc.mentions.get(m)).map(|m| doc.slice(m.span)));
        let headed = texts.clone().any(|t| {
            t.split_whitespace().last().is_some_and(|h| is_in(OVERSIGHT_HEADS, strip_possessive(&h.to_lowercase())))
        });
        // "the Civil Aviation Authority": a head that oversees only with the field it regulates
        let field_headed = texts.clone().any(|t| {
            let mut back = t.split_whitespace().rev().map(|w| strip_possessive(&w.to_lowercase()).to_owned());
            back.next().is_some_and(|h| is_in(FIELD_OVERSIGHT_HEADS, &h)) && back.any(|w| is_in(REGULATED_FIELDS, &w))
        });
        let place = is_in(PLACES, &ent.name.to_lowercase());
        // "(AWST)": a clock's zone, however the recogniser typed it
        let zone = !ent.mentions.is_empty()
            && ent.mentions.iter().filter_map(|&m| doc.mentions.get(m)).all(|m| ZONE_ABBR.contains(&doc.slice(m.span)));
        out[e] = headed || field_headed || place || zone;
    }
    for &(e, first, last) in &mentions {
        if out[e] || !is_org(e) {
            continue;
        }
        let sent = words.get(first).map(|w| w.sent);
        let same = |k: usize| words.get(k).is_some_and(|w| Some(w.sent) == sent);
        // "the telecoms regulator X", "regulator, X"
        let before = (1..=2).any(|d| first >= d && same(first - d) && is_in(REGULATOR_NOUNS, words.lower(first - d)));
        // "X, the industry watchdog,": an apposition that ends on the regulator noun
        let apposition = words.lower(last) == ","
            && is_in(ARTICLES, words.lower(last + 1))
            && (last + 2..last + 2 + OVERSIGHT_REACH)
                .take_while(|&k| same(k) && words.is_lower_word(k))
                .any(|k| is_in(REGULATOR_NOUNS, words.lower(k)) && matches!(words.lower(k + 1), "," | "." | ")" | ";"));
        out[e] = before || apposition || acts_on_another(words, &at, e, last, &same, &is_org);
    }
    out
}

/// Whether the words after a mention of `e` ending before `last` act on another organisation as its
/// overseer within [`OVERSIGHT_REACH`] words: "X fined Y", "X said it had asked Y", "X announced
/// settlements with Y" (another organisation's name right after the verb, or after the noun and its
/// preposition, "the" allowed before it).
fn acts_on_another(
    words: &Words<'_>,
    at: &[Option<EntityIdx>],
    e: EntityIdx,
    last: usize,
    same: &dyn Fn(usize) -> bool,
    is_org: &dyn Fn(EntityIdx) -> bool,
) -> bool {
    let other_at = |k: usize| {
        let k = if words.lower(k) == THE { k + 1 } else { k };
        at.get(k).copied().flatten().is_some_and(|x| x != e && is_org(x))
    };
    for k in last..last + OVERSIGHT_REACH {
        if !same(k) || at.get(k).copied().flatten().is_some() || words.lower(k) == "," {
            return false;
        }
        let w = words.lower(k);
        if is_oversight_verb(w) && other_at(k + 1)
            || is_oversight_noun(w) && is_in(ENFORCEMENT_PREPS, words.lower(k + 1)) && other_at(k + 2)
        {
            return true;
        }
    }
    false
}

/// A verb by which its subject acts on the organisation after it as an overseer: an enforcement or
/// directive verb, or one of the few more, less those that anyone may use ("sued", "urged").
fn is_oversight_verb(w: &str) -> bool {
    (is_in(ENFORCEMENT_VERBS, w) || is_in(DIRECTIVE_VERBS, w) || is_in(OVERSIGHT_MORE_VERBS, w))
        && !is_in(NOT_OVERSIGHT_VERBS, w)
}

/// A noun of an overseer's act before "with", "into" or "against": an enforcement noun, less those
/// that partners and customers use too ("agreement", "complaint").
fn is_oversight_noun(w: &str) -> bool {
    is_in(ENFORCEMENT_NOUNS, w) && !is_in(NOT_OVERSIGHT_NOUNS, w)
}
