//! "X is part of Y" (rule `relations-part-of`): consumes a sentence's words and mentions,
//! produces X's parent organisation Y (Y's service X when X is typed a service).
//!
//! "X is [now] part of Y", "X became part of the Y group", "X had been a part of Y", "X, which is
//! part of Y", "X (part of Y)" and "X, part of Y,": a named organisation Y that X belongs to.
//! Nothing when Y is a possessor of something X is part of ("part of Y's campaign"), when a word
//! after Y says Y is a grouping of independent bodies or a plan ("the Y alliance", "the Y
//! programme"), or when a modal puts it in the future or as a possibility ("will become part of").
//! Nor, with rule `relations-part-of-person`, when the holder, whatever its type, is told as a
//! person: a form of address or job title right before one of its mentions ("Ms X", "chief
//! executive X"), a job title in apposition after one ("X, the group's vice president"), "who"
//! right after one, "he" / "she" the first pronoun after one in its sentence or opening the next, or
//! a name made of a common given name and a surname ("Jane Roe").

use super::deals::apposition_head;
use super::*;
use crate::lexicon::facts::{OPERATE_AS_VERBS, PART, PART_OF_LINKS, PART_OF_NOT_OWNER};
use crate::lexicon::grammar::AS;
use crate::lexicon::grammar::{HAVE_FORMS, MODALS, PERSON_PRONOUNS, RELATIVE_THAT_WHO, WHO};
use crate::lexicon::organisations::{COMPANY_NOUNS, LEGAL_SUFFIXES, ORG_NOUNS};
use crate::lexicon::people::{
    ADDRESS_FORMS, GIVEN_NAMES, JOB_TITLES, NEUTER_PRONOUNS, PERSONAL_PRONOUNS, is_title_word,
};

/// Every "part of" link of sentence `s` (words `[sf, sl)`).
pub(super) fn part_of(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    for k in sf + 1..sl {
        if ctx.words.lower(k) != PART || ctx.words.lower(k + 1) != OF {
            continue;
        }
        let Some(y) = next_mention(ctx, k + 2, sl, 1).filter(|m| ctx.is_org(m.entity)) else {
            continue;
        };
        let possessor = ctx.possessive_at(y.last - 1) || ctx.words.lower(y.last) == "'s";
        if possessor || is_in(PART_OF_NOT_OWNER, ctx.words.lower(y.last)) {
            continue;
        }
        let Some(x) = part_holder(ctx, s, sf, k).filter(|&x| x != y.entity && org_or_service(ctx, x)) else {
            continue;
        };
        if ctx.on(Rule::PartOfPerson) && (person_shaped(ctx, x) || given_name_and_surname(ctx, x, y)) {
            continue;
        }
        let kind = if ctx.kind(x) == Some(EntityKind::Service) {
            RelationKind::Provider
        } else {
            RelationKind::ParentOrganization
        };
        out.push(ctx, s, x, kind, y.entity, 0.6);
    }
}

/// The name said to be part of something, "part" at word `k`: the subject of the copula before it
/// (through a relative pronoun to its head), or the name an apposition or a parenthesis follows.
fn part_holder(ctx: &Ctx<'_>, s: usize, sf: usize, k: usize) -> Option<EntityIdx> {
    let mut b = k;
    if is_in(ARTICLES, ctx.words.lower(b - 1)) && b - 1 > sf {
        b -= 1;
    }
    let before = ctx.words.lower(b - 1);
    if before == "(" || before == "," {
        // "X (part of Y)", "X, part of Y,"
        return name_before(ctx, b - 1).map(|m| m.entity);
    }
    // "X operates as part of Y" (rule `relations-operates-as-part`)
    let operates_as =
        ctx.on(Rule::OperatesAsPart) && before == AS && b > sf + 2 && is_in(OPERATE_AS_VERBS, ctx.words.lower(b - 2));
    if !is_in(PART_OF_LINKS, before) && !operates_as {
        return None;
    }
    // back over the verb group: "had been", "has now become", "is now"
    let mut c = if operates_as { b - 2 } else { b - 1 };
    while c > sf && (is_in(PART_OF_LINKS, ctx.words.lower(c - 1)) || is_in(HAVE_FORMS, ctx.words.lower(c - 1))) {
        c -= 1;
    }
    if c > sf && ctx.words.lower(c - 1) == NOW {
        c -= 1;
        while c > sf && (is_in(PART_OF_LINKS, ctx.words.lower(c - 1)) || is_in(HAVE_FORMS, ctx.words.lower(c - 1))) {
            c -= 1;
        }
    }
    if (c.saturating_sub(3).max(sf)..b).any(|q| is_in(MODALS, ctx.words.lower(q))) {
        return None;
    }
    if c > sf && is_in(RELATIVE_THAT_WHO, ctx.words.lower(c - 1)) {
        // "X, which is part of Y"
        return apposition_head(ctx, c - 1, sf);
    }
    // the name just before the verb group, and the clause's subject: nothing else named before it
    // in the sentence but places and times
    let x = name_before(ctx, c)?;
    let alone = ctx.mentions_in(s).filter(|m| m.last <= x.first).all(|m| !org_or_service(ctx, m.entity));
    alone.then_some(x.entity)
}

