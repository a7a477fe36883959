//! Map a [`Document`] to RDF quads: consumes an analysed document, produces the quads of its one
//! named graph, following `ONTOLOGY.md`. This is the only place IRIs are minted.
//!
//! IRIs are built from percent-encoded, normalised text, so no input can break out of an IRI:
//! - article: `{base}article/{id}` — also the named graph's IRI; the id is encoded injectively
//!   ([`encode_id`]), so two different ids never share an article;
//! - entity: `{base}entity/{canonical key}` — the same name gives the same IRI in every article;
//! - per-article nodes (memberships, outages, time expressions, mentions, relation statements):
//!   `{article}/{kind}/{n}`, numbered in document order.
//!
//! Provenance (an addition to the contract): memberships and outages carry `nkg:confidence`,
//! `nkg:evidenceText`, `nkg:evidenceStart` and `nkg:evidenceEnd` (char offsets into the article
//! text, `schema:articleBody`) and `prov:wasDerivedFrom` the article. A relation triple is
//! asserted plainly and also described by a statement node (`rdf:Statement` with `rdf:subject`,
//! `rdf:predicate`, `rdf:object`) carrying the same properties: standard RDF 1.1 reification, so
//! provenance survives every export format (RDF/XML and JSON-LD have no triple terms) and every
//! SPARQL 1.1 client. Every mention is a `nkg:Mention` node with its span, confidence and
//! recogniser.

mod vocab;

use newskg_doc::{Document, EntityKind, Evidence, RelationKind, Role, TimeValue};
use oxrdf::vocab::{rdf, xsd};
use oxrdf::{GraphName, Literal, NamedOrBlankNode, Term};
use sha2::Digest as _;

pub use oxrdf::{NamedNode, Quad};
pub use vocab::{
    CONTENT_HASH, NKG, Namespace, ORG, PREFIXES, PROV, RDF, RDFS, SCHEMA, SKOS, STORE_NODE, STORED_ARTICLES,
    STORED_QUADS, XSD,
};

/// The default base for resource IRIs.
pub const DEFAULT_BASE: &str = "https://newskg.example/id/";

/// How IRIs are minted.
#[derive(Debug, Clone)]
pub struct RdfConfig {
    /// Base for resource IRIs; must be an absolute IRI ending in `/` or `#`.
    pub base: String,
}

/// Errors building RDF.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RdfError {
    #[error("invalid base IRI {base:?}: {reason}")]
    InvalidBase { base: String, reason: String },
}

impl RdfConfig {
    /// Checks the base IRI.
    pub fn new(base: &str) -> Result<RdfConfig, RdfError> {
        let bad = |reason: &str| RdfError::InvalidBase { base: base.to_string(), reason: reason.to_string() };
        if !(base.ends_with('/') || base.ends_with('#')) {
            return Err(bad("must end with '/' or '#'"));
        }
        NamedNode::new(format!("{base}x")).map_err(|e| bad(&e.to_string()))?;
        Ok(RdfConfig { base: base.to_string() })
    }

    /// Where every article IRI starts: `{base}article/`, followed by the encoded id.
    pub fn article_prefix(&self) -> String {
        format!("{}article/", self.base)
    }

    /// Where every entity IRI starts: `{base}entity/`, followed by the encoded key.
    pub fn entity_prefix(&self) -> String {
        format!("{}entity/", self.base)
    }

    /// The IRI of an article (and of its named graph). Different ids give different IRIs
    /// ([`encode_id`]).
    pub fn article_iri(&self, id: &str) -> NamedNode {
        iri(format!("{}{}", self.article_prefix(), encode_id(id)))
    }

    /// The IRI of an entity with this canonical key ([`Entity::key`](newskg_doc::Entity), which
    /// `resolve` folds from the name, so the same name gives the same IRI in every article).
    pub fn entity_iri(&self, key: &str) -> NamedNode {
        iri(format!("{}{}", self.entity_prefix(), encode(key)))
    }

    /// The consolidated graph, `{base}graph/kg` (see `ONTOLOGY.md`, "The consolidated graph").
    pub fn kg_graph(&self) -> NamedNode {
        iri(format!("{}graph/kg", self.base))
    }

