//! A public utility lost in an event the lead dates (rule `outages-event-utility`): consumes the words of the
//! relate context and an undated incident, says whether the sentence that opened it names a public utility
//! (power, water, telephone or internet service) in lower case. The annotation guidelines count "power failures
//! that cut service to customers" as outages and record one with no provider where the text names no operator,
//! so an earthquake or storm article's "Electricity and phone lines were out" is the outage of the event the
//! lead dates, even with no organisation in its sentences.

use super::*;
use crate::lexicon::facts::{CUTOFF_WORDS, OUT_COPULAS, PUBLIC_UTILITY_NOUNS, UTILITY_OUT_GAP};

/// Whether the sentence that opened the undated incident (its first sentence with a strong trigger) names a
/// public utility ([`PUBLIC_UTILITY_NOUNS`]) in lower case: "Electricity and phone lines were out", "power had
/// been shut down in the province"; a capital makes the word part of a name ("Belmont Power said") unless it opens
/// the sentence outside a name.
pub(super) fn utility_lost(ctx: &Ctx<'_>, inc: &Incident) -> bool {
    let Some(&s) = inc.anchor_sents.first() else { return false };
    let Some(&(sf, sl)) = ctx.sent_words.get(s) else { return false };
    (sf..sl).any(|i| {
        let plain = ctx.words.is_lower_word(i) || i == sf && ctx.mention_starting(i).is_none();
        plain && is_in(PUBLIC_UTILITY_NOUNS, ctx.words.lower(i))
    })
}

/// Whether word `i` says a public utility was lost in words the other triggers do not read: "out" after a
/// copula with a public utility at most [`UTILITY_OUT_GAP`] words before it ("Electricity and phone lines were
/// out", not "out of"), or a cut-off right after one ("a power cutoff").
pub(super) fn utility_out(ctx: &Ctx<'_>, i: usize) -> bool {
    let w = ctx.words.lower(i);
    let Some(sf) = ctx.sentence_of(i).map(|x| x.0) else { return false };
    let utility_before = |from: usize, gap: usize| {
        (from.saturating_sub(gap).max(sf)..from).any(|k| is_in(PUBLIC_UTILITY_NOUNS, ctx.words.lower(k)))
    };
    if is_in(CUTOFF_WORDS, w) {
        return i > sf && is_in(PUBLIC_UTILITY_NOUNS, ctx.words.lower(i - 1));
    }
    w == OUT
        && i > sf
        && is_in(OUT_COPULAS, ctx.words.lower(i - 1))
        && ctx.words.lower(i + 1) != OF
        && utility_before(i - 1, UTILITY_OUT_GAP)
}
