//! Read articles: consumes files, directories and JSONL streams, produces [`Article`]s or
//! [`ReadError`]s naming the input (`path[:line]: reason`). The only stage that does I/O.
//!
//! Formats, by extension or forced by [`ReadConfig::format`]:
//! - `.txt` / `.md`: an optional header of `key: value` lines (id, title, published, url) ended by a
//!   blank line; without one, the first line is the title. The rest is the text.
//! - `.html` / `.htm`: title, publication time (meta tags or `<time datetime>`), canonical URL, and
//!   the main text from `<article>`, `<main>` or `<body>` without scripts, styles and page chrome.
//! - `.json`: an object or an array of objects; `.jsonl`: one object per line, streamed.
//!   Keys: `text` (required), `id`, `title`, `published`, `url`.
//!
//! Inputs are streamed: a JSONL file is read a line at a time, never whole.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde_json::Value;
use sha2::{Digest, Sha256};

use newskg_doc::{Article, Published};

/// An input format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Json,
    Jsonl,
}

impl Format {
    /// The format a path's extension names, if any.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" | "xhtml" => Format::Html,
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::Jsonl,
            _ => return None,
        })
    }

    /// Parses a `--format` value.
    pub fn parse(name: &str) -> Option<Format> {
        Format::from_path(Path::new(&format!("x.{name}")))
    }
}

/// How to read inputs.
#[derive(Debug, Clone)]
pub struct ReadConfig {
    /// Forces a format instead of guessing from the extension.
    pub format: Option<Format>,
    /// The publication date of articles that state none.
    pub default_published: Option<Published>,
    /// Articles (and JSONL lines) longer than this are refused.
    pub max_article_bytes: usize,
}

/// Why one input, or one record of it, could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{origin}: {reason}")]
pub struct ReadError {
    /// `path`, `path:line` (JSONL) or `path item n` (a JSON array); lines and items count from 1.
    pub origin: String,
    pub reason: String,
}

fn err(origin: impl Into<String>, reason: impl Into<String>) -> ReadError {
    ReadError { origin: origin.into(), reason: reason.into() }
}

/// One thing to read: a file, or standard input (`-`, read as JSONL).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    File(PathBuf),
    Stdin,
}

impl Input {
    pub fn name(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Stdin => "<stdin>".to_string(),
        }
    }
}

/// Expands paths into inputs: directories recursively (sorted; hidden entries and README.md files
/// skipped; only files with a known extension unless a format is forced), `-` as standard input. A path that does not
/// exist becomes an error in the list, so the batch goes on.
pub fn expand(paths: &[PathBuf], forced: Option<Format>) -> Vec<Result<Input, ReadError>> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Ok(Input::Stdin));
        } else if path.is_dir() {
            walk(path, forced, &mut out);
        } else if path.exists() {
            out.push(Ok(Input::File(path.clone())));
        } else {
            out.push(Err(err(path.display().to_string(), "no such file or directory")));
        }
    }
    out
}

fn walk(dir: &Path, forced: Option<Format>, out: &mut Vec<Result<Input, ReadError>>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => return out.push(Err(err(dir.display().to_string(), e.to_string()))),
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        // Hidden entries and a folder's own README are not articles.
        if name.starts_with('.') || name.eq_ignore_ascii_case("README.md") {
            continue;
        }
        if p.is_dir() {
            walk(&p, forced, out);
        } else if forced.is_some() || Format::from_path(&p).is_some() {
            out.push(Ok(Input::File(p)));
        }
    }
}

/// Reads one input lazily: each item is an article or the reason one record could not be read.
pub fn read_input(input: &Input, config: &ReadConfig) -> Box<dyn Iterator<Item = Result<Article, ReadError>> + Send> {
    match input {
        Input::Stdin => {
            Box::new(JsonlReader::new(Box::new(BufReader::new(std::io::stdin())), "<stdin>".into(), config.clone()))
        }
        Input::File(path) => read_file(path, config),
    }
}

/// Reads JSONL records from any source (an HTTP body, say) a line at a time; `name` prefixes each
/// error's origin (`name:line`). Same records and errors as a `.jsonl` file.
pub fn read_jsonl(
    source: Box<dyn BufRead + Send>,
    name: &str,
    config: &ReadConfig,
) -> Box<dyn Iterator<Item = Result<Article, ReadError>> + Send> {
    Box::new(JsonlReader::new(source, name.to_string(), config.clone()))
}

