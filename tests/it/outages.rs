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
    let file = dir.path().join("a.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let out = crate::check_model_switch(dir.path(), &file, "outages");
    assert!(out.contains("Dalby Power"), "{out}");
}

/// The learned outage detector (`--outage-detection`, models/outage_detect.onnx) and its training
/// data (`extract --output outage-detection-features`).
#[test]
fn outage_detection_features_are_one_line_per_outage_with_the_model_s_width() {
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let (code, out, err) = run(newskg().args(["extract", "--output", "outage-detection-features"]).arg(&file));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("outage detection features of 1 outages in 1 articles; 0 failed"), "{err}");
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(crate::root().join("models/outage_detect.json")).unwrap())
            .unwrap();
    let rows: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 1, "{out}");
    assert_eq!(rows[0]["article"], "o1");
    assert_eq!(rows[0]["provider"], "Dalby Power", "the provider model ran first: {out}");
    assert_eq!(rows[0]["features"].as_array().unwrap().len() as u64, meta["features"].as_u64().unwrap());
}

#[test]
fn the_detector_keeps_a_reported_outage_and_says_so_in_the_pipeline() {
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let v: serde_json::Value = serde_json::from_str(&ok(newskg().args(["extract"]).arg(&file))).unwrap();
    assert!(v["pipeline"].as_str().unwrap().contains("+outage-detection:"), "{v}");
    let outages = v["outages"].as_array().unwrap();
    assert_eq!(outages.len(), 1, "{v}");
    let c = outages[0]["evidence"]["confidence"].as_f64().unwrap();
    assert!(c > 0.0 && c <= 1.0, "{c}");
    let v: serde_json::Value =
        serde_json::from_str(&ok(newskg().args(["extract", "--outage-detection", "rules"]).arg(&file))).unwrap();
    assert!(!v["pipeline"].as_str().unwrap().contains("+outage-detection:"), "{v}");
}

#[test]
fn outage_detection_rules_needs_no_detector_and_a_missing_one_is_a_clear_error() {
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let models = dir.path().join("models");
    std::fs::create_dir(&models).unwrap();
    for f in crate::MODEL_FILES.iter().filter(|f| !f.starts_with("outage_detect.")) {
        std::fs::copy(crate::root().join("models").join(f), models.join(f)).unwrap();
    }
    let out = ok(newskg().args(["extract", "--outage-detection", "rules", "--models"]).arg(&models).arg(&file));
    assert!(out.contains("Dalby Power"), "{out}");
    let (code, _, err) = run(newskg().args(["extract", "--models"]).arg(&models).arg(&file));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("outage_detect.onnx") && err.contains("--outage-detection rules"), "{err}");
    // NEWSKG_OUTAGE_DETECTION does what the option does
    let out =
        ok(newskg().env("NEWSKG_OUTAGE_DETECTION", "rules").args(["extract", "--models"]).arg(&models).arg(&file));
    assert!(out.contains("Dalby Power"), "{out}");
}
