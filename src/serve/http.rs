//! The socket layer: consumes HTTP/1.1 connections on a `std::net` listener, produces calls to
//! [`handle`] and writes its [`Response`]s back. Each connection gets its own thread (at most
//! [`MAX_CONNECTIONS`] at once, and at most [`MAX_PER_CLIENT`] from one IP address, so one client
//! cannot take them all; more are answered 503 and closed), keeps alive between requests, and is
//! closed when idle for [`IDLE`] or when a request head takes longer than that to arrive.
//!
//! It parses only what the handler needs: the request line, headers (at most [`MAX_HEAD`] bytes),
//! and a body by `Content-Length` or chunked transfer coding, never more than `--max-body` bytes.
//! It is strict where leniency lets a proxy and this server read one request differently
//! (request smuggling): a bare CR, a control character, a folded or malformed header line, a
//! request target with raw non-ASCII or control bytes, or conflicting `Content-Length` headers
//! are answered 400 and the connection is closed.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::{Request, Response, State, handle};

/// Most connections served at once.
pub const MAX_CONNECTIONS: usize = 256;
/// Most connections served at once from one client IP address.
pub const MAX_PER_CLIENT: usize = 32;
/// A connection idle this long (or whose request head takes this long) is closed.
pub const IDLE: Duration = Duration::from_secs(30);
/// Largest request line plus headers.
pub const MAX_HEAD: usize = 64 * 1024;
const MAX_HEADERS: usize = 100;

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServeError {
    #[error("cannot listen on {bind}: {source}")]
    Bind { bind: String, source: std::io::Error },
}

/// A listening server; [`Server::run`] answers requests until the process ends.
#[derive(Debug)]
pub struct Server {
    listener: TcpListener,
    state: Arc<State>,
}

impl Server {
    /// Binds the listener (`config.bind`; port 0 picks a free port).
    pub fn bind(state: State) -> Result<Server, ServeError> {
        let bind = state.config.bind.clone();
        let listener = TcpListener::bind(bind.as_str()).map_err(|source| ServeError::Bind { bind, source })?;
        Ok(Server { listener, state: Arc::new(state) })
    }

    /// The address actually bound.
    pub fn local_addr(&self) -> Option<SocketAddr> {
        self.listener.local_addr().ok()
    }

    /// Accepts connections until the process ends.
    pub fn run(self) -> Result<(), ServeError> {
        let open = Arc::new(AtomicUsize::new(0));
        let clients: Arc<Mutex<HashMap<IpAddr, usize>>> = Arc::default();
        for stream in self.listener.incoming() {
            let stream = match stream {
                Ok(s) => s,
                Err(e) => {
                    // Out of file descriptors and the like: wait a moment rather than spin.
                    super::log(format_args!("newskg: serve: accepting a connection: {e}"));
                    std::thread::sleep(Duration::from_millis(50));
                    continue;
                }
            };
            let Some(client) = stream.peer_addr().ok().map(|a| a.ip().to_canonical()) else { continue };
            let Some(per_client) = Client::admit(&clients, client) else {
                refuse(stream, "too many connections from your address");
                continue;
            };
            if open.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
                open.fetch_sub(1, Ordering::SeqCst);
                refuse(stream, "too many connections");
                continue;
            }
            let guard = (Open(Arc::clone(&open)), per_client);
            let state = Arc::clone(&self.state);
            let spawned = std::thread::Builder::new().name("connection".into()).spawn(move || {
                let _guard = guard;
                connection(stream, &state);
            });
            if let Err(e) = spawned {
                // The closure, and with it the guards and the stream, was dropped.
                super::log(format_args!("newskg: serve: cannot start a connection thread: {e}"));
            }
        }
        Ok(())
    }
}

/// Counts open connections.
struct Open(Arc<AtomicUsize>);

