//! HTTP/1.1 requests for `newskg serve`: consumes the bytes of a connection from a reader,
//! produces one [`Request`] at a time or a [`RequestError`] that says how to answer (a status and
//! a message) or that the connection is to be closed without an answer.
//!
//! It parses only what the server needs: the request line, headers (at most [`MAX_HEAD`] bytes
//! and [`MAX_HEADERS`] lines), and a body by `Content-Length` or chunked transfer coding, never
//! more than the caller's body limit. It is strict where leniency lets a proxy and the server read
//! one request differently (request smuggling): a bare CR, a control character, a folded or
//! malformed header line, a request target with raw non-ASCII or control bytes, conflicting
//! `Content-Length` headers or two `Transfer-Encoding` headers are refused with 400.
//!
//! It depends on `std` and `thiserror` only, so the fuzz targets (`fuzz/`, target `http`) build it
//! without the store. The socket layer (threads, limits per client, writing responses) is
//! `newskg::serve::http`.

use std::io::{BufRead, Read, Write};
use std::time::{Duration, Instant};

/// Largest request line plus headers (and, separately, chunk-size lines plus trailers).
pub const MAX_HEAD: usize = 64 * 1024;
/// Most header lines in one request.
pub const MAX_HEADERS: usize = 100;
/// A request head that takes longer than this to arrive closes the connection.
pub const HEAD_TIMEOUT: Duration = Duration::from_secs(30);

/// An HTTP request as the handler sees it: the body already read and de-chunked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Request {
    /// Upper-cased ASCII letters.
    pub method: String,
    /// The request target: path plus optional `?query`, visible ASCII only, starting with `/`.
    pub target: String,
    /// (name, value) in the order received; names compared case-insensitively; values without
    /// the spaces and tabs around them.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    /// The first header of that name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The path without the query string.
    pub fn path(&self) -> &str {
        self.target.split_once('?').map_or(self.target.as_str(), |(p, _)| p)
    }

    /// The raw query string (after `?`), empty if none.
    pub fn query_string(&self) -> &str {
        self.target.split_once('?').map_or("", |(_, q)| q)
    }

    /// The media type of the body, lower-cased, without parameters.
    pub fn content_type(&self) -> String {
        self.header("content-type")
            .map(|c| c.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
            .unwrap_or_default()
    }
}

/// A request read from a connection, with what the connection needs to know about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    pub request: Request,
    /// The request line said `HTTP/1.0` (otherwise `HTTP/1.1`).
    pub http10: bool,
    /// The connection may carry another request after this one.
    pub keep_alive: bool,
}

/// Why no request could be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RequestError {
    /// Answer with this status (400, 413, 431, 501 or 505) and message, then close.
    #[error("{status}: {message}")]
    Refused { status: u16, message: String },
    /// Close without an answer: the connection ended or failed inside a request, or its head
    /// took longer than [`HEAD_TIMEOUT`].
    #[error("connection closed: {0}")]
    Closed(&'static str),
}

impl RequestError {
    fn refused(status: u16, message: impl Into<String>) -> RequestError {
        RequestError::Refused { status, message: message.into() }
    }

    fn bad(message: &str) -> RequestError {
        RequestError::refused(400, message)
    }

    fn too_large(max_body: usize) -> RequestError {
        RequestError::refused(413, format!("request body is larger than {max_body} bytes (--max-body)"))
    }

    /// The status to answer with; `None` when the connection is closed without an answer.
    pub fn status(&self) -> Option<u16> {
        match self {
            RequestError::Refused { status, .. } => Some(*status),
            RequestError::Closed(_) => None,
        }
    }
}

const ENDED: &str = "the connection ended or failed inside a request";

