//! Positions stated by a verb with no title word: "took over the leadership of Acme", "took
//! charge of Acme", "after five years running Acme", "Jane Roe, who heads Acme" (head), and "Acme
//! was founded by Jane Roe", "Acme, founded in 2015 by Jane Roe and the former banker John Doe",
//! "Jane Roe co-founded Acme", "she founded the company with two colleagues" (founder, co-founders),
//! "Jane Roe, who has led Acme since 2019" (a post held over a stated time). Consumes the
//! relate context of one sentence, produces [`Position`]s.

use crate::lexicon::founding::{FOUNDED_CONJOINED, FOUNDED_SUBJECT_NOUNS, FOUNDER_RANKS};
use crate::lexicon::grammar::{
    AFTER, AND, AND_COMMA, BY, COPULAS, HAVE_FORMS, INDEFINITE_ARTICLES, IT, OF, OWNER_PRONOUNS, PASSIVE_AUX,
    PERSON_PRONOUNS, THE, WHICH, WHO, WITH,
};
use crate::lexicon::people::{
    ABBREVIATION_STOP, ADDRESS_FORMS, ANAPHOR_ADJECTIVES, CURRENT, TITLE_FUNCTION_STOP, TITLE_MODIFIERS, is_title_word,
};
use crate::lexicon::people::{
    ADVERB_LY, COLON, FOUNDED_ALONE, FOUNDED_BY_REACH, FOUNDED_BY_STOP, FOUNDED_VERBS, FOUNDING_VERBS_NAMED,
    HEADS_PAST, HEADS_VERBS, PARTICIPLE_ED, PAST_RUN_CUES, POST_NOUNS, RAN, RAN_NP_INNER, RUN_FORMS, TAKE_VERBS,
    TENURE_CHAIR_VERBS, TENURE_CUES, TENURE_PAST, TENURE_VERBS, UP,
};
use crate::lexicon::places::is_nationality;
use crate::lexicon::words::is_in;
use newskg_doc::{EntityIdx, Position, Role};

use super::super::Ctx;
use super::{anaphora, founding};
use crate::rulebook::Rule;

/// Verbal patterns with no title word: "took over the leadership of ORG", "took charge of ORG",
/// "running ORG" → head.
pub(super) fn extract_verbal(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Vec<Position>) {
    for i in sf..sl {
        let w = ctx.words.lower(i);
        let (org_at, former) = if is_in(POST_NOUNS, w) {
            let pre: Vec<&str> = (i.saturating_sub(3).max(sf)..i).map(|k| ctx.words.lower(k)).collect();
            if !pre.iter().any(|p| is_in(TAKE_VERBS, p)) {
                continue;
            }
            if ctx.words.lower(i + 1) != OF {
                continue;
            }
            let mut k = i + 2;
            if ctx.words.lower(k) == THE {
                k += 1;
            }
            (k, false)
        } else if is_in(RUN_FORMS, w)
            && (i.saturating_sub(4).max(sf)..i).any(|x| is_in(PAST_RUN_CUES, ctx.words.lower(x)))
        {
            let mut k = i + 1;
            let mut hops = 0;
            while k < sl && hops < 4 && ctx.mention_starting(k).is_none() {
                let x = ctx.words.lower(k);
                if !(x == THE || ctx.words.is_lower_word(k)) || is_in(RAN_NP_INNER, x) {
                    break;
                }
                k += 1;
                hops += 1;
            }
            let former = w == RAN || (i.saturating_sub(5).max(sf)..i).any(|x| ctx.words.lower(x) == AFTER);
            (k, former)
        } else {
            continue;
        };
        let Some(m) = ctx.mention_starting(org_at) else {
            continue;
        };
        if !ctx.is_org(m.entity) || ctx.possessive_at(m.last - 1) {
            continue;
        }
        let person = ctx
            .mentions
            .iter()
            .rev()
            .find(|p| p.last <= i && p.first >= sf && ctx.is_person(p.entity))
            .map(|p| p.entity)
            .or_else(|| is_in(PERSON_PRONOUNS, ctx.words.lower(sf)).then(|| ctx.pronoun_person(sf)).flatten());
        let Some(person) = person else { continue };
        let title: String = ctx.words.get(i).map_or(String::new(), |x| x.text.to_string());
        out.push(Position {
            person,
            organization: Some(m.entity),
            role: Role::Head,
            title,
            current: !former,
            evidence: ctx.evidence(s, 0.55),
        });
    }
}

