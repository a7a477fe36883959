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
    // "left without electrical power", "went without hot water" (`outages-modified-supply`)
    if is_in(LOST_SUPPLY, w) && modified_supply(ctx, i + 1) {
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
    if had_no_supply(ctx, i) {
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

/// Rule `outages-modified-supply`: a supply or household utility after one word that says what kind of supply it
/// is ("without electrical power", "lost mains electricity", "without drinking water"), `k` being that word.
fn modified_supply(ctx: &Ctx<'_>, k: usize) -> bool {
    use crate::lexicon::facts::SUPPLY_MODIFIERS;
    let noun = ctx.words.lower(k + 1);
    ctx.on(Rule::ModifiedSupply)
        && is_in(SUPPLY_MODIFIERS, ctx.words.lower(k))
        && (is_in(SUPPLY_NOUNS, noun) || is_in(UTILITY_SUPPLIES, noun))
}

/// Rule `outages-had-no-supply`: "most of the city had no electricity", "residents have had no water for four
/// days", "there was no water available": a supply or household utility right after "had no" or "there was/were
/// no" was lost; `i` is the "no". Not an authority or a count of cuts ("had no power to act", "had no power cuts").
fn had_no_supply(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::{HAD_NO_LEAD, HAD_NO_NOT_AFTER, NO_DETERMINER, THERE};
    if !ctx.on(Rule::HadNoSupply) || ctx.words.lower(i) != NO_DETERMINER {
        return false;
    }
    let before = ctx.words.lower(i.wrapping_sub(1));
    let lead = before == HAD_NO_LEAD
        || is_in(crate::lexicon::grammar::COPULAS, before) && ctx.words.lower(i.wrapping_sub(2)) == THERE;
    let noun = ctx.words.lower(i + 1);
    lead && (is_in(SUPPLY_NOUNS, noun) || is_in(UTILITY_SUPPLIES, noun))
        && !is_in(HAD_NO_NOT_AFTER, ctx.words.lower(i + 2))
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
    blocking_story(ctx, i)
}

/// Whether the sentence of word `i` or the article's first sentence is about blocking or censorship ("the
/// government blocked access"; "customers were blocked from paying" describes an outage itself).
fn blocking_story(ctx: &Ctx<'_>, i: usize) -> bool {
    let blocking = |s: usize| {
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
/// "a failure of the payment network" are literal, where "the failure of the talks" is not; so is a
/// utility or its network (rule `outages-utility-context`: "the breakdown of the cable", "a failure of
/// the electricity supply").
pub(super) fn technical_object(ctx: &Ctx<'_>, k: usize) -> bool {
    use crate::lexicon::facts::{TECH_WORDS as TECH, UTILITY_NOUNS};
    let utility = ctx.on(Rule::UtilityContext);
    (k..k + 4).any(|q| TECH.contains(&ctx.words.lower(q)) || utility && is_in(UTILITY_NOUNS, ctx.words.lower(q)))
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

/// Whether word `i` is the "not" of "could not".
pub(super) fn could_not_do(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::{COULD, NOT};
    ctx.words.lower(i) == NOT && ctx.words.lower(i.wrapping_sub(1)) == COULD
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
    reporting && (sf..sl).any(|k| is_in(RULE_WORDS, ctx.words.lower(k))) || reporting_enforced(ctx, i, sf, sl)
}

/// Rule `outages-reporting-enforcement`: outage word `i` (in sentence `[sf, sl)`) is a bare plural ("outages",
/// "network outages": no determiner or number before it) that a reporting word governs (right after it or at most
/// [`ENFORCED_REPORTING_GAP`](crate::lexicon::facts::ENFORCED_REPORTING_GAP) words before it) in a sentence about
/// a penalty or a duty not met ("fined X for failing to report network outages on time", "for reporting outages
/// late"): a class of outages whose reports were late, not an incident, and the sentence's date is the fine's.
fn reporting_enforced(ctx: &Ctx<'_>, i: usize, sf: usize, sl: usize) -> bool {
    use crate::lexicon::facts::{ENFORCED_REPORTING_GAP, ENFORCEMENT_OF_REPORTS, REPORTING_WORDS};
    use crate::lexicon::facts::{OUTAGE_PLURALS, PHRASE_DETERMINERS};
    if !ctx.on(Rule::ReportingEnforcement) || !is_in(OUTAGE_PLURALS, ctx.words.lower(i)) {
        return false;
    }
    let from = i.saturating_sub(ENFORCED_REPORTING_GAP).max(sf);
    let Some(r) = (from..i)
        .rev()
        .find(|&k| is_in(REPORTING_WORDS, ctx.words.lower(k)))
        .or_else(|| is_in(REPORTING_WORDS, ctx.words.lower(i + 1)).then_some(i))
    else {
        return false;
    };
    // "an outage", "two outages", "the outages of 3 May": told one by one, not a class
    let bare = !(r + 1..i).any(|k| {
        let w = ctx.words.lower(k);
        is_in(PHRASE_DETERMINERS, w) || w.chars().next().is_some_and(|c| c.is_ascii_digit())
    }) && !is_in(PHRASE_DETERMINERS, ctx.words.lower(i.wrapping_sub(1)));
    bare && (sf..sl).any(|k| is_in(ENFORCEMENT_OF_REPORTS, ctx.words.lower(k)))
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

/// Rule `outages-unable-service-job`: an inability to do a line or payment service's own work, "unable to relay
/// emergency calls", "could not process payments", "were not able to make calls", "the inability to handle
/// 911 calls": a verb of
/// [`SERVICE_JOB_VERBS`](crate::lexicon::facts::SERVICE_JOB_VERBS) right after the inability, then one of its
/// objects within a few words. `i` is "unable", "inability", "couldn't" or the "not" of "could not" / "not able to".
pub(super) fn unable_service_job(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::{
        ABLE, COULD, COULD_NOT_CONTRACTED, NOT, PROCESSING_VERBS, SERVICE_JOB_OBJECT_GAP, SERVICE_JOB_VERBS,
    };
    use crate::lexicon::facts::{INABILITY, SERVICE_CALL_OBJECTS, SERVICE_PAYMENT_OBJECTS};
    if !ctx.on(Rule::UnableServiceJob) {
        return false;
    }
    let w = ctx.words.lower(i);
    let verb = if (w == UNABLE || w == INABILITY) && ctx.words.lower(i + 1) == TO {
        i + 2
    } else if w == NOT && ctx.words.lower(i.wrapping_sub(1)) == COULD || is_in(COULD_NOT_CONTRACTED, w) {
        i + 1
    } else if w == NOT && ctx.words.lower(i + 1) == ABLE && ctx.words.lower(i + 2) == TO {
        i + 3
    } else {
        return false;
    };
    let v = ctx.words.lower(verb);
    if !is_in(SERVICE_JOB_VERBS, v) {
        return false;
    }
    let end = sentence_end(ctx, i);
    (verb + 1..(verb + 1 + SERVICE_JOB_OBJECT_GAP).min(end)).any(|k| {
        let o = ctx.words.lower(k);
        is_in(SERVICE_CALL_OBJECTS, o) || is_in(PROCESSING_VERBS, v) && is_in(SERVICE_PAYMENT_OBJECTS, o)
    })
}

/// Rule `outages-restore-supply`: a restore word whose object is a supply or line service ("working to restore
/// power to 15,000 homes", "restoring supplies", "the restoration of water supplies"), at most
/// [`RESTORE_GAP`](crate::lexicon::facts::RESTORE_GAP) words of
/// [`RESTORE_SKIP`](crate::lexicon::facts::RESTORE_SKIP) between: what is restored was lost (not in a story of
/// blocking or censorship, where it was withheld). Only in a sentence without a time: a time there dates the
/// restoration, not the loss, so the incident takes its date from the sentences beside it or the lead.
pub(super) fn restore_supply(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::{RESTORE_GAP, RESTORE_SKIP, RESTORE_WORDS, RESTORED_SUPPLIES};
    // a service given back after a block was withheld on purpose, not lost
    if !ctx.on(Rule::RestoreSupply) || !is_in(RESTORE_WORDS, ctx.words.lower(i)) || blocking_story(ctx, i) {
        return false;
    }
    // a time in its sentence is the restoration's ("supplies were restored on 2 November"), not the start's
    let Some((sf, end)) = ctx.sentence_of(i) else { return false };
    if (sf..end).any(|k| ctx.in_time(k)) {
        return false;
    }
    let mut k = i + 1;
    while k < end && k <= i + 1 + RESTORE_GAP {
        let x = ctx.words.lower(k);
        if is_in(RESTORED_SUPPLIES, x) {
            return true;
        }
        if !is_in(RESTORE_SKIP, x) {
            return false;
        }
        k += 1;
    }
    false
}

/// Rule `outages-out-of-service`: "out of service", "out of order", "out of commission" after a system,
/// technology or supply word (within [`OUT_OF_SUBJECT_GAP`](crate::lexicon::facts::OUT_OF_SUBJECT_GAP) words
/// before, in its sentence): "the network was out of service", "5,000 telephones were put out of order".
pub(super) fn out_of_service(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::{OUT_OF_STATES, OUT_OF_SUBJECT_GAP};
    if !ctx.on(Rule::OutOfService) || ctx.words.lower(i) != OUT || ctx.words.lower(i + 1) != OF {
        return false;
    }
    if !is_in(OUT_OF_STATES, ctx.words.lower(i + 2)) {
        return false;
    }
    let Some((sf, _)) = ctx.sentence_of(i) else { return false };
    system_word_before(ctx, i, sf, OUT_OF_SUBJECT_GAP)
}

/// Rule `outages-not-working`: a negated working verb after a system, supply or service equipment word ("its website
/// was not working", "the cash machines did not work"), as "stopped working" is. `i` is the negation.
pub(super) fn not_working(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::{NOT_WORKING_GAP, WORKING_NEGATIONS, WORKING_WORDS};
    if !ctx.on(Rule::NotWorking)
        || !is_in(WORKING_NEGATIONS, ctx.words.lower(i))
        || !is_in(WORKING_WORDS, ctx.words.lower(i + 1))
    {
        return false;
    }
    let Some((sf, _)) = ctx.sentence_of(i) else { return false };
    system_word_before(ctx, i, sf, NOT_WORKING_GAP)
}

/// Whether a lower-case system, supply or service equipment word (not a vague one: "service", "system", "supply")
/// stands at most `gap` words before word `i` in its sentence (from `sf`; possessive cut).
fn system_word_before(ctx: &Ctx<'_>, i: usize, sf: usize, gap: usize) -> bool {
    use crate::lexicon::facts::{SERVICE_EQUIPMENT, SYSTEM_NOUNS, VAGUE_SYSTEM_WORDS};
    (i.saturating_sub(gap).max(sf)..i).any(|k| {
        ctx.words.get(k).is_some_and(|w| {
            let x = w.base();
            !w.text.starts_with(|c: char| c.is_uppercase())
                && !is_in(VAGUE_SYSTEM_WORDS, x)
                && (is_in(SYSTEM_NOUNS, x) || is_in(SUPPLY_NOUNS, x) || is_in(SERVICE_EQUIPMENT, x))
        })
    })
}

/// Rule `outages-utility-context`: a utility or its network named within [`UTILITY_CONTEXT_GAP`] words of an
/// ambiguous failure word in its sentence makes it literal, as a technology word does ("the breakdown of the
/// cable", "a failure of the electricity grid", "the telephone broke down ... a fault"), where "a failure of
/// the talks" stays none.
pub(super) fn utility_context(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::{UTILITY_CONTEXT_GAP, UTILITY_NOUNS};
    if !ctx.on(Rule::UtilityContext) {
        return false;
    }
    let Some((sf, sl)) = ctx.sentence_of(i) else { return false };
    (i.saturating_sub(UTILITY_CONTEXT_GAP).max(sf)..(i + 1 + UTILITY_CONTEXT_GAP).min(sl))
        .any(|k| k != i && is_in(UTILITY_NOUNS, ctx.words.lower(k)))
}
