//! `newskg export`: write the graph, or one article's graph, as RDF.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use newskg_store::ExportFormat;

use super::{Outcome, StoreArgs};

/// Export the knowledge graph as RDF.
///
/// Dataset formats (nquads, trig, jsonld) keep each article's named graph; triple formats (turtle,
/// ntriples, rdfxml) write the union of all graphs, each distinct triple once.
///
/// Examples:
///   newskg export --format trig -o graph.trig
///   newskg export --format turtle --article sample-corvane-outage-2024-03
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct ExportArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// turtle | ntriples | nquads | trig | rdfxml | jsonld
    #[arg(long, value_enum, default_value_t = RdfFormatArg::Nquads)]
    format: RdfFormatArg,
    /// Export only this article's graph (its id as given at ingest)
    #[arg(long, value_name = "ID")]
    article: Option<String>,
    /// Write to this file instead of standard output (replaced atomically)
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// The RDF formats `--format` chooses among.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum RdfFormatArg {
    Turtle,
    Ntriples,
    Nquads,
    Trig,
    Rdfxml,
    Jsonld,
}

impl From<RdfFormatArg> for ExportFormat {
    fn from(arg: RdfFormatArg) -> ExportFormat {
        match arg {
            RdfFormatArg::Turtle => ExportFormat::Turtle,
            RdfFormatArg::Ntriples => ExportFormat::NTriples,
            RdfFormatArg::Nquads => ExportFormat::NQuads,
            RdfFormatArg::Trig => ExportFormat::TriG,
            RdfFormatArg::Rdfxml => ExportFormat::RdfXml,
            RdfFormatArg::Jsonld => ExportFormat::JsonLd { profile: Default::default() },
        }
    }
}

pub fn run(args: ExportArgs) -> Result<Outcome> {
    let format = ExportFormat::from(args.format);
    let store = args.store.open_read_only()?;
    let rdf = args.store.rdf()?;
    let graph = match &args.article {
        Some(id) => {
            // Ingest trims the ids it reads; an id is looked up the same way.
            let g = rdf.article_iri(id.trim());
            anyhow::ensure!(store.contains_graph(&g)?, "{id}: no such article in the store");
            Some(g)
        }
        None => None,
    };
    match &args.output {
        Some(path) => {
            // Write beside the target, then rename, so a failed export never leaves half a file.
            let tmp =
                path.with_extension(format!("{}.partial", path.extension().and_then(|e| e.to_str()).unwrap_or("out")));
            let file = std::fs::File::create(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
            let mut w = std::io::BufWriter::new(file);
            store.export(format, graph.as_ref(), &mut w)?;
            w.flush()?;
            std::fs::rename(&tmp, path).with_context(|| format!("writing {}", path.display()))?;
        }
        None => {
            let stdout = std::io::stdout();
            let mut w = std::io::BufWriter::new(stdout.lock());
            store.export(format, graph.as_ref(), &mut w)?;
            w.flush()?;
        }
    }
    Ok(Outcome::Success)
}
