//! Rule-based recognition: consumes a segmented [`Document`] and the model's raw mentions,
//! produces the final mentions with their kinds.
//!
//! What the rules do:
//! - **Candidates.** The model's mentions (when a model ran), trimmed to their capitalised core
//!   ("Bing search engine" → "Bing"; all-lower-case spans and lone generic words such as "IT" or
//!   "Payments" dropped), plus rule candidates: runs of capitalised words (joined across "&",
//!   across "of"/"for" after an organisation word as in "Authority of X", across "and" before one
//!   as in "Securities and Investments Commission", and across an abbreviation's full stop as in
//!   "U.S. East"). With a model, a run that opens a sentence needs a strong cue (legal suffix,
//!   organisation word, service head word, gazetteer entry); where a run overlaps model mentions
//!   the model wins, unless the run covers them and adds a suffix or head word or joins two of
//!   them ("Acme" + "Pay" → "Acme Pay", "Park" + "Min-jae" → "Park Min-jae"). Always: cloud region
//!   codes ("us-east-1"), facility codes next to a place noun ("FRA-3 facility"), zones ("Zone
//!   B"), a dateline place ("HANGZHOU, 11 September —"), web domains, and lower-case cloud service
//!   phrases in outage sentences ("cloud API", "elastic compute service").
//! - **Clean-up.** A possessive "'s" and suffixes such as "-based" or "-owned" are cut off; a
//!   capitalised sentence-initial word alone is kept only when the same word is capitalised
//!   elsewhere not at a sentence start (so "Users" or "Airlines" opening a sentence are not names).
//! - **Kinds.** Every occurrence of a surface form votes, and all its occurrences take the
//!   winning kind: cues inside the name (legal suffix → Company, "Authority"/"Ministry"/... →
//!   Organization, "App"/"Console"/"Actions" → Service, region code or known place → Location),
//!   cues around it ("the messaging app X", "X, Acme's search engine" → Service; "payments
//!   company X" → Company; "chief executive X", "X, Acme's chief executive", "X, who" → Person;
//!   "its X region", "X-based", "a data centre in X" → Location), and the model's own label
//!   (weighted by its confidence). Members of a list ("A, B and C") with no cue of their own take
//!   the kind of a member the rules typed clearly as a service or person; a single word that opens
//!   a longer organisation's name is that organisation's short name, not a person.
//!
//! An optional [`Gazetteer`] of company names (one per line, or the SEC `company_tickers.json`
//! format) marks matching names as companies; pass it with [`Rules::new`].

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::doc::{Document, EntityKind, Mention, MentionSource, Span};
use crate::recognise::RawMention;
use crate::relate::cues::{
    self, BREAK_WORDS, COMPANY_NOUNS, COMPANY_SUFFIXES, DEMONYMS, LEGAL_SUFFIXES, ORG_CUES, ORG_NOUNS, PLACE_MODIFIERS,
    PLACES, SERVICE_HEADS, SERVICE_NOUNS, is_in,
};
use crate::relate::text::Words;

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
fn gazetteer_key(name: &str) -> String {
    let lower = name.to_lowercase();
    let mut words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !(w.is_empty() || (w.len() > 1 && w.starts_with('/') && w.ends_with('/'))))
        .collect();
    while words.len() > 1 {
        let last = words.last().map_or("", |w| w.trim_matches('.'));
        if is_in(LEGAL_SUFFIXES, last) || last == "com" || last == "the" {
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

/// The recognition rules, with their optional resources.
#[derive(Debug, Clone, Copy)]
pub struct Rules<'g> {
    gazetteer: Option<&'g Gazetteer>,
    mode: RuleMode,
}

/// How much the rules do on top of a recogniser; the lighter modes measure a recogniser alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RuleMode {
    /// Rules trim and type the recogniser's mentions and add their own (the shipped set-up).
    #[default]
    Full,
    /// Rules trim and type the recogniser's mentions but add none.
    TypingOnly,
    /// No rules: the recogniser's spans and labels as they are (an unspecified ORG counts as
    /// Company).
    Off,
}

/// Combines model mentions with rule mentions and decides each mention's kind (no gazetteer).
pub fn combine(doc: &Document, raw: &[RawMention], have_model: bool) -> Vec<Mention> {
    Rules::new(None).combine(doc, raw, have_model)
}

/// The recogniser's mentions as they are, without overlaps or blank spans.
fn bare(doc: &Document, raw: &[RawMention]) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(raw.len());
    let mut sorted: Vec<&RawMention> = raw.iter().collect();
    sorted.sort_by_key(|r| (r.span.start(), std::cmp::Reverse(r.span.end())));
    for r in sorted {
        let blank = !doc.slice(r.span).chars().any(char::is_alphanumeric);
        if blank || out.last().is_some_and(|m| m.span.overlaps(r.span)) {
            continue;
        }
        out.push(Mention {
            span: r.span,
            kind: r.kind,
            confidence: r.confidence.clamp(0.0, 1.0),
            source: MentionSource::Model,
        });
    }
    out
}

/// A candidate mention before its kind is decided.
#[derive(Debug, Clone)]
struct Cand {
    span: Span,
    /// Word indices `[first, last)`.
    first: usize,
    last: usize,
    votes: [f32; 5],
    source: MentionSource,
    model_conf: Option<f32>,
    /// A rule that must win over the model when spans overlap (codes, datelines).
    strong: bool,
}

fn kind_idx(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Company => 0,
        EntityKind::Organization => 1,
        EntityKind::Person => 2,
        EntityKind::Service => 3,
        EntityKind::Location => 4,
    }
}

/// The vote a model COMPANY or ORGANIZATION label gives its kind: below the other labels' 4.0,
/// because the rules' cues still weigh in on companies, organisations and services.
const MODEL_ORG_PRIOR: f32 = 1.8;

const COMPANY: usize = 0;
const ORG: usize = 1;
const PERSON: usize = 2;
const SERVICE: usize = 3;
const PLACE: usize = 4;

