//! The outage merge rule on pairs that must and must not merge, and its order independence.

use super::{Report, compatible, day_of, merge_reports};
use newskg_store::model::vocab::xsd;
use newskg_store::model::{Literal, NamedNode};

fn n(s: &str) -> NamedNode {
    NamedNode::new(format!("https://newskg.example/id/{s}")).unwrap()
}

/// A report by `provider` with a start, an optional end and an optional place.
fn report(id: &str, provider: &str, start: Option<&str>, end: Option<&str>, place: Option<&str>) -> Report {
    let typed = |v: &str| {
        let dt = if v.len() > 10 {
            xsd::DATE_TIME
        } else if v.len() == 10 {
            xsd::DATE
        } else if v.len() == 7 {
            xsd::G_YEAR_MONTH
        } else {
            xsd::G_YEAR
        };
        Literal::new_typed_literal(v, dt)
    };
    let mut r = Report::new(n(&format!("article/{id}/outage/0")), n(&format!("article/{id}")));
    r.provider = Some(n(&format!("entity/{provider}")));
    r.start = start.map(typed);
    r.end = end.map(typed);
    r.location = place.map(|p| n(&format!("entity/{p}")));
    r
}

#[test]
fn pairs_that_must_merge() {
    let cases = [
        // the same day, one with a clock time, one without (the two Vantora Lisbon articles)
        (
            report("a", "vantora", Some("2023-04-06"), None, Some("lisbon")),
            report(
                "b",
                "vantora",
                Some("2023-04-06T09:48:00+01:00"),
                Some("2023-04-06T15:52:00+01:00"),
                Some("lisbon"),
            ),
        ),
        // one article's day inside the other's range
        (
            report("a", "aws", Some("2021-12-07"), Some("2021-12-09"), None),
            report("b", "aws", Some("2021-12-08"), None, None),
        ),
        // one names no place
        (
            report("a", "aws", Some("2021-12-07"), None, Some("us-east-1")),
            report("b", "aws", Some("2021-12-07"), None, None),
        ),
        // the same month, neither more precise
        (
            report("a", "corvane", Some("2023-11"), None, Some("dublin")),
            report("b", "corvane", Some("2023-11"), None, Some("dublin")),
        ),
        // no start at all, same place
        (report("a", "slack", None, None, None), report("b", "slack", None, None, None)),
    ];
    for (a, b) in &cases {
        assert!(compatible(a, b), "should merge: {:?} / {:?}", a.start, b.start);
        assert!(compatible(b, a), "compatibility must be symmetric");
        assert_eq!(merge_reports(&[a.clone(), b.clone()]), vec![vec![0, 1]]);
    }
}

#[test]
fn pairs_that_must_not_merge() {
    let cases = [
        // another provider, same day and place
        (
            report("a", "aws", Some("2021-12-07"), None, Some("x")),
            report("b", "azure", Some("2021-12-07"), None, Some("x")),
        ),
        // the next day, no ranges
        (report("a", "aws", Some("2021-12-07"), None, None), report("b", "aws", Some("2021-12-08"), None, None)),
        // the same day, two different places
        (
            report("a", "corvane", Some("2024-03-03"), None, Some("frankfurt")),
            report("b", "corvane", Some("2024-03-03"), None, Some("dublin")),
        ),
        // a day against a month (too vague to tell)
        (
            report("a", "cloudflare", Some("2019-07-02"), None, None),
            report("b", "cloudflare", Some("2019-07"), None, None),
        ),
        // different months, different years
        (
            report("a", "cloudflare", Some("2019-07"), None, None),
            report("b", "cloudflare", Some("2026-02-03"), None, None),
        ),
        (
            report("a", "vantora", Some("2021"), None, Some("porto")),
            report("b", "vantora", Some("2023-04-06"), None, Some("porto")),
        ),
        // a dated report against an undated one
        (report("a", "slack", Some("2024-01-01"), None, None), report("b", "slack", None, None, None)),
    ];
    for (a, b) in &cases {
        assert!(!compatible(a, b), "should not merge: {:?} / {:?}", a, b);
        assert!(!compatible(b, a));
        assert_eq!(merge_reports(&[a.clone(), b.clone()]), vec![vec![0], vec![1]]);
    }
    // without a provider nothing merges, even with itself's twin
    let mut a = report("a", "x", Some("2021-12-07"), None, None);
    a.provider = None;
    let mut b = a.clone();
    b.iri = n("article/b/outage/0");
    assert!(!compatible(&a, &b));
}

