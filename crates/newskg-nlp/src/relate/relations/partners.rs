//! Partnerships, customers and suppliers: consumes a sentence's words and mentions, produces
//! partner relations from their cue words ("partnership", "X partner", "customers", "hosts its",
//! "supplies ... to", "leased ... to").

use super::*;
use crate::lexicon::deals::PURCHASE_WORDS;
use crate::lexicon::deals::{CUSTOMER_LIST_WORDS, CUSTOMER_OBJECT_LEADS, LAUNCH, LAUNCH_CUSTOMER_NOUNS, ORDER_NOUNS};
use crate::lexicon::facts::LIST_VERBS;
use crate::lexicon::facts::{
    CUSTOMER_NOUNS, INCLUDING_WORDS, LEASED_VERBS, PARTNER_NOUNS, PARTNERSHIP_NOUNS, SUPPLY_VERBS,
};
use crate::lexicon::facts::{HOSTS, RUNS_FOR_VERBS};
use crate::lexicon::grammar::OWNER_PRONOUNS;
use crate::lexicon::grammar::{AMONG, AS, BETWEEN, FROM, HAS, ITS, SUCH, THE, THEM, WITH};
use crate::lexicon::words::is_in;

/// Orders a customer/supplier pair: the more-mentioned organisation first.
pub(super) fn focal_first(ctx: &Ctx<'_>, a: EntityIdx, b: EntityIdx) -> (EntityIdx, EntityIdx) {
    let n = |e: EntityIdx| ctx.doc.entities.get(e).map_or(0, |x| x.mentions.len());
    if n(b) > n(a) { (b, a) } else { (a, b) }
}

/// Partner links (also customers and suppliers) in one sentence, found from their cue words:
/// "partnership", "X partner", "customers", "hosts its",
/// "supplies ... to", "leased ... to".
pub(super) fn partners(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    let orgs: Vec<MentionAt> = ctx.mentions_in(s).filter(|m| ctx.is_org(m.entity)).collect();
    let at = Sentence { s, sf, sl };
    for k in sf..sl {
        let w = ctx.words.lower(k);
        let suppliers = ctx.on(Rule::Suppliers);
        if is_in(PARTNERSHIP_NOUNS, w) && ctx.on(Rule::Partnership) {
            partnership(ctx, at, k, &orgs, out);
        } else if is_in(PARTNER_NOUNS, w) && ctx.on(Rule::PartnerNoun) {
            partner_noun(ctx, at, k, &orgs, out);
        } else if is_in(ORDER_NOUNS, w) && ctx.words.lower(k + 1) == FROM && ctx.on(Rule::OrdersFrom) {
            orders_from(ctx, at, k, out);
        } else if is_in(PURCHASE_WORDS, w) && ctx.on(Rule::OrdersFrom) {
            super::supply::product_order(ctx, s, sf, sl, k, out);
        } else if w == LAUNCH && is_in(LAUNCH_CUSTOMER_NOUNS, ctx.words.lower(k + 1)) && ctx.on(Rule::LaunchCustomer) {
            launch_customer(ctx, at, k, out);
        } else if is_in(CUSTOMER_NOUNS, w) && ctx.on(Rule::Customers) {
            customers(ctx, at, k, out);
        } else if w == HOSTS && is_in(OWNER_PRONOUNS, ctx.words.lower(k + 1)) && suppliers {
            // "Y, the cloud firm that hosts its systems"
            hosts_its(ctx, at, k, out);
        } else if is_in(RUNS_FOR_VERBS, w) && is_in(RELATIVE_THAT, ctx.words.lower(k.wrapping_sub(1))) && suppliers {
            runs_for(ctx, at, k, out);
        } else if is_in(SUPPLY_VERBS, w) && ctx.mention_of_word.get(k).copied().flatten().is_none() && suppliers {
            supplies_to(ctx, at, k, out);
        } else if is_in(LEASED_VERBS, w) && suppliers {
            leased_to(ctx, at, k, out);
        }
        if suppliers {
            super::supply::supplier_noun(ctx, s, sf, sl, k, out);
            super::supply::supplied_thing(ctx, s, sf, sl, k, out);
        }
        ctx.on(Rule::Advisers).then(|| super::advisers::advisers(ctx, s, sf, sl, k, out));
    }
    ctx.on(Rule::Partnership).then(|| super::agreements::agreements(ctx, s, sf, sl, out));
    ctx.on(Rule::VentureClause).then(|| super::ventures::venture_clauses(ctx, s, sf, sl, out));
    super::accords::accords(ctx, s, sf, sl, out);
}