/// Whether entity `x`, typed an organisation or service, is told as a person somewhere in the
/// article: a form of address or a job title right before a mention ("Mr X", "chief executive
/// X"), a job title in an apposition after one ("X, Acme's head of sales"), "who" right after one
/// ("X, who ..."), or "he" / "she" the first pronoun after one (before another person is named)
/// in the rest of its sentence or opening the next sentence.
pub(super) fn person_shaped(ctx: &Ctx<'_>, x: EntityIdx) -> bool {
    ctx.mentions.iter().filter(|m| m.entity == x).any(|m| {
        let before = ctx.words.lower(m.first.wrapping_sub(1)).trim_end_matches('.');
        if m.first > 0 && (is_in(ADDRESS_FORMS, before) || is_in(JOB_TITLES, before)) {
            return true;
        }
        let Some((_, sl)) = ctx.sentence_of(m.first) else {
            return false;
        };
        let after = ctx.words.lower(m.last);
        if after == WHO || (after == "," && ctx.words.lower(m.last + 1) == WHO) {
            return true;
        }
        // "X, [the] [group's] [vice] president ...": a title word before any name or comma
        if after == "," {
            let titled = (m.last + 1..(m.last + 6).min(sl))
                .take_while(|&q| ctx.words.lower(q) != "," && ctx.mention_of_word.get(q).copied().flatten().is_none())
                .any(|q| is_title_word(ctx.words.lower(q)));
            if titled {
                return true;
            }
        }
        // the first pronoun after the mention in its sentence, before another person is named
        for q in m.last..sl {
            let w = ctx.words.lower(q);
            if ctx.mention_starting(q).is_some_and(|o| o.entity != x && ctx.is_person(o.entity)) {
                break;
            }
            if is_in(PERSON_PRONOUNS, w) {
                return true;
            }
            if is_in(NEUTER_PRONOUNS, w) || is_in(PERSONAL_PRONOUNS, w) {
                break;
            }
        }
        // "... X, part of Y. He said ...": the next sentence opens with "he" / "she"
        is_in(PERSON_PRONOUNS, ctx.words.lower(sl))
            && ctx.mentions.iter().filter(|o| o.sent == m.sent).all(|o| !ctx.is_person(o.entity))
    })
}

/// Whether a mention of entity `x` is a common given name and a surname ("Jane Roe"): two words,
/// the first a given name, the second a capitalised word that is no company or organisation word
/// and no word of the name `y` ("John Lewis, part of the John Lewis Partnership" is a shop).
fn given_name_and_surname(ctx: &Ctx<'_>, x: EntityIdx, y: MentionAt) -> bool {
    let y_words: Vec<&str> = (y.first..y.last).map(|q| ctx.words.lower(q)).collect();
    ctx.mentions.iter().filter(|m| m.entity == x && m.last == m.first + 2).any(|m| {
        let Some(surname) = ctx.words.get(m.first + 1) else {
            return false;
        };
        let lower = surname.lower.as_str();
        is_in(GIVEN_NAMES, ctx.words.lower(m.first))
            && surname.text.chars().next().is_some_and(char::is_uppercase)
            && surname.text.chars().all(char::is_alphabetic)
            && surname.text.chars().skip(1).any(char::is_lowercase)
            && !is_in(COMPANY_NOUNS, lower)
            && !is_in(ORG_NOUNS, lower)
            && !is_in(LEGAL_SUFFIXES, lower)
            && !y_words.contains(&lower)
    })
}
