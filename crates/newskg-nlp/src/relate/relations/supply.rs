//! Makers and suppliers named by a participle or a noun: "S, made by Y" (Y provides the service
//! S) and "its software supplier, Y" / "X, a supplier to Y" (a partner link).

use super::*;
use crate::lexicon::deals::{MADE_BY_VERBS, SUPPLIER_NOUNS};
use crate::lexicon::grammar::{BY, FOR, OWNER_PRONOUNS, TO};

fn is_service(ctx: &Ctx<'_>, e: EntityIdx) -> bool {
    ctx.kind(e) == Some(EntityKind::Service)
}

/// "S [, which is] made by Y", "S is run by Y", "S, the app developed by Y", "S is a family of
/// airliners built by Y": the service S named before the participle at word `v` is Y's.
pub(super) fn made_by(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, v: usize, out: &mut Out) {
    if !is_in(MADE_BY_VERBS, ctx.words.lower(v)) || ctx.words.lower(v + 1) != BY || v == sf {
        return;
    }
    if ctx.mention_of_word.get(v).copied().flatten().is_some() || negated(ctx, v, sf) {
        return;
    }
    let Some(y) = next_mention(ctx, v + 2, sl, 2).filter(|m| ctx.is_org(m.entity)) else {
        return;
    };
    // back over the verb group ("is", "was", "which is", "currently") to the name
    let mut k = v;
    while k > sf
        && k + 4 > v
        && (is_in(OWNED_BEFORE, ctx.words.lower(k - 1)) || is_in(RELATIVE_THAT, ctx.words.lower(k - 1)))
    {
        k -= 1;
    }
    let mut svc = ctx.mention_ending(k).map(|m| m.entity);
    if svc.is_none() {
        // an apposition or copula phrase: "S, the app ...", "S is a family of ..."
        let mut b = v;
        let mut hops = 0;
        while b > sf && hops < 9 && ctx.words.is_lower_word(b - 1) && ctx.mention_ending(b).is_none() {
            if is_in(UNIT_LIST_STOP, ctx.words.lower(b - 1)) {
                break;
            }
            b -= 1;
            hops += 1;
            if is_in(ARTICLES, ctx.words.lower(b)) {
                break;
            }
        }
        let lead = ctx.words.lower(b.wrapping_sub(1));
        if b > sf + 1 && is_in(ARTICLES, ctx.words.lower(b)) && (lead == "," || is_in(IS_UNIT_VERBS, lead)) {
            svc = ctx.mention_ending(b - 1).map(|m| m.entity);
        }
    }
    if let Some(x) = svc.filter(|&x| x != y.entity && is_service(ctx, x)) {
        out.push(ctx, s, x, RelationKind::Provider, y.entity, 0.65);
    }
}

/// A supplier noun at word `k`: "its [software] supplier[,] Y" / "X's supplier Y" (the
/// customer, then the supplier) and "X, a [software] supplier to Y" (X supplies Y).
pub(super) fn supplier_noun(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, k: usize, out: &mut Out) {
    if !is_in(SUPPLIER_NOUNS, ctx.words.lower(k)) || ctx.mention_of_word.get(k).copied().flatten().is_some() {
        return;
    }
    // the noun phrase's start: lower-case modifiers back to a determiner or possessive
    let mut b = k;
    let mut hops = 0;
    while b > sf && hops < 4 && ctx.words.is_lower_word(b - 1) && !is_in(OWNER_PRONOUNS, ctx.words.lower(b - 1)) {
        if is_in(ARTICLES, ctx.words.lower(b - 1)) || is_in(UNIT_LIST_STOP, ctx.words.lower(b - 1)) {
            break;
        }
        b -= 1;
        hops += 1;
    }
    let lead = ctx.words.lower(b.wrapping_sub(1));
    if b > sf && [TO, FOR].contains(&ctx.words.lower(k + 1)) && is_in(ARTICLES, lead) {
        // "X, a supplier to Y"
        let customer = next_mention(ctx, k + 2, sl, 2).filter(|m| ctx.is_org(m.entity));
        let supplier = (b > sf + 1 && ctx.words.lower(b - 2) == ",")
            .then(|| ctx.mention_ending(b - 2))
            .flatten()
            .filter(|m| ctx.is_org(m.entity));
        if let (Some(x), Some(y)) = (supplier, customer)
            && x.entity != y.entity
        {
            out.push(ctx, s, x.entity, RelationKind::Partner, y.entity, 0.6);
        }
        return;
    }
    let customer = if b > sf && is_in(OWNER_PRONOUNS, lead) {
        ctx.referent_back(b - 1, None)
    } else if b > sf && ctx.possessive_at(b - 1) {
        ctx.mention_ending(b).map(|m| m.entity).or_else(|| ctx.its_referent(b - 1, None))
    } else {
        None
    };
    let after = if ctx.words.lower(k + 1) == "," { k + 2 } else { k + 1 };
    let supplier = next_mention(ctx, after, sl, 0).filter(|m| ctx.is_org(m.entity));
    if let (Some(x), Some(y)) = (customer.filter(|&x| ctx.is_org(x)), supplier)
        && x != y.entity
    {
        out.push(ctx, s, x, RelationKind::Partner, y.entity, 0.6);
    }
}
