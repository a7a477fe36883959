//! The consolidated graph `<{base}graph/kg>`: consumes article graphs, produces one node per
//! entity, relation, membership and outage event however many articles state it (`ONTOLOGY.md`,
//! "The consolidated graph"; the additions are in `ONTOLOGY-ADDITIONS.md`).
//!
//! Design: the consolidated graph is a union of disjoint parts, one per [`Key`] (an entity, a
//! relation triple, a membership's person + organisation + role, a role, all the outages of one
//! provider, an outage without a provider). Each part is a pure function of the article graphs'
//! quads that match the key ([`Consolidator::compute`], which reads the article graphs only). So:
//! - **rebuild** = clear the graph, collect every key of every article graph, compute every part;
//! - **incremental** (called by the store inside the transaction that replaces or removes an
//!   article graph): only the parts of the keys found in the article's old and new quads can
//!   change. Their cost must not grow with the number of articles that state a key (Microsoft is
//!   in thousands), so each part is adjusted from its current state and the article's old and new
//!   share, with index probes for what the share alone cannot tell: counts by difference, the
//!   article added to or removed from `prov:wasDerivedFrom`, the highest confidence raised, the
//!   latest source (`nkg:latestSource`, which decides a membership's `nkg:current` and `nkg:title`)
//!   compared with the article by one date lookup, a dropped name or type kept if a probe finds
//!   another article stating it. Only when the article held an extreme (the highest confidence, the
//!   latest or earliest date) and leaves, is the part recomputed, and then from the sources its
//!   `prov:wasDerivedFrom` lists, each read in its own graph. Outage events are adjusted the same
//!   way (see `events.rs`): a new report is compared only with the provider's events on its days
//!   (`nkg:day`, an index probe), and joins, bridges or founds events. The randomised test
//!   `kg::tests::maintenance` and the integration test `kg::incremental_equals_rebuild` check
//!   quad for quad that the result equals a rebuild.
//!
//! Outage merge rule (one provider's reports are grouped into connected components of the
//! "compatible" relation, which makes the result independent of ingest order): two outage reports
//! are the same event when they name the same provider entity, their places are compatible (the
//! same `schema:location`, or one has none) and their times are compatible:
//! - both starts have day precision (`xsd:date` or `xsd:dateTime`): their day ranges overlap, where
//!   a report's range runs from its start day to its end day (the start day alone without an end,
//!   or with an end before the start or more than [`MAX_RANGE_DAYS`] days after it), days as
//!   written (no time-zone conversion): the same start day, or one's day inside the other's range;
//! - both starts are coarser (a month, quarter or year): the same value;
//! - neither has a start: their causes are compatible (the same, or one has none);
//! - otherwise (a day against a month, a start against none): not the same event.
//!
//! Reports without a provider are never merged. Reports are ranked: the most complete first (most
//! of start, end, duration, place and cause), then the most confident, then the smallest IRI. Each
//! of an event's values comes from the first-ranked report that has it (those reports are its
//! `nkg:describedBy`), and its IRI from its first-ranked report.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Arc;

use newskg_rdf::{NKG, ORG, PROV, RDFS, RdfConfig, SCHEMA, SKOS};
use newskg_store::model::vocab::{rdf, xsd};
use newskg_store::model::{GraphName, GraphNameRef, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use newskg_store::{Derived, Store, StoreError, Tx};

/// The consolidated graph's IRI under the default base, as saved queries write it.
pub const DEFAULT_GRAPH: &str = "https://newskg.example/id/graph/kg";

/// A query written against the default base's consolidated graph (`<https://newskg.example/id/graph/kg>`,
/// as in queries/), pointed at the consolidated graph of `rdf`'s base.
pub fn for_base(query: &str, rdf: &RdfConfig) -> String {
    let kg = rdf.kg_graph();
    if kg.as_str() == DEFAULT_GRAPH {
        return query.to_string();
    }
    query.replace(&format!("<{DEFAULT_GRAPH}>"), &format!("<{}>", kg.as_str()))
}

/// A membership's key: person, organisation (if named) and role.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct MemberKey {
    person: NamedNode,
    org: Option<NamedNode>,
    role: NamedNode,
}

