//! Unit tests for `read`: every format, and every kind of bad input.

use std::io::Write;
use std::path::PathBuf;

use super::{Format, Input, ReadConfig, expand, read_input};

fn config() -> ReadConfig {
    ReadConfig { format: None, default_published: None, max_article_bytes: 1 << 20 }
}

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    let mut f = std::fs::File::create(&p).unwrap();
    f.write_all(bytes).unwrap();
    p
}

fn read_all(path: &std::path::Path, cfg: &ReadConfig) -> Vec<Result<super::Article, super::ReadError>> {
    read_input(&Input::File(path.to_path_buf()), cfg).collect()
}

fn tmp() -> PathBuf {
    let mut seed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    seed ^= u128::from(std::process::id());
    let d = std::env::temp_dir().join(format!("newskg-read-{seed:x}-{}", rand_suffix()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn rand_suffix() -> usize {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    N.fetch_add(1, Ordering::Relaxed)
}

#[test]
fn text_with_header() {
    let d = tmp();
    let p = write(
        &d,
        "a.txt",
        b"id: a1\ntitle: Hello\npublished: 2024-03-05\nurl: https://x.test/a\n\nBody line one.\nTwo.",
    );
    let arts = read_all(&p, &config());
    let a = arts[0].as_ref().unwrap();
    assert_eq!(a.id, "a1");
    assert_eq!(a.title.as_deref(), Some("Hello"));
    assert_eq!(a.published.as_ref().unwrap().date.to_string(), "2024-03-05");
    assert_eq!(a.url.as_deref(), Some("https://x.test/a"));
    assert_eq!(a.text, "Body line one.\nTwo.");
}

#[test]
fn text_without_header_takes_first_line_as_title() {
    let d = tmp();
    let p = write(&d, "b.md", b"# A Title: with colon\n\nThe body.");
    let a = read_all(&p, &config()).remove(0).unwrap();
    assert_eq!(a.title.as_deref(), Some("A Title: with colon"));
    assert_eq!(a.text, "The body.");
    assert!(a.id.starts_with("sha256-"));
}

#[test]
fn html_main_text_and_metadata() {
    let d = tmp();
    let html = br#"<html><head><title>Big Outage</title>
        <meta property="article:published_time" content="2024-01-02T10:00:00Z">
        <link rel="canonical" href="https://x.test/o"><style>p{}</style><script>var x = "no";</script></head>
        <body><nav>Home | News</nav><header>Site</header>
        <article><h1>Big Outage</h1><p>First <em>para</em>graph.</p><p>Second  one.</p><script>evil()</script></article>
        <footer>(c) site</footer></body></html>"#;
    let p = write(&d, "c.html", html);
    let a = read_all(&p, &config()).remove(0).unwrap();
    assert_eq!(a.title.as_deref(), Some("Big Outage"));
    assert_eq!(a.published.as_ref().unwrap().date.to_string(), "2024-01-02");
    assert_eq!(a.url.as_deref(), Some("https://x.test/o"));
    assert_eq!(a.text, "Big Outage\n\nFirst paragraph.\n\nSecond one.");
}

#[test]
fn html_time_element_and_body_fallback() {
    let d = tmp();
    let p = write(
        &d,
        "d.htm",
        b"<html><body><nav>x</nav><p>Posted <time datetime=\"2023-05-06\">May 6</time></p><p>Text.</p></body></html>",
    );
    let a = read_all(&p, &config()).remove(0).unwrap();
    assert_eq!(a.published.as_ref().unwrap().date.to_string(), "2023-05-06");
    assert_eq!(a.text, "Posted May 6\n\nText.");
}

#[test]
fn json_object_and_array() {
    let d = tmp();
    let p = write(&d, "e.json", br#"[{"id": 7, "text": "One."}, {"text": "Two.", "published": "bad"}, 3]"#);
    let arts = read_all(&p, &config());
    assert_eq!(arts.len(), 3);
    assert_eq!(arts[0].as_ref().unwrap().id, "7");
    assert_eq!(
        arts[1].as_ref().unwrap_err().to_string(),
        format!("{} item 2: unrecognised publication date \"bad\"", p.display())
    );
    assert!(arts[2].as_ref().unwrap_err().to_string().ends_with(" item 3: expected a JSON object"));
}

#[test]
fn json_fields_must_be_strings() {
    let d = tmp();
    let cases: &[(&str, &str)] = &[
        (r#"{"text": 12345}"#, r#"field "text" must be a string, not a number"#),
        (r#"{"text": 42.5, "title": 7}"#, r#"field "text" must be a string, not a number"#),
        (r#"{"text": "Body.", "title": 7}"#, r#"field "title" must be a string, not a number"#),
        (r#"{"text": "Body.", "title": ["a"]}"#, r#"field "title" must be a string, not an array"#),
        (r#"{"text": "Body.", "published": 20240305}"#, r#"field "published" must be a string, not a number"#),
        (r#"{"text": "Body.", "url": true}"#, r#"field "url" must be a string, not a boolean"#),
        (r#"{"text": "Body.", "id": 4.5}"#, r#"field "id" must be a string or a whole number, not a number"#),
        (r#"{"text": {"a": 1}}"#, r#"field "text" must be a string, not an object"#),
    ];
    for (i, (record, reason)) in cases.iter().enumerate() {
        let p = write(&d, &format!("t{i}.jsonl"), format!("{record}\n").as_bytes());
        let arts = read_all(&p, &config());
        assert_eq!(arts.len(), 1);
        assert_eq!(arts[0].as_ref().unwrap_err().to_string(), format!("{}:1: {reason}", p.display()), "{record}");
    }
    // A whole-number id is its digits; null fields are absent.
    let p = write(&d, "ok.jsonl", br#"{"id": 42, "text": "Body.", "title": null}"#);
    let a = read_all(&p, &config()).remove(0).unwrap();
    assert_eq!((a.id.as_str(), a.title), ("42", None));
}

#[test]
fn jsonl_reports_bad_lines_and_goes_on() {
    let d = tmp();
    let p = write(
        &d,
        "f.jsonl",
        b"{\"id\":\"a\",\"text\":\"A.\"}\n{not json\n\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"D.\"}\n",
    );
    let arts = read_all(&p, &config());
    assert_eq!(arts.len(), 4);
    assert_eq!(arts[0].as_ref().unwrap().id, "a");
    assert!(arts[1].as_ref().unwrap_err().to_string().starts_with(&format!("{}:2: malformed JSON", p.display())));
    assert_eq!(
        arts[2].as_ref().unwrap_err().to_string(),
        format!("{}:4: missing required field \"text\"", p.display())
    );
    assert_eq!(arts[3].as_ref().unwrap().id, "d");
}

#[test]
fn bad_files_get_one_clear_error() {
    let d = tmp();
    let cases: Vec<(PathBuf, &str)> = vec![
        (write(&d, "bin.txt", b"\x7fELF\0\0\x01binary"), "binary data (NUL bytes), not text"),
        (write(&d, "utf.txt", b"ok \xff\xfe bad"), "invalid UTF-8 at byte 3"),
        (write(&d, "empty.txt", b""), "empty input"),
        (write(&d, "blank.jsonl", b"\n\n"), "empty input"),
        (write(&d, "x.docx", b"PK"), "unknown format (extension \"docx\"); use --format txt|md|html|json|jsonl"),
    ];
    for (p, reason) in cases {
        let arts = read_all(&p, &config());
        assert_eq!(arts.len(), 1, "{p:?}");
        assert_eq!(arts[0].as_ref().unwrap_err().to_string(), format!("{}: {reason}", p.display()));
    }
}

#[test]
fn oversized_article_is_refused() {
    let d = tmp();
    let cfg = ReadConfig { max_article_bytes: 1000, ..config() };
    let big = "word ".repeat(400);
    let p = write(&d, "big.txt", format!("title: t\n\n{big}").as_bytes());
    let err = read_all(&p, &cfg).remove(0).unwrap_err().to_string();
    assert!(err.contains("over the limit of 1000"), "{err}");
    // A line is allowed twice the article limit (JSON escapes), at least 64 KiB.
    let line = format!("{{\"text\": \"{}\"}}\n{{\"text\": \"small\"}}\n", "x".repeat(70_000));
    let p = write(&d, "big.jsonl", line.as_bytes());
    let arts = read_all(&p, &cfg);
    assert!(arts[0].as_ref().unwrap_err().to_string().contains("line is longer than"));
    assert_eq!(arts[1].as_ref().unwrap().text, "small");
}

#[test]
fn expand_walks_directories_and_reports_missing_paths() {
    let d = tmp();
    std::fs::create_dir_all(d.join("sub")).unwrap();
    write(&d, "sub/a.txt", b"x");
    write(&d, "b.json", b"{}");
    write(&d, "skip.bin", b"x");
    write(&d, ".hidden.txt", b"x");
    write(&d, "README.md", b"about this folder");
    let got = expand(&[d.clone(), d.join("missing.txt"), PathBuf::from("-")], None);
    assert_eq!(got.len(), 4);
    assert_eq!(got[0], Ok(Input::File(d.join("b.json"))));
    assert_eq!(got[1], Ok(Input::File(d.join("sub/a.txt"))));
    assert_eq!(got[2].as_ref().unwrap_err().reason, "no such file or directory");
    assert_eq!(got[3], Ok(Input::Stdin));
    assert_eq!(Format::parse("jsonl"), Some(Format::Jsonl));
}
