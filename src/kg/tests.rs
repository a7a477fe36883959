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
