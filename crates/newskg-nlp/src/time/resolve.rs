//! Resolution for the temporal tagger.
//!
//! Consumes the text and a [`TimeContext`]; runs the tokeniser and recognisers, attaches clock
//! times to days, resolves relative expressions against the publication date, applies time
//! zones, and produces sorted, non-overlapping [`TimeMention`]s (or, in nested mode, also the
//! day inside each "time on day" mention).

use crate::lexicon::grammar::BETWEEN;
use crate::lexicon::time::{CST, DAY_RANGE_JOINERS};
use std::collections::HashMap;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::docyear;
use super::lex::tokenize;
use super::lists;
use super::parse::{AKind, Atom, DKind, P, Style, TAtom, WdMod, YearSpec, Zone};
use super::tense::{Tense, tense};
use super::{TimeContext, TimeMention, TimeValue};
use crate::zones::zone_offset;

// ------------------------------------------------------------------ calendar helpers

fn month_index(y: i32, m: u32) -> i64 {
    i64::from(y) * 12 + i64::from(m) - 1
}

fn from_month_index(ix: i64) -> Option<(i32, u32)> {
    let y = i32::try_from(ix.div_euclid(12)).ok()?;
    let m = u32::try_from(ix.rem_euclid(12)).ok()? + 1;
    Some((y, m))
}

