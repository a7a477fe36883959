//! A technology problem told as "an IT issue", "technology issues", "a router issue", "a
//! telecommunications issue": consumes the words of the relate context, says whether word `i` is
//! a problem noun right after a technology word that names no machine or system the
//! older trigger ("a technical problem", "a system error") covers. Letters from legislators and
//! regulators write airline, air traffic control and telecoms failures this way ("an IT issue
//! yesterday caused the airline to cancel hundreds of flights"); "IT" counts only in capitals.

use super::*;
use crate::lexicon::facts::{IT_ACRONYM, PROBLEM_NOUNS, TECH_ISSUE_MODIFIERS};

/// Whether word `i` is a problem noun after a technology word (see the module notes).
pub(super) fn tech_issue(ctx: &Ctx<'_>, i: usize) -> bool {
    let Some(before) = i.checked_sub(1).and_then(|k| ctx.words.get(k)) else { return false };
    is_in(PROBLEM_NOUNS, ctx.words.lower(i))
        && (before.text == IT_ACRONYM || is_in(TECH_ISSUE_MODIFIERS, &before.lower))
}
