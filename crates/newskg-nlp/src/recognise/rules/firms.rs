//! Firms named by their partners and a closing word (rule `recognise-and-company`, session 59): consumes the
//! kept candidates and the words, produces the same candidates with one company candidate over a name that
//! closes with "and" / "&" / "+" and a firm word (`FIRM_CLOSING_WORDS`: "J. Lyons and Co.", "Glyn, Mills &
//! Co.", "Jane Roe & Sons", "Marc Acme + Co AG", "Sears, Roebuck and Company"), a legal form right after it
//! taken in too. The recogniser reads such a name as a person and a stray "Co" or as several names; the
//! partners' surnames, their initials and a comma-separated list of single surnames before the sign all
//! belong to the firm, which is a company.
//!
//! Also rule `typing-legal-form-person`: a name of two words or more closing with a legal form proper
//! (`LEGAL_SUFFIXES`, a two-letter one written in capitals: "Jane Roe LLP", "Zeta Roe AB", "Roe Pty Limited") is
//! no person's, whatever the recogniser said: its person vote is taken off.

use super::{COMPANY, Cand, PERSON, name_word, plain_name_word, weight};
use crate::lexicon::grammar::AND_WORDS;
use crate::lexicon::organisations::{FIRM_CLOSING_WORDS, LEGAL_SUFFIXES, PLUS};
use crate::lexicon::words::is_in;
use crate::words::Words;
use newskg_doc::{Document, MentionSource};

/// The company vote of a firm's name: a legal form twice over, above a model's person label (at most 4.0).
const FIRM_VOTE: f32 = 6.0;

/// The most single surnames a comma-separated list of partners holds before the last one
/// ("Williams, Deacon, Labouchere, Thornton & Co.").
const MAX_LISTED_PARTNERS: usize = 4;

/// Whether word `i` is one initial or several joined by full stops, closed by a full stop of its own ("J" of "J.
/// Lyons", "J.H" of "J.H. Roe").
fn initial(words: &Words<'_>, i: usize) -> bool {
    words.get(i).is_some_and(|w| w.text.split('.').all(|p| p.len() == 1 && p.chars().all(|c| c.is_ascii_uppercase())))
        && words.lower(i + 1) == "."
}

/// The first word of the partners' names that end at word `last - 1` (inclusive start), or `None`
/// when no name word stands there.
fn partners_start(doc: &Document, words: &Words<'_>, last: usize, cands: &[Cand]) -> Option<usize> {
    let sent = words.get(last.checked_sub(1)?)?.sent;
    // a word opening the sentence ("Later", "Then") only where a candidate reads it as a name
    let same = |i: usize| {
        words
            .get(i)
            .is_some_and(|w| w.sent == sent && (!w.sent_start || cands.iter().any(|c| c.first <= i && i < c.last)))
    };
    let mut start = last - 1;
    if !name_word(words, start) {
        return None;
    }
    let mut listed = 0;
    while let Some(prev) = start.checked_sub(1) {
        if !same(prev) {
            break;
        }
        if name_word(words, prev) && words.adjacent(doc, prev) {
            start = prev;
        } else if words.lower(prev) == "." && prev >= 1 && initial(words, prev - 1) && words.adjacent(doc, prev) {
            start = prev - 1;
        } else if words.lower(prev) == ","
            && listed < MAX_LISTED_PARTNERS
            && prev >= 1
            && same(prev - 1)
            && words.glued(prev - 1)
            && words.get(prev - 1).is_some_and(|w| plain_name_word(w.text))
            && name_word(words, prev - 1)
            // a listed partner is one surname: no name word before it
            && !(prev >= 2 && same(prev - 2) && name_word(words, prev - 2) && words.adjacent(doc, prev - 2))
            && words.adjacent(doc, prev)
            // ... and the part after the comma is one too
            && (start + 1 == last || words.lower(start + 1) == ",")
        {
            start = prev - 1;
            listed += 1;
        } else {
            break;
        }
    }
    Some(start)
}

