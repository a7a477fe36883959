//! The socket layer: consumes HTTP/1.1 connections on a `std::net` listener, produces calls to
//! [`handle`] and writes its [`Response`]s back. Each connection gets its own thread (at most
//! [`MAX_CONNECTIONS`] at once, and at most [`MAX_PER_CLIENT`] from one IP address, so one client
//! cannot take them all; more are answered 503 and closed), keeps alive between requests, and is
//! closed when idle for [`IDLE`] or when a request head takes longer than that to arrive.
//!
//! Requests are read by the `newskg-http` crate ([`newskg_http::read_request`]): heads of at
//! most [`MAX_HEAD`] bytes, bodies of at most `--max-body` bytes, and strict framing (a bare CR, a
//! control character, a folded or malformed header line, a request target with raw non-ASCII or
//! control bytes, or conflicting `Content-Length` headers are answered 400 and the connection is
//! closed). It lives in its own crate, without the store, so that it can be fuzzed cheaply.

use std::collections::HashMap;
use std::io::{BufReader, Write};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use newskg_http::RequestError;
pub use newskg_http::{MAX_HEAD, parse_request};

use super::{Response, State, handle};

/// Most connections served at once.
pub const MAX_CONNECTIONS: usize = 256;
/// Most connections served at once from one client IP address.
pub const MAX_PER_CLIENT: usize = 32;
/// A connection idle this long (or whose request head takes this long) is closed.
pub const IDLE: Duration = newskg_http::HEAD_TIMEOUT;

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

fn connection(stream: TcpStream, state: &State) {
    let _ = stream.set_read_timeout(Some(IDLE));
    let _ = stream.set_write_timeout(Some(Duration::from_secs(60)));
    let _ = stream.set_nodelay(true);
    let Ok(read_half) = stream.try_clone() else { return };
    let mut reader = BufReader::new(read_half);
    let mut writer = stream;
    loop {
        let started = Instant::now();
        let incoming = match newskg_http::read_request(&mut reader, &mut writer, state.config.max_body) {
            Ok(Some(i)) => i,
            Ok(None) | Err(RequestError::Closed(_)) => return,
            Err(RequestError::Refused { status, message }) => {
                let _ = write_response(&mut writer, &Response::error(status, message), false, false);
                return;
            }
            // A kind of failure added later: close rather than guess an answer.
            Err(_) => return,
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