#[test]
fn merging_is_transitive_and_order_independent() {
    // a range bridges two days that do not overlap each other
    let reports = vec![
        report("a", "aws", Some("2021-12-07"), None, None),
        report("b", "aws", Some("2021-12-09"), None, None),
        report("c", "aws", Some("2021-12-06"), Some("2021-12-10"), None),
        report("d", "aws", Some("2022-01-01"), None, None),
    ];
    assert_eq!(merge_reports(&reports), vec![vec![0, 1, 2], vec![3]]);
    let mut reversed = reports.clone();
    reversed.reverse();
    let groups: Vec<Vec<String>> = merge_reports(&reversed)
        .into_iter()
        .map(|g| {
            let mut ids: Vec<String> = g.iter().map(|&i| reversed[i].iri.as_str().to_string()).collect();
            ids.sort();
            ids
        })
        .collect();
    assert!(groups.iter().any(|g| g.len() == 3) && groups.iter().any(|g| g.len() == 1), "{groups:?}");
}

#[test]
fn days_are_read_as_written() {
    assert_eq!(day_of("2023-04-06"), day_of("2023-04-06T23:59:00-11:00"));
    assert_eq!(day_of("2024-03-01").unwrap() - day_of("2024-02-28").unwrap(), 2);
    assert_eq!(day_of("2023-11"), None);
    assert_eq!(day_of("2023-Q3"), None);
    assert_eq!(day_of("2023"), None);
    // and back, as the events' nkg:day values
    for d in ["2023-04-06", "2024-02-29", "2024-03-01", "2000-01-01", "1999-12-31", "2026-12-31"] {
        assert_eq!(super::events::day_literal(day_of(d).unwrap()).value(), d);
    }
}

#[test]
fn long_ranges_count_as_their_start_day() {
    // an end within MAX_RANGE_DAYS of the start makes a range, a later one is ignored
    let near = report("a", "aws", Some("2021-12-01"), Some("2021-12-20"), None);
    let far = report("b", "aws", Some("2021-12-01"), Some("2023-12-20"), None);
    let probe = report("c", "aws", Some("2021-12-15"), None, None);
    assert!(compatible(&near, &probe));
    assert!(!compatible(&far, &probe));
    assert_eq!(far.days().map(|(a, b)| b - a), Some(0));
}

mod maintenance {
    //! Incremental maintenance against rebuilds on hand-made article graphs (no model): random
    //! sequences of replacements and removals whose names, types, dates and confidences change,
    //! so every adjust-by-difference path and its fall-backs run.

    use std::collections::BTreeSet;
    use std::sync::Arc;

    use newskg_rdf::{NKG, ORG, RDFS, RdfConfig, SCHEMA, SKOS};
    use newskg_store::Store;
    use newskg_store::model::vocab::{rdf, xsd};
    use newskg_store::model::{GraphName, GraphNameRef, Literal, NamedNode, Quad, Term};

    use crate::kg::Consolidator;

    struct Rng(u64);
    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    fn iri(s: &str) -> NamedNode {
        NamedNode::new(format!("https://newskg.example/id/{s}")).unwrap()
    }

