//! The invariants of ARCHITECTURE.md that the source itself can show: consumes the crates'
//! manifests and source files, fails on a forbidden dependency, a backwards import between
//! pipeline stages, vocabulary outside the RDF crate or a source file grown too long.

use std::path::{Path, PathBuf};

use crate::root;

/// The stages of `newskg-nlp`, in pipeline order.
const STAGES: &[&str] = &["read", "normalise", "segment", "recognise", "resolve", "time", "relate"];

/// Modules below every stage: any stage may import them; they import no stage.
const FOUNDATION: &[&str] = &["lexicon", "rulebook", "words", "zones"];

/// The longest a source file outside tests may be.
const MAX_LINES: usize = 900;

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The `[dependencies]` names of a crate's manifest (not dev-dependencies).
fn dependencies(manifest: &Path) -> Vec<String> {
    let text = read(manifest);
    let mut out = Vec::new();
    let mut in_deps = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            in_deps = line == "[dependencies]";
            continue;
        }
        if in_deps && let Some((name, _)) = line.split_once('=') {
            let name = name.trim();
            if !name.is_empty() && !name.starts_with('#') {
                out.push(name.split('.').next().unwrap_or(name).to_string());
            }
        }
    }
    out
}

/// Every `.rs` file under a folder.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The code of a file without `//` comments (doc comments included), so prose does not count.
fn code(text: &str) -> String {
    text.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

/// The top-level modules of `newskg-nlp` a file names through `crate::` (`use crate::{a, b::c}`
/// and `crate::a::f()` alike).
fn crate_modules(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        // `newskg_doc::` and friends end in "crate::" only when preceded by an identifier character.
        if code[..at].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = &code[at + "crate::".len()..];
        let names: Vec<&str> = if let Some(group) = rest.strip_prefix('{') {
            let inner = &group[..group.find('}').unwrap_or(group.len())];
            inner.split(',').map(|p| p.trim().split("::").next().unwrap_or("").trim()).collect()
        } else {
            vec![rest.split(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or("")]
        };
        out.extend(names.into_iter().filter(|n| !n.is_empty()).map(str::to_string));
    }
    out
}

/// The stage or foundation module a file of `newskg-nlp/src` belongs to.
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel.components().next().unwrap().as_os_str().to_string_lossy().to_string();
    first.trim_end_matches(".rs").to_string()
}

#[test]
fn crates_depend_only_downwards() {
    let crates = root().join("crates");
    let deps = |name: &str| dependencies(&crates.join(name).join("Cargo.toml"));
    let doc = deps("newskg-doc");
    assert!(doc.iter().all(|d| ["chrono", "serde"].contains(&d.as_str())), "newskg-doc depends on {doc:?}");
    let rdf = deps("newskg-rdf");
    for forbidden in ["newskg-nlp", "newskg-store", "oxigraph", "ort", "tokenizers", "scraper"] {
        assert!(!rdf.iter().any(|d| d == forbidden), "newskg-rdf must not depend on {forbidden}: {rdf:?}");
    }
    assert!(rdf.iter().any(|d| d == "newskg-doc") && rdf.iter().any(|d| d == "oxrdf"), "{rdf:?}");
    let nlp = deps("newskg-nlp");
    for forbidden in ["newskg-rdf", "newskg-store", "oxigraph", "oxrdf"] {
        assert!(!nlp.iter().any(|d| d == forbidden), "newskg-nlp must not depend on {forbidden}: {nlp:?}");
    }
    let store = deps("newskg-store");
    for forbidden in ["newskg-nlp", "newskg-doc"] {
        assert!(!store.iter().any(|d| d == forbidden), "newskg-store must not depend on {forbidden}: {store:?}");
    }
}

#[test]
fn stages_import_only_earlier_stages() {
    let src = root().join("crates/newskg-nlp/src");
    let mut problems = Vec::new();
    for file in rust_files(&src) {
        if file.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let module = module_of(&src, &file);
        let code = code(&read(&file));
        for used in crate_modules(&code) {
            if used == module || used == "lexicon" && module == "lexicon" {
                continue;
            }
            let stage_of = |m: &str| STAGES.iter().position(|s| *s == m);
            let ok = match (stage_of(&module), stage_of(&used)) {
                // a stage may use the foundation and the stages before it
                (Some(me), Some(it)) => it < me,
                (Some(_), None) => FOUNDATION.contains(&used.as_str()),
                // the foundation uses only the foundation
                (None, _) if FOUNDATION.contains(&module.as_str()) => FOUNDATION.contains(&used.as_str()),
                // the pipeline (and the crate root) chain everything
                (None, _) => true,
            };
            if !ok {
                problems.push(format!("{}: {module} imports crate::{used}", file.display()));
            }
        }
    }
    assert!(problems.is_empty(), "backwards or sideways imports:\n{}", problems.join("\n"));
}

