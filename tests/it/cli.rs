//! `query` formats and saved queries, `extract`, help, and model errors.

use crate::{PREFIXES, newskg, ok, run, sample_store, tempdir};

#[test]
fn query_formats() {
    let store = sample_store();
    let q = format!("{PREFIXES} SELECT ?id WHERE {{ ?a schema:identifier ?id }} ORDER BY ?id LIMIT 3");
    let csv = ok(newskg().args(["query", "--format", "csv", "--store"]).arg(store).arg(&q));
    assert_eq!(csv.lines().count(), 4, "{csv}");
    assert_eq!(csv.lines().next(), Some("id"));
    let tsv = ok(newskg().args(["query", "--format", "tsv", "--store"]).arg(store).arg(&q));
    assert_eq!(tsv.lines().next(), Some("?id"));
    let xml = ok(newskg().args(["query", "--format", "xml", "--store"]).arg(store).arg(&q));
    assert!(xml.contains("<sparql") && xml.matches("<result>").count() == 3, "{xml}");
    let table = ok(newskg().args(["query", "--format", "table", "--store"]).arg(store).arg(&q));
    assert!(table.ends_with("(3 rows)\n"), "{table}");
    let ask = ok(newskg()
        .args(["query", "--format", "json", "--store"])
        .arg(store)
        .arg(format!("{PREFIXES} ASK {{ ?a a schema:NewsArticle }}")));
    assert!(ask.contains("\"boolean\":true"), "{ask}");
    let ttl = ok(newskg()
        .args(["query", "--store"])
        .arg(store)
        .arg(format!("{PREFIXES} CONSTRUCT {{ ?a schema:identifier ?id }} WHERE {{ ?a schema:identifier ?id }}")));
    assert_eq!(ttl.matches("schema:identifier").count(), 20, "{ttl}");
    let (code, _, err) = run(newskg().args(["query", "--store"]).arg(store).arg("SELECT WHERE {"));
    assert_eq!(code, 2);
    assert!(err.starts_with("newskg: SPARQL syntax"), "{err}");
}

#[test]
fn query_format_must_fit_the_result() {
    let store = sample_store();
    let select = format!("{PREFIXES} SELECT ?id WHERE {{ ?a schema:identifier ?id }} LIMIT 1");
    let construct = format!("{PREFIXES} CONSTRUCT {{ ?a schema:identifier ?id }} WHERE {{ ?a schema:identifier ?id }}");
    // a graph format for solutions, a solutions format for a graph: refused after the query ran
    let (code, _, err) = run(newskg().args(["query", "--format", "ttl", "--store"]).arg(store).arg(&select));
    assert_eq!(code, 2);
    assert_eq!(err.trim_end(), "newskg: \"ttl\" is not a format for solutions (table, json, csv, tsv, xml)");
    let (code, _, err) = run(newskg().args(["query", "--format", "csv", "--store"]).arg(store).arg(&construct));
    assert_eq!(code, 2);
    assert_eq!(err.trim_end(), "newskg: \"csv\" is not an RDF format (turtle, ntriples, nquads, trig, rdfxml, jsonld)");
    // json and xml serve both kinds: JSON-LD and RDF/XML for graphs
    let jsonld = ok(newskg().args(["query", "--format", "json", "--store"]).arg(store).arg(&construct));
    assert!(jsonld.contains("\"@id\""), "{jsonld}");
    let rdfxml = ok(newskg().args(["query", "--format", "xml", "--store"]).arg(store).arg(&construct));
    assert!(rdfxml.contains("<rdf:RDF"), "{rdfxml}");
    // no such format: refused by the command line before the store is opened
    let (code, _, err) = run(newskg().args(["query", "--format", "yaml", "--store"]).arg(store).arg(&select));
    assert_eq!(code, 2);
    assert!(err.contains("invalid value 'yaml' for '--format <FORMAT>'") && err.contains("turtle"), "{err}");
}

