//! Owners of posts named in a possessive before a qualifier of the post ("Ruritania's transport
//! minister, X"), "the bank's chairman is X", and founders after a description or a longer
//! relative clause. Invented sentences (none from the evaluation articles), with the recogniser's
//! mentions given by hand.

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{self, Company, Location, Person};

fn roles(text: &str, mentions: &[(&str, EntityKind)]) -> Vec<String> {
    let d = run_with(text, "2025-03-01", None, mentions);
    fact_lines(&d).into_iter().filter(|l| l.starts_with("role ")).collect()
}

#[test]
fn a_country_s_qualified_minister_holds_that_country_s_office() {
    let got = roles(
        "Trains stopped across Valdoria on Monday. Valdoria's energy minister, Ilse Brandt, said the grid \
         would be inspected.",
        &[("Valdoria", Location), ("Ilse Brandt", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Ilse Brandt | Minister |") && l.contains("| Valdoria |")),
        "{got:#?}"
    );
}

#[test]
fn a_company_s_qualified_director_is_its_director() {
    let got = roles(
        "Pellow Mobile restored calls by noon. \"We found the fault quickly,\" said Pellow Mobile's network \
         director, Tomas Reyes.",
        &[("Pellow Mobile", Company), ("Tomas Reyes", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Tomas Reyes | Director |") && l.contains("| Pellow Mobile |")),
        "{got:#?}"
    );
}

#[test]
fn a_verb_or_function_word_after_the_possessive_owns_no_post() {
    // "rivals say" is no qualifier of the post: the title is not Pellow Mobile's through the
    // possessive (only the sentence's weaker fallback may attach it)
    let text = "Pellow Mobile's rivals say chief executive Tomas Reyes erred, Grando Telecom said.";
    let d = run_with(
        text,
        "2025-03-01",
        None,
        &[("Pellow Mobile", Company), ("Grando Telecom", Company), ("Tomas Reyes", Person)],
    );
    assert!(d.facts.positions.iter().all(|p| p.evidence.confidence < 0.8), "{:#?}", d.facts.positions);
}

#[test]
fn an_owned_title_then_is_names_its_holder() {
    let got = roles(
        "Corvo Bank reported a loss. The bank's current chairman is Nadia Feld, a former judge.",
        &[("Corvo Bank", Company), ("Nadia Feld", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Nadia Feld | Chairman |") && l.contains("| Corvo Bank |")),
        "{got:#?}"
    );
    let got = roles("Corvo Bank's chief executive is Nadia Feld.", &[("Corvo Bank", Company), ("Nadia Feld", Person)]);
    assert!(got.iter().any(|l| l.starts_with("role Nadia Feld | CEO |") && l.contains("| Corvo Bank |")), "{got:#?}");
}

#[test]
fn founders_after_a_description_and_a_longer_relative_clause() {
    let got = roles(
        "Tallow Labs, which was founded in 2014 by the chemist Ruth Obi, makes batteries.",
        &[("Tallow Labs", Company), ("Ruth Obi", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Ruth Obi | Founder |") && l.contains("| Tallow Labs |")),
        "{got:#?}"
    );
    let got = roles(
        "Tallow Labs, which is based in Tarrow and was founded in 2014 by Ruth Obi, makes batteries.",
        &[("Tallow Labs", Company), ("Tarrow", Location), ("Ruth Obi", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Ruth Obi | Founder |") && l.contains("| Tallow Labs |")),
        "{got:#?}"
    );
}

#[test]
fn a_sentence_about_the_same_anaphor_is_passed_over() {
    // "The bank" of the second sentence is Corvo Bank, so Zeta Bank (named there only as the
    // cause) is not what "the bank's" of the third refers to
    let got = roles(
        "Corvo Bank cut 900 jobs. The bank lost money after the collapse of Zeta Bank. The bank's chairman, \
         Nadia Feld, said the worst was over.",
        &[("Corvo Bank", Company), ("Zeta Bank", Company), ("Nadia Feld", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Nadia Feld | Chairman |") && l.contains("| Corvo Bank |")),
        "{got:#?}"
    );
}

#[test]
fn a_second_minister_joined_by_and_shares_the_first_one_s_country() {
    let got = roles(
        "Norwegian Prime Minister Ilse Brandt and trade minister Omar Feld opened the plant in Norway.",
        &[("Norway", Location), ("Ilse Brandt", Person), ("Omar Feld", Person)],
    );
    assert!(got.iter().any(|l| l.starts_with("role Omar Feld | Minister |") && l.contains("| Norway |")), "{got:#?}");
}

#[test]
fn a_post_s_function_then_at_and_a_described_organisation() {
    let got = roles(
        "Corvo Bank hired Nadia Feld, head of retail lending at the rival Zeta Bank, as its chief executive.",
        &[("Corvo Bank", Company), ("Zeta Bank", Company), ("Nadia Feld", Person)],
    );
    assert!(got.iter().any(|l| l.starts_with("role Nadia Feld | Head |") && l.contains("| Zeta Bank |")), "{got:#?}");
    assert!(!got.iter().any(|l| l.starts_with("role Nadia Feld | Head |") && l.contains("| Corvo Bank |")), "{got:#?}");
}

#[test]
fn the_head_of_an_organisation_s_described_unit_then_its_holder() {
    let got = roles(
        "Pellow Mobile restored service. The head of Pellow Mobile's Spanish operations, Tomas Reyes, apologised.",
        &[("Pellow Mobile", Company), ("Tomas Reyes", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Tomas Reyes | Head |") && l.contains("| Pellow Mobile |")),
        "{got:#?}"
    );
}

#[test]
fn an_appointing_company_past_a_long_description_of_the_appointee() {
    let got = roles(
        "Hollin Retail said it would appoint Nadia Feld, a former executive at the drinks maker Tarrow \
         Breweries in the north, as president from May.",
        &[("Hollin Retail", Company), ("Tarrow Breweries", Company), ("Nadia Feld", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Nadia Feld | President |") && l.contains("| Hollin Retail |")),
        "{got:#?}"
    );
}

#[test]
fn a_sentence_about_the_same_anaphor_that_names_it_is_its_referent() {
    // "The new company, to be called Zeta Holdings": the name is what the anaphor is
    let got = roles(
        "Corvo Bank will buy Hollin Retail. The new company, which is to be called Zeta Holdings, will \
         have 900 stores. Nadia Feld will become the chairman of the new company.",
        &[("Corvo Bank", Company), ("Hollin Retail", Company), ("Zeta Holdings", Company), ("Nadia Feld", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Nadia Feld | Chairman |") && l.contains("| Zeta Holdings |")),
        "{got:#?}"
    );
}

#[test]
fn its_after_an_anaphor_subject_is_that_anaphor_s_organisation() {
    // "the company said its chairman": Corvo Bank, not the company named later in the sentence
    let got = roles(
        "Corvo Bank also said it would open 20 branches. Separately, the company said its chairman, Nadia \
         Feld, would retire and be replaced by a former head of Hollin Retail.",
        &[("Corvo Bank", Company), ("Hollin Retail", Company), ("Nadia Feld", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Nadia Feld | Chairman |") && l.contains("| Corvo Bank |")),
        "{got:#?}"
    );
}

#[test]
fn a_predecessor_taken_over_from_after_a_time_phrase() {
    let got = roles(
        "\"Demand held up,\" said chief executive Nadia Feld of Corvo Bank, who took over in March from \
         Omar Lind.",
        &[("Corvo Bank", Company), ("Nadia Feld", Person), ("Omar Lind", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Omar Lind | CEO |") && l.contains("| Corvo Bank | former")),
        "{got:#?}"
    );
    // "and" opens another clause: the title there is not the one taken over
    let got = roles(
        "Nadia Feld is the chief operating officer of Corvo Bank and will take over in March from Omar Lind.",
        &[("Corvo Bank", Company), ("Nadia Feld", Person), ("Omar Lind", Person)],
    );
    assert!(!got.iter().any(|l| l.starts_with("role Omar Lind | COO |")), "{got:#?}");
}

#[test]
fn an_age_between_the_owner_and_the_title() {
    let got = roles(
        "Co-founder Nadia Feld, Corvo Bank's 41-year-old chief executive, told reporters the deal was done.",
        &[("Corvo Bank", Company), ("Nadia Feld", Person)],
    );
    assert!(got.iter().any(|l| l.starts_with("role Nadia Feld | CEO |") && l.contains("| Corvo Bank |")), "{got:#?}");
}

#[test]
fn a_short_acronym_inside_the_organisation_s_description() {
    let got = roles(
        "Hollin Retail cut jobs. Hollin Retail shares fell. Nadia Feld has been appointed director of sport \
         at the Irish sports TV company Corvo Media.",
        &[("Hollin Retail", Company), ("Corvo Media", Company), ("Nadia Feld", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Nadia Feld | Director |") && l.contains("| Corvo Media |")),
        "{got:#?}"
    );
}

#[test]
fn a_service_s_founder_and_chief_executive_in_a_possessive() {
    let got = roles(
        "Corvo Foundation will partner with Tallow.com. Nadia Feld, Tallow.com's founder and CEO, said the deal \
         was good.",
        &[
            ("Corvo Foundation", newskg_doc::EntityKind::Organization),
            ("Tallow.com", newskg_doc::EntityKind::Service),
            ("Nadia Feld", Person),
        ],
    );
    assert!(got.iter().any(|l| l.starts_with("role Nadia Feld | CEO |") && l.contains("| Tallow.com |")), "{got:#?}");
    assert!(!got.iter().any(|l| l.contains("| Corvo Foundation |")), "{got:#?}");
}

#[test]
fn the_person_who_replaces_a_titled_holder_takes_the_post() {
    let got = roles(
        "Corvo Bank said its president, Nadia Feld, would become chairman in May and be succeeded by the \
         head of its card business, Omar Lind.",
        &[("Corvo Bank", Company), ("Nadia Feld", Person), ("Omar Lind", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Omar Lind | President |") && l.contains("| Corvo Bank |")),
        "{got:#?}"
    );
    // the title a verb links ("would become chairman") is not the one passed on
    assert!(!got.iter().any(|l| l.starts_with("role Omar Lind | Chairman |")), "{got:#?}");
    // a reported clause's replacement is not the speaker's successor
    let got = roles(
        "Corvo Bank's chairman, Nadia Feld, said the finance director would be replaced by Omar Lind.",
        &[("Corvo Bank", Company), ("Nadia Feld", Person), ("Omar Lind", Person)],
    );
    assert!(!got.iter().any(|l| l.starts_with("role Omar Lind | Chairman |")), "{got:#?}");
}
