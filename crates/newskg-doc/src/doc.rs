//! The one document type that flows through the pipeline, and its layers.
//!
//! `read` (in `newskg-nlp`) produces an [`Article`]; every later stage takes a [`Document`] and
//! returns its own layer (sentences, mentions, entities, time expressions, facts), which the
//! pipeline stores in the document. No stage edits a layer written before it.
//!
//! Offsets: every [`Span`] is a byte range into [`Document::text`] (the normalised text). Char offsets
//! are computed only where evidence leaves the program ([`Document::char_offset`]).

use serde::Serialize;

use crate::time::{DurationMention, TimeMention};

/// An article as read from its input, before any analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Article {
    /// The input id, or a hash of the text when the input had none.
    pub id: String,
    pub title: Option<String>,
    /// The publication date or date-time as given, validated (`2023-11-13` or an RFC 3339 date-time).
    pub published: Option<Published>,
    pub url: Option<String>,
    /// The body text exactly as read (after decoding and markup removal).
    pub text: String,
    /// Where it came from: `path` or `path:line`.
    pub origin: String,
}

impl Article {
    /// An article with only an id and a body text: no title, publication date or URL, and the id as
    /// its origin. Callers that hold more set it with struct update syntax:
    /// `Article { published, ..Article::from_text("a1", text) }`.
    pub fn from_text(id: impl Into<String>, text: impl Into<String>) -> Article {
        let id = id.into();
        Article { origin: id.clone(), id, title: None, published: None, url: None, text: text.into() }
    }
}

/// A publication date, with the wall-clock time and offset when the input gave one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Published {
    pub date: chrono::NaiveDate,
    /// The full RFC 3339 date-time, when the input gave one.
    pub date_time: Option<chrono::DateTime<chrono::FixedOffset>>,
}

/// A half-open byte range `start..end` into a document's normalised text.
///
/// Built only through [`Span::new`] or [`Document::span`], so `start <= end` always holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// A span from `start` to `end`, or `None` when `start > end`.
    pub fn new(start: usize, end: usize) -> Option<Span> {
        (start <= end).then_some(Span { start, end })
    }
    pub fn start(self) -> usize {
        self.start
    }
    pub fn end(self) -> usize {
        self.end
    }
    pub fn len(self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The smallest span that covers both.
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

/// The kinds of entity in the graph contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum EntityKind {
    /// A business.
    Company,
    /// A non-business organisation: regulator, government body, university, NGO.
    Organization,
    Person,
    /// A product, app, platform, website or cloud service.
    Service,
    /// A country, region, city or data-centre zone.
    Location,
}

impl EntityKind {
    pub const ALL: [EntityKind; 5] =
        [EntityKind::Company, EntityKind::Organization, EntityKind::Person, EntityKind::Service, EntityKind::Location];
    pub fn name(self) -> &'static str {
        match self {
            EntityKind::Company => "Company",
            EntityKind::Organization => "Organization",
            EntityKind::Person => "Person",
            EntityKind::Service => "Service",
            EntityKind::Location => "Location",
        }
    }
    /// Company and Organization are both organisations.
    pub fn is_org(self) -> bool {
        matches!(self, EntityKind::Company | EntityKind::Organization)
    }
}

/// Which recogniser found a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum MentionSource {
    /// The token-classification model.
    Model,
    /// A gazetteer entry (e.g. the company list).
    Gazetteer,
    /// A hand-written rule (legal suffix, service cue, title pattern, ...).
    Rule,
}

impl MentionSource {
    /// The stable name written to the graph (`nkg:recogniser`) and to JSON: never `Debug` output.
    pub fn name(self) -> &'static str {
        match self {
            MentionSource::Model => "model",
            MentionSource::Gazetteer => "gazetteer",
            MentionSource::Rule => "rule",
        }
    }
}

/// One occurrence of a named entity in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    pub span: Span,
    pub kind: EntityKind,
    /// In [0, 1].
    pub confidence: f32,
    pub source: MentionSource,
}

/// Index of an entity in [`Document::entities`].
pub type EntityIdx = usize;

