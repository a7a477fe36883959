//! `push` and `ingest --to` against real external SPARQL stores, started here on 127.0.0.1 and
//! stopped after: Oxigraph server (PyPI `oxigraph`, installed by scripts/setup.sh into
//! .runtime/oxigraph-venv) and OpenLink Virtuoso 7.2 (Debian `virtuoso-opensource-7-bin`).
//!
//! Each test reads every graph back and compares it with the embedded store as a set of quads.
//! Oxigraph gives back exactly what was sent. Virtuoso 7.2 gives back exactly what was sent except
//! for one thing it rewrites: it keeps an `xsd:duration` as a number of seconds and writes it back
//! as that number (`"PT1H31M"^^xsd:duration` comes back as `"5460.0"^^xsd:duration`, which is not
//! even a valid xsd:duration form). The value is kept, the form is not; the Virtuoso test maps
//! such literals back to the canonical duration form (and nothing else) before comparing, and
//! checks that only durations needed it. (Virtuoso's SPARQL JSON results also print an
//! `xsd:boolean` as `1`; its N-Triples, read here, say `true`, as stored.)

use std::collections::{BTreeMap, BTreeSet};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{Literal, Term, Triple};

use crate::worker::{KG, dump, extracted, graph_of};
use crate::{newskg, root, run, tempdir};

/// A free TCP port on 127.0.0.1 (bound, then released for the server to take).
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A server process, killed and reaped when dropped.
struct Server {
    child: Child,
    _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Waits until `url` answers an HTTP request (any status), or panics after `limit`.
fn wait_for(url: &str, limit: Duration) {
    let started = Instant::now();
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(5)))
        .build()
        .into();
    while started.elapsed() < limit {
        if agent.get(url).call().is_ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    panic!("{url} did not answer within {limit:?}");
}

/// The Oxigraph server binary: `NEWSKG_OXIGRAPH`, else the one scripts/setup.sh installs.
fn oxigraph_bin() -> PathBuf {
    std::env::var_os("NEWSKG_OXIGRAPH")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join(".runtime/oxigraph-venv/bin/oxigraph"))
}

