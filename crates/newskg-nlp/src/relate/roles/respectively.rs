//! Names paired with a list of titles by "respectively" (rule `roles-respectively`): "Jane Roe and
//! John Doe, the chairman and president, respectively, of Acme", "Jane Roe and John Doe are the
//! president and the secretary, respectively, of Acme", "Jane Roe and John Doe, Acme's chief executive
//! and finance chief respectively". Each name holds the title in its place, not every title of the
//! list. Consumes the relate context of one sentence, its titles and the positions its chains gave;
//! replaces those positions of the listed people.

use crate::lexicon::grammar::{AND_OR_COMMA, COPULAS, INDEFINITE_ARTICLES, OF_AT, THE};
use crate::lexicon::people::{NOT_CURRENT, RESPECTIVELY, TITLE_MODIFIERS};
use crate::lexicon::words::is_in;
use newskg_doc::{EntityIdx, Position};

use super::super::Ctx;
use super::Title;

/// How many words may stand between two titles of the list ("and the", "and former Regional Sales").
const TITLE_GAP: usize = 4;

/// Pairs the people and titles of a "respectively" list in sentence `s` (words `sf..sl`): the positions
/// from `from` on that give a listed person a listed title are replaced by one position per pair.
pub(super) fn pair(
    ctx: &Ctx<'_>,
    s: usize,
    sf: usize,
    sl: usize,
    titles: &[Title],
    from: usize,
    out: &mut Vec<Position>,
) {
    let Some(r) = (sf..sl).find(|&k| ctx.words.lower(k) == RESPECTIVELY) else { return };
    // the titles closing right before "respectively" (past a comma or "of Acme,")
    let Some(last) = titles.iter().rposition(|t| t.last <= r && r - t.last <= 6) else { return };
    let mut first = last;
    while first > 0 && joined(ctx, &titles[first - 1], &titles[first]) {
        first -= 1;
    }
    let list = &titles[first..=last];
    if list.len() < 2 {
        return;
    }
    let people = listed_people(ctx, sf, list[0].first);
    if people.len() != list.len() {
        return;
    }
    // the organisation: "..., respectively, of Acme", else the one the chains found for these people
    let mut k = r + 1;
    while k < sl && ctx.words.lower(k) == "," {
        k += 1;
    }
    let tail = list[list.len() - 1].last;
    let of = [k, tail].into_iter().find(|&q| is_in(OF_AT, ctx.words.lower(q)));
    let after = of.and_then(|q| {
        let o = if ctx.words.lower(q + 1) == THE { q + 2 } else { q + 1 };
        ctx.mention_starting(o).filter(|m| ctx.is_org(m.entity)).map(|m| m.entity)
    });
    let listed = |p: &Position| people.contains(&p.person) && list.iter().any(|t| t.role == p.role);
    let Some(org) = after.or_else(|| out[from..].iter().find(|p| listed(p)).and_then(|p| p.organization)) else {
        return;
    };
    let keep: Vec<Position> = out.drain(from..).filter(|p| !listed(p)).collect();
    out.extend(keep);
    for (i, (person, t)) in people.into_iter().zip(list).enumerate() {
        // ("the former CFO and former Regional Sales Vice President": the words since the previous title)
        let since = if i == 0 { t.first.saturating_sub(2).max(sf) } else { list[i - 1].last };
        let former = (since..t.first).any(|k| NOT_CURRENT.contains(&ctx.words.lower(k)));
        out.push(Position {
            person,
            organization: Some(org),
            role: t.role,
            title: (t.first..t.last).map(|k| ctx.words.get(k).map_or("", |w| w.text)).collect::<Vec<_>>().join(" "),
            current: !former,
            evidence: ctx.evidence(s, 0.7),
        });
    }
}

/// Whether title `b` continues the list after title `a`: a conjunction or comma between them, with at
/// most an article, modifiers and a capitalised qualifier no mention covers ("and former Regional Sales").
fn joined(ctx: &Ctx<'_>, a: &Title, b: &Title) -> bool {
    let gap = a.last..b.first;
    !gap.is_empty()
        && gap.len() <= TITLE_GAP
        && gap.clone().any(|k| is_in(AND_OR_COMMA, ctx.words.lower(k)))
        && gap.clone().all(|k| {
            let w = ctx.words.lower(k);
            ctx.mention_starting(k).is_none()
                && (is_in(AND_OR_COMMA, w)
                    || w == THE
                    || TITLE_MODIFIERS.contains(&w)
                    || NOT_CURRENT.contains(&w)
                    || ctx.words.get(k).is_some_and(|x| x.is_alpha()))
        })
}

/// The people listed before the first title at `at` ("Jane Roe and John Doe, the", "Jane Roe and John
/// Doe are the", "Jane Roe and John Doe, Acme's"): names joined by commas and "and", in order.
fn listed_people(ctx: &Ctx<'_>, sf: usize, at: usize) -> Vec<EntityIdx> {
    let mut k = at;
    // past the article, modifiers and an owner's possessive before the first title
    while k > sf {
        let w = ctx.words.lower(k - 1);
        if w == THE || is_in(INDEFINITE_ARTICLES, w) || TITLE_MODIFIERS.contains(&w) || NOT_CURRENT.contains(&w) {
            k -= 1;
        } else if let Some(m) = ctx.mention_ending(k).filter(|m| ctx.is_org(m.entity) && ctx.possessive_at(m.last - 1))
        {
            k = m.first;
        } else {
            break;
        }
    }
    if k > sf && (ctx.words.lower(k - 1) == "," || is_in(COPULAS, ctx.words.lower(k - 1))) {
        k -= 1;
    } else {
        return Vec::new();
    }
    let mut people = Vec::new();
    while k > sf {
        match ctx.mention_ending(k) {
            Some(m) if ctx.is_person(m.entity) => {
                people.push(m.entity);
                k = m.first;
            }
            _ if !people.is_empty() && is_in(AND_OR_COMMA, ctx.words.lower(k - 1)) => k -= 1,
            _ => break,
        }
    }
    people.reverse();
    people.dedup();
    people
}
