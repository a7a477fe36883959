//! Deals: consumes a sentence's words and mentions, produces acquisitions and sales.

use super::*;
use crate::lexicon::deals::{ABSORBED, PHRASAL_DEAL_PARTICLES, PHRASAL_DEAL_VERBS, THEY};
use crate::lexicon::deals::{CONTROL_SHARE_WORDS, CONTROL_STAKE_LEADS};
use crate::lexicon::deals::{DEAL_FUTURE_LEADS, DEAL_LIST_CUES, DEAL_TIME_LEADS, PARTIAL_DEAL_NOUNS, SOLD};
use crate::lexicon::deals::{MERGED, MERGED_INTO, MERGED_TOGETHER_LEADS};
use crate::lexicon::deals::{PASSIVE_AUX, SALE, SELL_VERBS};
use crate::lexicon::deals::{PASSIVE_DEAL_ADVERBS, STAKE_TAKE_VERBS, TAKEN};
use crate::lexicon::facts::{ACQUIRED_VERBS, ACQUISITION_NOUNS, BUYER_VERB_LEADS, DEAL_CLOSE_WORDS, DEAL_CLOSED};
use crate::lexicon::facts::{
    AGREED_VERBS, BUY_VERBS, DEAL_FAILED_BETWEEN, DEAL_HEDGES, DEAL_STOPPED, PASSIVE_DEAL_LEADS,
};
use crate::lexicon::grammar::IS_TO_LEADS;
use crate::lexicon::grammar::{BE, FOR};
use crate::lexicon::grammar::{BY, IN, IT, OF, TO};
use crate::lexicon::grammar::{HAVE_FORMS, OWNER_PRONOUNS, RELATIVE_THAT_WHO};
use crate::lexicon::organisations::LEGAL_SUFFIXES;
use crate::lexicon::people::OVER;
use crate::lexicon::words::is_in;

mod parties;
mod stakes;

