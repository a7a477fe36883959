//! Fiftieth session: a name's abbreviation with its possessive ("Acme Inc.'s"), which the segmenter
//! leaves as four words, read as one possessive word by the relations and roles (rule
//! `relate-abbreviation-possessive`), and a word between a buyer's possessive and its deal noun
//! that tells the deal failed (`relations-failed-deal-words`). Invented sentences and names (none
//! from the evaluation articles), with the recogniser's mentions given by hand.

use super::deals_s48::rels;
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Location, Organization};

fn names() -> [(&'static str, newskg_doc::EntityKind); 5] {
    [
        ("Department of Commerce", Organization),
        ("Tolvane Holdings, Inc", Company),
        ("Tolvane", Company),
        ("Brisk Valley Foods Company", Company),
        ("Ostrel", Location),
    ]
}

const WANT: &str = "rel Tolvane Holdings, Inc Acquired Brisk Valley Foods Company";

#[test]
fn an_abbreviation_and_its_possessive_are_one_word_to_the_relate_context() {
    let text = "Regulators cleared Tolvane Holdings, Inc.'s acquisition of Brisk Valley Foods Company.";
    let d = super::run_with(text, "2024-05-01", None, &names());
    let glued = crate::words::Words::with_abbreviation_possessives(&d);
    let plain = crate::words::Words::new(&d);
    let texts = |w: &crate::words::Words<'_>| {
        (0..w.len()).filter_map(|i| w.get(i).map(|x| x.text.to_string())).collect::<Vec<_>>()
    };
    assert!(texts(&glued).iter().any(|t| t == "Inc.'s"), "{:?}", texts(&glued));
    assert_eq!(plain.len(), glued.len() + 3, "{:?}", texts(&plain));
    // the relation the possessive states is read
    let got = rels(text, &names(), None);
    assert!(got.iter().any(|l| l == WANT), "{got:#?}");
}

#[test]
fn a_failed_deal_word_before_the_deal_noun_leaves_no_acquisition() {
    let text = "Regulators said Tolvane Holdings, Inc.'s attempted acquisition of Brisk Valley Foods Company had \
                ended.";
    let got = rels(text, &names(), None);
    assert!(!got.iter().any(|l| l == WANT), "{got:#?}");
    let without = rels(text, &names(), Some(Rule::FailedDealWords));
    assert!(without.iter().any(|l| l == WANT), "{without:#?}");
}