    /// A random article graph over a small world, so articles overlap a lot.
    fn article(rng: &mut Rng, id: usize) -> (NamedNode, Vec<Quad>) {
        let a = iri(&format!("article/a{id}"));
        let g = GraphName::NamedNode(a.clone());
        let mut q = Vec::new();
        let mut add = |s: &NamedNode, p: NamedNode, o: Term| q.push(Quad::new(s.clone(), p, o, g.clone()));
        add(&a, rdf::TYPE.into_owned(), SCHEMA.iri("NewsArticle").into());
        if rng.below(5) > 0 {
            let day = format!("2024-0{}-1{}", 1 + rng.below(3), rng.below(3));
            // a date, or a date-time whose offset the store writes another way ("+00:00" as "Z")
            let published = match rng.below(3) {
                0 => Literal::new_typed_literal(format!("{day}T10:00:00+00:00"), xsd::DATE_TIME),
                _ => Literal::new_typed_literal(day, xsd::DATE),
            };
            add(&a, SCHEMA.iri("datePublished"), published.into());
        }
        let types = ["Organization", "Corporation", "Service", "Person", "Place"];
        let names = ["Acme", "ACME", "Acme Corp", "Acme Corporation", "Beta"];
        let mut entities = Vec::new();
        for e in 0..6 {
            if rng.below(3) == 0 {
                continue;
            }
            let ent = iri(&format!("entity/e{e}"));
            add(&a, SCHEMA.iri("mentions"), ent.clone().into());
            add(&ent, rdf::TYPE.into_owned(), SCHEMA.iri(types[(e + rng.below(2)) % 5]).into());
            let label = names[rng.below(5)];
            add(&ent, RDFS.iri("label"), Literal::new_simple_literal(format!("{label} {e}")).into());
            if rng.below(2) == 0 {
                add(
                    &ent,
                    SKOS.iri("altLabel"),
                    Literal::new_simple_literal(format!("{} {e}", names[rng.below(5)])).into(),
                );
            }
            for m in 0..=rng.below(3) {
                let node = iri(&format!("article/a{id}/mention/{e}{m}"));
                add(&node, NKG.iri("refersTo"), ent.clone().into());
            }
            entities.push(ent);
        }
        let preds = [SCHEMA.iri("parentOrganization"), NKG.iri("partner")];
        for (n, pair) in entities.windows(2).enumerate() {
            if rng.below(2) == 0 {
                continue;
            }
            let p = preds[rng.below(2)].clone();
            add(&pair[0], p.clone(), pair[1].clone().into());
            let st = iri(&format!("article/a{id}/fact/{n}"));
            add(&st, rdf::TYPE.into_owned(), rdf::STATEMENT.into_owned().into());
            add(&st, rdf::SUBJECT.into_owned(), pair[0].clone().into());
            add(&st, rdf::PREDICATE.into_owned(), p.into());
            add(&st, rdf::OBJECT.into_owned(), pair[1].clone().into());
            let c = format!("0.{}00", 5 + rng.below(5));
            add(&st, NKG.iri("confidence"), Literal::new_typed_literal(c, xsd::DECIMAL).into());
        }
        if let (Some(person), Some(org)) = (entities.first(), entities.last())
            && rng.below(2) == 0
        {
            for k in 0..=rng.below(2) {
                let m = iri(&format!("article/a{id}/membership/{k}"));
                add(&m, rdf::TYPE.into_owned(), ORG.iri("Membership").into());
                add(&m, ORG.iri("member"), person.clone().into());
                if rng.below(4) > 0 {
                    add(&m, ORG.iri("organization"), org.clone().into());
                }
                let role = ["CEO", "CFO"][rng.below(2)];
                add(&m, ORG.iri("role"), NKG.iri(role).into());
                add(&NKG.iri(role), RDFS.iri("label"), Literal::new_simple_literal(format!("{role} label")).into());
                add(
                    &m,
                    NKG.iri("current"),
                    Literal::new_typed_literal(["true", "false"][rng.below(2)], xsd::BOOLEAN).into(),
                );
                if rng.below(3) > 0 {
                    let title = ["chief executive", "boss", "chief"][rng.below(3)];
                    add(&m, NKG.iri("title"), Literal::new_simple_literal(title).into());
                }
                if rng.below(3) > 0 {
                    let c = format!("0.{}00", 5 + rng.below(5));
                    add(&m, NKG.iri("confidence"), Literal::new_typed_literal(c, xsd::DECIMAL).into());
                }
            }
        }
        // Outages: several per article, of two providers, with days, ranges, months or no start,
        // places, causes and confidences, so events are founded, joined, bridged and split.
        for k in 0..rng.below(3) {
            let o = iri(&format!("article/a{id}/outage/{k}"));
            add(&o, rdf::TYPE.into_owned(), NKG.iri("Outage").into());
            add(&o, RDFS.iri("label"), Literal::new_simple_literal(format!("outage {}", rng.below(3))).into());
            if rng.below(6) > 0 {
                let provider = iri(&format!("entity/e{}", rng.below(2)));
                add(&o, NKG.iri("provider"), provider.into());
            }
            match rng.below(8) {
                0 => {}
                1 => {
                    let month = format!("2024-0{}", 1 + rng.below(2));
                    add(&o, SCHEMA.iri("startDate"), Literal::new_typed_literal(month, xsd::G_YEAR_MONTH).into());
                }
                _ => {
                    let day = 1 + rng.below(6);
                    let start = if rng.below(2) == 0 {
                        Literal::new_typed_literal(format!("2024-02-0{day}"), xsd::DATE)
                    } else {
                        Literal::new_typed_literal(format!("2024-02-0{day}T1{}:00:00", rng.below(3)), xsd::DATE_TIME)
                    };
                    add(&o, SCHEMA.iri("startDate"), start.into());
                    if rng.below(3) == 0 {
                        let end = format!("2024-02-0{}", day + rng.below(3));
                        add(&o, SCHEMA.iri("endDate"), Literal::new_typed_literal(end, xsd::DATE).into());
                    }
                }
            }
            if rng.below(2) == 0 {
                let place = iri(&format!("entity/place{}", rng.below(2)));
                add(&o, SCHEMA.iri("location"), place.into());
            }
            if rng.below(3) == 0 {
                let cause = ["a fire", "a bug"][rng.below(2)];
                add(&o, NKG.iri("cause"), Literal::new_simple_literal(cause).into());
            }
            if rng.below(4) == 0 {
                add(&o, SCHEMA.iri("duration"), Literal::new_typed_literal("PT2H", xsd::DURATION).into());
            }
            if rng.below(3) > 0 {
                let c = format!("0.{}00", 5 + rng.below(5));
                add(&o, NKG.iri("confidence"), Literal::new_typed_literal(c, xsd::DECIMAL).into());
            }
            for e in 0..3 {
                if rng.below(3) == 0 {
                    add(&o, NKG.iri("affected"), iri(&format!("entity/e{e}")).into());
                }
            }
        }
        (a, q)
    }

