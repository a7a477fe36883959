//! Model mentions the rules complete: a capitalised run that extends one model mention by words
//! the recogniser itself leaned towards as a name ("Velmora" read, "Velmora Tallis" written), and
//! the numbers and acronyms a model read into a name ("Brontal Seven", "Orbis TV") that the
//! trimming of break words would otherwise cut off; and a lower-case head noun that belongs to
//! the name before it ("Northwick airport", "Westshire constabulary", "Nordvik bank"), never
//! after a nationality adjective ("the Icelandic bank"); and what a nationality, a place's people
//! or a compass word before a nationality looks like (no names of their own).

use super::shape::{argmax, name_word};
use super::{Cand, PERSON, RULE_NAME_SUPPORT};
use crate::lexicon::grammar::OF;
use crate::lexicon::names::{CALENDAR_BREAK_WORDS, NAME_PART_BREAK_WORDS, STATION_WORDS, is_call_sign};
use crate::lexicon::organisations::{LOWER_BODY_HEADS, LOWER_COMPANY_HEADS};
use crate::lexicon::people::is_title_word;
use crate::lexicon::places::{
    COMPASS_WORDS, DEMONYMS, LOWER_PLACE_HEADS, NATIONALITY_ENDINGS, PEOPLE_ENDINGS, PLACES, place_made_from,
};
use crate::lexicon::words::is_in;
use crate::words::Words;
use newskg_doc::{Document, EntityKind, Span};

/// The least name probability a word opening a sentence needs to join a model mention (a
/// capitalised sentence opener is capitalised for its place, not for a name).
const SUPPORT_AT_SENTENCE_START: f32 = 0.5;

/// Whether the run of words `run` adds to the model mention of words `piece` (which it contains)
/// only words the recogniser gave at least [`RULE_NAME_SUPPORT`] and that are no place or demonym
/// ("Norland" before a company is a place read beside it, not part of its name). Without the
/// recogniser's word scores nothing is extended.
pub(super) fn extends_piece(
    words: &Words<'_>,
    run: (usize, usize),
    piece: (usize, usize),
    name_scores: Option<&[(Span, f32)]>,
) -> bool {
    let Some(scores) = name_scores else { return false };
    if run == piece || run.0 > piece.0 || run.1 < piece.1 {
        return false;
    }
    (run.0..run.1).filter(|i| !(piece.0..piece.1).contains(i)).all(|i| {
        let Some(w) = words.get(i) else { return false };
        if is_in(PLACES, w.base()) || is_in(DEMONYMS, w.base()) {
            return false;
        }
        let p = scores.iter().filter(|(s, _)| s.overlaps(w.span)).map(|&(_, p)| p).fold(0.0f32, f32::max);
        p >= if w.sent_start { SUPPORT_AT_SENTENCE_START } else { RULE_NAME_SUPPORT }
    })
}

/// Whether word `i` of the model mention of words `first..last` is a capitalised number or
/// acronym that belongs to the name: another word of the mention is a name word, and it does
/// not open the mention at a sentence start ("One analyst said ..."). A calendar word counts where a name word of the mention follows it ("Sun Microsystems",
/// "Sunday Herald"), never closing it ("Acme Monday").
pub(super) fn name_part_word(words: &Words<'_>, i: usize, first: usize, last: usize) -> bool {
    let Some(w) = words.get(i) else { return false };
    if !w.is_cap() || (i == first && w.sent_start) {
        return false;
    }
    if is_in(CALENDAR_BREAK_WORDS, w.base()) {
        return i + 1 < last && name_word(words, i + 1);
    }
    is_in(NAME_PART_BREAK_WORDS, w.base()) && (first..last).any(|k| k != i && name_word(words, k))
}

