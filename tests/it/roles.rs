//! The learned organisation of a position (`--roles`, models/roles.onnx) and its training data
//! (`extract --output role-features`).

use crate::{newskg, ok, run, tempdir};

const ARTICLE: &str = "id: r1\npublished: 2025-02-10\n\nHalvard Bank reported higher profits on Tuesday. Halvard Bank \
                       chief executive Ingrid Solberg said lending grew, while Tarn Insurance finance director Piotr \
                       Nowak warned of higher claims.\n";

#[test]
fn role_features_are_one_line_per_position_and_candidate_with_the_model_s_width() {
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let (code, out, err) = run(newskg().args(["extract", "--output", "role-features"]).arg(&file));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("in 1 articles; 0 failed"), "{err}");
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(crate::root().join("models/roles.json")).unwrap()).unwrap();
    let width = meta["features"].as_u64().unwrap() as usize;
    let rows: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(rows.len() >= 4, "two positions, two candidates each: {out}");
    for r in &rows {
        assert_eq!(r["article"], "r1");
        assert_eq!(r["features"].as_array().unwrap().len(), width, "{}", r["name"]);
    }
    let solberg = rows.iter().find(|r| r["person"]["name"] == "Ingrid Solberg" && r["name"] == "Halvard Bank");
    assert_eq!(solberg.map(|r| r["rules_org"]["name"].clone()), Some(serde_json::json!("Halvard Bank")), "{out}");
}

#[test]
fn roles_model_chooses_the_organisations_and_states_its_version() {
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let v: serde_json::Value =
        serde_json::from_str(&ok(newskg().args(["extract", "--roles", "model"]).arg(&file))).unwrap();
    assert!(v["pipeline"].as_str().unwrap().contains("+roles:"), "{v}");
    let positions = v["positions"].as_array().unwrap();
    let org = |p: &str| positions.iter().find(|x| x["person"] == p).map(|x| x["organization"].clone());
    assert_eq!(org("Ingrid Solberg"), Some(serde_json::json!("Halvard Bank")), "{v}");
    assert_eq!(org("Piotr Nowak"), Some(serde_json::json!("Tarn Insurance")), "{v}");
    for p in positions {
        let c = p["evidence"]["confidence"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&c), "{c}");
    }
    // the default is the rules: no role model in the pipeline
    let v: serde_json::Value = serde_json::from_str(&ok(newskg().args(["extract"]).arg(&file))).unwrap();
    assert!(!v["pipeline"].as_str().unwrap().contains("+roles:"), "{v}");
}

#[test]
fn roles_model_without_its_files_is_a_clear_error_and_rules_need_none() {
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let models = dir.path().join("models");
    std::fs::create_dir(&models).unwrap();
    for f in std::fs::read_dir(crate::root().join("models")).unwrap() {
        let f = f.unwrap().path();
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        if f.is_file() && !name.starts_with("roles.") {
            std::fs::copy(&f, models.join(&name)).unwrap();
        }
    }
    let out = ok(newskg().args(["extract", "--roles", "rules", "--models"]).arg(&models).arg(&file));
    assert!(out.contains("Ingrid Solberg"), "{out}");
    let (code, _, err) = run(newskg().args(["extract", "--roles", "model", "--models"]).arg(&models).arg(&file));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("roles.onnx") && err.contains("--roles rules"), "{err}");
    // a model that states another feature width is refused, not misread
    std::fs::copy(crate::root().join("models/roles.onnx"), models.join("roles.onnx")).unwrap();
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(crate::root().join("models/roles.json")).unwrap()).unwrap();
    v["features"] = serde_json::json!(7);
    std::fs::write(models.join("roles.json"), v.to_string()).unwrap();
    let (code, _, err) = run(newskg().args(["extract", "--roles", "model", "--models"]).arg(&models).arg(&file));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("features"), "{err}");
}

