//! Resolve mentions into entities: consumes a [`Document`] with mentions, produces [`Entity`]s
//! with their fullest name and aliases.
//!
//! Within one article, mentions are grouped longest first, and a shorter form joins an entity
//! already built when:
//! - it is the same name up to case, a leading "the" and a possessive ("Acme's" → "Acme");
//! - it is an acronym in brackets right after the long form ("Federal Office (FO)"), or the
//!   initials of the long form ("ACS" → "Acme Cloud Services");
//! - it is the long form's leading words quoted in brackets right after it ("Acme Radio Company,
//!   LLC ("Acme")"), even in a sentence of ownership (rule `resolve-defined-short-form`);
//! - it is one or two words of a longer person's name ("Zhang" → "Wei Zhang Li"), taking the
//!   person mentioned most recently before it when several fit;
//! - it is the leading words of exactly one longer organisation name whose remaining words are
//!   not a sub-unit word ("Acme" → "Acme Group Holding", but not "Acme" → "Acme Cloud"); a short
//!   form read as a place joins so only a company's name, when it is no known place
//!   (`lexicon::places::PLACES`) and no mention of it stands next to another place across a comma
//!   ("Shares in Brannick fell" beside "Brannick Therapeutics"; not "Wixom, Brannick"); nor
//!   when one sentence with a word of ownership names both apart ("Acme Canada Limited is a
//!   wholly owned subsidiary of Acme": rule `resolve-prefix-apart`, see `prefix_apart`);
//! - it is the last word of exactly one longer service name ("Flow" → "Contoso Flow");
//! - it is the singular of a service's name in the plural ("Zephyr Pad" → "Zephyr Pads"), which
//!   then takes the singular as its name.
//!
//! The entity's `name` is its longest surface form, faithful to the text; `aliases` are the other
//! forms, and for a place opened by a lower-case compass word ("northern England") the place
//! itself ("England"). Its kind is the confidence-weighted vote of its full-form mentions (short forms vote at
//! half weight, and person short forms not at all, since a bare surname has no kind cues).
//! [`singular_aliases`] adds, after typing, the singular of a service named only in the plural
//! ("Zephyr Pads" → "Zephyr Pad"): news names products in the plural ("sold two million
//! Zephyr Pads") and a product's name is its singular. [`canonical_key`] gives the normalised key from which IRIs are minted across articles.

use crate::lexicon::grammar::THE;
use crate::lexicon::names::{ACRONYM_SKIP, DEFINED_TERM_CLOSERS, DEFINED_TERM_OPENERS};
use crate::lexicon::organisations::{
    APART_CUES, COMPANY_SUFFIXES, CORPORATE_FORMS, FAMILY_NOUNS, LEGAL_SUFFIXES, ORG_CUES, SUBUNIT_WORDS, UNIT_NOUNS,
    comma_legal_form_end, lower_legal_form_end,
};
use crate::lexicon::places::{LOWER_PLACE_HEADS, PLACE_MODIFIERS, PLACES};
use crate::lexicon::services::{NOT_PLURAL_BEFORE_S, NOT_PLURAL_NAME_ENDS, PLURAL_ES_ENDINGS};
use crate::lexicon::words::is_in;
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::{Document, Entity, EntityKind};

/// Groups the document's mentions into entities.
pub fn resolve(doc: &Document) -> Vec<Entity> {
    resolve_under(doc, RuleSet::ALL)
}

