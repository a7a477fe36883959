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
        && !(first..last).any(|i| lost_service_word(ctx.words.lower(i)) && !trade_descriptor(ctx, i))
}

/// `outages-other-event-descriptor`: whether word `i`, a word of what users lose, only describes a company
/// ("British telecommunications provider X", "a network operator", "the software company"): an operator noun
/// follows it, so it names the company's trade, not a service lost.
pub(super) fn trade_descriptor(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::TRADE_NOUNS;
    ctx.on(Rule::OtherEventDescriptor) && is_in(TRADE_NOUNS, ctx.words.lower(i + 1))
}

/// `outages-attack-only`: whether the incident is a cyber attack told with nothing users lost. Its
/// sentences' strong triggers are all attack words other than a flood of traffic (a denial-of-service attack
/// takes a service down by what it is), and no word says a service was lost or stopped (a strong trigger
/// that is no attack, or one of [`ATTACK_LOSS_WORDS`]: "hit", "down", "offline", "restored", "encrypted"). The
/// guidelines count a cyber attack taking a service down, not an intrusion or a wave of attacks as such.
pub(super) fn attack_only(ctx: &Ctx<'_>, inc: &Incident) -> bool {
    use crate::lexicon::facts::{ATTACK_LOSS_WORDS, FLOOD_ATTACKS};
    let mut attack = false;
    for &(s, a, b) in &inc.pieces {
        let sf = ctx.sent_words.get(s).map_or(a, |x| x.0);
        for i in a..b {
            let w = ctx.words.lower(i);
            if is_in(ATTACK_LOSS_WORDS, w) || is_in(FLOOD_ATTACKS, w) {
                return false;
            }
            if strong_trigger(ctx, i, sf, true) {
                if !triggers::cyber_attack(ctx, i) {
                    return false;
                }
                attack = true;
            }
        }
    }
    attack
}
