//! Joint ventures told as a clause (rule `partners-venture-clause`): consumes a sentence's words
//! and mentions, produces the venture's parents and its members' partnership.
//!
//! "Z was set up in 1996 as a 60:40 joint venture between A and B", "Z is a joint venture of A,
//! B and C", "Z, which was an equal joint venture between A and B", "Z, a 50:50 joint venture
//! between A and B", "Z was formed as a joint venture by A and B", "a joint venture company
//! established between A and B": each member is Z's parent (Z's provider when Z is a service), and
//! the members are partners. The venture is the apposition's head before the phrase, the subject
//! of the copula before it (through a relative pronoun to its head, or, when that head is no name,
//! to the name the sentence opens with before a copula), or the subject of a founding verb that
//! "as" follows. Nothing for a venture that is only proposed or planned, or negated.

use super::deals::apposition_head;
use super::*;
use crate::lexicon::deals::{
    FOUNDING_VERBS, JOINT, VENTURE, VENTURE_COPULAS, VENTURE_FORMED, VENTURE_HEADS, VENTURE_MEMBER_LEADS,
    VENTURE_SHARES, VENTURE_STOPPED,
};
use crate::lexicon::facts::{DEAL_HEDGES, DEAL_STOPPED};
use crate::lexicon::grammar::{AS, HAVE_FORMS, RELATIVE_THAT_WHO};
use crate::lexicon::people::BEEN;

/// Every joint venture clause of sentence `s` (words `[sf, sl)`).
pub(super) fn venture_clauses(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    for j in sf..sl {
        let Some(after) = venture_end(ctx, j) else {
            continue;
        };
        // "a joint venture [company] [established | formed by] between / by / of A and B"
        let mut k = after;
        if k < sl && is_in(VENTURE_HEADS, ctx.words.lower(k)) {
            k += 1;
        }
        while k < sl && k < after + 3 && is_in(VENTURE_FORMED, ctx.words.lower(k)) {
            k += 1;
        }
        if k >= sl || !is_in(VENTURE_MEMBER_LEADS, ctx.words.lower(k)) {
            continue;
        }
        let members = member_list(ctx, k + 1, sl);
        if members.is_empty() {
            continue;
        }
        let np = phrase_start(ctx, j, sf);
        let hedged = (np.saturating_sub(2).max(sf)..j).any(|q| is_in(DEAL_HEDGES, ctx.words.lower(q)));
        let stopped = (np.saturating_sub(8).max(sf)..np).any(|q| {
            let w = ctx.words.lower(q);
            is_in(DEAL_STOPPED, w) || is_in(VENTURE_STOPPED, w)
        });
        if hedged || stopped || negated(ctx, np, sf) {
            continue;
        }
        for (i, &a) in members.iter().enumerate() {
            for &b in &members[i + 1..] {
                out.push(ctx, s, a, RelationKind::Partner, b, 0.6);
            }
        }
        let Some(z) = venture_head(ctx, s, sf, np).filter(|z| !members.contains(z)) else {
            continue;
        };
        let kind = if ctx.kind(z) == Some(EntityKind::Service) {
            RelationKind::Provider
        } else {
            RelationKind::ParentOrganization
        };
        for &p in &members {
            out.push(ctx, s, z, kind, p, 0.6);
        }
    }
}

/// The word after "joint venture" / "joint-venture" when it starts at word `j`.
fn venture_end(ctx: &Ctx<'_>, j: usize) -> Option<usize> {
    let w = ctx.words.lower(j);
    if w == JOINT && ctx.words.lower(j + 1) == VENTURE {
        return Some(j + 2);
    }
    if w == JOINT && ctx.words.lower(j + 1) == "-" && ctx.words.lower(j + 2) == VENTURE {
        return Some(j + 3);
    }
    let hyphened = w.strip_prefix(JOINT).and_then(|r| r.strip_prefix('-')) == Some(VENTURE);
    hyphened.then_some(j + 1)
}

