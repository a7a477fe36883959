//! `newskg serve`: the real binary on a loopback port over a copy of the sample store, driven by a
//! hand-written HTTP/1.1 client (protocol, negotiation, auth, ingest, limits), and the web page in
//! headless Chromium (tests/browser/run.mjs, through playwright-core).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::{newskg, root, sample_store, tempdir};

/// A running `newskg serve`, killed on drop.
pub struct Server {
    child: Child,
    pub addr: String,
    /// What the server wrote to standard error after it started.
    pub log: Arc<Mutex<Vec<String>>>,
    store: PathBuf,
    _dir: tempfile::TempDir,
}

impl Server {
    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }
    /// The store it serves.
    pub fn store(&self) -> &Path {
        &self.store
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create store copy");
    for entry in std::fs::read_dir(from).expect("read store") {
        let entry = entry.expect("store entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else if entry.file_name() != "LOCK" {
            std::fs::copy(entry.path(), &target).expect("copy store file");
        }
    }
}

/// Starts the server on a free port over a private copy of the sample store; returns once it listens.
pub fn start(extra: &[&str]) -> Server {
    let dir = tempdir();
    let store: PathBuf = dir.path().join("store");
    copy_dir(sample_store(), &store);
    let mut child = newskg()
        .args(["serve", "--bind", "127.0.0.1:0", "--store"])
        .arg(&store)
        .args(extra)
        .env_remove("NEWSKG_WRITE_TOKEN")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn newskg serve");
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = std::sync::mpsc::channel();
    let log = Arc::new(Mutex::new(Vec::new()));
    let log_in = Arc::clone(&log);
    std::thread::spawn(move || {
        let mut sent = false;
        // Keep draining so the server never blocks on a full pipe.
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if !sent && let Some(rest) = line.split("on http://").nth(1) {
                let _ = tx.send(Ok(rest.split('/').next().unwrap_or("").to_string()));
                sent = true;
            } else if !sent {
                let _ = tx.send(Err(line));
            } else if let Ok(mut l) = log_in.lock() {
                l.push(line);
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(Ok(addr)) => return Server { child, addr, log, store, _dir: dir },
            Ok(Err(line)) => eprintln!("serve: {line}"),
            Err(_) => {
                let _ = child.kill();
                panic!("newskg serve did not start listening: {:?}", child.wait());
            }
        }
    }
}

/// A response: status, headers (lower-case names), body.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// One HTTP/1.1 request on a fresh connection (`Connection: close`).
pub fn request(addr: &str, method: &str, target: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(120))).expect("timeout");
    let mut head = format!("{method} {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    if !body.is_empty() || method == "POST" {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).expect("write head");
    // The server may answer (413) before reading a large body; a failed write is then expected.
    let _ = stream.write_all(body);
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    parse_reply(&raw)
}

fn parse_reply(raw: &[u8]) -> Reply {
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap_or_else(|| {
        panic!("no HTTP header in the reply: {:?}", String::from_utf8_lossy(raw));
    });
    let head = String::from_utf8_lossy(&raw[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let status: u16 = lines.next().and_then(|l| l.split(' ').nth(1)).and_then(|s| s.parse().ok()).expect("status");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':').map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string())))
        .collect();
    let mut body = raw[end + 4..].to_vec();
    if headers.iter().any(|(k, v)| k == "transfer-encoding" && v.contains("chunked")) {
        body = dechunk(&body);
    }
    Reply { status, headers, body }
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = data.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(String::from_utf8_lossy(&data[..eol]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        out.extend_from_slice(&data[eol + 2..eol + 2 + size]);
        data = &data[eol + 4 + size..];
    }
    out
}

pub fn get(addr: &str, target: &str, accept: &str) -> Reply {
    request(addr, "GET", target, &[("Accept", accept)], b"")
}

pub fn post(addr: &str, target: &str, content_type: &str, body: &str, extra: &[(&str, &str)]) -> Reply {
    let mut headers = vec![("Content-Type", content_type)];
    headers.extend_from_slice(extra);
    request(addr, "POST", target, &headers, body.as_bytes())
}