/// "Jane Roe, who heads Acme", "Jane Roe heads up Acme": the person right before the verb (or
/// before ", who") leads the organisation right after it.
pub(super) fn extract_heads(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Vec<Position>) {
    for i in sf + 1..sl {
        let w = ctx.words.lower(i);
        if !is_in(HEADS_VERBS, w) || ctx.mention_of_word.get(i).copied().flatten().is_some() {
            continue;
        }
        let k = if ctx.words.lower(i + 1) == UP { i + 2 } else { i + 1 };
        let Some(o) = ctx.mention_starting(k).filter(|m| ctx.is_org(m.entity)) else { continue };
        let subject_end =
            if ctx.words.lower(i - 1) == WHO && i >= sf + 2 && ctx.words.lower(i - 2) == "," { i - 2 } else { i };
        let Some(p) = ctx.mention_ending(subject_end).filter(|m| ctx.is_person(m.entity)) else { continue };
        out.push(Position {
            person: p.entity,
            organization: Some(o.entity),
            role: Role::Head,
            title: ctx.words.get(i).map_or(String::new(), |x| x.text.to_string()),
            current: !is_in(HEADS_PAST, w),
            evidence: ctx.evidence(s, 0.6),
        });
    }
}

/// "Jane Roe, who has led Acme since 2019", "Roe, 56, who had run the bank since 2017", "Roe ran
/// Acme from 2009 to 2018", "who has chaired Acme since 2018": a post held over a stated time (a
/// company's chief executive, another organisation's head; a chairman for "chaired"), unless the
/// sentence already gives the person a post at that organisation.
pub(super) fn extract_tenure(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Vec<Position>) {
    for i in sf + 1..sl {
        let w = ctx.words.lower(i);
        if !is_in(TENURE_VERBS, w) || ctx.mention_of_word.get(i).copied().flatten().is_some() {
            continue;
        }
        // the subject: right before the verb ("has" / "had" between), or before ", who"
        // (", 56, who": past an age)
        let mut b = i;
        let mut past = is_in(TENURE_PAST, w);
        if b > sf && is_in(HAVE_FORMS, ctx.words.lower(b - 1)) {
            past |= is_in(TENURE_PAST, ctx.words.lower(b - 1));
            b -= 1;
        }
        if b > sf + 1 && ctx.words.lower(b - 1) == WHO {
            if ctx.words.lower(b - 2) != "," {
                continue;
            }
            b -= 2;
            if b > sf + 1
                && ctx.words.lower(b - 2) == ","
                && ctx.words.get(b - 1).is_some_and(|x| x.text.chars().all(|c| c.is_ascii_digit()))
            {
                b -= 2;
            }
        }
        let Some(p) = ctx.mention_ending(b).filter(|m| ctx.is_person(m.entity)) else { continue };
        // the organisation: named right after the verb ("the" between), or "the company" / "the bank"
        let named = if ctx.words.lower(i + 1) == THE && ctx.mention_starting(i + 2).is_some() { i + 2 } else { i + 1 };
        let (org, end) = match ctx.mention_starting(named) {
            Some(m) if ctx.is_org(m.entity) && !ctx.possessive_at(m.last - 1) => (Some(m.entity), m.last),
            Some(_) => continue,
            None => match anaphora::anaphor_noun_after(ctx, i + 1, sl) {
                Some(n) => (anaphora::resolve(ctx, n), n + 1),
                None => continue,
            },
        };
        // (a person the sentence gives a post at that organisation keeps it: "Acme's managing
        // director, Jane Roe, who has led the bank since 2020")
        let span = ctx.sent_span(s);
        let Some(org) = org.filter(|&o| {
            !out.iter().any(|q| q.person == p.entity && q.organization == Some(o) && q.evidence.span == span)
        }) else {
            continue;
        };
        // the time the post was held: "since 2019", "from 2009 to 2018", "for a decade"
        if !is_in(TENURE_CUES, ctx.words.lower(end)) {
            continue;
        }
        let role = if is_in(TENURE_CHAIR_VERBS, w) {
            Role::Chairman
        } else if ctx.kind(org) == Some(newskg_doc::EntityKind::Company) {
            Role::Ceo
        } else {
            Role::Head
        };
        out.push(Position {
            person: p.entity,
            organization: Some(org),
            role,
            title: ctx.words.get(i).map_or(String::new(), |x| x.text.to_string()),
            current: !past,
            evidence: ctx.evidence(s, 0.6),
        });
    }
}

