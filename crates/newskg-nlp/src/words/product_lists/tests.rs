//! How a list opens after a plural noun (invented sentences).

use super::{ListNouns, Opening, opening};
use crate::lexicon::services::{BRAND_LIST_TAILS, PRODUCT_LIST_HEADS};
use crate::pipeline::prepare;
use crate::words::Words;
use newskg_doc::Article;

/// How the list whose first name is `name` opens in `text`, for `nouns`.
fn opens(text: &str, name: &str, nouns: &ListNouns<'_>) -> Option<Opening> {
    let d = prepare(Article::from_text("t", text));
    let words = Words::new(&d);
    let j = words.words.iter().position(|w| w.text == name)?;
    opening(&words, j, words.words[j].sent, nouns)
}

const PRODUCTS: ListNouns<'static> =
    ListNouns { heads: &[PRODUCT_LIST_HEADS], tails: &[], include_verbs: false, colon_clause: true };

#[test]
fn the_openers_after_a_plural_noun() {
    let plain = Some(Opening::Plain);
    assert_eq!(opens("The chain stocks brands such as Pelland and Crumb.", "Pelland", &PRODUCTS), plain);
    assert_eq!(opens("It sells phones, including the Arvo, in Spain.", "Arvo", &PRODUCTS), plain);
    assert_eq!(opens("Its two brands: Velt and Shine.", "Velt", &PRODUCTS), plain);
    assert_eq!(opens("Its two leading brands, Velt and Shine, grew.", "Velt", &PRODUCTS), Some(Opening::BareComma));
    // a colon's article opens a clause, not a list
    assert_eq!(opens("It had two brands: the Velt line was sold.", "Velt", &PRODUCTS), None);
    assert_eq!(opens("Its brands: including Velt.", "Velt", &PRODUCTS), plain);
    // where a colon is an opener of its own, an article may follow it and no other opener may
    let own = ListNouns { colon_clause: false, ..PRODUCTS };
    assert_eq!(opens("It had two brands: the Velt line was sold.", "Velt", &own), plain);
    assert_eq!(opens("Its brands: including Velt.", "Velt", &own), None);
    assert_eq!(opens("It sells phones, including the Arvo, in Spain.", "Arvo", &own), plain);
    // no plural product noun before the opener
    assert_eq!(opens("Rivers such as Tarn run dry.", "Tarn", &PRODUCTS), None);
}

#[test]
fn a_reader_says_which_openers_it_takes() {
    let text = "Its products included Brisk and Shine Gold.";
    assert_eq!(opens(text, "Brisk", &PRODUCTS), None);
    let verbs = ListNouns { include_verbs: true, ..PRODUCTS };
    assert_eq!(opens(text, "Brisk", &verbs), Some(Opening::Plain));
    let text = "The group owns the subsidiary brands Velt and Shine.";
    assert_eq!(opens(text, "Velt", &PRODUCTS), None);
    let tails = ListNouns { tails: BRAND_LIST_TAILS, ..PRODUCTS };
    assert_eq!(opens(text, "Velt", &tails), Some(Opening::Plain));
}
