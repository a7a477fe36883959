//! Deals struck between two companies: consumes a sentence's words and mentions, produces partner
//! relations ("X has signed a supply agreement with Y", "X teamed up with Y", "X entered into
//! merger talks with Y", "the plant X runs in a joint venture with Y"). "Z, a joint venture between
//! A and B" is read by `relations/ventures.rs` (its older reader there runs only when rule
//! `partners-venture-fold` or `partners-venture-clause` is off).

use super::deals::relative_head;
use super::*;
use crate::lexicon::deals::{
    AGREEMENT_NOUNS, AGREEMENT_VERBS, JOINED_PARTICLES, JOINED_VERBS, JOINT, TALKS, TALKS_LEADS, VENTURE,
};
use crate::lexicon::facts::{ACQUIRED_VERBS, ACQUISITION_NOUNS, BUY_VERBS, BUYER_VERB_LEADS};
use crate::lexicon::grammar::{BETWEEN, FOR, IN, RELATIVE_THAT_WHO, WITH};
use crate::lexicon::reference::ORG_SUBJECT_PRONOUNS;

/// The partner and joint-venture links of sentence `s` (words `[sf, sl)`).
pub(super) fn agreements(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    for k in sf + 1..sl {
        let w = ctx.words.lower(k);
        if w == WITH {
            agreed_with(ctx, s, sf, sl, k, out);
        } else if w == BETWEEN
            && ctx.words.lower(k - 1) == VENTURE
            && ctx.words.lower(k.wrapping_sub(2)) == JOINT
            && !(ctx.on(Rule::VentureFold) && ctx.on(Rule::VentureClause))
        {
            // the older reader of "Z, a joint venture between A and B", now read in full (with
            // its declines) by `partners-venture-clause`; kept for when either rule is off
            super::ventures::venture_between(ctx, s, sf, sl, k, out);
        }
    }
}

/// "X [has] signed a [ten-year supply] agreement with Y", "X teamed up with Y", "X entered into
/// merger talks with Y" ("with" at word `k`): X, the subject before the verb, is Y's partner.
fn agreed_with(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, k: usize, out: &mut Out) {
    let before = ctx.words.lower(k - 1);
    let verb = if is_in(AGREEMENT_NOUNS, before)
        || (before == TALKS && is_in(TALKS_LEADS, ctx.words.lower(k.wrapping_sub(2))))
    {
        // back over the noun phrase's lower-case words to the verb
        (k.saturating_sub(6).max(sf)..k - 1)
            .rev()
            .take_while(|&q| ctx.words.is_lower_word(q))
            .find(|&q| is_in(AGREEMENT_VERBS, ctx.words.lower(q)))
    } else if is_in(JOINED_VERBS, before) {
        Some(k - 1)
    } else if is_in(JOINED_PARTICLES, before) && is_in(JOINED_VERBS, ctx.words.lower(k.wrapping_sub(2))) {
        Some(k - 2)
    } else {
        None
    };
    let Some(v) = verb.filter(|&v| v > sf && !negated(ctx, v, sf)) else {
        return;
    };
    let Some(y) = next_mention(ctx, k + 1, sl, 2).filter(|m| ctx.is_org(m.entity)) else {
        return;
    };
    // a deal to buy ("struck a deal with Y for $3 billion", "a deal with Y to acquire ...") is
    // an acquisition, not a partnership
    let buying = (sf..sl).any(|q| {
        let w = ctx.words.lower(q);
        is_in(ACQUIRED_VERBS, w) || is_in(BUY_VERBS, w) || is_in(ACQUISITION_NOUNS, w)
    });
    let priced = ctx.words.lower(y.last) == FOR
        && (y.last + 1..(y.last + 4).min(sl)).any(|q| ctx.words.lower(q).chars().any(|c| c.is_ascii_digit()));
    if buying || priced {
        return;
    }
    // the subject: the name just before the verb group; "it" or "in a joint venture with": the
    // organisation the clause is about
    let mut b = v;
    while b > sf && is_in(BUYER_VERB_LEADS, ctx.words.lower(b - 1)) {
        b -= 1;
    }
    let lead = ctx.words.lower(v) == IN || is_in(ORG_SUBJECT_PRONOUNS, ctx.words.lower(b.wrapping_sub(1)));
    let before = ctx.words.lower(b.wrapping_sub(1));
    let x = ctx
        .mention_ending(b)
        .filter(|m| ctx.is_org(m.entity))
        .map(|m| m.entity)
        // "X, which signed ...": the relative clause's head
        .or_else(|| is_in(RELATIVE_THAT_WHO, before).then(|| relative_head(ctx, b - 1, sf)).flatten())
        // "X, the country's largest carmaker, has signed ...": the name the sentence opens with
        .or_else(|| {
            (before == ",")
                .then(|| ctx.mentions_in(s).find(|m| m.first <= sf + 1 && ctx.words.lower(m.last) == ","))
                .flatten()
                .filter(|m| ctx.is_org(m.entity))
                .map(|m| m.entity)
        })
        .or_else(|| lead.then(|| ctx.referent_back(b, Some(y.entity))).flatten());
    if let Some(x) = x.filter(|&x| x != y.entity) {
        out.push(ctx, s, x, RelationKind::Partner, y.entity, 0.6);
    }
}
