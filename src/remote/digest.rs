//! HTTP authentication challenges (`WWW-Authenticate`) and HTTP Digest answers (RFC 7616), written
//! here because the HTTP client has no Digest support. MD5 and SHA-256, each optionally `-sess`,
//! with `qop=auth` (or no qop, RFC 2069 style, for old servers).

use md5::Md5;
use sha2::{Digest as _, Sha256};

/// One challenge of a `WWW-Authenticate` header: its scheme and parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenge {
    /// Lower-case scheme name (`basic`, `digest`, `bearer`).
    pub scheme: String,
    /// (lower-case name, value) pairs, quoted values unquoted.
    pub params: Vec<(String, String)>,
}

impl Challenge {
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

/// Parses the challenges of one `WWW-Authenticate` header value (several may share a header:
/// `Digest realm="a", nonce="b", Basic realm="a"`).
pub fn parse_challenges(header: &str) -> Vec<Challenge> {
    let mut out: Vec<Challenge> = Vec::new();
    let mut rest = header.trim();
    while !rest.is_empty() {
        rest = rest.trim_start_matches([',', ' ', '\t']);
        // A token: a scheme if no '=' follows it, else a parameter name.
        let end = rest.find([' ', '\t', ',', '=']).unwrap_or(rest.len());
        let token = &rest[..end];
        if token.is_empty() {
            break;
        }
        let after = rest[end..].trim_start_matches([' ', '\t']);
        if let Some(value_text) = after.strip_prefix('=') {
            let value_text = value_text.trim_start_matches([' ', '\t']);
            let (value, remaining) = if let Some(quoted) = value_text.strip_prefix('"') {
                unquote(quoted)
            } else {
                let e = value_text.find([',', ' ', '\t']).unwrap_or(value_text.len());
                (value_text[..e].to_string(), &value_text[e..])
            };
            if let Some(c) = out.last_mut() {
                c.params.push((token.to_ascii_lowercase(), value));
            }
            rest = remaining;
        } else {
            out.push(Challenge { scheme: token.to_ascii_lowercase(), params: Vec::new() });
            rest = after;
        }
    }
    out
}

/// A quoted string's value (after its opening quote) and the text after its closing quote.
fn unquote(s: &str) -> (String, &str) {
    let mut value = String::new();
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                if let Some((_, n)) = chars.next() {
                    value.push(n);
                }
            }
            '"' => return (value, &s[i + 1..]),
            _ => value.push(c),
        }
    }
    (value, "")
}

/// The hash functions Digest names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Algorithm {
    Md5,
    Sha256,
}

