//! Worker and bulk-load benchmark (issue 14): consumes data/'s articles repeated under new ids,
//! produces, side by side from one run:
//! - articles/s of one `newskg extract --output nquads -` process (the worker a Spark partition
//!   runs), with the shipped model;
//! - quads/s of `newskg load` into an empty store (bulk method, consolidated graph rebuilt), of
//!   `newskg load --method rebuild` and `--method incremental` into a store that already holds the
//!   same number of other articles, and of Oxigraph's own bulk loader on the same file (no checking
//!   pass, no consolidated graph).
//!
//! `cargo bench --bench dist`. `NEWSKG_DIST_REPEAT` (copies of data/'s 20 articles, default 10).
//! Not a test: it asserts nothing, it measures.
//!
//! 2026-11-30, 2-core sandbox shared with other builds (load average 16-18), `NEWSKG_DIST_REPEAT=5`:
//! extract 4.8 and 6.7 articles/s (100 articles each); 41,000 quads: newskg load into an empty
//! store 4.5 s (9,085 quads/s, consolidated graph rebuilt included) vs Oxigraph's bulk loader 1.6 s
//! (26,406 quads/s); into a store of 100 other articles, --method rebuild 9.0 s, incremental 7.6 s.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use newskg::nlp::read::{self, ReadConfig};

fn newskg() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_newskg"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

/// data/'s articles, `copies` times, each copy under ids of its own, as JSONL.
fn articles(copies: usize, first: usize) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = ReadConfig { format: None, default_published: None, max_article_bytes: 5 << 20 };
    let mut base = Vec::new();
    for input in read::expand(&[root.join("data")], None).into_iter().flatten() {
        base.extend(read::read_input(&input, &config).flatten());
    }
    let mut out = String::new();
    for c in first..first + copies {
        for a in &base {
            let published = a.published.as_ref().map(|p| p.date.format("%Y-%m-%d").to_string());
            let v = serde_json::json!({
                "id": format!("{}-copy{c}", a.id), "title": a.title, "url": a.url,
                "published": published, "text": a.text,
            });
            out.push_str(&v.to_string());
            out.push('\n');
        }
    }
    out
}

/// Runs `extract --output nquads -` on a JSONL text; (seconds, articles, N-Quads file).
fn extract(jsonl: &str, out: &Path) -> (f64, usize) {
    let started = Instant::now();
    let mut child = newskg()
        .args(["extract", "--output", "nquads", "-"])
        .stdin(Stdio::piped())
        .stdout(std::fs::File::create(out).expect("output file"))
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn newskg");
    let mut stdin = child.stdin.take().expect("stdin");
    let text = jsonl.to_string();
    let feeder = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let result = child.wait_with_output().expect("newskg extract");
    let _ = feeder.join();
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    (started.elapsed().as_secs_f64(), jsonl.lines().count())
}

/// Runs `newskg load`; seconds.
fn load(store: &Path, method: &str, file: &Path) -> f64 {
    let started = Instant::now();
    let out = newskg().args(["load", "--method", method, "--store"]).arg(store).arg(file).output().expect("load");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    started.elapsed().as_secs_f64()
}

fn main() {
    let copies: usize = std::env::var("NEWSKG_DIST_REPEAT").ok().and_then(|v| v.parse().ok()).unwrap_or(10);
    let dir = tempfile::Builder::new().prefix("newskg-dist-").tempdir().expect("tempdir");
    let d = |name: &str| -> PathBuf { dir.path().join(name) };
    let (a, b) = (articles(copies, 0), articles(copies, copies));

    let (secs, n) = extract(&a, &d("a.nq"));
    println!("extract --output nquads, 1 process: {n} articles in {secs:.1} s = {:.1} articles/s", n as f64 / secs);
    let (secs_b, n_b) = extract(&b, &d("b.nq"));
    println!("  (second batch: {n_b} articles in {secs_b:.1} s = {:.1} articles/s)", n_b as f64 / secs_b);
    let quads = std::fs::read_to_string(d("a.nq")).expect("a.nq").lines().count() as f64;

    let bulk = load(&d("fresh"), "auto", &d("a.nq"));
    std::fs::create_dir_all(d("copy")).expect("mkdir");
    let status = Command::new("cp").arg("-r").arg(d("fresh")).arg(d("copy/s")).status().expect("cp");
    assert!(status.success());
    let rebuild = load(&d("fresh"), "rebuild", &d("b.nq"));
    let incremental = load(&d("copy/s"), "incremental", &d("b.nq"));

    let started = Instant::now();
    let store = oxigraph::store::Store::open(d("oxigraph")).expect("store");
    let mut loader = store.bulk_loader();
    let text = std::fs::read(d("a.nq")).expect("a.nq");
    loader.load_from_slice(oxigraph::io::RdfFormat::NQuads, &text).expect("bulk load");
    loader.commit().expect("commit");
    store.flush().expect("flush");
    let oxigraph = started.elapsed().as_secs_f64();

    println!("load of the same {quads:.0} quads ({n} articles):");
    println!("  newskg load, empty store (bulk + rebuild):       {bulk:6.1} s  {:9.0} quads/s", quads / bulk);
    println!("  oxigraph bulk loader, same file, no kg graph:    {oxigraph:6.1} s  {:9.0} quads/s", quads / oxigraph);
    println!("  newskg load --method rebuild, into {n} others:   {rebuild:6.1} s  {:9.0} quads/s", quads / rebuild);
    println!(
        "  newskg load --method incremental, same:         {incremental:6.1} s  {:9.0} quads/s",
        quads / incremental
    );
}
