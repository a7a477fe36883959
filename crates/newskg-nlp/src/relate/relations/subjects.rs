//! The subject of an "owned by" clause when no relative clause names it: the name just before
//! the verb group ("X [, now] has been owned by Y", "X is 60 per cent owned by Y"), or the name
//! before a comma-closed phrase ("X, founded in 1998, was previously owned by Y"); past an
//! apposition to the name it describes ("X, a rival of Z, was owned by Y": X, not Z). Also the owner
//! before an owning verb, past such a clause ("X, which is controlled by Z, also owns Y": X).

use super::deals::interrupted_subject;
use super::*;

/// The owned organisation or service before the participle at word `u` (owned by `y`), in the
/// sentence from word `sf`.
pub(super) fn owned_subject(ctx: &Ctx<'_>, sf: usize, u: usize, y: EntityIdx) -> Option<EntityIdx> {
    let fits = |x: EntityIdx| x != y && org_or_service(ctx, x);
    // "is 60 per cent owned": a share before the verb
    let share = |k: usize| {
        let w = ctx.words.lower(k);
        w.chars().any(|c| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || c == '.')
    };
    let mut k = u;
    while k > sf && k + 6 > u && (is_in(OWNED_BEFORE, ctx.words.lower(k - 1)) || share(k - 1)) {
        k -= 1;
    }
    // a comma the verb group opens with: it may close a phrase after the subject
    if let Some(c) = (k..u).find(|&q| ctx.words.lower(q) == ",") {
        if let Some(x) = interrupted_subject(ctx, c + 1, sf).filter(|&x| fits(x)) {
            return Some(x);
        }
        if let Some(open) = apposition_open(ctx, sf, c) {
            // the name the apposition describes is the subject
            return ctx.mention_ending(open).map(|m| m.entity).filter(|&x| fits(x));
        }
    }
    ctx.mention_ending(k).map(|m| m.entity).filter(|&x| fits(x))
}

/// The owner before an owning verb at word `u` whose leads ("also", "which") start at word `b`:
/// ", which owns" and ", also owns" read the name before the comma, "Y owns" the name before the
/// verb; a clause or apposition set off by commas before the leads is passed over to the name it
/// follows ("X, which is controlled by Z, also owns Y", "X, the Dutch group, owns Y": X).
pub(super) fn owner_before(ctx: &Ctx<'_>, sf: usize, b: usize, u: usize) -> Option<MentionAt> {
    let closed = b > sf && ctx.words.lower(b - 1) == ",";
    let relative = is_in(RELATIVE_THAT, ctx.words.lower(b));
    if closed
        && !relative
        && ctx.on(Rule::OwnsList)
        && let Some(open) = apposition_open(ctx, sf, b - 1)
    {
        return ctx.mention_ending(open);
    }
    if b < u && closed { ctx.mention_ending(b - 1) } else { ctx.mention_ending(b) }
}

/// The comma that opens an apposition closed by the comma at word `c`: an earlier comma right
/// after an organisation's name and before a common word ("X, a rival of Z, ...": the name before
/// `c` is inside it).
fn apposition_open(ctx: &Ctx<'_>, sf: usize, c: usize) -> Option<usize> {
    let open = (c.saturating_sub(20).max(sf)..c).rev().find(|&q| ctx.words.lower(q) == ",")?;
    (ctx.mention_ending(open).is_some_and(|m| ctx.is_org(m.entity)) && ctx.words.is_lower_word(open + 1))
        .then_some(open)
}
