//! Makers and suppliers named by a participle or a noun: "S, made by Y" (Y provides the service
//! S) and "its software supplier, Y" / "X, a supplier to Y" (a partner link); buyers of a
//! maker's counted products ("X ordered 18 Acme A30 jets": X and Acme are partners).

use super::*;
use crate::lexicon::deals::{COUNT_NOUNS, PURCHASE_NEGATIONS, PURCHASE_WORDS};
use crate::lexicon::deals::{MADE_BY_VERBS, SUPPLIER_NOUNS, THING_OPERATE_VERBS, THING_SUPPLY_VERBS};
use crate::lexicon::facts::BUYER_VERB_LEADS;
use crate::lexicon::grammar::{BY, FOR, FROM, OWNER_PRONOUNS, TO};
use crate::lexicon::time::NUM_WORDS;

fn is_service(ctx: &Ctx<'_>, e: EntityIdx) -> bool {
    ctx.kind(e) == Some(EntityKind::Service)
}

/// The organisation Y in "<participle> by Y" when word `v` (not the sentence's first) is one of
/// `verbs`, carries no mention, is not negated, and "by" follows it; else None.
fn org_by_participle(ctx: &Ctx<'_>, verbs: &[&str], sf: usize, sl: usize, v: usize) -> Option<MentionAt> {
    if !is_in(verbs, ctx.words.lower(v)) || ctx.words.lower(v + 1) != BY || v == sf {
        return None;
    }
    if ctx.mention_of_word.get(v).copied().flatten().is_some() || negated(ctx, v, sf) {
        return None;
    }
    next_mention(ctx, v + 2, sl, 2).filter(|m| ctx.is_org(m.entity))
}

