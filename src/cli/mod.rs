//! The command line: clap types for what was typed, turned into the library's configs; one file
//! per subcommand. Only this module (and `main`) knows about terminals, exit codes and JSON output.

mod export;
mod extract;
mod ingest;
mod load;
mod push;
mod query;
mod serve;
mod stats;

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};

use newskg::{CalibrationChoice, Pipeline, RecogniserConfig, RecogniserOptions, RuleMode};
use newskg_nlp::RuleSet;
use newskg_nlp::read::Format;
use newskg_rdf::RdfConfig;
use newskg_store::Store;

/// What a successful run ended with.
pub enum Outcome {
    Success,
    /// Some inputs could not be ingested (exit code 1).
    SomeInputsFailed,
}

const ABOUT: &str = "Turn batches of news articles into a knowledge graph: companies, organisations, people and \
their roles, services, locations, time expressions, company relations and outages, written as RDF into an \
embedded Oxigraph store (one named graph per article) and queried with SPARQL.";

const AFTER_HELP: &str = "Examples:
  newskg ingest data/                         ingest every article under data/
  newskg query 'SELECT * WHERE { ?s ?p ?o } LIMIT 5'
  newskg query outages-by-provider            run the saved query queries/outages-by-provider.rq
  newskg export --format turtle -o graph.ttl  export the whole graph
  newskg extract data/text/nordhavn-cto-2022-03.txt  show what one article yields, as JSON

Exit codes: 0 success; 1 some inputs failed (the rest were ingested); 2 error (nothing done).";

#[derive(Parser, Debug)]
#[command(name = "newskg", version, about = ABOUT, after_help = AFTER_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    Ingest(ingest::IngestArgs),
    Load(load::LoadArgs),
    Push(push::PushArgs),
    Query(query::QueryArgs),
    Export(export::ExportArgs),
    Extract(extract::ExtractArgs),
    Remove(RemoveArgs),
    Rebuild(RebuildArgs),
    Rules(RulesArgs),
    Stats(stats::StatsArgs),
    Serve(serve::ServeArgs),
    /// Internal: `serve` runs each query in one of these (see src/serve/worker.rs).
    #[command(name = "query-worker", hide = true)]
    QueryWorker {
        /// The store snapshot to query, read-only
        snapshot: PathBuf,
    },
}

/// Where the store is.
#[derive(Args, Debug, Clone)]
struct StoreArgs {
    /// The store directory (`ingest` and `serve` create it if missing; other commands need it)
    #[arg(long, env = "NEWSKG_STORE", default_value = "newskg-store", value_name = "DIR")]
    store: PathBuf,
    /// Base IRI for articles and entities
    #[arg(long, env = "NEWSKG_BASE", default_value = newskg_rdf::DEFAULT_BASE, value_name = "IRI")]
    base: String,
}

impl StoreArgs {
    /// Opens the store for writing (one writer at a time), creating it if missing, maintaining the
    /// consolidated graph.
    fn open(&self) -> Result<Store> {
        Ok(Store::open(&self.store)?.with_derived(self.consolidator()?))
    }
    /// Opens (or creates) the store for a server that keeps `reserve` file descriptors for itself.
    fn open_serving(&self, reserve: u32) -> Result<Store> {
        Ok(Store::open_with_fd_reserve(&self.store, reserve)?.with_derived(self.consolidator()?))
    }
    /// Opens an existing store for writing.
    fn open_existing(&self) -> Result<Store> {
        Ok(Store::open_existing(&self.store)?.with_derived(self.consolidator()?))
    }
    /// Opens the store for reading; many readers may share it.
    fn open_read_only(&self) -> Result<Store> {
        Ok(Store::open_read_only(&self.store)?.with_derived(self.consolidator()?))
    }
    fn consolidator(&self) -> Result<std::sync::Arc<newskg::kg::Consolidator>> {
        Ok(std::sync::Arc::new(newskg::kg::Consolidator::new(self.rdf()?)))
    }
    fn rdf(&self) -> Result<RdfConfig> {
        Ok(RdfConfig::new(&self.base)?)
    }
}

