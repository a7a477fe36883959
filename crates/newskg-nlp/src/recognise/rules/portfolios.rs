//! Names built on a list of portfolios: consumes the words of a segmented document, produces
//! organisation candidates for the ministries and committees so named and the spans of offices
//! so named. Governments and parliaments name a ministry, a minister's office and a select
//! committee by the list of their remits: "Department for Science, Innovation and Technology",
//! "Minister for Jobs, Enterprise and Innovation", "Environment, Food and Rural Affairs Select
//! Committee". Capitalised runs stop at the commas and the recogniser reads the pieces as bodies,
//! companies or people ("Food and Rural Affairs", "Law Reform"); here the list is read whole:
//! - after a ministry's head word and "of"/"for" ("Department of Transport, Tourism and Sport"),
//!   or before a committee word ("Business, Energy and Industrial Strategy Committee"), the whole
//!   name is one strong organisation candidate;
//! - after an office word and "for" ("Minister for Arts, Heritage and the Gaeltacht", "Secretary
//!   of State for Culture, Media and Sport"), the list names an office and no entity: every
//!   candidate inside it is dropped.
//!
//! A list is at least three portfolios ("A, B and C", "A, B, C & D"), or two joined by "and"
//! ("Department for Work and Pensions", "the Science and Technology Committee"), each one to three
//! capitalised words, in one sentence with no line break; "the" may open a portfolio (not the
//! second of two). A name inside an office's list that the text also names outside every such
//! list stays ("the Minister for Transport and Aer Lingus" beside "Aer Lingus said").

use super::*;
use crate::lexicon::grammar::{AND, FOR};
use crate::lexicon::organisations::{
    AMPERSAND, PORTFOLIO_BODY_HEADS, PORTFOLIO_COMMITTEE_OPENERS, PORTFOLIO_COMMITTEE_WORDS, PORTFOLIO_OFFICE_HEADS,
};

/// The vote the candidate gives the organisation kind: decides on its own.
const PORTFOLIO_BODY_VOTE: f32 = 6.0;
/// The most words one portfolio has ("Rural Affairs", "Communications Networks and Security" is two).
const MAX_PORTFOLIO_WORDS: usize = 3;

/// What the lists of portfolios in a document name.
#[derive(Debug, Default)]
pub(super) struct Portfolios {
    /// Ministries and committees, as strong organisation candidates.
    pub bodies: Vec<Cand>,
    /// The lists after an office word: no candidate inside one is an entity.
    pub offices: Vec<Span>,
}

/// Whether word `i` can be part of a portfolio's name: capitalised letters, not a committee word.
fn portfolio_word(words: &Words<'_>, i: usize) -> bool {
    words.get(i).is_some_and(|w| {
        w.is_cap()
            && w.is_alpha()
            && !is_in(PORTFOLIO_COMMITTEE_WORDS, w.base())
            && !(is_in(PORTFOLIO_COMMITTEE_OPENERS, w.base()) && is_in(PORTFOLIO_COMMITTEE_WORDS, words.lower(i + 1)))
    })
}

/// The end (exclusive) of the list of portfolios that starts at word `i`, or `None` when none
/// does. A possessive on the last word ends the list there. With `pair`, two portfolios joined by
/// "and" alone are a list too ("Work and Pensions"), unless "the" opens the second ("Health and
/// the HSE" names two things).
fn list_end(doc: &Document, words: &Words<'_>, i: usize, pair: bool) -> Option<usize> {
    let sent = words.get(i)?.sent;
    // word j joins word j + 1 in the list: same sentence, no line break
    let joined = |j: usize| words.adjacent(doc, j) && words.get(j + 1).is_some_and(|w| w.sent == sent);
    // the end of one portfolio from word j ("the" may open it), or None
    let portfolio = |j: usize| -> Option<usize> {
        let j = if words.lower(j) == THE && joined(j) { j + 1 } else { j };
        let mut k = j;
        while k - j < MAX_PORTFOLIO_WORDS && portfolio_word(words, k) && (k == j || joined(k - 1)) {
            k += 1;
            if words.get(k - 1).is_some_and(|w| w.text.ends_with("'s")) {
                break;
            }
        }
        (k > j).then_some(k)
    };
    let mut j = i;
    let mut items = 0;
    loop {
        let end = portfolio(j)?;
        items += 1;
        let sep = words.lower(end);
        if !joined(end - 1) || words.get(end).is_some_and(|w| w.sent != sent) {
            return None;
        }
        let last_follows = |k: usize| (words.lower(k) == AND || words.lower(k) == AMPERSAND) && joined(k);
        if sep == "," && joined(end) {
            if last_follows(end + 1) {
                return (items >= 2).then(|| portfolio(end + 2)).flatten();
            }
            j = end + 1;
        } else if last_follows(end) {
            let paired = pair && items == 1 && words.lower(end + 1) != THE;
            return (items >= 2 || paired).then(|| portfolio(end + 1)).flatten();
        } else {
            return None;
        }
    }
}

