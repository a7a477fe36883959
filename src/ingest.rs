//! Ingest: consumes input paths, produces article graphs in a [`GraphSink`] (the store) and a
//! [`Summary`].
//!
//! Inputs are streamed and analysed in chunks of [`IngestConfig::chunk`] articles, and the store is
//! flushed every [`FLUSH_QUADS`] quads, so memory stays bounded whatever the batch size. Each
//! chunk is written in one transaction (a company named by many of its articles has its counts
//! rewritten once, not once per article); if that fails, each article in its own: a failure never
//! leaves half an article in the store, and the rest of the batch goes on. An article whose content hash (fields plus extractor version)
//! is already stored is skipped.

use std::path::PathBuf;
use std::time::Instant;

use newskg_doc::Article;
use newskg_nlp::read::{self, ReadConfig, ReadError};
use newskg_rdf::RdfConfig;

pub use crate::sink::{GraphSink, NQuadsSink, Written, article_nquads};
use crate::{Pipeline, content_hash, extractor_version};

/// Articles read and analysed together by default: enough for the model's batches, little memory.
pub const DEFAULT_CHUNK: usize = 64;

/// Quads written between two flushes of the store. A flush moves the memtables (memory) and the
/// write-ahead log into table files, so both stay bounded by this many quads (an ingest's peak RSS
/// is about 450 MB), not by the store's size. Flushing more often makes smaller table files, which
/// RocksDB then merges into its sorted levels: every merge rewrites the overlapping part of the next
/// level, which, with keys spread by hashing, is the whole of it, so small files make ingest slower
/// as the store grows (flushing after every chunk of 64 articles spent half the CPU of an ingest into
/// 5,000 articles on compaction).
pub const FLUSH_QUADS: usize = 250_000;

/// The longest article accepted by default, in bytes.
pub const DEFAULT_MAX_ARTICLE_BYTES: usize = 5 * 1024 * 1024;

/// How to ingest.
#[derive(Debug, Clone)]
pub struct IngestConfig {
    pub read: ReadConfig,
    pub rdf: RdfConfig,
    /// Articles read and analysed together; memory is bounded by it.
    pub chunk: usize,
    /// Re-analyse articles even when their content hash is unchanged.
    pub force: bool,
}

/// What an ingest run did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    pub new: usize,
    pub replaced: usize,
    pub unchanged: usize,
    pub failed: usize,
    pub quads_written: usize,
    pub seconds: f64,
    /// Why the run stopped before the end of its input: the sink refused to go on (its output was
    /// closed, its credentials were refused; see [`GraphSink::stops`]). Articles not reached are
    /// not counted.
    pub stopped: Option<String>,
}

impl Summary {
    pub fn articles(&self) -> usize {
        self.new + self.replaced + self.unchanged + self.failed
    }
    pub fn articles_per_second(&self) -> f64 {
        if self.seconds > 0.0 { (self.new + self.replaced) as f64 / self.seconds } else { 0.0 }
    }
}

/// Receives what happens during an ingest run (the CLI draws a progress bar and prints errors).
pub trait Observer {
    /// One input or record could not be read or stored.
    fn error(&mut self, error: &str);
    /// One article was handled.
    fn article(&mut self, id: &str);
    /// Something worth knowing about an article that was stored (`origin: message`), such as
    /// over-long sentences that were split.
    fn note(&mut self, _note: &str) {}
}

/// Streams `paths` through the pipeline into the sink.
pub fn ingest<S: GraphSink + ?Sized>(
    paths: &[PathBuf],
    config: &IngestConfig,
    pipeline: &Pipeline,
    store: &S,
    observer: &mut dyn Observer,
) -> Summary {
    let records = read::expand(paths, config.read.format).into_iter().flat_map(|input| match input {
        Ok(input) => read::read_input(&input, &config.read),
        Err(e) => Box::new(std::iter::once(Err(e))),
    });
    ingest_articles(records, config, pipeline, store, observer)
}

