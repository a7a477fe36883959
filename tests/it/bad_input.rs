//! Bad input: every kind gets one clear `path[:line]: reason` message, the rest of the batch is
//! ingested, the exit code is 1, and the store holds no partial article.

use std::io::Write;

use crate::{PREFIXES, count, newskg, run, tempdir};

#[test]
fn bad_inputs_are_reported_and_the_batch_goes_on() {
    let dir = tempdir();
    let inputs = dir.path().join("in");
    std::fs::create_dir_all(&inputs).unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let mut f = std::fs::File::create(inputs.join(name)).unwrap();
        f.write_all(bytes).unwrap();
    };
    write("binary.txt", b"\x7fELF\x02\x01\x01\0\0\0\0binary");
    write("latin1.txt", b"title: x\n\nCaf\xe9 au lait");
    write("empty.md", b"");
    write(
        "good.txt",
        b"id: good-1\npublished: 2024-05-02\n\nCorvane Systems said its Frankfurt region failed on Tuesday.",
    );
    write(
        "batch.jsonl",
        b"{\"id\": \"good-2\", \"text\": \"Halvorsen Data named Priya Raman chief executive.\"}\n{\"id\": \"broken\", \"text\": \n{\"id\": \"good-3\", \"text\": \"Stratus Queue was down for two hours.\"}\n",
    );
    write("page.docx", b"PK\x03\x04");
    // A 50 MB article, over the default 5 MiB limit.
    let big = format!("{{\"id\": \"huge\", \"text\": \"{}\"}}\n", "word ".repeat(10 * 1024 * 1024));
    write("huge.jsonl", big.as_bytes());
    write("huge.json", big.as_bytes());

    let store = dir.path().join("s");
    let missing = dir.path().join("missing.txt");
    // A directory walk skips unknown extensions; a file named explicitly is reported.
    let (code, _, err) =
        run(newskg().args(["ingest", "--store"]).arg(&store).arg(&inputs).arg(inputs.join("page.docx")).arg(&missing));
    assert_eq!(code, 1, "some inputs failed: exit code 1\n{err}");
    let p = |name: &str| inputs.join(name).display().to_string();
    for expected in [
        format!("newskg: {}: binary data (NUL bytes), not text", p("binary.txt")),
        format!("newskg: {}: invalid UTF-8 at byte 13", p("latin1.txt")),
        format!("newskg: {}: empty input", p("empty.md")),
        format!("newskg: {}:2: malformed JSON", p("batch.jsonl")),
        format!("newskg: {}: unknown format (extension \"docx\")", p("page.docx")),
        format!("newskg: {}:1: line is longer than", p("huge.jsonl")),
        format!("newskg: {}: file is larger than", p("huge.json")),
        format!("newskg: {}: no such file or directory", missing.display()),
    ] {
        assert!(err.lines().any(|l| l.starts_with(&expected)), "missing {expected:?} in:\n{err}");
    }
    assert!(err.contains("3 new"), "{err}");
    assert!(err.contains("8 inputs failed"), "{err}");
    let ids =
        count(&store, &format!("{PREFIXES} SELECT (COUNT(DISTINCT ?id) AS ?n) WHERE {{ ?a schema:identifier ?id }}"));
    assert_eq!(ids, 3);
    // No partial article: every graph has its article node and content hash.
    let graphs = count(&store, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    let complete = count(
        &store,
        &format!(
            "{PREFIXES} SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?g a schema:NewsArticle ; nkg:contentHash ?h }} }}"
        ),
    );
    assert_eq!(graphs, complete);
}

#[test]
fn hostile_metadata_still_gives_valid_rdf() {
    let dir = tempdir();
    let input = dir.path().join("hostile.jsonl");
    let long = "Q\"<>{}".repeat(2000);
    let records = [
        serde_json::json!({"id": "a\"b<c>\n{d}", "title": "T\u{0}itle \"quoted\" <x>", "url": "javascript:alert(1)>", "text": "Acme \"Quote\" <Corp> Inc. said \\ on Monday."}),
        serde_json::json!({"id": long, "title": long, "text": format!("{long} Holdings Ltd reported an outage.")}),
        serde_json::json!({"id": "ctl", "text": "Tab\tcontrol\u{7}chars \u{202E}RTL override, Zürich 漢字 😀 AG failed."}),
    ];
    let body: String = records.iter().map(|r| format!("{r}\n")).collect();
    std::fs::write(&input, body).unwrap();
    let store = dir.path().join("s");
    let (code, _, err) = run(newskg().args(["ingest", "--published", "2024-01-01", "--store"]).arg(&store).arg(&input));
    assert_eq!(code, 0, "{err}");
    crate::export::assert_exports_round_trip(&store);
}