/// Percent-encodes a form value.
pub fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

const ARTICLES: &str = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <http://schema.org/NewsArticle> }";

fn json(r: &Reply) -> serde_json::Value {
    serde_json::from_slice(&r.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", r.text()))
}

fn count_of(r: &Reply) -> u64 {
    assert_eq!(r.status, 200, "{}", r.text());
    json(r)["results"]["bindings"][0]["n"]["value"].as_str().and_then(|s| s.parse().ok()).expect("count")
}

#[test]
fn serve_protocol_and_negotiation() {
    let s = start(&[]);
    let a = s.addr.as_str();
    // GET, POST form, POST direct: the same answer.
    assert_eq!(count_of(&get(a, &format!("/query?query={}", encode(ARTICLES)), "application/sparql-results+json")), 20);
    let form = format!("query={}", encode(ARTICLES));
    assert_eq!(count_of(&post(a, "/query", "application/x-www-form-urlencoded", &form, &[])), 20);
    assert_eq!(count_of(&post(a, "/query", "application/sparql-query", ARTICLES, &[])), 20);
    // Dataset from the protocol: one article graph as the default graph.
    let g = "https://newskg.example/id/article/sample-vantora-outage-2023-04";
    let r = get(a, &format!("/query?query={}&default-graph-uri={}", encode(ARTICLES), encode(g)), "*/*");
    assert_eq!(count_of(&r), 1);
    // The default graph is the union of the article graphs: the consolidated graph is read by name
    // (the query runs in a worker process over a snapshot, which must keep it out too).
    let in_default = "SELECT (COUNT(*) AS ?n) WHERE { ?e <https://newskg.example/ns#articleCount> ?c }";
    assert_eq!(count_of(&post(a, "/query", "application/sparql-query", in_default, &[])), 0);
    let by_name = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://newskg.example/id/graph/kg> { \
                   ?e <https://newskg.example/ns#articleCount> ?c } }";
    assert!(count_of(&post(a, "/query", "application/sparql-query", by_name, &[])) > 20);

    // Results formats by Accept.
    let select = "SELECT ?id WHERE { ?a <http://schema.org/identifier> ?id } ORDER BY ?id LIMIT 2";
    for (accept, ct, needle) in [
        ("application/sparql-results+json", "application/sparql-results+json", "\"bindings\""),
        ("application/sparql-results+xml", "application/sparql-results+xml", "<sparql"),
        ("text/csv", "text/csv; charset=utf-8", "id\r\n"),
        ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8", "?id\n"),
    ] {
        let r = post(a, "/query", "application/sparql-query", select, &[("Accept", accept)]);
        assert_eq!(r.status, 200, "{accept}: {}", r.text());
        assert_eq!(r.header("content-type"), Some(ct), "{accept}");
        assert!(r.text().contains(needle), "{accept}: {}", r.text());
    }
    let r = post(a, "/query", "application/sparql-query", select, &[("Accept", "image/png")]);
    assert_eq!(r.status, 406);
    let r = post(a, "/query", "application/sparql-query", "ASK { ?s ?p ?o }", &[("Accept", "text/csv")]);
    assert_eq!((r.status, r.text().trim()), (200, "true"));

    // Graphs: CONSTRUCT and the graph store, by Accept.
    let construct =
        "CONSTRUCT { ?a <http://schema.org/identifier> ?id } WHERE { ?a <http://schema.org/identifier> ?id }";
    for (accept, needle) in [
        ("text/turtle", "schema:identifier"),
        ("application/n-triples", "<http://schema.org/identifier>"),
        ("application/rdf+xml", "<rdf:RDF"),
        ("application/ld+json", "\"@id\""),
        ("application/n-quads", "<http://schema.org/identifier>"),
        ("application/trig", "schema:identifier"),
    ] {
        let r = post(a, "/query", "application/sparql-query", construct, &[("Accept", accept)]);
        assert_eq!(r.status, 200, "{accept}: {}", r.text());
        assert!(r.header("content-type").is_some_and(|c| c.starts_with(accept)), "{accept}");
        assert!(r.text().contains(needle), "{accept}: {}", r.text());
    }
    let r = get(a, &format!("/store?graph={}", encode(g)), "text/turtle");
    assert_eq!(r.status, 200);
    assert!(r.text().contains("Vantora Cloud"), "{}", r.text());
    let r = get(a, &format!("/store?graph={}", encode("https://newskg.example/id/article/none")), "text/turtle");
    assert_eq!(r.status, 404);
    let r = get(a, "/store?default", "application/n-triples");
    assert_eq!(r.status, 200);
    assert!(r.text().lines().count() > 1000);
    let r = get(a, "/store", "application/n-quads");
    assert_eq!(r.status, 200);
    assert!(r.text().contains(&format!("<{g}> .")));

    // Errors: syntax, missing query, wrong body type, unknown path, the page and saved queries.
    let r = post(a, "/query", "application/sparql-query", "SELECT WHERE {", &[]);
    assert_eq!(r.status, 400);
    assert!(r.text().starts_with("SPARQL syntax"), "{}", r.text());
    assert_eq!(get(a, "/query", "*/*").status, 400);
    assert_eq!(post(a, "/query", "text/plain", ARTICLES, &[]).status, 415);
    assert_eq!(get(a, "/nothing", "*/*").status, 404);
    let r = get(a, "/", "text/html");
    assert_eq!(r.status, 200);
    assert!(r.text().contains("<script src=\"/app.js\""));
    assert!(r.header("content-security-policy").is_some_and(|c| c.contains("default-src 'none'")));
    let r = get(a, "/api/queries", "application/json");
    let names: Vec<String> =
        json(&r).as_array().expect("list").iter().filter_map(|q| q["name"].as_str().map(String::from)).collect();
    assert!(names.contains(&"outages-by-provider".to_string()), "{names:?}");
    // No CORS unless asked for.
    assert!(r.header("access-control-allow-origin").is_none());
}

#[test]
fn serve_writes_need_the_token_and_ingest_runs_the_pipeline() {
    let token = "test-token-0123";
    let bearer = format!("Bearer {token}");
    let auth = [("Authorization", bearer.as_str())];
    // Read-only server: every write is refused.
    let ro = start(&[]);
    let insert = "INSERT DATA { GRAPH <https://x.test/g> { <https://x.test/s> <https://x.test/p> \"o\" } }";
    let r = post(&ro.addr, "/update", "application/sparql-update", insert, &auth);
    assert_eq!(r.status, 403);
    assert!(r.text().contains("read-only"), "{}", r.text());
    assert_eq!(post(&ro.addr, "/ingest", "application/x-ndjson", "{\"text\": \"x\"}", &auth).status, 403);
    assert_eq!(request(&ro.addr, "PUT", "/store?graph=https%3A%2F%2Fx.test%2Fg", &[], b"").status, 403);
    drop(ro);

    let s = start(&["--write-token", token, "--cors-origin", "https://app.example"]);
    let a = s.addr.as_str();
    let r = post(a, "/update", "application/sparql-update", insert, &[]);
    assert_eq!(r.status, 403, "{}", r.text());
    let r = post(a, "/update", "application/sparql-update", insert, &[("Authorization", "Bearer wrong-token")]);
    assert_eq!(r.status, 403);
    let r = post(a, "/update", "application/sparql-update", insert, &auth);
    assert_eq!(r.status, 204, "{}", r.text());
    let form = format!(
        "update={}",
        encode("DELETE DATA { GRAPH <https://x.test/g> { <https://x.test/s> <https://x.test/p> \"o\" } }")
    );
    let r = post(a, "/update", "application/x-www-form-urlencoded", &form, &auth);
    assert_eq!(r.status, 204, "{}", r.text());
    assert_eq!(r.header("access-control-allow-origin"), Some("https://app.example"));
    let r = post(a, "/update", "application/sparql-update", "LOAD <http://127.0.0.1:9/x.ttl>", &auth);
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.text().contains("no outbound requests"), "{}", r.text());
    let r = request(a, "OPTIONS", "/query", &[("Origin", "https://app.example")], b"");
    assert_eq!(r.status, 204);
    assert!(r.header("access-control-allow-headers").is_some_and(|h| h.contains("Authorization")));

    // Ingest over HTTP: one new article, one bad record; queries see it at once.
    let body = concat!(
        r#"{"id": "http-ingest-1", "title": "Corvane Systems restores Oslo region", "published": "2024-05-02", "text": "Corvane Systems said on Tuesday that its Oslo data centre was back online after a power failure took down Corvane Mail for three hours. Chief executive Maria Lund apologised to customers."}"#,
        "\n",
        "{not json\n"
    );
    let r = post(a, "/ingest", "application/x-ndjson", body, &[]);
    assert_eq!(r.status, 403);
    let r = post(a, "/ingest", "application/x-ndjson", body, &auth);
    assert_eq!(r.status, 200, "{}", r.text());
    let v = json(&r);
    assert_eq!((v["new"].as_u64(), v["failed"].as_u64()), (Some(1), Some(1)), "{v}");
    assert!(v["errors"][0].as_str().is_some_and(|e| e.starts_with("request:2: malformed JSON")), "{v}");
    assert_eq!(count_of(&post(a, "/query", "application/sparql-query", ARTICLES, &[])), 21);
    let q = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?a <http://schema.org/identifier> \"http-ingest-1\" ; <http://schema.org/mentions> ?e . ?e <http://www.w3.org/2000/01/rdf-schema#label> \"Corvane Systems\" }";
    assert_eq!(count_of(&post(a, "/query", "application/sparql-query", q, &[])), 1);
    // The same record again is unchanged.
    let r = post(a, "/ingest", "application/x-ndjson", body.lines().next().unwrap_or(""), &auth);
    assert_eq!(json(&r)["unchanged"].as_u64(), Some(1), "{}", r.text());
}

