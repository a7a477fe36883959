//! Organisations of positions that the title's sentence does not name: "the chief executive of
//! the company", "the bank's chairman", "a director at the charity" refer back to an
//! organisation of the matching kind named earlier in the article (the subject-like one of the
//! nearest sentence that names one, up to five back, past a sentence whose subject is the same
//! kind of anaphor; else the article's main one of that kind).
//! Consumes the relate context, produces entity indices.

use crate::lexicon::grammar::{IT, THE};
use crate::lexicon::people::ANAPHOR_ADJECTIVES;
use crate::lexicon::reference::{BODY_ANAPHOR_NOUNS, COMPANY_ANAPHOR_NOUNS, OBJECT_PREPOSITIONS, ORG_ANAPHOR_NOUNS};
use crate::lexicon::time::{REPORT_VERBS, REPORTED_CLAUSE_GAP};
use crate::lexicon::words::is_in;
use crate::rulebook::Rule;
use crate::words::whole_word_offsets;
use newskg_doc::{EntityIdx, EntityKind};

use super::super::Ctx;

/// What an anaphor noun may stand for: a business ("company"), a non-business body ("charity"),
/// or any organisation ("group", "agency"); the same head nouns as `relate/refer.rs` reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wants {
    Kind(EntityKind),
    AnyOrg,
}

/// What the anaphor noun at word `i` stands for, if it is one.
fn anaphor_kind(ctx: &Ctx<'_>, i: usize) -> Option<Wants> {
    let w = ctx.words.lower(i);
    let w = w.strip_suffix("'s").unwrap_or(w);
    if is_in(COMPANY_ANAPHOR_NOUNS, w) {
        Some(Wants::Kind(EntityKind::Company))
    } else if is_in(BODY_ANAPHOR_NOUNS, w) {
        Some(Wants::Kind(EntityKind::Organization))
    } else if is_in(ORG_ANAPHOR_NOUNS, w) {
        Some(Wants::AnyOrg)
    } else {
        None
    }
}

/// "the [new] company" starting at word `i` ("the"): the word index of the noun, if it is an
/// anaphor noun and no entity mention covers it.
pub(super) fn anaphor_noun_after(ctx: &Ctx<'_>, i: usize, sl: usize) -> Option<usize> {
    if ctx.words.lower(i) != THE {
        return None;
    }
    let mut k = i + 1;
    while k < sl && k < i + 3 && is_in(ANAPHOR_ADJECTIVES, ctx.words.lower(k)) {
        k += 1;
    }
    // "the charity Oxfam", "the carmaker Velmar": a name right after the noun is what it refers to
    let named_next = ctx.mention_starting(k + 1).is_some_and(|m| ctx.is_org(m.entity));
    (k < sl && ctx.mention_of_word.get(k).copied().flatten().is_none() && anaphor_kind(ctx, k).is_some() && !named_next)
        .then_some(k)
}

/// "the [new] company" ending at word `end` (exclusive; "the company's" included): the index of
/// its "the".
pub(super) fn anaphor_noun_before(ctx: &Ctx<'_>, end: usize, sf: usize) -> Option<usize> {
    let n = end.checked_sub(1).filter(|&n| n >= sf)?;
    anaphor_kind(ctx, n)?;
    if ctx.mention_of_word.get(n).copied().flatten().is_some() {
        return None;
    }
    let mut k = n;
    while k > sf && k + 3 > n && is_in(ANAPHOR_ADJECTIVES, ctx.words.lower(k - 1)) {
        k -= 1;
    }
    (k > sf && ctx.words.lower(k - 1) == THE).then_some(k - 1)
}

/// "the company said its chairman": the anaphor noun of a "the [adjective] noun" phrase at most
/// six words before the owner pronoun at `pronoun`, when no organisation is named before the
/// pronoun in its sentence (then that one is what "its" refers to).
pub(super) fn anaphor_subject_before(ctx: &Ctx<'_>, pronoun: usize, sf: usize) -> Option<usize> {
    if ctx.mentions.iter().any(|m| m.first >= sf && m.last <= pronoun && ctx.is_org(m.entity)) {
        return None;
    }
    (pronoun.saturating_sub(6).max(sf)..pronoun)
        .find_map(|k| anaphor_noun_after(ctx, k, pronoun))
        .filter(|&n| n < pronoun)
}