/// [`resolve`] with the rules `rules` switches off left out (`resolve-prefix-apart`).
pub fn resolve_under(doc: &Document, rules: RuleSet) -> Vec<Entity> {
    let forms: Vec<Form> = doc.mentions.iter().map(|m| Form::new(doc.slice(m.span))).collect();
    let mut order: Vec<usize> = (0..doc.mentions.len()).filter(|&i| !forms[i].words.is_empty()).collect();
    order.sort_by_key(|&i| {
        (std::cmp::Reverse(forms[i].words.len()), std::cmp::Reverse(forms[i].text.len()), doc.mentions[i].span)
    });

    // Acronyms in brackets right after a mention: "(ABC)" joins the mention before it.
    let mut bracket_of: Vec<Option<usize>> = vec![None; doc.mentions.len()];
    for j in 1..doc.mentions.len() {
        let (a, b) = (&doc.mentions[j - 1], &doc.mentions[j]);
        let gap = doc.text.get(a.span.end()..b.span.start()).unwrap_or("");
        let after = doc.text.get(b.span.end()..).unwrap_or("");
        // only an acronym in brackets names the same thing ("BRUSSELS (Reuters)" does not)
        let acronym = forms[j].text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        if gap.trim() == "(" && after.starts_with(')') && forms[j].words.len() == 1 && acronym {
            bracket_of[j] = Some(j - 1);
        }
        if rules.on(Rule::DefinedShortForm) && defined_short_form(doc, &forms, j - 1, j) {
            bracket_of[j] = Some(j - 1);
        }
    }

    let place_short = place_short_forms(doc, &forms);
    let apart = if rules.on(Rule::PrefixApart) { prefix_apart(doc, &forms, &bracket_of) } else { Vec::new() };

    let mut groups: Vec<Group> = Vec::new();
    let mut group_of: Vec<Option<usize>> = vec![None; doc.mentions.len()];
    for &i in &order {
        let m = &doc.mentions[i];
        let f = &forms[i];
        let target = groups
            .iter()
            .position(|g| g.key == f.key)
            .map(|g| (g, Link::Same))
            .or_else(|| bracket_of[i].and_then(|p| group_of[p]).map(|g| (g, Link::Short)))
            .or_else(|| person_part(doc, &groups, &forms, i).map(|g| (g, Link::Person)))
            .or_else(|| acronym_of(&groups, f, m.kind).map(|g| (g, Link::Short)))
            .or_else(|| org_prefix(&groups, f, m.kind, place_short[i], &apart).map(|g| (g, Link::Short)))
            .or_else(|| service_suffix(&groups, f, m.kind).map(|g| (g, Link::Suffix)))
            .or_else(|| plural_of(&groups, f, m.kind).map(|g| (g, Link::Same)))
            .or_else(|| body_suffix(&groups, f).map(|g| (g, Link::Suffix)));
        match target {
            Some((g, link)) => {
                let weight = match link {
                    Link::Same => 1.0,
                    Link::Short => 0.25,
                    Link::Person | Link::Suffix => 0.0,
                };
                groups[g].add(i, m.kind, m.confidence * weight, m.confidence);
                group_of[i] = Some(g);
            }
            None => {
                group_of[i] = Some(groups.len());
                let mut g =
                    Group { key: f.key.clone(), kind: m.kind, votes: [0.0; 5], mentions: Vec::new(), confidence: 0.0 };
                g.add(i, m.kind, m.confidence.max(0.01), m.confidence);
                groups.push(g);
            }
        }
    }
    // a bracketed acronym seen before its long form (rare) is left as its own entity

    let mut out: Vec<Entity> = groups
        .into_iter()
        .map(|mut g| {
            g.mentions.sort_unstable();
            let mut name = String::new();
            let mut best = (0usize, 0usize);
            for &i in &g.mentions {
                let f = &forms[i];
                let score = (f.words.len(), f.text.len());
                if score > best {
                    best = score;
                    name.clone_from(&f.text);
                }
            }
            // a service named in the plural and the singular takes the singular
            if g.kind == EntityKind::Service
                && let Some(one) = singular_name(&name)
                && let Some(&i) = g.mentions.iter().find(|&&i| forms[i].text.eq_ignore_ascii_case(&one))
            {
                name.clone_from(&forms[i].text);
            }
            let mut aliases: Vec<String> = Vec::new();
            for &i in &g.mentions {
                let t = &forms[i].text;
                if !t.eq_ignore_ascii_case(&name) && !aliases.iter().any(|a| a.eq_ignore_ascii_case(t)) {
                    aliases.push(t.clone());
                }
            }
            let kind = EntityKind::ALL[argmax(&g.votes)];
            // "Acme Widgets, Inc.": the name with the legal form after its comma is an alias
            if matches!(kind, EntityKind::Company | EntityKind::Organization) {
                for &i in &g.mentions {
                    let span = doc.mentions[i].span;
                    let lower =
                        || lower_legal_form_end(&doc.text, span.end()).filter(|_| rules.on(Rule::LowerLegalSuffix));
                    if let Some(end) = comma_legal_form_end(&doc.text, span.end()).or_else(lower)
                        && let Some(full) = doc.text.get(span.start()..end)
                        && !aliases.iter().any(|a| a == full)
                    {
                        aliases.push(full.to_string());
                    }
                }
            }
            if kind == EntityKind::Location
                && let Some(bare) = bare_place(&name)
                && !aliases.iter().any(|a| a.eq_ignore_ascii_case(bare))
            {
                aliases.push(bare.to_string());
            }
            Entity {
                kind,
                key: canonical_key(&name),
                name,
                aliases,
                mentions: g.mentions,
                confidence: g.confidence.clamp(0.0, 1.0),
            }
        })
        .collect();
    out.sort_by_key(|e| e.mentions.first().copied().unwrap_or(usize::MAX));
    out
}

