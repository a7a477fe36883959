//! The SPARQL 1.1 Protocol and Graph Store Protocol reads: consumes a [`Request`], produces a
//! [`Response`] with the results in the format its `Accept` header asks for.
//!
//! Every query and update runs under a deadline. A query served by `newskg serve` runs in a worker
//! process (`worker.rs`) that is killed when `--query-timeout` passes; without one (an in-memory
//! store, the unit tests) and for updates, a timer cancels the evaluation's token, which Oxigraph
//! checks at its next read of the store. The results (which Oxigraph evaluates lazily) are read
//! into memory under that same deadline, counting rows against `--max-results`, before the status
//! is chosen.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use newskg_store::model::NamedNode;
use newskg_store::{
    CancellationToken, ExportFormat, QueryEvaluationError, QueryOptions, QueryResultsFormat, Results, Store,
    StoreError, UpdateEvaluationError,
};

use super::worker::WorkerRequest;
use super::{Request, Response, State, parse_form};

/// Result formats for SELECT and ASK, by media type; the first is the default.
const RESULT_TYPES: &[(&str, QueryResultsFormat)] = &[
    ("application/sparql-results+json", QueryResultsFormat::Json),
    ("application/json", QueryResultsFormat::Json),
    ("application/sparql-results+xml", QueryResultsFormat::Xml),
    ("application/xml", QueryResultsFormat::Xml),
    ("text/xml", QueryResultsFormat::Xml),
    ("text/csv", QueryResultsFormat::Csv),
    ("text/tab-separated-values", QueryResultsFormat::Tsv),
];

/// RDF formats for CONSTRUCT, DESCRIBE and graph reads; the first is the default.
fn graph_types() -> [(&'static str, ExportFormat); 7] {
    [
        ("text/turtle", ExportFormat::Turtle),
        ("application/n-triples", ExportFormat::NTriples),
        ("application/rdf+xml", ExportFormat::RdfXml),
        ("application/ld+json", ExportFormat::JsonLd { profile: Default::default() }),
        ("application/n-quads", ExportFormat::NQuads),
        ("application/trig", ExportFormat::TriG),
        ("text/plain", ExportFormat::NTriples),
    ]
}

/// Picks the offer the `Accept` header prefers (by q, then by its order); `None` = 406.
fn negotiate<T: Copy>(accept: Option<&str>, offers: &[(&str, T)]) -> Option<T> {
    let default = offers.first()?.1;
    let Some(accept) = accept.filter(|a| !a.trim().is_empty()) else {
        return Some(default);
    };
    let mut ranges: Vec<(String, f32)> = accept
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let range = pieces.next()?.trim().to_ascii_lowercase();
            let q = pieces
                .filter_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.trim().parse::<f32>().ok()))
                .next()
                .unwrap_or(1.0);
            (!range.is_empty()).then_some((range, q))
        })
        .collect();
    ranges.sort_by(|a, b| b.1.total_cmp(&a.1));
    for (range, q) in ranges {
        if q <= 0.0 {
            continue;
        }
        if range == "*/*" {
            return Some(default);
        }
        if let Some(kind) = range.strip_suffix("/*") {
            if let Some((_, f)) = offers.iter().find(|(m, _)| m.split('/').next() == Some(kind)) {
                return Some(*f);
            }
            continue;
        }
        if let Some((_, f)) = offers.iter().find(|(m, _)| *m == range) {
            return Some(*f);
        }
    }
    None
}

fn not_acceptable(offers: &[&str]) -> Response {
    Response::error(406, format!("none of the formats in Accept is available; use one of: {}", offers.join(", ")))
}

/// The operation text and dataset of a protocol request.
struct Operation {
    text: String,
    default_graphs: Vec<NamedNode>,
    named_graphs: Vec<NamedNode>,
}

