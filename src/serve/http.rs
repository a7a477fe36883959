//! The socket layer: consumes HTTP/1.1 connections (through `tiny_http`), produces calls to
//! [`handle`] and writes its [`Response`]s back. A fixed pool of worker threads takes requests
//! from the one listener, so a slow query holds only its own thread.

use std::io::Read;
use std::net::SocketAddr;
use std::sync::Arc;

use super::{Request, Response, State, body_too_large, handle};

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServeError {
    #[error("cannot listen on {bind}: {reason}")]
    Bind { bind: String, reason: String },
    #[error("cannot start worker thread: {0}")]
    Thread(std::io::Error),
}

/// A listening server; [`Server::run`] answers requests until the process ends.
pub struct Server {
    http: Arc<tiny_http::Server>,
    state: Arc<State>,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server").field("addr", &self.local_addr()).finish_non_exhaustive()
    }
}

impl Server {
    /// Binds the listener (`config.bind`; port 0 picks a free port).
    pub fn bind(state: State) -> Result<Server, ServeError> {
        let bind = state.config.bind.clone();
        let http = tiny_http::Server::http(bind.as_str())
            .map_err(|e| ServeError::Bind { bind: bind.clone(), reason: e.to_string() })?;
        Ok(Server { http: Arc::new(http), state: Arc::new(state) })
    }

    /// The address actually bound.
    pub fn local_addr(&self) -> Option<SocketAddr> {
        self.http.server_addr().to_ip()
    }

    /// Answers requests on `config.threads` worker threads; returns only if a worker cannot start.
    pub fn run(self) -> Result<(), ServeError> {
        let threads = self.state.config.threads.max(1);
        let mut workers = Vec::with_capacity(threads);
        for i in 0..threads {
            let http = Arc::clone(&self.http);
            let state = Arc::clone(&self.state);
            let worker = std::thread::Builder::new()
                .name(format!("serve-{i}"))
                .spawn(move || worker(&http, &state))
                .map_err(ServeError::Thread)?;
            workers.push(worker);
        }
        for w in workers {
            // A worker only ends if the listener fails; the others keep serving until then.
            let _ = w.join();
        }
        Ok(())
    }
}

fn worker(http: &tiny_http::Server, state: &State) {
    loop {
        let request = match http.recv() {
            Ok(r) => r,
            Err(e) => {
                eprintln!("newskg: serve: accepting a request: {e}");
                continue;
            }
        };
        answer(request, state);
    }
}

/// Reads one request (body bounded by `--max-body`), handles it and writes the response.
fn answer(mut request: tiny_http::Request, state: &State) {
    let max = state.config.max_body;
    let response = if request.body_length().is_some_and(|n| n > max) {
        body_too_large(state)
    } else {
        let mut body = Vec::new();
        match request.as_reader().take(max as u64 + 1).read_to_end(&mut body) {
            Err(e) => Response::error(400, format!("reading the request body: {e}")),
            Ok(_) if body.len() > max => body_too_large(state),
            Ok(_) => {
                let req = Request {
                    method: request.method().as_str().to_ascii_uppercase(),
                    target: request.url().to_string(),
                    headers: request
                        .headers()
                        .iter()
                        .map(|h| (h.field.as_str().as_str().to_string(), h.value.as_str().to_string()))
                        .collect(),
                    body,
                };
                // A panic below is a bug; the client gets a 500 and the worker lives on.
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| handle(state, &req)))
                    .unwrap_or_else(|_| Response::error(500, "internal error while answering this request"))
            }
        }
    };
    let status = response.status;
    let mut out = tiny_http::Response::from_data(response.body).with_status_code(status);
    for (name, value) in &response.headers {
        // Header values are ASCII text we built; one that is not is dropped rather than sent broken.
        if let Ok(h) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            out.add_header(h);
        }
    }
    if let Err(e) = request.respond(out) {
        // The client went away; nothing to tell it.
        if e.kind() != std::io::ErrorKind::BrokenPipe && e.kind() != std::io::ErrorKind::ConnectionReset {
            eprintln!("newskg: serve: writing a response: {e}");
        }
    }
}
