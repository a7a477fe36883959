//! Lists and ranges of dates that share one month or year with the item after them.
//!
//! Consumes the recognisers' view of the text ([`P`]); gives the scanner the first item of a
//! day-first list ("5 and 6 July 2024": the 5th) and the year a bare month borrows from the next
//! one ("August and September of 2004": August 2004).

use crate::lexicon::time::DAY_RANGE_JOINERS;

use super::parse::{DKind, P, Style, YearSpec};

/// "5 and 6 July 2024", "5 to 6 July": a bare day number joined to a following day-first date of
/// a later day is that day in the same month and year. Returns (end of the number, the day).
pub(super) fn day_first_lead(p: &P<'_, '_>, i: usize) -> Option<(usize, DKind)> {
    let (e, d1) = p.day_num(i)?;
    if !p.any(e, DAY_RANGE_JOINERS) || !p.same_sent(i, e + 1) {
        return None;
    }
    let (_, kind) = p.date_at(e + 1)?;
    match kind {
        DKind::Day { y, m, d, style: Style::DayFirst, .. } if d1 < d => {
            Some((e, DKind::Day { y, m, d: d1, wd: None, style: Style::DayFirst }))
        }
        _ => None,
    }
}

/// "August and September of 2004", "March to May 2025": the year stated on the later month of a
/// list or range also belongs to the bare month before it.
pub(super) fn month_list_year(p: &P<'_, '_>, de: usize, kind: &DKind) -> Option<YearSpec> {
    let DKind::Month { y: YearSpec::Infer, m } = *kind else { return None };
    if !(p.dash(de) || p.any(de, DAY_RANGE_JOINERS)) || !p.same_sent(de, de + 1) {
        return None;
    }
    match p.date_at(de + 1)? {
        (_, DKind::Month { y: y2 @ YearSpec::Abs(_), m: m2 }) if m < m2 => Some(y2),
        _ => None,
    }
}