fn start_oxigraph(port: u16) -> Server {
    let dir = tempdir();
    let child = Command::new(oxigraph_bin())
        .arg("serve")
        .arg("--location")
        .arg(dir.path().join("data"))
        .arg("--bind")
        .arg(format!("127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("run oxigraph (scripts/setup.sh installs it into .runtime/oxigraph-venv)");
    Server { child, _dir: dir }
}

/// A store in a temporary folder holding data/ (the worker output of data/, bulk-loaded: the same
/// quads `ingest` writes, see worker.rs), writable, so `push` can keep its state there.
fn own_store() -> (tempfile::TempDir, PathBuf) {
    let dir = tempdir();
    let nq = dir.path().join("articles.nq");
    std::fs::write(&nq, extracted()).unwrap();
    let store = dir.path().join("store");
    let (code, _, err) = run(newskg().args(["load", "--store"]).arg(&store).arg(&nq));
    assert_eq!(code, 0, "{err}");
    (dir, store)
}

/// The embedded store as graph -> N-Triples lines.
fn by_graph(lines: &BTreeSet<String>) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for l in lines {
        let g = graph_of(l);
        let triple = format!("{} .", l[..l.len() - g.len() - 4].trim_end());
        out.entry(g.to_string()).or_default().insert(triple);
    }
    out
}

/// Parses N-Triples into canonical lines (`Triple`'s own N-Triples form), mapping each literal
/// through `map`.
fn triples(text: &str, map: &dyn Fn(Literal) -> Literal) -> BTreeSet<String> {
    RdfParser::from_format(RdfFormat::NTriples)
        .for_slice(text.as_bytes())
        .map(|q| {
            let q = q.expect("N-Triples from the server");
            let object = match q.object {
                Term::Literal(l) => Term::Literal(map(l)),
                o => o,
            };
            format!("{} .", Triple::new(q.subject, q.predicate, object))
        })
        .collect()
}

/// GETs one graph from a Graph Store endpoint as N-Triples.
fn get_graph(endpoint: &str, graph: &str) -> String {
    let url = format!("{endpoint}?graph={}", newskg::remote::encode_param(graph));
    let mut resp = ureq::get(&url).header("Accept", "application/n-triples").call().expect("GET graph");
    assert_eq!(resp.status().as_u16(), 200, "{url}");
    resp.body_mut().with_config().limit(1 << 30).read_to_string().unwrap()
}

/// Runs `newskg push` to `url` with extra arguments; returns (exit code, stderr).
fn push(store: &Path, url: &str, extra: &[&str]) -> (i32, String) {
    let (code, _, err) = run(newskg().args(["push", "--store"]).arg(store).args(["--to", url]).args(extra));
    (code, err)
}

#[test]
fn oxigraph_server_holds_exactly_the_pushed_store() {
    let started = Instant::now();
    let (dir, store) = own_store();
    let want = dump(&store);
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let endpoint = format!("{base}/store");

    // Retries: the push starts while nothing listens on the port (connections refused); the
    // server comes up a second later.
    let child = newskg()
        .args(["push", "--store"])
        .arg(&store)
        .args(["--to", &endpoint, "--retries", "8"])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(1200));
    let _server = start_oxigraph(port);
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("pushed 21 graphs"), "{err}");
    let retries: u64 = err.split("; ").last().and_then(|t| t.split(' ').next()).and_then(|n| n.parse().ok()).unwrap();
    assert!(retries >= 1, "the first tries were refused: {err}");

    // The whole remote dataset, exactly.
    let mut resp = ureq::get(&endpoint).header("Accept", "application/n-quads").call().unwrap();
    let remote = crate::worker::line_set(&resp.body_mut().with_config().limit(1 << 30).read_to_string().unwrap());
    assert_eq!(remote.len(), want.len());
    assert_eq!(remote, want);

    // --changed-only: nothing changed, nothing sent.
    let (code, err) = push(&store, &endpoint, &["--changed-only"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("pushed 0 graphs") && err.contains("21 unchanged"), "{err}");

    // One article changed: its graph and the consolidated graph (derived from it) are sent.
    let changed = dir.path().join("changed.txt");
    std::fs::write(
        &changed,
        "id: sample-corvane-outage-2024-03\npublished: 2024-03-05\n\nCorvane Systems said on Tuesday that its \
         Frankfurt region was down for three hours after a storage fault.\n",
    )
    .unwrap();
    let (code, _, err) = run(newskg().args(["ingest", "--store"]).arg(&store).arg(&changed));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("1 replaced"), "{err}");
    let (code, err) = push(&store, &endpoint, &["--changed-only"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("pushed 2 graphs") && err.contains("19 unchanged"), "{err}");
    let mut resp = ureq::get(&endpoint).header("Accept", "application/n-quads").call().unwrap();
    let remote = crate::worker::line_set(&resp.body_mut().with_config().limit(1 << 30).read_to_string().unwrap());
    assert_eq!(remote, dump(&store));

    // A graph removed from the store is deleted there on the next push.
    let (code, _, err) = run(newskg().args(["remove", "--store"]).arg(&store).arg("sample-corvane-outage-2024-03"));
    assert_eq!(code, 0, "{err}");
    let (code, err) = push(&store, &endpoint, &["--changed-only"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("pushed 1 graph to") && err.contains("1 deleted"), "{err}");
    let mut resp = ureq::get(&endpoint).header("Accept", "application/n-quads").call().unwrap();
    let remote = crate::worker::line_set(&resp.body_mut().with_config().limit(1 << 30).read_to_string().unwrap());
    assert_eq!(remote, dump(&store));
    eprintln!("oxigraph push test: {:.1} s", started.elapsed().as_secs_f64());
}

#[test]
fn ingest_straight_into_oxigraph_server() {
    let started = Instant::now();
    let port = free_port();
    let server = start_oxigraph(port);
    let base = format!("http://127.0.0.1:{port}");
    wait_for(&format!("{base}/"), Duration::from_secs(30));
    let args = ["ingest", "--to", &format!("{base}/store"), "--to-query", &format!("{base}/query"), "data"];
    let (code, _, err) = run(newskg().args(args));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("20 new"), "{err}");
    // The article graphs, exactly as ingest stores them; no consolidated graph there.
    let want: BTreeSet<String> = crate::worker::line_set(extracted());
    let mut resp = ureq::get(format!("{base}/store")).header("Accept", "application/n-quads").call().unwrap();
    let remote = crate::worker::line_set(&resp.body_mut().read_to_string().unwrap());
    assert!(!remote.iter().any(|l| graph_of(l) == KG));
    assert_eq!(remote, want);
    // Again: the content hashes are there, so every article is skipped.
    let (code, _, err) = run(newskg().args(args));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("0 new, 0 replaced, 20 unchanged"), "{err}");
    // The server gone: the run stops at the first article instead of failing each.
    drop(server);
    let (code, _, err) = run(newskg().args(args).args(["--retries", "1"]));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("stopped before the end of the input") && err.contains("after 2 tries"), "{err}");
    eprintln!("oxigraph ingest --to test: {:.1} s", started.elapsed().as_secs_f64());
}

