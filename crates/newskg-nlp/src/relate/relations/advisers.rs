//! Firms named as a company's advisers or subcontractors: consumes a sentence's words and
//! mentions, produces partner links ("ACC Bank and its advisers, A and B", "Arcadia and their
//! advisers Deloitte", "Y's advisers A", "officials from X, subcontractors A and B").

use super::*;
use crate::lexicon::deals::{ADVISER_NOUNS, SERVICE_FIRM_NOUNS};

/// An adviser noun at word `k` (rule `partners-advisers`): the company the advisers work for (an
/// owner's pronoun after "X and", else what the pronoun refers to; a possessive "X's"; or a name
/// and a comma right before the noun) is the partner of each organisation named right after it
/// (past one comma), in a list joined by commas and "and".
///
/// With rule `partners-service-firms`, also the contractors, bankers, auditors and consultants a
/// company hires ("X and its bankers A", "its privatised contractors A and B"), and up to two
/// lower-case modifiers between the owner and the noun ("its investment advisers A").
pub(super) fn advisers(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, k: usize, out: &mut Out) {
    let firms = ctx.on(Rule::ServiceFirms);
    let w = ctx.words.lower(k);
    let noun = is_in(ADVISER_NOUNS, w) || (firms && is_in(SERVICE_FIRM_NOUNS, w));
    if k <= sf || !noun || ctx.mention_of_word.get(k).copied().flatten().is_some() {
        return;
    }
    // the noun phrase's start: back over up to two lower-case modifiers to the owner
    let noun_at = k;
    let mut k = k;
    if firms {
        let mut hops = 0;
        while hops < 2
            && k > sf + 1
            && ctx.words.is_lower_word(k - 1)
            && !is_in(OWNER_PRONOUNS, ctx.words.lower(k - 1))
            && !is_in(ARTICLES, ctx.words.lower(k - 1))
            && (is_in(OWNER_PRONOUNS, ctx.words.lower(k - 2)) || ctx.words.is_lower_word(k - 2))
        {
            k -= 1;
            hops += 1;
        }
        if hops > 0 && !is_in(OWNER_PRONOUNS, ctx.words.lower(k - 1)) && !ctx.possessive_at(k - 1) {
            return;
        }
    }
    let lead = ctx.words.lower(k - 1);
    let client = if is_in(OWNER_PRONOUNS, lead) {
        // "X and its advisers": X; else the organisation the pronoun refers to
        (k >= sf + 2 && ctx.words.lower(k - 2) == AND)
            .then(|| ctx.mention_ending(k - 2))
            .flatten()
            .map(|m| m.entity)
            .or_else(|| ctx.referent_back(k - 1, None))
    } else if ctx.possessive_at(k - 1) {
        ctx.mention_ending(k).map(|m| m.entity)
    } else if lead == "," {
        ctx.mention_ending(k - 1).map(|m| m.entity)
    } else {
        None
    };
    let Some(x) = client.filter(|&x| ctx.is_org(x)) else {
        return;
    };
    for y in names_after(ctx, noun_at + 1, sl) {
        if y != x {
            out.push(ctx, s, x, RelationKind::Partner, y, 0.6);
        }
    }
}

/// The organisations named from word `i` on (past one comma): a list whose names follow one
/// another with only a comma, "and" or ", and" between them.
fn names_after(ctx: &Ctx<'_>, mut i: usize, sl: usize) -> Vec<EntityIdx> {
    if ctx.words.lower(i) == "," {
        i += 1;
    }
    let mut out = Vec::new();
    while i < sl {
        let Some(m) = ctx.mention_starting(i).filter(|m| ctx.is_org(m.entity)) else {
            break;
        };
        out.push(m.entity);
        i = m.last;
        if ctx.words.lower(i) == "," {
            i += 1;
        }
        if ctx.words.lower(i) == AND {
            i += 1;
        }
    }
    out
}
