//! `POST /ingest` runs on one long-lived thread: consumes a JSONL body and the store, produces the
//! ingest's summary, errors and notes for the connection thread that asked.
//!
//! Why one thread: glibc's allocator gives each thread an arena (up to eight per core) and keeps
//! the memory freed in an arena for later use by that arena. The server starts a thread per
//! connection, so when ingests ran on their connection threads, each ingest left its working set
//! (the pipeline's tensors, documents, quads, RocksDB write batches and cached blocks) in whichever
//! arena that thread had been given, and over time in every arena. In the serve soak (300 s of
//! queries, hostile requests and an ingest every 5 s) resident memory went from 147 to 334 and 370
//! MiB in two runs, 131 MiB of it in 15 thread arenas after 100 s; without the ingest client it
//! stayed at 125-128 MiB, and with `MALLOC_ARENA_MAX=2` it reached 184 MiB. On this thread every
//! ingest reuses the same arena (and the pipeline's own thread pools reuse theirs): the same soak
//! ends at 204 MiB, and what still grows is RocksDB's block cache filling up to its capacity (see
//! `benches/serve_soak.rs`). It also keeps ingests one at a time, as the pipeline requires.

use std::sync::mpsc;

use newskg_nlp::read;
use newskg_store::Store;

use crate::Pipeline;
use crate::ingest::{IngestConfig, Observer, Summary, ingest_articles};

/// What ingest over HTTP needs: the pipeline, loaded once and owned by the ingest thread, and
/// how to read and store; one ingest at a time.
#[derive(Debug)]
pub struct Ingester {
    jobs: mpsc::Sender<Job>,
}

/// One request's body and where to write, with the way back to the asking connection.
struct Job {
    body: Vec<u8>,
    store: Store,
    reply: mpsc::SyncSender<Option<Outcome>>,
}

/// What one ingest did.
#[derive(Debug)]
pub(super) struct Outcome {
    pub summary: Summary,
    pub errors: Vec<String>,
    pub notes: Vec<String>,
}

/// Collects an ingest's errors and notes for the JSON answer.
struct Collect<'a>(&'a mut Vec<String>, &'a mut Vec<String>);

impl Observer for Collect<'_> {
    fn error(&mut self, error: &str) {
        self.0.push(error.to_string());
    }
    fn article(&mut self, _id: &str) {}
    fn note(&mut self, note: &str) {
        self.1.push(note.to_string());
    }
}

impl Ingester {
    /// Starts the ingest thread; it ends when the `Ingester` is dropped.
    pub fn new(pipeline: Pipeline, config: IngestConfig) -> std::io::Result<Ingester> {
        let (jobs, receive) = mpsc::channel::<Job>();
        std::thread::Builder::new().name("ingest".into()).spawn(move || {
            for job in receive {
                // A panic is a bug; that request gets a 500 and the thread takes the next one
                // (the pipeline holds no state between runs).
                let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    let records = read::read_jsonl(Box::new(std::io::Cursor::new(job.body)), "request", &config.read);
                    let (mut errors, mut notes) = (Vec::new(), Vec::new());
                    let summary =
                        ingest_articles(records, &config, &pipeline, &job.store, &mut Collect(&mut errors, &mut notes));
                    Outcome { summary, errors, notes }
                }));
                let _ = job.reply.send(outcome.ok());
            }
        })?;
        Ok(Ingester { jobs })
    }

    /// Ingests a JSONL body into `store` on the ingest thread and waits for the outcome; an
    /// error says why there is none (a panic in the pipeline, or the thread is gone).
    pub(super) fn ingest(&self, body: Vec<u8>, store: &Store) -> Result<Outcome, &'static str> {
        let (reply, outcome) = mpsc::sync_channel(1);
        self.jobs.send(Job { body, store: store.clone(), reply }).map_err(|_| "the ingest thread has stopped")?;
        match outcome.recv() {
            Ok(Some(o)) => Ok(o),
            Ok(None) => Err("internal error while ingesting this request"),
            Err(_) => Err("the ingest thread has stopped"),
        }
    }
}
