//! Entity and relation parts of the consolidated graph: computing one from its sources, and
//! adjusting it by the difference one article makes (counts, names, types, dates, confidence).

use super::*;

impl Consolidator {
    pub(super) fn entity(&self, tx: &Tx<'_>, e: &NamedNode, out: &mut Out) -> Result<(), StoreError> {
        let v = &self.v;
        let articles = self.source_graphs(tx, None, &v.mentions, &Term::NamedNode(e.clone()))?;
        let mut st = EntityState { articles: articles.len(), ..EntityState::default() };
        for g in &articles {
            for t in self.objects(tx, e, &v.a, g)? {
                if let Term::NamedNode(t) = t
                    && v.entity_types.contains(&t)
                {
                    st.types.insert(t);
                }
            }
            for l in self.objects(tx, e, &v.label, g)? {
                if let Term::Literal(l) = l {
                    st.labels.insert(l.value().to_string());
                    st.names.insert(l.value().to_string());
                }
            }
            for l in self.objects(tx, e, &v.alt_label, g)? {
                if let Term::Literal(l) = l {
                    st.names.insert(l.value().to_string());
                }
            }
            st.mentions += self.sources(tx, None, &v.refers_to, Some(&Term::NamedNode(e.clone())), Some(g))?.len();
            if let Some(d) = self.published(tx, g)?.and_then(|d| day(&d)) {
                st.first = st.first.min(Some(d.clone())).or(Some(d.clone()));
                st.last = st.last.max(Some(d));
            }
        }
        st.write(v, e, out);
        Ok(())
    }

    /// The days of publication of the articles that mention `e`: (first, last).
    pub(super) fn entity_dates(
        &self,
        tx: &Tx<'_>,
        e: &NamedNode,
    ) -> Result<(Option<String>, Option<String>), StoreError> {
        let (mut first, mut last): (Option<String>, Option<String>) = (None, None);
        for g in self.source_graphs(tx, None, &self.v.mentions, &Term::NamedNode(e.clone()))? {
            if let Some(d) = self.published(tx, &g)?.and_then(|d| day(&d)) {
                first = Some(first.map_or(d.clone(), |f| f.min(d.clone())));
                last = Some(last.map_or(d.clone(), |l| l.max(d)));
            }
        }
        Ok((first, last))
    }

    /// Whether an article graph (any named graph but the consolidated one) holds the triple.
    pub(super) fn stated(&self, tx: &Tx<'_>, s: &NamedNode, p: &NamedNode, o: &Term) -> Result<bool, StoreError> {
        let mut found = false;
        tx.scan(Some(s.as_ref().into()), Some(p.as_ref()), Some(o.as_ref()), None, |q| {
            found = matches!(&q.graph_name, GraphName::NamedNode(g) if *g != self.kg);
            !found
        })?;
        Ok(found)
    }

