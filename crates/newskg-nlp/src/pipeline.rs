//! The one chain of stages: consumes [`Article`]s, produces analysed [`Document`]s.
//!
//! ```text
//! normalise → segment → recognise → resolve → time → relate
//! ```
//!
//! [`Pipeline::analyse`] runs it over a batch, fanning articles out with rayon (the recogniser
//! sees the whole batch, so a model can group sentences). [`prepare`] (normalise and segment) and
//! [`complete`] (resolve, time, relate) are the chain's two halves around recognition, for
//! callers that bring their own mentions (the stage tests and the benchmarks); the CLI, the
//! server and the tests all go through these, so the chain is written once.

use std::collections::HashSet;
use std::path::PathBuf;

use rayon::prelude::*;

use newskg_doc::{Article, Document, Mention, TimeMention};

use crate::calibrate::{self, Calibration};
use crate::orgcheck::{self, OrgCheck};
use crate::outage_detect::{self, OutageDetector};
use crate::outage_model::{self, OutageModel};
use crate::outage_times::{self, OutageTimes};
use crate::recognise::{self, Gazetteer, ModelError, Recogniser, RecogniserConfig, RuleMode, Rules};
use crate::relate::RelateMode;
use crate::relate::pairs::PairModel;
use crate::relate::relscore::{self, RelationModel};
use crate::role_model::{self, RoleModel};
use crate::rulebook::{Rule, RuleSet};
use crate::settle;
use crate::typing::{self, TypingModel};
use crate::{normalise, relate, resolve, segment, time};

/// Where positions and relations come from when the recogniser is the model and no mode is
/// given: chosen on the corpus dev split (models/PAIRS.md).
pub const DEFAULT_RELATE: RelateMode = RelateMode::BothRelations;

/// Options of the recognition stage beyond the recogniser itself.
#[derive(Debug, Clone)]
pub struct RecogniserOptions {
    /// A company name list (one per line, or SEC `company_tickers.json`) the rules may use.
    pub gazetteer: Option<PathBuf>,
    /// How much the rules do on top of the recogniser (all of it by default); the lighter
    /// modes measure the recogniser alone.
    pub rules: RuleMode,
    /// Where positions and relations come from; `None`: [`DEFAULT_RELATE`] with the model
    /// recogniser, the rules otherwise.
    pub relate: Option<RelateMode>,
    /// The pair model's folder and the ONNX Runtime library; `None`: the model recogniser's.
    /// The typing model is read from the same folder.
    pub pair_model: Option<(PathBuf, PathBuf)>,
    /// Whether the learned document-level typing retypes companies, organisations and
    /// services; `None`: [`TypingMode::Model`] with the model recogniser, the rules otherwise.
    pub typing: Option<TypingMode>,
    /// Who decides the relations when the pair model runs: the learned relation scorer or the
    /// union of the rules and the pair model; `None`: [`DEFAULT_RELATIONS`] with the model
    /// recogniser, the rules otherwise.
    pub relations: Option<RelationsMode>,
    /// Who chooses an outage's provider; `None`: [`OutagesMode::Model`] with the model
    /// recogniser, the rules otherwise.
    pub outages: Option<OutagesMode>,
    /// Who chooses a position's organisation; `None`: [`RolesMode::Rules`] (the learned
    /// attachment did not beat the rules out of fold on the corpus train split, models/ROLES.md).
    pub roles: Option<RolesMode>,
    /// Who decides which of the rules' outages stand: the learned detector
    /// (`models/outage_detect.onnx`) or the rules alone; `None`: [`OutagesMode::Model`] with the
    /// model recogniser, the rules otherwise.
    pub outage_detection: Option<OutagesMode>,
    /// Who dates each outage: the learned time ranker over the article's time expressions
    /// (`models/outage_times.onnx`) or the rules alone; `None`: [`OutagesMode::Model`] with the
    /// model recogniser, the rules otherwise.
    pub outage_times: Option<OutagesMode>,
    /// Which calibration of the confidences to use (see [`calibrate`]).
    pub calibration: CalibrationChoice,
    /// The named rules switched off (see [`crate::rulebook`]); none by default.
    pub disabled: RuleSet,
}

/// Who has the last word on Company / Organization / Service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypingMode {
    /// The recogniser and the rules' kinds stay.
    Rules,
    /// The learned typing model (`models/typing.onnx`) retypes them with the whole article.
    Model,
}

