//! `newskg stats`: article, triple and entity counts.

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
    if args.json {
        let by_type: serde_json::Map<String, serde_json::Value> =
            stats.entities_by_type.iter().map(|(t, n)| (t.clone(), (*n).into())).collect();
        let v = serde_json::json!({ "articles": stats.articles, "quads": stats.quads, "entities_by_type": by_type });
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        println!("articles  {}", stats.articles);
        println!("quads     {}", stats.quads);
        println!("entities by type:");
        for (t, n) in &stats.entities_by_type {
            let short = t.rsplit(['/', '#']).next().unwrap_or(t);
            println!("  {short:<20}{n}");
        }
    }
    Ok(Outcome::Success)
}
