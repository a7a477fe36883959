//! A remote SPARQL store through the SPARQL 1.1 Graph Store HTTP Protocol: consumes named graphs,
//! writes each with one `PUT ?graph=IRI` (or removes it with `DELETE`). The only module outside
//! `src/cli` and `src/serve` that knows HTTP, and the only one that connects out (to the URL the
//! user gave, never on its own).
//!
//! Retries: a connection error, a timeout, `408`, `429` or a `5xx` is tried again after 0.5 s,
//! 1 s, 2 s ... (at most 30 s, or the server's `Retry-After`), up to [`Retry::attempts`] times.
//! Authentication: a bearer token, or a user and password answered as the server asks (HTTP Basic,
//! or HTTP Digest per RFC 7616 in `digest.rs`: the client library has none).
//!
//! [`RemoteSink`] makes the remote store a [`GraphSink`], so `ingest --to URL` writes there.

pub mod digest;

use std::io::{Read, Seek, Write};
use std::sync::Mutex;
use std::time::Duration;

use newskg_rdf::{NamedNode, Quad};
use newskg_store::ExportFormat;
use newskg_store::model::TripleRef;

use crate::sink::{GraphSink, Written};
use digest::{DigestSession, parse_challenges};

/// How to authenticate.
#[derive(Clone, PartialEq, Eq)]
pub enum Auth {
    None,
    /// `Authorization: Bearer TOKEN` on every request.
    Bearer(String),
    /// A user and password, answered with the scheme the server's challenge names (Digest is
    /// preferred when it offers both), or always the one given.
    Password {
        user: String,
        password: String,
        scheme: Scheme,
    },
}

impl std::fmt::Debug for Auth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Auth::None => f.write_str("None"),
            Auth::Bearer(_) => f.write_str("Bearer(..)"),
            Auth::Password { user, scheme, .. } => write!(f, "Password({user}, {scheme:?})"),
        }
    }
}

/// Which password scheme to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// The one the server's `401` challenge asks for.
    Auto,
    /// HTTP Basic from the first request on.
    Basic,
    /// HTTP Digest (after the server's challenge).
    Digest,
}

/// How often to try a request, and how long to wait for a connection and an answer.
#[derive(Debug, Clone, Copy)]
pub struct Retry {
    /// Tries of one request in all (at least 1).
    pub attempts: u32,
    /// The first pause; each next one doubles, up to 30 s.
    pub first_pause: Duration,
    /// The longest one request may take.
    pub timeout: Duration,
}

impl Default for Retry {
    fn default() -> Retry {
        Retry { attempts: 6, first_pause: Duration::from_millis(500), timeout: Duration::from_secs(300) }
    }
}

/// Errors talking to the remote store. Each message names the URL and the reason.
#[derive(Debug, thiserror::Error)]
pub enum RemoteError {
    #[error("{url}: {reason} (after {attempts} tries)")]
    Unreachable { url: String, reason: String, attempts: u32 },
    #[error("{url}: the server refused the credentials ({status}){}", colon(message))]
    Refused { url: String, status: u16, message: String },
    #[error("{url}: HTTP {status}{}", colon(message))]
    Status { url: String, status: u16, message: String },
    #[error("{0}")]
    Local(String),
}

/// `: message`, or nothing for an empty message.
fn colon(message: &str) -> String {
    if message.is_empty() { String::new() } else { format!(": {message}") }
}

impl RemoteError {
    /// Whether the error ends a whole run rather than failing one graph: the server cannot be
    /// reached, refuses the credentials, or refuses what every request sends.
    pub fn is_fatal(&self) -> bool {
        match self {
            RemoteError::Unreachable { .. } | RemoteError::Refused { .. } => true,
            RemoteError::Status { status, .. } => matches!(status, 404 | 405 | 415 | 501),
            RemoteError::Local(_) => false,
        }
    }
}

/// A request body: in memory, or in a temporary file past [`SPOOL_BYTES`] (a consolidated graph can
/// be large), so it can be sent again on a retry.
#[derive(Debug)]
pub enum Body {
    Memory(Vec<u8>),
    File(tempfile::NamedTempFile, u64),
}

