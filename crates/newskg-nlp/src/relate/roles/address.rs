//! Between a title and its holder: forms of address ("Acme Chairman, Mr Jane Roe,", "its chief
//! executive, Dr Jane Roe,"; rule `roles-address-forms`) and an office's portfolio ("Minister for
//! Energy Jane Roe", "The Minister for Economy, Jane Roe,"; rule `roles-portfolio-titles`).
//! Consumes the relate context and word positions, produces the word position where the holder's
//! name starts (or the position given, when no person's name follows).

use crate::lexicon::grammar::{AND_WORDS, THE};
use crate::lexicon::people::{ABBREVIATION_STOP, ADDRESS_FORMS, PORTFOLIO_PREPOSITIONS};
use crate::lexicon::words::is_in;
use crate::rulebook::Rule;
use newskg_doc::EntityKind;

use super::super::Ctx;
use super::Title;

/// Whether word `k` starts a person's mention.
fn person_at(ctx: &Ctx<'_>, k: usize) -> bool {
    ctx.mention_starting(k).is_some_and(|m| ctx.is_person(m.entity))
}

/// Whether word `k` is a capitalised word of letters.
fn capitalised(ctx: &Ctx<'_>, k: usize) -> bool {
    ctx.words.get(k).is_some_and(|w| w.is_alpha() && w.text.starts_with(char::is_uppercase))
}

/// From word `k` (before `sl`), past forms of address ("Mr", "Dr.", "Rt Hon") to the person's
/// name they open; `k` itself when none is passed or no person's name follows.
pub(super) fn past_address(ctx: &Ctx<'_>, k: usize, sl: usize) -> usize {
    if !ctx.on(Rule::AddressForms) {
        return k;
    }
    let mut j = k;
    while j < sl
        && j < k + 4
        && ctx.mention_starting(j).is_none()
        && is_in(ADDRESS_FORMS, ctx.words.lower(j).trim_end_matches('.'))
    {
        j += 1;
        if ctx.words.lower(j) == ABBREVIATION_STOP {
            j += 1;
        }
    }
    if j > k && j < sl && person_at(ctx, j) { j } else { k }
}

/// "Minister for Energy Jane Roe", "Secretary of State for Ruritania, Rt Hon Jane Roe": from word
/// `a` right after a capitalised chain, past "for / of / to", the capitalised portfolio (places
/// included, no other names) and a comma, to the holder's name; `a` when no person's name follows.
pub(super) fn past_portfolio(ctx: &Ctx<'_>, tail: &Title, a: usize, sl: usize) -> usize {
    if !ctx.on(Rule::PortfolioTitles)
        || !capitalised(ctx, tail.first)
        || !capitalised(ctx, tail.last - 1)
        || !is_in(PORTFOLIO_PREPOSITIONS, ctx.words.lower(a))
    {
        return a;
    }
    let mut j = a + 1;
    if ctx.words.lower(j) == THE {
        j += 1;
    }
    let start = j;
    while j < sl && j < start + 6 {
        match ctx.mention_starting(j) {
            Some(m) if ctx.kind(m.entity) == Some(EntityKind::Location) => j = m.last,
            Some(_) => break,
            None if ctx.mention_of_word.get(j).copied().flatten().is_some() => break,
            None if capitalised(ctx, j) => j += 1,
            None if j > start && is_in(AND_WORDS, ctx.words.lower(j)) && capitalised(ctx, j + 1) => j += 1,
            // "Minister for Enterprise, Trade and Employment": a list of portfolio words, the
            // comma before a capitalised word that is no name and that "and" follows closely
            None if j > start && ctx.words.lower(j) == "," && portfolio_item(ctx, j + 1) => j += 1,
            None => break,
        }
    }
    if j == start {
        return a;
    }
    if ctx.words.lower(j) == "," {
        j += 1;
    }
    let j = past_address(ctx, j, sl);
    if j < sl && person_at(ctx, j) { j } else { a }
}

/// Whether word `k` opens a further item of a portfolio's list ("Trade" of "Enterprise, Trade and
/// Employment"): a capitalised word no mention covers, with "and" / "&" after it or the next word.
fn portfolio_item(ctx: &Ctx<'_>, k: usize) -> bool {
    capitalised(ctx, k)
        && ctx.mention_of_word.get(k).copied().flatten().is_none()
        && (k + 1..k + 3).any(|j| is_in(AND_WORDS, ctx.words.lower(j)))
}