/// Streams already-read records (from an HTTP body, say) through the pipeline into the sink, in
/// chunks of [`IngestConfig::chunk`] articles, exactly as [`ingest`] does for files.
pub fn ingest_articles<S: GraphSink + ?Sized>(
    records: impl Iterator<Item = Result<Article, ReadError>>,
    config: &IngestConfig,
    pipeline: &Pipeline,
    store: &S,
    observer: &mut dyn Observer,
) -> Summary {
    let started = Instant::now();
    let mut summary = Summary::default();
    let mut chunk: Vec<Article> = Vec::with_capacity(config.chunk);
    let mut flushed = 0;
    for record in records {
        match record {
            Ok(a) => chunk.push(a),
            Err(e) => fail(&mut summary, observer, &e.to_string()),
        }
        if chunk.len() >= config.chunk.max(1) {
            process(std::mem::take(&mut chunk), config, pipeline, store, observer, &mut summary);
            // Move what was written from memory (and the write-ahead log) into table files, so
            // memory stays bounded and the log does not pile up; a sink that holds nothing (an
            // output stream, a remote store) passes each chunk on at once.
            if summary.quads_written - flushed >= store.flush_every() {
                flushed = summary.quads_written;
                flush(store, observer, &mut summary);
            }
            if summary.stopped.is_some() {
                break;
            }
        }
    }
    if summary.stopped.is_none() {
        process(chunk, config, pipeline, store, observer, &mut summary);
        flush(store, observer, &mut summary);
    }
    summary.seconds = started.elapsed().as_secs_f64();
    summary
}

fn flush<S: GraphSink + ?Sized>(store: &S, observer: &mut dyn Observer, summary: &mut Summary) {
    if let Err(e) = store.flush() {
        if store.stops(&e) {
            summary.stopped.get_or_insert_with(|| format!("flushing: {e}"));
        } else {
            fail(summary, observer, &format!("flushing the store: {e}"));
        }
    }
}

fn fail(summary: &mut Summary, observer: &mut dyn Observer, message: &str) {
    summary.failed += 1;
    observer.error(message);
}

fn process<S: GraphSink + ?Sized>(
    articles: Vec<Article>,
    config: &IngestConfig,
    pipeline: &Pipeline,
    store: &S,
    observer: &mut dyn Observer,
    summary: &mut Summary,
) {
    if articles.is_empty() {
        return;
    }
    // Skip articles whose content is already stored as is.
    let mut todo = Vec::with_capacity(articles.len());
    let version = extractor_version(pipeline);
    for a in articles {
        let hash = content_hash(&a, &version);
        let graph = config.rdf.article_iri(&a.id);
        match store.content_hash(&graph) {
            Ok(Some(h)) if h == hash && !config.force => {
                summary.unchanged += 1;
                observer.article(&a.id);
            }
            Ok(_) => todo.push((a, hash)),
            Err(e) if store.stops(&e) => {
                summary.stopped = Some(format!("{}: reading the store: {e}", a.origin));
                return;
            }
            Err(e) => fail(summary, observer, &format!("{}: reading the store: {e}", a.origin)),
        }
    }
    let (articles, hashes): (Vec<Article>, Vec<String>) = todo.into_iter().unzip();
    let origins: Vec<String> = articles.iter().map(|a| a.origin.clone()).collect();
    let docs = match pipeline.analyse(articles) {
        Ok(d) => d,
        Err(e) => {
            for origin in origins {
                fail(summary, observer, &format!("{origin}: {e}"));
            }
            return;
        }
    };
    let mut batch = Vec::with_capacity(docs.len());
    for (doc, hash) in docs.iter().zip(hashes) {
        for d in &doc.diagnostics {
            observer.note(&format!("{}: {}", doc.article.origin, d.message));
        }
        batch.push((config.rdf.article_iri(&doc.article.id), newskg_rdf::document_quads(doc, &config.rdf), hash));
    }
    // The chunk goes to the sink at once (the store writes it in one transaction, falling back to
    // one per article when that fails); each article's result is reported as before.
    let results = store.replace_graphs(&batch);
    for ((doc, (_, quads, _)), result) in docs.iter().zip(&batch).zip(results) {
        match result {
            Ok(Written::New) => summary.new += 1,
            Ok(Written::Replaced) => summary.replaced += 1,
            Err(e) if store.stops(&e) => {
                summary.stopped = Some(format!("{}: writing: {e}", doc.article.origin));
                return;
            }
            Err(e) => {
                fail(summary, observer, &format!("{}: writing to the store: {e}", doc.article.origin));
                continue;
            }
        }
        summary.quads_written += quads.len() + 1;
        observer.article(&doc.article.id);
    }
}

/// Reads a publication date given on the command line.
pub fn parse_published_arg(s: &str) -> Result<newskg_doc::Published, ReadError> {
    read::parse_published(s).ok_or_else(|| ReadError {
        origin: "--published".into(),
        reason: format!("unrecognised date {s:?} (use YYYY-MM-DD or an RFC 3339 date-time)"),
    })
}