/// Reads one line of the head, counting it against `budget`.
fn head_line(reader: &mut impl BufRead, budget: &mut usize) -> Result<Option<String>, RequestError> {
    let mut line = Vec::new();
    let n = reader
        .by_ref()
        .take(*budget as u64 + 1)
        .read_until(b'\n', &mut line)
        .map_err(|_| RequestError::Closed(ENDED))?;
    if n == 0 {
        return Ok(None);
    }
    if n > *budget {
        return Err(RequestError::refused(431, format!("request head is larger than {MAX_HEAD} bytes")));
    }
    if line.last() != Some(&b'\n') {
        return Err(RequestError::Closed(ENDED));
    }
    *budget -= n;
    // The line ends with LF, optionally preceded by one CR; a CR anywhere else (a "bare CR"), or
    // any other control character but tab, is refused: some proxies read it as a line end.
    line.pop();
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    if line.contains(&b'\r') {
        return Err(RequestError::bad("bare CR in the request head"));
    }
    if line.iter().any(|&b| (b < 0x20 && b != b'\t') || b == 0x7f) {
        return Err(RequestError::bad("control character in the request head"));
    }
    String::from_utf8(line).map(Some).map_err(|_| RequestError::bad("request head is not UTF-8"))
}

/// A header name: one or more RFC 9110 token characters.
fn is_token(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// Reads one request from `reader`: `Ok(None)` when the input ends before a request begins
/// (blank lines before the request line are skipped). The body is at most `max_body` bytes. An
/// `Expect: 100-continue` request with a body gets `HTTP/1.1 100 Continue` written to `interim`
/// before its body is read. After an error the connection is to be closed: the reader is left
/// somewhere inside the request.
pub fn read_request(
    reader: &mut impl BufRead,
    interim: &mut impl Write,
    max_body: usize,
) -> Result<Option<Incoming>, RequestError> {
    let bad = RequestError::bad;
    let started = Instant::now();
    let mut budget = MAX_HEAD;
    let line = loop {
        match head_line(reader, &mut budget)? {
            None => return Ok(None),
            Some(l) if l.is_empty() => continue,
            Some(l) => break l,
        }
    };
    let mut parts = line.split(' ');
    let (Some(method), Some(target), Some(version), None) = (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad("malformed request line"));
    };
    let http10 = match version {
        "HTTP/1.1" => false,
        "HTTP/1.0" => true,
        _ => return Err(RequestError::refused(505, "only HTTP/1.0 and HTTP/1.1 are served")),
    };
    if method.is_empty() || !method.bytes().all(|b| b.is_ascii_alphabetic()) || !target.starts_with('/') {
        return Err(bad("malformed request line"));
    }
    // A target is visible ASCII; anything else must come percent-encoded.
    if !target.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(bad("the request target has characters that must be percent-encoded"));
    }
    let mut headers = Vec::new();
    loop {
        if started.elapsed() > HEAD_TIMEOUT {
            return Err(RequestError::Closed("the request head took longer than the time limit"));
        }
        let Some(l) = head_line(reader, &mut budget)? else { return Err(RequestError::Closed(ENDED)) };
        if l.is_empty() {
            break;
        }
        if headers.len() >= MAX_HEADERS {
            return Err(RequestError::refused(431, format!("more than {MAX_HEADERS} headers")));
        }
        if l.starts_with([' ', '\t']) {
            return Err(bad("folded header line (obsolete line folding is not accepted)"));
        }
        let Some((name, value)) = l.split_once(':') else { return Err(bad("malformed header line")) };
        // No space is allowed between a name and its colon (RFC 9112, section 5.1).
        if !is_token(name) {
            return Err(bad("malformed header name"));
        }
        headers.push((name.to_string(), value.trim_matches([' ', '\t']).to_string()));
    }
    let header = |name: &str| headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str());
    let connection = header("connection").map(str::to_ascii_lowercase).unwrap_or_default();
    let keep_alive = if http10 { connection.contains("keep-alive") } else { !connection.contains("close") };
    let all =
        |name: &'static str| headers.iter().filter(move |(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str());
    if all("transfer-encoding").count() > 1 {
        return Err(bad("more than one Transfer-Encoding header"));
    }
    let chunked = match header("transfer-encoding").map(str::to_ascii_lowercase) {
        None => false,
        Some(te) if te == "chunked" => true,
        Some(te) => return Err(RequestError::refused(501, format!("transfer coding {te:?} is not supported"))),
    };
    // Every Content-Length must be plain digits, and all the same number.
    let mut length = None;
    for v in all("content-length") {
        if chunked {
            return Err(bad("both Content-Length and chunked transfer coding"));
        }
        if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad("malformed Content-Length"));
        }
        let n = v.parse::<usize>().map_err(|_| RequestError::too_large(max_body))?;
        if length.is_some_and(|l| l != n) {
            return Err(bad("conflicting Content-Length headers"));
        }
        length = Some(n);
    }
    if length.is_some_and(|n| n > max_body) {
        return Err(RequestError::too_large(max_body));
    }
    if header("expect").is_some_and(|e| e.eq_ignore_ascii_case("100-continue")) && (chunked || length.is_some()) {
        interim
            .write_all(b"HTTP/1.1 100 Continue\r\n\r\n")
            .map_err(|_| RequestError::Closed("the interim 100 Continue could not be written"))?;
    }
    let body = if chunked {
        read_chunked(reader, max_body)?
    } else {
        let mut body = vec![0; length.unwrap_or(0)];
        reader.read_exact(&mut body).map_err(|_| RequestError::Closed(ENDED))?;
        body
    };
    let request = Request { method: method.to_ascii_uppercase(), target: target.to_string(), headers, body };
    Ok(Some(Incoming { request, http10, keep_alive }))
}