/// A sentence by its index and its word range `[sf, sl)`.
#[derive(Clone, Copy)]
struct Sentence {
    s: usize,
    sf: usize,
    sl: usize,
}

/// "A and B [have] announced / formed / signed a partnership": two organisations joined by "and"
/// that open the sentence and, up to five words later, a verb before the noun at word `k`.
fn joint_subject(ctx: &Ctx<'_>, at: Sentence, k: usize, orgs: &[MentionAt]) -> Option<(EntityIdx, EntityIdx)> {
    let a = orgs.first().filter(|a| a.first == at.sf)?;
    let b = orgs.get(1).filter(|b| ctx.words.lower(a.last) == AND && b.first == a.last + 1)?;
    let gap = k.checked_sub(b.last)?;
    let plain = (b.last..k)
        .all(|q| ctx.words.is_lower_word(q) && !is_in(LIST_VERBS, ctx.words.lower(q)) || ctx.words.lower(q) == HAS);
    (a.entity != b.entity && (2..=5).contains(&gap) && plain).then_some((a.entity, b.entity))
}

/// "a partnership between A and B" (the first two organisations after "between"), "X's alliance
/// with Y".
fn partnership(ctx: &Ctx<'_>, at: Sentence, k: usize, orgs: &[MentionAt], out: &mut Out) {
    let Sentence { s, sl, .. } = at;
    if ctx.words.lower(k + 1) == BETWEEN {
        // the organisations after "between"
        let xs: Vec<EntityIdx> = orgs.iter().filter(|m| m.first > k + 1).map(|m| m.entity).collect();
        if let (Some(&a), Some(&b)) = (xs.first(), xs.get(1)) {
            out.push(ctx, s, a, RelationKind::Partner, b, 0.65);
        }
    } else if let Some((a, b)) = joint_subject(ctx, at, k, orgs) {
        // "A and B announced a partnership"
        out.push(ctx, s, a, RelationKind::Partner, b, 0.6);
    } else if ctx.words.lower(k + 1) == WITH
        && let Some(y) = next_mention(ctx, k + 2, sl, 2).filter(|m| ctx.is_org(m.entity))
        && let Some(x) = ctx.its_referent(k, Some(y.entity))
    {
        out.push(ctx, s, x, RelationKind::Partner, y.entity, 0.6);
    }
}

/// Whether `e` is a company (orders and launch customers are between businesses: "an order from
/// the court" is none).
fn is_company(ctx: &Ctx<'_>, e: EntityIdx) -> bool {
    ctx.kind(e) == Some(EntityKind::Company)
}

/// "Y won an order from A", "Y announced orders from A and B": each buyer is a partner of the
/// maker, the clause subject before (or the company the sentences before are about).
fn orders_from(ctx: &Ctx<'_>, at: Sentence, k: usize, out: &mut Out) {
    let Sentence { s, sf, sl } = at;
    if negated(ctx, k, sf) {
        return;
    }
    let buyers: Vec<EntityIdx> = list_from(ctx, k + 2, sl).into_iter().filter(|e| is_company(ctx, *e)).collect();
    let Some(first) = buyers.first().copied() else { return };
    if let Some(maker) = ctx.referent_back(k, Some(first)).filter(|e| is_company(ctx, *e)) {
        for b in buyers.into_iter().filter(|b| *b != maker) {
            out.push(ctx, s, b, RelationKind::Partner, maker, 0.55);
        }
    }
}

/// "launch customer A", "A, its launch customer", "A is the launch customer": A is a partner of
/// the maker, the company the article names most.
fn launch_customer(ctx: &Ctx<'_>, at: Sentence, k: usize, out: &mut Out) {
    let Sentence { s, sf, .. } = at;
    let after = ctx.mention_starting(k + 2);
    // back over "its" / "the" / "other" to an apposition comma or a copula
    let mut b = k;
    while b > sf && ctx.words.is_lower_word(b - 1) && !is_in(LIST_VERBS, ctx.words.lower(b - 1)) {
        b -= 1;
    }
    let before_word = ctx.words.lower(b.wrapping_sub(1));
    let before =
        (b > sf && (before_word == "," || is_in(LIST_VERBS, before_word))).then(|| ctx.mention_ending(b - 1)).flatten();
    let Some(customer) = after.or(before).map(|m| m.entity).filter(|e| is_company(ctx, *e)) else { return };
    // the maker: the company the article is most about (other airlines or buyers named in the
    // sentences before are no maker)
    if let Some(maker) = ctx.most_mentioned(|e, _| e != customer && is_company(ctx, e)) {
        out.push(ctx, s, customer, RelationKind::Partner, maker, 0.55);
    }
}

