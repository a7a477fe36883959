//! Rule `typing-body-name`, its acronym half: consumes the entities of a typed [`Document`] and its words,
//! produces the companies named only by an acronym ("GAO", "NUJ") whose spelled-out form stands
//! in the article's text as a body's name: capitalised words whose initials are the acronym
//! (function words such as "of" and "and" skipped) and whose first or last word, or a word before
//! a joiner ("of", "for"), is a body's word (`ORG_CUES`, `BODY_NAME_HEADS`: "the Government
//! Accountability Office", "the National Union of Journalists"), with no legal form among them. The resolver joins an acronym to its long
//! form only when both were recognised as mentions; the long form often stands in a heading, a
//! title or a list the recogniser passed over, and then the bare acronym, with no cue of its own,
//! is read as a business. (A regulator's short name that news writes alone, `PUBLIC_BODY_NAMES`,
//! is read in `body_names`.)

use crate::lexicon::names::{ACRONYM_SKIP, NAME_JOINERS};
use crate::lexicon::organisations::{BODY_NAME_HEADS, COMPANY_SUFFIXES, LEGAL_SUFFIXES, ORG_CUES};
use crate::lexicon::words::{is_in, strip_possessive};
use crate::words::Words;
use newskg_doc::{Document, EntityIdx, EntityKind};

/// The fewest and most letters of an acronym the rule reads.
const ACRONYM_LETTERS: std::ops::RangeInclusive<usize> = 2..=6;

/// The companies named by one acronym whose spelled-out form in the text is a body's name.
pub(super) fn spelled_bodies(doc: &Document, words: &Words<'_>) -> Vec<EntityIdx> {
    doc.entities
        .iter()
        .enumerate()
        .filter(|(_, ent)| ent.kind == EntityKind::Company)
        .filter_map(|(e, ent)| {
            let names = std::iter::once(&ent.name).chain(&ent.aliases);
            let acronyms: Vec<Vec<char>> = names.map(|n| acronym(n)).collect::<Option<_>>()?;
            acronyms.iter().any(|a| spelled_as_body(words, a)).then_some(e)
        })
        .collect()
}

/// The letters of a name written as one all-capitals word ("GAO", "NUJ's" → G A O, N U J).
fn acronym(name: &str) -> Option<Vec<char>> {
    let lower = name.to_lowercase();
    let name = name.get(..strip_possessive(&lower).len()).unwrap_or(name);
    if name.contains(char::is_whitespace) {
        return None;
    }
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    let all_caps = letters.iter().all(|c| c.is_uppercase());
    (all_caps && ACRONYM_LETTERS.contains(&letters.len())).then_some(letters)
}

/// Whether the text spells `acro` out as a body's name somewhere, within one sentence.
fn spelled_as_body(words: &Words<'_>, acro: &[char]) -> bool {
    let body = |w: &str| is_in(ORG_CUES, w) || is_in(BODY_NAME_HEADS, w);
    (0..words.len()).any(|start| {
        let Some(last) = spelled_from(words, start, acro) else { return false };
        let last_word = words.get(last).map_or("", |w| w.base());
        let legal = (start..=last).any(|i| words.get(i).is_some_and(|w| is_in(LEGAL_SUFFIXES, w.base())));
        let business_head = is_in(COMPANY_SUFFIXES, last_word) && !body(last_word);
        // the body's word opens or closes the name, or stands before its joiner ("Union of X")
        let head = |i: usize| i == start || i == last || is_in(NAME_JOINERS, words.lower(i + 1));
        let body_word = (start..=last).any(|i| head(i) && words.get(i).is_some_and(|w| body(w.base())));
        !legal && !business_head && body_word
    })
}

/// The last word of the run of title-case words from `start` whose initials are `acro`, function
/// words between them skipped, all in one sentence; `None` when the words there do not spell it.
fn spelled_from(words: &Words<'_>, start: usize, acro: &[char]) -> Option<usize> {
    let sent = words.get(start)?.sent;
    let (mut i, mut matched, mut last) = (start, 0usize, start);
    while matched < acro.len() {
        let w = words.get(i).filter(|w| w.sent == sent)?;
        if matched > 0 && is_in(ACRONYM_SKIP, &w.lower) {
            i += 1;
            continue;
        }
        let mut chars = w.text.chars();
        let initial = chars.next()?;
        // an expansion is written in title case: a word in capitals is another acronym
        let title_case = initial.is_uppercase() && chars.any(char::is_lowercase);
        if !title_case || initial.to_uppercase().ne(std::iter::once(acro[matched])) {
            return None;
        }
        matched += 1;
        last = i;
        i += 1;
    }
    Some(last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::rules_doc;

    fn spelled(text: &str, acro: &str) -> bool {
        let doc = rules_doc(text, None);
        let words = Words::new(&doc);
        spelled_as_body(&words, &acronym(acro).unwrap())
    }

    #[test]
    fn an_acronym_spelled_out_as_a_body_name() {
        let text = "Brisk Mobile lodged a protest with the Varnholt Accounts Office on Friday.";
        assert!(spelled(text, "VAO"));
        let text = "Members of the National Union of Quillers met in Drammelton.";
        assert!(spelled(text, "NUQ"));
        // a business name, a legal form or words across sentences spell no body
        let text = "Shares in Varnholt Accounts Holdings rose.";
        assert!(!spelled(text, "VAH"));
        let text = "The Varnholt Accounts Office Ltd said profit rose.";
        assert!(!spelled(text, "VAOL"));
        let text = "They met in Varnholt. Accounts Office staff left.";
        assert!(!spelled(text, "VAO"));
        // capitals are another acronym, not the expansion
        let text = "The VA Office opened.";
        assert!(!spelled(text, "VAO"));
    }

    #[test]
    fn a_public_bodys_short_name_is_no_company() {
        let text = "After the outage Brisk Energy met Ofgem and Tellmere Power in Drammelton.";
        let mut doc = rules_doc(text, None);
        for e in 0..doc.entities.len() {
            super::super::set_kind(&mut doc, e, EntityKind::Company);
        }
        let found: Vec<&str> =
            super::super::body_names(&doc).into_iter().map(|e| doc.entities[e].name.as_str()).collect();
        assert_eq!(found, ["Ofgem"]);
    }

    #[test]
    fn only_one_word_capitals_are_acronyms() {
        assert_eq!(acronym("GAO's"), Some(vec!['G', 'A', 'O']));
        assert_eq!(acronym("Varnholt"), None);
        assert_eq!(acronym("V A"), None);
        assert_eq!(acronym("ABCDEFG"), None);
    }
}