/// "Acme was founded in 2011 by Jane Roe [and John Doe]", "Jane Roe co-founded Acme": founders.
pub(super) fn extract_founders(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Vec<Position>) {
    for i in sf..sl {
        let w = ctx.words.lower(i);
        // ("established", "created", "formed": with a named organisation only, rule `roles-founding-verbs`)
        let named_only = ctx.on(Rule::FoundingVerbs) && is_in(FOUNDING_VERBS_NAMED, w);
        if !(is_in(FOUNDED_VERBS, w) || named_only) || ctx.mention_of_word.get(i).copied().flatten().is_some() {
            continue;
        }
        let co = !is_in(FOUNDED_ALONE, w) && !named_only;
        // "Founded in 1998 by Jane Roe, Acme ...": a participle opening the sentence
        let opening = i == sf;
        // "Acme, founded in 2015 by Jane Roe, ...": a participle after the organisation's name
        let participle = i > sf + 1
            && ctx.words.lower(i - 1) == ","
            && ctx.mention_ending(i - 1).is_some_and(|m| ctx.is_org(m.entity));
        // ("was originally founded": past an adverb, rule `roles-founded-reach`)
        let aux_at = if i > sf && is_in(PASSIVE_AUX, ctx.words.lower(i - 1)) {
            Some(i - 1)
        } else if ctx.on(Rule::FoundedReach)
            && i > sf + 1
            && ctx.words.is_lower_word(i - 1)
            && ctx.words.lower(i - 1).ends_with(ADVERB_LY)
            && is_in(PASSIVE_AUX, ctx.words.lower(i - 2))
        {
            Some(i - 2)
        } else {
            None
        };
        let aux = aux_at.is_some();
        // "Acme is a Ruritanian bank [based in Zeta City,] founded in 1997 by Jane Roe": a
        // participle after the predicate of a sentence whose subject is the organisation
        // ("Acme, a Leeds software company founded by": rule `roles-founded-predicate`)
        let predicate = if opening || participle || aux {
            None
        } else {
            copular_subject(ctx, sf, i)
                .or_else(|| ctx.on(Rule::FoundedPredicate).then(|| founding::described_org(ctx, sf, i)).flatten())
        };
        let passive = opening || participle || aux || predicate.is_some();
        let mut people: Vec<EntityIdx> = Vec::new();
        let mut described_partner = false;
        let org;
        if passive {
            // "... by Jane Roe and John Doe"
            let Some(by) = by_after(ctx, i, sl) else { continue };
            let mut k = by + 1;
            // "by current Acme CEO Jane Roe": past the founder's present titles and their company
            let mut hops = 0;
            // ("Ruritanian" may have been recognised as a place of its own)
            let nationality =
                |m: super::super::MentionAt| m.last == m.first + 1 && is_nationality(ctx.words.lower(m.first));
            while k < sl && hops < 6 && ctx.mention_starting(k).is_none_or(|m| ctx.is_org(m.entity) || nationality(m)) {
                let x = ctx.words.lower(k);
                if let Some(m) = ctx.mention_starting(k) {
                    k = m.last;
                } else if is_title_word(x)
                    || is_in(TITLE_MODIFIERS, x)
                    || x == CURRENT
                    // "by the engineer Jane Roe": past a short description
                    || x == THE
                    || (ctx.words.is_lower_word(k) && !is_in(AND_COMMA, x))
                    // "by Ruritanian entrepreneur Jane Roe", "by the Ruritanian banker, Dr Jane
                    // Roe": past a nationality, a form of address and the comma closing the
                    // description
                    || is_nationality(x)
                    || is_in(ADDRESS_FORMS, x)
                    || (x == ABBREVIATION_STOP && k > by + 1 && is_in(ADDRESS_FORMS, ctx.words.lower(k - 1)))
                    || (x == "," && k > by + 1)
                    // ("by five engineers: Jane Roe, ...")
                    || (x == COLON && k > by + 1 && ctx.on(Rule::FoundedReach))
                    // ("by the late Captain Jane Roe": rule `roles-founders-ranks`)
                    || founder_rank_at(ctx, k, by + 1, false)
                {
                    k += 1;
                } else {
                    break;
                }
                hops += 1;
            }
            if !ctx.mention_starting(k).is_some_and(|m| ctx.is_person(m.entity)) {
                k = by + 1;
            }
            while k < sl {
                match ctx.mention_starting(k) {
                    Some(m) if ctx.is_person(m.entity) => {
                        people.push(m.entity);
                        k = m.last;
                    }
                    _ if is_in(AND_COMMA, ctx.words.lower(k)) && !people.is_empty() => {
                        // "by Jane Roe, an engineer from Leeds, and John Doe" (rule
                        // `roles-founders-apposition`)
                        if let Some(after) = (ctx.on(Rule::FoundersApposition) && ctx.words.lower(k) == ",")
                            .then(|| founding::apposition_after(ctx, k, sl))
                            .flatten()
                        {
                            k = after;
                            continue;
                        }
                        k += 1;
                        // "by Jane Roe and the former banker John Doe", "... and its chief
                        // executive, John Doe": past the next founder's description
                        let mut j = k;
                        while j < sl && j < k + 5 && ctx.mention_starting(j).is_none() {
                            let x = ctx.words.lower(j);
                            let descr = x == THE
                                || is_in(OWNER_PRONOUNS, x)
                                || is_title_word(x)
                                || is_in(TITLE_MODIFIERS, x)
                                || (x == "," && j > k)
                                // ("and Ruritanian engineer, John Doe")
                                || ctx.on(Rule::FoundedReach) && is_nationality(x)
                                // ("and Dr John Doe", "and Captain John Doe": rule `roles-founders-ranks`)
                                || founder_rank_at(ctx, j, k, true)
                                || ctx.words.is_lower_word(j) && !is_in(AND_COMMA, x);
                            if !descr {
                                break;
                            }
                            j += 1;
                        }
                        if j > k && ctx.mention_starting(j).is_some_and(|m| ctx.is_person(m.entity)) {
                            k = j;
                        }
                    }
                    _ => break,
                }
            }
            // "founded by Jane Roe and five others": a co-founder (rule `roles-founders-described-partner`)
            described_partner = ctx.on(Rule::FoundersDescribedPartner) && founding::unnamed_partner_after(ctx, k, sl);
            // "Acme was founded", "Acme, which was founded", "Acme, which is based in Leeds and was
            // founded": the comma before the relative pronoun (no other organisation or person
            // named between)
            let relative_comma = (i.saturating_sub(12).max(sf + 1)..i.saturating_sub(1))
                .rev()
                .find(|&k| ctx.words.lower(k) == "," && ctx.words.lower(k + 1) == WHICH)
                .filter(|&k| {
                    !ctx.mentions
                        .iter()
                        .any(|m| m.first > k && m.first < i && (ctx.is_org(m.entity) || ctx.is_person(m.entity)))
                });
            if opening {
                // the organisation the sentence goes on about, right after the founders' names
                // ("..., Seattle-based Acme")
                let mut j = k;
                if ctx.words.lower(j) == "," {
                    j += 1;
                }
                // "Founded in 1987 by Jane Roe and John Doe, the company ...": what "the company"
                // refers to (rule `roles-founded-subject`)
                // ("Founded in 1996 by Jane Roe, it was bought by Zeta": what "it" refers to, rule
                // `roles-founded-it`)
                let it = ctx.on(Rule::FoundedIt) && ctx.words.lower(j) == IT;
                if ctx.on(Rule::FoundedSubject) && (it || anaphora::anaphor_noun_after(ctx, j, sl).is_some()) {
                    org = subject_chain(ctx, sf);
                    if org.is_none() {
                        continue;
                    }
                } else {
                    // "Founded by Jane Roe, with help from John Doe, Acme ...": past an aside
                    // (rule `roles-founded-predicate`)
                    let past_aside = ctx
                        .on(Rule::FoundedPredicate)
                        .then(|| founding::aside_end(ctx, k, sl))
                        .flatten()
                        .and_then(|j| org_after_founders(ctx, j, sl));
                    let Some(o) = past_aside.or_else(|| org_after_founders(ctx, j, sl)) else {
                        continue;
                    };
                    org = Some(o);
                }
            } else if let Some(subject) = predicate {
                org = Some(subject);
            } else {
                let end = if let Some(k) = relative_comma {
                    k
                } else if participle {
                    i - 2
                } else {
                    aux_at.unwrap_or(i - 1)
                };
                let named = ctx.mention_ending(end).filter(|m| ctx.is_org(m.entity)).map(|m| m.entity);
                // "The company was founded in 1999 by former Zeta executive Jane Roe", "It was
                // founded by ...": what the subject refers to, never an organisation named after
                // the verb (rule `roles-founded-subject`)
                let subject = (ctx.on(Rule::FoundedSubject) && named.is_none() && relative_comma.is_none() && aux)
                    .then(|| anaphor_subject(ctx, sf, end))
                    .flatten();
                // "Acme, a firm that was founded by" (rule `roles-founded-predicate`)
                let described = (ctx.on(Rule::FoundedPredicate)
                    && aux
                    && named.is_none()
                    && relative_comma.is_none()
                    && subject.is_none())
                .then(|| founding::described_org(ctx, sf, end))
                .flatten();
                org = match subject {
                    // "The company was formed in 2003 by Jane Roe" (rule `roles-formed-anaphor`)
                    Some(referent) if named_only && ctx.on(Rule::FormedAnaphor) => referent,
                    _ if named_only => named.or(described),
                    Some(referent) => referent,
                    None => named.or(described).or_else(|| ctx.its_referent(i, None)),
                };
            }
        } else {
            // "Jane Roe [and John Doe] co-founded Acme", "Jane Roe, who founded Acme", "... founded
            // the company"
            let named = ctx
                .mention_starting(i + 1)
                .or_else(|| described_org_at(ctx, i + 1, sl).filter(|_| !named_only))
                .filter(|m| ctx.is_org(m.entity))
                .map(|m| m.entity)
                // "founded his own company, Acme", "Jane Roe and John Doe founded the website"
                // (rule `roles-founded-object`)
                .or_else(|| {
                    ctx.on(Rule::FoundedObject).then(|| founding::object_org(ctx, i, sl, named_only)).flatten()
                });
            // "Jane Roe, who formed the company in 2006" (rule `roles-formed-anaphor`)
            let anaphor = anaphora::anaphor_noun_after(ctx, i + 1, sl);
            let formed_anaphor = ctx.on(Rule::FormedAnaphor) && anaphor.is_some_and(|n| !ctx.possessive_at(n));
            if named_only && named.is_none() && !formed_anaphor {
                continue;
            }
            let Some(o) = named
                .or_else(|| anaphor.filter(|_| ctx.on(Rule::TitleAnaphora)).and_then(|n| anaphora::resolve(ctx, n)))
            else {
                continue;
            };
            org = Some(o);
            let mut k = i;
            if i >= sf + 2 && ctx.words.lower(i - 1) == WHO && ctx.words.lower(i - 2) == "," {
                k = i - 2;
            } else if ctx.on(Rule::FoundedSubject) && i > sf + 1 && is_in(HAVE_FORMS, ctx.words.lower(i - 1)) {
                // "Jane Roe and John Doe have founded Acme": past the perfect's auxiliary
                k = i - 1;
            }
            let verb_at = k;
            while k > sf {
                match ctx.mention_ending(k) {
                    Some(m) if ctx.is_person(m.entity) => {
                        people.push(m.entity);
                        k = m.first;
                    }
                    _ if is_in(AND_COMMA, ctx.words.lower(k - 1)) && !people.is_empty() => k -= 1,
                    // "Jane Roe and her business partner John Doe founded" (rule `roles-founders-described-partner`)
                    _ if ctx.on(Rule::FoundersDescribedPartner)
                        && !people.is_empty()
                        && let Some(and) = founding::described_partner_before(ctx, k, sf) =>
                    {
                        k = and
                    }
                    // "Jane Roe, a former banker, and John Doe founded", "Jane Roe, a former
                    // banker, founded" (rule `roles-founders-apposition`)
                    _ if ctx.on(Rule::FoundersApposition)
                        && (ctx.words.lower(k) == "," && !people.is_empty()
                            || k == verb_at && ctx.words.lower(k - 1) == ",") =>
                    {
                        let comma = if ctx.words.lower(k) == "," { k } else { k - 1 };
                        match founding::apposition_before(ctx, comma, sf) {
                            Some(open) => k = open,
                            None => break,
                        }
                    }
                    _ => break,
                }
            }
            // "In 1979, she co-founded Acme" (rule `roles-founded-pronoun`)
            if people.is_empty()
                && ctx.on(Rule::FoundedPronoun)
                && let Some(p) = founding::pronoun_founder(ctx, sf, verb_at)
            {
                people.push(p);
            }
        }
        let Some(org) = org else { continue };
        // "Jane Roe founded Acme in 1998 with John Doe": co-founders; "... with two former
        // colleagues": a co-founder too
        let mut with_others = false;
        if !passive && let Some(w) = (i + 2..(i + 8).min(sl)).find(|&k| ctx.words.lower(k) == WITH) {
            let mut k = w + 1;
            while k < sl && k < w + 4 && ctx.mention_starting(k).is_none() {
                k += 1;
            }
            if let Some(m) = ctx.mention_starting(k).filter(|m| ctx.is_person(m.entity)) {
                people.push(m.entity);
            } else {
                // ("with ten workers", "with a loan from his cousin": staff and means are no
                // co-founders, rule `roles-founded-with-partners`)
                with_others = ctx.words.is_lower_word(w + 1)
                    && (!ctx.on(Rule::FoundedWithPartners) || founding::partners_after_with(ctx, w, sl));
            }
        }
        // "Acme was founded by Jane Roe and John Doe", "Jane Roe and John Doe founded Acme",
        // "co-founded" and "founded Acme with John Doe": each is a co-founder (eval/corpus
        // GUIDELINES, "Founders", session 56; `roles-joint-founders` retired)
        let joint = people.len() > 1;
        let role = if co || with_others || joint || described_partner { Role::Cofounder } else { Role::Founder };
        let title = ctx.words.get(i).map_or(String::new(), |x| x.text.to_string());
        for p in people {
            out.push(Position {
                person: p,
                organization: Some(org),
                role,
                title: title.clone(),
                current: true,
                evidence: ctx.evidence(s, 0.7),
            });
        }
    }
}