/// One part of the consolidated graph.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Entity(NamedNode),
    Relation(NamedNode, NamedNode, NamedNode),
    Membership(MemberKey),
    Role(NamedNode),
    /// Every outage event of one provider.
    Outages(NamedNode),
    /// An outage report that names no provider: an event of its own.
    LoneOutage(NamedNode),
}

/// The terms the consolidation reads and writes.
#[derive(Debug, Clone)]
struct Vocab {
    a: NamedNode,
    label: NamedNode,
    alt_label: NamedNode,
    mentions: NamedNode,
    refers_to: NamedNode,
    date_published: NamedNode,
    entity_types: Vec<NamedNode>,
    relations: Vec<NamedNode>,
    statement: NamedNode,
    subject: NamedNode,
    predicate: NamedNode,
    object: NamedNode,
    membership: NamedNode,
    member: NamedNode,
    organization: NamedNode,
    role: NamedNode,
    role_class: NamedNode,
    title: NamedNode,
    current: NamedNode,
    confidence: NamedNode,
    outage: NamedNode,
    event: NamedNode,
    provider: NamedNode,
    affected: NamedNode,
    start: NamedNode,
    end: NamedNode,
    duration: NamedNode,
    location: NamedNode,
    cause: NamedNode,
    derived_from: NamedNode,
    source_count: NamedNode,
    merged_from: NamedNode,
    latest_source: NamedNode,
    described_by: NamedNode,
    day: NamedNode,
    article_count: NamedNode,
    mention_count: NamedNode,
    first_seen: NamedNode,
    last_seen: NamedNode,
    /// The predicates whose values the maintenance reads on every article and keeps in its cache
    /// (those with one value, or a few; never the lists that grow with the store).
    cached: Vec<NamedNode>,
}

impl Vocab {
    fn new() -> Vocab {
        Vocab {
            a: rdf::TYPE.into_owned(),
            label: RDFS.iri("label"),
            alt_label: SKOS.iri("altLabel"),
            mentions: SCHEMA.iri("mentions"),
            refers_to: NKG.iri("refersTo"),
            date_published: SCHEMA.iri("datePublished"),
            entity_types: ["Organization", "Corporation", "Person", "Service", "Place"]
                .iter()
                .map(|t| SCHEMA.iri(t))
                .collect(),
            relations: vec![
                SCHEMA.iri("parentOrganization"),
                SCHEMA.iri("provider"),
                NKG.iri("acquired"),
                NKG.iri("partner"),
            ],
            statement: rdf::STATEMENT.into_owned(),
            subject: rdf::SUBJECT.into_owned(),
            predicate: rdf::PREDICATE.into_owned(),
            object: rdf::OBJECT.into_owned(),
            membership: ORG.iri("Membership"),
            member: ORG.iri("member"),
            organization: ORG.iri("organization"),
            role: ORG.iri("role"),
            role_class: ORG.iri("Role"),
            title: NKG.iri("title"),
            current: NKG.iri("current"),
            confidence: NKG.iri("confidence"),
            outage: NKG.iri("Outage"),
            event: SCHEMA.iri("Event"),
            provider: NKG.iri("provider"),
            affected: NKG.iri("affected"),
            start: SCHEMA.iri("startDate"),
            end: SCHEMA.iri("endDate"),
            duration: SCHEMA.iri("duration"),
            location: SCHEMA.iri("location"),
            cause: NKG.iri("cause"),
            derived_from: PROV.iri("wasDerivedFrom"),
            source_count: NKG.iri("sourceCount"),
            merged_from: NKG.iri("mergedFrom"),
            latest_source: NKG.iri("latestSource"),
            described_by: NKG.iri("describedBy"),
            day: NKG.iri("day"),
            article_count: NKG.iri("articleCount"),
            mention_count: NKG.iri("mentionCount"),
            first_seen: NKG.iri("firstSeen"),
            last_seen: NKG.iri("lastSeen"),
            cached: [
                rdf::TYPE.into_owned(),
                RDFS.iri("label"),
                SKOS.iri("altLabel"),
                NKG.iri("articleCount"),
                NKG.iri("mentionCount"),
                NKG.iri("firstSeen"),
                NKG.iri("lastSeen"),
                NKG.iri("sourceCount"),
                NKG.iri("confidence"),
                NKG.iri("latestSource"),
                NKG.iri("current"),
                NKG.iri("title"),
                NKG.iri("describedBy"),
                NKG.iri("provider"),
                SCHEMA.iri("startDate"),
                SCHEMA.iri("endDate"),
                SCHEMA.iri("duration"),
                SCHEMA.iri("location"),
                NKG.iri("cause"),
            ]
            .into(),
        }
    }