/// The organisation opening the nearest sentence before the one starting at word `sf` ("Acme
/// ...", "The Acme Group ..."), past sentences that open with "it" or "the company" themselves (up
/// to five back): `Some(Some(org))`; `Some(None)` when the nearest opens with another name (a
/// person's, a place's); `None` when a sentence with another opening comes first. An organisation
/// named after a preposition ("It is listed on the Zeta Exchange") is never the one. Read by
/// `roles-founded-subject` (module `verbal`); the title anaphors of [`resolve`] do not use it (session
/// 36 measured it there: no change on train, models/ROLES.md).
pub(super) fn opener_chain(ctx: &Ctx<'_>, sf: usize) -> Option<Option<EntityIdx>> {
    let s = ctx.words.get(sf)?.sent;
    for back in 1..=5 {
        let Some(p) = s.checked_sub(back) else { break };
        let Some(&(pf, pl)) = ctx.sent_words.get(p) else { break };
        let start = if ctx.words.lower(pf) == THE { pf + 1 } else { pf };
        if let Some(m) = ctx.mention_starting(start) {
            return Some(ctx.is_org(m.entity).then_some(m.entity));
        }
        if !(ctx.words.lower(pf) == IT || anaphor_noun_after(ctx, pf, pl).is_some()) {
            break;
        }
    }
    None
}

/// What the anaphor noun at word `n` refers to: of the organisations of its kind, the subject-like
/// one before it in its sentence, else the one of the nearest sentence before (up to five back)
/// that names one (its subject-like one first), else the article's one with the most mentions.
pub(super) fn resolve(ctx: &Ctx<'_>, n: usize) -> Option<EntityIdx> {
    let wants = anaphor_kind(ctx, n)?;
    let s = ctx.words.get(n)?.sent;
    let fits = |e: EntityIdx| match wants {
        Wants::Kind(kind) => ctx.kind(e) == Some(kind),
        Wants::AnyOrg => ctx.kind(e).is_some_and(EntityKind::is_org),
    };
    if let Some(m) =
        ctx.mentions.iter().rev().find(|m| m.sent == s && m.last <= n && fits(m.entity) && ctx.subject_like(**m))
    {
        // "Reuters reported that Jane Roe, co-founder of Acme, will step down as the company's
        // CEO": the source of a report is not what its reported clause speaks of; the nearest
        // organisation of the kind named in that clause is
        let reports = (m.last..(m.last + REPORTED_CLAUSE_GAP).min(n)).any(|k| is_in(REPORT_VERBS, ctx.words.lower(k)));
        let in_clause =
            || ctx.mentions.iter().rev().find(|o| o.sent == s && o.first > m.last && o.last <= n && fits(o.entity));
        if reports
            && ctx.on(Rule::ReportSourceAnaphora)
            && let Some(o) = in_clause()
        {
            return Some(o.entity);
        }
        return Some(m.entity);
    }
    for back in 1..=5 {
        let Some(p) = s.checked_sub(back) else { break };
        let in_p = || ctx.mentions.iter().filter(move |m| m.sent == p && fits(m.entity));
        if let Some(m) = in_p().find(|m| ctx.subject_like(**m)) {
            return Some(m.entity);
        }
        // "The bank ran into trouble after the failure of Zeta.": a sentence whose subject is the
        // same kind of anaphor speaks of what ours refers to, not of the other organisation it
        // names; look further back
        // (only when each organisation it names is a preposition's object: "The new company, to be
        // called Zeta Holdings" names what it is)
        let same_subject = ctx.sent_words.get(p).is_some_and(|&(pf, pl)| {
            anaphor_noun_after(ctx, pf, pl).and_then(|k| anaphor_kind(ctx, k)).is_some_and(|w| w == wants)
        }) && in_p()
            .all(|m| m.first > 0 && is_in(OBJECT_PREPOSITIONS, ctx.words.lower(m.first - 1)));
        if same_subject {
            continue;
        }
        if let Some(m) = in_p().next() {
            return Some(m.entity);
        }
    }
    dominant(
        ctx,
        match wants {
            Wants::Kind(kind) => Some(kind),
            Wants::AnyOrg => None,
        },
    )
}

