//! Long names the recogniser and the capitalised runs cut short, taken in whole after the
//! candidates are chosen and before their kinds are decided:
//! - a legal form after a comma belongs to the name before it ("Acme Widgets, Inc.", "Foo
//!   Partners, L.P.", "Bar Co., Ltd."): the name is a company, a mention of the legal form alone
//!   is dropped, and the resolver gives the entity the name with its legal form as an alias;
//! - a body's name goes on across "for the" and a capitalised name ("the District Court for
//!   the Western District of Ruritania", "the Office for the Coordination of Relief"), which
//!   otherwise falls apart into a body and a place.

use super::{COMPANY, Cand, name_word, weight};
use crate::lexicon::grammar::{OF, THE};
use crate::lexicon::organisations::{ORG_CUES, comma_legal_form_end};
use crate::lexicon::words::is_in;
use crate::words::Words;
use newskg_doc::Document;

/// The end (word index, exclusive) of a capitalised name after "for the" that follows word
/// `last - 1`, an organisation word: name words, joined across "of".
fn for_the_name_end(doc: &Document, words: &Words<'_>, last: usize) -> Option<usize> {
    let head = words.get(last.checked_sub(1)?)?;
    if !is_in(ORG_CUES, head.base()) || !head.text.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    if words.lower(last) != "for" || words.lower(last + 1) != THE {
        return None;
    }
    let sent = head.sent;
    let same = |i: usize| words.get(i).is_some_and(|w| w.sent == sent);
    if !(last - 1..last + 2).all(|i| words.adjacent(doc, i)) {
        return None;
    }
    if !(same(last + 2) && name_word(words, last + 2)) {
        return None;
    }
    let mut end = last + 3;
    while words.adjacent(doc, end - 1) {
        if same(end) && name_word(words, end) {
            end += 1;
        } else if words.lower(end) == OF && words.adjacent(doc, end) && same(end + 1) && name_word(words, end + 1) {
            end += 2;
        } else {
            break;
        }
    }
    Some(end)
}

/// Extends each candidate over a legal form after a comma (when `suffixes`) and a body's name
/// over "for the" and a name (when `for_the`); a candidate inside the part taken in is dropped.
pub(super) fn take_in_long_names(
    doc: &Document,
    words: &Words<'_>,
    cands: &mut Vec<Cand>,
    suffixes: bool,
    for_the: bool,
) {
    let mut k = 0;
    while k < cands.len() {
        let c = &cands[k];
        let mut end = c.span.end();
        let mut last = c.last;
        if for_the && let Some(e) = for_the_name_end(doc, words, c.last) {
            last = e;
            end = words.get(e - 1).map_or(end, |w| w.span.end());
        }
        // the legal form stays out of the mention (the resolver makes "Name, Inc" an alias),
        // so what the later stages read of the name does not change
        let form_end = if suffixes { comma_legal_form_end(&doc.text, end) } else { None };
        if end > c.span.end()
            && let Some(span) = doc.span(c.span.start(), end)
        {
            let c = &mut cands[k];
            c.span = span;
            c.last = last.max(c.last);
        }
        if form_end.is_some() {
            cands[k].votes[COMPANY] += weight::LEGAL_SUFFIX;
        }
        let covered = form_end.unwrap_or(end);
        while k + 1 < cands.len() && cands[k + 1].span.start() < covered {
            cands.remove(k + 1);
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::{complete, prepare};
    use crate::recognise::rules::Rules;
    use newskg_doc::{Article, Document, EntityKind};

    fn doc(text: &str) -> Document {
        let mut d = prepare(Article {
            id: "t".into(),
            title: None,
            published: None,
            url: None,
            text: text.into(),
            origin: "test".into(),
        });
        let mentions = Rules::new(None).combine(&d, &[], false);
        complete(&mut d, mentions);
        d
    }

    fn named(d: &Document) -> Vec<(String, EntityKind)> {
        d.entities.iter().map(|e| (e.name.clone(), e.kind)).collect()
    }

    fn names_and_aliases(d: &Document) -> Vec<(String, EntityKind)> {
        d.entities
            .iter()
            .flat_map(|e| std::iter::once(&e.name).chain(&e.aliases).map(move |n| (n.clone(), e.kind)))
            .collect()
    }

    #[test]
    fn a_legal_form_after_a_comma_belongs_to_the_name() {
        let d = doc("Regulators cleared the sale of Quillmore Fabrics, Inc. to Tarnby Holdings. \
                     Later, Brisk Lantern Partners, L.P. and Oxwell Dyes Co., Ltd. joined the talks.");
        let got = names_and_aliases(&d);
        for full in ["Quillmore Fabrics, Inc", "Brisk Lantern Partners, L.P", "Oxwell Dyes Co., Ltd"] {
            assert!(got.contains(&(full.to_string(), EntityKind::Company)), "{full}: {got:?}");
        }
        // the name itself stays as the text has it before the comma
        assert!(named(&d).contains(&("Quillmore Fabrics".to_string(), EntityKind::Company)), "{got:?}");
        assert!(!got.iter().any(|(n, _)| n == "L.P" || n == "Ltd" || n == "Inc"), "{got:?}");
    }

    #[test]
    fn a_county_after_a_comma_is_no_legal_form() {
        let d = doc("The plant stands outside Ballyfern, Co. Kilmory, near the coast.");
        let got = named(&d);
        assert!(!got.iter().any(|(n, _)| n.contains("Co")), "{got:?}");
    }

    #[test]
    fn a_body_name_goes_on_across_for_the() {
        let d = doc("The complaint was filed in the District Court for the Eastern District of Norland on Monday.");
        let got = named(&d);
        assert!(
            got.iter()
                .any(|(n, k)| n == "District Court for the Eastern District of Norland"
                    && *k == EntityKind::Organization),
            "{got:?}"
        );
        assert!(!got.iter().any(|(n, _)| n == "Eastern District of Norland"), "{got:?}");
    }

    #[test]
    fn for_the_needs_a_capitalised_name_after_it() {
        let d = doc("The Trade Commission for the first time fined the Varnel Agency.");
        let got = named(&d);
        assert!(got.iter().any(|(n, _)| n == "Trade Commission"), "{got:?}");
    }
}
