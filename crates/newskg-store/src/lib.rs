//! The embedded Oxigraph store: consumes article graphs (a graph name plus its quads), answers
//! SPARQL and exports RDF. It knows quads and graph names, never documents.
//!
//! Invariants:
//! - one named graph per article; replacing an article's graph removes the old one and inserts the
//!   new one in one transaction, so a reader never sees a half-written article;
//! - queries run with the default graph as the union of all named graphs;
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
/// remote store) writes these, so it holds exactly what the embedded store holds. Goes through an
/// in-memory Oxigraph store, so the forms are Oxigraph's own by construction.
pub fn as_stored(quads: &[Quad]) -> Result<Vec<Quad>, StoreError> {
    let store = oxigraph::store::Store::new()?;
    store.extend(quads.iter().cloned())?;
    Ok(store.iter().collect::<Result<Vec<_>, _>>()?)
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
}

/// A write transaction as a [`Derived`] maintainer sees it: reads see its own writes; nothing is
/// visible to others until it commits.
pub struct Tx<'a> {
    inner: oxigraph::store::Transaction<'a>,
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

    pub fn insert(&mut self, quad: QuadRef<'_>) {
        self.inner.insert(quad);
    }

    pub fn remove(&mut self, quad: QuadRef<'_>) {
        self.inner.remove(quad);
    }

    /// Removes every quad of a graph (the graph stays, empty).
    pub fn clear_graph(&mut self, graph: &NamedNode) -> Result<(), StoreError> {
        Ok(self.inner.clear_graph(graph)?)
    }
}

