//! Succession across sentences: "X will succeed Y", "X took over from the former boss Y", "Y will
//! be replaced by X", "he will be succeeded by X" state no title themselves; the post passed on is
//! one the text gives the leaving person (Y) elsewhere — X takes it — or, when Y holds none, the
//! one X was given in an earlier sentence — Y held it before. Consumes the relate context and the
//! positions the title rules found, adds positions.
//!
//! The post chosen: of Y's, the ones stated in this sentence or before it, not those Y is to take
//! next ("would become chairman", "to become executive chairman"); one Y has left wins, else a
//! chief executive's, else those of the latest sentence that names any. Of X's, the same among
//! those stated in earlier sentences (in this one X's posts describe the present job: "X,
//! currently director of Z, will succeed Y"). Founding is not passed on, nor an analyst's or
//! spokesperson's post.

use crate::lexicon::grammar::{AS, BY, FROM, MODALS, PERSON_PRONOUNS, SAID};
use crate::lexicon::people::{BOARD, NEXT_POST_VERBS, OVER, SUCCEED_VERBS, SUCCESSOR_AUX, SUCCESSOR_PARTICIPLES};
use crate::lexicon::words::is_in;
use crate::rulebook::Rule;
use newskg_doc::{EntityIdx, Position, Role};

use super::super::Ctx;
use super::persons::skip_back_titles_forward;

/// One succession statement: who takes the post, who leaves it, in which sentence.
struct Succession {
    new: EntityIdx,
    old: EntityIdx,
    sent: usize,
    /// "will succeed": the leaving person still holds the post
    planned: bool,
}

/// Adds the posts successions pass on (see the module comment).
pub(super) fn pass_on_posts(ctx: &Ctx<'_>, out: &mut Vec<Position>) {
    let mut found = Vec::new();
    for (s, &(sf, sl)) in ctx.sent_words.iter().enumerate() {
        for k in sf..sl {
            if let Some(x) = succession_at(ctx, s, sf, sl, k) {
                found.push(x);
            }
        }
    }
    for x in found {
        let sent_of = |p: &Position| ctx.doc.sentences.iter().position(|q| q.span == p.evidence.span);
        // (a seat on a board, "sits on the board of Acme", is work the person does beside the post
        // that changes hands: not passed on, rule `roles-board-seats`)
        let seat = |p: &Position| ctx.on(Rule::BoardSeats) && p.title.to_lowercase().starts_with(BOARD);
        let passable = |p: &Position| {
            p.organization.is_some()
                && !matches!(p.role, Role::Founder | Role::Cofounder | Role::Analyst | Role::Spokesperson)
                && !seat(p)
        };
        // the leaving person's posts up to this sentence, not the next ones
        let old_posts: Vec<(Position, usize)> = out
            .iter()
            .filter(|p| p.person == x.old && passable(p))
            .filter_map(|p| sent_of(p).map(|s| (p.clone(), s)))
            .filter(|(p, s)| *s <= x.sent && !next_post(ctx, *s, &p.title))
            .collect();
        let (chosen, to, current) = if !old_posts.is_empty() {
            (choose(old_posts), x.new, true)
        } else {
            let new_posts: Vec<(Position, usize)> = out
                .iter()
                .filter(|p| p.person == x.new && p.current && passable(p))
                .filter_map(|p| sent_of(p).map(|s| (p.clone(), s)))
                .filter(|(_, s)| *s < x.sent)
                .collect();
            (choose(new_posts), x.old, x.planned)
        };
        for p in chosen {
            if out.iter().any(|q| q.person == to && q.role == p.role && q.organization == p.organization) {
                continue;
            }
            out.push(Position {
                person: to,
                organization: p.organization,
                role: p.role,
                title: p.title.clone(),
                current,
                evidence: ctx.evidence(x.sent, 0.6),
            });
        }
    }
}

