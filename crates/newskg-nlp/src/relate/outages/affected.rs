//! Who an outage hit: consumes the relate context, an incident, its cause and the provider's family,
//! produces the services and organisations it affected. A service named in the incident's sentences
//! is hit; a company or public body only when the sentence says so of it or of a list it belongs to.
//! A name people turned to instead ("customers switched to cash or X cards") is not hit.

use super::*;
use crate::lexicon::facts::{
    CHANNEL_PREPS, IMPACT_AFTER_NOUNS, IMPACT_AFTER_VERBS, IMPACT_BEFORE, IMPACT_LINKS, IMPACT_STATES, INSTEAD,
    LIST_JOINERS, SUBSTITUTE_CUES, SUBSTITUTE_GAP,
};
use crate::relate::MentionAt;

/// The services and organisations the incident affected, in order of mention: those named in
/// its pieces, except the provider's family, names inside the cause, possessors and speakers
/// ("X's", "X said"), the blamed, sources and bracketed names. A service named there is hit; a
/// company or public body only when the sentence says so of it or of a list it belongs to
/// ("affected X", "customers of X and its Y", "X, Y and Z grounded flights", "X was down").
pub(super) fn affected_of(
    ctx: &Ctx<'_>,
    inc: &Incident,
    cause: Option<&Cause>,
    family: &HashSet<EntityIdx>,
) -> Vec<EntityIdx> {
    let mut affected: Vec<EntityIdx> = Vec::new();
    for &(s, a, b) in inc.pieces.iter().filter(|_| ctx.on(Rule::Affected)) {
        // candidates in order, grouped into lists ("X, Y and Z"); the provider's family joins a
        // list but is never affected
        let mut groups: Vec<Vec<(EntityIdx, usize, usize, bool)>> = Vec::new();
        for m in ctx.mentions_in(s).filter(|m| m.first >= a && m.first < b) {
            let kind = ctx.kind(m.entity);
            if !matches!(kind, Some(EntityKind::Service | EntityKind::Company | EntityKind::Organization)) {
                continue;
            }
            let keep = family.contains(&m.entity) || candidate_affected(ctx, m, b, cause);
            if !keep {
                continue;
            }
            let joins =
                groups.last().and_then(|g| g.last()).is_some_and(|&(_, _, last, _)| list_continues(ctx, last, m.first));
            let item = (m.entity, m.first, m.last, kind == Some(EntityKind::Service));
            match groups.last_mut() {
                Some(g) if joins => g.push(item),
                _ => groups.push(vec![item]),
            }
        }
        for g in &groups {
            let hit = g.iter().any(|&(_, first, last, _)| hit_by_incident(ctx, first, last, a));
            for &(e, _, _, service) in g {
                if (service || hit) && !family.contains(&e) && !affected.contains(&e) {
                    affected.push(e);
                }
            }
        }
    }
    affected
}

/// Whether a name in an incident piece ending before word `b` may be among the affected: not
/// inside the cause, not a possessor, speaker, blamed party, source or bracketed name, and not a
/// public body reporting on or investigating the incident.
fn candidate_affected(ctx: &Ctx<'_>, m: MentionAt, b: usize, cause: Option<&Cause>) -> bool {
    if cause.is_some_and(|c| m.first >= c.first && m.last <= c.last) {
        return false;
    }
    let after = ctx.words.lower(m.last);
    // a public body reporting on or investigating the incident ("the FCC today announced", "the
    // regulator has closed its investigation") is not hit by it; a company that says its service
    // was down is
    let reporter = ctx.kind(m.entity) == Some(EntityKind::Organization)
        && ((m.last..m.last + 3).any(|k| is_in(REPORT_CUES, ctx.words.lower(k)))
            || (m.last..(m.last + 6).min(b)).any(|k| {
                let w = ctx.words.lower(k);
                is_in(ENFORCEMENT_NOUNS, w) || is_in(ENFORCEMENT_VERBS, w)
            }));
    if ctx.possessive_at(m.last - 1) || is_in(PROVIDER_VERBS_AFTER, after) || reporter {
        return false;
    }
    let bracketed = ctx.words.lower(m.first.wrapping_sub(1)) == "(" && ctx.words.lower(m.last) == ")";
    !(is_in(BLAMED_BY, ctx.words.lower(m.first.wrapping_sub(1)))
        || is_source(ctx, m.first)
        || bracketed
        || channel(ctx, m.first)
        || substitute(ctx, m))
}

/// Whether the name is what people used while the incident lasted rather than what it hit: a
/// word of [`SUBSTITUTE_CUES`] at most [`SUBSTITUTE_GAP`] words before it in its sentence
/// ("switched to cash or X cards", "turned to X", "the alternative X"), or "instead" right
/// after it or after one more word ("used X instead", "used X cards instead").
fn substitute(ctx: &Ctx<'_>, m: MentionAt) -> bool {
    let (sf, sl) = ctx.sentence_of(m.first).unwrap_or((m.first, m.last));
    let before =
        (m.first.saturating_sub(SUBSTITUTE_GAP).max(sf)..m.first).any(|k| is_in(SUBSTITUTE_CUES, ctx.words.lower(k)));
    let after = (m.last..(m.last + 2).min(sl)).any(|k| ctx.words.lower(k) == INSTEAD);
    before || after
}

/// Whether the name starting at word `first` is where a statement was made ("said on Twitter",
/// "said in a post on Threads", "users reported problems on Downdetector"): one of
/// `CHANNEL_PREPS` right before it and a report word at most four words before that.
fn channel(ctx: &Ctx<'_>, first: usize) -> bool {
    let Some(prep) = first.checked_sub(1) else { return false };
    is_in(CHANNEL_PREPS, ctx.words.lower(prep))
        && (prep.saturating_sub(4)..prep).any(|k| is_in(REPORT_CUES, ctx.words.lower(k)))
}

/// Whether the name at words `first..last` is said to be hit: an impact word at most six words
/// before it (not crossing the piece start `floor`), an impact noun or verb right after it ("X
/// customers", "X grounded flights"), or "X was down" / "the X blog was offline" / "X went dark".
fn hit_by_incident(ctx: &Ctx<'_>, first: usize, last: usize, floor: usize) -> bool {
    let before = (first.saturating_sub(6).max(floor)..first).any(|k| is_in(IMPACT_BEFORE, ctx.words.lower(k)));
    let after = ctx.words.lower(last);
    let after_word = is_in(IMPACT_AFTER_NOUNS, after) || is_in(IMPACT_AFTER_VERBS, after);
    // "X was down", "the X blog was offline": a link right after the name or after one noun
    let state = (last..last + 2).any(|l| {
        is_in(IMPACT_LINKS, ctx.words.lower(l)) && (l + 1..l + 3).any(|k| is_in(IMPACT_STATES, ctx.words.lower(k)))
    });
    before || after_word || state
}

/// Whether only commas, "and", "or", "its" or "their" separate the previous name (ending before
/// word `prev_end`) from the one starting at `first`.
fn list_continues(ctx: &Ctx<'_>, prev_end: usize, first: usize) -> bool {
    first > prev_end && first - prev_end <= 3 && (prev_end..first).all(|k| is_in(LIST_JOINERS, ctx.words.lower(k)))
}
