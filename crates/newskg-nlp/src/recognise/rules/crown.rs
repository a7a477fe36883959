//! Bodies of the British state named with the Crown's possessive: consumes the words of a
//! segmented document, produces organisation candidates for "His Majesty's Government", "Her
//! Majesty's Treasury" and the like. Parliamentary questions open with the formula ("To ask His
//! Majesty's Government ..."); the recogniser reads the title and the body as two names
//! ("Majesty", "Government") or none, and capitalised runs stop at the possessive. The candidate
//! is strong: it wins over the overlapping pieces. The text is normalised first, so a curly
//! apostrophe reads as a straight one here.

use super::*;
use crate::lexicon::grammar::AND;
use crate::lexicon::names::NAME_JOINERS;
use crate::lexicon::organisations::{CROWN_POSSESSIVE_PIECES, CROWN_PRONOUNS, CROWN_TITLE};

/// The vote the candidate gives the organisation kind: decides on its own.
const CROWN_BODY_VOTE: f32 = 6.0;

/// "His/Her Majesty's" and the capitalised run after it, as one organisation candidate.
pub(super) fn crown_body_cands(doc: &Document, words: &Words<'_>) -> Vec<Cand> {
    let mut out = Vec::new();
    for i in 0..words.len() {
        let Some(w) = words.get(i) else { continue };
        if !w.is_cap() || !is_in(CROWN_PRONOUNS, &w.lower) {
            continue;
        }
        let Some(title) = words.get(i + 1) else { continue };
        let title_lower = &title.lower;
        if !words.adjacent(doc, i) || title.sent != w.sent || !title.is_cap() {
            continue;
        }
        // "Majesty's" as one token, or "Majesty" and the possessive's pieces glued to it
        let mut next = i + 2;
        if strip_possessive(title_lower) == CROWN_TITLE && title_lower != CROWN_TITLE {
            // the possessive is in the token
        } else if title_lower == CROWN_TITLE {
            let mut pieces = 0;
            while pieces < 2 && words.glued(next - 1) && is_in(CROWN_POSSESSIVE_PIECES, words.lower(next)) {
                next += 1;
                pieces += 1;
            }
            if pieces == 0 {
                continue;
            }
        } else {
            continue;
        }
        let mut last = next;
        while words.get(last).is_some_and(|x| x.sent == w.sent)
            && name_word(words, last)
            && (last == next || words.adjacent(doc, last - 1))
        {
            last += 1;
            if words.get(last - 1).is_some_and(|x| x.text.ends_with("'s")) {
                break;
            }
            // "His Majesty's Revenue and Customs": a joining word between two name words
            if (is_in(NAME_JOINERS, words.lower(last)) || words.lower(last) == AND)
                && words.adjacent(doc, last - 1)
                && words.adjacent(doc, last)
                && words.get(last + 1).is_some_and(|x| x.sent == w.sent)
                && name_word(words, last + 1)
            {
                last += 1;
            }
        }
        if last == next {
            continue;
        }
        let Some(lw) = words.get(last - 1) else { continue };
        let end = lw.span.start() + strip_possessive(lw.text).len();
        let Some(span) = doc.span(w.span.start(), end) else { continue };
        out.push(Cand::rule(span, (i, last), ORG, CROWN_BODY_VOTE, true));
    }
    out
}

#[cfg(test)]
mod tests;
