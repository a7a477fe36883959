//! Follow-up sentences that are no new incident: a report dated in the sentence's opening ("On
//! Thursday the bank said the fault had been traced to ...") and a cued clock time the night after
//! the incident ("not restored until 1.15am on Saturday"). Invented sentences (none from the
//! evaluation articles).

use super::{check, run};

#[test]
fn a_report_day_opening_the_sentence_dates_no_second_incident() {
    check(
        "Customers of Norvik Bank could not use its app for four hours on Tuesday after a fault in its card system. On Thursday the bank said the fault had been traced to a faulty software update.",
        "2025-03-14",
        &["outage Norvik Bank | start=2025-03-11 | end=- | dur=240 | loc=- | cause=faulty software update | affected="],
    );
}

#[test]
fn a_report_day_after_an_opening_phrase_dates_no_second_incident() {
    check(
        "The Pellan Mobile network went down for three hours on Monday. In a post on Wednesday, Pellan Mobile said the outage had been caused by a faulty router.",
        "2025-03-14",
        &["outage Pellan Mobile | start=2025-03-10 | end=- | dur=180 | loc=- | cause=faulty router | affected="],
    );
}

#[test]
fn an_opening_time_without_a_report_verb_still_dates_an_incident() {
    // a day opening a sentence that tells of a failure, not of a report, is that failure's
    check(
        "On Tuesday the Pellan Mobile network went down for three hours.",
        "2025-03-14",
        &["outage Pellan Mobile | start=2025-03-11 | end=- | dur=180 | loc=- | cause=- | affected="],
    );
}

#[test]
fn the_night_after_the_incident_day_is_the_same_incident() {
    check(
        "Tarrow Air suffered an IT outage on Friday that stranded thousands of passengers. The website stopped working at about 6.20pm and was not restored until 1.15am on Saturday.",
        "2025-03-17",
        &["outage Tarrow Air | start=2025-03-14 | end=- | dur=- | loc=- | cause=- | affected="],
    );
}

#[test]
fn a_report_day_of_something_still_happening_dates_the_incident() {
    // no past perfect after the report verb: the report tells of that day's incident
    check(
        "Pellan Mobile suffered a network outage in January 2025. On Monday, Pellan Mobile said its network was suffering a new outage.",
        "2025-03-14",
        &[
            "outage Pellan Mobile | start=2025-01 | end=- | dur=- | loc=- | cause=- | affected=",
            "outage Pellan Mobile | start=2025-03-10 | end=- | dur=- | loc=- | cause=- | affected=",
        ],
    );
}

#[test]
fn working_again_from_a_time_is_no_new_incident() {
    // "from" after "working again" tells when the service came back, not when a failure began
    check(
        "Hackers hit Dunmere Freight on Saturday, taking its booking systems offline. Some services returned on Sunday evening, and the company said its systems were working again from 9am on Monday.",
        "2025-03-17",
        &["outage Dunmere Freight | start=2025-03-15 | end=- | dur=- | loc=- | cause=- | affected="],
    );
}

#[test]
fn an_end_cued_on_the_night_after_closes_the_incident() {
    // the incident ran past midnight: its end is the next day's clock time
    check(
        "The Kestrel Air booking system failed at 9.40pm on Friday. It was not restored until 1.15am on Saturday, the airline said.",
        "2025-03-17",
        &[
            "outage Kestrel Air | start=2025-03-14T21:40:00 | end=2025-03-15T01:15:00 | dur=215 | loc=- | cause=- | affected=",
        ],
    );
}

// rule `outages-coordinated-dates`

#[test]
fn a_date_coordinated_with_a_dated_power_cut_opens_its_own_incident() {
    let d = run(
        "The regulator is reviewing the power cuts that hit the northern suburbs on 3 June, and the eastern districts on 11 June.",
        "2024-07-01",
    );
    let mut starts: Vec<String> = d.facts.outages.iter().filter_map(|o| o.start.map(|v| v.lexical())).collect();
    starts.sort();
    assert_eq!(starts, ["2024-06-03", "2024-06-11"], "{:?}", d.facts.outages);
}

#[test]
fn a_coordinated_date_after_a_restoration_word_is_no_new_incident() {
    let d = run("Power cuts hit the northern suburbs on 3 June, and supply was restored on 4 June.", "2024-07-01");
    assert_eq!(d.facts.outages.len(), 1, "{:?}", d.facts.outages);
}
