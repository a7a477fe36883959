//! Bytes through every reader (txt, md, html, json, jsonl). Each result is either an error whose
//! origin names the input, or an article whose text is non-empty and names the input too.

use std::io::Cursor;
use std::path::PathBuf;

use newskg_nlp::read::{Format, Input, ReadConfig, read_input, read_jsonl};

const FORMATS: [(Format, &str); 5] = [
    (Format::Text, "txt"),
    (Format::Markdown, "md"),
    (Format::Html, "html"),
    (Format::Json, "json"),
    (Format::Jsonl, "jsonl"),
];

fn scratch_dir() -> PathBuf {
    let base = if std::path::Path::new("/dev/shm").is_dir() { PathBuf::from("/dev/shm") } else { std::env::temp_dir() };
    let dir = base.join(format!("newskg-fuzz-read-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch directory");
    dir
}

fn check(items: impl Iterator<Item = Result<newskg_nlp::Article, newskg_nlp::read::ReadError>>, name: &str) {
    // Bounded: a JSON array or JSONL stream yields one item per record.
    for item in items.take(10_000) {
        match item {
            Err(e) => assert!(e.origin.starts_with(name), "error origin {:?} does not name {name:?}", e.origin),
            Ok(a) => {
                assert!(!a.text.trim().is_empty(), "empty article text from {name}");
                assert!(a.origin.starts_with(name), "article origin {:?} does not name {name:?}", a.origin);
                assert!(!a.id.is_empty(), "empty article id from {name}");
            }
        }
    }
}

fn main() {
    let dir = scratch_dir();
    afl::fuzz!(|data: &[u8]| {
        for (format, ext) in FORMATS {
            let path = dir.join(format!("input.{ext}"));
            std::fs::write(&path, data).expect("write scratch input");
            let config = ReadConfig { format: Some(format), default_published: None, max_article_bytes: 1 << 20 };
            let name = path.display().to_string();
            check(read_input(&Input::File(path), &config), &name);
        }
        // The streaming JSONL reader as the HTTP ingest endpoint uses it.
        let config = ReadConfig { format: None, default_published: None, max_article_bytes: 1 << 20 };
        check(read_jsonl(Box::new(Cursor::new(data.to_vec())), "body", &config), "body");
    });
}
