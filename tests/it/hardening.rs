//! Issue 15: what a demanding user and an attacker found on main, one test per finding. Each runs
//! the real binary on a real store (and `newskg serve` over real HTTP on 127.0.0.1).

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::serve::{Reply, get, post, start};
use super::{newskg, ok, root, run, sample_store, select, tempdir};

/// CPU time of a process and of its reaped children, in clock ticks (`/proc/PID/stat` fields 14–17).
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("server stat");
    // The command name in parentheses may hold spaces; fields start after the last ')'.
    let rest = &stat[stat.rfind(')').expect("stat") + 2..];
    let fields: Vec<&str> = rest.split(' ').collect();
    // After the name: field 3 is index 0, so utime (14) is index 11 and cstime (17) index 14.
    fields[11..15].iter().map(|f| f.parse::<u64>().expect("ticks")).sum()
}

/// The live children of a process.
fn children(pid: u32) -> Vec<u32> {
    let mut out = Vec::new();
    for task in std::fs::read_dir(format!("/proc/{pid}/task")).expect("tasks").flatten() {
        if let Ok(list) = std::fs::read_to_string(task.path().join("children")) {
            out.extend(list.split_whitespace().filter_map(|p| p.parse::<u32>().ok()));
        }
    }
    out
}

fn ask(addr: &str) -> Reply {
    post(addr, "/query", "application/sparql-query", "ASK { ?s ?p ?o }", &[])
}

/// Item 1: a query past its time limit stops using CPU and gives its slot back. With
/// `--threads 2`, two cross products and then a huge OFFSET time out; by the time each 503 arrives
/// the query's worker process has been killed and reaped, the server's CPU use (its own plus its
/// reaped children's) stays flat afterwards, and the next query is answered 200 at once.
#[test]
fn serve_timed_out_queries_stop_and_free_their_slot() {
    let s = start(&["--query-timeout", "2", "--threads", "2"]);
    let a = s.addr.clone();
    let pid = s.pid();
    let cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    let offset = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } OFFSET 1000000000000 LIMIT 1";
    let grouped = "SELECT ?c (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?c";
    for queries in [[cross, cross], [offset, grouped]] {
        let started = Instant::now();
        let handles: Vec<_> = queries
            .iter()
            .map(|q| {
                let (a, q) = (a.clone(), q.to_string());
                std::thread::spawn(move || post(&a, "/query", "application/sparql-query", &q, &[]))
            })
            .collect();
        for h in handles {
            let r = h.join().expect("client thread");
            assert_eq!(r.status, 503, "{}", r.text());
            assert!(r.text().contains("time limit"), "{}", r.text());
        }
        let took = started.elapsed();
        assert!(took < Duration::from_secs(4), "the 503s came after {took:?}");
        // The workers were reaped before the answers were sent.
        assert_eq!(children(pid), Vec::<u32>::new(), "query workers still running after the 503");
        // CPU stays flat: at most 0.3 s of CPU in the next 2 s (two runaway queries would use 4 s).
        let before = cpu_ticks(pid);
        std::thread::sleep(Duration::from_secs(2));
        let used = cpu_ticks(pid) - before;
        assert!(used <= 30, "the server used {used} ticks of CPU after its queries timed out");
        // The slots are free: the next request is answered at once.
        let started = Instant::now();
        let r = ask(&a);
        assert_eq!(r.status, 200, "{}", r.text());
        assert!(started.elapsed() < Duration::from_secs(2), "next query took {:?}", started.elapsed());
    }
    // A write makes a new snapshot and the old one goes once no query uses it.
    let snapshots = s.store().join("serve-snapshots");
    let listed = std::fs::read_dir(&snapshots).expect("snapshots").count();
    assert_eq!(listed, 1, "one snapshot while nothing was written");
}

/// Item 2: ids that differ only in spaces and dashes are different articles, and `remove` takes
/// exactly the one named.
#[test]
fn different_ids_are_different_articles() {
    let dir = tempdir();
    let input = dir.path().join("ids.jsonl");
    std::fs::write(
        &input,
        concat!(
            r#"{"id": "acme news", "text": "Acme Corp said on Monday that its cloud was down."}"#,
            "\n",
            r#"{"id": "acme-news", "text": "Acme Corp said on Tuesday that its cloud was back."}"#,
            "\n",
        ),
    )
    .unwrap();
    let store = dir.path().join("s");
    let (code, _, err) = run(newskg()
        .args(["ingest", "--recogniser", "rules", "--published", "2024-01-10", "--store"])
        .arg(&store)
        .arg(&input));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("2 new, 0 replaced"), "{err}");
    let ids = |store: &Path| -> Vec<String> {
        select(store, "SELECT ?id WHERE { ?a <http://schema.org/identifier> ?id } ORDER BY ?id")
            .iter()
            .map(|r| r["id"].as_str().unwrap_or("").to_string())
            .collect()
    };
    assert_eq!(ids(&store), ["acme news", "acme-news"]);
    let (code, _, err) = run(newskg().args(["remove", "--store"]).arg(&store).arg("acme news"));
    assert_eq!(code, 0, "{err}");
    assert_eq!(ids(&store), ["acme-news"]);
}

