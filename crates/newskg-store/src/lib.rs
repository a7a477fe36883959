//! The embedded Oxigraph store: consumes article graphs (a graph name plus its quads), answers
//! SPARQL and exports RDF. It knows quads and graph names, never documents.
//!
//! Invariants:
//! - one named graph per article; replacing an article's graph removes the old one and inserts the
//!   new one in one transaction, so a reader never sees a half-written article;
//! - queries run with the default graph as the union of the article graphs: every named graph but
//!   the derived ones (`union.rs`);
//! - the store's counts (quads in named graphs, article graphs) are kept in its own default graph
//!   by every write through this crate, so [`Store::stats`] reads them instead of scanning; a SPARQL
//!   update drops them (it may change anything) and [`Store::recount`] writes them again;
//! - SPARQL `SERVICE` calls are refused (no outbound requests).

use std::io::Write;
use std::path::{Path, PathBuf};

use oxigraph::io::{RdfFormat, RdfSerializer};
use std::sync::Arc;

use oxigraph::model::{
    GraphName, GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNodeRef, Quad, QuadRef, Term, TermRef, TripleRef,
};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};

pub use oxigraph::io::RdfFormat as ExportFormat;
pub use oxigraph::io::WriterQuadSerializer as WriterSerializer;
pub use oxigraph::io::{RdfParseError, RdfParser};
pub use oxigraph::model;
pub use oxigraph::sparql::QueryResults as Results;
pub use oxigraph::sparql::QuerySolution as Solution;
pub use oxigraph::sparql::QuerySolutionIter as SolutionIter;
pub use oxigraph::sparql::results::QueryResultsParseError;
pub use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
pub use oxigraph::sparql::{CancellationToken, QueryEvaluationError, UpdateEvaluationError};

/// The prefixes of the graph contract, used when serialising (owned by `newskg-rdf`).
pub use newskg_rdf::PREFIXES;

/// A serialiser for an RDF format that writes the contract's prefixes where the format has them.
pub fn rdf_serializer(format: RdfFormat) -> RdfSerializer {
    let mut ser = RdfSerializer::from_format(format);
    for (prefix, ns) in PREFIXES {
        // The prefixes are fixed valid IRIs; a format without prefixes keeps the serialiser as is.
        ser = match ser.clone().with_prefix(*prefix, *ns) {
            Ok(s) => s,
            Err(_) => ser,
        };
    }
    ser
}

/// A parser for an RDF format, keeping blank node labels as written (no renaming).
pub fn rdf_parser(format: RdfFormat) -> RdfParser {
    RdfParser::from_format(format)
}

/// A serialiser for SPARQL results.
pub fn model_results_serializer(format: QueryResultsFormat) -> QueryResultsSerializer {
    QueryResultsSerializer::from_format(format)
}

/// The predicate that records an article graph's content hash (owned by `newskg-rdf`).
pub use newskg_rdf::CONTENT_HASH;

/// The quads as a store holds them: each once, and typed literals of the XSD types Oxigraph keeps
/// by value (numbers, booleans, dates and times, durations) written back in their canonical form
/// (`"0.750"^^xsd:decimal` becomes `"0.75"`, a `+00:00` offset `Z`, `"PT24H"^^xsd:duration`
/// `"P1D"`). Everything that writes article graphs outside the store (the N-Quads worker output, a
/// remote store) writes these, so it holds exactly what the embedded store holds, and the store
/// itself writes these (`canonical.rs`; a test checks them against what it reads back). In their
/// order, the first of equal quads kept.
pub fn as_stored<'a>(quads: impl IntoIterator<Item = &'a Quad>) -> Vec<Quad> {
    let mut seen = std::collections::HashSet::new();
    quads
        .into_iter()
        .map(|q| canonical::quad(q).unwrap_or_else(|| q.clone()))
        .filter(|q| seen.insert(q.clone()))
        .collect()
}

/// Errors from the store.
///
/// Each message includes its cause's text, so no variant also exposes it as a `source` (the CLI
/// prints the chain of sources, and would print every cause twice).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error(
        "the store {path} is in use by another newskg process (an ingest, remove or serve holds its lock); \
         wait for it to finish, or stop it"
    )]
    Locked { path: PathBuf },
    #[error("cannot open the store at {path}: {reason}")]
    Open { path: PathBuf, reason: String },
    #[error("no store at {path} (create one with `newskg ingest --store {path} ...`)")]
    Missing { path: PathBuf },
    #[error("storage: {0}")]
    Storage(oxigraph::store::StorageError),
    #[error("SPARQL syntax: {0}")]
    Syntax(oxigraph::sparql::SparqlSyntaxError),
    #[error("query evaluation: {0}")]
    Evaluation(oxigraph::sparql::QueryEvaluationError),
    #[error("writing results: {0}")]
    Io(std::io::Error),
    #[error("update evaluation: {0}")]
    Update(oxigraph::sparql::UpdateEvaluationError),
}

