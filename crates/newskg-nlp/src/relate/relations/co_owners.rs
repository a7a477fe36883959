//! Organisations that own, control or run a venture together: consumes a sentence's words and
//! mentions, produces partner links between co-owners named after the joint word and, when the
//! words are of ownership, the owned organisation's parents (rule `relations-co-owners`). The
//! co-owners follow the joint word ("Z is an equally owned joint venture of A and B", "the
//! acquisition of joint control of Z by A and B", "Z's joint-owning groups, A and B", "Z, jointly
//! owned by A and B": partners) or open the clause before it ("A and B had shared ownership of Z",
//! "A and B jointly own Z": only Z's parents). Nothing for a negated or stopped deal ("prohibited
//! the creation of a joint venture by A and B").

use super::*;
use crate::lexicon::facts::{JOINT_OWNERS_LEADS, JOINT_OWNING_HEADS, JOINT_PARTNER_HEADS, JOINT_WORDS};
use crate::lexicon::grammar::BETWEEN;

/// What the joint word's head makes of the co-owners.
#[derive(Clone, Copy, PartialEq)]
enum Joint {
    Owning,
    Partnering,
}

/// The joint word at `k` and its head: the kind and the head's word index.
fn joint_at(ctx: &Ctx<'_>, k: usize) -> Option<(Joint, usize)> {
    let w = ctx.words.lower(k);
    let mut parts = w.split('-');
    let first = parts.next()?;
    if !is_in(JOINT_WORDS, first) {
        return None;
    }
    let (head, at) = match parts.next() {
        Some(h) => (h, k),
        None => (ctx.words.lower(k + 1), k + 1),
    };
    if is_in(JOINT_OWNING_HEADS, head) {
        Some((Joint::Owning, at))
    } else if is_in(JOINT_PARTNER_HEADS, head) {
        Some((Joint::Partnering, at))
    } else {
        None
    }
}

/// The organisations coordinated from word `i`: "A and B", "A, B and C" (none unless two or more).
fn coordinated(ctx: &Ctx<'_>, mut i: usize, sl: usize) -> Vec<MentionAt> {
    let mut out: Vec<MentionAt> = Vec::new();
    while i < sl {
        let Some(m) = ctx.mention_starting(i).filter(|m| ctx.is_org(m.entity)) else {
            break;
        };
        out.push(m);
        let w = ctx.words.lower(m.last);
        if w == AND {
            i = m.last + 1;
            // the last item
            if let Some(last) = ctx.mention_starting(i).filter(|m| ctx.is_org(m.entity)) {
                out.push(last);
            }
            break;
        } else if w == "," && ctx.words.lower(m.last + 1) == AND {
            i = m.last + 2;
        } else if w == "," {
            i = m.last + 1;
        } else {
            break;
        }
    }
    let closed = out.len() >= 2 && out.windows(2).all(|p| p[0].entity != p[1].entity);
    if closed { out } else { Vec::new() }
}

/// The co-owners after the head at `h`, and the owned organisation named between ("joint control of
/// Z by A and B"): past lower-case words, an article, "of", "by", "between" or a comma.
fn owners_after(ctx: &Ctx<'_>, h: usize, sl: usize) -> (Vec<MentionAt>, Option<MentionAt>) {
    let mut owned = None;
    let mut i = h + 1;
    let mut hops = 0;
    while i < sl && hops < 6 {
        let w = ctx.words.lower(i);
        if let Some(m) = ctx.mention_starting(i) {
            let opens = is_in(&[OF, BY, BETWEEN, ","], ctx.words.lower(i - 1));
            let list = coordinated(ctx, i, sl);
            if opens && !list.is_empty() {
                return (list, owned);
            }
            // "of Z by A and B": one owned name first
            if owned.is_none() && ctx.words.lower(i - 1) == OF && ctx.is_org(m.entity) {
                owned = Some(m);
                i = m.last;
                hops += 1;
                continue;
            }
            break;
        }
        if !(ctx.words.is_lower_word(i) || w == ",") || w == AND {
            break;
        }
        i += 1;
        hops += 1;
    }
    (Vec::new(), None)
}

