//! Organisation anaphora for the relation patterns: consumes the relate context (words,
//! mentions, sentences), produces [`Reference`]s — phrases that name no organisation but refer
//! to one named elsewhere in the article — and a context whose mentions include them, so that
//! every relation pattern reads "the company was acquired by Y" as it reads "X was acquired by
//! Y".
//!
//! Two kinds of phrase refer:
//! - a definite noun phrase whose head is a business or organisation noun, with at most two
//!   modifiers: "the company", "the firm", "the German carmaker", "the internet bank" (also
//!   possessive: "the company's games"). Not an apposition ("X, the company that ..."), nor a
//!   phrase followed by "of", by a name ("the carrier Acme Air") or by a noun it modifies ("the
//!   airline industry"). It refers to the nearest clause-subject organisation before it in its
//!   sentence, else to the nearest possessive name before it in its sentence ("users of Acme's
//!   apps ... the company's unit", a service-typed owner included), else to the subject of one
//!   of the three sentences before (the nearest), else to the article's most-mentioned
//!   organisation; a business noun takes only a company. Never a fragment of a longer name
//!   ("Young" split from "Ernst & Young"): an organisation whose name is a whole-word part of
//!   another organisation's name that is mentioned at least as often.
//! - a subject pronoun ("it", "they") that opens a sentence or a clause ("said that it"): the
//!   subject organisation of its sentence so far, else of the sentence before; also after a colon
//!   or semicolon, and after a fronted phrase set off by a comma ("In 2006, it ...", "Since March
//!   2018, it ...": the subject of the sentence before; rule `relations-fronted-pronoun`; also
//!   after a short time phrase with a year and no comma, "In 1998 it ...", rule
//!   `relations-fronted-year-pronoun`). Not an
//!   empty subject ("it is expected that ...").
//!
//! A sentence's subject is its first mention or reference when that reads as a clause subject
//! (not after a preposition), so a chain "Acme makes tools. It was founded in 1990. The company
//! was sold to Y." resolves to Acme throughout. A sentence with no subject that names no
//! organisation carries the subject of the sentence before it, at most two in a row ("Acme was
//! sold in 1990. In the 1980s it grew. It was bought by Y": rule `relations-topic-carry`).

use super::{Ctx, MentionAt};
use crate::lexicon::grammar::{OF, THE};
use crate::lexicon::reference::{
    ANAPHOR_NOT_BEFORE, COMPANY_ANAPHOR_NOUNS, EXPLETIVE_COMPLEMENTS, EXPLETIVE_COPULAS, FRONTED_MAX_WORDS,
    FRONTED_OPENERS, FRONTED_YEAR_MAX_WORDS, ORG_ANAPHOR_NOUNS, ORG_SUBJECT_PRONOUNS, PRONOUN_CLAUSE_OPENERS,
};
use crate::lexicon::words::is_in;
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::{Document, EntityIdx, EntityKind};

/// A phrase (words `[first, last)` of sentence `sent`) that refers to organisation `entity`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reference {
    pub first: usize,
    pub last: usize,
    pub entity: EntityIdx,
    pub sent: usize,
}

/// The most modifiers between "the" and the head noun ("the Icelandic internet bank").
const MAX_MODIFIERS: usize = 2;

/// How many sentences back a definite phrase looks for a subject.
const SENTENCES_BACK: usize = 3;

/// The most sentences in a row that carry the subject of the sentence before them.
const MAX_CARRIED: usize = 2;

/// What a phrase may refer to: a company only ("the firm") or any organisation ("the group").
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wants {
    Company,
    Org,
}