impl StoreError {
    /// Whether writing failed because the reader went away (a closed pipe): not a failure of the
    /// command, like `head` closing its input.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, StoreError::Io(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }

    fn open(path: &Path, source: &oxigraph::store::StorageError) -> StoreError {
        let text = source.to_string();
        // RocksDB's words when another process holds the LOCK file.
        if text.contains("lock file") || text.contains("LOCK:") || text.contains("lock hold by current process") {
            StoreError::Locked { path: path.to_path_buf() }
        } else {
            StoreError::Open { path: path.to_path_buf(), reason: text }
        }
    }
}

impl From<oxigraph::store::StorageError> for StoreError {
    fn from(e: oxigraph::store::StorageError) -> Self {
        StoreError::Storage(e)
    }
}

impl From<oxigraph::sparql::SparqlSyntaxError> for StoreError {
    fn from(e: oxigraph::sparql::SparqlSyntaxError) -> Self {
        StoreError::Syntax(e)
    }
}

impl From<oxigraph::sparql::QueryEvaluationError> for StoreError {
    fn from(e: oxigraph::sparql::QueryEvaluationError) -> Self {
        StoreError::Evaluation(e)
    }
}

impl From<std::io::Error> for StoreError {
    fn from(e: std::io::Error) -> Self {
        StoreError::Io(e)
    }
}

impl From<oxigraph::sparql::UpdateEvaluationError> for StoreError {
    fn from(e: oxigraph::sparql::UpdateEvaluationError) -> Self {
        StoreError::Update(e)
    }
}

/// How to run one query or update: its dataset and the token that stops it.
#[derive(Clone, Default)]
pub struct QueryOptions {
    /// Graphs merged into the default graph (SPARQL protocol `default-graph-uri`); empty = the
    /// union of all named graphs.
    pub default_graphs: Vec<NamedNode>,
    /// The named graphs `GRAPH` may see (`named-graph-uri`); empty = all.
    pub named_graphs: Vec<NamedNode>,
    /// Cancelling it stops the evaluation at its next read (the error is
    /// [`QueryEvaluationError::Cancelled`]); results are lazy, so it must stay armed while they are read.
    pub cancellation: CancellationToken,
}

impl std::fmt::Debug for QueryOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QueryOptions")
            .field("default_graphs", &self.default_graphs)
            .field("named_graphs", &self.named_graphs)
            .field("cancelled", &self.cancellation.is_cancelled())
            .finish()
    }
}

/// What replacing an article's graph did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replaced {
    /// The article was not in the store.
    New,
    /// The article was there with other content and was replaced.
    Replaced,
}

/// Counts over the whole store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stats {
    pub articles: usize,
    pub quads: usize,
    /// (type IRI, number of distinct entities of that type)
    pub entities_by_type: Vec<(String, usize)>,
}

/// Graphs derived from the article graphs (the consolidated graph), kept up to date in the same
/// transaction as each article graph that changes, so a reader never sees them disagree.
pub trait Derived: Send + Sync + std::fmt::Debug {
    /// The graphs this maintainer owns: they are not article graphs.
    fn graphs(&self) -> Vec<NamedNode>;
    /// Called inside the transaction that replaced (or removed) the article graph `graph`, after
    /// the write: `old` are the graph's quads before, `new` after (empty when removed). Reads
    /// through `tx` see the new article graph.
    fn article_changed(&self, tx: &mut Tx<'_>, graph: &NamedNode, old: &[Quad], new: &[Quad])
    -> Result<(), StoreError>;
    /// Called once the transaction in which [`Derived::article_changed`] ran has committed
    /// (`true`) or was given up (`false`), on the same thread: a maintainer that keeps what it
    /// read or wrote in memory keeps a transaction's share only if it committed.
    fn finished(&self, _committed: bool) {}
    /// Called when the store changed other than through [`Derived::article_changed`] (a SPARQL
    /// update): anything kept in memory about the graphs may be out of date.
    fn forget(&self) {}
}

/// A write transaction as a [`Derived`] maintainer sees it: reads see its own writes; nothing is
/// visible to others until it commits. It counts the quads it adds and removes, for the store's
/// counts.
pub struct Tx<'a> {
    inner: oxigraph::store::Transaction<'a>,
    /// Quads added minus quads removed.
    added: i64,
    /// The store's counts before the transaction, when known without reading them.
    known: Option<(u64, u64)>,
}

