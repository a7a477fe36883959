//! Conventions of US congressional and government releases: consumes the kept candidates and the
//! words of a segmented document, (1) drops a member's party-and-state tag read as a name ("Senator
//! Edward J. Markey (D-Mass.)", "Rep. Nellie Pou (D-NJ-09)", "(R-Texas)"): a candidate opening
//! right after "(" whose text is a party initial, a hyphen and a capitalised state code; (2) joins
//! a dateline's place and the state code after its comma into one place ("WASHINGTON, D.C. –",
//! "[HARTFORD, CT] –"): the place opens a line (or a bracket at a line start), a short capitalised
//! code follows after ", " and a dash or closing bracket ends the dateline; candidates on the
//! code are dropped; (3) drops a candidate that is only the name of a field of work ("the airline's
//! Information Technology (IT) system"): a capitalised common term is no organisation.

use super::*;
use crate::lexicon::organisations::FIELD_NAMES;
use crate::lexicon::people::PARTY_INITIALS;
use crate::lexicon::places::{DATELINE_CLOSERS, STATE_CODE_MAX};

/// Whether `text` is a party-and-state tag: "D-Mass.", "R-Texas", "D-NJ-09", "I-Vt".
fn party_tag(text: &str) -> bool {
    let mut chars = text.chars();
    let (Some(p), Some('-'), Some(s)) = (chars.next(), chars.next(), chars.next()) else { return false };
    PARTY_INITIALS.contains(&p)
        && s.is_uppercase()
        && chars.all(|c| c.is_alphanumeric() || c == '.' || c == '-')
        && text.len() <= 16
}

/// Drops the candidates that are a member's party-and-state tag (see the module notes).
pub(super) fn drop_party_tags(doc: &Document, kept: &mut Vec<Cand>) {
    kept.retain(|c| {
        let before = doc.text.get(..c.span.start()).unwrap_or("").trim_end();
        !(before.ends_with('(') && party_tag(doc.slice(c.span).trim_end_matches('.')))
    });
}

/// Whether `code` is a short state or district code: capitals with optional dots ("D.C.", "CT",
/// "N.Y.", "Conn.").
fn state_code(code: &str) -> bool {
    let letters = code.chars().filter(|c| c.is_alphabetic()).count();
    code.starts_with(|c: char| c.is_uppercase())
        && (1..=STATE_CODE_MAX).contains(&letters)
        && code.chars().all(|c| c.is_alphabetic() || c == '.')
}

/// The byte end of the state code after a dateline place ending at `end`, when the dateline is
/// closed after it by a dash or closing bracket.
fn dateline_code_end(text: &str, start: usize, end: usize) -> Option<usize> {
    let line_start = text.get(..start)?.rfind('\n').map_or(0, |k| k + 1);
    let lead = text.get(line_start..start)?.trim();
    if !(lead.is_empty() || lead == "[") {
        return None;
    }
    let rest = text.get(end..)?.strip_prefix(", ")?;
    let code_len = rest.find(|c: char| c.is_whitespace() || c == ']' || c == ')').unwrap_or(rest.len());
    let code = rest.get(..code_len)?;
    let after = rest.get(code_len..)?.trim_start();
    (state_code(code) && after.starts_with(DATELINE_CLOSERS)).then_some(end + 2 + code_len)
}

/// Joins a dateline's place and the state code after it (see the module notes).
pub(super) fn join_dateline_codes(doc: &Document, words: &Words<'_>, kept: &mut Vec<Cand>) {
    let mut joined: Vec<Span> = Vec::new();
    for c in kept.iter_mut() {
        let Some(end) = dateline_code_end(&doc.text, c.span.start(), c.span.end()) else { continue };
        let Some(span) = Span::new(c.span.start(), end) else { continue };
        let (_, last) = words.range_of(span);
        c.span = span;
        c.last = last.max(c.last);
        joined.push(span);
    }
    kept.retain(|c| !joined.iter().any(|&j| j != c.span && j.overlaps(c.span)));
}

/// Drops the candidates that only name a field of work (see the module notes).
pub(super) fn drop_field_names(doc: &Document, kept: &mut Vec<Cand>) {
    kept.retain(|c| !is_in(FIELD_NAMES, &doc.slice(c.span).to_lowercase()));
}

#[cfg(test)]
mod tests;
