//! The namespaces of `ONTOLOGY.md` as constants.

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

pub const SCHEMA: Namespace = Namespace("http://schema.org/");
pub const ORG: Namespace = Namespace("http://www.w3.org/ns/org#");
pub const PROV: Namespace = Namespace("http://www.w3.org/ns/prov#");
pub const SKOS: Namespace = Namespace("http://www.w3.org/2004/02/skos/core#");
pub const RDFS: Namespace = Namespace("http://www.w3.org/2000/01/rdf-schema#");
pub const NKG: Namespace = Namespace("https://newskg.example/ns#");
