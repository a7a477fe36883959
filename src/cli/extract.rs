//! `newskg extract`: run the pipeline on articles without a store. `--output json` (the default)
//! prints what one article yields as JSON; `--output nquads` is the worker mode: every article of
//! the input, streamed to standard output as the N-Quads of its article graph; `--output
//! typing-features` and `--output outage-features` write the typing and outage models' feature
//! vectors (their training data).

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use clap::{Args, ValueEnum};
use serde_json::{Value, json};

use newskg::ingest::{
    DEFAULT_CHUNK, DEFAULT_MAX_ARTICLE_BYTES, IngestConfig, NQuadsSink, Summary, ingest, parse_published_arg,
};
use newskg_doc::{Document, Evidence, Span};
use newskg_nlp::read::{self, Format, Input, ReadConfig};
use newskg_rdf::RdfConfig;

use super::ingest::{Progress, outcome};
use super::{InputFormat, ModelArgs, Outcome};

/// Extract from articles without touching a store: one article as JSON, or every article of the
/// input as N-Quads (the worker mode, for fanning extraction out over many machines).
///
/// --output json (the default) prints what one article yields: spans are character offsets into
/// the article text as stored (`text` in the output); every fact carries its evidence (the
/// sentence's span and text, and a confidence in [0, 1]).
///
/// --output nquads reads every article of its inputs (files, directories, or `-` for JSONL on
/// standard input, as `ingest` reads them), loads the model once, analyses in chunks of --chunk
/// articles and writes to standard output the N-Quads of each article graph, exactly the quads
/// `ingest` would store (content hash included), one graph's lines together. `newskg load` or
/// any N-Quads loader takes the result. Bad records are reported on standard error as
/// `path[:line]: reason` and the stream goes on (exit code 1); a summary line ends standard error.
///
/// --output typing-features reads every article like nquads and writes one JSON line per
/// company, organisation or service the recogniser and rules found, before the learned typing
/// retypes it: {"article", "name", "aliases", "kind", "features"}, the vector the typing model
/// reads (train/typing_data.py labels these lines and train/typing_train.py learns from them).
///
/// --output orgcheck-features does the same for every person and place, before the learned
/// check that may make one a company: {"article", "name", "aliases", "kind", "features"}
/// (train/orgcheck_train.py labels and learns from them).
///
/// --output relation-features reads every article like nquads and writes one JSON line per
/// candidate relation the learned relation scorer weighs: {"article", "subject", "predicate",
/// "object", "features"}, subject and object as {"name", "aliases", "kind"}
/// (train/relations_data.py labels these lines and train/relations_train.py learns from them).
///
/// --output outage-features reads every article like nquads and writes one JSON line per outage
/// the rules found and company, organisation or service of its article, before the learned
/// outage model chooses the provider: {"article", "outage", "start", "name", "aliases", "kind",
/// "rules_provider", "features"} (train/outages_train.py labels and learns from them).
///
/// --output role-features reads every article like nquads and writes one JSON line per position
/// (role) the rules found and company, organisation or place of its article, before the learned
/// role model chooses the organisation: {"article", "position", "person", "title", "rules_org",
/// "name", "aliases", "kind", "features"} (train/roles_train.py labels and learns from them).
/// --output outage-detection-features reads every article like nquads and writes one JSON line
/// per outage the rules found, after the provider and time models and before the learned outage detector
/// keeps or drops it: {"article", "outage", "start", "end", "provider", "aliases", "features"}
/// (train/outage_detect_train.py labels and learns from them).
/// --output outage-time-features reads every article like nquads and writes one JSON line per
/// outage and time expression of its article (not after publication), after the provider model
/// and before the learned time model dates it: {"article", "outage", "start", "provider",
/// "aliases", "text", "value", "features"} (train/outage_times_train.py labels and learns from
/// them).
///
/// Examples:
///   newskg extract data/text/nordhavn-cto-2022-03.txt --published 2022-03-01
///   newskg extract --output typing-features data/text/ > typing.jsonl
///   newskg extract --output orgcheck-features data/text/ > orgcheck.jsonl
///   newskg extract --output relation-features data/text/ > relations.jsonl
///   newskg extract --output outage-features data/text/ > outages.jsonl
///   newskg extract --output role-features data/text/ > roles.jsonl
///   newskg extract --output outage-detection-features data/text/ > detect.jsonl
///   newskg extract --output outage-time-features data/text/ > times.jsonl
///   newskg extract --output nquads data/ > articles.nq
///   cat batch.jsonl | newskg extract --output nquads - | gzip > part-0000.nq.gz
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct ExtractArgs {
    #[command(flatten)]
    model: ModelArgs,
    /// With json: one article file (for a file with several articles, the first). With nquads:
    /// files, directories or `-` (JSONL on standard input)
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// What to write: `json` (one article's findings), `nquads` (every article's graph),
    /// `typing-features` (the typing model's input per entity, JSONL), `orgcheck-features` (the
    /// person and place check's input per person or place, JSONL), `relation-features` (the
    /// relation scorer's input per candidate, JSONL), `outage-features` (the outage model's
    /// input per outage and candidate provider, JSONL), `role-features` (the role model's input
    /// per position and candidate organisation, JSONL), `outage-detection-features` (the outage
    /// detector's input per outage, JSONL) or `outage-time-features` (the outage time model's
    /// input per outage and time expression, JSONL)
    #[arg(long, value_enum, default_value_t = ExtractOutput::Json)]
    output: ExtractOutput,
    /// Force the input format
    #[arg(long, value_enum)]
    format: Option<InputFormat>,
    /// Publication date if the article states none (YYYY-MM-DD or RFC 3339)
    #[arg(long, value_name = "DATE")]
    published: Option<String>,
    /// Refuse articles longer than this many bytes
    #[arg(long, default_value_t = DEFAULT_MAX_ARTICLE_BYTES, value_name = "BYTES")]
    max_article_bytes: usize,
    /// Articles read and analysed together (bounds memory; nquads only)
    #[arg(long, default_value_t = DEFAULT_CHUNK, value_name = "N")]
    chunk: usize,
    /// Base IRI for articles and entities (nquads; must match the store the output goes to)
    #[arg(long, env = "NEWSKG_BASE", default_value = newskg_rdf::DEFAULT_BASE, value_name = "IRI")]
    base: String,
}

