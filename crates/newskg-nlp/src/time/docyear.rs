//! Document-level year anchoring for texts without a publication date.
//!
//! A year-less date ("Thursday 25 April", "in April") is normally resolved against the
//! publication date. A text that carries none (a parliamentary answer, a committee notice) often
//! states full dates elsewhere: the nearest full date before the year-less one (else the first
//! one after it) then anchors it, so the year comes from the text itself.
//! A text that states no full date gets no stand-in: no year is ever invented.

use chrono::{Datelike, NaiveDate};

use super::TimeValue;
use super::parse::{AKind, Atom, DKind, YearSpec};

/// For each atom, the day standing in for the publication date: the nearest full date (stated
/// day, month and year) at or before it, else the text's first full date; all `None` when the
/// text states none.
pub(super) fn stand_ins(atoms: &[Atom]) -> Vec<Option<NaiveDate>> {
    let full: Vec<Option<NaiveDate>> = atoms
        .iter()
        .map(|a| match &a.kind {
            AKind::D(DKind::Day { y: YearSpec::Abs(y), m, d, .. }) => NaiveDate::from_ymd_opt(*y, *m, *d),
            _ => None,
        })
        .collect();
    let first = full.iter().flatten().next().copied();
    let mut last = None;
    full.iter()
        .map(|f| {
            if f.is_some() {
                last = *f;
            }
            last.or(first)
        })
        .collect()
}

/// The value of a year-less day or month read against a stand-in day: the candidate (stand-in
/// year, the year before or after) nearest to it, among those whose weekday matches when one is
/// given. A full date elsewhere in a text is a point in its story, not "now": the year-less date
/// near it is read as the same stretch of time, before or after it. Other kinds get none.
pub(super) fn resolve(kind: &DKind, anchor: NaiveDate) -> Option<TimeValue> {
    let years = [anchor.year() - 1, anchor.year(), anchor.year() + 1];
    match *kind {
        DKind::Day { y: YearSpec::Infer, m, d, wd, .. } => {
            let cands = years.iter().filter_map(|&y| NaiveDate::from_ymd_opt(y, m, d));
            let fits: Vec<NaiveDate> = cands.filter(|c| wd.is_none_or(|w| c.weekday() == w)).collect();
            fits.into_iter().min_by_key(|c| (*c - anchor).num_days().abs()).map(TimeValue::Date)
        }
        DKind::Month { y: YearSpec::Infer, m } => {
            let here = i64::from(anchor.year()) * 12 + i64::from(anchor.month());
            let year = years.into_iter().min_by_key(|&y| (i64::from(y) * 12 + i64::from(m) - here).abs())?;
            Some(TimeValue::YearMonth { year, month: m })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::time::{TimeContext, tag_times};

    fn values(text: &str, published: Option<NaiveDate>) -> Vec<(String, String)> {
        let ctx = TimeContext { published, default_offset_minutes: None };
        tag_times(text, &ctx).iter().map(|m| (text[m.start..m.end].to_string(), m.value.lexical())).collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn undated_text_takes_the_year_of_its_full_date() {
        let text = "The minister replied on 9 May 2019. Phones in the district were cut on Monday 29 April, \
                    and the fault had first been reported in March.";
        assert_eq!(
            values(text, None),
            vec![pair("9 May 2019", "2019-05-09"), pair("Monday 29 April", "2019-04-29"), pair("March", "2019-03")]
        );
    }

    #[test]
    fn weekday_picks_the_year_around_the_full_date() {
        // 27 December fell on a Friday in 2019, not in 2020 or 2021.
        let text = "In a reply of 3 January 2020, the office said the line failed on Friday 27 December.";
        assert_eq!(
            values(text, None),
            vec![pair("3 January 2020", "2020-01-03"), pair("Friday 27 December", "2019-12-27")]
        );
    }

    #[test]
    fn a_later_full_date_anchors_an_earlier_yearless_one() {
        let text = "The exchange went quiet on 14 June. Engineers filed their report on 2 July 2021.";
        assert_eq!(values(text, None), vec![pair("14 June", "2021-06-14"), pair("2 July 2021", "2021-07-02")]);
    }

    #[test]
    fn a_past_tense_date_after_the_full_date_goes_forward_in_the_story() {
        // Read against "now", a past March before a February date would be last year's.
        let text = "The inquiry opened on 19 February 2023. Staff said the system had failed again on 31 March.";
        assert_eq!(values(text, None), vec![pair("19 February 2023", "2023-02-19"), pair("31 March", "2023-03-31")]);
    }

    #[test]
    fn no_full_date_means_no_year() {
        let text = "The line failed on Friday 27 December and was mended in January.";
        assert!(values(text, None).is_empty(), "{:?}", values(text, None));
    }

    #[test]
    fn a_publication_date_wins_over_the_text() {
        let text = "A review of 3 January 2020 is cited. The fault began on 5 March.";
        let published = NaiveDate::from_ymd_opt(2024, 6, 1);
        assert_eq!(values(text, published), vec![pair("3 January 2020", "2020-01-03"), pair("5 March", "2024-03-05")]);
    }
}