/// A resolved entity: all mentions that refer to the same thing in one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    pub kind: EntityKind,
    /// The fullest name the text gives (the `rdfs:label`).
    pub name: String,
    /// The normalised name that identifies the entity across articles (case, "the", legal
    /// suffixes and punctuation folded by `resolve`); the RDF mapping mints the entity's IRI from
    /// it. Not part of the JSON output.
    #[serde(skip)]
    pub key: String,
    /// Every other surface form that refers to it (the `skos:altLabel`s), deduplicated.
    pub aliases: Vec<String>,
    /// Indices into [`Document::mentions`].
    pub mentions: Vec<usize>,
    /// In [0, 1]: the best mention confidence.
    pub confidence: f32,
}

/// A sentence of the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Sentence {
    pub span: Span,
}

/// A word-level token (whitespace and punctuation split).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Token {
    pub span: Span,
}

/// Why a fact is believed: the sentence it came from and how sure the extractor is.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Evidence {
    /// The sentence (or sentences) that state the fact.
    pub span: Span,
    /// In [0, 1].
    pub confidence: f32,
}

/// The role list of the graph contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Role {
    Ceo,
    Chairman,
    President,
    Cfo,
    Cto,
    Coo,
    Founder,
    Cofounder,
    Director,
    VicePresident,
    Head,
    Executive,
    Analyst,
    Spokesperson,
    Minister,
    Governor,
    OtherRole,
}

impl Role {
    pub const ALL: [Role; 17] = [
        Role::Ceo,
        Role::Chairman,
        Role::President,
        Role::Cfo,
        Role::Cto,
        Role::Coo,
        Role::Founder,
        Role::Cofounder,
        Role::Director,
        Role::VicePresident,
        Role::Head,
        Role::Executive,
        Role::Analyst,
        Role::Spokesperson,
        Role::Minister,
        Role::Governor,
        Role::OtherRole,
    ];
    /// The role's stable name, as in the role list of `ONTOLOGY.md` ("CEO", "VicePresident").
    pub fn name(self) -> &'static str {
        match self {
            Role::Ceo => "CEO",
            Role::Chairman => "Chairman",
            Role::President => "President",
            Role::Cfo => "CFO",
            Role::Cto => "CTO",
            Role::Coo => "COO",
            Role::Founder => "Founder",
            Role::Cofounder => "Cofounder",
            Role::Director => "Director",
            Role::VicePresident => "VicePresident",
            Role::Head => "Head",
            Role::Executive => "Executive",
            Role::Analyst => "Analyst",
            Role::Spokesperson => "Spokesperson",
            Role::Minister => "Minister",
            Role::Governor => "Governor",
            Role::OtherRole => "OtherRole",
        }
    }
    /// A human-readable label.
    pub fn label(self) -> &'static str {
        match self {
            Role::Ceo => "chief executive officer",
            Role::Chairman => "chairman",
            Role::President => "president",
            Role::Cfo => "chief financial officer",
            Role::Cto => "chief technology officer",
            Role::Coo => "chief operating officer",
            Role::Founder => "founder",
            Role::Cofounder => "co-founder",
            Role::Director => "director",
            Role::VicePresident => "vice-president",
            Role::Head => "head",
            Role::Executive => "executive",
            Role::Analyst => "analyst",
            Role::Spokesperson => "spokesperson",
            Role::Minister => "minister",
            Role::Governor => "governor",
            Role::OtherRole => "other role",
        }
    }
}

/// A person holding (or having held) a position.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Position {
    pub person: EntityIdx,
    pub organization: Option<EntityIdx>,
    pub role: Role,
    /// The title as written ("chief executive").
    pub title: String,
    /// False for former / then / ex- / stepped down.
    pub current: bool,
    pub evidence: Evidence,
}

/// The relation predicates of the graph contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum RelationKind {
    /// Subject is a unit, subsidiary, division, arm or owned company of the object.
    ParentOrganization,
    /// Subject is a service operated, provided or owned by the object.
    Provider,
    /// Subject bought the object (completed deals only).
    Acquired,
    /// Partner, supplier or customer relationship, direction as written.
    Partner,
}