/// The start of the noun phrase whose head is the venture at word `j`: back over a share split
/// ("50:50", "60/40", "an equal") and an article.
fn phrase_start(ctx: &Ctx<'_>, j: usize, sf: usize) -> usize {
    let mut b = j;
    let mut hops = 0;
    while b > sf && hops < 3 && share_word(ctx.words.lower(b - 1)) {
        b -= 1;
        hops += 1;
    }
    if b > sf && is_in(ARTICLES, ctx.words.lower(b - 1)) {
        return b - 1;
    }
    // "a food and beverage joint venture": lower-case modifiers back to the article
    let mut m = b;
    while m > sf && b - m < 4 && ctx.words.is_lower_word(m - 1) && !is_in(ARTICLES, ctx.words.lower(m - 1)) {
        m -= 1;
    }
    if m < b && m > sf && is_in(ARTICLES, ctx.words.lower(m - 1)) && !is_in(VENTURE_COPULAS, ctx.words.lower(m)) {
        return m - 1;
    }
    b
}

/// A word of a share split: digits with ":", "/", "-" or "%" ("50:50", "5050", "60"), those signs
/// alone, or an equal-share word.
fn share_word(w: &str) -> bool {
    is_in(VENTURE_SHARES, w)
        || (!w.is_empty()
            && w.chars().all(|c| c.is_ascii_digit() || matches!(c, ':' | '/' | '-' | '%' | '.'))
            && (w.chars().any(|c| c.is_ascii_digit()) || matches!(w, ":" | "/")))
}

/// The organisations listed from word `i`: "A and B", "A, B and C", "A, B, and C" (a descriptor
/// with an article before each allowed: "the Dutch group A").
pub(super) fn member_list(ctx: &Ctx<'_>, i: usize, sl: usize) -> Vec<EntityIdx> {
    let mut out = Vec::new();
    let mut next = i;
    while let Some(m) = next_mention(ctx, next, sl, 2).filter(|m| ctx.is_org(m.entity)) {
        // a name the recogniser split in two ("B" + "Smith"): no further member
        if !out.is_empty() && ctx.mention_starting(m.last).is_some() {
            break;
        }
        // a name cut after a capitalised word left out of it ("Northern" + "Copper"): no member
        if !cut_name(ctx, m) && !out.contains(&m.entity) {
            out.push(m.entity);
        }
        let p = past_member_aside(ctx, m.sent, m.last, sl);
        let w = ctx.words.lower(p);
        next = if w == "," && ctx.words.lower(p + 1) == AND {
            p + 2
        } else if w == "," || w == AND {
            p + 1
        } else {
            break;
        };
    }
    out
}

/// The word after an aside that follows a member ending at word `p`: a parenthesis ("A (51
/// percent)", "A (through its unit B)") or a description between commas that "and" follows ("A,
/// the largest brewer in China, and B"); `p` itself when none.
fn past_member_aside(ctx: &Ctx<'_>, s: usize, p: usize, sl: usize) -> usize {
    let w = ctx.words.lower(p);
    if w == "(" {
        if let Some(close) = (p + 1..(p + 12).min(sl)).find(|&q| ctx.words.lower(q) == ")") {
            return close + 1;
        }
        return p;
    }
    if w == "," && is_in(ARTICLES, ctx.words.lower(p + 1)) {
        let close = (p + 2..(p + 12).min(sl)).find(|&q| ctx.words.lower(q) == ",");
        if let Some(c) = close.filter(|&c| ctx.words.lower(c + 1) == AND) {
            let named = ctx.mentions_in(s).any(|m| m.first > p && m.last <= c && org_or_service(ctx, m.entity));
            if !named {
                return c;
            }
        }
    }
    p
}

/// Whether a capitalised word that is no name and opens no sentence stands right before mention
/// `m`: the recogniser left part of the name out.
fn cut_name(ctx: &Ctx<'_>, m: MentionAt) -> bool {
    m.first > 0
        && ctx.mention_ending(m.first).is_none()
        && ctx.words.get(m.first - 1).is_some_and(|x| {
            !x.sent_start && x.is_cap() && x.text.chars().all(char::is_alphabetic) && !is_in(ARTICLES, &x.lower)
        })
}

