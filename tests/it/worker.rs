//! The worker mode and bulk load: `extract --output nquads` writes exactly the article graphs
//! `ingest` stores, and `load` turns them into exactly the store `ingest` writes.

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::Path;
use std::process::Stdio;

use std::sync::OnceLock;

use crate::{newskg, ok, root, run, sample_store, tempdir};

/// `extract --output nquads data` (the shipped model), run once per test run.
pub fn extracted() -> &'static str {
    static OUT: OnceLock<String> = OnceLock::new();
    OUT.get_or_init(|| ok(newskg().args(["extract", "--output", "nquads", "data"])))
}

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
    let out = extracted();
    let extracted = line_set(out);
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

/// Runs `load` and returns its stderr (it must succeed).
fn load(store: &Path, method: &str, files: &[&Path]) -> String {
    let (code, _, err) = run(newskg().args(["load", "--method", method, "--store"]).arg(store).args(files));
    assert_eq!(code, 0, "{err}");
    err
}

#[test]
fn extract_then_load_gives_exactly_the_ingested_store() {
    let want = dump(sample_store());
    assert!(want.iter().any(|l| graph_of(l) == KG), "the sample store has a consolidated graph");
    let dir = tempdir();
    let nq = dir.path().join("articles.nq");
    std::fs::write(&nq, extracted()).unwrap();

    // A fresh store: the bulk loader, then a rebuild of the consolidated graph.
    let fresh = dir.path().join("fresh");
    let err = load(&fresh, "auto", &[&nq]);
    assert!(err.contains("20 new") && err.contains("method bulk"), "{err}");
    assert_eq!(dump(&fresh), want, "bulk");
    assert!(!fresh.join("newskg-rebuild-pending").exists());

    // Loading again: every graph unchanged, nothing rewritten.
    let err = load(&fresh, "auto", &[&nq]);
    assert!(err.contains("0 new, 0 replaced, 20 unchanged"), "{err}");
    assert!(err.contains("consolidated graph unchanged"), "{err}");
    assert_eq!(dump(&fresh), want);

    // A store already holding some of the articles (one of them stale), then the rest, with the
    // consolidated graph updated per graph or rebuilt at the end.
    let lines: Vec<&str> = extracted().lines().collect();
    let first: Vec<&str> = lines.iter().copied().filter(|l| graph_of(l).contains("/article/sample-a")).collect();
    assert!(!first.is_empty());
    let stale: String = first
        .iter()
        .map(|l| if l.contains("contentHash") { l.replacen("\"", "\"stale-", 1) } else { (*l).to_string() })
        .map(|l| l + "\n")
        .collect();
    let some = dir.path().join("some.nq");
    std::fs::write(&some, &stale).unwrap();
    for method in ["incremental", "rebuild", "auto"] {
        let store = dir.path().join(method);
        load(&store, "incremental", &[&some]);
        let n = first.iter().map(|l| graph_of(l)).collect::<BTreeSet<_>>().len();
        let err = load(&store, method, &[&nq]);
        assert!(err.contains(&format!("{} new, {n} replaced, 0 unchanged", 20 - n)), "{method}: {err}");
        assert_eq!(dump(&store), want, "{method}");
    }

    // The store's own export (consolidated graph included, ignored) and a file sorted by subject,
    // whose graphs come in many pieces, load to the same store.
    let exported = dir.path().join("export.nq");
    std::fs::write(&exported, want.iter().map(|l| format!("{l}\n")).collect::<String>()).unwrap();
    let sorted = dir.path().join("sorted.nq");
    std::fs::write(&sorted, want.iter().filter(|l| graph_of(l) != KG).map(|l| format!("{l}\n")).collect::<String>())
        .unwrap();
    for (name, file, method) in [("exported", &exported, "auto"), ("sorted", &sorted, "incremental")] {
        let store = dir.path().join(name);
        let err = load(&store, method, &[file]);
        assert_eq!(dump(&store), want, "{name}: {err}");
    }
    let err = load(&dir.path().join("sorted-bulk"), "bulk", &[&sorted]);
    assert!(err.contains("method bulk"), "{err}");
    assert_eq!(dump(&dir.path().join("sorted-bulk")), want);
}

#[test]
fn load_refuses_a_file_with_a_bad_line_whole_and_goes_on() {
    let dir = tempdir();
    let lines: Vec<&str> = extracted().lines().collect();
    let good = dir.path().join("good.nq");
    let bad = dir.path().join("bad.nq");
    let triples = dir.path().join("triples.nq");
    let w1: Vec<&str> = lines.iter().copied().filter(|l| graph_of(l).contains("sample-a")).collect();
    let rest: Vec<&str> = lines.iter().copied().filter(|l| !graph_of(l).contains("sample-a")).collect();
    std::fs::write(&good, w1.join("\n") + "\n").unwrap();
    // Line 3 is cut short after its subject, as by a worker killed mid-write (a cut inside a
    // literal or an IRI is refused too, with another message).
    let cut_at = rest[2].find(' ').unwrap() + 1;
    let mut text = rest[..2].join("\n") + "\n" + &rest[2][..cut_at] + "\n" + &rest[3..].join("\n");
    text.push('\n');
    std::fs::write(&bad, text).unwrap();
    std::fs::write(&triples, "<https://x.test/s> <https://x.test/p> \"o\" .\n").unwrap();
    let store = dir.path().join("s");
    let (code, _, err) = run(newskg().args(["load", "--store"]).arg(&store).arg(&good).arg(&bad).arg(&triples));
    assert_eq!(code, 1, "{err}");
    // The parser notices at the start of line 4 that the statement of line 3 never ended.
    let cut = format!("newskg: {}:4: column 1: line jumps are not allowed in the middle of triples", bad.display());
    assert!(err.contains(&cut), "{err}");
    assert!(err.contains(&format!("newskg: {}: refused: nothing of it was loaded", bad.display())), "{err}");
    assert!(err.contains(&format!("newskg: {}:1: a triple in the default graph", triples.display())), "{err}");
    assert!(err.contains("2 inputs failed"), "{err}");
    let graphs: BTreeSet<String> = dump(&store).iter().map(|l| graph_of(l).to_string()).collect();
    let want: BTreeSet<String> = w1.iter().map(|l| graph_of(l).to_string()).chain([KG.to_string()]).collect();
    assert_eq!(graphs, want);
    // A missing file is one more failed input, named.
    let (code, _, err) = run(newskg().args(["load", "--store"]).arg(&store).arg(dir.path().join("none.nq")));
    assert_eq!(code, 1);
    assert!(err.contains("none.nq: No such file"), "{err}");
}

#[test]
fn load_reads_standard_input() {
    let dir = tempdir();
    let store = dir.path().join("s");
    let mut child = newskg()
        .args(["load", "--store"])
        .arg(&store)
        .arg("-")
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(extracted().as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(dump(&store), dump(sample_store()));
}