/// Which recogniser runs, and where its files are.
#[derive(Args, Debug, Clone)]
struct ModelArgs {
    /// Folder with ner.onnx, tokenizer.json and labels.json [default: ./models, else the project's models/]
    #[arg(long, env = "NEWSKG_MODELS", value_name = "DIR")]
    models: Option<PathBuf>,
    /// The ONNX Runtime shared library (fetched by scripts/setup.sh)
    /// [default: ./.runtime/libonnxruntime.so, else the project's own]
    #[arg(long, env = "ORT_DYLIB_PATH", value_name = "FILE")]
    ort_lib: Option<PathBuf>,
    /// Entity recogniser: `model` (the shipped model plus rules), `rules` (rules only, no model
    /// files) or `external` (mentions from --external-mentions plus rules, to compare recognisers)
    #[arg(long, env = "NEWSKG_RECOGNISER", value_enum, default_value_t = RecogniserKind::Model)]
    recogniser: RecogniserKind,
    /// JSONL of another recogniser's mentions per article id, for `--recogniser external`
    #[arg(long, env = "NEWSKG_EXTERNAL_MENTIONS", value_name = "FILE")]
    external_mentions: Option<PathBuf>,
    /// A company name list for the rules: one name per line, or SEC company_tickers.json
    #[arg(long, env = "NEWSKG_GAZETTEER", value_name = "FILE")]
    gazetteer: Option<PathBuf>,
    /// What the rules do on top of the recogniser: `full` (trim, type and add mentions), `typing`
    /// (trim and type only) or `off` (the recogniser's spans and labels as they are); the
    /// lighter modes measure a recogniser alone
    #[arg(long, env = "NEWSKG_RULES", value_enum, default_value_t = RulesArg::Full)]
    rules: RulesArg,
    /// Where roles and relations come from: `rules`, `model` (the learned pair classifier,
    /// models/pairs.onnx), `both` (the union) or `both-relations` (rules for roles, the union for
    /// relations) [default: both-relations with --recogniser model, else rules]
    #[arg(long, env = "NEWSKG_RELATE", value_enum, value_name = "MODE")]
    relate: Option<RelateArg>,
    /// Who types companies, organisations and services: `model` (the learned document-level
    /// typing, models/typing.onnx) or `rules` (the recogniser and rules' kinds as they are)
    /// [default: model with --recogniser model, else rules]
    #[arg(long, env = "NEWSKG_TYPING", value_enum, value_name = "MODE")]
    typing: Option<TypingArg>,
    /// Who decides the relations when the pair model runs: `model` (the learned relation scorer,
    /// models/relations.onnx, over the candidates of the rules, the pair model and the
    /// document-level providers) or `rules` (the union of the rules' and the pair model's)
    /// [default: model with a learned --relate mode (the model recogniser's default), else rules]
    #[arg(long, env = "NEWSKG_RELATIONS", value_enum, value_name = "MODE")]
    relations: Option<RelationsArg>,
    /// Who chooses the provider of each outage the rules find: `model` (the learned provider
    /// model over the article's organisations, models/outages.onnx) or `rules` (the rules'
    /// provider score) [default: model with --recogniser model, else rules]
    #[arg(long, env = "NEWSKG_OUTAGES", value_enum, value_name = "MODE")]
    outages: Option<OutagesArg>,
    /// Who chooses the organisation of each position (role) the rules find: `model` (the learned
    /// attachment model over the article's organisations and places, models/roles.onnx) or
    /// `rules` (the rules' order of patterns) [default: rules; models/ROLES.md says why]
    #[arg(long, env = "NEWSKG_ROLES", value_enum, value_name = "MODE")]
    roles: Option<RolesArg>,
    /// Which of the outages the rules find stand: `model` (the learned outage detector,
    /// models/outage_detect.onnx, drops those that do not report an incident at their date: a
    /// consultation on outage rules, planned maintenance, a plan to prevent failures) or `rules`
    /// (every outage the rules find) [default: model with --recogniser model, else rules]
    #[arg(long, env = "NEWSKG_OUTAGE_DETECTION", value_enum, value_name = "MODE")]
    outage_detection: Option<OutagesArg>,
    /// Who dates each outage: `model` (the learned time ranker over the article's time
    /// expressions, models/outage_times.onnx, replaces the rules' start when it prefers another
    /// time by a margin: the day the network failed, not the day of the fine) or `rules` (the
    /// rules' date) [default: model with --recogniser model, else rules]
    #[arg(long, env = "NEWSKG_OUTAGE_TIMES", value_enum, value_name = "MODE")]
    outage_times: Option<OutagesArg>,
    /// Calibration of the facts' confidences: a calibration file (eval/fit_calibration.py writes
    /// one), or `off` for the confidences as the rules and models state them [default: the models
    /// folder's calibration.json when it was fitted for this recogniser and these options]
    #[arg(long, env = "NEWSKG_CALIBRATION", value_name = "FILE|off")]
    calibration: Option<PathBuf>,
    /// Named extraction rules to switch off, comma-separated, to measure what each adds
    /// (`newskg rules` lists them), e.g. --disable-rules roles-founders,deals-verbs
    #[arg(long, env = "NEWSKG_DISABLE_RULES", value_name = "NAME[,NAME...]", value_parser = parse_rules)]
    disable_rules: Option<RuleSet>,
}