pub(super) fn acquisitions(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    ctx.on(Rule::PossessiveDeals).then(|| possessive_deals(ctx, s, sf, sl, out));
    ctx.on(Rule::AgreedToBuy).then(|| agreed_to_buy(ctx, s, sf, sl, out));
    parties::deal_to_buy(ctx, s, sf, sl, out);
    ctx.on(Rule::AcquiredBy).then(|| acquired_by(ctx, s, sf, sl, out));
    ctx.on(Rule::AcquiredBy).then(|| sold_to(ctx, s, sf, sl, out));
    ctx.on(Rule::MergedInto).then(|| merged_into(ctx, s, sf, sl, out));
    for v in (sf..sl).filter(|_| ctx.on(Rule::AcquisitionVerbs)) {
        let w = ctx.words.lower(v);
        // "X took a 60 per cent stake in Y" (rule `deals-stake-forms`): a stake verb, read only
        // with a controlling stake after it
        let took = ctx.on(Rule::StakeForms) && is_in(STAKE_TAKE_VERBS, w);
        let verb = is_in(ACQUIRED_VERBS, w) || took;
        let noun = is_in(ACQUISITION_NOUNS, w);
        if !(verb || noun) || ctx.mention_of_word.get(v).copied().flatten().is_some() {
            continue;
        }
        let mut target_m: Option<MentionAt> = None;
        let (buyer_at, target) = if verb {
            if negated(ctx, v, sf) {
                continue;
            }
            // skip auxiliaries back to the subject slot
            let mut b = v;
            // "it is taking a stake": back over the auxiliary of a stake verb too
            while b > sf
                && (is_in(BUYER_VERB_LEADS, ctx.words.lower(b - 1))
                    || (took && is_in(PASSIVE_AUX, ctx.words.lower(b - 1))))
            {
                b -= 1;
            }
            if took && stakes::controlling(ctx, v, sl, took).is_none() {
                continue;
            }
            // not a part ("bought a stake in Y") nor counted products ("bought ten Acme 90s")
            target_m = next_mention(ctx, v + 1, sl, 3)
                .filter(|m| deal_target(ctx, m.entity) && !named_product(ctx, m) && !possessive_part(ctx, m))
                .filter(|m| !(v + 1..m.first).any(|k| is_in(PARTIAL_DEAL_NOUNS, ctx.words.lower(k))))
                .filter(|m| !(v + 1..m.first).any(|k| super::supply::count_word(ctx, k)))
                // "acquired a controlling interest in Y": a stake that gives control is the company
                .filter(|_| !took)
                .or_else(|| ctx.on(Rule::ControllingStake).then(|| controlling_stake(ctx, v, sl)).flatten())
                .or_else(|| ctx.on(Rule::StakeForms).then(|| stakes::controlling(ctx, v, sl, took)).flatten());
            (b, target_m.map(|m| m.entity))
        } else {
            // "completed its [$2.1 billion] acquisition of Y"
            let done = (v.saturating_sub(7).max(sf)..v).any(|k| is_in(DEAL_CLOSE_WORDS, ctx.words.lower(k)));
            // "the acquisition of Y by X was completed"
            if ctx.words.lower(v + 1) == OF
                && let Some(t) =
                    next_mention(ctx, v + 2, sl, 3).filter(|m| deal_target(ctx, m.entity) && !possessive_part(ctx, m))
                && let by = past_name_tail(ctx, t.last, sl)
                && ctx.words.lower(by) == BY
                && let Some(b) = next_mention(ctx, by + 1, sl, 2).filter(|m| ctx.is_org(m.entity))
            {
                let closed = (b.last..sl).any(|k| is_in(DEAL_CLOSED, ctx.words.lower(k)))
                    && !(b.last..sl).any(|k| NEGATING.contains(&ctx.words.lower(k)));
                let stopped = deal_stopped(ctx, v, sf);
                if closed {
                    out.push(ctx, s, b.entity, RelationKind::Acquired, t.entity, 0.75);
                    out.push(ctx, s, t.entity, RelationKind::ParentOrganization, b.entity, 0.5);
                } else if !stopped && !negated(ctx, deal_np_start(ctx, v, sf), sf) {
                    // an agreed or pending deal is an acquisition, not yet a parent
                    out.push(ctx, s, b.entity, RelationKind::Acquired, t.entity, 0.65);
                    // "by X and Z": joint buyers
                    for more in joined_after(ctx, b.entity, b.first, sl) {
                        if more != t.entity && ctx.is_org(more) {
                            out.push(ctx, s, more, RelationKind::Acquired, t.entity, 0.6);
                        }
                    }
                }
                continue;
            }
            if !done || ctx.words.lower(v + 1) != OF {
                continue;
            }
            let target = next_mention(ctx, v + 2, sl, 3)
                .filter(|m| ctx.is_org(m.entity) && !possessive_part(ctx, m))
                .map(|m| m.entity);
            let mut b = v;
            while b > sf && !is_in(DEAL_CLOSE_WORDS, ctx.words.lower(b - 1)) {
                b -= 1;
            }
            b = b.saturating_sub(1).max(sf);
            while b > sf && is_in(HAVE_FORMS, ctx.words.lower(b - 1)) {
                b -= 1;
            }
            (b, target)
        };
        let before = ctx.words.lower(buyer_at.wrapping_sub(1));
        let mut buyer: Option<EntityIdx> = None;
        let mut interrupted = false;
        // "bought three firms, including A and B", "acquired, namely A and B"
        let listed = if verb && target.is_none() { listed_after(ctx, v, sl) } else { Vec::new() };
        let mut target = target.or_else(|| listed.first().copied());
        if let Some(m) = ctx.mention_ending(buyer_at).filter(|m| ctx.is_org(m.entity)) {
            buyer = Some(m.entity);
            // "Y, which X bought" / "Y, the company X bought"
            if target.is_none() {
                target = relative_head(ctx, m.first, sf);
            }
        } else if before == IT {
            if target.is_none() {
                target = relative_head(ctx, buyer_at - 1, sf);
            }
            buyer = ctx.its_referent(buyer_at - 1, target);
        } else if is_in(RELATIVE_THAT_WHO, before) {
            buyer = relative_head(ctx, buyer_at, sf);
        } else if verb {
            // "Zeta, Acme's publisher, acquired Y"
            buyer = parties::interrupted_buyer(ctx, buyer_at, sf);
            interrupted = buyer.is_some();
        }
        // "Zeta bought the company": the company the article is about, not Zeta
        if let (Some(b), Some(m)) = (buyer, target_m)
            && (target == Some(b) || (interrupted && parties::definite_anaphor(ctx, &m)))
        {
            target = parties::anaphor_target(ctx, &m, b);
        }
        if target.is_none() && ctx.words.lower(v + 1) == IT {
            target = ctx.its_referent(v, buyer);
        }
        if let (Some(b), Some(t)) = (buyer, target)
            && b != t
            && ctx.is_org(b)
            && deal_target(ctx, t)
        {
            out.push(ctx, s, b, RelationKind::Acquired, t, 0.8);
            out.push(ctx, s, t, RelationKind::ParentOrganization, b, 0.5);
            // "X bought A and B", "X acquired A, B and C": the names joined to the first target
            if verb {
                let mut joined = if listed.is_empty() { joined_after(ctx, t, v + 1, sl) } else { listed[1..].to_vec() };
                // "..., as well as subsidiary businesses A and B"
                joined.extend(super::also_bought::also_bought(ctx, v + 1, sl));
                bought_too(ctx, s, b, joined, out);
            }
        } else if let Some(b) = buyer.filter(|&b| verb && target.is_none() && ctx.is_org(b))
            && next_mention(ctx, v + 1, sl, 3).is_some_and(|m| possessive_part(ctx, &m))
        {
            // "X acquired Y's steelworks, as well as subsidiary businesses A and B": A and B still
            bought_too(ctx, s, b, super::also_bought::also_bought(ctx, v + 1, sl), out);
        }
    }
}