impl Drop for Open {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// One open connection counted against its client address.
struct Client {
    clients: Arc<Mutex<HashMap<IpAddr, usize>>>,
    ip: IpAddr,
}

impl Client {
    /// Counts a new connection from `ip`; `None` when that address already has [`MAX_PER_CLIENT`].
    fn admit(clients: &Arc<Mutex<HashMap<IpAddr, usize>>>, ip: IpAddr) -> Option<Client> {
        let mut map = clients.lock().unwrap_or_else(|p| p.into_inner());
        let n = map.entry(ip).or_insert(0);
        if *n >= MAX_PER_CLIENT {
            return None;
        }
        *n += 1;
        Some(Client { clients: Arc::clone(clients), ip })
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let mut map = self.clients.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(n) = map.get_mut(&self.ip) {
            *n -= 1;
            if *n == 0 {
                map.remove(&self.ip);
            }
        }
    }
}

fn refuse(mut stream: TcpStream, why: &str) {
    let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
    let r = Response::error(503, format!("{why}; try again shortly")).with_header("Retry-After", "1");
    let _ = write_response(&mut stream, &r, false, false);
}

/// A request as read from the wire, with what the connection needs to know about it.
struct Incoming {
    request: Request,
    keep_alive: bool,
}

/// Why no request could be read: answer this and close, or just close.
enum Failure {
    Answer(Response),
    Close,
}

fn connection(stream: TcpStream, state: &State) {
    let _ = stream.set_read_timeout(Some(IDLE));
    let _ = stream.set_write_timeout(Some(Duration::from_secs(60)));
    let _ = stream.set_nodelay(true);
    let Ok(read_half) = stream.try_clone() else { return };
    let mut reader = BufReader::new(read_half);
    let mut writer = stream;
    loop {
        let started = Instant::now();
        let incoming = match read_request(&mut reader, &mut writer, state.config.max_body) {
            Ok(Some(i)) => i,
            Ok(None) | Err(Failure::Close) => return,
            Err(Failure::Answer(r)) => {
                let _ = write_response(&mut writer, &r, false, false);
                return;
            }
        };
        let req = &incoming.request;
        // A panic below is a bug; the client gets a 500 and the server lives on.
        let resp = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| handle(state, req)))
            .unwrap_or_else(|_| Response::error(500, "internal error while answering this request"));
        let keep_alive = incoming.keep_alive && resp.status != 413;
        let written = write_response(&mut writer, &resp, keep_alive, req.method == "HEAD");
        if state.config.log_requests {
            // The parser let only visible ASCII through; escape anyway, so no request can put a
            // terminal escape or a line break into the log.
            let target: String = req.target.chars().take(100).flat_map(char::escape_default).collect();
            let method: String = req.method.chars().flat_map(char::escape_default).collect();
            super::log(format_args!(
                "newskg: serve: {method} {target} {} {} bytes {:.1} ms",
                resp.status,
                resp.body.len(),
                started.elapsed().as_secs_f64() * 1e3
            ));
        }
        if written.is_err() || !keep_alive {
            return;
        }
    }
}

/// Reads one line of the head, counting it against `budget`.
fn head_line(reader: &mut impl BufRead, budget: &mut usize) -> Result<Option<String>, Failure> {
    let mut line = Vec::new();
    let n = reader.by_ref().take(*budget as u64 + 1).read_until(b'\n', &mut line).map_err(|_| Failure::Close)?;
    if n == 0 {
        return Ok(None);
    }
    if n > *budget || line.last() != Some(&b'\n') {
        return Err(if n > *budget {
            Failure::Answer(Response::error(431, format!("request head is larger than {MAX_HEAD} bytes")))
        } else {
            Failure::Close
        });
    }
    *budget -= n;
    // The line ends with LF, optionally preceded by one CR; a CR anywhere else (a "bare CR"), or
    // any other control character but tab, is refused: some proxies read it as a line end.
    line.pop();
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    if line.contains(&b'\r') {
        return Err(Failure::Answer(Response::error(400, "bare CR in the request head")));
    }
    if line.iter().any(|&b| (b < 0x20 && b != b'\t') || b == 0x7f) {
        return Err(Failure::Answer(Response::error(400, "control character in the request head")));
    }
    String::from_utf8(line).map(Some).map_err(|_| Failure::Answer(Response::error(400, "request head is not UTF-8")))
}

