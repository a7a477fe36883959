//! Grammatical second look after the learned typing: consumes an analysed [`Document`] whose
//! companies, organisations and services the typing model ([`crate::typing`]) has settled,
//! produces a new kind for a Company that the article's grammar says is a place.
//!
//! The recogniser's confident Company label outvotes the words around a name, and the typing
//! model only chooses among Company, Organization and Service from hashed context, so a place
//! typed Company survives it ("the Hsinchu-based company", "the Osaka electronics group X";
//! `models/ENTITIES.md`, session 11). Rule `typing-place-evidence` makes such a Company a
//! Location when its name is a known place (`lexicon::places::PLACES`) or some mention has place
//! grammar ("X-based", "X-headquartered", "the X <words> group" said once and next to the
//! business's name or after a comma), and no mention has a company's (a legal or company word in
//! the name, "X said", "shares in X", "X's chief executive", "X, the second-largest airline").
//!
//! One decision per entity, as the typing model's: every mention takes the new kind.

use crate::lexicon::grammar::{POSSESSIVE_WORDS, THE};
use crate::lexicon::organisations::{COMPANY_NOUNS, COMPANY_SUFFIXES, COMPANY_WORDS_AFTER, LEGAL_SUFFIXES, SHARES};
use crate::lexicon::people::{CHIEF, is_title_word};
use crate::lexicon::places::{PLACE_HYPHEN_SUFFIXES, PLACES};
use crate::lexicon::words::is_in;
use crate::rulebook::{Rule, RuleSet};
use crate::words::{Words, word_key};
use newskg_doc::{Document, EntityIdx, EntityKind};

/// The most lower-case words between an attributive place and its business noun ("the Detroit
/// electric pickup maker").
const ATTRIBUTIVE_WORDS: usize = 3;

/// What the grammar around one mention says.
#[derive(Debug, Default, Clone, Copy)]
struct Cues {
    place: bool,
    company: bool,
}

/// Whether the name itself carries a company word ("Acme Telecom", "Acme Ltd").
fn company_name(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        is_in(LEGAL_SUFFIXES, &w) || is_in(COMPANY_SUFFIXES, &w)
    })
}

/// The cues around the mention of words `[first, last)`, ending at byte `end`; `once` when it is its entity's only
/// mention.
fn cues(doc: &Document, words: &Words<'_>, (first, last, end): (usize, usize, usize), once: bool) -> Cues {
    let sent = words.words[first].sent;
    let at = |j: usize| words.get(j).filter(|w| w.sent == sent);
    let lower = |j: usize| at(j).map_or("", |w| w.lower.as_str());
    let prev = |k: usize| first.checked_sub(k).map_or("", lower);
    let next = |k: usize| lower(last - 1 + k);
    let after = doc.text.get(end..).unwrap_or("");
    let split = is_in(POSSESSIVE_WORDS, next(1));
    let possessive = split || words.lower(last - 1).ends_with("'s") || after.starts_with("'s");
    // the first word after the name and its possessive
    let skip = usize::from(split);
    let n1 = next(1 + skip);
    let mut c = Cues::default();
    // company grammar: "X said", "X shares", "X's chief executive", "shares in X", and an
    // apposition with a business noun ("X, India's second-largest airline")
    let apposition = next(1) == ","
        && (2..=7).map(next).take_while(|w| !matches!(*w, "" | "," | "." | ";")).any(|w| is_in(COMPANY_NOUNS, w));
    c.company = (!possessive && is_in(COMPANY_WORDS_AFTER, word_key(n1)))
        || (possessive && (is_title_word(n1) || n1 == CHIEF))
        || word_key(prev(2)) == SHARES
        || apposition;
    // place grammar: "X-based", and a name said once as the place of a business named or
    // described next to it ("the Osaka electronics group Kitsune", ", the Detroit car maker")
    let hyphen = PLACE_HYPHEN_SUFFIXES.iter().any(|s| after.get(..s.len()).is_some_and(|a| a.eq_ignore_ascii_case(s)));
    let described = |k: usize| {
        (1..k).all(|j| words.is_lower_word(last - 1 + j) && at(last - 1 + j).is_some())
            && is_in(COMPANY_NOUNS, next(k))
            && (prev(2) == "," || at(last + k).is_some_and(|w| w.is_cap()))
    };
    let attributive = once && prev(1) == THE && !possessive && (2..=ATTRIBUTIVE_WORDS + 1).any(described);
    c.place = hyphen || attributive;
    c
}