/// An embedded store on disk.
///
/// Built without Oxigraph's HTTP client, so `SERVICE` calls fail: no query makes outbound requests.
#[derive(Clone)]
pub struct Store {
    inner: oxigraph::store::Store,
    derived: Option<Arc<dyn Derived>>,
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
        Ok(Store { inner, derived: None })
    }

    /// Opens (or creates) the store in `path` for a process that needs `reserve` file descriptors
    /// of its own (a server's connections): RocksDB keeps at most the process's descriptor limit
    /// less `reserve` table files open (Oxigraph's default reserve is 48). A limit below
    /// `reserve + 48` is an error that says so.
    pub fn open_with_fd_reserve(path: &Path, reserve: u32) -> Result<Store, StoreError> {
        let options = oxigraph::store::StoreOptions::default().with_fd_reserve(reserve);
        let inner = oxigraph::store::Store::open_with_options(path, options).map_err(|e| StoreError::open(path, &e))?;
        Ok(Store { inner, derived: None })
    }

    /// The same store, with `derived` maintained on every [`Store::replace_graph`] and
    /// [`Store::remove_graph`].
    pub fn with_derived(self, derived: Arc<dyn Derived>) -> Store {
        Store { derived: Some(derived), ..self }
    }

    /// The same store without its derived maintainer: writes through it leave the derived graphs
    /// as they are (a bulk load that rebuilds them at the end).
    pub fn without_derived(&self) -> Store {
        Store { inner: self.inner.clone(), derived: None }
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

    /// The graphs the derived maintainer owns (none without one).
    pub fn derived_graphs(&self) -> Vec<NamedNode> {
        self.derived.as_ref().map(|d| d.graphs()).unwrap_or_default()
    }

    /// Runs `f` in one write transaction, committed when it returns `Ok`.
    pub fn transaction<T>(&self, f: impl FnOnce(&mut Tx<'_>) -> Result<T, StoreError>) -> Result<T, StoreError> {
        let mut tx = Tx { inner: self.inner.start_transaction()? };
        let out = f(&mut tx)?;
        tx.inner.commit()?;
        Ok(out)
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
        Ok(Store { inner, derived: None })
    }

    /// A store in memory, for tests and dry runs.
    pub fn in_memory() -> Result<Store, StoreError> {
        Ok(Store { inner: oxigraph::store::Store::new()?, derived: None })
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
        let mut tx = self.inner.start_transaction()?;
        let existed = tx.contains_named_graph(graph)?;
        let old = match &self.derived {
            Some(_) if existed => {
                tx.quads_for_pattern(None, None, None, Some(graph.as_ref().into())).collect::<Result<Vec<_>, _>>()?
            }
            _ => Vec::new(),
        };
        tx.remove_named_graph(graph)?;
        tx.insert_named_graph(graph);
        // A graph is a set: the derived maintainer counts what it is given, so it sees each quad
        // once, as a later read of the graph would.
        let name = GraphName::NamedNode(graph.clone());
        let mut seen = std::collections::HashSet::with_capacity(quads.len());
        let quads: Vec<Quad> = quads.iter().filter(|q| q.graph_name == name && seen.insert(*q)).cloned().collect();
        for q in &quads {
            tx.insert(q);
        }
        let tx = match &self.derived {
            Some(d) => {
                let mut tx = Tx { inner: tx };
                d.article_changed(&mut tx, graph, &old, &quads)?;
                tx.inner
            }
            None => tx,
        };
        tx.commit()?;
        Ok(if existed { Replaced::Replaced } else { Replaced::New })
    }

    /// Drops an article's graph; false when there was none.
    pub fn remove_graph(&self, graph: &NamedNode) -> Result<bool, StoreError> {
        let mut tx = self.inner.start_transaction()?;
        let existed = tx.contains_named_graph(graph)?;
        let old = match &self.derived {
            Some(_) if existed => {
                tx.quads_for_pattern(None, None, None, Some(graph.as_ref().into())).collect::<Result<Vec<_>, _>>()?
            }
            _ => Vec::new(),
        };
        tx.remove_named_graph(graph)?;
        let tx = match &self.derived {
            Some(d) if existed => {
                let mut tx = Tx { inner: tx };
                d.article_changed(&mut tx, graph, &old, &[])?;
                tx.inner
            }
            _ => tx,
        };
        tx.commit()?;
        Ok(existed)
    }

    /// Evaluates a SPARQL query with the union of all graphs as the default graph.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>, StoreError> {
        let mut prepared = SparqlEvaluator::new().parse_query(sparql)?;
        if prepared.dataset().is_default_dataset() {
            prepared.dataset_mut().set_default_graph_as_union();
        }
        Ok(prepared.on_store(&self.inner).execute()?)
    }

    /// Evaluates a SPARQL query like [`Store::query`], on the dataset and with the cancellation
    /// token of `options`.
    pub fn query_with(&self, sparql: &str, options: &QueryOptions) -> Result<QueryResults<'static>, StoreError> {
        let mut prepared =
            SparqlEvaluator::new().with_cancellation_token(options.cancellation.clone()).parse_query(sparql)?;
        apply_dataset(prepared.dataset_mut(), options);
        Ok(prepared.on_store(&self.inner).execute()?)
    }

    /// Runs a SPARQL update in one transaction. `WHERE` patterns without `GRAPH` (and without
    /// `USING`) see the union of all named graphs, as queries do; `INSERT DATA` without `GRAPH`
    /// writes to the store's own default graph.
    pub fn update_with(&self, sparql: &str, options: &QueryOptions) -> Result<(), StoreError> {
        let mut prepared =
            SparqlEvaluator::new().with_cancellation_token(options.cancellation.clone()).parse_update(sparql)?;
        for dataset in prepared.using_datasets_mut() {
            apply_dataset(dataset, options);
        }
        prepared.on_store(&self.inner).execute()?;
        Ok(())
    }

    /// Number of quads.
    pub fn len(&self) -> Result<usize, StoreError> {
        Ok(self.inner.len()?)
    }

    /// Whether the store holds no quad.
    pub fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.inner.is_empty()?)
    }

    /// Article, quad and entity counts.
    /// When a derived graph holds entities (`nkg:articleCount`), they are counted there, once each,
    /// instead of once per mention in the article graphs.
    pub fn stats(&self) -> Result<Stats, StoreError> {
        let derived = self.derived_graphs();
        let articles = self.named_graphs()?.iter().filter(|g| !derived.contains(g)).count();
        let quads = self.len()?;
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
                ser.serialize_quad(&q?)?;
            }
        } else {
            for q in self.inner.quads_for_pattern(None, None, None, graph_ref) {
                let q = q?;
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

#[cfg(test)]
mod tests;