#[derive(Debug, Clone, Copy)]
enum Link {
    Same,
    Short,
    Person,
    Suffix,
}

/// A mention's cleaned surface form.
#[derive(Debug)]
struct Form {
    text: String,
    key: String,
    words: Vec<String>,
}

impl Form {
    fn new(raw: &str) -> Form {
        let mut t = raw.trim();
        for lead in ["the ", "The ", "THE "] {
            if let Some(rest) = t.strip_prefix(lead) {
                t = rest.trim_start();
            }
        }
        let t = t.strip_suffix("'s").or_else(|| t.strip_suffix('\'')).unwrap_or(t).trim();
        let words: Vec<String> = t.split_whitespace().map(str::to_lowercase).collect();
        Form { text: t.to_string(), key: words.join(" "), words }
    }
}

#[derive(Debug)]
struct Group {
    key: String,
    kind: EntityKind,
    votes: [f32; 5],
    mentions: Vec<usize>,
    confidence: f32,
}

impl Group {
    fn add(&mut self, i: usize, kind: EntityKind, vote: f32, conf: f32) {
        self.mentions.push(i);
        if let Some(k) = EntityKind::ALL.iter().position(|&x| x == kind) {
            self.votes[k] += vote;
        }
        self.kind = EntityKind::ALL[argmax(&self.votes)];
        self.confidence = self.confidence.max(conf);
    }
}

/// The place a lower-case compass word opens ("England" of "northern England"): named on its
/// own as well, since the region is part of it and news names the place, not the compass word.
/// A capitalised compass word is part of the name ("Northern Ireland"), so it stays. Likewise
/// the name before a lower-case place head ("Northwick" of "Northwick airport"): news names a
/// site by it alone as often as in full.
fn bare_place(name: &str) -> Option<&str> {
    let lower_in = |w: &str, list: &[&str]| w.chars().all(char::is_lowercase) && is_in(list, w);
    if let Some((rest, last)) = name.rsplit_once(' ')
        && lower_in(last, LOWER_PLACE_HEADS)
        && !rest.trim().is_empty()
    {
        return Some(rest.trim());
    }
    let (first, rest) = name.split_once(' ')?;
    let rest = rest.trim();
    (lower_in(first, PLACE_MODIFIERS) && !rest.is_empty()).then_some(rest)
}

fn argmax(v: &[f32; 5]) -> usize {
    let mut best = 0;
    for k in 1..5 {
        if v[k] > v[best] {
            best = k;
        }
    }
    best
}