#[test]
fn serve_limits_time_body_results_and_service() {
    let s = start(&["--query-timeout", "1", "--max-body", "2000", "--max-results", "50"]);
    let a = s.addr.as_str();
    // A cross join of the whole store with itself three times: stopped at the time limit.
    let started = Instant::now();
    let r = post(
        a,
        "/query",
        "application/sparql-query",
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        &[],
    );
    let took = started.elapsed();
    assert_eq!(r.status, 503, "{}", r.text());
    assert!(r.text().contains("time limit"), "{}", r.text());
    assert!(took < Duration::from_secs(5), "the time limit did not fire in time: {took:?}");
    // The server still answers.
    assert_eq!(count_of(&post(a, "/query", "application/sparql-query", ARTICLES, &[])), 20);

    // Body over --max-body.
    let big = format!("{ARTICLES} #{}", "x".repeat(3000));
    let r = post(a, "/query", "application/sparql-query", &big, &[]);
    assert_eq!(r.status, 413, "{}", r.text());
    assert!(r.text().contains("--max-body"));
    // Answer over --max-results.
    let r = post(a, "/query", "application/sparql-query", "SELECT * WHERE { ?s ?p ?o }", &[]);
    assert_eq!(r.status, 413, "{}", r.text());
    assert!(r.text().contains("--max-results"));
    // SERVICE: no outbound requests.
    let r = post(
        a,
        "/query",
        "application/sparql-query",
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        &[],
    );
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.text().contains("SERVICE is disabled"), "{}", r.text());
}