/// Bodies larger than this go to a temporary file.
pub const SPOOL_BYTES: usize = 16 << 20;

impl Body {
    pub fn len(&self) -> u64 {
        match self {
            Body::Memory(v) => v.len() as u64,
            Body::File(_, n) => *n,
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Writes into memory, moving to a temporary file once past [`SPOOL_BYTES`].
#[derive(Debug, Default)]
pub struct BodyWriter {
    memory: Vec<u8>,
    file: Option<tempfile::NamedTempFile>,
    len: u64,
    digest: Sha,
}

/// The running SHA-256 of a body (what `--changed-only` compares).
#[derive(Clone, Default)]
struct Sha(sha2::Sha256);

impl std::fmt::Debug for Sha {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sha256")
    }
}

impl Write for BodyWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        use sha2::Digest as _;
        self.digest.0.update(buf);
        self.len += buf.len() as u64;
        if self.file.is_none() && self.memory.len() + buf.len() > SPOOL_BYTES {
            let mut f = tempfile::Builder::new().prefix("newskg-push-").tempfile()?;
            f.write_all(&self.memory)?;
            self.memory = Vec::new();
            self.file = Some(f);
        }
        match &mut self.file {
            Some(f) => f.write_all(buf)?,
            None => self.memory.extend_from_slice(buf),
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.file {
            Some(f) => f.flush(),
            None => Ok(()),
        }
    }
}

impl BodyWriter {
    /// The body and the hex SHA-256 of its bytes.
    pub fn finish(self) -> std::io::Result<(Body, String)> {
        use sha2::Digest as _;
        let digest = self.digest.0.finalize().iter().map(|b| format!("{b:02x}")).collect();
        Ok(match self.file {
            Some(mut f) => {
                f.flush()?;
                (Body::File(f, self.len), digest)
            }
            None => (Body::Memory(self.memory), digest),
        })
    }
}

/// The N-Triples of one graph's quads (their graph names dropped), with its digest.
pub fn ntriples_body<'a>(quads: impl IntoIterator<Item = &'a Quad>) -> std::io::Result<(Body, String)> {
    let mut ser = newskg_store::rdf_serializer(ExportFormat::NTriples).for_writer(BodyWriter::default());
    for q in quads {
        ser.serialize_triple(TripleRef::new(&q.subject, &q.predicate, &q.object))?;
    }
    ser.finish()?.finish()
}

/// What a `PUT` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Put {
    /// `201 Created`: the graph was not there.
    Created,
    /// `200` / `204`: the graph was replaced.
    Replaced,
}

/// A remote Graph Store Protocol endpoint.
pub struct GraphStore {
    agent: ureq::Agent,
    endpoint: String,
    auth: Auth,
    retry: Retry,
    content_type: String,
    digest: Mutex<Option<DigestSession>>,
    /// Send Basic credentials from the first request (after a Basic challenge, or when asked).
    basic_now: std::sync::atomic::AtomicBool,
    /// Requests tried again, over the whole run.
    retries: std::sync::atomic::AtomicU64,
}

impl std::fmt::Debug for GraphStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GraphStore").field("endpoint", &self.endpoint).field("auth", &self.auth).finish()
    }
}

