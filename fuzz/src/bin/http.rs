//! Bytes of a connection through the HTTP request parser (`newskg_http::read_request`), the way
//! `newskg serve` reads them: one request after another until the input ends or a request is
//! refused. The same bytes are read three ways (all at once, one byte per read, and in reads of
//! 3 bytes through an 8-byte buffer); the outcomes must be the same, so partial reads change
//! nothing. Each outcome is a request or a typed error (a result holds one or the other), and:
//! - a refusal has a status the server knows (400, 413, 431, 501, 505) and a one-line message;
//! - a request respects the limits: at most `MAX_HEADERS` headers and `MAX_HEAD` bytes of head,
//!   header names are tokens and values hold no CR, LF or other control byte (tab aside) and no
//!   surrounding blanks, the method is upper-case letters, the target visible ASCII from `/`;
//! - its body is at most `max_body` bytes and is framed by exactly one of: `Content-Length`
//!   headers that all say the body's length, one `Transfer-Encoding: chunked`, or nothing (empty);
//! - its target splits into path and query string, and the query string decodes (or is refused)
//!   without a panic, a `%` not followed by two hex digits is refused, and decoded pairs,
//!   percent-encoded again, decode to the same pairs;
//! - written back out (canonical framing by `Content-Length`, with bare LF or with CRLF line ends)
//!   and parsed again, it is the same request (same version and keep-alive too).

use std::io::{BufReader, Read};

use newskg_http::{Incoming, MAX_HEAD, MAX_HEADERS, Request, RequestError, parse_form, read_request};

/// Small, so that the fuzzer reaches the 413 paths with short inputs.
const MAX_BODY: usize = 1000;
/// Requests read from one input at most (pipelining).
const MAX_REQUESTS: usize = 32;

/// A reader that hands out at most `step` bytes per read.
struct Trickle<'a> {
    data: &'a [u8],
    step: usize,
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.step.min(buf.len()).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

/// One call's outcome and what it wrote as an interim answer.
type Outcome = (Result<Incoming, RequestError>, Vec<u8>);

/// Reads requests until the input ends, a request is refused, or `MAX_REQUESTS`.
fn read_all(reader: &mut impl std::io::BufRead) -> Vec<Outcome> {
    let mut out = Vec::new();
    while out.len() < MAX_REQUESTS {
        let mut interim = Vec::new();
        match read_request(reader, &mut interim, MAX_BODY) {
            Ok(None) => break,
            Ok(Some(incoming)) => out.push((Ok(incoming), interim)),
            Err(e) => {
                out.push((Err(e), interim));
                break;
            }
        }
    }
    out
}

fn is_token(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

fn values<'a>(r: &'a Request, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    r.headers.iter().filter(move |(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

fn is_framing(name: &str) -> bool {
    name.eq_ignore_ascii_case("content-length") || name.eq_ignore_ascii_case("transfer-encoding")
}

fn check_error(e: &RequestError) {
    match e {
        RequestError::Refused { status, message } => {
            assert!([400, 413, 431, 501, 505].contains(status), "unexpected status {status}");
            assert!(!message.is_empty() && !message.contains(['\r', '\n']), "bad message {message:?}");
        }
        RequestError::Closed(why) => assert!(!why.is_empty()),
        _ => {}
    }
}

fn check_request(incoming: &Incoming, interim: &[u8]) {
    let r = &incoming.request;
    assert!(!r.method.is_empty() && r.method.bytes().all(|b| b.is_ascii_uppercase()), "method {:?}", r.method);
    assert!(r.target.starts_with('/') && r.target.bytes().all(|b| b.is_ascii_graphic()), "target {:?}", r.target);
    assert!(r.headers.len() <= MAX_HEADERS, "{} headers", r.headers.len());
    for (name, value) in &r.headers {
        assert!(is_token(name), "header name {name:?}");
        assert!(!value.bytes().any(|b| (b < 0x20 && b != b'\t') || b == 0x7f), "control byte in {value:?}");
        assert!(!value.starts_with([' ', '\t']) && !value.ends_with([' ', '\t']), "blanks around {value:?}");
    }
    assert!(head(incoming, "\n", ":").len() <= MAX_HEAD, "head over {MAX_HEAD} bytes");
    assert!(r.body.len() <= MAX_BODY, "body of {} bytes", r.body.len());

    // Framing: exactly one way, and it says the body's length.
    let lengths: Vec<&str> = values(r, "content-length").collect();
    let codings: Vec<&str> = values(r, "transfer-encoding").collect();
    if !codings.is_empty() {
        assert_eq!(codings.len(), 1, "several Transfer-Encoding headers");
        assert!(codings[0].eq_ignore_ascii_case("chunked"), "coding {:?}", codings[0]);
        assert!(lengths.is_empty(), "Content-Length beside chunked");
    } else if !lengths.is_empty() {
        for l in &lengths {
            assert!(l.bytes().all(|b| b.is_ascii_digit()), "Content-Length {l:?}");
            assert_eq!(l.parse::<usize>().ok(), Some(r.body.len()), "Content-Length {l:?} for {} bytes", r.body.len());
        }
    } else {
        assert!(r.body.is_empty(), "a body without framing");
    }
    let continued = r.header("expect").is_some_and(|e| e.eq_ignore_ascii_case("100-continue"))
        && (!lengths.is_empty() || !codings.is_empty());
    assert_eq!(interim == b"HTTP/1.1 100 Continue\r\n\r\n", continued, "interim {interim:?}");
    assert!(interim.is_empty() || continued);

    let connection = r.header("connection").unwrap_or("").to_ascii_lowercase();
    let keep = if incoming.http10 { connection.contains("keep-alive") } else { !connection.contains("close") };
    assert_eq!(incoming.keep_alive, keep);

    // The target: path + query string, decoded safely.
    match r.target.split_once('?') {
        Some((p, q)) => assert_eq!((r.path(), r.query_string()), (p, q)),
        None => assert_eq!((r.path(), r.query_string()), (r.target.as_str(), "")),
    }
    let query = r.query_string().as_bytes();
    let escapes_ok = query
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'%')
        .all(|(i, _)| query.get(i + 1..i + 3).is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)));
    if !escapes_ok {
        assert!(parse_form(query).is_err(), "a malformed %-escape was decoded: {query:?}");
    }
    if let Ok(pairs) = parse_form(query) {
        let encoded: Vec<String> = pairs.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect();
        assert_eq!(parse_form(encoded.join("&").as_bytes()).as_ref(), Ok(&pairs), "form round trip");
    }
}

