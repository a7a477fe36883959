//! The learned pair classifier (`--relate model|both`, models/pairs.onnx) through `extract`.

use crate::{newskg, ok, run, tempdir};

fn extract(text: &str, relate: &str) -> serde_json::Value {
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, text).unwrap();
    let out = ok(newskg().args(["extract", "--relate", relate]).arg(&file));
    serde_json::from_str(&out).unwrap()
}

#[test]
fn a_clear_role_sentence_yields_the_role_with_evidence_and_confidence() {
    let v = extract(
        "id: p1\npublished: 2025-05-02\n\nMaria Okafor, chief executive of Brightwater Logistics, said the company \
         would expand into Brazil.\n",
        "model",
    );
    let positions = v["positions"].as_array().unwrap();
    let ceo = positions
        .iter()
        .find(|p| p["person"] == "Maria Okafor" && p["role"] == "CEO")
        .unwrap_or_else(|| panic!("no CEO position: {positions:?}"));
    assert_eq!(ceo["organization"], "Brightwater Logistics", "{ceo}");
    assert_eq!(ceo["current"], true, "{ceo}");
    let c = ceo["evidence"]["confidence"].as_f64().unwrap();
    assert!(c > 0.5 && c <= 1.0, "{ceo}");
    assert!(ceo["evidence"]["sentence"]["text"].as_str().unwrap().contains("chief executive"), "{ceo}");
}

#[test]
fn relate_rules_needs_no_pair_model_and_a_missing_one_is_a_clear_error() {
    let dir = tempdir();
    let models = dir.path().join("models");
    std::fs::create_dir(&models).unwrap();
    for f in crate::MODEL_FILES.iter().filter(|f| !f.starts_with("pairs.")) {
        std::fs::copy(crate::root().join("models").join(f), models.join(f)).unwrap();
    }
    let file = dir.path().join("a.txt");
    std::fs::write(&file, "id: p3\n\nAcme Corp chief executive Jane Doe spoke.\n").unwrap();
    ok(newskg().args(["extract", "--relate", "rules", "--models"]).arg(&models).arg(&file));
    let (code, _, err) = run(newskg().args(["extract", "--relate", "both", "--models"]).arg(&models).arg(&file));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("pairs.onnx") && err.contains("--relate rules"), "{err}");
}
