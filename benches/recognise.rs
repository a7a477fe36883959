//! Benchmark: sentences per second of newskg's recogniser and of spaCy en_core_web_md (NER only,
//! `nlp.pipe`) on the same sentences, in one run on this machine.
//!
//! `cargo bench --bench recognise` (release profile). Sentences come from
//! `$NEWSKG_BENCH_SENTENCES` (one per line), else are written there by
//! `train/sentences_for_bench.py` (2,000 held-out sentences); the model from `$NEWSKG_MODELS`
//! (default `models/`). spaCy runs through
//! `$NEWSKG_SPACY_PYTHON` (default `train/.venv/bin/python`) and `train/bench_spacy.py`;
//! when that Python is missing, only newskg's figure is printed.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use newskg::{Pipeline, RecogniserConfig};
use newskg_nlp::{Article, pipeline};

fn sentences_file(root: &Path) -> PathBuf {
    let path = std::env::var_os("NEWSKG_BENCH_SENTENCES")
        .map_or_else(|| root.join("train/out/bench_sentences.txt"), PathBuf::from);
    if !path.is_file() {
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let status = Command::new("python3").arg(root.join("train/sentences_for_bench.py")).arg(&path).status();
        if !status.is_ok_and(|s| s.success()) {
            eprintln!(
                "recognise bench: could not write {}: train/sentences_for_bench.py reads the held-out sets that \
                 train/prepare.py writes to train/out/prep; run that first, or set NEWSKG_BENCH_SENTENCES to a file \
                 of sentences, one per line",
                path.display()
            );
            std::process::exit(2);
        }
    }
    path
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let path = sentences_file(root);
    let text = std::fs::read_to_string(&path).expect("read sentences");
    let sentences: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);

    let model_dir = std::env::var_os("NEWSKG_MODELS").map_or_else(|| root.join("models"), PathBuf::from);
    let recogniser =
        RecogniserConfig::Model { model_dir: model_dir.clone(), ort_lib: PathBuf::from(newskg::DEFAULT_ORT_LIB) };
    let started = Instant::now();
    let chain = Pipeline::new(&recogniser).expect("load the model");
    let load = started.elapsed().as_secs_f64();
    let model = chain.recogniser();

    // Articles of 20 sentences each (the model batches within an article), one sentence per line,
    // each sentence given as it is, so the work is exactly these sentences.
    let docs: Vec<_> = sentences
        .chunks(SENTENCES_PER_ARTICLE)
        .enumerate()
        .map(|(i, chunk)| {
            let article = Article::from_text(i.to_string(), chunk.join("\n"));
            // The chain's own first stages, then one sentence per line instead of the segmenter's.
            let mut doc = pipeline::prepare(article);
            let mut start = 0;
            doc.sentences = doc
                .text
                .split('\n')
                .filter_map(|line| {
                    let span = newskg_nlp::Span::new(start, start + line.len())?;
                    start += line.len() + 1;
                    Some(newskg_nlp::Sentence { span })
                })
                .collect();
            doc
        })
        .collect();
    let spacy_python =
        std::env::var_os("NEWSKG_SPACY_PYTHON").map_or_else(|| root.join("train/.venv/bin/python"), PathBuf::from);
    let rules = chain.rules();
    println!("machine: {threads} threads available; {} sentences from {}", sentences.len(), path.display());
    println!("model: {} ({}), load {load:.2} s", model_dir.display(), model.version());
    // Warm up once, then alternate rounds of newskg and spaCy so both see the same machine state.
    let _ = chain.recognise(&docs[..docs.len().min(64)]);
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for round in 1..=ROUNDS {
        let t = Instant::now();
        let out = chain.recognise(&docs).expect("recognise");
        let rate = sentences.len() as f64 / t.elapsed().as_secs_f64();
        let mentions: usize = out.iter().map(Vec::len).sum();
        println!("round {round}: newskg recogniser (ONNX model + rules): {rate:.0} sentences/s ({mentions} mentions)");
        ours.push(rate);
        if spacy_python.is_file() {
            match spacy_rate(&spacy_python, root, &path) {
                Ok((rate, line)) => {
                    println!("round {round}: {line}");
                    theirs.push(rate);
                }
                Err(e) => println!("round {round}: spaCy md failed: {e}"),
            }
        }
    }
    // Where newskg's time goes: the model (tokenise, run, merge sub-words) and the rules.
    let t = Instant::now();
    let raw = model.find(&docs).expect("predict");
    let model_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    for (doc, raw) in docs.iter().zip(&raw) {
        std::hint::black_box(rules.combine(doc, raw, model.finds_names()));
    }
    let rules_s = t.elapsed().as_secs_f64();
    println!("one more pass, split: model {model_s:.2} s, rules {rules_s:.2} s");
    println!("newskg recogniser, median of {ROUNDS} rounds: {:.0} sentences/s", median(&mut ours));
    if theirs.is_empty() {
        println!("spaCy md: skipped ({} not found; see train/README.md to set up its venv)", spacy_python.display());
    } else {
        println!(
            "spaCy en_core_web_md (nlp.pipe, NER only), median of {} rounds: {:.0} sentences/s",
            theirs.len(),
            median(&mut theirs)
        );
    }
}

const ROUNDS: usize = 3;
const SENTENCES_PER_ARTICLE: usize = 20;

fn median(xs: &mut [f64]) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs.get(xs.len() / 2).copied().unwrap_or(0.0)
}

/// One spaCy pass in its own process: (sentences per second, its report line).
fn spacy_rate(python: &Path, root: &Path, sentences: &Path) -> Result<(f64, String), String> {
    let out = Command::new(python)
        .arg(root.join("train/bench_spacy.py"))
        .arg(sentences)
        .arg("--json")
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).lines().last().unwrap_or("").to_string());
    }
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).map_err(|e| e.to_string())?;
    let rate = v["sentences_per_second"].as_f64().ok_or("no rate in spaCy's report")?;
    Ok((rate, format!("spaCy {} {}: {rate:.0} sentences/s ({} entities)", v["model"], v["pipes"], v["entities"])))
}