/// The further companies buyer `b` bought in sentence `s` beside its first target ("X bought A and
/// B", "..., as well as A"): each acquired by `b`, with `b` its parent.
fn bought_too(ctx: &Ctx<'_>, s: usize, b: EntityIdx, more: impl IntoIterator<Item = EntityIdx>, out: &mut Out) {
    for more in more.into_iter().filter(|&m| m != b && deal_target(ctx, m)) {
        out.push(ctx, s, b, RelationKind::Acquired, more, 0.75);
        out.push(ctx, s, more, RelationKind::ParentOrganization, b, 0.5);
    }
}

/// Whether the name a deal word governs is an owner's possessive (rule `deals-possessive-part`):
/// "bought Y's 40% stake in Z", "purchased Y' Caribbean operations", "the purchase of Y's assets"
/// buy a part of Y, never Y.
fn possessive_part(ctx: &Ctx<'_>, m: &MentionAt) -> bool {
    ctx.on(Rule::PossessivePart) && m.last > m.first && ctx.possessive_at(m.last - 1)
}

/// "bought a controlling stake in Y", "acquired the majority interest of Y" (the buying verb at
/// word `v`): Y, the company a controlling part of which changed hands.
fn controlling_stake(ctx: &Ctx<'_>, v: usize, sl: usize) -> Option<MentionAt> {
    let mut k = v + 1;
    if is_in(ARTICLES, ctx.words.lower(k)) || is_in(OWNER_PRONOUNS, ctx.words.lower(k)) {
        k += 1;
    }
    let control = is_in(CONTROL_SHARE_WORDS, ctx.words.lower(k))
        && is_in(PARTIAL_DEAL_NOUNS, ctx.words.lower(k + 1))
        && is_in(CONTROL_STAKE_LEADS, ctx.words.lower(k + 2));
    if !control {
        return None;
    }
    next_mention(ctx, k + 3, sl, 2).filter(|m| deal_target(ctx, m.entity))
}

/// "X's [proposed $2 billion] acquisition of Y": X acquired Y; Y's parent is X too unless a word
/// in the phrase hedges the deal ("proposed", "pending"). Nothing when a word before says the deal
/// was stopped ("sued to block X's acquisition of Y") or negates it. "its acquisition of Y" reads
/// X as the organisation "its" refers to, when that is named earlier in the same sentence ("X said
/// its acquisition of Y was completed").
fn possessive_deals(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    for m in ctx.mentions_in(s) {
        if !ctx.is_org(m.entity) || !ctx.possessive_at(m.last - 1) {
            continue;
        }
        let start = if ctx.words.lower(m.last) == "'" { m.last + 1 } else { m.last };
        noun_deal(ctx, s, sf, sl, m.entity, m.first, start, out);
    }
    for k in sf..sl {
        if !is_in(OWNER_PRONOUNS, ctx.words.lower(k)) || ctx.mention_starting(k).is_some() {
            continue;
        }
        let named_before = |e: EntityIdx| ctx.mentions_in(s).any(|m| m.entity == e && m.last <= k);
        if let Some(x) = ctx.referent_back(k, None).filter(|&x| ctx.is_org(x) && named_before(x)) {
            noun_deal(ctx, s, sf, sl, x, k, k + 1, out);
        }
    }
}

/// Whether a word before the deal word at `v` says the deal was stopped ([`DEAL_STOPPED`]): one of
/// the six words before it, or the word before a phrase set off by commas ("the Commission has
/// prohibited, under the merger rules, the acquisition of Y by X").
pub(super) fn deal_stopped(ctx: &Ctx<'_>, v: usize, sf: usize) -> bool {
    if (v.saturating_sub(6).max(sf)..v).any(|k| is_in(DEAL_STOPPED, ctx.words.lower(k))) {
        return true;
    }
    // the comma closing an inserted phrase within the six words, then the comma opening it
    let Some(close) = (v.saturating_sub(6).max(sf)..v).rev().find(|&k| ctx.words.lower(k) == ",") else {
        return false;
    };
    let Some(open) = (close.saturating_sub(9).max(sf)..close).rev().find(|&k| ctx.words.lower(k) == ",") else {
        return false;
    };
    open > sf && is_in(DEAL_STOPPED, ctx.words.lower(open - 1))
}

/// Whether a word of `[from, to)`, between a buyer's possessive and its deal noun, tells the deal
/// failed or was given up ("X's attempted acquisition of Y"; rule `relations-failed-deal-words`).
pub(super) fn failed_between(ctx: &Ctx<'_>, from: usize, to: usize) -> bool {
    ctx.on(Rule::FailedDealWords) && (from..to).any(|k| is_in(DEAL_FAILED_BETWEEN, ctx.words.lower(k)))
}

