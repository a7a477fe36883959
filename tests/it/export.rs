//! `export`: every format round-trips through a real RDF parser to the expected number of quads.

use std::path::Path;

use oxigraph::io::{RdfFormat, RdfParser};

use crate::{PREFIXES, count, newskg, ok, sample_store, select, tempdir};

/// Exports a store in every format and parses each back: dataset formats (N-Quads, TriG, JSON-LD)
/// give every quad, triple formats every distinct triple of the union.
pub fn assert_exports_round_trip(store: &Path) {
    let quads = count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    let triples =
        count(store, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }");
    assert!(quads > 0);
    let dir = tempdir();
    for (name, format, expected) in [
        ("nquads", RdfFormat::NQuads, quads),
        ("trig", RdfFormat::TriG, quads),
        ("turtle", RdfFormat::Turtle, triples),
        ("ntriples", RdfFormat::NTriples, triples),
        ("rdfxml", RdfFormat::RdfXml, triples),
        ("jsonld", RdfFormat::JsonLd { profile: Default::default() }, quads),
    ] {
        let file = dir.path().join(format!("out.{name}"));
        ok(newskg().args(["export", "--format", name, "--store"]).arg(store).arg("-o").arg(&file));
        let bytes = std::fs::read(&file).unwrap();
        let parsed: Vec<_> = RdfParser::from_format(format)
            .for_slice(&bytes)
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| panic!("{name} does not parse back: {e}"));
        assert_eq!(parsed.len(), expected, "{name}");
    }
}

#[test]
fn samples_export_in_every_format() {
    assert_exports_round_trip(sample_store());
}

#[test]
fn one_article_exports_its_own_graph() {
    let store = sample_store();
    let id = select(store, &format!("{PREFIXES} SELECT ?id WHERE {{ ?a schema:identifier ?id }} ORDER BY ?id LIMIT 1"))
        [0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let in_graph = count(
        store,
        &format!(
            "{PREFIXES} SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?g schema:identifier {id:?} . ?s ?p ?o }} }}"
        ),
    );
    let out = ok(newskg().args(["export", "--format", "nquads", "--article", &id, "--store"]).arg(store));
    assert_eq!(RdfParser::from_format(RdfFormat::NQuads).for_slice(out.as_bytes()).count(), in_graph);
    let (code, _, err) = crate::run(newskg().args(["export", "--article", "no-such-id", "--store"]).arg(store));
    assert_eq!(code, 2);
    assert!(err.contains("no-such-id: no such article"), "{err}");
}
