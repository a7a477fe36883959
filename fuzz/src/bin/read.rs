//! Bytes through every reader (txt, md, html, json, jsonl). Each result is either an error whose
//! origin names the input, or an article whose text is non-empty and names the input too.

use std::fs::{File, OpenOptions};
use std::io::Cursor;
use std::os::fd::AsRawFd;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use newskg_nlp::read::{Format, Input, ReadConfig, read_input, read_jsonl};

const FORMATS: [Format; 5] = [Format::Text, Format::Markdown, Format::Html, Format::Json, Format::Jsonl];

/// The scratch file the readers open by path: created in /dev/shm (memory) or the temporary
/// folder and unlinked at once, then named through `/proc/self/fd/N`. So nothing is left behind
/// however the fuzzer ends the process (afl-fuzz kills its targets), and every run (the fork
/// server and its children share the descriptor) reuses one file.
fn scratch_file() -> (File, PathBuf) {
    let base = if Path::new("/dev/shm").is_dir() { PathBuf::from("/dev/shm") } else { std::env::temp_dir() };
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    let named = base.join(format!("newskg-fuzz-read-{}-{nanos}", std::process::id()));
    let file = OpenOptions::new().read(true).write(true).create_new(true).open(&named).expect("scratch file");
    std::fs::remove_file(&named).expect("unlink the scratch file");
    let path = PathBuf::from(format!("/proc/self/fd/{}", file.as_raw_fd()));
    (file, path)
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
    let (file, path) = scratch_file();
    let name = path.display().to_string();
    afl::fuzz!(|data: &[u8]| {
        file.set_len(0).expect("truncate the scratch file");
        file.write_all_at(data, 0).expect("write the scratch file");
        for format in FORMATS {
            let config = ReadConfig { format: Some(format), default_published: None, max_article_bytes: 1 << 20 };
            check(read_input(&Input::File(path.clone()), &config), &name);
        }
        // The streaming JSONL reader as the HTTP ingest endpoint uses it.
        let config = ReadConfig { format: None, default_published: None, max_article_bytes: 1 << 20 };
        check(read_jsonl(Box::new(Cursor::new(data.to_vec())), "body", &config), "body");
    });
}
