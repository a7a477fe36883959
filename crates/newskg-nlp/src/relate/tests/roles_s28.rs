//! Twenty-eighth session: a state office written after a nationality adjective and the office's
//! capitalised portfolio is that state's ("Ruritanian Trade and Industry Minister X"; no post when
//! the article does not name the state, never the article's own country), "Ruritania, whose
//! President X"; founders past a nationality, a form of address or a comma in their description
//! ("by Ruritanian entrepreneur X", "by the Ruritanian banker, Dr X") and after the predicate of a
//! sentence whose subject is the organisation ("Acme is a Ruritanian bank based in Zeta City,
//! founded by X"); a portfolio listed with commas ("Minister for Enterprise, Trade and Employment,
//! X"). Invented sentences (none from the evaluation articles), with the recogniser's
//! mentions given by hand.

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{self, Company, Location, Person};

fn roles(text: &str, mentions: &[(&str, EntityKind)]) -> Vec<String> {
    let d = run_with(text, "2025-03-01", None, mentions);
    fact_lines(&d).into_iter().filter(|l| l.starts_with("role ")).collect()
}

fn has(got: &[String], person: &str, title: &str, org: &str) -> bool {
    got.iter().any(|l| l.starts_with(&format!("role {person} | {title} |")) && l.contains(&format!("| {org} |")))
}

#[test]
fn a_nationality_before_a_one_word_portfolio_names_the_minister_s_country() {
    // (the longer portfolio, "Trade and Industry", is checked through the whole pipeline in
    // tests/it/roles.rs: the rules-only recogniser of these tests takes the word after "and" for a
    // body of its own)
    let got = roles(
        "Norway offered cheap loans to Baltic shipyards at a summit in Oslo. Among the guests was Polish Trade \
         Minister Marek Zielny. Norway said the loans would start in May.",
        &[("Norway", Location), ("Poland", Location), ("Oslo", Location), ("Marek Zielny", Person)],
    );
    assert!(!has(&got, "Marek Zielny", "Minister", "Norway"), "{got:#?}");
}

#[test]
fn a_foreign_head_of_state_whose_country_is_not_named_gets_no_post() {
    // the adjective names a state the article never names: no post, not the article's country
    let got = roles(
        "Norway offered cheap loans at a summit in Oslo. Tanzanian President Juma Kiluvya told the summit the \
         loans were welcome.",
        &[("Norway", Location), ("Oslo", Location), ("Juma Kiluvya", Person)],
    );
    assert!(got.iter().all(|l| !l.starts_with("role Juma Kiluvya")), "{got:#?}");
}

#[test]
fn the_place_whose_president_is_named_is_the_office_s() {
    let got = roles(
        "Norway offered loans to several states, among them Latvia, whose President Ilze Berzina thanked the \
         summit. Norway said the loans would start in May.",
        &[("Norway", Location), ("Latvia", Location), ("Ilze Berzina", Person)],
    );
    assert!(has(&got, "Ilze Berzina", "President", "Latvia"), "{got:#?}");
}

#[test]
fn a_president_with_no_adjective_still_serves_the_article_s_country() {
    let got = roles(
        "Norway offered cheap loans at a summit in Oslo. President Ola Bratt said the loans would help.",
        &[("Norway", Location), ("Oslo", Location), ("Ola Bratt", Person)],
    );
    assert!(has(&got, "Ola Bratt", "President", "Norway"), "{got:#?}");
}

#[test]
fn a_founder_described_by_a_nationality_is_found() {
    let got = roles(
        "Corvane Telecom is a mobile network in six island states. Corvane Telecom was founded in 2003 by Irish \
         entrepreneur Brendan Tully.",
        &[("Corvane Telecom", Company), ("Brendan Tully", Person)],
    );
    assert!(has(&got, "Brendan Tully", "Founder", "Corvane Telecom"), "{got:#?}");
}

#[test]
fn a_founder_past_a_comma_and_a_form_of_address_is_found() {
    let got = roles(
        "Skylark Air flies to nine cities. The airline was founded in 1985 by the Irish businessman, Dr Conor \
         Hale.",
        &[("Skylark Air", Company), ("Conor Hale", Person)],
    );
    assert!(has(&got, "Conor Hale", "Founder", "Skylark Air"), "{got:#?}");
}

#[test]
fn a_participle_after_the_predicate_describes_the_subject_organisation() {
    let got = roles(
        "Korvane Group is a Japanese technology conglomerate based in Osaka, founded by Hiro Tanabe in 1997. It \
         also runs a bank.",
        &[("Korvane Group", Company), ("Osaka", Location), ("Hiro Tanabe", Person)],
    );
    assert!(has(&got, "Hiro Tanabe", "Founder", "Korvane Group"), "{got:#?}");
}

#[test]
fn a_participle_after_a_predicate_naming_a_person_is_not_read() {
    // a person named in the predicate: the participle may describe what that clause speaks of, so no
    // founder of the subject is guessed
    let got = roles(
        "Korvane Group is the bank that Ana Ruiz joined, founded by Hiro Tanabe in 1997.",
        &[("Korvane Group", Company), ("Ana Ruiz", Person), ("Hiro Tanabe", Person)],
    );
    assert!(got.iter().all(|l| !l.starts_with("role Hiro Tanabe")), "{got:#?}");
}

#[test]
fn a_portfolio_listed_with_commas_reaches_the_minister_s_name() {
    let got = roles(
        "Vantor chose Cork for its new plant, Ireland said. The Irish Minister for Enterprise, Trade and \
         Employment, Aoife Brennan, said the plant was a success.",
        &[("Vantor", Company), ("Cork", Location), ("Ireland", Location), ("Aoife Brennan", Person)],
    );
    assert!(has(&got, "Aoife Brennan", "Minister", "Ireland"), "{got:#?}");
}
