//! Tests of the learned outage time assignment (`outage_times.rs`), on invented articles.

use super::*;
use crate::testkit::{models, ort_lib, rules_doc};

fn doc(text: &str, published: &str) -> Document {
    rules_doc(text, Some(published))
}

fn model() -> OutageTimes {
    OutageTimes::load(models(), ort_lib()).unwrap_or_else(|e| panic!("{e} (scripts/setup.sh fetches the runtime)"))
}

const FINED: &str = "The Marlow Telecoms Authority on Thursday fined Pellow Mobile 2 million dollars. \
                     The fine follows a network outage on March 4 that left customers unable to call for \
                     help for nine hours.";

#[test]
fn candidates_are_the_times_not_after_publication() {
    let d = doc(FINED, "2025-06-13");
    let c = candidates(&d);
    let values: Vec<String> = c.iter().map(|&k| d.times[k].value.lexical()).collect();
    assert!(values.contains(&"2025-03-04".to_string()), "{values:?}");
    assert!(values.contains(&"2025-06-12".to_string()), "{values:?}");
    // a date after publication is no candidate
    let d = doc("Pellow Mobile's network failed on Monday. A review will report on July 30.", "2025-06-13");
    let values: Vec<String> = candidates(&d).iter().map(|&k| d.times[k].value.lexical()).collect();
    assert!(!values.iter().any(|v| v.starts_with("2025-07")), "{values:?}");
}

#[test]
fn features_mark_the_rules_choice_the_report_verb_and_the_evidence() {
    let d = doc(
        "Customers of Quellmark Bank could not log in on Tuesday after a database failure, the bank said on Wednesday.",
        "2025-02-14",
    );
    assert_eq!(d.facts.outages.len(), 1, "{:?}", d.facts.outages);
    let c = candidates(&d);
    let f = features(&d, 0, &c);
    assert_eq!(f.len(), c.len());
    assert!(f.iter().all(|v| v.len() == FEATURES));
    let at = |lex: &str| c.iter().position(|&k| d.times[k].value.lexical() == lex).unwrap();
    let (tue, wed) = (at("2025-02-11"), at("2025-02-12"));
    assert_eq!(f[tue][0], 1.0, "the rules date it Tuesday: {:?}", d.facts.outages[0].start);
    assert_eq!(f[wed][0], 0.0);
    assert_eq!(f[wed][13], 1.0, "\"said on Wednesday\" is a report date");
    assert_eq!(f[tue][14], 1.0, "\"on\" before Tuesday");
    assert_eq!(f[tue][1], 1.0, "inside the evidence");
    assert_eq!(f[tue][11], 1.0, "a day");
    assert!(f[tue][2] > 0.0 && f[tue][3] > 0.0, "an outage word in its sentence");
    // an outage that is not in the document has no vectors
    assert!(features(&d, 3, &c).is_empty());
}

#[test]
fn decide_needs_the_margin_over_the_rules() {
    // the rules' candidate is the best: nothing changes
    assert_eq!(decide(&[0.9, 0.2], &[true, false], 0.1, 0.5), None);
    // another beats the rules' by more than the margin
    assert_eq!(decide(&[0.3, 0.8], &[true, false], 0.2, 0.5), Some(1));
    // ... but not by the margin
    assert_eq!(decide(&[0.6, 0.7], &[true, false], 0.2, 0.5), None);
    // undated by the rules: the best must beat none_p by the margin
    assert_eq!(decide(&[0.6, 0.9], &[false, false], 0.2, 0.5), Some(1));
    assert_eq!(decide(&[0.6, 0.65], &[false, false], 0.2, 0.5), None);
    assert_eq!(decide(&[], &[], 0.2, 0.5), None);
}

#[test]
fn the_model_prefers_the_day_of_the_outage_to_the_day_of_the_fine() {
    let d = doc(FINED, "2025-06-13");
    assert!(!d.facts.outages.is_empty());
    let c = candidates(&d);
    let f = features(&d, 0, &c);
    let p = model().probabilities(&f).unwrap();
    let at = |lex: &str| c.iter().position(|&k| d.times[k].value.lexical() == lex).unwrap();
    assert!(p[at("2025-03-04")] > p[at("2025-06-12")], "{p:?}");
    let mut d = d;
    model().assign(&mut d).unwrap();
    assert_eq!(d.facts.outages[0].start.map(|v| v.lexical()).as_deref(), Some("2025-03-04"));
}

/// `train/outage_times_train.py` wrote these feature vectors (as the Rust side computed them for
/// corpus outages) with the probabilities onnxruntime gave in Python: the shipped model must give
/// the same here.
#[test]
fn matches_the_training_side() {
    let model = model();
    let (rows, wanted) = crate::testkit::model_cases_file("outage_times_cases.json", FEATURES);
    assert!(rows.len() >= 10);
    let got = model.probabilities(&rows).unwrap();
    for (p, want) in got.iter().zip(&wanted) {
        assert!((f64::from(*p) - want).abs() < 1e-4, "{p} vs {want}");
    }
}

#[test]
fn same_time_counts_and_sentence_features_match_the_pairwise_definition() {
    // years, months, days and clock times that contain one another: the prefix tables must count
    // exactly what comparing every pair with `same_time` counts
    let d = doc(
        "Orvane Cloud suffered an outage in 2024. In March 2024 its storage failed again. The outage on \
         4 March 2024 began at 10:00 and ended at 13:30 on 4 March 2024. On 5 March 2024 a second fault hit \
         Orvane Cloud, which said on Friday that the failure of March 2024 was fixed.",
        "2024-03-09",
    );
    let c = candidates(&d);
    assert!(c.len() >= 5, "{:?}", c.iter().map(|&k| d.times[k].value.lexical()).collect::<Vec<_>>());
    assert!(!d.facts.outages.is_empty(), "the rules must find the outages for this test to say anything");
    let prepared = CandidateFeatures::new(&d, &c);
    // the sentence holding a byte offset
    let sentence = |at: usize| d.sentences.iter().position(|s| s.span.start() <= at && at < s.span.end());
    for (o, outage) in d.facts.outages.iter().enumerate() {
        let f = prepared.for_outage(&d, o);
        assert_eq!(f.len(), c.len());
        let ev_sent = sentence(outage.evidence.span.start()).expect("the evidence is in a sentence");
        for (row, &k) in f.iter().zip(&c) {
            let same = c.iter().filter(|&&j| same_time(&d.times[j].value, &d.times[k].value)).count();
            assert_eq!(row[19], (same as f32).ln(), "{}", d.times[k].value.lexical());
            let sent = sentence(d.times[k].start).expect("the time is in a sentence");
            assert_eq!(row[4], 1.0 / (1.0 + sent.abs_diff(ev_sent) as f32), "{}", d.times[k].value.lexical());
            assert_eq!(row[5], f32::from(sent < ev_sent), "{}", d.times[k].value.lexical());
        }
    }
}
