//! Founding sentences that the founder patterns of [`super::verbal`] read only with these helpers:
//! a founder's apposition inside the founders' list ("by Jane Roe, an engineer from Leeds, and
//! John Doe"), a passive participle describing an organisation named before it ("Acme, a Leeds
//! software company founded by Jane Roe"), the object of an active founding verb that is a
//! description ("Jane Roe founded the website", "founded his own company, Acme") and a subject
//! pronoun ("In 1979, she co-founded Acme"). Consumes the relate context of one sentence,
//! produces word indices and entity indices; each caller checks its rule.

use crate::lexicon::founding::{
    APPOSITION_DASHES, APPOSITION_MAX_WORDS, APPOSITION_OPENERS, APPOSITION_STOP, FOUNDING_GROUP_MAX_WORDS,
    FOUNDING_GROUP_NOUNS, FOUNDING_GROUP_OPENERS, FOUNDING_PARTNER_NOUNS, OBJECT_CLOSERS, OBJECT_MAX_WORDS, OWN,
    PRONOUN_VERB_ADVERBS,
};
use crate::lexicon::grammar::{
    AND, AND_COMMA, COPULAS, HAVE_FORMS, INDEFINITE_ARTICLES, PERSON_PRONOUNS, RELATIVE_THAT, THE,
};
use crate::lexicon::people::{ABBREVIATION_STOP, ADVERB_LY, ROLE_ORG_DETERMINERS, TITLE_FUNCTION_STOP};
use crate::lexicon::reference::OBJECT_PREPOSITIONS;
use crate::lexicon::time::NUM_WORDS;
use crate::lexicon::words::is_in;
use newskg_doc::{EntityIdx, EntityKind};

use super::super::Ctx;

/// The comma at `comma` follows a founder's name: when a description in apposition starts after
/// it ("Jane Roe, an engineer from Leeds, and John Doe") and a closing comma ends it before "and"
/// or the next founder's name, the index after that closing comma (rule
/// `roles-founders-apposition`).
pub(super) fn apposition_after(ctx: &Ctx<'_>, comma: usize, sl: usize) -> Option<usize> {
    let first = comma + 1;
    if !opens_apposition(ctx, first) {
        return None;
    }
    let mut j = first;
    while j < sl && j <= first + APPOSITION_MAX_WORDS {
        if let Some(m) = ctx.mention_starting(j) {
            if ctx.is_person(m.entity) {
                return None;
            }
            j = m.last;
            continue;
        }
        let x = ctx.words.lower(j);
        if x == "," {
            let next_founder =
                ctx.words.lower(j + 1) == AND || ctx.mention_starting(j + 1).is_some_and(|m| ctx.is_person(m.entity));
            return (j > first && next_founder).then_some(j + 1);
        }
        if is_in(APPOSITION_STOP, x) {
            return None;
        }
        j += 1;
    }
    None
}

/// The comma at `comma` closes a description in apposition to a founder named before it ("Jane
/// Roe, a former banker, and John Doe founded Acme", "Jane Roe, a former banker, founded Acme"):
/// the index of the comma that opens it, right after the founder's name (rule
/// `roles-founders-apposition`).
pub(super) fn apposition_before(ctx: &Ctx<'_>, comma: usize, sf: usize) -> Option<usize> {
    let mut j = comma;
    let mut hops = 0;
    while j > sf + 1 && hops <= APPOSITION_MAX_WORDS {
        if let Some(m) = ctx.mention_ending(j) {
            if ctx.is_person(m.entity) {
                return None;
            }
            j = m.first;
            hops += 1;
            continue;
        }
        let x = ctx.words.lower(j - 1);
        if x == "," {
            let open = j - 1;
            let holder = ctx.mention_ending(open).is_some_and(|m| ctx.is_person(m.entity));
            return (open + 1 < comma && holder && opens_apposition(ctx, open + 1)).then_some(open);
        }
        if is_in(APPOSITION_STOP, x) {
            return None;
        }
        j -= 1;
        hops += 1;
    }
    None
}

/// Whether word `k` may open a description in apposition: an article or an owner ("an engineer",
/// "another company", "his brother"), or a lower-case word that ends no clause ("engineer and
/// banker" is not one: "and" ends it).
fn opens_apposition(ctx: &Ctx<'_>, k: usize) -> bool {
    let x = ctx.words.lower(k);
    ctx.mention_starting(k).is_none()
        && (is_in(APPOSITION_OPENERS, x) || (ctx.words.is_lower_word(k) && !is_in(APPOSITION_STOP, x)))
}