/// The organisation a founders' opening participle goes on about, from word `j` on, past at most
/// four lower-case, hyphenated or place words ("..., Seattle-based Acme").
fn org_after_founders(ctx: &Ctx<'_>, mut j: usize, sl: usize) -> Option<EntityIdx> {
    let k = j;
    while j < sl && j < k + 4 {
        match ctx.mention_starting(j) {
            Some(m) if !ctx.is_org(m.entity) && !ctx.is_person(m.entity) => j = m.last,
            None if ctx.words.is_lower_word(j) || ctx.words.lower(j).contains('-') => j += 1,
            _ => break,
        }
    }
    ctx.mention_starting(j).filter(|m| ctx.is_org(m.entity)).map(|m| m.entity)
}

/// The "by" of a passive founding verb at word `i`: within five words ("founded and operated
/// by"), else (rule `roles-founded-reach`) past adverbials of time, place and description up to
/// [`FOUNDED_BY_REACH`] words on ("founded in 1986 in the UK by", "formed on July 1, 2013, by",
/// "founded as a soap maker by"), not past a new clause, another verb or a person.
fn by_after(ctx: &Ctx<'_>, i: usize, sl: usize) -> Option<usize> {
    let near = (i + 1..(i + 6).min(sl)).find(|&k| ctx.words.lower(k) == BY);
    if near.is_some() || !ctx.on(Rule::FoundedReach) {
        return near;
    }
    let mut k = i + 1;
    while k < sl && k <= i + FOUNDED_BY_REACH {
        let x = ctx.words.lower(k);
        if x == BY {
            return Some(k);
        }
        // "founded in 2006 and launched in 2007 by" (rule `roles-founded-conjoined`)
        if x == AND && ctx.on(Rule::FoundedConjoined) && is_in(FOUNDED_CONJOINED, ctx.words.lower(k + 1)) {
            k += 2;
            continue;
        }
        if let Some(m) = ctx.mention_starting(k) {
            if ctx.is_person(m.entity) {
                return None;
            }
            k = m.last;
            continue;
        }
        if is_in(FOUNDED_BY_STOP, x) || (ctx.words.is_lower_word(k) && x.ends_with(PARTICIPLE_ED)) {
            return None;
        }
        k += 1;
    }
    None
}

