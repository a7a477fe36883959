//! The learned outage provider (`--outages`, models/outages.onnx) and its training data
//! (`extract --output outage-features`).

use crate::{newskg, ok, run, tempdir};

const ARTICLE: &str = "id: o1\npublished: 2024-08-14\n\nThe Westmoor Fire Agency ordered power lines switched off on \
                       Monday, and the outage left 20,000 customers of Dalby Power without electricity. Dalby \
                       Power said power returned on Tuesday.\n";

#[test]
fn outage_features_are_one_line_per_outage_and_candidate_with_the_model_s_width() {
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let (code, out, err) = run(newskg().args(["extract", "--output", "outage-features"]).arg(&file));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("in 1 articles; 0 failed"), "{err}");
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(crate::root().join("models/outages.json")).unwrap()).unwrap();
    let width = meta["features"].as_u64().unwrap() as usize;
    let rows: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(rows.len() >= 2, "{out}");
    for r in &rows {
        assert_eq!(r["article"], "o1");
        assert_eq!(r["outage"], 0);
        assert_eq!(r["features"].as_array().unwrap().len(), width, "{}", r["name"]);
    }
    assert!(rows.iter().any(|r| r["name"] == "Dalby Power"), "{out}");
    assert!(rows.iter().any(|r| r["name"] == "Westmoor Fire Agency"), "{out}");
}

#[test]
fn the_model_gives_the_outage_to_the_utility_not_the_agency_that_ordered_the_cut() {
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let v: serde_json::Value = serde_json::from_str(&ok(newskg().args(["extract"]).arg(&file))).unwrap();
    let outages = v["outages"].as_array().unwrap();
    assert_eq!(outages.len(), 1, "{v}");
    assert_eq!(outages[0]["provider"], "Dalby Power", "{v}");
    let c = outages[0]["evidence"]["confidence"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&c), "{c}");
    assert!(v["pipeline"].as_str().unwrap().contains("+outages:"), "{v}");
    let v: serde_json::Value =
        serde_json::from_str(&ok(newskg().args(["extract", "--outages", "rules"]).arg(&file))).unwrap();
    assert!(!v["pipeline"].as_str().unwrap().contains("+outages:"), "{v}");
    assert_eq!(v["outages"].as_array().unwrap().len(), 1, "the rules find the same outage: {v}");
}

#[test]
fn outages_rules_needs_no_outage_model_and_a_missing_one_is_a_clear_error() {
    let dir = tempdir();
    let models = dir.path().join("models");
    std::fs::create_dir(&models).unwrap();
    for f in [
        "ner.onnx",
        "tokenizer.json",
        "labels.json",
        "pairs.onnx",
        "pairs.json",
        "typing.onnx",
        "typing.json",
        "relations.onnx",
        "relations.json",
    ] {
        std::fs::copy(crate::root().join("models").join(f), models.join(f)).unwrap();
    }
    let file = dir.path().join("a.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let out = ok(newskg().args(["extract", "--outages", "rules", "--models"]).arg(&models).arg(&file));
    assert!(out.contains("Dalby Power"), "{out}");
    let (code, _, err) = run(newskg().args(["extract", "--models"]).arg(&models).arg(&file));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("outages.onnx") && err.contains("--outages rules"), "{err}");
    // a model for another feature width is refused, not misread
    std::fs::copy(crate::root().join("models/outages.onnx"), models.join("outages.onnx")).unwrap();
    let meta = std::fs::read_to_string(crate::root().join("models/outages.json")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&meta).unwrap();
    v["features"] = serde_json::json!(7);
    std::fs::write(models.join("outages.json"), v.to_string()).unwrap();
    let (code, _, err) = run(newskg().args(["extract", "--models"]).arg(&models).arg(&file));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("takes 7 features"), "{err}");
}