/// The venture the phrase starting at word `np` is said of: an apposition's head, a copula's
/// subject or a founding verb's subject.
fn venture_head(ctx: &Ctx<'_>, s: usize, sf: usize, np: usize) -> Option<EntityIdx> {
    if np <= sf {
        return None;
    }
    let before = ctx.words.lower(np - 1);
    let named = |m: MentionAt| Some(m.entity).filter(|&e| org_or_service(ctx, e));
    if before == "," {
        // "Z, a joint venture between ..."
        return name_before(ctx, np - 1).and_then(named);
    }
    if before == AND || (is_in(VENTURE_COPULAS, before) && ctx.words.lower(np.saturating_sub(2)) == AND) {
        // "X is a carmaker based in Y, and [is] a joint venture ...": the sentence's subject
        return opening_subject(ctx, s, sf);
    }
    if is_in(VENTURE_COPULAS, before) {
        let mut c = np - 1;
        if before == BEEN && c > sf && is_in(HAVE_FORMS, ctx.words.lower(c - 1)) {
            c -= 1;
        }
        if c > sf && is_in(RELATIVE_THAT_WHO, ctx.words.lower(c - 1)) {
            // "Z, which is a joint venture ...", or "Z is a music company, which was a joint venture"
            return apposition_head(ctx, c - 1, sf)
                .filter(|&e| org_or_service(ctx, e))
                .or_else(|| opening_subject(ctx, s, sf));
        }
        return name_before(ctx, c).and_then(named);
    }
    if before == AS {
        // "Z was [originally] formed [in Leeds] [in 1999] as a joint venture ...": the founding
        // verb within eight words, no organisation between it and "as"
        let lo = np.saturating_sub(10).max(sf + 1);
        let v = (lo..np - 1).rev().find(|&q| is_in(FOUNDING_VERBS, ctx.words.lower(q)))?;
        let between_org = ctx.mentions_in(s).any(|m| m.first > v && m.last < np && ctx.is_org(m.entity));
        if between_org {
            return None;
        }
        // one adverb between the auxiliary and the verb ("was originally formed")
        let mut a = v;
        if a > sf + 1 && ctx.words.is_lower_word(a - 1) && is_in(VENTURE_COPULAS, ctx.words.lower(a - 2)) {
            a -= 1;
        }
        let mut aux = a;
        while aux > sf
            && (is_in(VENTURE_COPULAS, ctx.words.lower(aux - 1)) || is_in(HAVE_FORMS, ctx.words.lower(aux - 1)))
        {
            aux -= 1;
        }
        if aux == a {
            // "Z, formed in 1999 as a joint venture ...": a participle after the name's comma
            return (a > sf && ctx.words.lower(a - 1) == ",")
                .then(|| name_before(ctx, a - 1))
                .flatten()
                .and_then(named);
        }
        return name_before(ctx, aux).and_then(named);
    }
    None
}

/// The organisation or service a sentence opens with ("The" allowed before it) when a copula
/// follows it right away.
fn opening_subject(ctx: &Ctx<'_>, s: usize, sf: usize) -> Option<EntityIdx> {
    let m = ctx.mentions_in(s).next()?;
    let opens = m.first == sf || (m.first == sf + 1 && ctx.words.lower(sf) == THE);
    (opens && is_in(VENTURE_COPULAS, ctx.words.lower(m.last)) && org_or_service(ctx, m.entity)).then_some(m.entity)
}

/// The older reader of "Z, a joint venture between A and B" ("between" at word `k`; rule
/// `partners-partnership`, run only when `partners-venture-fold` or `partners-venture-clause` is
/// off): A and B are partners and, when the phrase is in apposition to an organisation Z, each is
/// Z's parent, with none of [`venture_clauses`]' declines.
pub(super) fn venture_between(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, k: usize, out: &mut Out) {
    let Some(a) = next_mention(ctx, k + 1, sl, 2).filter(|m| ctx.is_org(m.entity)) else {
        return;
    };
    if ctx.words.lower(a.last) != AND {
        return;
    }
    let Some(b) = next_mention(ctx, a.last + 1, sl, 2).filter(|m| ctx.is_org(m.entity) && m.entity != a.entity) else {
        return;
    };
    // a name the recogniser split in two ("B" + "Smith"): no second company
    if ctx.mention_starting(b.last).is_some() {
        return;
    }
    out.push(ctx, s, a.entity, RelationKind::Partner, b.entity, 0.6);
    // "Z, a joint venture ...": the apposition's head (an article, then "joint")
    let mut np = k - 2;
    if np > sf && is_in(ARTICLES, ctx.words.lower(np - 1)) {
        np -= 1;
    }
    if np > sf + 1
        && ctx.words.lower(np - 1) == ","
        && let Some(z) = ctx.mention_ending(np - 1).filter(|m| ctx.is_org(m.entity))
    {
        for p in [a.entity, b.entity] {
            if p != z.entity {
                out.push(ctx, s, z.entity, RelationKind::ParentOrganization, p, 0.6);
            }
        }
    }
}