/// Rule `roles-founders-ranks`: whether word `k` is a rank or style before a founder's name ([`FOUNDER_RANKS`]; with
/// `forms`, a form of address too, [`ADDRESS_FORMS`]) or the full stop of one that stands after word `from`
/// ("Capt.", "Dr.").
fn founder_rank_at(ctx: &Ctx<'_>, k: usize, from: usize, forms: bool) -> bool {
    let rank = |w: &str| is_in(FOUNDER_RANKS, w) || (forms && is_in(ADDRESS_FORMS, w));
    let x = ctx.words.lower(k);
    ctx.on(Rule::FoundersRanks) && (rank(x) || (x == ABBREVIATION_STOP && k > from && rank(ctx.words.lower(k - 1))))
}

/// The subject of a passive founding verb ending before word `end` (the auxiliary) when it is
/// "it" or "the [adjective] company" (or "the business", rule `roles-founded-business-subject`)
/// opening the sentence: `Some` of what it refers to
/// ([`subject_chain`]), `None` when it is neither.
fn anaphor_subject(ctx: &Ctx<'_>, sf: usize, end: usize) -> Option<Option<EntityIdx>> {
    let it = end == sf + 1 && ctx.words.lower(sf) == IT;
    let the = anaphora::anaphor_noun_before(ctx, end, sf)
        .or_else(|| ctx.on(Rule::FoundedBusinessSubject).then(|| business_noun_before(ctx, end, sf)).flatten());
    (it || the == Some(sf)).then(|| subject_chain(ctx, sf))
}

