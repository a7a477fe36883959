//! Controlling stakes told in more shapes than [`super::controlling_stake`] reads (rule
//! `deals-stake-forms`): consumes a deal verb's words, produces the company whose control was
//! bought.
//!
//! "X took a 60 per cent stake in Y", "X is taking a 98 percent stake in Y", "X acquired a majority
//! shareholding in Y", "X acquired an undisclosed majority stake in Y", "X bought out the remaining
//! shares of Y": a stake of more than half a company, or all the rest of it, is the company
//! changing hands (acquired, and the parent), as the guidelines read it. Not a minority stake
//! ("a 40 per cent stake in Y"), nor a stake someone else held ("bought Z's stake in Y").

use super::*;
use crate::lexicon::deals::{PERCENT_MARKS, STAKE_NOUNS_MORE, STAKE_REST_WORDS};
use crate::lexicon::facts::OUT;

/// The company named after a controlling stake that the deal verb at word `v` bought or took;
/// `took` when the verb is a stake verb ("took"). Only the shapes [`super::controlling_stake`]
/// does not read ("acquired a majority stake in Y" is its).
pub(in crate::relate::relations) fn controlling(ctx: &Ctx<'_>, v: usize, sl: usize, took: bool) -> Option<MentionAt> {
    let mut k = v + 1;
    let mut new_shape = took;
    // "bought out the remaining shares"
    if ctx.words.lower(k) == OUT {
        k += 1;
        new_shape = true;
    }
    if is_in(ARTICLES, ctx.words.lower(k)) || is_in(OWNER_PRONOUNS, ctx.words.lower(k)) {
        k += 1;
    }
    // a share word (new unless "controlling" or "majority") and the word after it
    let control_at = |k: usize| {
        let w = ctx.words.lower(k);
        if is_in(CONTROL_SHARE_WORDS, w) {
            return Some((k + 1, false));
        }
        if is_in(STAKE_REST_WORDS, w) {
            return Some((k + 1, true));
        }
        over_half(ctx, k).map(|e| (e, true))
    };
    // one modifier before the share word: "an undisclosed majority stake"
    let modified = || {
        (ctx.words.is_lower_word(k) && !is_stake_noun(ctx, k))
            .then(|| control_at(k + 1))
            .flatten()
            .map(|(e, _)| (e, true))
    };
    let (after, new_words) = control_at(k).or_else(modified)?;
    let new_noun = is_in(STAKE_NOUNS_MORE, ctx.words.lower(after));
    if !is_stake_noun(ctx, after)
        || !is_in(CONTROL_STAKE_LEADS, ctx.words.lower(after + 1))
        || !(new_shape || new_words || new_noun)
    {
        return None;
    }
    next_mention(ctx, after + 2, sl, 2).filter(|m| deal_target(ctx, m.entity) && !ctx.possessive_at(m.last - 1))
}

fn is_stake_noun(ctx: &Ctx<'_>, k: usize) -> bool {
    let w = ctx.words.lower(k);
    is_in(PARTIAL_DEAL_NOUNS, w) || is_in(STAKE_NOUNS_MORE, w)
}

/// The word after a percentage of more than half at word `k` ("60 per cent", "98 percent",
/// "50.1 %"), if one stands there.
fn over_half(ctx: &Ctx<'_>, k: usize) -> Option<usize> {
    let n: f32 = ctx.words.lower(k).parse().ok()?;
    if !(n > 50.0 && n <= 100.0) {
        return None;
    }
    (k + 1..k + 3).find(|&j| is_in(PERCENT_MARKS, ctx.words.lower(j))).map(|j| j + 1)
}
