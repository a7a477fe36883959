//! A post in a company's division: consumes the relate context and a chain of titles, produces
//! whether the title names a division of the organisation the person speaks for rather than a
//! body of its own: "Jane Roe, chief executive of the retail Ireland division, and John Doe"
//! (no mention covers the division: the organisation is found as for a title with none named,
//! the list's frame or the article's main one) and "Jane Roe, Chief Executive, Health and Beauty
//! Division, Acme" (the division is named, the company closes the item: the company). A
//! division's chief executive is one of the company's executives (rule `roles-division-post`).
//! Also a Justice Department division head's title and the "... Division" organisation it
//! belongs to (rule `roles-assistant-attorney-general`).

use crate::lexicon::grammar::{OF_AT, THE};
use crate::lexicon::organisations::{DIVISION, UNIT_NOUNS};
use crate::lexicon::people::DIVISION_HEAD_TITLES;
use crate::lexicon::words::is_in;
use crate::rulebook::Rule;
use newskg_doc::EntityIdx;

use super::super::Ctx;
use super::Title;

/// At most this many words between "of the" and the unit noun ("of the retail Ireland division").
const MAX_UNIT_WORDS: usize = 5;

/// "of the [words no mention covers] division" right after the title: an unnamed division.
pub(super) fn unnamed_division(ctx: &Ctx<'_>, tail: &Title, sl: usize) -> bool {
    if !is_in(OF_AT, ctx.words.lower(tail.last)) || ctx.words.lower(tail.last + 1) != THE {
        return false;
    }
    let from = tail.last + 2;
    // (words no organisation or person covers: "the retail Ireland division" names a place)
    let free = |k: usize| ctx.no_org_or_person_at(k);
    (from..sl.min(from + MAX_UNIT_WORDS))
        .take_while(|&k| free(k) && ctx.words.get(k).is_some_and(|w| w.is_alpha()))
        .any(|k| is_in(UNIT_NOUNS, ctx.words.lower(k)) && ctx.words.lower(k + 1) != "'s")
}

/// The item's organisation `org` is a division ("Health and Beauty Division") and ", Acme" closes
/// the item after it: Acme.
pub(super) fn company_after_division(ctx: &Ctx<'_>, org: EntityIdx, after: usize, sl: usize) -> Option<EntityIdx> {
    let m = ctx.mentions.iter().find(|m| m.entity == org && m.first >= after && m.first < after + 4)?;
    let unit = ctx.words.lower(m.last - 1);
    if !is_in(UNIT_NOUNS, unit) || ctx.words.lower(m.last) != "," {
        return None;
    }
    let next = ctx.mention_starting(m.last + 1).filter(|n| ctx.is_org(n.entity))?;
    let close = ctx.words.lower(next.last);
    (next.last >= sl || matches!(close, "," | ";" | ".")).then_some(next.entity)
}

/// Whether title `t` is a Justice Department division head's ("Assistant Attorney General"; rule
/// `roles-assistant-attorney-general`).
pub(super) fn division_head_title(ctx: &Ctx<'_>, t: &Title) -> bool {
    ctx.on(Rule::AssistantAttorneyGeneral)
        && DIVISION_HEAD_TITLES.iter().any(|(p, _)| {
            p.len() == t.last - t.first && p.iter().enumerate().all(|(k, w)| ctx.words.lower(t.first + k) == *w)
        })
}

/// The organisation of sentence `s` whose name ends in "Division" nearest to word `at`.
pub(super) fn named_division(ctx: &Ctx<'_>, s: usize, at: usize) -> Option<EntityIdx> {
    ctx.mentions_in(s)
        .filter(|m| ctx.is_org(m.entity) && ctx.words.lower(m.last - 1) == DIVISION)
        .min_by_key(|m| if m.first >= at { m.first - at } else { at - m.last })
        .map(|m| m.entity)
}