    fn kg_quads(store: &Store, kg: &NamedNode) -> BTreeSet<String> {
        store
            .quads(None, None, None, Some(GraphNameRef::NamedNode(kg.as_ref())))
            .unwrap()
            .iter()
            .map(|q| q.to_string())
            .collect()
    }

    #[test]
    fn random_changes_equal_a_rebuild() {
        let consolidator = Consolidator::new(RdfConfig::new("https://newskg.example/id/").unwrap());
        let kg = consolidator.graph().clone();
        let store = Store::in_memory().unwrap().with_derived(Arc::new(consolidator.clone()));
        // The rebuilds below use their own maintainer, so the incremental one keeps its cache
        // across steps as it does in a long ingest.
        let rebuilder = Consolidator::new(RdfConfig::new("https://newskg.example/id/").unwrap());
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        for step in 0..400 {
            let id = rng.below(12);
            match rng.below(5) {
                0 => {
                    store.remove_graph(&iri(&format!("article/a{id}"))).unwrap();
                }
                1 => {
                    // A chunk in one transaction, as ingest writes it (an article may come twice).
                    let chunk: Vec<_> = (0..1 + rng.below(4))
                        .map(|_| {
                            let id = rng.below(12);
                            let (a, quads) = article(&mut rng, id);
                            let quads = newskg_rdf::article_graph(&a, &quads, &format!("h{step}"));
                            (a, quads)
                        })
                        .collect();
                    store.put_graphs(&chunk).unwrap();
                }
                _ => {
                    let (a, quads) = article(&mut rng, id);
                    store.replace_graph(&a, &quads, &format!("h{step}")).unwrap();
                }
            }
            // A fresh store with the same article graphs, rebuilt from scratch; the incremental
            // store itself is never rebuilt, so differences would accumulate.
            let fresh = Store::in_memory().unwrap();
            for g in store.named_graphs().unwrap().into_iter().filter(|g| *g != kg) {
                let quads = store.quads(None, None, None, Some(GraphNameRef::NamedNode(g.as_ref()))).unwrap();
                fresh.replace_graph(&g, &quads, "x").unwrap();
            }
            rebuilder.rebuild(&fresh).unwrap();
            let (incremental, rebuilt) = (kg_quads(&store, &kg), kg_quads(&fresh, &kg));
            let diff: Vec<_> = incremental.symmetric_difference(&rebuilt).take(5).collect();
            assert!(diff.is_empty(), "step {step}: incremental and rebuilt differ: {diff:#?}");
        }
    }
}