    /// The predicates of an entity's part (its subject also carries relation triples).
    fn entity_predicates(&self) -> [&NamedNode; 7] {
        [
            &self.a,
            &self.label,
            &self.alt_label,
            &self.article_count,
            &self.mention_count,
            &self.first_seen,
            &self.last_seen,
        ]
    }
}

/// Maintains the consolidated graph; hand it to [`Store::with_derived`].
#[derive(Debug, Clone)]
pub struct Consolidator {
    rdf: RdfConfig,
    kg: NamedNode,
    v: Vocab,
    cache: Arc<cache::Cache>,
}

/// What a rebuild did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rebuilt {
    pub articles: usize,
    pub parts: usize,
    pub quads: usize,
}

/// Keys written per transaction during a rebuild (bounds its memory).
const REBUILD_BATCH: usize = 2000;

/// An article's place in time, which decides the latest source: its `schema:datePublished` as
/// written (empty when it has none), then its IRI.
type Stamp = (String, NamedNode);

impl Consolidator {
    pub fn new(rdf: RdfConfig) -> Consolidator {
        let kg = rdf.kg_graph();
        Consolidator { rdf, kg, v: Vocab::new(), cache: Arc::default() }
    }

    /// The consolidated graph's IRI.
    pub fn graph(&self) -> &NamedNode {
        &self.kg
    }

    /// Recomputes the consolidated graph from all article graphs (for stores written before it, or
    /// after SPARQL updates that changed article graphs), and the store's counts.
    pub fn rebuild(&self, store: &Store) -> Result<Rebuilt, StoreError> {
        self.cache.clear();
        let mut keys = BTreeSet::new();
        let mut articles = 0;
        for g in store.named_graphs()? {
            if g == self.kg {
                continue;
            }
            articles += 1;
            let quads = store.quads(None, None, None, Some(GraphNameRef::NamedNode(g.as_ref())))?;
            keys.extend(self.keys_of(&quads));
        }
        let kg = self.kg.clone();
        store.transaction(|tx| tx.clear_graph(&kg))?;
        let keys: Vec<Key> = keys.into_iter().collect();
        let mut quads = 0;
        for batch in keys.chunks(REBUILD_BATCH) {
            let written = store.transaction(|tx| self.update(tx, batch, None));
            // A rebuild reads each part once: what a batch read or wrote is not kept, so the
            // cache stays bounded by one batch (plain transactions do not fold it in).
            self.cache.clear();
            quads += written?;
        }
        store.recount(articles)?;
        self.cache.clear();
        Ok(Rebuilt { articles, parts: keys.len(), quads })
    }

    /// The membership keys one membership node (its quads) states: every member, role and
    /// organisation it names (no organisation: `None`).
    fn member_keys(&self, own: &[&Quad]) -> Vec<MemberKey> {
        let v = &self.v;
        let all = |pred: &NamedNode| -> Vec<NamedNode> {
            let mut out: Vec<NamedNode> =
                own.iter().filter(|x| x.predicate == *pred).filter_map(|x| named(&x.object)).collect();
            out.sort();
            out.dedup();
            out
        };
        if !own.iter().any(|x| x.predicate == v.a && x.object == Term::NamedNode(v.membership.clone())) {
            return Vec::new();
        }
        let orgs: Vec<Option<NamedNode>> = match all(&v.organization) {
            o if o.is_empty() => vec![None],
            o => o.into_iter().map(Some).collect(),
        };
        let mut out = Vec::new();
        for person in all(&v.member) {
            for role in all(&v.role) {
                for org in &orgs {
                    out.push(MemberKey { person: person.clone(), org: org.clone(), role: role.clone() });
                }
            }
        }
        out
    }