fn add_days(d: NaiveDate, k: i64) -> Option<NaiveDate> {
    if k >= 0 {
        d.checked_add_days(Days::new(k.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(k.unsigned_abs()))
    }
}

fn quarter_of(m: u32) -> u32 {
    (m.saturating_sub(1)) / 3 + 1
}

fn ym(y: i32, m: u32) -> Option<TimeValue> {
    if (1..=12).contains(&m) && (1..=9999).contains(&y) {
        Some(TimeValue::YearMonth { year: y, month: m })
    } else {
        None
    }
}

fn shift_years(v: &TimeValue, k: i32) -> Option<TimeValue> {
    Some(match *v {
        TimeValue::Year(y) => TimeValue::Year(y.checked_add(k)?),
        TimeValue::YearMonth { year, month } => TimeValue::YearMonth { year: year.checked_add(k)?, month },
        TimeValue::Quarter { year, quarter } => TimeValue::Quarter { year: year.checked_add(k)?, quarter },
        TimeValue::Date(d) | TimeValue::DateTime { date: d, .. } => {
            let d2 = if k >= 0 {
                d.checked_add_months(Months::new(k.unsigned_abs().checked_mul(12)?))
            } else {
                d.checked_sub_months(Months::new(k.unsigned_abs().checked_mul(12)?))
            }?;
            TimeValue::Date(d2)
        }
    })
}

/// Most recent `wd` on or before `d` (strictly before when `strict`).
fn wd_before(d: NaiveDate, wd: Weekday, strict: bool) -> Option<NaiveDate> {
    let back = (7 + d.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
    let back = if strict && back == 0 { 7 } else { back };
    add_days(d, -i64::from(back))
}

/// Next `wd` on or after `d` (strictly after when `strict`).
fn wd_after(d: NaiveDate, wd: Weekday, strict: bool) -> Option<NaiveDate> {
    let fwd = (7 + wd.num_days_from_monday() - d.weekday().num_days_from_monday()) % 7;
    let fwd = if strict && fwd == 0 { 7 } else { fwd };
    add_days(d, i64::from(fwd))
}

// ------------------------------------------------------------------ date resolution

#[derive(Debug)]
struct Env {
    published: Option<NaiveDate>,
    day_first: bool,
}

fn year_of(spec: YearSpec, m: u32, env: &Env, tense: Tense) -> Option<i32> {
    let pubd = env.published;
    match spec {
        YearSpec::Abs(y) => Some(y),
        YearSpec::Rel(k) => Some(pubd?.year() + k),
        YearSpec::Last => {
            let p = pubd?;
            Some(if m < p.month() { p.year() } else { p.year() - 1 })
        }
        YearSpec::Next => {
            let p = pubd?;
            Some(if m > p.month() { p.year() } else { p.year() + 1 })
        }
        YearSpec::Infer => {
            let p = pubd?;
            let (py, pm) = (p.year(), p.month());
            Some(match tense {
                Tense::Past => {
                    if m <= pm {
                        py
                    } else {
                        py - 1
                    }
                }
                Tense::Future => {
                    if m >= pm {
                        py
                    } else {
                        py + 1
                    }
                }
                Tense::Unknown => {
                    let limit = month_index(py, pm) + 2;
                    if month_index(py, m) <= limit { py } else { py - 1 }
                }
            })
        }
    }
}

/// A yearless day at most this many days after publication counts as "due soon".
const SOON_DAYS: i64 = 31;
/// A yearless past day more than this many days before publication is "almost a year back".
const FAR_BACK_DAYS: i64 = 300;

fn resolve_day(y: YearSpec, m: u32, d: u32, wd: Option<Weekday>, env: &Env, tense: Tense) -> Option<NaiveDate> {
    match y {
        YearSpec::Infer => {
            let p = env.published?;
            let cands: Vec<NaiveDate> = (-1..=1).filter_map(|k| NaiveDate::from_ymd_opt(p.year() + k, m, d)).collect();
            if let Some(wd) = wd {
                let matching: Vec<NaiveDate> = cands.iter().copied().filter(|c| c.weekday() == wd).collect();
                if let Some(best) = matching.iter().min_by_key(|c| (**c - p).num_days().abs()).copied() {
                    return Some(best);
                }
            }
            match tense {
                Tense::Past => {
                    let past = cands.iter().copied().filter(|c| *c <= p).max();
                    // A past-tense clause about a day almost a year back with the same day due
                    // within a month: the tense cue misled ("a hearing has been scheduled for
                    // June 3" in mid-May), the coming day is meant.
                    let soon = cands.iter().copied().filter(|c| *c > p && (*c - p).num_days() <= SOON_DAYS).min();
                    match (past, soon) {
                        (Some(b), Some(a)) if (p - b).num_days() > FAR_BACK_DAYS => Some(a),
                        _ => past.or_else(|| cands.iter().copied().min()),
                    }
                }
                Tense::Future => {
                    cands.iter().copied().filter(|c| *c >= p).min().or_else(|| cands.iter().copied().max())
                }
                Tense::Unknown => {
                    let limit = add_days(p, 60)?;
                    cands.iter().copied().filter(|c| *c <= limit).max().or_else(|| cands.iter().copied().min())
                }
            }
        }
        other => {
            let year = year_of(other, m, env, tense)?;
            NaiveDate::from_ymd_opt(year, m, d)
        }
    }
}

#[derive(Debug, Default)]
struct Anchors {
    last_day: Option<NaiveDate>,
    last_value: Option<(TimeValue, usize)>,
}

fn resolve_date(kind: &DKind, tense: Tense, env: &Env, anchors: &Anchors, sent: usize) -> Option<TimeValue> {
    let pubd = env.published;
    match *kind {
        DKind::Day { y, m, d, wd, .. } => resolve_day(y, m, d, wd, env, tense).map(TimeValue::Date),
        DKind::Slash { a, b, y } => {
            let (m, d) = if a > 12 {
                (b, a)
            } else if b > 12 || !env.day_first {
                (a, b)
            } else {
                (b, a)
            };
            resolve_day(y, m, d, None, env, tense).map(TimeValue::Date)
        }
        DKind::Month { y, m } => ym(year_of(y, m, env, tense)?, m),
        DKind::Year(y) => Some(TimeValue::Year(y)),
        DKind::Season { y, m } => Some(TimeValue::Year(year_of(y, m, env, tense)?)),
        DKind::Quarter { y, q, report } => {
            let year = match y {
                YearSpec::Infer => {
                    let p = pubd?;
                    let pq = quarter_of(p.month());
                    if tense == Tense::Future && !report {
                        if q >= pq { p.year() } else { p.year() + 1 }
                    } else if q <= pq || tense != Tense::Past && q == pq + 1 {
                        p.year()
                    } else {
                        p.year() - 1
                    }
                }
                other => year_of(other, q * 3, env, tense)?,
            };
            Some(TimeValue::Quarter { year, quarter: q })
        }
        DKind::Weekday { wd, md } => {
            let p = pubd?;
            let d = match md {
                WdMod::Plain => {
                    if tense == Tense::Future {
                        wd_after(p, wd, false)
                    } else {
                        wd_before(p, wd, false)
                    }
                }
                WdMod::Last => {
                    let d = wd_before(p, wd, true)?;
                    if (p - d).num_days() <= 1 { add_days(d, -7) } else { Some(d) }
                }
                WdMod::Next => {
                    let d = wd_after(p, wd, true)?;
                    if (d - p).num_days() <= 1 { add_days(d, 7) } else { Some(d) }
                }
                WdMod::This => {
                    if tense == Tense::Future {
                        wd_after(p, wd, false)
                    } else {
                        let monday = wd_before(p, Weekday::Mon, false)?;
                        add_days(monday, i64::from(wd.num_days_from_monday()))
                    }
                }
            }?;
            Some(TimeValue::Date(d))
        }
        DKind::RelDays(k) => add_days(pubd?, k).map(TimeValue::Date),
        DKind::RelMonths(k) => {
            let p = pubd?;
            let (y, m) = from_month_index(month_index(p.year(), p.month()) + i64::from(k))?;
            ym(y, m)
        }
        DKind::RelYears(k) => Some(TimeValue::Year(pubd?.year().checked_add(k)?)),
        DKind::RelQuarters(k) => {
            let p = pubd?;
            let ix = i64::from(p.year()) * 4 + i64::from(quarter_of(p.month())) - 1 + i64::from(k);
            Some(TimeValue::Quarter {
                year: i32::try_from(ix.div_euclid(4)).ok()?,
                quarter: u32::try_from(ix.rem_euclid(4)).ok()? + 1,
            })
        }
        DKind::AnchorDays(k) => add_days(anchors.last_day?, k).map(TimeValue::Date),
        DKind::AnchorYears(k) => {
            let (v, _) = anchors.last_value.as_ref()?;
            shift_years(v, k)
        }
        // "a year ago": a year before the quarter or month just named in the sentence, else the
        // publication month a year back (the gold reading of "up 8% from a year ago").
        DKind::YearAgo => match anchors.last_value.as_ref() {
            Some((v @ (TimeValue::Quarter { .. } | TimeValue::YearMonth { .. }), s)) if *s == sent => {
                shift_years(v, -1)
            }
            _ => {
                let p = pubd?;
                ym(p.year() - 1, p.month())
            }
        },
    }
}

// ------------------------------------------------------------------ scanning

fn scan(p: &P<'_, '_>) -> Vec<Atom> {
    let mut atoms: Vec<Atom> = Vec::new();
    let n = p.len();
    let mut i = 0;
    while i < n {
        let d = p.date_at(i);
        let t = p.time_at(i, false);
        let take_time = match (&d, &t) {
            (Some((de, _)), Some((te, _))) => te >= de,
            (None, Some(_)) => true,
            _ => false,
        };
        if take_time {
            let Some((te, ta)) = t else { break };
            let k = atoms.len();
            atoms.push(Atom { t0: i, t1: te, kind: AKind::T(ta), range_of: None });
            i = te;
            let between = i > 0 && p.is(atoms[k].t0.wrapping_sub(1), BETWEEN);
            if let Some(j) = p.range_conn(te, between)
                && let Some((e2, ta2)) = p.time_at(j, true)
            {
                atoms.push(Atom { t0: j, t1: e2, kind: AKind::T(ta2), range_of: Some(k) });
                i = e2;
            }
            continue;
        }
        let d = d.or_else(|| lists::day_first_lead(p, i));
        if let Some((de, mut kind)) = d {
            if let Some(y2) = lists::month_list_year(p, de, &kind)
                && let DKind::Month { y, .. } = &mut kind
            {
                *y = y2;
            }
            let second = range_second(p, de, &kind);
            atoms.push(Atom { t0: i, t1: de, kind: AKind::D(kind), range_of: None });
            i = de;
            if let Some((s0, s1, k2)) = second {
                // "March 3-5, 2024": the first day takes the stated year too.
                if let DKind::Day { y: y2 @ YearSpec::Abs(_), .. } = &k2
                    && let Some(Atom { kind: AKind::D(DKind::Day { y, .. }), .. }) = atoms.last_mut()
                    && *y == YearSpec::Infer
                {
                    *y = *y2;
                }
                atoms.push(Atom { t0: s0, t1: s1, kind: AKind::D(k2), range_of: None });
                i = s1;
            }
            continue;
        }
        // "9 to 11am", "between 9 and 11.30pm": bare first hour takes the second's am/pm.
        if let Some((e, h)) = p.bare_hour_range(i) {
            let between = p.is(i.wrapping_sub(1), BETWEEN);
            if let Some(j) = p.range_conn(e, between)
                && let Some((e2, ta2)) = p.time_at(j, true)
                && let Some(pm) = p.has_ampm(j, e2)
            {
                let h24 = match (h, pm) {
                    (12, false) => 0,
                    (12, true) => 12,
                    (x, true) => x + 12,
                    (x, false) => x,
                };
                let k = atoms.len();
                atoms.push(Atom {
                    t0: i,
                    t1: e,
                    kind: AKind::T(TAtom { h: h24, m: 0, zone: ta2.zone.clone(), weak: false }),
                    range_of: None,
                });
                atoms.push(Atom { t0: j, t1: e2, kind: AKind::T(ta2), range_of: Some(k) });
                i = e2;
                continue;
            }
        }
        i += 1;
    }
    atoms
}

/// Second element of a date range right after a date: "March 3-5" / "March 3 to 5" → the 5th;
/// "2019-2021" → 2021.
fn range_second(p: &P<'_, '_>, de: usize, kind: &DKind) -> Option<(usize, usize, DKind)> {
    let day_conn = p.any(de, DAY_RANGE_JOINERS) && matches!(kind, DKind::Day { .. });
    if !(p.dash(de) || day_conn) {
        return None;
    }
    let j = de + 1;
    match *kind {
        DKind::Day { y, m, d, style: Style::MonthFirst, .. } => {
            let (e, d2) = if p.dash(de) {
                // "3-5": the second day is glued to the dash.
                let (v, len) = p.n(j)?;
                if len > 2
                    || !(1..=31).contains(&v)
                    || p.tight(j + 1) && p.tk.get(j + 1).is_some_and(|t| t.is_num() || t.is_word())
                {
                    return None;
                }
                (j + 1, v)
            } else {
                p.day_num(j)?
            };
            if d2 <= d || p.month(e).is_some() || p.time_at(j, true).is_some() {
                return None;
            }
            let (e2, y2) = if p.pc(e, ',')
                && let Some(yy) = p.year4(e + 1)
            {
                (e + 2, YearSpec::Abs(yy))
            } else {
                (e, y)
            };
            Some((j, e2, DKind::Day { y: y2, m, d: d2, wd: None, style: Style::MonthFirst }))
        }
        DKind::Year(y) => {
            let (v, len) = p.n(j)?;
            if len != 4 || p.tight(j + 1) && p.tk.get(j + 1).is_some_and(|t| t.is_word()) {
                return None;
            }
            let y2 = i32::try_from(v).ok()?;
            if y2 <= y || y2 > 2100 {
                return None;
            }
            Some((j, j + 1, DKind::Year(y2)))
        }
        _ => None,
    }
}

/// Tokens strictly between a and b are all in `words` (or commas), at most two of them.
fn gap_ok(p: &P<'_, '_>, a: usize, b: usize, words: &[&str]) -> bool {
    if b < a || b - a > 2 || !p.same_sent(a.saturating_sub(1), b) {
        return false;
    }
    (a..b).all(|j| p.pc(j, ',') || p.any(j, words))
}

/// A day introduced by a speech verb ("said on Monday", "told reporters on Monday").
fn reporting_day(p: &P<'_, '_>, t0: usize) -> bool {
    use crate::lexicon::time::SPEECH_VERBS as SPEECH;
    (t0.saturating_sub(4)..t0).any(|j| p.any(j, SPEECH))
}

fn is_dateline(p: &P<'_, '_>, a: &Atom) -> bool {
    let first = p.tk.get(a.t0).map_or(usize::MAX, |t| t.start);
    if first > 120 {
        return false;
    }
    let before_ok = a.t0 == 0 || p.pc(a.t0 - 1, ',');
    let after_ok = p.dash(a.t1) || p.pc(a.t1, ':') || p.pc(a.t1, '(');
    before_ok && after_ok
}

fn china_text(text: &str) -> bool {
    ["China", "Chinese", "Beijing", "Shanghai", "Shenzhen", "Hangzhou", "Guangzhou", "Taiwan"]
        .iter()
        .any(|w| text.contains(w))
}

fn offset_for(zone: &Option<Zone>, date: NaiveDate, ctx: &TimeContext, china: bool) -> Option<i32> {
    match zone {
        None | Some(Zone::Local) => ctx.default_offset_minutes,
        Some(Zone::Named(n)) => {
            if china && n == CST {
                Some(480)
            } else {
                zone_offset(n, date)
            }
        }
    }
}

/// The whole pipeline. `nested`: also return the day inside each "time on day" mention.
pub(crate) fn run(text: &str, ctx: &TimeContext, nested: bool) -> Vec<TimeMention> {
    let toks = tokenize(text);
    let p = P { tk: &toks };
    let atoms = scan(&p);
    let env = Env { published: ctx.published, day_first: day_first(&atoms) };
    let attach = attach_times(&p, &atoms);
    let values = resolve_dates(&p, &atoms, &env);
    let time_dates = date_times(&p, &atoms, &attach, &values, ctx);
    let china = china_text(text);
    let offset = |zone: &Option<Zone>, date: NaiveDate| offset_for(zone, date, ctx, china);
    let out = mentions(&p, &atoms, &attach, &values, &time_dates, offset, nested);
    if nested { out } else { outermost(out) }
}

/// Day order evidence for slash dates: whether the article writes the day first more often
/// than the month ("12/3" and "25/12" against "3/12" and "12/25").
fn day_first(atoms: &[Atom]) -> bool {
    let (mut dayf, mut monthf) = (0usize, 0usize);
    for a in atoms {
        match &a.kind {
            AKind::D(DKind::Day { style, .. }) => match style {
                Style::DayFirst => dayf += 1,
                Style::MonthFirst => monthf += 1,
                Style::Numeric => {}
            },
            AKind::D(DKind::Slash { a: x, b: y, .. }) => {
                if *x > 12 {
                    dayf += 1;
                } else if *y > 12 {
                    monthf += 1;
                }
            }
            _ => {}
        }
    }
    dayf > monthf
}

/// For each clock time, the adjacent day it belongs to ("3pm on Monday", "Monday at 3pm"):
/// the day right after it, else the one right before it, each day claimed once.
fn attach_times(p: &P<'_, '_>, atoms: &[Atom]) -> Vec<Option<usize>> {
    use crate::lexicon::time::CLOCK_BEFORE as BEFORE;
    use crate::lexicon::time::CLOCK_DAY_AFTER as AFTER;
    let na = atoms.len();
    let mut attach: Vec<Option<usize>> = vec![None; na];
    let mut claimed = vec![false; na];
    for k in 0..na {
        if !matches!(atoms[k].kind, AKind::T(_)) {
            continue;
        }
        let is_day = |x: &Atom| matches!(&x.kind, AKind::D(d) if d.is_day());
        if let Some(nx) = atoms.get(k + 1)
            && is_day(nx)
            && !claimed[k + 1]
            && gap_ok(p, atoms[k].t1, nx.t0, AFTER)
        {
            attach[k] = Some(k + 1);
            claimed[k + 1] = true;
        } else if k > 0 && is_day(&atoms[k - 1]) && !claimed[k - 1] && gap_ok(p, atoms[k - 1].t1, atoms[k].t0, BEFORE) {
            attach[k] = Some(k - 1);
            claimed[k - 1] = true;
        }
    }
    attach
}

/// The value of each date atom, in text order: the clause's tense decides an inferred year or
/// weekday, and each resolved date anchors the relative ones after it.
fn resolve_dates(p: &P<'_, '_>, atoms: &[Atom], env: &Env) -> Vec<Option<TimeValue>> {
    let mut values: Vec<Option<TimeValue>> = vec![None; atoms.len()];
    let mut anchors = Anchors::default();
    let mut last_wd: Vec<(Weekday, NaiveDate)> = Vec::new();
    // Without a publication date, the text's own full dates stand in for it (year-less dates only).
    let stand = if env.published.is_none() { docyear::stand_ins(atoms) } else { Vec::new() };
    for (k, a) in atoms.iter().enumerate() {
        let AKind::D(kind) = &a.kind else { continue };
        let needs_tense = matches!(
            kind,
            DKind::Day { y: YearSpec::Infer, .. }
                | DKind::Slash { y: YearSpec::Infer, .. }
                | DKind::Month { y: YearSpec::Infer, .. }
                | DKind::Quarter { y: YearSpec::Infer, .. }
                | DKind::Season { y: YearSpec::Infer, .. }
                | DKind::Weekday { .. }
        );
        let tn = if needs_tense { tense(p, a.t0, a.t1) } else { Tense::Unknown };
        let sent = p.tk.get(a.t0).map_or(0, |t| t.sent);
        let mut v = match stand.get(k).copied().flatten() {
            Some(day) => docyear::resolve(kind, day).or_else(|| resolve_date(kind, tn, env, &anchors, sent)),
            None => resolve_date(kind, tn, env, &anchors, sent),
        };
        // "last Monday's failure ... Monday's failure" on a Monday: a later bare weekday not in the
        // future that would be the publication day repeats the "last" one.
        if let (DKind::Weekday { wd, md }, Some(TimeValue::Date(d))) = (kind, v) {
            if *md == WdMod::Last {
                last_wd.push((*wd, d));
            } else if *md == WdMod::Plain && tn != Tense::Future && Some(d) == env.published {
                v = last_wd.iter().rev().find(|(w, _)| w == wd).map_or(v, |&(_, e)| Some(TimeValue::Date(e)));
            }
        }
        if let Some(v) = &v {
            if let Some(d) = v.date() {
                anchors.last_day = Some(d);
            }
            anchors.last_value = Some((*v, sent));
        }
        values[k] = v;
    }
    values
}

/// The day of each clock time: the day attached to it, its range start's day (the next day
/// when it is earlier on the clock), its range partner's day; a weak time gets none; else the
/// nearest day in its sentence (before it, else after it unless that is the reporting day),
/// else the article's event day so far (the day mentioned most, recent days first), a day later
/// when the clock went back more than twelve hours on the same day.
fn date_times(
    p: &P<'_, '_>,
    atoms: &[Atom],
    attach: &[Option<usize>],
    values: &[Option<TimeValue>],
    ctx: &TimeContext,
) -> Vec<Option<NaiveDate>> {
    // Bound on how far (in atoms) a same-sentence search looks.
    const SCAN: usize = 200;
    let na = atoms.len();
    let day_of = days_for_anchoring(p, atoms, values);
    let mut counts: HashMap<NaiveDate, usize> = HashMap::new();
    for (d, counted) in day_of.iter().flatten() {
        if *counted {
            *counts.entry(*d).or_default() += 1;
        }
    }
    // Mentions count double; a day within a week of publication gets one more (news is
    // usually about the last few days), so ties between one-off mentions go to recent days.
    let weight = |d: NaiveDate| {
        let recent = ctx.published.is_some_and(|p| (p - d).num_days().abs() <= 7);
        counts.get(&d).copied().unwrap_or(0) * 2 + usize::from(recent)
    };
    let mut time_dates: Vec<Option<NaiveDate>> = vec![None; na];
    let mut last_anchored: Option<(NaiveDate, u32)> = None;
    // Best event-day candidate among the atoms before the current one: (weight, date).
    let mut event_day: Option<(usize, NaiveDate)> = None;
    for k in 0..na {
        if k > 0
            && let Some((d, _)) = day_of[k - 1]
            && event_day.is_none_or(|(w, _)| weight(d) >= w)
        {
            event_day = Some((weight(d), d));
        }
        let AKind::T(ta) = &atoms[k].kind else {
            continue;
        };
        let minutes = ta.h * 60 + ta.m;
        let explicit = attach[k].and_then(|d| values[d].as_ref()?.date());
        // A range partner that is attached to a day.
        let partner_explicit = atoms
            .get(k + 1)
            .filter(|x| x.range_of == Some(k))
            .and_then(|_| attach[k + 1].and_then(|d| values[d].as_ref()?.date()));
        let date = if let Some(d) = explicit {
            Some(d)
        } else if let Some(k1) = atoms[k].range_of {
            let start = time_dates[k1];
            let start_min = match &atoms[k1].kind {
                AKind::T(t1) => t1.h * 60 + t1.m,
                AKind::D(_) => 0,
            };
            start.and_then(|d| if minutes < start_min { d.succ_opt() } else { Some(d) })
        } else if let Some(d) = partner_explicit {
            Some(d)
        } else if ta.weak {
            None
        } else {
            let sent = p.tk[atoms[k].t0].sent;
            let in_sent = |di: usize| p.tk[atoms[di].t0].sent == sent;
            // Same sentence: the nearest day before the time, else one after it unless that
            // is the reporting day ("..., the company said on Monday").
            let before =
                (k.saturating_sub(SCAN)..k).rev().take_while(|&di| in_sent(di)).find_map(|di| day_of[di].map(|x| x.0));
            let after = || {
                (k + 1..na.min(k + 1 + SCAN))
                    .take_while(|&di| in_sent(di))
                    .find_map(|di| day_of[di].filter(|_| !reporting_day(p, atoms[di].t0)).map(|x| x.0))
            };
            let same: Option<NaiveDate> = before.or_else(after);
            let mut d = same.or(event_day.map(|(_, d)| d));
            if let (Some(dd), Some((ld, lm))) = (d, last_anchored)
                && dd == ld
                && lm > minutes + 12 * 60
            {
                d = dd.succ_opt();
            }
            if let Some(dd) = d {
                last_anchored = Some((dd, minutes));
            }
            d
        };
        if let Some(d) = explicit {
            last_anchored = Some((d, minutes));
        }
        time_dates[k] = date;
    }
    time_dates
}

/// Per atom, the day it names for anchoring clock times, and whether it counts towards the
/// event day (a dateline does not).
fn days_for_anchoring(p: &P<'_, '_>, atoms: &[Atom], values: &[Option<TimeValue>]) -> Vec<Option<(NaiveDate, bool)>> {
    atoms
        .iter()
        .enumerate()
        .map(|(k, a)| {
            let d = values[k].as_ref()?.date()?;
            Some((d, !is_dateline(p, a)))
        })
        .collect()
}

/// The zone of clock time `k`: its own, else the one written on the other end of its range.
fn zone_of(atoms: &[Atom], k: usize) -> Option<Zone> {
    let AKind::T(ta) = &atoms[k].kind else {
        return None;
    };
    if ta.zone.is_some() {
        return ta.zone.clone();
    }
    if let Some(k1) = atoms[k].range_of
        && let AKind::T(t1) = &atoms[k1].kind
    {
        return t1.zone.clone();
    }
    if let Some(nx) = atoms.get(k + 1)
        && nx.range_of == Some(k)
        && let AKind::T(t2) = &nx.kind
    {
        return t2.zone.clone();
    }
    None
}

/// The byte span of tokens `[t0, t1)`, if not empty.
fn token_span(p: &P<'_, '_>, t0: usize, t1: usize) -> Option<(usize, usize)> {
    let s = p.tk.get(t0)?.start;
    let e = p.tk.get(t1.checked_sub(1)?)?.end;
    if e > s { Some((s, e)) } else { None }
}

/// The time mentions, sorted by start (longest first): each resolved date (a date attached to a
/// clock time only when `nested`) and each clock time with a day, spanning the day it is attached
/// to, with the offset of its zone (`offset`).
fn mentions(
    p: &P<'_, '_>,
    atoms: &[Atom],
    attach: &[Option<usize>],
    values: &[Option<TimeValue>],
    time_dates: &[Option<NaiveDate>],
    offset: impl Fn(&Option<Zone>, NaiveDate) -> Option<i32>,
    nested: bool,
) -> Vec<TimeMention> {
    let na = atoms.len();
    let mut out: Vec<TimeMention> = Vec::new();
    let attached_dates: Vec<bool> = {
        let mut v = vec![false; na];
        for d in attach.iter().flatten() {
            v[*d] = true;
        }
        v
    };
    for k in 0..na {
        match &atoms[k].kind {
            AKind::D(_) => {
                if attached_dates[k] && !nested {
                    continue;
                }
                if let (Some(v), Some((s, e))) = (&values[k], token_span(p, atoms[k].t0, atoms[k].t1)) {
                    out.push(TimeMention { start: s, end: e, value: *v });
                }
            }
            AKind::T(ta) => {
                let Some(date) = time_dates[k] else { continue };
                let (t0, t1) = match attach[k] {
                    Some(d) => (atoms[k].t0.min(atoms[d].t0), atoms[k].t1.max(atoms[d].t1)),
                    None => (atoms[k].t0, atoms[k].t1),
                };
                let Some((s, e)) = token_span(p, t0, t1) else { continue };
                out.push(TimeMention {
                    start: s,
                    end: e,
                    value: TimeValue::DateTime {
                        date,
                        hour: ta.h,
                        minute: ta.m,
                        offset_minutes: offset(&zone_of(atoms, k), date),
                    },
                });
            }
        }
    }
    out.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    out
}

/// Mentions sorted by start, longest first, without those inside or overlapping an earlier one.
fn outermost(out: Vec<TimeMention>) -> Vec<TimeMention> {
    let mut kept: Vec<TimeMention> = Vec::with_capacity(out.len());
    for m in out {
        if kept.last().is_none_or(|l| m.start >= l.end) {
            kept.push(m);
        }
    }
    kept
}
