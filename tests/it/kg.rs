//! The consolidated graph `<{base}graph/kg>`: maintained by ingest, re-ingest and remove, equal
//! to a rebuild and to a fresh store holding the same articles, quad for quad.

use std::collections::BTreeSet;
use std::path::Path;

use crate::{PREFIXES, count, newskg, ok, root, select, tempdir};

const KG: &str = "https://newskg.example/id/graph/kg";

/// Every triple of the consolidated graph, as N-Triples lines.
fn kg_triples(store: &Path) -> BTreeSet<String> {
    let q = format!("CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{KG}> {{ ?s ?p ?o }} }}");
    let out = ok(newskg().args(["query", "--format", "ntriples", "--store"]).arg(store).arg(q));
    out.lines().filter(|l| !l.trim().is_empty()).map(str::to_string).collect()
}

fn ingest(store: &Path, path: &Path) {
    ok(newskg().args(["ingest", "--store"]).arg(store).arg(path));
}

fn write_jsonl(path: &Path, records: &[serde_json::Value]) {
    let text: String = records.iter().map(|r| format!("{r}\n")).collect();
    std::fs::write(path, text).unwrap();
}

fn with_id(record: &serde_json::Value, id: &str) -> serde_json::Value {
    let mut r = record.clone();
    r["id"] = id.into();
    r
}

/// Ingests data/, re-ingests changed versions of some articles plus copies of others, removes
/// some; the consolidated graph must then equal (1) `newskg rebuild` on the same store and (2) the
/// graph of a fresh store that ingested only the final articles, in another order.
#[test]
fn incremental_equals_rebuild() {
    let dir = tempdir();
    let jsonl = std::fs::read_to_string(root().join("data/articles.jsonl")).unwrap();
    let lines: Vec<serde_json::Value> = jsonl.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let id = |i: usize| lines[i]["id"].as_str().unwrap().to_string();
    // changed versions: another place and day for the Corvane outage, another title and date elsewhere
    let mut changed = Vec::new();
    let mut corvane = lines[0].clone();
    corvane["text"] = corvane["text"].as_str().unwrap().replace("Frankfurt", "Munich").into();
    corvane["published"] = "2024-03-09".into();
    changed.push(corvane);
    let mut halvorsen = lines[1].clone();
    halvorsen["text"] =
        halvorsen["text"].as_str().unwrap().replace("chief executive", "chief financial officer").into();
    halvorsen["published"] = "2022-01-02".into();
    changed.push(halvorsen);
    let mut kestrel = lines[5].clone();
    kestrel["text"] =
        format!("{} Kestrel Robotics is a subsidiary of Tallis Group.", kestrel["text"].as_str().unwrap()).into();
    changed.push(kestrel);
    // copies of the Cloudflare outage (one removed later) and of the original Corvane article
    let copies = vec![
        with_id(&lines[7], "copy-cloudflare-a"),
        with_id(&lines[7], "copy-cloudflare-b"),
        with_id(&lines[0], "copy-corvane"),
    ];
    let removed = [id(2), id(4), "copy-cloudflare-b".to_string()];

    let one = dir.path().join("one");
    ingest(&one, &root().join("data"));
    let batch = dir.path().join("batch.jsonl");
    write_jsonl(&batch, &[changed.clone(), copies.clone()].concat());
    ingest(&one, &batch);
    ok(newskg().args(["remove", "--store"]).arg(&one).args(&removed));
    let incremental = kg_triples(&one);

    // Sanity: the graph is there and merges what it should.
    assert!(incremental.len() > 500, "only {} triples in the consolidated graph", incremental.len());
    let sources = select(
        &one,
        &format!(
            "{PREFIXES} SELECT ?o ?n WHERE {{ GRAPH <{KG}> {{ ?o a nkg:Outage ; nkg:provider ?p ; nkg:sourceCount ?n ;
             <http://schema.org/startDate> ?s . ?p rdfs:label \"Cloudflare\" FILTER (STRSTARTS(STR(?s), \"2026-02-03\")) }} }}"
        ),
    );
    assert_eq!(sources.len(), 1, "one Cloudflare Sydney event: {sources:?}");
    assert_eq!(sources[0]["n"], "2", "the original and the copy left");
    let twice = count(
        &one,
        &format!(
            "{PREFIXES} SELECT (COUNT(*) AS ?n) WHERE {{ {{ SELECT ?e (COUNT(?l) AS ?c) WHERE {{ GRAPH <{KG}> {{ ?e rdfs:label ?l }} }} GROUP BY ?e }} FILTER (?c > 1) }}"
        ),
    );
    assert_eq!(twice, 0, "an entity with two labels in the consolidated graph");

    // (1) a rebuild on the same store
    ok(newskg().args(["rebuild", "--store"]).arg(&one));
    let rebuilt = kg_triples(&one);
    assert_eq!(
        incremental.symmetric_difference(&rebuilt).take(10).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "incremental and rebuilt consolidated graphs differ"
    );

    // (2) a fresh store with only the final articles, the JSONL ones first and in reverse order
    let mut finals: Vec<serde_json::Value> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let replaced = changed.iter().find(|c| c["id"] == line["id"]);
        if !removed.contains(&id(i)) {
            finals.push(replaced.cloned().unwrap_or_else(|| line.clone()));
        }
    }
    finals.extend(copies.into_iter().filter(|c| !removed.iter().any(|r| c["id"] == r.as_str())));
    finals.reverse();
    let two = dir.path().join("two");
    let final_batch = dir.path().join("final.jsonl");
    write_jsonl(&final_batch, &finals);
    ingest(&two, &final_batch);
    for sub in ["data/text", "data/html", "data/json"] {
        ingest(&two, &root().join(sub));
    }
    let fresh = kg_triples(&two);
    assert_eq!(
        incremental.symmetric_difference(&fresh).take(10).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "incremental and fresh consolidated graphs differ"
    );
}

