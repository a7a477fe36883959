//! Load: consumes N-Quads of article graphs (the worker output of `extract --output nquads`, from
//! any number of machines), produces article graphs in the embedded store and a [`LoadSummary`].
//!
//! Two passes over each input. The first checks it whole (every line parses, every quad is in a
//! named graph) and notes each graph's pieces and content hashes; a file with a bad line is
//! refused whole (`file:line: reason`), so nothing of it is written, and the other files go on.
//! Standard input is spooled to a temporary file for that. The second pass writes.
//!
//! An article graph's quads normally come together (the worker writes them so). A graph whose
//! quads are split (a file sorted by subject, or one article in two files) comes in *pieces*:
//! - a piece with the same content hash as the graph's earlier pieces, or none, is another part of
//!   the same graph and is merged into it (the store then holds the union, as any N-Quads loader
//!   would); such pieces are counted in [`LoadSummary::merged`];
//! - a piece with another content hash is another version of the article and replaces it, as a
//!   re-ingest would (the later input wins).
//!
//! A graph whose content-hash quad equals the one stored is skipped (`unchanged`). Quads of the
//! consolidated graph in the input are ignored: it is derived, and kept up to date here.
//!
//! Three ways to write, chosen by [`Method::Auto`] from what the first pass saw:
//! - [`Method::Bulk`] into a store that holds no quad and inputs with no two versions of a graph:
//!   Oxigraph's bulk loader (atomic), then a rebuild of the consolidated graph;
//! - [`Method::Rebuild`] when the load brings at least a tenth as many graphs as the store holds: each
//!   graph replaced in its own transaction without touching the consolidated graph, which is
//!   rebuilt once at the end;
//! - [`Method::Incremental`] otherwise: each graph through [`Store::put_graph`] with the
//!   consolidated graph updated in the same transaction, as ingest does.
//!
//! While the consolidated graph awaits its rebuild, a marker file ([`REBUILD_PENDING`]) sits in the
//! store directory; a later `load` or `rebuild` finishes the job if the process died before.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use std::time::Instant;

use newskg_rdf::{NamedNode, Quad, RdfConfig};
use newskg_store::model::GraphName;
use newskg_store::{Replaced, Store, StoreError};

use crate::kg::Consolidator;

/// The marker file in a store directory that says the consolidated graph awaits a rebuild.
pub const REBUILD_PENDING: &str = "newskg-rebuild-pending";

/// Bad lines reported per refused file (the rest are counted).
const MAX_ERRORS_PER_FILE: usize = 10;

/// A piece is written when it reaches this many quads even if the graph goes on (bounds memory on
/// a giant graph; the rest is merged in as further pieces).
const MAX_PIECE: usize = 1_000_000;

/// `Auto` rebuilds the consolidated graph once at the end when the load brings at least
/// 1/`REBUILD_SHARE` as many graphs as the store holds. A rebuild costs about the same per stored
/// article as an incremental update per loaded one on varied news, and far less when the loaded
/// articles share their entities with many stored ones (every update re-reads those entities'
/// sources): loading 400 articles into 4,000 that share all their entities took 316 s
/// incrementally, 131 s with a rebuild (benches/dist.rs).
const REBUILD_SHARE: usize = 10;

/// Graphs written between two flushes of the store (bounds memtables and the write-ahead log).
const FLUSH_EVERY: usize = 64;

/// How to write the article graphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// Choose from the store and the inputs (see the module documentation).
    Auto,
    /// One transaction per graph, consolidated graph updated in each.
    Incremental,
    /// One transaction per graph, consolidated graph rebuilt at the end.
    Rebuild,
    /// Oxigraph's bulk loader, consolidated graph rebuilt at the end; only into an empty store.
    Bulk,
}

impl Method {
    pub fn name(self) -> &'static str {
        match self {
            Method::Auto => "auto",
            Method::Incremental => "incremental",
            Method::Rebuild => "rebuild",
            Method::Bulk => "bulk",
        }
    }
}

/// How to load.
#[derive(Debug, Clone)]
pub struct LoadConfig {
    pub rdf: RdfConfig,
    pub method: Method,
}