/// The organisation a passive founding participle (or its auxiliary, or the relative pronoun
/// before that) at word `end` describes when an apposition, a modifier or an aside stands between
/// them (rule `roles-founded-predicate`): "Acme, a Leeds software company founded by", "Acme, a
/// firm that was founded by", "Acme (AC), founded by", "Acme \u{2013} the first bank in Ruritania
/// established by", "Acme, also known as Zeta, is a bank based in Leeds, founded by". None when a
/// person, another organisation or a new clause comes first.
pub(super) fn described_org(ctx: &Ctx<'_>, sf: usize, end: usize) -> Option<EntityIdx> {
    // "Acme Pharma (Acme Seiyaku) was established by": past the name's other form in brackets
    if end > sf && ctx.words.lower(end - 1) == ")" {
        return org_before(ctx, sf, end);
    }
    let mut k = end;
    let mut hops = 0;
    let mut modifier_comma = false;
    while k > sf && hops <= APPOSITION_MAX_WORDS + 4 {
        if let Some(m) = ctx.mention_ending(k) {
            if ctx.is_org(m.entity) || ctx.is_person(m.entity) {
                return None;
            }
            // a place in the description ("a Leeds software company")
            k = m.first;
            hops += 1;
            continue;
        }
        let x = ctx.words.lower(k - 1);
        if x == "," || is_in(APPOSITION_DASHES, x) {
            let sep = k - 1;
            let bracket = ctx.words.lower(sep.saturating_sub(1)) == ")";
            // "Acme, a bank founded by": an apposition right after the organisation's name;
            // "Acme (AC), founded by": a participle after its abbreviation in brackets
            if ((k < end && opens_apposition(ctx, k)) || (k == end && bracket))
                && let Some(o) = org_before(ctx, sf, sep)
            {
                return Some(o);
            }
            // "... based in Leeds, founded by": past one modifier's comma
            let named = ctx.mention_ending(sep).is_some_and(|m| ctx.is_org(m.entity) || ctx.is_person(m.entity));
            if modifier_comma || named || bracket {
                return None;
            }
            modifier_comma = true;
            k = sep;
            hops += 1;
            continue;
        }
        if is_in(COPULAS, x) {
            // "Acme, also known as Zeta, is a bank founded by": the subject of the copula
            return (k < end).then(|| copula_subject(ctx, sf, k - 1)).flatten();
        }
        let relative = is_in(RELATIVE_THAT, x) && k == end;
        let word = ctx.words.get(k - 1).is_some_and(|w| w.text.chars().any(char::is_alphanumeric));
        if !relative && (is_in(APPOSITION_STOP, x) || is_in(PERSON_PRONOUNS, x) || !word) {
            return None;
        }
        k -= 1;
        hops += 1;
    }
    None
}

/// The organisation whose name ends right before the separator at `sep`, or before its
/// abbreviation in brackets ("Acme Exchange Ltd (ACX)").
fn org_before(ctx: &Ctx<'_>, sf: usize, sep: usize) -> Option<EntityIdx> {
    let mut end = sep;
    if ctx.words.lower(end.saturating_sub(1)) == ")" {
        let open = (sf..end - 1).rev().take(6).find(|&k| ctx.words.lower(k) == "(")?;
        end = open;
    }
    ctx.mention_ending(end).filter(|m| ctx.is_org(m.entity) && !ctx.possessive_at(m.last - 1)).map(|m| m.entity)
}

