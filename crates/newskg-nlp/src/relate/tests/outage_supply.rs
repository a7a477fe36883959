//! Supplies lost in the passive or as a noun ("power was lost", "a loss of power"), the day a
//! reporter wrote about an outage ("On 5 March I wrote to X", "yesterday confirming") and channels
//! paired ("offline and online stores"), "that outage" pointing back. Invented sentences (none from the evaluation articles).

use super::check;

#[test]
fn a_supply_lost_in_the_passive_is_an_outage() {
    check(
        "Electricity was briefly lost to 9,000 homes in Dunmere on Tuesday after a storm hit Pellow Grid lines.",
        "2024-04-12",
        &["outage Pellow Grid | start=2024-04-09 | end=- | dur=- | loc=Dunmere | cause=- | affected="],
    );
}

#[test]
fn a_loss_of_power_is_an_outage() {
    check(
        "Farmers in Dunmere suffered a loss of power on Tuesday, Pellow Grid said.",
        "2024-04-12",
        &["outage Pellow Grid | start=2024-04-09 | end=- | dur=- | loc=Dunmere | cause=- | affected="],
    );
}

#[test]
fn the_day_a_reporter_wrote_about_it_is_not_another_outage() {
    check(
        "Pellow Grid cut power to 5,000 homes in Dunmere on 3 March. On 5 March I wrote to Pellow Grid about the outage.",
        "2024-04-01",
        &["outage Pellow Grid | start=2024-03-03 | end=- | dur=- | loc=Dunmere | cause=- | affected="],
    );
}

#[test]
fn offline_and_online_channels_are_no_outage() {
    let paired = super::run("On Monday Brightleaf opened offline and online stores across Dunmere.", "2024-04-12");
    assert!(paired.facts.outages.is_empty(), "{:?}", paired.facts.outages);
    let down = super::run("Brightleaf's online store went offline on Monday.", "2024-04-12");
    assert_eq!(down.facts.outages.len(), 1);
}

#[test]
fn a_day_given_with_confirming_is_a_report_date() {
    check(
        "Storms on Sunday cut power to 40,000 homes served by Kelmont Power. Inspectors, yesterday confirming a review, said the outage was serious.",
        "2024-05-08",
        &["outage Kelmont Power | start=2024-05-05 | end=- | dur=- | loc=- | cause=- | affected="],
    );
}

#[test]
fn that_failure_points_back_and_dates_no_second_outage() {
    check(
        "Storms on Sunday cut power to 40,000 homes served by Kelmont Power. Residents said that outage ruined their plans, and the utility will meet them today.",
        "2024-05-08",
        &["outage Kelmont Power | start=2024-05-05 | end=- | dur=- | loc=- | cause=- | affected="],
    );
}