/// `--disable-rules`: a comma-separated list of rule names, each one `newskg rules` lists.
fn parse_rules(list: &str) -> Result<RuleSet, String> {
    RuleSet::parse(list).map_err(|e| e.to_string())
}

/// The typing modes `--typing` chooses among.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
enum TypingArg {
    Rules,
    Model,
}

impl From<TypingArg> for newskg::TypingMode {
    fn from(arg: TypingArg) -> newskg::TypingMode {
        match arg {
            TypingArg::Rules => newskg::TypingMode::Rules,
            TypingArg::Model => newskg::TypingMode::Model,
        }
    }
}

/// Who decides the relations, as `--relations` chooses.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
enum RelationsArg {
    Rules,
    Model,
}

impl From<RelationsArg> for newskg::RelationsMode {
    fn from(arg: RelationsArg) -> newskg::RelationsMode {
        match arg {
            RelationsArg::Rules => newskg::RelationsMode::Rules,
            RelationsArg::Model => newskg::RelationsMode::Model,
        }
    }
}

/// The outage modes `--outages` chooses among.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
enum OutagesArg {
    Rules,
    Model,
}

impl From<OutagesArg> for newskg::OutagesMode {
    fn from(arg: OutagesArg) -> newskg::OutagesMode {
        match arg {
            OutagesArg::Rules => newskg::OutagesMode::Rules,
            OutagesArg::Model => newskg::OutagesMode::Model,
        }
    }
}

/// Who chooses a position's organisation, as `--roles` chooses.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
enum RolesArg {
    Rules,
    Model,
}

impl From<RolesArg> for newskg::RolesMode {
    fn from(arg: RolesArg) -> newskg::RolesMode {
        match arg {
            RolesArg::Rules => newskg::RolesMode::Rules,
            RolesArg::Model => newskg::RolesMode::Model,
        }
    }
}

/// The sources of roles and relations `--relate` chooses among.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
enum RelateArg {
    Rules,
    Model,
    Both,
    BothRelations,
}

impl From<RelateArg> for newskg::RelateMode {
    fn from(arg: RelateArg) -> newskg::RelateMode {
        match arg {
            RelateArg::Rules => newskg::RelateMode::Rules,
            RelateArg::Model => newskg::RelateMode::Model,
            RelateArg::Both => newskg::RelateMode::Both,
            RelateArg::BothRelations => newskg::RelateMode::BothRelations,
        }
    }
}

/// The recognisers `--recogniser` chooses among.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
enum RecogniserKind {
    Model,
    Rules,
    External,
}

/// The rule modes `--rules` chooses among.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
enum RulesArg {
    Full,
    Typing,
    Off,
}

impl From<RulesArg> for RuleMode {
    fn from(arg: RulesArg) -> RuleMode {
        match arg {
            RulesArg::Full => RuleMode::Full,
            RulesArg::Typing => RuleMode::TypingOnly,
            RulesArg::Off => RuleMode::Off,
        }
    }
}

/// The input formats `--format` forces.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
enum InputFormat {
    Txt,
    Md,
    Html,
    Json,
    Jsonl,
}

impl From<InputFormat> for Format {
    fn from(arg: InputFormat) -> Format {
        match arg {
            InputFormat::Txt => Format::Text,
            InputFormat::Md => Format::Markdown,
            InputFormat::Html => Format::Html,
            InputFormat::Json => Format::Json,
            InputFormat::Jsonl => Format::Jsonl,
        }
    }
}