/// Percent-encodes a query parameter value: everything but unreserved characters.
pub fn encode_param(value: &str) -> String {
    let mut out = String::with_capacity(value.len() * 3 / 2);
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl GraphStore {
    /// A client for `endpoint` (the Graph Store URL, such as `http://host:7878/store` for Oxigraph
    /// or `http://host:8890/sparql-graph-crud-auth` for Virtuoso). `content_type` labels the
    /// N-Triples bodies (`application/n-triples`, or `text/turtle` for servers that only take
    /// Turtle: N-Triples is Turtle).
    pub fn new(endpoint: &str, auth: Auth, retry: Retry, content_type: &str) -> Result<GraphStore, RemoteError> {
        if !(endpoint.starts_with("http://") || endpoint.starts_with("https://")) {
            return Err(RemoteError::Local(format!("{endpoint}: the URL must start with http:// or https://")));
        }
        if endpoint.contains(['?', '#']) {
            return Err(RemoteError::Local(format!(
                "{endpoint}: give the endpoint without a query; ?graph= is added for each graph"
            )));
        }
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(retry.timeout))
            .timeout_connect(Some(Duration::from_secs(10)))
            .max_redirects(0)
            .user_agent(concat!("newskg/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        let basic_now = matches!(auth, Auth::Password { scheme: Scheme::Basic, .. });
        Ok(GraphStore {
            agent,
            endpoint: endpoint.to_string(),
            auth,
            retry,
            content_type: content_type.to_string(),
            digest: Mutex::new(None),
            basic_now: std::sync::atomic::AtomicBool::new(basic_now),
            retries: std::sync::atomic::AtomicU64::new(0),
        })
    }

    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// Requests tried again so far.
    pub fn retries(&self) -> u64 {
        self.retries.load(std::sync::atomic::Ordering::Relaxed)
    }

    fn graph_url(&self, graph: &NamedNode) -> String {
        format!("{}?graph={}", self.endpoint, encode_param(graph.as_str()))
    }

    /// Replaces `graph` in the remote store with the triples of `body`.
    pub fn put(&self, graph: &NamedNode, body: &Body) -> Result<Put, RemoteError> {
        let url = self.graph_url(graph);
        let (status, text) = self.send("PUT", &url, Some(body), None)?;
        match status {
            201 => Ok(Put::Created),
            200 | 204 => Ok(Put::Replaced),
            _ => Err(RemoteError::Status { url, status, message: short(&text) }),
        }
    }

    /// Removes `graph` from the remote store; false when it was not there.
    pub fn delete(&self, graph: &NamedNode) -> Result<bool, RemoteError> {
        let url = self.graph_url(graph);
        let (status, text) = self.send("DELETE", &url, None, None)?;
        match status {
            200 | 204 => Ok(true),
            404 => Ok(false),
            _ => Err(RemoteError::Status { url, status, message: short(&text) }),
        }
    }

    /// GETs `url` (a SPARQL query, say) with the same credentials and retries; returns the
    /// status and the answer's text (at most 1 MiB).
    pub fn get(&self, url: &str, accept: &str) -> Result<(u16, String), RemoteError> {
        self.send("GET", url, None, Some(accept))
    }

    /// Sends one request, answering authentication challenges and retrying as the module says;
    /// returns the final status and the answer's text (at most 1 MiB).
    fn send(
        &self,
        method: &str,
        url: &str,
        body: Option<&Body>,
        accept: Option<&str>,
    ) -> Result<(u16, String), RemoteError> {
        let attempts = self.retry.attempts.max(1);
        let mut pause = self.retry.first_pause;
        let mut answered_challenge = false;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let outcome = self.once(method, url, body, accept);
            let retry_after = match &outcome {
                Ok((status, _, headers)) if *status == 401 && !answered_challenge => {
                    // Answer the challenge once; a second 401 means the credentials are wrong.
                    if self.take_challenge(headers) {
                        answered_challenge = true;
                        attempt -= 1;
                        continue;
                    }
                    None
                }
                Ok((408 | 429 | 500..=599, _, headers)) => Some(headers.retry_after),
                Ok(_) => None,
                Err(_) => Some(None),
            };
            match (retry_after, outcome) {
                (Some(after), outcome) if attempt < attempts => {
                    let wait = after.unwrap_or(pause).min(Duration::from_secs(60));
                    self.retries.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    drop(outcome);
                    std::thread::sleep(wait);
                    pause = (pause * 2).min(Duration::from_secs(30));
                }
                (_, Err(reason)) => {
                    return Err(RemoteError::Unreachable { url: url.to_string(), reason, attempts: attempt });
                }
                (_, Ok((status @ (401 | 403), message, _))) => {
                    let message = if self.auth == Auth::None && status == 401 {
                        format!("{message} (the server wants credentials: --user and a password, or --bearer-token)")
                    } else {
                        message
                    };
                    return Err(RemoteError::Refused { url: url.to_string(), status, message: short(&message) });
                }
                (_, Ok((status, message, _))) => return Ok((status, message)),
            }
        }
    }

    /// Reads a `401`'s challenges; true when they can be answered with the credentials given.
    fn take_challenge(&self, headers: &Headers) -> bool {
        let Auth::Password { scheme, .. } = &self.auth else { return false };
        let challenges: Vec<_> = headers.authenticate.iter().flat_map(|h| parse_challenges(h)).collect();
        if *scheme != Scheme::Basic
            && let Some(session) = DigestSession::from_challenges(&challenges)
        {
            *self.digest.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(session);
            return true;
        }
        if *scheme != Scheme::Digest && challenges.iter().any(|c| c.scheme == "basic") {
            self.basic_now.store(true, std::sync::atomic::Ordering::Relaxed);
            return true;
        }
        false
    }

    /// The `Authorization` header for one request, if any.
    fn authorization(&self, method: &str, url: &str) -> Option<String> {
        match &self.auth {
            Auth::None => None,
            Auth::Bearer(token) => Some(format!("Bearer {token}")),
            Auth::Password { user, password, .. } => {
                let mut digest = self.digest.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                if let Some(session) = digest.as_mut() {
                    let target = request_target(url);
                    return Some(session.authorization(user, password, method, target, &digest::cnonce()));
                }
                if self.basic_now.load(std::sync::atomic::Ordering::Relaxed) {
                    return Some(format!("Basic {}", base64(format!("{user}:{password}").as_bytes())));
                }
                None
            }
        }
    }

    /// One try: (status, start of the body, the headers we read) or why no answer came.
    fn once(
        &self,
        method: &str,
        url: &str,
        body: Option<&Body>,
        accept: Option<&str>,
    ) -> Result<(u16, String, Headers), String> {
        let mut req = ureq::http::Request::builder().method(method).uri(url);
        if let Some(a) = accept {
            req = req.header("Accept", a);
        }
        if let Some(a) = self.authorization(method, url) {
            req = req.header("Authorization", a);
        }
        let result = match body {
            Some(b) => {
                let req = req.header("Content-Type", &self.content_type);
                match b {
                    Body::Memory(v) => req
                        .body(v.as_slice())
                        .map_err(|e| e.to_string())
                        .and_then(|r| self.agent.run(r).map_err(describe)),
                    Body::File(f, _) => {
                        let mut file = f.reopen().map_err(|e| e.to_string())?;
                        file.rewind().map_err(|e| e.to_string())?;
                        req.body(&file).map_err(|e| e.to_string()).and_then(|r| self.agent.run(r).map_err(describe))
                    }
                }
            }
            None => req.body(()).map_err(|e| e.to_string()).and_then(|r| self.agent.run(r).map_err(describe)),
        };
        let mut resp = result?;
        let status = resp.status().as_u16();
        let headers = Headers {
            authenticate: resp
                .headers()
                .get_all("www-authenticate")
                .iter()
                .filter_map(|v| v.to_str().ok().map(str::to_string))
                .collect(),
            retry_after: resp
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<u64>().ok())
                .map(Duration::from_secs),
        };
        let mut text = Vec::new();
        let _ = resp.body_mut().as_reader().take(1 << 20).read_to_end(&mut text);
        Ok((status, String::from_utf8_lossy(&text).into_owned(), headers))
    }
}