/// The organisation references of a document, in text order.
pub(crate) fn org_references(ctx: &Ctx<'_>) -> Vec<Reference> {
    let mut refs: Vec<Reference> = Vec::new();
    let mut subjects: Vec<Option<EntityIdx>> = Vec::with_capacity(ctx.sent_words.len());
    // per sentence, how many sentences in a row (it included) carried the subject before them
    let mut carried_from: Vec<usize> = Vec::with_capacity(ctx.sent_words.len());
    for (s, &(sf, sl)) in ctx.sent_words.iter().enumerate() {
        let start = refs.len();
        let mut i = sf;
        while i < sl {
            if let Some(k) = ctx.mention_of_word.get(i).copied().flatten() {
                i = ctx.mentions[k].last.max(i + 1);
                continue;
            }
            let found = definite_phrase(ctx, s, sf, sl, i)
                .and_then(|(last, wants)| {
                    let here = &refs[start..];
                    resolve_phrase(ctx, s, i, wants, here, &subjects).map(|e| (last, e))
                })
                .or_else(|| pronoun(ctx, s, sf, sl, i, &refs[start..], &subjects).map(|e| (i + 1, e)));
            if let Some((last, entity)) = found {
                refs.push(Reference { first: i, last, entity, sent: s });
                i = last;
            } else {
                i += 1;
            }
        }
        let subject = sentence_subject(ctx, s, &refs[start..]);
        let carried = subject.is_none() && carries(ctx, s, &refs[start..], &carried_from);
        let subject = if carried { s.checked_sub(1).and_then(|p| subjects.get(p).copied().flatten()) } else { subject };
        carried_from.push(if carried { carried_from.last().map_or(1, |n| n + 1) } else { 0 });
        subjects.push(subject);
    }
    refs
}

/// Whether sentence `s`, with no subject of its own, carries the subject of the sentence before
/// it (rule `relations-topic-carry`): it names no organisation, by name or by reference, and
/// fewer than [`MAX_CARRIED`] sentences before it carried already ("Acme was sold in 1990. In
/// the 1980s it grew. It was bought by Y": the middle sentence keeps Acme the subject).
fn carries(ctx: &Ctx<'_>, s: usize, here: &[Reference], carried: &[usize]) -> bool {
    ctx.rules.on(Rule::TopicCarry)
        && s > 0
        && here.is_empty()
        && !ctx.mentions_in(s).any(|m| ctx.is_org(m.entity))
        && carried.last().is_none_or(|&n| n < MAX_CARRIED)
}

/// A context over `doc` whose mentions also hold the document's organisation references, for the
/// relation patterns.
pub(crate) fn with_references(doc: &Document, rules: RuleSet) -> Ctx<'_> {
    let mut ctx = Ctx::new(doc);
    ctx.rules = rules;
    let refs = org_references(&ctx);
    ctx.mentions.extend(refs.iter().map(|r| MentionAt {
        first: r.first,
        last: r.last,
        entity: r.entity,
        sent: r.sent,
    }));
    ctx.mentions.sort_by_key(|m| (m.first, m.last));
    ctx.mention_of_word = vec![None; ctx.words.len()];
    for (k, m) in ctx.mentions.iter().enumerate() {
        for slot in ctx.mention_of_word.iter_mut().take(m.last).skip(m.first) {
            *slot = Some(k);
        }
    }
    ctx
}

/// A definite phrase at word `i` ("the [adj] [adj] company"): its end and what it may refer to.
fn definite_phrase(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, i: usize) -> Option<(usize, Wants)> {
    if ctx.words.lower(i) != THE {
        return None;
    }
    // "X, the company that ...": an apposition the patterns read already
    if i > sf && ctx.words.lower(i - 1) == "," && ctx.mention_ending(i - 1).is_some() {
        return None;
    }
    let mut head = None;
    let mut j = i + 1;
    while j < sl && j <= i + 1 + MAX_MODIFIERS {
        if let Some(k) = ctx.mention_of_word.get(j).copied().flatten() {
            // a place as a modifier ("the Icelandic bank"), anything else names the referent
            let m = ctx.mentions[k];
            if head.is_some() || ctx.kind(m.entity) != Some(EntityKind::Location) {
                if head.is_some() {
                    break;
                }
                return None;
            }
            j = m.last;
            continue;
        }
        let w = ctx.words.get(j)?;
        let base = w.base();
        let wants = if is_in(COMPANY_ANAPHOR_NOUNS, base) {
            Some(Wants::Company)
        } else if is_in(ORG_ANAPHOR_NOUNS, base) {
            Some(Wants::Org)
        } else {
            None
        };
        if let Some(wants) = wants {
            // "the network operator": the last of two head nouns
            head = Some((j, wants));
            if w.lower != base {
                break; // a possessive ends the phrase
            }
            j += 1;
            continue;
        }
        if head.is_some() || !w.text.chars().all(|c| c.is_alphabetic() || c == '-') {
            break;
        }
        j += 1;
    }
    let (h, wants) = head?;
    let next = ctx.words.lower(h + 1);
    let possessive = ctx.words.get(h).is_some_and(|w| w.lower != w.base());
    if !possessive
        && (next == OF
            || is_in(ANAPHOR_NOT_BEFORE, next)
            || ctx.mention_starting(h + 1).is_some()
            || (next == "," && ctx.mention_starting(h + 2).is_some_and(|m| ctx.is_org(m.entity))))
    {
        return None;
    }
    let _ = s;
    Some((h + 1, wants))
}