/// The deal noun phrase from word `start` on ("[proposed] acquisition of Y") of buyer `x`, whose
/// name or pronoun starts at word `first`.
#[allow(clippy::too_many_arguments)]
fn noun_deal(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, x: EntityIdx, first: usize, start: usize, out: &mut Out) {
    let Some(v) = (start..(start + 5).min(sl)).find(|&k| is_in(ACQUISITION_NOUNS, ctx.words.lower(k))) else {
        return;
    };
    let plain = (start..v).all(|k| {
        let w = ctx.words.lower(k);
        ctx.mention_starting(k).is_none()
            && ctx.mention_of_word.get(k).copied().flatten().is_none()
            && w.chars().all(|c| c.is_lowercase() || c.is_ascii_digit() || "$.,-".contains(c))
    });
    if !plain || ctx.words.lower(v + 1) != OF || failed_between(ctx, start, v) {
        return;
    }
    let stopped = deal_stopped(ctx, first, sf);
    if stopped || negated(ctx, first, sf) {
        return;
    }
    let Some(t) = next_mention(ctx, v + 2, sl, 2)
        .filter(|t| deal_target(ctx, t.entity) && t.entity != x && !ctx.possessive_at(t.last - 1))
    else {
        return;
    };
    out.push(ctx, s, x, RelationKind::Acquired, t.entity, 0.7);
    if !(start..v).any(|k| is_in(DEAL_HEDGES, ctx.words.lower(k))) {
        out.push(ctx, s, t.entity, RelationKind::ParentOrganization, x, 0.5);
    }
}

/// A name that can be bought: an organisation, or (rule `deals-service-target`) a name the
/// recogniser typed a service ("AOL bought Bebo" with the social network typed a service).
pub(super) fn deal_target(ctx: &Ctx<'_>, e: EntityIdx) -> bool {
    ctx.is_org(e) || (ctx.on(Rule::ServiceTarget) && ctx.kind(e) == Some(EntityKind::Service))
}

/// A service named with a product noun after it ("sold the Acme brand to Y"): a product changing
/// hands, not a company.
fn named_product(ctx: &Ctx<'_>, m: &MentionAt) -> bool {
    ctx.kind(m.entity) == Some(EntityKind::Service) && SERVICE_WORDS.contains(&ctx.words.lower(m.last))
}

/// The names a deal verb at word `v` lists after its plural object (rule `deals-service-target`):
/// "bought three firms, including A and B", "acquired, namely A, B and C". Up to four common
/// words (no part of a company: "stakes in") before an optional comma and the cue.
fn listed_after(ctx: &Ctx<'_>, v: usize, sl: usize) -> Vec<EntityIdx> {
    if !ctx.on(Rule::ServiceTarget) {
        return Vec::new();
    }
    let mut j = v + 1;
    while j < sl && j < v + 5 && ctx.mention_starting(j).is_none() && ctx.words.is_lower_word(j) {
        if is_in(PARTIAL_DEAL_NOUNS, ctx.words.lower(j)) || is_in(DEAL_LIST_CUES, ctx.words.lower(j)) {
            break;
        }
        j += 1;
    }
    if ctx.words.lower(j) == "," {
        j += 1;
    }
    if !is_in(DEAL_LIST_CUES, ctx.words.lower(j)) {
        return Vec::new();
    }
    list_from(ctx, j + 1, sl).into_iter().filter(|&e| deal_target(ctx, e)).collect()
}

/// "X [has] agreed to buy Y": X acquired Y (an agreed deal counts; it is not completed, so Y's
/// parent is not X yet).
fn agreed_to_buy(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    for v in sf + 1..sl {
        if !is_in(BUY_VERBS, ctx.words.lower(v)) {
            continue;
        }
        let to = ctx.words.lower(v - 1) == TO;
        // "X [has] agreed to buy Y", "X is to acquire Y", "X will acquire Y"
        let agreed_or_is = |w: &str| is_in(AGREED_VERBS, w) || is_in(IS_TO_LEADS, w);
        let lead = if to && v >= sf + 2 && agreed_or_is(ctx.words.lower(v - 2)) {
            v - 2
        } else if is_in(DEAL_FUTURE_LEADS, ctx.words.lower(v - 1)) {
            v - 1
        } else {
            continue;
        };
        let mut b = lead;
        while b > sf && is_in(BUYER_VERB_LEADS, ctx.words.lower(b - 1)) {
            b -= 1;
        }
        if negated(ctx, lead, sf) {
            continue;
        }
        let buyer = ctx.mention_ending(b).filter(|m| ctx.is_org(m.entity)).map(|m| m.entity).or_else(|| {
            is_in(RELATIVE_THAT_WHO, ctx.words.lower(b.wrapping_sub(1)))
                .then(|| relative_head(ctx, b - 1, sf))
                .flatten()
                .or_else(|| parties::interrupted_buyer(ctx, b, sf))
        });
        let target = next_mention(ctx, v + 1, sl, 2).filter(|m| ctx.is_org(m.entity) && !ctx.possessive_at(m.last - 1));
        // "Zeta agreed to buy the company": the company named before, not Zeta
        if let (Some(b), Some(t)) = (buyer, target)
            && let Some(t) = parties::bought(ctx, &t, b)
        {
            out.push(ctx, s, b, RelationKind::Acquired, t, 0.7);
        }
    }
}