#[test]
fn saved_queries_run_by_name_and_file() {
    let store = sample_store();
    for entry in std::fs::read_dir(crate::root().join("queries")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("rq") {
            continue;
        }
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        let by_name = ok(newskg().args(["query", "--format", "json", "--store"]).arg(store).arg(&name));
        let by_file =
            ok(newskg().args(["query", "--format", "json", "--store"]).arg(store).arg(format!("@{}", path.display())));
        assert_eq!(by_name, by_file, "{name}");
        let v: serde_json::Value = serde_json::from_str(&by_name).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(v["results"]["bindings"].is_array(), "{name}");
    }
    let rows =
        crate::select(store, &std::fs::read_to_string(crate::root().join("queries/outages-by-provider.rq")).unwrap());
    assert!(rows.len() >= 5, "the samples describe several outages: {rows:?}");
}

#[test]
fn extract_prints_spans_that_slice_the_text() {
    let dir = tempdir();
    let file = dir.path().join("a.txt");
    std::fs::write(
        &file,
        "id: x1\npublished: 2024-03-06\n\nCorvane Systems said its chief executive, Priya Raman, apologised after an outage \
         in its Frankfurt region on Tuesday left customers of its Lumenpay service unable to pay for three hours.",
    )
    .unwrap();
    let out = ok(newskg().arg("extract").arg(&file));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let text: Vec<char> = v["text"].as_str().unwrap().chars().collect();
    let slice = |s: &serde_json::Value| -> String {
        let (a, b) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        text[a..b].iter().collect()
    };
    let entities = v["entities"].as_array().unwrap();
    assert!(entities.len() >= 3, "{out}");
    for e in entities {
        for m in e["mentions"].as_array().unwrap() {
            assert_eq!(slice(m), m["text"].as_str().unwrap());
        }
    }
    for t in v["times"].as_array().unwrap() {
        assert_eq!(slice(t), t["text"].as_str().unwrap());
    }
    assert!(v["times"].as_array().unwrap().iter().any(|t| t["value"] == "2024-03-05"), "Tuesday before 6 March: {out}");
}

/// The shipped `models/calibration.json` names the pipeline it was fitted for, and newskg applies it to
/// that pipeline only: a model or rule change that renames the default pipeline silently leaves every
/// confidence uncalibrated until the file is refitted (`eval/fit_calibration.py`), which this catches.
#[test]
fn the_shipped_calibration_applies_to_the_default_pipeline() {
    let file = crate::root().join("models/calibration.json");
    let shipped: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let input = crate::root().join("data/articles.jsonl");
    let out: serde_json::Value = serde_json::from_str(&ok(newskg().arg("extract").arg(&input))).unwrap();
    let pipeline = out["pipeline"].as_str().unwrap();
    let version = shipped["version"].as_str().unwrap();
    assert_eq!(
        pipeline,
        format!("{}+calibration:{version}", shipped["pipeline"].as_str().unwrap()),
        "models/calibration.json was fitted for another pipeline: refit it with eval/fit_calibration.py"
    );
}

