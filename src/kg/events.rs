//! Outage parts of the consolidated graph: reading one article's reports of outages, grouping a
//! provider's reports into events with the merge rule of [`super::merge`], and writing each event,
//! in full (rebuild) or by the difference one article makes.
//!
//! Incremental maintenance never reads all of a provider's reports. A new report is compared only
//! with the provider's events that can hold a compatible report: for a report with a day range,
//! the events on one of its days (`nkg:day` is an index probe: an event's days are the union of
//! its reports' ranges, which is one unbroken run of days because its reports are connected by
//! overlaps); for a month, quarter or year, the events with that start; without a start, the
//! provider's events without one. A report without a place is compatible with any report whose
//! range it overlaps, so it joins such an event without reading its reports; otherwise the event's
//! `nkg:describedBy` reports are tried first, then its other reports until one is compatible.
//! Joining one event whose first-ranked report stays first is written as a difference (its values
//! from the first-ranked report that has each, among the `nkg:describedBy` reports and the new
//! one); bridging several events, a new first-ranked report (the IRI changes) or removing a report
//! (the event may split) recomputes the events concerned from all their reports.

use std::cmp::Ordering;

use super::*;

/// The values of an event, each from the first-ranked report that has it, in this order.
const VALUES: usize = 7;

impl Consolidator {
    /// A report from its subject's quads (one article graph), the same whatever the quads' order
    /// (a value given twice: the smallest; the confidence: the highest); `None` when the subject
    /// is not an outage.
    pub(super) fn report_from(&self, x: &NamedNode, own: &[&Quad]) -> Option<Report> {
        let v = &self.v;
        let first = own.first()?;
        let GraphName::NamedNode(g) = &first.graph_name else { return None };
        if !own.iter().any(|q| q.predicate == v.a && q.object == Term::NamedNode(v.outage.clone())) {
            return None;
        }
        fn least<T: Clone>(slot: &mut Option<T>, next: T, key: impl Fn(&T) -> String) {
            if slot.as_ref().is_none_or(|s| key(&next) < key(s)) {
                *slot = Some(next);
            }
        }
        let mut r = Report::new(x.clone(), g.clone());
        for q in own {
            let p = &q.predicate;
            let o = &q.object;
            if *p == v.label {
                least(&mut r.label, o.clone(), Term::to_string);
            } else if *p == v.provider {
                if let Some(n) = named(o) {
                    least(&mut r.provider, n, |n| n.as_str().to_string());
                }
            } else if *p == v.affected {
                r.affected.extend(named(o));
            } else if *p == v.start {
                if let Some(l) = lit(o) {
                    least(&mut r.start, l, Literal::to_string);
                }
            } else if *p == v.end {
                if let Some(l) = lit(o) {
                    least(&mut r.end, l, Literal::to_string);
                }
            } else if *p == v.duration {
                least(&mut r.duration, o.clone(), Term::to_string);
            } else if *p == v.location {
                if let Some(n) = named(o) {
                    least(&mut r.location, n, |n| n.as_str().to_string());
                }
            } else if *p == v.cause {
                if let Some(l) = lit(o) {
                    least(&mut r.cause, l.value().to_string(), String::clone);
                }
            } else if *p == v.confidence {
                r.confidence = max_decimal(r.confidence.take().map(Term::Literal), o.clone()).as_ref().and_then(lit);
            }
        }
        Some(r)
    }

    /// The outage reports among one article graph's quads, by IRI.
    fn reports_in(&self, quads: &[Quad]) -> BTreeMap<NamedNode, Report> {
        let mut out = BTreeMap::new();
        for (s, own) in by_subject(quads) {
            if let NamedOrBlankNode::NamedNode(x) = s
                && let Some(r) = self.report_from(x, &own)
            {
                out.insert(x.clone(), r);
            }
        }
        out
    }

    /// Report `x` as article graph `g` states it.
    pub(super) fn read_report(&self, tx: &Tx<'_>, x: &NamedNode, g: &NamedNode) -> Result<Option<Report>, StoreError> {
        let quads = tx.quads(Some(x.as_ref().into()), None, None, Some(GraphNameRef::NamedNode(g.as_ref())))?;
        Ok(self.report_from(x, &quads.iter().collect::<Vec<_>>()))
    }