/// Reads `query=` or `update=` (`field`) from the query string, a form body, or a direct body of
/// `direct_type`.
fn operation(req: &Request, field: &str, direct_type: &str) -> Result<Operation, Response> {
    let bad = |m: String| Response::error(400, m);
    let mut params = parse_form(req.query_string().as_bytes()).map_err(bad)?;
    let ct = req.content_type();
    let mut text = None;
    if req.method == "POST" {
        if ct == "application/x-www-form-urlencoded" {
            params.extend(parse_form(&req.body).map_err(bad)?);
        } else if ct == direct_type {
            text = Some(
                String::from_utf8(req.body.clone())
                    .map_err(|e| bad(format!("the {field} is not UTF-8 (byte {})", e.utf8_error().valid_up_to())))?,
            );
        } else {
            return Err(Response::error(
                415,
                format!(
                    "POST a {field} as {direct_type} or application/x-www-form-urlencoded, not {}",
                    if ct.is_empty() { "a body without Content-Type" } else { ct.as_str() }
                ),
            ));
        }
    }
    let mut default_graphs = Vec::new();
    let mut named_graphs = Vec::new();
    let (dflt, named) = if field == "query" {
        ("default-graph-uri", "named-graph-uri")
    } else {
        ("using-graph-uri", "using-named-graph-uri")
    };
    for (k, v) in params {
        if k == field {
            if text.is_some() {
                return Err(bad(format!("give exactly one {field}")));
            }
            text = Some(v);
        } else if k == dflt || k == named {
            let iri = NamedNode::new(v.clone()).map_err(|e| bad(format!("{k}: {v:?} is not an IRI: {e}")))?;
            if k == dflt { default_graphs.push(iri) } else { named_graphs.push(iri) }
        }
    }
    let text = text.ok_or_else(|| bad(format!("no {field}: pass `{field}=...` or POST it as {direct_type}")))?;
    Ok(Operation { text, default_graphs, named_graphs })
}

/// The time limit of one evaluation: its token is cancelled when the limit passes.
struct Deadline {
    token: CancellationToken,
    timeout: Duration,
    started: Instant,
}

impl Deadline {
    fn expired(&self) -> bool {
        self.token.is_cancelled() || self.started.elapsed() > self.timeout
    }

    fn timed_out(&self) -> Response {
        timed_out(self.timeout)
    }
}

fn timed_out(timeout: Duration) -> Response {
    Response::error(
        503,
        format!("query stopped: it ran longer than its time limit of {:.1} s (--query-timeout)", timeout.as_secs_f64()),
    )
}

/// Counts evaluations still running (including cancelled ones that have not yet noticed).
struct Running(Arc<AtomicUsize>);

impl Drop for Running {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Takes one of the `--threads` evaluation slots, or answers 503.
fn take_slot(state: &State) -> Result<Running, Response> {
    let limit = state.config.threads.max(1);
    if state.running.fetch_add(1, Ordering::SeqCst) >= limit {
        state.running.fetch_sub(1, Ordering::SeqCst);
        return Err(Response::error(503, format!("server busy: {limit} queries are still running; try again shortly"))
            .with_header("Retry-After", "5"));
    }
    Ok(Running(Arc::clone(&state.running)))
}

/// Runs `work` on its own thread under the time limit and answers by the deadline whatever
/// happens: at the limit the token is cancelled (Oxigraph stops at its next read of the store) and
/// the client gets a 503 at once; a panic inside the evaluator becomes a 500.
fn with_deadline(state: &State, work: impl FnOnce(&Deadline) -> Response + Send + 'static) -> Response {
    let timeout = state.config.query_timeout;
    let running = match take_slot(state) {
        Ok(r) => r,
        Err(busy) => return busy,
    };
    let deadline = Deadline { token: CancellationToken::new(), timeout, started: Instant::now() };
    let token = deadline.token.clone();
    let (send, receive) = mpsc::sync_channel::<Response>(1);
    let spawned = std::thread::Builder::new().name("query".into()).spawn(move || {
        let answer = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(&deadline)))
            .unwrap_or_else(|_| Response::error(500, "the query evaluator failed on this query (internal error)"));
        // Done evaluating: free the slot before answering, so the client's next query finds it.
        drop(running);
        // The receiver is gone if the deadline passed first; the answer is then dropped.
        let _ = send.send(answer);
    });
    if let Err(e) = spawned {
        return Response::error(503, format!("cannot start a query thread: {e}"));
    }
    match receive.recv_timeout(timeout) {
        Ok(r) => r,
        Err(mpsc::RecvTimeoutError::Timeout) => {
            token.cancel();
            // Give the evaluator a moment to stop cleanly and answer itself.
            receive.recv_timeout(Duration::from_millis(200)).unwrap_or_else(|_| timed_out(timeout))
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Response::error(500, "the query evaluator failed on this query (internal error)")
        }
    }
}