fn read_file(path: &Path, config: &ReadConfig) -> Box<dyn Iterator<Item = Result<Article, ReadError>> + Send> {
    let name = path.display().to_string();
    let one = |r: Result<Article, ReadError>| -> Box<dyn Iterator<Item = _> + Send> { Box::new(std::iter::once(r)) };
    let Some(format) = config.format.or_else(|| Format::from_path(path)) else {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        return one(Err(err(name, format!("unknown format (extension {ext:?}); use --format txt|md|html|json|jsonl"))));
    };
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return one(Err(err(name, e.to_string()))),
    };
    if format == Format::Jsonl {
        return Box::new(JsonlReader::new(Box::new(BufReader::new(file)), name, config.clone()));
    }
    let text = match read_text(file, &name, config.max_article_bytes.saturating_mul(4).max(1 << 20)) {
        Ok(t) => t,
        Err(e) => return one(Err(e)),
    };
    match format {
        Format::Json => match parse_json_document(&text, &name, config) {
            Ok(articles) => Box::new(articles.into_iter()),
            Err(e) => one(Err(e)),
        },
        Format::Html => one(parse_html(&text, &name, config)),
        Format::Text | Format::Markdown => one(parse_plain(&text, &name, format, config)),
        Format::Jsonl => one(Err(err(name, "internal: JSONL handled above"))),
    }
}

/// Reads a whole (non-JSONL) file as UTF-8 text, refusing binary, oversized and empty files.
fn read_text(file: File, name: &str, limit: usize) -> Result<String, ReadError> {
    let mut bytes = Vec::new();
    file.take(limit as u64 + 1).read_to_end(&mut bytes).map_err(|e| err(name, e.to_string()))?;
    if bytes.len() > limit {
        return Err(err(name, format!("file is larger than {limit} bytes")));
    }
    decode(bytes, name)
}

fn decode(bytes: Vec<u8>, origin: &str) -> Result<String, ReadError> {
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(err(origin, "binary data (NUL bytes), not text"));
    }
    let text = String::from_utf8(bytes)
        .map_err(|e| err(origin, format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to())))?;
    let text = text.strip_prefix('\u{FEFF}').map(str::to_string).unwrap_or(text);
    if text.trim().is_empty() {
        return Err(err(origin, "empty input"));
    }
    Ok(text)
}

/// Streams a JSONL source a line at a time; each line is one article.
struct JsonlReader {
    source: Box<dyn BufRead + Send>,
    name: String,
    line: usize,
    config: ReadConfig,
    seen_any: bool,
    done: bool,
}

impl JsonlReader {
    fn new(source: Box<dyn BufRead + Send>, name: String, config: ReadConfig) -> JsonlReader {
        JsonlReader { source, name, line: 0, config, seen_any: false, done: false }
    }
}

impl Iterator for JsonlReader {
    type Item = Result<Article, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.done {
                return None;
            }
            self.line += 1;
            let origin = format!("{}:{}", self.name, self.line);
            let limit = self.config.max_article_bytes.saturating_mul(2).max(1 << 16);
            let mut buf = Vec::new();
            let read = (&mut self.source).take(limit as u64 + 1).read_until(b'\n', &mut buf);
            match read {
                Err(e) => {
                    self.done = true;
                    return Some(Err(err(origin, e.to_string())));
                }
                Ok(0) => {
                    self.done = true;
                    return (!self.seen_any).then(|| Err(err(self.name.clone(), "empty input")));
                }
                Ok(_) => {}
            }
            if buf.len() > limit && buf.last() != Some(&b'\n') {
                // Skip the rest of the oversized line so the next record starts cleanly.
                let mut sink = Vec::new();
                loop {
                    sink.clear();
                    match (&mut self.source).take(1 << 20).read_until(b'\n', &mut sink) {
                        Ok(0) => break,
                        Ok(_) if sink.last() == Some(&b'\n') => break,
                        Ok(_) => {}
                        Err(_) => break,
                    }
                }
                self.seen_any = true;
                return Some(Err(err(origin, format!("line is longer than {limit} bytes"))));
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            self.seen_any = true;
            let text = match String::from_utf8(buf) {
                Ok(t) => t,
                Err(e) => {
                    return Some(Err(err(origin, format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()))));
                }
            };
            let value: Value = match serde_json::from_str(&text) {
                Ok(v) => v,
                Err(e) => return Some(Err(err(origin, format!("malformed JSON: {e}")))),
            };
            return Some(article_from_json(&value, &origin, &self.config));
        }
    }
}