/// The analysts' saved queries read the consolidated graph: an outage reported by two articles is
/// one row, with both as sources; with another base they follow the store's own graph.
#[test]
fn saved_queries_read_the_consolidated_graph() {
    let store = crate::sample_store();
    let per_article = ["articles", "time-expressions", "facts-with-evidence"];
    for entry in std::fs::read_dir(root().join("queries")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        if path.extension().is_some_and(|e| e == "rq") && !per_article.contains(&name.as_str()) {
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(text.contains(&format!("GRAPH <{KG}>")), "{name} does not read the consolidated graph");
        }
    }
    let rows = select(store, "outages-by-provider");
    let lisbon: Vec<_> = rows
        .iter()
        .filter(|r| {
            r["provider"] == "Vantora Cloud" && r["start"].as_str().is_some_and(|s| s.starts_with("2023-04-06"))
        })
        .collect();
    assert_eq!(lisbon.len(), 1, "two articles report the Lisbon outage; one event: {lisbon:?}");
    assert_eq!(lisbon[0]["sources"], "2");
    let events =
        count(store, &format!("{PREFIXES} SELECT (COUNT(?o) AS ?n) WHERE {{ GRAPH <{KG}> {{ ?o a nkg:Outage }} }}"));
    let reports = count(
        store,
        &format!(
            "{PREFIXES} SELECT (COUNT(?o) AS ?n) WHERE {{ GRAPH ?g {{ ?o a nkg:Outage }} FILTER (?g != <{KG}>) }}"
        ),
    );
    assert_eq!(rows.len(), events);
    assert!(events < reports, "{events} events from {reports} reports");

    let dir = tempdir();
    let other = dir.path().join("other");
    ok(newskg()
        .args(["ingest", "--base", "https://other.example/kb/", "--store"])
        .arg(&other)
        .arg(root().join("data/text")));
    let out = ok(newskg()
        .args(["query", "--format", "json", "--base", "https://other.example/kb/", "--store"])
        .arg(&other)
        .arg("outages-by-provider"));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(!v["results"]["bindings"].as_array().unwrap().is_empty(), "no outages under another base: {out}");
}