/// Replaces the candidates over each firm's name with one company candidate (see the module doc).
pub(super) fn take_in_firms(doc: &Document, words: &Words<'_>, cands: &mut Vec<Cand>) {
    for j in 1..words.len() {
        let sign = words.lower(j);
        if !(is_in(AND_WORDS, sign) || sign == PLUS) {
            continue;
        }
        let Some(firm) = words.get(j + 1) else { continue };
        let sent = firm.sent;
        if !firm.text.starts_with(|c: char| c.is_uppercase())
            || !is_in(FIRM_CLOSING_WORDS, firm.lower.trim_end_matches('.'))
            || words.get(j).is_none_or(|w| w.sent != sent)
            || !words.adjacent(doc, j - 1)
            || !words.adjacent(doc, j)
        {
            continue;
        }
        let Some(first) = partners_start(doc, words, j, cands) else { continue };
        // the recogniser read the firm whole already ("Acme GmbH & Co. KG")
        if cands.iter().any(|c| c.first <= first && c.last > j + 1) {
            continue;
        }
        // "Co." and a legal form right after it ("and Co Ltd", "+ Co AG")
        let mut last = j + 2;
        if words.lower(last) == "." && words.glued(last - 1) {
            last += 1;
        }
        if words.get(last).is_some_and(|w| w.sent == sent && w.text.starts_with(|c: char| c.is_uppercase()))
            && is_in(LEGAL_SUFFIXES, words.lower(last))
            && words.adjacent(doc, last - 1)
        {
            last += 1;
            if words.lower(last) == "." && words.glued(last - 1) {
                last += 1;
            }
        }
        // the name's own full stop closes a sentence too: keep it out of the mention
        let end_word = if words.lower(last - 1) == "." { last - 1 } else { last };
        let (Some(a), Some(b)) = (words.get(first), words.get(end_word - 1)) else { continue };
        let Some(span) = doc.span(a.span.start(), b.span.end()) else { continue };
        let mut firm_cand = Cand {
            span,
            first,
            last: end_word,
            votes: [0.0; 5],
            source: MentionSource::Rule,
            model_conf: None,
            strong: false,
            listed: false,
        };
        firm_cand.votes[COMPANY] = FIRM_VOTE;
        let mut k = 0;
        while k < cands.len() {
            if cands[k].span.overlaps(span) {
                let old = cands.remove(k);
                if old.source == MentionSource::Model {
                    firm_cand.source = MentionSource::Model;
                    firm_cand.model_conf = Some(firm_cand.model_conf.unwrap_or(0.0).max(old.model_conf.unwrap_or(0.0)));
                }
            } else {
                k += 1;
            }
        }
        let at = cands.iter().position(|c| c.span.start() > span.start()).unwrap_or(cands.len());
        cands.insert(at, firm_cand);
    }
}

/// Whether word `i` is a legal form proper written as one: capitalised, a two-letter form in capitals ("LLP",
/// "AB", "Ltd", "GmbH", "Limited"; not "Co" nor "Se").
fn written_legal_form(words: &Words<'_>, i: usize) -> bool {
    let Some(w) = words.get(i) else { return false };
    let letters = w.text.trim_end_matches('.');
    is_in(LEGAL_SUFFIXES, &letters.to_lowercase())
        && letters.starts_with(|c: char| c.is_uppercase())
        && (letters.len() > 2 || letters.chars().all(|c| c.is_ascii_uppercase()))
}

/// Takes the person vote off every candidate of two words or more whose last word is a legal form proper.
pub(super) fn no_person_with_legal_form(words: &Words<'_>, cands: &mut [Cand]) {
    for c in cands.iter_mut() {
        if c.last >= c.first + 2 && written_legal_form(words, c.last - 1) {
            c.votes[PERSON] -= weight::OBJECT_OF_TITLE;
        }
    }
}
