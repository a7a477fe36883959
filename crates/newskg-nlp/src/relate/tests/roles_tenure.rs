//! Posts a verb states over a stated time with no title word: "X, who has led Acme since 2019",
//! "X ran Acme from 2009 to 2018", "who has chaired Acme since 2018". Invented sentences (none
//! from the evaluation articles), with the recogniser's mentions given by hand.

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{Company, Organization, Person};

fn roles(text: &str, mentions: &[(&str, newskg_doc::EntityKind)]) -> Vec<String> {
    let d = run_with(text, "2025-03-01", None, mentions);
    fact_lines(&d).into_iter().filter(|l| l.starts_with("role ")).collect()
}

#[test]
fn a_person_who_has_led_a_company_since_a_year_is_its_chief_executive() {
    let got = roles(
        "Corla Haines, who has led Bexmoor Freight since 2019, said volumes would recover.",
        &[("Corla Haines", Person), ("Bexmoor Freight", Company)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Corla Haines | CEO |") && l.contains("| Bexmoor Freight |")),
        "{got:#?}"
    );
}

#[test]
fn an_age_may_stand_between_the_person_and_who_and_the_company_may_be_an_anaphor() {
    let got = roles(
        "Tarrow Bank cut its forecast on Monday. Haines, 58, who had run the bank since 2017, will leave in May.",
        &[("Tarrow Bank", Company), ("Haines", Person)],
    );
    assert!(got.iter().any(|l| l.starts_with("role Haines | CEO |") && l.contains("| Tarrow Bank |")), "{got:#?}");
}

#[test]
fn running_a_non_business_body_from_a_year_makes_its_head_and_chairing_a_chairman() {
    let got = roles(
        "Pell Orchard ran the Dunmere Water Board from 2009 to 2015. Ivo Stannard, who has chaired Velmont \
         Foods since 2018, backed the plan.",
        &[
            ("Pell Orchard", Person),
            ("Dunmere Water Board", Organization),
            ("Ivo Stannard", Person),
            ("Velmont Foods", Company),
        ],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Pell Orchard | Head |") && l.contains("| Dunmere Water Board |")),
        "{got:#?}"
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Ivo Stannard | Chairman |") && l.contains("| Velmont Foods |")),
        "{got:#?}"
    );
}

#[test]
fn leading_with_no_stated_time_or_with_a_post_already_named_adds_nothing() {
    // no time: "led Acme to a record year" is no post
    let got = roles(
        "Corla Haines led Bexmoor Freight to a record year.",
        &[("Corla Haines", Person), ("Bexmoor Freight", Company)],
    );
    assert!(!got.iter().any(|l| l.starts_with("role Corla Haines | CEO |")), "{got:#?}");
    // the apposition's post is the one the person holds
    let got = roles(
        "Bexmoor Freight's managing director, Corla Haines, who has led the company since 2020, said \
         volumes would recover.",
        &[("Bexmoor Freight", Company), ("Corla Haines", Person)],
    );
    assert!(got.iter().any(|l| l.starts_with("role Corla Haines | Director |")), "{got:#?}");
    assert!(!got.iter().any(|l| l.starts_with("role Corla Haines | CEO |")), "{got:#?}");
}