/// "S [, which is] made by Y", "S is run by Y", "S, the app developed by Y", "S is a family of
/// airliners built by Y": the service S named before the participle at word `v` is Y's.
pub(super) fn made_by(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, v: usize, out: &mut Out) {
    let Some(y) = org_by_participle(ctx, MADE_BY_VERBS, sf, sl, v) else {
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
    let b = phrase_start(ctx, sf, k, 4);
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

/// "its billing platform, which is supplied by the software firm Y", "X's warehouse is run by Y",
/// "X said the fare system, which is provided by Y, failed" (the participle at word `v`): a thing
/// with no name that Y supplies to a customer, the thing's possessor ("its", "X's") or else, for
/// "supplied" and "provided", the organisation that opens the sentence. The customer is Y's
/// partner. A named thing is a service and [`made_by`]'s; "run" and "operated" need a possessor
/// ("the network operated by Y" is Y's own).
pub(super) fn supplied_thing(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, v: usize, out: &mut Out) {
    let verb = ctx.words.lower(v);
    let Some(y) = org_by_participle(ctx, THING_SUPPLY_VERBS, sf, sl, v) else {
        return;
    };
    // back over the verb group ("is", ", which is") and a closing quote to the thing's head noun
    let mut k = v;
    while k > sf
        && k + 5 > v
        && (is_in(OWNED_BEFORE, ctx.words.lower(k - 1))
            || is_in(RELATIVE_THAT, ctx.words.lower(k - 1))
            || matches!(ctx.words.lower(k - 1), "," | "\"" | "'"))
    {
        k -= 1;
    }
    if k == sf || ctx.mention_ending(k).is_some() || !ctx.words.is_lower_word(k - 1) {
        return;
    }
    let b = phrase_start(ctx, sf, k, 5);
    if ctx.mention_ending(b).is_some() {
        // "the Acme Pay app, which is provided by Y": a named product, not a thing
        return;
    }
    let lead = ctx.words.lower(b.wrapping_sub(1));
    let customer = if b > sf && is_in(OWNER_PRONOUNS, lead) {
        ctx.its_referent(b - 1, Some(y.entity))
    } else if b > sf && ctx.possessive_at(b - 1) {
        ctx.mention_ending(b).map(|m| m.entity)
    } else if !is_in(THING_OPERATE_VERBS, verb) {
        // the organisation the sentence opens with, its subject
        ctx.mentions_in(s).next().filter(|m| m.first == sf && m.last <= b).map(|m| m.entity)
    } else {
        None
    };
    if let Some(x) = customer.filter(|&x| x != y.entity && ctx.is_org(x)) {
        out.push(ctx, s, x, RelationKind::Partner, y.entity, 0.6);
    }
}

/// The first word of the noun phrase whose head is word `k` (in the sentence from word `sf`):
/// back over at most `hops` lower-case modifiers, stopping after a determiner, a possessive
/// pronoun or a list stop, which stay outside ("its [software] supplier", "the [fare] system").
fn phrase_start(ctx: &Ctx<'_>, sf: usize, k: usize, hops: usize) -> usize {
    let mut b = k;
    while b > sf && k - b < hops && ctx.words.is_lower_word(b - 1) {
        let w = ctx.words.lower(b - 1);
        if is_in(OWNER_PRONOUNS, w) || is_in(ARTICLES, w) || is_in(UNIT_LIST_STOP, w) {
            break;
        }
        b -= 1;
    }
    b
}

/// Whether word `k` states a count of two or more ("18", "ten", "a score of").
pub(super) fn count_word(ctx: &Ctx<'_>, k: usize) -> bool {
    let w = ctx.words.lower(k);
    w.chars().next().is_some_and(|c| c.is_ascii_digit())
        || NUM_WORDS.iter().any(|&(n, v)| n == w && v >= 2)
        || is_in(COUNT_NOUNS, w)
}

/// "X ordered 18 Acme A30 jets", "X signed a contract to purchase a score of Acme A30s", "X has
/// negotiated the purchase of 22 new Acme 90 airliners" (the purchase word at `k`): a counted
/// product after it whose name starts with its maker's makes the buyer (the clause subject) a
/// partner of the maker. A count is required: "X bought Acme" is a takeover.
pub(super) fn product_order(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, k: usize, out: &mut Out) {
    if !is_in(PURCHASE_WORDS, ctx.words.lower(k)) || ctx.mention_of_word.get(k).copied().flatten().is_some() {
        return;
    }
    if (k.saturating_sub(3).max(sf)..k).any(|q| is_in(PURCHASE_NEGATIONS, ctx.words.lower(q))) {
        return;
    }
    let mut j = k + 1;
    let mut counted = false;
    while j < sl && j < k + 7 && ctx.mention_starting(j).is_none() {
        let w = ctx.words.lower(j);
        counted |= count_word(ctx, j);
        let plain = ctx.words.is_lower_word(j) || w.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.');
        if !plain || matches!(w, TO | BY | FROM) {
            return;
        }
        j += 1;
    }
    let Some(m) = ctx.mention_starting(j).filter(|_| counted) else { return };
    let maker = match ctx.kind(m.entity) {
        // "Acme 787s": the maker named with a model number
        Some(EntityKind::Company) if ctx.words.lower(m.last).chars().next().is_some_and(|c| c.is_ascii_digit()) => {
            Some(m.entity)
        }
        Some(EntityKind::Service) => maker_of(ctx, m.entity),
        _ => None,
    };
    let Some(maker) = maker else { return };
    let mut b = k;
    while b > sf && is_in(BUYER_VERB_LEADS, ctx.words.lower(b - 1)) {
        b -= 1;
    }
    let buyer = ctx
        .mention_ending(b)
        .filter(|x| ctx.is_org(x.entity))
        .map(|x| x.entity)
        .or_else(|| ctx.its_referent(k, Some(maker)));
    if let Some(buyer) = buyer.filter(|&x| x != maker && ctx.kind(x) == Some(EntityKind::Company)) {
        out.push(ctx, s, buyer, RelationKind::Partner, maker, 0.55);
    }
}

/// The company whose name (or a short name of it) opens a product's name and a space ("Acme" of
/// "Acme A30"); the longest such name.
fn maker_of(ctx: &Ctx<'_>, product: EntityIdx) -> Option<EntityIdx> {
    let name = ctx.doc.entities.get(product)?.name.to_lowercase();
    let mut best: Option<(EntityIdx, usize)> = None;
    for (oi, org) in ctx.doc.entities.iter().enumerate() {
        if org.kind != EntityKind::Company {
            continue;
        }
        for form in std::iter::once(&org.name).chain(org.aliases.iter()) {
            let f = form.to_lowercase();
            let fits = name.len() > f.len() && name.starts_with(&f) && name[f.len()..].starts_with(' ');
            if fits && best.is_none_or(|(_, l)| f.len() > l) {
                best = Some((oi, f.len()));
            }
        }
    }
    best.map(|(oi, _)| oi)
}