/// The outputs `--output` chooses among.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtractOutput {
    Json,
    Nquads,
    TypingFeatures,
    OrgcheckFeatures,
    RelationFeatures,
    OutageFeatures,
    RoleFeatures,
    OutageDetectionFeatures,
    OutageTimeFeatures,
}

pub fn run(args: ExtractArgs) -> Result<Outcome> {
    let config = ReadConfig {
        format: args.format.map(Format::from),
        default_published: args.published.as_deref().map(parse_published_arg).transpose()?,
        max_article_bytes: args.max_article_bytes,
    };
    match args.output {
        ExtractOutput::Json => json_one(&args, config),
        ExtractOutput::Nquads => nquads(&args, config),
        ExtractOutput::TypingFeatures => typing_features(&args, config, false),
        ExtractOutput::OrgcheckFeatures => typing_features(&args, config, true),
        ExtractOutput::RelationFeatures => relation_features(&args, config),
        ExtractOutput::OutageFeatures => outage_features(&args, config),
        ExtractOutput::RoleFeatures => role_features(&args, config),
        ExtractOutput::OutageDetectionFeatures => outage_detection_features(&args, config),
        ExtractOutput::OutageTimeFeatures => outage_time_features(&args, config),
    }
}

fn relation_features(args: &ExtractArgs, config: ReadConfig) -> Result<Outcome> {
    let pipeline = args.model.pipeline()?;
    feature_rows(args, &config, ("relation features", "candidates"), |chunk, out| {
        let mut rows = 0;
        for r in pipeline.relation_features(chunk)? {
            let ent = |e: usize| {
                let x = &r.doc.entities[e];
                json!({ "name": x.name, "aliases": x.aliases, "kind": x.kind.name() })
            };
            for c in &r.candidates {
                let line = json!({
                    "article": r.doc.article.id, "subject": ent(c.subject), "predicate": c.kind.name(),
                    "object": ent(c.object), "features": c.features,
                });
                writeln!(out, "{line}")?;
                rows += 1;
            }
        }
        Ok(rows)
    })
}