mod events {
    //! Outage events maintained one report at a time: joining through a report that is not among
    //! the event's `nkg:describedBy`, splitting when the bridge leaves, each step equal to a rebuild.

    use std::collections::BTreeSet;
    use std::sync::Arc;

    use newskg_rdf::{NKG, RDFS, RdfConfig, SCHEMA};
    use newskg_store::Store;
    use newskg_store::model::vocab::{rdf, xsd};
    use newskg_store::model::{GraphName, GraphNameRef, Literal, NamedNode, Quad, Term};

    use crate::kg::Consolidator;

    fn iri(s: &str) -> NamedNode {
        NamedNode::new(format!("https://newskg.example/id/{s}")).unwrap()
    }

    /// An article with one outage report of provider e0 on 2024-02-01, at `place` if any; `full`
    /// adds a cause, a duration and a high confidence, so it ranks first.
    fn article(id: &str, place: Option<&str>, full: bool) -> (NamedNode, Vec<Quad>) {
        let a = iri(&format!("article/{id}"));
        let g = GraphName::NamedNode(a.clone());
        let mut q = Vec::new();
        let mut add = |s: &NamedNode, p: NamedNode, o: Term| q.push(Quad::new(s.clone(), p, o, g.clone()));
        add(&a, rdf::TYPE.into_owned(), SCHEMA.iri("NewsArticle").into());
        add(&a, SCHEMA.iri("datePublished"), Literal::new_typed_literal("2024-02-02", xsd::DATE).into());
        let o = iri(&format!("article/{id}/outage/0"));
        add(&o, rdf::TYPE.into_owned(), NKG.iri("Outage").into());
        add(&o, RDFS.iri("label"), Literal::new_simple_literal(format!("outage {id}")).into());
        add(&o, NKG.iri("provider"), iri("entity/e0").into());
        add(&o, SCHEMA.iri("startDate"), Literal::new_typed_literal("2024-02-01", xsd::DATE).into());
        if let Some(p) = place {
            add(&o, SCHEMA.iri("location"), iri(&format!("entity/{p}")).into());
        }
        if full {
            add(&o, NKG.iri("cause"), Literal::new_simple_literal("a fire").into());
            add(&o, SCHEMA.iri("duration"), Literal::new_typed_literal("PT2H", xsd::DURATION).into());
            add(&o, NKG.iri("confidence"), Literal::new_typed_literal("0.900", xsd::DECIMAL).into());
        }
        (a, q)
    }

    fn kg_quads(store: &Store, kg: &NamedNode) -> BTreeSet<String> {
        let quads = store.quads(None, None, None, Some(GraphNameRef::NamedNode(kg.as_ref()))).unwrap();
        quads.iter().map(|q| q.to_string()).collect()
    }

    /// The consolidated graph's events, as (number of reports) sorted.
    fn events(store: &Store, kg: &NamedNode) -> Vec<usize> {
        let merged = NKG.iri("mergedFrom");
        let mut by_event = std::collections::BTreeMap::new();
        for q in store.quads(None, Some(merged.as_ref()), None, Some(GraphNameRef::NamedNode(kg.as_ref()))).unwrap() {
            *by_event.entry(q.subject.to_string()).or_insert(0) += 1;
        }
        let mut sizes: Vec<usize> = by_event.into_values().collect();
        sizes.sort();
        sizes
    }