/// A header name: one or more RFC 9110 token characters.
fn is_token(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// What the parser makes of the bytes of one request (the fuzz target and tests call it):
/// `Ok(Some(request))`, `Ok(None)` (the input ended before a request began), or `Err(status)`
/// (`Err(0)`: the connection would be closed without an answer).
pub fn parse_request(bytes: &[u8], max_body: usize) -> Result<Option<Request>, u16> {
    let mut reader = bytes;
    let mut interim = std::io::sink();
    match read_request(&mut reader, &mut interim, max_body) {
        Ok(Some(incoming)) => Ok(Some(incoming.request)),
        Ok(None) => Ok(None),
        Err(Failure::Answer(r)) => Err(r.status),
        Err(Failure::Close) => Err(0),
    }
}

fn read_request(
    reader: &mut impl BufRead,
    writer: &mut impl Write,
    max_body: usize,
) -> Result<Option<Incoming>, Failure> {
    let bad = |m: &str| Failure::Answer(Response::error(400, m));
    let started = Instant::now();
    let mut budget = MAX_HEAD;
    // The request line (blank lines before it are allowed).
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
        _ => return Err(Failure::Answer(Response::error(505, "only HTTP/1.0 and HTTP/1.1 are served"))),
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
        if started.elapsed() > IDLE {
            return Err(Failure::Close);
        }
        let Some(l) = head_line(reader, &mut budget)? else { return Err(Failure::Close) };
        if l.is_empty() {
            break;
        }
        if headers.len() >= MAX_HEADERS {
            return Err(Failure::Answer(Response::error(431, format!("more than {MAX_HEADERS} headers"))));
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
    let too_large =
        || Failure::Answer(Response::error(413, format!("request body is larger than {max_body} bytes (--max-body)")));
    let all =
        |name: &'static str| headers.iter().filter(move |(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str());
    if all("transfer-encoding").count() > 1 {
        return Err(bad("more than one Transfer-Encoding header"));
    }
    let chunked = match header("transfer-encoding").map(str::to_ascii_lowercase) {
        None => false,
        Some(te) if te == "chunked" => true,
        Some(te) => {
            return Err(Failure::Answer(Response::error(501, format!("transfer coding {te:?} is not supported"))));
        }
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
        let n = v.parse::<usize>().map_err(|_| too_large())?;
        if length.is_some_and(|l| l != n) {
            return Err(bad("conflicting Content-Length headers"));
        }
        length = Some(n);
    }
    if length.is_some_and(|n| n > max_body) {
        return Err(too_large());
    }
    if header("expect").is_some_and(|e| e.eq_ignore_ascii_case("100-continue")) && (chunked || length.is_some()) {
        writer.write_all(b"HTTP/1.1 100 Continue\r\n\r\n").map_err(|_| Failure::Close)?;
    }
    let body = if chunked {
        read_chunked(reader, max_body).map_err(|e| e.unwrap_or_else(too_large))?
    } else {
        let mut body = vec![0; length.unwrap_or(0)];
        reader.read_exact(&mut body).map_err(|_| Failure::Close)?;
        body
    };
    Ok(Some(Incoming {
        request: Request { method: method.to_ascii_uppercase(), target: target.to_string(), headers, body },
        keep_alive,
    }))
}

/// Decodes a chunked body; `Err(None)` = over the limit.
fn read_chunked(reader: &mut impl BufRead, max_body: usize) -> Result<Vec<u8>, Option<Failure>> {
    let mut body = Vec::new();
    let mut budget = MAX_HEAD;
    loop {
        let line = head_line(reader, &mut budget).map_err(Some)?.ok_or(Some(Failure::Close))?;
        let size_text = line.split(';').next().unwrap_or("").trim_matches([' ', '\t']);
        let malformed = || Some(Failure::Answer(Response::error(400, "malformed chunk size")));
        if size_text.is_empty() || !size_text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(malformed());
        }
        // Too many digits for a usize is more than any body limit.
        let size = usize::from_str_radix(size_text, 16).map_err(|_| None)?;
        if size == 0 {
            // Trailers, up to the blank line.
            while head_line(reader, &mut budget).map_err(Some)?.is_some_and(|l| !l.is_empty()) {}
            return Ok(body);
        }
        if size > max_body.saturating_sub(body.len()) {
            return Err(None);
        }
        let start = body.len();
        body.resize(start + size, 0);
        reader.read_exact(&mut body[start..]).map_err(|_| Some(Failure::Close))?;
        let mut crlf = [0; 2];
        reader.read_exact(&mut crlf).map_err(|_| Some(Failure::Close))?;
        if &crlf != b"\r\n" {
            return Err(Some(Failure::Answer(Response::error(400, "chunk data not followed by CRLF"))));
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        200 => "OK",
        204 => "No Content",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "Status",
    }
}

fn write_response(out: &mut TcpStream, resp: &Response, keep_alive: bool, head_only: bool) -> std::io::Result<()> {
    let mut head = format!("HTTP/1.1 {} {}\r\nServer: newskg\r\n", resp.status, reason(resp.status));
    for (name, value) in &resp.headers {
        // Header values are text we built; one with a line break would split the response.
        if !name.eq_ignore_ascii_case("connection") && !value.contains(['\r', '\n']) && !name.contains(['\r', '\n']) {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
    }
    if resp.status != 204 {
        head.push_str(&format!("Content-Length: {}\r\n", resp.body.len()));
    }
    head.push_str(if keep_alive { "Connection: keep-alive\r\n\r\n" } else { "Connection: close\r\n\r\n" });
    let mut buf = head.into_bytes();
    if !head_only && resp.status != 204 {
        buf.extend_from_slice(&resp.body);
    }
    out.write_all(&buf)?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::parse_request;

    #[test]
    fn framing_is_strict() {
        let ok = |raw: &str| parse_request(raw.as_bytes(), 100).map(|r| r.map(|r| r.body));
        assert_eq!(ok("POST /q HTTP/1.1\r\nContent-Length: 2\r\n\r\nab"), Ok(Some(b"ab".to_vec())));
        assert_eq!(
            ok("POST /q HTTP/1.1\r\nContent-Length: 2\r\ncontent-length: 2\r\n\r\nab"),
            Ok(Some(b"ab".to_vec()))
        );
        assert_eq!(ok("POST /q HTTP/1.1\nContent-Length: 1\n\nx"), Ok(Some(b"x".to_vec())), "bare LF line ends");
        assert_eq!(ok(""), Ok(None));
        for bad in [
            "POST /q HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 1\r\n\r\nab",
            "POST /q HTTP/1.1\r\nContent-Length: +2\r\n\r\nab",
            "POST /q HTTP/1.1\r\nContent-Length: 0x2\r\n\r\nab",
            "GET / HTTP/1.1\r\nX: a\rb\r\n\r\n",
            "GET / HTTP/1.1\r\r\n\r\n",
            "GET / HTTP/1.1\r\nX : a\r\n\r\n",
            "GET / HTTP/1.1\r\nX: a\r\n b\r\n\r\n",
            "GET / HTTP/1.1\r\nX: a\u{1b}b\r\n\r\n",
            "GET /\u{e9} HTTP/1.1\r\n\r\n",
            "GET /a\u{7f} HTTP/1.1\r\n\r\n",
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n+2\r\nab\r\n0\r\n\r\n",
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXY0\r\n\r\n",
        ] {
            assert_eq!(parse_request(bad.as_bytes(), 100).map(|_| ()), Err(400), "{bad:?}");
        }
        // A chunk size past any limit is a 413, not an overflow.
        let huge = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffffff\r\n";
        assert_eq!(parse_request(huge.as_bytes(), 100).map(|_| ()), Err(413));
        let huge =
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n0123456789abcdef\r\nffffffffffffffff\r\n";
        assert_eq!(parse_request(huge.as_bytes(), 100).map(|_| ()), Err(413));
    }
}