    /// The keys whose parts read any of these quads (all of one article graph).
    fn keys_of(&self, quads: &[Quad]) -> BTreeSet<Key> {
        let v = &self.v;
        let by_subject = by_subject(quads);
        let mut keys = BTreeSet::new();
        for q in quads {
            let (NamedOrBlankNode::NamedNode(s), Term::NamedNode(o)) = (&q.subject, &q.object) else { continue };
            let p = &q.predicate;
            if *p == v.mentions {
                keys.insert(Key::Entity(o.clone()));
            } else if v.relations.contains(p) {
                keys.insert(Key::Relation(s.clone(), p.clone(), o.clone()));
            } else if *p == v.role {
                keys.insert(Key::Role(o.clone()));
            } else if *p == v.a && *o == v.membership {
                keys.extend(self.member_keys(&by_subject[&q.subject]).into_iter().map(Key::Membership));
            } else if *p == v.a
                && *o == v.outage
                && let Some(r) = self.report_from(s, &by_subject[&q.subject])
            {
                keys.insert(match r.provider {
                    Some(p) => Key::Outages(p),
                    None => Key::LoneOutage(s.clone()),
                });
            }
        }
        keys
    }

    /// Recomputes the parts of `keys` from the article graphs, or adjusts them by `change`, and
    /// writes only what changed; returns the number of quads inserted. The old parts are all read
    /// before anything is written, so parts that share an IRI across kinds (an outage that gained a
    /// provider) cannot erase each other; writing the difference keeps a fact reported by many
    /// articles from being rewritten whole (and logged) each time one more article reports it.
    fn update(&self, tx: &mut Tx<'_>, keys: &[Key], change: Option<&Change<'_>>) -> Result<usize, StoreError> {
        let mut old: HashSet<Quad> = HashSet::new();
        let mut new: HashSet<Quad> = HashSet::new();
        let mut full = Vec::new();
        for key in keys {
            let delta = match (key, change) {
                (Key::Entity(e), Some(c)) => {
                    self.entity_delta(tx, e, c.before.entities.get(e), c.after.entities.get(e))?
                }
                (Key::Relation(s, p, o), Some(c)) => {
                    let k = (s.clone(), p.clone(), o.clone());
                    self.relation_delta(tx, &k, c, c.before.relations.get(&k), c.after.relations.get(&k))?
                }
                (Key::Membership(k), Some(c)) => {
                    self.membership_delta(tx, k, c, c.before.memberships.get(k), c.after.memberships.get(k))?
                }
                _ => None,
            };
            match delta {
                Some((o, n)) => {
                    old.extend(o);
                    new.extend(n);
                }
                None => full.push(key),
            }
        }
        for key in &full {
            old.extend(self.current(tx, key)?);
        }
        for key in &full {
            new.extend(self.compute(tx, key)?);
        }
        for q in old.difference(&new) {
            self.write(tx, q, false)?;
        }
        let mut written = 0;
        for q in new.difference(&old) {
            self.write(tx, q, true)?;
            written += 1;
        }
        Ok(written)
    }

