//! The small learned models over feature vectors that newskg computes itself: the document-level
//! typing (`typing.rs`), the relation scorer (`relate/relscore.rs`) and the outage provider
//! (`outage_model.rs`). It sits with the recogniser, which owns the ONNX Runtime plumbing
//! ([`super::runtime`], [`super::require_files`]). Each is an ONNX graph with one input `features` (`[n, F]`, f32) and one
//! output (`[n, K]` probabilities), beside a JSON file that names its version and F. This module
//! loads and runs any of them, so the three check their files and word their errors alike.

use std::path::Path;
use std::sync::Mutex;

use ndarray::Array2;
use ort::session::Session;
use ort::value::Tensor;
use serde::de::DeserializeOwned;

use super::{ModelError, require_files, runtime};

/// The input every feature-vector model reads.
const INPUT: &str = "features";

/// What one feature-vector model is.
#[derive(Debug)]
pub(crate) struct Spec {
    /// The files' stem in the models folder (`typing` for typing.onnx and typing.json).
    pub stem: &'static str,
    /// What errors call it ("typing model").
    pub what: &'static str,
    /// The output's name.
    pub output: &'static str,
    /// The output's width (probabilities per row).
    pub width: usize,
    /// The number of features this newskg computes per row.
    pub features: usize,
    /// How to get the files back; ends the load errors.
    pub fix: &'static str,
}

/// An error in loading `path`.
pub(crate) fn load_err(path: &Path, reason: impl Into<String>) -> ModelError {
    ModelError::Load { path: path.to_path_buf(), reason: reason.into() }
}

/// A loaded feature-vector model.
pub(crate) struct LinearModel {
    session: Mutex<Session>,
    spec: &'static Spec,
}

impl LinearModel {
    /// Loads `{stem}.onnx` and `{stem}.json` from `dir`, ONNX Runtime from `ort_lib`; returns the
    /// model and the JSON file read as `M`, whose feature count `features_of` gives (checked
    /// against [`Spec::features`]).
    pub(crate) fn load<M: DeserializeOwned>(
        dir: &Path,
        ort_lib: &Path,
        spec: &'static Spec,
        features_of: impl Fn(&M) -> usize,
    ) -> Result<(LinearModel, M), ModelError> {
        let onnx = dir.join(format!("{}.onnx", spec.stem));
        let meta_path = dir.join(format!("{}.json", spec.stem));
        require_files(&[&onnx, &meta_path], spec.fix)?;
        let text = std::fs::read_to_string(&meta_path).map_err(|e| load_err(&meta_path, e.to_string()))?;
        let meta: M = serde_json::from_str(&text)
            .map_err(|e| load_err(&meta_path, format!("corrupt {} file: {e}; {}", spec.what, spec.fix)))?;
        let n = features_of(&meta);
        if n != spec.features {
            return Err(load_err(
                &meta_path,
                format!("model takes {n} features, this newskg computes {}; {}", spec.features, spec.fix),
            ));
        }
        let env = runtime(ort_lib).map_err(|e| match e {
            ModelError::Run(reason) => load_err(ort_lib, reason),
            other => other,
        })?;
        let session = Session::builder(env)
            .and_then(|b| b.with_intra_threads(1).map_err(Into::into))
            .and_then(|mut b| b.commit_from_file(&onnx))
            .map_err(|e| load_err(&onnx, format!("corrupt or incompatible model: {e}; {}", spec.fix)))?;
        if !session.inputs().iter().any(|i| i.name() == INPUT) {
            return Err(load_err(&onnx, format!("model has no input {INPUT:?}")));
        }
        Ok((LinearModel { session: Mutex::new(session), spec }, meta))
    }

    /// The model's output for each feature vector, row after row ([`Spec::width`] numbers per
    /// vector); a vector longer than [`Spec::features`] is cut, a shorter one padded with zeros.
    pub(crate) fn run(&self, feats: &[Vec<f32>]) -> Result<Vec<f32>, ModelError> {
        let (n, width) = (feats.len(), self.spec.width);
        if n == 0 {
            return Ok(Vec::new());
        }
        let mut x = Array2::<f32>::zeros((n, self.spec.features));
        for (r, row) in feats.iter().enumerate() {
            for (c, &v) in row.iter().enumerate().take(self.spec.features) {
                x[[r, c]] = v;
            }
        }
        let run = |e: ort::Error| ModelError::Run(e.to_string());
        let feed = ort::inputs![INPUT => Tensor::from_array(x).map_err(run)?];
        let mut session = self
            .session
            .lock()
            .map_err(|_| ModelError::Run(format!("{} session poisoned by an earlier panic", self.spec.what)))?;
        let outputs = session.run(feed).map_err(run)?;
        let probs = outputs[self.spec.output].try_extract_array::<f32>().map_err(run)?;
        if probs.shape() != [n, width] {
            return Err(ModelError::Run(format!("{} output has shape {:?}", self.spec.what, probs.shape())));
        }
        Ok((0..n).flat_map(|r| (0..width).map(move |c| (r, c))).map(|(r, c)| probs[[r, c]]).collect())
    }
}
