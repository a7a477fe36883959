//! The organisation of one item in a list of witnesses: "Witnesses: Jane Roe, Chief Executive,
//! Acme; John Doe, Director of Policy and Research, Zeta Trust." gives each title the organisation
//! its own item names after it (past a comma, or "at" / "from": "Vice President, Public Affairs at
//! Acme"), not a fragment after "of" ("of Policy and Research") nor an organisation another item
//! names. An item that names none ("Jane Roe, Chief Executive, John Doe, Finance Director, Acme,
//! gave evidence") takes the first such organisation of the list segment (up to ";"), when it is
//! the first organisation named after the title. Consumes the relate context and a chain of
//! titles in apposition to a person; produces the organisation (rule `roles-item-org`).

use crate::lexicon::grammar::{AND, OF, THE};
use crate::lexicon::people::{ADDRESS_FORMS, ITEM_WORDS, LIST_CLOSERS, PERSON_OF_ORG, is_address_word};
use crate::lexicon::words::is_in;
use newskg_doc::EntityIdx;

use super::super::Ctx;
use super::Title;
use super::listed::in_apposition;
use crate::rulebook::Rule;

/// At most this many lower-case words in a row (other than [`ITEM_WORDS`]) inside a list: a
/// lower-case title ("head of consumer foods"), not a clause.
const MAX_LOWER_RUN: usize = 3;
/// How far past the title the list segment is read.
const MAX_SCAN: usize = 60;
/// At most this many words qualifying a title before it in an item ("Global", "UK", "Joint Interim").
const MAX_QUALIFIERS: usize = 3;

/// The organisation the item of the chain `head..tail` names (`own`), or, with `own` false, the
/// one the list segment names for an item that names none.
pub(super) fn item_org(ctx: &Ctx<'_>, head: &Title, tail: &Title, sl: usize, own: bool) -> Option<EntityIdx> {
    let sent = ctx.words.get(head.first)?.sent;
    let &(sf, _) = ctx.sent_words.get(sent)?;
    if !(in_apposition(ctx, head, sf) || ctx.on(Rule::ItemParts) && qualified_apposition(ctx, head, sf)) {
        return None;
    }
    let end = sl.min(tail.last + MAX_SCAN);
    let mut crossed = false;
    let mut crossed_end = None;
    let mut lower_run = 0;
    let mut k = tail.last;
    while k < end {
        let w = ctx.words.lower(k);
        if closer(ctx, k) {
            return None;
        }
        if let Some(m) = ctx.mention_starting(k) {
            lower_run = 0;
            if ctx.is_org(m.entity) {
                if opens_item_org(ctx, k, tail.last, crossed) && closes_item(ctx, m.last, sl) {
                    return (own || crossed).then_some(m.entity);
                }
                if crossed {
                    return None;
                }
            } else if ctx.is_person(m.entity) {
                // only past an item that is a bare "Jane Roe, Chief Executive," (no name of its own),
                // and past it, items that are as bare ("John Doe, Director of Strategy, and")
                let bare = match crossed_end {
                    None => bare_item(ctx, tail.last, k),
                    Some(e) => ctx.on(Rule::ItemParts) && titled_item(ctx, e, k),
                };
                if own || !bare {
                    return None;
                }
                crossed = true;
                crossed_end = Some(m.last);
            }
            k = m.last.max(k + 1);
            continue;
        }
        if ctx.words.is_lower_word(k) && !is_in(ITEM_WORDS, w) {
            lower_run += 1;
            if lower_run > MAX_LOWER_RUN {
                return None;
            }
        } else {
            lower_run = 0;
        }
        k += 1;
    }
    None
}

/// ", Acme", ", the Acme Trust", " at Acme", ", from Acme", ", of Acme" before the mention at `k`
/// (past the title's last word `after`).
/// Past another item's person (`crossed`), only after a comma (" at Acme" is that item's own).
fn opens_item_org(ctx: &Ctx<'_>, k: usize, after: usize, crossed: bool) -> bool {
    let mut j = k;
    if j > after && ctx.words.lower(j - 1) == THE {
        j -= 1;
    }
    // "Jane Roe, Chief Executive Acme;": the item's own organisation right after its title
    if j == after && !crossed && ctx.on(Rule::ItemParts) {
        return true;
    }
    if j <= after {
        return false;
    }
    let prev = ctx.words.lower(j - 1);
    if prev == "," {
        return true;
    }
    let comma_before = j >= after + 2 && ctx.words.lower(j - 2) == ",";
    is_in(PERSON_OF_ORG, prev) && (comma_before || !crossed && prev != OF)
}

/// Between a crossed item's person (ending at `from`) and the next item's person at `to`: a
/// comma, then only capitalised words no mention covers, connectors, commas and full stops
/// (", Director of Strategy, Mr").
fn titled_item(ctx: &Ctx<'_>, from: usize, to: usize) -> bool {
    ctx.words.lower(from) == ","
        && (from..to).all(|j| {
            let w = ctx.words.lower(j);
            w == ","
                || w == "."
                || is_in(ITEM_WORDS, w)
                || ctx.mention_of_word.get(j).copied().flatten().is_none()
                    && ctx.words.get(j).is_some_and(|x| x.is_cap())
        })
}

