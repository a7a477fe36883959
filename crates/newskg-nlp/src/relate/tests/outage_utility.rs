//! Household utilities lost or gone without ("were without water", "a loss of water supply", "lost gas
//! supplies"), and the same words where they tell no outage ("cut water use", "water was lost through
//! leaks"). Invented sentences (none from the evaluation articles).

use super::check;

#[test]
fn homes_without_water_is_an_outage() {
    check(
        "About 4,000 homes in Dunmere were without water on Tuesday after a main burst on the Pellow Water network.",
        "2024-04-12",
        &["outage Pellow Water | start=2024-04-09 | end=- | dur=- | loc=Dunmere | cause=- | affected="],
    );
}

#[test]
fn a_loss_of_gas_supply_is_an_outage() {
    let doc = super::run("Kelmont Gas said a loss of gas supply hit 900 homes in Dunmere on 3 March.", "2024-04-01");
    assert_eq!(doc.facts.outages.len(), 1, "{:?}", doc.facts.outages);
}

#[test]
fn utilities_cut_or_lost_as_quantities_are_no_outage() {
    let cut = super::run("On Monday Pellow Water asked customers to cut water use by a tenth.", "2024-04-12");
    assert!(cut.facts.outages.is_empty(), "{:?}", cut.facts.outages);
    let leak = super::run("On Monday Pellow Water said 20% of its water was lost through leaks.", "2024-04-12");
    assert!(leak.facts.outages.is_empty(), "{:?}", leak.facts.outages);
}
