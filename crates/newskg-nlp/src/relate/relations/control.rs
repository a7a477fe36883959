//! A regulator's wording of a deal, read after the relation scorer: transfers of control (rule
//! `relations-transfer-of-control`) and an owner's deal noun ("X's acquisition of Y", rule
//! `relations-possessive-deal`). Consumes the relate context and the relations found so far,
//! produces `acquired` links and drops the links the wording contradicts.
//!
//! Regulators' notices tell a change of owner as "an application to transfer control of X (X'),
//! and its wholly owned subsidiaries, A and B, from T to Y" or "the transfer of control of X to Y":
//! Y is the buyer of X and of each subsidiary listed with it (the corpus guidelines: a transfer of
//! control applied for or granted is `acquired(Y, X)`), and a subsidiary listed as X's ("its
//! subsidiaries") is X's unit. The scorer reads such a sentence as a list of related companies and
//! proposes a parent between the buyer or the seller and the target, which the sentence denies.

use crate::lexicon::deals::PARTIAL_DEAL_NOUNS;
use crate::lexicon::deals::{HELD, LICENCE_NOUNS};
use crate::lexicon::facts::{ACQUISITION_NOUNS, DEAL_CLOSED, DEAL_DONE_EXTRA};
use crate::lexicon::grammar::{AND, BY, FROM, OF, OWNER_PRONOUNS, THE, TO};
use crate::lexicon::organisations::{AMOUNT_WORDS, COMPANY_SUFFIXES, CONTROL, SUBSIDIARY_NOUNS, TRANSFER_WORDS};
use crate::lexicon::words::{is_in, looks_plural};
use crate::relate::Ctx;
use crate::rulebook::Rule;
use newskg_doc::{EntityIdx, Relation, RelationKind};

/// The confidence of a link read from a transfer of control: a regulator's own statement.
const CONTROL_CONFIDENCE: f32 = 0.75;

/// At most this many words between the companies transferred and the "to" that names the buyer.
const TO_WITHIN: usize = 14;

/// At most this many words from "control of" to "held by" ("licenses, authorizations and spectrum
/// manager leases held by X").
const HELD_WITHIN: usize = 9;

/// The companies a transfer moves, read before its buyer.
#[derive(Debug, Default)]
struct Moved {
    /// The companies transferred: the one named first and the subsidiaries listed with it.
    targets: Vec<EntityIdx>,
    /// (unit, parent) pairs the listing states ("X and its subsidiaries A, B": A and B under X).
    units: Vec<(EntityIdx, EntityIdx)>,
    /// The short names written in parentheses after the targets ("(DCI)"), when the recogniser took
    /// them for names of their own: no parent link is kept between them and the parties either.
    short: Vec<EntityIdx>,
}

/// One transfer read from a sentence.
#[derive(Debug)]
struct Transfer {
    moved: Moved,
    /// The companies control passes from ("from T to Y", "from T and its subsidiary, T2, to Y").
    from: Vec<EntityIdx>,
    /// The company control passes to.
    to: EntityIdx,
}

/// Adds `subject kind object` read from sentence `s` at the confidence of a regulator's statement.
fn add_link(
    ctx: &Ctx<'_>,
    relations: &mut Vec<Relation>,
    s: usize,
    subject: EntityIdx,
    kind: RelationKind,
    object: EntityIdx,
) {
    super::add_or_raise(relations, Relation { subject, kind, object, evidence: ctx.evidence(s, CONTROL_CONFIDENCE) });
}

/// Adds the links of every transfer of control the document's sentences state and drops the
/// found links a transfer contradicts (a parent between the buyer or the seller and a target, a
/// target buying its buyer).
pub(crate) fn control_transfers(ctx: &Ctx<'_>, relations: &mut Vec<Relation>) {
    if !ctx.on(Rule::TransferOfControl) {
        return;
    }
    for (s, &(sf, sl)) in ctx.sent_words.iter().enumerate() {
        for t in transfers_in(ctx, sf, sl) {
            let parties: Vec<EntityIdx> = std::iter::once(t.to).chain(t.from.iter().copied()).collect();
            // (rule `relations-transfer-from-parent`: the transferor holds what it transfers)
            let from_parent = ctx.on(Rule::TransferFromParent);
            let here = ctx.sent_span(s);
            relations.retain(|r| {
                if !r.evidence.span.overlaps(here) {
                    return true;
                }
                let target = |e: EntityIdx| t.moved.targets.contains(&e) || t.moved.short.contains(&e);
                let against_target = target(r.object) || target(r.subject);
                let party = parties.contains(&r.subject) || parties.contains(&r.object);
                // a parent between a party and a company transferred, or a target buying its buyer
                let held = from_parent && t.moved.targets.contains(&r.subject) && t.from.contains(&r.object);
                let parent_across = against_target && party && r.kind == RelationKind::ParentOrganization && !held;
                let reversed =
                    r.kind == RelationKind::Acquired && r.object == t.to && t.moved.targets.contains(&r.subject);
                !parent_across && !reversed
            });
            for &x in &t.moved.targets {
                add_link(ctx, relations, s, t.to, RelationKind::Acquired, x);
            }
            for &(unit, parent) in &t.moved.units {
                add_link(ctx, relations, s, unit, RelationKind::ParentOrganization, parent);
            }
            // the companies transferred (not the units listed under one of them) stay the transferor's
            let unit = |x: EntityIdx| t.moved.units.iter().any(|&(u, _)| u == x);
            for &x in t.moved.targets.iter().filter(|&&x| from_parent && !unit(x)) {
                for &f in t.from.iter().filter(|&&f| f != x) {
                    add_link(ctx, relations, s, x, RelationKind::ParentOrganization, f);
                }
            }
        }
    }
}

