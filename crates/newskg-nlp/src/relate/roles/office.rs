//! An office's title after its body's name, past the body's abbreviation in parentheses or a
//! modifier: "Federal Aviation Administration (FAA) Acting Administrator Jane Roe", "Zeta
//! Agency (ZA) Secretary John Doe" hold the body's post as "FAA Administrator Jane Roe" does
//! (rule `roles-office-abbrev`).

use newskg_doc::EntityIdx;

use super::Ctx;

/// The organisation whose name closes right before "(ABBR)" ending at `before` (the word index
/// after ")"), if any.
pub(super) fn org_before_abbreviation(ctx: &Ctx<'_>, sf: usize, before: usize) -> Option<EntityIdx> {
    if before < sf + 4 || ctx.words.lower(before - 1) != ")" || ctx.words.lower(before - 3) != "(" {
        return None;
    }
    // the abbreviation is one capitalised word
    if !ctx.words.get(before - 2).is_some_and(|w| w.is_alpha() && w.text.starts_with(char::is_uppercase)) {
        return None;
    }
    ctx.mention_ending(before - 3).filter(|m| ctx.is_org(m.entity)).map(|m| m.entity)
}

/// Whether a one-word head title written as an office's name ("Administrator") has its body right
/// before it, past modifiers ("FAA Acting Administrator") or the body's abbreviation ("... (FAA)
/// Administrator"); a lower-case one is no office ("PwC joint administrator X" runs an insolvency).
pub(super) fn body_before(ctx: &Ctx<'_>, sf: usize, first: usize) -> bool {
    if !ctx.words.get(first).is_some_and(|w| w.text.starts_with(char::is_uppercase)) {
        return false;
    }
    let before = super::skip_back(ctx, first, sf, 3);
    before < first && ctx.mention_ending(before).is_some_and(|m| ctx.is_org(m.entity))
        || org_before_abbreviation(ctx, sf, before).is_some()
}
