//! Deal parties the plain patterns of [`super`] miss: consumes a sentence's words and mentions,
//! produces the buyer or the company bought, or acquisitions.
//!
//! - A buyer set off from its verb by an inserted phrase (rule `deals-interrupted-buyer`): "Zeta,
//!   Acme's publisher, acquired Y", "Zeta, which had invested in 1998, bought Y", "Zeta (later
//!   Zeta Corp.) bought Y": the name before the phrase, a clause subject.
//! - "the company" bought, which the anaphora of `relate/refer.rs` read as the buyer itself
//!   ("Zeta bought the company"; rule `deals-anaphor-target`): the company whose name opens the
//!   article's headline, only when the sentence names no other organisation than the buyer and that
//!   one.
//! - A deal struck to buy (rule `deals-deal-to-buy`): "X [has] reached / signed an agreement to
//!   acquire Y", "X agreed a deal to buy Y", "X entered into an agreement to purchase Y", "X's
//!   deal to buy Y": an agreed deal, so acquired only.

use super::super::*;
use super::{deal_stopped, deal_target};
use crate::lexicon::deals::{ACCORD_NOUNS, ACCORD_VERBS, PARTIAL_DEAL_NOUNS};
use crate::lexicon::facts::{AGREED_VERBS, BUY_VERBS, BUYER_VERB_LEADS};
use crate::lexicon::grammar::{IT, TO};
use crate::relate::roles::anaphora::headline_subject;

/// The most words of a phrase inserted between a buyer and its verb.
const INSERT_MAX_WORDS: usize = 16;

/// The most words of a deal's noun phrase before its noun ("a US$7.4 billion deal").
const DEAL_NP_MAX_WORDS: usize = 6;

/// The buyer before the deal verb group that starts at word `b`, when a phrase set off by commas
/// or brackets stands between them: "Zeta, Acme's publisher, [then] acquired", "Zeta (later Zeta
/// Corp.) bought", "Zeta (ZC), has reached". The name must close right before the phrase and
/// read as a clause subject; the phrase holds no comma (not a list "A, B, C acquired") and is not
/// a name alone ("A, B, acquired").
pub(in crate::relate::relations) fn interrupted_buyer(ctx: &Ctx<'_>, b: usize, sf: usize) -> Option<EntityIdx> {
    if !ctx.on(Rule::InterruptedBuyer) || b < sf + 3 {
        return None;
    }
    let mut close = b - 1;
    // "Zeta (ZC), has reached": the bracketed short form is the name's own
    if ctx.words.lower(close) == "," && ctx.words.lower(close - 1) == ")" {
        close -= 1;
    }
    let from = close.saturating_sub(INSERT_MAX_WORDS).max(sf);
    let opener = match ctx.words.lower(close) {
        "," => ",",
        ")" => "(",
        _ => return None,
    };
    let open = (from..close).rev().find(|&k| matches!(ctx.words.lower(k), "," | "(" | ")" | ";" | ":"))?;
    if ctx.words.lower(open) != opener || open + 1 >= close {
        return None;
    }
    if ctx.mention_starting(open + 1).is_some_and(|m| m.last >= close) {
        return None;
    }
    let head = ctx.mention_ending(open).filter(|m| ctx.is_org(m.entity) && ctx.subject_like(*m))?;
    Some(head.entity)
}

/// Whether mention `m` is a definite phrase standing for an organisation ("the company", "the
/// studio"): "the" and lower-case words only, no name.
pub(in crate::relate::relations) fn definite_anaphor(ctx: &Ctx<'_>, m: &MentionAt) -> bool {
    m.last > m.first + 1 && ctx.words.lower(m.first) == THE && (m.first + 1..m.last).all(|k| ctx.words.is_lower_word(k))
}

