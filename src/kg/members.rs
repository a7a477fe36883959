//! Membership parts of the consolidated graph: one node per person, organisation and role, with
//! `nkg:current` and `nkg:title` from the latest article that states it, computed from its sources
//! or adjusted by the difference one article makes.

use super::*;

impl Consolidator {
    /// Each membership key's share of one article graph (its quads).
    pub(super) fn member_shares(&self, quads: &[Quad]) -> HashMap<MemberKey, MemberShare> {
        let v = &self.v;
        let mut out: HashMap<MemberKey, MemberShare> = HashMap::new();
        for own in by_subject(quads).values() {
            let keys = self.member_keys(own);
            if keys.is_empty() {
                continue;
            }
            let mut share = MemberShare::default();
            for q in own {
                match &q.object {
                    Term::Literal(l) if q.predicate == v.current && l.value() == "true" => share.current = true,
                    Term::Literal(l) if q.predicate == v.title => {
                        let t = l.value().to_string();
                        share.title = Some(share.title.map_or(t.clone(), |x| x.min(t)));
                    }
                    Term::Literal(_) if q.predicate == v.confidence => {
                        share.confidence = max_decimal(share.confidence.take(), q.object.clone());
                    }
                    _ => {}
                }
            }
            for k in keys {
                let e = out.entry(k).or_default();
                e.current |= share.current;
                if let Some(t) = &share.title {
                    e.title = Some(e.title.take().map_or(t.clone(), |x| x.min(t.clone())));
                }
                if let Some(c) = &share.confidence {
                    e.confidence = max_decimal(e.confidence.take(), c.clone());
                }
            }
        }
        out
    }

    /// What article graph `g` states of membership `k`, read from the store (the same function
    /// of its quads as [`Consolidator::member_shares`]).
    fn member_share_in(&self, tx: &Tx<'_>, k: &MemberKey, g: &NamedNode) -> Result<Option<MemberShare>, StoreError> {
        let mut quads = Vec::new();
        for q in self.sources(tx, None, &self.v.member, Some(&Term::NamedNode(k.person.clone())), Some(g))? {
            if let NamedOrBlankNode::NamedNode(m) = &q.subject {
                quads.extend(tx.quads(
                    Some(m.as_ref().into()),
                    None,
                    None,
                    Some(GraphNameRef::NamedNode(g.as_ref())),
                )?);
            }
        }
        Ok(self.member_shares(&quads).remove(k))
    }

    /// A membership's part from every article graph that states it.
    pub(super) fn membership(&self, tx: &Tx<'_>, k: &MemberKey, out: &mut Out) -> Result<(), StoreError> {
        let person = Term::NamedNode(k.person.clone());
        let graphs: BTreeSet<NamedNode> = self
            .sources(tx, None, &self.v.member, Some(&person), None)?
            .into_iter()
            .filter_map(|q| match q.graph_name {
                GraphName::NamedNode(g) => Some(g),
                _ => None,
            })
            .collect();
        self.membership_from(tx, k, graphs, out)
    }

    /// A membership's part from the article graphs `graphs` (those that do not state it are skipped).
    fn membership_from(
        &self,
        tx: &Tx<'_>,
        k: &MemberKey,
        graphs: impl IntoIterator<Item = NamedNode>,
        out: &mut Out,
    ) -> Result<(), StoreError> {
        let mut found: Vec<(Stamp, MemberShare)> = Vec::new();
        for g in graphs {
            if let Some(share) = self.member_share_in(tx, k, &g)? {
                found.push((self.stamp(tx, &g)?, share));
            }
        }
        let Some((latest, decided)) = found.iter().max_by(|a, b| a.0.cmp(&b.0)).cloned() else { return Ok(()) };
        let confidence = found.iter().filter_map(|f| f.1.confidence.clone()).fold(None, max_decimal);
        let articles: BTreeSet<NamedNode> = found.into_iter().map(|f| f.0.1).collect();
        self.write_membership(k, &decided, confidence, &latest.1, &articles, out);
        Ok(())
    }

    fn write_membership(
        &self,
        k: &MemberKey,
        decided: &MemberShare,
        confidence: Option<Term>,
        latest: &NamedNode,
        articles: &BTreeSet<NamedNode>,
        out: &mut Out,
    ) {
        let v = &self.v;
        let m = self.membership_iri(k);
        out.add(&m, &v.a, v.membership.clone());
        out.add(&m, &v.member, k.person.clone());
        if let Some(o) = &k.org {
            out.add(&m, &v.organization, o.clone());
        }
        out.add(&m, &v.role, k.role.clone());
        out.add(&m, &v.current, Literal::new_typed_literal(decided.current.to_string(), xsd::BOOLEAN));
        out.add(&m, &v.source_count, integer(articles.len()));
        out.add(&m, &v.latest_source, latest.clone());
        for g in articles {
            out.add(&m, &v.derived_from, g.clone());
        }
        self.membership_scalars(&m, decided, confidence, out);
    }

