//! One article through the whole extraction (rules recogniser, rules relate mode: no model files)
//! and the RDF mapping. The first input line is the article id (so id encoding is fuzzed too), the
//! rest its text. Asserts: every span of the document lies inside its text on char boundaries;
//! entity mention indices are in range; every IRI in the quads parses as an IRI; the quads written
//! as N-Quads parse back to the same quads.

use std::panic::AssertUnwindSafe;

use chrono::NaiveDate;
use newskg_doc::{Article, Published};
use newskg_fuzz::assert_span;
use newskg_nlp::Pipeline;
use newskg_nlp::recognise::RecogniserConfig;
use newskg_rdf::{RdfConfig, document_quads};
use oxrdf::{GraphName, NamedNode, NamedOrBlankNode, Quad, Term};
use oxttl::{NQuadsParser, NQuadsSerializer};

fn check_iri(iri: &str) {
    assert!(NamedNode::new(iri).is_ok(), "invalid IRI {iri:?}");
}

fn check_term(term: &Term) {
    match term {
        Term::NamedNode(n) => check_iri(n.as_str()),
        Term::Literal(l) => check_iri(l.datatype().as_str()),
        Term::BlankNode(_) => {}
        Term::Triple(t) => {
            check_subject(&t.subject);
            check_iri(t.predicate.as_str());
            check_term(&t.object);
        }
    }
}

fn check_subject(subject: &NamedOrBlankNode) {
    if let NamedOrBlankNode::NamedNode(n) = subject {
        check_iri(n.as_str());
    }
}

fn sorted(quads: &[Quad]) -> Vec<String> {
    let mut v: Vec<String> = quads.iter().map(|q| q.to_string()).collect();
    v.sort();
    v
}

fn main() {
    // A panic aborts the run anyway: nothing observes the pipeline after one.
    let pipeline = AssertUnwindSafe(Pipeline::new(&RecogniserConfig::Rules).expect("rules pipeline"));
    let rdf = RdfConfig::new("http://example.org/kg/").expect("base IRI");
    let date = NaiveDate::from_ymd_opt(2024, 3, 15).expect("date");
    afl::fuzz!(|data: &[u8]| {
        let Ok(input) = std::str::from_utf8(data) else { return };
        let (id, text) = input.split_once('\n').unwrap_or(("", input));
        if text.trim().is_empty() {
            return;
        }
        let id = if id.trim().is_empty() { newskg_nlp::read::content_id(text) } else { id.trim().to_string() };
        let article = Article {
            id,
            title: None,
            published: Some(Published { date, date_time: None }),
            url: None,
            text: text.to_string(),
            origin: "fuzz".into(),
        };
        let doc = pipeline.analyse_one(article).expect("rules pipeline never fails");
        let t = doc.text.as_str();
        assert_eq!(doc.alignment.len(), t.len() + 1, "alignment length");
        for s in &doc.sentences {
            assert_span(t, s.span.start(), s.span.end(), "sentence");
        }
        for k in &doc.tokens {
            assert_span(t, k.span.start(), k.span.end(), "token");
        }
        for m in &doc.mentions {
            assert_span(t, m.span.start(), m.span.end(), "mention");
            assert!((0.0..=1.0).contains(&m.confidence), "mention confidence {}", m.confidence);
        }
        for e in &doc.entities {
            assert!(e.mentions.iter().all(|&i| i < doc.mentions.len()), "entity mention index out of range");
        }
        for tm in doc.times.iter().chain(&doc.time_expressions) {
            assert_span(t, tm.start, tm.end, "time");
        }
        for d in &doc.durations {
            assert_span(t, d.start, d.end, "duration");
        }

        let quads = document_quads(&doc, &rdf);
        for q in &quads {
            check_subject(&q.subject);
            check_iri(q.predicate.as_str());
            check_term(&q.object);
            if let GraphName::NamedNode(g) = &q.graph_name {
                check_iri(g.as_str());
            }
        }
        let mut writer = NQuadsSerializer::new().for_writer(Vec::new());
        for q in &quads {
            writer.serialize_quad(q).expect("serialise to memory");
        }
        let bytes = writer.finish();
        let back: Vec<Quad> = NQuadsParser::new()
            .for_slice(&bytes)
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| panic!("N-Quads do not parse back: {e}\n{}", String::from_utf8_lossy(&bytes)));
        assert_eq!(sorted(&quads), sorted(&back), "quads changed in an N-Quads round trip");
    });
}
