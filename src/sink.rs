//! Where article graphs go: the [`GraphSink`] seam between ingest and storage.
//!
//! Ingest hands each analysed article to a sink as one named graph (the article's IRI plus its
//! quads) with the article's content hash, and asks the sink for the hash it already holds to skip
//! unchanged articles. Implementations: the embedded Oxigraph store ([`newskg_store::Store`]) and
//! [`NQuadsSink`] (N-Quads on a writer, the worker output of `extract --output nquads`); a remote
//! Graph Store Protocol endpoint is another, with no change to ingest or the pipeline.

use std::io::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use newskg_rdf::{NamedNode, Quad};
use newskg_store::{ExportFormat, Replaced, Store, StoreError};

/// What writing one article graph did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// The sink did not hold the article.
    New,
    /// The article's earlier graph was replaced.
    Replaced,
}

/// A destination for article graphs.
pub trait GraphSink {
    type Error: std::fmt::Display;

    /// The content hash recorded with an article's graph, if the sink holds the article. A sink
    /// that cannot tell answers `None`, and every article is analysed again.
    fn content_hash(&self, graph: &NamedNode) -> Result<Option<String>, Self::Error>;

    /// Writes an article's graph in place of any earlier one, whole or not at all, recording its
    /// content hash.
    fn replace_graph(&self, graph: &NamedNode, quads: &[Quad], content_hash: &str) -> Result<Written, Self::Error>;

    /// Writes several articles' graphs (graph, quads, content hash), each as
    /// [`GraphSink::replace_graph`] would: one result per article, in order, up to and including
    /// the first error that [stops](GraphSink::stops) the run. A sink may write them together.
    fn replace_graphs(&self, graphs: &[(NamedNode, Vec<Quad>, String)]) -> Vec<Result<Written, Self::Error>> {
        let mut out = Vec::with_capacity(graphs.len());
        for (graph, quads, hash) in graphs {
            let r = self.replace_graph(graph, quads, hash);
            let stop = matches!(&r, Err(e) if self.stops(e));
            out.push(r);
            if stop {
                break;
            }
        }
        out
    }

    /// Makes everything written so far durable.
    fn flush(&self) -> Result<(), Self::Error>;

    /// How many quads ingest writes between two [`GraphSink::flush`]es (0: after every chunk).
    fn flush_every(&self) -> usize {
        0
    }

    /// Whether an error ends the whole run rather than one article (the output was closed, the
    /// credentials were refused): ingest then stops and says why in
    /// [`Summary::stopped`](crate::ingest::Summary::stopped).
    fn stops(&self, _error: &Self::Error) -> bool {
        false
    }
}

impl GraphSink for Store {
    type Error = StoreError;

    fn content_hash(&self, graph: &NamedNode) -> Result<Option<String>, StoreError> {
        Store::content_hash(self, graph)
    }

    fn replace_graph(&self, graph: &NamedNode, quads: &[Quad], content_hash: &str) -> Result<Written, StoreError> {
        Ok(match Store::replace_graph(self, graph, quads, content_hash)? {
            Replaced::New => Written::New,
            Replaced::Replaced => Written::Replaced,
        })
    }

    /// The chunk in one transaction; if that fails, each article in its own, so one bad article
    /// costs only itself.
    fn replace_graphs(&self, graphs: &[(NamedNode, Vec<Quad>, String)]) -> Vec<Result<Written, StoreError>> {
        let written = |r: Replaced| match r {
            Replaced::New => Written::New,
            Replaced::Replaced => Written::Replaced,
        };
        let whole: Vec<(NamedNode, Vec<Quad>)> = graphs
            .iter()
            .map(|(graph, quads, hash)| (graph.clone(), newskg_rdf::article_graph(graph, quads, hash)))
            .collect();
        match self.put_graphs(&whole) {
            Ok(done) => done.into_iter().map(|r| Ok(written(r))).collect(),
            Err(_) => whole.iter().map(|(graph, quads)| self.put_graph(graph, quads).map(written)).collect(),
        }
    }

    fn flush(&self) -> Result<(), StoreError> {
        Store::flush(self)
    }

    fn flush_every(&self) -> usize {
        crate::ingest::FLUSH_QUADS
    }
}

/// Writes article graphs as N-Quads (the worker output of `newskg extract --output nquads`): each
/// graph's lines together, exactly the quads the embedded store would hold for it
/// ([`newskg_rdf::article_graph`] in [`newskg_store::as_stored`] form). It holds nothing, so it never knows a
/// content hash and every article is analysed.
#[derive(Debug)]
pub struct NQuadsSink<W: Write> {
    out: Mutex<W>,
    closed: AtomicBool,
}

