//! The outage merge rule (see the module header of `kg`): which reports of one provider are the
//! same event, as connected components of the `compatible` relation.

use super::*;

/// A report's day range is its start day alone when its end is more than this many days after its
/// start (a range that long is not one outage; it would also index every day of it).
pub const MAX_RANGE_DAYS: i64 = 31;

/// One article's report of an outage.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub iri: NamedNode,
    pub article: NamedNode,
    pub label: Option<Term>,
    pub provider: Option<NamedNode>,
    pub affected: BTreeSet<NamedNode>,
    pub start: Option<Literal>,
    pub end: Option<Literal>,
    pub duration: Option<Term>,
    pub location: Option<NamedNode>,
    pub cause: Option<String>,
    pub confidence: Option<Literal>,
}

impl Report {
    /// A report with no values yet.
    pub fn new(iri: NamedNode, article: NamedNode) -> Report {
        Report {
            iri,
            article,
            label: None,
            provider: None,
            affected: BTreeSet::new(),
            start: None,
            end: None,
            duration: None,
            location: None,
            cause: None,
            confidence: None,
        }
    }

    /// How many of the event's values this report gives.
    pub(super) fn fields(&self) -> usize {
        [
            self.start.is_some(),
            self.end.is_some(),
            self.duration.is_some(),
            self.location.is_some(),
            self.cause.is_some(),
        ]
        .iter()
        .filter(|b| **b)
        .count()
    }

    /// The first and last day of a report with a day-precise start.
    pub(super) fn days(&self) -> Option<(i64, i64)> {
        match self.when() {
            When::Days(from, to) => Some((from, to)),
            _ => None,
        }
    }

    fn when(&self) -> When {
        match &self.start {
            Some(s) => match day_of(s.value()) {
                Some(from) => {
                    let to = self
                        .end
                        .as_ref()
                        .and_then(|e| day_of(e.value()))
                        .filter(|&to| to >= from && to - from <= MAX_RANGE_DAYS)
                        .unwrap_or(from);
                    When::Days(from, to)
                }
                None => When::Coarse(s.value().to_string()),
            },
            None => When::Unknown,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum When {
    /// First and last day (days since 0000-03-01, as written, no time-zone conversion).
    Days(i64, i64),
    /// A month, quarter or year.
    Coarse(String),
    Unknown,
}

/// Whether two reports of the same provider are the same event (the rule in the module docs).
pub fn compatible(a: &Report, b: &Report) -> bool {
    let places = a.location.is_none() || b.location.is_none() || a.location == b.location;
    if !places || a.provider.is_none() || a.provider != b.provider {
        return false;
    }
    match (a.when(), b.when()) {
        (When::Days(f1, t1), When::Days(f2, t2)) => f1 <= t2 && f2 <= t1,
        (When::Coarse(x), When::Coarse(y)) => x == y,
        (When::Unknown, When::Unknown) => a.cause.is_none() || b.cause.is_none() || a.cause == b.cause,
        _ => false,
    }
}

/// Groups reports into events: the connected components of [`compatible`], each as indices into
/// `reports` in increasing order, the groups ordered by their first index. Independent of the order
/// the reports were ingested in.
pub fn merge_reports(reports: &[Report]) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..reports.len()).collect();
    fn find(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let union = |parent: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (find(parent, a), find(parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    };
    // Day ranges: a sweep by first day, comparing each report with those still open.
    let mut days: Vec<(i64, i64, usize)> = Vec::new();
    let mut others: BTreeMap<Option<String>, Vec<usize>> = BTreeMap::new();
    for (i, r) in reports.iter().enumerate() {
        match r.when() {
            When::Days(f, t) => days.push((f, t, i)),
            When::Coarse(c) => others.entry(Some(c)).or_default().push(i),
            When::Unknown => others.entry(None).or_default().push(i),
        }
    }
    days.sort();
    let mut open: Vec<(i64, usize)> = Vec::new();
    for &(from, to, i) in &days {
        open.retain(|&(t, _)| t >= from);
        for &(_, j) in &open {
            if compatible(&reports[i], &reports[j]) {
                union(&mut parent, i, j);
            }
        }
        open.push((to, i));
    }
    for group in others.values() {
        for (x, &i) in group.iter().enumerate() {
            for &j in &group[x + 1..] {
                if compatible(&reports[i], &reports[j]) {
                    union(&mut parent, i, j);
                }
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..reports.len() {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push(i);
    }
    groups.into_values().collect()
}

/// The day of a `YYYY-MM-DD…` value (as days since 0000-03-01), or `None` below day precision.
pub(super) fn day_of(value: &str) -> Option<i64> {
    let b = value.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' || (b.len() > 10 && b[10] != b'T') {
        return None;
    }
    let num = |s: &str| s.parse::<i64>().ok();
    let (y, m, d) = (num(&value[..4])?, num(&value[5..7])?, num(&value[8..10])?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Days from civil (Howard Hinnant's algorithm), shifted so March starts the year.
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    Some(365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + d - 1)
}
