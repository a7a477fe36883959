//! Deals struck between named parties (rule `partners-accord-between`): consumes a sentence's
//! words and mentions, produces partner relations between the parties.
//!
//! "a [ten-year supply] agreement / contract / deal / pact between A and B [and C]", "the
//! cooperation agreement signed between A, B and C": each two of them are partners (the
//! guidelines: a supply, customer or licensing contract between two named organisations).
//! Nothing when the deal buys, sells or merges (a buying verb or noun in the sentence, or
//! "merger" / "sale" in it), when it is only proposed or planned, when a stopped-deal word stands
//! before it, or when it is negated.

use super::ventures::member_list;
use super::*;
use crate::lexicon::deals::{ACCORD_NOT_PARTNERS, ACCORD_NOUNS, ACCORD_VERBS, VENTURE_STOPPED};
use crate::lexicon::facts::{ACQUIRED_VERBS, ACQUISITION_NOUNS, BUY_VERBS, DEAL_HEDGES, DEAL_STOPPED};
use crate::lexicon::grammar::BETWEEN;

/// Every deal between named parties in sentence `s` (words `[sf, sl)`).
pub(super) fn accords(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    if !ctx.on(Rule::AccordBetween) {
        return;
    }
    for k in sf..sl {
        if !is_in(ACCORD_NOUNS, ctx.words.lower(k)) {
            continue;
        }
        if buying_or_merging(ctx, sf, sl) {
            return;
        }
        // "an agreement between A and B", "the agreement signed between A and B"
        let mut b = k + 1;
        if is_in(ACCORD_VERBS, ctx.words.lower(b)) {
            b += 1;
        }
        if ctx.words.lower(b) != BETWEEN {
            continue;
        }
        let parties = member_list(ctx, b + 1, sl);
        if parties.len() < 2 || declined(ctx, sf, k) {
            continue;
        }
        // the sentence's first deal between named parties is the one it tells
        for (i, &a) in parties.iter().enumerate() {
            for &b in &parties[i + 1..] {
                out.push(ctx, s, a, RelationKind::Partner, b, 0.6);
            }
        }
        return;
    }
}

/// Whether the sentence buys, sells or merges: such a deal makes no partners.
fn buying_or_merging(ctx: &Ctx<'_>, sf: usize, sl: usize) -> bool {
    (sf..sl).any(|q| {
        let w = ctx.words.lower(q);
        is_in(ACQUIRED_VERBS, w) || is_in(BUY_VERBS, w) || is_in(ACQUISITION_NOUNS, w) || is_in(ACCORD_NOT_PARTNERS, w)
    })
}

/// Whether the deal noun at word `k` is hedged ("a proposed agreement"), stopped ("blocked the
/// deal between") or negated ("did not sign a deal").
fn declined(ctx: &Ctx<'_>, sf: usize, k: usize) -> bool {
    let hedged = (k.saturating_sub(4).max(sf)..k).any(|q| is_in(DEAL_HEDGES, ctx.words.lower(q)));
    let stopped = (k.saturating_sub(8).max(sf)..k).any(|q| {
        let w = ctx.words.lower(q);
        is_in(DEAL_STOPPED, w) || is_in(VENTURE_STOPPED, w)
    });
    hedged || stopped || negated(ctx, k, sf)
}