#[test]
fn a_state_office_after_a_nationality_and_its_portfolio_is_that_country_s() {
    // the whole pipeline (model recogniser): "Polish Trade and Industry Minister X" in an article
    // about Norway is Poland's minister, not Norway's (models/ROLES.md, "Session 28")
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(
        &file,
        "id: s28\npublished: 2025-02-10\n\nNorway offered cheap loans to Baltic shipyards at a summit in Oslo, and \
         Poland welcomed them. Among the guests was Polish Trade and Industry Minister Marek Zielny. Norway said the \
         loans would start in May.\n",
    )
    .unwrap();
    let v: serde_json::Value = serde_json::from_str(&ok(newskg().arg("extract").arg(&file))).unwrap();
    let orgs: Vec<&str> = v["positions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["person"] == "Marek Zielny")
        .filter_map(|p| p["organization"].as_str())
        .collect();
    assert_eq!(orgs, ["Poland"], "{v}");
}

/// "Assistant Attorney General" through the shipped recogniser and typing (rule
/// `roles-assistant-attorney-general`): before the name and in an apposition with "in charge of", the
/// head of the division the sentence names, not the department; a deputy's post is `other`.
#[test]
fn an_assistant_attorney_general_heads_the_named_division_end_to_end() {
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(
        &file,
        "id: a1\npublished: 2024-03-12\n\nThe Justice Department said on Tuesday that Quillmarsh Foods must sell two \
         plants before buying Tarnby Mills. \"The deal would have raised flour prices,\" said Assistant Attorney \
         General Orla Venn of the Justice Department's Antitrust Division. Tamsin Holt, Acting Assistant Attorney \
         General in charge of the Civil Division, said the settlement was fair. Deputy Assistant Attorney General \
         Piotr Nowak of the Antitrust Division led the review.\n",
    )
    .unwrap();
    let positions = |extra: &[&str]| extracted_positions(&file, extra);
    let on = positions(&[]);
    let has = |got: &[(String, String, String)], p: &str, r: &str, o: &str| has_position(got, p, r, o);
    assert!(has(&on, "Orla Venn", "Head", "Antitrust Division"), "{on:?}");
    assert!(has(&on, "Tamsin Holt", "Head", "Civil Division"), "{on:?}");
    assert!(has(&on, "Piotr Nowak", "OtherRole", "Antitrust Division"), "{on:?}");
    assert!(!on.iter().any(|(a, _, c)| a == "Orla Venn" && c == "Justice Department"), "{on:?}");
    let off = positions(&["--disable-rules", "roles-assistant-attorney-general"]);
    assert!(!off.iter().any(|(a, ..)| a == "Orla Venn" || a == "Tamsin Holt" || a == "Piotr Nowak"), "{off:?}");
}

/// An official of a regulator's unit through the shipped recogniser (rules `recognise-division-of`
/// and `roles-post-qualifiers`): "Division of ..." is one name, a capitalised qualifier ("Regional
/// Director") keeps the holder of the title, and an associate's post is `other`. The recogniser of
/// session 52 reads "Division of Enforcement" by itself, so switching `recognise-division-of` off
/// changes nothing here; that rule's own test gives the model's mentions by hand
/// (`relate::tests::roles_s52`).
#[test]
fn a_regulators_unit_officials_hold_their_posts_end_to_end() {
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(
        &file,
        "id: a2\npublished: 2024-03-12\n\nThe Harbour Trade Authority today charged Quillmarsh Foods with hiding its \
         fees. Orla Venn, Director of the Authority's Division of Enforcement, said the fees were hidden for years. \
         Tamsin Holt, Regional Director of the Authority's Coastal Regional Office, said the firm failed to stop it. \
         \"The scheme was plain,\" said Piotr Nowak, an Associate Director of the Division of Enforcement.\n",
    )
    .unwrap();
    let positions = |extra: &[&str]| extracted_positions(&file, extra);
    let has = |got: &[(String, String, String)], p: &str, r: &str, o: &str| has_position(got, p, r, o);
    let on = positions(&[]);
    assert!(has(&on, "Orla Venn", "Director", "Division of Enforcement"), "{on:?}");
    assert!(has(&on, "Tamsin Holt", "Director", "Coastal Regional Office"), "{on:?}");
    assert!(has(&on, "Piotr Nowak", "OtherRole", "Division of Enforcement"), "{on:?}");
    let off = positions(&["--disable-rules", "roles-post-qualifiers"]);
    assert!(!has(&off, "Tamsin Holt", "Director", "Coastal Regional Office"), "{off:?}");
    assert!(!has(&off, "Piotr Nowak", "OtherRole", "Division of Enforcement"), "{off:?}");
}

/// The (person, role, organisation) of every position `newskg extract` writes for `file`, with `extra` options.
fn extracted_positions(file: &std::path::Path, extra: &[&str]) -> Vec<(String, String, String)> {
    let v: serde_json::Value = serde_json::from_str(&ok(newskg().arg("extract").args(extra).arg(file))).unwrap();
    v["positions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let s = |k: &str| p[k].as_str().unwrap_or("-").to_string();
            (s("person"), s("role"), s("organization"))
        })
        .collect()
}

/// Whether `got` holds the position `role` of `person` at `org`.
fn has_position(got: &[(String, String, String)], person: &str, role: &str, org: &str) -> bool {
    got.iter().any(|(a, b, c)| a == person && b == role && c == org)
}