/// One or two words of a longer person's name: the person mentioned most recently before it.
fn person_part(doc: &Document, groups: &[Group], forms: &[Form], i: usize) -> Option<usize> {
    let f = &forms[i];
    let m = &doc.mentions[i];
    if f.words.len() > 2
        || matches!(m.kind, EntityKind::Location)
        || f.words.iter().any(|w| !w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\''))
    {
        return None;
    }
    if f.words.len() == 1 && f.text.chars().filter(|c| c.is_uppercase()).count() > 1 {
        return None; // "AWS" is not a surname
    }
    let mut best: Option<(usize, usize)> = None; // (group, last mention start before i)
    for (gi, g) in groups.iter().enumerate() {
        if g.kind != EntityKind::Person {
            continue;
        }
        let gwords: Vec<&str> = g.key.split(' ').collect();
        if gwords.len() <= f.words.len() {
            continue;
        }
        let fits = gwords.windows(f.words.len()).any(|w| w.iter().zip(&f.words).all(|(a, b)| *a == b));
        if !fits {
            continue;
        }
        let before = g
            .mentions
            .iter()
            .filter_map(|&k| doc.mentions.get(k))
            .map(|mm| mm.span.start())
            .filter(|&s| s <= m.span.start())
            .max()
            .unwrap_or(0);
        if best.is_none_or(|(_, b)| before > b) {
            best = Some((gi, before));
        }
    }
    best.map(|(g, _)| g)
}

/// The initials of a name's capitalised words, skipping function words.
fn initials(key_words: &[&str], text: &str) -> String {
    let _ = key_words;
    text.split_whitespace()
        .filter(|w| !is_in(ACRONYM_SKIP, w.to_lowercase().as_str()))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_uppercase)
        .collect()
}

/// An all-capitals short form equal to the initials of an organisation or service name.
fn acronym_of(groups: &[Group], f: &Form, kind: EntityKind) -> Option<usize> {
    if f.words.len() != 1 || matches!(kind, EntityKind::Person | EntityKind::Location) {
        return None;
    }
    let letters: Vec<char> = f.text.chars().filter(|c| c.is_alphabetic()).collect();
    if !(2..=6).contains(&letters.len()) || !letters.iter().all(|c| c.is_uppercase()) {
        return None;
    }
    let acro: String = letters.iter().collect();
    let hits: Vec<usize> = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| matches!(g.kind, EntityKind::Company | EntityKind::Organization | EntityKind::Service))
        .filter(|(_, g)| {
            let words: Vec<&str> = g.key.split(' ').collect();
            words.len() >= 2 && initials(&words, &g.key) == acro
        })
        .map(|(i, _)| i)
        .collect();
    (hits.len() == 1).then(|| hits[0])
}

/// Whether mention `j` is mention `a`'s leading words quoted in brackets right after it, past a
/// legal form after a comma: "Acme Radio Company, LLC (\u{201c}Acme\u{201d})", spaces inside the marks
/// allowed (rule `resolve-defined-short-form`).
fn defined_short_form(doc: &Document, forms: &[Form], a: usize, j: usize) -> bool {
    let (long, short) = (&forms[a], &forms[j]);
    if short.words.is_empty()
        || short.words.len() >= long.words.len()
        || !long.words.iter().zip(&short.words).all(|(x, y)| x == y)
    {
        return false;
    }
    let (a_end, j_span) = (doc.mentions[a].span.end(), doc.mentions[j].span);
    let from = comma_legal_form_end(&doc.text, a_end).unwrap_or(a_end);
    let squeezed = |t: &str, most: usize| t.chars().filter(|c| !c.is_whitespace()).take(most).collect::<String>();
    let gap = squeezed(doc.text.get(from..j_span.start()).unwrap_or("-"), usize::MAX);
    // (only the two characters after the short form count: the rest of the text is not read)
    let after = squeezed(doc.text.get(j_span.end()..).unwrap_or(""), 2);
    is_in(DEFINED_TERM_OPENERS, gap.trim_start_matches('.'))
        && DEFINED_TERM_CLOSERS.iter().any(|c| after.starts_with(c))
}

/// How many words either side of a name a word of ownership may stand (rule `resolve-prefix-apart`).
const NEAR_WORDS: usize = 4;

