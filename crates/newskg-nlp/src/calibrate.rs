//! Calibration of the confidences a pipeline states.
//!
//! The rules give each pattern a fixed confidence and the models give probabilities from their
//! own training data; neither says how often a fact of that confidence is right on real news.
//! A calibration file (`models/calibration.json`, fitted by `eval/fit_calibration.py` on the
//! corpus's train split) holds, per kind of fact, a monotone map from the stated confidence to
//! the share of such facts that were right. It is fitted for one pipeline (its
//! [`crate::Pipeline::version`]) and applied only to that one: another recogniser, rule mode or
//! model gets the confidences as stated, uncalibrated.
//!
//! What it changes: an entity's confidence and the evidence confidence of every position,
//! relation and outage. Mention confidences stay the recogniser's own scores. The maps are
//! non-decreasing, so the order of facts by confidence, and every threshold already applied
//! inside the pipeline, are unaffected.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use newskg_doc::Document;

use crate::recognise::ModelError;

/// The kinds of fact a calibration file may hold a map for.
pub const KINDS: [&str; 4] = ["entities", "roles", "relations", "outages"];

/// A non-decreasing, piecewise-linear map from stated confidence to calibrated confidence.
#[derive(Debug, Clone, PartialEq)]
struct Curve {
    /// (stated, calibrated) knots, stated strictly increasing, both in [0, 1].
    knots: Vec<(f32, f32)>,
}

impl Curve {
    fn at(&self, x: f32) -> f32 {
        let x = if x.is_nan() { 0.0 } else { x.clamp(0.0, 1.0) };
        let (Some(&(x0, y0)), Some(&(xn, yn))) = (self.knots.first(), self.knots.last()) else {
            return x;
        };
        if x <= x0 {
            return y0;
        }
        if x >= xn {
            return yn;
        }
        let i = self.knots.partition_point(|&(k, _)| k <= x);
        let ((xa, ya), (xb, yb)) = (self.knots[i - 1], self.knots[i]);
        ya + (yb - ya) * (x - xa) / (xb - xa)
    }
}

#[derive(Debug, Deserialize)]
struct CalibrationFile {
    version: String,
    pipeline: String,
    maps: std::collections::BTreeMap<String, Vec<[f32; 2]>>,
}

/// Per-kind maps fitted for one pipeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Calibration {
    version: String,
    pipeline: String,
    /// One map per entry of [`KINDS`], in its order.
    curves: [Option<Curve>; 4],
}

const ENTITIES: usize = 0;
const ROLES: usize = 1;
const RELATIONS: usize = 2;
const OUTAGES: usize = 3;

fn load_err(path: &Path, reason: impl Into<String>) -> ModelError {
    ModelError::Load { path: path.to_path_buf(), reason: reason.into() }
}

impl Calibration {
    /// Reads a calibration file: `{"version": NAME, "pipeline": VERSION, "maps": {KIND: [[stated,
    /// calibrated], ...]}}`
    /// with KIND one of [`KINDS`], knots sorted by stated confidence (strictly increasing),
    /// calibrated confidences non-decreasing, all in [0, 1].
    pub fn load(path: &Path) -> Result<Calibration, ModelError> {
        let text = std::fs::read_to_string(path).map_err(|e| load_err(path, e.to_string()))?;
        Calibration::parse(&text).map_err(|reason| load_err(path, format!("bad calibration file: {reason}")))
    }

    /// Reads a calibration from its JSON text; the error says what is wrong with it.
    pub fn parse(text: &str) -> Result<Calibration, String> {
        let file: CalibrationFile = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if file.version.trim().is_empty() || file.version.contains(char::is_whitespace) {
            return Err(format!("version {:?} must be one word", file.version));
        }
        let mut c = Calibration { version: file.version, pipeline: file.pipeline, curves: Default::default() };
        for (kind, knots) in file.maps {
            let Some(i) = KINDS.iter().position(|k| *k == kind) else {
                return Err(format!("unknown kind of fact {kind:?} (known: {})", KINDS.join(", ")));
            };
            c.curves[i] = Some(curve(&kind, &knots)?);
        }
        Ok(c)
    }

