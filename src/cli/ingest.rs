//! `newskg ingest`: read articles, extract, store one named graph per article.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};

use newskg::ingest::{DEFAULT_CHUNK, DEFAULT_MAX_ARTICLE_BYTES, IngestConfig, Observer, ingest, parse_published_arg};
use newskg_nlp::read::{Format, ReadConfig};

use super::{InputFormat, ModelArgs, Outcome, StoreArgs};

/// Ingest articles into the store (files, directories recursively, or `-` for JSONL on stdin).
///
/// Formats by extension (or --format): .txt/.md (optional `key: value` header of id, title,
/// published, url, then a blank line), .html/.htm, .json (object or array), .jsonl (one object per
/// line with text and optional id, title, published, url). Re-ingesting an id replaces its graph;
/// an unchanged article is skipped. Bad inputs are reported as `path[:line]: reason` and the rest
/// of the batch goes on; the exit code is then 1.
///
/// Examples:
///   newskg ingest data/
///   newskg ingest --published 2024-03-05 notes.txt
///   cat batch.jsonl | newskg ingest -
///   newskg ingest --to http://127.0.0.1:7878/store --to-query http://127.0.0.1:7878/query data/
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct IngestArgs {
    #[command(flatten)]
    store: StoreArgs,
    #[command(flatten)]
    model: ModelArgs,
    /// Files, directories or `-` (JSONL on standard input)
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Force the input format instead of guessing from extensions
    #[arg(long, value_enum)]
    format: Option<InputFormat>,
    /// Publication date for articles that state none (YYYY-MM-DD or RFC 3339)
    #[arg(long, value_name = "DATE")]
    published: Option<String>,
    /// Refuse articles longer than this many bytes
    #[arg(long, default_value_t = DEFAULT_MAX_ARTICLE_BYTES, value_name = "BYTES")]
    max_article_bytes: usize,
    /// Articles read and analysed together (bounds memory)
    #[arg(long, default_value_t = DEFAULT_CHUNK, value_name = "N")]
    chunk: usize,
    /// Re-analyse articles even if unchanged
    #[arg(long)]
    force: bool,
    /// Write the article graphs to an external store's Graph Store endpoint instead of --store
    /// (see `newskg push --help` for URLs and credentials). The consolidated graph is not written
    /// there: it is derived from all article graphs, which only a store holding them can do
    /// (ingest into --store and `newskg push` for that)
    #[arg(long, value_name = "URL")]
    to: Option<String>,
    /// With --to: the remote store's SPARQL query endpoint, asked for each article's content hash
    /// so unchanged articles are skipped (Oxigraph `http://HOST:7878/query`, Virtuoso
    /// `http://HOST:8890/sparql`); without it every article is analysed and sent
    #[arg(long, value_name = "URL", requires = "to")]
    to_query: Option<String>,
    #[command(flatten)]
    remote: super::push::RemoteArgs,
}

/// Draws a spinner with the count of articles on standard error when it is a terminal, and prints
/// errors and notes above it.
pub(super) struct Progress {
    pub(super) bar: ProgressBar,
}

impl Progress {
    pub(super) fn new() -> Progress {
        // Draws only when stderr is a terminal.
        let bar = ProgressBar::new_spinner();
        bar.set_style(
            ProgressStyle::with_template("{spinner} {pos} articles  {per_sec}  {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(200));
        Progress { bar }
    }
}

impl Observer for Progress {
    fn error(&mut self, error: &str) {
        self.bar.suspend(|| super::report(format_args!("newskg: {error}")));
    }
    fn article(&mut self, _id: &str) {
        self.bar.inc(1);
    }
    fn note(&mut self, note: &str) {
        self.bar.suspend(|| super::report(format_args!("newskg: note: {note}")));
    }
}

pub fn run(args: IngestArgs) -> Result<Outcome> {
    let default_published = args.published.as_deref().map(parse_published_arg).transpose()?;
    let config = IngestConfig {
        read: ReadConfig {
            format: args.format.map(Format::from),
            default_published,
            max_article_bytes: args.max_article_bytes,
        },
        rdf: args.store.rdf()?,
        chunk: args.chunk,
        force: args.force,
    };
    let pipeline = args.model.pipeline()?;
    let mut progress = Progress::new();
    if let Some(url) = &args.to {
        let sink = newskg::remote::RemoteSink::new(args.remote.graph_store(url)?, args.to_query.clone());
        let s = ingest(&args.paths, &config, &pipeline, &sink, &mut progress);
        progress.bar.finish_and_clear();
        super::report(format_args!(
            "{} ({:.1} MB sent to {url}, {} retries)",
            summary_line(&s),
            sink.bytes() as f64 / 1e6,
            sink.store().retries()
        ));
        return Ok(outcome(&s));
    }
    let store = args.store.open()?;
    let s = ingest(&args.paths, &config, &pipeline, &store, &mut progress);
    progress.bar.finish_and_clear();
    super::report(format_args!("{}", summary_line(&s)));
    Ok(outcome(&s))
}

/// The exit outcome of a run: some inputs failed, or it stopped early (the reason is reported).
pub(super) fn outcome(s: &newskg::ingest::Summary) -> Outcome {
    if let Some(reason) = &s.stopped {
        super::report(format_args!("newskg: stopped before the end of the input: {reason}"));
        return Outcome::SomeInputsFailed;
    }
    if s.failed > 0 { Outcome::SomeInputsFailed } else { Outcome::Success }
}

/// The closing line of an ingest: what was stored, then what failed (inputs that could not be read
/// are not articles, so they are counted apart).
fn summary_line(s: &newskg::ingest::Summary) -> String {
    let stored = s.new + s.replaced + s.unchanged;
    let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let head = if stored == 0 && s.failed > 0 {
        "nothing ingested".to_string()
    } else {
        format!(
            "ingested {}: {} new, {} replaced, {} unchanged",
            plural(stored, "article", "articles"),
            s.new,
            s.replaced,
            s.unchanged
        )
    };
    format!(
        "{head}; {} failed; {} written in {:.1} s ({:.1} articles/s)",
        plural(s.failed, "input", "inputs"),
        plural(s.quads_written, "triple", "triples"),
        s.seconds,
        s.articles_per_second()
    )
}
