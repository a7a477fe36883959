//! Rule `typing-apposition-wide` (session 36): consumes the words after one mention of a typed
//! entity, produces the kind an apposition there gives it. One reader for the
//! appositions that `typing-descriptor` (`super::described`, after the name) and `typing-body-head`
//! (`super::body_kinds`, its apposition walk) read apart before: opened by a comma or a dash and
//! an article, "another" or an owner ("X, the country's", "X - another"); its modifiers lower-case
//! or hyphenated ("the second-largest", "a Kremlin-backed"); closed by punctuation, a dash, a
//! clause word or a lower-case participle ("X, a hacker group linked to ..."). Its head says
//! Organization when it names a body (`body_kinds::body_head`: "gang", "a hacker group"), else
//! what `super::head_kind` says (a body noun, a business noun; a product noun only with its
//! owner named, "X, an app owned by Y"). A participle right after a modifier closes nothing
//! ("X, the largest listed lender": read on to "lender").

use super::body_kinds::body_head;
use super::{DESCRIPTOR_WORDS_AFTER, Opener, head_kind, possessive_at};
use crate::lexicon::deals::MADE_BY_VERBS;
use crate::lexicon::grammar::{ARTICLES, BY, ED_SUFFIX, ING_SUFFIX, POSSESSIVE_WORDS};
use crate::lexicon::organisations::{APPOSITION_OPENERS, DESCRIPTOR_ENDS, NOT_BODY_MODIFIERS};
use crate::lexicon::services::{OWNED, OWNED_BRAND, PRODUCT_NOUNS};
use crate::lexicon::words::is_in;
use crate::words::Words;
use newskg_doc::EntityKind;

/// The kind the apposition right after the mention of words `[first, last)` says, if any (see the module doc).
pub(super) fn apposition_kind(words: &Words<'_>, first: usize, last: usize) -> Option<EntityKind> {
    let sent = words.get(first)?.sent;
    let at = |j: usize| words.get(j).filter(|w| w.sent == sent);
    let lower = |j: usize| at(j).map_or("", |w| w.lower.as_str());
    let cap = |j: usize| at(j).is_some_and(|w| w.is_cap());
    if !matches!(lower(last), "," | "-" | "–" | "—") {
        return None;
    }
    let mut d = last + 1;
    if cap(d) && is_in(POSSESSIVE_WORDS, lower(d + 1)) {
        d += 1;
    } else if !(is_in(ARTICLES, lower(d)) || is_in(APPOSITION_OPENERS, lower(d)) || (cap(d) && possessive_at(words, d)))
    {
        return None;
    }
    let modifier = |j: usize| {
        at(j).is_some_and(|w| {
            (words.is_lower_word(j) || (w.text.contains('-') && !w.is_cap())) && !is_in(NOT_BODY_MODIFIERS, &w.lower)
        })
    };
    for h in d + 1..=d + DESCRIPTOR_WORDS_AFTER {
        // "the country's second-largest lender"
        if at(h).is_some() && possessive_at(words, h) && !cap(h) {
            continue;
        }
        if !modifier(h) {
            return None;
        }
        let next = lower(h + 1);
        let hard =
            at(h + 1).is_none() || matches!(next, "," | "." | ";" | "-" | "–" | "—") || is_in(DESCRIPTOR_ENDS, next);
        let participle =
            words.is_lower_word(h + 1) && (next.ends_with(ED_SUFFIX) || next.ends_with(ING_SUFFIX)) && next.len() > 4;
        if !(hard || participle) {
            continue;
        }
        let head = lower(h);
        let mods: Vec<&str> = (d + 1..h).map(lower).collect();
        // a product noun after the name says Service only with its owner named ("X, an app owned by Y")
        let owner_named = (next == OWNED || is_in(MADE_BY_VERBS, next)) && lower(h + 2) == BY;
        let kind = if body_head(head, &mods, false) {
            Some(EntityKind::Organization)
        } else if owner_named && (is_in(PRODUCT_NOUNS, head) || head == OWNED_BRAND) {
            Some(EntityKind::Service)
        } else {
            let none = Opener { owned: false, firm: false };
            head_kind(head, lower(h - 1), none).filter(|&k| k != EntityKind::Service)
        };
        if kind.is_some() || hard {
            return kind;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::settle::tests::described_as;
    use newskg_doc::EntityKind;

    const C: EntityKind = EntityKind::Company;
    const O: EntityKind = EntityKind::Organization;
    const S: EntityKind = EntityKind::Service;

    #[test]
    fn a_dash_apposition_gives_the_kind() {
        let text = "A fine was set by Varnholt – the state energy regulator – after Brisk Mobile lost calls.";
        assert_eq!(described_as(text, "Varnholt", C, ""), O);
        assert_eq!(described_as(text, "Varnholt", C, "typing-apposition-wide"), C);
    }

    #[test]
    fn a_participle_closes_the_apposition() {
        let text = "Sales rose at Zentrix, a software maker headquartered in Oslo, last year.";
        assert_eq!(described_as(text, "Zentrix", S, ""), C);
        assert_eq!(described_as(text, "Zentrix", S, "typing-apposition-wide"), S);
        // a participle right after a modifier is read past ("the largest listed lender")
        let text = "Profits fell at Pellor, the largest listed lender in Quenland, last year.";
        assert_eq!(described_as(text, "Pellor", O, ""), C);
    }

    #[test]
    fn a_body_head_in_the_apposition_still_makes_a_body() {
        let text = "The attack was claimed by Kallisto, a hacker group linked to the army.";
        assert_eq!(described_as(text, "Kallisto", C, ""), O);
        // not a business called a group without a cause ("a media group")
        let text = "Shares in Tamsworth, a media group based in Quenland, rose.";
        assert_eq!(described_as(text, "Tamsworth", C, ""), C);
    }
}
