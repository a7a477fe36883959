//! `newskg serve`: consumes the serve options, opens the store read-write and runs the SPARQL
//! endpoint and web page of `newskg::serve` until the process is stopped.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use clap::Args;

use newskg::PROJECT_QUERIES;
use newskg::ingest::{DEFAULT_CHUNK, DEFAULT_MAX_ARTICLE_BYTES, IngestConfig};
use newskg::serve::http::{MAX_CONNECTIONS, Server};
use newskg::serve::worker::Isolation;
use newskg::serve::{Ingester, ServeConfig, State, load_saved_queries};
use newskg_nlp::read::{Format, ReadConfig};

use super::{ModelArgs, Outcome, StoreArgs};

/// Serve the store over HTTP: a SPARQL 1.1 endpoint and an analyst's web page.
///
/// Paths: `/` the web page; `/query` SPARQL queries (GET or POST, form-encoded or
/// application/sparql-query; results as JSON, XML, CSV or TSV by Accept, graphs as Turtle,
/// N-Triples, RDF/XML, JSON-LD, N-Quads or TriG); `/update` SPARQL Update (POST); `/store` graph
/// reads (`?graph=IRI`, `?default` for the union, neither for the whole dataset); `/ingest` JSONL
/// articles (POST); `/api/queries` the saved queries. Without a write token the server is
/// read-only: updates and ingest answer 403. With one, they need `Authorization: Bearer TOKEN`.
///
/// Examples:
///   newskg serve                                      # http://127.0.0.1:7878/
///   newskg serve --bind 127.0.0.1:8080 --query-timeout 10
///   NEWSKG_WRITE_TOKEN=s3cret-token newskg serve      # allow /update and /ingest
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct ServeArgs {
    #[command(flatten)]
    store: StoreArgs,
    #[command(flatten)]
    model: ModelArgs,
    /// Address to listen on; keep it on loopback unless a proxy in front adds TLS (port 0 = any free port)
    #[arg(long, default_value = "127.0.0.1:7878", value_name = "ADDR")]
    bind: String,
    /// Seconds a query or update may run before it is stopped (answer 503)
    #[arg(long, default_value_t = 30.0, value_name = "SECONDS")]
    query_timeout: f64,
    /// Most rows (or triples) one answer may hold; more is refused with 413
    #[arg(long, default_value_t = 100_000, value_name = "N")]
    max_results: usize,
    /// Largest request body in bytes; larger is refused with 413
    #[arg(long, default_value_t = 10 * 1024 * 1024, value_name = "BYTES")]
    max_body: usize,
    /// Bearer token that allows /update and /ingest (read-only without one)
    #[arg(long, env = "NEWSKG_WRITE_TOKEN", value_name = "TOKEN", hide_env_values = true)]
    write_token: Option<String>,
    /// Allow browser pages from this origin (e.g. https://app.example.com, or *) to call the endpoint
    #[arg(long, value_name = "ORIGIN")]
    cors_origin: Option<String>,
    /// Queries evaluated at once, each on its own thread; more answer 503
    #[arg(long, default_value_t = 16, value_name = "N")]
    threads: usize,
    /// Print one line per request to standard error: method, target, status, bytes, milliseconds
    #[arg(long)]
    log_requests: bool,
    /// Folder of saved queries offered by the page [default: ./queries, else the project's queries/]
    #[arg(long, env = "NEWSKG_QUERIES", value_name = "DIR")]
    queries: Option<PathBuf>,
    /// Refuse ingested articles longer than this many bytes
    #[arg(long, default_value_t = DEFAULT_MAX_ARTICLE_BYTES, value_name = "BYTES")]
    max_article_bytes: usize,
}

pub fn run(args: ServeArgs) -> Result<Outcome> {
    if !(args.query_timeout.is_finite() && args.query_timeout > 0.0) {
        bail!("--query-timeout must be a positive number of seconds");
    }
    let write_token = args.write_token.filter(|t| !t.is_empty());
    if write_token.as_ref().is_some_and(|t| t.len() < 8 || t.chars().any(|c| c.is_whitespace() || !c.is_ascii())) {
        bail!("the write token must be at least 8 printable ASCII characters without spaces");
    }
    let queries_dir = match &args.queries {
        Some(d) => d.clone(),
        None if PathBuf::from("queries").is_dir() => PathBuf::from("queries"),
        None => PathBuf::from(PROJECT_QUERIES),
    };
    let mut queries = load_saved_queries(&queries_dir)
        .with_context(|| format!("reading saved queries from {}", queries_dir.display()))?;
    // Saved queries name the default base's consolidated graph; point them at this store's.
    let rdf = args.store.rdf()?;
    for q in &mut queries {
        q.query = newskg::kg::for_base(&q.query, &rdf);
    }
    // RocksDB may keep open as many table files as the descriptor limit allows, less a reserve;
    // keep enough for every connection (two descriptors each) and every query worker's pipes.
    let reserve = 2 * MAX_CONNECTIONS + 2 * args.threads + 64;
    let store = args
        .store
        .open_serving(u32::try_from(reserve).unwrap_or(u32::MAX))
        .with_context(|| format!("opening the store {}", args.store.store.display()))?;
    // Only a writable server ingests, so only it loads the recogniser.
    let ingester = match &write_token {
        Some(_) => Some(
            Ingester::new(
                args.model.pipeline()?,
                IngestConfig {
                    read: ReadConfig {
                        format: Some(Format::Jsonl),
                        default_published: None,
                        max_article_bytes: args.max_article_bytes,
                    },
                    rdf: args.store.rdf()?,
                    chunk: DEFAULT_CHUNK,
                    force: false,
                },
            )
            .context("starting the ingest thread")?,
        ),
        None => None,
    };
    let writable = write_token.is_some();
    let config = ServeConfig {
        bind: args.bind,
        query_timeout: Duration::from_secs_f64(args.query_timeout),
        max_results: args.max_results,
        max_body: args.max_body,
        write_token,
        cors_origin: args.cors_origin,
        threads: args.threads,
        log_requests: args.log_requests,
    };
    // Queries run in worker processes over snapshots of the store, so a query past its time limit
    // can be stopped (killed) rather than only asked to stop.
    let exe = std::env::current_exe().context("finding the newskg binary for the query workers")?;
    let isolation = Isolation::new(exe, &args.store.store, &store)?;
    let state = State::new(store, config, queries, ingester).with_isolation(isolation).with_rdf(args.store.rdf()?);
    let server = Server::bind(state)?;
    let addr = server.local_addr().map_or_else(|| "?".to_string(), |a| a.to_string());
    super::report(format_args!(
        "newskg: serving {} on http://{addr}/ ({}; SPARQL endpoint http://{addr}/query)",
        args.store.store.display(),
        if writable { "updates and ingest need the bearer token" } else { "read-only" }
    ));
    server.run()?;
    Ok(Outcome::Success)
}
