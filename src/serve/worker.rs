//! Queries in child processes: consumes a query and a read-only snapshot of the store, produces
//! the answer from a `newskg query-worker` process that is killed when the time limit passes.
//!
//! Why a process: Oxigraph checks its cancellation token only when it reads from the store.
//! A cross product, a large `OFFSET`, `ORDER BY` or an aggregate works on rows already in memory
//! for as long as it likes without reading, so a cancelled query went on using a core, and held
//! its `--threads` slot, for minutes. A thread cannot be stopped from outside; a process can. At
//! the deadline the server sends SIGKILL to the worker and reaps it, and only then frees the slot
//! and answers 503: the query's CPU use has stopped before the client hears of the timeout.
//!
//! The worker cannot open the server's store (RocksDB allows one writer, and reading a store
//! another process writes is undefined behaviour), so it opens a *snapshot*: a RocksDB checkpoint
//! (hard links to the store's immutable files) in `STORE/serve-snapshots/N`, made when the server
//! starts and after every write (`/update`, `/ingest`). A query sees the store as of the last
//! write that finished. A snapshot is deleted when a newer one exists and no worker uses it.
//!
//! The protocol on the worker's pipes: the server writes one JSON [`WorkerRequest`] to its
//! standard input and closes it; the worker writes `STATUS CONTENT-TYPE\n` and then the body to
//! its standard output.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use newskg_store::Store;
use newskg_store::model::NamedNode;

use super::Response;

/// The hidden subcommand that runs one query in a child process.
pub const WORKER_COMMAND: &str = "query-worker";

/// What a worker is asked to evaluate.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct WorkerRequest {
    pub query: String,
    pub default_graphs: Vec<String>,
    pub named_graphs: Vec<String>,
    pub accept: Option<String>,
    pub max_results: usize,
    pub timeout_ms: u64,
    /// The graphs that are not article graphs (the consolidated graph), kept out of the default
    /// graph as the server's own store does.
    #[serde(default)]
    pub derived_graphs: Vec<String>,
}

/// One checkpoint of the store; deleted from disk when the last user lets go of it.
#[derive(Debug)]
struct Snapshot {
    dir: PathBuf,
}

impl Drop for Snapshot {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Runs queries in worker processes over snapshots of the store.
#[derive(Debug)]
pub struct Isolation {
    exe: PathBuf,
    dir: PathBuf,
    current: Mutex<Arc<Snapshot>>,
    /// The number of the last snapshot; held while a new one is made, so they are made one at a time.
    generation: Mutex<u64>,
}

/// Why queries cannot be isolated.
#[derive(Debug, thiserror::Error)]
#[error("preparing query snapshots in {dir}: {reason}")]
pub struct IsolationError {
    dir: PathBuf,
    reason: String,
}

impl Isolation {
    /// Prepares `STORE/serve-snapshots` (removing what a killed server left there) and makes the
    /// first snapshot. `exe` is the `newskg` binary that runs the workers.
    pub fn new(exe: PathBuf, store_dir: &Path, store: &Store) -> Result<Isolation, IsolationError> {
        let dir = store_dir.join("serve-snapshots");
        let fail = |reason: String| IsolationError { dir: dir.clone(), reason };
        if dir.exists() {
            std::fs::remove_dir_all(&dir).map_err(|e| fail(e.to_string()))?;
        }
        std::fs::create_dir_all(&dir).map_err(|e| fail(e.to_string()))?;
        let first = dir.join("0");
        store.checkpoint(&first).map_err(|e| fail(e.to_string()))?;
        Ok(Isolation {
            exe,
            dir: dir.clone(),
            current: Mutex::new(Arc::new(Snapshot { dir: first })),
            generation: Mutex::new(0),
        })
    }

    /// Makes a new snapshot after a write, so later queries see it.
    pub fn refresh(&self, store: &Store) -> Result<(), IsolationError> {
        let mut generation = self.generation.lock().unwrap_or_else(|p| p.into_inner());
        *generation += 1;
        let dir = self.dir.join(generation.to_string());
        store.checkpoint(&dir).map_err(|e| IsolationError { dir: dir.clone(), reason: e.to_string() })?;
        let new = Arc::new(Snapshot { dir });
        // The old snapshot goes when its last running query ends.
        *self.current.lock().unwrap_or_else(|p| p.into_inner()) = new;
        Ok(())
    }

