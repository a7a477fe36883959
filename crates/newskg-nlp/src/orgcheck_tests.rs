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
    assert!(f[brell][FEATURES - DOC_CUES - 11] > 0.0);
    if let Some(cardiff) = cands.iter().position(|&e| d.entities[e].name == "Cardiff") {
        assert_eq!(f[cardiff][0], 1.0);
        assert!(f[cardiff][FEATURES - DOC_CUES - 10] > 0.0, "\"in\" before the place");
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
    let model = OrgCheck::load(models(), ort_lib()).expect("orgcheck model");
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

#[test]
fn the_shipped_model_keeps_plain_people_and_places() {
    let model = OrgCheck::load(models(), ort_lib()).expect("orgcheck model");
    let mut d = doc("Lena Holt, chief executive of Quorvane, flew to Lisbon on Monday. \
                     Holt said the bank would open an office in Lisbon next year.");
    let before: Vec<_> = d.entities.iter().map(|e| (e.name.clone(), e.kind)).collect();
    assert!(before.iter().any(|(_, k)| *k == EntityKind::Person));
    assert!(before.iter().any(|(_, k)| *k == EntityKind::Location));
    assert_eq!(model.retype(&mut d).expect("run"), 0);
    let after: Vec<_> = d.entities.iter().map(|e| (e.name.clone(), e.kind)).collect();
    assert_eq!(before, after);
}

#[test]
fn a_retyped_entity_becomes_a_company_in_all_its_mentions() {
    let loaded = OrgCheck::load(models(), ort_lib()).expect("orgcheck model");
    // every person and place passes a threshold of 0
    let all = OrgCheck { threshold: 0.0, ..loaded };
    let mut d = doc("Shares in Brenholt fell after Ada Brell left. Brell joined a rival in Leeds.");
    let people_places = candidates(&d).len();
    assert!(people_places > 0);
    assert_eq!(all.retype(&mut d).expect("run"), people_places);
    assert!(candidates(&d).is_empty());
    for e in &d.entities {
        for &m in &e.mentions {
            assert_eq!(d.mentions[m].kind, e.kind, "{}", e.name);
        }
    }
    // and none at a threshold above 1
    let none = OrgCheck { threshold: 1.5, ..OrgCheck::load(models(), ort_lib()).expect("orgcheck model") };
    let mut d = doc("Ada Brell joined a rival in Leeds.");
    assert_eq!(none.retype(&mut d).expect("run"), 0);
}

#[test]
fn document_cues_read_lists_employer_slots_repeats_and_pronouns() {
    assert_eq!(whole_word_offsets("Tarvel Bay and Tarvel Bay's staff; Tarvelby", "Tarvel Bay").count(), 2);
    assert_eq!(whole_word_offsets("Bay", "").count(), 0);
    let d = doc("Ms Ada Brell from Quorvane Holdings met Lena Holt. Brell said her plan would go ahead.");
    let cands = candidates(&d);
    let f = features(&d, &cands);
    let brell = cands.iter().position(|&e| d.entities[e].name.contains("Brell")).expect("a person Brell");
    let cues = &f[brell][FEATURES - DOC_CUES..];
    // "Ada Brell" is later named by surname alone and "her" follows her second mention
    assert_eq!(cues[3], 0.0);
    assert_eq!(cues[4], 1.0);
    assert!(cues[5] > 0.0);
    assert_eq!(cues[6], 0.0);
}