/// Who decides the relations (with a learned relate mode).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelationsMode {
    /// The rules' relations plus the pair model's above its threshold, plus the document-level
    /// providers.
    Rules,
    /// The learned relation scorer (`models/relations.onnx`) over every source's candidates.
    Model,
}

/// The relations mode of the model recogniser when none is given (models/RELATIONS.md).
pub const DEFAULT_RELATIONS: RelationsMode = RelationsMode::Model;

/// Who chooses the provider of an outage the rules found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutagesMode {
    /// The rules' provider score.
    Rules,
    /// The learned provider model (`models/outages.onnx`) over the article's organisations.
    Model,
}

/// Who chooses the organisation of a position the rules found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RolesMode {
    /// The rules' order of patterns.
    Rules,
    /// The learned attachment model (`models/roles.onnx`) over the article's organisations.
    Model,
}

/// Where the confidence calibration comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalibrationChoice {
    /// The model folder's `calibration.json` when there is one and it was fitted for this
    /// pipeline; the confidences as stated otherwise.
    Default,
    /// This file; an error when it was fitted for another pipeline.
    File(PathBuf),
    /// None: the confidences as stated.
    Off,
}

impl RecogniserOptions {
    /// The shipped set-up: rules add mentions, no gazetteer.
    pub fn standard() -> RecogniserOptions {
        RecogniserOptions {
            gazetteer: None,
            rules: RuleMode::Full,
            relate: None,
            pair_model: None,
            typing: None,
            relations: None,
            outages: None,
            roles: None,
            outage_detection: None,
            outage_times: None,
            calibration: CalibrationChoice::Default,
            disabled: RuleSet::ALL,
        }
    }
}

/// The chain of stages with what its recogniser and rules need, loaded once.
#[derive(Debug)]
pub struct Pipeline {
    recogniser: Box<dyn Recogniser>,
    gazetteer: Option<Gazetteer>,
    rules: RuleMode,
    pairs: Option<PairModel>,
    relate: RelateMode,
    typing: Option<TypingModel>,
    /// The person and place check that runs before the learned typing (loaded with it).
    orgcheck: Option<OrgCheck>,
    scorer: Option<RelationModel>,
    outages: Option<OutageModel>,
    roles: Option<RoleModel>,
    detector: Option<OutageDetector>,
    times: Option<OutageTimes>,
    calibration: Option<Calibration>,
    disabled: RuleSet,
    version: String,
}

impl Pipeline {
    /// Loads the configured recogniser, with the standard options.
    pub fn new(recogniser: &RecogniserConfig) -> Result<Pipeline, ModelError> {
        Pipeline::with_options(recogniser, &RecogniserOptions::standard())
    }

    /// Loads the configured recogniser and the options' resources.
    pub fn with_options(recogniser: &RecogniserConfig, options: &RecogniserOptions) -> Result<Pipeline, ModelError> {
        let mut options = options.clone();
        if let RecogniserConfig::Model { model_dir, ort_lib } = recogniser {
            options.relate = options.relate.or(Some(DEFAULT_RELATE));
            options.typing = options.typing.or(Some(TypingMode::Model));
            if options.relate != Some(RelateMode::Rules) {
                options.relations = options.relations.or(Some(DEFAULT_RELATIONS));
            }
            options.outages = options.outages.or(Some(OutagesMode::Model));
            options.outage_detection = options.outage_detection.or(Some(OutagesMode::Model));
            options.outage_times = options.outage_times.or(Some(OutagesMode::Model));
            options.pair_model = options.pair_model.or_else(|| Some((model_dir.clone(), ort_lib.clone())));
        }
        Pipeline::with_recogniser(recogniser.load()?, &options)
    }

