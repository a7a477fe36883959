//! Fifty-first session: a broadcast licence's assignment as a regulator states it ("the assignment
//! of license of Station S from A to B": B acquired S, and S stays A's; rule
//! `deals-licence-assignment`), and "Station" before a call sign trimmed off the station's name
//! (rule `recognise-station-word`). Invented sentences, names and call signs (none from the
//! evaluation articles), with the recogniser's mentions by hand.

use super::deals_s48::{assert_assigned, rels};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Location};

const ASSIGNMENT: &str = "On June 3, 1970, the Commission granted the application for the assignment of license \
                          of Station KQRV-TV, Tarnby, Ohio from Velmora Broadcasting Company to Ostrel Media, Inc.";

fn assignment_names() -> [(&'static str, newskg_doc::EntityKind); 5] {
    [
        ("Station KQRV-TV", Company),
        ("Tarnby", Location),
        ("Ohio", Location),
        ("Velmora Broadcasting Company", Company),
        ("Ostrel Media, Inc", Company),
    ]
}

#[test]
fn the_assignee_of_a_station_s_licence_acquired_it_and_the_assignor_keeps_it_as_parent() {
    let got = rels(ASSIGNMENT, &assignment_names(), None);
    assert_assigned(&got, "Ostrel Media, Inc", "KQRV-TV", "Velmora Broadcasting Company");
    // a place after the call sign is no station
    assert!(!got.iter().any(|l| l.contains("Acquired Tarnby")), "{got:#?}");
    let without = rels(ASSIGNMENT, &assignment_names(), Some(Rule::LicenceAssignment));
    assert!(!without.contains(&"rel Ostrel Media, Inc Acquired KQRV-TV".to_string()), "{without:#?}");
}

#[test]
fn the_word_station_before_a_call_sign_is_no_part_of_its_name() {
    let d = super::run_with(ASSIGNMENT, "1970-06-03", None, &assignment_names());
    let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"KQRV-TV") && !names.contains(&"Station KQRV-TV"), "{names:?}");
    let d = super::run_recognising_without(ASSIGNMENT, &assignment_names(), Rule::StationWord);
    let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Station KQRV-TV"), "{names:?}");
}

/// Session 52 (development on the gate Z's FCC letters after its one use): the assignor is a
/// person holding the licence for a company, and a defined term sits after the station's place.
const RECEIVER: &str = "We have before us an application for consent to the assignment of the license of Station \
                        WQLM-FM, Dorrance, Kansas, (the \"Station\") from Hella J. Marrow, Receiver for Tovan \
                        Radio Group, Inc. (\"Receiver\"), to Plessor Audio Partners, LLC (\"Plessor\").";

fn receiver_names() -> [(&'static str, newskg_doc::EntityKind); 6] {
    [
        ("Station WQLM-FM", Company),
        ("Dorrance", Location),
        ("Kansas", Location),
        ("Hella J. Marrow", newskg_doc::EntityKind::Person),
        ("Tovan Radio Group, Inc", Company),
        ("Plessor Audio Partners, LLC", Company),
    ]
}

#[test]
fn a_receiver_s_assignment_leaves_the_station_with_the_company_the_receiver_holds_it_for() {
    let got = rels(RECEIVER, &receiver_names(), None);
    assert_assigned(&got, "Plessor Audio Partners, LLC", "WQLM-FM", "Tovan Radio Group, Inc");
    let without = rels(RECEIVER, &receiver_names(), Some(Rule::LicenceAssignment));
    assert!(!without.contains(&"rel Plessor Audio Partners, LLC Acquired WQLM-FM".to_string()), "{without:#?}");
}