/// "Y was [later] acquired by X", "Y, which was bought by X", "Y was sold to X": a completed
/// deal, so X acquired Y and is Y's parent. Not "will be" / "is being" / "to be" acquired.
fn acquired_by(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    for v in sf + 1..sl {
        // "acquired for $2 billion by Y", "sold for less than $10 million by A to Y", "bought
        // last year by Y", "acquired in 2019 for $5 million by Y"
        let mut after = after_time(ctx, for_amount(ctx, after_time(ctx, v + 1, sl), sl), sl);
        if ctx.words.lower(v) == SOLD
            && ctx.words.lower(after) == BY
            && let Some(seller) = ctx.mention_starting(after + 1)
            && ctx.words.lower(seller.last) == TO
        {
            after = seller.last;
        }
        // "Y was taken over by X" (rule `deals-passive-adverbs`): the verb group starts at "taken"
        let adverbs = ctx.on(Rule::PassiveDealAdverbs);
        let taken_over = adverbs && ctx.words.lower(v) == OVER && v > sf + 1 && ctx.words.lower(v - 1) == TAKEN;
        // "Y was bought out / snapped up by X", "Y will be absorbed by X" (rule `deals-phrasal-passive`)
        let phrasal = ctx.on(Rule::PhrasalPassive);
        let particle = phrasal
            && v > sf + 1
            && is_in(PHRASAL_DEAL_PARTICLES, ctx.words.lower(v))
            && is_in(PHRASAL_DEAL_VERBS, ctx.words.lower(v - 1));
        let absorbed = phrasal && ctx.words.lower(v) == ABSORBED;
        let by = (is_in(ACQUIRED_VERBS, ctx.words.lower(v)) || taken_over || particle || absorbed)
            && ctx.words.lower(after) == BY;
        let sold_to = ctx.words.lower(v) == SOLD && ctx.words.lower(after) == TO;
        if !(by || sold_to) {
            continue;
        }
        let vg = if taken_over || particle { v - 1 } else { v };
        if agreed_to_be(ctx, s, sf, sl, vg, after, out) {
            continue;
        }
        let mut b = vg;
        // "was subsequently purchased by", "which in turn was eventually acquired by"
        let lead = |k: usize| {
            let w = ctx.words.lower(k);
            // "in" only of "in turn"
            let adverb =
                is_in(PASSIVE_DEAL_ADVERBS, w) && (w != IN || is_in(PASSIVE_DEAL_ADVERBS, ctx.words.lower(k + 1)));
            is_in(PASSIVE_DEAL_LEADS, w) || (adverbs && adverb)
        };
        while b > sf && lead(b - 1) {
            b -= 1;
        }
        if b == vg || negated(ctx, vg, sf) {
            continue;
        }
        // "They were bought out by X": not from a plural pronoun the resolver guesses
        if (particle || absorbed) && ctx.words.lower(b.wrapping_sub(1)) == THEY {
            continue;
        }
        // "a stake in X was sold to Y": a part of X changed hands
        let partial = |m: &MentionAt| {
            (m.first.saturating_sub(3).max(sf)..m.first).any(|k| is_in(PARTIAL_DEAL_NOUNS, ctx.words.lower(k)))
        };
        let target = ctx
            .mention_ending(b)
            .filter(|m| deal_target(ctx, m.entity) && !partial(m))
            .map(|m| m.entity)
            .or_else(|| {
                is_in(RELATIVE_THAT_WHO, ctx.words.lower(b.wrapping_sub(1)))
                    .then(|| relative_head(ctx, b - 1, sf))
                    .flatten()
            })
            .or_else(|| interrupted_subject(ctx, b, sf));
        // not "by Y's rival X": the buyer is the rival
        let buyer =
            next_mention(ctx, after + 1, sl, 2).filter(|m| ctx.is_org(m.entity) && !ctx.possessive_at(m.last - 1));
        if let (Some(t), Some(b)) = (target, buyer)
            && b.entity != t
        {
            out.push(ctx, s, b.entity, RelationKind::Acquired, t, 0.75);
            out.push(ctx, s, t, RelationKind::ParentOrganization, b.entity, 0.55);
        }
    }
}