/// Suffixes cut from a hyphenated capitalised word, with the kind they suggest for the name.
const HYPHEN_SUFFIXES: &[(&str, usize)] = &[
    ("-based", PLACE),
    ("-headquartered", PLACE),
    ("-born", PLACE),
    ("-owned", COMPANY),
    ("-backed", COMPANY),
    ("-listed", COMPANY),
    ("-controlled", COMPANY),
    ("-run", COMPANY),
    ("-operated", COMPANY),
    ("-led", COMPANY),
    ("-made", COMPANY),
    ("-funded", COMPANY),
];

/// Words right before a name that make it a person's name.
const PERSON_BEFORE: &[&str] = &[
    "co-founders",
    "founders",
    "cofounders",
    "named",
    "appointed",
    "hired",
    "promoted",
    "ceo",
    "cfo",
    "cto",
    "coo",
    "cio",
    "chairman",
    "chairwoman",
    "chair",
    "executive",
    "founder",
    "co-founder",
    "cofounder",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "president",
    "vice-president",
    "director",
    "analyst",
    "officer",
    "minister",
    "governor",
    "successor",
    "predecessor",
    "succeeded",
    "succeeding",
    "replaced",
    "replacing",
    "mr",
    "mrs",
    "ms",
    "dr",
    "head",
    "secretary",
    "chancellor",
    "manager",
    "engineer",
    "researcher",
    "professor",
    "economist",
    "partner",
    "boss",
    "chief",
];

/// Title words that, after a name and a comma, make the name a person ("X, Acme's chief executive").
const TITLE_WORDS: &[&str] = &[
    "treasurer",
    "mayor",
    "senator",
    "commissioner",
    "premier",
    "successor",
    "predecessor",
    "ceo",
    "cfo",
    "cto",
    "coo",
    "cio",
    "chairman",
    "chairwoman",
    "chair",
    "executive",
    "founder",
    "co-founder",
    "cofounder",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "president",
    "vice-president",
    "director",
    "analyst",
    "officer",
    "minister",
    "governor",
    "head",
    "secretary",
    "manager",
    "engineer",
    "professor",
    "economist",
    "researcher",
    "boss",
];

/// Nouns right after a name that make it a service ("X search engine", "X users").
const SERVICE_AFTER: &[&str] = &[
    "suite",
    "product",
    "app",
    "platform",
    "website",
    "site",
    "service",
    "tool",
    "software",
    "system",
    "chatbot",
    "marketplace",
    "wallet",
    "e-wallet",
    "browser",
    "assistant",
    "engine",
    "sensor",
    "account",
    "dashboard",
    "console",
    "api",
    "doorbells",
    "doorbell",
    "speakers",
    "speaker",
    "cards",
    "card",
    "viewers",
    "users",
    "subscribers",
    "players",
    "feed",
    "messenger",
    "streaming",
];

/// Words that end the backward scan over a noun phrase before a name.
const NP_STOP: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "by",
    "with",
    "and",
    "or",
    "as",
    "from",
    "said",
    "says",
    "is",
    "was",
    "are",
    "were",
    "has",
    "had",
    "have",
    "be",
    "been",
    "that",
    "which",
    "who",
    "including",
    "like",
    "such",
    "than",
    "into",
];

impl<'g> Rules<'g> {
    /// Rules using an optional company gazetteer.
    pub fn new(gazetteer: Option<&'g Gazetteer>) -> Rules<'g> {
        Rules { gazetteer, mode: RuleMode::Full }
    }

    /// The same rules in another mode.
    pub fn with_mode(self, mode: RuleMode) -> Rules<'g> {
        Rules { mode, ..self }
    }