/// What a load did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LoadSummary {
    pub new: usize,
    pub replaced: usize,
    pub unchanged: usize,
    /// Pieces merged into a graph written earlier in the same load (split graphs).
    pub merged: usize,
    /// Quads read from the inputs that were accepted.
    pub quads_read: u64,
    /// Quads of the consolidated graph found in the inputs and ignored.
    pub derived_ignored: u64,
    /// Inputs refused (unreadable or with bad lines) and graphs that could not be written.
    pub failed: usize,
    /// The method used, after `Auto` chose.
    pub method: Option<Method>,
    /// Triples of the consolidated graph written by its rebuild (0 when updated per graph).
    pub rebuilt_quads: usize,
    pub seconds: f64,
}

impl LoadSummary {
    pub fn graphs(&self) -> usize {
        self.new + self.replaced + self.unchanged
    }
    pub fn quads_per_second(&self) -> f64 {
        if self.seconds > 0.0 { self.quads_read as f64 / self.seconds } else { 0.0 }
    }
}

/// Receives what happens during a load (the CLI draws progress and prints errors).
pub trait LoadObserver {
    /// An input, or a graph of it, could not be loaded.
    fn error(&mut self, error: &str);
    /// Something worth knowing (the method chosen, a rebuild starting).
    fn note(&mut self, note: &str);
    /// `n` more quads were read in the writing pass.
    fn quads(&mut self, n: u64);
}

/// Errors that stop a load before it writes (the store could not be read).
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("{path}: {reason}")]
    Io { path: String, reason: String },
}

/// One input checked by the first pass.
struct Checked {
    /// What errors name (`<stdin>` or the path).
    name: String,
    /// Where to read it again (the spool for standard input).
    path: PathBuf,
    _spool: Option<tempfile::NamedTempFile>,
}

/// What the first pass learnt of a graph across all inputs.
#[derive(Default)]
struct Seen {
    /// The content hashes its pieces carry (usually one).
    hashes: Vec<String>,
}

/// Loads N-Quads files (`-` is standard input) into the store. `store` must maintain the
/// consolidated graph (opened `with_derived(consolidator)`).
pub fn load(
    paths: &[PathBuf],
    config: &LoadConfig,
    store: &Store,
    store_dir: &Path,
    consolidator: &Consolidator,
    observer: &mut dyn LoadObserver,
) -> Result<LoadSummary, LoadError> {
    let started = Instant::now();
    let mut summary = LoadSummary::default();
    let kg = consolidator.graph().clone();
    let pending = store_dir.join(REBUILD_PENDING);
    if pending.exists() {
        observer.note("an earlier load stopped before rebuilding the consolidated graph; rebuilding it first");
        consolidator.rebuild(store)?;
        store.flush()?;
        remove_marker(&pending)?;
    }

    // Pass 1: check every input whole.
    let mut seen: HashMap<NamedNode, Seen> = HashMap::new();
    let mut inputs = Vec::new();
    for path in paths {
        match check(path, &kg, &mut seen) {
            Ok(c) => inputs.push(c),
            Err(errors) => {
                summary.failed += 1;
                for e in errors {
                    observer.error(&e);
                }
            }
        }
    }

    let method = choose(config.method, store, &seen, &kg)?;
    summary.method = Some(method);
    if method != Method::Incremental {
        std::fs::write(&pending, b"the consolidated graph awaits a rebuild (newskg load)\n")
            .map_err(|e| LoadError::Io { path: pending.display().to_string(), reason: e.to_string() })?;
    }
    match method {
        Method::Bulk => {
            if let Err(e) = bulk(&inputs, store, &kg, &seen, observer, &mut summary) {
                remove_marker(&pending)?;
                return Err(e);
            }
        }
        Method::Incremental => pieces(&inputs, store, &kg, observer, &mut summary),
        _ => pieces(&inputs, &store.without_derived(), &kg, observer, &mut summary),
    }
    store.flush()?;
    // Nothing written (every graph unchanged): the consolidated graph is as it was.
    let wrote = summary.new + summary.replaced + summary.merged > 0;
    if method != Method::Incremental && wrote {
        observer.note("rebuilding the consolidated graph");
        summary.rebuilt_quads = consolidator.rebuild(store)?.quads;
        store.flush()?;
    }
    remove_marker(&pending)?;
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

fn remove_marker(path: &Path) -> Result<(), LoadError> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(LoadError::Io { path: path.display().to_string(), reason: e.to_string() })
        }
        _ => Ok(()),
    }
}

