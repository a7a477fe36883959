//! Learned time assignment for outages: consumes an analysed [`Document`] (the rules' outages
//! found, their provider chosen), ranks every time expression of the article as the outage's
//! date, and replaces the rules' start when the model prefers another time by a margin.
//!
//! The rules (`relate/outages.rs`) date an incident by the time expressions of its trigger
//! sentences, then fall back on the lead's event, the publication day or the day of the report.
//! On news that takes the wrong mention where a sentence holds several (the day a regulator fined
//! a company rather than the day its network failed), a date the article gives elsewhere, or the
//! publication day for an incident the article dates further down. Here each (outage, time
//! expression) pair gets one fixed vector of [`FEATURES`] numbers ([`features`]): whether the
//! rules chose it, where it stands from the outage's evidence and from the nearest outage word
//! (sentences, words), the word before it ("on", "in", "since"/"from", "until"/"by"), a reporting
//! verb before it ("said on Friday"), its precision, its distance before publication and whether
//! it is the publication day, whether it is in the lead, its order in the article and how often
//! the article names it. A logistic regression (`models/outage_times.onnx`, card
//! `models/OUTAGES.md`, trained by `train/outage_times_train.py` on exactly these vectors, which
//! `newskg extract --output outage-time-features` writes) gives each candidate the probability of
//! being the outage's date; [`OutageTimes::assign`] takes the most probable one when it beats the
//! rules' choice by `margin` of `models/outage_times.json` (an outage the rules left undated
//! counts its rules' probability as `none_p`).

use std::path::Path;

use chrono::NaiveDate;

use crate::lexicon::facts::{DIRECTIVE_VERBS, ENFORCEMENT_VERBS};
use crate::lexicon::facts::{END_CUES, END_CUES_ADJACENT, HYPOTHETICAL, START_CUES, STRONG};
use crate::lexicon::grammar::{IN, ON};
use crate::lexicon::time::REPORTING_VERBS;
use crate::lexicon::words::is_in;
use crate::recognise::ModelError;
use crate::recognise::linear::{LinearModel, Spec};
use crate::words::Words;
use newskg_doc::{Document, TimeValue};

/// Length of a feature vector.
pub const FEATURES: usize = 23;

/// The model's files and shape (see [`crate::recognise::linear`]).
static SPEC: Spec = Spec {
    stem: "outage_times",
    what: "outage time model",
    output: "probability",
    width: 1,
    features: FEATURES,
    fix: FIX_MODEL,
};

const FIX_MODEL: &str = "the outage time model ships in the project's models/ folder (outage_times.onnx, \
                         outage_times.json): restore it (git checkout -- models), point --models / NEWSKG_MODELS at \
                         a folder with them, or use --outage-times rules";

/// The first day a time value covers.
pub fn first_day(v: &TimeValue) -> Option<NaiveDate> {
    match *v {
        TimeValue::Year(y) => NaiveDate::from_ymd_opt(y, 1, 1),
        TimeValue::YearMonth { year, month } => NaiveDate::from_ymd_opt(year, month, 1),
        TimeValue::Quarter { year, quarter } => NaiveDate::from_ymd_opt(year, quarter.saturating_sub(1) * 3 + 1, 1),
        TimeValue::Date(d) | TimeValue::DateTime { date: d, .. } => Some(d),
    }
}

/// Whether two values name the same time at the precision of the coarser one (days at most).
pub fn same_time(a: &TimeValue, b: &TimeValue) -> bool {
    let (la, lb) = (a.lexical(), b.lexical());
    let n = la.len().min(lb.len()).min(10);
    la.get(..n) == lb.get(..n)
}

/// The article's time expressions that may date an outage (indices into `doc.times`): every one
/// not after the publication day.
pub fn candidates(doc: &Document) -> Vec<usize> {
    let published = doc.article.published.as_ref().map(|p| p.date);
    (0..doc.times.len())
        .filter(|&k| {
            let Some(day) = first_day(&doc.times[k].value) else { return false };
            published.is_none_or(|p| day <= p)
        })
        .collect()
}