impl<W: Write> NQuadsSink<W> {
    pub fn new(out: W) -> NQuadsSink<W> {
        NQuadsSink { out: Mutex::new(out), closed: AtomicBool::new(false) }
    }

    /// Whether a write failed because the reader went away (a closed pipe).
    pub fn closed(&self) -> bool {
        self.closed.load(Ordering::Relaxed)
    }

    fn note(&self, result: std::io::Result<()>) -> std::io::Result<()> {
        if let Err(e) = &result
            && e.kind() == std::io::ErrorKind::BrokenPipe
        {
            self.closed.store(true, Ordering::Relaxed);
        }
        result
    }

    /// The writer back, flushed.
    pub fn into_inner(self) -> std::io::Result<W> {
        let mut out = self.out.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner);
        out.flush()?;
        Ok(out)
    }
}

/// The N-Quads of one article graph as [`NQuadsSink`] writes it: the quads the embedded store
/// holds for it ([`newskg_store::as_stored`]).
pub fn article_nquads(graph: &NamedNode, quads: &[Quad], content_hash: &str) -> std::io::Result<Vec<u8>> {
    let mut ser = newskg_store::rdf_serializer(ExportFormat::NQuads).for_writer(Vec::new());
    let stored = newskg_store::as_stored(&newskg_rdf::article_graph(graph, quads, content_hash));
    for q in &stored {
        ser.serialize_quad(q)?;
    }
    ser.finish()
}

impl<W: Write> GraphSink for NQuadsSink<W> {
    type Error = std::io::Error;

    fn content_hash(&self, _graph: &NamedNode) -> std::io::Result<Option<String>> {
        Ok(None)
    }

    fn replace_graph(&self, graph: &NamedNode, quads: &[Quad], content_hash: &str) -> std::io::Result<Written> {
        let bytes = article_nquads(graph, quads, content_hash)?;
        let mut out = self.out.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        self.note(out.write_all(&bytes))?;
        Ok(Written::New)
    }

    fn flush(&self) -> std::io::Result<()> {
        let result = self.out.lock().unwrap_or_else(std::sync::PoisonError::into_inner).flush();
        self.note(result)
    }

    /// Every write error: once the output fails (a closed pipe, a full disk) nothing more can go
    /// to it.
    fn stops(&self, _error: &std::io::Error) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use newskg_store::model::{GraphName, Literal, NamedNode, Quad};
    use newskg_store::{Derived, Store, StoreError, Tx};

    use super::{GraphSink, Written};

    fn n(s: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("https://x.test/{s}"))
    }

    /// Refuses the graph `bad`, as a write that fails would.
    #[derive(Debug)]
    struct RefusesBad;

    impl Derived for RefusesBad {
        fn graphs(&self) -> Vec<NamedNode> {
            Vec::new()
        }
        fn article_changed(&self, _: &mut Tx<'_>, graph: &NamedNode, _: &[Quad], _: &[Quad]) -> Result<(), StoreError> {
            if *graph == n("bad") {
                return Err(StoreError::Storage(oxigraph::store::StorageError::Other("refused".into())));
            }
            Ok(())
        }
    }

    #[test]
    fn a_chunk_that_fails_is_written_article_by_article() {
        let store = Store::in_memory().unwrap().with_derived(Arc::new(RefusesBad));
        let article = |name: &str| {
            let g = n(name);
            let q = Quad::new(g.clone(), n("p"), Literal::new_simple_literal(name), GraphName::NamedNode(g.clone()));
            (g, vec![q], format!("hash-{name}"))
        };
        let results = store.replace_graphs(&[article("a"), article("bad"), article("b")]);
        assert_eq!(results.len(), 3);
        assert!(matches!(results[0], Ok(Written::New)), "{:?}", results[0].as_ref().err().map(ToString::to_string));
        assert!(results[1].as_ref().is_err_and(|e| e.to_string().contains("refused")));
        assert!(matches!(results[2], Ok(Written::New)));
        assert_eq!(GraphSink::content_hash(&store, &n("a")).unwrap().as_deref(), Some("hash-a"));
        assert_eq!(GraphSink::content_hash(&store, &n("b")).unwrap().as_deref(), Some("hash-b"));
        assert_eq!(GraphSink::content_hash(&store, &n("bad")).unwrap(), None);
    }
}