    /// The same rules, but adding no mentions of their own: they only trim the recogniser's
    /// mentions and decide their kinds.
    pub fn typing_only(self) -> Rules<'g> {
        self.with_mode(RuleMode::TypingOnly)
    }

    /// Combines model mentions with rule mentions and decides each mention's kind.
    ///
    /// `have_model` false means no model ran: the rules then recognise names from capitalisation.
    pub fn combine(&self, doc: &Document, raw: &[RawMention], have_model: bool) -> Vec<Mention> {
        if self.mode == RuleMode::Off {
            return bare(doc, raw);
        }
        let words = Words::new(doc);
        let mut cands: Vec<Cand> = Vec::new();
        for r in raw {
            if let Some(c) = self.model_cand(doc, &words, r) {
                cands.push(c);
            }
        }
        let mut rule = if self.mode == RuleMode::Full { self.rule_cands(doc, &words, have_model) } else { Vec::new() };
        // Rule candidates give way to overlapping model ones, except strong rules (codes,
        // datelines) and names the model cut short of their legal suffix.
        rule.retain(|rc| {
            let overlapping: Vec<usize> = (0..cands.len()).filter(|&k| cands[k].span.overlaps(rc.span)).collect();
            if overlapping.is_empty() {
                return true;
            }
            if rc.strong {
                for &k in overlapping.iter().rev() {
                    cands.remove(k);
                }
                return true;
            }
            // The rule's name covers the model's pieces: a suffix or head word the model left out
            // ("Acme Pay" seen as "Acme"), or one name the model cut in two ("Park" + "Min-jae").
            let covers = overlapping.iter().all(|&k| rc.span.contains(cands[k].span));
            let name_cue = has_company_suffix(&words, rc.first, rc.last)
                || has_org_cue(&words, rc.first, rc.last)
                || (rc.last - rc.first >= 2 && words.get(rc.last - 1).is_some_and(|w| is_in(SERVICE_HEADS, w.base())));
            if covers && (name_cue || overlapping.len() >= 2) {
                let mut merged = rc.clone();
                for &k in overlapping.iter().rev() {
                    let old = cands.remove(k);
                    for (v, o) in merged.votes.iter_mut().zip(old.votes) {
                        *v += o;
                    }
                    merged.model_conf = match (merged.model_conf, old.model_conf) {
                        (Some(a), Some(b)) => Some(a.max(b)),
                        (a, b) => a.or(b),
                    };
                    merged.source = MentionSource::Model;
                }
                cands.push(merged);
            }
            false
        });
        cands.extend(rule);
        cands.sort_by_key(|c| (c.span.start(), std::cmp::Reverse(c.span.end())));
        // drop nested or overlapping leftovers, keeping the earlier (longer) one
        let mut kept: Vec<Cand> = Vec::new();
        for c in cands {
            if let Some(k) = kept.last_mut() {
                if k.span == c.span {
                    for (a, b) in k.votes.iter_mut().zip(c.votes) {
                        *a += b;
                    }
                    k.strong |= c.strong;
                    continue;
                }
                if k.span.overlaps(c.span) {
                    continue;
                }
            }
            kept.push(c);
        }
        kept.retain(|c| !is_clock_zone(doc, c.span));
        self.decide_kinds(doc, &words, kept, have_model)
    }

    fn model_cand(&self, doc: &Document, words: &Words<'_>, r: &RawMention) -> Option<Cand> {
        let (mut first, mut last) = words.range_of(r.span);
        // Keep what looks like a name: trim lower-case words ("Bing search engine", "the app"),
        // function words and titles ("The", "CEO") from both ends; keep codes and domains.
        let keep = |i: usize| {
            name_word(words, i)
                || hyphenated_given_name(words, i)
                || words.get(i).is_some_and(|w| cues::is_region_code(w.text) || cues::is_domain(w.text))
        };
        let digits =
            |i: usize| words.get(i).is_some_and(|w| w.text.len() <= 4 && w.text.chars().all(|c| c.is_ascii_digit()));
        while first < last && !keep(first) {
            first += 1;
        }
        while last > first && !keep(last - 1) && !(digits(last - 1) && last - 1 > first && keep(last - 2)) {
            last -= 1;
        }
        let (fw, lw) = (words.get(first)?, words.get(last.checked_sub(1)?)?);
        if last <= first {
            return None;
        }
        if r.kind == EntityKind::Location && words.lower(last) == "time" {
            return None; // "Beijing time" names a clock zone
        }
        // a generic word alone ("Payments", "Group") is no name
        if last - first == 1 && (is_in(COMPANY_SUFFIXES, fw.base()) || is_in(ORG_CUES, fw.base())) {
            return None;
        }
        let mut end = lw.span.end().min(r.span.end().max(lw.span.end()));
        if let Some(s) = lw.text.strip_suffix("'s") {
            end = lw.span.start() + s.len();
        } else if let Some(cut) = hyphen_cut(lw.text) {
            end = lw.span.start() + cut;
        }
        let start = fw.span.start().max(r.span.start().min(fw.span.start()));
        let span = doc.span(start, end)?;
        if span.is_empty() || !doc.slice(span).chars().any(char::is_alphanumeric) {
            return None;
        }
        let mut votes = [0.0; 5];
        let k = kind_idx(r.kind);
        // a label the model is unsure of counts for less
        votes[k] += if k == COMPANY || k == ORG { MODEL_ORG_PRIOR } else { 4.0 } * r.confidence.clamp(0.0, 1.0);
        Some(Cand {
            span,
            first,
            last,
            votes,
            source: MentionSource::Model,
            model_conf: Some(r.confidence.clamp(0.0, 1.0)),
            strong: false,
        })
    }

    /// Rule candidates: capitalised runs (all of them without a model; only those with strong
    /// cues with one), codes, zones, the dateline and service phrases.
    fn rule_cands(&self, doc: &Document, words: &Words<'_>, have_model: bool) -> Vec<Cand> {
        let mut out = Vec::new();
        let runs = capitalised_runs(doc, words);
        // Words capitalised somewhere other than a sentence start.
        let mut cap_elsewhere: HashSet<String> = HashSet::new();
        for &(first, last, _) in &runs {
            for i in first..last {
                if let Some(w) = words.get(i)
                    && (!w.sent_start || last - first > 1)
                {
                    cap_elsewhere.insert(w.base().to_string());
                }
            }
        }
        for &(first, last, end_byte) in &runs {
            // "Rival Acme Games said": a descriptor opening the sentence is not part of the name
            let descriptor = |w: &str| {
                is_in(COMPANY_NOUNS, w) || is_in(SERVICE_NOUNS, w) || is_in(ORG_NOUNS, w) || is_in(TITLE_WORDS, w)
            };
            let first = if last - first >= 2 && words.get(first).is_some_and(|w| w.sent_start && descriptor(w.base())) {
                first + 1
            } else {
                first
            };
            let Some(w0) = words.get(first) else { continue };
            // "Ex-Acme CFO": the prefix marks a former position, not part of the name
            let lead =
                if (w0.text.starts_with("Ex-") || w0.text.starts_with("ex-")) && w0.text.len() > 4 { 3 } else { 0 };
            let Some(span) = doc.span(w0.span.start() + lead, end_byte) else {
                continue;
            };
            let key = run_key(words, first, last);
            let single = last - first == 1;
            if words.lower(last) == "time" {
                continue; // "Pacific time", "Beijing time": a clock zone, not a mention
            }
            if single && w0.sent_start {
                let after = words.lower(last);
                let introduced = (after == "," && matches!(words.lower(last + 1), "which" | "who" | "whose"))
                    || w0.text.ends_with("'s");
                let known = introduced
                    || (cap_elsewhere.contains(w0.base()) && !is_in(COMPANY_SUFFIXES, w0.base()))
                    || is_in(PLACES, &key)
                    || is_in(cues::ORG_NAMES, &key)
                    || self.gazetteer.is_some_and(|g| g.contains(&key))
                    || cues::is_region_code(w0.text);
                if !known {
                    continue;
                }
            }
            let strong_name = has_company_suffix(words, first, last)
                || has_org_cue(words, first, last)
                || (last - first >= 2 && words.get(last - 1).is_some_and(|w| is_in(SERVICE_HEADS, w.base())))
                || self.gazetteer.is_some_and(|g| g.contains(&key));
            // with a model, a name it missed is kept when the rules have a reason: a strong name
            // cue, or a capitalised name away from a sentence start (the model's own mentions
            // win wherever they overlap)
            if have_model && !strong_name && w0.sent_start {
                continue;
            }
            let source = if self.gazetteer.is_some_and(|g| g.contains(&key)) {
                MentionSource::Gazetteer
            } else {
                MentionSource::Rule
            };
            out.push(Cand { span, first, last, votes: [0.0; 5], source, model_conf: None, strong: false });
        }
        // web domains used as names, in any case ("example.org")
        for (i, w) in words.words.iter().enumerate() {
            if cues::is_domain(w.text) && !out.iter().any(|c: &Cand| c.span.overlaps(w.span)) {
                let mut votes = [0.0; 5];
                votes[SERVICE] = 1.0;
                out.push(Cand {
                    span: w.span,
                    first: i,
                    last: i + 1,
                    votes,
                    source: MentionSource::Rule,
                    model_conf: None,
                    strong: false,
                });
            }
        }
        out.extend(code_cands(doc, words));
        out.extend(service_phrase_cands(doc, words));
        out
    }

    fn decide_kinds(&self, doc: &Document, words: &Words<'_>, mut cands: Vec<Cand>, have_model: bool) -> Vec<Mention> {
        // Single-word candidates, for the surname / short-name cues.
        let singles: HashSet<String> =
            cands.iter().filter(|c| c.last - c.first == 1).map(|c| run_key(words, c.first, c.last)).collect();
        // what the rules alone say about each surface form (the model's label left out)
        let mut rule_totals: HashMap<String, [f32; 5]> = HashMap::new();
        for c in &mut cands {
            let v = self.votes_for(doc, words, c, &singles, have_model);
            let r = rule_totals.entry(surface_key(doc.slice(c.span))).or_insert([0.0; 5]);
            for ((a, b), rr) in c.votes.iter_mut().zip(v).zip(r.iter_mut()) {
                *a += b;
                *rr += b;
            }
        }
        // Every occurrence of a surface form gets the summed vote.
        let mut totals: HashMap<String, [f32; 5]> = HashMap::new();
        for c in &cands {
            let key = surface_key(doc.slice(c.span));
            let t = totals.entry(key).or_insert([0.0; 5]);
            for (a, b) in t.iter_mut().zip(c.votes) {
                *a += b;
            }
        }
        // A single word that opens a longer organisation name ("Acme" and "Acme Analytics") is its
        // short name, not a person, whatever a model said about some occurrences (unless a
        // person's name also starts with it).
        let keys: Vec<String> = totals.keys().cloned().collect();
        for k in &keys {
            if k.contains(' ') {
                continue;
            }
            let prefix = format!("{k} ");
            let longer: Vec<(usize, f32)> =
                keys.iter().filter(|x| x.starts_with(&prefix)).filter_map(|x| totals.get(x)).map(argmax).collect();
            let org_long = longer.iter().any(|&(b, m)| (b == COMPANY || b == ORG) && m >= 1.0);
            let person_long = longer.iter().any(|&(b, _)| b == PERSON);
            if org_long
                && !person_long
                && let Some(t) = totals.get_mut(k)
                && argmax(t).0 == PERSON
            {
                let top = t.iter().copied().fold(0.0, f32::max);
                t[COMPANY] = t[COMPANY].max(top + 0.5);
            }
        }
        let mut occurrence_count: HashMap<String, usize> = HashMap::new();
        for c in &cands {
            *occurrence_count.entry(surface_key(doc.slice(c.span))).or_insert(0) += 1;
        }
        // Lists ("A, B and C") take the kind of a clearly-typed member when their own evidence is
        // weak: "users of Foo, Bar and Baz" where only Foo has a service cue elsewhere.
        let mut list_kind: Vec<Option<usize>> = vec![None; cands.len()];
        let mut start = 0;
        while start < cands.len() {
            let mut end = start + 1;
            while end < cands.len() {
                let gap = doc.text.get(cands[end - 1].span.end()..cands[end].span.start()).unwrap_or("");
                let gap = gap.trim();
                if matches!(gap, "," | "and" | ", and" | "or" | ", or" | "&") || gap == "and the" || gap == ", and the"
                {
                    end += 1;
                } else {
                    break;
                }
            }
            let has_conj = (start + 1..end).any(|k| {
                let gap = doc.text.get(cands[k - 1].span.end()..cands[k].span.start()).unwrap_or("");
                gap.contains("and") || gap.contains("or") || gap.contains('&')
            });
            let possessive_member =
                (start..end).any(|k| doc.text.get(cands[k].span.end()..).is_some_and(|r| r.starts_with('\'')));
            if end - start >= 2 && has_conj && !possessive_member {
                // the kind of the most clearly typed member (services and persons only: a company
                // is the default anyway, and places are listed with companies too often)
                let strong = (start..end)
                    .map(|k| {
                        argmax(&rule_totals.get(&surface_key(doc.slice(cands[k].span))).copied().unwrap_or([0.0; 5]))
                    })
                    .filter(|&(best, margin)| (best == SERVICE || best == PERSON) && margin >= 1.0)
                    .max_by(|a, b| a.1.total_cmp(&b.1));
                if let Some((kind, _)) = strong {
                    for slot in list_kind.iter_mut().take(end).skip(start) {
                        *slot = Some(kind);
                    }
                }
            }
            start = end;
        }
        let mut out = Vec::with_capacity(cands.len());
        for (ci, c) in cands.into_iter().enumerate() {
            let key = surface_key(doc.slice(c.span));
            let mut t = totals.get(&key).copied().unwrap_or(c.votes);
            let occurrences = occurrence_count.get(&key).copied().unwrap_or(1) as f32;
            let rules_say = rule_totals.get(&key).copied().unwrap_or([0.0; 5]);
            if let Some(k) = list_kind[ci]
                && rules_say.iter().all(|&x| x < 0.6 * occurrences + 0.5)
            {
                t[k] += t.iter().copied().fold(0.0, f32::max) + 0.5;
            }
            let (best, margin) = argmax(&t);
            let kind = EntityKind::ALL[best];
            let confidence = match c.model_conf {
                Some(m) => m,
                None => (0.45 + 0.08 * margin.min(5.0)).min(0.9),
            };
            // "northern China": a lower-case compass word opens the place name
            let mut span = c.span;
            if kind == EntityKind::Location
                && c.first > 0
                && words.adjacent(doc, c.first - 1)
                && let Some(w) = words.get(c.first - 1)
                && w.text.chars().all(char::is_lowercase)
                && is_in(PLACE_MODIFIERS, w.text)
            {
                span = w.span.cover(c.span);
            }
            out.push(Mention { span, kind, confidence, source: c.source });
        }
        out.sort_by_key(|m| m.span);
        out
    }

    /// The votes of one occurrence: cues in the name and around it.
    fn votes_for(
        &self,
        doc: &Document,
        words: &Words<'_>,
        c: &Cand,
        singles: &HashSet<String>,
        have_model: bool,
    ) -> [f32; 5] {
        let mut v = [0.0f32; 5];
        let (first, last) = (c.first, c.last);
        let n = last.saturating_sub(first);
        let key = surface_key(doc.slice(c.span));
        let Some(w0) = words.get(first) else { return v };
        let last_word = words.get(last.saturating_sub(1)).map_or("", |w| w.base());

        // --- cues inside the name ---
        let org_cue = has_org_cue(words, first, last);
        if org_cue {
            v[ORG] += 3.5;
        } else if has_company_suffix(words, first, last) {
            v[COMPANY] += 3.0;
        }
        if n >= 2 && is_in(SERVICE_HEADS, last_word) && !org_cue {
            v[SERVICE] += 3.2;
        }
        if n == 1 && cues::is_domain(w0.text) {
            v[SERVICE] += 3.0;
        }
        let place_key = key.trim_start_matches("the ");
        if is_in(PLACES, place_key) {
            v[PLACE] += if have_model { 1.5 } else { 2.6 };
        } else if let Some((m, rest)) = place_key.split_once(' ')
            && is_in(PLACE_MODIFIERS, m)
            && is_in(PLACES, rest)
        {
            v[PLACE] += 2.6;
        }
        // "U.S. East", "Europe West": a place with a compass word
        if let Some((head, tail)) = place_key.rsplit_once(' ')
            && is_in(PLACES, head.trim_end_matches('.'))
            && matches!(
                tail,
                "east" | "west" | "north" | "south" | "central" | "northeast" | "northwest" | "southeast" | "southwest"
            )
        {
            v[PLACE] += 2.6;
        }
        if self.gazetteer.is_some_and(|g| g.contains(&key)) {
            v[COMPANY] += 2.0;
        }
        if is_in(cues::ORG_NAMES, &key) {
            v[ORG] += 4.0;
        }
        if !have_model {
            v[COMPANY] += 0.5; // the default for an unexplained capitalised name
        }
        let plain_person_shape =
            (2..=3).contains(&n) && (first..last).all(|i| words.get(i).is_some_and(|w| plain_name_word(w.text)));
        if plain_person_shape {
            let first_key = words.get(first).map_or(String::new(), |w| w.base().to_string());
            let last_key = words.get(last - 1).map_or(String::new(), |w| w.base().to_string());
            if singles.contains(&last_key) && !singles.contains(&first_key) {
                v[PERSON] += 1.5;
            }
            if singles.contains(&first_key) {
                v[COMPANY] += 1.2;
            }
        }

        // --- cues around the name ---
        let prev = first.checked_sub(1).map_or("", |i| words.lower(i));
        let prev2 = first.checked_sub(2).map_or("", |i| words.lower(i));
        let next = words.lower(last);
        let next2 = words.lower(last + 1);
        let possessive = doc.slice(c.span).len()
            < words.get(last.saturating_sub(1)).map_or(0, |w| w.span.end() - c.span.start())
            || next == "'";
        // hyphen suffix on the last word ("Acme-owned")
        if let Some(w) = words.get(last.saturating_sub(1)) {
            for &(suffix, kind) in HYPHEN_SUFFIXES {
                if w.lower.ends_with(suffix) {
                    v[kind] += 3.0;
                }
            }
        }
        let person_shape =
            (1..=4).contains(&n) && (first..last).all(|i| words.get(i).is_some_and(|w| plain_name_word(w.text)));
        if person_shape
            && !possessive
            && is_in(PERSON_BEFORE, prev)
            && words.get(first - 1).is_some_and(|w| w.sent == w0.sent)
        {
            v[PERSON] += 3.0;
        }
        // "Acme's CEO, Jane Roe", "Acme's president of global affairs, Jane Roe"
        if person_shape && prev == "," {
            let mut k = first - 1;
            let mut steps = 0;
            while k > 0 && steps < 6 {
                k -= 1;
                steps += 1;
                let w = words.lower(k);
                if is_in(TITLE_WORDS, w) {
                    v[PERSON] += 2.5;
                    break;
                }
                if matches!(w, "," | "." | ";" | "said" | "says" | "is" | "was" | "and")
                    || words.get(k).is_none_or(|x| x.sent != w0.sent)
                {
                    break;
                }
            }
        }
        if person_shape && !possessive && next == "," {
            if let Some(k) = apposition_title(words, last) {
                v[PERSON] += k;
            }
            if next2 == "who" {
                v[PERSON] += 2.0;
            }
            if words.get(last + 1).is_some_and(|w| w.text.chars().all(|ch| ch.is_ascii_digit()))
                && words.lower(last + 2) == ","
            {
                v[PERSON] += 2.5; // "X, 52,"
            }
        }
        if person_shape && !possessive && (1..=2).contains(&n) || person_shape && n == 3 {
            // "X has stepped down as", "X resigned", "X, 52," handled above; "X became chief executive"
            let after: Vec<&str> =
                (last..last + 5).map(|k| words.lower(k)).take_while(|w| !matches!(*w, "." | ";")).collect();
            if after.iter().take(3).any(|w| matches!(*w, "stepped" | "resigned" | "retired")) {
                v[PERSON] += 2.5;
            }
            if let Some(p) =
                after.iter().take(2).position(|w| matches!(*w, "as" | "became" | "becomes" | "named" | "appointed"))
                && (p + 1..p + 4).any(|q| after.get(q).is_some_and(|t| is_in(TITLE_WORDS, t)))
            {
                v[PERSON] += 2.0;
            }
        }
        if !possessive && next == "," && next2 == "which" {
            v[COMPANY] += 0.5;
        }
        if possessive {
            // "Acme's chief executive", "Acme's search engine": the owner is an organisation.
            let after = words.lower(last + 1);
            if is_in(TITLE_WORDS, after) || after == "chief" || after == "vice" || after == "senior" {
                v[COMPANY] += 2.0;
            } else {
                v[COMPANY] += 0.4;
            }
        } else {
            if is_in(SERVICE_AFTER, next)
                || (is_in(SERVICE_AFTER, next2) && words.adjacent(doc, last) && is_lower_word(next))
            {
                v[SERVICE] += 2.2;
            }
            // "Acme spokesperson Jane Roe", "Acme CEO Jane Roe": an organisation before a title
            if n <= 3 && (is_in(TITLE_WORDS, next) || matches!(next, "chief" | "vice" | "senior")) {
                v[COMPANY] += 2.0;
            }
            // "its Frankfurt data centre" (but "a Acme data centre" is the owner's)
            let data_centre = next == "data"
                && matches!(next2, "centre" | "center" | "centres" | "centers")
                && matches!(prev, "its" | "their");
            if matches!(next, "region" | "zone" | "province" | "city" | "state") || data_centre {
                v[PLACE] += 3.0;
            }
            if matches!(next, "said" | "says" | "announced" | "reported" | "shares" | "executives" | "employees") {
                v[COMPANY] += 0.3;
            }
        }
        // bought things are companies: "acquired X", "X, which Acme bought", "customers such as X"
        if matches!(prev, "acquired" | "bought" | "purchased" | "acquire" | "buy" | "acquiring" | "buying") {
            v[COMPANY] += 2.0;
        }
        if !possessive
            && next == ","
            && matches!(next2, "which" | "that")
            && (last + 2..last + 6).any(|k| matches!(words.lower(k), "bought" | "acquired" | "purchased"))
        {
            v[COMPANY] += 2.5;
        }
        // noun phrase before the name ("the messaging app X", "payments company X")
        let mut i = first;
        let mut steps = 0;
        while i > 0 && steps < 5 {
            i -= 1;
            steps += 1;
            let Some(w) = words.get(i) else { break };
            if w.sent != w0.sent
                || !is_lower_word(&w.lower)
                || (w.text.chars().next().is_some_and(char::is_uppercase) && !w.sent_start)
                || is_in(NP_STOP, &w.lower)
            {
                break;
            }
            if is_in(SERVICE_NOUNS, &w.lower) && !matches!(w.lower.as_str(), "users" | "viewers" | "subscribers") {
                v[SERVICE] += 3.0;
                break;
            }
            if is_in(ORG_NOUNS, &w.lower) {
                v[ORG] += 3.0;
                break;
            }
            if is_in(COMPANY_NOUNS, &w.lower) {
                v[COMPANY] += 3.0;
                break;
            }
        }
        if prev == "of" && matches!(prev2, "users" | "viewers" | "subscribers" | "version") {
            v[SERVICE] += 2.2;
        }
        // "its flagship product, X,"
        if prev == ","
            && is_in(SERVICE_NOUNS, prev2)
            && !matches!(prev2, "users" | "viewers" | "subscribers" | "devices")
        {
            v[SERVICE] += 2.5;
        }
        // "selling X as a standalone product"
        if next == "as" && (last + 1..last + 5).any(|k| is_in(SERVICE_AFTER, words.lower(k))) {
            v[SERVICE] += 2.0;
        }
        // "Acme's Widget" with no verb after it: more often a product than a company
        if n <= 2
            && first > 0
            && words
                .get(first - 1)
                .is_some_and(|w| w.text.ends_with("'s") && w.text.chars().next().is_some_and(char::is_uppercase))
            && !matches!(next, "is" | "has" | "said" | "says" | "was" | "will" | "had" | "'s")
        {
            v[SERVICE] += 0.6;
        }
        if matches!(prev, "in" | "across" | "near" | "outside") {
            v[PLACE] += 0.8;
            if matches!(
                prev2,
                "based"
                    | "centre"
                    | "center"
                    | "facility"
                    | "facilities"
                    | "headquartered"
                    | "located"
                    | "offices"
                    | "city"
            ) {
                v[PLACE] += 2.5;
            }
        }
        // apposition: "X, the/a/one of ... <noun>,"
        if !possessive
            && next == ","
            && let Some(k) = apposition_head(words, last)
        {
            v[k] += 2.0;
        }
        v
    }
}

