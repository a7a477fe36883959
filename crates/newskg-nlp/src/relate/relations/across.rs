//! Deals whose buyer is named in other sentences: consumes the sentences' words and mentions and
//! the acquisitions the sentence patterns found, produces acquisitions (and the target's parent)
//! for a deal noun with no buyer in its sentence ("The sale followed the earlier purchases of Y
//! and Z.", "It comes after the acquisition in May of Y"), whose buyer is the article's buyer:
//! the one company the sentence patterns found acquiring something, else, when they found no
//! acquisition, the article's dominant company ([`Rule::AgentlessDeal`]).

use super::document::dominant_company;
use super::*;
use crate::lexicon::facts::{ACQUISITION_NOUNS, DEAL_HEDGES, DEAL_STOPPED};
use crate::lexicon::grammar::{AND_OR_COMMA, IN, OF, ON, THE};

/// The most lower-case modifiers between "the" and the deal noun ("the earlier failed ...").
const MAX_MODIFIERS: usize = 2;

/// The most words of a time phrase between the deal noun and "of" ("in early May").
const MAX_TIME_WORDS: usize = 3;

/// Deal noun phrases with no buyer in their sentence: "the [earlier] purchase(s) [in May] of Y
/// [and Z]", every organisation of the sentence a target or the buyer, no word of a stopped deal
/// in the sentence, no target bought by anyone in `out` already. The targets go to the article's
/// buyer ([`article_buyer`]); a hedge ("the proposed acquisition of Y") keeps the parent link out.
pub(super) fn agentless_deals(ctx: &Ctx<'_>, out: &mut Out) {
    if !ctx.on(Rule::AgentlessDeal) {
        return;
    }
    let found = out.rels.iter().any(|r| r.kind == RelationKind::Acquired);
    let buyer = if found { article_buyer(&out.rels) } else { dominant_company(ctx.doc) };
    let Some(buyer) = buyer else { return };
    for (s, &(sf, sl)) in ctx.sent_words.iter().enumerate() {
        sentence_deals(ctx, s, sf, sl, buyer, out);
    }
}

/// The one company that the relations `rels` have acquiring something, if there is one.
fn article_buyer(rels: &[Relation]) -> Option<EntityIdx> {
    let mut buyers = rels.iter().filter(|r| r.kind == RelationKind::Acquired).map(|r| r.subject);
    let first = buyers.next()?;
    buyers.all(|b| b == first).then_some(first)
}

fn sentence_deals(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, buyer: EntityIdx, out: &mut Out) {
    if (sf..sl).any(|k| is_in(DEAL_STOPPED, ctx.words.lower(k))) {
        return;
    }
    for v in sf..sl {
        if !deal_noun(ctx.words.lower(v)) || ctx.mention_of_word.get(v).copied().flatten().is_some() {
            continue;
        }
        let Some(det) = (1..=MAX_MODIFIERS + 1)
            .map(|b| v.checked_sub(b))
            .take_while(|k| k.is_some_and(|k| k >= sf))
            .flatten()
            .find(|&k| ctx.words.lower(k) == THE)
        else {
            continue;
        };
        let plain =
            (det + 1..v).all(|k| ctx.mention_of_word.get(k).copied().flatten().is_none() && ctx.words.is_lower_word(k));
        if !plain {
            continue;
        }
        let Some(of) = of_after(ctx, v, sl) else { continue };
        let targets = targets(ctx, of + 1, sl);
        let bought = |t: &EntityIdx| out.rels.iter().any(|r| r.kind == RelationKind::Acquired && r.object == *t);
        if targets.is_empty() || targets.contains(&buyer) || targets.iter().any(bought) {
            continue;
        }
        let others =
            ctx.mentions_in(s).any(|m| ctx.is_org(m.entity) && m.entity != buyer && !targets.contains(&m.entity));
        if others {
            return;
        }
        let hedged = (det + 1..v).any(|k| is_in(DEAL_HEDGES, ctx.words.lower(k)));
        for t in targets {
            out.push(ctx, s, buyer, RelationKind::Acquired, t, 0.6);
            if !hedged {
                out.push(ctx, s, t, RelationKind::ParentOrganization, buyer, 0.5);
            }
        }
    }
}

/// A deal noun, singular or plural ("purchase", "acquisitions").
fn deal_noun(w: &str) -> bool {
    is_in(ACQUISITION_NOUNS, w) || w.strip_suffix('s').is_some_and(|x| is_in(ACQUISITION_NOUNS, x))
}

/// The "of" after the deal noun at `v`, directly or after a short time phrase ("in May", "on
/// Friday").
fn of_after(ctx: &Ctx<'_>, v: usize, sl: usize) -> Option<usize> {
    if ctx.words.lower(v + 1) == OF {
        return Some(v + 1);
    }
    let lead = ctx.words.lower(v + 1);
    if lead != IN && lead != ON {
        return None;
    }
    (v + 2..(v + 2 + MAX_TIME_WORDS).min(sl))
        .take_while(|&k| ctx.mention_of_word.get(k).copied().flatten().is_none())
        .find(|&k| ctx.words.lower(k) == OF)
}

/// The companies the deal phrase names from word `i` on: the first (after at most a short
/// descriptor, "the Swiss maker Y"), and those listed after it with "and" or commas.
fn targets(ctx: &Ctx<'_>, i: usize, sl: usize) -> Vec<EntityIdx> {
    let mut out = Vec::new();
    let Some(first) = next_mention(ctx, i, sl, 1) else { return out };
    if !company_target(ctx, first) {
        return out;
    }
    out.push(first.entity);
    let mut k = first.last;
    while k + 1 < sl && is_in(AND_OR_COMMA, ctx.words.lower(k)) {
        let Some(m) = ctx.mention_starting(k + 1).filter(|m| company_target(ctx, *m)) else { break };
        out.push(m.entity);
        k = m.last;
    }
    out
}

fn company_target(ctx: &Ctx<'_>, m: MentionAt) -> bool {
    ctx.kind(m.entity) == Some(EntityKind::Company) && !ctx.possessive_at(m.last - 1)
}
