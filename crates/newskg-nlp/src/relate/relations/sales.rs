//! A sale's seller (rule `deals-seller-parent`): consumes a sentence's words and mentions and the
//! relations found so far, produces the seller's (earlier) parent link and the buyer's links of a
//! passive sale told with words between the seller and the buyer, and drops an acquisition of the
//! thing sold by its seller.
//!
//! Company histories tell a change of owner from the seller's side: "In 1987 Acme sold Zeta to
//! Orbis", "Zeta was sold by Acme in 2007 to Orbis for $100 million". Zeta was Acme's before the
//! sale (the corpus gold keeps an earlier owner as a parent), and Orbis is its buyer. The scorer
//! reads the seller next to a deal verb as a buyer; the sentence says the opposite. Runs after the
//! learned typing only (`after_typing`), so the typing's relation features never see these links.

use super::deals::{after_time, deal_stopped, deal_target, for_amount, negated, relative_head, sold_thing};
use super::{add_or_raise, next_mention};
use crate::lexicon::deals::{PASSIVE_AUX, SOLD};
use crate::lexicon::facts::{BUYER_VERB_LEADS, PASSIVE_DEAL_LEADS};
use crate::lexicon::grammar::{ARTICLES, BY, IT, RELATIVE_THAT_WHO, TO};
use crate::lexicon::reference::OBJECT_PREPOSITIONS;
use crate::lexicon::words::is_in;
use crate::relate::Ctx;
use crate::rulebook::Rule;
use newskg_doc::{EntityIdx, EntityKind, Relation, RelationKind};

/// The confidence of a seller's parent link: the sentence states the sale, the earlier ownership
/// follows from it.
const SELLER_CONFIDENCE: f32 = 0.5;

/// One sale read from a sentence.
#[derive(Debug, PartialEq)]
struct Sale {
    seller: EntityIdx,
    sold: EntityIdx,
    /// The buyer, where the passive names one after words the sentence patterns do not skip.
    buyer: Option<EntityIdx>,
}

/// Adds the seller's parent link of every completed sale the sentences tell, the buyer's links
/// of a passive sale with a time or price phrase after the seller, and drops an acquisition of the
/// thing sold by its seller read from the same sentence.
pub(crate) fn seller_parents(ctx: &Ctx<'_>, relations: &mut Vec<Relation>) {
    if !ctx.on(Rule::SellerParent) {
        return;
    }
    for (s, &(sf, sl)) in ctx.sent_words.iter().enumerate() {
        for sale in sales_in(ctx, sf, sl) {
            let here = ctx.sent_span(s);
            relations.retain(|r| {
                !(r.evidence.span.overlaps(here)
                    && r.kind == RelationKind::Acquired
                    && r.subject == sale.seller
                    && r.object == sale.sold)
            });
            // a brand or product sold was the seller's own (its provider), a company its unit
            let kind = if ctx.kind(sale.sold) == Some(EntityKind::Service) {
                RelationKind::Provider
            } else {
                RelationKind::ParentOrganization
            };
            let reversed =
                relations.iter().any(|r| r.kind == kind && r.subject == sale.seller && r.object == sale.sold);
            if !reversed {
                let link = Relation {
                    subject: sale.sold,
                    kind,
                    object: sale.seller,
                    evidence: ctx.evidence(s, SELLER_CONFIDENCE),
                };
                add_or_raise(relations, link);
            }
            if let Some(b) = sale.buyer {
                let acquired = ctx.evidence(s, 0.75);
                add_or_raise(
                    relations,
                    Relation { subject: b, kind: RelationKind::Acquired, object: sale.sold, evidence: acquired },
                );
                let parent = ctx.evidence(s, 0.55);
                add_or_raise(
                    relations,
                    Relation {
                        subject: sale.sold,
                        kind: RelationKind::ParentOrganization,
                        object: b,
                        evidence: parent,
                    },
                );
            }
        }
    }
}

