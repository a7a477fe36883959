//! Who owns a service by a possessive, for the relation scorer's candidates and the
//! document-level providers: "X's S" and "X's S1, S2 and S3" (whatever X is typed as) say whose
//! the services are, so the article's dominant company and the two companies named most are not
//! proposed for them (nor for X itself, when X is typed as a service).
//!
//! Tried and not kept (models/RELATIONS.md, "lr3"): every pair of names in one sentence through
//! an anaphor ("the company"), and every pair in two adjacent sentences, as candidates of each
//! predicate their kinds allow; an organisation whose name holds a unit noun ("Bureau of
//! Competition") proposed as part of the two organisations named most.
//! They raised the candidates' recall ceiling on train from 0.685 to 0.749 (adjacent pairs: 0.840)
//! but the scorer's F1 did not rise (train 5-fold 0.547 without, 0.546 with the one-sentence
//! pairs, 0.532 with the adjacent ones; dev 0.564, 0.558, 0.544).

use std::collections::HashMap;

use super::super::Ctx;
use crate::lexicon::grammar::AND;
use newskg_doc::{EntityIdx, EntityKind};

/// For each entity named right after a possessive name ("X's S", "X's S1, S2 and S3"), the
/// possessors (any kind but a person or a place).
pub(crate) fn possessors(ctx: &Ctx<'_>) -> HashMap<EntityIdx, Vec<EntityIdx>> {
    let mut out: HashMap<EntityIdx, Vec<EntityIdx>> = HashMap::new();
    for m in &ctx.mentions {
        if matches!(ctx.kind(m.entity), None | Some(EntityKind::Person | EntityKind::Location))
            || !ctx.possessive_at(m.last.saturating_sub(1))
        {
            continue;
        }
        let (_, sl) = ctx.sent_words.get(m.sent).copied().unwrap_or((0, 0));
        let mut i = if ctx.words.lower(m.last) == "'" { m.last + 1 } else { m.last };
        // the list of names the possessive opens: "X's A, B and C"
        while i < sl {
            let Some(next) = ctx.mention_starting(i) else { break };
            if next.entity != m.entity {
                let v = out.entry(next.entity).or_default();
                if !v.contains(&m.entity) {
                    v.push(m.entity);
                }
            }
            i = next.last;
            let w = ctx.words.lower(i);
            if w == "," && ctx.words.lower(i + 1) == AND {
                i += 2;
            } else if w == "," || w == AND {
                i += 1;
            } else {
                break;
            }
        }
    }
    out
}