/// The web page in headless Chromium: saved query, entity page, timeline, article with highlights.
/// Needs Debian's chromium and `npm ci` in tests/browser (scripts/setup.sh installs both);
/// NEWSKG_SKIP_BROWSER=1 skips it where they cannot be installed.
#[test]
fn serve_web_page_in_a_browser() {
    if std::env::var_os("NEWSKG_SKIP_BROWSER").is_some() {
        eprintln!("serve_web_page_in_a_browser: skipped (NEWSKG_SKIP_BROWSER is set)");
        return;
    }
    let browser_dir = root().join("tests/browser");
    assert!(
        Path::new("/usr/bin/chromium").exists() && browser_dir.join("node_modules/playwright-core").is_dir(),
        "the browser test needs /usr/bin/chromium and tests/browser/node_modules: run scripts/setup.sh \
         (or set NEWSKG_SKIP_BROWSER=1)"
    );
    let token = "browser-token-0123";
    let s = start(&["--write-token", token, "--log-requests"]);
    // An article whose headline and text carry markup: the page must show it as text.
    let hostile = r#"{"id": "hostile-markup", "title": "<img src=x onerror=\"window.__pwned=1\"> Evil Corp <script>window.__pwned=1</script>", "published": "2024-01-02", "text": "Evil Corp <img src=x onerror=window.__pwned=1> said on Monday that its <b>Evil Cloud</b> service was restored after an outage. Chief executive Mallory <script>window.__pwned=1</script> Jones apologised."}"#;
    let r = post(&s.addr, "/ingest", "application/x-ndjson", hostile, &[("Authorization", &format!("Bearer {token}"))]);
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(json(&r)["new"].as_u64(), Some(1), "{}", r.text());
    let shots = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
        .join("browser");
    std::fs::create_dir_all(&shots).expect("screenshot folder");
    let out = std::process::Command::new("node")
        .arg(browser_dir.join("run.mjs"))
        .arg(format!("http://{}/", s.addr))
        .arg(&shots)
        .current_dir(&browser_dir)
        .output()
        .expect("run node");
    let log = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    let server_log = s.log.lock().map(|l| l.join("\n")).unwrap_or_default();
    assert!(out.status.success(), "browser test failed:\n{log}\nserver log:\n{server_log}");
    assert!(log.contains("browser checks passed"), "{log}");
}