    /// A pipeline around any recogniser.
    pub fn with_recogniser(
        recogniser: Box<dyn Recogniser>,
        options: &RecogniserOptions,
    ) -> Result<Pipeline, ModelError> {
        let gazetteer = match &options.gazetteer {
            Some(path) => Some(
                Gazetteer::load(path).map_err(|e| ModelError::Load { path: path.clone(), reason: e.to_string() })?,
            ),
            None => None,
        };
        let mut version = recogniser.version();
        if let Some(g) = &options.gazetteer {
            version.push_str(&format!("+gazetteer:{}", g.display()));
        }
        match options.rules {
            RuleMode::Full => {}
            RuleMode::TypingOnly => version.push_str("+rules:typing"),
            RuleMode::Off => version.push_str("+rules:off"),
        }
        if !options.disabled.is_all() {
            let names: Vec<&str> = options.disabled.disabled().map(Rule::name).collect();
            version.push_str(&format!("+without:{}", names.join(",")));
        }
        let relate = options.relate.unwrap_or(RelateMode::Rules);
        let pairs = match (relate, &options.pair_model) {
            (RelateMode::Rules, _) => None,
            (_, Some((dir, ort_lib))) => Some(PairModel::load(dir, ort_lib)?),
            (_, None) => {
                return Err(ModelError::Run("a learned relate mode needs the pair model's folder".into()));
            }
        };
        if let Some(p) = &pairs {
            let mode = match relate {
                RelateMode::Model => "model",
                RelateMode::Both => "both",
                _ => "both-relations",
            };
            version.push_str(&format!("+relate:{mode}:{}", p.version()));
        }
        let typing = match (options.typing.unwrap_or(TypingMode::Rules), &options.pair_model) {
            (TypingMode::Rules, _) => None,
            (TypingMode::Model, Some((dir, ort_lib))) => Some(TypingModel::load(dir, ort_lib)?),
            (TypingMode::Model, None) => {
                return Err(ModelError::Run("the learned typing needs the model folder".into()));
            }
        };
        if let Some(t) = &typing {
            version.push_str(&format!("+typing:{}", t.version()));
        }
        let orgcheck = match (&typing, &options.pair_model) {
            (Some(_), Some((dir, ort_lib))) => Some(OrgCheck::load(dir, ort_lib)?),
            _ => None,
        };
        if let Some(o) = &orgcheck {
            version.push_str(&format!("+orgcheck:{}", o.version()));
        }
        let scorer = match (options.relations.unwrap_or(RelationsMode::Rules), &options.pair_model, &pairs) {
            (RelationsMode::Model, Some((dir, ort_lib)), Some(_)) => Some(RelationModel::load(dir, ort_lib)?),
            (RelationsMode::Model, _, _) => {
                return Err(ModelError::Run(
                    "the learned relation scorer needs the pair model (a learned --relate mode) and its folder".into(),
                ));
            }
            (RelationsMode::Rules, _, _) => None,
        };
        if let Some(r) = &scorer {
            version.push_str(&format!("+relations:{}", r.version()));
        }
        let outages = match (options.outages.unwrap_or(OutagesMode::Rules), &options.pair_model) {
            (OutagesMode::Rules, _) => None,
            (OutagesMode::Model, Some((dir, ort_lib))) => Some(OutageModel::load(dir, ort_lib)?),
            (OutagesMode::Model, None) => {
                return Err(ModelError::Run("the learned outage model needs the model folder".into()));
            }
        };
        if let Some(o) = &outages {
            version.push_str(&format!("+outages:{}", o.version()));
        }
        let roles = match (options.roles.unwrap_or(RolesMode::Rules), &options.pair_model) {
            (RolesMode::Rules, _) => None,
            (RolesMode::Model, Some((dir, ort_lib))) => Some(RoleModel::load(dir, ort_lib)?),
            (RolesMode::Model, None) => {
                return Err(ModelError::Run("the learned role model needs the model folder".into()));
            }
        };
        if let Some(r) = &roles {
            version.push_str(&format!("+roles:{}", r.version()));
        }
        let detector = match (options.outage_detection.unwrap_or(OutagesMode::Rules), &options.pair_model) {
            (OutagesMode::Rules, _) => None,
            (OutagesMode::Model, Some((dir, ort_lib))) => Some(OutageDetector::load(dir, ort_lib)?),
            (OutagesMode::Model, None) => {
                return Err(ModelError::Run("the learned outage detection needs the model folder".into()));
            }
        };
        if let Some(d) = &detector {
            version.push_str(&format!("+outage-detection:{}", d.version()));
        }
        let times = match (options.outage_times.unwrap_or(OutagesMode::Rules), &options.pair_model) {
            (OutagesMode::Rules, _) => None,
            (OutagesMode::Model, Some((dir, ort_lib))) => Some(OutageTimes::load(dir, ort_lib)?),
            (OutagesMode::Model, None) => {
                return Err(ModelError::Run("the learned outage time model needs the model folder".into()));
            }
        };
        if let Some(t) = &times {
            version.push_str(&format!("+outage-times:{}", t.version()));
        }
        let calibration = match &options.calibration {
            CalibrationChoice::Off => None,
            CalibrationChoice::File(path) => {
                let c = Calibration::load(path)?;
                if !c.applies_to(&version) {
                    return Err(ModelError::Load {
                        path: path.clone(),
                        reason: format!(
                            "fitted for the pipeline {:?}, but this one is {version:?} (refit it: eval/fit_calibration.py)",
                            c.pipeline()
                        ),
                    });
                }
                Some(c)
            }
            CalibrationChoice::Default => match options.pair_model.as_ref().map(|(dir, _)| calibrate::file_in(dir)) {
                Some(path) if path.is_file() => Some(Calibration::load(&path)?).filter(|c| c.applies_to(&version)),
                _ => None,
            },
        };
        if let Some(c) = &calibration {
            version.push_str(&format!("+calibration:{}", c.version()));
        }
        Ok(Pipeline {
            recogniser,
            gazetteer,
            rules: options.rules,
            pairs,
            relate,
            typing,
            orgcheck,
            scorer,
            outages,
            roles,
            detector,
            times,
            calibration,
            disabled: options.disabled,
            version,
        })
    }