/// The (short, long) name keys that one sentence names apart (rule `resolve-prefix-apart`): an
/// organisation's name and, as a mention of its own, its leading words, with a word of ownership
/// ("subsidiary", "division", "owned", "parent", "brand") among the four words either side of one
/// of them, the rest of the longer name being more than a legal or group form: "Acme Canada
/// Limited is a wholly owned subsidiary of Acme", "Acme, whose Acme Car Insurance brand ...";
/// not "Acme Ireland's chief, Jane Roe, and the head of its investment unit" (the cue too far
/// off). The short form there names another organisation (the owner or the unit) and joins no
/// longer name's entity; elsewhere a short form stays the longer name's ("Acme Radio and Zeta
/// Radio ... Acme and Zeta will merge"). An acronym in brackets after the long form ("Acme Canada
/// (AC)") is no such mention.
fn prefix_apart(doc: &Document, forms: &[Form], bracket_of: &[Option<usize>]) -> Vec<(String, String)> {
    let sentence_of = |i: usize| {
        let at = doc.mentions[i].span.start();
        doc.sentences.iter().position(|s| s.span.start() <= at && at < s.span.end())
    };
    // a word of ownership among the four words either side of mention `i`, in its sentence `k`
    let owned_near = |i: usize, k: usize| {
        let (Some(sent), m) = (doc.sentences.get(k), doc.mentions[i].span) else { return false };
        let words = |t: &str| -> Vec<String> {
            t.split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        let before = words(doc.text.get(sent.span.start()..m.start()).unwrap_or(""));
        let after = words(doc.text.get(m.end()..sent.span.end()).unwrap_or(""));
        let cue = |w: &String| is_in(APART_CUES, w) || is_in(UNIT_NOUNS, w);
        before.iter().rev().take(NEAR_WORDS).any(cue) || after.iter().take(NEAR_WORDS).any(cue)
    };
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let org = |i: usize| matches!(doc.mentions[i].kind, EntityKind::Company | EntityKind::Organization);
    // "the shipping family Acme": a family's name
    let family = |i: usize| {
        let before = doc.text.get(..doc.mentions[i].span.start()).unwrap_or("").trim_end();
        let last = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_lowercase();
        is_in(FAMILY_NOUNS, &last)
    };
    let mut out: Vec<(String, String)> = Vec::new();
    for (l, long) in forms.iter().enumerate() {
        if !org(l) || long.words.len() < 2 {
            continue;
        }
        for (s, short) in forms.iter().enumerate() {
            let fits = s != l
                && bracket_of[s].is_none()
                && !short.words.is_empty()
                && short.words.len() < long.words.len()
                && long.words.iter().zip(&short.words).all(|(a, b)| a == b)
                && long.words[short.words.len()..]
                    .iter()
                    .map(|w| bare(w))
                    .any(|w| !w.is_empty() && !is_in(CORPORATE_FORMS, &w) && !is_in(LEGAL_SUFFIXES, &w))
                && !matches!(doc.mentions[s].kind, EntityKind::Person | EntityKind::Service)
                && !doc.mentions[s].span.overlaps(doc.mentions[l].span)
                && !family(s);
            let together = fits
                && sentence_of(s).is_some_and(|k| sentence_of(l) == Some(k) && (owned_near(s, k) || owned_near(l, k)));
            if together && !out.iter().any(|(a, b)| *a == short.key && *b == long.key) {
                out.push((short.key.clone(), long.key.clone()));
            }
        }
    }
    out
}

/// Per mention, whether it may be a company's short name read as a place: a place that is no
/// known place and whose surface form never stands next to another place across a comma
/// ("Wixom, Brannick", "Brannick, Ontario": a town and its state).
fn place_short_forms(doc: &Document, forms: &[Form]) -> Vec<bool> {
    let place = |j: usize| doc.mentions.get(j).is_some_and(|m| m.kind == EntityKind::Location);
    let mut listed: Vec<&str> = Vec::new();
    for j in 1..doc.mentions.len() {
        let gap = doc.text.get(doc.mentions[j - 1].span.end()..doc.mentions[j].span.start()).unwrap_or("");
        if place(j - 1) && place(j) && gap.trim() == "," {
            listed.extend([forms[j - 1].key.as_str(), forms[j].key.as_str()]);
        }
    }
    (0..doc.mentions.len())
        .map(|i| place(i) && !is_in(PLACES, &forms[i].key) && !listed.contains(&forms[i].key.as_str()))
        .collect()
}

/// The leading words of exactly one longer organisation name whose rest is no sub-unit word; for
/// a place that may be a short name (`place_short`, see [`place_short_forms`]), of a company's.
fn org_prefix(
    groups: &[Group],
    f: &Form,
    kind: EntityKind,
    place_short: bool,
    apart: &[(String, String)],
) -> Option<usize> {
    let place = kind == EntityKind::Location && place_short;
    if !place && matches!(kind, EntityKind::Person | EntityKind::Location | EntityKind::Service) {
        return None;
    }
    let hits: Vec<usize> = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| if place { g.kind == EntityKind::Company } else { g.kind.is_org() })
        .filter(|(_, g)| {
            let words: Vec<&str> = g.key.split(' ').collect();
            words.len() > f.words.len()
                && words.iter().zip(&f.words).all(|(a, b)| *a == b)
                && !words[f.words.len()..].iter().any(|w| is_in(SUBUNIT_WORDS, w))
        })
        .filter(|(_, g)| !apart.iter().any(|(short, long)| *short == f.key && *long == g.key))
        .map(|(i, _)| i)
        .collect();
    if hits.len() > 1 {
        // prefer the one whose extra words are only corporate suffixes ("Analytics", "Group")
        let generic: Vec<usize> = hits
            .iter()
            .copied()
            .filter(|&g| {
                groups[g]
                    .key
                    .split(' ')
                    .skip(f.words.len())
                    .all(|w| is_in(COMPANY_SUFFIXES, w) || is_in(LEGAL_SUFFIXES, w))
            })
            .collect();
        return (generic.len() == 1).then(|| generic[0]);
    }
    (hits.len() == 1).then(|| hits[0])
}