impl ModelArgs {
    fn pipeline(&self) -> Result<Pipeline> {
        let recogniser = match self.recogniser {
            RecogniserKind::Rules => RecogniserConfig::Rules,
            RecogniserKind::External => RecogniserConfig::External {
                mentions_file: self
                    .external_mentions
                    .clone()
                    .context("--recogniser external needs --external-mentions FILE")?,
            },
            RecogniserKind::Model => RecogniserConfig::Model {
                model_dir: self.models.clone().unwrap_or_else(newskg::default_model_dir),
                ort_lib: self.ort_lib.clone().unwrap_or_else(newskg::default_ort_lib),
            },
        };
        let options = RecogniserOptions {
            gazetteer: self.gazetteer.clone(),
            rules: self.rules.into(),
            relate: self.relate.map(Into::into),
            typing: self.typing.map(Into::into),
            relations: self.relations.map(Into::into),
            outages: self.outages.map(Into::into),
            roles: self.roles.map(Into::into),
            outage_detection: self.outage_detection.map(Into::into),
            outage_times: self.outage_times.map(Into::into),
            pair_model: Some((
                self.models.clone().unwrap_or_else(newskg::default_model_dir),
                self.ort_lib.clone().unwrap_or_else(newskg::default_ort_lib),
            )),
            calibration: match &self.calibration {
                None => CalibrationChoice::Default,
                Some(p) if p.as_os_str() == "off" => CalibrationChoice::Off,
                Some(p) => CalibrationChoice::File(p.clone()),
            },
            disabled: self.disable_rules.unwrap_or_default(),
        };
        Pipeline::with_options(&recogniser, &options).context("loading the entity recogniser")
    }
}

/// Remove articles (their named graphs) from an existing store.
///
/// Example: newskg remove sample-corvane-outage-2024-03
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
struct RemoveArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// Article ids as given at ingest (schema:identifier)
    #[arg(required = true, value_name = "ID")]
    ids: Vec<String>,
}

/// Writes one line to standard error. If standard error is closed there is no one left to tell,
/// so the line is dropped rather than panicking as `eprintln!` would.
pub fn report(line: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// Recompute the consolidated graph <{base}graph/kg> from the article graphs.
///
/// Ingest and remove keep it up to date; run this on a store written before it existed, or after
/// SPARQL updates that changed article graphs.
///
/// Example: newskg rebuild --store newskg-store
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
struct RebuildArgs {
    #[command(flatten)]
    store: StoreArgs,
}

/// List the named extraction rules that `--disable-rules` switches off (on extract, ingest and
/// serve), one per line: the name, then what the rule does.
///
/// Example: newskg rules
///          newskg extract --disable-rules roles-founders,deals-verbs data/text/nordhavn-cto-2022-03.txt
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
struct RulesArgs {}

/// Writes the rule list to standard output.
fn list_rules() -> Result<Outcome> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let width = newskg_nlp::RULES.iter().map(|(_, n, _)| n.len()).max().unwrap_or(0);
    for (_, name, what) in newskg_nlp::RULES {
        writeln!(out, "{name:width$}  {what}").context("writing the rule list")?;
    }
    Ok(Outcome::Success)
}

/// Runs the command line.
pub fn run() -> Result<Outcome> {
    let cli = Cli::parse();
    match cli.command {
        Command::Ingest(args) => ingest::run(args),
        Command::Load(args) => load::run(args),
        Command::Push(args) => push::run(args),
        Command::Query(args) => query::run(args),
        Command::Export(args) => export::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Stats(args) => stats::run(args),
        Command::Rules(RulesArgs {}) => list_rules(),
        Command::Serve(args) => serve::run(args),
        Command::QueryWorker { snapshot } => {
            newskg::serve::worker::serve_one(&snapshot, std::io::stdin().lock(), std::io::stdout().lock())?;
            Ok(Outcome::Success)
        }
        Command::Rebuild(args) => {
            let store = args.store.open_existing()?;
            let started = std::time::Instant::now();
            let r = newskg::kg::Consolidator::new(args.store.rdf()?).rebuild(&store)?;
            store.flush()?;
            // A load that died before its own rebuild left this marker; the job is done now.
            let marker = args.store.store.join(newskg::load::REBUILD_PENDING);
            if marker.exists() {
                std::fs::remove_file(&marker).with_context(|| format!("removing {}", marker.display()))?;
            }
            report(format_args!(
                "rebuilt the consolidated graph from {} articles: {} nodes and facts, {} triples in {:.1} s",
                r.articles,
                r.parts,
                r.quads,
                started.elapsed().as_secs_f64()
            ));
            Ok(Outcome::Success)
        }
        Command::Remove(args) => {
            let store = args.store.open_existing()?;
            let rdf = args.store.rdf()?;
            let mut missing = 0;
            for id in &args.ids {
                // Ingest trims the ids it reads; an id is looked up the same way.
                if store.remove_graph(&rdf.article_iri(id.trim()))? {
                    report(format_args!("removed {id}"));
                } else {
                    report(format_args!("newskg: {id}: no such article in the store"));
                    missing += 1;
                }
            }
            Ok(if missing == 0 { Outcome::Success } else { Outcome::SomeInputsFailed })
        }
    }
}
