//! Session 16, relation grammar inside a sentence: a hyphenated adjective in the descriptor before
//! an owner's name ("owned by the pan-Nordic group Y"), a deal prohibited before a phrase set off
//! by commas, the supplier of an unnamed thing ("its billing platform, which is supplied by Y")
//! and services listed after a maker verb with coordinated subjects ("A and B operate S1 and other
//! chains, including S2 and S3"). Invented sentences (none from the evaluation articles).

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{Company, Service};

fn has(lines: &[String], want: &str) -> bool {
    lines.iter().any(|l| l == want)
}

fn partners(lines: &[String], a: &str, b: &str) -> bool {
    has(lines, &format!("rel {a} Partner {b}")) || has(lines, &format!("rel {b} Partner {a}"))
}

#[test]
fn a_hyphenated_adjective_does_not_break_the_owner_descriptor() {
    let m = &[("Kelso Bank", Company), ("Tarn Capital Holdings", Company), ("Orvik Air", Company)];
    let lines = fact_lines(&run_with(
        "Kelso Bank, which is 51 per cent owned by the pan-Nordic banking group Tarn Capital Holdings, \
         has two million customers.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Kelso Bank ParentOrganization Tarn Capital Holdings"), "{lines:?}");
    let lines = fact_lines(&run_with(
        "Orvik Air is controlled by the Oslo-based investment firm Tarn Capital Holdings.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Orvik Air ParentOrganization Tarn Capital Holdings"), "{lines:?}");
}

#[test]
fn a_deal_prohibited_before_an_inserted_phrase_is_no_acquisition() {
    let m = &[("Harrow Metals", Company), ("Fenwick Steel", Company)];
    let lines = fact_lines(&run_with(
        "The regulator has prohibited, under the national merger rules, the acquisition of Fenwick Steel by \
         Harrow Metals.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(!has(&lines, "rel Harrow Metals Acquired Fenwick Steel"), "{lines:?}");
    // the same phrase after a word that does not stop the deal
    let lines = fact_lines(&run_with(
        "The regulator has cleared, under the national merger rules, the acquisition of Fenwick Steel by \
         Harrow Metals.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Harrow Metals Acquired Fenwick Steel"), "{lines:?}");
}

#[test]
fn the_supplier_of_an_unnamed_thing_is_its_owners_partner() {
    let m = &[("Halcot Energy", Company), ("Meridan Systems", Company), ("Pollard Rail", Company)];
    // the possessor of the thing
    let lines = fact_lines(&run_with(
        "Halcot Energy said a failed update to its billing platform, which is supplied by the software \
         company Meridan Systems, stopped payments.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(partners(&lines, "Halcot Energy", "Meridan Systems"), "{lines:?}");
    // the sentence's subject
    let lines = fact_lines(&run_with(
        "Pollard Rail said the ticket system, which is provided by Meridan Systems, failed overnight.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(partners(&lines, "Pollard Rail", "Meridan Systems"), "{lines:?}");
    // "operated by" with no possessor names the thing's own operator, no supplier
    let lines = fact_lines(&run_with(
        "Pollard Rail said the card network operated by Meridan Systems failed overnight.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(!partners(&lines, "Pollard Rail", "Meridan Systems"), "{lines:?}");
}

#[test]
fn services_listed_after_a_maker_verb_share_every_coordinated_subject() {
    let m = &[
        ("Quarry Leisure Holdings", Company),
        ("Pinewood Sports", Company),
        ("Bolt Gym", Service),
        ("Harbour Swim", Service),
        ("Summit Yoga", Service),
        ("Ostler Media", Company),
    ];
    let lines = fact_lines(&run_with(
        "Quarry Leisure Holdings, LLC and Pinewood Sports operate Bolt Gym and other fitness chains, \
         including Harbour Swim and Summit Yoga, across the state.",
        "2024-05-01",
        None,
        m,
    ));
    for svc in ["Bolt Gym", "Harbour Swim", "Summit Yoga"] {
        for owner in ["Quarry Leisure Holdings", "Pinewood Sports"] {
            assert!(has(&lines, &format!("rel {svc} Provider {owner}")), "{svc} {owner}: {lines:?}");
        }
    }
    // a gap that is no list ("said that") ends the list
    let lines = fact_lines(&run_with(
        "Pinewood Sports runs Bolt Gym and Harbour Swim, and Ostler Media said that Summit Yoga was late.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Harbour Swim Provider Pinewood Sports"), "{lines:?}");
    assert!(!has(&lines, "rel Summit Yoga Provider Pinewood Sports"), "{lines:?}");
}
