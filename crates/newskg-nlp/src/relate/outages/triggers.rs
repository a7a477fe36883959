//! Outage trigger patterns beyond single words: consumes the relate context and a word index,
//! produces whether the words there name an outage ("cut power", "was down", "disabled thousands
//! of PCs", "a denial-of-service attack") or only look like one (a service withheld on purpose, a
//! disruption of transport or trade).

use super::*;
use crate::lexicon::facts::{ATTACK_WORDS, CYBER_MODIFIERS, DISABLE_VERBS, FLOOD_ATTACKS, SUPPLY_NOUNS};
use crate::lexicon::facts::{BACK_POINTERS, CHANNEL_JOINERS, CHANNEL_STATES, LOSS_NOUNS, LOST_PARTICIPLE, LY_SUFFIX};
use crate::lexicon::facts::{
    BLOCKING_WORDS, DISRUPT_OBJECT_SKIP, DISRUPT_VERBS, HUMAN_SERVICE_MODIFIERS, MADE_WORDS, NON_SERVICE_DISRUPTED,
    SERVICE, WITHHELD_STATES,
};
use crate::lexicon::facts::{
    CUT_WORDS, DOWN, DOWN_COPULAS, DOWN_FOLLOWERS, LOST_SERVICE_NOUNS, LOST_SUPPLY, UTILITY_SUPPLIES,
};
use crate::lexicon::grammar::PASSIVE_AUX;

/// "was down": a copula before "down", then the end of the clause or a time or place ("were
/// down for several hours on Monday"), in a sentence about no market figure ("shares were down
/// 3%" is not).
pub(super) fn service_down(ctx: &Ctx<'_>, i: usize, sf: usize) -> bool {
    if ctx.words.lower(i) != DOWN
        || !is_in(DOWN_COPULAS, ctx.words.lower(i.wrapping_sub(1)))
        || !is_in(DOWN_FOLLOWERS, ctx.words.lower(i + 1))
    {
        return false;
    }
    let sl = sentence_end(ctx, i);
    !(sf..sl).any(|k| is_in(MARKET_NOUNS, ctx.words.lower(k)))
}

/// A supply cut or lost: "cut electric supply to 38,000 people", "a power cut", "left without
/// power", "lost internet".
pub(super) fn supply_lost(ctx: &Ctx<'_>, i: usize) -> bool {
    let w = ctx.words.lower(i);
    if is_in(CUT_WORDS, w) {
        let after = (i + 1..i + 3).any(|k| is_in(SUPPLY_NOUNS, ctx.words.lower(k)));
        return after || is_in(SUPPLY_NOUNS, ctx.words.lower(i.wrapping_sub(1)));
    }
    // "lost power", "lost their internet connection"
    let next = ctx.words.lower(i + 1);
    let supply = |x: &str| is_in(SUPPLY_NOUNS, x) || is_in(LOST_SERVICE_NOUNS, x);
    if is_in(LOST_SUPPLY, w) && (supply(next) || is_in(OWNER_PRONOUNS, next) && supply(ctx.words.lower(i + 2))) {
        return true;
    }
    // "were without water", "lost their gas supply" (a household utility, active only)
    let utility = |x: &str| ctx.on(Rule::UtilitySupplies) && is_in(UTILITY_SUPPLIES, x);
    if is_in(LOST_SUPPLY, w) && (utility(next) || is_in(OWNER_PRONOUNS, next) && utility(ctx.words.lower(i + 2))) {
        return true;
    }
    // "consumers were deprived of gas", "deprived of electricity"
    if ctx.on(Rule::DeprivedOf)
        && w == crate::lexicon::facts::DEPRIVED
        && next == OF
        && (supply(ctx.words.lower(i + 2)) || is_in(UTILITY_SUPPLIES, ctx.words.lower(i + 2)))
    {
        return true;
    }
    // "a loss of power", "the loss of service", "a loss of water supply"
    let after_of = ctx.words.lower(i + 2);
    if is_in(LOSS_NOUNS, w)
        && next == OF
        && (supply(after_of) || utility(after_of) && is_in(SUPPLY_NOUNS, ctx.words.lower(i + 3)))
    {
        return true;
    }
    // "power was lost", "the electricity supply was briefly lost"
    if w != LOST_PARTICIPLE {
        return false;
    }
    let mut aux = i.wrapping_sub(1);
    if ctx.words.lower(aux).ends_with(LY_SUFFIX) {
        aux = aux.wrapping_sub(1);
    }
    is_in(PASSIVE_AUX, ctx.words.lower(aux)) && supply(ctx.words.lower(aux.wrapping_sub(1)))
}