/// The co-owners ending before the joint word at `k` ("A and B [had] shared ownership").
fn owners_before(ctx: &Ctx<'_>, sf: usize, k: usize, sl: usize) -> Vec<MentionAt> {
    let mut b = k;
    while b > sf && k - b < 3 && is_in(JOINT_OWNERS_LEADS, ctx.words.lower(b - 1)) {
        b -= 1;
    }
    let Some(last) = ctx.mention_ending(b).filter(|m| ctx.is_org(m.entity)) else {
        return Vec::new();
    };
    // back over "A, B and" to the list's first name
    let mut first = last;
    let mut j = last.first;
    while j > sf {
        let sep = ctx.words.lower(j - 1);
        let back = if sep == AND && j >= 2 && ctx.words.lower(j - 2) == "," { j - 2 } else { j - 1 };
        if !(sep == AND || sep == ",") {
            break;
        }
        match ctx.mention_ending(back).filter(|m| ctx.is_org(m.entity)) {
            Some(m) => {
                first = m;
                j = m.first;
            }
            None => break,
        }
    }
    if first.first == last.first {
        return Vec::new();
    }
    let list = coordinated(ctx, first.first, sl);
    if list.last().is_some_and(|m| m.first == last.first) { list } else { Vec::new() }
}

/// The organisation owned, named near the head at `h` ("ownership [and operations] of Z", "own Z"),
/// or before the joint word at `k` ("Z's joint-owning groups", "Z, jointly owned by").
fn owned_near(ctx: &Ctx<'_>, sf: usize, k: usize, h: usize, sl: usize) -> Option<MentionAt> {
    if let Some(m) = ctx.mention_ending(k).filter(|m| ctx.possessive_at(m.last - 1)) {
        return Some(m);
    }
    if k > sf + 1
        && ctx.words.lower(k - 1) == ","
        && let Some(m) = ctx.mention_ending(k - 1)
    {
        return Some(m);
    }
    let mut i = h + 1;
    while i < sl && i <= h + 4 {
        if let Some(m) = ctx.mention_starting(i) {
            let after_of = ctx.words.lower(i - 1) == OF || i == h + 1;
            return after_of.then_some(m);
        }
        if !ctx.words.is_lower_word(i) {
            return None;
        }
        i += 1;
    }
    None
}

/// The co-owner links of sentence `s` (words `[sf, sl)`): partners among the co-owners when
/// `partners`, else the owned organisation's parents.
pub(super) fn co_owners(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, partners: bool, out: &mut Out) {
    for k in sf..sl {
        let Some((joint, h)) = joint_at(ctx, k) else {
            continue;
        };
        // "never had shared ownership", "prohibiting the creation of a joint venture by A and B"
        if negated(ctx, k, sf) || super::deals::deal_stopped(ctx, k, sf) {
            continue;
        }
        let (mut owners, mut owned) = owners_after(ctx, h, sl);
        let before = owners.is_empty();
        if before {
            owners = owners_before(ctx, sf, k, sl);
        }
        if owners.is_empty() {
            continue;
        }
        // co-owners that open the clause ("A and B had shared ownership of Z") are often a deal's
        // two sides, told about as partners elsewhere or not at all: the owned thing's parents only
        if partners && !before {
            for (i, a) in owners.iter().enumerate() {
                for b in &owners[i + 1..] {
                    out.push(ctx, s, a.entity, RelationKind::Partner, b.entity, 0.6);
                }
            }
            continue;
        }
        if partners || joint != Joint::Owning {
            continue;
        }
        if owned.is_none() {
            owned = owned_near(ctx, sf, k, h, sl);
        }
        let owner = |e: EntityIdx| owners.iter().any(|o| o.entity == e);
        let Some(z) = owned.filter(|z| org_or_service(ctx, z.entity) && !owner(z.entity)) else {
            continue;
        };
        let kind = if ctx.kind(z.entity) == Some(EntityKind::Service) {
            RelationKind::Provider
        } else {
            RelationKind::ParentOrganization
        };
        for o in &owners {
            out.push(ctx, s, z.entity, kind, o.entity, 0.6);
        }
    }
}
