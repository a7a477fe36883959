//! Names opened by the Irish article (invented sentences).

use crate::testkit::rules_names as names;

#[test]
fn the_irish_article_opens_the_name_mid_sentence() {
    let n = names("The Minister said that An Bord Tarnby and Norvale Telecom would sign the contract.");
    assert!(n.iter().any(|x| x == "An Bord Tarnby"), "{n:?}");
}

#[test]
fn the_english_article_opening_a_sentence_stays_out() {
    let n = names("An Norvale Telecom spokesman said the network was restored.");
    assert!(!n.iter().any(|x| x.starts_with("An ")), "{n:?}");
}
