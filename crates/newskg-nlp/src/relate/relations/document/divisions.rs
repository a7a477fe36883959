//! A division named on its own (rule `relations-division-only-body`): consumes the article's
//! organisations and the relations found so far, produces the parent of a public body's division
//! that nothing ties to one.
//!
//! A release of a department or commission names its divisions bare ("the Antitrust Division",
//! "the Division of Enforcement") and the body itself perhaps once ("copies ... at the fee set by
//! Department of Justice regulations"), too seldom for the dominant-body inference of the
//! offices. When the article names exactly one such body (an organisation of two words or more
//! whose name holds one of [`DIVISION_BODY_HEADS`], itself no division nor unit), each
//! organisation named "X Division" or "Division of X" without a parent belongs to it. Runs only
//! after the learned typing (`after_typing`): the rules' first pass, whose relations the typing
//! reads as features, never sees the inferred link.

use super::*;
use crate::lexicon::organisations::{DIVISION, DIVISION_BODY_HEADS, UNIT_HEADS};

pub(super) fn division_parents(ctx: &Ctx<'_>, relations: &mut Vec<Relation>) {
    if !ctx.on(Rule::DivisionOnlyBody) {
        return;
    }
    let doc = ctx.doc;
    let words = |e: &newskg_doc::Entity| e.name.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>();
    let is_division = |e: &newskg_doc::Entity| {
        let w = words(e);
        e.kind == EntityKind::Organization
            && w.len() > 1
            && (w.first().is_some_and(|f| f == DIVISION) || w.last().is_some_and(|l| l == DIVISION))
    };
    let bodies: Vec<EntityIdx> = doc
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            let w = words(e);
            e.kind == EntityKind::Organization
                && !is_division(e)
                && w.len() > 1
                && w.iter().any(|x| is_in(DIVISION_BODY_HEADS, x))
                && !w.iter().any(|x| is_in(UNIT_HEADS, x))
        })
        .map(|(i, _)| i)
        .collect();
    let [body] = bodies.as_slice() else { return };
    super::parent_orphans(ctx, relations, is_division, *body);
}