    /// An entity's part updated from its current state and one article's old and new share, in
    /// time independent of how many articles mention it: counts are adjusted, a type or name the
    /// article no longer gives is kept only if another article gives it, and only removing the
    /// article with the earliest or latest date reads every article again. `None` when the
    /// current state cannot be adjusted (not there yet): then the part is computed in full.
    pub(super) fn entity_delta(
        &self,
        tx: &Tx<'_>,
        e: &NamedNode,
        old: Option<&Share>,
        new: Option<&Share>,
    ) -> Result<Option<Diff>, StoreError> {
        let v = &self.v;
        let cur = self.current(tx, &Key::Entity(e.clone()))?;
        let Some(mut st) = EntityState::read(v, &cur) else { return Ok(None) };
        let (Some(articles), Some(mentions)) = (
            st.articles.checked_sub(usize::from(old.is_some())),
            st.mentions.checked_sub(old.map_or(0, |o| o.mentions)),
        ) else {
            return Ok(None);
        };
        st.articles = articles + usize::from(new.is_some());
        st.mentions = mentions + new.map_or(0, |n| n.mentions);
        let empty = Share::default();
        let (old, new) = (old.unwrap_or(&empty), new.unwrap_or(&empty));
        st.types.extend(new.types.iter().cloned());
        for t in old.types.difference(&new.types) {
            if !self.stated(tx, e, &v.a, &Term::NamedNode(t.clone()))? {
                st.types.remove(t);
            }
        }
        st.names.extend(new.names.iter().cloned());
        for n in old.names.difference(&new.names) {
            let l = Term::Literal(Literal::new_simple_literal(n));
            if !self.stated(tx, e, &v.label, &l)? && !self.stated(tx, e, &v.alt_label, &l)? {
                st.names.remove(n);
            }
        }
        for n in &st.names {
            if new.labels.contains(n) || self.stated(tx, e, &v.label, &Term::Literal(Literal::new_simple_literal(n)))? {
                st.labels.insert(n.clone());
            }
        }
        match &old.date {
            Some(d) if old.date != new.date && (Some(d) == st.first.as_ref() || Some(d) == st.last.as_ref()) => {
                (st.first, st.last) = self.entity_dates(tx, e)?;
            }
            _ => {
                if let Some(d) = &new.date {
                    st.first = Some(st.first.map_or(d.clone(), |f| f.min(d.clone())));
                    st.last = Some(st.last.map_or(d.clone(), |l| l.max(d.clone())));
                }
            }
        }
        let mut out = Out { graph: GraphName::NamedNode(self.kg.clone()), quads: Vec::new() };
        st.write(v, e, &mut out);
        Ok(Some((cur, out.quads)))
    }

    /// One article graph's shares of entities, relations and memberships (empty quads: none).
    pub(super) fn shares(&self, article: &NamedNode, quads: &[Quad]) -> Shares {
        let v = &self.v;
        let mut out: HashMap<NamedNode, Share> = HashMap::new();
        let mut relations = HashMap::new();
        let mut statements: HashMap<&NamedOrBlankNode, [Option<&Term>; 4]> = HashMap::new();
        let mut published: Option<String> = None;
        for q in quads {
            if q.predicate == v.mentions
                && let Term::NamedNode(e) = &q.object
            {
                out.entry(e.clone()).or_default();
            } else if q.predicate == v.date_published
                && let (NamedOrBlankNode::NamedNode(s), Term::Literal(l), GraphName::NamedNode(g)) =
                    (&q.subject, &q.object, &q.graph_name)
                && s == g
                && s == article
            {
                let value = l.value().to_string();
                published = Some(published.map_or(value.clone(), |p| p.min(value)));
            }
        }
        let date = published.as_deref().and_then(day);
        for q in quads {
            if let (NamedOrBlankNode::NamedNode(subject), Term::NamedNode(o)) = (&q.subject, &q.object)
                && v.relations.contains(&q.predicate)
            {
                relations.insert((subject.clone(), q.predicate.clone(), o.clone()), None);
            }
            let slot = [&v.subject, &v.predicate, &v.object, &v.confidence].iter().position(|p| **p == q.predicate);
            if let Some(i) = slot {
                statements.entry(&q.subject).or_default()[i] = Some(&q.object);
            }
        }
        for [s, p, o, c] in statements.into_values() {
            if let (Some(Term::NamedNode(s)), Some(Term::NamedNode(p)), Some(Term::NamedNode(o)), Some(c)) =
                (s, p, o, c)
                && let Some(best) = relations.get_mut(&(s.clone(), p.clone(), o.clone()))
            {
                *best = max_decimal(best.take(), c.clone());
            }
        }
        for q in quads {
            if q.predicate == v.refers_to {
                if let Term::NamedNode(e) = &q.object
                    && let Some(sh) = out.get_mut(e)
                {
                    sh.mentions += 1;
                }
                continue;
            }
            let NamedOrBlankNode::NamedNode(e) = &q.subject else { continue };
            let Some(sh) = out.get_mut(e) else { continue };
            match &q.object {
                Term::NamedNode(t) if q.predicate == v.a && v.entity_types.contains(t) => {
                    sh.types.insert(t.clone());
                }
                Term::Literal(l) if q.predicate == v.label => {
                    sh.labels.insert(l.value().to_string());
                    sh.names.insert(l.value().to_string());
                }
                Term::Literal(l) if q.predicate == v.alt_label => {
                    sh.names.insert(l.value().to_string());
                }
                _ => {}
            }
        }
        for sh in out.values_mut() {
            sh.date.clone_from(&date);
        }
        Shares {
            entities: out,
            relations,
            memberships: self.member_shares(quads),
            stamp: (published.unwrap_or_default(), article.clone()),
        }
    }