    fn kg_ref(&self) -> GraphNameRef<'_> {
        GraphNameRef::NamedNode(self.kg.as_ref())
    }

    fn kg_name(&self) -> GraphName {
        GraphName::NamedNode(self.kg.clone())
    }

    fn out(&self) -> Out {
        Out { graph: self.kg_name(), quads: Vec::new() }
    }

    fn subject_quads(&self, tx: &Tx<'_>, s: &NamedNode) -> Result<Vec<Quad>, StoreError> {
        tx.quads(Some(s.as_ref().into()), None, None, Some(self.kg_ref()))
    }

    /// Writes (`insert`) or removes a quad of the consolidated graph, in the store and the cache.
    fn write(&self, tx: &mut Tx<'_>, q: &Quad, insert: bool) -> Result<(), StoreError> {
        if insert {
            tx.insert(q.as_ref())?;
        } else {
            tx.remove(q.as_ref())?;
        }
        self.cache.write(q, insert);
        Ok(())
    }

    /// The objects of one subject and predicate in the consolidated graph (from the cache when the
    /// predicate is one it keeps).
    fn kg_objects(&self, tx: &Tx<'_>, s: &NamedNode, p: &NamedNode) -> Result<Vec<Term>, StoreError> {
        let cached = self.v.cached.contains(p);
        if cached && let Some(objects) = self.cache.get(s, p) {
            return Ok(objects);
        }
        let objects: Vec<Term> = tx
            .quads(Some(s.as_ref().into()), Some(p.as_ref()), None, Some(self.kg_ref()))?
            .into_iter()
            .map(|q| q.object)
            .collect();
        if cached {
            self.cache.read(s, p, &objects);
        }
        Ok(objects)
    }

    /// One object of a subject and predicate in the consolidated graph.
    fn kg_one(&self, tx: &Tx<'_>, s: &NamedNode, p: &NamedNode) -> Result<Option<Term>, StoreError> {
        if self.v.cached.contains(p) {
            return Ok(self.kg_objects(tx, s, p)?.into_iter().min_by_key(Term::to_string));
        }
        let mut found = None;
        tx.scan(Some(s.as_ref().into()), Some(p.as_ref()), None, Some(self.kg_ref()), |q| {
            found = Some(q.object);
            false
        })?;
        Ok(found)
    }

    /// Whether the consolidated graph holds the triple.
    fn kg_has(&self, tx: &Tx<'_>, s: &NamedNode, p: &NamedNode, o: &Term) -> Result<bool, StoreError> {
        if self.v.cached.contains(p) {
            return Ok(self.kg_objects(tx, s, p)?.contains(o));
        }
        tx.contains(Quad::new(s.clone(), p.clone(), o.clone(), self.kg_name()).as_ref())
    }

    /// The quads of one subject and predicate in the consolidated graph (see [`Self::kg_objects`]).
    fn kg_quads(&self, tx: &Tx<'_>, s: &NamedNode, p: &NamedNode) -> Result<Vec<Quad>, StoreError> {
        Ok(self.kg_objects(tx, s, p)?.into_iter().map(|o| Quad::new(s.clone(), p.clone(), o, self.kg_name())).collect())
    }

    /// The quads of a key's part as the consolidated graph holds them now.
    fn current(&self, tx: &Tx<'_>, key: &Key) -> Result<Vec<Quad>, StoreError> {
        let v = &self.v;
        let mut out = Vec::new();
        match key {
            Key::Entity(e) => {
                for p in v.entity_predicates() {
                    out.extend(self.kg_quads(tx, e, p)?);
                }
            }
            Key::Relation(s, p, o) => {
                out.extend(tx.quads(
                    Some(s.as_ref().into()),
                    Some(p.as_ref()),
                    Some(o.as_ref().into()),
                    Some(self.kg_ref()),
                )?);
                out.extend(self.subject_quads(tx, &self.fact_iri(s, p, o))?);
            }
            Key::Membership(k) => out.extend(self.subject_quads(tx, &self.membership_iri(k))?),
            Key::Role(r) => out.extend(self.subject_quads(tx, r)?),
            Key::Outages(p) => {
                for q in tx.quads(None, Some(v.provider.as_ref()), Some(p.as_ref().into()), Some(self.kg_ref()))? {
                    if let NamedOrBlankNode::NamedNode(ev) = &q.subject {
                        out.extend(self.subject_quads(tx, ev)?);
                    }
                }
            }
            Key::LoneOutage(r) => out.extend(self.subject_quads(tx, &self.outage_iri(r))?),
        }
        Ok(out)
    }

    fn fact_iri(&self, s: &NamedNode, p: &NamedNode, o: &NamedNode) -> NamedNode {
        self.rdf.kg_node("fact", &[s.as_str(), p.as_str(), o.as_str()])
    }

    fn membership_iri(&self, k: &MemberKey) -> NamedNode {
        self.rdf.kg_node("membership", &[k.person.as_str(), k.org.as_ref().map_or("", |o| o.as_str()), k.role.as_str()])
    }

    fn outage_iri(&self, first_report: &NamedNode) -> NamedNode {
        self.rdf.kg_node("outage", &[first_report.as_str()])
    }

    /// Matching quads in article graphs (every named graph but the consolidated one).
    fn sources(
        &self,
        tx: &Tx<'_>,
        s: Option<&NamedNode>,
        p: &NamedNode,
        o: Option<&Term>,
        g: Option<&NamedNode>,
    ) -> Result<Vec<Quad>, StoreError> {
        let mut out = tx.quads(
            s.map(|s| s.as_ref().into()),
            Some(p.as_ref()),
            o.map(|o| o.as_ref()),
            g.map(|g| GraphNameRef::NamedNode(g.as_ref())),
        )?;
        out.retain(|q| matches!(&q.graph_name, GraphName::NamedNode(g) if *g != self.kg));
        Ok(out)
    }

    /// The article graphs holding a matching quad, each once, in order.
    fn source_graphs(
        &self,
        tx: &Tx<'_>,
        s: Option<&NamedNode>,
        p: &NamedNode,
        o: &Term,
    ) -> Result<Vec<NamedNode>, StoreError> {
        let set: BTreeSet<NamedNode> = self
            .sources(tx, s, p, Some(o), None)?
            .into_iter()
            .filter_map(|q| match q.graph_name {
                GraphName::NamedNode(g) => Some(g),
                _ => None,
            })
            .collect();
        Ok(set.into_iter().collect())
    }

    fn objects(&self, tx: &Tx<'_>, s: &NamedNode, p: &NamedNode, g: &NamedNode) -> Result<Vec<Term>, StoreError> {
        Ok(self.sources(tx, Some(s), p, None, Some(g))?.into_iter().map(|q| q.object).collect())
    }

    /// An article's `schema:datePublished` as written (the smallest, should it give several).
    fn published(&self, tx: &Tx<'_>, article: &NamedNode) -> Result<Option<String>, StoreError> {
        Ok(self
            .objects(tx, article, &self.v.date_published, article)?
            .into_iter()
            .filter_map(|t| match t {
                Term::Literal(l) => Some(l.value().to_string()),
                _ => None,
            })
            .min())
    }

    /// An article's [`Stamp`].
    fn stamp(&self, tx: &Tx<'_>, article: &NamedNode) -> Result<Stamp, StoreError> {
        Ok((self.published(tx, article)?.unwrap_or_default(), article.clone()))
    }

    /// The article graphs a part lists as `prov:wasDerivedFrom`.
    fn derived_from(&self, tx: &Tx<'_>, node: &NamedNode) -> Result<Vec<NamedNode>, StoreError> {
        Ok(self.kg_objects(tx, node, &self.v.derived_from)?.iter().filter_map(named).collect())
    }

    fn compute(&self, tx: &Tx<'_>, key: &Key) -> Result<Vec<Quad>, StoreError> {
        let mut out = self.out();
        match key {
            Key::Entity(e) => self.entity(tx, e, &mut out)?,
            Key::Relation(s, p, o) => self.relation(tx, s, p, o, &mut out)?,
            Key::Membership(k) => self.membership(tx, k, &mut out)?,
            Key::Role(r) => self.role(tx, r, &mut out)?,
            Key::Outages(p) => self.outages(tx, Some(p), &mut out)?,
            Key::LoneOutage(r) => self.lone_outage(tx, r, &mut out)?,
        }
        Ok(out.quads)
    }

    fn relation(
        &self,
        tx: &Tx<'_>,
        s: &NamedNode,
        p: &NamedNode,
        o: &NamedNode,
        out: &mut Out,
    ) -> Result<(), StoreError> {
        let v = &self.v;
        let articles = self.source_graphs(tx, Some(s), p, &Term::NamedNode(o.clone()))?;
        if articles.is_empty() {
            return Ok(());
        }
        let mut best: Option<Term> = None;
        let mut latest: Option<Stamp> = None;
        for g in &articles {
            for st in self.sources(tx, None, &v.subject, Some(&Term::NamedNode(s.clone())), Some(g))? {
                let NamedOrBlankNode::NamedNode(st) = &st.subject else { continue };
                let same = self.objects(tx, st, &v.predicate, g)?.contains(&Term::NamedNode(p.clone()))
                    && self.objects(tx, st, &v.object, g)?.contains(&Term::NamedNode(o.clone()));
                if same {
                    for c in self.objects(tx, st, &v.confidence, g)? {
                        best = max_decimal(best, c);
                    }
                }
            }
            latest = latest.max(Some(self.stamp(tx, g)?));
        }
        out.add(s, p, o.clone());
        let f = self.fact_iri(s, p, o);
        out.add(&f, &v.a, v.statement.clone());
        out.add(&f, &v.subject, s.clone());
        out.add(&f, &v.predicate, p.clone());
        out.add(&f, &v.object, o.clone());
        out.add(&f, &v.source_count, integer(articles.len()));
        if let Some(c) = best {
            out.add(&f, &v.confidence, c);
        }
        if let Some((_, l)) = latest {
            out.add(&f, &v.latest_source, l);
        }
        for g in articles {
            out.add(&f, &v.derived_from, g);
        }
        Ok(())
    }

    fn role(&self, tx: &Tx<'_>, r: &NamedNode, out: &mut Out) -> Result<(), StoreError> {
        let v = &self.v;
        let mut label = None;
        let mut used = false;
        tx.scan(None, Some(v.role.as_ref()), Some(r.as_ref().into()), None, |q| match &q.graph_name {
            GraphName::NamedNode(g) if *g != self.kg => {
                used = true;
                label = Some(g.clone());
                false
            }
            _ => true,
        })?;
        if !used {
            return Ok(());
        }
        out.add(r, &v.a, v.role_class.clone());
        if let Some(g) = label
            && let Some(l) = self.objects(tx, r, &v.label, &g)?.into_iter().min_by_key(|t| t.to_string())
        {
            out.add(r, &v.label, l);
        }
        Ok(())
    }
}