impl std::fmt::Debug for Tx<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tx").finish_non_exhaustive()
    }
}

impl Tx<'_> {
    /// The quads matching a pattern.
    pub fn quads(
        &self,
        subject: Option<NamedOrBlankNodeRef<'_>>,
        predicate: Option<NamedNodeRef<'_>>,
        object: Option<TermRef<'_>>,
        graph: Option<GraphNameRef<'_>>,
    ) -> Result<Vec<Quad>, StoreError> {
        Ok(self.inner.quads_for_pattern(subject, predicate, object, graph).collect::<Result<Vec<_>, _>>()?)
    }

    /// Visits the quads matching a pattern until `f` returns false.
    pub fn scan(
        &self,
        subject: Option<NamedOrBlankNodeRef<'_>>,
        predicate: Option<NamedNodeRef<'_>>,
        object: Option<TermRef<'_>>,
        graph: Option<GraphNameRef<'_>>,
        mut f: impl FnMut(Quad) -> bool,
    ) -> Result<(), StoreError> {
        for q in self.inner.quads_for_pattern(subject, predicate, object, graph) {
            if !f(q?) {
                break;
            }
        }
        Ok(())
    }

    /// Whether the store holds the quad.
    pub fn contains(&self, quad: QuadRef<'_>) -> Result<bool, StoreError> {
        Ok(self.inner.contains(quad)?)
    }

    /// Adds a quad (nothing when it is there).
    pub fn insert(&mut self, quad: QuadRef<'_>) -> Result<(), StoreError> {
        if !self.inner.contains(quad)? {
            self.inner.insert(quad);
            self.added += 1;
        }
        Ok(())
    }

    /// Removes a quad (nothing when it is not there).
    pub fn remove(&mut self, quad: QuadRef<'_>) -> Result<(), StoreError> {
        if self.inner.contains(quad)? {
            self.inner.remove(quad);
            self.added -= 1;
        }
        Ok(())
    }

    /// Removes every quad of a graph (the graph stays, empty).
    pub fn clear_graph(&mut self, graph: &NamedNode) -> Result<(), StoreError> {
        let n = self.inner.quads_for_pattern(None, None, None, Some(graph.as_ref().into())).count();
        self.added -= i64::try_from(n).unwrap_or(i64::MAX);
        Ok(self.inner.clear_graph(graph)?)
    }

    /// The store's counts (quads in named graphs, article graphs), if it keeps them.
    fn counts(&self) -> Result<Option<(u64, u64)>, StoreError> {
        read_counts(|s, p| {
            self.inner.quads_for_pattern(Some(s.into()), Some(p), None, Some(GraphNameRef::DefaultGraph)).collect()
        })
    }

    /// Writes the store's counts.
    fn set_counts(&mut self, quads: u64, articles: u64) -> Result<(), StoreError> {
        let node = NamedNodeRef::new_unchecked(newskg_rdf::STORE_NODE);
        for (p, n) in [(newskg_rdf::STORED_QUADS, quads), (newskg_rdf::STORED_ARTICLES, articles)] {
            let pred = NamedNodeRef::new_unchecked(p);
            let old: Vec<Quad> = self
                .inner
                .quads_for_pattern(Some(node.into()), Some(pred), None, Some(GraphNameRef::DefaultGraph))
                .collect::<Result<_, _>>()?;
            for q in &old {
                self.inner.remove(q);
            }
            let value = oxigraph::model::Literal::from(i64::try_from(n).unwrap_or(i64::MAX));
            self.inner.insert(QuadRef::new(node, pred, &value, GraphNameRef::DefaultGraph));
        }
        Ok(())
    }

    /// Adds this transaction's changes (and `articles` more or fewer article graphs) to the
    /// store's counts, when it keeps them; returns the new counts.
    fn commit_counts(&mut self, articles: i64) -> Result<Option<(u64, u64)>, StoreError> {
        let before = match self.known {
            Some(k) => Some(k),
            None => self.counts()?,
        };
        let Some((quads, stored)) = before else { return Ok(None) };
        let add = |n: u64, d: i64| u64::try_from(i64::try_from(n).unwrap_or(i64::MAX).saturating_add(d)).unwrap_or(0);
        let after = (add(quads, self.added), add(stored, articles));
        self.set_counts(after.0, after.1)?;
        Ok(Some(after))
    }
}

