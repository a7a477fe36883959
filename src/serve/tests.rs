//! Unit tests for the handler, without sockets: protocol parsing, negotiation, limits, auth.

use std::time::Duration;

use newskg_store::Store;
use newskg_store::model::{GraphName, Literal, NamedNode, Quad};

use super::{Request, Response, ServeConfig, State, handle, parse_form};

fn config(token: Option<&str>) -> ServeConfig {
    ServeConfig {
        bind: "127.0.0.1:0".into(),
        query_timeout: Duration::from_secs(5),
        max_results: 3,
        max_body: 1000,
        write_token: token.map(str::to_string),
        cors_origin: None,
        threads: 1,
        log_requests: false,
    }
}

fn state(token: Option<&str>) -> State {
    let store = Store::in_memory().unwrap();
    let g = NamedNode::new("https://x.test/g1").unwrap();
    let quads: Vec<Quad> = (0..5)
        .map(|i| {
            Quad::new(
                NamedNode::new(format!("https://x.test/s{i}")).unwrap(),
                NamedNode::new("https://x.test/p").unwrap(),
                Literal::new_simple_literal(format!("v{i} <b>&")),
                GraphName::NamedNode(g.clone()),
            )
        })
        .collect();
    store.replace_graph(&g, &quads, "h").unwrap();
    State::new(store, config(token), Vec::new(), None)
}

fn get(target: &str, accept: Option<&str>) -> Request {
    let mut headers = Vec::new();
    if let Some(a) = accept {
        headers.push(("Accept".to_string(), a.to_string()));
    }
    Request { method: "GET".into(), target: target.into(), headers, body: Vec::new() }
}

fn post(target: &str, content_type: &str, body: &str, extra: &[(&str, &str)]) -> Request {
    let mut headers = vec![("Content-Type".to_string(), content_type.to_string())];
    headers.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    Request { method: "POST".into(), target: target.into(), headers, body: body.as_bytes().to_vec() }
}

fn text(r: &Response) -> String {
    String::from_utf8_lossy(&r.body).into_owned()
}

const ONE: &str = "SELECT ?o WHERE { <https://x.test/s1> ?p ?o }";

#[test]
fn form_decoding() {
    assert_eq!(
        parse_form(b"query=a+b%3F&x&default-graph-uri=%E2%82%AC").unwrap(),
        vec![("query".into(), "a b?".into()), ("x".into(), String::new()), ("default-graph-uri".into(), "€".into())]
    );
    assert!(parse_form(b"q=%zz").is_err());
    assert!(parse_form(b"q=%ff").is_err());
    assert!(parse_form(b"q=%4").is_err());
}

#[test]
fn query_by_get_post_form_and_direct() {
    let s = state(None);
    let enc = ONE.replace(' ', "+").replace('<', "%3C").replace('>', "%3E").replace('?', "%3F");
    for req in [
        get(&format!("/query?query={enc}"), None),
        post("/query", "application/x-www-form-urlencoded", &format!("query={enc}"), &[]),
        post("/query", "application/sparql-query", ONE, &[]),
    ] {
        let r = handle(&s, &req);
        assert_eq!(r.status, 200, "{}", text(&r));
        assert_eq!(r.header("content-type"), Some("application/sparql-results+json"));
        assert!(text(&r).contains("v1 <b>&"), "{}", text(&r));
    }
    let r = handle(&s, &post("/query", "text/plain", ONE, &[]));
    assert_eq!(r.status, 415);
    let r = handle(&s, &get("/query", None));
    assert_eq!(r.status, 400);
    assert!(text(&r).contains("no query"));
}

#[test]
fn negotiation() {
    let s = state(None);
    let q = |accept| {
        handle(&s, &{
            let mut r = post("/query", "application/sparql-query", ONE, &[]);
            r.headers.push(("Accept".into(), accept));
            r
        })
    };
    let cases = [
        ("text/csv", "text/csv; charset=utf-8"),
        ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/html;q=0.9, text/csv;q=0.5", "text/csv; charset=utf-8"),
        ("*/*", "application/sparql-results+json"),
    ];
    for (accept, ct) in cases {
        let r = q(accept.to_string());
        assert_eq!(r.status, 200, "{accept}");
        assert_eq!(r.header("content-type"), Some(ct), "{accept}");
    }
    assert_eq!(q("image/png".into()).status, 406);
    let c = post(
        "/query",
        "application/sparql-query",
        "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 2",
        &[("Accept", "application/n-triples")],
    );
    let r = handle(&s, &c);
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("application/n-triples"));
}

#[test]
fn result_limit_is_413() {
    let s = state(None);
    let r = handle(&s, &post("/query", "application/sparql-query", "SELECT * WHERE { ?s ?p ?o }", &[]));
    assert_eq!(r.status, 413, "{}", text(&r));
    assert!(text(&r).contains("--max-results"));
}

