//! The consolidated graph `<{base}graph/kg>`: consumes article graphs, produces one node per
//! entity, relation, membership and outage event however many articles state it (`ONTOLOGY.md`,
//! "The consolidated graph"; the additions are in `ONTOLOGY-ADDITIONS.md`).
//!
//! Design: the consolidated graph is a union of disjoint parts, one per [`Key`] (an entity, a
//! relation triple, a membership's person + organisation + role, a role, all the outages of one
//! provider, an outage without a provider). Each part is a pure function of the article graphs'
//! quads that match the key ([`Consolidator::compute`]): it reads nothing else, and never the
//! consolidated graph itself. So:
//! - **rebuild** = clear the graph, collect every key of every article graph, write every part;
//! - **incremental** (called by the store inside the transaction that replaces or removes an
//!   article graph): the parts whose inputs can have changed are exactly those of the keys found
//!   in the article's old and new quads; they are cleared and written again, the rest stay equal.
//!   Both paths run the same `compute`, so after any sequence of ingests, re-ingests and removals
//!   the graph equals a rebuild (the integration test `kg::incremental_equals_rebuild` checks it
//!   quad for quad).
//!
//! Outage merge rule (one provider's reports are grouped into connected components of the
//! "compatible" relation, which makes the result independent of ingest order): two outage reports
//! are the same event when they name the same provider entity, their places are compatible (the
//! same `schema:location`, or one has none) and their times are compatible:
//! - both starts have day precision (`xsd:date` or `xsd:dateTime`): their day ranges overlap, where
//!   a report's range runs from its start day to its end day (the start day alone without an end),
//!   days as written (no time-zone conversion): the same start day, or one's day inside the other's
//!   range;
//! - both starts are coarser (a month, quarter or year): the same value;
//! - neither has a start: their causes are compatible (the same, or one has none);
//! - otherwise (a day against a month, a start against none): not the same event.
//!
//! Reports without a provider are never merged. An event's IRI is derived from the smallest IRI of
//! its reports; each of its values comes from the most complete report that has it.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

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

/// One part of the consolidated graph.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Entity(NamedNode),
    Relation(NamedNode, NamedNode, NamedNode),
    Membership {
        person: NamedNode,
        org: Option<NamedNode>,
        role: NamedNode,
    },
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
    article_count: NamedNode,
    mention_count: NamedNode,
    first_seen: NamedNode,
    last_seen: NamedNode,
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
            article_count: NKG.iri("articleCount"),
            mention_count: NKG.iri("mentionCount"),
            first_seen: NKG.iri("firstSeen"),
            last_seen: NKG.iri("lastSeen"),
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

impl Consolidator {
    pub fn new(rdf: RdfConfig) -> Consolidator {
        let kg = rdf.kg_graph();
        Consolidator { rdf, kg, v: Vocab::new() }
    }

    /// The consolidated graph's IRI.
    pub fn graph(&self) -> &NamedNode {
        &self.kg
    }

