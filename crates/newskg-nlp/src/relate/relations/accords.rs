//! Deals struck between named parties (rules `partners-accord-between` and
//! `partners-joint-signers`): consumes a sentence's words and mentions, produces partner
//! relations between the parties.
//!
//! "a [ten-year supply] agreement / contract / deal / pact between A and B [and C]", "the
//! cooperation agreement signed between A, B and C", and "A and B [, C] [have] signed / struck /
//! reached / renewed a [licensing] deal" (the parties listed as the clause's subject right
//! before the verb): each two of them are partners (the guidelines: a supply, customer or
//! licensing contract between two named organisations). Nothing when the deal buys, sells or
//! merges (a buying verb or noun in the sentence, or "merger" / "sale" in it), when it is only
//! proposed or planned, when a stopped-deal word stands before it, or when it is negated.

use super::ventures::member_list;
use super::*;
use crate::lexicon::deals::{ACCORD_NOT_PARTNERS, ACCORD_NOUNS, ACCORD_VERBS, VENTURE_STOPPED};
use crate::lexicon::facts::{
    ACQUIRED_VERBS, ACQUISITION_NOUNS, BUY_VERBS, BUYER_VERB_LEADS, DEAL_HEDGES, DEAL_STOPPED,
};
use crate::lexicon::grammar::{BETWEEN, WITH};

/// Every deal between named parties in sentence `s` (words `[sf, sl)`).
pub(super) fn accords(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    let mut done = false;
    for k in sf..sl {
        if !is_in(ACCORD_NOUNS, ctx.words.lower(k)) || done {
            continue;
        }
        if buying_or_merging(ctx, sf, sl) {
            return;
        }
        let mut parties = Vec::new();
        if ctx.on(Rule::AccordBetween) {
            // "an agreement between A and B", "the agreement signed between A and B"
            let mut b = k + 1;
            if is_in(ACCORD_VERBS, ctx.words.lower(b)) {
                b += 1;
            }
            if ctx.words.lower(b) == BETWEEN {
                parties = member_list(ctx, b + 1, sl);
            }
        }
        if parties.len() < 2 && ctx.on(Rule::JointSigners) {
            parties = joint_signers(ctx, s, sf, k);
        }
        if parties.len() < 2 || declined(ctx, sf, k) {
            continue;
        }
        done = true;
        for (i, &a) in parties.iter().enumerate() {
            for &b in &parties[i + 1..] {
                out.push(ctx, s, a, RelationKind::Partner, b, 0.6);
            }
        }
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

/// "A and B [, C] [have] signed a [ten-year] deal" (the deal noun at word `k`): the organisations
/// listed right before the verb, when nothing but lower-case words, numbers and an article stand
/// between the verb and the noun, no "with" follows the noun (a third party), and no
/// organisation is named before the list.
fn joint_signers(ctx: &Ctx<'_>, s: usize, sf: usize, k: usize) -> Vec<EntityIdx> {
    let lo = k.saturating_sub(6).max(sf + 1);
    let Some(v) = (lo..k).rev().find(|&q| is_in(ACCORD_VERBS, ctx.words.lower(q))) else {
        return Vec::new();
    };
    let plain = (v + 1..k).all(|q| {
        let w = ctx.words.get(q);
        w.is_some_and(|w| !w.is_cap() || is_in(ARTICLES, &w.lower))
            && ctx.mention_of_word.get(q).copied().flatten().is_none()
    });
    if !plain || ctx.words.lower(k + 1) == WITH || ctx.words.lower(k + 2) == WITH {
        return Vec::new();
    }
    // back over "have", "also", "jointly" to the last party
    let mut b = v;
    while b > sf && (is_in(BUYER_VERB_LEADS, ctx.words.lower(b - 1)) || ctx.words.lower(b - 1) == "jointly") {
        b -= 1;
    }
    let mut parties = Vec::new();
    let mut end = b;
    let mut first = b;
    while let Some(m) = ctx.mention_ending(end).filter(|m| ctx.is_org(m.entity)) {
        if !parties.contains(&m.entity) {
            parties.push(m.entity);
        }
        first = m.first;
        let join = ctx.words.lower(m.first.wrapping_sub(1));
        end = if join == AND && ctx.words.lower(m.first.wrapping_sub(2)) == "," {
            m.first - 2
        } else if join == AND || join == "," {
            m.first - 1
        } else {
            break;
        };
        if end <= sf {
            break;
        }
    }
    // the list is the clause's subject: no organisation named before it
    let alone = ctx.mentions_in(s).all(|o| o.last > first || !ctx.is_org(o.entity));
    parties.reverse();
    if parties.len() >= 2 && alone { parties } else { Vec::new() }
}