    /// The pipeline version the maps were fitted for.
    pub fn pipeline(&self) -> &str {
        &self.pipeline
    }

    /// The calibration's own name, part of the calibrated pipeline's version.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Whether the maps were fitted for a pipeline of this version.
    pub fn applies_to(&self, version: &str) -> bool {
        self.pipeline == version
    }

    /// Maps the confidences of one analysed document.
    pub fn apply(&self, doc: &mut Document) {
        if let Some(c) = &self.curves[ENTITIES] {
            for e in &mut doc.entities {
                e.confidence = c.at(e.confidence);
            }
        }
        if let Some(c) = &self.curves[ROLES] {
            for p in &mut doc.facts.positions {
                p.evidence.confidence = c.at(p.evidence.confidence);
            }
        }
        if let Some(c) = &self.curves[RELATIONS] {
            for r in &mut doc.facts.relations {
                r.evidence.confidence = c.at(r.evidence.confidence);
            }
        }
        if let Some(c) = &self.curves[OUTAGES] {
            for o in &mut doc.facts.outages {
                o.evidence.confidence = c.at(o.evidence.confidence);
            }
        }
    }
}

fn curve(kind: &str, knots: &[[f32; 2]]) -> Result<Curve, String> {
    if knots.is_empty() {
        return Err(format!("{kind}: no knots"));
    }
    let mut out: Vec<(f32, f32)> = Vec::with_capacity(knots.len());
    for &[x, y] in knots {
        if !(0.0..=1.0).contains(&x) || !(0.0..=1.0).contains(&y) {
            return Err(format!("{kind}: knot [{x}, {y}] is outside [0, 1]"));
        }
        if let Some(&(px, py)) = out.last() {
            if x <= px {
                return Err(format!("{kind}: stated confidences must increase ({px} then {x})"));
            }
            if y < py {
                return Err(format!("{kind}: calibrated confidences must not decrease ({py} then {y})"));
            }
        }
        out.push((x, y));
    }
    Ok(Curve { knots: out })
}

/// The calibration file of a model folder.
pub fn file_in(model_dir: &Path) -> PathBuf {
    model_dir.join("calibration.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cal(maps: &str) -> Result<Calibration, String> {
        Calibration::parse(&format!(r#"{{"version": "c1", "pipeline": "p1", "maps": {maps}}}"#))
    }

    #[test]
    fn maps_are_piecewise_linear_and_flat_beyond_their_ends() {
        let c = cal(r#"{"roles": [[0.5, 0.3], [0.9, 0.7]]}"#).unwrap();
        let roles = c.curves[ROLES].as_ref().unwrap();
        assert!((roles.at(0.7) - 0.5).abs() < 1e-6);
        assert!((roles.at(0.1) - 0.3).abs() < 1e-6);
        assert!((roles.at(1.0) - 0.7).abs() < 1e-6);
        assert!((roles.at(f32::NAN) - 0.3).abs() < 1e-6);
        assert!(c.curves[ENTITIES].is_none());
    }

    #[test]
    fn bad_files_are_refused_with_the_reason() {
        assert!(cal(r#"{"roles": [[0.9, 0.3], [0.5, 0.7]]}"#).unwrap_err().contains("must increase"));
        assert!(cal(r#"{"roles": [[0.5, 0.7], [0.9, 0.3]]}"#).unwrap_err().contains("must not decrease"));
        assert!(cal(r#"{"roles": [[0.5, 1.5]]}"#).unwrap_err().contains("outside"));
        assert!(cal(r#"{"roles": []}"#).unwrap_err().contains("no knots"));
        assert!(cal(r#"{"people": [[0.5, 0.5]]}"#).unwrap_err().contains("unknown kind"));
        assert!(Calibration::parse("{").is_err());
        assert!(
            Calibration::parse(r#"{"version": "a b", "pipeline": "p", "maps": {}}"#).unwrap_err().contains("one word")
        );
    }

    #[test]
    fn it_applies_only_to_the_pipeline_it_was_fitted_for() {
        let c = cal(r#"{"entities": [[0.0, 0.0], [1.0, 0.8]]}"#).unwrap();
        assert!(c.applies_to("p1"));
        assert!(!c.applies_to("p2"));
    }
}
