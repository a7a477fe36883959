//! Learned outage detection: consumes an analysed [`Document`] (the rules' outages found, their
//! provider chosen), produces for each outage the probability that it reports an incident that
//! happened, at the date given, and drops those below the model's threshold.
//!
//! The rules (`relate/outages.rs`) find an outage wherever an outage word stands in a sentence
//! that no hand-written exception rules out, so texts *about* outages yield incidents too: a
//! regulator's consultation on outage rules, planned maintenance, a company's plan to prevent
//! failures, a record of reliability, a crash that is no systems failure. And an incident whose
//! date the text does not give in its sentences takes a fallback date (the publication day, the
//! lead's event). Here each outage gets one fixed vector of [`FEATURES`] numbers ([`features`]):
//! how its start was found (stated in its evidence or not, its precision, its distance before
//! publication, on the publication day or after it), whether it has a provider, hypothetical and
//! policy words in the evidence and the title, an outage word in the title, how much of the
//! article is about outages, where the evidence stands, how many outages the article has and
//! whether an earlier one had the same provider. A logistic regression
//! (`models/outage_detect.onnx`, card `models/OUTAGES.md`, trained by
//! `train/outage_detect_train.py` on exactly these vectors, which `newskg extract --output
//! outage-detection-features` writes) gives the probability; [`OutageDetector::filter`] keeps the
//! outages at or above `threshold` of `models/outage_detect.json`.

use std::path::Path;

use crate::lexicon::facts::{HYPOTHETICAL, POLICY_CUES, STRONG};
use crate::lexicon::time::WEEKDAYS;
use crate::lexicon::words::is_in;
use crate::outage_times::{first_day, same_time};
use crate::recognise::ModelError;
use crate::recognise::linear::{LinearModel, Spec};
use crate::rulebook::{Rule, RuleSet};
use crate::words::Words;
use newskg_doc::{Document, TimeValue};

/// Length of a feature vector.
pub const FEATURES: usize = 17;

/// The model's files and shape (see [`crate::recognise::linear`]).
static SPEC: Spec = Spec {
    stem: "outage_detect",
    what: "outage detection model",
    output: "probability",
    width: 1,
    features: FEATURES,
    fix: FIX_MODEL,
};

const FIX_MODEL: &str = "the outage detection model ships in the project's models/ folder (outage_detect.onnx, \
                         outage_detect.json): restore it (git checkout -- models), point --models / NEWSKG_MODELS at \
                         a folder with them, or use --outage-detection rules";

/// Lower-cased words of a title.
fn title_words(doc: &Document) -> Vec<String> {
    doc.article
        .title
        .as_deref()
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The feature vector of outage `o` of the document (see the module doc);
/// `train/outage_detect_train.py` trains on exactly these vectors.
///
/// 0: a start; 1: the start stated in the evidence; 2: the start on the publication day; 3: after
/// it; 4: how long before it (log days / 8, at most 1); 5–7: the start's precision (year or
/// quarter, month, day); 8: a provider; 9: a hypothetical word in the evidence; 10: a policy word
/// there; 11: a policy word in the title; 12: an outage word in the title; 13: the share of the
/// article's sentences with an outage word; 14: where the evidence starts (sentence / sentences);
/// 15: the number of outages of the article (log); 16: an earlier outage of the article has the
/// same provider.
pub fn features(doc: &Document, o: usize) -> Vec<f32> {
    let mut f = vec![0.0f32; FEATURES];
    let Some(outage) = doc.facts.outages.get(o) else { return f };
    let words = Words::new(doc);
    let ev = outage.evidence.span;
    let (ev_first, ev_last) = words.range_of(ev);
    let ev_words = || (ev_first..ev_last).map(|i| words.lower(i));
    let published = doc.article.published.as_ref().map(|p| p.date);
    if let Some(start) = &outage.start {
        f[0] = 1.0;
        f[1] = f32::from(
            doc.times.iter().any(|t| t.start >= ev.start() && t.end <= ev.end() && same_time(&t.value, start)),
        );
        match start {
            TimeValue::Year(_) | TimeValue::Quarter { .. } => f[5] = 1.0,
            TimeValue::YearMonth { .. } => f[6] = 1.0,
            _ => f[7] = 1.0,
        }
        if let (Some(p), Some(day)) = (published, first_day(start)) {
            let before = (p - day).num_days();
            f[2] = f32::from(start.date() == Some(p));
            f[3] = f32::from(before < 0 && start.date().is_some());
            f[4] = ((1.0 + before.max(0) as f32).ln() / 8.0).min(1.0);
        }
    }
    f[8] = f32::from(outage.provider.is_some());
    f[9] = f32::from(ev_words().any(|w| is_in(HYPOTHETICAL, w)));
    f[10] = f32::from(ev_words().any(|w| is_in(POLICY_CUES, w)));
    let title = title_words(doc);
    f[11] = f32::from(title.iter().any(|w| is_in(POLICY_CUES, w)));
    f[12] = f32::from(title.iter().any(|w| STRONG.contains(&w.as_str())));
    let n_sent = doc.sentences.len().max(1);
    let mut with_trigger = vec![false; n_sent];
    for w in &words.words {
        if w.sent < n_sent && STRONG.contains(&w.lower.as_str()) {
            with_trigger[w.sent] = true;
        }
    }
    f[13] = with_trigger.iter().filter(|&&t| t).count() as f32 / n_sent as f32;
    let first_sent = words.get(ev_first).map_or(0, |w| w.sent.min(n_sent));
    f[14] = first_sent as f32 / n_sent as f32;
    f[15] = (1.0 + doc.facts.outages.len() as f32).ln();
    f[16] =
        f32::from(outage.provider.is_some() && doc.facts.outages[..o].iter().any(|x| x.provider == outage.provider));
    f
}

/// Whether outage `o`'s evidence is nothing but a date (a weekday name allowed before it): the
/// first cell of a table's row ("Sunday 23/04/2023 08:00").
fn dated_cell_evidence(doc: &Document, words: &Words<'_>, o: usize) -> bool {
    let Some(outage) = doc.facts.outages.get(o) else { return false };
    let ev = outage.evidence.span;
    let (first, last) = words.range_of(ev);
    let in_time = |i: usize| {
        words.get(i).is_some_and(|w| {
            WEEKDAYS.iter().any(|(d, _)| *d == w.lower)
                || doc.times.iter().any(|t| t.start <= w.span.start() && w.span.end() <= t.end)
        })
    };
    last > first && (first..last).all(in_time)
}

/// Whether outage `o`'s evidence sentence holds the start of one of a roundup's place headings
/// (`heads`, [`crate::relate::roundup_heads`]).
fn heading_evidence(doc: &Document, heads: &[(usize, usize)], o: usize) -> bool {
    let Some(outage) = doc.facts.outages.get(o) else { return false };
    let ev = outage.evidence.span;
    heads.iter().any(|&(hf, _)| ev.start() <= hf && hf < ev.end())
}

#[derive(serde::Deserialize)]
struct DetectFile {
    version: String,
    features: usize,
    /// An outage stays when its probability is at least this.
    threshold: f32,
}

/// The loaded outage detection model.
pub struct OutageDetector {
    model: LinearModel,
    threshold: f32,
    version: String,
}

impl std::fmt::Debug for OutageDetector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OutageDetector").field("version", &self.version).finish_non_exhaustive()
    }
}

