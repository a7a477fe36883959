use super::{Incoming, MAX_HEAD, MAX_HEADERS, RequestError, parse_form, parse_request, read_request};

fn body(raw: &str) -> Result<Option<Vec<u8>>, u16> {
    parse_request(raw.as_bytes(), 100).map(|r| r.map(|r| r.body))
}

fn status(raw: &[u8]) -> Result<(), u16> {
    parse_request(raw, 100).map(|_| ())
}

#[test]
fn framing_is_strict() {
    assert_eq!(body("POST /q HTTP/1.1\r\nContent-Length: 2\r\n\r\nab"), Ok(Some(b"ab".to_vec())));
    assert_eq!(body("POST /q HTTP/1.1\r\nContent-Length: 2\r\ncontent-length: 2\r\n\r\nab"), Ok(Some(b"ab".to_vec())));
    assert_eq!(body("POST /q HTTP/1.1\nContent-Length: 1\n\nx"), Ok(Some(b"x".to_vec())), "bare LF line ends");
    assert_eq!(body(""), Ok(None));
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
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n2\r\nab\r\n0\r\n\r\n",
    ] {
        assert_eq!(status(bad.as_bytes()), Err(400), "{bad:?}");
    }
    // A chunk size past any limit is a 413, not an overflow.
    let huge = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffffff\r\n";
    assert_eq!(status(huge.as_bytes()), Err(413));
    let huge = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n0123456789abcdef\r\nffffffffffffffff\r\n";
    assert_eq!(status(huge.as_bytes()), Err(413));
    assert_eq!(status(b"POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n"), Err(413));
    assert_eq!(status(b"POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n"), Err(413));
    assert_eq!(status(b"POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n"), Err(501));
    assert_eq!(status(b"GET / HTTP/2.0\r\n\r\n"), Err(505));
    // Cut short: closed without an answer.
    assert_eq!(status(b"POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nab"), Err(0));
    assert_eq!(status(b"GET / HTTP/1.1\r\nHost: x"), Err(0));
}

#[test]
fn head_limits_are_431() {
    let many: String = (0..=MAX_HEADERS).map(|i| format!("X-{i}: v\r\n")).collect();
    assert_eq!(status(format!("GET / HTTP/1.1\r\n{many}\r\n").as_bytes()), Err(431));
    let enough: String = (0..MAX_HEADERS).map(|i| format!("X-{i}: v\r\n")).collect();
    assert_eq!(status(format!("GET / HTTP/1.1\r\n{enough}\r\n").as_bytes()), Ok(()));
    let long = format!("GET / HTTP/1.1\r\nX: {}\r\n\r\n", "a".repeat(MAX_HEAD));
    assert_eq!(status(long.as_bytes()), Err(431));
}

#[test]
fn chunked_bodies_pipelining_and_interim_answers() {
    let raw = b"POST /q?a=1 HTTP/1.1\r\nTransfer-Encoding: Chunked\r\nExpect: 100-continue\r\n\r\n\
                3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nTrailer: x\r\n\r\n\
                get /next HTTP/1.0\r\nConnection: keep-alive\r\n\r\n";
    let mut reader = &raw[..];
    let mut interim = Vec::new();
    let first = read_request(&mut reader, &mut interim, 100).expect("first").expect("a request");
    assert_eq!(first.request.body, b"abcde");
    assert_eq!(first.request.path(), "/q");
    assert_eq!(first.request.query_string(), "a=1");
    assert!(first.keep_alive && !first.http10);
    assert_eq!(interim, b"HTTP/1.1 100 Continue\r\n\r\n");
    let Some(Incoming { request, http10, keep_alive }) = read_request(&mut reader, &mut interim, 100).expect("second")
    else {
        panic!("no second request");
    };
    assert_eq!((request.method.as_str(), request.target.as_str(), http10, keep_alive), ("GET", "/next", true, true));
    assert_eq!(read_request(&mut reader, &mut interim, 100), Ok(None));
    // HTTP/1.0 closes unless asked not to; HTTP/1.1 stays open unless asked to close.
    let once = |raw: &[u8]| read_request(&mut &raw[..], &mut std::io::sink(), 100).expect("parsed").expect("request");
    assert!(!once(b"GET / HTTP/1.0\r\n\r\n").keep_alive);
    assert!(!once(b"GET / HTTP/1.1\r\nConnection: close\r\n\r\n").keep_alive);
    let err = read_request(&mut &b"GET / HTTP/1.1\r\nX: a\rb\r\n\r\n"[..], &mut std::io::sink(), 100);
    assert!(matches!(err, Err(RequestError::Refused { status: 400, .. })), "{err:?}");
}

#[test]
fn forms_decode_or_refuse() {
    assert_eq!(
        parse_form(b"query=ASK%7B%7D&x=a+b&flag"),
        Ok(vec![("query".into(), "ASK{}".into()), ("x".into(), "a b".into()), ("flag".into(), String::new())])
    );
    assert!(parse_form(b"q=%zz").is_err());
    assert!(parse_form(b"q=%4").is_err());
    assert!(parse_form(b"q=%+1").is_err(), "a sign is not a hex digit");
    assert!(parse_form(b"q=%ff").is_err(), "not UTF-8 once decoded");
}