/// Picks the method `Auto` stands for; checks that a forced `Bulk` can be used.
fn choose(method: Method, store: &Store, seen: &HashMap<NamedNode, Seen>, kg: &NamedNode) -> Result<Method, LoadError> {
    let versions = seen.values().any(|s| s.hashes.len() > 1);
    let empty = store.is_empty()?;
    Ok(match method {
        Method::Bulk if !empty || versions => {
            return Err(LoadError::Io {
                path: "--method bulk".into(),
                reason: if versions {
                    "the inputs hold two versions of one article graph; use --method rebuild or incremental".into()
                } else {
                    "the store is not empty; the bulk loader only fills an empty store".into()
                },
            });
        }
        Method::Auto if empty && !versions => Method::Bulk,
        Method::Auto => {
            let stored = store.named_graphs()?.iter().filter(|g| *g != kg).count();
            if seen.len() * REBUILD_SHARE >= stored { Method::Rebuild } else { Method::Incremental }
        }
        m => m,
    })
}

/// The quads of one input, with the 1-based line of each error.
fn parse(reader: impl Read) -> impl Iterator<Item = Result<Quad, (usize, String)>> {
    newskg_store::rdf_parser(newskg_store::ExportFormat::NQuads).for_reader(reader).map(|r| {
        r.map_err(|e| match &e {
            newskg_store::RdfParseError::Syntax(s) => {
                let text = s.to_string();
                // The parser's own "Parser error at line L column C: " prefix, said once as L:C.
                let message = text.split_once(": ").map_or(text.as_str(), |(_, m)| m).to_string();
                match s.location() {
                    Some(l) => (l.start.line as usize + 1, format!("column {}: {message}", l.start.column + 1)),
                    None => (0, message),
                }
            }
            newskg_store::RdfParseError::Io(io) => (0, format!("reading: {io}")),
        })
    })
}

/// Why a quad cannot be loaded, if it cannot.
fn refuse(q: &Quad) -> Option<&'static str> {
    match &q.graph_name {
        GraphName::DefaultGraph => {
            Some("a triple in the default graph: load takes article graphs (N-Quads with a graph name)")
        }
        GraphName::BlankNode(_) => {
            Some("a graph named by a blank node: article graphs are named by their article's IRI")
        }
        GraphName::NamedNode(_) => None,
    }
}

/// Pass 1 over one input: every line must parse and be loadable. Notes each graph's content
/// hashes in `seen` (only when the whole input is good).
fn check(path: &Path, kg: &NamedNode, seen: &mut HashMap<NamedNode, Seen>) -> Result<Checked, Vec<String>> {
    let (name, file, spool) = if path.as_os_str() == "-" {
        let name = "<stdin>".to_string();
        let mut spool = tempfile::Builder::new()
            .prefix("newskg-load-")
            .tempfile()
            .map_err(|e| vec![format!("{name}: cannot spool standard input: {e}")])?;
        std::io::copy(&mut std::io::stdin().lock(), spool.as_file_mut())
            .map_err(|e| vec![format!("{name}: reading: {e}")])?;
        let p = spool.path().to_path_buf();
        (name, p, Some(spool))
    } else {
        (path.display().to_string(), path.to_path_buf(), None)
    };
    let reader = File::open(&file).map_err(|e| vec![format!("{name}: {e}")])?;
    let mut errors = Vec::new();
    let mut bad = 0usize;
    let mut hashes: HashMap<NamedNode, String> = HashMap::new();
    let mut graphs: Vec<NamedNode> = Vec::new();
    let mut last: Option<NamedNode> = None;
    for (i, r) in parse(BufReader::with_capacity(1 << 20, reader)).enumerate() {
        let problem = match &r {
            Err((line, reason)) => Some((*line, reason.clone())),
            Ok(q) => refuse(q).map(|why| (i + 1, why.to_string())),
        };
        if let Some((line, reason)) = problem {
            bad += 1;
            if errors.len() < MAX_ERRORS_PER_FILE {
                // A quad's position is its line when each line holds one quad, as in N-Quads.
                errors.push(format!("{name}:{line}: {reason}"));
            }
            continue;
        }
        let Ok(q) = r else { continue };
        let GraphName::NamedNode(g) = &q.graph_name else { continue };
        if g == kg {
            continue;
        }
        if last.as_ref() != Some(g) {
            graphs.push(g.clone());
            last = Some(g.clone());
        }
        if let Some(h) = newskg_rdf::content_hash_of(g, std::slice::from_ref(&q)) {
            hashes.insert(g.clone(), h);
        }
    }
    if bad > 0 {
        if bad > errors.len() {
            errors.push(format!("{name}: {} more bad lines", bad - errors.len()));
        }
        errors.push(format!("{name}: refused: nothing of it was loaded"));
        return Err(errors);
    }
    for g in graphs {
        let entry = seen.entry(g.clone()).or_default();
        if let Some(h) = hashes.remove(&g)
            && !entry.hashes.contains(&h)
        {
            entry.hashes.push(h);
        }
    }
    Ok(Checked { name, path: file, _spool: spool })
}