#[test]
fn syntax_errors_and_service_are_400() {
    let s = state(None);
    let r = handle(&s, &post("/query", "application/sparql-query", "SELEC nothing", &[]));
    assert_eq!(r.status, 400);
    assert!(text(&r).starts_with("SPARQL syntax"));
    let r = handle(
        &s,
        &post(
            "/query",
            "application/sparql-query",
            "SELECT * WHERE { SERVICE <http://example.com/sparql> { ?s ?p ?o } }",
            &[],
        ),
    );
    assert_eq!(r.status, 400, "{}", text(&r));
    assert!(text(&r).contains("SERVICE is disabled"), "{}", text(&r));
}

#[test]
fn writes_need_the_token() {
    let upd = "INSERT DATA { GRAPH <https://x.test/g2> { <https://x.test/a> <https://x.test/b> \"c\" } }";
    let s = state(None);
    assert_eq!(handle(&s, &post("/update", "application/sparql-update", upd, &[])).status, 403);
    assert_eq!(handle(&s, &post("/ingest", "application/x-ndjson", "{}", &[])).status, 403);
    let s = state(Some("secret-token"));
    let r = handle(&s, &post("/update", "application/sparql-update", upd, &[]));
    assert_eq!(r.status, 403);
    assert!(text(&r).contains("Authorization"));
    let r = handle(&s, &post("/update", "application/sparql-update", upd, &[("Authorization", "Bearer wrong-token")]));
    assert_eq!(r.status, 403);
    let r = handle(&s, &post("/update", "application/sparql-update", upd, &[("Authorization", "Bearer secret-token")]));
    assert_eq!(r.status, 204, "{}", text(&r));
    let r = handle(&s, &get("/store?graph=https%3A%2F%2Fx.test%2Fg2", Some("application/n-triples")));
    assert_eq!(r.status, 200);
    assert_eq!(text(&r), "<https://x.test/a> <https://x.test/b> \"c\" .\n");
}

#[test]
fn graph_store_reads() {
    let s = state(None);
    let r = handle(&s, &get("/store?graph=https%3A%2F%2Fx.test%2Fg1", None));
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("text/turtle; charset=utf-8"));
    let r = handle(&s, &get("/store?graph=https%3A%2F%2Fx.test%2Fnone", None));
    assert_eq!(r.status, 404);
    let r = handle(&s, &get("/store?default", Some("application/n-triples")));
    assert_eq!(r.status, 200);
    assert_eq!(text(&r).lines().count(), 6, "{}", text(&r));
    let r = handle(&s, &get("/store", Some("application/n-quads")));
    assert_eq!(r.status, 200);
    assert!(text(&r).contains("<https://x.test/g1> ."));
    let r = handle(&s, &get("/store", Some("text/turtle")));
    assert_eq!(r.status, 406);
}

#[test]
fn pages_limits_and_methods() {
    let s = state(None);
    let r = handle(&s, &get("/", None));
    assert_eq!(r.status, 200);
    assert!(r.header("content-security-policy").is_some());
    assert_eq!(handle(&s, &get("/app.js", None)).status, 200);
    assert_eq!(handle(&s, &get("/nope", None)).status, 404);
    assert_eq!(handle(&s, &get("/update", None)).status, 405);
    let big = "x".repeat(1001);
    assert_eq!(handle(&s, &post("/query", "application/sparql-query", &big, &[])).status, 413);
    let r = handle(&s, &get("/api/queries", None));
    assert_eq!(text(&r), "[]");
}

#[test]
fn the_page_learns_the_vocabulary_from_the_server() {
    let s = state(None);
    let r = handle(&s, &get("/api/vocab", None));
    assert_eq!(r.status, 200);
    let v: serde_json::Value = serde_json::from_str(&text(&r)).unwrap();
    assert_eq!(v["article"], "https://newskg.example/id/article/");
    assert_eq!(v["entity"], "https://newskg.example/id/entity/");
    assert_eq!(v["relations"]["Provider"], "http://schema.org/provider");
    let prefixes = v["prefixes"].as_array().unwrap();
    assert_eq!(prefixes.len(), newskg_rdf::PREFIXES.len());
    assert!(prefixes.iter().any(|p| p[0] == "nkg" && p[1] == "https://newskg.example/ns#"));
    let s = state(None).with_rdf(newskg_rdf::RdfConfig::new("https://kg.test/").unwrap());
    let v: serde_json::Value = serde_json::from_str(&text(&handle(&s, &get("/api/vocab", None)))).unwrap();
    assert_eq!(v["article"], "https://kg.test/article/");
    assert_eq!(handle(&s, &post("/api/vocab", "text/plain", "", &[])).status, 405);
}