impl Derived for Consolidator {
    fn graphs(&self) -> Vec<NamedNode> {
        vec![self.kg.clone()]
    }

    fn finished(&self, committed: bool) {
        self.cache.finish(committed);
    }

    fn forget(&self) {
        self.cache.clear();
    }

    fn article_changed(
        &self,
        tx: &mut Tx<'_>,
        graph: &NamedNode,
        old: &[Quad],
        new: &[Quad],
    ) -> Result<(), StoreError> {
        let own = |q: &&Quad| matches!(&q.graph_name, GraphName::NamedNode(g) if g == graph);
        let old: Vec<Quad> = old.iter().filter(own).cloned().collect();
        let new: Vec<Quad> = new.iter().filter(own).cloned().collect();
        let mut keys = self.keys_of(&old);
        keys.extend(self.keys_of(&new));
        // Outage parts are adjusted event by event below.
        let keys: Vec<Key> = keys.into_iter().filter(|k| !matches!(k, Key::Outages(_) | Key::LoneOutage(_))).collect();
        let change = Change { article: graph, before: self.shares(graph, &old), after: self.shares(graph, &new) };
        self.update(tx, &keys, Some(&change))?;
        self.outages_changed(tx, &old, &new, &change)?;
        Ok(())
    }
}

/// One article's share of an entity: what it says of it.
#[derive(Debug, Clone, Default)]
struct Share {
    types: BTreeSet<NamedNode>,
    labels: BTreeSet<String>,
    /// Labels and altLabels.
    names: BTreeSet<String>,
    mentions: usize,
    date: Option<String>,
}

