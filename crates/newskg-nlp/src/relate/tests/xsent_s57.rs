//! Fifty-seventh session: relations whose parties stand in two sentences. A pronoun after a
//! short fronted time phrase with a year and no comma ("In 1998 it was acquired by Y") opens its
//! sentence's main clause, as after a comma (rule `relations-fronted-year-pronoun`). Invented
//! sentences and names, with the recogniser's mentions by hand.

use super::deals_s48::{has_line, rel_only_under, rels};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::Company;

const FRONTED_YEAR: &str = "Acme Tools makes garden tools in Leeds. In 1998 it was acquired by Brill Works.";

#[test]
fn a_pronoun_after_a_year_with_no_comma_opens_the_clause() {
    let names = [("Acme Tools", Company), ("Brill Works", Company)];
    rel_only_under(FRONTED_YEAR, &names, Rule::FrontedYearPronoun, "rel Brill Works Acquired Acme Tools");
}

const FRONTED_NO_YEAR: &str = "Acme Tools makes garden tools in Leeds. In Leeds it was acquired by Brill Works.";

#[test]
fn a_fronted_phrase_without_a_year_or_comma_is_not_read() {
    let names = [("Acme Tools", Company), ("Brill Works", Company)];
    let got = rels(FRONTED_NO_YEAR, &names, Some(Rule::FrontedPronoun));
    assert!(!has_line(&got, "rel Brill Works Acquired Acme Tools"), "{got:#?}");
}