/// "Y was merged into X", "Y merged into X in 1993", "Y, which was later merged into X" (rule
/// `deals-merged-into`): X acquired Y (Y ceased to be a company of its own, so no parent). Not
/// "A and B merged into C" (a new company of several), not negated, not "into X's unit".
fn merged_into(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    for v in sf + 1..sl {
        if ctx.words.lower(v) != MERGED || ctx.mention_of_word.get(v).copied().flatten().is_some() {
            continue;
        }
        let into = after_time(ctx, v + 1, sl);
        if ctx.words.lower(into) != MERGED_INTO || negated(ctx, v, sf) {
            continue;
        }
        let mut b = v;
        while b > sf
            && (is_in(PASSIVE_DEAL_LEADS, ctx.words.lower(b - 1))
                || is_in(PASSIVE_DEAL_ADVERBS, ctx.words.lower(b - 1)))
        {
            b -= 1;
        }
        let subject = ctx.mention_ending(b);
        let target = subject
            .filter(|m| deal_target(ctx, m.entity))
            .filter(|m| m.first == sf || !is_in(MERGED_TOGETHER_LEADS, ctx.words.lower(m.first - 1)))
            .map(|m| m.entity)
            .or_else(|| {
                is_in(RELATIVE_THAT_WHO, ctx.words.lower(b.wrapping_sub(1)))
                    .then(|| relative_head(ctx, b - 1, sf))
                    .flatten()
            });
        let buyer =
            next_mention(ctx, into + 1, sl, 2).filter(|m| ctx.is_org(m.entity) && !ctx.possessive_at(m.last - 1));
        if let (Some(t), Some(x)) = (target, buyer)
            && x.entity != t
        {
            out.push(ctx, s, x.entity, RelationKind::Acquired, t, 0.65);
        }
    }
}

/// "X sold Y to Z", "X will sell Y to Z", "by selling it to Z", "the sale of [the group's unit,]
/// Y to Z": Z acquired Y (Y an organisation). A sale told as done ("sold", "the sale of") also
/// makes Z the parent; "will sell" and "selling" give the acquisition only. Not a passive
/// "Y was sold to Z" ([`acquired_by`]), not a stake ("sold its stake in Y"), not a negated or
/// stopped sale.
fn sold_to(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    for v in sf..sl {
        let w = ctx.words.lower(v);
        let noun = w == SALE && ctx.words.lower(v + 1) == OF;
        if !(noun || is_in(SELL_VERBS, w)) || ctx.mention_of_word.get(v).copied().flatten().is_some() {
            continue;
        }
        let before = ctx.words.lower(v.wrapping_sub(1));
        // where the deal's own words start (negation is looked for before them)
        let mut lead = v;
        let done = if noun {
            !(v.saturating_sub(3).max(sf)..v).any(|k| is_in(DEAL_HEDGES, ctx.words.lower(k)))
        } else if w == SOLD {
            if v == sf || is_in(PASSIVE_AUX, before) {
                continue;
            }
            true
        } else {
            // "will sell", "is selling", "by selling"; not "agreed to sell" (on the invented
            // check set it added a wrong relation for the one it found on corpus train)
            let led = is_in(DEAL_FUTURE_LEADS, before) || is_in(IS_TO_LEADS, before) || before == BY;
            if v == sf || !led {
                continue;
            }
            lead = v - 1;
            false
        };
        let stopped = deal_stopped(ctx, v, sf);
        if stopped || negated(ctx, lead, sf) {
            continue;
        }
        let from = if noun { v + 2 } else { v + 1 };
        let (target, end) = if ctx.words.lower(from) == IT && !noun {
            (ctx.its_referent(from, None), from + 1)
        } else {
            match sold_thing(ctx, from, sl) {
                Some(m) if !named_product(ctx, &m) => (Some(m.entity), m.last),
                _ => continue,
            }
        };
        // "to" after the name: past a closing comma, a unit word ("its Plinko unit to"), a price
        // or a time phrase
        let mut j = end;
        if ctx.words.lower(j) == "," {
            j += 1;
        }
        if ctx.words.lower(j) != TO && ctx.words.is_lower_word(j) && ctx.words.lower(j + 1) == TO {
            j += 1;
        }
        let j = after_time(ctx, for_amount(ctx, after_time(ctx, j, sl), sl), sl);
        if ctx.words.lower(j) != TO {
            continue;
        }
        let buyer = next_mention(ctx, j + 1, sl, 3).filter(|m| ctx.is_org(m.entity) && !ctx.possessive_at(m.last - 1));
        if let (Some(t), Some(b)) = (target, buyer)
            && b.entity != t
            && deal_target(ctx, t)
        {
            out.push(ctx, s, b.entity, RelationKind::Acquired, t, 0.7);
            if done {
                out.push(ctx, s, t, RelationKind::ParentOrganization, b.entity, 0.5);
            }
        }
    }
}