/// Opens a checked input again for the writing pass.
fn reopen(input: &Checked) -> Result<BufReader<File>, LoadError> {
    File::open(&input.path)
        .map(|f| BufReader::with_capacity(1 << 20, f))
        .map_err(|e| LoadError::Io { path: input.name.clone(), reason: e.to_string() })
}

/// An error of the writing pass: the input changed since it was checked.
fn changed(input: &Checked, line: usize, reason: &str) -> String {
    format!("{}:{line}: {reason} (the input changed since it was checked)", input.name)
}

/// How often the writing pass reports progress, in quads.
const PROGRESS_EVERY: u64 = 10_000;

/// Writes every input with the bulk loader (the store is empty). Atomic: on any error nothing is
/// loaded and the error is returned.
fn bulk(
    inputs: &[Checked],
    store: &Store,
    kg: &NamedNode,
    seen: &HashMap<NamedNode, Seen>,
    observer: &mut dyn LoadObserver,
    summary: &mut LoadSummary,
) -> Result<(), LoadError> {
    let mut read = 0u64;
    let mut ignored = 0u64;
    let quads = inputs.iter().flat_map(|input| -> Box<dyn Iterator<Item = Result<Quad, LoadError>>> {
        match reopen(input) {
            Ok(r) => Box::new(parse(r).enumerate().map(move |(i, r)| match r {
                Ok(q) => match refuse(&q) {
                    None => Ok(q),
                    Some(why) => Err(LoadError::Io { path: input.name.clone(), reason: changed(input, i + 1, why) }),
                },
                Err((line, reason)) => {
                    Err(LoadError::Io { path: input.name.clone(), reason: changed(input, line, &reason) })
                }
            })),
            Err(e) => Box::new(std::iter::once(Err(e))),
        }
    });
    let counted = quads.filter(|r| match r {
        Ok(q) if matches!(&q.graph_name, GraphName::NamedNode(g) if g == kg) => {
            ignored += 1;
            false
        }
        Ok(_) => {
            read += 1;
            if read.is_multiple_of(PROGRESS_EVERY) {
                observer.quads(PROGRESS_EVERY);
            }
            true
        }
        Err(_) => true,
    });
    store.bulk_load(counted, |_| {})?;
    observer.quads(read % PROGRESS_EVERY);
    summary.new = seen.len();
    summary.quads_read = read;
    summary.derived_ignored = ignored;
    Ok(())
}

/// What this load did to a graph so far.
struct Done {
    /// The content hash of the version written (or found unchanged), if known.
    hash: Option<String>,
    /// The stored graph was already this version.
    skipped: bool,
}

