//! Whole-tool tests: the real `newskg` binary on temporary stores, with the shipped model.
//!
//! One integration binary (see `autotests = false` in Cargo.toml); each file covers one command.

mod architecture;
mod bad_input;
mod cli;
mod export;
mod hardening;
mod ingest;
mod kg;
mod outages;
mod pairs;
mod relations;
mod remote;
mod roles;
mod rules;
mod serve;
mod setup;
mod spark;
mod typing;
mod worker;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// The project root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A `newskg` command with a fixed base and no inherited store or model settings.
/// `NEWSKG_TEST_BIN` runs the tests against another build (to show that a test fails on an
/// older one, say).
pub fn newskg() -> Command {
    let bin = std::env::var_os("NEWSKG_TEST_BIN").unwrap_or_else(|| env!("CARGO_BIN_EXE_newskg").into());
    let mut c = Command::new(bin);
    for var in [
        "NEWSKG_STORE",
        "NEWSKG_BASE",
        "NEWSKG_MODELS",
        "NEWSKG_RECOGNISER",
        "NEWSKG_QUERIES",
        "NEWSKG_TYPING",
        "NEWSKG_RELATIONS",
        "NEWSKG_OUTAGES",
        "NEWSKG_ROLES",
        "NEWSKG_OUTAGE_DETECTION",
        "NEWSKG_OUTAGE_TIMES",
    ] {
        c.env_remove(var);
    }
    c.current_dir(root());
    c
}

/// Runs a command, returning (exit code, stdout, stderr).
pub fn run(cmd: &mut Command) -> (i32, String, String) {
    let Output { status, stdout, stderr } = cmd.output().expect("spawn newskg");
    (
        status.code().unwrap_or(-1),
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    )
}

/// Runs a command that must succeed, returning stdout.
pub fn ok(cmd: &mut Command) -> String {
    let (code, out, err) = run(cmd);
    assert_eq!(code, 0, "command failed ({code}):\n{err}");
    out
}

/// The files of the shipped models folder: the recogniser's, the pair model's and the
/// feature-vector models'.
const MODEL_FILES: &[&str] = &[
    "ner.onnx",
    "tokenizer.json",
    "labels.json",
    "pairs.onnx",
    "pairs.json",
    "typing.onnx",
    "typing.json",
    "orgcheck.onnx",
    "orgcheck.json",
    "relations.onnx",
    "relations.json",
    "outages.onnx",
    "outages.json",
    "roles.onnx",
    "roles.json",
    "outage_detect.onnx",
    "outage_detect.json",
    "outage_times.onnx",
    "outage_times.json",
];

/// Checks a learned stage that `--NAME rules` turns off, whose files are `NAME.onnx` and
/// `NAME.json`, on the article `file`: in a models folder (made in `dir`) without those files,
/// `--NAME rules` still runs, the default run fails naming the missing file and `--NAME rules`,
/// and a model whose JSON states another feature width is refused, not misread. Returns the
/// output of the `--NAME rules` run.
pub fn check_model_switch(dir: &Path, file: &Path, name: &str) -> String {
    let models = dir.join("models");
    std::fs::create_dir(&models).unwrap();
    let (onnx, json) = (format!("{name}.onnx"), format!("{name}.json"));
    for f in MODEL_FILES.iter().filter(|f| **f != onnx && **f != json) {
        std::fs::copy(root().join("models").join(f), models.join(f)).unwrap();
    }
    let flag = format!("--{name}");
    let out = ok(newskg().args(["extract", &flag, "rules", "--models"]).arg(&models).arg(file));
    let (code, _, err) = run(newskg().args(["extract", "--models"]).arg(&models).arg(file));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains(&onnx) && err.contains(&format!("{flag} rules")), "{err}");
    std::fs::copy(root().join("models").join(&onnx), models.join(&onnx)).unwrap();
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("models").join(&json)).unwrap()).unwrap();
    v["features"] = serde_json::json!(7);
    std::fs::write(models.join(&json), v.to_string()).unwrap();
    let (code, _, err) = run(newskg().args(["extract", "--models"]).arg(&models).arg(file));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("takes 7 features"), "{err}");
    out
}

/// A fresh temporary directory, removed on drop.
pub fn tempdir() -> tempfile::TempDir {
    tempfile::Builder::new().prefix("newskg-it-").tempdir().expect("tempdir")
}

/// A store holding the bundled samples in data/, built once per test run and shared read-only.
pub fn sample_store() -> &'static PathBuf {
    static STORE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &STORE
        .get_or_init(|| {
            let dir = tempdir();
            let store = dir.path().join("store");
            let (code, _, err) = run(newskg().arg("ingest").arg("--store").arg(&store).arg("data"));
            assert_eq!(code, 0, "ingesting data/ failed:\n{err}");
            (dir, store)
        })
        .1
}

/// Runs a SELECT and returns its rows as JSON objects of variable -> value.
pub fn select(store: &Path, sparql: &str) -> Vec<serde_json::Map<String, serde_json::Value>> {
    let out = ok(newskg().args(["query", "--format", "json", "--store"]).arg(store).arg(sparql));
    let v: serde_json::Value = serde_json::from_str(&out).expect("SPARQL JSON results");
    v["results"]["bindings"]
        .as_array()
        .expect("bindings")
        .iter()
        .map(|b| b.as_object().expect("binding").iter().map(|(k, v)| (k.clone(), v["value"].clone())).collect())
        .collect()
}

/// A single integer from a `SELECT (COUNT(..) AS ?n)` query.
pub fn count(store: &Path, sparql: &str) -> usize {
    let rows = select(store, sparql);
    rows[0]["n"].as_str().and_then(|s| s.parse().ok()).expect("count")
}

pub const PREFIXES: &str = "PREFIX schema: <http://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX nkg: <https://newskg.example/ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
";