/// "the [new] business" ending at word `end` (exclusive), its noun one of
/// [`FOUNDED_SUBJECT_NOUNS`] and no mention covering it: the index of its "the" (rule
/// `roles-founded-business-subject`).
fn business_noun_before(ctx: &Ctx<'_>, end: usize, sf: usize) -> Option<usize> {
    let n = end.checked_sub(1).filter(|&n| n > sf)?;
    if !is_in(FOUNDED_SUBJECT_NOUNS, ctx.words.lower(n)) || ctx.mention_of_word.get(n).copied().flatten().is_some() {
        return None;
    }
    let mut k = n;
    while k > sf && k + 3 > n && is_in(ANAPHOR_ADJECTIVES, ctx.words.lower(k - 1)) {
        k -= 1;
    }
    (k > sf && ctx.words.lower(k - 1) == THE).then_some(k - 1)
}

/// What the subject "it" / "the company" of the sentence starting at word `sf` refers to: the
/// organisation that opens the nearest sentence before it ("Acme ...", "The Acme Group ..."),
/// past sentences that open with "it" or "the company" themselves (up to five back); none when
/// the nearest opens with another name (a person's, a place's); when a sentence with another
/// opening comes first, the article's main organisation. An organisation
/// named after a preposition ("It is listed on the Zeta Exchange", "It was bought by Zeta")
/// is never the referent.
fn subject_chain(ctx: &Ctx<'_>, sf: usize) -> Option<EntityIdx> {
    anaphora::opener_chain(ctx, sf).unwrap_or_else(|| ctx.main_org())
}

