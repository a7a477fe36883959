//! Concrete losses told without a date: consumes the relate context and an undated incident, says whether its
//! sentences tell that users lost something in words that state the loss itself, not a noun that may only
//! name a class of outages ("customers were left without power", "households lost supply", "telephones were put
//! out of order", "the network went down", "the cable was cut"; rule `outages-told-loss`), and whether such a
//! loss is told as current ("is still without electricity"; also the present perfect or present state of any
//! incident, [`told_as_current`], moved here from outages.rs). Also the passive cut of a network's line as a
//! trigger (rule `outages-cable-cut`). A dated undated incident whose sentences restore a supply stands too (rule
//! `outages-undated-restored`).

use super::*;
use crate::lexicon::facts::{
    CURRENT_LOSS_GAP, CUT_LINE_NOUNS, CUT_LINE_OWNER_GAP, CUT_LINE_OWNERS, LINE_CUT_PARTICIPLES, LOSS_MODAL_GAP,
};
use crate::lexicon::facts::{CUT_WORDS, SUPPLY_NOUNS};
use crate::lexicon::facts::{DOWN_STATES, IRREGULAR_PARTICIPLES, PERFECT_AUX, PRESENT_COPULAS};
use crate::lexicon::grammar::{ED_SUFFIX, PASSIVE_AUX};

/// Rule `outages-told-loss`: whether a word of the incident's sentences states a loss users suffered
/// ([`stated_loss`]) outside a hypothetical: an undated incident so told stands without a well-supported provider.
pub(super) fn loss_told(ctx: &Ctx<'_>, inc: &Incident) -> bool {
    ctx.on(Rule::ToldLoss)
        && inc.pieces.iter().any(|&(s, a, b)| {
            let sf = ctx.sent_words.get(s).map_or(a, |x| x.0);
            (a..b).any(|i| stated_loss(ctx, i) && !hypothetical(ctx, i, sf) && !modal_after(ctx, i))
        })
}

/// Whether a modal stands at most [`LOSS_MODAL_GAP`] words after word `i` in its sentence: "a loss of electricity
/// supply may be particularly difficult" tells what a loss would do, not one that happened.
fn modal_after(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::grammar::MODALS;
    let end = ctx.sentence_of(i).map_or(i, |x| x.1);
    (i + 1..(i + 1 + LOSS_MODAL_GAP).min(end)).any(|k| is_in(MODALS, ctx.words.lower(k)) && !ctx.in_time(k))
}

/// A loss stated by a verb or a state, not by an outage noun: a supply lost or cut ("without power", "lost
/// supply", "cut power"; not the noun "a power cut"), equipment out of service or not working, a utility out, "went down", "stopped
/// working", a line cut.
fn stated_loss(ctx: &Ctx<'_>, i: usize) -> bool {
    let w = ctx.words.lower(i);
    let next = ctx.words.lower(i + 1);
    // "a power cut" names a class as "an outage" does; "cut power to 8,000 customers" states one
    let cut_noun = is_in(CUT_WORDS, w) && is_in(SUPPLY_NOUNS, ctx.words.lower(i.wrapping_sub(1)));
    triggers::supply_lost(ctx, i) && !cut_noun
        || triggers::out_of_service(ctx, i)
        || triggers::not_working(ctx, i)
        || event_utility::utility_out(ctx, i)
        || w == WENT && is_in(WENT_STATES, next)
        || is_in(STOPPED_WORDS, w) && is_in(STOPPED_STATES, next)
        || cable_cut(ctx, i)
}

/// Rule `outages-undated-restored`: whether a sentence of the incident restores a supply or line service
/// ([`triggers::restore_supply`]: "crews are working to restore power to 15,000 homes", "the restoration of water
/// supplies"): what is restored was lost, so a dated undated incident so told stands without a well-supported provider.
pub(super) fn restored_told(ctx: &Ctx<'_>, inc: &Incident) -> bool {
    ctx.on(Rule::UndatedRestored)
        && inc.pieces.iter().any(|&(_, a, b)| (a..b).any(|i| triggers::restore_supply(ctx, i)))
}

/// Rule `outages-told-loss`: whether an incident's sentence tells its loss as current: a present copula, at most
/// [`CURRENT_LOSS_GAP`] words, then a supply lost ("Killinchy is still without electricity", "13,000 customers are
/// currently without power"): told on the day of publication.
pub(super) fn current_loss(ctx: &Ctx<'_>, inc: &Incident) -> bool {
    ctx.on(Rule::ToldLoss)
        && inc.pieces.iter().any(|&(_, a, b)| {
            (a..b).any(|k| {
                is_in(PRESENT_COPULAS, ctx.words.lower(k))
                    && (k + 1..(k + 2 + CURRENT_LOSS_GAP).min(b)).any(|q| triggers::supply_lost(ctx, q))
            })
        })
}