    /// Report `x` as the article graph that holds it states it.
    fn find_report(&self, tx: &Tx<'_>, x: &NamedNode) -> Result<Option<Report>, StoreError> {
        let mut graph = None;
        tx.scan(
            Some(x.as_ref().into()),
            Some(self.v.a.as_ref()),
            Some(self.v.outage.as_ref().into()),
            None,
            |q| match q.graph_name {
                GraphName::NamedNode(g) if g != self.kg => {
                    graph = Some(g);
                    false
                }
                _ => true,
            },
        )?;
        match graph {
            Some(g) => self.read_report(tx, x, &g),
            None => Ok(None),
        }
    }

    /// Every event of one provider, from all its reports (rebuild).
    pub(super) fn outages(&self, tx: &Tx<'_>, provider: Option<&NamedNode>, out: &mut Out) -> Result<(), StoreError> {
        let Some(p) = provider else { return Ok(()) };
        let mut reports = Vec::new();
        for q in self.sources(tx, None, &self.v.provider, Some(&Term::NamedNode(p.clone())), None)? {
            let (NamedOrBlankNode::NamedNode(x), GraphName::NamedNode(g)) = (&q.subject, &q.graph_name) else {
                continue;
            };
            if let Some(r) = self.read_report(tx, x, g)?
                && r.provider.as_ref() == Some(p)
            {
                reports.push(r);
            }
        }
        reports.sort_by(|a, b| a.iri.cmp(&b.iri));
        reports.dedup_by(|a, b| a.iri == b.iri);
        for group in merge_reports(&reports) {
            let members: Vec<&Report> = group.iter().map(|&i| &reports[i]).collect();
            self.event(tx, &members, out)?;
        }
        Ok(())
    }

    pub(super) fn lone_outage(&self, tx: &Tx<'_>, x: &NamedNode, out: &mut Out) -> Result<(), StoreError> {
        if let Some(r) = self.find_report(tx, x)?
            && r.provider.is_none()
        {
            self.event(tx, &[&r], out)?;
        }
        Ok(())
    }

    /// The values of a report, in the order of [`VALUES`]; the predicates are [`Self::value_predicates`].
    fn values(r: &Report) -> [Option<Term>; VALUES] {
        [
            r.label.clone(),
            r.provider.clone().map(Term::NamedNode),
            r.start.clone().map(Term::Literal),
            r.end.clone().map(Term::Literal),
            r.duration.clone(),
            r.location.clone().map(Term::NamedNode),
            r.cause.clone().map(|c| Term::Literal(Literal::new_simple_literal(c))),
        ]
    }

    fn value_predicates(&self) -> [&NamedNode; VALUES] {
        let v = &self.v;
        [&v.label, &v.provider, &v.start, &v.end, &v.duration, &v.location, &v.cause]
    }