/// Adds `acquired(X, Y)` for every "X's [proposed] acquisition / purchase / takeover of Y" (rule
/// `relations-possessive-deal`; "its purchase of Y" with "its" read as the organisation it stands
/// for) and drops `parentOrganization(Y, X)` read from the same sentence unless it tells the deal
/// done ("completed", "closed"): the noun names a deal applied for, agreed or done, which the
/// guidelines make `acquired`; a parent needs the text to say Y is X's. Not for a part of Y ("X's
/// purchase of Y stations", "of Y's assets").
pub(crate) fn possessive_deals(ctx: &Ctx<'_>, relations: &mut Vec<Relation>) {
    if !ctx.on(Rule::PossessiveDeal) {
        return;
    }
    for (s, &(sf, sl)) in ctx.sent_words.iter().enumerate() {
        for k in sf..sl {
            if !ACQUISITION_NOUNS.contains(&ctx.words.lower(k)) || ctx.words.lower(k + 1) != OF {
                continue;
            }
            let Some((buyer, first)) = deal_owner(ctx, sf, k) else { continue };
            // "sued to block X's acquisition of Y", "not ...": no deal (as `deals-possessive` reads it)
            if super::deals::deal_stopped(ctx, first, sf)
                || super::negated(ctx, first, sf)
                || super::deals::failed_between(ctx, first, k)
            {
                continue;
            }
            let Some(y) = ctx.mention_starting(past_the(ctx, k + 2)).filter(|m| ctx.is_org(m.entity)) else { continue };
            let after = ctx.words.lower(y.last);
            if y.entity == buyer
                || ctx.possessive_at(y.last - 1)
                || (ctx.words.is_lower_word(y.last) && (looks_plural(after) || PARTIAL_DEAL_NOUNS.contains(&after)))
            {
                continue;
            }
            let here = ctx.sent_span(s);
            // (a deal told done keeps the parent its sentence reads: "had completed its acquisition of Y")
            let done =
                (sf..sl).any(|j| is_in(DEAL_CLOSED, ctx.words.lower(j)) || is_in(DEAL_DONE_EXTRA, ctx.words.lower(j)));
            relations.retain(|r| {
                done || !(r.kind == RelationKind::ParentOrganization
                    && r.subject == y.entity
                    && r.object == buyer
                    && r.evidence.span.overlaps(here))
            });
            add_link(ctx, relations, s, buyer, RelationKind::Acquired, y.entity);
        }
    }
}

/// The buyer of a deal noun at word `k`: the organisation whose possessive stands before it, past
/// at most two lower-case words and an amount ("Acme's proposed $1.1 billion acquisition"), or the
/// organisation an "its" there stands for; with the word where its name or pronoun starts.
fn deal_owner(ctx: &Ctx<'_>, sf: usize, k: usize) -> Option<(EntityIdx, usize)> {
    let mut j = k;
    let mut hops = 0;
    while j > sf + 1 && hops < 5 {
        let w = ctx.words.lower(j - 1);
        let amount =
            w.starts_with('$') || w.chars().next().is_some_and(|c| c.is_ascii_digit()) || AMOUNT_WORDS.contains(&w);
        if !(amount || (ctx.words.is_lower_word(j - 1) && !OWNER_PRONOUNS.contains(&w) && w != THE)) {
            break;
        }
        j -= 1;
        hops += 1;
    }
    if j > sf && OWNER_PRONOUNS.contains(&ctx.words.lower(j - 1)) {
        return ctx.its_referent(j - 1, None).filter(|&e| ctx.is_org(e)).map(|e| (e, j - 1));
    }
    let end = if ctx.words.lower(j - 1) == "'" { j - 1 } else { j };
    let m = ctx.mention_ending(end)?;
    (ctx.is_org(m.entity) && ctx.possessive_at(m.last - 1)).then_some((m.entity, m.first))
}