    fn equals_rebuild(store: &Store, consolidator: &Consolidator) {
        let kg = consolidator.graph().clone();
        let fresh = Store::in_memory().unwrap();
        for g in store.named_graphs().unwrap().into_iter().filter(|g| *g != kg) {
            let quads = store.quads(None, None, None, Some(GraphNameRef::NamedNode(g.as_ref()))).unwrap();
            fresh.replace_graph(&g, &quads, "x").unwrap();
        }
        consolidator.rebuild(&fresh).unwrap();
        assert_eq!(kg_quads(store, &kg), kg_quads(&fresh, &kg));
    }

    #[test]
    fn a_report_joins_through_a_report_without_place_and_splits_when_it_leaves() {
        let consolidator = Consolidator::new(RdfConfig::new("https://newskg.example/id/").unwrap());
        let kg = consolidator.graph().clone();
        let store = Store::in_memory().unwrap().with_derived(Arc::new(consolidator.clone()));
        for (id, place, full) in [("x1", Some("lisbon"), true), ("x2", None, false), ("x3", Some("porto"), false)] {
            let (a, quads) = article(id, place, full);
            store.replace_graph(&a, &quads, id).unwrap();
            equals_rebuild(&store, &consolidator);
        }
        // x3 (Porto) is not compatible with x1 (Lisbon, the first-ranked report) but with x2 (no place).
        assert_eq!(events(&store, &kg), vec![3], "one event of three reports");
        assert!(store.remove_graph(&iri("article/x2")).unwrap());
        equals_rebuild(&store, &consolidator);
        assert_eq!(events(&store, &kg), vec![1, 1], "without the bridge, two events");
        // Back again in the other order: the bridge comes last and merges two events into one.
        let (a, quads) = article("x2", None, false);
        store.replace_graph(&a, &quads, "x2").unwrap();
        equals_rebuild(&store, &consolidator);
        assert_eq!(events(&store, &kg), vec![3]);
    }
}

mod cache {
    //! The maintenance cache keeps a transaction's reads and writes only if it commits.

    use newskg_store::model::{GraphName, Literal, NamedNode, Quad, Term};

    use crate::kg::cache::Cache;

    fn iri(s: &str) -> NamedNode {
        NamedNode::new(format!("https://newskg.example/id/{s}")).unwrap()
    }

    #[test]
    fn a_transaction_that_is_given_up_leaves_the_cache_as_it_was() {
        let cache = Cache::default();
        let (s, p) = (iri("e"), iri("count"));
        let value = |n: i64| Term::Literal(Literal::from(n));
        let quad = |n: i64| Quad::new(s.clone(), p.clone(), value(n), GraphName::NamedNode(iri("kg")));
        // a value read and rewritten in a transaction that commits
        cache.read(&s, &p, &[value(1)]);
        cache.write(&quad(1), false);
        cache.write(&quad(2), true);
        assert_eq!(cache.get(&s, &p), Some(vec![value(2)]), "a transaction sees its own writes");
        cache.finish(true);
        assert_eq!(cache.get(&s, &p), Some(vec![value(2)]));
        // rewritten again in one that is given up: the committed value stays
        cache.write(&quad(2), false);
        cache.write(&quad(3), true);
        assert_eq!(cache.get(&s, &p), Some(vec![value(3)]));
        cache.finish(false);
        assert_eq!(cache.get(&s, &p), Some(vec![value(2)]));
        // another thread's transaction does not see this one's pending writes
        cache.write(&quad(2), false);
        cache.write(&quad(4), true);
        std::thread::scope(|t| {
            t.spawn(|| assert_eq!(cache.get(&s, &p), Some(vec![value(2)])));
        });
        cache.finish(true);
        // a value never read is not cached by a write
        let other = iri("other");
        cache.write(&Quad::new(other.clone(), p.clone(), value(9), GraphName::NamedNode(iri("kg"))), true);
        cache.finish(true);
        assert_eq!(cache.get(&other, &p), None);
        cache.clear();
        assert_eq!(cache.get(&s, &p), None);
    }
}
