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

/// A derived graph for the tests: one quad per article graph, `<article> <p> "derived"`, in `<kg>`;
/// it refuses the graph `<bad>`, as a failing write would.
#[derive(Debug)]
struct OneQuadEach;

impl super::Derived for OneQuadEach {
    fn graphs(&self) -> Vec<NamedNode> {
        vec![n("kg")]
    }
    fn article_changed(
        &self,
        tx: &mut super::Tx<'_>,
        graph: &NamedNode,
        _old: &[Quad],
        new: &[Quad],
    ) -> Result<(), super::StoreError> {
        if *graph == n("bad") {
            return Err(super::StoreError::Storage(oxigraph::store::StorageError::Other("refused".into())));
        }
        let q = Quad::new(graph.clone(), n("p"), Literal::new_simple_literal("derived"), GraphName::NamedNode(n("kg")));
        if new.is_empty() { tx.remove(q.as_ref()) } else { tx.insert(q.as_ref()) }
    }
}

#[test]
fn counts_are_kept_by_every_write_and_dropped_by_updates() {
    let store = Store::in_memory().unwrap().with_derived(std::sync::Arc::new(OneQuadEach));
    let (a, b) = (n("a"), n("b"));
    assert_eq!(store.counts().unwrap(), Some((0, 0)));
    store.replace_graph(&a, &quads(&a, 3), "h1").unwrap();
    store.replace_graph(&b, &quads(&b, 2), "h2").unwrap();
    // 3 + 2 quads, a content hash each, a derived quad each; two articles
    assert_eq!(store.counts().unwrap(), Some((9, 2)));
    store.replace_graph(&a, &quads(&a, 1), "h3").unwrap();
    assert_eq!(store.counts().unwrap(), Some((7, 2)));
    // the same quad twice is stored (and counted) once
    let twice = [quads(&b, 1), quads(&b, 1)].concat();
    store.replace_graph(&b, &twice, "h4").unwrap();
    assert_eq!(store.counts().unwrap(), Some((6, 2)));
    assert!(store.remove_graph(&a).unwrap());
    assert_eq!(store.counts().unwrap(), Some((3, 1)));
    let stats = store.stats().unwrap();
    assert_eq!((stats.quads, stats.articles), (3, 1));
    // the kept count equals a scan of the store (the counts are not quads of a named graph)
    let scanned = store.inner.len().unwrap()
        - store.inner.quads_for_pattern(None, None, None, Some(oxigraph::model::GraphNameRef::DefaultGraph)).count();
    assert_eq!(scanned, 3);
    // an update may change anything: the counts are dropped, then a scan answers, until recount
    store
        .update_with(
            "INSERT DATA { GRAPH <https://x.test/c> { <https://x.test/s> <https://x.test/p> 1 } }",
            &Default::default(),
        )
        .unwrap();
    assert_eq!(store.counts().unwrap(), None);
    assert_eq!(store.len().unwrap(), 4);
    store.recount(2).unwrap();
    assert_eq!(store.counts().unwrap(), Some((4, 2)));
    // the counts never leave the store
    let mut buf = Vec::new();
    store.export(RdfFormat::NQuads, None, &mut buf).unwrap();
    assert!(!String::from_utf8(buf).unwrap().contains(newskg_rdf::STORE_NODE));
}

#[test]
fn the_default_graph_is_the_union_of_the_article_graphs_only() {
    let store = Store::in_memory().unwrap().with_derived(std::sync::Arc::new(OneQuadEach));
    let (a, b) = (n("a"), n("b"));
    store.replace_graph(&a, &quads(&a, 2), "h").unwrap();
    store.replace_graph(&b, &quads(&b, 2), "h").unwrap();
    let derived = "SELECT ?s WHERE { ?s <https://x.test/p> \"derived\" }";
    // the derived graph is there, by name ...
    assert_eq!(count(&store, "SELECT ?s WHERE { GRAPH <https://x.test/kg> { ?s ?p ?o } }"), 2);
    assert_eq!(count(&store, "SELECT ?g WHERE { GRAPH ?g { ?s <https://x.test/p> \"derived\" } }"), 2);
    // ... but not in the default graph: plain patterns, one-step paths, EXISTS, subqueries, ASK
    assert_eq!(count(&store, derived), 0);
    assert_eq!(count(&store, "SELECT ?s WHERE { ?s <https://x.test/p>|^<https://x.test/q> \"derived\" }"), 0);
    assert_eq!(count(&store, "SELECT ?s WHERE { ?s ?p ?o FILTER EXISTS { ?s <https://x.test/p> \"derived\" } }"), 0);
    assert_eq!(count(&store, &format!("SELECT * WHERE {{ {{ {derived} }} }}")), 0);
    assert!(matches!(store.query("ASK { ?s ?p \"derived\" }").unwrap(), QueryResults::Boolean(false)));
    // the article graphs are: each pattern may match in any of them, blank nodes still join
    assert_eq!(count(&store, "SELECT ?o WHERE { ?s <https://x.test/p> ?o }"), 4);
    assert_eq!(count(&store, "SELECT * WHERE { _:x <https://x.test/p> ?o . _:x <https://x.test/p> ?o2 }"), 4 + 4);
    // SELECT * shows the query's own variables only
    match store.query("SELECT * WHERE { ?s <https://x.test/p> ?o }").unwrap() {
        QueryResults::Solutions(rows) => assert_eq!(rows.variables().len(), 2),
        _ => panic!("not a SELECT"),
    }
    // a dataset given by the query (FROM) is taken as it is
    assert_eq!(count(&store, "SELECT ?s FROM <https://x.test/kg> WHERE { ?s <https://x.test/p> \"derived\" }"), 2);
}

