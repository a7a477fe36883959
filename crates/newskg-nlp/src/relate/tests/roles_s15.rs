//! Session 15 roles: "its" before a title refers back, a unit in apposition to what a possessive
//! owns, the full stop of a name's abbreviation before its holder, an alias the recogniser did
//! not mark. Invented sentences (none from the evaluation articles), with the recogniser's
//! mentions given by hand.

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{self, Company, Person};

fn roles(text: &str, mentions: &[(&str, EntityKind)]) -> Vec<String> {
    let d = run_with(text, "2025-03-01", None, mentions);
    fact_lines(&d).into_iter().filter(|l| l.starts_with("role ")).collect()
}

#[test]
fn its_before_a_title_refers_back_not_to_a_company_named_later() {
    let got = roles(
        "Zeta Holdings said on Monday that its profit rose. Its chief executive, Jane Roe, said Acme Bank \
         would lose customers.",
        &[("Zeta Holdings", Company), ("Acme Bank", Company), ("Jane Roe", Person)],
    );
    assert!(got.iter().any(|l| l.starts_with("role Jane Roe | CEO |") && l.contains("| Zeta Holdings |")), "{got:#?}");
    assert!(!got.iter().any(|l| l.contains("| Acme Bank |")), "{got:#?}");
}

#[test]
fn its_after_a_quote_takes_the_company_named_in_it() {
    let got = roles(
        "Kyoto Brakes cut its forecast. \"It is a hard day for everyone at Lindqvist Pharma,\" said its \
         chairman, Omar Haddad.",
        &[("Kyoto Brakes", Company), ("Lindqvist Pharma", Company), ("Omar Haddad", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Omar Haddad | Chairman |") && l.contains("| Lindqvist Pharma |")),
        "{got:#?}"
    );
}

#[test]
fn the_unit_named_after_an_owned_description_holds_the_post() {
    let got = roles(
        "Corrib Air named a new chief executive. Moran has been appointed chairman of the airline's parent, \
         Corrib Holdings, from March.",
        &[("Corrib Air", Company), ("Corrib Holdings", Company), ("Moran", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Moran | Chairman |") && l.contains("| Corrib Holdings |")),
        "{got:#?}"
    );
}

#[test]
fn the_holder_after_an_abbreviated_company_name_opening_the_sentence() {
    let got = roles(
        "The co-founder and former chief executive of Velmont Inc. Rhea Sandoval has died at the age of 71.",
        &[("Velmont Inc", Company), ("Rhea Sandoval", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Rhea Sandoval | CEO |") && l.contains("| Velmont Inc |")),
        "{got:#?}"
    );
    // mid-sentence, the full stop may end a sentence the splitter kept whole: no holder there
    let got = roles(
        "He was once a director of Velmont Inc. Rhea Sandoval spoke.",
        &[("Velmont Inc", Company), ("Rhea Sandoval", Person)],
    );
    assert!(!got.iter().any(|l| l.starts_with("role Rhea Sandoval | Director |")), "{got:#?}");
}

#[test]
fn the_first_word_of_one_organisation_s_name_after_of_is_that_organisation() {
    let got = roles(
        "Telecom Ruritania will sell its directory arm. Ines Varga, chief executive of Telecom, said the \
         sale would close in May.",
        &[("Telecom Ruritania", Company), ("Ines Varga", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Ines Varga | CEO |") && l.contains("| Telecom Ruritania |")),
        "{got:#?}"
    );
}
