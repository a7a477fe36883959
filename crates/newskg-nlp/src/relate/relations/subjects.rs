//! "X ... owned by Y" (the pattern itself, [`owned_by`]) and the subject of such a clause when no
//! relative clause names it: the name just before
//! the verb group ("X [, now] has been owned by Y", "X is 60 per cent owned by Y"), or the name
//! before a comma-closed phrase ("X, founded in 1998, was previously owned by Y"); past an
//! apposition to the name it describes ("X, a rival of Z, was owned by Y": X, not Z). Also the owner
//! before an owning verb, past such a clause ("X, which is controlled by Z, also owns Y": X).

use super::deals::interrupted_subject;
use super::*;
use crate::lexicon::grammar::INDEFINITE_ARTICLES;

/// "X ... owned [since 2022] by Y": X, the relative clause's head or the name before the verb
/// group, is owned by Y. Also "the Y-owned carrier X": Y's compound ownership adjective
/// before X (at most three words between).
pub(super) fn owned_by(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, u: usize, out: &mut Out) {
    use RelationKind::ParentOrganization as P;
    let w = ctx.words.lower(u);
    if w.ends_with(OWNED_SUFFIX) || (w == OWNED && ctx.words.lower(u.wrapping_sub(1)) == "-") {
        // the owner's name is the word's start ("Halberg-owned") or ends before it
        let owner = ctx
            .mention_of_word
            .get(u)
            .copied()
            .flatten()
            .map(|k| ctx.mentions[k])
            .filter(|m| m.last == u + 1)
            .or_else(|| ctx.mention_ending(u))
            .or_else(|| (ctx.words.lower(u.wrapping_sub(1)) == "-").then(|| ctx.mention_ending(u - 1)).flatten())
            .filter(|m| ctx.is_org(m.entity) && ctx.words.lower(u + 1) != BY);
        if let Some(y) = owner
            && let Some(x) = next_mention(ctx, u + 1, sl, 3).filter(|m| org_or_service(ctx, m.entity))
        {
            let kind = if ctx.kind(x.entity) == Some(EntityKind::Service) { RelationKind::Provider } else { P };
            out.push(ctx, s, x.entity, kind, y.entity, 0.7);
            return;
        }
        // else "X is majority-owned by Y", below
    }
    let controlled = is_in(CONTROLLED_BY, w) && ctx.words.lower(u + 1) == BY;
    if (w == OWNED || w.ends_with(OWNED_SUFFIX) || controlled) && ctx.mention_starting(u).is_none() {
        let by = (u + 1..(u + 5).min(sl)).find(|&k| ctx.words.lower(k) == BY);
        if let Some(b) = by
                            && let Some(y) = next_mention(ctx, b + 1, sl, 4).filter(|m| ctx.is_org(m.entity))
            // "X, which is owned by Y": the relative clause's head first
            && let Some(x) = (sf..u)
                .rev()
                .find(|&k| ctx.words.lower(k) == "," && is_in(RELATIVE_THAT, ctx.words.lower(k + 1)))
                .and_then(|k| ctx.mention_ending(k))
                .filter(|m| org_or_service(ctx, m.entity) && m.entity != y.entity)
                                    .map(|m| m.entity)
                // "X [, now] has been owned ...": the name just before the verb group
                .or_else(|| owned_subject(ctx, sf, u, y.entity))
                // "X, the Italian streaming service owned by Y": the apposition's head
                .or_else(|| {
                    apposition_head(ctx, u, sf).filter(|&x| x != y.entity && org_or_service(ctx, x))
                })
                // "X is a German travel company owned by Y": the copula's subject
                .or_else(|| {
                    ctx.on(Rule::CopulaOwned)
                        .then(|| copula_subject(ctx, sf, u))
                        .flatten()
                        .filter(|&x| x != y.entity && org_or_service(ctx, x))
                })
        {
            // "controlled / run by" only after a name: not "the network operated by Y"
            let named = ctx.mentions_in(s).filter(|m| m.entity == x && m.last <= u).last().is_some_and(|m| {
                !is_in(ARTICLES, ctx.words.lower(m.first)) && !is_in(OWNER_PRONOUNS, ctx.words.lower(m.first))
            });
            if controlled && !named {
                return;
            }
            let kind = if ctx.kind(x) == Some(EntityKind::Service) { RelationKind::Provider } else { P };
            out.push(ctx, s, x, kind, y.entity, 0.7);
            // "jointly owned by A and B", "owned by A, B and C": every owner of the list
            if ctx.on(Rule::OwnerLists) {
                for more in owners_listed(ctx, y, sl).into_iter().filter(|&m| m != x && ctx.is_org(m)) {
                    out.push(ctx, s, x, kind, more, 0.7);
                }
            }
        }
    }
}