/// The name sold, from word `i` on: the first name within seven words of a
/// descriptive phrase ("its Swedish unit, Y", "the group's payments arm Y", "email provider Y"),
/// none past "to" or "by", and none that is a part of it ("its stake in Y") or a possessive.
pub(super) fn sold_thing(ctx: &Ctx<'_>, i: usize, sl: usize) -> Option<MentionAt> {
    let mut k = i;
    while k < sl && k < i + 7 {
        if let Some(m) = ctx.mention_starting(k) {
            if ctx.kind(m.entity) == Some(EntityKind::Location) {
                k = m.last;
                continue;
            }
            let partial = (i..k).any(|q| is_in(PARTIAL_DEAL_NOUNS, ctx.words.lower(q)));
            return (!partial && !ctx.possessive_at(m.last - 1)).then_some(m);
        }
        let w = ctx.words.lower(k);
        let cap_word = ctx.words.get(k).is_some_and(|x| x.is_cap() && x.text.chars().all(char::is_alphabetic));
        if matches!(w, TO | BY | AND) || !(ctx.words.is_lower_word(k) || w == "," || w.ends_with("'s") || cap_word) {
            return None;
        }
        k += 1;
    }
    None
}

/// Where the deal noun phrase around the noun at word `v` starts: back over an article and the
/// words that hedge a deal ("the proposed acquisition of Y by X" is an agreed deal, read as an
/// acquisition; negation is looked for before the phrase).
pub(super) fn deal_np_start(ctx: &Ctx<'_>, v: usize, sf: usize) -> usize {
    let mut b = v;
    while b > sf && b + 3 > v && (is_in(DEAL_HEDGES, ctx.words.lower(b - 1)) || is_in(ARTICLES, ctx.words.lower(b - 1)))
    {
        b -= 1;
    }
    b
}

/// The word after a name's tail at word `i`: a legal form (", Inc."), a bracketed aside ("(formerly
/// X)") or a place ("of Greece"), so that "the acquisition of Y, Inc. by X" reads its "by".
pub(super) fn past_name_tail(ctx: &Ctx<'_>, i: usize, sl: usize) -> usize {
    let mut j = i;
    // the stop of an abbreviation the name ends with ("S.A."), inside the sentence
    if ctx.words.lower(j) == "." && j + 1 < sl {
        j += 1;
    }
    if ctx.words.lower(j) == "," && is_in(LEGAL_SUFFIXES, ctx.words.lower(j + 1).trim_end_matches('.')) {
        j += 2;
        if ctx.words.lower(j) == "." {
            j += 1;
        }
    }
    if ctx.words.lower(j) == "("
        && let Some(c) = (j + 1..(j + 8).min(sl)).find(|&k| ctx.words.lower(k) == ")")
    {
        j = c + 1;
    }
    if ctx.words.lower(j) == OF
        && let Some(m) = ctx.mention_starting(j + 1).filter(|m| ctx.kind(m.entity) == Some(EntityKind::Location))
    {
        j = m.last;
    }
    j
}

/// The organisation before a comma-closed phrase that ends right before word `b`: "Y, based in
/// Leeds, was bought", "Y, founded in 1990, was acquired" (the phrase opens with a common word
/// and holds no comma and no other organisation).
pub(super) fn interrupted_subject(ctx: &Ctx<'_>, b: usize, sf: usize) -> Option<EntityIdx> {
    if b < sf + 3 || ctx.words.lower(b - 1) != "," {
        return None;
    }
    let c = (b.saturating_sub(20).max(sf)..b - 1).rev().find(|&k| ctx.words.lower(k) == ",")?;
    let opens_low = ctx.words.is_lower_word(c + 1);
    let other_org = ctx.mentions.iter().any(|m| m.first > c && m.last < b && ctx.is_org(m.entity));
    let head = ctx.mention_ending(c).filter(|m| ctx.is_org(m.entity))?;
    (opens_low && !other_org && c + 2 < b).then_some(head.entity)
}

/// The word after a time phrase at word `i` ("last year", "in 2019", "on Monday"), or `i` where
/// none stands there. The phrase is one of the document's time expressions.
pub(super) fn after_time(ctx: &Ctx<'_>, i: usize, sl: usize) -> usize {
    let in_time = |k: usize| ctx.in_time(k);
    let mut j = i;
    if is_in(DEAL_TIME_LEADS, ctx.words.lower(j)) && in_time(j + 1) {
        j += 1;
    }
    if !in_time(j) {
        return i;
    }
    while j < sl && in_time(j) {
        j += 1;
    }
    j
}