/// The end (exclusive) of the committee words right after word `end - 1` ("Committee", "Select
/// Committee"), or `None`.
fn committee_end(doc: &Document, words: &Words<'_>, end: usize) -> Option<usize> {
    let mut k = end;
    if is_in(PORTFOLIO_COMMITTEE_OPENERS, words.lower(k)) && words.adjacent(doc, k - 1) {
        k += 1;
    }
    let w = words.get(k)?;
    (words.adjacent(doc, k - 1) && w.is_cap() && is_in(PORTFOLIO_COMMITTEE_WORDS, w.base())).then_some(k + 1)
}

/// A strong organisation candidate over words `[first, last)`, its possessive left out.
fn body(doc: &Document, words: &Words<'_>, first: usize, last: usize) -> Option<Cand> {
    let (fw, lw) = (words.get(first)?, words.get(last - 1)?);
    let span = doc.span(fw.span.start(), lw.span.start() + strip_possessive(lw.text).len())?;
    Some(Cand::rule(span, (first, last), ORG, PORTFOLIO_BODY_VOTE, true))
}

/// The ministries, committees and offices named by a list of portfolios in the document.
pub(super) fn portfolio_names(doc: &Document, words: &Words<'_>) -> Portfolios {
    let mut out = Portfolios::default();
    let mut covered = 0;
    for i in 0..words.len() {
        if i < covered {
            continue;
        }
        // "Department of/for [the] A, B and C", "Minister/Secretary of State for A, B and C"
        let head = i.checked_sub(1).and_then(|h| words.get(h));
        if let Some(head) = head
            && (words.lower(i) == OF || words.lower(i) == FOR)
            && head.is_cap()
            && words.adjacent(doc, i - 1)
            && words.adjacent(doc, i)
        {
            let office = is_in(PORTFOLIO_OFFICE_HEADS, head.base()) && words.lower(i) == FOR;
            let ministry = is_in(PORTFOLIO_BODY_HEADS, head.base());
            if (office || ministry)
                && let Some(end) = list_end(doc, words, i + 1, true)
            {
                if ministry {
                    out.bodies.extend(body(doc, words, i - 1, end));
                } else if let (Some(a), Some(b)) = (words.get(i + 1), words.get(end - 1))
                    && let Some(span) = doc.span(a.span.start(), b.span.end())
                {
                    out.offices.push(span);
                }
                covered = end;
                continue;
            }
        }
        // "[the] A, B and C [Select] Committee": the first portfolio is the word before a comma;
        // "the A and B Committee": the first opens a capitalised stretch
        let opens = i == 0 || !words.adjacent(doc, i - 1) || words.get(i - 1).is_some_and(|w| !w.is_cap());
        let pair = opens && words.lower(i + 1) != ",";
        if (words.lower(i + 1) == "," || pair)
            && portfolio_word(words, i)
            && let Some(end) = list_end(doc, words, i, pair)
            && !(pair && (i..end).any(|k| is_in(PORTFOLIO_COMMITTEE_OPENERS, words.lower(k))))
            && let Some(close) = committee_end(doc, words, end)
        {
            out.bodies.extend(body(doc, words, i, close));
            covered = close;
        }
    }
    out
}

/// Drops the candidates inside an office's list of portfolios ("Minister for Arts, Heritage and
/// the Gaeltacht"), but not a name the text also gives outside every such list.
pub(super) fn drop_office_pieces(doc: &Document, words: &Words<'_>, kept: &mut Vec<Cand>) {
    let offices = portfolio_names(doc, words).offices;
    let inside = |c: &Cand| offices.iter().any(|o| o.contains(c.span));
    let outside: HashSet<&str> = kept.iter().filter(|c| !inside(c)).map(|c| doc.slice(c.span)).collect();
    let drop: Vec<bool> = kept.iter().map(|c| inside(c) && !outside.contains(doc.slice(c.span))).collect();
    let mut k = 0;
    kept.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

#[cfg(test)]
mod tests;
