//! Outage words and times that tell no incident of their own: consumes the relate context and a word index or a
//! time, produces whether the time is the start of a period in which outages are counted ("ten power outages
//! since 2 July 2024", rule `outages-counted-since`), and whether a failure word is a failure to comply
//! ("supervision failures", rule `outages-compliance-failures`) or a party's failure to act ("the failure of Acme
//! to declare", rule `outages-party-failure`).

use super::*;
use crate::lexicon::facts::COMPLIANCE_MODIFIERS;
use crate::lexicon::facts::{COMPARED_SINCE, COMPARED_SINCE_GAP, COUNT_QUANTIFIERS, COUNTED_GAP};
use crate::lexicon::time::NUM_WORDS;

/// Whether word `k` counts more than one thing: digits ("23") or a number word of two or more ("ten"), or a
/// quantifier ("several").
fn count_word(ctx: &Ctx<'_>, k: usize) -> bool {
    let w = ctx.words.lower(k);
    w.chars().all(|c| c.is_ascii_digit() || c == ',') && w.chars().any(|c| c.is_ascii_digit()) && w != "1"
        || NUM_WORDS.iter().any(|&(n, v)| n == w && v >= 2)
        || is_in(COUNT_QUANTIFIERS, w)
}

/// "she can count at least ten power outages since 2 July 2024", "23 water outages in this estate since 2022":
/// a time in a "since" phrase after a counted plural outage word opens the period the outages are counted in;
/// it dates none of them.
pub(super) fn counted_since(ctx: &Ctx<'_>, t: &TimeAt, sf: usize) -> bool {
    if !ctx.on(Rule::CountedSince) {
        return false;
    }
    let Some(since) = (t.first.saturating_sub(COMPARED_SINCE_GAP).max(sf)..=t.first)
        .rev()
        .find(|&k| ctx.words.lower(k) == COMPARED_SINCE)
    else {
        return false;
    };
    (since.saturating_sub(COUNTED_GAP + 1).max(sf)..since).any(|q| {
        let w = ctx.words.lower(q);
        STRONG.contains(&w)
            && w.ends_with('s')
            && (q.saturating_sub(COUNTED_GAP).max(sf)..q).any(|c| count_word(ctx, c))
    })
}

/// "related supervision failures", "regulatory failures in connection with ...": a failure word right after a
/// word of compliance or oversight is a failure to meet a duty, not a service lost.
pub(super) fn compliance_failure(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.on(Rule::ComplianceFailures)
        && is_in(AMBIGUOUS_FAILURES, ctx.words.lower(i))
        && is_in(COMPLIANCE_MODIFIERS, ctx.words.lower(i.wrapping_sub(1)))
}

/// "the failure of Acme Rail to declare the payments", "a failure by Zeta to notify": a failure word, "of" or
/// "by", a name and "to" tell that the party did not do something, not that a service failed.
pub(super) fn party_failure(ctx: &Ctx<'_>, i: usize) -> bool {
    let next = ctx.words.lower(i + 1);
    ctx.on(Rule::PartyFailure)
        && is_in(LITERAL_FAILURES, ctx.words.lower(i))
        && (next == OF || next == BY)
        && ctx.mention_starting(i + 2).is_some_and(|m| ctx.words.lower(m.last) == TO)
}