/// One article's share of a membership: whether any of its statements says current, the smallest
/// title, the highest confidence.
#[derive(Debug, Clone, Default, PartialEq)]
struct MemberShare {
    current: bool,
    title: Option<String>,
    confidence: Option<Term>,
}

/// A part's quads before and after a change.
type Diff = (Vec<Quad>, Vec<Quad>);

/// One article graph's shares of entities, relations (the relation's highest confidence there)
/// and memberships, and the article's stamp.
#[derive(Debug)]
struct Shares {
    entities: HashMap<NamedNode, Share>,
    relations: HashMap<(NamedNode, NamedNode, NamedNode), Option<Term>>,
    memberships: HashMap<MemberKey, MemberShare>,
    stamp: Stamp,
}

/// An article's shares before and after a change.
struct Change<'a> {
    article: &'a NamedNode,
    before: Shares,
    after: Shares,
}

/// An entity's part of the consolidated graph, before it is written.
#[derive(Debug, Clone, Default)]
struct EntityState {
    types: BTreeSet<NamedNode>,
    /// Names some article gives as `rdfs:label` (not read back from the graph, which keeps one).
    labels: BTreeSet<String>,
    names: BTreeSet<String>,
    articles: usize,
    mentions: usize,
    first: Option<String>,
    last: Option<String>,
}

impl EntityState {
    /// The state the graph holds (labels left empty), or `None` when it holds none.
    fn read(v: &Vocab, quads: &[Quad]) -> Option<EntityState> {
        let mut st = EntityState::default();
        let mut counted = false;
        for q in quads {
            let p = &q.predicate;
            match &q.object {
                Term::NamedNode(t) if *p == v.a => {
                    st.types.insert(t.clone());
                }
                Term::Literal(l) if *p == v.label || *p == v.alt_label => {
                    st.names.insert(l.value().to_string());
                }
                Term::Literal(l) if *p == v.article_count => {
                    st.articles = l.value().parse().ok()?;
                    counted = true;
                }
                Term::Literal(l) if *p == v.mention_count => st.mentions = l.value().parse().ok()?,
                Term::Literal(l) if *p == v.first_seen => st.first = Some(l.value().to_string()),
                Term::Literal(l) if *p == v.last_seen => st.last = Some(l.value().to_string()),
                _ => {}
            }
        }
        counted.then_some(st)
    }