/// A system taken down: "a bug took down the network", "the surge brought its website down" ("down"
/// right after the verb or after an object of at most three words, a technology word within six
/// words after the verb, a system noun within six words after it).
pub(super) fn taken_down(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::{SYSTEM_NOUNS, TAKE_DOWN_VERBS};
    let end = sentence_end(ctx, i);
    is_in(TAKE_DOWN_VERBS, ctx.words.lower(i))
        && (i + 1..(i + 5).min(end)).any(|k| ctx.words.lower(k) == DOWN)
        && (i + 1..(i + 7).min(end)).any(|k| is_in(SYSTEM_NOUNS, ctx.words.lower(k)))
}

/// Problems with a service: "users reported problems with Quillo", "issues with its app" (a
/// problem noun, "with", then a service named or a technology word within three words).
pub(super) fn problems_with(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::{PROBLEM_NOUNS, SYSTEM_NOUNS};
    use crate::lexicon::grammar::WITH;
    if !is_in(PROBLEM_NOUNS, ctx.words.lower(i)) || ctx.words.lower(i + 1) != WITH {
        return false;
    }
    (i + 2..(i + 5).min(sentence_end(ctx, i))).any(|k| {
        is_in(SYSTEM_NOUNS, ctx.words.lower(k))
            // a named service, not a pronoun that refers to one ("any problem with it")
            || ctx.words.get(k).is_some_and(|w| w.text.starts_with(|c: char| c.is_uppercase()))
                && ctx.mention_of_word.get(k).copied().flatten().is_some_and(|m| {
                ctx.mentions.get(m).is_some_and(|x| ctx.kind(x.entity) == Some(EntityKind::Service))
            })
    })
}

/// Machines or systems put out of use: "has disabled tens of thousands of PCs", "crippled its
/// payment systems" (a technology word within six words after the verb, a system noun within six words after it).
pub(super) fn machines_disabled(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::TECH_WORDS as TECH;
    is_in(DISABLE_VERBS, ctx.words.lower(i)) && (i + 1..i + 7).any(|k| TECH.contains(&ctx.words.lower(k)))
}

/// A cyber attack on a service: "a denial-of-service attack", "a DDoS", "a cyberattack", "a
/// cybersecurity incident" (not a military attack).
pub(super) fn cyber_attack(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::{CYBER_ATTACK_WORDS, CYBER_INCIDENT_MODIFIERS, INCIDENT_NOUNS};
    let w = ctx.words.lower(i);
    let cyber_incident = ctx.on(Rule::CyberIncidents)
        && is_in(INCIDENT_NOUNS, w)
        && is_in(CYBER_INCIDENT_MODIFIERS, ctx.words.lower(i.wrapping_sub(1)));
    is_in(CYBER_ATTACK_WORDS, w)
        || cyber_incident
        || is_in(ATTACK_WORDS, w) && is_in(CYBER_MODIFIERS, ctx.words.lower(i.wrapping_sub(1)))
        || is_in(FLOOD_ATTACKS, w) && !is_in(ATTACK_WORDS, ctx.words.lower(i + 1))
}

/// A service put out of reach on purpose, not lost to a failure: "made it unavailable", "be made
/// inaccessible", or a withheld state in a sentence (or an article lead) about blocking or
/// censorship ("the government blocked access ... Flickr remained inaccessible").
pub(super) fn withheld(ctx: &Ctx<'_>, i: usize, sf: usize) -> bool {
    if !is_in(WITHHELD_STATES, ctx.words.lower(i)) {
        return false;
    }
    if (i.saturating_sub(3).max(sf)..i).any(|k| is_in(MADE_WORDS, ctx.words.lower(k))) {
        return true;
    }
    let blocking = |s: usize| {
        // "customers were blocked from paying" describes the outage itself
        ctx.sent_words.get(s).is_some_and(|&(a, b)| {
            (a..b).any(|k| is_in(BLOCKING_WORDS, ctx.words.lower(k)) && ctx.words.lower(k + 1) != FROM)
        })
    };
    ctx.words.get(i).is_some_and(|w| blocking(w.sent)) || blocking(0)
}