#[test]
fn a_derived_maintainer_sees_literals_as_the_store_keeps_them() {
    #[derive(Debug, Default)]
    struct Seen(std::sync::Mutex<Vec<String>>);
    impl super::Derived for Seen {
        fn graphs(&self) -> Vec<NamedNode> {
            Vec::new()
        }
        fn article_changed(
            &self,
            _tx: &mut super::Tx<'_>,
            _graph: &NamedNode,
            _old: &[Quad],
            new: &[Quad],
        ) -> Result<(), super::StoreError> {
            self.0
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .extend(new.iter().map(|q| q.object.to_string()));
            Ok(())
        }
    }
    let seen = std::sync::Arc::new(Seen::default());
    let store = Store::in_memory().unwrap().with_derived(seen.clone());
    let a = n("a");
    let xsd = |t: &str| NamedNode::new(format!("http://www.w3.org/2001/XMLSchema#{t}")).unwrap();
    let written = [
        Literal::new_typed_literal("2026-02-03T18:20:00+00:00", xsd("dateTime")),
        Literal::new_typed_literal("0.90", xsd("decimal")),
        Literal::new_typed_literal("007", xsd("int")),
        Literal::new_typed_literal("not a date", xsd("date")),
    ];
    let quads: Vec<Quad> =
        written.iter().map(|l| Quad::new(n("s"), n("p"), l.clone(), GraphName::NamedNode(a.clone()))).collect();
    store.replace_graph(&a, &quads, "h").unwrap();
    let stored: Vec<String> = store
        .quads(Some(n("s").as_ref().into()), None, None, None)
        .unwrap()
        .iter()
        .map(|q| q.object.to_string())
        .collect();
    let seen = seen.0.lock().unwrap().clone();
    for lit in &stored {
        assert!(seen.contains(lit), "{lit} read back, not seen by the maintainer: {seen:?}");
    }
    assert!(seen.iter().any(|l| l.contains("18:20:00Z")), "{seen:?}");
    assert!(seen.iter().any(|l| l.starts_with("\"0.9\"")), "{seen:?}");
    assert!(seen.iter().any(|l| l.contains("\"not a date\"")), "{seen:?}");
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
    // the article graph (the store's own default graph keeps its counts)
    let mut held: Vec<Quad> = store
        .quads(None, None, None, None)
        .unwrap()
        .into_iter()
        .filter(|q| q.graph_name != GraphName::DefaultGraph)
        .collect();
    let mut stored = super::as_stored(&newskg_rdf::article_graph(&g, &given, "h"));
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

#[test]
fn a_chunk_is_written_whole_or_not_at_all() {
    let store = Store::in_memory().unwrap().with_derived(std::sync::Arc::new(OneQuadEach));
    let (a, b, bad) = (n("a"), n("b"), n("bad"));
    let with_hash = |g: &NamedNode, k: usize| (g.clone(), newskg_rdf::article_graph(g, &quads(g, k), "h"));
    // one refused article: nothing of the chunk is stored, the counts are as before
    let err = store.put_graphs(&[with_hash(&a, 2), with_hash(&bad, 1), with_hash(&b, 3)]).unwrap_err();
    assert!(err.to_string().contains("refused"), "{err}");
    assert!(!store.contains_graph(&a).unwrap() && !store.contains_graph(&b).unwrap());
    assert_eq!(store.counts().unwrap(), Some((0, 0)));
    assert_eq!(count(&store, "SELECT ?s WHERE { GRAPH <https://x.test/kg> { ?s ?p ?o } }"), 0);
    // a good chunk: every article, each derived quad, the counts; an article named twice ends as
    // the later one and is counted once
    let done = store.put_graphs(&[with_hash(&a, 2), with_hash(&b, 3), with_hash(&a, 1)]).unwrap();
    assert_eq!(done, vec![Replaced::New, Replaced::New, Replaced::Replaced]);
    assert_eq!(
        store.quads(None, None, None, Some(oxigraph::model::GraphNameRef::NamedNode(a.as_ref()))).unwrap().len(),
        2
    );
    // a: 1 quad + hash; b: 3 + hash; two derived quads
    assert_eq!(store.counts().unwrap(), Some((8, 2)));
    assert_eq!(count(&store, "SELECT ?s WHERE { GRAPH <https://x.test/kg> { ?s ?p ?o } }"), 2);
}
