//! A business title's employer (rule `roles-business-employer`): consumes the relate context's
//! mentions and the organisation the other rules guessed for a chain of titles, produces a company
//! in its place. A chief executive, finance, operating or technology officer or a vice president
//! whose organisation no word next to the title names ("its chairman and CEO", "former CFO Jane
//! Roe" in a sentence whose subject is a regulator) works for a company, not for the agency that
//! charges, sues or reports on them ("The Agency sued Acme and its chief executive"): the nearest
//! company the sentence names before the title, else the first one after it. With no company in
//! the sentence the guess stands ("The Agency said its chief executive ..."), unless it was only
//! the sentence's nearest body or the article's main one ("Charged by the Agency were former
//! President and CEO Jane Roe"): then the article's main company (rule
//! `roles-business-main-company`).

use newskg_doc::{EntityIdx, EntityKind, Role};

use super::super::Ctx;
use super::Title;
use crate::lexicon::people::CONTROLLER;
use crate::rulebook::Rule;

/// Titles only businesses give: one of them in a chain makes it a business post.
const COMPANY_ONLY: &[Role] = &[Role::Ceo, Role::Cfo, Role::Coo, Role::Cto, Role::VicePresident];
/// Titles a business post may join to those in a chain ("Chairman and CEO", "founder and CEO").
const COMPANY_TOO: &[Role] = &[Role::Chairman, Role::President, Role::Director, Role::Founder, Role::Cofounder];
/// The confidence at or under which an organisation was guessed ("its", an anaphor, the
/// sentence's nearest or the article's main one), not named next to the title.
const GUESSED: f32 = 0.65;

/// The organisation of a chain of titles: a company in place of the one found for it when that was
/// guessed and is a non-business body (rule `roles-business-employer`), else the one found.
pub(super) fn business_employer(
    ctx: &Ctx<'_>,
    chain: &[Title],
    org: Option<(EntityIdx, f32)>,
) -> Option<(EntityIdx, f32)> {
    match company_for(ctx, chain, org).filter(|_| ctx.on(Rule::BusinessEmployer)) {
        Some(c) => org.map(|(_, conf)| (c, conf)),
        None => org,
    }
}

fn company_for(ctx: &Ctx<'_>, chain: &[Title], org: Option<(EntityIdx, f32)>) -> Option<EntityIdx> {
    let (o, conf) = org?;
    // (a controller keeps a company's accounts: a business post too, rule
    // `roles-controller-employer`)
    let controller = |t: &Title| {
        ctx.on(Rule::ControllerEmployer)
            && t.role == Role::Executive
            && (t.first..t.last).any(|k| ctx.words.lower(k) == CONTROLLER)
    };
    let business = chain.iter().any(|t| COMPANY_ONLY.contains(&t.role) || controller(t))
        && chain.iter().all(|t| COMPANY_ONLY.contains(&t.role) || COMPANY_TOO.contains(&t.role) || controller(t));
    if !business || conf > GUESSED || ctx.kind(o) != Some(EntityKind::Organization) {
        return None;
    }
    let head = chain.first()?.first;
    let sent = ctx.words.get(head)?.sent;
    let company = |e: EntityIdx| ctx.kind(e) == Some(EntityKind::Company);
    // the sentence's company nearest before the title, else the first one after it
    let before = ctx.mentions.iter().rev().find(|m| m.sent == sent && m.last <= head && company(m.entity));
    let after = ctx.mentions.iter().find(|m| m.sent == sent && m.first > head && company(m.entity));
    before.or(after).map(|m| m.entity).or_else(|| {
        // (a bare title only the fallback gave the body: the article's main company, rule
        // `roles-business-main-company`)
        (ctx.on(Rule::BusinessMainCompany)
            && conf <= super::org::FALLBACK_CONFIDENCE
            && !super::org::framed_org(ctx, chain))
        .then(|| main_company(ctx, o))
        .flatten()
    })
}

/// The company the article is about: the one its headline names, else the most mentioned, unless
/// the headline names the guessed body `guess` and no company (the article is about that body:
/// "Dunmere Transport Authority to close 40 depots" keeps its chief executive).
fn main_company(ctx: &Ctx<'_>, guess: EntityIdx) -> Option<EntityIdx> {
    let kind = Some(EntityKind::Company);
    if super::anaphora::headline(ctx, kind, None).is_none() && super::anaphora::headline(ctx, None, None) == Some(guess)
    {
        return None;
    }
    let dominant = super::anaphora::dominant(ctx, kind);
    super::anaphora::headline(ctx, kind, dominant).or(dominant)
}
