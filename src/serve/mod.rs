//! `newskg serve`: consumes HTTP requests, produces HTTP responses over the store.
//!
//! [`handle`] is a plain function from a [`Request`] to a [`Response`] over a shared [`State`]: the
//! SPARQL 1.1 Protocol (`/query`, `/update`), Graph Store Protocol reads (`/store`), ingest over
//! HTTP (`/ingest`), the saved queries (`/api/queries`) and the analyst's web page (`/`, compiled
//! into the binary from `ui/`). It is tested without sockets; [`http::Server`] is the thin socket
//! layer around it (HTTP/1.1 on `std::net`, one thread per connection).
//!
//! Invariants:
//! - no request causes a panic: every failure is a status code and a plain-text message;
//! - without a write token nothing writes: updates, graph writes and ingest answer 403;
//! - every query runs under a deadline that cancels its evaluation, and its answer is bounded by
//!   `max_results` rows (413 beyond);
//! - no outbound requests: `SERVICE` answers 400.

pub mod http;
mod ingest;
mod sparql;
pub mod worker;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;
use std::time::Duration;

use newskg_doc::RelationKind;
use newskg_rdf::RdfConfig;
use newskg_store::Store;

pub use ingest::Ingester;

/// How the server runs; see `newskg serve --help`.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// Address to listen on (`127.0.0.1:7878`; port 0 picks a free one).
    pub bind: String,
    /// Wall-clock limit for one query or update; evaluation is cancelled when it passes.
    pub query_timeout: Duration,
    /// Most solutions (or triples) one answer may hold; more is a 413.
    pub max_results: usize,
    /// Largest request body accepted; more is a 413.
    pub max_body: usize,
    /// The bearer token that allows updates and ingest; `None` = read-only.
    pub write_token: Option<String>,
    /// The one origin allowed to call the endpoint from a browser page (`*` for any); `None` = no CORS.
    pub cors_origin: Option<String>,
    /// Most queries and updates evaluated at once, each on its own thread (a slow query holds
    /// only its own); beyond that a query answers 503.
    pub threads: usize,
    /// Print one line per request to standard error (method, target, status, size, time).
    pub log_requests: bool,
}

/// A saved SPARQL query offered by the page (`queries/NAME.rq`).
#[derive(Debug, Clone, serde::Serialize)]
pub struct SavedQuery {
    pub name: String,
    /// The file's first `#` comment line.
    pub description: String,
    pub query: String,
}

/// Reads every `*.rq` file of a folder, sorted by name.
pub fn load_saved_queries(dir: &Path) -> std::io::Result<Vec<SavedQuery>> {
    let mut out = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "rq"))
        .collect();
    paths.sort();
    for path in paths {
        let query = std::fs::read_to_string(&path)?;
        let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let description =
            query.lines().find_map(|l| l.trim().strip_prefix('#').map(|d| d.trim().to_string())).unwrap_or_default();
        out.push(SavedQuery { name, description, query });
    }
    Ok(out)
}

/// Everything a request may touch; shared by all worker threads.
#[derive(Debug)]
pub struct State {
    store: Store,
    config: ServeConfig,
    /// How the store's IRIs were minted (the page learns their shapes from `/api/vocab`).
    rdf: RdfConfig,
    queries: Vec<SavedQuery>,
    ingester: Option<Ingester>,
    /// Query and update evaluations still running.
    running: Arc<AtomicUsize>,
    /// Where queries run in worker processes; `None`: on threads of this process.
    isolation: Option<worker::Isolation>,
}

impl State {
    /// `ingester` is only used when `config.write_token` is set. Queries run on threads of this
    /// process until [`State::with_isolation`] sends them to worker processes.
    pub fn new(store: Store, config: ServeConfig, queries: Vec<SavedQuery>, ingester: Option<Ingester>) -> State {
        let rdf = RdfConfig { base: newskg_rdf::DEFAULT_BASE.to_string() };
        State { store, config, rdf, queries, ingester, running: Arc::new(AtomicUsize::new(0)), isolation: None }
    }

    /// The same state for a store whose IRIs were minted under another base.
    pub fn with_rdf(self, rdf: RdfConfig) -> State {
        State { rdf, ..self }
    }

    /// Runs every query in a worker process over a snapshot of the store, killed at the time limit.
    pub fn with_isolation(mut self, isolation: worker::Isolation) -> State {
        self.isolation = Some(isolation);
        self
    }