/// Settles the document's companies with the grammar around them (see the module doc); rules
/// switched off in `disabled` do nothing. Returns how many entities changed kind. Facts that name
/// entities by index are not touched: the caller finds them again when anything changed.
pub fn settle(doc: &mut Document, disabled: RuleSet) -> usize {
    if !disabled.on(Rule::PlaceEvidence) {
        return 0;
    }
    let words = Words::new(doc);
    let mut change: Vec<EntityIdx> = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        if ent.kind != EntityKind::Company || company_name(&ent.name) {
            continue;
        }
        let mut all = Cues::default();
        let spans: Vec<(usize, usize, usize)> = ent
            .mentions
            .iter()
            .filter_map(|&m| doc.mentions.get(m))
            .map(|m| {
                let (first, last) = words.range_of(m.span);
                (first, last, m.span.end())
            })
            .filter(|(first, last, _)| last > first)
            .collect();
        let said = spans.len();
        for &range in &spans {
            let c = cues(doc, &words, range, said == 1);
            all.place |= c.place;
            all.company |= c.company;
        }
        if all.company || said == 0 {
            continue;
        }
        if all.place || is_in(PLACES, &ent.name.to_lowercase()) {
            change.push(e);
        }
    }
    let kind = EntityKind::Location;
    for &e in &change {
        doc.entities[e].kind = kind;
        for i in 0..doc.entities[e].mentions.len() {
            let m = doc.entities[e].mentions[i];
            if let Some(m) = doc.mentions.get_mut(m) {
                m.kind = kind;
            }
        }
    }
    change.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::{entity, rules_doc};

    /// The invented text through the rules, with `name` made a Company as the recogniser's
    /// confident label would, then settled with `disabled` switched off.
    fn settled(text: &str, name: &str, disabled: &str) -> EntityKind {
        let mut d = rules_doc(text, None);
        let e = entity(&d, name);
        d.entities[e].kind = EntityKind::Company;
        for i in 0..d.entities[e].mentions.len() {
            let m = d.entities[e].mentions[i];
            d.mentions[m].kind = EntityKind::Company;
        }
        settle(&mut d, RuleSet::parse(disabled).unwrap());
        let e = entity(&d, name);
        for &m in &d.entities[e].mentions {
            assert_eq!(d.mentions[m].kind, d.entities[e].kind, "one kind for every mention");
        }
        d.entities[e].kind
    }

    #[test]
    fn place_grammar_makes_a_location() {
        let l = EntityKind::Location;
        let text = "The Drammelton-based company reported a rise in profit.";
        assert_eq!(settled(text, "Drammelton", ""), l);
        let text = "Vessco, a unit of the Karrowby payments group Tellmere Holdings, said it was hacked.";
        assert_eq!(settled(text, "Karrowby", ""), l);
        let text = "Tellmere Holdings, the Quellsby frozen food group, cut prices.";
        assert_eq!(settled(text, "Quellsby", ""), l);
        assert_eq!(settled(text, "Quellsby", "typing-place-evidence"), EntityKind::Company);
        // said more than once, or a brand of its own ("the X company"), it stays
        let text = "The Quellsby airframe company grew. Quellsby said sales rose.";
        assert_eq!(settled(text, "Quellsby", ""), EntityKind::Company);
        // a known place, with nothing that says company
        let text = "Lorvane Motors, Brazil's second-largest carmaker, has a new chief.";
        assert_eq!(settled(text, "Brazil", ""), l);
        // the company of that apposition stays one
        assert_eq!(settled(text, "Lorvane Motors", ""), EntityKind::Company);
    }

    #[test]
    fn a_place_that_speaks_stays_a_company() {
        // a known place name that says something is a company named after it
        let text = "After the merger, Zambia said on Monday that it would add three routes.";
        assert_eq!(settled(text, "Zambia", ""), EntityKind::Company);
    }
}