impl OutageDetector {
    /// Loads `outage_detect.onnx` and `outage_detect.json` from `dir`, ONNX Runtime from `ort_lib`.
    pub fn load(dir: &Path, ort_lib: &Path) -> Result<OutageDetector, ModelError> {
        let (model, meta) = LinearModel::load(dir, ort_lib, &SPEC, |m: &DetectFile| m.features)?;
        Ok(OutageDetector { model, threshold: meta.threshold, version: meta.version })
    }

    /// The model's version string (from outage_detect.json).
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The keep threshold (from outage_detect.json).
    pub fn threshold(&self) -> f32 {
        self.threshold
    }

    /// The probability of reporting a real incident at its date, for each feature vector.
    pub fn probabilities(&self, feats: &[Vec<f32>]) -> Result<Vec<f32>, ModelError> {
        self.model.run(feats)
    }

    /// Drops the outages whose probability is below the threshold; a kept outage's confidence is
    /// multiplied by its probability. Returns how many were dropped.
    pub fn filter(&self, doc: &mut Document) -> Result<usize, ModelError> {
        self.filter_with(doc, RuleSet::ALL)
    }

    /// [`OutageDetector::filter`] with rules switched off: with `outages-table-rows` on, an outage
    /// whose evidence is a table row's dated cell (a record, not a story) is kept whatever its
    /// probability; with `outages-place-sections` on, so is one whose evidence opens a roundup's
    /// place-headed paragraph (a place's report).
    pub fn filter_with(&self, doc: &mut Document, rules: RuleSet) -> Result<usize, ModelError> {
        // the words are segmented once for all the outages, and only when the rule is on
        let words = rules.on(Rule::TableRows).then(|| Words::new(doc));
        // with `outages-place-sections` on, an outage told in a roundup's place heading's sentence
        // ("Zeta Falls - Power is out at the lodge.") is that place's report, kept as a record is
        let heads = if rules.on(Rule::PlaceSections) { crate::relate::roundup_heads(&doc.text) } else { Vec::new() };
        let records: Vec<bool> = (0..doc.facts.outages.len())
            .map(|o| words.as_ref().is_some_and(|w| dated_cell_evidence(doc, w, o)) || heading_evidence(doc, &heads, o))
            .collect();
        let feats: Vec<Vec<f32>> = (0..doc.facts.outages.len()).map(|o| features(doc, o)).collect();
        let probs = self.probabilities(&feats)?;
        let before = doc.facts.outages.len();
        let mut k = 0;
        doc.facts.outages.retain_mut(|o| {
            let p = probs.get(k).copied().unwrap_or(1.0);
            let record = records.get(k).copied().unwrap_or(false);
            k += 1;
            o.evidence.confidence *= p;
            p >= self.threshold || record
        });
        Ok(before - doc.facts.outages.len())
    }
}

#[cfg(test)]
#[path = "outage_detect_tests.rs"]
mod tests;