/// The subject of the copula at word `cop`: the organisation named right before it, or the one
/// opening the sentence with an aside set off between it and the copula ("Acme, commonly known as
/// Zeta (AC), is"); the aside names no person and is no list.
fn copula_subject(ctx: &Ctx<'_>, sf: usize, cop: usize) -> Option<EntityIdx> {
    // (past the full stop of an abbreviation closing the name: "Acme Group, Inc. is")
    let before = if ctx.words.lower(cop.saturating_sub(1)) == ABBREVIATION_STOP { cop - 1 } else { cop };
    if let Some(m) = ctx.mention_ending(before).filter(|m| ctx.is_org(m.entity)) {
        return Some(m.entity);
    }
    let start = if ctx.words.lower(sf) == THE { sf + 1 } else { sf };
    let m = ctx.mention_starting(start).filter(|m| ctx.is_org(m.entity))?;
    let set_off = matches!(ctx.words.lower(m.last), "," | "(") && matches!(ctx.words.lower(cop - 1), "," | ")");
    // (the aside may name the organisation otherwise, "commonly known as Zeta", but no person and
    // no list: "Acme, Zeta and Bolt are")
    let person = ctx.mentions.iter().any(|o| o.first >= m.last && o.last <= cop && ctx.is_person(o.entity));
    let list = (m.last..cop).any(|k| ctx.words.lower(k) == AND);
    (set_off && !person && !list && cop <= m.last + APPOSITION_MAX_WORDS + 2).then_some(m.entity)
}

/// After a founders' opening participle's names ("Founded in 1921 by Jane Roe"), an aside set off
/// by commas starting at the comma at `k` (or right before it) and opening with a lower-case word ("..., with help from
/// John Doe, Acme ..."): the index after its closing comma (rule `roles-founded-predicate`).
pub(super) fn aside_end(ctx: &Ctx<'_>, k: usize, sl: usize) -> Option<usize> {
    // (the founders' list may end on the comma or right after it)
    let k = if ctx.words.lower(k) == "," { k } else { k.checked_sub(1).filter(|&c| ctx.words.lower(c) == ",")? };
    if !ctx.words.is_lower_word(k + 1) {
        return None;
    }
    (k + 2..(k + 2 + APPOSITION_MAX_WORDS).min(sl)).find(|&j| ctx.words.lower(j) == ",").map(|j| j + 1)
}

/// The organisation an active founding verb at word `i` founds when its object is a description
/// (rule `roles-founded-object`): the organisation named right after a description with no article
/// ("co-founded equity firm Acme") or in apposition after one ("founded his own company, Acme",
/// "established a second bank, the Zeta Savings Bank"), else, for a definite
/// description that ends the object ("founded the website in 2004"), the article's
/// organisation. `named_only` (a verb read only with a named organisation) takes the first.
pub(super) fn object_org(ctx: &Ctx<'_>, i: usize, sl: usize, named_only: bool) -> Option<EntityIdx> {
    let mut k = i + 1;
    let det = ctx.words.lower(k);
    let definite = det == THE;
    let bare = !(definite || is_in(INDEFINITE_ARTICLES, det) || is_in(ROLE_ORG_DETERMINERS, det));
    if !bare {
        k += 1;
    }
    if ctx.words.lower(k) == OWN {
        k += 1;
    }
    let first = k;
    while k < sl
        && k < first + OBJECT_MAX_WORDS
        && ctx.mention_of_word.get(k).copied().flatten().is_none()
        && ctx.words.is_lower_word(k)
        && !is_in(TITLE_FUNCTION_STOP, ctx.words.lower(k))
        && !is_in(OBJECT_CLOSERS, ctx.words.lower(k))
    {
        k += 1;
    }
    if k == first || ctx.possessive_at(k - 1) {
        return None;
    }
    // "co-founded private equity firm Acme": a bare description right before the name
    if bare {
        return ctx
            .mention_starting(k)
            .filter(|m| ctx.is_org(m.entity) && !ctx.possessive_at(m.last - 1))
            .map(|m| m.entity);
    }
    if ctx.words.lower(k) == "," {
        let j = if ctx.words.lower(k + 1) == THE { k + 2 } else { k + 1 };
        if let Some(m) = ctx.mention_starting(j).filter(|m| ctx.is_org(m.entity) && !ctx.possessive_at(m.last - 1)) {
            return Some(m.entity);
        }
    }
    let closed = k >= sl || is_in(OBJECT_CLOSERS, ctx.words.lower(k));
    (definite && closed && !named_only).then(|| ctx.main_org()).flatten()
}