/// The head word of exactly one non-business organisation's name ("the Commission" → "European
/// Commission", "the Authority"), when that word is an organisation word.
fn body_suffix(groups: &[Group], f: &Form) -> Option<usize> {
    let word = f.words.first().filter(|_| f.words.len() == 1)?;
    if !is_in(ORG_CUES, word) {
        return None;
    }
    let hits: Vec<usize> = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| g.kind == EntityKind::Organization && g.key.split(' ').count() >= 2)
        .filter(|(_, g)| g.key.split(' ').any(|w| w == word.as_str()))
        .map(|(i, _)| i)
        .collect();
    (hits.len() == 1).then(|| hits[0])
}

/// The last word of exactly one longer service name ("Flow" → "Contoso Flow").
fn service_suffix(groups: &[Group], f: &Form, kind: EntityKind) -> Option<usize> {
    if f.words.len() != 1 || matches!(kind, EntityKind::Person | EntityKind::Location) {
        return None;
    }
    let hits: Vec<usize> = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| g.kind == EntityKind::Service)
        .filter(|(_, g)| {
            let words: Vec<&str> = g.key.split(' ').collect();
            words.len() >= 2 && words.last() == f.words.first().map(String::as_str).as_ref()
        })
        .map(|(i, _)| i)
        .collect();
    (hits.len() == 1).then(|| hits[0])
}

/// The group of a service named in the plural that this mention names in the singular ("Zephyr
/// Pad" of "Zephyr Pads"): a plural is longer, so its group was built first.
fn plural_of(groups: &[Group], f: &Form, kind: EntityKind) -> Option<usize> {
    if matches!(kind, EntityKind::Person | EntityKind::Location) {
        return None;
    }
    groups.iter().position(|g| {
        // (a plural's key is the singular's and one or two letters more: that test first, so the
        // singular is built only for the few groups that may fit)
        (g.kind == EntityKind::Service || kind == EntityKind::Service)
            && (f.key.len() + 1..=f.key.len() + 2).contains(&g.key.len())
            && g.key.starts_with(f.key.as_str())
            && singular_name(&g.key).is_some_and(|one| one == f.key)
    })
}

