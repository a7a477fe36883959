//! `newskg stats`: article, triple and entity counts.

use std::io::Write;

use anyhow::Result;
use clap::Args;

use super::{Outcome, StoreArgs};

/// Print how many articles, quads and entities (by type) the store holds.
///
/// Example: newskg stats --json
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct StatsArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// Print JSON instead of text
    #[arg(long)]
    json: bool,
}

pub fn run(args: StatsArgs) -> Result<Outcome> {
    let stats = args.store.open_read_only()?.stats()?;
    // Written with `?`, never `println!`: a closed pipe (`newskg stats | head -1`) is an error
    // that `main` treats as success, not a panic.
    let mut out = std::io::stdout().lock();
    if args.json {
        let by_type: serde_json::Map<String, serde_json::Value> =
            stats.entities_by_type.iter().map(|(t, n)| (t.clone(), (*n).into())).collect();
        let v = serde_json::json!({ "articles": stats.articles, "quads": stats.quads, "entities_by_type": by_type });
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
    } else {
        writeln!(out, "articles  {}", stats.articles)?;
        writeln!(out, "quads     {}", stats.quads)?;
        writeln!(out, "entities by type:")?;
        for (t, n) in &stats.entities_by_type {
            let short = t.rsplit(['/', '#']).next().unwrap_or(t);
            writeln!(out, "  {short:<20}{n}")?;
        }
    }
    out.flush()?;
    Ok(Outcome::Success)
}
