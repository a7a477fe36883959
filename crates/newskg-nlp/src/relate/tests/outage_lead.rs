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
