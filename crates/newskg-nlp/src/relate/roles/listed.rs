//! The organisation a list of introduced people speaks for, when a listed title names none
//! ("I welcome from Acme Jane Roe, chief executive, and John Doe, head of sales."; "We are joined
//! by Jane Roe, chief executive, and John Doe, finance director, of Acme."; "She is accompanied
//! by John Doe, director of strategy." after "I welcome Jane Roe, chief executive of Acme.").
//! Consumes the relate context and a chain of titles in apposition to a person, produces the
//! organisation the list's frame names. Part of the fallback (rule `FallbackOrg`).

use crate::lexicon::grammar::{AND, FROM, OF, THE};
use crate::lexicon::people::{ACCOMPANY_WORDS, LIST_CLOSERS, ON_BEHALF};
use crate::lexicon::words::is_in;
use newskg_doc::{EntityIdx, EntityKind};

use super::super::Ctx;
use super::Title;

/// The organisation of a listed person's title (the chain `head..tail` stands in apposition to a
/// person: "Jane Roe, [interim] chief executive").
pub(super) fn listed_org(ctx: &Ctx<'_>, head: &Title, tail: &Title) -> Option<EntityIdx> {
    let sent = ctx.words.get(head.first)?.sent;
    let &(sf, sl) = ctx.sent_words.get(sent)?;
    if !in_apposition(ctx, head, sf) {
        return None;
    }
    closing_org(ctx, tail, sl).or_else(|| opening_org(ctx, head, sf)).or_else(|| accompanying_org(ctx, head, sf, sent))
}

/// "Jane Roe, chief executive": a comma right before the title (past up to four lower-case words:
/// "chartered engineer and director general") that closes a person's name.
pub(super) fn in_apposition(ctx: &Ctx<'_>, head: &Title, sf: usize) -> bool {
    let mut k = head.first;
    while k > sf + 1 && k + 4 > head.first && ctx.words.is_lower_word(k - 1) {
        k -= 1;
    }
    k > sf + 1 && ctx.words.lower(k - 1) == "," && ctx.mention_ending(k - 1).is_some_and(|m| ctx.is_person(m.entity))
}

/// ", of Acme." / ", on behalf of Acme." / ", from Acme." closing the sentence after the title.
fn closing_org(ctx: &Ctx<'_>, tail: &Title, sl: usize) -> Option<EntityIdx> {
    // (the sentence's closing punctuation, not an abbreviation's full stop: "Mr. John Doe")
    let mut end = sl;
    while end > tail.last && is_in(LIST_CLOSERS, ctx.words.lower(end - 1)) {
        end -= 1;
    }
    // the last mention of the sentence, ending it
    let m = ctx.mention_ending(end).filter(|m| ctx.is_org(m.entity) && m.first > tail.last)?;
    let mut k = m.first;
    if k > 0 && ctx.words.lower(k - 1) == THE {
        k -= 1;
    }
    if k == 0 || !(ctx.words.lower(k - 1) == OF || ctx.words.lower(k - 1) == FROM) {
        return None;
    }
    k -= 1;
    if k >= 2 && ctx.words.lower(k - 1) == ON_BEHALF[1] && ctx.words.lower(k - 2) == ON_BEHALF[0] {
        k -= 2;
    }
    (k > tail.last && ctx.words.lower(k - 1) == ",").then_some(m.entity)
}

/// "from Acme[:] Jane Roe, chief executive" / "from Acme I welcome Jane Roe, chief executive": the
/// nearest "from ORG" before the title whose list of people starts within four words (an
/// organisation or a place-typed name: the frame says it is the people's body).
fn opening_org(ctx: &Ctx<'_>, head: &Title, sf: usize) -> Option<EntityIdx> {
    let k = (sf..head.first).rev().find(|&k| ctx.words.lower(k) == FROM)?;
    let mut first = k + 1;
    if ctx.words.lower(first) == THE {
        first += 1;
    }
    let m = ctx.mention_starting(first)?;
    let body = ctx.is_org(m.entity) || ctx.kind(m.entity) == Some(EntityKind::Location);
    let start = super::frame::list_start(ctx, m.last, head.first);
    let listed = (start..(start + 5).min(head.first))
        .any(|j| ctx.words.lower(j) != AND && ctx.mention_starting(j).is_some_and(|p| ctx.is_person(p.entity)));
    (body && listed).then_some(m.entity)
}

/// "She is accompanied by John Doe, director of strategy." with no organisation in the sentence:
/// the last organisation the previous sentence names.
fn accompanying_org(ctx: &Ctx<'_>, head: &Title, sf: usize, sent: usize) -> Option<EntityIdx> {
    let cue = (sf..head.first).any(|k| is_in(ACCOMPANY_WORDS, ctx.words.lower(k)));
    if !cue || sent == 0 || ctx.mentions_in(sent).any(|m| ctx.is_org(m.entity)) {
        return None;
    }
    ctx.mentions_in(sent - 1).filter(|m| ctx.is_org(m.entity)).last().map(|m| m.entity)
}