    /// A relation's part updated from its current state and one article's old and new share:
    /// the source count by difference, the article added to or removed from
    /// `prov:wasDerivedFrom`, the confidence raised to the article's, the latest source compared
    /// with the article by one date lookup. Only removing the source that held the highest
    /// confidence or was the latest reads every source again (`None`: computed in full, from the
    /// article graphs that state the triple).
    pub(super) fn relation_delta(
        &self,
        tx: &Tx<'_>,
        (s, p, o): &(NamedNode, NamedNode, NamedNode),
        change: &Change<'_>,
        old: Option<&Option<Term>>,
        new: Option<&Option<Term>>,
    ) -> Result<Option<Diff>, StoreError> {
        let v = &self.v;
        let article = change.article;
        let f = self.fact_iri(s, p, o);
        let Some(Term::Literal(count)) = self.kg_one(tx, &f, &v.source_count)? else { return Ok(None) };
        let Ok(count) = count.value().parse::<usize>() else { return Ok(None) };
        let Some(rest) = count.checked_sub(usize::from(old.is_some())) else { return Ok(None) };
        let sources = rest + usize::from(new.is_some());
        if sources == 0 {
            return Ok(Some((self.current(tx, &Key::Relation(s.clone(), p.clone(), o.clone()))?, Vec::new())));
        }
        let confidence = self.kg_one(tx, &f, &v.confidence)?;
        let (old_c, new_c) = (old.cloned().flatten(), new.cloned().flatten());
        if confidence_may_drop(&confidence, old_c.as_ref(), new_c.as_ref()) {
            return Ok(None); // the highest confidence may have left with the old version
        }
        let Some(latest) = self.kg_one(tx, &f, &v.latest_source)?.as_ref().and_then(named) else { return Ok(None) };
        let Some(next_latest) = self.next_latest(tx, &latest, change, old.is_some(), new.is_some())? else {
            return Ok(None);
        };
        let next = match new_c {
            Some(c) => max_decimal(confidence.clone(), c),
            None => confidence.clone(),
        };
        let mut out = self.out();
        let mut before = self.out();
        before.add(&f, &v.source_count, integer(count));
        out.add(&f, &v.source_count, integer(sources));
        if let Some(c) = confidence {
            before.add(&f, &v.confidence, c);
        }
        if let Some(c) = next {
            out.add(&f, &v.confidence, c);
        }
        before.add(&f, &v.latest_source, latest);
        out.add(&f, &v.latest_source, next_latest);
        if old.is_some() {
            before.add(&f, &v.derived_from, article.clone());
        }
        if new.is_some() {
            out.add(&f, &v.derived_from, article.clone());
        }
        Ok(Some((before.quads, out.quads)))
    }

    /// The latest source of a part after the article's change, given the current one: `None` when
    /// the article was the latest and left or moved back in time (then every source is read).
    pub(super) fn next_latest(
        &self,
        tx: &Tx<'_>,
        latest: &NamedNode,
        change: &Change<'_>,
        was_source: bool,
        is_source: bool,
    ) -> Result<Option<NamedNode>, StoreError> {
        let article = change.article;
        if latest == article {
            let stays = is_source && (!was_source || change.after.stamp >= change.before.stamp);
            return Ok(stays.then(|| article.clone()));
        }
        if is_source && change.after.stamp > self.stamp(tx, latest)? {
            return Ok(Some(article.clone()));
        }
        Ok(Some(latest.clone()))
    }
}
