//! The learned document-level typing (`--typing`, models/typing.onnx) and its training data
//! (`extract --output typing-features`).

use crate::{newskg, ok, run, tempdir};

const ARTICLE: &str = "id: t1\npublished: 2025-04-02\n\nCorvel Aviation Ltd said on Tuesday that its booking app \
                       Corvel Go was down for two hours. Shares of Corvel Aviation fell 3 percent. The Civil \
                       Flight Authority said it had asked Corvel Aviation for a report.\n";

#[test]
fn typing_features_are_one_line_per_organisation_with_the_model_s_width() {
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let (code, out, err) = run(newskg().args(["extract", "--output", "typing-features"]).arg(&file));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("in 1 articles; 0 failed"), "{err}");
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(crate::root().join("models/typing.json")).unwrap()).unwrap();
    let width = meta["features"].as_u64().unwrap() as usize;
    let rows: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(rows.len() >= 2, "{out}");
    for r in &rows {
        assert_eq!(r["article"], "t1");
        assert!(["Company", "Organization", "Service"].contains(&r["kind"].as_str().unwrap()), "{r}");
        assert_eq!(r["features"].as_array().unwrap().len(), width, "{}", r["name"]);
    }
    assert!(rows.iter().any(|r| r["name"].as_str().unwrap().starts_with("Corvel Aviation")), "{out}");
}

const INSURERS: &str = "id: t4\npublished: 2025-04-02\n\nThe committee heard from Dunmore and Ashcombe, the two \
                        largest insurers in the State. Dunmore said premiums fell 4 percent. Ashcombe said its motor \
                        insurance claims rose.\n";

#[test]
fn typing_features_are_computed_after_the_person_and_place_check_as_at_run_time() {
    // the recogniser reads "Dunmore" as a person and the check makes it a company before the typing model runs,
    // so its row is in the training data (with `--typing rules` there is no check and no row)
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, INSURERS).unwrap();
    let names = |typing: &str| -> Vec<String> {
        let out = ok(newskg().args(["extract", "--typing", typing, "--output", "typing-features"]).arg(&file));
        out.lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(names("model").contains(&"Dunmore".to_string()), "{:?}", names("model"));
    assert!(!names("rules").contains(&"Dunmore".to_string()), "{:?}", names("rules"));
}

#[test]
fn typing_rules_needs_no_typing_model_and_a_missing_one_is_a_clear_error() {
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let out = crate::check_model_switch(dir.path(), &file, "typing");
    assert!(out.contains("Corvel Aviation"), "{out}");
}

#[test]
fn the_model_and_the_rules_agree_on_the_entities_they_keep_or_the_model_drops_them() {
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let names = |typing: &str| -> Vec<(String, String)> {
        let v: serde_json::Value =
            serde_json::from_str(&ok(newskg().args(["extract", "--typing", typing]).arg(&file))).unwrap();
        v["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| (e["name"].as_str().unwrap().to_string(), e["type"].as_str().unwrap().to_string()))
            .collect()
    };
    let (model, rules) = (names("model"), names("rules"));
    // every entity the model keeps was found by the recogniser and rules; people and places stay as they were
    for (n, t) in &model {
        assert!(rules.iter().any(|(m, _)| m == n), "{n} is new");
        if t == "Person" || t == "Location" {
            assert!(rules.contains(&(n.clone(), t.clone())), "{n} {t}");
        }
    }
    assert!(model.iter().any(|(n, t)| n.starts_with("Corvel Aviation") && t == "Company"), "{model:?}");
}

const PEOPLE: &str = "id: t2\npublished: 2025-04-02\n\nMs Ada Brell, chief executive of Corvel Aviation Ltd, said in \
                      Lisbon on Tuesday that the airline would add ten routes. Brell said Corvel Aviation would \
                      hire 200 staff in Lisbon.\n";

#[test]
fn orgcheck_features_are_one_line_per_person_or_place_with_the_model_s_width() {
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, PEOPLE).unwrap();
    let (code, out, err) =
        run(newskg().args(["extract", "--typing", "rules", "--output", "orgcheck-features"]).arg(&file));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("orgcheck features of"), "{err}");
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(crate::root().join("models/orgcheck.json")).unwrap()).unwrap();
    let width = meta["features"].as_u64().unwrap() as usize;
    let rows: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(rows.iter().any(|r| r["name"] == "Ada Brell" && r["kind"] == "Person"), "{out}");
    assert!(rows.iter().any(|r| r["name"] == "Lisbon" && r["kind"] == "Location"), "{out}");
    for r in &rows {
        assert!(["Person", "Location"].contains(&r["kind"].as_str().unwrap()), "{r}");
        assert_eq!(r["features"].as_array().unwrap().len(), width, "{}", r["name"]);
    }
}

#[test]
fn a_missing_orgcheck_model_is_a_clear_error_and_typing_rules_needs_none() {
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, PEOPLE).unwrap();
    let models = dir.path().join("models");
    std::fs::create_dir(&models).unwrap();
    for f in crate::MODEL_FILES.iter().filter(|f| !f.starts_with("orgcheck.")) {
        std::fs::copy(crate::root().join("models").join(f), models.join(f)).unwrap();
    }
    let (code, _, err) = run(newskg().args(["extract", "--models"]).arg(&models).arg(&file));
    assert_ne!(code, 0);
    assert!(err.contains("orgcheck"), "{err}");
    let out = ok(newskg().args(["extract", "--typing", "rules", "--models"]).arg(&models).arg(&file));
    assert!(out.contains("Ada Brell"), "{out}");
}

#[test]
fn a_region_opened_by_a_lower_case_compass_word_carries_the_place_as_an_alias() {
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(
        &file,
        "id: t3\npublished: 2025-04-02\n\nGales cut power to 9,000 homes across northern England on Sunday, \
         Corvel Grid said. Homes in Northern Ireland were not affected.\n",
    )
    .unwrap();
    let v: serde_json::Value = serde_json::from_str(&ok(newskg().arg("extract").arg(&file))).unwrap();
    let entities = v["entities"].as_array().unwrap();
    let region = entities.iter().find(|e| e["name"] == "northern England").expect("the region");
    assert_eq!(region["type"], "Location");
    assert!(region["aliases"].as_array().unwrap().iter().any(|a| a == "England"), "{region}");
    // a capitalised compass word is part of the name
    if let Some(ni) = entities.iter().find(|e| e["name"] == "Northern Ireland") {
        assert!(!ni["aliases"].as_array().unwrap().iter().any(|a| a == "Ireland"), "{ni}");
    }
}