fn argmax(t: &[f32; 5]) -> (usize, f32) {
    let mut best = 0;
    for k in 1..5 {
        if t[k] > t[best] {
            best = k;
        }
    }
    let second = (0..5).filter(|&k| k != best).map(|k| t[k]).fold(f32::MIN, f32::max);
    (best, t[best] - second.max(0.0))
}

fn is_lower_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// A word shaped like a personal name part: capital then lower-case letters ("Zhang", "O'Neil",
/// "Jean-Luc"), or a single initial.
fn plain_name_word(text: &str) -> bool {
    let t = cues::strip_possessive(text);
    let mut chars = t.chars();
    let Some(c0) = chars.next() else { return false };
    if !c0.is_uppercase() {
        return false;
    }
    let rest: Vec<char> = chars.collect();
    if rest.is_empty() {
        return false;
    }
    let lower = t.to_lowercase();
    if is_in(COMPANY_SUFFIXES, &lower)
        || is_in(ORG_CUES, &lower)
        || is_in(SERVICE_HEADS, &lower)
        || is_in(PLACES, &lower)
    {
        return false;
    }
    // no capitals after the first letter except after '-' or '\'' ("McDonald" allowed via Mc)
    let mut prev = c0;
    for &c in &rest {
        if !(c.is_alphabetic() || c == '-' || c == '\'') {
            return false;
        }
        if c.is_uppercase() && !(prev == '-' || prev == '\'' || t.starts_with("Mc") || t.starts_with("Mac")) {
            return false;
        }
        prev = c;
    }
    true
}

