//! Ownership told in an aside (rule `relations-owner-asides`): consumes a sentence's words and
//! mentions, produces parents (providers for services). "Y (the owner of A)", "Y (owners of A, B
//! and C)" inside brackets; "X (co-owned by Y)", "X (wholly owned by Y)"; and a name used as a
//! noun before "owner" or "parent" that names the owner next ("Arm owner Softbank", "Acme parent
//! Holdco"). Each reads X as Y's unit, or Y's service when X is typed a service.

use super::*;

pub(super) fn owner_asides(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    for u in sf..sl {
        if ctx.words.lower(u) == "(" {
            bracketed_owner(ctx, s, sl, u, out);
            bracketed_owned(ctx, s, sl, u, out);
        } else if is_in(OWNER_NOUNS, ctx.words.lower(u)) {
            bare_owner(ctx, s, u, out);
        }
    }
}

fn push_owned(ctx: &Ctx<'_>, s: usize, x: EntityIdx, y: EntityIdx, out: &mut Out) {
    if x == y || !org_or_service(ctx, x) || !ctx.is_org(y) {
        return;
    }
    let kind = if ctx.kind(x) == Some(EntityKind::Service) {
        RelationKind::Provider
    } else {
        RelationKind::ParentOrganization
    };
    out.push(ctx, s, x, kind, y, 0.65);
}

/// The name that ends right before the bracket at word `u`, past a legal form the name left out
/// ("Acme One Ltd (").
fn name_before_bracket(ctx: &Ctx<'_>, u: usize) -> Option<MentionAt> {
    ctx.mention_ending(u).or_else(|| {
        (u > 0 && is_in(LEGAL_SUFFIXES, ctx.words.lower(u - 1).trim_end_matches('.')))
            .then(|| ctx.mention_ending(u - 1))
            .flatten()
    })
}

/// The word that closes the bracket opened at word `u` (within twelve words), if any.
fn closing(ctx: &Ctx<'_>, u: usize, sl: usize) -> Option<usize> {
    (u + 1..(u + 13).min(sl)).find(|&k| ctx.words.lower(k) == ")")
}

/// "Y (the owner of A)", "Y (owners of A, B and C)": each name in the bracket is Y's.
fn bracketed_owner(ctx: &Ctx<'_>, s: usize, sl: usize, u: usize, out: &mut Out) {
    let Some(close) = closing(ctx, u, sl) else {
        return;
    };
    let mut j = u + 1;
    if is_in(ARTICLES, ctx.words.lower(j)) {
        j += 1;
    }
    if !is_in(OWNER_NOUNS, ctx.words.lower(j)) || ctx.words.lower(j + 1) != OF {
        return;
    }
    let Some(y) = name_before_bracket(ctx, u) else {
        return;
    };
    for x in list_from(ctx, j + 2, close) {
        push_owned(ctx, s, x, y.entity, out);
    }
}

/// "X (co-owned by Y)", "X (wholly owned by Y)": X is Y's.
fn bracketed_owned(ctx: &Ctx<'_>, s: usize, sl: usize, u: usize, out: &mut Out) {
    let Some(close) = closing(ctx, u, sl) else {
        return;
    };
    // "owned" or "-owned" after at most two lower-case words or hyphens ("co - owned")
    let Some(v) = (u + 1..(u + 4).min(close)).find(|&k| {
        let w = ctx.words.lower(k);
        w == OWNED || w.ends_with(OWNED_SUFFIX)
    }) else {
        return;
    };
    if !(u + 1..v).all(|k| ctx.words.is_lower_word(k)) || ctx.words.lower(v + 1) != BY {
        return;
    }
    if let (Some(x), Some(y)) = (name_before_bracket(ctx, u), ctx.mention_starting(v + 2).filter(|m| m.last <= close)) {
        push_owned(ctx, s, x.entity, y.entity, out);
    }
}

/// "Arm owner Softbank": a name right before the noun at `u`, the owner's name right after it. Not
/// a possessive ("Arm's owner, Softbank" is another rule's) and not one name running on.
fn bare_owner(ctx: &Ctx<'_>, s: usize, u: usize, out: &mut Out) {
    if ctx.mention_of_word.get(u).copied().flatten().is_some() {
        return;
    }
    let (Some(x), Some(y)) = (ctx.mention_ending(u), ctx.mention_starting(u + 1)) else {
        return;
    };
    if ctx.possessive_at(x.last - 1) || ctx.possessive_at(y.last - 1) {
        return;
    }
    push_owned(ctx, s, x.entity, y.entity, out);
}