    /// After a write: a new snapshot for the query workers, or a 500 saying that the write is in
    /// but queries do not see it yet. 204 when there is nothing to do.
    fn refresh_snapshot(&self) -> Response {
        match &self.isolation {
            None => Response::new(204, "text/plain", ""),
            Some(isolation) => match isolation.refresh(&self.store) {
                Ok(()) => Response::new(204, "text/plain", ""),
                Err(e) => {
                    log(format_args!("newskg: serve: {e}"));
                    Response::error(500, format!("the write was stored, but queries do not see it yet: {e}"))
                }
            },
        }
    }

    pub fn config(&self) -> &ServeConfig {
        &self.config
    }
}

/// What the page needs to know of the graph's vocabulary, all from `newskg-rdf`: the contract's
/// prefixes, each relation kind's predicate, and where article and entity IRIs start.
fn vocab(rdf: &RdfConfig) -> serde_json::Value {
    let relations: serde_json::Map<String, serde_json::Value> = RelationKind::ALL
        .into_iter()
        .map(|k| (k.name().to_string(), newskg_rdf::relation_predicate(k).as_str().into()))
        .collect();
    serde_json::json!({
        "prefixes": newskg_rdf::PREFIXES,
        "relations": relations,
        "article": rdf.article_prefix(),
        "entity": rdf.entity_prefix(),
    })
}

/// An HTTP request as the handler sees it (from `newskg-http`, which reads it from the wire).
pub use newskg_http::Request;

/// An HTTP response: status, headers and the whole body.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Response {
        Response { status, headers: vec![("Content-Type".into(), content_type.into())], body: body.into() }
    }

    /// A plain-text error message (ends with a newline).
    pub fn error(status: u16, message: impl std::fmt::Display) -> Response {
        Response::new(status, "text/plain; charset=utf-8", format!("{message}\n"))
    }

    pub fn json(status: u16, value: &serde_json::Value) -> Response {
        Response::new(status, "application/json", value.to_string())
    }

    pub fn with_header(mut self, name: &str, value: &str) -> Response {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// The first header of that name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

const INDEX_HTML: &str = include_str!("ui/index.html");
const APP_JS: &str = include_str!("ui/app.js");
const STYLE_CSS: &str = include_str!("ui/style.css");

/// The page may load only its own script and style, and talk only to this server.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// Answers one request. Never panics; every failure is a status and a message.
pub fn handle(state: &State, req: &Request) -> Response {
    let mut resp = route(state, req);
    resp.headers.push(("X-Content-Type-Options".into(), "nosniff".into()));
    if let Some(origin) = &state.config.cors_origin {
        resp.headers.push(("Access-Control-Allow-Origin".into(), origin.clone()));
        resp.headers.push(("Vary".into(), "Origin".into()));
    }
    resp
}

fn route(state: &State, req: &Request) -> Response {
    if req.body.len() > state.config.max_body {
        return body_too_large(state);
    }
    let method = if req.method == "HEAD" { "GET" } else { req.method.as_str() };
    if method == "OPTIONS" {
        return preflight(state);
    }
    match (method, req.path()) {
        ("GET", "/" | "/index.html") => Response::new(200, "text/html; charset=utf-8", INDEX_HTML)
            .with_header("Content-Security-Policy", CSP)
            .with_header("Cache-Control", "no-cache"),
        ("GET", "/app.js") => Response::new(200, "text/javascript; charset=utf-8", APP_JS),
        ("GET", "/style.css") => Response::new(200, "text/css; charset=utf-8", STYLE_CSS),
        ("GET", "/api/vocab") => Response::json(200, &vocab(&state.rdf)),
        ("GET", "/api/queries") => match serde_json::to_value(&state.queries) {
            Ok(v) => Response::json(200, &v),
            Err(e) => Response::error(500, format!("serialising the saved queries: {e}")),
        },
        // The consolidated graph's IRI (null when the store keeps none), for the page's queries.
        ("GET", "/api/consolidated") => {
            let graph = state.store.derived_graphs().first().map(|g| g.as_str().to_string());
            Response::json(200, &serde_json::json!({ "graph": graph }))
        }
        ("GET" | "POST", "/query") => sparql::query(state, req),
        ("POST", "/update") => match authorise(state, req, "SPARQL Update") {
            Ok(()) => sparql::update(state, req),
            Err(resp) => resp,
        },
        ("GET", "/store") => sparql::store_get(state, req),
        ("PUT" | "POST" | "DELETE", "/store") => match authorise(state, req, "writing to the graph store") {
            Ok(()) => Response::error(405, "the graph store is read-only over HTTP; write with /update or /ingest")
                .with_header("Allow", "GET, HEAD"),
            Err(resp) => resp,
        },
        ("POST", "/ingest") => match authorise(state, req, "ingest") {
            Ok(()) => ingest(state, req),
            Err(resp) => resp,
        },
        (_, "/" | "/index.html" | "/app.js" | "/style.css" | "/api/queries" | "/api/vocab" | "/api/consolidated") => {
            allow(405, "GET, HEAD")
        }
        (_, "/query") => allow(405, "GET, POST"),
        (_, "/update" | "/ingest") => allow(405, "POST"),
        (_, "/store") => allow(405, "GET, HEAD"),
        _ => Response::error(404, format!("no such page: {}", req.path())),
    }
}

fn allow(status: u16, methods: &str) -> Response {
    Response::error(status, format!("method not allowed here; use {methods}")).with_header("Allow", methods)
}

fn preflight(state: &State) -> Response {
    let mut r = Response::new(204, "text/plain", "").with_header("Allow", "GET, HEAD, POST, OPTIONS");
    if state.config.cors_origin.is_some() {
        r = r
            .with_header("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS")
            .with_header("Access-Control-Allow-Headers", "Accept, Authorization, Content-Type")
            .with_header("Access-Control-Max-Age", "600");
    }
    r
}

/// The 413 answer for a body over `--max-body`.
pub fn body_too_large(state: &State) -> Response {
    Response::error(413, format!("request body is larger than {} bytes (--max-body)", state.config.max_body))
        .with_header("Connection", "close")
}

/// Allows a write only with the server's bearer token.
fn authorise(state: &State, req: &Request, what: &str) -> Result<(), Response> {
    let Some(token) = &state.config.write_token else {
        return Err(Response::error(
            403,
            format!("{what} is disabled: this server is read-only (start it with --write-token or NEWSKG_WRITE_TOKEN)"),
        ));
    };
    let given = req
        .header("authorization")
        .and_then(|h| h.trim().strip_prefix("Bearer ").or_else(|| h.trim().strip_prefix("bearer ")))
        .map(str::trim);
    match given {
        Some(g) if constant_time_eq(g.as_bytes(), token.as_bytes()) => Ok(()),
        Some(_) => Err(Response::error(403, format!("{what} refused: wrong bearer token"))),
        None => Err(Response::error(403, format!("{what} needs the header `Authorization: Bearer TOKEN`"))),
    }
}

/// Compares without stopping at the first difference, so timing does not reveal the token.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    let mut diff = a.len() ^ b.len();
    for (i, x) in a.iter().enumerate() {
        diff |= usize::from(x ^ b.get(i % b.len().max(1)).copied().unwrap_or(0));
    }
    diff == 0
}