    /// Recomputes the consolidated graph from all article graphs (for stores written before it, or
    /// after SPARQL updates that changed article graphs).
    pub fn rebuild(&self, store: &Store) -> Result<Rebuilt, StoreError> {
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
            quads += store.transaction(|tx| self.update(tx, batch, None))?;
        }
        Ok(Rebuilt { articles, parts: keys.len(), quads })
    }

    /// The keys whose parts read any of these quads (all of one article graph).
    fn keys_of(&self, quads: &[Quad]) -> BTreeSet<Key> {
        let v = &self.v;
        let mut by_subject: HashMap<&NamedOrBlankNode, Vec<&Quad>> = HashMap::new();
        for q in quads {
            by_subject.entry(&q.subject).or_default().push(q);
        }
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
            } else if *p == v.provider {
                keys.insert(Key::Outages(o.clone()));
            } else if *p == v.a && *o == v.membership {
                let own = &by_subject[&q.subject];
                let get = |pred: &NamedNode| {
                    own.iter().find(|x| x.predicate == *pred).and_then(|x| match &x.object {
                        Term::NamedNode(n) => Some(n.clone()),
                        _ => None,
                    })
                };
                if let (Some(person), Some(role)) = (get(&v.member), get(&v.role)) {
                    keys.insert(Key::Membership { person, org: get(&v.organization), role });
                }
            } else if *p == v.a && *o == v.outage {
                let own = &by_subject[&q.subject];
                if !own.iter().any(|x| x.predicate == v.provider) {
                    keys.insert(Key::LoneOutage(s.clone()));
                }
            }
        }
        keys
    }

    /// Recomputes the parts of `keys` from the article graphs and writes only what changed;
    /// returns the number of quads inserted. The old parts are all read before anything is written,
    /// so parts that share an IRI across kinds (an outage that gained a provider) cannot erase each
    /// other; writing the difference keeps a fact reported by many articles from being rewritten
    /// whole (and logged) each time one more article reports it.
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
                    self.relation_delta(tx, &k, c.article, c.before.relations.get(&k), c.after.relations.get(&k))?
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
            tx.remove(q.as_ref());
        }
        let mut written = 0;
        for q in new.difference(&old) {
            tx.insert(q.as_ref());
            written += 1;
        }
        Ok(written)
    }

    fn kg_ref(&self) -> GraphNameRef<'_> {
        GraphNameRef::NamedNode(self.kg.as_ref())
    }

    fn subject_quads(&self, tx: &Tx<'_>, s: &NamedNode) -> Result<Vec<Quad>, StoreError> {
        tx.quads(Some(s.as_ref().into()), None, None, Some(self.kg_ref()))
    }

    /// The quads of a key's part as the consolidated graph holds them now.
    fn current(&self, tx: &Tx<'_>, key: &Key) -> Result<Vec<Quad>, StoreError> {
        let v = &self.v;
        let mut out = Vec::new();
        match key {
            Key::Entity(e) => {
                for p in v.entity_predicates() {
                    out.extend(tx.quads(Some(e.as_ref().into()), Some(p.as_ref()), None, Some(self.kg_ref()))?);
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
            Key::Membership { person, org, role } => {
                out.extend(self.subject_quads(tx, &self.membership_iri(person, org.as_ref(), role))?);
            }
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

    fn membership_iri(&self, person: &NamedNode, org: Option<&NamedNode>, role: &NamedNode) -> NamedNode {
        self.rdf.kg_node("membership", &[person.as_str(), org.map_or("", |o| o.as_str()), role.as_str()])
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

    fn published(&self, tx: &Tx<'_>, article: &NamedNode) -> Result<Option<String>, StoreError> {
        Ok(self.objects(tx, article, &self.v.date_published, article)?.into_iter().find_map(|t| match t {
            Term::Literal(l) => Some(l.value().to_string()),
            _ => None,
        }))
    }

    fn compute(&self, tx: &Tx<'_>, key: &Key) -> Result<Vec<Quad>, StoreError> {
        let mut out = Out { graph: GraphName::NamedNode(self.kg.clone()), quads: Vec::new() };
        match key {
            Key::Entity(e) => self.entity(tx, e, &mut out)?,
            Key::Relation(s, p, o) => self.relation(tx, s, p, o, &mut out)?,
            Key::Membership { person, org, role } => self.membership(tx, person, org.as_ref(), role, &mut out)?,
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
        for g in articles {
            out.add(&f, &v.derived_from, g);
        }
        Ok(())
    }

    fn membership(
        &self,
        tx: &Tx<'_>,
        person: &NamedNode,
        org: Option<&NamedNode>,
        role: &NamedNode,
        out: &mut Out,
    ) -> Result<(), StoreError> {
        let v = &self.v;
        let mut found: Vec<Stated> = Vec::new();
        for q in self.sources(tx, None, &v.member, Some(&Term::NamedNode(person.clone())), None)? {
            let (NamedOrBlankNode::NamedNode(m), GraphName::NamedNode(g)) = (&q.subject, &q.graph_name) else {
                continue;
            };
            let own = self.sources(tx, Some(m), &v.a, None, Some(g))?;
            if !own.iter().any(|x| x.object == Term::NamedNode(v.membership.clone())) {
                continue;
            }
            let roles = self.objects(tx, m, &v.role, g)?;
            let orgs = self.objects(tx, m, &v.organization, g)?;
            let org_matches = match org {
                Some(o) => orgs.contains(&Term::NamedNode(o.clone())),
                None => orgs.is_empty(),
            };
            if !roles.contains(&Term::NamedNode(role.clone())) || !org_matches {
                continue;
            }
            let current = self
                .objects(tx, m, &v.current, g)?
                .iter()
                .any(|t| matches!(t, Term::Literal(l) if l.value() == "true"));
            let title = self.objects(tx, m, &v.title, g)?.into_iter().find_map(|t| match t {
                Term::Literal(l) => Some(l.value().to_string()),
                _ => None,
            });
            let confidence = self.objects(tx, m, &v.confidence, g)?.into_iter().next();
            let date = self.published(tx, g)?.unwrap_or_default();
            found.push((g.clone(), date, current, title, confidence));
        }
        if found.is_empty() {
            return Ok(());
        }
        // The latest article decides: by publication date as written, then by article IRI.
        let latest = found.iter().map(|f| (f.1.clone(), f.0.clone())).max();
        let from_latest: Vec<_> = found.iter().filter(|f| Some((f.1.clone(), f.0.clone())) == latest).collect();
        let current = from_latest.iter().any(|f| f.2);
        let title = from_latest.iter().filter_map(|f| f.3.clone()).min();
        let best = found.iter().filter_map(|f| f.4.clone()).fold(None, max_decimal);
        let articles: BTreeSet<NamedNode> = found.iter().map(|f| f.0.clone()).collect();
        let m = self.membership_iri(person, org, role);
        out.add(&m, &v.a, v.membership.clone());
        out.add(&m, &v.member, person.clone());
        if let Some(o) = org {
            out.add(&m, &v.organization, o.clone());
        }
        out.add(&m, &v.role, role.clone());
        if let Some(t) = title {
            out.add(&m, &v.title, Literal::new_simple_literal(t));
        }
        out.add(&m, &v.current, Literal::new_typed_literal(current.to_string(), xsd::BOOLEAN));
        out.add(&m, &v.source_count, integer(articles.len()));
        if let Some(c) = best {
            out.add(&m, &v.confidence, c);
        }
        for g in articles {
            out.add(&m, &v.derived_from, g);
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
        let keys: Vec<Key> = keys.into_iter().collect();
        let change = Change { article: graph, before: self.shares(&old), after: self.shares(&new) };
        self.update(tx, &keys, Some(&change))?;
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

/// A part's quads before and after a change.
type Diff = (Vec<Quad>, Vec<Quad>);

/// One article graph's shares of entities and relations (with the relation's highest confidence there).
#[derive(Debug, Default)]
struct Shares {
    entities: HashMap<NamedNode, Share>,
    relations: HashMap<(NamedNode, NamedNode, NamedNode), Option<Term>>,
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

/// One article's membership: (article, publication date, current, title, confidence).
type Stated = (NamedNode, String, bool, Option<String>, Option<Term>);

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

mod deltas;
mod events;
mod merge;

use merge::day_of;
pub use merge::{Report, compatible, merge_reports};

#[cfg(test)]
mod tests;