/// After "X ,": a title word within the apposition ("X, Acme's chief executive,") → person vote.
fn apposition_title(words: &Words<'_>, comma: usize) -> Option<f32> {
    let sent = words.get(comma)?.sent;
    for i in comma + 1..comma + 9 {
        let w = words.get(i)?;
        if w.sent != sent
            || matches!(
                w.lower.as_str(),
                "," | "." | "which" | "who" | "that" | "said" | "is" | "was" | "has" | "will" | ";" | "where" | "when"
            )
        {
            return None;
        }
        if is_in(TITLE_WORDS, w.base()) {
            return Some(3.0);
        }
    }
    None
}

/// After "X ,": the head noun of an apposition ("X, the e-book platform," → Service).
fn apposition_head(words: &Words<'_>, comma: usize) -> Option<usize> {
    let sent = words.get(comma)?.sent;
    let det = words.lower(comma + 1);
    let possessive_owner = words
        .get(comma + 1)
        .is_some_and(|w| w.text.ends_with("'s") && w.text.chars().next().is_some_and(char::is_uppercase));
    if !matches!(det, "the" | "a" | "an" | "one") && !possessive_owner {
        return None;
    }
    let mut from = comma + 2;
    if det == "one" && words.lower(from) == "of" {
        from += 1;
    }
    let mut found = None;
    for i in from..comma + 12 {
        let Some(w) = words.get(i) else { break };
        if w.sent != sent
            || matches!(
                w.lower.as_str(),
                "," | "."
                    | "which"
                    | "who"
                    | "that"
                    | "of"
                    | "behind"
                    | "with"
                    | "to"
                    | ";"
                    | "and"
                    | "in"
                    | "for"
                    | "since"
                    | "whose"
            )
        {
            break;
        }
        if is_in(TITLE_WORDS, w.base()) {
            return None;
        }
        let l = w.base();
        if is_in(SERVICE_NOUNS, l)
            && !matches!(l, "users" | "viewers" | "subscribers" | "network" | "device" | "devices")
        {
            found = Some(SERVICE);
        } else if is_in(ORG_NOUNS, l) {
            found = Some(ORG);
        } else if is_in(COMPANY_NOUNS, l) {
            found = Some(COMPANY);
        }
    }
    found
}