fn fits(ctx: &Ctx<'_>, e: EntityIdx, wants: Wants) -> bool {
    let kind = match wants {
        Wants::Company => ctx.kind(e) == Some(EntityKind::Company),
        Wants::Org => ctx.is_org(e),
    };
    kind && !fragment(ctx, e)
}

/// Whether organisation `e` reads as a piece of a longer name rather than one the article
/// treats as a subject: its name is a whole-word part of another organisation's name ("Young"
/// beside "Ernst & Young") that the article mentions at least as often.
fn fragment(ctx: &Ctx<'_>, e: EntityIdx) -> bool {
    let Some(ent) = ctx.doc.entities.get(e) else { return false };
    let n = ent.name.split_whitespace().count();
    n > 0
        && ctx.doc.entities.iter().enumerate().any(|(o, other)| {
            o != e
                && other.mentions.len() >= ent.mentions.len()
                && ctx.is_org(o)
                && other.name.split_whitespace().count() > n
                && contains_words(&other.name, &ent.name)
        })
}

/// Whether the words of `short` stand, in order and next to each other, among the words of
/// `long` ("Young" in "Ernst & Young", not in "Youngstown"), without allocating.
fn contains_words(long: &str, short: &str) -> bool {
    let n = short.split_whitespace().count();
    let m = long.split_whitespace().count();
    (0..=m.saturating_sub(n)).any(|i| long.split_whitespace().skip(i).take(n).eq(short.split_whitespace()))
}

/// The organisation a definite phrase at word `i` of sentence `s` refers to.
fn resolve_phrase(
    ctx: &Ctx<'_>,
    s: usize,
    i: usize,
    wants: Wants,
    here: &[Reference],
    subjects: &[Option<EntityIdx>],
) -> Option<EntityIdx> {
    if let Some(e) = subject_before(ctx, s, i, here, |e| fits(ctx, e, wants)) {
        return Some(e);
    }
    // "Users of Acme's Mail ... the company's unit": the owner the sentence names before, even
    // when it is typed as a service (a company named mostly through its products)
    let owner = ctx
        .mentions
        .iter()
        .filter(|m| m.sent == s && m.last <= i && ctx.possessive_at(m.last.saturating_sub(1)))
        .filter(|m| fits(ctx, m.entity, wants) || ctx.kind(m.entity) == Some(EntityKind::Service))
        .max_by_key(|m| m.first);
    if let Some(m) = owner {
        return Some(m.entity);
    }
    for back in 1..=SENTENCES_BACK {
        let Some(p) = s.checked_sub(back) else { break };
        if let Some(e) = subjects.get(p).copied().flatten().filter(|e| fits(ctx, *e, wants)) {
            return Some(e);
        }
    }
    // the article's most-mentioned organisation of the wanted kind, named at least twice
    ctx.most_mentioned(|e, ent| ent.mentions.len() >= 2 && fits(ctx, e, wants))
}

/// The nearest clause-subject organisation (mention or reference) before word `i` in sentence `s`.
fn subject_before(
    ctx: &Ctx<'_>,
    s: usize,
    i: usize,
    here: &[Reference],
    ok: impl Fn(EntityIdx) -> bool,
) -> Option<EntityIdx> {
    let named = ctx.mentions.iter().copied().filter(|m| m.sent == s && m.last <= i);
    let referred = here.iter().filter(|r| r.last <= i).map(|r| MentionAt {
        first: r.first,
        last: r.last,
        entity: r.entity,
        sent: s,
    });
    named.chain(referred).filter(|m| ok(m.entity) && ctx.subject_like(*m)).max_by_key(|m| m.first).map(|m| m.entity)
}

