//! An undated outage that is the story of a dated lead stands without a well-supported provider
//! (rule `outages-lead-story`). Invented sentences (none from the evaluation articles).

use super::{check, run};

#[test]
fn an_outage_told_in_the_dated_leads_paragraph_takes_its_date() {
    check(
        "On 12 March a gale swept through the northern valleys and felled hundreds of trees. Emergency lines in the valleys were down for several hours.\n\nThe council will publish a review next year.",
        "2024-04-01",
        &["outage - | start=2024-03-12 | end=- | dur=- | loc=- | cause=- | affected="],
    );
}

#[test]
fn an_outage_told_only_in_a_later_paragraph_does_not() {
    let d = run(
        "On 12 March a gale swept through the northern valleys and felled hundreds of trees.\n\nEmergency lines in the valleys were down for several hours.",
        "2024-04-01",
    );
    assert!(d.facts.outages.is_empty(), "{:?}", d.facts.outages);
}

#[test]
fn a_time_compared_with_after_a_superlative_dates_no_second_outage() {
    // "since 2019" after "the longest" is the point compared with; without the rule it opens
    // a second incident dated 2019
    check(
        "Pellow Grid cut power to 5,000 homes in Dunmere on 3 March, the longest outage since 2019.",
        "2024-04-01",
        &["outage Pellow Grid | start=2024-03-03 | end=- | dur=- | loc=Dunmere | cause=- | affected="],
    );
}

// rule `outages-title-story`: the outage a headline names is the article's story

const VAGUE_BRIEF: &str = "Last week thousands of Corvane Bank customers were unable to pay by card after a failure in its systems. The Corvane Bank board apologised to customers.";

#[test]
fn a_vaguely_dated_outage_the_title_names_stands_with_the_publication_year() {
    let d = super::run_titled(Some("Corvane Bank: Payments Failure"), VAGUE_BRIEF, "2024-04-01", None, &[]);
    let got = super::fact_lines(&d);
    assert!(
        got.iter().any(|l| l.starts_with("outage Corvane Bank | start=2024 |")),
        "{got:?}\n{:?}",
        super::entity_lines(&d)
    );
}

#[test]
fn the_same_outage_under_a_title_naming_none_keeps_no_date() {
    let d = super::run_titled(Some("Corvane Bank: Board Questions"), VAGUE_BRIEF, "2024-04-01", None, &[]);
    let got = super::fact_lines(&d);
    assert!(got.iter().all(|l| !l.contains("start=2024")), "{got:?}");
}

const WEAK_BRIEF: &str = "Recently thousands of shoppers could not pay by card for an afternoon after a failure in the systems of Corvane Bank.";

#[test]
fn an_undated_outage_the_title_names_takes_the_publication_year() {
    let titled = super::run_titled(Some("Card Payments Outage"), WEAK_BRIEF, "2024-04-01", None, &[]);
    let got = super::fact_lines(&titled);
    assert!(got.iter().any(|l| l.starts_with("outage Corvane Bank | start=2024 |")), "{got:?}");
    let untitled = super::run_titled(Some("Card Payments"), WEAK_BRIEF, "2024-04-01", None, &[]);
    let got = super::fact_lines(&untitled);
    assert_eq!(got, ["outage Corvane Bank | start=- | end=- | dur=- | loc=- | cause=- | affected="], "{got:?}");
}

#[test]
fn an_outage_the_title_names_without_a_provider_or_a_date_does_not_stand() {
    let d = super::run_titled(
        Some("Commuter Lines (Disruption)"),
        "Last week the disruption at the two northern stations was unacceptable. Passengers deserve better.",
        "2024-04-01",
        None,
        &[],
    );
    assert!(d.facts.outages.is_empty(), "{:?}", super::fact_lines(&d));
}