/// Decodes a chunked body of at most `max_body` bytes; trailers are read and dropped.
fn read_chunked(reader: &mut impl BufRead, max_body: usize) -> Result<Vec<u8>, RequestError> {
    let mut body = Vec::new();
    let mut budget = MAX_HEAD;
    loop {
        let line = head_line(reader, &mut budget)?.ok_or(RequestError::Closed(ENDED))?;
        let size_text = line.split(';').next().unwrap_or("").trim_matches([' ', '\t']);
        if size_text.is_empty() || !size_text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(RequestError::bad("malformed chunk size"));
        }
        // Too many digits for a usize is more than any body limit.
        let size = usize::from_str_radix(size_text, 16).map_err(|_| RequestError::too_large(max_body))?;
        if size == 0 {
            // Trailers, up to the blank line.
            while head_line(reader, &mut budget)?.is_some_and(|l| !l.is_empty()) {}
            return Ok(body);
        }
        if size > max_body.saturating_sub(body.len()) {
            return Err(RequestError::too_large(max_body));
        }
        let start = body.len();
        body.resize(start + size, 0);
        reader.read_exact(&mut body[start..]).map_err(|_| RequestError::Closed(ENDED))?;
        let mut crlf = [0; 2];
        reader.read_exact(&mut crlf).map_err(|_| RequestError::Closed(ENDED))?;
        if &crlf != b"\r\n" {
            return Err(RequestError::bad("chunk data not followed by CRLF"));
        }
    }
}

/// What the parser makes of the bytes of one request: `Ok(Some(request))`, `Ok(None)` (the input
/// ended before a request began), or `Err(status)` (`Err(0)`: the connection would be closed
/// without an answer).
pub fn parse_request(bytes: &[u8], max_body: usize) -> Result<Option<Request>, u16> {
    let mut reader = bytes;
    match read_request(&mut reader, &mut std::io::sink(), max_body) {
        Ok(incoming) => Ok(incoming.map(|i| i.request)),
        Err(e) => Err(e.status().unwrap_or(0)),
    }
}

/// Decodes `application/x-www-form-urlencoded` text (also query strings) into (name, value)
/// pairs; malformed percent-encoding, or text that is not UTF-8 once decoded, is an error.
pub fn parse_form(text: &[u8]) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for part in text.split(|&b| b == b'&') {
        if part.is_empty() {
            continue;
        }
        let (k, v) = match part.iter().position(|&b| b == b'=') {
            Some(i) => (&part[..i], &part[i + 1..]),
            None => (part, &[][..]),
        };
        out.push((percent_decode(k)?, percent_decode(v)?));
    }
    Ok(out)
}

fn percent_decode(bytes: &[u8]) -> Result<String, String> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                // Exactly two hex digits (`from_str_radix` alone would also take "+1").
                let hex = bytes.get(i + 1..i + 3).filter(|h| h.iter().all(u8::is_ascii_hexdigit));
                match hex.and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => return Err("malformed percent-encoding in the form or query string".into()),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| "the form or query string is not UTF-8 after percent-decoding".to_string())
}

#[cfg(test)]
mod tests;
