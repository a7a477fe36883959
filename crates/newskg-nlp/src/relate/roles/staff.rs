//! A body's staff named on a matter (rule `roles-staff-lists`): consumes the relate context's words
//! and mentions, produces the title ("staff members", "staff member", a bare "staff" that a list verb
//! and names follow) that the plural-title reading gives each listed name ("CFTC staff members
//! responsible for this case are Jane Roe, John Doe and Ann Poe": each holds an "other" post at
//! the body named before the title).

use crate::lexicon::people::{LIST_VERBS, STAFF, STAFF_TITLES};
use crate::lexicon::words::is_in;
use crate::rulebook::Rule;
use newskg_doc::Role;

use super::super::Ctx;

/// At most this many lower-case words between a bare "staff" and its list verb.
const CLAUSE_WORDS: usize = 8;

/// A staff title starting at word `i`: its length and role.
pub(super) fn staff_title(ctx: &Ctx<'_>, i: usize, sl: usize) -> Option<(usize, Role)> {
    if !ctx.on(Rule::StaffLists) {
        return None;
    }
    let at = |phrase: &[&str]| phrase.iter().enumerate().all(|(k, p)| i + k < sl && ctx.words.lower(i + k) == *p);
    if let Some((phrase, role)) = STAFF_TITLES.iter().find(|(p, _)| at(p)) {
        return Some((phrase.len(), *role));
    }
    if ctx.words.lower(i) != STAFF {
        return None;
    }
    let mut j = i + 1;
    while j < sl && j <= i + CLAUSE_WORDS && ctx.words.is_lower_word(j) && !is_in(LIST_VERBS, ctx.words.lower(j)) {
        j += 1;
    }
    let listed =
        is_in(LIST_VERBS, ctx.words.lower(j)) && ctx.mention_starting(j + 1).is_some_and(|m| ctx.is_person(m.entity));
    listed.then_some((1, Role::OtherRole))
}

/// Whether a title's last word is the collective "staff" (a plural title, read with rule
/// `roles-staff-lists`).
pub(super) fn collective(ctx: &Ctx<'_>, w: &str) -> bool {
    ctx.on(Rule::StaffLists) && w == STAFF
}