/// Writes every input graph piece by piece, each in its own transaction.
fn pieces(
    inputs: &[Checked],
    store: &Store,
    kg: &NamedNode,
    observer: &mut dyn LoadObserver,
    summary: &mut LoadSummary,
) {
    let mut done: HashMap<NamedNode, Done> = HashMap::new();
    let mut written = 0usize;
    let mut write = |name: &str,
                     graph: &NamedNode,
                     piece: Vec<Quad>,
                     observer: &mut dyn LoadObserver,
                     summary: &mut LoadSummary| {
        if let Err(e) = write_piece(store, graph, piece, &mut done, summary) {
            observer.error(&format!("{name}: {}: {e}", graph.as_str()));
            summary.failed += 1;
        }
        written += 1;
        if written.is_multiple_of(FLUSH_EVERY)
            && let Err(e) = store.flush()
        {
            observer.error(&format!("flushing the store: {e}"));
            summary.failed += 1;
        }
    };
    for input in inputs {
        let reader = match reopen(input) {
            Ok(r) => r,
            Err(e) => {
                observer.error(&e.to_string());
                summary.failed += 1;
                continue;
            }
        };
        let mut piece: Vec<Quad> = Vec::new();
        let mut current: Option<NamedNode> = None;
        for (i, r) in parse(reader).enumerate() {
            let problem = match &r {
                Err((line, reason)) => Some(changed(input, *line, reason)),
                Ok(q) => refuse(q).map(|why| changed(input, i + 1, why)),
            };
            if let Some(problem) = problem {
                // The graph being read is dropped whole; the rest of the input is not loaded.
                observer.error(&format!("{problem}; the rest of it was not loaded"));
                summary.failed += 1;
                piece.clear();
                current = None;
                break;
            }
            let Ok(q) = r else { continue };
            let GraphName::NamedNode(g) = &q.graph_name else { continue };
            if g == kg {
                summary.derived_ignored += 1;
                continue;
            }
            summary.quads_read += 1;
            if summary.quads_read.is_multiple_of(PROGRESS_EVERY) {
                observer.quads(PROGRESS_EVERY);
            }
            if current.as_ref() != Some(g) || piece.len() >= MAX_PIECE {
                if let Some(c) = current.take() {
                    write(&input.name, &c, std::mem::take(&mut piece), observer, summary);
                }
                current = Some(g.clone());
            }
            piece.push(q);
        }
        if let Some(c) = current.take() {
            write(&input.name, &c, piece, observer, summary);
        }
    }
    observer.quads(summary.quads_read % PROGRESS_EVERY);
}

/// Writes one piece of a graph: the first piece of this load replaces the stored graph (or is
/// skipped when the stored one has its content hash); a later one with the same hash (or none) is
/// merged in; a later one with another hash replaces the graph.
fn write_piece(
    store: &Store,
    graph: &NamedNode,
    piece: Vec<Quad>,
    done: &mut HashMap<NamedNode, Done>,
    summary: &mut LoadSummary,
) -> Result<(), StoreError> {
    let hash = newskg_rdf::content_hash_of(graph, &piece);
    match done.get_mut(graph) {
        None => {
            if hash.is_some() && store.content_hash(graph)? == hash {
                summary.unchanged += 1;
                done.insert(graph.clone(), Done { hash, skipped: true });
                return Ok(());
            }
            match store.put_graph(graph, &piece)? {
                Replaced::New => summary.new += 1,
                Replaced::Replaced => summary.replaced += 1,
            }
            done.insert(graph.clone(), Done { hash, skipped: false });
        }
        Some(d) if hash.is_some() && d.hash.is_some() && hash != d.hash => {
            // Another version of the article: it replaces what this load wrote (or found).
            store.put_graph(graph, &piece)?;
            if d.skipped {
                summary.unchanged -= 1;
                summary.replaced += 1;
            }
            *d = Done { hash, skipped: false };
        }
        Some(d) => {
            summary.merged += 1;
            if d.hash.is_none() {
                d.hash = hash;
            }
            if !d.skipped {
                let mut all = store.quads(None, None, None, Some(graph.as_ref().into()))?;
                all.extend(piece);
                store.put_graph(graph, &all)?;
            }
        }
    }
    Ok(())
}
