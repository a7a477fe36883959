//! `ingest`, `stats`, `remove` and `query` on the bundled samples.

use crate::{PREFIXES, count, newskg, ok, run, sample_store, select, tempdir};

const N_SAMPLES: usize = 20;

#[test]
fn samples_are_ingested_one_graph_per_article() {
    let store = sample_store();
    let n = count(
        store,
        &format!("{PREFIXES} SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?g a schema:NewsArticle }} }}"),
    );
    assert_eq!(n, N_SAMPLES);
    // Ids given in the inputs are kept exactly.
    let ids =
        select(store, &format!("{PREFIXES} SELECT ?id WHERE {{ ?a a schema:NewsArticle ; schema:identifier ?id }}"));
    let ids: Vec<&str> = ids.iter().filter_map(|r| r["id"].as_str()).collect();
    let jsonl = std::fs::read_to_string(crate::root().join("data/articles.jsonl")).unwrap();
    for line in jsonl.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = v["id"].as_str().unwrap();
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    // Every article mentions entities and time expressions, and every mentioned entity has a type and a label.
    let unlabelled = count(
        store,
        &format!(
            "{PREFIXES} SELECT (COUNT(*) AS ?n) WHERE {{ ?a schema:mentions ?e . FILTER NOT EXISTS {{ ?e rdfs:label|nkg:value ?l }} }}"
        ),
    );
    assert_eq!(unlabelled, 0);
    let with_entities = count(
        store,
        &format!(
            "{PREFIXES} SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a schema:mentions ?e . ?e a schema:Organization }}"
        ),
    );
    assert_eq!(with_entities, N_SAMPLES, "every sample names an organisation");
    let times = count(
        store,
        &format!(
            "{PREFIXES} SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a schema:mentions ?t . ?t a nkg:TimeExpression }}"
        ),
    );
    assert!(times >= N_SAMPLES - 2, "time expressions in only {times} articles");
}

#[test]
fn stats_counts_articles_and_entities() {
    let out = ok(newskg().args(["stats", "--json", "--store"]).arg(sample_store()));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["articles"], N_SAMPLES);
    assert!(v["quads"].as_u64().unwrap() > 1000);
    assert!(v["entities_by_type"]["http://schema.org/Person"].as_u64().unwrap() > 5);
}

#[test]
fn reingest_is_idempotent_and_remove_drops_one_graph() {
    let dir = tempdir();
    let store = dir.path().join("s");
    let ingest = |extra: &[&str]| {
        let mut c = newskg();
        c.arg("ingest").arg("--store").arg(&store).args(extra).arg("data/articles.jsonl");
        run(&mut c)
    };
    let (code, _, err) = ingest(&[]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("8 new"), "{err}");
    // quads of the article graphs (the consolidated graph is derived from them)
    let quads = |s: &std::path::Path| {
        count(
            s,
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != <https://newskg.example/id/graph/kg>) }",
        )
    };
    let before = quads(&store);
    let (code, _, err) = ingest(&[]);
    assert_eq!(code, 0);
    assert!(err.contains("0 new, 0 replaced, 8 unchanged"), "{err}");
    assert_eq!(quads(&store), before);
    let (code, _, err) = ingest(&["--force"]);
    assert_eq!(code, 0);
    assert!(err.contains("8 replaced"), "{err}");
    assert_eq!(quads(&store), before, "re-ingesting must not duplicate anything");

    let first_id =
        select(&store, &format!("{PREFIXES} SELECT ?id WHERE {{ ?a schema:identifier ?id }} ORDER BY ?id LIMIT 1"))[0]
            ["id"]
            .as_str()
            .unwrap()
            .to_string();
    let in_graph = count(
        &store,
        &format!(
            "{PREFIXES} SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?g schema:identifier {:?} . ?s ?p ?o }} }}",
            first_id
        ),
    );
    assert!(in_graph > 10);
    ok(newskg().args(["remove", "--store"]).arg(&store).arg(&first_id));
    assert_eq!(quads(&store), before - in_graph);
    let graphs = count(
        &store,
        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != <https://newskg.example/id/graph/kg>) }",
    );
    assert_eq!(graphs, 7);
    let (code, _, err) = run(newskg().args(["remove", "--store"]).arg(&store).arg(&first_id));
    assert_eq!(code, 1);
    assert!(err.contains("no such article"), "{err}");
}

#[test]
fn jsonl_on_stdin() {
    use std::io::Write;
    let dir = tempdir();
    let store = dir.path().join("s");
    let mut child = newskg()
        .args(["ingest", "--published", "2024-02-01", "--store"])
        .arg(&store)
        .arg("-")
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"{\"id\": \"s1\", \"text\": \"Halvorsen Data said on Monday that its Oslo data centre was back online.\"}\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let rows = select(
        &store,
        &format!("{PREFIXES} SELECT ?d WHERE {{ ?a schema:identifier \"s1\" ; schema:datePublished ?d }}"),
    );
    assert_eq!(rows[0]["d"], "2024-02-01", "--published is the default publication date");
    let rows = select(
        &store,
        &format!("{PREFIXES} SELECT ?v WHERE {{ ?a schema:mentions ?t . ?t nkg:text \"Monday\" ; nkg:value ?v }}"),
    );
    assert_eq!(rows[0]["v"], "2024-01-29", "Monday before publication");
}
