//! `newskg query`: run SPARQL over the store and print the results.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::Args;

use newskg_store::model::Term;
use newskg_store::{ExportFormat, QueryResultsFormat, Results};

use super::{Outcome, StoreArgs};

/// Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over all articles.
///
/// The default graph is the union of all article graphs; `GRAPH ?g { ... }` sees each article's own.
/// QUERY is the query text, `@FILE` to read it from a file, or the name of a saved query in
/// queries/ (e.g. `outages-by-provider`).
///
/// Examples:
///   newskg query 'SELECT ?name WHERE { ?c a <http://schema.org/Corporation> ; <http://www.w3.org/2000/01/rdf-schema#label> ?name }'
///   newskg query @queries/company-hierarchy.rq --format csv
///   newskg query executives-by-company --format json
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct QueryArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// SPARQL text, @FILE, or a saved query name
    #[arg(value_name = "QUERY")]
    query: String,
    /// Output: table|json|csv|tsv|xml for SELECT/ASK; turtle|ntriples|nquads|trig|rdfxml|jsonld for
    /// CONSTRUCT/DESCRIBE [default: table on a terminal, else json; turtle for graphs]
    #[arg(long, value_name = "FORMAT")]
    format: Option<String>,
    /// Folder of saved queries
    #[arg(long, env = "NEWSKG_QUERIES", value_name = "DIR")]
    queries: Option<PathBuf>,
}

/// The project's own saved queries, wherever the binary runs from.
const PROJECT_QUERIES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/queries");

fn load_query(arg: &str, dir: Option<&Path>) -> Result<String> {
    if let Some(file) = arg.strip_prefix('@') {
        return std::fs::read_to_string(file).with_context(|| format!("reading the query file {file}"));
    }
    let is_name = !arg.is_empty() && arg.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if is_name {
        let dirs: Vec<PathBuf> = match dir {
            Some(d) => vec![d.to_path_buf()],
            None => vec![PathBuf::from("queries"), PathBuf::from(PROJECT_QUERIES)],
        };
        for d in dirs {
            let p = d.join(format!("{arg}.rq"));
            if p.is_file() {
                return std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()));
            }
        }
        bail!("{arg:?} is neither a SPARQL query nor a saved query in queries/");
    }
    Ok(arg.to_string())
}

/// An RDF format by its command-line name.
pub fn rdf_format(name: &str) -> Option<ExportFormat> {
    Some(match name {
        "turtle" | "ttl" => ExportFormat::Turtle,
        "ntriples" | "nt" => ExportFormat::NTriples,
        "nquads" | "nq" => ExportFormat::NQuads,
        "trig" => ExportFormat::TriG,
        "rdfxml" | "xml" | "rdf" => ExportFormat::RdfXml,
        "jsonld" | "json" => ExportFormat::JsonLd { profile: Default::default() },
        _ => return None,
    })
}

fn results_format(name: &str) -> Option<QueryResultsFormat> {
    Some(match name {
        "json" => QueryResultsFormat::Json,
        "csv" => QueryResultsFormat::Csv,
        "tsv" => QueryResultsFormat::Tsv,
        "xml" => QueryResultsFormat::Xml,
        _ => return None,
    })
}

pub fn run(args: QueryArgs) -> Result<Outcome> {
    let sparql = newskg::kg::for_base(&load_query(&args.query, args.queries.as_deref())?, &args.store.rdf()?);
    let store = args.store.open_read_only()?;
    let results = store.query(&sparql)?;
    let stdout = std::io::stdout();
    let terminal = stdout.is_terminal();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let format = args.format.as_deref();
    match results {
        Results::Solutions(solutions) => {
            let name = format.unwrap_or(if terminal { "table" } else { "json" });
            if name == "table" {
                write_table(solutions, &mut out)?;
            } else {
                let f = results_format(name)
                    .with_context(|| format!("{name:?} is not a format for solutions (table, json, csv, tsv, xml)"))?;
                let vars = solutions.variables().to_vec();
                let mut ser =
                    newskg_store::model_results_serializer(f).serialize_solutions_to_writer(&mut out, vars)?;
                for s in solutions {
                    ser.serialize(&s?)?;
                }
                ser.finish()?;
            }
        }
        Results::Boolean(b) => match format.unwrap_or(if terminal { "table" } else { "json" }) {
            "table" => writeln!(out, "{b}")?,
            name => {
                let f = results_format(name)
                    .with_context(|| format!("{name:?} is not a format for ASK (table, json, csv, tsv, xml)"))?;
                newskg_store::model_results_serializer(f).serialize_boolean_to_writer(&mut out, b)?;
            }
        },
        Results::Graph(triples) => {
            let name = format.unwrap_or("turtle");
            let f = rdf_format(name).with_context(|| {
                format!("{name:?} is not an RDF format (turtle, ntriples, nquads, trig, rdfxml, jsonld)")
            })?;
            let mut ser = oxigraph_serializer(f, &mut out);
            for t in triples {
                ser.serialize_triple(&t?)?;
            }
            ser.finish()?;
        }
    }
    out.flush()?;
    Ok(Outcome::Success)
}

fn oxigraph_serializer<W: Write>(format: ExportFormat, out: W) -> newskg_store::WriterSerializer<W> {
    newskg_store::rdf_serializer(format).for_writer(out)
}

/// Renders a term compactly: prefixed IRIs, plain literal values.
pub fn short(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => {
            for (prefix, ns) in newskg_store::PREFIXES {
                if let Some(local) = n.as_str().strip_prefix(ns) {
                    return format!("{prefix}:{local}");
                }
            }
            format!("<{}>", n.as_str())
        }
        Term::BlankNode(b) => format!("_:{}", b.as_str()),
        Term::Literal(l) => l.value().to_string(),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

fn write_table(solutions: newskg_store::SolutionIter, out: &mut impl Write) -> Result<()> {
    let vars: Vec<String> = solutions.variables().iter().map(|v| v.as_str().to_string()).collect();
    let mut rows: Vec<Vec<String>> = Vec::new();
    for s in solutions {
        let s = s?;
        rows.push(vars.iter().map(|v| s.get(v.as_str()).map(short).unwrap_or_default()).collect());
    }
    let clip = |s: &str| -> String {
        let one_line = s.replace(['\n', '\r', '\t'], " ");
        if one_line.chars().count() > 60 {
            format!("{}…", one_line.chars().take(59).collect::<String>())
        } else {
            one_line
        }
    };
    let rows: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|c| clip(c)).collect()).collect();
    let widths: Vec<usize> = (0..vars.len())
        .map(|i| rows.iter().map(|r| r[i].chars().count()).chain([vars[i].len()]).max().unwrap_or(0))
        .collect();
    let line = |cells: &[String]| -> String {
        cells.iter().zip(&widths).map(|(c, w)| format!("{c:<w$}")).collect::<Vec<_>>().join("  ").trim_end().to_string()
    };
    writeln!(out, "{}", line(&vars))?;
    writeln!(out, "{}", widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>().join("  "))?;
    for r in &rows {
        writeln!(out, "{}", line(r))?;
    }
    writeln!(out, "({} rows)", rows.len())?;
    Ok(())
}