/// A disruption of transport, trade or talks, which the outage definition leaves out: "a
/// transportation disruption", "disrupting commerce", "disrupting the rail signals"; and a
/// failure of a human service ("customer service failures").
pub(super) fn non_service_disruption(ctx: &Ctx<'_>, i: usize) -> bool {
    let w = ctx.words.lower(i);
    if !is_in(AMBIGUOUS_FAILURES, w) {
        return false;
    }
    let before = ctx.words.lower(i.wrapping_sub(1));
    if is_in(NON_SERVICE_DISRUPTED, before)
        || before == SERVICE && is_in(HUMAN_SERVICE_MODIFIERS, ctx.words.lower(i.wrapping_sub(2)))
    {
        return true;
    }
    if !is_in(DISRUPT_VERBS, w) {
        return false;
    }
    let mut k = i + 1;
    while k < i + 4 && is_in(DISRUPT_OBJECT_SKIP, ctx.words.lower(k)) {
        k += 1;
    }
    is_in(NON_SERVICE_DISRUPTED, ctx.words.lower(k))
}

/// A fault told in a sentence about a product recall ("is recalling 300,000 cars because a
/// software fault can blank the display"): a product defect, not an outage.
pub(super) fn product_recall(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::RECALL_WORDS;
    let Some((sf, sl)) = ctx.sentence_of(i) else { return false };
    (sf..sl).any(|k| is_in(RECALL_WORDS, ctx.words.lower(k)))
}

/// Whether a technology word follows within four words of `k`: "an outage of its wallet system",
/// "a failure of the payment network" are literal, where "the failure of the talks" is not.
pub(super) fn technical_object(ctx: &Ctx<'_>, k: usize) -> bool {
    use crate::lexicon::facts::TECH_WORDS as TECH;
    (k..k + 4).any(|q| TECH.contains(&ctx.words.lower(q)))
}

/// A problem noun right after a technical modifier: "a technical problem with its trading
/// platform", "software issues", "computer trouble".
pub(super) fn technical_problem(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::{PROBLEM_NOUNS, TECHNICAL_MODIFIERS};
    is_in(PROBLEM_NOUNS, ctx.words.lower(i)) && is_in(TECHNICAL_MODIFIERS, ctx.words.lower(i.wrapping_sub(1)))
}

/// A failure told with a verb or a problem noun: [`systems_failed`], [`taken_down`],
/// [`problems_with`].
pub(super) fn told_failure(ctx: &Ctx<'_>, i: usize) -> bool {
    systems_failed(ctx, i) || taken_down(ctx, i) || problems_with(ctx, i)
}

/// The end (exclusive word index) of the sentence of word `i`.
fn sentence_end(ctx: &Ctx<'_>, i: usize) -> usize {
    ctx.sentence_of(i).map_or(i, |x| x.1)
}

/// A system that failed: "its check-in systems failed", "the payment network fails" (a technology
/// word right before "failed"; "the bank failed to warn" is no outage).
pub(super) fn systems_failed(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::{FAILED_ADVERBS, SYSTEM_NOUNS};
    // "its app and internet banking also failed": one adverb may stand between
    let noun =
        if is_in(FAILED_ADVERBS, ctx.words.lower(i.wrapping_sub(1))) { i.wrapping_sub(2) } else { i.wrapping_sub(1) };
    is_in(FAILED_VERBS, ctx.words.lower(i)) && is_in(SYSTEM_NOUNS, ctx.words.lower(noun))
}

