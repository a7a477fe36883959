//! Tests of the learned outage detection (`outage_detect.rs`), on invented articles.

use super::*;
use crate::rulebook::{Rule, RuleSet};
use crate::testkit::{models, ort_lib, rules_doc_under};

/// The rules' facts of an invented article, `outages-reporting-rules` off: since session 30 that rule keeps
/// the consultation below ("rules that would require operators to report any network outage") from being built
/// at all; the detector is tested here on the candidate the rules built before it.
fn doc(text: &str, published: &str) -> Document {
    rules_doc_under(text, Some(published), RuleSet::ALL.without(Rule::ReportingRules))
}

fn model() -> OutageDetector {
    OutageDetector::load(models(), ort_lib()).unwrap_or_else(|e| panic!("{e} (scripts/setup.sh fetches the runtime)"))
}

/// The detector's probability for the one outage the rules find in an invented article.
fn probability(text: &str, published: &str) -> f32 {
    let d = doc(text, published);
    assert_eq!(d.facts.outages.len(), 1, "the rules find one outage: {:?}", d.facts.outages);
    model().probabilities(&[features(&d, 0)]).unwrap()[0]
}

const REPORTED: &str = "Customers of Quellmark Bank could not log in to its app on Tuesday after a database \
                        failure took the service offline for four hours. Quellmark Bank apologised.";
const CONSULTATION: &str = "The Harbour Communications Board on Friday proposed rules that would require \
                            operators to report any network outage within an hour, and asked for feedback.";

#[test]
fn features_mark_how_the_date_was_found_and_policy_words() {
    let d = doc(REPORTED, "2025-02-13");
    let f = features(&d, 0);
    assert_eq!(f.len(), FEATURES);
    assert_eq!(f[0], 1.0, "a start: {:?}", d.facts.outages[0].start);
    assert_eq!(f[1], 1.0, "stated in the evidence");
    assert_eq!(f[7], 1.0, "a day");
    assert_eq!(f[2], 0.0, "not the publication day");
    assert!(f[4] > 0.0, "before publication");
    assert_eq!(f[10], 0.0, "no policy word");
    assert!(f[13] > 0.0, "outage words in the article");
    let d = doc(CONSULTATION, "2025-02-14");
    assert_eq!(d.facts.outages.len(), 1, "the rules take the consultation for an outage: {:?}", d.facts.outages);
    let f = features(&d, 0);
    assert_eq!(f[10], 1.0, "policy words in the evidence");
    assert_eq!(f[9], 1.0, "\"would\" makes it hypothetical");
    // an outage that is not in the document has the zero vector
    assert!(features(&d, 5).iter().all(|&v| v == 0.0));
}

#[test]
fn a_consultation_is_less_likely_than_a_reported_outage() {
    let reported = probability(REPORTED, "2025-02-13");
    let consultation = probability(CONSULTATION, "2025-02-14");
    assert!(reported > consultation, "{reported} vs {consultation}");
    assert!(reported >= model().threshold(), "the reported outage stays: {reported}");
}

#[test]
fn filter_keeps_a_reported_outage_with_its_evidence_and_a_confidence() {
    let mut d = doc(REPORTED, "2025-02-13");
    let before = d.facts.outages[0].evidence.confidence;
    assert_eq!(model().filter(&mut d).unwrap(), 0);
    let o = &d.facts.outages[0];
    assert!(o.evidence.confidence > 0.0 && o.evidence.confidence <= before, "{o:?}");
    assert!(d.slice(o.evidence.span).contains("database"));
}

#[test]
fn filter_drops_planned_maintenance() {
    let mut d = doc(
        "Orlanth Bank will take its app and online banking offline for planned maintenance between \
         midnight and 5am on Sunday, the bank said on Thursday. Customers will not be able to make \
         transfers during the upgrade.",
        "2025-03-13",
    );
    assert_eq!(d.facts.outages.len(), 1, "the rules take the maintenance for an outage: {:?}", d.facts.outages);
    d.article.title = Some("Orlanth Bank plans weekend maintenance".into());
    let p = model().probabilities(&[features(&d, 0)]).unwrap()[0];
    assert_eq!(model().filter(&mut d).unwrap(), 1, "p = {p}");
    assert!(d.facts.outages.is_empty());
}

/// `train/outage_detect_train.py` wrote these feature vectors (as the Rust side computed them for
/// corpus outages) with the probabilities onnxruntime gave in Python: the shipped model must give
/// the same here.
#[test]
fn matches_the_training_side() {
    let model = model();
    let (rows, wanted) = crate::testkit::model_cases_file("outage_detect_cases.json", FEATURES);
    assert!(rows.len() >= 10);
    let got = model.probabilities(&rows).unwrap();
    for (p, want) in got.iter().zip(&wanted) {
        assert!((f64::from(*p) - want).abs() < 1e-4, "{p} vs {want}");
    }
}