/// The organisation (of `kind`, when given) with the most mentions in the article.
pub(super) fn dominant(ctx: &Ctx<'_>, kind: Option<EntityKind>) -> Option<EntityIdx> {
    ctx.most_mentioned(|_, ent| match kind {
        Some(k) => ent.kind == k,
        None => ent.kind.is_org(),
    })
}

/// The organisation (of `kind`, when given) the article's headline names first ("Acme to cut
/// 2,000 jobs"; the longer name on a tie), matched on whole words against every entity's name and
/// aliases: what the article is about. A one-word name the body mentions only once is no main
/// organisation (a headline word the recogniser took for a name in passing, "Research" of
/// "Research In Motion"). None when the headline also names `main` (the most mentioned one): the
/// article is about that one too ("Acme Cloud outage hits Acme's shops").
pub(super) fn headline(ctx: &Ctx<'_>, kind: Option<EntityKind>, main: Option<EntityIdx>) -> Option<EntityIdx> {
    let title = ctx.doc.article.title.as_deref()?.to_lowercase();
    let named = |e: &newskg_doc::Entity| {
        std::iter::once(&e.name).chain(e.aliases.iter()).any(|n| find_word(&title, &n.to_lowercase()).is_some())
    };
    if main.and_then(|m| ctx.doc.entities.get(m)).is_some_and(named) {
        return None;
    }
    let mut best: Option<(usize, usize, EntityIdx)> = None;
    for (e, ent) in ctx.doc.entities.iter().enumerate() {
        let fits = match kind {
            Some(k) => ent.kind == k,
            None => ent.kind.is_org(),
        };
        if !fits || (ent.mentions.len() < 2 && !ent.name.contains(' ')) {
            continue;
        }
        for name in std::iter::once(&ent.name).chain(ent.aliases.iter()) {
            let Some(at) = find_word(&title, &name.to_lowercase()) else { continue };
            if best.is_none_or(|(b, len, _)| at < b || (at == b && name.len() > len)) {
                best = Some((at, name.len(), e));
            }
        }
    }
    best.map(|(_, _, e)| e)
}

/// The organisation whose name (or alias) opens the article's headline ("Acme to cut 2,000
/// jobs", "The Acme Group sells its bank"; the longest name on a tie), of any organisation kind:
/// the headline's subject, what the article is about. A one-word name the body mentions only
/// once does not count.
pub(crate) fn headline_subject(ctx: &Ctx<'_>) -> Option<EntityIdx> {
    let title = ctx.doc.article.title.as_deref()?.to_lowercase();
    let title = title.strip_prefix("the ").unwrap_or(&title);
    let mut best: Option<(usize, EntityIdx)> = None;
    for (e, ent) in ctx.doc.entities.iter().enumerate() {
        if !ent.kind.is_org() || (ent.mentions.len() < 2 && !ent.name.contains(' ')) {
            continue;
        }
        for name in std::iter::once(&ent.name).chain(ent.aliases.iter()) {
            if find_word(title, &name.to_lowercase()) == Some(0) && best.is_none_or(|(len, _)| name.len() > len) {
                best = Some((name.len(), e));
            }
        }
    }
    best.map(|(_, e)| e)
}

/// The byte offset of the first whole-word occurrence of `needle` (two characters or more) in
/// `hay`.
fn find_word(hay: &str, needle: &str) -> Option<usize> {
    (needle.chars().count() >= 2).then(|| whole_word_offsets(hay, needle).next()).flatten()
}