/// Words `[first, last)` of time expression `k`, and its sentence.
fn time_words(doc: &Document, words: &Words<'_>, k: usize) -> Option<(usize, usize, usize)> {
    let t = doc.times.get(k)?;
    let span = doc.span(t.start, t.end)?;
    let (first, last) = words.range_of(span);
    let sent = words.get(first)?.sent;
    (last > first).then_some((first, last, sent))
}

/// The feature vectors of outage `o` of the document, one per candidate of `cands` (see the
/// module doc); `train/outage_times_train.py` trains on exactly these vectors.
///
/// 0: the rules' start agrees with it; 1: inside the outage's evidence; 2: an outage word in its
/// sentence; 3: nearness to the nearest outage word there (1 / (1 + words)); 4: nearness in
/// sentences to the evidence (1 / (1 + sentences)); 5: before the evidence; 6: in the lead
/// sentence; 7: the publication day; 8: how long before publication (log days / 8, at most 1);
/// 9–11: precision (year or quarter, month, day); 12: a clock time; 13: a reporting verb within
/// three words before it ("said on Friday"); 14: "on" right before; 15: "in" right before; 16: a
/// start cue within three words before ("since", "began"); 17: an end cue within three words
/// before ("until", "restored by"); 18: its order among the candidates (0 first, 1 last); 19: how
/// many candidates name the same time (log); 20: a hypothetical word in its sentence; 21: an
/// enforcement or directive verb within three words either side ("on Thursday fined", "ordered
/// ... on Tuesday"): the day of an authority's action; 22: an outage word within five words before
/// it ("an outage on March 4", "the outage began on").
pub fn features(doc: &Document, o: usize, cands: &[usize]) -> Vec<Vec<f32>> {
    CandidateFeatures::new(doc, cands).for_outage(doc, o)
}

/// What [`features`] needs of the candidates that does not depend on the outage, computed once per
/// article in one pass over its words (a sentence's words are grouped once; how many candidates
/// name the same time is counted with prefix tables), so that an article with many outages and
/// many time expressions costs linear time, not outages × candidates × words.
#[derive(Debug)]
pub struct CandidateFeatures {
    /// Per candidate: the vector with every outage-independent feature set, and its sentence.
    base: Vec<(Vec<f32>, Option<usize>)>,
    cands: Vec<usize>,
    /// Per word, in text order: where it starts and its sentence (an outage's sentence is looked
    /// up here instead of building the article's words again for every outage).
    word_sents: Vec<(usize, usize)>,
}