    /// The title and confidence of a membership node (the values the latest article can change).
    fn membership_scalars(&self, m: &NamedNode, decided: &MemberShare, confidence: Option<Term>, out: &mut Out) {
        let v = &self.v;
        if let Some(t) = &decided.title {
            out.add(m, &v.title, Literal::new_simple_literal(t));
        }
        if let Some(c) = confidence {
            out.add(m, &v.confidence, c);
        }
    }

    /// A membership's part adjusted by one article's old and new share, in time independent of how
    /// many articles state it; `None` when it must be computed in full (it is not there yet while
    /// the article stated it before, as in a store written before the consolidated graph).
    /// When the article held the highest confidence or was the latest and no longer is, the part
    /// is recomputed from the sources its `prov:wasDerivedFrom` lists.
    pub(super) fn membership_delta(
        &self,
        tx: &Tx<'_>,
        k: &MemberKey,
        change: &Change<'_>,
        old: Option<&MemberShare>,
        new: Option<&MemberShare>,
    ) -> Result<Option<Diff>, StoreError> {
        let v = &self.v;
        let article = change.article;
        let m = self.membership_iri(k);
        let count = match self.kg_one(tx, &m, &v.source_count)? {
            Some(Term::Literal(c)) => c.value().parse::<usize>().ok(),
            _ => None,
        };
        let Some(count) = count else {
            // Not there: no other article states it (the graph agrees with the article graphs).
            if old.is_some() {
                return Ok(None);
            }
            let mut out = self.out();
            if let Some(n) = new {
                let articles = BTreeSet::from([article.clone()]);
                self.write_membership(k, n, n.confidence.clone(), article, &articles, &mut out);
            }
            return Ok(Some((Vec::new(), out.quads)));
        };
        let Some(rest) = count.checked_sub(usize::from(old.is_some())) else { return Ok(None) };
        let sources = rest + usize::from(new.is_some());
        if sources == 0 {
            return Ok(Some((self.subject_quads(tx, &m)?, Vec::new())));
        }
        // The values that can change, each read alone (never the list of sources).
        let mut current = Vec::new();
        for p in [&v.current, &v.source_count, &v.latest_source, &v.title, &v.confidence] {
            current.extend(self.kg_quads(tx, &m, p)?);
        }
        let value = |p: &NamedNode| current.iter().find(|q| q.predicate == *p).map(|q| q.object.clone());
        let confidence = value(&v.confidence);
        let next_latest = match value(&v.latest_source).as_ref().and_then(named) {
            Some(l) => self.next_latest(tx, &l, change, old.is_some(), new.is_some())?,
            None => None,
        };
        let new_c = new.and_then(|n| n.confidence.clone());
        let (Some(next_latest), false) =
            (next_latest, confidence_may_drop(&confidence, old.and_then(|o| o.confidence.as_ref()), new_c.as_ref()))
        else {
            // Recompute from the sources: the listed ones without this article, plus its new version.
            let mut graphs: BTreeSet<NamedNode> = self.derived_from(tx, &m)?.into_iter().collect();
            graphs.remove(article);
            if new.is_some() {
                graphs.insert(article.clone());
            }
            let mut out = self.out();
            self.membership_from(tx, k, graphs, &mut out)?;
            return Ok(Some((self.subject_quads(tx, &m)?, out.quads)));
        };
        let next_confidence = match new_c {
            Some(c) => max_decimal(confidence, c),
            None => confidence,
        };
        // The values the latest article decides: its share when it is this article, else as they are.
        let decided = if next_latest == *article {
            new.cloned().unwrap_or_default()
        } else {
            MemberShare {
                current: matches!(value(&v.current), Some(Term::Literal(l)) if l.value() == "true"),
                title: value(&v.title).as_ref().and_then(lit).map(|l| l.value().to_string()),
                confidence: None,
            }
        };
        let mut out = self.out();
        out.add(&m, &v.current, Literal::new_typed_literal(decided.current.to_string(), xsd::BOOLEAN));
        out.add(&m, &v.source_count, integer(sources));
        out.add(&m, &v.latest_source, next_latest);
        self.membership_scalars(&m, &decided, next_confidence, &mut out);
        let mut before = current;
        if old.is_some() {
            before.push(Quad::new(m.clone(), v.derived_from.clone(), article.clone(), self.kg_name()));
        }
        if new.is_some() {
            out.add(&m, &v.derived_from, article.clone());
        }
        Ok(Some((before, out.quads)))
    }
}