fn parse_json_document(
    text: &str,
    name: &str,
    config: &ReadConfig,
) -> Result<Vec<Result<Article, ReadError>>, ReadError> {
    let value: Value = serde_json::from_str(text).map_err(|e| err(name, format!("malformed JSON: {e}")))?;
    match value {
        Value::Array(items) => {
            if items.is_empty() {
                return Err(err(name, "empty JSON array"));
            }
            // Items count from 1, like JSONL lines.
            Ok(items
                .iter()
                .enumerate()
                .map(|(i, v)| article_from_json(v, &format!("{name} item {}", i + 1), config))
                .collect())
        }
        Value::Object(_) => Ok(vec![article_from_json(&value, name, config)]),
        _ => Err(err(name, "expected a JSON object or an array of objects")),
    }
}

fn article_from_json(value: &Value, origin: &str, config: &ReadConfig) -> Result<Article, ReadError> {
    let Value::Object(map) = value else {
        return Err(err(origin, "expected a JSON object"));
    };
    // Every field is a JSON string (or null/absent); only an id may also be a whole number, taken
    // as its decimal digits (`42` and `"42"` are the same article).
    let field = |keys: &[&str], integer_ok: bool| -> Result<Option<String>, ReadError> {
        for k in keys {
            match map.get(*k) {
                None | Some(Value::Null) => {}
                Some(Value::String(s)) => return Ok(Some(s.clone())),
                Some(Value::Number(n)) if integer_ok && (n.is_u64() || n.is_i64()) => {
                    return Ok(Some(n.to_string()));
                }
                Some(v) => {
                    let what = if integer_ok { "a string or a whole number" } else { "a string" };
                    return Err(err(origin, format!("field {k:?} must be {what}, not {}", json_type(v))));
                }
            }
        }
        Ok(None)
    };
    let text = field(&["text", "body", "content", "articleBody"], false)?
        .ok_or_else(|| err(origin, "missing required field \"text\""))?;
    build(
        origin,
        config,
        Fields {
            id: field(&["id", "identifier"], true)?,
            title: field(&["title", "headline"], false)?,
            published: field(&["published", "datePublished", "date"], false)?,
            url: field(&["url"], false)?,
            text,
        },
    )
}

/// A JSON value's type, as an error message names it.
fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

struct Fields {
    id: Option<String>,
    title: Option<String>,
    published: Option<String>,
    url: Option<String>,
    text: String,
}

/// Validates the fields of one article and builds it.
fn build(origin: &str, config: &ReadConfig, f: Fields) -> Result<Article, ReadError> {
    if f.text.trim().is_empty() {
        return Err(err(origin, "the article text is empty"));
    }
    if f.text.len() > config.max_article_bytes {
        return Err(err(
            origin,
            format!(
                "article is {} bytes, over the limit of {} (--max-article-bytes)",
                f.text.len(),
                config.max_article_bytes
            ),
        ));
    }
    if f.text.contains('\0') {
        return Err(err(origin, "binary data (NUL bytes), not text"));
    }
    let published = match f.published.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(p) => Some(parse_published(p).ok_or_else(|| err(origin, format!("unrecognised publication date {p:?}")))?),
        None => config.default_published.clone(),
    };
    let id = match f.id.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()) {
        Some(id) => id,
        None => content_id(&f.text),
    };
    let clean =
        |s: Option<String>| s.map(|s| s.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|s| !s.is_empty());
    Ok(Article { id, title: clean(f.title), published, url: clean(f.url), text: f.text, origin: origin.to_string() })
}

/// The id of an article that has none: a hash of its text.
pub fn content_id(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("sha256-{hex}")
}

/// Parses a publication date: `2023-11-13`, an RFC 3339 date-time, or a date-time without offset.
pub fn parse_published(s: &str) -> Option<Published> {
    let s = s.trim();
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(Published { date: dt.date_naive(), date_time: Some(dt) });
    }
    for fmt in ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"] {
        if let Ok(dt) = chrono::NaiveDateTime::parse_from_str(s, fmt) {
            return Some(Published { date: dt.date(), date_time: None });
        }
    }
    let date_part = s.get(..10).unwrap_or(s);
    chrono::NaiveDate::parse_from_str(date_part, "%Y-%m-%d")
        .ok()
        .filter(|_| s.len() == 10)
        .map(|date| Published { date, date_time: None })
}