/// Runs a command with stdout discarded and returns its peak resident memory in MiB (VmHWM,
/// sampled until it exits), asserting it succeeded.
fn peak_rss_mib(cmd: &mut Command) -> u64 {
    let mut child = cmd.stdout(Stdio::null()).stderr(Stdio::piped()).spawn().expect("spawn");
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kib = 0;
    loop {
        if let Ok(status) = std::fs::read_to_string(&status_file)
            && let Some(line) = status.lines().find(|l| l.starts_with("VmHWM:"))
        {
            let kib: u64 = line.split_whitespace().nth(1).and_then(|n| n.parse().ok()).unwrap_or(0);
            peak_kib = peak_kib.max(kib);
        }
        if let Some(status) = child.try_wait().expect("wait") {
            let mut err = String::new();
            let _ = child.stderr.take().map(|mut e| e.read_to_string(&mut err));
            assert!(status.success(), "{status}: {err}");
            return peak_kib / 1024;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// A store of `n` quads over 100 named graphs, each triple stored in two graphs (so a union
/// export must drop duplicates), written with Oxigraph directly.
fn big_store(dir: &Path, n: usize) -> std::path::PathBuf {
    use oxigraph::model::{GraphName, Literal, NamedNode, Quad};
    let path = dir.join("big");
    let store = oxigraph::store::Store::open(&path).expect("open");
    let quads = (0..n).map(|i| {
        let t = i / 2;
        Quad::new(
            NamedNode::new_unchecked(format!("https://x.test/s{}", t / 10)),
            NamedNode::new_unchecked(format!("https://x.test/p{}", t % 10)),
            Literal::new_simple_literal(format!("value number {t} with some text to make rows longer")),
            GraphName::NamedNode(NamedNode::new_unchecked(format!("https://x.test/g{}", (t + i % 2) % 100))),
        )
    });
    let mut loader = store.bulk_loader();
    loader.load_quads(quads).expect("load");
    loader.commit().expect("commit");
    store.flush().expect("flush");
    drop(store);
    path
}

/// Item 3: the table and the triple-format exports stream. On a store of 400,000 quads the
/// table of every quad and a Turtle/N-Triples export (union, duplicates dropped) stay within
/// 150 MiB (main held every row: ~400 MiB for the table, a set of every triple for the export).
#[test]
fn table_and_export_stream_in_bounded_memory() {
    let dir = tempdir();
    let store = big_store(dir.path(), 400_000);
    let table = peak_rss_mib(
        newskg()
            .args(["query", "--format", "table", "--store"])
            .arg(&store)
            .arg("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"),
    );
    let turtle = peak_rss_mib(newskg().args(["export", "--format", "turtle", "--store"]).arg(&store));
    let csv = peak_rss_mib(
        newskg()
            .args(["query", "--format", "csv", "--store"])
            .arg(&store)
            .arg("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"),
    );
    eprintln!("peak RSS: table {table} MiB, turtle export {turtle} MiB, csv {csv} MiB");
    assert!(table < 150, "table: {table} MiB");
    assert!(turtle < 150, "turtle export: {turtle} MiB");
    // The union export writes each of the 200,000 distinct triples once.
    let out = ok(newskg().args(["export", "--format", "ntriples", "--store"]).arg(&store));
    assert_eq!(out.lines().count(), 200_000);
    let distinct: std::collections::HashSet<&str> = out.lines().collect();
    assert_eq!(distinct.len(), 200_000);
    // Table: header, rule, 400,000 rows and the count; a row past the first 1,000 is aligned too.
    let out = ok(newskg()
        .args(["query", "--format", "table", "--store"])
        .arg(&store)
        .arg("SELECT ?s ?o WHERE { ?s <https://x.test/p3> ?o } ORDER BY ?o LIMIT 3000"));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3003, "{:?}", &lines[..3]);
    assert_eq!(lines[2002].find("value"), lines[2].find("value"), "{}\n{}", lines[2], lines[2002]);
    assert_eq!(lines[3002], "(3000 rows)");
}

/// Item 4: a JSON field of the wrong type is refused, naming the field and the type.
#[test]
fn json_fields_of_the_wrong_type_are_refused() {
    let dir = tempdir();
    let input = dir.path().join("types.jsonl");
    std::fs::write(
        &input,
        concat!(
            r#"{"id": "n1", "text": 12345}"#,
            "\n",
            r#"{"id": "n2", "text": 42.5, "title": 7}"#,
            "\n",
            r#"{"id": "n3", "text": "Acme Corp restored its cloud.", "title": 7}"#,
            "\n",
            r#"{"id": "ok", "text": "Acme Corp restored its cloud."}"#,
            "\n",
        ),
    )
    .unwrap();
    let store = dir.path().join("s");
    let (code, _, err) = run(newskg().args(["ingest", "--recogniser", "rules", "--store"]).arg(&store).arg(&input));
    assert_eq!(code, 1, "{err}");
    for needle in [
        ":1: field \"text\" must be a string, not a number",
        ":2: field \"text\" must be a string, not a number",
        ":3: field \"title\" must be a string, not a number",
        "ingested 1 article: 1 new",
    ] {
        assert!(err.contains(needle), "{needle:?} not in:\n{err}");
    }
}

/// Runs a command whose standard output is a pipe closed before it writes; returns (code, stderr).
fn with_closed_stdout(cmd: &mut Command) -> (i32, String) {
    let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn");
    drop(child.stdout.take());
    let mut err = String::new();
    let _ = child.stderr.take().map(|mut e| e.read_to_string(&mut err));
    let status = child.wait().expect("wait");
    (status.code().unwrap_or(-1), err)
}

/// Item 5: a closed pipe on standard output (`newskg stats | head -1`) ends the command quietly
/// with status 0, for every command that writes to standard output.
#[test]
fn closed_pipe_is_success_not_a_panic() {
    let store = sample_store();
    let article = root().join("data/text/nordhavn-cto-2022-03.txt");
    let mut commands: Vec<Command> = Vec::new();
    let mut c = newskg();
    c.args(["stats", "--store"]).arg(store);
    commands.push(c);
    let mut c = newskg();
    c.args(["stats", "--json", "--store"]).arg(store);
    commands.push(c);
    let mut c = newskg();
    c.args(["extract", "--recogniser", "rules"]).arg(&article);
    commands.push(c);
    let mut c = newskg();
    c.args(["query", "--format", "table", "--store"]).arg(store).arg("SELECT * WHERE { ?s ?p ?o }");
    commands.push(c);
    let mut c = newskg();
    c.args(["export", "--format", "turtle", "--store"]).arg(store);
    commands.push(c);
    for mut c in commands {
        let (code, err) = with_closed_stdout(&mut c);
        assert_eq!(code, 0, "{c:?}: {err}");
        assert!(!err.contains("panicked"), "{c:?}: {err}");
        assert!(err.is_empty(), "{c:?}: {err}");
    }
}

/// Item 6: a query that fails during evaluation writes nothing to standard output.
#[test]
fn failed_query_writes_no_half_document() {
    let store = sample_store();
    for format in ["json", "xml", "csv", "table"] {
        let (code, out, err) = run(newskg()
            .args(["query", "--format", format, "--store"])
            .arg(store)
            .arg("SELECT * WHERE { ?s ?p ?o . SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"));
        assert_eq!(code, 2, "{format}: {err}");
        assert_eq!(out, "", "{format}: half a document on stdout");
        assert!(err.contains("newskg: "), "{err}");
    }
}

/// Sends raw bytes, half-closes, and reads the whole reply.
fn raw(addr: &str, bytes: &[u8]) -> String {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(30))).expect("timeout");
    let _ = stream.write_all(bytes);
    let _ = stream.shutdown(std::net::Shutdown::Write);
    let mut out = Vec::new();
    let _ = stream.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// Item 7: requests that a proxy and this server could read differently are refused with 400, and
/// no request puts raw control bytes into the request log.
#[test]
fn serve_refuses_ambiguous_http() {
    let s = start(&["--log-requests"]);
    let a = s.addr.as_str();
    let q = "ASK{}";
    let cases: &[(&str, String)] = &[
        (
            "two different Content-Length",
            format!("POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 5\r\nContent-Length: 3\r\nConnection: close\r\n\r\n{q}"),
        ),
        ("Content-Length with a sign", format!("POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: +5\r\n\r\n{q}")),
        ("bare CR in a header", "GET /api/queries HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\nConnection: close\r\n\r\n".to_string()),
        ("space before the colon", "GET /api/queries HTTP/1.1\r\nHost : x\r\nConnection: close\r\n\r\n".to_string()),
        ("folded header", "GET /api/queries HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\nConnection: close\r\n\r\n".to_string()),
        ("escape bytes in the target", "GET /\x1b[31mred\x1b[0m HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".to_string()),
        ("NUL in a header", "GET /api/queries HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\nConnection: close\r\n\r\n".to_string()),
        (
            "two Transfer-Encoding",
            "POST /query HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n".to_string(),
        ),
        (
            "chunk without CRLF",
            "POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nASK{}XX0\r\n\r\n".to_string(),
        ),
    ];
    for (what, request) in cases {
        let reply = raw(a, request.as_bytes());
        assert!(reply.starts_with("HTTP/1.1 400"), "{what}: {reply}");
        assert_eq!(reply.matches("HTTP/1.1").count(), 1, "{what}: answered more than once: {reply}");
    }
    // The same Content-Length twice is one length; a good request still works.
    let same = format!(
        "POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 5\r\nContent-Length: 5\r\nConnection: close\r\n\r\n{q}"
    );
    assert!(raw(a, same.as_bytes()).starts_with("HTTP/1.1 200"));
    assert_eq!(get(a, "/nowhere%1B%5B31m", "*/*").status, 404);
    std::thread::sleep(Duration::from_millis(200));
    let log = s.log.lock().expect("log").clone();
    assert!(log.iter().any(|l| l.contains("/nowhere%1B%5B31m 404")), "{log:?}");
    assert!(!log.iter().any(|l| l.chars().any(char::is_control)), "control characters in the log: {log:?}");
}

/// Connects from a given loopback source address.
fn connect_from(source: &str, addr: &str) -> TcpStream {
    let addr: SocketAddr = addr.parse().expect("server address");
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).expect("socket");
    let source: SocketAddr = format!("{source}:0").parse().expect("source");
    socket.bind(&source.into()).expect("bind the source address");
    socket.connect_timeout(&addr.into(), Duration::from_secs(5)).expect("connect");
    socket.into()
}

