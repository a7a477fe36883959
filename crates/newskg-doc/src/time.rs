//! Time values: what the time tagger finds ([`TimeMention`], [`DurationMention`]) and what it
//! resolves against ([`TimeContext`]). Plain data; the tagger itself lives in `newskg-nlp`.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

// chrono is built without its serde feature: dates serialise as ISO strings by hand.
fn ser_date<S: serde::Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&d.format("%Y-%m-%d"))
}

fn ser_opt_date<S: serde::Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.collect_str(&d.format("%Y-%m-%d")),
        None => s.serialize_none(),
    }
}

/// What a time expression resolves to, at the precision the text supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum TimeValue {
    Year(i32),
    YearMonth {
        year: i32,
        month: u32,
    },
    Quarter {
        year: i32,
        quarter: u32,
    },
    Date(#[serde(serialize_with = "ser_date")] NaiveDate),
    DateTime {
        #[serde(serialize_with = "ser_date")]
        date: NaiveDate,
        hour: u32,
        minute: u32,
        offset_minutes: Option<i32>,
    },
}

impl TimeValue {
    /// Lexical form: "2023", "2023-12", "2023-Q3", "2023-12-05", "2023-12-05T17:44:00+08:00",
    /// "2023-12-05T17:44:00" (no zone), "...Z" for UTC.
    pub fn lexical(&self) -> String {
        match *self {
            TimeValue::Year(y) => format!("{y:04}"),
            TimeValue::YearMonth { year, month } => format!("{year:04}-{month:02}"),
            TimeValue::Quarter { year, quarter } => format!("{year:04}-Q{quarter}"),
            TimeValue::Date(d) => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            TimeValue::DateTime { date, hour, minute, offset_minutes } => {
                let base = format!("{:04}-{:02}-{:02}T{hour:02}:{minute:02}:00", date.year(), date.month(), date.day());
                match offset_minutes {
                    None => base,
                    Some(0) => format!("{base}Z"),
                    Some(off) => {
                        let sign = if off < 0 { '-' } else { '+' };
                        let a = off.unsigned_abs();
                        format!("{base}{sign}{:02}:{:02}", a / 60, a % 60)
                    }
                }
            }
        }
    }

    /// The calendar day, if the value has day precision.
    pub fn date(&self) -> Option<NaiveDate> {
        match *self {
            TimeValue::Date(d) | TimeValue::DateTime { date: d, .. } => Some(d),
            _ => None,
        }
    }
}

/// What the tagger knows about the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct TimeContext {
    /// Publication date; relative expressions ("Sunday", "last year") are skipped without it.
    #[serde(serialize_with = "ser_opt_date")]
    pub published: Option<NaiveDate>,
    /// UTC offset for zone-less clock times and "local time" (set it only when the article is
    /// about one place with an unambiguous zone).
    pub default_offset_minutes: Option<i32>,
}

/// One time expression: byte offsets into the text (start..end), the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TimeMention {
    pub start: usize,
    pub end: usize,
    pub value: TimeValue,
}

/// A stated duration: byte span (start..end), length in minutes, and whether it is hedged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct DurationMention {
    pub start: usize,
    pub end: usize,
    pub minutes: u32,
    pub approximate: bool,
}