    /// Identifies the recogniser, its model version and the options ("model-..+rules:typing").
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Whether the confidences are calibrated (see [`calibrate`]).
    pub fn calibrated(&self) -> bool {
        self.calibration.is_some()
    }

    /// The recogniser the chain runs.
    pub fn recogniser(&self) -> &dyn Recogniser {
        self.recogniser.as_ref()
    }

    /// The rules as configured.
    pub fn rules(&self) -> Rules<'_> {
        Rules::new(self.gazetteer.as_ref()).with_mode(self.rules).with_disabled(self.disabled)
    }

    /// The recognise stage alone over prepared documents; the result is parallel to `docs`.
    pub fn recognise(&self, docs: &[Document]) -> Result<Vec<Vec<Mention>>, ModelError> {
        recognise::recognise(docs, self.recogniser.as_ref(), &self.rules())
    }

    /// The chain up to the rules' facts, before the learned typing and the pair model.
    fn analyse_rules(&self, articles: Vec<Article>) -> Result<Vec<Document>, ModelError> {
        let mut docs: Vec<Document> = articles.into_par_iter().map(|a| prepare_under(a, self.disabled)).collect();
        let mentions = self.recognise(&docs)?;
        docs.par_iter_mut().zip(mentions).for_each(|(doc, mentions)| complete_under(doc, mentions, self.disabled));
        Ok(docs)
    }

    /// The typing model's feature vectors of a batch of articles, computed where the chain runs
    /// the model (after the rules' facts and the person and place check, as in `retype`): per
    /// document, the entities typed and their vectors. `newskg extract --output typing-features`
    /// writes them for `train/typing_train.py`.
    pub fn typing_features(&self, articles: Vec<Article>) -> Result<Vec<TypingRows>, ModelError> {
        let mut docs = self.analyse_rules(articles)?;
        if let Some(o) = &self.orgcheck {
            for doc in docs.iter_mut() {
                o.retype(doc)?;
            }
        }
        Ok(docs
            .into_par_iter()
            .map(|doc| {
                let entities = typing::candidates(&doc);
                let features = typing::features(&doc, &entities);
                TypingRows { doc, entities, features }
            })
            .collect())
    }

    /// The person and place check's feature vectors of a batch of articles, computed where the
    /// chain runs it (after the rules' facts, before the learned typing): per document, the
    /// people and places and their vectors. `newskg extract --output orgcheck-features` writes
    /// them for `train/orgcheck_train.py`.
    pub fn orgcheck_features(&self, articles: Vec<Article>) -> Result<Vec<TypingRows>, ModelError> {
        let docs = self.analyse_rules(articles)?;
        Ok(docs
            .into_par_iter()
            .map(|doc| {
                let entities = orgcheck::candidates(&doc);
                let features = orgcheck::features(&doc, &entities);
                TypingRows { doc, entities, features }
            })
            .collect())
    }

    /// The relation scorer's candidates of a batch of articles with their feature vectors,
    /// computed where the chain runs the scorer (after the learned typing, with the pair model):
    /// `newskg extract --output relation-features` writes them for `train/relations_train.py`.
    pub fn relation_features(&self, articles: Vec<Article>) -> Result<Vec<RelationRows>, ModelError> {
        let Some(pairs) = &self.pairs else {
            return Err(ModelError::Run("relation features need the pair model (a learned --relate mode)".into()));
        };
        let mut docs = self.analyse_rules(articles)?;
        self.retype(&mut docs, true)?;
        let mut out = Vec::with_capacity(docs.len());
        for doc in docs {
            let candidates = relate::relation_candidates(&doc, pairs, &doc.facts.outages, self.disabled)?;
            out.push(RelationRows { doc, candidates });
        }
        Ok(out)
    }

    /// The learned typing over analysed documents; with `relate_again` the rules' facts are found
    /// again in a document where it changed anything (pass false when the facts are found anew
    /// after it anyway).
    fn retype(&self, docs: &mut [Document], relate_again: bool) -> Result<(), ModelError> {
        if let Some(typing) = &self.typing {
            for doc in docs.iter_mut() {
                let checked = match &self.orgcheck {
                    Some(o) => o.retype(doc)?,
                    None => 0,
                };
                let (parties, businesses) = (settle::deal_parties(doc), settle::product_list::businesses(doc));
                let done = typing.retype_listed(doc, self.disabled.on(Rule::ListedProducts))?;
                let settled = settle::settle(doc, self.disabled, &parties, &businesses);
                // the facts name entities by index and were read with the old kinds
                if relate_again && (checked > 0 || settled > 0 || done.changed > 0 || done.dropped > 0) {
                    doc.facts = relate::relate_under(doc, self.disabled);
                }
            }
        }
        Ok(())
    }

    /// The outage model's feature vectors of a batch of articles, computed where the chain runs
    /// the model (after the typing and the pair model): per document, the candidates and, per
    /// outage, their vectors. `newskg extract --output outage-features` writes them for
    /// `train/outages_train.py`.
    pub fn outage_features(&self, articles: Vec<Article>) -> Result<Vec<OutageRows>, ModelError> {
        let docs = self.analyse_facts(articles)?;
        Ok(docs
            .into_par_iter()
            .map(|doc| {
                let candidates = outage_model::candidates(&doc);
                let features =
                    (0..doc.facts.outages.len()).map(|o| outage_model::features(&doc, o, &candidates)).collect();
                OutageRows { doc, candidates, features }
            })
            .collect())
    }

    /// The role model's feature vectors of a batch of articles, computed where the chain runs
    /// the model (after the typing and the pair model): per document, the candidates and, per
    /// position (the rules' and those they left without an organisation, which come last), their
    /// vectors. `newskg extract --output role-features` writes them for
    /// `train/roles_train.py`.
    pub fn role_features(&self, articles: Vec<Article>) -> Result<Vec<RoleRows>, ModelError> {
        let docs = self.analyse_facts(articles)?;
        Ok(docs
            .into_par_iter()
            .map(|mut doc| {
                let unattached = relate::unattached_positions(&doc, self.disabled);
                doc.facts.positions.extend(unattached);
                let candidates = role_model::candidates(&doc);
                let features =
                    (0..doc.facts.positions.len()).map(|p| role_model::features(&doc, p, &candidates)).collect();
                RoleRows { doc, candidates, features }
            })
            .collect())
    }

    /// The outage detector's feature vectors of a batch of articles, computed where the chain
    /// runs the detector (after the outage provider and time models): per document, one vector of
    /// [`outage_detect::FEATURES`] numbers per outage. `newskg extract --output
    /// outage-detection-features` writes them for `train/outage_detect_train.py`.
    pub fn outage_detection_features(&self, articles: Vec<Article>) -> Result<Vec<OutageDetectRows>, ModelError> {
        let docs = self.analyse_dated(articles)?;
        Ok(docs
            .into_par_iter()
            .map(|doc| {
                let features = (0..doc.facts.outages.len()).map(|o| outage_detect::features(&doc, o)).collect();
                OutageDetectRows { doc, features }
            })
            .collect())
    }

    /// The outage time model's feature vectors of a batch of articles, computed where the chain
    /// runs it (after the outage provider model, before the detector): per document, the
    /// candidate time expressions and, per outage, one vector of [`outage_times::FEATURES`]
    /// numbers per candidate. `newskg extract --output outage-time-features` writes them for
    /// `train/outage_times_train.py`.
    pub fn outage_time_features(&self, articles: Vec<Article>) -> Result<Vec<OutageTimeRows>, ModelError> {
        let docs = self.analyse_outages(articles)?;
        Ok(docs
            .into_par_iter()
            .map(|doc| {
                let candidates = outage_times::candidates(&doc);
                let prepared = outage_times::CandidateFeatures::new(&doc, &candidates);
                let features = (0..doc.facts.outages.len()).map(|o| prepared.for_outage(&doc, o)).collect();
                OutageTimeRows { doc, candidates, features }
            })
            .collect())
    }

    /// Analyses a batch of articles; the result is parallel to the input.
    pub fn analyse(&self, articles: Vec<Article>) -> Result<Vec<Document>, ModelError> {
        let mut docs = self.analyse_dated(articles)?;
        if let Some(d) = &self.detector {
            for doc in &mut docs {
                d.filter_with(doc, self.disabled)?;
            }
        }
        for doc in &mut docs {
            relate::drop_service_providers(doc, self.disabled);
        }
        if let Some(c) = &self.calibration {
            docs.iter_mut().for_each(|doc| c.apply(doc));
        }
        docs.iter_mut().for_each(resolve::singular_aliases);
        Ok(docs)
    }

    /// The chain up to the outage time model, before the outage detector and the calibration.
    fn analyse_dated(&self, articles: Vec<Article>) -> Result<Vec<Document>, ModelError> {
        let mut docs = self.analyse_outages(articles)?;
        if let Some(t) = &self.times {
            for doc in &mut docs {
                t.assign(doc)?;
            }
        }
        Ok(docs)
    }

    /// The chain up to the facts with the outage provider model, before the outage time model,
    /// the outage detector and the calibration.
    fn analyse_outages(&self, articles: Vec<Article>) -> Result<Vec<Document>, ModelError> {
        let mut docs = self.analyse_facts(articles)?;
        if let Some(o) = &self.outages {
            for doc in &mut docs {
                o.assign_with(doc, self.disabled)?;
            }
        }
        for doc in &mut docs {
            relate::company_providers(doc, self.disabled);
        }
        if let Some(r) = &self.roles {
            for doc in &mut docs {
                let unattached = relate::unattached_positions(doc, self.disabled);
                r.assign(doc, unattached)?;
            }
        }
        Ok(docs)
    }

    /// The chain up to the facts, with the learned typing and the pair model, before the outage
    /// model and the calibration.
    fn analyse_facts(&self, articles: Vec<Article>) -> Result<Vec<Document>, ModelError> {
        let mut docs = self.analyse_rules(articles)?;
        // with the pair model the facts are found anew below
        self.retype(&mut docs, self.pairs.is_none())?;
        if let Some(pairs) = &self.pairs {
            // the pair model runs one pair at a time on all cores; documents in turn
            for doc in &mut docs {
                doc.facts = relate::relate_with(doc, Some(pairs), self.relate, self.scorer.as_ref(), self.disabled)?;
            }
        }
        Ok(docs)
    }

    /// Analyses one article.
    pub fn analyse_one(&self, article: Article) -> Result<Document, ModelError> {
        let mut docs = self.analyse(vec![article])?;
        docs.pop().ok_or_else(|| ModelError::Run("no document came back".into()))
    }
}