/// The singular of a name whose last word is a plural ("Zephyr Pads" → "Zephyr Pad", "Widget
/// Touches" → "Widget Touch"); `None` for a name whose last word is no plural ("Genesis", "Sky
/// News", "Campus", "ACME").
pub(crate) fn singular_name(name: &str) -> Option<String> {
    let (head, last) = match name.rsplit_once(' ') {
        Some((h, l)) => (Some(h), l),
        None => (None, name),
    };
    let mut chars = last.chars().rev();
    let (s, before) = (chars.next()?, chars.next()?);
    let lower = last.to_lowercase();
    if s != 's'
        || last.chars().count() < 4
        || !before.is_alphabetic()
        || NOT_PLURAL_BEFORE_S.contains(&before.to_ascii_lowercase())
        || is_in(NOT_PLURAL_NAME_ENDS, &lower)
    {
        return None;
    }
    let cut = if PLURAL_ES_ENDINGS.iter().any(|e| lower.ends_with(e)) { 2 } else { 1 };
    let one = &last[..last.len() - cut];
    Some(head.map_or_else(|| one.to_string(), |h| format!("{h} {one}")))
}

/// Adds to each service named only in the plural its singular as an alias (see the module
/// notes); run after typing, so that a name typed a service late gets it too.
pub fn singular_aliases(doc: &mut Document) {
    for e in doc.entities.iter_mut().filter(|e| e.kind == EntityKind::Service) {
        if let Some(one) = singular_name(&e.name)
            && !e.aliases.iter().any(|a| a.eq_ignore_ascii_case(&one))
        {
            e.aliases.push(one);
        }
    }
}

