//! Benchmark: sentences per second of newskg's recogniser and of spaCy en_core_web_md (NER only,
//! `nlp.pipe`) on the same sentences, in one run on this machine.
//!
//! `cargo bench --bench recognise` (release profile). Sentences come from
//! `$NEWSKG_BENCH_SENTENCES` (one per line), else are written there by
//! `train/sentences_for_bench.py` (2,000 held-out sentences). spaCy runs through
//! `$NEWSKG_SPACY_PYTHON` (default `train/.venv/bin/python`) and `train/bench_spacy.py`;
//! when that Python is missing, only newskg's figure is printed.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use newskg::{Pipeline, Recogniser};
use newskg_nlp::{Article, normalise, recognise, segment};

fn sentences_file(root: &Path) -> PathBuf {
    let path = std::env::var_os("NEWSKG_BENCH_SENTENCES")
        .map_or_else(|| root.join("train/out/bench_sentences.txt"), PathBuf::from);
    if !path.is_file() {
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let status = Command::new("python3").arg(root.join("train/sentences_for_bench.py")).arg(&path).status();
        assert!(status.is_ok_and(|s| s.success()), "could not write {}", path.display());
    }
    path
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let path = sentences_file(root);
    let text = std::fs::read_to_string(&path).expect("read sentences");
    let sentences: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);

    let recogniser =
        Recogniser::Model { model_dir: root.join("models"), ort_lib: PathBuf::from(newskg::DEFAULT_ORT_LIB) };
    let started = Instant::now();
    let pipeline = Pipeline::new(&recogniser).expect("load the model");
    let load = started.elapsed().as_secs_f64();
    let model = pipeline.model().expect("a model");

    // One document per sentence, each with that one sentence, so the work is exactly the sentences.
    let docs: Vec<_> = sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let article = Article {
                id: i.to_string(),
                title: None,
                published: None,
                url: None,
                text: (*s).to_string(),
                origin: "bench".into(),
            };
            let mut doc = normalise::normalise(article);
            doc.sentences =
                vec![newskg_nlp::Sentence { span: newskg_nlp::Span::new(0, doc.text.len()).expect("span") }];
            doc.tokens = segment::tokens(&doc.text);
            doc
        })
        .collect();
    let rules = recognise::Rules::new(None);
    // Warm up, then time the best of three.
    let _ = recognise::recognise(&docs[..docs.len().min(64)], Some(model), &rules);
    let mut best = f64::MAX;
    let mut mentions = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let out = recognise::recognise(&docs, Some(model), &rules).expect("recognise");
        best = best.min(t.elapsed().as_secs_f64());
        mentions = out.iter().map(Vec::len).sum();
    }
    let mut model_only = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        let _ = model.predict(&docs).expect("predict");
        model_only = model_only.min(t.elapsed().as_secs_f64());
    }
    println!("machine: {threads} threads available; {} sentences from {}", sentences.len(), path.display());
    println!(
        "newskg model alone (tokenise + ONNX Runtime + decode): {:.0} sentences/s",
        sentences.len() as f64 / model_only
    );
    println!(
        "newskg recogniser (ONNX model + rules): {:.0} sentences/s ({:.2} s, {mentions} mentions; model load {load:.2} s)",
        sentences.len() as f64 / best,
        best
    );

    let python =
        std::env::var_os("NEWSKG_SPACY_PYTHON").map_or_else(|| root.join("train/.venv/bin/python"), PathBuf::from);
    if python.is_file() {
        let out = Command::new(&python).arg(root.join("train/bench_spacy.py")).arg(&path).output();
        match out {
            Ok(o) if o.status.success() => print!("{}", String::from_utf8_lossy(&o.stdout)),
            Ok(o) => println!("spaCy md: failed: {}", String::from_utf8_lossy(&o.stderr).lines().last().unwrap_or("")),
            Err(e) => println!("spaCy md: could not run {}: {e}", python.display()),
        }
    } else {
        println!(
            "spaCy md: skipped ({} not found; see train/README.md to set up the evaluation venv)",
            python.display()
        );
    }
}