/// One document's relation candidates (see [`Pipeline::relation_features`]).
#[derive(Debug)]
pub struct RelationRows {
    pub doc: Document,
    /// The candidates with their [`relscore::FEATURES`] numbers each.
    pub candidates: Vec<relscore::Candidate>,
}

/// One document's typing features (see [`Pipeline::typing_features`]), or the person and place
/// check's (see [`Pipeline::orgcheck_features`]).
#[derive(Debug)]
pub struct TypingRows {
    pub doc: Document,
    /// The entities typed (indices into `doc.entities`).
    pub entities: Vec<newskg_doc::EntityIdx>,
    /// One vector of [`typing::FEATURES`] numbers per entity.
    pub features: Vec<Vec<f32>>,
}

/// One document's outage features (see [`Pipeline::outage_features`]).
#[derive(Debug)]
pub struct OutageRows {
    pub doc: Document,
    /// The candidate providers (indices into `doc.entities`).
    pub candidates: Vec<newskg_doc::EntityIdx>,
    /// Per outage of `doc.facts.outages`, one vector of [`outage_model::FEATURES`] numbers per
    /// candidate.
    pub features: Vec<Vec<Vec<f32>>>,
}

/// One document's role features (see [`Pipeline::role_features`]).
#[derive(Debug)]
pub struct RoleRows {
    pub doc: Document,
    /// The candidate organisations (indices into `doc.entities`).
    pub candidates: Vec<newskg_doc::EntityIdx>,
    /// Per position of `doc.facts.positions`, one vector of [`role_model::FEATURES`] numbers per
    /// candidate.
    pub features: Vec<Vec<Vec<f32>>>,
}