/// Virtuoso in a temporary folder, with its own virtuoso.ini; (server, HTTP port, SQL port).
fn start_virtuoso() -> (Server, u16, u16) {
    let dir = tempdir();
    let d = dir.path().display().to_string();
    let (sql, http) = (free_port(), free_port());
    let ini = format!(
        "[Database]\nDatabaseFile = {d}/virtuoso.db\nErrorLogFile = {d}/virtuoso.log\nLockFile = {d}/virtuoso.lck\n\
         TransactionFile = {d}/virtuoso.trx\nxa_persistent_file = {d}/virtuoso.pxa\nErrorLogLevel = 7\n\
         FileExtend = 200\nMaxCheckpointRemap = 2000\nStriping = 0\nTempStorage = TempDatabase\n\n\
         [TempDatabase]\nDatabaseFile = {d}/virtuoso-temp.db\nTransactionFile = {d}/virtuoso-temp.trx\n\
         MaxCheckpointRemap = 2000\nStriping = 0\n\n\
         [Parameters]\nServerPort = 127.0.0.1:{sql}\nServerThreads = 10\nCheckpointInterval = 60\n\
         NumberOfBuffers = 20000\nMaxDirtyBuffers = 15000\nDirsAllowed = ., {d}\n\n\
         [HTTPServer]\nServerPort = 127.0.0.1:{http}\nServerRoot = {d}\nMaxClientConnections = 10\nServerThreads = 10\n\n\
         [SPARQL]\nResultSetMaxRows = 1000000\nMaxQueryExecutionTime = 120\n"
    );
    std::fs::write(dir.path().join("virtuoso.ini"), ini).unwrap();
    let child = Command::new("virtuoso-t")
        .arg("+foreground")
        .arg("+configfile")
        .arg(dir.path().join("virtuoso.ini"))
        .current_dir(dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("run virtuoso-t (scripts/setup.sh installs virtuoso-opensource-7-bin)");
    let server = Server { child, _dir: dir };
    wait_for(&format!("http://127.0.0.1:{http}/sparql?query=ASK%7B%7D"), Duration::from_secs(120));
    (server, http, sql)
}

/// Runs SQL through Virtuoso's `isql-vt` as the default administrator.
fn isql(port: u16, sql: &str) {
    let out = Command::new("isql-vt")
        .arg(format!("127.0.0.1:{port}"))
        .args(["dba", "dba"])
        .arg(format!("exec={sql}"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && !text.contains("Error"), "{sql}: {text}");
}

/// The canonical xsd:duration form of a number of seconds (`5460` -> `PT1H31M`, `86400` -> `P1D`).
fn duration_of_seconds(seconds: f64) -> String {
    let total = seconds.round() as u64;
    let (d, h, m, s) = (total / 86400, total % 86400 / 3600, total % 3600 / 60, total % 60);
    let mut out = String::from("P");
    if d > 0 {
        out.push_str(&format!("{d}D"));
    }
    if h + m + s > 0 || d == 0 {
        out.push('T');
        for (n, unit) in [(h, 'H'), (m, 'M'), (s, 'S')] {
            if n > 0 {
                out.push_str(&format!("{n}{unit}"));
            }
        }
        if h + m + s == 0 {
            out.push_str("0S");
        }
    }
    out
}

#[test]
fn virtuoso_holds_exactly_the_pushed_store_but_for_duration_forms() {
    let started = Instant::now();
    let (_dir, store) = own_store();
    let (_server, http, sql) = start_virtuoso();
    let boot = started.elapsed().as_secs_f64();
    // A user of its own that may write through the Graph Store endpoint, with a password in a file.
    isql(sql, "DB.DBA.USER_CREATE('newskg', 'Secret-pw-1'); GRANT SPARQL_UPDATE TO \"newskg\";");
    let pw = _dir.path().join("password");
    std::fs::write(&pw, "Secret-pw-1\n").unwrap();
    let endpoint = format!("http://127.0.0.1:{http}/sparql-graph-crud-auth");

    // No credentials, then wrong ones: refused, and said so.
    let (code, err) = push(&store, &endpoint, &["--retries", "0"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("refused the credentials (401)") && err.contains("wants credentials"), "{err}");
    let wrong = _dir.path().join("wrong");
    std::fs::write(&wrong, "nope\n").unwrap();
    let user: [&str; 4] = ["--user", "newskg", "--password-file", wrong.to_str().unwrap()];
    let (code, err) = push(&store, &endpoint, &user);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("refused the credentials (401)"), "{err}");

    // HTTP Digest (Virtuoso's -auth endpoint asks for it).
    let user: [&str; 4] = ["--user", "newskg", "--password-file", pw.to_str().unwrap()];
    let (code, err) = push(&store, &endpoint, &user);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("pushed 21 graphs"), "{err}");

    // Every newskg graph there, and no other.
    let want = by_graph(&dump(&store));
    let q =
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://newskg.example/\")) }";
    let url = format!("http://127.0.0.1:{http}/sparql?query={}", newskg::remote::encode_param(q));
    let mut resp = ureq::get(&url).header("Accept", "application/sparql-results+json").call().unwrap();
    let v: serde_json::Value = serde_json::from_str(&resp.body_mut().read_to_string().unwrap()).unwrap();
    let graphs: BTreeSet<String> = v["results"]["bindings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["g"]["value"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(graphs, want.keys().cloned().collect());

    // Each graph read back (plain Graph Store endpoint, N-Triples) equals the stored one, once
    // Virtuoso's seconds are written as durations again.
    let duration = oxigraph::model::vocab::xsd::DURATION;
    let mut rewritten = 0usize;
    let rewrite = std::cell::Cell::new(0usize);
    let map = |l: Literal| -> Literal {
        if l.datatype() == duration
            && let Ok(seconds) = l.value().parse::<f64>()
        {
            rewrite.set(rewrite.get() + 1);
            return Literal::new_typed_literal(duration_of_seconds(seconds), duration);
        }
        l
    };
    let crud = format!("http://127.0.0.1:{http}/sparql-graph-crud");
    for (graph, triples_want) in &want {
        let got = triples(&get_graph(&crud, graph), &map);
        let missing: Vec<_> = triples_want.difference(&got).take(3).collect();
        let extra: Vec<_> = got.difference(triples_want).take(3).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{graph}: missing {missing:#?}\nextra {extra:#?}");
        rewritten += rewrite.replace(0);
    }
    let durations = want.values().flatten().filter(|t| t.contains("XMLSchema#duration>")).count();
    assert!(durations > 0);
    assert_eq!(rewritten, durations, "every duration, and nothing else, came back as seconds");

    // --changed-only: nothing changed, nothing sent.
    let (code, err) = push(&store, &endpoint, &[&user[..], &["--changed-only"]].concat());
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("pushed 0 graphs") && err.contains("21 unchanged"), "{err}");
    eprintln!("virtuoso test: {:.1} s (server start {boot:.1} s)", started.elapsed().as_secs_f64());
}

#[test]
fn durations_from_seconds() {
    assert_eq!(duration_of_seconds(5460.0), "PT1H31M");
    assert_eq!(duration_of_seconds(86400.0), "P1D");
    assert_eq!(duration_of_seconds(90000.0), "P1DT1H");
    assert_eq!(duration_of_seconds(0.0), "PT0S");
}
