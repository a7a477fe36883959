//! Deals a regulator states (rule `deals-licensed`): consumes a sentence's words and mentions,
//! produces acquisitions. "the [completed] acquisition by X [, City, State] of Y" (acquired; Y's
//! parent too when the phrase calls the deal completed), "the application [under section 3 of
//! the Act] by X[, City, State,] to acquire Y", "cleared / authorised X to buy Y", and a listed
//! entry "X, City, State -- to acquire Y" ("-- waiver of filing requirement ... to acquire Y",
//! "-- to become a bank holding company by acquiring Y"): an approved or pending deal, so
//! acquired only. In such a clause a later buying verb has the same buyer ("... and thereby
//! indirectly acquire its subsidiary bank, Z": X acquired Z, and Z's parent is the organisation
//! the clause bought before it).

use super::*;
use crate::lexicon::deals::{BUYING_FORMS, LICENSING_NOUNS, LICENSING_VERBS, PARTIAL_DEAL_NOUNS};
use crate::lexicon::facts::{ACQUISITION_NOUNS, BUY_VERBS, DEAL_CLOSE_WORDS, DEAL_HEDGES};
use crate::lexicon::organisations::LEGAL_SUFFIXES;
use deals::{deal_np_start, deal_stopped, deal_target, past_name_tail};

/// How far before "by X" a filing noun may stand ("the application under section 3 of the Bank
/// Holding Company Act of 1956 by X").
const FILING_REACH: usize = 16;
/// How far after a listed entry's dash its "to acquire" may stand.
const ENTRY_REACH: usize = 18;

mod assignments;
mod licensee;

pub(super) fn licensed_deals(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    acquisition_by_of(ctx, s, sf, sl, out);
    if ctx.on(Rule::LicenceAssignment) {
        assignments::licence_assignments(ctx, s, sf, sl, out);
    }
    if ctx.on(Rule::LicenseeOf) {
        licensee::licensee_of(ctx, s, sf, sl, out);
    }
    for x in ctx.mentions_in(s).filter(|m| ctx.is_org(m.entity)) {
        licensed_infinitive(ctx, s, sf, sl, x, out);
    }
}

/// Whether word `k` is a dash that sets off a listed entry's action ("X, City -- to acquire Y"):
/// dashes only, and longer than a hyphen or with a space before it.
fn entry_dash(ctx: &Ctx<'_>, k: usize) -> bool {
    let Some(w) = ctx.words.get(k) else {
        return false;
    };
    let spaced = k > 0 && ctx.words.get(k - 1).is_some_and(|p| p.span.end() < w.span.start());
    !w.text.is_empty() && w.text.chars().all(|c| matches!(c, '-' | '–' | '—')) && (spaced || w.text != "-")
}

/// The word after a name's tail ([`past_name_tail`]) and a legal suffix written without a comma
/// ("Acme Media plc of").
fn past_name(ctx: &Ctx<'_>, i: usize, sl: usize) -> usize {
    let j = past_name_tail(ctx, i, sl);
    if is_in(LEGAL_SUFFIXES, ctx.words.lower(j).trim_end_matches('.')) { j + 1 } else { j }
}

/// "the [completed] acquisition by X of Y".
fn acquisition_by_of(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    for v in sf..sl {
        if !is_in(ACQUISITION_NOUNS, ctx.words.lower(v))
            || ctx.words.lower(v + 1) != BY
            || ctx.mention_of_word.get(v).copied().flatten().is_some()
        {
            continue;
        }
        let Some(b) = ctx.mention_starting(v + 2).filter(|m| ctx.is_org(m.entity)) else {
            continue;
        };
        let of = past_places(ctx, past_name(ctx, b.last, sl), sl);
        if ctx.words.lower(of) != OF || deal_stopped(ctx, v, sf) || negated(ctx, deal_np_start(ctx, v, sf), sf) {
            continue;
        }
        let Some(t) = next_mention(ctx, of + 1, sl, 3)
            .filter(|t| deal_target(ctx, t.entity) && t.entity != b.entity && !ctx.possessive_at(t.last - 1))
        else {
            continue;
        };
        let lead = v.saturating_sub(3).max(sf)..v;
        let done = lead.clone().any(|k| is_in(DEAL_CLOSE_WORDS, ctx.words.lower(k)));
        let hedged = lead.into_iter().any(|k| is_in(DEAL_HEDGES, ctx.words.lower(k)));
        out.push(ctx, s, b.entity, RelationKind::Acquired, t.entity, 0.75);
        if done && !hedged {
            out.push(ctx, s, t.entity, RelationKind::ParentOrganization, b.entity, 0.55);
        }
    }
}