#[test]
fn a_calibration_maps_the_confidences_of_its_own_pipeline_only() {
    let dir = tempdir();
    let input = crate::root().join("data/articles.jsonl");
    let extract = |calibration: &std::path::Path| -> serde_json::Value {
        let out = ok(newskg().arg("extract").arg("--calibration").arg(calibration).arg(&input));
        serde_json::from_str(&out).unwrap()
    };
    let raw = extract(std::path::Path::new("off"));
    let pipeline = raw["pipeline"].as_str().unwrap().to_string();
    assert!(!pipeline.contains("+calibration:"), "{pipeline}");
    let confidences = |v: &serde_json::Value, facts: &str| -> Vec<f64> {
        v[facts].as_array().unwrap().iter().map(|f| f["evidence"]["confidence"].as_f64().unwrap()).collect()
    };
    assert!(!confidences(&raw, "positions").is_empty() && !confidences(&raw, "relations").is_empty());

    // roles mapped to a constant, entities halved, relations left as stated
    let file = dir.path().join("calibration.json");
    let body = |pipeline: &str| {
        serde_json::json!({
            "version": "test-1",
            "pipeline": pipeline,
            "maps": { "roles": [[0.0, 0.42], [1.0, 0.42]], "entities": [[0.0, 0.0], [1.0, 0.5]] }
        })
        .to_string()
    };
    std::fs::write(&file, body(&pipeline)).unwrap();
    let cal = extract(&file);
    assert_eq!(cal["pipeline"], format!("{pipeline}+calibration:test-1"));
    assert!(confidences(&cal, "positions").iter().all(|c| (c - 0.42).abs() < 1e-3), "{cal}");
    assert_eq!(confidences(&cal, "relations"), confidences(&raw, "relations"));
    for (a, b) in raw["entities"].as_array().unwrap().iter().zip(cal["entities"].as_array().unwrap()) {
        let (a, b) = (a["confidence"].as_f64().unwrap(), b["confidence"].as_f64().unwrap());
        assert!((b - a / 2.0).abs() < 2e-3, "{a} halved is not {b}");
    }
    // the order of facts and the facts themselves do not change
    assert_eq!(raw["positions"].as_array().unwrap().len(), cal["positions"].as_array().unwrap().len());

    // fitted for another pipeline: refused by name; a broken file: refused with the reason
    std::fs::write(&file, body("some-other-recogniser")).unwrap();
    let (code, _, err) = run(newskg().arg("extract").arg("--calibration").arg(&file).arg(&input));
    assert_eq!(code, 2);
    assert!(err.contains(&file.display().to_string()) && err.contains("fitted for the pipeline"), "{err}");
    std::fs::write(&file, r#"{"version": "x", "pipeline": "p", "maps": {"roles": [[0.9, 0.2], [0.5, 0.3]]}}"#).unwrap();
    let (code, _, err) = run(newskg().arg("extract").arg("--calibration").arg(&file).arg(&input));
    assert_eq!(code, 2);
    assert!(err.contains("bad calibration file") && err.contains("must increase"), "{err}");
}

#[test]
fn missing_or_corrupt_model_is_a_clear_error() {
    let dir = tempdir();
    let input = crate::root().join("data/articles.jsonl");
    let (code, _, err) = run(newskg().args(["extract", "--models"]).arg(dir.path()).arg(&input));
    assert_eq!(code, 2);
    assert!(err.contains(&format!("{}: model file missing", dir.path().join("ner.onnx").display())), "{err}");
    for f in ["tokenizer.json", "labels.json"] {
        std::fs::copy(crate::root().join("models").join(f), dir.path().join(f)).unwrap();
    }
    std::fs::write(dir.path().join("ner.onnx"), b"not an onnx model").unwrap();
    let (code, _, err) = run(newskg().args(["extract", "--models"]).arg(dir.path()).arg(&input));
    assert_eq!(code, 2);
    assert!(
        err.contains(&format!("{}: corrupt or incompatible model", dir.path().join("ner.onnx").display())),
        "{err}"
    );
    let (code, _, err) = run(newskg().args(["extract", "--ort-lib", "/nonexistent/libonnxruntime.so"]).arg(&input));
    assert_eq!(code, 2);
    assert!(
        err.contains("/nonexistent/libonnxruntime.so: ONNX Runtime library not found; run scripts/fetch-runtime.sh"),
        "{err}"
    );
}

#[test]
fn help_documents_every_command() {
    let help = ok(newskg().arg("--help"));
    for cmd in ["ingest", "load", "push", "query", "export", "extract", "remove", "rebuild", "stats"] {
        assert!(help.contains(cmd), "{cmd} missing from --help");
        let sub = ok(newskg().arg(cmd).arg("--help"));
        assert!(sub.contains("Example"), "{cmd} --help has no example");
    }
}