    /// A node of the consolidated graph: `{base}kg/{kind}/{hash of the key's parts}`, so the same
    /// key (say, the subject, predicate and object of a relation) gives the same IRI in every run.
    /// `kind` is one of the fixed kinds `fact`, `membership`, `outage`.
    pub fn kg_node(&self, kind: &str, key: &[&str]) -> NamedNode {
        // Two 64-bit FNV-1a hashes with different seeds: 128 bits, no collisions in practice.
        let joined = key.join("\u{1f}");
        let (a, b) = (fnv1a(joined.as_bytes()), fnv1a_seeded(0x6c62_272e_07bb_0142, joined.as_bytes()));
        iri(format!("{}kg/{}/{a:016x}{b:016x}", self.base, encode(kind)))
    }
}

/// Percent-encodes everything but ASCII letters, digits and `-._~`; runs of spaces become `-`.
/// For entity keys, which are canonical already (many names share a key by design); article ids
/// use the injective [`encode_id`]. Keys longer than 200 bytes are cut and suffixed with a hash
/// of the whole, so IRIs stay short.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '-' | '.' | '_' | '~' => out.push(c),
            c if c.is_whitespace() => {
                if !out.ends_with('-') {
                    out.push('-');
                }
            }
            c => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
        }
    }
    if out.is_empty() {
        out.push('_');
    }
    if out.len() > 200 {
        // Never cut inside a %XX escape.
        let cut = match out[..200].rfind('%') {
            Some(p) if 200 - p < 3 => p,
            _ => 200,
        };
        let hash = fnv1a(text.as_bytes());
        out = format!("{}~{hash:016x}", &out[..cut]);
    }
    out
}

/// Encodes an article id injectively: every byte outside ASCII letters, digits and `-._~` becomes
/// `%XX` (a space is `%20`, so `acme news` and `acme-news` stay apart); nothing is trimmed or
/// folded. An encoding longer than [`MAX_ID_ENCODING`] bytes is cut and followed by `~` and 128
/// bits of the SHA-256 of the whole id: such IRIs are longer than any uncut one, so they cannot
/// meet one, and two long ids share an IRI only if SHA-256 collides.
pub fn encode_id(id: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(id.len());
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    if out.len() > MAX_ID_ENCODING {
        // Never cut inside a %XX escape.
        let cut = match out[..MAX_ID_ENCODING].rfind('%') {
            Some(p) if MAX_ID_ENCODING - p < 3 => p,
            _ => MAX_ID_ENCODING,
        };
        out.truncate(cut);
        out.push('~');
        for b in sha2::Sha256::digest(id.as_bytes()).iter().take(16) {
            let _ = write!(out, "{b:02x}");
        }
    }
    out
}

/// Longest article-id encoding kept whole in an IRI.
pub const MAX_ID_ENCODING: usize = 200;

fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_seeded(0xcbf2_9ce4_8422_2325, bytes)
}

