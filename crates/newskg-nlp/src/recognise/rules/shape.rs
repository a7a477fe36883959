//! Word-shape helpers of the rules: consumes words and spans, produces yes/no answers and keys
//! (name words, hyphen cuts, appositions, surface keys).

use super::*;
use crate::lexicon::grammar::{OF, ONE};
use crate::lexicon::names::NAME_OPENING_BREAK_WORDS;
use crate::lexicon::names::{APPOSITION_BEFORE_END, APPOSITION_DETERMINERS, APPOSITION_END};
use crate::lexicon::services::NOT_SERVICE_NOUNS;
use crate::lexicon::words::is_in;

pub(super) fn argmax(t: &[f32; 5]) -> (usize, f32) {
    let mut best = 0;
    for k in 1..5 {
        if t[k] > t[best] {
            best = k;
        }
    }
    let second = (0..5).filter(|&k| k != best).map(|k| t[k]).fold(f32::MIN, f32::max);
    (best, t[best] - second.max(0.0))
}

pub(super) fn is_lower_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// A word shaped like a personal name part: capital then lower-case letters ("Zhang", "O'Neil",
/// "Jean-Luc"), or a single initial.
pub(super) fn plain_name_word(text: &str) -> bool {
    let t = strip_possessive(text);
    let mut chars = t.chars();
    let Some(c0) = chars.next() else { return false };
    if !c0.is_uppercase() {
        return false;
    }
    let rest: Vec<char> = chars.collect();
    if rest.is_empty() {
        return false;
    }
    let lower = t.to_lowercase();
    if is_in(COMPANY_SUFFIXES, &lower)
        || is_in(ORG_CUES, &lower)
        || is_in(SERVICE_HEADS, &lower)
        || is_in(PLACES, &lower)
    {
        return false;
    }
    // no capitals after the first letter except after '-' or '\'' ("McDonald" allowed via Mc)
    let mut prev = c0;
    for &c in &rest {
        if !(c.is_alphabetic() || c == '-' || c == '\'') {
            return false;
        }
        if c.is_uppercase() && !(prev == '-' || prev == '\'' || t.starts_with("Mc") || t.starts_with("Mac")) {
            return false;
        }
        prev = c;
    }
    true
}

/// After "X ,": a title word within the apposition ("X, Acme's chief executive,") → person vote.
pub(super) fn apposition_title(words: &Words<'_>, comma: usize) -> Option<f32> {
    let sent = words.get(comma)?.sent;
    for i in comma + 1..comma + 9 {
        let w = words.get(i)?;
        if w.sent != sent || is_in(APPOSITION_BEFORE_END, w.lower.as_str()) {
            return None;
        }
        if is_title_word(w.base()) {
            return Some(3.0);
        }
    }
    None
}

/// After "X ,": the head noun of an apposition ("X, the e-book platform," → Service).
pub(super) fn apposition_head(words: &Words<'_>, comma: usize) -> Option<usize> {
    let sent = words.get(comma)?.sent;
    let det = words.lower(comma + 1);
    let possessive_owner = words
        .get(comma + 1)
        .is_some_and(|w| w.text.ends_with("'s") && w.text.chars().next().is_some_and(char::is_uppercase));
    if !is_in(APPOSITION_DETERMINERS, det) && !possessive_owner {
        return None;
    }
    let mut from = comma + 2;
    if det == ONE && words.lower(from) == OF {
        from += 1;
    }
    let mut found = None;
    for i in from..comma + 12 {
        let Some(w) = words.get(i) else { break };
        if w.sent != sent || is_in(APPOSITION_END, w.lower.as_str()) {
            break;
        }
        if is_title_word(w.base()) {
            return None;
        }
        let l = w.base();
        if is_service_noun(l) && !is_in(NOT_SERVICE_NOUNS, l) {
            found = Some(SERVICE);
        } else if is_in(ORG_NOUNS, l) {
            found = Some(ORG);
        } else if is_in(COMPANY_NOUNS, l) {
            found = Some(COMPANY);
        }
    }
    found
}

/// Lower-cased surface without a leading "the" or trailing possessive.
pub(super) fn surface_key(text: &str) -> String {
    let t = text.trim();
    let t = t.strip_prefix("the ").or_else(|| t.strip_prefix("The ")).unwrap_or(t);
    strip_possessive(t).to_lowercase()
}

