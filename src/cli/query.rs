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
    let stdout = std::io::stdout();
    let terminal = stdout.is_terminal();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let default = if terminal { QueryFormat::Table } else { QueryFormat::Json };
    match results {
        Results::Solutions(solutions) => {
            let format = args.format.unwrap_or(default);
            let f = format.solutions().with_context(|| {
                format!("{:?} is not a format for solutions (table, json, csv, tsv, xml)", format.name())
            })?;
            match f {
                SolutionsFormat::Table => write_table(solutions, &mut out)?,
                SolutionsFormat::Results(f) => {
                    let vars = solutions.variables().to_vec();
                    let mut ser =
                        newskg_store::model_results_serializer(f).serialize_solutions_to_writer(&mut out, vars)?;
                    for s in solutions {
                        ser.serialize(&s?)?;
                    }
                    ser.finish()?;
                }
            }
        }
        Results::Boolean(b) => {
            let format = args.format.unwrap_or(default);
            let f = format
                .solutions()
                .with_context(|| format!("{:?} is not a format for ASK (table, json, csv, tsv, xml)", format.name()))?;
            match f {
                SolutionsFormat::Table => writeln!(out, "{b}")?,
                SolutionsFormat::Results(f) => {
                    newskg_store::model_results_serializer(f).serialize_boolean_to_writer(&mut out, b)?;
                }
            }
        }
        Results::Graph(triples) => {
            let format = args.format.unwrap_or(QueryFormat::Turtle);
            let f = format.graph().with_context(|| {
                format!("{:?} is not an RDF format (turtle, ntriples, nquads, trig, rdfxml, jsonld)", format.name())
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