/// The transfers of control stated in the sentence of words `[sf, sl)`.
fn transfers_in(ctx: &Ctx<'_>, sf: usize, sl: usize) -> Vec<Transfer> {
    let mut out = Vec::new();
    let mut i = sf;
    while i < sl {
        let Some(start) = control_of_at(ctx, i, sl) else {
            i += 1;
            continue;
        };
        if let Some(t) = read_transfer(ctx, start, sl) {
            out.push(t);
        }
        i = start;
    }
    out
}

/// "transfer control of", "transfer of control of", "transferring control of" at word `i`: the
/// word after the last "of".
fn control_of_at(ctx: &Ctx<'_>, i: usize, sl: usize) -> Option<usize> {
    if !TRANSFER_WORDS.contains(&ctx.words.lower(i)) {
        return None;
    }
    let k = if ctx.words.lower(i + 1) == OF { i + 2 } else { i + 1 };
    (k + 1 < sl && ctx.words.lower(k) == CONTROL && ctx.words.lower(k + 1) == OF).then_some(k + 2)
}

/// Past what closes a company's name after its mention at `k`: the full stop of an abbreviated
/// legal form ("Inc."), a legal form after a comma (", LLC") and a parenthesised short name or note
/// ("(DCI)", "(collectively, Transferors)"); the organisations named inside the parentheses are
/// added to `short`.
fn past_name_tail(ctx: &Ctx<'_>, mut k: usize, sl: usize, short: &mut Vec<EntityIdx>) -> usize {
    loop {
        let w = ctx.words.lower(k);
        if w == "." && k < sl {
            k += 1;
        } else if w == "," && is_in(COMPANY_SUFFIXES, ctx.words.lower(k + 1).trim_end_matches('.')) {
            k += 2;
        } else if w == "(" {
            let Some(close) = (k + 1..sl.min(k + 8)).find(|&j| ctx.words.lower(j) == ")") else { break };
            short.extend(
                (k + 1..close)
                    .filter_map(|j| ctx.mention_starting(j))
                    .filter(|m| ctx.is_org(m.entity))
                    .map(|m| m.entity),
            );
            k = close + 1;
        } else {
            break;
        }
    }
    k
}

/// The organisations of a list from `k` ("A (A'), B and C"), and the word after it.
fn org_list(ctx: &Ctx<'_>, mut k: usize, sl: usize, short: &mut Vec<EntityIdx>) -> (Vec<EntityIdx>, usize) {
    let mut items = Vec::new();
    while k < sl {
        let Some(m) = ctx.mention_starting(k).filter(|m| ctx.is_org(m.entity)) else { break };
        items.push(m.entity);
        k = past_name_tail(ctx, m.last, sl, short);
        let w = ctx.words.lower(k);
        let w2 = ctx.words.lower(k + 1);
        if w == "," && w2 == AND {
            k += 2;
        } else if w == "," || w == AND {
            k += 1;
        } else {
            break;
        }
    }
    (items, k)
}

/// After "and its" or an owner's possessive at `k`: at most four lower-case words closed by a
/// subsidiary noun and an optional comma ("wholly owned operating subsidiaries,"), the word after.
fn past_subsidiary_noun(ctx: &Ctx<'_>, k: usize, sl: usize) -> Option<usize> {
    let mut j = k;
    while j < sl && j < k + 5 {
        let w = ctx.words.lower(j);
        if SUBSIDIARY_NOUNS.contains(&w) {
            let after = j + 1;
            return Some(if ctx.words.lower(after) == "," { after + 1 } else { after });
        }
        if !ctx.words.is_lower_word(j) {
            return None;
        }
        j += 1;
    }
    None
}

