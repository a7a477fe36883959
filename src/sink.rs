//! Where article graphs go: the [`GraphSink`] seam between ingest and storage.
//!
//! Ingest hands each analysed article to a sink as one named graph (the article's IRI plus its
//! quads) with the article's content hash, and asks the sink for the hash it already holds to skip
//! unchanged articles. The embedded Oxigraph store ([`newskg_store::Store`]) is the sink today; an
//! N-Quads file writer or a remote Graph Store Protocol endpoint would be another implementation,
//! with no change to ingest or the pipeline.

use newskg_rdf::{NamedNode, Quad};
use newskg_store::{Replaced, Store, StoreError};

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
}
