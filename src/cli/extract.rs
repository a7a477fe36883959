//! `newskg extract`: run the pipeline on one article and print what it found as JSON.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;
use serde_json::{Value, json};

use newskg::ingest::{DEFAULT_MAX_ARTICLE_BYTES, parse_published_arg};
use newskg_doc::{Document, Evidence, Span};
use newskg_nlp::read::{self, Format, Input, ReadConfig};

use super::{InputFormat, ModelArgs, Outcome};

/// Extract from one article and print the result as JSON; touches no store.
///
/// Spans are character offsets into the article text as stored (`text` in the output). Every fact
/// carries its evidence: the sentence's span and text, and a confidence in [0, 1].
///
/// Example: newskg extract data/text/nordhavn-cto-2022-03.txt --published 2022-03-01
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct ExtractArgs {
    #[command(flatten)]
    model: ModelArgs,
    /// The article file (txt, md, html, json, jsonl); for a file with several articles, the first
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Force the input format
    #[arg(long, value_enum)]
    format: Option<InputFormat>,
    /// Publication date if the article states none
    #[arg(long, value_name = "DATE")]
    published: Option<String>,
}

pub fn run(args: ExtractArgs) -> Result<Outcome> {
    let config = ReadConfig {
        format: args.format.map(Format::from),
        default_published: args.published.as_deref().map(parse_published_arg).transpose()?,
        max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
    };
    let input = if args.file.as_os_str() == "-" { Input::Stdin } else { Input::File(args.file.clone()) };
    let article =
        read::read_input(&input, &config).next().with_context(|| format!("{}: no article", args.file.display()))??;
    let pipeline = args.model.pipeline()?;
    let doc = pipeline.analyse_one(article)?;
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &render(&doc))?;
    writeln!(out)?;
    out.flush()?;
    Ok(Outcome::Success)
}

fn span(doc: &Document, s: Span) -> Value {
    json!({ "start": doc.char_offset(s.start()), "end": doc.char_offset(s.end()), "text": doc.slice(s) })
}

fn evidence(doc: &Document, e: &Evidence) -> Value {
    json!({ "sentence": span(doc, e.span), "confidence": round(e.confidence) })
}

fn round(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

/// The document as stable JSON: names instead of indices, char offsets instead of bytes.
pub fn render(doc: &Document) -> Value {
    let name = |i: usize| doc.entities.get(i).map(|e| e.name.clone());
    let a = &doc.article;
    json!({
        "article": {
            "id": a.id, "title": a.title, "url": a.url, "origin": a.origin,
            "published": a.published.as_ref().map(|p| p.date_time.map_or(p.date.to_string(), |d| d.to_rfc3339())),
        },
        "text": doc.text,
        "sentences": doc.sentences.len(),
        "sentence_spans": doc.sentences.iter()
            .map(|s| [doc.char_offset(s.span.start()), doc.char_offset(s.span.end())]).collect::<Vec<_>>(),
        "entities": doc.entities.iter().map(|e| json!({
            "name": e.name, "type": e.kind.name(), "aliases": e.aliases, "confidence": round(e.confidence),
            "mentions": e.mentions.iter().filter_map(|&m| doc.mentions.get(m)).map(|m| {
                let mut v = span(doc, m.span);
                v["source"] = json!(m.source.name());
                v["confidence"] = json!(round(m.confidence));
                v
            }).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "times": doc.time_expressions.iter().filter_map(|t| doc.span(t.start, t.end).map(|s| {
            let mut v = span(doc, s);
            v["value"] = json!(t.value.lexical());
            v
        })).collect::<Vec<_>>(),
        "positions": doc.facts.positions.iter().map(|p| json!({
            "person": name(p.person), "role": p.role.name(), "title": p.title,
            "organization": p.organization.and_then(name), "current": p.current,
            "evidence": evidence(doc, &p.evidence),
        })).collect::<Vec<_>>(),
        "relations": doc.facts.relations.iter().map(|r| json!({
            "subject": name(r.subject), "predicate": r.kind.name(), "object": name(r.object),
            "evidence": evidence(doc, &r.evidence),
        })).collect::<Vec<_>>(),
        "outages": doc.facts.outages.iter().map(|o| json!({
            "label": o.label, "provider": o.provider.and_then(name),
            "affected": o.affected.iter().filter_map(|&i| name(i)).collect::<Vec<_>>(),
            "start": o.start.as_ref().map(|v| v.lexical()), "end": o.end.as_ref().map(|v| v.lexical()),
            "duration_minutes": o.duration_minutes, "location": o.location.and_then(name), "cause": o.cause,
            "evidence": evidence(doc, &o.evidence),
        })).collect::<Vec<_>>(),
        "diagnostics": doc.diagnostics.iter().map(|d| d.message.clone()).collect::<Vec<_>>(),
    })
}