fn service_refused() -> Response {
    Response::error(400, "SERVICE is disabled: newskg makes no outbound requests (federated queries are refused)")
}

fn evaluation_error(e: &QueryEvaluationError, deadline: &Deadline) -> Response {
    match e {
        QueryEvaluationError::Cancelled => deadline.timed_out(),
        QueryEvaluationError::Service(_)
        | QueryEvaluationError::UnsupportedService(_)
        | QueryEvaluationError::UnboundService
        | QueryEvaluationError::InvalidServiceName(_) => service_refused(),
        QueryEvaluationError::Dataset(_) => Response::error(500, format!("query evaluation: {e}")),
        _ => Response::error(400, format!("query evaluation: {e}")),
    }
}

fn store_error(e: &StoreError, deadline: &Deadline) -> Response {
    match e {
        StoreError::Syntax(e) => Response::error(400, format!("SPARQL syntax: {e}")),
        StoreError::Evaluation(e) => evaluation_error(e, deadline),
        StoreError::Update(e) => match e {
            UpdateEvaluationError::Storage(_) => Response::error(500, format!("update: {e}")),
            UpdateEvaluationError::Service(_)
            | UpdateEvaluationError::UnsupportedService(_)
            | UpdateEvaluationError::UnboundService
            | UpdateEvaluationError::InvalidServiceName(_) => service_refused(),
            _ if deadline.expired() => deadline.timed_out(),
            // LOAD of a remote document: the store is built without an HTTP client.
            _ if e.to_string().contains("HTTP client") => {
                Response::error(400, "LOAD from a URL is disabled: newskg makes no outbound requests")
            }
            _ => Response::error(400, format!("update: {e}")),
        },
        other => Response::error(500, other),
    }
}

/// `GET`/`POST /query`.
pub fn query(state: &State, req: &Request) -> Response {
    let op = match operation(req, "query", "application/sparql-query") {
        Ok(op) => op,
        Err(r) => return r,
    };
    let accept = req.header("accept").map(str::to_string);
    let max = state.config.max_results;
    if let Some(isolation) = &state.isolation {
        let timeout = state.config.query_timeout;
        let request = WorkerRequest {
            query: op.text,
            default_graphs: op.default_graphs.iter().map(|g| g.as_str().to_string()).collect(),
            named_graphs: op.named_graphs.iter().map(|g| g.as_str().to_string()).collect(),
            accept,
            max_results: max,
            timeout_ms: u64::try_from(timeout.as_millis()).unwrap_or(u64::MAX),
            derived_graphs: state.store.derived_graphs().iter().map(|g| g.as_str().to_string()).collect(),
        };
        // The slot is held until the worker has been reaped.
        let _running = match take_slot(state) {
            Ok(r) => r,
            Err(busy) => return busy,
        };
        return isolation.run(&request, timeout, timed_out(timeout));
    }
    let store = state.store.clone();
    with_deadline(state, move |deadline| evaluate(&store, op, accept.as_deref(), max, deadline))
}