fn fnv1a_seeded(seed: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(seed, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// Builds an IRI from text made only of the base and [`encode`]d parts.
fn iri(s: String) -> NamedNode {
    // The base was validated by RdfConfig::new and every other part is percent-encoded.
    NamedNode::new_unchecked(s)
}

/// The quad that records an article graph's content hash: `<graph> nkg:contentHash "hash"` in the
/// graph itself. Every writer of article graphs (the store, the N-Quads worker output, a remote
/// store) adds it with this function, so they all hold the same quads.
pub fn content_hash_quad(graph: &NamedNode, content_hash: &str) -> Quad {
    Quad::new(
        graph.clone(),
        NamedNode::new_unchecked(CONTENT_HASH),
        Literal::new_simple_literal(content_hash),
        GraphName::NamedNode(graph.clone()),
    )
}

/// The quads a store holds for an article graph written from `quads` with `content_hash`: the
/// content-hash quad first, then those of `quads` in the graph `graph`, each once, in their order.
/// What the embedded store, `extract --output nquads` and a remote store write are all this.
pub fn article_graph(graph: &NamedNode, quads: &[Quad], content_hash: &str) -> Vec<Quad> {
    let name = GraphName::NamedNode(graph.clone());
    let mut seen = std::collections::HashSet::with_capacity(quads.len() + 1);
    let mut out = Vec::with_capacity(quads.len() + 1);
    for q in std::iter::once(content_hash_quad(graph, content_hash)).chain(quads.iter().cloned()) {
        if q.graph_name == name && seen.insert(q.clone()) {
            out.push(q);
        }
    }
    out
}

/// The content hash an article graph's quads record (see [`content_hash_quad`]), if any.
pub fn content_hash_of(graph: &NamedNode, quads: &[Quad]) -> Option<String> {
    quads.iter().find_map(|q| match (&q.subject, &q.object, &q.graph_name) {
        (NamedOrBlankNode::NamedNode(s), Term::Literal(l), GraphName::NamedNode(g))
            if s == graph && g == graph && q.predicate.as_str() == CONTENT_HASH =>
        {
            Some(l.value().to_string())
        }
        _ => None,
    })
}

/// The quads of one document's named graph.
pub fn document_quads(doc: &Document, config: &RdfConfig) -> Vec<Quad> {
    let mut g = GraphBuilder::new(doc, config);
    g.article();
    g.entities();
    g.mentions();
    g.times();
    g.positions();
    g.relations();
    g.outages();
    g.quads
}

struct GraphBuilder<'a> {
    doc: &'a Document,
    article: NamedNode,
    graph: GraphName,
    entity_iris: Vec<NamedNode>,
    quads: Vec<Quad>,
}

fn string(s: &str) -> Term {
    Literal::new_simple_literal(s).into()
}

fn typed(value: impl Into<String>, datatype: oxrdf::NamedNodeRef<'_>) -> Term {
    Literal::new_typed_literal(value, datatype).into()
}

fn integer(n: usize) -> Term {
    typed(n.to_string(), xsd::INTEGER)
}

fn decimal(x: f32) -> Term {
    typed(format!("{:.3}", x.clamp(0.0, 1.0)), xsd::DECIMAL)
}

fn boolean(b: bool) -> Term {
    typed(b.to_string(), xsd::BOOLEAN)
}

/// The XSD datatype of a time value at its own precision; `None` for a quarter ("2023-Q3"),
/// which XSD has no type for and is written as a plain string.
pub fn time_datatype(value: &TimeValue) -> Option<oxrdf::NamedNodeRef<'static>> {
    match value {
        TimeValue::Year(_) => Some(xsd::G_YEAR),
        TimeValue::YearMonth { .. } => Some(xsd::G_YEAR_MONTH),
        TimeValue::Quarter { .. } => None,
        TimeValue::Date(_) => Some(xsd::DATE),
        TimeValue::DateTime { .. } => Some(xsd::DATE_TIME),
    }
}

/// A time value as an RDF literal at its own precision.
pub fn time_literal(value: &TimeValue) -> Term {
    let lexical = value.lexical();
    match time_datatype(value) {
        Some(dt) => typed(lexical, dt),
        None => string(&lexical),
    }
}

/// A duration in minutes as `xsd:duration` (`PT3H27M`).
pub fn duration_literal(minutes: u32) -> Term {
    let (h, m) = (minutes / 60, minutes % 60);
    let lexical = match (h, m) {
        (0, m) => format!("PT{m}M"),
        (h, 0) => format!("PT{h}H"),
        (h, m) => format!("PT{h}H{m}M"),
    };
    typed(lexical, xsd::DURATION)
}

fn kind_types(kind: EntityKind) -> &'static [&'static str] {
    match kind {
        EntityKind::Company => &["Organization", "Corporation"],
        EntityKind::Organization => &["Organization"],
        EntityKind::Person => &["Person"],
        EntityKind::Service => &["Service"],
        EntityKind::Location => &["Place"],
    }
}

/// A role of the contract's list is `nkg:` plus its name ("CEO" → `nkg:CEO`).
fn role_iri(role: Role) -> NamedNode {
    NKG.iri(role.name())
}

/// The predicate of a relation kind.
pub fn relation_predicate(kind: RelationKind) -> NamedNode {
    match kind {
        RelationKind::ParentOrganization => SCHEMA.iri("parentOrganization"),
        RelationKind::Provider => SCHEMA.iri("provider"),
        RelationKind::Acquired => NKG.iri("acquired"),
        RelationKind::Partner => NKG.iri("partner"),
    }
}