impl CandidateFeatures {
    /// The outage-independent features of candidates `cands` of `doc`.
    pub fn new(doc: &Document, cands: &[usize]) -> CandidateFeatures {
        let words = Words::new(doc);
        let mut by_sent: std::collections::HashMap<usize, Vec<usize>> = std::collections::HashMap::new();
        for i in 0..words.len() {
            if let Some(w) = words.get(i) {
                by_sent.entry(w.sent).or_default().push(i);
            }
        }
        let empty: Vec<usize> = Vec::new();
        let keys: Vec<String> = cands.iter().map(|&k| same_key(&doc.times[k].value)).collect();
        let mut exact: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        let mut longer: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for key in &keys {
            *exact.entry(key.as_str()).or_default() += 1;
            for m in 0..key.len() {
                *longer.entry(&key[..m]).or_default() += 1;
            }
        }
        let published = doc.article.published.as_ref().map(|p| p.date);
        let n = cands.len().max(1);
        let base = cands
            .iter()
            .enumerate()
            .map(|(order, &k)| {
                let mut f = vec![0.0f32; FEATURES];
                let t = &doc.times[k];
                let mut sent_of = None;
                if let Some((first, last, sent)) = time_words(doc, &words, k) {
                    sent_of = Some(sent);
                    let in_sent = by_sent.get(&sent).unwrap_or(&empty);
                    let near = in_sent
                        .iter()
                        .filter(|&&i| STRONG.contains(&words.lower(i)))
                        .map(|&i| if i < first { first - i } else { i.saturating_sub(last) + 1 })
                        .min();
                    f[2] = f32::from(near.is_some());
                    f[3] = near.map_or(0.0, |d| 1.0 / (1.0 + d as f32));
                    f[6] = f32::from(sent == 0);
                    let before =
                        |d: usize| first.checked_sub(d).filter(|&i| words.get(i).is_some_and(|w| w.sent == sent));
                    let back3 = || (1..=3).filter_map(before);
                    f[13] = f32::from(back3().any(|i| is_in(REPORTING_VERBS, words.lower(i))));
                    f[14] = f32::from(before(1).is_some_and(|i| words.lower(i) == ON));
                    f[15] = f32::from(before(1).is_some_and(|i| words.lower(i) == IN));
                    f[16] = f32::from(back3().any(|i| is_in(START_CUES, words.lower(i))));
                    f[17] = f32::from(back3().any(|i| {
                        let w = words.lower(i);
                        is_in(END_CUES, w) || i + 1 == first && is_in(END_CUES_ADJACENT, w)
                    }));
                    f[20] = f32::from(in_sent.iter().any(|&i| is_in(HYPOTHETICAL, words.lower(i))));
                    let after = |d: usize| Some(last - 1 + d).filter(|&i| words.get(i).is_some_and(|w| w.sent == sent));
                    let action =
                        |i: usize| is_in(ENFORCEMENT_VERBS, words.lower(i)) || is_in(DIRECTIVE_VERBS, words.lower(i));
                    f[21] = f32::from(back3().chain((1..=3).filter_map(after)).any(action));
                    f[22] = f32::from((1..=5).filter_map(before).any(|i| STRONG.contains(&words.lower(i))));
                }
                if let (Some(p), Some(day)) = (published, first_day(&t.value)) {
                    let before = (p - day).num_days();
                    f[7] = f32::from(t.value.date() == Some(p));
                    f[8] = ((1.0 + before.max(0) as f32).ln() / 8.0).min(1.0);
                }
                match t.value {
                    TimeValue::Year(_) | TimeValue::Quarter { .. } => f[9] = 1.0,
                    TimeValue::YearMonth { .. } => f[10] = 1.0,
                    TimeValue::Date(_) => f[11] = 1.0,
                    TimeValue::DateTime { .. } => {
                        f[11] = 1.0;
                        f[12] = 1.0;
                    }
                }
                f[18] = if n > 1 { order as f32 / (n - 1) as f32 } else { 0.0 };
                // candidates naming the same time ([`same_time`]): those whose key is a prefix of
                // this one's (itself included) and those that extend it
                let key = keys[order].as_str();
                let same = (0..=key.len()).map(|m| exact.get(&key[..m]).copied().unwrap_or(0)).sum::<usize>()
                    + longer.get(key).copied().unwrap_or(0);
                f[19] = (same as f32).ln();
                (f, sent_of)
            })
            .collect();
        let word_sents = words.words.iter().map(|w| (w.span.start(), w.sent)).collect();
        CandidateFeatures { base, cands: cands.to_vec(), word_sents }
    }

    /// The feature vectors of outage `o` of `doc` (see [`features`]), one per candidate.
    pub fn for_outage(&self, doc: &Document, o: usize) -> Vec<Vec<f32>> {
        let Some(outage) = doc.facts.outages.get(o) else { return Vec::new() };
        let ev = outage.evidence.span;
        // the sentence of the evidence's first word, as `Words::range_of` finds it
        let ev_first = self.word_sents.partition_point(|&(start, _)| start < ev.start());
        let ev_sent = self.word_sents.get(ev_first).map_or(0, |&(_, sent)| sent);
        self.cands
            .iter()
            .zip(&self.base)
            .map(|(&k, (base, sent))| {
                let mut f = base.clone();
                let t = &doc.times[k];
                f[0] = f32::from(outage.start.as_ref().is_some_and(|s| same_time(s, &t.value)));
                f[1] = f32::from(t.start >= ev.start() && t.end <= ev.end());
                if let Some(sent) = *sent {
                    f[4] = 1.0 / (1.0 + sent.abs_diff(ev_sent) as f32);
                    f[5] = f32::from(sent < ev_sent);
                }
                f
            })
            .collect()
    }
}

/// The part of a value's lexical form that [`same_time`] compares (days at most; the lexical
/// form is ASCII, so every prefix is a string boundary).
fn same_key(v: &TimeValue) -> String {
    let mut l = v.lexical();
    l.truncate(10);
    l
}

/// At most this many days from a start the model chose to the rules' end it keeps.
pub const MAX_END_GAP_DAYS: i64 = 3;