impl Algorithm {
    fn hex(self, data: &str) -> String {
        match self {
            Algorithm::Md5 => hex(&Md5::digest(data.as_bytes())),
            Algorithm::Sha256 => hex(&Sha256::digest(data.as_bytes())),
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A Digest challenge being answered: the server's nonce and our request count for it.
#[derive(Debug, Clone)]
pub struct DigestSession {
    realm: String,
    nonce: String,
    opaque: Option<String>,
    algorithm: Algorithm,
    /// The algorithm's name as the server wrote it (echoed back).
    algorithm_name: Option<String>,
    sess: bool,
    qop_auth: bool,
    count: u32,
}

impl DigestSession {
    /// Starts answering the best Digest challenge offered (SHA-256 before MD5), if any we can.
    pub fn from_challenges(challenges: &[Challenge]) -> Option<DigestSession> {
        let mut best: Option<DigestSession> = None;
        for c in challenges.iter().filter(|c| c.scheme == "digest") {
            let name = c.param("algorithm").map(str::to_string);
            let upper = name.as_deref().unwrap_or("MD5").to_ascii_uppercase();
            let (base, sess) = match upper.strip_suffix("-SESS") {
                Some(b) => (b.to_string(), true),
                None => (upper.clone(), false),
            };
            let algorithm = match base.as_str() {
                "MD5" => Algorithm::Md5,
                "SHA-256" => Algorithm::Sha256,
                _ => continue,
            };
            let qop = c.param("qop");
            let qop_auth = qop.is_some_and(|q| q.split(',').any(|x| x.trim().eq_ignore_ascii_case("auth")));
            if qop.is_some() && !qop_auth {
                continue; // only auth-int offered: the body would have to be hashed too
            }
            let (Some(realm), Some(nonce)) = (c.param("realm"), c.param("nonce")) else { continue };
            let session = DigestSession {
                realm: realm.to_string(),
                nonce: nonce.to_string(),
                opaque: c.param("opaque").map(str::to_string),
                algorithm,
                algorithm_name: name,
                sess,
                qop_auth,
                count: 0,
            };
            if best.as_ref().is_none_or(|b| b.algorithm == Algorithm::Md5 && algorithm == Algorithm::Sha256) {
                best = Some(session);
            }
        }
        best
    }

    /// The `Authorization` header value for one request (`uri` is the request target as sent:
    /// path and query).
    pub fn authorization(&mut self, user: &str, password: &str, method: &str, uri: &str, cnonce: &str) -> String {
        self.count += 1;
        let nc = format!("{:08x}", self.count);
        let h = |s: &str| self.algorithm.hex(s);
        let mut ha1 = h(&format!("{user}:{}:{password}", self.realm));
        if self.sess {
            ha1 = h(&format!("{ha1}:{}:{cnonce}", self.nonce));
        }
        let ha2 = h(&format!("{method}:{uri}"));
        let response = if self.qop_auth {
            h(&format!("{ha1}:{}:{nc}:{cnonce}:auth:{ha2}", self.nonce))
        } else {
            h(&format!("{ha1}:{}:{ha2}", self.nonce))
        };
        let q = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
        let mut out = format!(
            "Digest username=\"{}\", realm=\"{}\", nonce=\"{}\", uri=\"{}\", response=\"{response}\"",
            q(user),
            q(&self.realm),
            q(&self.nonce),
            q(uri)
        );
        if let Some(a) = &self.algorithm_name {
            out.push_str(&format!(", algorithm={a}"));
        }
        if self.qop_auth {
            out.push_str(&format!(", qop=auth, nc={nc}, cnonce=\"{cnonce}\""));
        }
        if let Some(o) = &self.opaque {
            out.push_str(&format!(", opaque=\"{}\"", q(o)));
        }
        out
    }
}

/// A client nonce: unpredictable enough for Digest (it keeps a server from choosing what we hash),
/// from the clock, the process and a counter through SHA-256.
pub fn cnonce() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let local = 0u8;
    let seed =
        format!("{now}:{}:{}:{:p}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed), &local as *const u8);
    hex(&Sha256::digest(seed.as_bytes()))[..32].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_several_challenges_with_quoted_commas() {
        let c = parse_challenges(
            r#"Digest realm="a, \"b\"", nonce="n1", qop="auth,auth-int", algorithm=MD5, Basic realm="x""#,
        );
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].scheme, "digest");
        assert_eq!(c[0].param("realm"), Some("a, \"b\""));
        assert_eq!(c[0].param("qop"), Some("auth,auth-int"));
        assert_eq!(c[0].param("algorithm"), Some("MD5"));
        assert_eq!(c[1].scheme, "basic");
        assert_eq!(c[1].param("realm"), Some("x"));
    }

    /// RFC 7616 section 3.9.1: the worked example, MD5 and SHA-256.
    #[test]
    fn rfc_7616_examples() {
        let header = r#"Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=MD5, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS""#;
        let mut s = DigestSession::from_challenges(&parse_challenges(header)).unwrap();
        let a = s.authorization(
            "Mufasa",
            "Circle of Life",
            "GET",
            "/dir/index.html",
            "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ",
        );
        assert!(a.contains("response=\"8ca523f5e9506fed4657c9700eebdbec\""), "{a}");
        assert!(a.contains("nc=00000001"), "{a}");
        let mut s = DigestSession::from_challenges(&parse_challenges(&header.replace("MD5", "SHA-256"))).unwrap();
        let a = s.authorization(
            "Mufasa",
            "Circle of Life",
            "GET",
            "/dir/index.html",
            "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ",
        );
        assert!(a.contains("response=\"753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1\""), "{a}");
    }

    #[test]
    fn prefers_sha256_and_skips_what_it_cannot_answer() {
        let c = parse_challenges(
            r#"Digest realm="r", nonce="1", qop="auth-int", Digest realm="r", nonce="2", algorithm=MD5, Digest realm="r", nonce="3", algorithm=SHA-256"#,
        );
        let s = DigestSession::from_challenges(&c).unwrap();
        assert_eq!(s.nonce, "3");
        assert!(DigestSession::from_challenges(&parse_challenges(r#"Basic realm="r""#)).is_none());
    }
}