impl<'a> GraphBuilder<'a> {
    fn new(doc: &'a Document, config: &'a RdfConfig) -> Self {
        let article = config.article_iri(&doc.article.id);
        let entity_iris = doc.entities.iter().map(|e| config.entity_iri(&e.key)).collect();
        GraphBuilder { doc, graph: article.clone().into(), article, entity_iris, quads: Vec::new() }
    }

    fn add(&mut self, s: impl Into<NamedOrBlankNode>, p: NamedNode, o: impl Into<Term>) {
        self.quads.push(Quad::new(s, p, o, self.graph.clone()));
    }

    fn node(&self, kind: &str, n: usize) -> NamedNode {
        iri(format!("{}/{kind}/{n}", self.article.as_str()))
    }

    fn article(&mut self) {
        let a = self.article.clone();
        let art = &self.doc.article;
        self.add(a.clone(), rdf::TYPE.into(), SCHEMA.iri("NewsArticle"));
        self.add(a.clone(), SCHEMA.iri("identifier"), string(&art.id));
        if let Some(t) = &art.title {
            self.add(a.clone(), SCHEMA.iri("headline"), string(t));
        }
        if let Some(p) = &art.published {
            let lit = match p.date_time {
                Some(dt) => typed(dt.to_rfc3339(), xsd::DATE_TIME),
                None => typed(p.date.to_string(), xsd::DATE),
            };
            self.add(a.clone(), SCHEMA.iri("datePublished"), lit);
        }
        if let Some(url) = art.url.as_deref().and_then(|u| NamedNode::new(u).ok()) {
            self.add(a.clone(), SCHEMA.iri("url"), url);
        }
        self.add(a, SCHEMA.iri("articleBody"), string(&self.doc.text));
    }

    fn entities(&mut self) {
        for (i, e) in self.doc.entities.iter().enumerate() {
            let s = self.entity_iris[i].clone();
            self.add(self.article.clone(), SCHEMA.iri("mentions"), s.clone());
            for t in kind_types(e.kind) {
                self.add(s.clone(), rdf::TYPE.into(), SCHEMA.iri(t));
            }
            self.add(s.clone(), RDFS.iri("label"), string(&e.name));
            for alias in e.aliases.iter().filter(|a| **a != e.name) {
                self.add(s.clone(), SKOS.iri("altLabel"), string(alias));
            }
        }
    }

    fn mentions(&mut self) {
        // Which entity each mention was resolved to, computed once (not a search per mention).
        let mut entity_of = vec![None; self.doc.mentions.len()];
        for (e, entity) in self.doc.entities.iter().enumerate() {
            for &m in &entity.mentions {
                if let Some(slot) = entity_of.get_mut(m) {
                    *slot = Some(e);
                }
            }
        }
        for (i, m) in self.doc.mentions.iter().enumerate() {
            let Some(e) = entity_of.get(i).copied().flatten() else { continue };
            let node = self.node("mention", i);
            self.add(node.clone(), rdf::TYPE.into(), NKG.iri("Mention"));
            self.add(node.clone(), NKG.iri("refersTo"), self.entity_iris[e].clone());
            self.add(node.clone(), NKG.iri("text"), string(self.doc.slice(m.span)));
            self.add(node.clone(), NKG.iri("start"), integer(self.doc.char_offset(m.span.start())));
            self.add(node.clone(), NKG.iri("end"), integer(self.doc.char_offset(m.span.end())));
            self.add(node.clone(), NKG.iri("confidence"), decimal(m.confidence));
            self.add(node.clone(), NKG.iri("recogniser"), string(m.source.name()));
            self.add(node, PROV.iri("wasDerivedFrom"), self.article.clone());
        }
    }

    fn times(&mut self) {
        for (n, t) in self.doc.time_expressions.iter().enumerate() {
            let Some(span) = self.doc.span(t.start, t.end) else { continue };
            let node = self.node("time", n);
            self.add(self.article.clone(), SCHEMA.iri("mentions"), node.clone());
            self.add(node.clone(), rdf::TYPE.into(), NKG.iri("TimeExpression"));
            self.add(node.clone(), NKG.iri("text"), string(self.doc.slice(span)));
            self.add(node.clone(), NKG.iri("value"), time_literal(&t.value));
            self.add(node.clone(), NKG.iri("start"), integer(self.doc.char_offset(t.start)));
            self.add(node, NKG.iri("end"), integer(self.doc.char_offset(t.end)));
        }
    }

