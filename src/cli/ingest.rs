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
}

struct Progress {
    bar: ProgressBar,
}

impl Observer for Progress {
    fn error(&mut self, error: &str) {
        self.bar.suspend(|| eprintln!("newskg: {error}"));
    }
    fn article(&mut self, _id: &str) {
        self.bar.inc(1);
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
    let store = args.store.open()?;
    // Draws only when stderr is a terminal.
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} {pos} articles  {per_sec}  {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    let mut progress = Progress { bar };
    let s = ingest(&args.paths, &config, &pipeline, &store, &mut progress);
    progress.bar.finish_and_clear();
    eprintln!(
        "ingested {} articles: {} new, {} replaced, {} unchanged, {} failed; {} triples written in {:.1} s ({:.1} articles/s)",
        s.articles(),
        s.new,
        s.replaced,
        s.unchanged,
        s.failed,
        s.quads_written,
        s.seconds,
        s.articles_per_second()
    );
    Ok(if s.failed > 0 { Outcome::SomeInputsFailed } else { Outcome::Success })
}