/// "X ... a Y [technology] partner": the subject-like organisation before Y is its partner.
fn partner_noun(ctx: &Ctx<'_>, at: Sentence, k: usize, orgs: &[MentionAt], out: &mut Out) {
    let Sentence { s, sf, .. } = at;
    let mut b = k;
    let mut hops = 0;
    while b > sf && hops < 3 && ctx.mention_ending(b).is_none() && ctx.words.is_lower_word(b - 1) {
        b -= 1;
        hops += 1;
    }
    if let Some(y) = ctx.mention_ending(b).filter(|m| ctx.is_org(m.entity) && !ctx.possessive_at(m.last - 1))
        && let Some(x) = orgs.iter().find(|m| m.last <= y.first && m.entity != y.entity && ctx.subject_like(**m))
    {
        out.push(ctx, s, x.entity, RelationKind::Partner, y.entity, 0.6);
    }
}

/// Customers: "A and B, both X customers" (X's customers named before it), "customers such as A
/// and B" (the provider named before, or "its"), "Among the customers hit were A ... and B" (the
/// article's main organisation).
fn customers(ctx: &Ctx<'_>, at: Sentence, k: usize, out: &mut Out) {
    use RelationKind::Partner as R;
    let Sentence { s, sf, sl } = at;
    // "A and B, both X customers" / "X customers"
    if let Some(x) = ctx.mention_ending(k).filter(|m| ctx.is_org(m.entity)) {
        if customers_of_a_list_or_object(ctx, x, sf) {
            return;
        }
        // customers named before ("A and merchants using B, both X customers"),
        // businesses or their platforms
        let named: Vec<MentionAt> = ctx
            .mentions_in(s)
            .filter(|m| m.last <= x.first && m.entity != x.entity && org_or_service(ctx, m.entity))
            .collect();
        for m in named {
            out.push(ctx, s, x.entity, R, m.entity, 0.6);
        }
        return;
    }
    // "customers such as A and B" / "customers, among them A and B"
    let mut j = k + 1;
    if ctx.words.lower(j) == "," {
        j += 1;
    }
    let (a, b) = (ctx.words.lower(j), ctx.words.lower(j + 1));
    let listed = if a == SUCH && b == AS || a == AMONG && b == THEM {
        Some(j + 2)
    } else if is_in(INCLUDING_WORDS, a) {
        Some(j + 1)
    } else {
        None
    };
    if let Some(start) = listed {
        let provider = if k > sf && ctx.words.lower(k.saturating_sub(1)) == ITS {
            ctx.its_referent(k - 1, None)
        } else {
            // the provider is named before its customers, never among them
            ctx.referent_back(k, None)
        };
        if let Some(p) = provider {
            for e in list_from(ctx, start, sl) {
                if e != p {
                    out.push(ctx, s, p, R, e, 0.6);
                }
            }
        }
        return;
    }
    // "Among the customers hit were A ... and B"
    if k >= sf + 2 && ctx.words.lower(k - 1) == THE && ctx.words.lower(k - 2) == AMONG {
        let verb = (k + 1..(k + 4).min(sl)).find(|&q| is_in(LIST_VERBS, ctx.words.lower(q)));
        if let (Some(vb), Some(p)) = (verb, ctx.main_org()) {
            for e in list_from(ctx, vb + 1, sl) {
                if e != p {
                    out.push(ctx, s, p, R, e, 0.5);
                }
            }
        }
    }
}

