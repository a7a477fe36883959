//! `newskg push`: send the store's graphs to an external SPARQL store (Graph Store Protocol), and
//! the remote-store options `ingest --to` shares.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};

use newskg::push::{PushObserver, PushSummary, push};
use newskg::remote::{Auth, GraphStore, Retry, Scheme};

use super::{Outcome, StoreArgs};

/// Send every article graph and the consolidated graph to an external SPARQL store with the
/// SPARQL 1.1 Graph Store HTTP Protocol: one `PUT URL?graph=IRI` per graph, N-Triples body.
///
/// Connection errors, timeouts and 5xx answers are retried with growing pauses (--retries).
/// Credentials: --bearer-token, or --user with a password (--password-file, NEWSKG_PUSH_PASSWORD
/// or --password), answered with HTTP Digest or Basic as the server asks (--auth). The push state
/// of each target URL (what was sent) is kept in STORE/push-state/: --changed-only sends only the
/// graphs that changed since the last push there, and a graph pushed before but since removed from
/// the store is deleted there. Exit code 1 if some graphs failed.
///
/// Examples:
///   newskg push --store kg --to http://127.0.0.1:7878/store
///   newskg push --store kg --to http://127.0.0.1:7878/store --changed-only
///   NEWSKG_PUSH_PASSWORD=dba newskg push --store kg --user dba \
///       --to http://127.0.0.1:8890/sparql-graph-crud-auth --content-type text/turtle
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct PushArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// The Graph Store endpoint: Oxigraph `http://HOST:7878/store`, Virtuoso
    /// `http://HOST:8890/sparql-graph-crud-auth`, Fuseki `http://HOST:3030/DATASET/data`
    #[arg(long, value_name = "URL")]
    to: String,
    /// Send only the graphs whose content changed since the last push to this URL
    #[arg(long)]
    changed_only: bool,
    #[command(flatten)]
    remote: RemoteArgs,
}

/// How to reach and authenticate to a remote store (shared by `push` and `ingest --to`).
#[derive(Args, Debug, Clone)]
pub struct RemoteArgs {
    /// Bearer token sent as `Authorization: Bearer TOKEN`
    #[arg(long, env = "NEWSKG_PUSH_TOKEN", hide_env_values = true, value_name = "TOKEN")]
    bearer_token: Option<String>,
    /// User for HTTP Basic or Digest authentication
    #[arg(long, env = "NEWSKG_PUSH_USER", value_name = "USER")]
    user: Option<String>,
    /// Password for --user (better: --password-file or the environment variable, which other
    /// users cannot see in the process list)
    #[arg(long, env = "NEWSKG_PUSH_PASSWORD", hide_env_values = true, value_name = "PASSWORD")]
    password: Option<String>,
    /// File whose first line is the password for --user
    #[arg(long, value_name = "FILE", conflicts_with = "password")]
    password_file: Option<PathBuf>,
    /// How to use --user: `auto` answers the server's challenge (Digest preferred, else Basic),
    /// `basic` sends Basic from the first request, `digest` answers Digest only
    #[arg(long, value_enum, default_value_t = AuthArg::Auto)]
    auth: AuthArg,
    /// Tries of one request after the first, on connection errors, timeouts and 5xx
    #[arg(long, default_value_t = 5, value_name = "N")]
    retries: u32,
    /// The longest one request may take, in seconds
    #[arg(long, default_value_t = 300, value_name = "SECONDS")]
    timeout: u64,
    /// The media type of the N-Triples bodies: `application/n-triples`, or `text/turtle` for a
    /// server that takes only Turtle (N-Triples is Turtle)
    #[arg(long, default_value = "application/n-triples", value_name = "TYPE")]
    content_type: String,
}

/// The password schemes `--auth` chooses among.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
enum AuthArg {
    Auto,
    Basic,
    Digest,
}

impl RemoteArgs {
    /// The Graph Store client for `url`.
    pub fn graph_store(&self, url: &str) -> Result<GraphStore> {
        let auth = match (&self.bearer_token, &self.user) {
            (Some(_), Some(_)) => bail!("give either --bearer-token or --user, not both"),
            (Some(token), None) => Auth::Bearer(token.trim().to_string()),
            (None, Some(user)) => {
                let password = match (&self.password_file, &self.password) {
                    (Some(file), _) => std::fs::read_to_string(file)
                        .with_context(|| format!("reading the password file {}", file.display()))?
                        .lines()
                        .next()
                        .unwrap_or("")
                        .to_string(),
                    (None, Some(p)) => p.clone(),
                    (None, None) => {
                        bail!("--user needs a password: --password-file FILE or NEWSKG_PUSH_PASSWORD")
                    }
                };
                let scheme = match self.auth {
                    AuthArg::Auto => Scheme::Auto,
                    AuthArg::Basic => Scheme::Basic,
                    AuthArg::Digest => Scheme::Digest,
                };
                Auth::Password { user: user.clone(), password, scheme }
            }
            (None, None) => Auth::None,
        };
        let retry = Retry {
            attempts: self.retries.saturating_add(1),
            timeout: Duration::from_secs(self.timeout.max(1)),
            ..Retry::default()
        };
        Ok(GraphStore::new(url, auth, retry, &self.content_type)?)
    }
}

struct Progress {
    bar: ProgressBar,
}

impl PushObserver for Progress {
    fn error(&mut self, error: &str) {
        self.bar.suspend(|| super::report(format_args!("newskg: {error}")));
    }
    fn graph(&mut self, _graph: &str) {
        self.bar.inc(1);
    }
}

pub fn run(args: PushArgs) -> Result<Outcome> {
    let remote = args.remote.graph_store(&args.to)?;
    let store = args.store.open_read_only()?;
    let kg = args.store.rdf()?.kg_graph();
    // Draws only when stderr is a terminal.
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} {pos} graphs  {per_sec}  {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(200));
    let mut progress = Progress { bar };
    let s = push(&store, &args.store.store, &remote, &kg, args.changed_only, &mut progress);
    progress.bar.finish_and_clear();
    let s = s?;
    super::report(format_args!("{}", summary_line(&args.to, &s)));
    if let Some(reason) = &s.stopped {
        super::report(format_args!("newskg: stopped before the last graph: {reason}"));
        return Ok(Outcome::SomeInputsFailed);
    }
    Ok(if s.failed > 0 { Outcome::SomeInputsFailed } else { Outcome::Success })
}

fn summary_line(url: &str, s: &PushSummary) -> String {
    format!(
        "pushed {} {} to {url}: {} unchanged, {} deleted, {} failed; {:.1} MB in {:.1} s; {} retries",
        s.pushed,
        if s.pushed == 1 { "graph" } else { "graphs" },
        s.unchanged,
        s.deleted,
        s.failed,
        s.bytes as f64 / 1e6,
        s.seconds,
        s.retries
    )
}