/// An embedded store on disk.
///
/// Built without Oxigraph's HTTP client, so `SERVICE` calls fail: no query makes outbound requests.
#[derive(Clone)]
pub struct Store {
    inner: oxigraph::store::Store,
    derived: Option<Arc<dyn Derived>>,
    /// Graphs kept out of a query's default graph besides the derived ones (a read-only copy of a
    /// store that has a maintainer elsewhere).
    excluded: Vec<NamedNode>,
    /// The store's counts as the last committed write left them (`None`: read them from the
    /// store), so a write need not read them back past the tombstones of all the writes before.
    counts: Arc<std::sync::Mutex<Option<(u64, u64)>>>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("derived", &self.derived).finish_non_exhaustive()
    }
}

impl Store {
    /// Opens (or creates) the store in `path`.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let inner = oxigraph::store::Store::open(path).map_err(|e| StoreError::open(path, &e))?;
        Store::new_counted(inner)
    }

    /// A store that keeps its counts from the start when it is new (an older store keeps none
    /// until [`Store::recount`]).
    fn new_counted(inner: oxigraph::store::Store) -> Result<Store, StoreError> {
        let store = Store { inner, derived: None, excluded: Vec::new(), counts: Arc::default() };
        if store.inner.is_empty()? {
            store.transaction(|tx| tx.set_counts(0, 0))?;
        }
        Ok(store)
    }

    /// Opens (or creates) the store in `path` for a process that needs `reserve` file descriptors
    /// of its own (a server's connections): RocksDB keeps at most the process's descriptor limit
    /// less `reserve` table files open (Oxigraph's default reserve is 48). A limit below
    /// `reserve + 48` is an error that says so.
    pub fn open_with_fd_reserve(path: &Path, reserve: u32) -> Result<Store, StoreError> {
        let options = oxigraph::store::StoreOptions::default().with_fd_reserve(reserve);
        let inner = oxigraph::store::Store::open_with_options(path, options).map_err(|e| StoreError::open(path, &e))?;
        Store::new_counted(inner)
    }

    /// The same store, with `derived` maintained on every [`Store::replace_graph`] and
    /// [`Store::remove_graph`].
    pub fn with_derived(self, derived: Arc<dyn Derived>) -> Store {
        Store { derived: Some(derived), ..self }
    }

    /// The same store, with `graphs` kept out of a query's default graph as derived ones are: for
    /// a read-only copy (the server's query workers) of a store whose maintainer runs elsewhere.
    pub fn excluding_from_default(self, graphs: Vec<NamedNode>) -> Store {
        Store { excluded: graphs, ..self }
    }

    /// The same store without its derived maintainer: writes through it leave the derived graphs
    /// as they are (a bulk load that rebuilds them at the end).
    pub fn without_derived(&self) -> Store {
        Store { inner: self.inner.clone(), derived: None, excluded: self.excluded.clone(), counts: self.counts.clone() }
    }

    /// Adds quads with Oxigraph's bulk loader: much faster than transactions, for a store that
    /// holds none of the graphs loaded (it adds; it never replaces a graph or updates the derived
    /// graphs). Atomic: an error leaves the store as it was. `on_progress` is called from time to
    /// time with the number of quads loaded so far.
    pub fn bulk_load<E: From<StoreError>>(
        &self,
        quads: impl IntoIterator<Item = Result<Quad, E>>,
        on_progress: impl Fn(u64) + Send + Sync + 'static,
    ) -> Result<(), E> {
        // The loader bypasses the kept counts: they are dropped until a recount (the rebuild that
        // follows a bulk load writes them again).
        self.drop_counts().map_err(E::from)?;
        let mut loader = self.inner.bulk_loader().on_progress(on_progress);
        let mut failure = None;
        let ok = quads.into_iter().map_while(|r| match r {
            Ok(q) => Some(q),
            Err(e) => {
                failure = Some(e);
                None
            }
        });
        loader.load_quads(ok).map_err(|e| E::from(StoreError::from(e)))?;
        if let Some(e) = failure {
            // Not committed: the loaded files are dropped with the loader.
            return Err(e);
        }
        loader.commit().map_err(|e| E::from(StoreError::from(e)))
    }

    /// The graphs the derived maintainer owns (none without one), and those excluded by
    /// [`Store::excluding_from_default`]: every named graph that is not an article graph.
    pub fn derived_graphs(&self) -> Vec<NamedNode> {
        let mut out = self.derived.as_ref().map(|d| d.graphs()).unwrap_or_default();
        out.extend(self.excluded.iter().filter(|g| !out.contains(g)).cloned().collect::<Vec<_>>());
        out
    }

    /// Runs `f` in one write transaction, committed when it returns `Ok`.
    pub fn transaction<T>(&self, f: impl FnOnce(&mut Tx<'_>) -> Result<T, StoreError>) -> Result<T, StoreError> {
        let mut tx = self.start(0)?;
        let out = f(&mut tx);
        self.finish(tx, out, 0, false)
    }

    /// Commits a transaction with its counts, or gives it up when `out` is an error, and tells the
    /// derived maintainer (when it took part) which it was.
    fn finish<T>(
        &self,
        mut tx: Tx<'_>,
        out: Result<T, StoreError>,
        articles: i64,
        derived: bool,
    ) -> Result<T, StoreError> {
        let committed = out.and_then(|v| {
            let counts = tx.commit_counts(articles)?;
            tx.inner.commit()?;
            Ok((v, counts))
        });
        if let Ok(mut cached) = self.counts.lock() {
            *cached = committed.as_ref().ok().and_then(|(_, c)| *c);
        }
        if derived && let Some(d) = &self.derived {
            d.finished(committed.is_ok());
        }
        committed.map(|(v, _)| v)
    }

    /// A transaction that knows the store's counts from the last commit.
    fn start(&self, added: i64) -> Result<Tx<'_>, StoreError> {
        let known = self.counts.lock().ok().and_then(|c| *c);
        Ok(Tx { inner: self.inner.start_transaction()?, added, known })
    }

    /// The quads matching a pattern, read outside any transaction.
    pub fn quads(
        &self,
        subject: Option<NamedOrBlankNodeRef<'_>>,
        predicate: Option<NamedNodeRef<'_>>,
        object: Option<TermRef<'_>>,
        graph: Option<GraphNameRef<'_>>,
    ) -> Result<Vec<Quad>, StoreError> {
        Ok(self.inner.quads_for_pattern(subject, predicate, object, graph).collect::<Result<Vec<_>, _>>()?)
    }

    /// The names of all named graphs (article graphs and derived ones).
    pub fn named_graphs(&self) -> Result<Vec<NamedNode>, StoreError> {
        let mut out = Vec::new();
        for g in self.inner.named_graphs() {
            if let oxigraph::model::NamedOrBlankNode::NamedNode(n) = g? {
                out.push(n);
            }
        }
        Ok(out)
    }

    /// Opens an existing store for writing; a missing one is an error, not created.
    pub fn open_existing(path: &Path) -> Result<Store, StoreError> {
        if !path.join("CURRENT").is_file() {
            return Err(StoreError::Missing { path: path.to_path_buf() });
        }
        Store::open(path)
    }

    /// Opens an existing store for reading only. Any number of readers may share a store; a reader
    /// must not run while another process writes to it (RocksDB's read-only mode).
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        if !path.join("CURRENT").is_file() {
            return Err(StoreError::Missing { path: path.to_path_buf() });
        }
        let inner = oxigraph::store::Store::open_read_only(path).map_err(|e| StoreError::open(path, &e))?;
        Ok(Store { inner, derived: None, excluded: Vec::new(), counts: Arc::default() })
    }

    /// A store in memory, for tests and dry runs.
    pub fn in_memory() -> Result<Store, StoreError> {
        Store::new_counted(oxigraph::store::Store::new()?)
    }

    /// The content hash recorded in an article's graph, if the article is stored.
    pub fn content_hash(&self, graph: &NamedNode) -> Result<Option<String>, StoreError> {
        let pred = NamedNodeRef::new_unchecked(CONTENT_HASH);
        for quad in
            self.inner.quads_for_pattern(Some(graph.as_ref().into()), Some(pred), None, Some(graph.as_ref().into()))
        {
            if let Term::Literal(l) = quad?.object {
                return Ok(Some(l.value().to_string()));
            }
        }
        Ok(None)
    }

    /// Whether an article graph exists.
    pub fn contains_graph(&self, graph: &NamedNode) -> Result<bool, StoreError> {
        Ok(self.inner.contains_named_graph(graph)?)
    }

    /// Replaces an article's graph with `quads` (whose graph name must be `graph`) and records its
    /// content hash, in one transaction.
    pub fn replace_graph(&self, graph: &NamedNode, quads: &[Quad], content_hash: &str) -> Result<Replaced, StoreError> {
        self.put_graph(graph, &newskg_rdf::article_graph(graph, quads, content_hash))
    }

    /// Replaces an article's graph with exactly the quads of `quads` that are in `graph` (its
    /// content-hash quad among them, when it has one), in one transaction that also updates the
    /// derived graphs.
    pub fn put_graph(&self, graph: &NamedNode, quads: &[Quad]) -> Result<Replaced, StoreError> {
        let mut tx = self.start(0)?;
        let out = self.put_in(&mut tx, graph, quads);
        let articles = match out {
            Ok(Replaced::New) => 1,
            _ => 0,
        };
        self.finish(tx, out, articles, true)
    }

    /// Replaces several articles' graphs, each as [`Store::put_graph`] would and in their order
    /// (the derived graphs updated after each), in one transaction: all of them or, on an error,
    /// none. A graph named twice ends as the later one. Writing a chunk of articles at once lets
    /// a value that many of them change (a company's article count) be rewritten in memory
    /// rather than once per article on disk.
    pub fn put_graphs(&self, graphs: &[(NamedNode, Vec<Quad>)]) -> Result<Vec<Replaced>, StoreError> {
        let mut tx = self.start(0)?;
        let mut new = 0;
        let out = graphs
            .iter()
            .map(|(graph, quads)| {
                let r = self.put_in(&mut tx, graph, quads)?;
                if r == Replaced::New {
                    new += 1;
                }
                Ok(r)
            })
            .collect::<Result<Vec<_>, StoreError>>();
        self.finish(tx, out, new, true)
    }

    /// One article graph's replacement inside a write transaction (see [`Store::put_graph`]).
    fn put_in(&self, tx: &mut Tx<'_>, graph: &NamedNode, quads: &[Quad]) -> Result<Replaced, StoreError> {
        let existed = tx.inner.contains_named_graph(graph)?;
        let old = if existed {
            tx.inner.quads_for_pattern(None, None, None, Some(graph.as_ref().into())).collect::<Result<Vec<_>, _>>()?
        } else {
            Vec::new()
        };
        tx.inner.remove_named_graph(graph)?;
        tx.inner.insert_named_graph(graph);
        // As the store will keep them, each once: the derived maintainer counts what it is given,
        // so it sees the graph as a later read of it would.
        let name = GraphName::NamedNode(graph.clone());
        let quads = as_stored(quads.iter().filter(|q| q.graph_name == name));
        for q in &quads {
            tx.inner.insert(q);
        }
        tx.added += i64::try_from(quads.len()).unwrap_or(i64::MAX) - i64::try_from(old.len()).unwrap_or(i64::MAX);
        if let Some(d) = &self.derived {
            d.article_changed(tx, graph, &old, &quads)?;
        }
        Ok(if existed { Replaced::Replaced } else { Replaced::New })
    }

    /// Drops an article's graph; false when there was none.
    pub fn remove_graph(&self, graph: &NamedNode) -> Result<bool, StoreError> {
        let mut tx = self.inner.start_transaction()?;
        let existed = tx.contains_named_graph(graph)?;
        if !existed {
            return Ok(false);
        }
        let old = tx.quads_for_pattern(None, None, None, Some(graph.as_ref().into())).collect::<Result<Vec<_>, _>>()?;
        tx.remove_named_graph(graph)?;
        let known = self.counts.lock().ok().and_then(|c| *c);
        let mut tx = Tx { inner: tx, added: -i64::try_from(old.len()).unwrap_or(i64::MAX), known };
        let out = match &self.derived {
            Some(d) => d.article_changed(&mut tx, graph, &old, &[]),
            None => Ok(()),
        };
        self.finish(tx, out, -1, true)?;
        Ok(true)
    }

    /// Evaluates a SPARQL query with the union of the article graphs as the default graph.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>, StoreError> {
        self.query_with(sparql, &QueryOptions::default())
    }

    /// Evaluates a SPARQL query like [`Store::query`], on the dataset and with the cancellation
    /// token of `options`.
    pub fn query_with(&self, sparql: &str, options: &QueryOptions) -> Result<QueryResults<'static>, StoreError> {
        let mut query = spargebra::SparqlParser::new().parse_query(sparql)?;
        if options.default_graphs.is_empty() {
            let derived: Vec<spargebra::term::NamedNode> = self
                .derived_graphs()
                .into_iter()
                .map(|g| spargebra::term::NamedNode::new_unchecked(g.into_string()))
                .collect();
            match &mut query {
                spargebra::Query::Select { dataset: None, pattern, .. }
                | spargebra::Query::Construct { dataset: None, pattern, .. }
                | spargebra::Query::Describe { dataset: None, pattern, .. }
                | spargebra::Query::Ask { dataset: None, pattern, .. } => {
                    let p = std::mem::replace(pattern, spargebra::algebra::GraphPattern::Bgp { patterns: Vec::new() });
                    *pattern = union::exclude(p, &derived);
                }
                _ => {}
            }
        }
        let mut prepared =
            SparqlEvaluator::new().with_cancellation_token(options.cancellation.clone()).for_query(query);
        apply_dataset(prepared.dataset_mut(), options);
        Ok(prepared.on_store(&self.inner).execute()?)
    }

    /// Runs a SPARQL update in one transaction. `WHERE` patterns without `GRAPH` (and without
    /// `USING`) see the union of all named graphs, as queries do; `INSERT DATA` without `GRAPH`
    /// writes to the store's own default graph.
    pub fn update_with(&self, sparql: &str, options: &QueryOptions) -> Result<(), StoreError> {
        // The update may change any graph: the counts are dropped until `recount`, and the derived
        // maintainer forgets what it kept in memory.
        if let Some(d) = &self.derived {
            d.forget();
        }
        self.drop_counts()?;
        let mut prepared =
            SparqlEvaluator::new().with_cancellation_token(options.cancellation.clone()).parse_update(sparql)?;
        for dataset in prepared.using_datasets_mut() {
            apply_dataset(dataset, options);
        }
        prepared.on_store(&self.inner).execute()?;
        Ok(())
    }

    /// Drops the kept counts (a write that bypasses them follows): `stats` scans until
    /// [`Store::recount`].
    fn drop_counts(&self) -> Result<(), StoreError> {
        if let Ok(mut cached) = self.counts.lock() {
            *cached = None;
        }
        self.transaction(|tx| {
            let node = NamedNodeRef::new_unchecked(newskg_rdf::STORE_NODE);
            let old: Vec<Quad> = tx
                .inner
                .quads_for_pattern(Some(node.into()), None, None, Some(GraphNameRef::DefaultGraph))
                .collect::<Result<_, _>>()?;
            for q in &old {
                tx.inner.remove(q);
            }
            Ok(())
        })
    }

    /// Number of quads in named graphs (article graphs and derived ones): the kept count, else
    /// counted.
    pub fn len(&self) -> Result<usize, StoreError> {
        if let Some((quads, _)) = self.counts()? {
            return Ok(usize::try_from(quads).unwrap_or(usize::MAX));
        }
        let default = self.inner.quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph)).count();
        Ok(self.inner.len()? - default)
    }

    /// Whether the store holds no quad in a named graph.
    pub fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.len()? == 0)
    }

    /// The kept counts: (quads in named graphs, article graphs); `None` for a store written before
    /// they were kept, or after a SPARQL update.
    pub fn counts(&self) -> Result<Option<(u64, u64)>, StoreError> {
        read_counts(|s, p| {
            self.inner.quads_for_pattern(Some(s.into()), Some(p), None, Some(GraphNameRef::DefaultGraph)).collect()
        })
    }

    /// Counts the quads of the named graphs (a scan of the store) and keeps the counts, with
    /// `articles` article graphs.
    pub fn recount(&self, articles: usize) -> Result<(), StoreError> {
        let default = self.inner.quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph)).count();
        let quads = self.inner.len()? - default;
        let mut tx = self.start(0)?;
        tx.set_counts(quads as u64, articles as u64)?;
        tx.inner.commit()?;
        if let Ok(mut cached) = self.counts.lock() {
            *cached = Some((quads as u64, articles as u64));
        }
        Ok(())
    }

    /// Article, quad and entity counts.
    /// When a derived graph holds entities (`nkg:articleCount`), they are counted there, once each,
    /// instead of once per mention in the article graphs.
    pub fn stats(&self) -> Result<Stats, StoreError> {
        let derived = self.derived_graphs();
        let (quads, articles) = match self.counts()? {
            Some((q, a)) => (usize::try_from(q).unwrap_or(usize::MAX), usize::try_from(a).unwrap_or(usize::MAX)),
            None => (self.len()?, self.named_graphs()?.iter().filter(|g| !derived.contains(g)).count()),
        };
        let mut entities_by_type = Vec::new();
        let count_iri = format!("{}articleCount", newskg_rdf::NKG.0);
        let count = NamedNodeRef::new_unchecked(&count_iri);
        let consolidated = derived
            .iter()
            .find(|g| self.inner.quads_for_pattern(None, Some(count), None, Some(g.as_ref().into())).next().is_some());
        let schema = newskg_rdf::SCHEMA.0;
        let q = match consolidated {
            Some(g) => format!(
                "SELECT ?t (COUNT(?e) AS ?n) WHERE {{ GRAPH <{}> {{ ?e <{}> ?c ; a ?t }} }} GROUP BY ?t ORDER BY DESC(?n) ?t",
                g.as_str(),
                count.as_str()
            ),
            None => format!(
                "SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?a a <{schema}NewsArticle> ; \
                 <{schema}mentions> ?e . ?e a ?t }} GROUP BY ?t ORDER BY DESC(?n) ?t"
            ),
        };
        if let QueryResults::Solutions(rows) = self.query(&q)? {
            for row in rows {
                let row = row?;
                if let (Some(Term::NamedNode(t)), Some(Term::Literal(n))) = (row.get("t"), row.get("n")) {
                    entities_by_type.push((t.as_str().to_string(), n.value().parse().unwrap_or(0)));
                }
            }
        }
        Ok(Stats { articles, quads, entities_by_type })
    }

    /// Writes the store, or one article graph, in an RDF format, streaming: memory stays bounded
    /// whatever the store's size. Dataset formats (N-Quads, TriG, JSON-LD) keep the graph names;
    /// triple formats write the union (each distinct triple once) or the one graph.
    ///
    /// The union is deduplicated without remembering what was written: a triple stored in several
    /// graphs is written with the first quad that a lookup of the triple returns (the store's
    /// SPOG index order), one index lookup per quad.
    pub fn export(&self, format: RdfFormat, graph: Option<&NamedNode>, out: impl Write) -> Result<(), StoreError> {
        let mut ser = rdf_serializer(format).for_writer(out);
        let graph_ref: Option<GraphNameRef<'_>> = graph.map(|g| g.as_ref().into());
        if format.supports_datasets() {
            for q in self.inner.quads_for_pattern(None, None, None, graph_ref) {
                let q = q?;
                if is_count(&q) {
                    continue;
                }
                ser.serialize_quad(&q)?;
            }
        } else {
            for q in self.inner.quads_for_pattern(None, None, None, graph_ref) {
                let q = q?;
                if is_count(&q) {
                    continue;
                }
                if graph.is_none() && !self.is_first_copy(&q)? {
                    continue;
                }
                ser.serialize_triple(TripleRef::new(&q.subject, &q.predicate, &q.object))?;
            }
        }
        ser.finish()?;
        Ok(())
    }

    /// Whether `quad` is the copy of its triple that a union export writes: the first quad the
    /// store returns for that subject, predicate and object, whatever the graph.
    fn is_first_copy(&self, quad: &Quad) -> Result<bool, StoreError> {
        let first = self
            .inner
            .quads_for_pattern(
                Some(quad.subject.as_ref()),
                Some(quad.predicate.as_ref()),
                Some(quad.object.as_ref()),
                None,
            )
            .next()
            .transpose()?;
        Ok(first.is_none_or(|f| f.graph_name == quad.graph_name))
    }

    /// Writes a consistent copy of the store into `dir` (which must not exist): hard links to its
    /// immutable files, so it is quick and shares their disk space. The copy is a store of its own
    /// that other processes may open read-only while this one goes on writing.
    pub fn checkpoint(&self, dir: &Path) -> Result<(), StoreError> {
        Ok(self.inner.backup(dir)?)
    }

    /// Compacts the store's files (RocksDB full compaction): reclaims the space of removed and
    /// replaced quads and merges small files. Slow on large stores; ingest never needs it.
    pub fn compact(&self) -> Result<(), StoreError> {
        Ok(self.inner.optimize()?)
    }

    /// Flushes to disk.
    pub fn flush(&self) -> Result<(), StoreError> {
        Ok(self.inner.flush()?)
    }
}