    /// The first-ranked report and, for each value, the first-ranked report that has it.
    fn describing<'a>(pool: &[&'a Report]) -> Option<(&'a Report, [Option<&'a Report>; VALUES])> {
        let first = pool.iter().copied().min_by(|a, b| rank(a, b))?;
        let mut suppliers = [None; VALUES];
        for r in pool {
            for (i, value) in Self::values(r).iter().enumerate() {
                if value.is_some() && suppliers[i].is_none_or(|s: &Report| rank(r, s) == Ordering::Less) {
                    suppliers[i] = Some(*r);
                }
            }
        }
        Some((first, suppliers))
    }

    /// Writes one event from all its reports.
    pub(super) fn event(&self, tx: &Tx<'_>, members: &[&Report], out: &mut Out) -> Result<(), StoreError> {
        let v = &self.v;
        let Some((first, suppliers)) = Self::describing(members) else { return Ok(()) };
        let ev = self.outage_iri(&first.iri);
        out.add(&ev, &v.a, v.outage.clone());
        out.add(&ev, &v.a, v.event.clone());
        let mut described = BTreeSet::from([first.iri.clone()]);
        for (i, s) in suppliers.iter().enumerate() {
            if let Some(s) = s {
                described.insert(s.iri.clone());
                if let Some(value) = Self::values(s)[i].clone() {
                    out.add(&ev, self.value_predicates()[i], value);
                }
            }
        }
        for d in described {
            out.add(&ev, &v.described_by, d);
        }
        let affected: BTreeSet<&NamedNode> = members.iter().flat_map(|r| &r.affected).collect();
        for a in affected {
            out.add(&ev, &v.affected, a.clone());
        }
        let articles: BTreeSet<&NamedNode> = members.iter().map(|r| &r.article).collect();
        out.add(&ev, &v.source_count, integer(articles.len()));
        if let Some(c) = members.iter().filter_map(|r| r.confidence.clone().map(Term::Literal)).fold(None, max_decimal)
        {
            out.add(&ev, &v.confidence, c);
        }
        let mut latest: Option<Stamp> = None;
        for a in &articles {
            latest = latest.max(Some(self.stamp(tx, a)?));
        }
        if let Some((_, l)) = latest {
            out.add(&ev, &v.latest_source, l);
        }
        for a in articles {
            out.add(&ev, &v.derived_from, a.clone());
        }
        let mut days = BTreeSet::new();
        for r in members {
            if let Some((from, to)) = r.days() {
                days.extend(from..=to);
            }
        }
        for d in days {
            out.add(&ev, &v.day, day_literal(d));
        }
        for r in members {
            out.add(&ev, &v.merged_from, r.iri.clone());
        }
        Ok(())
    }

    /// Adjusts the outage events to one article's old and new reports (see the module docs).
    pub(super) fn outages_changed(
        &self,
        tx: &mut Tx<'_>,
        old: &[Quad],
        new: &[Quad],
        change: &Change<'_>,
    ) -> Result<(), StoreError> {
        let before = self.reports_in(old);
        let after = self.reports_in(new);
        // A report stays as it is when neither it nor its article's date changed.
        let same_date = change.before.stamp == change.after.stamp;
        let kept = |x: &NamedNode| same_date && before.contains_key(x) && before.get(x) == after.get(x);
        let removed: Vec<&Report> = before.values().filter(|r| !kept(&r.iri)).collect();
        let added: Vec<&Report> = after.values().filter(|r| !kept(&r.iri)).collect();
        let gone: BTreeSet<&NamedNode> = removed.iter().map(|r| &r.iri).collect();
        let mut touched = BTreeSet::new();
        for r in &removed {
            if r.provider.is_none() {
                for q in self.subject_quads(tx, &self.outage_iri(&r.iri))? {
                    self.write(tx, &q, false)?;
                }
            } else {
                tx.scan(
                    None,
                    Some(self.v.merged_from.as_ref()),
                    Some(r.iri.as_ref().into()),
                    Some(self.kg_ref()),
                    |q| {
                        if let NamedOrBlankNode::NamedNode(ev) = q.subject {
                            touched.insert(ev);
                        }
                        true
                    },
                )?;
            }
        }
        for ev in touched {
            let mut members = Vec::new();
            for x in self.kg_objects(tx, &ev, &self.v.merged_from)?.iter().filter_map(named) {
                if !gone.contains(&x)
                    && let Some(r) = self.find_report(tx, &x)?
                {
                    members.push(r);
                }
            }
            self.replace_events(tx, &[ev], &members)?;
        }
        for r in added {
            if r.provider.is_none() {
                let mut out = self.out();
                self.event(tx, &[r], &mut out)?;
                for q in out.quads {
                    self.write(tx, &q, true)?;
                }
            } else {
                self.add_report(tx, r, &change.after.stamp)?;
            }
        }
        Ok(())
    }

    /// Removes events and writes the events their (remaining) reports form.
    fn replace_events(&self, tx: &mut Tx<'_>, events: &[NamedNode], members: &[Report]) -> Result<(), StoreError> {
        for ev in events {
            for q in self.subject_quads(tx, ev)? {
                self.write(tx, &q, false)?;
            }
        }
        let mut members = members.to_vec();
        members.sort_by(|a, b| a.iri.cmp(&b.iri));
        members.dedup_by(|a, b| a.iri == b.iri);
        let mut out = self.out();
        for group in merge_reports(&members) {
            let group: Vec<&Report> = group.iter().map(|&i| &members[i]).collect();
            self.event(tx, &group, &mut out)?;
        }
        for q in out.quads {
            self.write(tx, &q, true)?;
        }
        Ok(())
    }

    /// The events of `r`'s provider that may hold a report compatible with `r`.
    fn candidates(&self, tx: &Tx<'_>, r: &Report) -> Result<BTreeSet<NamedNode>, StoreError> {
        let v = &self.v;
        let Some(p) = &r.provider else { return Ok(BTreeSet::new()) };
        let mut found = BTreeSet::new();
        let mut probe = |pred: &NamedNode, o: Term| {
            tx.scan(None, Some(pred.as_ref()), Some(o.as_ref()), Some(self.kg_ref()), |q| {
                if let NamedOrBlankNode::NamedNode(ev) = q.subject {
                    found.insert(ev);
                }
                true
            })
        };
        match (r.days(), &r.start) {
            (Some((from, to)), _) => {
                for d in from..=to {
                    probe(&v.day, day_literal(d).into())?;
                }
            }
            (None, Some(start)) => probe(&v.start, start.clone().into())?,
            (None, None) => probe(&v.provider, p.clone().into())?,
        }
        let mut out = BTreeSet::new();
        for ev in found {
            if !self.kg_has(tx, &ev, &v.provider, &Term::NamedNode(p.clone()))? {
                continue;
            }
            let start = self.kg_one(tx, &ev, &v.start)?;
            let fits = r.start.is_some() == start.is_some();
            if fits {
                out.insert(ev);
            }
        }
        Ok(out)
    }

    /// The reports an event lists as `nkg:describedBy`.
    fn described(&self, tx: &Tx<'_>, ev: &NamedNode) -> Result<Vec<Report>, StoreError> {
        let mut out = Vec::new();
        for x in self.kg_objects(tx, ev, &self.v.described_by)?.iter().filter_map(named) {
            out.extend(self.find_report(tx, &x)?);
        }
        Ok(out)
    }

    /// Whether `r` is compatible with one of event `ev`'s reports (`described` are some of them).
    fn joins(&self, tx: &Tx<'_>, ev: &NamedNode, described: &[Report], r: &Report) -> Result<bool, StoreError> {
        // Found on one of its days (or with its start): without a place, compatible with the report
        // that covers that day (or has that start).
        if r.location.is_none() && r.start.is_some() {
            return Ok(true);
        }
        if described.iter().any(|d| compatible(r, d)) {
            return Ok(true);
        }
        let mut found = false;
        let mut failed = None;
        tx.scan(Some(ev.as_ref().into()), Some(self.v.merged_from.as_ref()), None, Some(self.kg_ref()), |q| {
            let Some(x) = named(&q.object) else { return true };
            match self.find_report(tx, &x) {
                Ok(Some(m)) => found = compatible(r, &m),
                Ok(None) => {}
                Err(e) => failed = Some(e),
            }
            !found && failed.is_none()
        })?;
        match failed {
            Some(e) => Err(e),
            None => Ok(found),
        }
    }

    /// Adds one report of a provider: it founds an event, joins one or bridges several.
    fn add_report(&self, tx: &mut Tx<'_>, r: &Report, stamp: &Stamp) -> Result<(), StoreError> {
        let mut joined = Vec::new();
        for ev in self.candidates(tx, r)? {
            let described = self.described(tx, &ev)?;
            if self.joins(tx, &ev, &described, r)? {
                joined.push((ev, described));
            }
        }
        if let [(ev, described)] = joined.as_slice() {
            let mut pool: Vec<&Report> = described.iter().collect();
            let first = Self::describing(&pool).map(|d| d.0.iri.clone());
            pool.push(r);
            let next_first = Self::describing(&pool).map(|d| d.0.iri.clone());
            if first.is_some() && first == next_first {
                return self.join_event(tx, ev, described, r, stamp);
            }
        }
        // A new event, a new first-ranked report or several events bridged: from all their reports.
        let mut members = vec![r.clone()];
        let mut events = Vec::new();
        for (ev, _) in joined {
            for x in self.kg_objects(tx, &ev, &self.v.merged_from)?.iter().filter_map(named) {
                members.extend(self.find_report(tx, &x)?);
            }
            events.push(ev);
        }
        self.replace_events(tx, &events, &members)
    }

    /// Adds `r` to event `ev`, whose first-ranked report stays first, writing only what changes.
    fn join_event(
        &self,
        tx: &mut Tx<'_>,
        ev: &NamedNode,
        described: &[Report],
        r: &Report,
        stamp: &Stamp,
    ) -> Result<(), StoreError> {
        let v = &self.v;
        let kg = self.kg_name();
        let quad = |p: &NamedNode, o: Term| Quad::new(ev.clone(), p.clone(), o, kg.clone());
        let mut pool: Vec<&Report> = described.iter().collect();
        let Some((first, before)) = Self::describing(&pool) else { return Ok(()) };
        let old_described: BTreeSet<NamedNode> =
            before.iter().flatten().map(|s| s.iri.clone()).chain([first.iri.clone()]).collect();
        pool.push(r);
        let Some((first, after)) = Self::describing(&pool) else { return Ok(()) };
        let new_described: BTreeSet<NamedNode> =
            after.iter().flatten().map(|s| s.iri.clone()).chain([first.iri.clone()]).collect();
        let mut remove = Vec::new();
        let mut insert = Vec::new();
        for i in 0..VALUES {
            let old = before[i].and_then(|s| Self::values(s)[i].clone());
            let new = after[i].and_then(|s| Self::values(s)[i].clone());
            if old != new {
                let p = self.value_predicates()[i];
                remove.extend(old.map(|o| quad(p, o)));
                insert.extend(new.map(|o| quad(p, o)));
            }
        }
        for d in old_described.difference(&new_described) {
            remove.push(quad(&v.described_by, d.clone().into()));
        }
        for d in new_described.difference(&old_described) {
            insert.push(quad(&v.described_by, d.clone().into()));
        }
        insert.push(quad(&v.merged_from, r.iri.clone().into()));
        for a in &r.affected {
            insert.push(quad(&v.affected, a.clone().into()));
        }
        if let Some((from, to)) = r.days() {
            insert.extend((from..=to).map(|d| quad(&v.day, day_literal(d).into())));
        }
        if !self.kg_has(tx, ev, &v.derived_from, &Term::NamedNode(r.article.clone()))? {
            insert.push(quad(&v.derived_from, r.article.clone().into()));
            if let Some(Term::Literal(n)) = self.kg_one(tx, ev, &v.source_count)?
                && let Ok(n) = n.value().parse::<usize>()
            {
                remove.push(quad(&v.source_count, integer(n).into()));
                insert.push(quad(&v.source_count, integer(n + 1).into()));
            }
        }
        if let Some(c) = &r.confidence {
            let current = self.kg_one(tx, ev, &v.confidence)?;
            let next = max_decimal(current.clone(), Term::Literal(c.clone()));
            if next != current {
                remove.extend(current.map(|c| quad(&v.confidence, c)));
                insert.extend(next.map(|c| quad(&v.confidence, c)));
            }
        }
        if let Some(latest) = self.kg_one(tx, ev, &v.latest_source)?.as_ref().and_then(named)
            && latest != r.article
            && *stamp > self.stamp(tx, &latest)?
        {
            remove.push(quad(&v.latest_source, latest.into()));
            insert.push(quad(&v.latest_source, r.article.clone().into()));
        }
        for q in &remove {
            self.write(tx, q, false)?;
        }
        for q in &insert {
            self.write(tx, q, true)?;
        }
        Ok(())
    }
}

/// Report order: the most complete first, then the most confident, then the smallest IRI.
fn rank(a: &Report, b: &Report) -> Ordering {
    b.fields()
        .cmp(&a.fields())
        .then(decimal_value(&b.confidence).total_cmp(&decimal_value(&a.confidence)))
        .then(a.iri.cmp(&b.iri))
}

/// A day (days since 0000-03-01, as [`day_of`] counts) as an `xsd:date`.
pub(super) fn day_literal(day: i64) -> Literal {
    // Civil from days (Howard Hinnant's algorithm), years starting in March.
    let era = day.div_euclid(146_097);
    let doe = day.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    Literal::new_typed_literal(format!("{y:04}-{m:02}-{d:02}"), xsd::DATE)
}
