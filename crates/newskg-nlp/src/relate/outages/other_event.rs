//! An incident that is an event the annotation guidelines say is no outage (rule `outages-other-event`): consumes
//! the words of the relate context and an outage's evidence span, says whether the evidence names a physical
//! accident, a strike, a market event, a business failure or data taken, and nothing that users lost.

use super::*;
use crate::lexicon::facts::{lost_service_word, other_event_word};

/// `outages-other-event`: whether the evidence names an event the annotation guidelines say is no outage (a
/// physical accident, a strike, a market event, a business failure, a data breach; `lexicon` `other_event_word`) and nothing that users
/// lose in one (a system, a utility, an outage noun; `lost_service_word`): "the airliner crashed", "a work
/// stoppage began", "a stock market crash started at 2:32 p.m." are such events, "a strike cut power to the
/// plant" and "the crash took the bank's servers down" are outages. Only words in lower case count: a capital
/// makes one part of a name ("trading on the Nordvik Stock Exchange was halted after a fault").
pub(super) fn other_event_only(ctx: &Ctx<'_>, span: newskg_doc::Span) -> bool {
    let (first, last) = ctx.words.range_of(span);
    // an event word written with a capital is part of a name ("the Nordvik Stock Exchange", "the European Union")
    (first..last).any(|i| ctx.words.is_lower_word(i) && other_event_word(ctx.words.lower(i)))
        && !(first..last).any(|i| lost_service_word(ctx.words.lower(i)))
}