/// Evaluates a worker's request (in the worker process) under its own deadline, a little longer
/// than the server's, which kills the worker first.
pub(super) fn evaluate_request(store: &Store, request: WorkerRequest) -> Response {
    let graphs = |iris: Vec<String>| -> Result<Vec<NamedNode>, Response> {
        iris.into_iter()
            .map(|i| NamedNode::new(i).map_err(|e| Response::error(400, format!("bad graph IRI: {e}"))))
            .collect()
    };
    let (default_graphs, named_graphs) = match (graphs(request.default_graphs), graphs(request.named_graphs)) {
        (Ok(d), Ok(n)) => (d, n),
        (Err(r), _) | (_, Err(r)) => return r,
    };
    let op = Operation { text: request.query, default_graphs, named_graphs };
    let timeout = Duration::from_millis(request.timeout_ms.saturating_add(1000));
    let deadline = Deadline { token: CancellationToken::new(), timeout, started: Instant::now() };
    evaluate(store, op, request.accept.as_deref(), request.max_results, &deadline)
}

/// Evaluates a query and writes its whole answer, row by row under the deadline.
fn evaluate(store: &Store, op: Operation, accept: Option<&str>, max: usize, deadline: &Deadline) -> Response {
    let options = QueryOptions {
        default_graphs: op.default_graphs,
        named_graphs: op.named_graphs,
        cancellation: deadline.token.clone(),
    };
    let results = match store.query_with(&op.text, &options) {
        Ok(r) => r,
        Err(e) => return store_error(&e, deadline),
    };
    let mut body = Vec::new();
    match results {
        Results::Solutions(solutions) => {
            let Some(format) = negotiate(accept, RESULT_TYPES) else {
                return not_acceptable(&RESULT_TYPES.iter().map(|(m, _)| *m).collect::<Vec<_>>());
            };
            let vars = solutions.variables().to_vec();
            let mut ser =
                match newskg_store::model_results_serializer(format).serialize_solutions_to_writer(&mut body, vars) {
                    Ok(s) => s,
                    Err(e) => return Response::error(500, format!("writing results: {e}")),
                };
            if let Err(response) = stream(solutions, deadline, max, |row| ser.serialize(row).map(|_| ())) {
                return response;
            }
            if let Err(e) = ser.finish() {
                return Response::error(500, format!("writing results: {e}"));
            }
            Response::new(200, &content_type(format.media_type()), body)
        }
        Results::Boolean(b) => {
            let Some(format) = negotiate(accept, RESULT_TYPES) else {
                return not_acceptable(&RESULT_TYPES.iter().map(|(m, _)| *m).collect::<Vec<_>>());
            };
            if let Err(e) = newskg_store::model_results_serializer(format).serialize_boolean_to_writer(&mut body, b) {
                return Response::error(500, format!("writing results: {e}"));
            }
            Response::new(200, &content_type(format.media_type()), body)
        }
        Results::Graph(triples) => {
            let offers = graph_types();
            let Some(format) = negotiate(accept, &offers) else {
                return not_acceptable(&offers.iter().map(|(m, _)| *m).collect::<Vec<_>>());
            };
            let mut ser = newskg_store::rdf_serializer(format).for_writer(&mut body);
            if let Err(response) = stream(triples, deadline, max, |t| ser.serialize_triple(t)) {
                return response;
            }
            if let Err(e) = ser.finish() {
                return Response::error(500, format!("writing results: {e}"));
            }
            Response::new(200, &content_type(format.media_type()), body)
        }
    }
}

