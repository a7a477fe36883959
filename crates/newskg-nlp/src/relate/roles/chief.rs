//! A unit's chief (rule `roles-chief-unit`): "chief" with no "of ORG" right after it heads the unit
//! it is set off beside ("Jane Roe, Chief, Zeta Section, Antitrust Division") or the unit its
//! owner's possessive names ("Chief of the Acme Division's Zeta Unit").

use crate::lexicon::grammar::{OF, THE};

use super::super::Ctx;

/// Whether "chief" at word `i` heads a named unit (rule `roles-chief-unit`): set off by commas
/// between a person and the unit ("Jane Roe, Chief, Zeta Section, Antitrust Division"), or before
/// "of [the]" and a unit its owner's possessive names ("Chief of the Acme Division's Zeta Unit",
/// "Chief of the Acme's Zeta Bureau").
pub(super) fn chief_of_unit(ctx: &Ctx<'_>, i: usize, sf: usize, sl: usize) -> bool {
    let org_at = |k: usize| {
        k < sl && ctx.mention_starting(k).is_some_and(|m| ctx.is_org(m.entity) && !ctx.possessive_at(m.last - 1))
    };
    let comma = |k: usize| ctx.words.lower(k) == ",";
    if i > sf + 1
        && comma(i - 1)
        && ctx.mention_ending(i - 1).is_some_and(|m| ctx.is_person(m.entity))
        && comma(i + 1)
        && org_at(i + 2)
    {
        return true;
    }
    if ctx.words.lower(i + 1) != OF {
        return false;
    }
    let start = if ctx.words.lower(i + 2) == THE { i + 3 } else { i + 2 };
    // the owner: a capitalised name of up to five words closed by its possessive
    (start..(start + 5).min(sl)).find(|&k| ctx.possessive_at(k)).is_some_and(|k| {
        (start..=k).all(|j| ctx.words.get(j).is_some_and(|w| w.text.starts_with(char::is_uppercase)))
            && org_at(if ctx.words.lower(k + 1) == "'" { k + 2 } else { k + 1 })
    })
}