    fn current(&self) -> Arc<Snapshot> {
        Arc::clone(&self.current.lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// Runs one query in a worker process and answers by `timeout` whatever happens: at the
    /// limit the worker is killed and reaped, then the answer is `timed_out`.
    pub(super) fn run(&self, request: &WorkerRequest, timeout: Duration, timed_out: Response) -> Response {
        let started = Instant::now();
        let snapshot = self.current();
        let input = match serde_json::to_vec(request) {
            Ok(b) => b,
            Err(e) => return Response::error(500, format!("encoding the query for its worker: {e}")),
        };
        let spawned = Command::new(&self.exe)
            .arg(WORKER_COMMAND)
            .arg(&snapshot.dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn();
        let mut child = match spawned {
            Ok(c) => c,
            Err(e) => return Response::error(503, format!("cannot start a query worker: {e}")),
        };
        // The worker reads all of its input before it does anything else, so this cannot block
        // for long; a worker that died early makes it fail, and the answer below says why.
        if let Some(mut stdin) = child.stdin.take() {
            let _ = stdin.write_all(&input);
        }
        let Some(mut stdout) = child.stdout.take() else {
            let _ = child.kill();
            let _ = child.wait();
            return Response::error(500, "query worker without output");
        };
        let (send, receive) = mpsc::sync_channel(1);
        let reader = std::thread::Builder::new().name("query-output".into()).spawn(move || {
            let mut out = Vec::new();
            let r = stdout.read_to_end(&mut out).map(|_| out);
            let _ = send.send(r);
        });
        if let Err(e) = reader {
            let _ = child.kill();
            let _ = child.wait();
            return Response::error(503, format!("cannot start a query thread: {e}"));
        }
        let answer = match receive.recv_timeout(timeout.saturating_sub(started.elapsed())) {
            Ok(Ok(out)) => {
                let status = child.wait();
                match parse_output(&out) {
                    Some(r) => r,
                    None => Response::error(
                        500,
                        format!(
                            "the query evaluator failed on this query (worker {})",
                            status.map_or_else(|e| e.to_string(), |s| s.to_string())
                        ),
                    ),
                }
            }
            Ok(Err(e)) => {
                let _ = child.kill();
                let _ = child.wait();
                Response::error(500, format!("reading the query worker's answer: {e}"))
            }
            Err(_) => {
                // SIGKILL, then reap: when wait returns the worker has stopped using CPU.
                let _ = child.kill();
                let _ = child.wait();
                timed_out
            }
        };
        drop(snapshot);
        answer
    }
}

/// `STATUS CONTENT-TYPE\n` then the body.
fn parse_output(out: &[u8]) -> Option<Response> {
    let nl = out.iter().position(|&b| b == b'\n')?;
    let head = std::str::from_utf8(&out[..nl]).ok()?;
    let (status, content_type) = head.split_once(' ')?;
    let status: u16 = status.parse().ok()?;
    Some(Response::new(status, content_type, out[nl + 1..].to_vec()))
}

/// The worker's side: reads a [`WorkerRequest`] from `input`, evaluates it on the snapshot in
/// `snapshot` (opened read-only) and writes the answer to `output`.
pub fn serve_one(snapshot: &Path, input: impl Read, mut output: impl Write) -> std::io::Result<()> {
    let response = match serde_json::from_reader::<_, WorkerRequest>(input) {
        Ok(request) => match Store::open_read_only(snapshot) {
            Ok(store) => {
                let derived = request.derived_graphs.iter().filter_map(|g| NamedNode::new(g).ok()).collect();
                super::sparql::evaluate_request(&store.excluding_from_default(derived), request)
            }
            Err(e) => Response::error(500, format!("opening the query snapshot: {e}")),
        },
        Err(e) => Response::error(500, format!("reading the worker request: {e}")),
    };
    let content_type = response.header("content-type").unwrap_or("text/plain").replace(['\r', '\n'], " ");
    writeln!(output, "{} {content_type}", response.status)?;
    output.write_all(&response.body)?;
    output.flush()
}