/// Lower-cased surface without a leading "the" or trailing possessive.
fn surface_key(text: &str) -> String {
    let t = text.trim();
    let t = t.strip_prefix("the ").or_else(|| t.strip_prefix("The ")).unwrap_or(t);
    cues::strip_possessive(t).to_lowercase()
}

fn run_key(words: &Words<'_>, first: usize, last: usize) -> String {
    (first..last).filter_map(|i| words.get(i)).map(|w| w.base().to_string()).collect::<Vec<_>>().join(" ")
}

fn has_company_suffix(words: &Words<'_>, first: usize, last: usize) -> bool {
    last > first + 1 && words.get(last - 1).is_some_and(|w| is_in(COMPANY_SUFFIXES, w.base().trim_end_matches('.')))
}

fn has_org_cue(words: &Words<'_>, first: usize, last: usize) -> bool {
    if last.saturating_sub(first) < 2 {
        return false;
    }
    let cue_word = (first..last).any(|i| {
        words.get(i).is_some_and(|w| is_in(ORG_CUES, w.base()) && w.text.chars().next().is_some_and(char::is_uppercase))
    });
    cue_word || run_key(words, first, last).contains("central bank")
}

/// Whether word `i` can be part of a capitalised name.
fn name_word(words: &Words<'_>, i: usize) -> bool {
    let Some(w) = words.get(i) else { return false };
    if !w.is_cap() || !w.is_alpha() {
        return false;
    }
    let base = w.base();
    if is_in(DEMONYMS, base) {
        // "American Airlines" but not "Dutch technology group"
        return words
            .get(i + 1)
            .is_some_and(|n| n.is_cap() && !is_in(BREAK_WORDS, n.base()) && n.span.start() == w.span.end() + 1);
    }
    if is_in(BREAK_WORDS, base) && !(base == "new" || base == "general") {
        return false;
    }
    if words.glued(i) && matches!(words.lower(i + 1), "$" | "€" | "£" | "¥") {
        return false; // "HK$1.2 billion"
    }
    if let Some((_, tail)) = w.text.rsplit_once('-') {
        let tail_lower = tail.chars().next().is_some_and(char::is_lowercase);
        if tail_lower && hyphen_cut(w.text).is_none() {
            return false;
        }
    }
    true
}