/// The typing model's feature rows, or with `orgcheck` the person and place check's.
fn typing_features(args: &ExtractArgs, config: ReadConfig, orgcheck: bool) -> Result<Outcome> {
    let pipeline = args.model.pipeline()?;
    let what = if orgcheck { "orgcheck features" } else { "typing features" };
    feature_rows(args, &config, (what, "entities"), |chunk, out| {
        let mut rows = 0;
        let found = if orgcheck { pipeline.orgcheck_features(chunk)? } else { pipeline.typing_features(chunk)? };
        for r in found {
            for (&e, f) in r.entities.iter().zip(&r.features) {
                let ent = &r.doc.entities[e];
                let line = json!({
                    "article": r.doc.article.id, "name": ent.name, "aliases": ent.aliases,
                    "kind": ent.kind.name(), "features": f,
                });
                writeln!(out, "{line}")?;
                rows += 1;
            }
        }
        Ok(rows)
    })
}

fn outage_features(args: &ExtractArgs, config: ReadConfig) -> Result<Outcome> {
    let pipeline = args.model.pipeline()?;
    feature_rows(args, &config, ("outage features", "candidates"), |chunk, out| {
        let mut rows = 0;
        for r in pipeline.outage_features(chunk)? {
            for (o, (outage, feats)) in r.doc.facts.outages.iter().zip(&r.features).enumerate() {
                let rules_provider = outage.provider.and_then(|p| r.doc.entities.get(p)).map(|x| x.name.as_str());
                for (&e, f) in r.candidates.iter().zip(feats) {
                    let ent = &r.doc.entities[e];
                    let line = json!({
                        "article": r.doc.article.id, "outage": o, "start": outage.start.as_ref().map(|v| v.lexical()),
                        "name": ent.name, "aliases": ent.aliases, "kind": ent.kind.name(),
                        "rules_provider": rules_provider, "features": f,
                    });
                    writeln!(out, "{line}")?;
                    rows += 1;
                }
            }
        }
        Ok(rows)
    })
}

fn role_features(args: &ExtractArgs, config: ReadConfig) -> Result<Outcome> {
    let pipeline = args.model.pipeline()?;
    feature_rows(args, &config, ("role features", "candidates"), |chunk, out| {
        let mut rows = 0;
        for r in pipeline.role_features(chunk)? {
            let names = |e: usize| r.doc.entities.get(e).map(|x| json!({ "name": x.name, "aliases": x.aliases }));
            for (p, (pos, feats)) in r.doc.facts.positions.iter().zip(&r.features).enumerate() {
                for (&e, f) in r.candidates.iter().zip(feats) {
                    let ent = &r.doc.entities[e];
                    let line = json!({
                        "article": r.doc.article.id, "position": p, "person": names(pos.person),
                        "title": pos.role.name(), "rules_org": names(pos.organization.unwrap_or(usize::MAX)),
                        "name": ent.name, "aliases": ent.aliases, "kind": ent.kind.name(), "features": f,
                    });
                    writeln!(out, "{line}")?;
                    rows += 1;
                }
            }
        }
        Ok(rows)
    })
}

fn outage_detection_features(args: &ExtractArgs, config: ReadConfig) -> Result<Outcome> {
    let pipeline = args.model.pipeline()?;
    feature_rows(args, &config, ("outage detection features", "outages"), |chunk, out| {
        let mut rows = 0;
        for r in pipeline.outage_detection_features(chunk)? {
            for (o, (outage, f)) in r.doc.facts.outages.iter().zip(&r.features).enumerate() {
                let provider = outage.provider.and_then(|p| r.doc.entities.get(p));
                let line = json!({
                    "article": r.doc.article.id, "outage": o, "start": outage.start.as_ref().map(|v| v.lexical()),
                    "end": outage.end.as_ref().map(|v| v.lexical()), "provider": provider.map(|x| &x.name),
                    "aliases": provider.map(|x| &x.aliases), "features": f,
                });
                writeln!(out, "{line}")?;
                rows += 1;
            }
        }
        Ok(rows)
    })
}

