//! Trading names and included units: consumes one sentence's words and mentions, produces
//! provider links for the names a business trades under ("Y operates its stores under three
//! banners: A, B and C", "Y, which operates under the A, B and C supermarket banners", "its
//! brands A and B", "Y's brands include A and B"; rule [`Rule::TradingNames`]) and parent (or
//! provider) links for "Y, which includes X [and Z]" ([`Rule::WhichIncludes`]).

use super::*;
use crate::lexicon::facts::{TRADING_NAME_NOUNS, UNDER, UNIT_INCLUDE_VERBS};
use crate::lexicon::grammar::{AND_OR_COMMA, OR};

/// The most lower-case words (or numbers) between a trading-name noun and its determiner ("under
/// three different banners") or between the list and the noun ("A and B supermarket banners").
const MAX_MODIFIERS: usize = 3;

/// The most lower-case words and commas between the trader's name and "under" ("Y operates its
/// supermarkets under", "Y, Inc., which operates under").
const MAX_TO_TRADER: usize = 6;

/// Provider links for every trading-name noun of sentence `s` (`[sf, sl)`).
pub(super) fn trading_names(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    if !ctx.on(Rule::TradingNames) {
        return;
    }
    for u in sf..sl {
        if !is_in(TRADING_NAME_NOUNS, ctx.words.lower(u)) || ctx.mention_of_word.get(u).copied().flatten().is_some() {
            continue;
        }
        let (items, det) = match names_before(ctx, u, sf) {
            Some((items, start)) => (items, start.checked_sub(1)),
            None => (names_after(ctx, u, sl), Some(past_modifiers_back(ctx, u, sf))),
        };
        let Some(det) = det.filter(|&d| d >= sf) else { continue };
        if items.is_empty() {
            continue;
        }
        let Some(trader) = trader(ctx, det, sf) else { continue };
        for x in items {
            if x != trader && org_or_service(ctx, x) {
                out.push(ctx, s, x, RelationKind::Provider, trader, 0.7);
            }
        }
    }
}

/// "the A, B and C [supermarket] banners": the names listed right before the noun at `u` (past
/// lower-case modifiers), with the word where the list starts, when an article or an owner's
/// pronoun opens it and only commas, "and" or "or" stand between the names.
fn names_before(ctx: &Ctx<'_>, u: usize, sf: usize) -> Option<(Vec<EntityIdx>, usize)> {
    let mut k = u;
    let mut hops = 0;
    while k > sf && hops < MAX_MODIFIERS && ctx.mention_ending(k).is_none() && ctx.words.is_lower_word(k - 1) {
        k -= 1;
        hops += 1;
    }
    let mut items = Vec::new();
    while let Some(m) = ctx.mention_ending(k).filter(|m| m.first >= sf) {
        items.push(m.entity);
        k = m.first;
        while k > sf && is_separator(ctx.words.lower(k - 1)) {
            k -= 1;
        }
    }
    let opened = k > sf && (is_in(ARTICLES, ctx.words.lower(k - 1)) || is_in(OWNER_PRONOUNS, ctx.words.lower(k - 1)));
    (!items.is_empty() && opened).then(|| {
        items.reverse();
        (items, k)
    })
}

/// "banners: A, B and C", "brands A and B", "brands include A and B": the names after the noun
/// at `u`, each separated by a comma, "and" or "or".
fn names_after(ctx: &Ctx<'_>, u: usize, sl: usize) -> Vec<EntityIdx> {
    let mut k = u + 1;
    if matches!(ctx.words.lower(k), ":" | "-") || is_in(INCLUDE_VERBS, ctx.words.lower(k)) {
        k += 1;
    }
    let mut items = Vec::new();
    while k < sl {
        let Some(m) = ctx.mention_starting(k) else { break };
        items.push(m.entity);
        k = m.last;
        while k < sl && is_separator(ctx.words.lower(k)) {
            k += 1;
        }
    }
    items
}

fn is_separator(w: &str) -> bool {
    is_in(AND_OR_COMMA, w) || w == OR
}

/// The word before the noun phrase that ends with the noun at `u`, past lower-case modifiers and
/// numbers ("its brands" → "its", "under three different banners" → "under").
fn past_modifiers_back(ctx: &Ctx<'_>, u: usize, sf: usize) -> usize {
    let mut k = u;
    let mut hops = 0;
    while k > sf && hops < MAX_MODIFIERS {
        let w = ctx.words.lower(k - 1);
        let modifier = (ctx.words.is_lower_word(k - 1) || w.chars().all(|c| c.is_ascii_digit()))
            && !is_in(OWNER_PRONOUNS, w)
            && !is_in(ARTICLES, w)
            && w != UNDER;
        if !modifier || ctx.mention_ending(k).is_some() {
            break;
        }
        k -= 1;
        hops += 1;
    }
    k - 1
}

/// Who trades under the names whose noun phrase opens after word `det`: the organisation "its"
/// refers to, the possessor ("Y's brands"), or, after "under" ("[the] ... banners"), the name
/// before the verb ("Y operates its stores under", "Y, which operates under").
fn trader(ctx: &Ctx<'_>, det: usize, sf: usize) -> Option<EntityIdx> {
    let w = ctx.words.lower(det);
    if is_in(OWNER_PRONOUNS, w) {
        return ctx.its_referent(det, None).filter(|&e| ctx.is_org(e));
    }
    if let Some(m) = ctx.mention_ending(det + 1).filter(|m| ctx.possessive_at(m.last - 1)) {
        return ctx.is_org(m.entity).then_some(m.entity);
    }
    let under = if is_in(ARTICLES, w) { det.checked_sub(1)? } else { det };
    if ctx.words.lower(under) != UNDER {
        return None;
    }
    let mut k = under;
    let mut hops = 0;
    while k > sf && hops <= MAX_TO_TRADER {
        if let Some(m) = ctx.mention_ending(k) {
            return ctx.is_org(m.entity).then_some(m.entity);
        }
        let w = ctx.words.lower(k - 1);
        // a legal form the name left out ("Y, Inc., which operates under")
        let legal = w == "." || is_in(COMMA_LEGAL_SUFFIXES, &w.replace('.', ""));
        if !(ctx.words.is_lower_word(k - 1) || w == "," || legal || w.chars().all(|c| c.is_ascii_digit())) {
            return None;
        }
        k -= 1;
        hops += 1;
    }
    None
}

/// "Y, which includes X [and Z]": each named organisation is Y's unit, each service Y's.
pub(super) fn which_includes(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    if !ctx.on(Rule::WhichIncludes) {
        return;
    }
    for u in sf + 2..sl {
        if !is_in(UNIT_INCLUDE_VERBS, ctx.words.lower(u))
            || !is_in(RELATIVE_THAT, ctx.words.lower(u - 1))
            || ctx.words.lower(u - 2) != ","
        {
            continue;
        }
        let Some(y) = ctx.mention_ending(u - 2).filter(|m| ctx.is_org(m.entity)) else { continue };
        for x in names_after(ctx, u, sl) {
            if x == y.entity || !org_or_service(ctx, x) {
                continue;
            }
            let kind = if ctx.kind(x) == Some(EntityKind::Service) {
                RelationKind::Provider
            } else {
                RelationKind::ParentOrganization
            };
            out.push(ctx, s, x, kind, y.entity, 0.65);
        }
    }
}
