use super::*;
use crate::testkit::{models, ort_lib, rules_doc};

fn doc(text: &str) -> Document {
    rules_doc(text, None)
}

#[test]
fn a_legal_suffix_after_the_name_counts_anywhere_in_the_text() {
    assert!(suffix_follows("Shares of Brimvale Inc. rose. Brimvale said", "Brimvale"));
    assert!(suffix_follows("Brimvale, Ltd reported", "Brimvale"));
    assert!(!suffix_follows("Brimvale said on Monday", "Brimvale"));
    assert!(!suffix_follows("Brimvaleinc said", "Brimvale"));
    assert!(!suffix_follows("anything", ""));
}

#[test]
fn features_have_the_fixed_length_and_read_person_cues() {
    let d = doc("Ms Ada Brell spoke in Cardiff on Monday. Brell said the plan would go ahead.");
    let cands = candidates(&d);
    assert!(!cands.is_empty());
    let f = features(&d, &cands);
    assert!(f.iter().all(|v| v.len() == FEATURES));
    let brell = cands.iter().position(|&e| d.entities[e].name.contains("Brell")).expect("a person Brell");
    // "Ms" right before a mention
    assert!(f[brell][FEATURES - 11] > 0.0);
    if let Some(cardiff) = cands.iter().position(|&e| d.entities[e].name == "Cardiff") {
        assert_eq!(f[cardiff][0], 1.0);
        assert!(f[cardiff][FEATURES - 10] > 0.0, "\"in\" before the place");
    }
}

#[derive(serde::Deserialize)]
struct Case {
    features: std::collections::BTreeMap<String, f32>,
    probability: f32,
}

#[derive(serde::Deserialize)]
struct Cases {
    features: usize,
    cases: Vec<Case>,
}

#[test]
fn matches_the_training_side() {
    let model = OrgCheck::load(&models(), &ort_lib()).expect("orgcheck model");
    let file: Cases =
        serde_json::from_str(&std::fs::read_to_string(models().join("orgcheck_cases.json")).expect("cases"))
            .expect("cases json");
    assert_eq!(file.features, FEATURES);
    let cases = file.cases;
    assert!(!cases.is_empty());
    let feats: Vec<Vec<f32>> = cases
        .iter()
        .map(|c| {
            let mut v = vec![0.0; FEATURES];
            for (k, x) in &c.features {
                v[k.parse::<usize>().expect("index")] = *x;
            }
            v
        })
        .collect();
    let got = model.probabilities(&feats).expect("run");
    for (g, c) in got.iter().zip(&cases) {
        assert!((g - c.probability).abs() < 1e-4, "{g} vs {}", c.probability);
    }
}
