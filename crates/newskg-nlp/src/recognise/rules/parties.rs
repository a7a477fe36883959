//! Deal and corporate-structure parties the recogniser leaves out or cuts short, found after the
//! candidates are chosen (and, for the runs, while they are):
//! - a capitalised run in a deal's or an owner's slot ("acquired X", "X was merged into Y",
//!   "owned by X", "a subsidiary of X", "sold Y to the X group") is a candidate without the
//!   model's support and also at a sentence start (rule `recognise-deal-party-runs`);
//! - a name opened by a numeral ("21st Century Acme", "3G Zeta", "2 Sisters Food Group") takes it
//!   in (rule `recognise-numeral-names`);
//! - a lower-case legal form after a name ("Acme plc") votes for a company; the resolver makes
//!   the name with it an alias (rule `recognise-lower-legal-suffix`).

use super::{COMPANY, Cand, has_company_suffix, run_key, weight};
use crate::lexicon::deals::{
    MERGE_PREPOSITIONS, MERGE_VERBS, NUMBER_UNIT_ENDINGS, PARTY_BY_VERBS, PASSIVE_AUX, SALE, SELL_VERBS,
};
use crate::lexicon::facts::{ACQUIRED_VERBS, ACQUISITION_NOUNS};
use crate::lexicon::grammar::{BY, OF, THE, TO};
use crate::lexicon::organisations::{BUY_VERBS, UNIT_NOUNS, comma_legal_form_end, lower_legal_form_end};
use crate::lexicon::places::{PLACE_IN_BEFORE, PLACES};
use crate::lexicon::words::is_in;
use crate::words::Words;
use newskg_doc::Document;

/// Whether the capitalised run of words `first..last` stands in a deal's or an owner's slot:
/// after a buying verb, "by" after a buying or owning verb, "with" / "into" after a merging
/// verb, "of" after a unit or deal noun, "to" after a selling word in its clause, or, opening a
/// clause, before a buying verb or a passive one ("X was acquired", "X was merged into").
pub(super) fn deal_slot(words: &Words<'_>, first: usize, last: usize) -> bool {
    let Some(sent) = words.get(first).map(|w| w.sent) else { return false };
    let same = |i: usize| words.get(i).is_some_and(|w| w.sent == sent);
    let mut k = first;
    if k > 0 && words.lower(k - 1) == THE {
        k -= 1;
    }
    let before = |n: usize| if k >= n && same(k - n) { words.lower(k - n) } else { "" };
    let (p1, p2) = (before(1), before(2));
    let sold_before = (1..=6).any(|n| is_in(SELL_VERBS, before(n)) || before(n) == SALE);
    let to_after = (last..last + 6).any(|i| same(i) && words.lower(i) == TO);
    let lead = is_in(BUY_VERBS, p1)
        || (is_in(SELL_VERBS, p1) && to_after)
        || (p1 == BY && is_in(PARTY_BY_VERBS, p2))
        || (is_in(MERGE_PREPOSITIONS, p1) && is_in(MERGE_VERBS, p2))
        || (p1 == OF && (is_in(UNIT_NOUNS, p2) || is_in(ACQUISITION_NOUNS, p2)))
        || (p1 == TO && sold_before);
    // "bought Exeter based Acme": a place describing the party is none
    if is_in(PLACES, &run_key(words, first, last)) || is_in(PLACE_IN_BEFORE, words.lower(last)) {
        return false;
    }
    let (n1, n2) = (words.lower(last), words.lower(last + 1));
    let follows = same(last)
        && (is_in(ACQUIRED_VERBS, n1)
            || (is_in(PASSIVE_AUX, n1)
                && (is_in(ACQUIRED_VERBS, n2) || is_in(MERGE_VERBS, n2) || is_in(SELL_VERBS, n2))));
    lead || follows
}

/// Whether word `i` is a numeral that opens a name: digits with letters that are no unit,
/// amount or decade ("21st", "3G", "99p"), or, when `legal` (the name closes with a legal or
/// company word), a plain number of one to three digits ("2 Sisters Food Group").
fn numeral_opener(words: &Words<'_>, i: usize, legal: bool) -> bool {
    let Some(w) = words.get(i) else { return false };
    let digits = w.text.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || !w.text.chars().all(char::is_alphanumeric) {
        return false;
    }
    let rest = w.text[digits..].to_lowercase();
    if rest.is_empty() {
        return legal && digits <= 3;
    }
    !is_in(NUMBER_UNIT_ENDINGS, &rest)
}

/// Extends candidates over a numeral opening their name (`numerals`) and gives a name followed
/// by a lower-case legal form a company's vote (`lower_legal`).
pub(super) fn take_in_party_names(
    doc: &Document,
    words: &Words<'_>,
    cands: &mut [Cand],
    numerals: bool,
    lower_legal: bool,
) {
    let legal_end = |c: &Cand| {
        has_company_suffix(words, c.first, c.last)
            || lower_legal_form_end(&doc.text, c.span.end()).is_some()
            || comma_legal_form_end(&doc.text, c.span.end()).is_some()
    };
    for k in 0..cands.len() {
        let first = cands[k].first;
        if numerals
            && first > 0
            && words.adjacent(doc, first - 1)
            && words.get(first - 1).zip(words.get(first)).is_some_and(|(a, b)| a.sent == b.sent)
            && (k == 0 || cands[k - 1].last < first)
            && !(first > 1 && words.adjacent(doc, first - 2) && words.get(first - 2).is_some_and(|w| w.is_cap()))
            && numeral_opener(words, first - 1, legal_end(&cands[k]))
            && let Some(span) = words.get(first - 1).and_then(|w| doc.span(w.span.start(), cands[k].span.end()))
        {
            cands[k].span = span;
            cands[k].first = first - 1;
        }
        if lower_legal && lower_legal_form_end(&doc.text, cands[k].span.end()).is_some() {
            cands[k].votes[COMPANY] += weight::LEGAL_SUFFIX;
        }
    }
}
