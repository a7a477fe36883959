//! Unit tests for IRI minting and literals.

use super::{MAX_ID_ENCODING, RdfConfig, duration_literal, encode, encode_id, time_literal};
use newskg_doc::TimeValue;
use oxrdf::NamedNode;

const HOSTILE: &[&str] = &[
    "Acme \"Quoted\" <Corp>",
    "line\nbreak\r\tand\u{0007}bell",
    "} ; DROP GRAPH <x> . #",
    "../../etc/passwd",
    "漢字 Ünïcödé 😀",
    "",
    "   ",
    "%41 already-encoded",
];

#[test]
fn hostile_names_give_valid_distinct_iris() {
    let config = RdfConfig::new("https://newskg.example/id/").unwrap();
    let long = "x\"<>".repeat(2500);
    let mut seen = std::collections::HashSet::new();
    for name in HOSTILE.iter().copied().chain([long.as_str()]) {
        let e = config.entity_iri(name);
        let a = config.article_iri(name);
        for iri in [&e, &a] {
            assert!(NamedNode::new(iri.as_str()).is_ok(), "invalid IRI {iri}");
            assert!(iri.as_str().len() < 300, "IRI too long: {}", iri.as_str().len());
            assert!(!iri.as_str()[26..].contains(['<', '>', '"', ' ', '\n', '{', '}']));
        }
        seen.insert(a.as_str().to_string());
    }
    assert_eq!(seen.len(), HOSTILE.len() + 1, "every id has its own article IRI");
}

#[test]
fn article_iris_are_injective_over_ids() {
    let config = RdfConfig::new("https://newskg.example/id/").unwrap();
    let long = "x".repeat(MAX_ID_ENCODING * 2);
    let ids = [
        "acme news",
        "acme-news",
        "acme  news",
        "acme%20news",
        "acme%2520news",
        "Acme-News",
        " acme-news",
        "acme-news ",
        "acme\tnews",
        "acme/news",
        "acme%2Fnews",
        "",
        "_",
        "-",
        long.as_str(),
        &long[1..],
        &format!("{long}y"),
        &format!("{}~", &long[..MAX_ID_ENCODING]),
    ];
    let mut seen = std::collections::HashMap::new();
    for id in ids {
        let iri = config.article_iri(id);
        assert!(NamedNode::new(iri.as_str()).is_ok(), "invalid IRI {iri}");
        if let Some(other) = seen.insert(iri.as_str().to_string(), id) {
            panic!("{id:?} and {other:?} share {iri}");
        }
    }
    // The ids of the sample data keep their IRIs.
    assert_eq!(encode_id("sample-corvane-outage-2024-03"), "sample-corvane-outage-2024-03");
    assert_eq!(encode_id("sha256-0123abcd"), "sha256-0123abcd");
    assert_eq!(encode_id("acme news"), "acme%20news");
    assert!(encode_id(&long).len() < MAX_ID_ENCODING + 40);
}

#[test]
fn encoding_is_stable_and_readable() {
    assert_eq!(encode("Alibaba Cloud"), "Alibaba-Cloud");
    assert_eq!(encode("AT&T"), "AT%26T");
    assert_eq!(encode("Zürich"), "Z%C3%BCrich");
    let long_a = encode(&"a".repeat(500));
    let long_b = encode(&format!("{}b", "a".repeat(499)));
    assert_ne!(long_a, long_b, "long keys keep a hash of the whole");
    // That "Alibaba  Cloud" and "alibaba cloud" share a key (hence an IRI) is checked with
    // `canonical_key` in newskg-nlp's resolve tests.
    let config = RdfConfig::new("https://newskg.example/id/").unwrap();
    assert_eq!(config.entity_iri("alibaba cloud").as_str(), "https://newskg.example/id/entity/alibaba-cloud");
}

#[test]
fn bad_base_is_refused() {
    assert!(RdfConfig::new("https://x.test/id").is_err());
    assert!(RdfConfig::new("not an iri/").is_err());
}

#[test]
fn durations_are_xsd() {
    assert_eq!(duration_literal(207).to_string(), "\"PT3H27M\"^^<http://www.w3.org/2001/XMLSchema#duration>");
    assert_eq!(duration_literal(45).to_string(), "\"PT45M\"^^<http://www.w3.org/2001/XMLSchema#duration>");
    assert_eq!(duration_literal(120).to_string(), "\"PT2H\"^^<http://www.w3.org/2001/XMLSchema#duration>");
}

#[test]
fn time_values_take_the_datatype_of_their_precision() {
    let d = chrono::NaiveDate::from_ymd_opt(2023, 12, 5).unwrap();
    let xsd = |t: &str| format!("<http://www.w3.org/2001/XMLSchema#{t}>");
    let cases: &[(TimeValue, String)] = &[
        (TimeValue::Year(2023), format!("\"2023\"^^{}", xsd("gYear"))),
        (TimeValue::YearMonth { year: 2023, month: 12 }, format!("\"2023-12\"^^{}", xsd("gYearMonth"))),
        (TimeValue::Quarter { year: 2023, quarter: 3 }, "\"2023-Q3\"".to_string()),
        (TimeValue::Date(d), format!("\"2023-12-05\"^^{}", xsd("date"))),
        (
            TimeValue::DateTime { date: d, hour: 17, minute: 44, offset_minutes: Some(480) },
            format!("\"2023-12-05T17:44:00+08:00\"^^{}", xsd("dateTime")),
        ),
        (
            TimeValue::DateTime { date: d, hour: 7, minute: 4, offset_minutes: Some(-330) },
            format!("\"2023-12-05T07:04:00-05:30\"^^{}", xsd("dateTime")),
        ),
        (
            TimeValue::DateTime { date: d, hour: 7, minute: 4, offset_minutes: Some(0) },
            format!("\"2023-12-05T07:04:00Z\"^^{}", xsd("dateTime")),
        ),
        (
            TimeValue::DateTime { date: d, hour: 7, minute: 4, offset_minutes: None },
            format!("\"2023-12-05T07:04:00\"^^{}", xsd("dateTime")),
        ),
    ];
    for (value, literal) in cases {
        assert_eq!(&time_literal(value).to_string(), literal);
    }
}

#[test]
fn article_graph_is_the_hash_quad_plus_own_quads_once() {
    use oxrdf::{GraphName, Literal, Quad};
    let g = NamedNode::new("https://x.test/article/a").unwrap();
    let other = NamedNode::new("https://x.test/article/b").unwrap();
    let p = NamedNode::new("https://x.test/p").unwrap();
    let q = |graph: &NamedNode, v: &str| {
        Quad::new(g.clone(), p.clone(), Literal::new_simple_literal(v), GraphName::NamedNode(graph.clone()))
    };
    let quads = vec![q(&g, "1"), q(&other, "2"), q(&g, "1"), q(&g, "3")];
    let out = super::article_graph(&g, &quads, "h1");
    assert_eq!(out, vec![super::content_hash_quad(&g, "h1"), q(&g, "1"), q(&g, "3")]);
    assert_eq!(super::content_hash_of(&g, &out).as_deref(), Some("h1"));
    assert_eq!(super::content_hash_of(&other, &out), None);
}
