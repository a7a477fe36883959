//! `newskg load`: bulk-load N-Quads of article graphs (the worker output) into the store.

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};

use newskg::load::{LoadConfig, LoadObserver, LoadSummary, Method, load};

use super::{Outcome, StoreArgs};

/// Load N-Quads of article graphs (the output of `newskg extract --output nquads`, from any number
/// of machines) into the store, creating it if missing.
///
/// Each input is checked whole first: a file with a bad line is refused (`file:line: reason`) and
/// nothing of it is loaded; the other files go on (exit code 1). An article graph already stored is
/// replaced; one whose content-hash quad equals the stored one is skipped (unchanged). A graph
/// whose lines are split (not consecutive) is merged from its pieces, unless a piece carries
/// another content hash: that is a newer version, which replaces it. Quads of the consolidated
/// graph in the input are ignored; the consolidated graph is kept up to date: updated with each
/// graph, or rebuilt once at the end of a big load (--method).
///
/// Examples:
///   newskg extract --output nquads data/ > articles.nq && newskg load --store kg articles.nq
///   newskg load --store kg spark-out/part-*.nq
///   cat part-*.nq | newskg load --store kg -
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct LoadArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// N-Quads files, or `-` for standard input (spooled to a temporary file)
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// How to write: `auto` chooses `bulk` for an empty store (Oxigraph's bulk loader, then one
    /// rebuild of the consolidated graph), `rebuild` when the load brings at least a tenth as
    /// many graphs as the store holds (one transaction per graph, consolidated graph rebuilt at the end), else
    /// `incremental` (consolidated graph updated with each graph, as ingest does)
    #[arg(long, value_enum, default_value_t = MethodArg::Auto)]
    method: MethodArg,
}

/// The methods `--method` chooses among.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
enum MethodArg {
    Auto,
    Incremental,
    Rebuild,
    Bulk,
}

impl From<MethodArg> for Method {
    fn from(arg: MethodArg) -> Method {
        match arg {
            MethodArg::Auto => Method::Auto,
            MethodArg::Incremental => Method::Incremental,
            MethodArg::Rebuild => Method::Rebuild,
            MethodArg::Bulk => Method::Bulk,
        }
    }
}

struct Progress {
    bar: ProgressBar,
}

impl LoadObserver for Progress {
    fn error(&mut self, error: &str) {
        self.bar.suspend(|| super::report(format_args!("newskg: {error}")));
    }
    fn note(&mut self, note: &str) {
        self.bar.set_message(note.to_string());
    }
    fn quads(&mut self, n: u64) {
        self.bar.inc(n);
    }
}

pub fn run(args: LoadArgs) -> Result<Outcome> {
    let config = LoadConfig { rdf: args.store.rdf()?, method: args.method.into() };
    let store = args.store.open()?;
    let consolidator = newskg::kg::Consolidator::new(config.rdf.clone());
    // Draws only when stderr is a terminal.
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} {pos} quads  {per_sec}  {elapsed}  {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    let mut progress = Progress { bar };
    let s = load(&args.files, &config, &store, &args.store.store, &consolidator, &mut progress);
    progress.bar.finish_and_clear();
    let s = s?;
    super::report(format_args!("{}", summary_line(&s)));
    Ok(if s.failed > 0 { Outcome::SomeInputsFailed } else { Outcome::Success })
}

fn summary_line(s: &LoadSummary) -> String {
    let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let consolidated = if s.method == Some(Method::Incremental) {
        "updated with each graph".to_string()
    } else if s.new + s.replaced + s.merged == 0 {
        "unchanged".to_string()
    } else {
        format!("rebuilt ({} triples)", s.rebuilt_quads)
    };
    format!(
        "loaded {}: {} new, {} replaced, {} unchanged, {} merged; {} failed; {} quads read ({} of the consolidated \
         graph ignored) in {:.1} s ({:.0} quads/s), method {}; consolidated graph {consolidated}",
        plural(s.graphs(), "article graph", "article graphs"),
        s.new,
        s.replaced,
        s.unchanged,
        plural(s.merged, "piece", "pieces"),
        plural(s.failed, "input", "inputs"),
        s.quads_read,
        s.derived_ignored,
        s.seconds,
        s.quads_per_second(),
        s.method.map_or("none", Method::name),
    )
}