/// Rule `outages-cable-cut`: a line of a network cut, told in the passive: a participle of
/// [`LINE_CUT_PARTICIPLES`] after a passive auxiliary (one adverb may stand between: "was accidentally cut") whose
/// subject's head, right before it, is a line noun ([`CUT_LINE_NOUNS`]): "the Zeta cable was cut by a ship",
/// "several submarine cables were cut"; not "the budget for new lines was cut" (a preposition of
/// [`CUT_LINE_OWNERS`] at most [`CUT_LINE_OWNER_GAP`] words before the line noun).
pub(super) fn cable_cut(ctx: &Ctx<'_>, i: usize) -> bool {
    if !ctx.on(Rule::CableCut) || !is_in(LINE_CUT_PARTICIPLES, ctx.words.lower(i)) {
        return false;
    }
    let Some((sf, _)) = ctx.sentence_of(i) else { return false };
    let mut aux = i.wrapping_sub(1);
    if ctx.words.lower(aux).ends_with(crate::lexicon::facts::LY_SUFFIX) {
        aux = aux.wrapping_sub(1);
    }
    let head = aux.wrapping_sub(1);
    aux > sf
        && head >= sf
        && is_in(PASSIVE_AUX, ctx.words.lower(aux))
        && ctx.words.is_lower_word(head)
        && is_in(CUT_LINE_NOUNS, ctx.words.lower(head))
        // "the price of the cable was cut": the line is the object of another noun, which was cut
        && !(head.saturating_sub(CUT_LINE_OWNER_GAP).max(sf)..head).any(|k| is_in(CUT_LINE_OWNERS, ctx.words.lower(k)))
}

/// Whether an anchor sentence of the incident reports it as current: a present perfect ("has
/// suspended", "has been hit") or a present state ("is down", "remains unreachable").
pub(super) fn told_as_current(ctx: &Ctx<'_>, inc: &Incident) -> bool {
    inc.anchor_sents.iter().any(|&s| {
        let Some(&(sf, sl)) = ctx.sent_words.get(s) else { return false };
        (sf..sl).any(|k| {
            let w = ctx.words.lower(k);
            let next = |d: usize| ctx.words.lower(k + d);
            let participle = |x: &str| x.len() > 3 && x.ends_with(ED_SUFFIX) || is_in(IRREGULAR_PARTICIPLES, x);
            is_in(PERFECT_AUX, w) && (participle(next(1)) || k + 2 < sl && participle(next(2)))
                || is_in(PRESENT_COPULAS, w) && (is_in(DOWN_STATES, next(1)) || is_in(DOWN_STATES, next(2)))
        })
    })
}

/// Rule `outages-elapsed-span`: the day an undated incident dated by the day it is told on (`told`: the lead's
/// or the report's day, the publication day) began, when its sentences say how long ago ([`elapsed_days`]:
/// "without electricity for the past two weeks", "two weeks after the storm, thousands remain without power"): that
/// day less the span; else `told`, as is a date coarser than a day.
pub(super) fn elapsed_back(ctx: &Ctx<'_>, inc: &Incident, told: TimeValue) -> TimeValue {
    if !ctx.on(Rule::ElapsedSpan) || !matches!(told, TimeValue::Date(_) | TimeValue::DateTime { .. }) {
        return told;
    }
    let Some(day) = value_first_day(&told) else { return told };
    inc.pieces
        .iter()
        .find_map(|&(_, a, b)| (a..b).find_map(|k| elapsed_days(ctx, k, b)))
        .and_then(|d| day.checked_sub_days(chrono::Days::new(d)))
        .map_or(told, TimeValue::Date)
}

/// The days a span at word `k` (its count) says have passed: a count of days or weeks (at most
/// [`ELAPSED_MAX_DAYS`] days in all; one approximating word may stand before the count: "nearly two weeks")
/// after "for the past" or "for the last", or before "after" ("two weeks after the storm"). Not "for two weeks" (a
/// duration, not an elapsed time).
fn elapsed_days(ctx: &Ctx<'_>, k: usize, end: usize) -> Option<u64> {
    use crate::lexicon::facts::{ELAPSED_AFTER, ELAPSED_APPROX, ELAPSED_MAX_DAYS, ELAPSED_PAST, ELAPSED_UNITS};
    use crate::lexicon::grammar::FOR;
    let w = ctx.words.lower(k);
    let count = w
        .parse::<u64>()
        .ok()
        .or_else(|| crate::lexicon::time::NUM_WORDS.iter().find(|(n, _)| *n == w).map(|&(_, v)| u64::from(v)))?;
    let per = ELAPSED_UNITS.iter().find(|(u, _)| *u == ctx.words.lower(k + 1)).map(|&(_, d)| d)?;
    // a count too large for the product is no elapsed span ("for the past 99999999999999999999 weeks")
    let days = count.checked_mul(per)?;
    if k + 2 > end || days == 0 || days > ELAPSED_MAX_DAYS {
        return None;
    }
    let before =
        if is_in(ELAPSED_APPROX, ctx.words.lower(k.wrapping_sub(1))) { k.wrapping_sub(2) } else { k.wrapping_sub(1) };
    let past = is_in(ELAPSED_PAST, ctx.words.lower(before))
        && ctx.words.lower(before.wrapping_sub(1)) == THE
        && ctx.words.lower(before.wrapping_sub(2)) == FOR;
    let after = k + 2 < end && ctx.words.lower(k + 2) == ELAPSED_AFTER;
    (past || after).then_some(days)
}
