//! Fifty-eighth session: relations whose parties stand in two sentences. A sentence naming no
//! organisation carries the subject of the one before it, so a pronoun after it still refers to
//! that subject (rule `relations-topic-carry`). Invented sentences and names, with the
//! recogniser's mentions by hand.

use super::deals_s48::{has_line, rel_only_under, rels};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::Company;

const CARRIED: &str = "Acme Tools was sold to Zeta Holdings in 1990. Sales grew for a decade under new managers. \
                       It was bought by Brill Works in 2001.";

#[test]
fn a_sentence_naming_no_organisation_carries_the_subject() {
    let names = [("Acme Tools", Company), ("Zeta Holdings", Company), ("Brill Works", Company)];
    rel_only_under(CARRIED, &names, Rule::TopicCarry, "rel Brill Works Acquired Acme Tools");
}

const OTHER_ORG: &str = "Acme Tools was sold to Zeta Holdings in 1990. Sales grew at Quill Labs for a decade. \
                         It was bought by Brill Works in 2001.";

#[test]
fn a_sentence_naming_another_organisation_carries_nothing() {
    let names =
        [("Acme Tools", Company), ("Zeta Holdings", Company), ("Quill Labs", Company), ("Brill Works", Company)];
    let got = rels(OTHER_ORG, &names, None);
    assert!(!has_line(&got, "rel Brill Works Acquired Acme Tools"), "{got:#?}");
}