/// The word after the places that follow a name (", City, State": each a place's name, or
/// capitalised words that a place's name follows, "Mount Juliet, Tennessee"), from word `j`.
fn past_places(ctx: &Ctx<'_>, mut j: usize, sl: usize) -> usize {
    let is_place = |m: &MentionAt| ctx.kind(m.entity) == Some(EntityKind::Location);
    while ctx.words.lower(j) == "," {
        let (mut k, mut place, mut other) = (j + 1, false, false);
        while k < sl && k < j + 6 {
            if let Some(m) = ctx.mention_starting(k) {
                place |= is_place(&m);
                other |= !is_place(&m);
                k = m.last;
            } else if ctx.words.get(k).is_some_and(|w| w.is_cap() && w.text.chars().all(char::is_alphabetic)) {
                k += 1;
            } else {
                break;
            }
        }
        let place_follows = ctx.words.lower(k) == "," && ctx.mention_starting(k + 1).is_some_and(|m| is_place(&m));
        if k == j + 1 || !((place && !other) || place_follows) {
            break;
        }
        j = k;
    }
    j
}

/// X's licensed "to acquire Y" (see the module header), X the organisation mention `x`.
fn licensed_infinitive(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, x: MentionAt, out: &mut Out) {
    let mut j = past_places(ctx, past_name(ctx, x.last, sl), sl);
    if ctx.words.lower(j) == "," {
        j += 1;
    }
    let dash = entry_dash(ctx, j);
    // "--" may come as two hyphens
    while j < sl && entry_dash(ctx, j) || (dash && ctx.words.lower(j) == "-") {
        j += 1;
    }
    let before = ctx.words.lower(x.first.wrapping_sub(1));
    let filed = x.first > sf
        && before == BY
        && (x.first.saturating_sub(FILING_REACH).max(sf)..x.first - 1)
            .any(|k| is_in(LICENSING_NOUNS, ctx.words.lower(k)));
    let permitted = x.first > sf && is_in(LICENSING_VERBS, before);
    // a listed entry opens with its name, not with a town after a comma ("X, Mapleton, Kansas --")
    let dash = dash && ctx.words.lower(x.first.wrapping_sub(1)) != ",";
    let to = if ctx.words.lower(j) == TO && (dash || filed || permitted) {
        j
    } else if dash && is_in(LICENSING_NOUNS, ctx.words.lower(j)) {
        // "X, City -- waiver of filing requirement under section 3 of the Act to acquire Y" (or
        // "... to merge with Y and thereby acquire Z": the buying verbs of the clause, below)
        match (j + 1..(j + ENTRY_REACH).min(sl))
            .take_while(|&k| !entry_dash(ctx, k))
            .find(|&k| ctx.words.lower(k) == TO && ctx.words.is_lower_word(k + 1))
        {
            Some(k) => k,
            None => return,
        }
    } else {
        return;
    };
    if deal_stopped(ctx, to, sf) || negated(ctx, to, sf) {
        return;
    }
    // the clause: up to the next listed entry's dash or a semicolon
    let end = (to + 1..sl).find(|&k| entry_dash(ctx, k) || ctx.words.lower(k) == ";").unwrap_or(sl);
    // the organisation bought last in the clause, which "its" refers to
    let mut bought: Option<EntityIdx> = None;
    for v in to + 1..end {
        let w = ctx.words.lower(v);
        let base = is_in(BUY_VERBS, w);
        let by_buying = is_in(BUYING_FORMS, w) && ctx.words.lower(v - 1) == BY;
        if !(base || by_buying) {
            continue;
        }
        let (target, its) = if is_in(OWNER_PRONOUNS, ctx.words.lower(v + 1)) {
            // "its subsidiary bank, Z"
            let mut k = v + 2;
            while k < end && k < v + 5 && ctx.words.is_lower_word(k) && ctx.mention_starting(k).is_none() {
                k += 1;
            }
            if ctx.words.lower(k) == "," {
                k += 1;
            }
            (ctx.mention_starting(k), true)
        } else {
            // "acquire and merge with Y": up to three lower-case words before the name
            let k = (v + 1..(v + 5).min(end)).find(|&k| !ctx.words.is_lower_word(k)).unwrap_or(end);
            (ctx.mention_starting(k).or_else(|| next_mention(ctx, v + 1, end, 3)), false)
        };
        let Some(t) = target.filter(|t| {
            deal_target(ctx, t.entity)
                && t.entity != x.entity
                && !ctx.possessive_at(t.last - 1)
                && !(v + 1..t.first).any(|k| is_in(PARTIAL_DEAL_NOUNS, ctx.words.lower(k)))
        }) else {
            continue;
        };
        out.push(ctx, s, x.entity, RelationKind::Acquired, t.entity, 0.7);
        if its && let Some(owner) = bought.filter(|&o| o != t.entity) {
            out.push(ctx, s, t.entity, RelationKind::ParentOrganization, owner, 0.6);
        }
        bought = Some(t.entity);
    }
}