/// "could not" before one of `UNABLE_TO_VERBS` ("customers could not log in"): a past inability,
/// told like "were unable to"; its "could" is no hypothetical.
pub(super) fn could_not(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::{COULD, NOT};
    ctx.words.lower(i) == NOT
        && ctx.words.lower(i.wrapping_sub(1)) == COULD
        && is_in(UNABLE_TO_VERBS, ctx.words.lower(i + 1))
}

/// Trouble in using a service: "reported problems accessing email", "had trouble logging in" (a
/// problem noun before the -ing form of a verb of use; not "no problems using").
pub(super) fn problems_using(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::{NO_DETERMINER, PROBLEM_NOUNS, USE_GERUNDS};
    is_in(PROBLEM_NOUNS, ctx.words.lower(i))
        && is_in(USE_GERUNDS, ctx.words.lower(i + 1))
        && ctx.words.lower(i.wrapping_sub(1)) != NO_DETERMINER
}

/// "offline and online services", "online or offline": two channels paired, not a service that
/// went offline.
pub(super) fn channel_pair(ctx: &Ctx<'_>, i: usize) -> bool {
    let w = ctx.words.lower(i);
    let other = |k: usize, joiner: usize| {
        let x = ctx.words.lower(k);
        x != w && is_in(CHANNEL_STATES, x) && is_in(CHANNEL_JOINERS, ctx.words.lower(joiner))
    };
    is_in(CHANNEL_STATES, w) && (other(i + 2, i + 1) || (i >= 2 && other(i - 2, i - 1)))
}

/// A trigger right after "that", "this", "these" or "those": it points back to an incident told.
pub(super) fn points_back(ctx: &Ctx<'_>, i: usize) -> bool {
    i > 0 && is_in(BACK_POINTERS, ctx.words.lower(i - 1))
}

/// `outages-vehicle-crash`: whether crash word `i` tells a physical accident: its sentence names a vehicle, its
/// crew or a collision (`ACCIDENT_WORDS`, `VEHICLE_WORDS`: "the helicopter crashed", "why the aircraft crashed") or
/// an earlier crash word of the article was such an accident ("a minute of silence for the victims of the
/// crash"), and no technology word nor anything users lose stands within [`CRASH_TECH_WINDOW`] words of it ("a
/// computer crash grounded planes", "the crash took its servers down" stay outages; the pronoun "it" is no IT).
/// The guidelines count no physical accident as an outage.
pub(super) fn vehicle_crash(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::CRASH_WORDS;
    if !ctx.on(Rule::VehicleCrash) || !is_in(CRASH_WORDS, ctx.words.lower(i)) || !plain_crash(ctx, i) {
        return false;
    }
    crash_sentence_names_vehicle(ctx, i)
        || first_accident(ctx).is_some_and(|k| k < ctx.sentence_of(i).map_or(0, |x| x.0))
}

/// The article's first crash word that tells a physical accident, found once per context (a scan back from every
/// crash word would make an article of crash words quadratic).
fn first_accident(ctx: &Ctx<'_>) -> Option<usize> {
    use crate::lexicon::facts::CRASH_WORDS;
    *ctx.first_accident.get_or_init(|| {
        (0..ctx.words.len()).find(|&k| {
            is_in(CRASH_WORDS, ctx.words.lower(k)) && plain_crash(ctx, k) && crash_sentence_names_vehicle(ctx, k)
        })
    })
}

/// Whether the sentence of word `i` names a vehicle, its crew or a collision (possessive cut).
fn crash_sentence_names_vehicle(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::{ACCIDENT_WORDS, VEHICLE_WORDS};
    let Some((sf, sl)) = ctx.sentence_of(i) else { return false };
    (sf..sl)
        .any(|k| ctx.words.get(k).is_some_and(|w| is_in(ACCIDENT_WORDS, w.base()) || is_in(VEHICLE_WORDS, w.base())))
}