/// One document's outage time features (see [`Pipeline::outage_time_features`]).
#[derive(Debug)]
pub struct OutageTimeRows {
    pub doc: Document,
    /// The candidate time expressions (indices into `doc.times`).
    pub candidates: Vec<usize>,
    /// Per outage of `doc.facts.outages`, one vector of [`outage_times::FEATURES`] numbers per
    /// candidate.
    pub features: Vec<Vec<Vec<f32>>>,
}

/// One document's outage detection features (see [`Pipeline::outage_detection_features`]).
#[derive(Debug)]
pub struct OutageDetectRows {
    pub doc: Document,
    /// One vector of [`outage_detect::FEATURES`] numbers per outage of `doc.facts.outages`.
    pub features: Vec<Vec<f32>>,
}

/// The stages before recognition: normalise, then sentences and tokens. A sentence longer than
/// [`segment::MAX_SENTENCE_BYTES`] (text without sentence punctuation) is split at word
/// boundaries, and the document says so in a diagnostic.
pub fn prepare(article: Article) -> Document {
    prepare_under(article, RuleSet::ALL)
}

/// [`prepare`] with the rules of `disabled` switched off (rule `segment-legal-form-end`).
pub fn prepare_under(article: Article, disabled: RuleSet) -> Document {
    let mut doc = normalise::normalise(article);
    let legal_form_ends = disabled.on(Rule::LegalFormEnd);
    let (sentences, split) = segment::cap_sentences(
        &doc.text,
        segment::sentences_under(&doc.text, legal_form_ends),
        segment::MAX_SENTENCE_BYTES,
    );
    doc.sentences = sentences;
    if split > 0 {
        doc.diagnostics.push(newskg_doc::Diagnostic {
            message: format!(
                "{split} {} longer than {} bytes (text without sentence punctuation?) split at word boundaries",
                if split == 1 { "sentence" } else { "sentences" },
                segment::MAX_SENTENCE_BYTES
            ),
        });
    }
    doc.tokens = segment::tokens(&doc.text);
    doc
}

/// The stages after recognition, in order: resolve, time, relate.
pub fn complete(doc: &mut Document, mentions: Vec<Mention>) {
    complete_under(doc, mentions, RuleSet::ALL);
}

/// [`complete`] with the rules `disabled` switches off left out.
pub fn complete_under(doc: &mut Document, mentions: Vec<Mention>, disabled: RuleSet) {
    doc.mentions = mentions;
    doc.entities = resolve::resolve_under(doc, disabled);
    let ctx = time::context(doc);
    doc.times = time::tag_times(&doc.text, &ctx);
    doc.time_expressions = distinct_times(&doc.text, time::tag_times_nested(&doc.text, &ctx));
    doc.durations = time::tag_durations(&doc.text);
    doc.facts = relate::relate_under(doc, disabled);
    resolve::singular_aliases(doc);
}

/// Keeps one time expression per (lower-cased text, value): the graph lists what an article says,
/// not how often.
fn distinct_times(text: &str, times: Vec<TimeMention>) -> Vec<TimeMention> {
    let mut seen = HashSet::new();
    times
        .into_iter()
        .filter(|t| seen.insert((text.get(t.start..t.end).unwrap_or("").to_lowercase(), t.value.lexical())))
        .collect()
}
