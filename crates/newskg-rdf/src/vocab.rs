//! The namespaces of `ONTOLOGY.md` as constants: the one place they are written. The store's
//! serialisers, the CLI's short names and the web page (through `/api/vocab`) all take them from
//! here.

use oxrdf::NamedNode;

/// A namespace: an IRI prefix that local names are appended to.
#[derive(Debug, Clone, Copy)]
pub struct Namespace(pub &'static str);

impl Namespace {
    /// The IRI of a local name in this namespace.
    pub fn iri(self, local: &str) -> NamedNode {
        // Local names passed here are fixed identifiers of the contract, never input text.
        NamedNode::new_unchecked(format!("{}{local}", self.0))
    }
}

/// The project's own namespace, as a literal, so constants such as [`CONTENT_HASH`] can be built
/// from it at compile time.
macro_rules! nkg {
    ($local:literal) => {
        concat!("https://newskg.example/ns#", $local)
    };
}

pub const SCHEMA: Namespace = Namespace("http://schema.org/");
pub const ORG: Namespace = Namespace("http://www.w3.org/ns/org#");
pub const PROV: Namespace = Namespace("http://www.w3.org/ns/prov#");
pub const SKOS: Namespace = Namespace("http://www.w3.org/2004/02/skos/core#");
pub const RDFS: Namespace = Namespace("http://www.w3.org/2000/01/rdf-schema#");
pub const RDF: Namespace = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
pub const XSD: Namespace = Namespace("http://www.w3.org/2001/XMLSchema#");
pub const NKG: Namespace = Namespace(nkg!(""));

/// The prefixes of the graph contract, in the order serialisers write them.
pub const PREFIXES: &[(&str, &str)] = &[
    ("schema", SCHEMA.0),
    ("org", ORG.0),
    ("prov", PROV.0),
    ("skos", SKOS.0),
    ("rdfs", RDFS.0),
    ("rdf", RDF.0),
    ("xsd", XSD.0),
    ("nkg", NKG.0),
];

/// The predicate that records an article graph's content hash (an addition to the contract).
pub const CONTENT_HASH: &str = nkg!("contentHash");

/// The node in the store's own default graph (never part of a query's default graph, which is the
/// union of the article graphs) that records the store's counts, kept by every write, so `stats`
/// need not scan the store.
pub const STORE_NODE: &str = nkg!("store");
/// The number of quads in the store's named graphs (`STORE_NODE`'s).
pub const STORED_QUADS: &str = nkg!("storedQuads");
/// The number of article graphs (`STORE_NODE`'s).
pub const STORED_ARTICLES: &str = nkg!("storedArticles");