/// Sends raw bytes and reads until the server closes the connection.
fn raw(addr: &str, bytes: &[u8]) -> String {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(60))).expect("timeout");
    let _ = stream.write_all(bytes);
    let mut out = Vec::new();
    let _ = stream.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn serve_http_layer_keep_alive_chunked_and_bad_requests() {
    let s = start(&[]);
    let a = s.addr.as_str();
    let q = ARTICLES.replace(' ', "+").replace('?', "%3F").replace('<', "%3C").replace('>', "%3E");
    // Two requests on one connection, the second closing it.
    let out = raw(
        a,
        format!("GET /query?query={q} HTTP/1.1\r\nHost: x\r\n\r\nGET /api/queries HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .as_bytes(),
    );
    assert_eq!(out.matches("HTTP/1.1 200 OK").count(), 2, "{out}");
    assert!(out.contains("Connection: keep-alive") && out.contains("Connection: close"), "{out}");
    // A chunked body.
    let out = raw(
        a,
        format!(
            "POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{:x}\r\n{}\r\n{:x}\r\n{}\r\n0\r\n\r\n",
            10,
            &ARTICLES[..10],
            ARTICLES.len() - 10,
            &ARTICLES[10..]
        )
        .as_bytes(),
    );
    assert!(out.starts_with("HTTP/1.1 200"), "{out}");
    assert!(out.contains("\"20\""), "{out}");
    // Bad requests get a status, not a dropped connection.
    assert!(raw(a, b"NONSENSE\r\n\r\n").starts_with("HTTP/1.1 400"));
    assert!(raw(a, b"GET / HTTP/2.0\r\n\r\n").starts_with("HTTP/1.1 505"));
    let huge = format!("GET / HTTP/1.1\r\nX-Big: {}\r\n\r\n", "a".repeat(70_000));
    assert!(raw(a, huge.as_bytes()).starts_with("HTTP/1.1 431"));
    assert!(raw(a, b"POST /query HTTP/1.1\r\nContent-Length: nope\r\n\r\n").starts_with("HTTP/1.1 400"));
    // HEAD: headers only, with the real length.
    let out = raw(a, b"HEAD / HTTP/1.1\r\nConnection: close\r\n\r\n");
    assert!(out.starts_with("HTTP/1.1 200") && out.ends_with("\r\n\r\n"), "{out}");
    assert!(!out.contains("Content-Length: 0\r\n"), "{out}");
    // The server is still fine.
    assert_eq!(count_of(&post(a, "/query", "application/sparql-query", ARTICLES, &[])), 20);
}