/// `POST /ingest`: a JSONL body of articles through the real pipeline into the store.
fn ingest(state: &State, req: &Request) -> Response {
    let Some(ingester) = &state.ingester else {
        return Response::error(503, "ingest is not available: the entity recogniser was not loaded");
    };
    let ct = req.content_type();
    if !ct.is_empty()
        && !matches!(ct.as_str(), "application/x-ndjson" | "application/jsonl" | "application/json" | "text/plain")
    {
        return Response::error(415, format!("ingest takes a JSONL body (application/x-ndjson), not {ct}"));
    }
    let outcome = match ingester.ingest(req.body.clone(), &state.store) {
        Ok(o) => o,
        Err(why) => return Response::error(500, why),
    };
    let s = &outcome.summary;
    if s.new + s.replaced > 0 {
        let refreshed = state.refresh_snapshot();
        if refreshed.status != 204 {
            return refreshed;
        }
    }
    Response::json(
        200,
        &serde_json::json!({
            "new": s.new,
            "replaced": s.replaced,
            "unchanged": s.unchanged,
            "failed": s.failed,
            "errors": outcome.errors,
            "notes": outcome.notes,
            "quads_written": s.quads_written,
            "seconds": s.seconds,
        }),
    )
}

/// Writes one line to standard error; a closed standard error is ignored, never a panic.
pub(crate) fn log(line: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// Decodes `application/x-www-form-urlencoded` text (also query strings) into (name, value) pairs.
pub use newskg_http::parse_form;

#[cfg(test)]
mod tests;