    /// Writes the part: nothing when no article types the entity (a time expression) or none is left.
    /// The label is the longest name an article gives as its `rdfs:label` (its fullest name), then
    /// the first in code-point order; every other name is an altLabel.
    fn write(&self, v: &Vocab, e: &NamedNode, out: &mut Out) {
        if self.types.is_empty() || self.articles == 0 {
            return;
        }
        for t in &self.types {
            out.add(e, &v.a, t.clone());
        }
        let label = self.labels.iter().max_by(|a, b| a.chars().count().cmp(&b.chars().count()).then(b.cmp(a)));
        if let Some(l) = label {
            out.add(e, &v.label, Literal::new_simple_literal(l));
        }
        for n in self.names.iter().filter(|n| Some(*n) != label) {
            out.add(e, &v.alt_label, Literal::new_simple_literal(n));
        }
        out.add(e, &v.article_count, integer(self.articles));
        out.add(e, &v.mention_count, integer(self.mentions));
        if let (Some(first), Some(last)) = (&self.first, &self.last) {
            out.add(e, &v.first_seen, Literal::new_typed_literal(first, xsd::DATE));
            out.add(e, &v.last_seen, Literal::new_typed_literal(last, xsd::DATE));
        }
    }
}

/// The day (`YYYY-MM-DD`) of a date or date-time as written; `None` below day precision.
fn day(value: &str) -> Option<String> {
    day_of(value).map(|_| value[..10].to_string())
}

/// Quads being written to the consolidated graph.
struct Out {
    graph: GraphName,
    quads: Vec<Quad>,
}

impl Out {
    fn add(&mut self, s: &NamedNode, p: &NamedNode, o: impl Into<Term>) {
        self.quads.push(Quad::new(s.clone(), p.clone(), o, self.graph.clone()));
    }
}

/// Quads grouped by subject.
fn by_subject(quads: &[Quad]) -> HashMap<&NamedOrBlankNode, Vec<&Quad>> {
    let mut out: HashMap<&NamedOrBlankNode, Vec<&Quad>> = HashMap::new();
    for q in quads {
        out.entry(&q.subject).or_default().push(q);
    }
    out
}

fn integer(n: usize) -> Literal {
    Literal::new_typed_literal(n.to_string(), xsd::INTEGER)
}

fn named(t: &Term) -> Option<NamedNode> {
    match t {
        Term::NamedNode(n) => Some(n.clone()),
        _ => None,
    }
}

fn lit(t: &Term) -> Option<Literal> {
    match t {
        Term::Literal(l) => Some(l.clone()),
        _ => None,
    }
}

fn decimal_value(l: &Option<Literal>) -> f64 {
    l.as_ref().and_then(|l| l.value().parse().ok()).unwrap_or(0.0)
}

/// The larger of two decimal literals; between equal values, the lexically smaller, so the result
/// does not depend on the order they come in.
fn max_decimal(best: Option<Term>, next: Term) -> Option<Term> {
    let Term::Literal(n) = &next else { return best };
    let value = |l: &Literal| l.value().parse::<f64>().unwrap_or(0.0);
    match &best {
        Some(Term::Literal(b)) if value(b) > value(n) || (value(b) == value(n) && b.value() <= n.value()) => best,
        _ => Some(next),
    }
}

/// Whether `old` was the highest confidence and the article's new share may not hold it any more.
fn confidence_may_drop(current: &Option<Term>, old: Option<&Term>, new: Option<&Term>) -> bool {
    match old {
        Some(o) if current.as_ref() == Some(o) => {
            let kept = new.cloned();
            max_decimal(kept.clone(), o.clone()) != kept
        }
        _ => false,
    }
}

mod cache;
mod deltas;
mod events;
mod members;
mod merge;

use merge::day_of;
pub use merge::{MAX_RANGE_DAYS, Report, compatible, merge_reports};

#[cfg(test)]
mod tests;
