//! Load test of `newskg serve`: consumes the sample articles and the saved queries, produces
//! latency figures. Several clients run the saved queries in turn over loopback for a fixed time
//! while one more client ingests articles over HTTP (`POST /ingest`), then it prints p50 / p99 /
//! max latency, throughput and the error count.
//!
//! `cargo bench --bench serve_load` (release profile). `NEWSKG_LOAD_CLIENTS` (default 8) and
//! `NEWSKG_LOAD_SECONDS` (default 30) size the run. Not a test: it asserts nothing, it measures.
//!
//! 2026-11-27, 2-core sandbox shared with other builds (load average 3-6), release build, 8 clients
//! x 30 s, the 20 sample articles plus 8 more ingested every ~5 s: 1050 queries (31/s), p50 63 ms,
//! p99 4.2 s, 0 errors; slowest `entities-and-aliases` (p50 464 ms) and `company-hierarchy` (p99
//! 5.1 s), which grow with every re-ingested copy; ingest batches of 8 articles p50 4.5 s.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

const TOKEN: &str = "load-test-token";

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// One request on a fresh connection; returns the status (0 when the connection failed).
fn request(addr: &str, path: &str, content_type: &str, body: &[u8], auth: bool) -> u16 {
    let Ok(mut stream) = TcpStream::connect(addr) else { return 0 };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(120)));
    let mut head = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: {content_type}\r\n\
         Accept: application/sparql-results+json\r\nContent-Length: {}\r\n",
        body.len()
    );
    if auth {
        head.push_str(&format!("Authorization: Bearer {TOKEN}\r\n"));
    }
    head.push_str("\r\n");
    if stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(body)).is_err() {
        return 0;
    }
    let mut raw = Vec::new();
    if stream.read_to_end(&mut raw).is_err() {
        return 0;
    }
    String::from_utf8_lossy(&raw[..raw.len().min(64)]).split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bin = env!("CARGO_BIN_EXE_newskg");
    let clients = env_usize("NEWSKG_LOAD_CLIENTS", 8);
    let seconds = env_usize("NEWSKG_LOAD_SECONDS", 30) as u64;

    let dir = tempfile::Builder::new().prefix("newskg-load-").tempdir().expect("tempdir");
    let store = dir.path().join("store");
    let status = Command::new(bin).arg("ingest").arg("--store").arg(&store).arg(root.join("data")).status();
    assert!(status.is_ok_and(|s| s.code() == Some(0)), "ingesting data/ failed");
    let (server, addr) = start_server(bin, root, &store);
    let queries = Arc::new(saved_queries(root));
    let articles = sample_articles(root);

    let per_batch = articles.len();
    println!(
        "serve_load: {clients} query clients x {seconds} s on {addr}, {} saved queries, ingest over HTTP alongside",
        queries.len()
    );
    let stop = Arc::new(AtomicBool::new(false));
    let started = Instant::now();
    let mut handles = Vec::new();
    for c in 0..clients {
        let (addr, queries, stop) = (addr.clone(), Arc::clone(&queries), Arc::clone(&stop));
        handles.push(std::thread::spawn(move || query_client(c, &addr, &queries, &stop)));
    }
    let ingester = {
        let (addr, stop) = (addr.clone(), Arc::clone(&stop));
        std::thread::spawn(move || ingest_client(&addr, &articles, &stop))
    };
    std::thread::sleep(Duration::from_secs(seconds));
    stop.store(true, Ordering::Relaxed);
    let mut by_query: std::collections::BTreeMap<String, Vec<Duration>> = std::collections::BTreeMap::new();
    let mut all = Vec::new();
    let mut errors = Vec::new();
    for h in handles {
        let (lat, errs) = h.join().expect("client thread");
        for (name, d) in lat {
            all.push(d);
            by_query.entry(name).or_default().push(d);
        }
        errors.extend(errs);
    }
    let elapsed = started.elapsed().as_secs_f64();
    let ingest = ingester.join().expect("ingest thread");
    report(elapsed, all, by_query, &errors, ingest, per_batch);
    drop(server);
}

/// Starts `newskg serve` on a free loopback port over `store`; returns it and its address, read
/// from the line it logs.
fn start_server(bin: &str, root: &Path, store: &Path) -> (Server, String) {
    let mut child = Command::new(bin)
        .args(["serve", "--bind", "127.0.0.1:0", "--write-token", TOKEN, "--store"])
        .arg(store)
        .current_dir(root)
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("spawn newskg serve");
    let stderr = child.stderr.take().expect("stderr");
    let server = Server(child);
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(rest) = line.split("on http://").nth(1) {
                let _ = tx.send(rest.split('/').next().unwrap_or("").to_string());
            }
        }
    });
    let addr: String = rx.recv_timeout(Duration::from_secs(60)).expect("server did not start");
    (server, addr)
}