/// The subject of a copula whose indefinite noun phrase the participle at word `u` follows: X of
/// "X is a German travel company owned by Y" or "X is an Indian service provider, owned by Y"
/// (up to eight common or capitalised words, and places, between the article and the
/// participle; no other name), also past the stop of an abbreviated legal form ("X N.V. is") and
/// a bracketed aside ("X (formerly Z) is").
fn copula_subject(ctx: &Ctx<'_>, sf: usize, u: usize) -> Option<EntityIdx> {
    let mut k = u;
    if k > sf && ctx.words.lower(k - 1) == "," {
        k -= 1;
    }
    let mut hops = 0;
    while k > sf && hops < 8 && !is_in(INDEFINITE_ARTICLES, ctx.words.lower(k - 1)) {
        if let Some(p) = ctx.mention_ending(k) {
            if ctx.kind(p.entity) != Some(EntityKind::Location) {
                return None;
            }
            k = p.first;
        } else {
            let w = ctx.words.get(k - 1)?;
            let word = |c: char| c.is_alphabetic() || c == '-';
            if !(ctx.words.is_lower_word(k - 1) || w.text == "-" || (w.is_cap() && w.text.chars().all(word))) {
                return None;
            }
            k -= 1;
        }
        hops += 1;
    }
    // the article, then the copula right before it
    if k < sf + 2 || hops == 0 || !is_in(INDEFINITE_ARTICLES, ctx.words.lower(k - 1)) {
        return None;
    }
    if !is_in(IS_UNIT_VERBS, ctx.words.lower(k - 2)) {
        return None;
    }
    // past a bracketed aside on the subject ("X (formerly Z) is a ...")
    let mut c = k - 2;
    if ctx.words.lower(c - 1) == ")"
        && let Some(open) = (c.saturating_sub(12).max(sf)..c - 1).rev().find(|&q| ctx.words.lower(q) == "(")
    {
        c = open;
    }
    name_before(ctx, c).map(|m| m.entity)
}

/// The owners listed after the first one, `y`: B of "A and B", B and C of "A, B and C" or "A, B,
/// and C". A list that no "and" closes is an apposition ("Y, Acme's parent"), and one whose last
/// name a clause verb follows joins a clause ("owned by A and B said ..."): none.
fn owners_listed(ctx: &Ctx<'_>, y: MentionAt, sl: usize) -> Vec<EntityIdx> {
    let mut out = Vec::new();
    let mut j = y.last;
    let mut closed = false;
    while j < sl && !closed {
        // the stop of an abbreviated legal form ("Acme Inc. and B")
        if ctx.words.lower(j) == "."
            && ctx.words.get(j).zip(ctx.words.get(j - 1)).is_some_and(|(a, b)| a.span.start() == b.span.end())
        {
            j += 1;
        }
        let mut k = j;
        if ctx.words.lower(k) == "," {
            k += 1;
        }
        if ctx.words.lower(k) == AND {
            k += 1;
            closed = true;
        }
        let Some(m) = (k > j).then(|| ctx.mention_starting(k)).flatten().filter(|m| ctx.is_org(m.entity)) else {
            return Vec::new();
        };
        out.push(m.entity);
        j = m.last;
    }
    if !closed || is_in(SUBJECT_VERBS_AFTER, ctx.words.lower(j)) {
        return Vec::new();
    }
    out
}

/// The owned organisation or service before the participle at word `u` (owned by `y`), in the
/// sentence from word `sf`.
pub(super) fn owned_subject(ctx: &Ctx<'_>, sf: usize, u: usize, y: EntityIdx) -> Option<EntityIdx> {
    let fits = |x: EntityIdx| x != y && org_or_service(ctx, x);
    // "is 60 per cent owned": a share before the verb
    let share = |k: usize| {
        let w = ctx.words.lower(k);
        w.chars().any(|c| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || c == '.')
    };
    let mut k = u;
    while k > sf && k + 6 > u && (is_in(OWNED_BEFORE, ctx.words.lower(k - 1)) || share(k - 1)) {
        k -= 1;
    }
    // a comma the verb group opens with: it may close a phrase after the subject
    if let Some(c) = (k..u).find(|&q| ctx.words.lower(q) == ",") {
        if let Some(x) = interrupted_subject(ctx, c + 1, sf).filter(|&x| fits(x)) {
            return Some(x);
        }
        if let Some(open) = apposition_open(ctx, sf, c) {
            // the name the apposition describes is the subject
            return ctx.mention_ending(open).map(|m| m.entity).filter(|&x| fits(x));
        }
    }
    ctx.mention_ending(k).map(|m| m.entity).filter(|&x| fits(x))
}

/// The owner before an owning verb at word `u` whose leads ("also", "which") start at word `b`:
/// ", which owns" and ", also owns" read the name before the comma, "Y owns" the name before the
/// verb; a clause or apposition set off by commas before the leads is passed over to the name it
/// follows ("X, which is controlled by Z, also owns Y", "X, the Dutch group, owns Y": X).
pub(super) fn owner_before(ctx: &Ctx<'_>, sf: usize, b: usize, u: usize) -> Option<MentionAt> {
    let closed = b > sf && ctx.words.lower(b - 1) == ",";
    let relative = is_in(RELATIVE_THAT, ctx.words.lower(b));
    if closed
        && !relative
        && ctx.on(Rule::OwnsList)
        && let Some(open) = apposition_open(ctx, sf, b - 1)
    {
        return ctx.mention_ending(open);
    }
    if b < u && closed { ctx.mention_ending(b - 1) } else { ctx.mention_ending(b) }
}

/// The comma that opens an apposition closed by the comma at word `c`: an earlier comma right
/// after an organisation's name and before a common word ("X, a rival of Z, ...": the name before
/// `c` is inside it).
fn apposition_open(ctx: &Ctx<'_>, sf: usize, c: usize) -> Option<usize> {
    let open = (c.saturating_sub(20).max(sf)..c).rev().find(|&q| ctx.words.lower(q) == ",")?;
    (ctx.mention_ending(open).is_some_and(|m| ctx.is_org(m.entity)) && ctx.words.is_lower_word(open + 1))
        .then_some(open)
}