/// A subject pronoun at word `i` opening its sentence or a clause, and what it refers to.
fn pronoun(
    ctx: &Ctx<'_>,
    s: usize,
    sf: usize,
    sl: usize,
    i: usize,
    here: &[Reference],
    subjects: &[Option<EntityIdx>],
) -> Option<EntityIdx> {
    if !is_in(ORG_SUBJECT_PRONOUNS, ctx.words.lower(i)) {
        return None;
    }
    // "In 2006, it ...", "Since March 2018, it ...": a fronted phrase set off by a comma leaves the
    // pronoun opening its sentence's main clause (rule `relations-fronted-pronoun`)
    let fronted = ctx.rules.on(Rule::FrontedPronoun)
        && i > sf + 1
        && i - sf <= FRONTED_MAX_WORDS
        && ctx.words.lower(i - 1) == ","
        && is_in(FRONTED_OPENERS, ctx.words.lower(sf))
        && (sf..i - 1).all(|k| ctx.words.lower(k) != ",");
    let opens_sentence =
        i == sf || ctx.words.get(i).is_some_and(|w| w.sent_start) || fronted || fronted_year(ctx, sf, i);
    let opens_clause = i > sf
        && (is_in(PRONOUN_CLAUSE_OPENERS, ctx.words.lower(i - 1))
            || (ctx.rules.on(Rule::FrontedPronoun) && matches!(ctx.words.lower(i - 1), ":" | ";")));
    if !(opens_sentence || opens_clause) {
        return None;
    }
    // "it is expected that ...", "it was hard to ...": an empty subject
    if is_in(EXPLETIVE_COPULAS, ctx.words.lower(i + 1))
        && (i + 2..(i + 6).min(sl)).any(|k| is_in(EXPLETIVE_COMPLEMENTS, ctx.words.lower(k)))
    {
        return None;
    }
    if opens_clause
        && !fronted
        && let Some(e) = subject_before(ctx, s, i, here, |e| ctx.is_org(e))
    {
        return Some(e);
    }
    s.checked_sub(1).and_then(|p| subjects.get(p).copied().flatten())
}

/// Whether words `[sf, i)` are a short fronted time phrase with a year and no comma ("In 1978 it
/// bought Y", "By May 2009 they ..."), which leaves the pronoun at `i` opening its sentence's main
/// clause (rule `relations-fronted-year-pronoun`).
fn fronted_year(ctx: &Ctx<'_>, sf: usize, i: usize) -> bool {
    ctx.rules.on(Rule::FrontedYearPronoun)
        && i > sf + 1
        && i - sf <= FRONTED_YEAR_MAX_WORDS
        && is_in(FRONTED_OPENERS, ctx.words.lower(sf))
        && (sf + 1..i).all(|k| ctx.mention_of_word.get(k).copied().flatten().is_none() || ctx.in_time(k))
        && (sf + 1..i).any(|k| {
            let w = ctx.words.lower(k);
            w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())
        })
}

/// The organisation sentence `s` is about: its first mention or reference, when that reads as a
/// clause subject and names an organisation.
fn sentence_subject(ctx: &Ctx<'_>, s: usize, here: &[Reference]) -> Option<EntityIdx> {
    let named = ctx.mentions_in(s).find(|m| ctx.kind(m.entity) != Some(EntityKind::Location));
    let referred = here.first().map(|r| MentionAt { first: r.first, last: r.last, entity: r.entity, sent: s });
    let first = match (named, referred) {
        (Some(a), Some(b)) => Some(if b.first < a.first { b } else { a }),
        (a, b) => a.or(b),
    }?;
    (ctx.is_org(first.entity) && ctx.subject_like(first)).then_some(first.entity)
}

#[cfg(test)]
mod tests {
    use super::contains_words;

    #[test]
    fn whole_words_in_order_only() {
        assert!(contains_words("Dorlin & Pike LLP", "Pike"));
        assert!(contains_words("Dorlin & Pike LLP", "Dorlin & Pike"));
        assert!(!contains_words("Pikestone Dorlin", "Pike"));
        assert!(!contains_words("Pike Dorlin", "Dorlin Pike"));
        assert!(!contains_words("Pike", "Pike Dorlin"));
    }
}