/// The string literals of a stretch of code, in order (escapes kept as written; char literals
/// such as `'"'` skipped).
fn string_literals(code: &str) -> Vec<String> {
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\'' if bytes.get(i + 1) == Some(&b'\\') => i += 4,
            b'\'' if bytes.get(i + 2) == Some(&b'\'') => i += 3,
            b'"' => {
                let start = i + 1;
                i = start;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                out.push(code[start..i.min(code.len())].to_string());
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// The arguments of each `matches!(...)` in some code, with its line: parentheses balanced,
/// string and char literals skipped.
fn matches_calls(code: &str) -> Vec<(usize, &str)> {
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    for (at, _) in code.match_indices("matches!(") {
        let open = at + "matches!(".len();
        let (mut depth, mut i) = (1, open);
        while i < bytes.len() && depth > 0 {
            match bytes[i] {
                b'\'' if bytes.get(i + 1) == Some(&b'\\') => i += 3,
                b'\'' if bytes.get(i + 2) == Some(&b'\'') => i += 2,
                b'"' => {
                    i += 1;
                    while i < bytes.len() && bytes[i] != b'"' {
                        i += if bytes[i] == b'\\' { 2 } else { 1 };
                    }
                }
                b'(' => depth += 1,
                b')' => depth -= 1,
                _ => {}
            }
            i += 1;
        }
        out.push((code[..at].matches('\n').count() + 1, &code[open..i.saturating_sub(1).max(open)]));
    }
    out
}

/// Inline word lists in one stage file's code (tests excluded): a `matches!` on string literals
/// with a word among them, an inline slice of two or more string literals, a chain of
/// comparisons with word literals (`w == "a" || w == "b"`), or a `match` arm whose pattern holds
/// a word literal (`"hour" | "hours" => 60.0`, `Some("ago") =>`), the word-to-value tables the
/// lexicon holds instead.
fn inline_word_lists(code: &str) -> Vec<String> {
    let is_word = |s: &String| s.chars().any(char::is_alphabetic);
    // A word in a pattern: letters only, some lower-case. Upper-case literals are the labels of
    // the NER model ("ORG", "B") and literals with `_` are identifiers ("input_ids"), not words.
    let is_pattern_word =
        |s: &String| !s.is_empty() && s.chars().all(char::is_alphabetic) && s.chars().any(char::is_lowercase);
    let mut out = Vec::new();
    for (line, args) in matches_calls(code) {
        // Punctuation and symbols (`"." | ";"`, dashes, currency signs) are syntax, not a language's
        // vocabulary: such a `matches!` may stay where it is used.
        if string_literals(args).iter().any(is_word) {
            out.push(format!("{line}: matches!({})", args.split_whitespace().collect::<Vec<_>>().join(" ")));
        }
    }
    for (n, line) in code.lines().enumerate() {
        let literals = |s: &str| string_literals(s).into_iter().filter(is_word).count();
        if let Some(at) = line.find("=>") {
            // the arm's pattern, without its guard
            let pattern = &line[..at];
            let pattern = &pattern[..pattern.find(" if ").unwrap_or(pattern.len())];
            if string_literals(pattern).iter().any(is_pattern_word) {
                out.push(format!("{}: match arm on a word: {}", n + 1, line.trim()));
            }
        }
        if let Some(at) = line.find("&[\"")
            && literals(&line[at..line[at..].find(']').map_or(line.len(), |e| at + e)]) >= 2
        {
            out.push(format!("{}: inline slice: {}", n + 1, line.trim()));
        }
        for (op, join) in [(" == \"", "||"), (" != \"", "&&")] {
            // the same left-hand side compared with two or more words
            let mut sides: Vec<&str> = line
                .split(join)
                // a comparison joined with a further condition is logic, not a list
                .filter(|part| literals(part) == 1 && !part.contains(if join == "||" { "&&" } else { "||" }))
                .filter_map(|part| part.find(op).map(|at| &part[..at]))
                .map(|lhs| lhs.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '!').next().unwrap_or(lhs))
                .collect();
            sides.sort_unstable();
            if sides.windows(2).any(|w| w[0] == w[1]) {
                out.push(format!("{}: {}..{join} chain: {}", n + 1, op.trim(), line.trim()));
            }
        }
    }
    out
}

/// Single-word tests in one stage file's code (tests excluded): a lower-case, letters-only string
/// literal of two or more letters compared with `==`/`!=` or passed to `is(..)`,
/// `eq_ignore_ascii_case`, `starts_with`, `ends_with`, `strip_prefix` or `strip_suffix`
/// (`p.is(j, "quarter")`, `w == "this"`, `w.ends_with("ed")`): the word is a named constant in the
/// lexicon instead. Upper-case literals (model labels) and literals with `_` (identifiers) are
/// not words; punctuation may be compared inline.
fn single_word_tests(code: &str) -> Vec<String> {
    const CALLS: [&str; 6] = ["is", "eq_ignore_ascii_case", "starts_with", "ends_with", "strip_prefix", "strip_suffix"];
    let is_word = |s: &str| s.len() >= 2 && s.bytes().all(|b| b.is_ascii_lowercase());
    // the name of the call whose unclosed `(` comes before `at` on the line, if any
    let call_of = |line: &str, at: usize| {
        let mut depth = 0;
        for (k, c) in line[..at].char_indices().rev() {
            match c {
                ')' => depth += 1,
                '(' if depth == 0 => {
                    let before = line[..k].trim_end();
                    let start = before.rfind(|c: char| !(c.is_alphanumeric() || c == '_')).map_or(0, |s| s + 1);
                    return before[start..].to_string();
                }
                '(' => depth -= 1,
                _ => {}
            }
        }
        String::new()
    };
    let mut out = Vec::new();
    for (n, line) in code.lines().enumerate() {
        let mut from = 0;
        for literal in string_literals(line) {
            let quoted = format!("\"{literal}\"");
            let Some(at) = line[from..].find(&quoted).map(|a| from + a) else { continue };
            from = at + quoted.len();
            if !is_word(&literal) {
                continue;
            }
            let (before, after) = (line[..at].trim_end(), line[from..].trim_start());
            let compared = ["==", "!="].iter().any(|op| before.ends_with(op) || after.starts_with(op));
            if compared || CALLS.contains(&call_of(line, at).as_str()) {
                out.push(format!("{}: \"{literal}\" tested inline: {}", n + 1, line.trim()));
            }
        }
    }
    out
}

#[test]
fn word_lists_live_in_the_lexicon() {
    let src = root().join("crates/newskg-nlp/src");
    let mut problems = Vec::new();
    for file in rust_files(&src) {
        let module = module_of(&src, &file);
        // read/ matches markup and header keys, not language; zones.rs is the table of zone and
        // place names to UTC offsets, below the stages like the lexicon
        if ["lexicon", "read", "zones"].contains(&module.as_str()) || file.file_name().is_some_and(|n| n == "tests.rs")
        {
            continue;
        }
        let text = read(&file);
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_start();
            let is_const =
                line.starts_with("const ") || line.starts_with("pub(crate) const ") || line.starts_with("pub const ");
            if is_const && (line.contains(": &[&str]") || line.contains(": &[(&str")) {
                problems.push(format!("{}:{}: {line}", file.display(), n + 1));
            }
        }
        let code = code(&text);
        let code = &code[..code.find("#[cfg(test)]").unwrap_or(code.len())];
        problems.extend(inline_word_lists(code).into_iter().map(|p| format!("{}:{p}", file.display())));
        problems.extend(single_word_tests(code).into_iter().map(|p| format!("{}:{p}", file.display())));
    }
    assert!(problems.is_empty(), "word lists outside the lexicon:\n{}", problems.join("\n"));
}

