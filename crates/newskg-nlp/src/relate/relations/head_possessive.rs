//! "the Department's Antitrust Division" (rule `relations-head-possessive-unit`): consumes a
//! sentence's words and mentions and the article's organisations, produces the parent of a unit
//! named after a definite head noun's possessive.
//!
//! A body is often named once in full ("the Department of Justice", "the Federal Trade
//! Commission") and then only by its head noun, capitalised ("the Department", "the
//! Commission"). A unit named right after that short form's possessive, whose name ends in a
//! unit head ("the Department's Antitrust Division", "the Commission's Enforcement Bureau"),
//! belongs to the one organisation of the article whose longer name holds that head word.
//! Nothing when no organisation or more than one holds it, or when a name's mention covers the
//! possessive (the possessive pairs read that).

use super::*;
use crate::lexicon::organisations::UNIT_HEADS;

pub(super) fn head_possessive_units(ctx: &Ctx<'_>, s: usize, out: &mut Out) {
    for x in ctx.mentions_in(s) {
        let p = x.first.wrapping_sub(1);
        let unit_head = ctx
            .doc
            .entities
            .get(x.entity)
            .and_then(|e| e.name.split_whitespace().last())
            .is_some_and(|w| is_in(UNIT_HEADS, &w.to_lowercase()));
        if !ctx.is_org(x.entity)
            || !unit_head
            || !ctx.possessive_at(p)
            || ctx.words.lower(p.wrapping_sub(1)) != THE
            || ctx.mention_of_word.get(p).copied().flatten().is_some()
        {
            continue;
        }
        let Some(word) = ctx.words.get(p).filter(|w| w.is_cap() && !w.sent_start) else { continue };
        let head = word.base().to_string();
        if head.is_empty() || head.contains('\'') {
            continue;
        }
        // the one organisation whose longer name holds the head word (not the unit, no unit)
        let mut owners = ctx.doc.entities.iter().enumerate().filter(|&(ei, e)| {
            let words: Vec<String> = e.name.split_whitespace().map(str::to_lowercase).collect();
            ei != x.entity
                && ctx.is_org(ei)
                && words.len() > 1
                && words.contains(&head)
                && !words.last().is_some_and(|w| is_in(UNIT_HEADS, w))
        });
        if let (Some((owner, _)), None) = (owners.next(), owners.next()) {
            out.push(ctx, s, x.entity, RelationKind::ParentOrganization, owner, 0.6);
        }
    }
}