/// The normalised key that IRIs are minted from: lower case, possessive and leading "the"
/// removed, punctuation turned into spaces ("&" into "and"), and trailing legal-form suffixes
/// ("Inc.", "Ltd", "Corp", "GmbH", ...) removed while another word remains. Words such as
/// "Group" or "Holdings" are kept: they tell different companies apart.
pub fn canonical_key(name: &str) -> String {
    let lower = name.trim().to_lowercase().replace('\u{2019}', "'");
    let lower = lower.strip_suffix("'s").or_else(|| lower.strip_suffix('\'')).unwrap_or(&lower).to_string();
    let spaced: String = lower
        .chars()
        .map(|c| if c == '&' { '+' } else { c })
        .map(|c| if c.is_alphanumeric() || c == '+' { c } else { ' ' })
        .collect();
    let mut words: Vec<String> =
        spaced.split_whitespace().map(|w| if w == "+" { "and".to_string() } else { w.to_string() }).collect();
    if words.len() > 1 && words.first().is_some_and(|w| w == THE) {
        words.remove(0);
    }
    while words.len() > 1 && words.last().is_some_and(|w| is_in(LEGAL_SUFFIXES, w)) {
        words.pop();
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::{bare_place, canonical_key, resolve, singular_name};
    use newskg_doc::{Document, EntityKind, Mention, MentionSource, Span};

    /// An invented text with the given names tagged by kind (every occurrence of each).
    fn tagged(text: &str, names: &[(&str, EntityKind)]) -> Document {
        let mut doc = crate::normalise::normalise(newskg_doc::Article::from_text("t", text));
        let mut mentions = Vec::new();
        for &(name, kind) in names {
            for (at, _) in text.match_indices(name) {
                let span = Span::new(at, at + name.len()).unwrap();
                // a longer name already tagged here wins ("Brannick" inside "Brannick Therapeutics")
                if !mentions.iter().any(|m: &Mention| m.span.overlaps(span)) {
                    mentions.push(Mention { span, kind, confidence: 0.9, source: MentionSource::Model });
                }
            }
        }
        mentions.sort_by_key(|m| m.span);
        doc.mentions = mentions;
        doc
    }

    fn kind_of(doc: &Document, name: &str) -> Vec<EntityKind> {
        let ents = resolve(doc);
        ents.iter().filter(|e| e.name == name || e.aliases.iter().any(|a| a == name)).map(|e| e.kind).collect()
    }

    #[test]
    fn a_company_short_name_read_as_a_place_joins_the_company() {
        use EntityKind::{Company, Location};
        let text = "Brannick Therapeutics said its trial failed. Shares in Brannick fell 40 per cent in Dunmore.";
        let doc = tagged(text, &[("Brannick Therapeutics", Company), ("Brannick", Location), ("Dunmore", Location)]);
        assert_eq!(kind_of(&doc, "Brannick"), vec![Company]);
        assert_eq!(kind_of(&doc, "Dunmore"), vec![Location]);
        // a known place stays a place ("France" of "France Widgets")
        let text = "France Widgets opened a plant. Sales in France rose.";
        let doc = tagged(text, &[("France Widgets", Company), ("France", Location)]);
        assert_eq!(kind_of(&doc, "France"), vec![Location]);
        // a town named with its state stays a place
        let text = "Brannick Brewing Ltd makes beer in Brannick, Ontario. Brannick has 900 people.";
        let doc = tagged(text, &[("Brannick Brewing Ltd", Company), ("Brannick", Location), ("Ontario", Location)]);
        assert_eq!(kind_of(&doc, "Brannick"), vec![Location]);
        // an organisation's name does not take a place ("Dunmore" of "Dunmore University")
        let text = "Dunmore University hired staff. It is based in Dunmore.";
        let doc = tagged(text, &[("Dunmore University", EntityKind::Organization), ("Dunmore", Location)]);
        assert_eq!(kind_of(&doc, "Dunmore"), vec![Location]);
    }

    #[test]
    fn product_names_in_the_plural_have_a_singular() {
        assert_eq!(singular_name("Zephyr Pads").as_deref(), Some("Zephyr Pad"));
        assert_eq!(singular_name("zPhones").as_deref(), Some("zPhone"));
        assert_eq!(singular_name("Widget Touches").as_deref(), Some("Widget Touch"));
        assert_eq!(singular_name("Genesis"), None);
        assert_eq!(singular_name("Sky News"), None);
        assert_eq!(singular_name("Acme Campus"), None);
        assert_eq!(singular_name("Zephyr OS"), None);
        assert_eq!(singular_name("Pads"), Some("Pad".to_string()));
        assert_eq!(singular_name("Bus"), None);
        assert_eq!(singular_name("Acme Glass"), None);
    }

    #[test]
    fn a_lower_case_compass_word_names_the_place_too() {
        assert_eq!(bare_place("northern Elmshire"), Some("Elmshire"));
        assert_eq!(bare_place("south-west Elmshire"), None);
        assert_eq!(bare_place("central Port Vale"), Some("Port Vale"));
        assert_eq!(bare_place("Northern Elmshire"), None);
        assert_eq!(bare_place("Elmshire"), None);
        assert_eq!(bare_place("northern"), None);
        assert_eq!(bare_place("Northwick airport"), Some("Northwick"));
        assert_eq!(bare_place("Northwick Airport"), None);
        assert_eq!(bare_place("airport"), None);
    }

    #[test]
    fn canonical_keys() {
        assert_eq!(canonical_key("Acme Group Holding Ltd."), "acme group holding");
        assert_eq!(canonical_key("The Widget Co"), "widget");
        assert_eq!(canonical_key("Contoso's"), "contoso");
        assert_eq!(canonical_key("Marlin & Pike Inc"), "marlin and pike");
        assert_eq!(canonical_key("us-east-1"), "us east 1");
        assert_eq!(canonical_key("Inc"), "inc");
        assert_eq!(canonical_key("  "), "");
        assert_eq!(canonical_key("Foo+"), "foo+");
        // the same name in any case or spacing gives one key, hence one entity IRI
        assert_eq!(canonical_key("Alibaba  Cloud"), canonical_key("alibaba cloud"));
    }
}