/// Percent-encodes every byte but unreserved ones.
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// The request's head as written back: request line, non-framing headers, `Content-Length`
/// when there is a body, blank line.
fn head(incoming: &Incoming, eol: &str, colon: &str) -> Vec<u8> {
    let r = &incoming.request;
    let version = if incoming.http10 { "HTTP/1.0" } else { "HTTP/1.1" };
    let mut head = format!("{} {} {version}{eol}", r.method, r.target);
    for (name, value) in r.headers.iter().filter(|(n, _)| !is_framing(n)) {
        head.push_str(&format!("{name}{colon}{value}{eol}"));
    }
    if !r.body.is_empty() {
        head.push_str(&format!("Content-Length{colon}{}{eol}", r.body.len()));
    }
    head.push_str(eol);
    head.into_bytes()
}

/// Written back and parsed again: the same request, framing headers aside.
fn check_round_trip(incoming: &Incoming) {
    let strip = |i: &Incoming| {
        let mut i = i.clone();
        i.request.headers.retain(|(n, _)| !is_framing(n));
        i
    };
    for (eol, colon) in [("\n", ":"), ("\r\n", ": ")] {
        let mut bytes = head(incoming, eol, colon);
        let fits = bytes.len() <= MAX_HEAD;
        bytes.extend_from_slice(&incoming.request.body);
        let again = read_request(&mut &bytes[..], &mut std::io::sink(), MAX_BODY);
        match again {
            Ok(Some(again)) => {
                assert!(fits, "a head over {MAX_HEAD} bytes was accepted");
                assert_eq!(strip(&again), strip(incoming), "round trip with {eol:?} line ends");
            }
            // Only the CRLF form may grow past the limit (the bare-LF one is never longer than
            // what was read).
            Err(RequestError::Refused { status: 431, .. }) if !fits && eol == "\r\n" => {}
            other => panic!("written back with {eol:?} line ends, the request reads as {other:?}"),
        }
    }
}

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let whole = read_all(&mut &data[..]);
        let bytewise = read_all(&mut BufReader::with_capacity(1, Trickle { data, step: 1 }));
        let small = read_all(&mut BufReader::with_capacity(8, Trickle { data, step: 3 }));
        assert_eq!(whole, bytewise, "reading a byte at a time changed the outcome");
        assert_eq!(whole, small, "reading 3 bytes at a time changed the outcome");
        for (i, (outcome, interim)) in whole.iter().enumerate() {
            match outcome {
                Ok(incoming) => {
                    check_request(incoming, interim);
                    check_round_trip(incoming);
                }
                Err(e) => {
                    assert_eq!(i + 1, whole.len(), "a request read after an error");
                    check_error(e);
                }
            }
        }
    });
}
