//! The owner of a title named before a short qualifier of the post: "Ruritania's transport
//! minister, Jane Roe", "Acme's network director, Jane Roe" (the country or organisation in the
//! possessive owns the post; one or two lower-case words between name what the post covers).
//! Also the organisation after a post's function: "head of retail banking at the rival Acme".
//! Consumes the relate context and a title's position, produces the owner's entity (and where
//! the possessive ends).

use crate::lexicon::grammar::{AND_COMMA, AT, ED_SUFFIX, IN, THE};
use crate::lexicon::people::{
    AGE_SUFFIX, PARTICIPLE_SUFFIX, ROLE_ORG_PREPOSITIONS, TITLE_FUNCTION_STOP, TO, TO_ORG_TITLES,
};
use crate::lexicon::places::DEMONYMS;
use crate::lexicon::words::is_in;
use crate::rulebook::Rule;
use newskg_doc::{EntityIdx, EntityKind, Role};

use super::super::Ctx;
use super::public_office;

/// The organisation (or, for a state office, the place) named in a possessive one or two
/// lower-case words before `before` (the title's first word past its modifiers), with the word
/// index where that possessive mention ends; none when a word between is a function word or a
/// verb form ("Acme's plan to ...", "Acme's shares fell ...").
pub(super) fn owner_past_qualifier(ctx: &Ctx<'_>, sf: usize, before: usize, role: Role) -> Option<(usize, EntityIdx)> {
    // ("Ruritania's Interior Minister": a state office's capitalised portfolio, rule
    // `roles-capitalised-portfolio`)
    let portfolio = |k: usize| public_office(role) && capitalised_portfolio(ctx, k);
    let mut k = before;
    while k > sf + 1
        && k + 2 > before
        && (ctx.words.is_lower_word(k - 1) || is_age(ctx.words.lower(k - 1)) || portfolio(k - 1))
    {
        let w = ctx.words.lower(k - 1);
        if is_in(TITLE_FUNCTION_STOP, w)
            || w.ends_with(ED_SUFFIX)
            || w.ends_with(PARTICIPLE_SUFFIX)
            || ctx.possessive_at(k - 1)
        {
            return None;
        }
        k -= 1;
    }
    if k == before || !ctx.possessive_at(k - 1) {
        return None;
    }
    let m = ctx.mention_ending(k)?;
    let place = public_office(role) && ctx.kind(m.entity) == Some(EntityKind::Location);
    (ctx.is_org(m.entity) || place).then_some((k, m.entity))
}

/// Whether word `k` is a capitalised word no mention covers: a post's portfolio or opener written
/// with a capital ("Interior Minister", "Prime Minister"; rule `roles-capitalised-portfolio`).
pub(super) fn capitalised_portfolio(ctx: &Ctx<'_>, k: usize) -> bool {
    ctx.on(Rule::CapitalisedPortfolio)
        && ctx.words.get(k).is_some_and(|w| w.is_alpha() && w.text.starts_with(char::is_uppercase))
        && ctx.mention_of_word.get(k).copied().flatten().is_none()
}

/// Whether word `k` is a descriptor that may stand before an organisation's name or inside a
/// post's function: a lower-case word, a nationality adjective ("Italian", "European"), or a
/// place the recogniser took for a name ("Brazilian"); the first word past it.
pub(super) fn descriptor_end(ctx: &Ctx<'_>, k: usize) -> Option<usize> {
    let w = ctx.words.lower(k);
    if let Some(m) = ctx.mention_starting(k) {
        return (ctx.kind(m.entity) == Some(EntityKind::Location) && is_in(DEMONYMS, w)).then_some(m.last);
    }
    // ("the sports TV company Acme": a short upper-case word inside a lower-case description)
    let acronym = ctx
        .words
        .get(k)
        .is_some_and(|x| (2..=3).contains(&x.text.len()) && x.text.chars().all(|c| c.is_ascii_uppercase()))
        && ctx.words.is_lower_word(k + 1);
    (ctx.words.is_lower_word(k) && !is_in(AND_COMMA, w) || is_in(DEMONYMS, w) || acronym).then_some(k + 1)
}

/// "head of retail banking at the rival Acme", "head of European operations at the Italian
/// carmaker Acme": past the post's function (lower-case words and nationality adjectives) to
/// "at", then past the organisation's description to its name.
pub(super) fn org_at_after_function(ctx: &Ctx<'_>, from: usize, sl: usize) -> Option<EntityIdx> {
    let mut j = from;
    let mut hops = 0;
    while j < sl && hops < 5 && ctx.words.lower(j) != AT {
        j = descriptor_end(ctx, j)?;
        hops += 1;
    }
    if j >= sl || ctx.words.lower(j) != AT {
        return None;
    }
    let mut k = j + 1;
    let mut hops = 0;
    while k < sl && hops < 6 && ctx.mention_starting(k).is_none_or(|m| ctx.kind(m.entity) == Some(EntityKind::Location))
    {
        k = descriptor_end(ctx, k)?;
        hops += 1;
    }
    ctx.mention_starting(k).filter(|m| ctx.is_org(m.entity)).map(|m| m.entity)
}

/// An age adjective: "52-year-old".
pub(super) fn is_age(w: &str) -> bool {
    w.strip_suffix(AGE_SUFFIX).is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// Whether the word at `k`, right after a title ending at word `last`, joins the title to its
/// organisation: "of", "at", "for", "with", and "to" after a secretary ("Permanent Secretary to
/// the Welsh Government").
pub(super) fn org_preposition(ctx: &Ctx<'_>, last: usize, k: usize) -> bool {
    is_in(ROLE_ORG_PREPOSITIONS, ctx.words.lower(k)) || secretary_to(ctx, last, k) || in_named_org(ctx, k)
}

/// Whether the word at `k` is an "in" right before an organisation's name, past "the" ("Associate
/// Director in the SEC's Division of Enforcement", "a partner in Acme"): the post's organisation
/// as after "of" (rule `roles-in-org`); never before a place ("a manager in London").
fn in_named_org(ctx: &Ctx<'_>, k: usize) -> bool {
    if !ctx.on(Rule::InOrg) || ctx.words.lower(k) != IN {
        return false;
    }
    let j = if ctx.words.lower(k + 1) == THE { k + 2 } else { k + 1 };
    ctx.mention_starting(j).is_some_and(|m| ctx.is_org(m.entity))
}

/// Whether the word at `k` is the "to" of "Secretary to the Welsh Government" after a title
/// ending at word `last`.
pub(super) fn secretary_to(ctx: &Ctx<'_>, last: usize, k: usize) -> bool {
    ctx.words.lower(k) == TO && last > 0 && is_in(TO_ORG_TITLES, ctx.words.lower(last - 1))
}