/// Writes lazily evaluated rows (solutions or triples) one by one, stopping with the response to
/// send when the deadline passes, the result limit is reached, evaluation fails or writing fails.
fn stream<T>(
    rows: impl Iterator<Item = Result<T, QueryEvaluationError>>,
    deadline: &Deadline,
    max: usize,
    mut write: impl FnMut(&T) -> std::io::Result<()>,
) -> Result<(), Response> {
    for (n, row) in rows.enumerate() {
        if deadline.expired() {
            return Err(deadline.timed_out());
        }
        if n >= max {
            return Err(Response::error(
                413,
                format!("the answer has more than {max} results (--max-results); narrow the query or add a LIMIT"),
            ));
        }
        let row = row.map_err(|e| evaluation_error(&e, deadline))?;
        write(&row).map_err(|e| Response::error(500, format!("writing results: {e}")))?;
    }
    Ok(())
}

/// Text formats get an explicit charset.
fn content_type(media_type: &str) -> String {
    if media_type.starts_with("text/") && !media_type.contains("charset") {
        format!("{media_type}; charset=utf-8")
    } else {
        media_type.to_string()
    }
}

/// `POST /update` (the caller has checked the token).
pub fn update(state: &State, req: &Request) -> Response {
    let op = match operation(req, "update", "application/sparql-update") {
        Ok(op) => op,
        Err(r) => return r,
    };
    let store = state.store.clone();
    let response = with_deadline(state, move |deadline| {
        let options = QueryOptions {
            default_graphs: op.default_graphs,
            named_graphs: op.named_graphs,
            cancellation: deadline.token.clone(),
        };
        match store.update_with(&op.text, &options) {
            Ok(()) => Response::new(204, "text/plain", ""),
            Err(e) => store_error(&e, deadline),
        }
    });
    if response.status == 204 { state.refresh_snapshot() } else { response }
}

/// `GET /store`: `?graph=IRI` one article graph, `?default` the default graph (the union of all
/// graphs), neither: the whole dataset (N-Quads or TriG only).
pub fn store_get(state: &State, req: &Request) -> Response {
    let params = match parse_form(req.query_string().as_bytes()) {
        Ok(p) => p,
        Err(m) => return Response::error(400, m),
    };
    let graph = params.iter().find(|(k, _)| k == "graph").map(|(_, v)| v.clone());
    let default = params.iter().any(|(k, _)| k == "default");
    let offers = graph_types();
    let accept = req.header("accept");
    let (format, graph) = match (graph, default) {
        (Some(_), true) => return Response::error(400, "give either ?graph=IRI or ?default, not both"),
        (Some(g), false) => {
            let iri = match NamedNode::new(g.clone()) {
                Ok(i) => i,
                Err(e) => return Response::error(400, format!("graph: {g:?} is not an IRI: {e}")),
            };
            match state.store.contains_graph(&iri) {
                Ok(true) => {}
                Ok(false) => return Response::error(404, format!("no graph <{iri}> in the store")),
                Err(e) => return Response::error(500, e),
            }
            let Some(f) = negotiate(accept, &offers) else {
                return not_acceptable(&offers.iter().map(|(m, _)| *m).collect::<Vec<_>>());
            };
            (f, Some(iri))
        }
        (None, true) => {
            // Triple formats write the union; a dataset format would keep the graph names.
            let triple_offers: Vec<_> = offers.iter().filter(|(_, f)| !f.supports_datasets()).copied().collect();
            let Some(f) = negotiate(accept, &triple_offers) else {
                return not_acceptable(&triple_offers.iter().map(|(m, _)| *m).collect::<Vec<_>>());
            };
            (f, None)
        }
        (None, false) => {
            let dataset_offers =
                [("application/trig", ExportFormat::TriG), ("application/n-quads", ExportFormat::NQuads)];
            let Some(f) = negotiate(accept, &dataset_offers) else {
                return not_acceptable(&["application/trig", "application/n-quads"]);
            };
            (f, None)
        }
    };
    let mut body = Vec::new();
    match state.store.export(format, graph.as_ref(), &mut body) {
        Ok(()) => Response::new(200, &content_type(format.media_type()), body),
        Err(e) => Response::error(500, format!("reading the store: {e}")),
    }
}