/// `.txt` / `.md`: optional `key: value` header ended by a blank line, else the first line is the title.
fn parse_plain(text: &str, name: &str, format: Format, config: &ReadConfig) -> Result<Article, ReadError> {
    let mut fields = Fields { id: None, title: None, published: None, url: None, text: String::new() };
    let mut lines = text.lines().peekable();
    let mut header = Vec::new();
    let mut has_header = true;
    for line in text.lines() {
        if line.trim().is_empty() {
            break;
        }
        match line.split_once(':') {
            Some((k, v)) if HEADER_KEYS.contains(&k.trim().to_ascii_lowercase().as_str()) => {
                header.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
            }
            _ => {
                has_header = false;
                break;
            }
        }
    }
    if has_header && !header.is_empty() {
        for _ in 0..header.len() {
            lines.next();
        }
        for (k, v) in header {
            match k.as_str() {
                "id" => fields.id = Some(v),
                "title" | "headline" => fields.title = Some(v),
                "published" | "date" => fields.published = Some(v),
                "url" => fields.url = Some(v),
                _ => {}
            }
        }
    } else {
        // No header: the first non-blank line is the title.
        while lines.peek().is_some_and(|l| l.trim().is_empty()) {
            lines.next();
        }
        let title = lines.next().unwrap_or("").trim();
        let title = if format == Format::Markdown { title.trim_start_matches('#').trim() } else { title };
        fields.title = Some(title.to_string());
    }
    let body: Vec<&str> = lines.collect();
    fields.text = body.join("\n").trim().to_string();
    if fields.text.is_empty() {
        // A one-line file: its line is the text, not just a title.
        if let Some(t) = fields.title.clone().filter(|_| !has_header) {
            fields.text = t;
        }
    }
    build(name, config, fields)
}

const HEADER_KEYS: &[&str] = &["id", "title", "headline", "published", "date", "url"];

/// `.html`: a real HTML parser; title, publication time, URL and the main text.
fn parse_html(text: &str, name: &str, config: &ReadConfig) -> Result<Article, ReadError> {
    use scraper::{Html, Selector};
    let html = Html::parse_document(text);
    let sel = |s: &str| Selector::parse(s).map_err(|e| err(name, format!("internal selector error: {e}")));
    let first_attr = |selectors: &str, attr: &str| -> Result<Option<String>, ReadError> {
        Ok(html
            .select(&sel(selectors)?)
            .filter_map(|el| el.value().attr(attr))
            .map(str::trim)
            .find(|v| !v.is_empty())
            .map(str::to_string))
    };
    let title = match html.select(&sel("title")?).next() {
        Some(t) => Some(t.text().collect::<String>()),
        None => first_attr("meta[property='og:title']", "content")?,
    }
    .or(html.select(&sel("h1")?).next().map(|h| h.text().collect::<String>()));
    let published = first_attr(
        "meta[property='article:published_time'], meta[name='article:published_time'], meta[itemprop='datePublished'], \
         meta[name='date'], meta[name='pubdate'], meta[name='publishdate'], meta[name='DC.date'], meta[name='dc.date']",
        "content",
    )?
    .or(first_attr("time[datetime]", "datetime")?);
    let url = first_attr("link[rel='canonical']", "href")?.or(first_attr("meta[property='og:url']", "content")?);
    let root = html
        .select(&sel("article")?)
        .next()
        .or(html.select(&sel("main")?).next())
        .or(html.select(&sel("body")?).next())
        .ok_or_else(|| err(name, "no <body> in the HTML document"))?;
    let mut blocks: Vec<String> = Vec::new();
    let mut current = String::new();
    collect_text(*root, &mut current, &mut blocks);
    flush(&mut current, &mut blocks);
    build(name, config, Fields { id: None, title, published, url, text: blocks.join("\n\n") })
}

const SKIPPED: &[&str] = &[
    "script", "style", "nav", "header", "footer", "aside", "noscript", "form", "template", "svg", "button", "iframe",
    "figure", "head", "title",
];
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "br",
    "hr",
    "dd",
    "dt",
    "article",
    "main",
];

fn collect_text(node: ego_tree::NodeRef<'_, scraper::Node>, current: &mut String, blocks: &mut Vec<String>) {
    for child in node.children() {
        match child.value() {
            scraper::Node::Text(t) => current.push_str(&t[..]),
            scraper::Node::Element(el) => {
                let tag = el.name();
                if SKIPPED.contains(&tag) {
                    continue;
                }
                let block = BLOCKS.contains(&tag);
                if block {
                    flush(current, blocks);
                }
                collect_text(child, current, blocks);
                if block {
                    flush(current, blocks);
                }
            }
            _ => {}
        }
    }
}

fn flush(current: &mut String, blocks: &mut Vec<String>) {
    let text = current.split_whitespace().collect::<Vec<_>>().join(" ");
    if !text.is_empty() {
        blocks.push(text);
    }
    current.clear();
}

#[cfg(test)]
mod tests;