/// "Zeta bought the company": the organisation "the company" (mention `m`, which the anaphora
/// read as the buyer, or as a name inside the buyer's inserted phrase) stands for — the company
/// whose name opens the article's headline, what the article is about, not the buyer — when the
/// sentence names no organisation other than the buyer and that one. (Neither the subject of the
/// sentences before, often the company's earlier owner in a company's history, nor the most
/// mentioned organisation, often a product typed a company, was as sure.)
pub(in crate::relate::relations) fn anaphor_target(
    ctx: &Ctx<'_>,
    m: &MentionAt,
    buyer: EntityIdx,
) -> Option<EntityIdx> {
    if !ctx.on(Rule::AnaphorTarget) || !definite_anaphor(ctx, m) {
        return None;
    }
    let about = headline_subject(ctx).filter(|&e| e != buyer)?;
    let ok = |x: &MentionAt| ctx.is_org(x.entity) && x.entity != buyer && !definite_anaphor(ctx, x);
    ctx.mentions_in(m.sent).filter(|x| ok(x)).all(|x| x.entity == about).then_some(about)
}

/// The company bought when mention `t` follows buyer `b`: `t` itself, or, when the anaphora read
/// it as the buyer ("Zeta bought the company"), what it stands for ([`anaphor_target`]); never the
/// buyer.
pub(in crate::relate::relations) fn bought(ctx: &Ctx<'_>, t: &MentionAt, b: EntityIdx) -> Option<EntityIdx> {
    let target = if t.entity == b { anaphor_target(ctx, t, b) } else { Some(t.entity) };
    target.filter(|&x| x != b)
}

/// "X [has] reached an agreement to acquire Y", "X agreed a [commercial] deal to buy Y", "X
/// entered into an agreement to purchase Y", "X's deal to buy Y": X acquired Y (an agreed deal:
/// no parent yet). Not a deal only near ("is near a deal to buy Y"), a part of Y ("to buy Y's
/// plants", "a stake in Y"), a negated or stopped one.
pub(in crate::relate::relations) fn deal_to_buy(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    if !ctx.on(Rule::DealToBuy) {
        return;
    }
    for v in sf + 3..sl {
        if !is_in(BUY_VERBS, ctx.words.lower(v))
            || ctx.words.lower(v - 1) != TO
            || !is_in(ACCORD_NOUNS, ctx.words.lower(v - 2))
        {
            continue;
        }
        // back over the deal's noun phrase to the verb that struck it or the buyer's possessive
        let mut k = v - 2;
        let mut lead = None;
        let mut possessor = None;
        while k > sf && k + DEAL_NP_MAX_WORDS + 2 > v {
            let w = ctx.words.lower(k - 1);
            if let Some(m) = ctx.mention_ending(k) {
                if ctx.possessive_at(m.last - 1) && ctx.is_org(m.entity) {
                    possessor = Some((m.entity, m.first));
                }
                break;
            }
            if (is_in(ACCORD_VERBS, w) || is_in(AGREED_VERBS, w)) && !ctx.in_time(k - 1) {
                lead = Some(k - 1);
                break;
            }
            let np_word = ctx.mention_of_word.get(k - 1).copied().flatten().is_none()
                && w.chars().all(|c| c.is_lowercase() || c.is_ascii_digit() || "$£€.,-".contains(c))
                && w != ",";
            if !np_word {
                break;
            }
            k -= 1;
        }
        let (buyer, first) = match (lead, possessor) {
            (Some(l), _) => {
                let mut b = l;
                while b > sf && is_in(BUYER_VERB_LEADS, ctx.words.lower(b - 1)) {
                    b -= 1;
                }
                let named = ctx.mention_ending(b).filter(|m| ctx.is_org(m.entity)).map(|m| m.entity);
                let pronoun =
                    (b > sf && ctx.words.lower(b - 1) == IT).then(|| ctx.referent_back(b - 1, None)).flatten();
                (named.or(pronoun).or_else(|| interrupted_buyer(ctx, b, sf)), l)
            }
            (None, Some((e, first))) => (Some(e), first),
            _ => continue,
        };
        if deal_stopped(ctx, first, sf) || negated(ctx, first, sf) {
            continue;
        }
        let Some(b) = buyer else { continue };
        let Some(t) = next_mention(ctx, v + 1, sl, 2) else { continue };
        let partial = (v + 1..t.first).any(|q| is_in(PARTIAL_DEAL_NOUNS, ctx.words.lower(q)));
        if partial || ctx.possessive_at(t.last - 1) || !deal_target(ctx, t.entity) {
            continue;
        }
        if let Some(t) = bought(ctx, &t, b) {
            out.push(ctx, s, b, RelationKind::Acquired, t, 0.7);
        }
    }
}
