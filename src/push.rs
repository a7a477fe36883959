//! Push: consumes the embedded store's named graphs (every article graph, then the consolidated
//! graph), produces the same graphs in a remote store through the Graph Store Protocol
//! ([`crate::remote::GraphStore`]) and a [`PushSummary`].
//!
//! Each graph is sent whole as N-Triples (one `PUT`), so the remote graph ends up equal to the
//! stored one whatever it held before. The push state of a target URL (the SHA-256 of each graph's
//! body as last sent there) is kept in `STORE/push-state/`, one file per URL, written atomically at
//! the end of each push: `changed_only` then skips graphs whose body is unchanged since, and a
//! graph pushed before that is no longer in the store (removed) is deleted from the remote store.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use newskg_rdf::NamedNode;
use newskg_store::Store;
use newskg_store::model::GraphNameRef;

use crate::remote::{GraphStore, RemoteError, ntriples_body};

/// What a push did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PushSummary {
    pub pushed: usize,
    pub unchanged: usize,
    pub deleted: usize,
    pub failed: usize,
    pub bytes: u64,
    pub retries: u64,
    pub seconds: f64,
    /// Why the push stopped before the last graph (the server cannot be reached, refuses the
    /// credentials).
    pub stopped: Option<String>,
}

/// Receives what happens during a push.
pub trait PushObserver {
    fn error(&mut self, error: &str);
    /// One graph was handled (sent or found unchanged).
    fn graph(&mut self, graph: &str);
}

/// Errors before or after the graphs are sent.
#[derive(Debug, thiserror::Error)]
pub enum PushError {
    #[error("{0}")]
    Store(#[from] newskg_store::StoreError),
    #[error("push state {path}: {reason}")]
    State { path: PathBuf, reason: String },
}

/// The push state file of a target URL in a store directory.
pub fn state_path(store_dir: &Path, url: &str) -> PathBuf {
    use sha2::{Digest, Sha256};
    let h: String = Sha256::digest(url.as_bytes()).iter().take(12).map(|b| format!("{b:02x}")).collect();
    store_dir.join("push-state").join(format!("{h}.tsv"))
}

/// The graph digests last sent to a URL (empty when never pushed there).
fn read_state(path: &Path) -> Result<BTreeMap<String, String>, PushError> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(e) => return Err(PushError::State { path: path.to_path_buf(), reason: e.to_string() }),
    };
    Ok(text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(digest, graph)| (graph.to_string(), digest.to_string()))
        .collect())
}

/// Writes the state atomically (a temporary file renamed over the old one).
fn write_state(path: &Path, url: &str, state: &BTreeMap<String, String>) -> Result<(), PushError> {
    let fail = |e: std::io::Error| PushError::State { path: path.to_path_buf(), reason: e.to_string() };
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(fail)?;
    let mut tmp = tempfile::Builder::new().prefix(".push-state-").tempfile_in(dir).map_err(fail)?;
    let mut text = format!("# newskg push state for {url}\n# sha256 of the N-Triples body last sent\tgraph\n");
    for (graph, digest) in state {
        text.push_str(&format!("{digest}\t{graph}\n"));
    }
    tmp.write_all(text.as_bytes()).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

/// Pushes every named graph of `store` (article graphs first, the consolidated graph `kg` last).
pub fn push(
    store: &Store,
    store_dir: &Path,
    remote: &GraphStore,
    kg: &NamedNode,
    changed_only: bool,
    observer: &mut dyn PushObserver,
) -> Result<PushSummary, PushError> {
    let started = Instant::now();
    let path = state_path(store_dir, remote.endpoint());
    let mut state = read_state(&path)?;
    let mut summary = PushSummary::default();
    let mut graphs = store.named_graphs()?;
    graphs.sort_by_key(|g| (g == kg, g.as_str().to_string()));
    let present: std::collections::BTreeSet<String> = graphs.iter().map(|g| g.as_str().to_string()).collect();
    for graph in &graphs {
        let quads = store.quads(None, None, None, Some(GraphNameRef::NamedNode(graph.as_ref())))?;
        let (body, digest) = match ntriples_body(&quads) {
            Ok(b) => b,
            Err(e) => {
                summary.failed += 1;
                observer.error(&format!("{}: serialising: {e}", graph.as_str()));
                continue;
            }
        };
        drop(quads);
        if changed_only && state.get(graph.as_str()) == Some(&digest) {
            summary.unchanged += 1;
            observer.graph(graph.as_str());
            continue;
        }
        match remote.put(graph, &body) {
            Ok(_) => {
                summary.pushed += 1;
                summary.bytes += body.len();
                state.insert(graph.as_str().to_string(), digest);
            }
            Err(e) if e.is_fatal() => {
                summary.stopped = Some(format!("{}: {e}", graph.as_str()));
                break;
            }
            Err(e) => {
                summary.failed += 1;
                // Sent again next time, whatever --changed-only says.
                state.remove(graph.as_str());
                observer.error(&format!("{}: {e}", graph.as_str()));
            }
        }
        observer.graph(graph.as_str());
    }
    // Graphs pushed there before and removed from the store since.
    if summary.stopped.is_none() {
        let gone: Vec<String> = state.keys().filter(|g| !present.contains(*g)).cloned().collect();
        for g in gone {
            let Ok(node) = NamedNode::new(g.clone()) else {
                state.remove(&g);
                continue;
            };
            match remote.delete(&node) {
                Ok(_) => {
                    summary.deleted += 1;
                    state.remove(&g);
                }
                Err(e) => {
                    summary.failed += 1;
                    observer.error(&format!("{g}: deleting: {e}"));
                    if let RemoteError::Unreachable { .. } | RemoteError::Refused { .. } = e {
                        break;
                    }
                }
            }
        }
    }
    write_state(&path, remote.endpoint(), &state)?;
    summary.retries = remote.retries();
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}