/// The founder a subject pronoun before an active founding verb stands for (rule
/// `roles-founded-pronoun`): "In 1979, she co-founded Acme", "... and he later founded Zeta", with
/// the verb (or its auxiliary) at `k`. The pronoun opens its clause (the sentence, or after a
/// comma or "and"), past adverbs and a perfect's auxiliary ("he has since founded"); it stands for
/// the article's most mentioned person when that is the last person named before it in its
/// sentence or the first one of the nearest sentence before that names one.
pub(super) fn pronoun_founder(ctx: &Ctx<'_>, sf: usize, k: usize) -> Option<EntityIdx> {
    let mut j = k;
    let mut hops = 0;
    while j > sf && hops < 3 {
        let x = ctx.words.lower(j - 1);
        let adverb = is_in(PRONOUN_VERB_ADVERBS, x)
            || is_in(HAVE_FORMS, x)
            || (ctx.words.is_lower_word(j - 1) && x.ends_with(ADVERB_LY));
        if !adverb {
            break;
        }
        j -= 1;
        hops += 1;
    }
    if j <= sf || !is_in(PERSON_PRONOUNS, ctx.words.lower(j - 1)) {
        return None;
    }
    let pronoun = j - 1;
    if pronoun > sf && !is_in(AND_COMMA, ctx.words.lower(pronoun - 1)) {
        return None;
    }
    let before = ctx
        .mentions
        .iter()
        .rev()
        .find(|m| m.first >= sf && m.last <= pronoun && ctx.is_person(m.entity))
        .map(|m| m.entity);
    let most = ctx.most_mentioned(|_, e| e.kind == EntityKind::Person)?;
    (before == Some(most) || ctx.pronoun_person(sf) == Some(most)).then_some(most)
}

/// Whether the unnamed company after the "with" at word `w` of an active founding verb is people
/// who found with the subject ("with two former colleagues", "with his wife"), not staff or means
/// ("with ten workers", "with a loan from his cousin"): a partner noun before the phrase's first
/// preposition, at most four words on (rule `roles-founded-with-partners`).
pub(super) fn partners_after_with(ctx: &Ctx<'_>, w: usize, sl: usize) -> bool {
    (w + 1..(w + 5).min(sl))
        .take_while(|&k| {
            let x = ctx.words.lower(k);
            ctx.words.is_lower_word(k) && !is_in(OBJECT_PREPOSITIONS, x)
        })
        .any(|k| is_in(FOUNDING_PARTNER_NOUNS, ctx.words.lower(k)))
}

/// "founded by Jane Roe and five others", "... and a group of investors": whether the words from `k`,
/// right after the founders' "and", describe partners no name gives (a number word, a possessive or
/// a quantity opening them, a partner or group noun among the next few words before any person or
/// clause break; rule `roles-founders-described-partner`).
pub(super) fn unnamed_partner_after(ctx: &Ctx<'_>, k: usize, sl: usize) -> bool {
    let opener = |x: &str| {
        NUM_WORDS.iter().any(|(n, _)| *n == x)
            || is_in(ROLE_ORG_DETERMINERS, x)
            || is_in(FOUNDING_GROUP_OPENERS, x)
            || x.chars().all(|c| c.is_ascii_digit())
    };
    if k == 0 || k >= sl || ctx.words.lower(k - 1) != AND || !opener(ctx.words.lower(k)) {
        return false;
    }
    (k..(k + FOUNDING_GROUP_MAX_WORDS).min(sl))
        .take_while(|&j| {
            ctx.mention_starting(j).is_none_or(|m| !ctx.is_person(m.entity)) && !is_in(AND_COMMA, ctx.words.lower(j))
        })
        .any(|j| is_in(FOUNDING_PARTNER_NOUNS, ctx.words.lower(j)) || is_in(FOUNDING_GROUP_NOUNS, ctx.words.lower(j)))
}

/// "Jane Roe and her business partner John Doe founded Acme": walking back from the name starting at
/// `first`, the word of the "and" before a kin or partner description ("her business partner", "his
/// father") that ends with a partner noun right before the name (rule `roles-founders-described-partner`).
pub(super) fn described_partner_before(ctx: &Ctx<'_>, first: usize, sf: usize) -> Option<usize> {
    if first <= sf + 2 || !is_in(FOUNDING_PARTNER_NOUNS, ctx.words.lower(first - 1)) {
        return None;
    }
    let pronoun = (first.saturating_sub(4).max(sf + 1)..first - 1)
        .rev()
        .take_while(|&k| ctx.words.is_lower_word(k))
        .find(|&k| is_in(ROLE_ORG_DETERMINERS, ctx.words.lower(k)))?;
    (ctx.words.lower(pronoun - 1) == AND).then_some(pronoun - 1)
}