fn outage_time_features(args: &ExtractArgs, config: ReadConfig) -> Result<Outcome> {
    let pipeline = args.model.pipeline()?;
    feature_rows(args, &config, ("outage time features", "candidates"), |chunk, out| {
        let mut rows = 0;
        for r in pipeline.outage_time_features(chunk)? {
            for (o, (outage, per_cand)) in r.doc.facts.outages.iter().zip(&r.features).enumerate() {
                let provider = outage.provider.and_then(|p| r.doc.entities.get(p));
                for (&k, f) in r.candidates.iter().zip(per_cand) {
                    let t = &r.doc.times[k];
                    let line = json!({
                        "article": r.doc.article.id, "outage": o,
                        "start": outage.start.as_ref().map(|v| v.lexical()), "provider": provider.map(|x| &x.name),
                        "aliases": provider.map(|x| &x.aliases), "text": r.doc.text.get(t.start..t.end),
                        "value": t.value.lexical(), "features": f,
                    });
                    writeln!(out, "{line}")?;
                    rows += 1;
                }
            }
        }
        Ok(rows)
    })
}

/// Reads every article of the inputs in chunks of --chunk and hands each chunk to `rows`, which
/// writes its lines and says how many; ends with a summary on standard error ("typing features
/// of 12 entities in 3 articles; 0 failed": `what` names the lines, then what each line is of).
fn feature_rows(
    args: &ExtractArgs,
    config: &ReadConfig,
    (what, unit): (&str, &str),
    mut rows: impl FnMut(Vec<newskg_doc::Article>, &mut dyn Write) -> Result<usize>,
) -> Result<Outcome> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let (mut failed, mut lines, mut articles) = (0usize, 0usize, 0usize);
    let mut chunk = Vec::new();
    let mut flush = |chunk: &mut Vec<newskg_doc::Article>, out: &mut dyn Write| -> Result<()> {
        articles += chunk.len();
        lines += rows(std::mem::take(chunk), out)?;
        Ok(())
    };
    for input in read::expand(&args.paths, config.format) {
        let input = match input {
            Ok(i) => i,
            Err(e) => {
                super::report(format_args!("{e}"));
                failed += 1;
                continue;
            }
        };
        for article in read::read_input(&input, config) {
            match article {
                Ok(a) => chunk.push(a),
                Err(e) => {
                    super::report(format_args!("{e}"));
                    failed += 1;
                }
            }
            if chunk.len() >= args.chunk.max(1) {
                flush(&mut chunk, &mut out)?;
            }
        }
    }
    flush(&mut chunk, &mut out)?;
    out.flush()?;
    super::report(format_args!("{what} of {lines} {unit} in {articles} articles; {failed} failed"));
    Ok(if failed > 0 { Outcome::SomeInputsFailed } else { Outcome::Success })
}

fn json_one(args: &ExtractArgs, config: ReadConfig) -> Result<Outcome> {
    let [file] = args.paths.as_slice() else {
        bail!("--output json takes one FILE (use --output nquads for many articles)");
    };
    let input = if file.as_os_str() == "-" { Input::Stdin } else { Input::File(file.clone()) };
    let article =
        read::read_input(&input, &config).next().with_context(|| format!("{}: no article", file.display()))??;
    let pipeline = args.model.pipeline()?;
    let doc = pipeline.analyse_one(article)?;
    let mut value = render(&doc);
    // which recogniser, models, options and calibration produced it (calibration files name it)
    value["pipeline"] = json!(pipeline.version());
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &value)?;
    writeln!(out)?;
    out.flush()?;
    Ok(Outcome::Success)
}

fn nquads(args: &ExtractArgs, read: ReadConfig) -> Result<Outcome> {
    let config = IngestConfig { read, rdf: RdfConfig::new(&args.base)?, chunk: args.chunk, force: true };
    let pipeline = args.model.pipeline()?;
    let sink = NQuadsSink::new(std::io::BufWriter::with_capacity(1 << 18, std::io::stdout()));
    let mut progress = Progress::new();
    let s = ingest(&args.paths, &config, &pipeline, &sink, &mut progress);
    progress.bar.finish_and_clear();
    // The reader went away (`... | head`): like a finished write, as for every command's output.
    if s.stopped.is_some() && sink.closed() {
        return Err(std::io::Error::from(std::io::ErrorKind::BrokenPipe).into());
    }
    super::report(format_args!("{}", summary_line(&s)));
    Ok(outcome(&s))
}

/// The closing line of an N-Quads extraction.
fn summary_line(s: &Summary) -> String {
    let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "extracted {}; {} failed; {} written in {:.1} s ({:.1} articles/s)",
        plural(s.new, "article", "articles"),
        plural(s.failed, "input", "inputs"),
        plural(s.quads_written, "quad", "quads"),
        s.seconds,
        s.articles_per_second()
    )
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
