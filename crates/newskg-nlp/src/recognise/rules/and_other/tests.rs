//! The two service cues on invented sentences: the word-level tests, then one end to end.

use super::*;
use crate::testkit::rules_doc;

/// Whether `name` in `text` passes `cue`.
fn cue(text: &str, name: &str, f: fn(&Words<'_>, usize, usize) -> bool) -> bool {
    let d = rules_doc(text, None);
    let words = Words::new(&d);
    let start = text.find(name).unwrap_or(0);
    let first = words.words.iter().position(|w| w.span.start() >= start).unwrap_or(0);
    let last = words.words.iter().position(|w| w.span.start() >= start + name.len()).unwrap_or(words.words.len());
    f(&words, first, last)
}

#[test]
fn names_before_and_other_service_nouns_are_services() {
    let t = "Members of Zolto Fitness and other gyms could not cancel their contracts online.";
    assert!(cue(t, "Zolto Fitness", before_other_services));
    let t = "They promised to run stores on Quarnix and other third-party e-commerce platforms for buyers.";
    assert!(cue(t, "Quarnix", before_other_services));
    let t = "Velmor Group runs Datewise, Pairly, The Nook, and other dating sites in Europe.";
    assert!(cue(t, "Pairly", before_other_services));
}

#[test]
fn other_nouns_and_clauses_are_no_cue() {
    let t = "Quarnix and other retailers agreed to the terms, the regulator said.";
    assert!(!cue(t, "Quarnix", before_other_services));
    let t = "Quarnix and other services firms bid for the contract last week.";
    assert!(!cue(t, "Quarnix", before_other_services));
    let t = "Quarnix said sales rose, and other sites closed.";
    assert!(!cue(t, "Quarnix", before_other_services));
}

#[test]
fn names_ending_in_a_singular_system_are_services() {
    let t = "Courts could not reach the Tarnby Digital Case System for three days in March.";
    assert!(cue(t, "Tarnby Digital Case System", system_name));
    let t = "The Tarnby Energy System Operator said the grid was stable.";
    assert!(!cue(t, "Tarnby Energy System", system_name));
    let t = "Brontal Systems said its engineers had restored the link.";
    assert!(!cue(t, "Brontal Systems", system_name));
}
