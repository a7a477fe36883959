//! Events named by their head word (invented sentences).

use crate::testkit::rules_names as names;

#[test]
fn an_event_names_no_entity() {
    let n = names(
        "Velmora Aircraft showed its new jet at the Tarnby Air Show on Monday, a week after the Wexmoor Film \
         Festival and before the Summer Olympics.",
    );
    for x in ["Tarnby Air Show", "Wexmoor Film Festival", "Summer Olympics"] {
        assert!(!n.iter().any(|y| y == x), "{x}: {n:?}");
    }
    assert!(n.iter().any(|x| x == "Velmora Aircraft"), "{n:?}");
    let n = names("Brontal Foods won the Quenish Export Award and showed its oats at the Holbrook Trade Exhibition.");
    assert!(!n.iter().any(|x| x.ends_with("Award") || x.ends_with("Exhibition")), "{n:?}");
    assert!(n.iter().any(|x| x == "Brontal Foods"), "{n:?}");
}

#[test]
fn a_name_that_goes_on_after_the_head_stays() {
    let n = names("Festival Records signed the band, and Tarnby Show Productions Ltd filmed the tour.");
    assert!(n.iter().any(|x| x.contains("Festival Records")), "{n:?}");
    assert!(n.iter().any(|x| x.contains("Tarnby Show Productions")), "{n:?}");
}
