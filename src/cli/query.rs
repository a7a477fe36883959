//! `newskg query`: run SPARQL over the store and print the results.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::{Args, ValueEnum};

use newskg::PROJECT_QUERIES;
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
    #[arg(long, value_enum, value_name = "FORMAT", hide_possible_values = true)]
    format: Option<QueryFormat>,
    /// Folder of saved queries
    #[arg(long, env = "NEWSKG_QUERIES", value_name = "DIR")]
    queries: Option<PathBuf>,
}

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

/// The output formats of `--format`, for solutions and for graphs in one list, since the kind of
/// result is known only once the query has run. `json` and `xml` serve both: SPARQL results for
/// SELECT/ASK, JSON-LD and RDF/XML for CONSTRUCT/DESCRIBE. The short names (`ttl`, `nt`, `nq`,
/// `rdf`) are variants of their own, hidden from the help, so an error names the format as typed.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryFormat {
    Table,
    Json,
    Csv,
    Tsv,
    Xml,
    Turtle,
    #[value(hide = true)]
    Ttl,
    Ntriples,
    #[value(hide = true)]
    Nt,
    Nquads,
    #[value(hide = true)]
    Nq,
    Trig,
    Rdfxml,
    #[value(hide = true)]
    Rdf,
    Jsonld,
}

/// How solutions or a boolean are written: an aligned text table or a SPARQL results format.
enum SolutionsFormat {
    Table,
    Results(QueryResultsFormat),
}

impl QueryFormat {
    /// The name as given on the command line.
    fn name(self) -> String {
        self.to_possible_value().map_or_else(String::new, |v| v.get_name().to_string())
    }

    /// The format for solutions and booleans, if this is one.
    fn solutions(self) -> Option<SolutionsFormat> {
        Some(match self {
            QueryFormat::Table => SolutionsFormat::Table,
            QueryFormat::Json => SolutionsFormat::Results(QueryResultsFormat::Json),
            QueryFormat::Csv => SolutionsFormat::Results(QueryResultsFormat::Csv),
            QueryFormat::Tsv => SolutionsFormat::Results(QueryResultsFormat::Tsv),
            QueryFormat::Xml => SolutionsFormat::Results(QueryResultsFormat::Xml),
            _ => return None,
        })
    }

    /// The RDF format for graphs, if this is one.
    fn graph(self) -> Option<ExportFormat> {
        Some(match self {
            QueryFormat::Turtle | QueryFormat::Ttl => ExportFormat::Turtle,
            QueryFormat::Ntriples | QueryFormat::Nt => ExportFormat::NTriples,
            QueryFormat::Nquads | QueryFormat::Nq => ExportFormat::NQuads,
            QueryFormat::Trig => ExportFormat::TriG,
            QueryFormat::Rdfxml | QueryFormat::Xml | QueryFormat::Rdf => ExportFormat::RdfXml,
            QueryFormat::Jsonld | QueryFormat::Json => ExportFormat::JsonLd { profile: Default::default() },
            _ => return None,
        })
    }
}

pub fn run(args: QueryArgs) -> Result<Outcome> {
    let sparql = load_query(&args.query, args.queries.as_deref())?;
    let store = args.store.open_read_only()?;
    let results = store.query(&sparql)?;
    let terminal = std::io::stdout().is_terminal();
    // The whole answer is written to a spool first and reaches stdout only once evaluation has
    // finished: a query that fails half way writes nothing, never the start of a document.
    let mut spool = Spool::new();
    write_results(results, args.format, terminal, &mut spool)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    spool.copy_to(&mut out)?;
    out.flush()?;
    Ok(Outcome::Success)
}

fn write_results(results: Results, format: Option<QueryFormat>, terminal: bool, out: &mut impl Write) -> Result<()> {
    let default = if terminal { QueryFormat::Table } else { QueryFormat::Json };
    match results {
        Results::Solutions(solutions) => {
            let format = format.unwrap_or(default);
            let f = format.solutions().with_context(|| {
                format!("{:?} is not a format for solutions (table, json, csv, tsv, xml)", format.name())
            })?;
            match f {
                SolutionsFormat::Table => write_table(solutions, out)?,
                SolutionsFormat::Results(f) => {
                    let vars = solutions.variables().to_vec();
                    let mut ser = newskg_store::model_results_serializer(f).serialize_solutions_to_writer(out, vars)?;
                    for s in solutions {
                        ser.serialize(&s?)?;
                    }
                    ser.finish()?;
                }
            }
        }
        Results::Boolean(b) => {
            let format = format.unwrap_or(default);
            let f = format
                .solutions()
                .with_context(|| format!("{:?} is not a format for ASK (table, json, csv, tsv, xml)", format.name()))?;
            match f {
                SolutionsFormat::Table => writeln!(out, "{b}")?,
                SolutionsFormat::Results(f) => {
                    newskg_store::model_results_serializer(f).serialize_boolean_to_writer(out, b)?;
                }
            }
        }
        Results::Graph(triples) => {
            let format = format.unwrap_or(QueryFormat::Turtle);
            let f = format.graph().with_context(|| {
                format!("{:?} is not an RDF format (turtle, ntriples, nquads, trig, rdfxml, jsonld)", format.name())
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