    fn evidence(&mut self, node: &NamedNode, ev: &Evidence) {
        self.add(node.clone(), NKG.iri("confidence"), decimal(ev.confidence));
        self.add(node.clone(), NKG.iri("evidenceText"), string(self.doc.slice(ev.span)));
        self.add(node.clone(), NKG.iri("evidenceStart"), integer(self.doc.char_offset(ev.span.start())));
        self.add(node.clone(), NKG.iri("evidenceEnd"), integer(self.doc.char_offset(ev.span.end())));
        self.add(node.clone(), PROV.iri("wasDerivedFrom"), self.article.clone());
    }

    fn positions(&mut self) {
        let mut roles_used = Vec::new();
        for (n, p) in self.doc.facts.positions.iter().enumerate() {
            let Some(person) = self.entity_iris.get(p.person).cloned() else { continue };
            let node = self.node("membership", n);
            self.add(node.clone(), rdf::TYPE.into(), ORG.iri("Membership"));
            self.add(node.clone(), ORG.iri("member"), person);
            if let Some(org) = p.organization.and_then(|o| self.entity_iris.get(o).cloned()) {
                self.add(node.clone(), ORG.iri("organization"), org);
            }
            self.add(node.clone(), ORG.iri("role"), role_iri(p.role));
            self.add(node.clone(), NKG.iri("title"), string(&p.title));
            self.add(node.clone(), NKG.iri("current"), boolean(p.current));
            self.evidence(&node, &p.evidence);
            if !roles_used.contains(&p.role) {
                roles_used.push(p.role);
            }
        }
        for role in roles_used {
            self.add(role_iri(role), rdf::TYPE.into(), ORG.iri("Role"));
            self.add(role_iri(role), RDFS.iri("label"), string(role.label()));
        }
    }

    fn relations(&mut self) {
        for (n, r) in self.doc.facts.relations.iter().enumerate() {
            let (Some(s), Some(o)) =
                (self.entity_iris.get(r.subject).cloned(), self.entity_iris.get(r.object).cloned())
            else {
                continue;
            };
            let p = relation_predicate(r.kind);
            self.add(s.clone(), p.clone(), o.clone());
            let reifier = self.node("fact", n);
            self.add(reifier.clone(), rdf::TYPE.into(), rdf::STATEMENT.into_owned());
            self.add(reifier.clone(), rdf::SUBJECT.into(), s);
            self.add(reifier.clone(), rdf::PREDICATE.into(), p);
            self.add(reifier.clone(), rdf::OBJECT.into(), o);
            self.evidence(&reifier, &r.evidence);
        }
    }

    fn outages(&mut self) {
        for (n, o) in self.doc.facts.outages.iter().enumerate() {
            let node = self.node("outage", n);
            self.add(node.clone(), rdf::TYPE.into(), NKG.iri("Outage"));
            self.add(node.clone(), rdf::TYPE.into(), SCHEMA.iri("Event"));
            self.add(node.clone(), RDFS.iri("label"), string(&o.label));
            if let Some(p) = o.provider.and_then(|p| self.entity_iris.get(p).cloned()) {
                self.add(node.clone(), NKG.iri("provider"), p);
            }
            for a in &o.affected {
                if let Some(a) = self.entity_iris.get(*a).cloned() {
                    self.add(node.clone(), NKG.iri("affected"), a);
                }
            }
            if let Some(v) = &o.start {
                self.add(node.clone(), SCHEMA.iri("startDate"), time_literal(v));
            }
            if let Some(v) = &o.end {
                self.add(node.clone(), SCHEMA.iri("endDate"), time_literal(v));
            }
            if let Some(m) = o.duration_minutes {
                self.add(node.clone(), SCHEMA.iri("duration"), duration_literal(m));
            }
            if let Some(l) = o.location.and_then(|l| self.entity_iris.get(l).cloned()) {
                self.add(node.clone(), SCHEMA.iri("location"), l);
            }
            if let Some(c) = &o.cause {
                self.add(node.clone(), NKG.iri("cause"), string(c));
            }
            self.evidence(&node, &o.evidence);
        }
    }
}

#[cfg(test)]
mod tests;
