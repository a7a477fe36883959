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
            add(&a, SCHEMA.iri("datePublished"), Literal::new_typed_literal(day, xsd::DATE).into());
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
            let m = iri(&format!("article/a{id}/membership/0"));
            add(&m, rdf::TYPE.into_owned(), ORG.iri("Membership").into());
            add(&m, ORG.iri("member"), person.clone().into());
            add(&m, ORG.iri("organization"), org.clone().into());
            add(&m, ORG.iri("role"), NKG.iri("CEO").into());
            add(&NKG.iri("CEO"), RDFS.iri("label"), Literal::new_simple_literal("chief executive officer").into());
            add(
                &m,
                NKG.iri("current"),
                Literal::new_typed_literal(["true", "false"][rng.below(2)], xsd::BOOLEAN).into(),
            );
        }
        if let Some(provider) = entities.first()
            && rng.below(2) == 0
        {
            let o = iri(&format!("article/a{id}/outage/0"));
            add(&o, rdf::TYPE.into_owned(), NKG.iri("Outage").into());
            if rng.below(4) > 0 {
                add(&o, NKG.iri("provider"), provider.clone().into());
            }
            let start = format!("2024-02-0{}", 1 + rng.below(3));
            add(&o, SCHEMA.iri("startDate"), Literal::new_typed_literal(start, xsd::DATE).into());
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
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        for step in 0..300 {
            let id = rng.below(8);
            if rng.below(5) == 0 {
                store.remove_graph(&iri(&format!("article/a{id}"))).unwrap();
            } else {
                let (a, quads) = article(&mut rng, id);
                store.replace_graph(&a, &quads, &format!("h{step}")).unwrap();
            }
            // A fresh store with the same article graphs, rebuilt from scratch; the incremental
            // store itself is never rebuilt, so differences would accumulate.
            let fresh = Store::in_memory().unwrap();
            for g in store.named_graphs().unwrap().into_iter().filter(|g| *g != kg) {
                let quads = store.quads(None, None, None, Some(GraphNameRef::NamedNode(g.as_ref()))).unwrap();
                fresh.replace_graph(&g, &quads, "x").unwrap();
            }
            consolidator.rebuild(&fresh).unwrap();
            let (incremental, rebuilt) = (kg_quads(&store, &kg), kg_quads(&fresh, &kg));
            let diff: Vec<_> = incremental.symmetric_difference(&rebuilt).take(5).collect();
            assert!(diff.is_empty(), "step {step}: incremental and rebuilt differ: {diff:#?}");
        }
    }
}