/// Of the posts (with their sentences): one left, else a chief executive's, else the latest
/// sentence's.
fn choose(posts: Vec<(Position, usize)>) -> Vec<Position> {
    if posts.iter().any(|(p, _)| !p.current) {
        return posts.into_iter().filter(|(p, _)| !p.current).map(|(p, _)| p).collect();
    }
    if posts.iter().any(|(p, _)| p.role == Role::Ceo) {
        return posts.into_iter().filter(|(p, _)| p.role == Role::Ceo).map(|(p, _)| p).collect();
    }
    let latest = posts.iter().map(|(_, s)| *s).max();
    posts.into_iter().filter(|(_, s)| Some(*s) == latest).map(|(p, _)| p).collect()
}

/// Whether the title (as written) stands in the sentence after "become" / "return as": a post to
/// be taken, not held.
fn next_post(ctx: &Ctx<'_>, s: usize, title: &str) -> bool {
    let Some(&(sf, sl)) = ctx.sent_words.get(s) else { return false };
    let words: Vec<String> = title.split_whitespace().map(str::to_lowercase).collect();
    let Some(first) = words.first() else { return false };
    (sf..sl).any(|k| {
        ctx.words.lower(k) == first
            && words.iter().enumerate().all(|(j, w)| ctx.words.lower(k + j) == w)
            && (k.saturating_sub(4).max(sf)..k).any(|j| is_in(NEXT_POST_VERBS, ctx.words.lower(j)))
    })
}

/// The succession stated at word `k`, if any: "X [will] succeed / replace Y", "X took over
/// [in July] from Y", "Y [will] be succeeded / replaced [on an interim basis] by X"; Y or X may
/// be "he" / "she" opening the clause. Not when "as <title>" follows Y (the title rules read
/// that), nor across "said" (a reported clause's subject is not the speaker).
fn succession_at(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, k: usize) -> Option<Succession> {
    let w = ctx.words.lower(k);
    if ctx.mention_of_word.get(k).copied().flatten().is_some() {
        return None;
    }
    let passive = is_in(SUCCESSOR_PARTICIPLES, w) && k > sf && is_in(SUCCESSOR_AUX, ctx.words.lower(k - 1));
    let over_from = w == FROM && (k.saturating_sub(5).max(sf)..k).any(|j| ctx.words.lower(j) == OVER);
    let active = !passive && (SUCCEED_VERBS.contains(&w) || over_from);
    if !passive && !active {
        return None;
    }
    let planned = (k.saturating_sub(4).max(sf)..k).any(|j| is_in(MODALS, ctx.words.lower(j)));
    // the clause's subject: the nearest person before the verb, no report between
    let subject = || -> Option<EntityIdx> {
        let m = ctx.mentions.iter().rev().find(|m| m.sent == s && m.last <= k && ctx.is_person(m.entity));
        match m {
            Some(m) if !(m.last..k).any(|j| is_in(SAID, ctx.words.lower(j))) => Some(m.entity),
            Some(_) => None,
            None if (sf..k).any(|j| is_in(PERSON_PRONOUNS, ctx.words.lower(j))) => ctx.pronoun_person(sf),
            None => None,
        }
    };
    if passive {
        let by = (k + 1..(k + 6).min(sl)).find(|&j| ctx.words.lower(j) == BY)?;
        // "by Jane Roe", "by the company's chief medical officer, Jane Roe"
        let mut j = by + 1;
        let mut new = None;
        while j < sl && j < by + 14 {
            if let Some(m) = ctx.mention_starting(j) {
                if ctx.is_person(m.entity) && (j == by + 1 || ctx.words.lower(j - 1) == ",") {
                    new = Some(m.entity);
                }
                if ctx.is_person(m.entity) {
                    break;
                }
                j = m.last;
                continue;
            }
            j += 1;
        }
        let (new, old) = (new?, subject()?);
        return (new != old).then_some(Succession { new, old, sent: s, planned });
    }
    // "succeeded the former boss Jane Roe": past the title words and modifiers before the name
    let j = skip_back_titles_forward(ctx, k + 1, sl);
    let m = ctx.mention_starting(j).filter(|m| ctx.is_person(m.entity))?;
    if ctx.words.lower(m.last) == AS {
        return None;
    }
    let new = subject()?;
    (new != m.entity).then_some(Succession { new, old: m.entity, sent: s, planned })
}
