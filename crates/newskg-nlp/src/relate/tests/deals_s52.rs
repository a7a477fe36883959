//! Fifty-second session: call signs and names as a PDF's conversion to text writes them, with a
//! space after a hyphen or an opening parenthesis ("KQRV( FM)", "WQLM- TV", "Z- Q Broadcasting,
//! Inc."): the call sign takes in its band and names a company (rule `recognise-call-sign-band`),
//! and a licence assignment's stations listed with ";" between them are each the assignee's (rule
//! `deals-licence-assignment`). Invented sentences, names and call signs (none from the evaluation
//! articles), with the recogniser's mentions by hand.

use super::deals_s48::{assert_assigned, rels};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Location, Service};

const SPACED: &str = "We have before us the application for consent to the assignment of the license of station \
                      KQRV( FM), Tarnby, Ohio, from Z- Q Broadcasting, Inc. to Ostrel Media, LLC. Ostrel also \
                      operates WQLM- TV, Dorrance, Kansas.";

fn spaced_names() -> [(&'static str, newskg_doc::EntityKind); 8] {
    [
        ("KQRV", Company),
        ("Tarnby", Location),
        ("Ohio", Location),
        ("Z- Q Broadcasting, Inc", Company),
        ("Ostrel Media, LLC", Company),
        ("WQLM- TV", Service),
        ("Dorrance", Location),
        ("Kansas", Location),
    ]
}

fn kinds(d: &newskg_doc::Document) -> Vec<String> {
    d.entities.iter().map(|e| format!("{:?} {}", e.kind, e.name)).collect()
}

#[test]
fn a_call_sign_takes_in_its_band_written_with_a_pdf_s_spaces_and_is_a_company() {
    let d = super::run_with(SPACED, "2005-01-01", None, &spaced_names());
    let got = kinds(&d);
    assert!(got.contains(&"Company KQRV( FM)".to_string()), "{got:?}");
    assert!(got.contains(&"Company WQLM- TV".to_string()), "{got:?}");
    let d = super::run_recognising_without(SPACED, &spaced_names(), Rule::CallSignBand);
    let got = kinds(&d);
    assert!(!got.iter().any(|k| k.ends_with("KQRV( FM)")), "{got:?}");
    assert!(!got.contains(&"Company WQLM- TV".to_string()), "{got:?}");
}

#[test]
fn a_spaced_call_sign_and_assignor_still_give_the_assignment() {
    let got = rels(SPACED, &spaced_names(), None);
    assert_assigned(&got, "Ostrel Media, LLC", "KQRV( FM)", "Z- Q Broadcasting, Inc");
    let without = rels(SPACED, &spaced_names(), Some(Rule::LicenceAssignment));
    assert!(!without.contains(&"rel Ostrel Media, LLC Acquired KQRV( FM)".to_string()), "{without:#?}");
}

const LISTED: &str = "This letter concerns the applications for the assignment of the licenses of television \
                      stations KQRV- TV, Tarnby, Ohio; WQLM- TV, Dorrance, Kansas; and KVEN- TV, Halbrook, \
                      Kansas, from Velmora Broadcasting, LLC to Ostrel Media, Inc.";

fn listed_names() -> [(&'static str, newskg_doc::EntityKind); 10] {
    [
        ("KQRV- TV", Company),
        ("Tarnby", Location),
        ("Ohio", Location),
        ("WQLM- TV", Company),
        ("Dorrance", Location),
        ("Kansas", Location),
        ("KVEN- TV", Company),
        ("Halbrook", Location),
        ("Velmora Broadcasting, LLC", Company),
        ("Ostrel Media, Inc", Company),
    ]
}

#[test]
fn stations_listed_with_semicolons_are_each_assigned() {
    let got = rels(LISTED, &listed_names(), None);
    for st in ["KQRV- TV", "WQLM- TV", "KVEN- TV"] {
        assert_assigned(&got, "Ostrel Media, Inc", st, "Velmora Broadcasting, LLC");
    }
    assert!(!got.iter().any(|l| l.contains("Acquired Tarnby") || l.contains("Acquired Kansas")), "{got:#?}");
    let without = rels(LISTED, &listed_names(), Some(Rule::LicenceAssignment));
    assert!(!without.contains(&"rel Ostrel Media, Inc Acquired KVEN- TV".to_string()), "{without:#?}");
}