pub(super) fn run_key(words: &Words<'_>, first: usize, last: usize) -> String {
    (first..last).filter_map(|i| words.get(i)).map(|w| w.base().to_string()).collect::<Vec<_>>().join(" ")
}

pub(super) fn has_company_suffix(words: &Words<'_>, first: usize, last: usize) -> bool {
    last > first + 1 && words.get(last - 1).is_some_and(|w| is_in(COMPANY_SUFFIXES, w.base().trim_end_matches('.')))
}

/// "Division of Enforcement", "Division of Corporation Finance": a capitalised "Division", "of" and a
/// capitalised name (rule `recognise-division-of`), a body's unit however weakly the recogniser read it.
pub(super) fn division_of_name(words: &Words<'_>, first: usize, last: usize) -> bool {
    last >= first + 3 && words.get(first).is_some_and(|w| w.text == "Division") && words.lower(first + 1) == OF
}

pub(super) fn has_org_cue(words: &Words<'_>, first: usize, last: usize) -> bool {
    if last.saturating_sub(first) < 2 {
        return false;
    }
    let cue_word = (first..last).any(|i| {
        words.get(i).is_some_and(|w| is_in(ORG_CUES, w.base()) && w.text.chars().next().is_some_and(char::is_uppercase))
    });
    cue_word || run_key(words, first, last).contains("central bank")
}

/// Whether word `i` can be part of a capitalised name.
pub(super) fn name_word(words: &Words<'_>, i: usize) -> bool {
    let Some(w) = words.get(i) else { return false };
    if !w.is_cap() || !w.is_alpha() {
        return false;
    }
    let base = w.base();
    if is_in(DEMONYMS, base) {
        // "American Airlines" but not "Dutch technology group"
        return words
            .get(i + 1)
            .is_some_and(|n| n.is_cap() && !is_break_word(n.base()) && n.span.start() == w.span.end() + 1);
    }
    if is_break_word(base) && !is_in(NAME_OPENING_BREAK_WORDS, base) {
        return false;
    }
    if words.glued(i) && matches!(words.lower(i + 1), "$" | "€" | "£" | "¥") {
        return false; // "HK$1.2 billion"
    }
    if let Some((_, tail)) = w.text.rsplit_once('-') {
        let tail_lower = tail.chars().next().is_some_and(char::is_lowercase);
        if tail_lower && hyphen_cut(w.text).is_none() {
            return false;
        }
    }
    true
}

/// A short hyphenated given name with a lower-case second part, as in romanised Korean or
/// Chinese names ("Min-jae", "Sung-ho"); only ever a continuation of a capitalised run.
pub(super) fn hyphenated_given_name(words: &Words<'_>, i: usize) -> bool {
    let Some(w) = words.get(i) else { return false };
    let Some((head, tail)) = w.text.split_once('-') else { return false };
    let head_ok =
        head.chars().next().is_some_and(char::is_uppercase) && head.chars().all(char::is_alphabetic) && head.len() <= 5;
    let tail_ok = tail.chars().all(|c| c.is_lowercase()) && (2..=4).contains(&tail.len());
    head_ok && tail_ok && hyphen_cut(w.text).is_none()
}

/// A surname after a short lower-case particle and a hyphen ("al-Assad", "el-Sayed"): part of
/// a person's name the recogniser tagged, never a name of its own.
pub(super) fn particle_surname(words: &Words<'_>, i: usize) -> bool {
    let Some(w) = words.get(i) else { return false };
    let Some((head, tail)) = w.text.split_once('-') else { return false };
    let mut rest = tail.chars();
    (2..=3).contains(&head.len())
        && head.chars().all(|c| c.is_ascii_lowercase())
        && rest.next().is_some_and(char::is_uppercase)
        && rest.clone().count() >= 2
        && rest.all(char::is_lowercase)
}

/// The byte length of the name part of a hyphenated word with a known suffix ("Acme-owned" → 4).
pub(super) fn hyphen_cut(text: &str) -> Option<usize> {
    let lower = text.to_lowercase();
    PLACE_HYPHEN_SUFFIXES
        .iter()
        .chain(COMPANY_HYPHEN_SUFFIXES)
        .find(|s| lower.ends_with(*s))
        .map(|s| text.len() - s.len())
}