/// Item 8: one client holding many idle connections cannot lock others out. 260 silent
/// connections from 127.0.0.1: past the per-client limit they are answered 503 at once, and a
/// client on 127.0.0.2 is still served.
#[test]
fn one_client_cannot_take_every_connection() {
    let s = start(&[]);
    let a = s.addr.as_str();
    let mut held = Vec::new();
    for _ in 0..260 {
        held.push(TcpStream::connect(a).expect("connect"));
    }
    let mut refused = 0;
    for c in &mut held {
        c.set_read_timeout(Some(Duration::from_millis(100))).expect("timeout");
        let mut buf = [0u8; 64];
        if let Ok(n) = c.read(&mut buf)
            && String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 503")
        {
            refused += 1;
        }
    }
    assert!(refused >= 260 - 32, "only {refused} of 260 connections from one address were refused");
    let mut other = connect_from("127.0.0.2", a);
    other.set_read_timeout(Some(Duration::from_secs(10))).expect("timeout");
    other.write_all(b"GET /api/queries HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").expect("write");
    let mut reply = String::new();
    let _ = other.read_to_string(&mut reply);
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    drop(held);
}

/// Item 9: the rough edges.
#[test]
fn rough_edges() {
    let dir = tempdir();
    // The lock: another process holds the store; one clear sentence, once.
    let s = start(&[]);
    let (code, _, err) = run(newskg().args(["remove", "--store"]).arg(s.store()).arg("x"));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("is in use by another newskg process"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!err.contains("LOCK"), "{err}");
    drop(s);
    // Help: only ingest and serve create a store, and remove refuses a missing one.
    for cmd in ["query", "export", "stats", "remove"] {
        let help = ok(newskg().args([cmd, "--help"]));
        assert!(!help.contains("(created if missing)"), "{cmd}: {help}");
    }
    let missing = dir.path().join("none");
    let (code, _, err) = run(newskg().args(["remove", "--store"]).arg(&missing).arg("x"));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no store at"), "{err}");
    assert!(!missing.exists());
    // A SPARQL syntax error says so once.
    let (code, _, err) = run(newskg().args(["query", "--store"]).arg(sample_store()).arg("SELEKT * WHERE {}"));
    assert_eq!(code, 2);
    let detail = err.trim().rsplit("SPARQL syntax: ").next().unwrap_or("").to_string();
    assert!(!detail.is_empty() && err.matches(detail.as_str()).count() == 1, "{err}");
    assert_eq!(err.matches("SPARQL syntax").count(), 1, "{err}");
    // An all-failed ingest says nothing was ingested.
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, "{not json\n").unwrap();
    let (code, _, err) =
        run(newskg().args(["ingest", "--recogniser", "rules", "--store"]).arg(dir.path().join("s")).arg(&bad));
    assert_eq!(code, 1);
    assert!(err.contains("nothing ingested; 1 input failed"), "{err}");
    // JSON arrays count items from 1, like JSONL lines.
    let arr = dir.path().join("arr.json");
    std::fs::write(&arr, r#"[{"text": "Acme Corp."}, {"title": "no text"}]"#).unwrap();
    let (_, _, err) =
        run(newskg().args(["ingest", "--recogniser", "rules", "--store"]).arg(dir.path().join("s")).arg(&arr));
    assert!(err.contains("arr.json item 2: missing required field \"text\""), "{err}");
    // 200,000 characters without sentence punctuation: split into sentences of at most 2,000
    // bytes, said so, and its time expressions are still found.
    let words = ["the", "cloud", "service", "was", "down", "for", "customers", "on 3 March 2024 at 14:05 UTC"];
    let mut text = String::new();
    let mut i = 0usize;
    while text.len() < 200_000 {
        text.push_str(words[if i.is_multiple_of(97) { 7 } else { i % 7 }]);
        text.push(' ');
        i += 1;
    }
    let long = dir.path().join("long.jsonl");
    std::fs::write(&long, format!("{}\n", serde_json::json!({"id": "long", "published": "2024-03-05", "text": text})))
        .unwrap();
    let (code, _, err) =
        run(newskg().args(["ingest", "--recogniser", "rules", "--store"]).arg(dir.path().join("s")).arg(&long));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("long.jsonl:1: 1 sentence longer than 2000 bytes"), "{err}");
    let out = ok(newskg().args(["extract", "--recogniser", "rules"]).arg(&long));
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(doc["sentences"].as_u64().unwrap_or(0) >= 100, "{}", doc["sentences"]);
    assert!(!doc["times"].as_array().unwrap().is_empty());
    assert_eq!(doc["diagnostics"].as_array().unwrap().len(), 1);
}