/// Reads the store's counts with `quads(subject, predicate)` (the default graph's quads).
fn read_counts(
    quads: impl Fn(NamedNodeRef<'_>, NamedNodeRef<'_>) -> Result<Vec<Quad>, oxigraph::store::StorageError>,
) -> Result<Option<(u64, u64)>, StoreError> {
    let node = NamedNodeRef::new_unchecked(newskg_rdf::STORE_NODE);
    let read = |p: &str| -> Result<Option<u64>, StoreError> {
        Ok(quads(node, NamedNodeRef::new_unchecked(p))?.into_iter().find_map(|q| match q.object {
            Term::Literal(l) => l.value().parse().ok(),
            _ => None,
        }))
    };
    Ok(read(newskg_rdf::STORED_QUADS)?.zip(read(newskg_rdf::STORED_ARTICLES)?))
}

/// Whether a quad is one of the store's counts (kept in its default graph, never exported).
fn is_count(q: &Quad) -> bool {
    q.graph_name.is_default_graph()
        && matches!(&q.subject, oxigraph::model::NamedOrBlankNode::NamedNode(n) if n.as_str() == newskg_rdf::STORE_NODE)
}

/// Sets a query's dataset from the protocol's graph lists; the default dataset becomes the union.
fn apply_dataset(dataset: &mut oxigraph::sparql::QueryDatasetSpecification, options: &QueryOptions) {
    if !options.default_graphs.is_empty() {
        dataset.set_default_graph(options.default_graphs.iter().cloned().map(GraphName::NamedNode).collect());
    } else if dataset.is_default_dataset() {
        dataset.set_default_graph_as_union();
    }
    if !options.named_graphs.is_empty() {
        dataset.set_available_named_graphs(options.named_graphs.iter().cloned().map(Into::into).collect());
    }
}

mod canonical;
mod union;

#[cfg(test)]
mod tests;
