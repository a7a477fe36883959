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
/// holds for it ([`newskg_store::as_stored`]), in the store's order.
pub fn article_nquads(graph: &NamedNode, quads: &[Quad], content_hash: &str) -> std::io::Result<Vec<u8>> {
    let mut ser = newskg_store::rdf_serializer(ExportFormat::NQuads).for_writer(Vec::new());
    let stored = newskg_store::as_stored(&newskg_rdf::article_graph(graph, quads, content_hash))
        .map_err(std::io::Error::other)?;
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