/// The organisation a sentence opens with ("Acme ...", "The Acme Group ...") when a form of "to
/// be" follows it and no other organisation or person is named between that and the participle
/// at word `i` (at most fifteen words on): the subject the participle's predicate describes.
fn copular_subject(ctx: &Ctx<'_>, sf: usize, i: usize) -> Option<EntityIdx> {
    let start = if ctx.words.lower(sf) == THE { sf + 1 } else { sf };
    let m = ctx.mention_starting(start).filter(|m| ctx.is_org(m.entity))?;
    // (past the full stop of an abbreviation closing the name: "Acme Group, Inc. is")
    let verb = if ctx.words.lower(m.last) == ABBREVIATION_STOP { m.last + 1 } else { m.last };
    if !is_in(COPULAS, ctx.words.lower(verb)) || verb + 16 < i || verb + 2 > i {
        return None;
    }
    let between = (verb + 1..i).any(|k| !ctx.no_org_or_person_at(k));
    (!between).then_some(m.entity)
}

/// "co-founded the Stockholm payments company Acme": the organisation after an article and a short
/// description (lower-case words, places), if one follows.
fn described_org_at(ctx: &Ctx<'_>, from: usize, sl: usize) -> Option<super::super::MentionAt> {
    if !is_in(INDEFINITE_ARTICLES, ctx.words.lower(from)) && ctx.words.lower(from) != THE {
        return None;
    }
    let mut k = from + 1;
    let mut hops = 0;
    while k < sl && hops < 6 {
        match ctx.mention_starting(k) {
            Some(m) if ctx.kind(m.entity) == Some(newskg_doc::EntityKind::Location) => k = m.last,
            Some(m) => return (hops > 0).then_some(m),
            None if ctx.words.is_lower_word(k) && !is_in(TITLE_FUNCTION_STOP, ctx.words.lower(k)) => k += 1,
            None => return None,
        }
        hops += 1;
    }
    None
}