/// A person's name and a comma before the title starting at `before`, past up to
/// [`MAX_QUALIFIERS`] words ("Jane Roe, Group Chief Executive").
pub(super) fn person_before_title(ctx: &Ctx<'_>, before: usize, sf: usize) -> bool {
    let mut k = before;
    while k > sf + 1
        && k + MAX_QUALIFIERS > before
        && ctx.words.get(k - 1).is_some_and(|w| w.is_alpha())
        && ctx.mention_of_word.get(k - 1).copied().flatten().is_none()
    {
        k -= 1;
    }
    k > sf + 1 && ctx.words.lower(k - 1) == "," && ctx.mention_ending(k - 1).is_some_and(|m| ctx.is_person(m.entity))
}

/// "Jane Roe, Global Head of Safety, Acme", "John Doe, UK Director of Policy, Zeta": up to
/// [`MAX_QUALIFIERS`] words (capitalised too, no person or organisation) between the comma after
/// the person and the title.
fn qualified_apposition(ctx: &Ctx<'_>, head: &Title, sf: usize) -> bool {
    let mut k = head.first;
    while k > sf + 1
        && k + MAX_QUALIFIERS > head.first
        && ctx.words.get(k - 1).is_some_and(|w| w.is_alpha())
        && ctx
            .mention_of_word
            .get(k - 1)
            .copied()
            .flatten()
            .and_then(|mi| ctx.mentions.get(mi))
            .is_none_or(|m| !ctx.is_person(m.entity) && !ctx.is_org(m.entity))
    {
        k -= 1;
    }
    k < head.first
        && k > sf + 1
        && ctx.words.lower(k - 1) == ","
        && ctx.mention_ending(k - 1).is_some_and(|m| ctx.is_person(m.entity))
}

/// The item ends right after the organisation: a comma, "and" before the next person, the list's
/// closing punctuation or the sentence's end.
fn closes_item(ctx: &Ctx<'_>, k: usize, sl: usize) -> bool {
    let w = ctx.words.lower(k);
    k >= sl || w == "," || w == AND && next_person(ctx, k + 1) || closer(ctx, k)
}

/// A person's name starts at `k` or after one word ("Mr", "Dr") or two ("Mr .").
fn next_person(ctx: &Ctx<'_>, k: usize) -> bool {
    (k..k + 3).any(|j| ctx.mention_starting(j).is_some_and(|m| ctx.is_person(m.entity)))
}

/// Only commas, "and", full stops and a form of address (past the title's own "of" function)
/// stand between the title's end `from`
/// and the next item's person at `to`.
fn bare_item(ctx: &Ctx<'_>, from: usize, to: usize) -> bool {
    // "Director of Strategy, Mr John Doe": the title's own function, capitalised words no mention
    // covers, after "of"
    let mut from = from;
    if ctx.on(Rule::ItemParts) && ctx.words.lower(from) == OF {
        from += 1;
        while from < to
            && ctx.mention_of_word.get(from).copied().flatten().is_none()
            && (ctx.words.get(from).is_some_and(|w| w.is_cap()) || is_in(ITEM_WORDS, ctx.words.lower(from)))
        {
            from += 1;
        }
    }
    (from..to.saturating_sub(2)).all(|j| {
        let w = ctx.words.lower(j);
        w == "," || w == AND || w == "."
    })
}

/// The list's closing punctuation at `k` (not an abbreviation's full stop before a name: "Mr. John
/// Doe").
fn closer(ctx: &Ctx<'_>, k: usize) -> bool {
    let w = ctx.words.lower(k);
    // (";" before the next item's person closes this item)
    let before_name =
        (w == "." || !ctx.on(Rule::ItemParts)) && ctx.mention_starting(k + 1).is_some_and(|m| ctx.is_person(m.entity));
    is_in(LIST_CLOSERS, w) && !before_name
}

/// "Jane Roe, Co-founder, Zeta Energy;": after the title a comma, then capitalised words no
/// organisation's or person's mention covers (a place's may: "UK Zeta"; joined by [`ITEM_WORDS`])
/// up to the item's end (the list's closing punctuation, a comma or the sentence's end): the item
/// names an organisation the article's entities miss.
pub(super) fn unnamed_item_org(ctx: &Ctx<'_>, tail: &Title, sl: usize) -> bool {
    if ctx.words.lower(tail.last) != "," {
        return false;
    }
    let first = tail.last + 1;
    let mut k = first;
    let mut last_cap = None;
    let free = |k: usize| ctx.no_org_or_person_at(k);
    while k < sl && k < first + 8 && free(k) {
        let w = ctx.words.lower(k);
        if ctx.words.get(k).is_some_and(|x| x.is_cap() && x.is_alpha()) {
            last_cap = Some(k);
        } else if !(is_in(ITEM_WORDS, w) && k > first) {
            break;
        }
        k += 1;
    }
    // (not a form of address or an office before the next item's name: ", Mr. John Doe")
    let address = is_address_word(ctx.words.lower(first)) || is_in(ADDRESS_FORMS, ctx.words.lower(first));
    last_cap.is_some_and(|c| c + 1 == k)
        && ctx.words.get(first).is_some_and(|x| x.is_cap())
        && !address
        && (k >= sl || ctx.words.lower(k) == "," || closer(ctx, k))
}