/// The saved queries of queries/ as (name, text), by name.
fn saved_queries(root: &Path) -> Vec<(String, String)> {
    let mut queries: Vec<(String, String)> = std::fs::read_dir(root.join("queries"))
        .expect("queries/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "rq"))
        .map(|p| {
            let name = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            (name, std::fs::read_to_string(&p).expect("read query"))
        })
        .collect();
    queries.sort();
    queries
}

/// The sample articles of data/articles.jsonl, one JSON line each.
fn sample_articles(root: &Path) -> Vec<String> {
    std::fs::read_to_string(root.join("data/articles.jsonl"))
        .expect("data/articles.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// One query client: the saved queries in turn (client `c` starts at the `c`-th) until `stop`;
/// each query's latency by name, and the failures.
fn query_client(
    c: usize,
    addr: &str,
    queries: &[(String, String)],
    stop: &AtomicBool,
) -> (Vec<(String, Duration)>, Vec<String>) {
    let mut lat = Vec::new();
    let mut errors = Vec::new();
    let mut i = c;
    while !stop.load(Ordering::Relaxed) {
        let (name, q) = &queries[i % queries.len()];
        let t = Instant::now();
        let status = request(addr, "/query", "application/sparql-query", q.as_bytes(), false);
        lat.push((name.clone(), t.elapsed()));
        if status != 200 {
            errors.push(format!("{name}: {status}"));
        }
        i += 1;
    }
    (lat, errors)
}

/// What the ingester did: batches sent, articles ingested, failed batches, batch latencies.
type IngestFigures = (usize, usize, usize, Vec<Duration>);

/// The ingester: the sample articles again under new ids, one small batch at a time, until `stop`.
fn ingest_client(addr: &str, articles: &[String], stop: &AtomicBool) -> IngestFigures {
    let (mut batches, mut articles_in, mut errors, mut lat) = (0usize, 0usize, 0usize, Vec::new());
    while !stop.load(Ordering::Relaxed) {
        let body: String = articles
            .iter()
            .enumerate()
            .map(|(k, line)| {
                let mut v: serde_json::Value = serde_json::from_str(line).expect("sample JSON");
                v["id"] = serde_json::Value::String(format!("load-{batches}-{k}"));
                v.to_string() + "\n"
            })
            .collect();
        let t = Instant::now();
        let status = request(addr, "/ingest", "application/x-ndjson", body.as_bytes(), true);
        lat.push(t.elapsed());
        if status == 200 {
            articles_in += articles.len()
        } else {
            errors += 1
        }
        batches += 1;
    }
    (batches, articles_in, errors, lat)
}

/// Prints the query figures (count, throughput, p50 / p99 / max, errors), the ingest figures, the
/// figures per saved query and the first ten errors.
fn report(
    elapsed: f64,
    mut all: Vec<Duration>,
    mut by_query: std::collections::BTreeMap<String, Vec<Duration>>,
    errors: &[String],
    ingest: IngestFigures,
    per_batch: usize,
) {
    let (batches, ingested, ingest_errors, mut ingest_lat) = ingest;
    all.sort();
    ingest_lat.sort();
    println!(
        "queries: {} in {elapsed:.1} s ({:.0}/s); latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms; errors {}",
        all.len(),
        all.len() as f64 / elapsed,
        percentile(&all, 0.5).as_secs_f64() * 1e3,
        percentile(&all, 0.99).as_secs_f64() * 1e3,
        all.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
        errors.len()
    );
    println!(
        "ingest: {ingested} articles in {batches} batches of {per_batch}; batch latency p50 {:.0} ms, p99 {:.0} ms; errors {ingest_errors}",
        percentile(&ingest_lat, 0.5).as_secs_f64() * 1e3,
        percentile(&ingest_lat, 0.99).as_secs_f64() * 1e3
    );
    for (name, lat) in &mut by_query {
        lat.sort();
        println!(
            "  {name:<28} n {:>4}  p50 {:>7.1} ms  p99 {:>7.1} ms",
            lat.len(),
            percentile(lat, 0.5).as_secs_f64() * 1e3,
            percentile(lat, 0.99).as_secs_f64() * 1e3
        );
    }
    for e in errors.iter().take(10) {
        println!("  error: {e}");
    }
}
