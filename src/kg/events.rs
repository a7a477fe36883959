//! Outage parts of the consolidated graph: reading one article's report of an outage, grouping a
//! provider's reports into events with the merge rule of [`super::merge`], and writing each event.

use super::*;

impl Consolidator {
    pub(super) fn read_report(&self, tx: &Tx<'_>, x: &NamedNode, g: &NamedNode) -> Result<Option<Report>, StoreError> {
        let v = &self.v;
        let quads = tx.quads(Some(x.as_ref().into()), None, None, Some(GraphNameRef::NamedNode(g.as_ref())))?;
        if !quads.iter().any(|q| q.predicate == v.a && q.object == Term::NamedNode(v.outage.clone())) {
            return Ok(None);
        }
        let mut r = Report::new(x.clone(), g.clone());
        for q in quads {
            let p = &q.predicate;
            let o = q.object;
            if *p == v.label {
                r.label = r.label.or(Some(o));
            } else if *p == v.provider {
                r.provider = named(&o);
            } else if *p == v.affected {
                r.affected.extend(named(&o));
            } else if *p == v.start {
                r.start = lit(&o);
            } else if *p == v.end {
                r.end = lit(&o);
            } else if *p == v.duration {
                r.duration = Some(o);
            } else if *p == v.location {
                r.location = named(&o);
            } else if *p == v.cause {
                r.cause = lit(&o).map(|l| l.value().to_string());
            } else if *p == v.confidence {
                r.confidence = lit(&o);
            }
        }
        Ok(Some(r))
    }

    pub(super) fn outages(&self, tx: &Tx<'_>, provider: Option<&NamedNode>, out: &mut Out) -> Result<(), StoreError> {
        let Some(p) = provider else { return Ok(()) };
        let mut reports = Vec::new();
        for q in self.sources(tx, None, &self.v.provider, Some(&Term::NamedNode(p.clone())), None)? {
            let (NamedOrBlankNode::NamedNode(x), GraphName::NamedNode(g)) = (&q.subject, &q.graph_name) else {
                continue;
            };
            if let Some(r) = self.read_report(tx, x, g)? {
                reports.push(r);
            }
        }
        reports.sort_by(|a, b| a.iri.cmp(&b.iri));
        reports.dedup_by(|a, b| a.iri == b.iri);
        for group in merge_reports(&reports) {
            let members: Vec<&Report> = group.iter().map(|&i| &reports[i]).collect();
            self.event(&members, out);
        }
        Ok(())
    }

    pub(super) fn lone_outage(&self, tx: &Tx<'_>, x: &NamedNode, out: &mut Out) -> Result<(), StoreError> {
        let mut found = None;
        tx.scan(
            Some(x.as_ref().into()),
            Some(self.v.a.as_ref()),
            Some(self.v.outage.as_ref().into()),
            None,
            |q| match q.graph_name {
                GraphName::NamedNode(g) if g != self.kg => {
                    found = Some(g);
                    false
                }
                _ => true,
            },
        )?;
        if let Some(g) = found
            && let Some(r) = self.read_report(tx, x, &g)?
            && r.provider.is_none()
        {
            self.event(&[&r], out);
        }
        Ok(())
    }

    /// Writes one event from its reports (sorted by IRI).
    pub(super) fn event(&self, members: &[&Report], out: &mut Out) {
        let v = &self.v;
        let Some(first) = members.iter().map(|r| &r.iri).min() else { return };
        let ev = self.outage_iri(first);
        // The most complete report first, then the most confident, then by IRI.
        let mut ranked = members.to_vec();
        ranked.sort_by(|a, b| {
            b.fields()
                .cmp(&a.fields())
                .then(decimal_value(&b.confidence).total_cmp(&decimal_value(&a.confidence)))
                .then(a.iri.cmp(&b.iri))
        });
        out.add(&ev, &v.a, v.outage.clone());
        out.add(&ev, &v.a, v.event.clone());
        if let Some(l) = ranked.iter().find_map(|r| r.label.clone()) {
            out.add(&ev, &v.label, l);
        }
        if let Some(p) = ranked.iter().find_map(|r| r.provider.clone()) {
            out.add(&ev, &v.provider, p);
        }
        let affected: BTreeSet<&NamedNode> = members.iter().flat_map(|r| &r.affected).collect();
        for a in affected {
            out.add(&ev, &v.affected, a.clone());
        }
        if let Some(s) = ranked.iter().find_map(|r| r.start.clone()) {
            out.add(&ev, &v.start, s);
        }
        if let Some(e) = ranked.iter().find_map(|r| r.end.clone()) {
            out.add(&ev, &v.end, e);
        }
        if let Some(d) = ranked.iter().find_map(|r| r.duration.clone()) {
            out.add(&ev, &v.duration, d);
        }
        if let Some(l) = ranked.iter().find_map(|r| r.location.clone()) {
            out.add(&ev, &v.location, l);
        }
        if let Some(c) = ranked.iter().find_map(|r| r.cause.clone()) {
            out.add(&ev, &v.cause, Literal::new_simple_literal(c));
        }
        let articles: BTreeSet<&NamedNode> = members.iter().map(|r| &r.article).collect();
        out.add(&ev, &v.source_count, integer(articles.len()));
        if let Some(c) = members.iter().filter_map(|r| r.confidence.clone().map(Term::Literal)).fold(None, max_decimal)
        {
            out.add(&ev, &v.confidence, c);
        }
        for a in articles {
            out.add(&ev, &v.derived_from, a.clone());
        }
        for r in members {
            out.add(&ev, &v.merged_from, r.iri.clone());
        }
    }
}
