//! The worker mode and bulk load: `extract --output nquads` writes exactly the article graphs
//! `ingest` stores, and `load` turns them into exactly the store `ingest` writes.

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::Path;
use std::process::Stdio;

use crate::{newskg, ok, root, run, sample_store};

/// The lines of an N-Quads text as a set (blank lines dropped).
pub fn line_set(text: &str) -> BTreeSet<String> {
    text.lines().filter(|l| !l.trim().is_empty()).map(str::to_string).collect()
}

/// The whole store as N-Quads lines.
pub fn dump(store: &Path) -> BTreeSet<String> {
    line_set(&ok(newskg().args(["export", "--format", "nquads", "--store"]).arg(store)))
}

/// The graph name of an N-Quads line written by Oxigraph (no blank nodes, named graphs only).
pub fn graph_of(line: &str) -> &str {
    let end = line.rfind('>').expect("graph IRI");
    let start = line[..end].rfind('<').expect("graph IRI");
    &line[start + 1..end]
}

pub const KG: &str = "https://newskg.example/id/graph/kg";

#[test]
fn nquads_output_is_exactly_what_ingest_stores() {
    let out = ok(newskg().args(["extract", "--output", "nquads", "data"]));
    let extracted = line_set(&out);
    let stored: BTreeSet<String> = dump(sample_store()).into_iter().filter(|l| graph_of(l) != KG).collect();
    assert!(stored.len() > 1000, "{}", stored.len());
    let missing: Vec<_> = stored.difference(&extracted).take(3).collect();
    let extra: Vec<_> = extracted.difference(&stored).take(3).collect();
    assert!(missing.is_empty() && extra.is_empty(), "missing {missing:#?}\nextra {extra:#?}");
    // Each line once, and each graph's lines together (what `load` streams over).
    assert_eq!(out.lines().count(), extracted.len(), "duplicate lines");
    let mut seen = BTreeSet::new();
    let mut last = "";
    for l in out.lines() {
        let g = graph_of(l);
        if g != last {
            assert!(seen.insert(g.to_string()), "graph {g} split in the output");
            last = g;
        }
    }
    assert_eq!(seen.len(), 20);
}

#[test]
fn nquads_from_stdin_reports_bad_records_and_goes_on() {
    let mut child = newskg()
        .args(["extract", "--recogniser", "rules", "--output", "nquads", "--published", "2024-02-01", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(
            b"{\"id\": \"w1\", \"text\": \"Halvorsen Data said its Oslo data centre was back online.\"}\n\
              {\"id\": \"w2\", \"text\": \n\
              {\"id\": \"w3\", \"text\": \"Stratus Queue was down for two hours on Monday.\"}\n",
        )
        .unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("newskg: <stdin>:2: malformed JSON"), "{err}");
    assert!(err.contains("extracted 2 articles; 1 input failed"), "{err}");
    let text = String::from_utf8_lossy(&out.stdout);
    let graphs: BTreeSet<&str> = text.lines().map(graph_of).collect();
    assert_eq!(
        graphs,
        BTreeSet::from(["https://newskg.example/id/article/w1", "https://newskg.example/id/article/w3"]),
        "{text}"
    );
    // --published applies, and the content hash is there.
    assert!(text.contains("\"2024-02-01\"^^<http://www.w3.org/2001/XMLSchema#date>"), "{text}");
    assert_eq!(text.matches("<https://newskg.example/ns#contentHash>").count(), 2);
}

#[test]
fn nquads_to_a_closed_pipe_ends_quietly() {
    // Several chunks, so writes happen after the reader left; `head -c` reads a little first.
    let mut child = newskg()
        .args(["extract", "--recogniser", "rules", "--output", "nquads", "--chunk", "2", "data"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 100];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    drop(child.stdout.take());
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{err}");
    assert!(err.is_empty(), "{err}");
    assert!(first.starts_with(b"<https://newskg.example/id/article/"));
}

#[test]
fn json_output_still_takes_one_file() {
    let file = root().join("data/text/nordhavn-cto-2022-03.txt");
    let (code, _, err) = run(newskg().args(["extract", "--recogniser", "rules", "data"]).arg(&file));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--output json takes one FILE"), "{err}");
}