/// Whether "X customers" (X the mention `x`) is one of a list of owners ("A and X customers", the
/// customers of both) or a preposition's object ("to former X customers"): no apposition naming
/// X's customers before it.
fn customers_of_a_list_or_object(ctx: &Ctx<'_>, x: MentionAt, sf: usize) -> bool {
    if x.first <= sf {
        return false;
    }
    let before = x.first - 1;
    if is_in(CUSTOMER_LIST_WORDS, ctx.words.lower(before)) && ctx.mention_ending(before).is_some() {
        return true;
    }
    // back over up to two lower-case words ("former", "its own") to a preposition
    let mut b = x.first;
    while b > sf
        && x.first - b < 2
        && ctx.words.is_lower_word(b - 1)
        && !is_in(CUSTOMER_OBJECT_LEADS, ctx.words.lower(b - 1))
    {
        b -= 1;
    }
    b > sf && is_in(CUSTOMER_OBJECT_LEADS, ctx.words.lower(b - 1))
}

/// "Y, the cloud firm that hosts its systems": Y supplies the organisation "its" refers to.
fn hosts_its(ctx: &Ctx<'_>, at: Sentence, k: usize, out: &mut Out) {
    let Sentence { s, sf, .. } = at;
    let mut b = k;
    while b > sf && ctx.words.lower(b - 1) != "," && k - b < 8 {
        b -= 1;
    }
    let supplier = (b > sf).then(|| ctx.mention_ending(b - 1)).flatten().filter(|m| ctx.is_org(m.entity));
    if let Some(sup) = supplier
        && let Some(cust) = ctx.its_referent(sup.first, Some(sup.entity))
    {
        let (a, b2) = focal_first(ctx, cust, sup.entity);
        out.push(ctx, s, a, RelationKind::Partner, b2, 0.55);
    }
}

/// "Y, the IT firm that runs the bank's core systems", "Y, which hosts Acme's website" (the verb
/// at word `k`): Y supplies the organisation named (or referred to) by the possessive after the
/// verb, written first (the customer, then Y). A pronoun ("runs its systems") is left alone: it
/// is as often Y's own.
fn runs_for(ctx: &Ctx<'_>, at: Sentence, k: usize, out: &mut Out) {
    let Sentence { s, sf, .. } = at;
    let Some(cust) = ctx.mention_starting(k + 1).filter(|m| ctx.is_org(m.entity) && ctx.possessive_at(m.last - 1))
    else {
        return;
    };
    let mut b = k;
    while b > sf && ctx.words.lower(b - 1) != "," && k - b < 8 {
        b -= 1;
    }
    let supplier = (b > sf).then(|| ctx.mention_ending(b - 1)).flatten().filter(|m| ctx.is_org(m.entity));
    if let Some(sup) = supplier
        && sup.entity != cust.entity
    {
        out.push(ctx, s, cust.entity, RelationKind::Partner, sup.entity, 0.55);
    }
}

/// "X supplies power to the retailer Y": a supplier link.
fn supplies_to(ctx: &Ctx<'_>, at: Sentence, k: usize, out: &mut Out) {
    let Sentence { s, sl, .. } = at;
    if let Some(to) = (k + 1..(k + 5).min(sl)).find(|&q| ctx.words.lower(q) == TO)
        && let Some(y) = next_mention(ctx, to + 1, sl, 3).filter(|m| ctx.is_org(m.entity))
        && let Some(x) = ctx
            .mention_ending(k)
            .filter(|m| ctx.is_org(m.entity))
            .map(|m| m.entity)
            .or_else(|| ctx.its_referent(k, Some(y.entity)))
    {
        let (a, b2) = focal_first(ctx, x, y.entity);
        out.push(ctx, s, a, RelationKind::Partner, b2, 0.5);
    }
}

/// "Y, which has leased space to X": a supplier link from the relative clause's head.
fn leased_to(ctx: &Ctx<'_>, at: Sentence, k: usize, out: &mut Out) {
    let Sentence { s, sf, sl } = at;
    if let Some(to) = (k + 1..(k + 4).min(sl)).find(|&q| ctx.words.lower(q) == TO)
        && let Some(x) = next_mention(ctx, to + 1, sl, 1).filter(|m| ctx.is_org(m.entity))
        && let Some(y) =
            relative_head(ctx, k.saturating_sub(if ctx.words.lower(k.wrapping_sub(1)) == HAS { 2 } else { 1 }), sf)
                .or_else(|| ctx.its_referent(k, Some(x.entity)))
    {
        let (a, b2) = focal_first(ctx, x.entity, y);
        out.push(ctx, s, a, RelationKind::Partner, b2, 0.55);
    }
}