/// The word after a price phrase at word `i` ("for $2.1 billion", "for less than 10 million
/// euros"), or `i` where none stands there.
pub(super) fn for_amount(ctx: &Ctx<'_>, i: usize, sl: usize) -> usize {
    if ctx.words.lower(i) != FOR {
        return i;
    }
    let amount_word = |k: usize| {
        ctx.mention_of_word.get(k).copied().flatten().is_none()
            && ctx.words.lower(k).chars().all(|c| c.is_lowercase() || c.is_ascii_digit() || "$£€¥.,".contains(c))
            && !matches!(ctx.words.lower(k), BY | TO | ",")
    };
    let mut j = i + 1;
    while j < sl && j < i + 8 && amount_word(j) {
        j += 1;
    }
    if j > i + 1 && (ctx.words.lower(j) == BY || ctx.words.lower(j) == TO) { j } else { i }
}

/// "X [has] agreed to be acquired by Y" (the passive verb at `v`, "by" at `by`): an agreed
/// deal, so Y acquired X but is not yet its parent. Whether the words before `v` were that.
fn agreed_to_be(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, v: usize, by: usize, out: &mut Out) -> bool {
    if v < sf + 3 || ctx.words.lower(v - 1) != BE || ctx.words.lower(v - 2) != TO {
        return false;
    }
    let lead = v - 3;
    if !is_in(AGREED_VERBS, ctx.words.lower(lead)) || negated(ctx, lead, sf) || ctx.words.lower(by) != BY {
        return true;
    }
    let mut b = lead;
    while b > sf && is_in(BUYER_VERB_LEADS, ctx.words.lower(b - 1)) {
        b -= 1;
    }
    let buyer = next_mention(ctx, by + 1, sl, 2).filter(|m| ctx.is_org(m.entity)).map(|m| m.entity);
    let target = ctx
        .mention_ending(b)
        .filter(|m| ctx.is_org(m.entity))
        .map(|m| m.entity)
        .or_else(|| (b > sf && ctx.words.lower(b - 1) == IT).then(|| ctx.its_referent(b - 1, buyer)).flatten());
    if let (Some(y), Some(x)) = (buyer, target)
        && x != y
    {
        out.push(ctx, s, y, RelationKind::Acquired, x, 0.65);
    }
    true
}

/// The names joined by "," or "and" right after the first mention of `first` at or after word
/// `from`: B and C of "A, B and C".
fn joined_after(ctx: &Ctx<'_>, first: EntityIdx, from: usize, sl: usize) -> Vec<EntityIdx> {
    let Some(a) = ctx.mentions.iter().find(|m| m.first >= from && m.first < sl && m.entity == first) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut j = a.last;
    while j < sl && matches!(ctx.words.lower(j), "," | AND) {
        let next = if ctx.words.lower(j) == "," && ctx.words.lower(j + 1) == AND { j + 2 } else { j + 1 };
        let Some(n) = ctx.mention_starting(next) else { break };
        out.push(n.entity);
        j = n.last;
    }
    out
}

/// The organisation a relative clause or apposition before word `i` attaches to:
/// "Y, which ..." / "Y, the company ..." / "Y, a conglomerate that ...", "Y, the German
/// carmaker ..." (a capitalised word that names nothing may stand in the apposition).
pub(super) fn relative_head(ctx: &Ctx<'_>, i: usize, sf: usize) -> Option<EntityIdx> {
    apposition_head(ctx, i, sf).filter(|&e| ctx.is_org(e))
}

/// The name, of any kind, that the relative clause or apposition before word `i` attaches to.
pub(super) fn apposition_head(ctx: &Ctx<'_>, i: usize, sf: usize) -> Option<EntityIdx> {
    let mut k = i;
    let mut hops = 0;
    // "Y which was bought by X", "Y which X bought": the name right before the relative pronoun
    for r in [k, k.saturating_sub(1)] {
        if r > sf
            && is_in(RELATIVE_THAT_WHO, ctx.words.lower(r))
            && let Some(m) = ctx.mention_ending(r)
        {
            return Some(m.entity);
        }
    }
    while k > sf && hops < 8 {
        if ctx.words.lower(k - 1) == "," {
            return ctx.mention_ending(k - 1).map(|m| m.entity);
        }
        let cap_modifier = ctx.mention_of_word.get(k - 1).copied().flatten().is_none()
            && ctx
                .words
                .get(k - 1)
                .is_some_and(|x| !x.sent_start && x.is_cap() && x.text.chars().all(char::is_alphabetic));
        if !(ctx.words.is_lower_word(k - 1) || cap_modifier) {
            return None;
        }
        k -= 1;
        hops += 1;
    }
    None
}

/// Whether a negating word stands within four words before word `v` (in the sentence from `sf`).
pub(super) fn negated(ctx: &Ctx<'_>, v: usize, sf: usize) -> bool {
    (v.saturating_sub(4).max(sf)..v).any(|k| NEGATING.contains(&ctx.words.lower(k)))
}
