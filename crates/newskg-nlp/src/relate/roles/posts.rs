//! A list of posts after one holder: "He was chief executive of Acme, chairman of Zeta and
//! chairman of Bolt." Consumes the relate context, a chain's last title and the positions it gave,
//! produces where its organisation ends with its holders; and whether a later chain continues that
//! list (only a comma, "and" or both between). Rule `ListedPosts`.

use crate::lexicon::grammar::{AND_WORDS, AS, THE};
use crate::lexicon::people::{ORG_LIST_AFTER, ROLE_ORG_PREPOSITIONS, TIME_LINKS};
use crate::lexicon::time::MONTHS;
use crate::lexicon::words::is_in;
use crate::rulebook::Rule;
use newskg_doc::{EntityIdx, Position};

use super::super::Ctx;
use super::Title;

/// A listed post's end: the word after its organisation, its holders (person, is predecessor) and
/// whether all its positions are current.
pub(super) type ClosedPost = (usize, Vec<(EntityIdx, bool)>, bool);

/// The word after the organisation that closes the chain ending in `tail` ("of [the] Acme"),
/// with the holders the chain's positions name and whether all of them are current; none when the
/// positions name no holder or several organisations, or when no organisation of theirs stands
/// within three words after the title.
pub(super) fn closed_post(ctx: &Ctx<'_>, tail: &Title, sl: usize, made: &[Position]) -> Option<ClosedPost> {
    let org = made.first()?.organization?;
    if made.iter().any(|p| p.organization != Some(org)) {
        return None;
    }
    let end = (tail.last + 1..(tail.last + 4).min(sl))
        .find_map(|k| ctx.mention_starting(k).filter(|m| m.entity == org).map(|m| m.last))?;
    let mut persons: Vec<(EntityIdx, bool)> = Vec::new();
    for p in made {
        if !persons.iter().any(|(q, _)| *q == p.person) {
            persons.push((p.person, false));
        }
    }
    Some((end, persons, made.iter().all(|p| p.current)))
}

/// Whether the title starting at `first` continues a list whose previous post's organisation
/// ends at `end`: only ",", "and" or ", and" between.
pub(super) fn continues_list(ctx: &Ctx<'_>, end: usize, first: usize) -> bool {
    if joined(ctx, end, first, false) {
        return true;
    }
    // "chief executive of Acme from 2001 to 2009 and chairman of Zeta from 2010": past the time
    // the previous post was held, and an "as" after the conjunction
    ctx.on(Rule::ListedPostsDated) && {
        let k = past_time(ctx, end, first);
        k > end && joined(ctx, k, first, true)
    }
}

/// Whether only ",", "and" or ", and" (with `as_too`, also "and as", ", and as", ", as") stand
/// between `end` and `first`.
fn joined(ctx: &Ctx<'_>, end: usize, first: usize, as_too: bool) -> bool {
    if first <= end || first > end + 3 {
        return false;
    }
    let between: Vec<&str> = (end..first).map(|k| ctx.words.lower(k)).collect();
    match between.as_slice() {
        [w] => *w == "," || is_in(AND_WORDS, w),
        [c, w] if *w == AS => as_too && (*c == "," || is_in(AND_WORDS, c)),
        [c, w] => *c == "," && is_in(AND_WORDS, w),
        [c, w, a] => as_too && *c == "," && is_in(AND_WORDS, w) && *a == AS,
        _ => false,
    }
}

/// The word after a time phrase that starts at `k` ("from 2001 to 2009", "in March 2012", "since
/// 2010", "between 2001 and 2009", "(2001-2009)"), before `limit`: `k` itself when none starts
/// there (the phrase holds a number and only time words, at most ten words).
fn past_time(ctx: &Ctx<'_>, k: usize, limit: usize) -> usize {
    let number = |j: usize| {
        let w = ctx.words.lower(j);
        !w.is_empty() && w.len() <= 4 && w.chars().all(|c| c.is_ascii_digit())
    };
    let mut j = k;
    let mut numbers = 0;
    while j < limit && j < k + 10 {
        let w = ctx.words.lower(j);
        if number(j) {
            numbers += 1;
            j += 1;
        } else if is_in(TIME_LINKS, w) || MONTHS.iter().any(|(m, _, abbr)| !abbr && *m == w) {
            j += 1;
        } else if is_in(AND_WORDS, w) && j + 1 < limit && number(j + 1) {
            j += 2;
            numbers += 1;
        } else {
            break;
        }
    }
    if numbers > 0 && j > k && is_in(TIME_LINKS, ctx.words.lower(k)) { j } else { k }
}

/// "a director of Acme, Zeta and Bolt", "chairman and CEO of Acme and Zeta": the organisations listed
/// after the one that closes the chain ending in `tail` (rule `OrgList`), with the word after the
/// list. Only organisations (no places: "Minister of Trade and Industry"), each after ",", "and",
/// ", and" (an article between passed), the list closed by "and" and followed by the sentence's end,
/// punctuation or a preposition (not "Zeta's", "Zeta chairman Y" or "Zeta agreed"); none when the
/// chain's positions name several organisations or none right after the title ("of [the] Acme").
pub(super) fn listed_orgs(
    ctx: &Ctx<'_>,
    tail: &Title,
    sl: usize,
    made: &[Position],
) -> Option<(usize, Vec<EntityIdx>)> {
    let org = made.first()?.organization?;
    if !ctx.is_org(org) || made.iter().any(|p| p.organization != Some(org)) {
        return None;
    }
    let mut k = tail.last;
    while k < sl && k < tail.last + 3 && (is_in(ROLE_ORG_PREPOSITIONS, ctx.words.lower(k)) || ctx.words.lower(k) == THE)
    {
        k += 1;
    }
    let first = ctx.mention_starting(k).filter(|m| m.entity == org && k > tail.last)?;
    let mut k = first.last;
    let mut orgs: Vec<EntityIdx> = Vec::new();
    let mut closed = false;
    while k < sl && !closed {
        let mut j = k;
        if ctx.words.lower(j) == "," {
            j += 1;
        }
        if is_in(AND_WORDS, ctx.words.lower(j)) {
            closed = true;
            j += 1;
        }
        if j == k {
            break;
        }
        if ctx.words.lower(j) == THE {
            j += 1;
        }
        let m = ctx.mention_starting(j).filter(|m| ctx.is_org(m.entity) && m.entity != org)?;
        if !orgs.contains(&m.entity) {
            orgs.push(m.entity);
        }
        k = m.last;
    }
    let after_ok = k >= sl || is_in(ORG_LIST_AFTER, ctx.words.lower(k));
    (closed && after_ok && !orgs.is_empty()).then_some((k, orgs))
}
