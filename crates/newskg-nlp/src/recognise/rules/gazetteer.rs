//! The company gazetteer the rules may use: consumes a name list (one per line) or SEC
//! `company_tickers.json`, produces a set of lower-cased keys without legal suffixes.

use super::*;
use crate::lexicon::organisations::GAZETTEER_TRAILING;

/// Errors loading a gazetteer.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GazetteerError {
    #[error("{path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path}: not a name list or SEC company_tickers JSON: {reason}")]
    Parse { path: PathBuf, reason: String },
}

/// A list of company names, stored as lower-cased keys without legal suffixes
/// ("Alibaba Group Holding Ltd" is stored as "alibaba group holding").
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    names: HashSet<String>,
}

impl Gazetteer {
    /// Builds a gazetteer from names, one per item.
    pub fn from_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Gazetteer {
        let names = names
            .into_iter()
            .map(gazetteer_key)
            .filter(|k| k.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .collect();
        Gazetteer { names }
    }

    /// Parses a list with one name per line (blank lines and `#` comments skipped).
    pub fn from_lines(text: &str) -> Gazetteer {
        Gazetteer::from_names(text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')))
    }

    /// Parses the SEC `company_tickers.json` format: an object of `{"title": ...}` records.
    pub fn from_sec_json(text: &str) -> Result<Gazetteer, String> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let records: Vec<&serde_json::Value> = match &value {
            serde_json::Value::Object(map) => map.values().collect(),
            serde_json::Value::Array(items) => items.iter().collect(),
            _ => return Err("expected an object or array of records".to_string()),
        };
        let titles: Vec<&str> = records.iter().filter_map(|r| r.get("title").and_then(|t| t.as_str())).collect();
        if titles.is_empty() && !records.is_empty() {
            return Err("no record has a \"title\"".to_string());
        }
        Ok(Gazetteer::from_names(titles))
    }

    /// Loads a gazetteer file: SEC JSON when it starts with `{` or `[`, else one name per line.
    pub fn load(path: &Path) -> Result<Gazetteer, GazetteerError> {
        let text = std::fs::read_to_string(path)
            .map_err(|source| GazetteerError::Read { path: path.to_path_buf(), source })?;
        if text.trim_start().starts_with(['{', '[']) {
            Gazetteer::from_sec_json(&text).map_err(|reason| GazetteerError::Parse { path: path.to_path_buf(), reason })
        } else {
            Ok(Gazetteer::from_lines(&text))
        }
    }

    /// Whether a name (any case, with or without legal suffix) is in the list.
    pub fn contains(&self, name: &str) -> bool {
        self.names.contains(&gazetteer_key(name))
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// Lower-cased name with punctuation spaced out, "/DE/"-style filing tags and trailing legal
/// suffixes (and a trailing "com", as in "AMAZON COM INC") removed.
pub(super) fn gazetteer_key(name: &str) -> String {
    let lower = name.to_lowercase();
    let mut words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !(w.is_empty() || (w.len() > 1 && w.starts_with('/') && w.ends_with('/'))))
        .collect();
    while words.len() > 1 {
        let last = words.last().map_or("", |w| w.trim_matches('.'));
        if is_in(LEGAL_SUFFIXES, last) || is_in(GAZETTEER_TRAILING, last) {
            words.pop();
        } else {
            break;
        }
    }
    words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