/// The completed sales of the sentence `[sf, sl)`: "X [had / later] sold Y ... to Z" and "Y was
/// sold by X ... [to Z]"; not negated, not stopped, not "sold its stake in Y".
fn sales_in(ctx: &Ctx<'_>, sf: usize, sl: usize) -> Vec<Sale> {
    let mut out = Vec::new();
    for v in sf + 1..sl {
        if ctx.words.lower(v) != SOLD
            || ctx.mention_of_word.get(v).copied().flatten().is_some()
            || negated(ctx, v, sf)
            || deal_stopped(ctx, v, sf)
        {
            continue;
        }
        let sale = if is_in(PASSIVE_AUX, ctx.words.lower(v - 1)) {
            passive_sale(ctx, v, sf, sl)
        } else {
            active_sale(ctx, v, sf, sl)
        };
        if let Some(sale) = sale.filter(|x| x.seller != x.sold && Some(x.seller) != x.buyer && Some(x.sold) != x.buyer)
        {
            out.push(sale);
        }
    }
    out
}

/// The word after a time phrase, a price phrase and a time phrase again from word `i`.
fn past_time_and_price(ctx: &Ctx<'_>, i: usize, sl: usize) -> usize {
    after_time(ctx, for_amount(ctx, after_time(ctx, i, sl), sl), sl)
}

/// "X [had] sold Y[,] [in 1990] [for $5 million] to Z" with "sold" at `v`: X sold Y. The buyer
/// must be named (a sale, not "sold ten million units"); its links come from the sentence rules.
fn active_sale(ctx: &Ctx<'_>, v: usize, sf: usize, sl: usize) -> Option<Sale> {
    let mut b = v;
    while b > sf && is_in(BUYER_VERB_LEADS, ctx.words.lower(b - 1)) {
        b -= 1;
    }
    let thing = sold_thing(ctx, v + 1, sl)?;
    if !deal_target(ctx, thing.entity) {
        return None;
    }
    let mut j = thing.last;
    if ctx.words.lower(j) == "," {
        j += 1;
    }
    let j = past_time_and_price(ctx, j, sl);
    if ctx.words.lower(j) != TO {
        return None;
    }
    next_mention(ctx, j + 1, sl, 3).filter(|m| ctx.is_org(m.entity) && !ctx.possessive_at(m.last - 1))?;
    // the seller is the clause's subject, not a preposition's object ("to compete with X sold Y")
    let subject = |m: &crate::relate::MentionAt| {
        let mut k = m.first;
        if k > sf && is_in(ARTICLES, ctx.words.lower(k - 1)) {
            k -= 1;
        }
        ctx.is_org(m.entity) && !(k > sf && is_in(OBJECT_PREPOSITIONS, ctx.words.lower(k - 1)))
    };
    let seller = if let Some(m) = ctx.mention_ending(b).filter(subject) {
        m.entity
    } else if b > sf && ctx.words.lower(b - 1) == IT {
        ctx.its_referent(b - 1, Some(thing.entity))?
    } else if b > sf && is_in(RELATIVE_THAT_WHO, ctx.words.lower(b - 1)) {
        relative_head(ctx, b - 1, sf)?
    } else {
        return None;
    };
    ctx.is_org(seller).then_some(Sale { seller, sold: thing.entity, buyer: None })
}

/// "Y was [later] sold by X [in 2007] [for $107 million] [to Z]" with "sold" at `v`: X sold Y,
/// and Z bought it.
fn passive_sale(ctx: &Ctx<'_>, v: usize, sf: usize, sl: usize) -> Option<Sale> {
    let by = past_time_and_price(ctx, v + 1, sl);
    if ctx.words.lower(by) != BY {
        return None;
    }
    let seller = ctx.mention_starting(by + 1).filter(|m| ctx.is_org(m.entity) && !ctx.possessive_at(m.last - 1))?;
    let mut b = v;
    while b > sf && is_in(PASSIVE_DEAL_LEADS, ctx.words.lower(b - 1)) {
        b -= 1;
    }
    if b == v {
        return None;
    }
    let sold = ctx.mention_ending(b).filter(|m| deal_target(ctx, m.entity)).map(|m| m.entity).or_else(|| {
        is_in(RELATIVE_THAT_WHO, ctx.words.lower(b.wrapping_sub(1))).then(|| relative_head(ctx, b - 1, sf)).flatten()
    })?;
    let to = past_time_and_price(ctx, seller.last, sl);
    let buyer = (ctx.words.lower(to) == TO)
        .then(|| next_mention(ctx, to + 1, sl, 4))
        .flatten()
        .filter(|m| ctx.is_org(m.entity) && !ctx.possessive_at(m.last - 1))
        .map(|m| m.entity);
    Some(Sale { seller: seller.entity, sold, buyer })
}
