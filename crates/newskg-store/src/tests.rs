//! Unit tests for the store: graph replacement, removal, union queries, export.

use super::{Replaced, Store};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, Literal, NamedNode, Quad};
use oxigraph::sparql::QueryResults;

fn n(s: &str) -> NamedNode {
    NamedNode::new(format!("https://x.test/{s}")).unwrap()
}

fn quads(graph: &NamedNode, k: usize) -> Vec<Quad> {
    (0..k)
        .map(|i| {
            Quad::new(
                n(&format!("s{i}")),
                n("p"),
                Literal::new_simple_literal(format!("v{i}")),
                GraphName::NamedNode(graph.clone()),
            )
        })
        .collect()
}

fn count(store: &Store, q: &str) -> usize {
    match store.query(q).unwrap() {
        QueryResults::Solutions(rows) => rows.count(),
        _ => panic!("not a SELECT"),
    }
}

#[test]
fn replace_remove_and_union() {
    let store = Store::in_memory().unwrap();
    let (a, b) = (n("a"), n("b"));
    assert_eq!(store.replace_graph(&a, &quads(&a, 3), "h1").unwrap(), Replaced::New);
    assert_eq!(store.replace_graph(&b, &quads(&b, 2), "h2").unwrap(), Replaced::New);
    // 3 + 2 quads plus one content hash per graph.
    assert_eq!(store.len().unwrap(), 7);
    assert_eq!(store.replace_graph(&a, &quads(&a, 1), "h3").unwrap(), Replaced::Replaced);
    assert_eq!(store.len().unwrap(), 5);
    assert_eq!(store.content_hash(&a).unwrap().as_deref(), Some("h3"));
    // The default graph is the union: s0 appears in both graphs, DISTINCT gives it once.
    assert_eq!(count(&store, "SELECT DISTINCT ?s WHERE { ?s <https://x.test/p> ?o }"), 2);
    assert_eq!(count(&store, "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"), 2);
    assert!(store.remove_graph(&a).unwrap());
    assert!(!store.remove_graph(&a).unwrap());
    assert_eq!(store.len().unwrap(), 3);
    assert_eq!(store.content_hash(&a).unwrap(), None);
}

#[test]
fn quads_for_other_graphs_are_ignored() {
    let store = Store::in_memory().unwrap();
    let (a, b) = (n("a"), n("b"));
    store.replace_graph(&a, &quads(&b, 2), "h").unwrap();
    assert_eq!(store.len().unwrap(), 1);
}

#[test]
fn service_calls_are_refused() {
    let store = Store::in_memory().unwrap();
    let err = match store.query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }") {
        Ok(QueryResults::Solutions(mut rows)) => rows.next().map(|r| r.is_err()).unwrap_or(false),
        Ok(_) => false,
        Err(_) => true,
    };
    assert!(err, "SERVICE must fail without a handler");
}

#[test]
fn export_round_trips_in_every_format() {
    let store = Store::in_memory().unwrap();
    let (a, b) = (n("a"), n("b"));
    store.replace_graph(&a, &quads(&a, 3), "h1").unwrap();
    store.replace_graph(&b, &quads(&b, 3), "h2").unwrap();
    let total = store.len().unwrap();
    for (format, expected) in [
        (RdfFormat::NQuads, total),
        (RdfFormat::TriG, total),
        (RdfFormat::Turtle, 5), // s0..s2 twice collapse to 3 triples, plus two hash triples
        (RdfFormat::NTriples, 5),
        (RdfFormat::RdfXml, 5),
        (RdfFormat::JsonLd { profile: Default::default() }, total),
    ] {
        let mut buf = Vec::new();
        store.export(format, None, &mut buf).unwrap();
        let parsed = RdfParser::from_format(format).for_slice(&buf).collect::<Result<Vec<_>, _>>().unwrap();
        assert_eq!(parsed.len(), expected, "{format:?}");
    }
    let mut buf = Vec::new();
    store.export(RdfFormat::NQuads, Some(&a), &mut buf).unwrap();
    assert_eq!(RdfParser::from_format(RdfFormat::NQuads).for_slice(&buf).count(), 4);
}

#[test]
fn union_export_writes_each_triple_once_from_any_graph() {
    let store = Store::in_memory().unwrap();
    let (a, b, c) = (n("a"), n("b"), n("c"));
    store.replace_graph(&a, &quads(&a, 4), "h").unwrap();
    store.replace_graph(&b, &quads(&b, 2), "h").unwrap();
    store.replace_graph(&c, &quads(&c, 6), "h").unwrap();
    // A triple in the store's own default graph too.
    store
        .inner
        .insert(&Quad::new(n("s1"), n("p"), Literal::new_simple_literal("v1"), GraphName::DefaultGraph))
        .unwrap();
    let mut buf = Vec::new();
    store.export(RdfFormat::NTriples, None, &mut buf).unwrap();
    let text = String::from_utf8(buf).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let distinct: std::collections::HashSet<&str> = lines.iter().copied().collect();
    // s0..s5 plus one content-hash triple per graph, each once.
    assert_eq!(lines.len(), 6 + 3, "{text}");
    assert_eq!(distinct.len(), lines.len(), "{text}");
}

#[test]
fn as_stored_gives_the_forms_the_store_reads_back() {
    use oxigraph::model::vocab::xsd;
    let g = n("g");
    let lit = |v: &str, t| Quad::new(n("s"), n("p"), Literal::new_typed_literal(v, t), GraphName::NamedNode(g.clone()));
    let given = vec![
        lit("0.750", xsd::DECIMAL),
        lit("2022-09-08T09:30:00+00:00", xsd::DATE_TIME),
        lit("PT24H", xsd::DURATION),
        lit("007", xsd::INTEGER),
        lit("not a number", xsd::INTEGER),
        lit("0.750", xsd::DECIMAL),
    ];
    let store = Store::in_memory().unwrap();
    store.replace_graph(&g, &given, "h").unwrap();
    let mut held = store.quads(None, None, None, None).unwrap();
    let mut stored = super::as_stored(&newskg_rdf::article_graph(&g, &given, "h")).unwrap();
    held.sort_by_key(|q| q.to_string());
    stored.sort_by_key(|q| q.to_string());
    assert_eq!(held, stored);
    let text: Vec<String> = stored.iter().map(|q| q.object.to_string()).collect();
    for expected in [
        "\"0.75\"^^<http://www.w3.org/2001/XMLSchema#decimal>",
        "\"2022-09-08T09:30:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>",
        "\"P1D\"^^<http://www.w3.org/2001/XMLSchema#duration>",
        "\"7\"^^<http://www.w3.org/2001/XMLSchema#integer>",
        "\"not a number\"^^<http://www.w3.org/2001/XMLSchema#integer>",
    ] {
        assert!(text.iter().any(|t| t == expected), "{expected} not in {text:?}");
    }
    assert_eq!(stored.len(), 6, "five literals once each, plus the content hash");
}

/// The descriptor reserve reaches RocksDB: a reserve past any descriptor limit is refused with
/// a message saying so; a server-sized one opens the store.
#[test]
fn fd_reserve_is_passed_to_rocksdb() {
    let dir = tempfile::tempdir().unwrap();
    let err = Store::open_with_fd_reserve(&dir.path().join("s"), u32::MAX).unwrap_err().to_string();
    assert!(err.contains("file descriptors"), "{err}");
    let store = Store::open_with_fd_reserve(&dir.path().join("s"), 600).unwrap();
    store.replace_graph(&n("g"), &quads(&n("g"), 3), "h").unwrap();
    assert!(store.contains_graph(&n("g")).unwrap());
}