impl RelationKind {
    pub const ALL: [RelationKind; 4] =
        [RelationKind::ParentOrganization, RelationKind::Provider, RelationKind::Acquired, RelationKind::Partner];
    /// The stable name written to JSON output: never `Debug` output.
    pub fn name(self) -> &'static str {
        match self {
            RelationKind::ParentOrganization => "ParentOrganization",
            RelationKind::Provider => "Provider",
            RelationKind::Acquired => "Acquired",
            RelationKind::Partner => "Partner",
        }
    }
}

/// A relation between two entities.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Relation {
    pub subject: EntityIdx,
    pub kind: RelationKind,
    pub object: EntityIdx,
    pub evidence: Evidence,
}

/// One incident in which a provider's systems failed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outage {
    /// A short summary, e.g. "Alibaba Cloud outage, Hong Kong, 2022-12".
    pub label: String,
    pub provider: Option<EntityIdx>,
    pub affected: Vec<EntityIdx>,
    pub start: Option<crate::time::TimeValue>,
    pub end: Option<crate::time::TimeValue>,
    /// Stated, or computed from start and end.
    pub duration_minutes: Option<u32>,
    pub location: Option<EntityIdx>,
    pub cause: Option<String>,
    pub evidence: Evidence,
}

/// Everything the `relate` stage found.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Facts {
    pub positions: Vec<Position>,
    pub relations: Vec<Relation>,
    pub outages: Vec<Outage>,
}

/// Something odd about the input that did not stop the analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub message: String,
}

/// An article and every layer the pipeline has added to it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    pub article: Article,
    /// The normalised text: every span indexes this.
    pub text: String,
    /// For each byte of `text`, the byte offset in `article.text` it came from (plus one entry for
    /// the end), so any span maps back to the original.
    #[serde(skip)]
    pub alignment: Vec<usize>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    pub mentions: Vec<Mention>,
    pub entities: Vec<Entity>,
    /// Time expressions, non-overlapping (what `relate` reads).
    pub times: Vec<TimeMention>,
    /// Every distinct time expression for the graph: as `times`, plus the day inside each
    /// "time on day" expression, once per (text, value).
    pub time_expressions: Vec<TimeMention>,
    pub durations: Vec<DurationMention>,
    pub facts: Facts,
    pub diagnostics: Vec<Diagnostic>,
}

impl Document {
    /// The text a span covers.
    ///
    /// Spans are only built by stages over this document's text on char boundaries; a span that is
    /// not (a bug) yields "" rather than a panic.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// A span over this document's text, or `None` if it is out of range or not on char boundaries.
    pub fn span(&self, start: usize, end: usize) -> Option<Span> {
        let span = Span::new(start, end)?;
        (self.text.is_char_boundary(start) && self.text.is_char_boundary(end) && end <= self.text.len()).then_some(span)
    }

    /// The char offset of a byte offset into the normalised text.
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        self.text.get(..byte).map_or(0, |s| s.chars().count())
    }

    /// The byte range in the original article text that a span came from.
    pub fn original_range(&self, span: Span) -> (usize, usize) {
        let at = |i: usize| self.alignment.get(i).copied().unwrap_or(self.article.text.len());
        (at(span.start), at(span.end))
    }

    /// The byte offset in the normalised text of a char offset in the original article text
    /// (the first normalised byte at or after it).
    pub fn from_original_char(&self, char_offset: usize) -> usize {
        let byte = self.article.text.char_indices().nth(char_offset).map_or(self.article.text.len(), |(b, _)| b);
        self.alignment.partition_point(|&o| o < byte).min(self.text.len())
    }

    /// The sentence that contains a byte offset.
    pub fn sentence_at(&self, byte: usize) -> Option<Sentence> {
        let idx = self.sentences.partition_point(|s| s.span.end <= byte);
        self.sentences.get(idx).copied().filter(|s| s.span.start <= byte)
    }

    /// The entity a mention was resolved to.
    pub fn entity_of_mention(&self, mention: usize) -> Option<EntityIdx> {
        self.entities.iter().position(|e| e.mentions.contains(&mention))
    }
}
