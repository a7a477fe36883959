//! The learned relation scorer (`--relations`, models/relations.onnx) and its training data
//! (`extract --output relation-features`).

use crate::{newskg, ok, run, tempdir};

const ARTICLE: &str = "id: r1\npublished: 2025-06-03\n\nHalvern Robotics Ltd said on Monday it had bought Ostrell \
                       Sensors Ltd for $40 million. Halvern Robotics makes the Kestro arm for warehouses. Ostrell \
                       Sensors will keep its office in Leeds, Halvern Robotics said.\n";

fn relations(out: &str) -> Vec<(String, String, String, f64)> {
    let v: serde_json::Value = serde_json::from_str(out).unwrap();
    let text = |x: &serde_json::Value| x.as_str().unwrap_or_default().to_string();
    v["relations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                text(&r["subject"]),
                text(&r["predicate"]),
                text(&r["object"]),
                r["evidence"]["confidence"].as_f64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn relation_features_are_one_line_per_candidate_with_the_model_s_width() {
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let (code, out, err) = run(newskg().args(["extract", "--output", "relation-features"]).arg(&file));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("in 1 articles; 0 failed"), "{err}");
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(crate::root().join("models/relations.json")).unwrap()).unwrap();
    let width = meta["features"].as_u64().unwrap() as usize;
    let rows: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(!rows.is_empty(), "{out}");
    for r in &rows {
        assert_eq!(r["article"], "r1");
        assert!(["ParentOrganization", "Provider", "Acquired", "Partner"].contains(&r["predicate"].as_str().unwrap()));
        assert!(r["subject"]["name"].is_string() && r["object"]["kind"].is_string(), "{r}");
        assert_eq!(r["features"].as_array().unwrap().len(), width);
    }
    // the acquisition a sentence states is among the candidates, found by a pattern (feature 11)
    assert!(
        rows.iter().any(|r| r["predicate"] == "Acquired"
            && r["subject"]["name"].as_str().unwrap().starts_with("Halvern")
            && r["features"][11] == 1.0),
        "{out}"
    );
}

#[test]
fn the_scorer_keeps_what_a_sentence_pattern_states_and_rules_mode_needs_no_scorer() {
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let model = relations(&ok(newskg().args(["extract", "--relations", "model"]).arg(&file)));
    let rules = relations(&ok(newskg().args(["extract", "--relations", "rules"]).arg(&file)));
    let bought = |rs: &[(String, String, String, f64)]| {
        rs.iter()
            .any(|(s, p, o, c)| s.starts_with("Halvern") && p == "Acquired" && o.starts_with("Ostrell") && *c > 0.0)
    };
    assert!(bought(&model), "{model:?}");
    assert!(bought(&rules), "{rules:?}");
    for (s, p, o, c) in &model {
        assert!(*c > 0.0 && *c <= 1.0, "{s} {p} {o} {c}");
    }
    // without the scorer's files: `--relations rules` works, the default says what is missing,
    // and a scorer for another feature width is refused
    let out = crate::check_model_switch(dir.path(), &file, "relations");
    assert!(out.contains("Halvern"), "{out}");
    // the scorer needs the pair model: asked for with --relate rules, a clear error
    let (code, _, err) = run(newskg().args(["extract", "--relate", "rules", "--relations", "model"]).arg(&file));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("pair model"), "{err}");
}