#[derive(serde::Deserialize)]
struct TimesFile {
    version: String,
    features: usize,
    /// The best candidate replaces the rules' start when its probability beats theirs by this.
    margin: f32,
    /// The rules' probability for an outage they left undated, or dated by no candidate.
    none_p: f32,
}

/// The loaded outage time model.
pub struct OutageTimes {
    model: LinearModel,
    margin: f32,
    none_p: f32,
    version: String,
}

impl std::fmt::Debug for OutageTimes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OutageTimes").field("version", &self.version).finish_non_exhaustive()
    }
}

/// Which candidate (index into `cands`) replaces the rules' start, given each candidate's
/// probability and whether the rules' start agrees with it: the most probable candidate, when it
/// is not the rules' and beats the rules' best by `margin` (`none_p` when no candidate is the
/// rules').
pub fn decide(probs: &[f32], rules: &[bool], margin: f32, none_p: f32) -> Option<usize> {
    let (best, &p_best) = probs.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1))?;
    if rules.get(best).copied().unwrap_or(false) {
        return None;
    }
    let p_rules = probs
        .iter()
        .zip(rules)
        .filter(|(_, r)| **r)
        .map(|(p, _)| *p)
        .fold(None, |m: Option<f32>, p| Some(m.map_or(p, |m| m.max(p))));
    (p_best >= p_rules.unwrap_or(none_p) + margin).then_some(best)
}

impl OutageTimes {
    /// Loads `outage_times.onnx` and `outage_times.json` from `dir`, ONNX Runtime from `ort_lib`.
    pub fn load(dir: &Path, ort_lib: &Path) -> Result<OutageTimes, ModelError> {
        let (model, meta) = LinearModel::load(dir, ort_lib, &SPEC, |m: &TimesFile| m.features)?;
        Ok(OutageTimes { model, margin: meta.margin, none_p: meta.none_p, version: meta.version })
    }

    /// The model's version string (from outage_times.json).
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The probability of being the outage's date, for each feature vector.
    pub fn probabilities(&self, feats: &[Vec<f32>]) -> Result<Vec<f32>, ModelError> {
        if feats.is_empty() {
            return Ok(Vec::new());
        }
        self.model.run(feats)
    }

    /// Replaces the start of each outage where the model prefers another time of the article
    /// (see [`decide`]), never to a time another outage of the article starts at (the rules told
    /// them apart); an end before the new start, or more than [`MAX_END_GAP_DAYS`] after
    /// it, goes. Returns how
    /// many starts changed.
    pub fn assign(&self, doc: &mut Document) -> Result<usize, ModelError> {
        let cands = candidates(doc);
        if cands.is_empty() {
            return Ok(0);
        }
        let mut changed = 0;
        let prepared = CandidateFeatures::new(doc, &cands);
        for o in 0..doc.facts.outages.len() {
            let feats = prepared.for_outage(doc, o);
            let mut probs = self.probabilities(&feats)?;
            let rules: Vec<bool> = feats.iter().map(|f| f[0] > 0.5).collect();
            // a time another outage of the article starts at is that incident's, not this one's
            let others: Vec<TimeValue> =
                doc.facts.outages.iter().enumerate().filter(|&(x, _)| x != o).filter_map(|(_, x)| x.start).collect();
            for (p, &k) in probs.iter_mut().zip(&cands) {
                if others.iter().any(|s| same_time(s, &doc.times[k].value)) {
                    *p = 0.0;
                }
            }
            let Some(best) = decide(&probs, &rules, self.margin, self.none_p) else { continue };
            let value = doc.times[cands[best]].value;
            let outage = &mut doc.facts.outages[o];
            outage.start = Some(value);
            // an end that cannot close an outage starting then goes
            let gap = |e: &TimeValue| Some((first_day(e)? - first_day(&value)?).num_days());
            if outage.end.as_ref().is_some_and(|e| gap(e).is_none_or(|g| !(0..=MAX_END_GAP_DAYS).contains(&g))) {
                outage.end = None;
            }
            changed += 1;
        }
        Ok(changed)
    }
}

#[cfg(test)]
#[path = "outage_times_tests.rs"]
mod tests;