/// The lower-case head noun right after the mention `span` of words `..last` (of kind `kind`)
/// that is part of its name, and the kind the whole name takes: a place head ("Northwick
/// airport"), a public body's ("Westshire constabulary") or, after a name that is no place, a
/// bank's ("Nordvik bank"). Nothing after a person, a possessive or a cut hyphenated word.
pub(super) fn lower_head(
    doc: &Document,
    words: &Words<'_>,
    span: Span,
    last: usize,
    kind: EntityKind,
) -> Option<(Span, EntityKind)> {
    let lw = words.get(last.checked_sub(1)?)?;
    let head = words.get(last)?;
    let (first, _) = words.range_of(span);
    if kind == EntityKind::Person
        || (last == first + 1 && nationality_word(lw.base()))
        || lw.span.end() != span.end()
        || head.sent != lw.sent
        || !words.adjacent(doc, last - 1)
        || !words.is_lower_word(last)
    {
        return None;
    }
    let whole = if is_in(LOWER_PLACE_HEADS, &head.lower) {
        EntityKind::Location
    } else if is_in(LOWER_BODY_HEADS, &head.lower) {
        EntityKind::Organization
    } else if is_in(LOWER_COMPANY_HEADS, &head.lower) && kind != EntityKind::Location {
        EntityKind::Company
    } else {
        return None;
    };
    Some((span.cover(head.span), whole))
}

/// A nationality adjective: a listed demonym or a place's adjective ("Latvian", "Icelandic",
/// "Franco-Belgian"; [`NATIONALITY_ENDINGS`]).
pub(super) fn nationality_word(lower: &str) -> bool {
    let last = lower.rsplit('-').next().unwrap_or(lower);
    is_in(DEMONYMS, last) || made_from_place(last, NATIONALITY_ENDINGS)
}

/// The people of a place, plural ("New Zealanders", "Australians", "Saudis", "Germans"): a group
/// of people, no entity.
fn people_of_place(lower: &str) -> bool {
    lower.strip_suffix('s').is_some_and(|one| is_in(DEMONYMS, one)) || made_from_place(lower, PEOPLE_ENDINGS)
}

/// Whether word `i` is a compass word opening a nationality ("North" of "North American sales"):
/// part of an adjective, no place of its own.
fn compass_of_nationality(words: &Words<'_>, i: usize) -> bool {
    is_in(COMPASS_WORDS, words.lower(i)) && nationality_word(words.lower(i + 1))
}

/// Whether the run of words `[first, last)`, `key` its run key, is a
/// nationality, a compass word opening one ("North" of "North American") or a place's people
/// ("New Zealanders"): no name of its own.
pub(super) fn nationality_run(words: &Words<'_>, first: usize, last: usize, key: &str) -> bool {
    (last == first + 1
        && (words.get(first).is_some_and(|w| nationality_word(w.base())) || compass_of_nationality(words, first)))
        || people_of_place(key)
}

/// Whether `lower` is a place of [`PLACES`] with one of `endings` in place of what it replaced.
fn made_from_place(lower: &str, endings: &[(&str, &str)]) -> bool {
    place_made_from(lower, endings).is_some()
}

#[cfg(test)]
mod tests;

/// "Secretary of State Jane Roe" read as the person "State Jane Roe": the last word of the office
/// ("<title> of X") is not part of a three-word-or-longer person's name.
pub(super) fn trim_office_word(doc: &Document, words: &Words<'_>, c: &mut Cand) {
    let (first, last) = (c.first, c.last);
    if argmax(&c.votes).0 != PERSON
        || last < first + 3
        || first < 2
        || words.lower(first - 1) != OF
        || !is_title_word(words.lower(first - 2))
    {
        return;
    }
    let (Some(next), Some(end)) = (words.get(first + 1), words.get(last - 1)) else { return };
    if let Some(span) = doc.span(next.span.start(), end.span.end().max(c.span.end())) {
        c.span = span;
        c.first = first + 1;
    }
}

/// "Station KRLD-TV", "Stations WGAC": the word "station" before a broadcast call sign is no part
/// of the station's name (rule `recognise-station-word`).
pub(super) fn trim_station_word(doc: &Document, words: &Words<'_>, c: &mut Cand) {
    let first = c.first;
    if c.last < first + 2 || !is_in(STATION_WORDS, words.lower(first)) {
        return;
    }
    let Some(next) = words.get(first + 1).filter(|w| is_call_sign(w.text)) else { return };
    if let Some(span) = doc.span(next.span.start(), c.span.end()) {
        c.span = span;
        c.first = first + 1;
    }
}
