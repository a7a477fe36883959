//! How a list that a plural noun governs opens: "games such as X, Y and Z", "brands including X",
//! "its products included X", "brands: X", "the two leading brands, X and Y", "subsidiary brands X",
//! "aircraft like the X". One reader for rule `recognise-listed-products` (names found before the
//! learned typing) and rules `typing-product-list` / `typing-act-list` (names retyped after it); each
//! states with [`ListNouns`] which nouns open its lists and which openers it reads.

use crate::lexicon::deals::INCLUDE_VERBS;
use crate::lexicon::facts::INCLUDING_WORDS;
use crate::lexicon::grammar::{AS, SUCH, THE};
use crate::lexicon::words::is_in;
use crate::words::Words;

/// The nouns that open a reader's lists and the openers it reads after them.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ListNouns<'h> {
    /// The plural nouns before an opener ("games", "brands", "titles").
    pub heads: &'h [&'h [&'h str]],
    /// The plural nouns that open a list right before its first name ("subsidiary brands X"); a
    /// reader that follows recognised names alone (not capitalised words) may take them.
    pub tails: &'h [&'h str],
    /// Whether a form of "include" after the noun opens a list ("its products included X").
    pub include_verbs: bool,
    /// Whether a colon after the noun opens a clause as much as a list: then no article may follow
    /// it ("brands: the X line was sold") and it may stand before another opener ("brands:
    /// including X"); otherwise a colon is an opener of its own, an article may follow it
    /// ("aircraft: the X") and no other opener.
    pub colon_clause: bool,
}

/// How a list opens before its first name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Opening {
    /// An opener after the noun: "including", "like", "such as", a colon, or a form of "include"
    /// where the reader takes it ("brands such as X"), or a tail noun right before the name.
    Plain,
    /// A bare comma after the noun ("the two leading brands, X and Y"), which a lone name after a
    /// job title has too ("manager corporate services, X"): a reader asks for a list of two.
    BareComma,
}

/// How a list whose first name starts at word `j` (of sentence `sent`) opens after one of `nouns`'
/// heads, if it does; a comma (or, where a colon opens a clause, a colon) may stand between the noun
/// and the opener ("games, including X"), and an article between the opener and the name ("aircraft
/// like the X"; after a colon only where it opens no clause).
pub(crate) fn opening(words: &Words<'_>, j: usize, sent: usize, nouns: &ListNouns<'_>) -> Option<Opening> {
    let lower =
        |k: Option<usize>| k.and_then(|k| words.get(k)).filter(|w| w.sent == sent).map_or("", |w| w.lower.as_str());
    let back = |k: usize| j.checked_sub(k);
    let is_head = |k: usize| {
        let h = lower(back(k));
        nouns.heads.iter().any(|heads| is_in(heads, h))
    };
    // the noun before an opener word: right before it, or a separator between
    let head = |k: usize| {
        let sep = lower(back(k));
        is_head(k + usize::from(sep == "," || (nouns.colon_clause && sep == ":")))
    };
    if lower(back(1)) == THE && j > 0 {
        let clause = nouns.colon_clause && lower(back(2)) == ":";
        return opening(words, j - 1, sent, nouns).filter(|&o| o == Opening::Plain && !clause);
    }
    let p = lower(back(1));
    if is_in(INCLUDING_WORDS, p) || (nouns.include_verbs && is_in(INCLUDE_VERBS, p)) {
        return head(2).then_some(Opening::Plain);
    }
    if p == AS && lower(back(2)) == SUCH {
        return head(3).then_some(Opening::Plain);
    }
    match p {
        ":" => is_head(2).then_some(Opening::Plain),
        "," => is_head(2).then_some(Opening::BareComma),
        _ => is_in(nouns.tails, p).then_some(Opening::Plain),
    }
}

#[cfg(test)]
mod tests;