/// Item 9: every file and article id that the README and the commands' help name exists.
#[test]
fn documented_examples_name_real_files_and_ids() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let mut docs = readme.clone();
    for cmd in ["ingest", "query", "export", "extract", "remove", "stats", "serve"] {
        docs.push_str(&ok(newskg().args([cmd, "--help"])));
    }
    docs.push_str(&ok(newskg().arg("--help")));
    let ids: Vec<String> = select(sample_store(), "SELECT ?id WHERE { ?a <http://schema.org/identifier> ?id }")
        .iter()
        .filter_map(|r| r["id"].as_str().map(str::to_string))
        .collect();
    let word_end = |c: char| c.is_whitespace() || matches!(c, '`' | '\'' | '"' | ')' | ',');
    let mut checked = 0;
    for (i, _) in docs.match_indices("data/") {
        let path: String = docs[i..].chars().take_while(|c| !word_end(*c)).collect();
        let path = path.trim_end_matches(['.', ':']);
        if path.len() > "data/".len() {
            assert!(root().join(path).exists(), "documented path {path} does not exist");
            checked += 1;
        }
    }
    for marker in ["--article ", "newskg remove "] {
        for (i, _) in docs.match_indices(marker) {
            let id: String = docs[i + marker.len()..].chars().take_while(|c| !word_end(*c)).collect();
            if id.is_empty()
                || id.starts_with(['-', '<', '['])
                || id.chars().all(|c| c.is_ascii_uppercase() || c == '.')
            {
                continue; // an option, or a placeholder such as ID...
            }
            assert!(ids.contains(&id), "documented article id {id:?} is not in data/");
            checked += 1;
        }
    }
    assert!(checked >= 5, "only {checked} references checked");
    // The README's serve example names an article graph that exists too.
    for (i, _) in readme.match_indices("article%2F") {
        let id: String = readme[i + "article%2F".len()..].chars().take_while(|c| !word_end(*c)).collect();
        assert!(ids.contains(&id), "documented graph id {id:?} is not in data/");
    }
}