/// The transfer whose companies start at word `start` (after "control of"), if a buyer follows.
fn read_transfer(ctx: &Ctx<'_>, start: usize, sl: usize) -> Option<Transfer> {
    let mut k = past_the(ctx, start);
    if ctx.on(Rule::TransferHeldLicences)
        && let Some(by) = held_by(ctx, k, sl)
    {
        k = past_the(ctx, by);
    }
    let mut moved = Moved::default();
    let first = ctx.mention_starting(k).filter(|m| ctx.is_org(m.entity))?;
    if ctx.possessive_at(first.last - 1) {
        // "control of ITCD's wholly owned operating subsidiaries, A and B": the units are the targets
        let after = past_subsidiary_noun(ctx, first.last, sl)?;
        let (units, end) = org_list(ctx, after, sl, &mut moved.short);
        if units.is_empty() {
            return None;
        }
        moved.units = units.iter().map(|&u| (u, first.entity)).collect();
        moved.targets = units;
        k = end;
    } else {
        moved.targets.push(first.entity);
        k = past_name_tail(ctx, first.last, sl, &mut moved.short);
        if ctx.on(Rule::TransferFromParent) {
            k = more_targets(ctx, k, sl, &mut moved);
        }
        // "X and its wholly owned subsidiaries, A and B": the units go with X
        let comma = usize::from(ctx.words.lower(k) == ",");
        if ctx.words.lower(k + comma) == AND
            && OWNER_PRONOUNS.contains(&ctx.words.lower(k + comma + 1))
            && let Some(after) = past_subsidiary_noun(ctx, k + comma + 2, sl)
        {
            let (units, end) = org_list(ctx, after, sl, &mut moved.short);
            for &u in units.iter().filter(|&&u| u != first.entity) {
                moved.units.push((u, first.entity));
                moved.targets.push(u);
            }
            if !units.is_empty() {
                k = end;
            }
        }
    }
    // "from T to Y", "to Y": the first "to" followed by an organisation, within reach
    let mut from = Vec::new();
    let mut j = k;
    while j < sl && j <= k + TO_WITHIN {
        let w = ctx.words.lower(j);
        if w == FROM
            && from.is_empty()
            && let Some(m) = ctx.mention_starting(past_the(ctx, j + 1)).filter(|m| ctx.is_org(m.entity))
        {
            from.push(m.entity);
            j = past_name_tail(ctx, m.last, sl, &mut moved.short);
            // "from T and its wholly-owned subsidiary, T2, to Y": T2 transfers too
            if ctx.on(Rule::TransferFromParent)
                && ctx.words.lower(j) == AND
                && OWNER_PRONOUNS.contains(&ctx.words.lower(j + 1))
                && let Some(after) = past_subsidiary_noun(ctx, j + 2, sl)
            {
                let (units, end) = org_list(ctx, after, sl, &mut moved.short);
                from.extend(units);
                j = end;
            }
            continue;
        }
        if w == TO {
            let to = ctx.mention_starting(past_the(ctx, j + 1)).filter(|m| ctx.is_org(m.entity))?.entity;
            if moved.targets.contains(&to) || moved.short.contains(&to) || from.contains(&to) {
                return None;
            }
            moved.targets.dedup();
            return Some(Transfer { moved, from, to });
        }
        // the deal's sentence goes on to something else
        if w == ";" || w == ":" {
            return None;
        }
        j += 1;
    }
    None
}

/// More companies listed after the first one transferred, from word `k` past its name (rule
/// `relations-transfer-from-parent`): ", B (B'), C and D" up to the list's "and"; the word after
/// the list (`k` when none follows). "and its subsidiaries" is left to the caller.
fn more_targets(ctx: &Ctx<'_>, k: usize, sl: usize, moved: &mut Moved) -> usize {
    let mut end = k;
    loop {
        let comma = usize::from(ctx.words.lower(end) == ",");
        let and = usize::from(ctx.words.lower(end + comma) == AND);
        let Some(m) =
            ctx.mention_starting(end + comma + and).filter(|m| comma + and > 0 && m.first < sl && ctx.is_org(m.entity))
        else {
            return end;
        };
        if !moved.targets.contains(&m.entity) {
            moved.targets.push(m.entity);
        }
        end = past_name_tail(ctx, m.last, sl, &mut moved.short);
        if and == 1 {
            return end;
        }
    }
}

/// "licenses [, authorizations and leases] held by" from word `k` (rule
/// `relations-transfer-held-licences`): the word after "by", where the licences' holders start.
fn held_by(ctx: &Ctx<'_>, k: usize, sl: usize) -> Option<usize> {
    let mut licence = false;
    for j in k..sl.min(k + HELD_WITHIN) {
        let w = ctx.words.lower(j);
        if w == HELD && ctx.words.lower(j + 1) == BY {
            return licence.then_some(j + 2);
        }
        licence |= is_in(LICENCE_NOUNS, w);
        if !(ctx.words.is_lower_word(j) || w == ",") || ctx.mention_starting(j).is_some() {
            return None;
        }
    }
    None
}

/// Past a "the" at `k`.
fn past_the(ctx: &Ctx<'_>, k: usize) -> usize {
    if ctx.words.lower(k) == THE { k + 1 } else { k }
}