/// A short hyphenated given name with a lower-case second part, as in romanised Korean or
/// Chinese names ("Min-jae", "Sung-ho"); only ever a continuation of a capitalised run.
fn hyphenated_given_name(words: &Words<'_>, i: usize) -> bool {
    let Some(w) = words.get(i) else { return false };
    let Some((head, tail)) = w.text.split_once('-') else { return false };
    let head_ok =
        head.chars().next().is_some_and(char::is_uppercase) && head.chars().all(char::is_alphabetic) && head.len() <= 5;
    let tail_ok = tail.chars().all(|c| c.is_lowercase()) && (2..=4).contains(&tail.len());
    head_ok && tail_ok && hyphen_cut(w.text).is_none()
}

/// The byte length of the name part of a hyphenated word with a known suffix ("Acme-owned" → 4).
fn hyphen_cut(text: &str) -> Option<usize> {
    let lower = text.to_lowercase();
    HYPHEN_SUFFIXES.iter().find(|(s, _)| lower.ends_with(s)).map(|(s, _)| text.len() - s.len())
}

/// Runs of capitalised words: `(first, last, end_byte)` with `[first, last)` word indices and the
/// byte where the name ends (before a possessive or hyphen suffix).
fn capitalised_runs(doc: &Document, words: &Words<'_>) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let n = words.len();
    let mut i = 0;
    while i < n {
        if !name_word(words, i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        loop {
            let lastw = end - 1;
            let Some(lw) = words.get(lastw) else { break };
            if lw.text.ends_with("'s")
                || hyphen_cut(lw.text).is_some()
                || (words.glued(lastw) && words.lower(end) == "'")
            {
                break;
            }
            let same_sent = |k: usize| words.get(k).is_some_and(|w| w.sent == lw.sent);
            if end < n
                && words.adjacent(doc, lastw)
                && same_sent(end)
                && (name_word(words, end) || hyphenated_given_name(words, end))
            {
                end += 1;
                continue;
            }
            // "U.S. East": the full stop of an abbreviation inside a name
            if lw.text.contains('.')
                && words.glued(lastw)
                && words.lower(end) == "."
                && same_sent(end + 1)
                && words.adjacent(doc, end)
                && name_word(words, end + 1)
            {
                end += 2;
                continue;
            }
            if end + 1 < n
                && words.adjacent(doc, lastw)
                && words.adjacent(doc, end)
                && same_sent(end + 1)
                && name_word(words, end + 1)
            {
                let conn = words.lower(end);
                let org_so_far = (start..end).any(|k| words.get(k).is_some_and(|w| is_in(ORG_CUES, w.base())))
                    || words.lower(lastw) == "exchange";
                if conn == "&" || (matches!(conn, "of" | "for" | "de") && org_so_far) {
                    end += 2;
                    continue;
                }
                // "Securities and Investments Commission": "and" inside a body's name when the
                // words after it end in an organisation word
                if conn == "and" && end - start >= 2 && !is_in(COMPANY_SUFFIXES, words.lower(lastw)) {
                    let mut j = end + 1;
                    while j < n && name_word(words, j) && same_sent(j) && (j == end + 1 || words.adjacent(doc, j - 1)) {
                        j += 1;
                    }
                    if j > end + 1 && words.get(j - 1).is_some_and(|w| is_in(ORG_CUES, w.base())) {
                        end = j;
                        continue;
                    }
                }
            }
            break;
        }
        // byte end: cut the possessive or hyphen suffix of the last word; take a glued "+"
        let Some(lw) = words.get(end - 1) else { break };
        let mut end_byte = lw.span.end();
        if let Some(cut) = hyphen_cut(lw.text) {
            end_byte = lw.span.start() + cut;
        } else if let Some(s) = lw.text.strip_suffix("'s") {
            end_byte = lw.span.start() + s.len();
        } else if words.glued(end - 1) && words.lower(end) == "+" {
            end_byte = words.get(end).map_or(end_byte, |w| w.span.end());
        }
        if end_byte > words.get(start).map_or(0, |w| w.span.start()) {
            out.push((start, end, end_byte));
        }
        i = end;
    }
    out
}

/// Region codes, facility codes next to a place noun, "Zone X", and the dateline place.
fn code_cands(doc: &Document, words: &Words<'_>) -> Vec<Cand> {
    let mut out = Vec::new();
    let strong = |span: Span, first: usize, last: usize| {
        let mut votes = [0.0; 5];
        votes[PLACE] = 8.0;
        Cand { span, first, last, votes, source: MentionSource::Rule, model_conf: None, strong: true }
    };
    for i in 0..words.len() {
        let Some(w) = words.get(i) else { continue };
        // a place noun after the code ("the FRA-3 facility"), or "zone" right before it
        let near_place_noun = words.lower(i.wrapping_sub(1)) == "zone"
            || (i + 1..i + 3).any(|k| {
                matches!(
                    words.lower(k),
                    "facility"
                        | "facilities"
                        | "zone"
                        | "data"
                        | "centre"
                        | "center"
                        | "site"
                        | "campus"
                        | "region"
                        | "building"
                )
            });
        if cues::is_region_code(w.text) || (cues::is_facility_code(w.text) && near_place_noun) {
            out.push(strong(w.span, i, i + 1));
        } else if w.text == "Zone"
            && words.adjacent(doc, i)
            && let Some(nx) = words.get(i + 1)
        {
            let t = nx.text;
            if (t.len() == 1 && t.chars().all(|c| c.is_ascii_uppercase()))
                || (t.len() <= 2 && t.chars().all(|c| c.is_ascii_digit()))
            {
                out.push(strong(w.span.cover(nx.span), i, i + 2));
            }
        }
    }
    // dateline: "CITY NAME, <date> —" at the start of the text
    let mut k = 0;
    while let Some(w) = words.get(k) {
        let letters: Vec<char> = w.text.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.len() >= 2
            && letters.iter().all(|c| c.is_uppercase())
            && w.sent == words.get(0).map_or(0, |f| f.sent)
        {
            k += 1;
        } else {
            break;
        }
    }
    if k > 0
        && words.lower(k) == ","
        && k <= 4
        && let (Some(a), Some(b)) = (words.get(0), words.get(k - 1))
        && let Some(span) = doc.span(a.span.start(), b.span.end())
    {
        out.push(strong(span, 0, k));
    }
    out
}

/// Lower-case cloud service phrases in sentences about an outage: "cloud API", "cloud storage",
/// "elastic compute service".
fn service_phrase_cands(doc: &Document, words: &Words<'_>) -> Vec<Cand> {
    let mut out = Vec::new();
    let outage_sents: HashSet<usize> = (0..words.len())
        .filter_map(|i| words.get(i))
        .filter(|w| crate::relate::outages::is_trigger_word(&w.lower))
        .map(|w| w.sent)
        .collect();
    for i in 0..words.len() {
        let Some(w) = words.get(i) else { continue };
        if !outage_sents.contains(&w.sent) || !words.adjacent(doc, i) {
            continue;
        }
        let a = w.lower.as_str();
        let b = words.lower(i + 1);
        let mut end = None;
        if a == "cloud" && matches!(b, "api" | "storage" | "database" | "functions") {
            end = Some(i + 2);
        } else if a == "elastic" && b == "compute" && words.lower(i + 2) == "service" && words.adjacent(doc, i + 1) {
            end = Some(i + 3);
        }
        if let Some(e) = end
            && let (Some(first), Some(lastw)) = (words.get(i), words.get(e - 1))
            && let Some(span) = doc.span(first.span.start(), lastw.span.end())
        {
            let mut votes = [0.0; 5];
            votes[SERVICE] = 6.0;
            out.push(Cand {
                span,
                first: i,
                last: e,
                votes,
                source: MentionSource::Rule,
                model_conf: None,
                strong: false,
            });
        }
    }
    out
}

/// Whether a candidate is a time-zone abbreviation written after a clock time ("15:52 WEST",
/// "9.11pm HKT"): a zone, not a name.
fn is_clock_zone(doc: &Document, span: Span) -> bool {
    let text = doc.slice(span);
    let short_caps = (2..=5).contains(&text.len()) && text.chars().all(|c| c.is_ascii_uppercase());
    let any_day = chrono::NaiveDate::from_ymd_opt(2024, 1, 15);
    if !short_caps || any_day.and_then(|d| crate::time::zone_offset(text, d)).is_none() {
        return false;
    }
    let before = doc.text[..span.start()].trim_end();
    let last = before.rsplit(char::is_whitespace).next().unwrap_or("").to_ascii_lowercase();
    let clock = last.chars().next().is_some_and(|c| c.is_ascii_digit())
        && (last.contains(':') || last.contains('.') || last.ends_with("am") || last.ends_with("pm"));
    clock || last.ends_with("a.m.") || last.ends_with("p.m.") || last == "noon" || last == "midnight"
}