#[test]
fn no_word_list_is_written_twice() {
    let mut lists: Vec<(String, Vec<String>)> = Vec::new();
    let mut problems = Vec::new();
    for file in rust_files(&root().join("crates/newskg-nlp/src/lexicon")) {
        let code = code(&read(&file));
        for (at, _) in code.match_indices(": &[&str] =") {
            let name = code[..at].rsplit(' ').next().unwrap_or("").to_string();
            let body = &code[at..];
            let body = &body[..body.find("];").unwrap_or(body.len())];
            let mut words = string_literals(body);
            let count = words.len();
            words.sort_unstable();
            words.dedup();
            if words.len() != count {
                problems.push(format!("{}: {name} repeats a word", file.display()));
            }
            lists.push((name, words));
        }
    }
    for (i, (name, words)) in lists.iter().enumerate() {
        for (other, theirs) in &lists[i + 1..] {
            if words == theirs {
                problems.push(format!("{name} and {other} hold the same words"));
            }
        }
    }
    assert!(lists.len() > 100, "found only {} lists", lists.len());
    assert!(problems.is_empty(), "lists written twice:\n{}", problems.join("\n"));
}

#[test]
fn inline_word_lists_are_found() {
    let found = inline_word_lists(concat!(
        "if matches!(w, \"said\" | \"says\") {}\n",
        "let ok = matches!(x.as_str(), \",\" | \"which\");\n",
        "let stop = matches!(w, \".\" | \";\") || matches!(c, '\"' | '(');\n",
        "p.any(i, &[\"a\", \"an\"]);\n",
        "if w == \"past\" || w == \"coming\" {}\n",
        "let co = w != \"founded\" && w != \"started\";\n",
        "if w == \"owned\" || w.ends_with(\"-owned\") {}\n",
        "if next == \"to\" || (prev == \"of\" && x) {}\n",
        "\"hour\" | \"hours\" => 60.0,\n",
        "(\"day\", Some(\"ago\")) => x,\n",
        "\"h\" if p.tight(j) => 60.0,\n",
        "_ if w == \"this\" => 0,\n",
        "\"ORG\" | \"COMPANY\" => kind,\n",
        "\"input_ids\" => ids,\n",
        "\".\" | \"-\" => stop,\n",
        "x => println!(\"{x} => done\"),\n",
    ));
    assert_eq!(found.len(), 8, "{found:#?}");
    assert!(found[0].starts_with("1: matches!(w, \"said\""), "{found:#?}");
    assert!(found[1].starts_with("2: matches!"), "{found:#?}");
    assert!(found[5].starts_with("9: match arm on a word"), "{found:#?}");
    assert!(found[7].starts_with("11: match arm on a word"), "{found:#?}");
}

