//! Tests of rule `outages-model-unnamed` (session 59), on invented articles.

use super::*;
use crate::testkit::{entity, rules_doc};

const ARTICLE: &str = "Acme Telecom runs the Northvale exchange. \
     Jane Roe, who heads the Zeta Consumer Forum, has written about telephone prices for years. \
     The Zeta Consumer Forum publishes a survey every spring. \
     The Zeta Consumer Forum said prices had risen. \
     Northvale is a market town of some twenty thousand people. \
     On Tuesday Acme Telecom suffered a network outage that cut thousands of lines in Northvale. \
     Engineers from Orbit Cabling worked through the night. \
     Lines came back on Wednesday.";

#[test]
fn a_name_counts_in_the_evidence_or_beside_it_never_far_off() {
    let d = rules_doc(ARTICLE, Some("2025-06-12"));
    assert!(!d.facts.outages.is_empty(), "{:?}", d.facts.outages);
    let acme = entity(&d, "Acme Telecom");
    let orbit = entity(&d, "Orbit Cabling");
    let forum = entity(&d, "Zeta Consumer Forum");
    assert!(named_in_evidence(&d, 0, acme, 0));
    // the sentence after the evidence counts only when widened
    assert!(named_in_evidence(&d, 0, orbit, MODEL_NAMED_AROUND));
    // a name only in the article's earlier paragraphs is not named beside the incident
    assert!(!named_in_evidence(&d, 0, forum, MODEL_NAMED_AROUND));
}

#[test]
fn the_rules_provider_named_in_the_evidence_stands_against_a_name_from_elsewhere() {
    let d = rules_doc(ARTICLE, Some("2025-06-12"));
    let cands = vec![entity(&d, "Acme Telecom"), entity(&d, "Zeta Consumer Forum"), entity(&d, "Orbit Cabling")];
    let probs = [0.3, 0.9, 0.8];
    // the model's best is named only far from the incident: the rules' provider stands
    assert_eq!(keep_named_rules(&d, 0, &cands, &probs, Some(0), Some((1, 0.9))), Some((0, 0.3)));
    // the model's best is named beside the incident: it wins
    assert_eq!(keep_named_rules(&d, 0, &cands, &probs, Some(0), Some((2, 0.8))), Some((2, 0.8)));
    // a rules' provider not named in the evidence gives way
    assert_eq!(keep_named_rules(&d, 0, &cands, &probs, Some(1), Some((2, 0.8))), Some((2, 0.8)));
    // no rules' provider: the model's choice
    assert_eq!(keep_named_rules(&d, 0, &cands, &probs, None, Some((1, 0.9))), Some((1, 0.9)));
}
