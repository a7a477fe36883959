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
    let sparql = load_query(&args.query, args.queries.as_deref())?;
    let store = args.store.open_read_only()?;
    let results = store.query(&sparql)?;
    let terminal = std::io::stdout().is_terminal();
    // The whole answer is written to a spool first and reaches stdout only once evaluation has
    // finished: a query that fails half way writes nothing, never the start of a document.
    let mut spool = Spool::new();
    write_results(results, args.format.as_deref(), terminal, &mut spool)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    spool.copy_to(&mut out)?;
    out.flush()?;
    Ok(Outcome::Success)
}

fn write_results(results: Results, format: Option<&str>, terminal: bool, out: &mut impl Write) -> Result<()> {
    match results {
        Results::Solutions(solutions) => {
            let name = format.unwrap_or(if terminal { "table" } else { "json" });
            if name == "table" {
                write_table(solutions, out)?;
            } else {
                let f = results_format(name)
                    .with_context(|| format!("{name:?} is not a format for solutions (table, json, csv, tsv, xml)"))?;
                let vars = solutions.variables().to_vec();
                let mut ser = newskg_store::model_results_serializer(f).serialize_solutions_to_writer(out, vars)?;
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
                newskg_store::model_results_serializer(f).serialize_boolean_to_writer(out, b)?;
            }
        },
        Results::Graph(triples) => {
            let name = format.unwrap_or("turtle");
            let f = rdf_format(name).with_context(|| {
                format!("{name:?} is not an RDF format (turtle, ntriples, nquads, trig, rdfxml, jsonld)")
            })?;
            let mut ser = oxigraph_serializer(f, out);
            for t in triples {
                ser.serialize_triple(&t?)?;
            }
            ser.finish()?;
        }
    }
    Ok(())
}

/// Output held back until it is complete: in memory up to [`Spool::MEMORY`] bytes, beyond that in
/// an unnamed temporary file (removed by the system when closed), so memory stays bounded.
enum Spool {
    Memory(Vec<u8>),
    File(std::io::BufWriter<std::fs::File>),
}

impl Spool {
    const MEMORY: usize = 8 << 20;

    fn new() -> Spool {
        Spool::Memory(Vec::new())
    }

    /// Writes everything held to `out`.
    fn copy_to(self, out: &mut impl Write) -> std::io::Result<()> {
        match self {
            Spool::Memory(bytes) => out.write_all(&bytes),
            Spool::File(w) => {
                let mut file = w.into_inner().map_err(|e| e.into_error())?;
                std::io::Seek::rewind(&mut file)?;
                std::io::copy(&mut file, out).map(|_| ())
            }
        }
    }
}

impl Write for Spool {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if let Spool::Memory(bytes) = self
            && bytes.len() + buf.len() > Spool::MEMORY
        {
            let mut file = std::io::BufWriter::with_capacity(1 << 16, tempfile::tempfile()?);
            file.write_all(bytes)?;
            *self = Spool::File(file);
        }
        match self {
            Spool::Memory(bytes) => bytes.write(buf),
            Spool::File(f) => f.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Spool::Memory(_) => Ok(()),
            Spool::File(f) => f.flush(),
        }
    }
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

/// Rows read before the table's column widths are fixed.
const TABLE_SIZING_ROWS: usize = 1000;
/// Longest cell shown; longer ones are cut with `…`.
const TABLE_CELL_CHARS: usize = 60;

/// Writes solutions as an aligned text table, streaming: the column widths come from the header
/// and the first [`TABLE_SIZING_ROWS`] rows, the rows after that are written as they come (a
/// longer cell among them widens its own line only), so memory does not grow with the answer.
fn write_table(solutions: newskg_store::SolutionIter, out: &mut impl Write) -> Result<()> {
    let vars: Vec<String> = solutions.variables().iter().map(|v| v.as_str().to_string()).collect();
    let cells = |s: &newskg_store::Solution| -> Vec<String> {
        vars.iter().map(|v| clip(&s.get(v.as_str()).map(short).unwrap_or_default())).collect()
    };
    let mut solutions = solutions.into_iter();
    let mut first: Vec<Vec<String>> = Vec::new();
    for s in solutions.by_ref() {
        first.push(cells(&s?));
        if first.len() >= TABLE_SIZING_ROWS {
            break;
        }
    }
    let widths: Vec<usize> = (0..vars.len())
        .map(|i| first.iter().map(|r| r[i].chars().count()).chain([vars[i].chars().count()]).max().unwrap_or(0))
        .collect();
    let line = |cells: &[String]| -> String {
        cells.iter().zip(&widths).map(|(c, w)| format!("{c:<w$}")).collect::<Vec<_>>().join("  ").trim_end().to_string()
    };
    writeln!(out, "{}", line(&vars))?;
    writeln!(out, "{}", widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>().join("  "))?;
    let mut rows = first.len();
    for r in &first {
        writeln!(out, "{}", line(r))?;
    }
    drop(first);
    for s in solutions {
        writeln!(out, "{}", line(&cells(&s?)))?;
        rows += 1;
    }
    writeln!(out, "({rows} {})", if rows == 1 { "row" } else { "rows" })?;
    Ok(())
}

/// One line, at most [`TABLE_CELL_CHARS`] characters.
fn clip(s: &str) -> String {
    let one_line = s.replace(['\n', '\r', '\t'], " ");
    if one_line.chars().count() > TABLE_CELL_CHARS {
        format!("{}…", one_line.chars().take(TABLE_CELL_CHARS - 1).collect::<String>())
    } else {
        one_line
    }
}