/// Whether no technology word and nothing users lose (in lower case, or the acronym IT) stands within
/// [`CRASH_TECH_WINDOW`] words of crash word `i` in its sentence (the pronoun "it" is no IT).
fn plain_crash(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::{CRASH_TECH_WINDOW, IT_ACRONYM, TECH_WORDS as TECH, lost_service_word};
    let Some((sf, sl)) = ctx.sentence_of(i) else { return false };
    !(i.saturating_sub(CRASH_TECH_WINDOW).max(sf)..(i + CRASH_TECH_WINDOW + 1).min(sl)).any(|k| {
        ctx.words.get(k).is_some_and(|w| {
            // a capital makes the word part of a name ("Corvane Air Services"), unless it is the acronym IT
            let plain = ctx.words.is_lower_word(k) && w.lower != IT_ACRONYM.to_lowercase();
            w.text == IT_ACRONYM || plain && (TECH.contains(&w.base()) || lost_service_word(w.base()))
        })
    })
}

/// `outages-reporting-rules`: whether outage word `i` names a class of outages a rule has reported or notified,
/// not an incident: a reporting word right after it ("outage notification rules", "network outage reporting")
/// or at most [`REPORTING_GAP`] words before it ("the reporting of network outages", "requiring providers to
/// report network outages"), in a sentence about rules or requirements (`RULE_WORDS`).
pub(super) fn reported_under_rules(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::{REPORTING_GAP, REPORTING_WORDS, RULE_WORDS};
    if !ctx.on(Rule::ReportingRules) {
        return false;
    }
    let Some((sf, sl)) = ctx.sentence_of(i) else { return false };
    let reporting = is_in(REPORTING_WORDS, ctx.words.lower(i + 1))
        || (i.saturating_sub(REPORTING_GAP).max(sf)..i).any(|k| is_in(REPORTING_WORDS, ctx.words.lower(k)));
    reporting && (sf..sl).any(|k| is_in(RULE_WORDS, ctx.words.lower(k)))
}

/// Rule `outages-supply-disruption`: disruption noun `i` qualified by a supply or line service,
/// before it ("a broadband disruption", "power supply disruptions") or as its "to"/"of" object ("disruption
/// to the electricity supply"), with at most two words of [`SUPPLY_DISRUPTION_SKIP`] between.
pub(super) fn supply_disruption(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::{DISRUPTED_SUPPLIES, SUPPLY_DISRUPTION_NOUNS, SUPPLY_DISRUPTION_SKIP};
    if !is_in(SUPPLY_DISRUPTION_NOUNS, ctx.words.lower(i)) {
        return false;
    }
    let Some((sf, sl)) = ctx.sentence_of(i) else { return false };
    let supply = |k: usize| is_in(DISRUPTED_SUPPLIES, ctx.words.lower(k));
    let skip = |k: usize| is_in(SUPPLY_DISRUPTION_SKIP, ctx.words.lower(k));
    // before: "a broadband disruption", "power supply disruptions"
    let mut k = i;
    let mut skipped = 0;
    while k > sf && skipped <= 2 {
        k -= 1;
        if supply(k) {
            return true;
        }
        if !skip(k) || ctx.words.lower(k) == THE {
            break;
        }
        skipped += 1;
    }
    // after: "disruption to the electricity supply", "disruptions of power"
    if !matches!(ctx.words.lower(i + 1), TO | OF) {
        return false;
    }
    let mut k = i + 2;
    let mut skipped = 0;
    while k < sl && skipped <= 2 {
        if supply(k) {
            return true;
        }
        if !skip(k) {
            return false;
        }
        skipped += 1;
        k += 1;
    }
    false
}

/// A modal or conditional word just before the trigger ("could suffer an outage"), or a modal
/// right after it ("an outage could cost"). With rule `outages-may-month` a word inside a time
/// expression is none: "On 2 May the app stopped working" names the month, not the modal "may".
pub(super) fn hypothetical(ctx: &Ctx<'_>, i: usize, sf: usize) -> bool {
    use crate::lexicon::facts::HYPOTHETICAL;
    use crate::lexicon::grammar::MODALS;
    let modal_word = |k: usize| !(ctx.on(Rule::MayMonth) && ctx.in_time(k));
    (i.saturating_sub(5).max(sf)..i).any(|k| HYPOTHETICAL.contains(&ctx.words.lower(k)) && modal_word(k))
        || (i + 1..i + 3).any(|k| is_in(MODALS, ctx.words.lower(k)) && modal_word(k))
}
