//! Tense of the clause around a date, for the temporal tagger's resolution: a yearless day or
//! month lies ahead of the publication date in a future clause and behind it in a past one.

use crate::lexicon::grammar::IS_TO_LEADS;
use crate::lexicon::grammar::{ED_SUFFIX, TO};
use crate::lexicon::time::{
    ATTRIBUTIVE_DETERMINERS, ATTRIBUTIVE_PARTICIPLES, PARTICIPLE_VERB_FOLLOWERS, REPORTING_VERBS,
};
use crate::lexicon::time::{D_CONTRACTED, EED_SUFFIX, WILL_CONTRACTED, WOULD_D_VERBS};
use crate::lexicon::time::{FUTURE, NOT_PAST_ED, PAST};
use crate::lexicon::time::{FUTURE_NOUNS, FUTURE_VERBS_ALSO_NOUNS, REPORTED_CLAUSE_GAP};
use crate::lexicon::time::{MODAL_NEGATION_OR_PERFECT, PAST_ABLE_MODALS};
use crate::lexicon::time::{MONTH_MODALS, NOT_TENSE_AFTER, PAST_EED};
use crate::lexicon::time::{PASSIVE_INFINITIVE_LEADS, START_FROM_WORDS, UNTIL_WORDS};
use crate::lexicon::words::is_in;

use super::parse::P;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tense {
    Past,
    Future,
    Unknown,
}

fn marker(p: &P<'_, '_>, j: usize) -> Option<Tense> {
    let w = p.w(j)?;
    if p.tk[j].cap() && is_in(MONTH_MODALS, w) {
        return None;
    }
    if is_in(NOT_TENSE_AFTER, w) {
        return if p.is(j + 1, TO) { Some(Tense::Future) } else { None };
    }
    if w == WILL_CONTRACTED && j > 0 && p.apos(j - 1) {
        return Some(Tense::Future);
    }
    if w == D_CONTRACTED && j > 0 && p.apos(j - 1) && p.any(j + 1, WOULD_D_VERBS) {
        return Some(Tense::Future);
    }
    if is_in(IS_TO_LEADS, w) && p.is(j + 1, TO) {
        return Some(Tense::Future);
    }
    if is_in(FUTURE_VERBS_ALSO_NOUNS, w) && j > 0 && p.any(j - 1, ATTRIBUTIVE_DETERMINERS) {
        return None;
    }
    if is_in(PAST_ABLE_MODALS, w) && p.any(j + 1, MODAL_NEGATION_OR_PERFECT) {
        return None;
    }
    if attributive_participle(p, j) {
        return None;
    }
    if FUTURE.contains(&w) {
        return Some(Tense::Future);
    }
    if PAST.contains(&w) {
        // "to be held on October 12": a passive infinitive says nothing about tense.
        if j > 0 && p.any(j - 1, PASSIVE_INFINITIVE_LEADS) && p.is(j.saturating_sub(2), TO) {
            return None;
        }
        return Some(Tense::Past);
    }
    if w.len() >= 4 && w.ends_with(ED_SUFFIX) && !NOT_PAST_ED.contains(&w) && !p.tk[j].cap() {
        // "succeed", "exceed": not past; "agreed", "freed": past.
        if w.ends_with(EED_SUFFIX) && !is_in(PAST_EED, w) {
            return None;
        }
        // "to be finished by June": a passive infinitive says nothing about tense.
        if j > 0 && p.any(j - 1, PASSIVE_INFINITIVE_LEADS) {
            return None;
        }
        return Some(Tense::Past);
    }
    None
}

/// "Scheduled maintenance on Monday caused ...", "a planned upgrade": a participle that opens a
/// noun phrase (at the start of the sentence or after a determiner) before a word that is no
/// preposition is an adjective; the clause's verb gives the tense.
fn attributive_participle(p: &P<'_, '_>, j: usize) -> bool {
    if !p.any(j, ATTRIBUTIVE_PARTICIPLES) {
        return false;
    }
    let opens = j == 0 || !p.same_sent(j - 1, j) || p.any(j - 1, ATTRIBUTIVE_DETERMINERS);
    opens && p.w(j + 1).is_some() && p.same_sent(j, j + 1) && !p.any(j + 1, PARTICIPLE_VERB_FOLLOWERS)
}

/// Tense of the clause around atom tokens [t0, t1): the nearest tense marker before it in the
/// sentence (up to 20 words), else the nearest after it (up to 10 words).
pub(super) fn tense(p: &P<'_, '_>, t0: usize, t1: usize) -> Tense {
    if beside_future_noun(p, t0, t1) || open_start(p, t0, t1) {
        return Tense::Future;
    }
    // "until"/"till" right before the date lean future, but only when nothing else speaks.
    let weak = t0 > 0 && p.any(t0 - 1, UNTIL_WORDS);
    let mut words = 0;
    let mut j = t0;
    while j > 0 && words < 20 {
        j -= 1;
        if !p.same_sent(j, t0) || p.pc(j, ';') {
            break;
        }
        if p.tk[j].is_word() {
            words += 1;
            // A reporting verb further back opens the clause the date sits in: the tense is
            // that clause's, not the report's.
            if words > REPORTED_CLAUSE_GAP + 1 && p.any(j, REPORTING_VERBS) {
                break;
            }
            if let Some(t) = marker(p, j) {
                return t;
            }
        }
    }
    let mut words = 0;
    let mut j = t1;
    while j < p.len() && words < 10 {
        if !p.same_sent(j, t0) || p.pc(j, ';') {
            break;
        }
        if p.tk[j].is_word() {
            words += 1;
            // "an April 2 report": a noun the date modifies.
            let modified_noun = j == t1 && p.any(j, FUTURE_VERBS_ALSO_NOUNS);
            if let Some(t) = marker(p, j).filter(|_| !modified_noun) {
                return t;
            }
        }
        j += 1;
    }
    if weak { Tense::Future } else { Tense::Unknown }
}

/// A start with no end that closes its clause ("takes over as chair from March."): see
/// [`START_FROM_WORDS`].
fn open_start(p: &P<'_, '_>, t0: usize, t1: usize) -> bool {
    t0 > 0 && p.any(t0 - 1, START_FROM_WORDS) && p.same_sent(t0 - 1, t0) && p.ends_clause(t0, t1)
}

/// A deadline named within three words before the date or two after it, in its sentence.
fn beside_future_noun(p: &P<'_, '_>, t0: usize, t1: usize) -> bool {
    let words = |j: &usize| p.tk[*j].is_word();
    let back = (0..t0).rev().take_while(|&j| p.same_sent(j, t0)).filter(words).take(3);
    let ahead = (t1..p.len()).take_while(|&j| p.same_sent(j, t0)).filter(words).take(2);
    back.chain(ahead).any(|j| p.any(j, FUTURE_NOUNS))
}