/// The start of an answer's text on one line, for an error message.
fn short(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(300).collect()
}

/// What a response said about retrying and authenticating.
#[derive(Debug, Default)]
struct Headers {
    authenticate: Vec<String>,
    retry_after: Option<Duration>,
}

/// A transport error in words.
fn describe(e: ureq::Error) -> String {
    match e {
        ureq::Error::Io(io) => io.to_string(),
        ureq::Error::ConnectionFailed => "connection failed".into(),
        ureq::Error::HostNotFound => "host not found".into(),
        ureq::Error::Timeout(t) => format!("timed out ({t})"),
        other => other.to_string(),
    }
}

/// The request target of a URL (path and query), as Digest hashes it.
fn request_target(url: &str) -> &str {
    let after_scheme = url.split_once("://").map_or(url, |(_, r)| r);
    after_scheme.find('/').map_or("/", |i| &after_scheme[i..])
}

fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, &b)| acc | (u32::from(b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A SPARQL query endpoint of the remote store, asked for content hashes.
#[derive(Debug)]
pub struct QueryEndpoint {
    url: String,
}

/// The remote store as a [`GraphSink`] (`ingest --to URL`): each article graph is `PUT` whole, in
/// the form the embedded store would hold it. With a query endpoint, an article whose content hash
/// the remote store already holds is skipped (one SPARQL query per article); without one, every
/// article is analysed and sent. The consolidated graph is not written: it is derived from all the
/// article graphs, which only a store that holds them can do (`newskg push` sends it from one).
#[derive(Debug)]
pub struct RemoteSink {
    store: GraphStore,
    query: Option<QueryEndpoint>,
    /// Bytes sent so far.
    bytes: std::sync::atomic::AtomicU64,
}

impl RemoteSink {
    pub fn new(store: GraphStore, query_url: Option<String>) -> RemoteSink {
        RemoteSink { store, query: query_url.map(|url| QueryEndpoint { url }), bytes: Default::default() }
    }

    pub fn store(&self) -> &GraphStore {
        &self.store
    }

    pub fn bytes(&self) -> u64 {
        self.bytes.load(std::sync::atomic::Ordering::Relaxed)
    }
}

impl GraphSink for RemoteSink {
    type Error = RemoteError;

    fn content_hash(&self, graph: &NamedNode) -> Result<Option<String>, RemoteError> {
        let Some(q) = &self.query else { return Ok(None) };
        let sparql = format!(
            "SELECT ?h WHERE {{ GRAPH <{g}> {{ <{g}> <{p}> ?h }} }}",
            g = graph.as_str(),
            p = newskg_rdf::CONTENT_HASH
        );
        let url = format!("{}?query={}", q.url, encode_param(&sparql));
        let (status, text) = self.store.get(&url, "application/sparql-results+json")?;
        if status != 200 {
            return Err(RemoteError::Status { url: q.url.clone(), status, message: short(&text) });
        }
        let v: serde_json::Value = serde_json::from_str(&text).map_err(|e| RemoteError::Status {
            url: q.url.clone(),
            status,
            message: format!("not SPARQL JSON results: {e}"),
        })?;
        Ok(v["results"]["bindings"][0]["h"]["value"].as_str().map(str::to_string))
    }

    fn replace_graph(&self, graph: &NamedNode, quads: &[Quad], content_hash: &str) -> Result<Written, RemoteError> {
        let stored = newskg_store::as_stored(&newskg_rdf::article_graph(graph, quads, content_hash));
        let (body, _) = ntriples_body(&stored).map_err(|e| RemoteError::Local(e.to_string()))?;
        let put = self.store.put(graph, &body)?;
        self.bytes.fetch_add(body.len(), std::sync::atomic::Ordering::Relaxed);
        Ok(match put {
            Put::Created => Written::New,
            Put::Replaced => Written::Replaced,
        })
    }

    fn flush(&self) -> Result<(), RemoteError> {
        Ok(())
    }

    fn stops(&self, error: &RemoteError) -> bool {
        error.is_fatal()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_and_targets() {
        assert_eq!(base64(b"Aladdin:open sesame"), "QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
        assert_eq!(base64(b"ab"), "YWI=");
        assert_eq!(base64(b""), "");
        assert_eq!(request_target("http://h:1/a/b?graph=x%2Fy"), "/a/b?graph=x%2Fy");
        assert_eq!(request_target("http://h:1"), "/");
        assert_eq!(encode_param("https://x/a b?c=d"), "https%3A%2F%2Fx%2Fa%20b%3Fc%3Dd");
    }
}