#[test]
fn single_word_tests_are_found() {
    let found = single_word_tests(concat!(
        "if p.is(j, \"quarter\") {}\n",
        "if w == \"this\" && self.any(j, PAST_COMING) {}\n",
        "let of = t.lower.eq_ignore_ascii_case(\"of\");\n",
        "if w.len() > 4 && w.ends_with(\"ed\") {}\n",
        "if \"the\" != words.lower(k) {}\n",
        "if text.starts_with(\"mid\") {}\n",
        "if p.is(j, QUARTER) && w == THIS {}\n",
        "if next == \",\" && p.is(j, \"-\") {}\n",
        "if label == \"ORG\" || name == \"input_ids\" {}\n",
        "let k = if split == 1 { \"sentence\" } else { \"sentences\" };\n",
        "let a = p.is(j, \"a\");\n",
        "println!(\"{}\", f(\"word\"));\n",
    ));
    assert_eq!(found.len(), 6, "{found:#?}");
    for (i, word) in ["quarter", "this", "of", "ed", "the", "mid"].iter().enumerate() {
        assert!(found[i].starts_with(&format!("{}: \"{word}\" tested inline", i + 1)), "{found:#?}");
    }
}

#[test]
fn only_the_rdf_crate_writes_namespaces() {
    let namespaces = ["http://schema.org/", "http://www.w3.org/ns/org#", "https://newskg.example/ns#"];
    let mut problems = Vec::new();
    for dir in ["crates/newskg-doc/src", "crates/newskg-nlp/src", "crates/newskg-store/src", "src/serve"] {
        for file in rust_files(&root().join(dir)).into_iter().chain(
            ["src/serve/ui/app.js", "src/serve/ui/index.html"]
                .iter()
                .map(|p| root().join(p))
                .filter(|_| dir == "src/serve"),
        ) {
            if file.file_name().is_some_and(|n| n == "tests.rs") {
                continue;
            }
            let text = read(&file);
            for ns in namespaces {
                if text.contains(ns) {
                    problems.push(format!("{}: writes {ns}", file.display()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "namespaces outside newskg-rdf:\n{}", problems.join("\n"));
}

#[test]
fn no_source_file_is_too_long() {
    let mut problems = Vec::new();
    for dir in ["src", "crates", "benches"] {
        for file in rust_files(&root().join(dir)) {
            let name = file.file_name().unwrap().to_string_lossy().to_string();
            if name == "tests.rs" || file.components().any(|c| c.as_os_str() == "tests") {
                continue;
            }
            let lines = read(&file).lines().count();
            if lines > MAX_LINES {
                problems.push(format!("{}: {lines} lines", file.display()));
            }
        }
    }
    assert!(problems.is_empty(), "source files over {MAX_LINES} lines:\n{}", problems.join("\n"));
}
