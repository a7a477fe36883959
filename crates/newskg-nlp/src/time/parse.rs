//! Recognisers for the temporal tagger.
//!
//! Consumes the token stream from `lex`; produces unresolved *atoms*: date-like expressions
//! ([`DKind`], e.g. "December 7th", "last month", "Sunday", "the June quarter") and clock times
//! ([`TAtom`], e.g. "5.44pm", "14:05 UTC"), each with a token span. Nothing here looks at the
//! publication date; `resolve` turns atoms into values.

use chrono::Weekday;

use super::lex::Tok;
use super::zones::zone_offset;

/// How the year of a month / day / quarter is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YearSpec {
    /// Stated ("2024", "'24").
    Abs(i32),
    /// Publication year + k ("this year" 0, "last year" -1).
    Rel(i32),
    /// Not stated: infer from tense and publication date.
    Infer,
    /// "last December": the most recent such month strictly before the publication month.
    Last,
    /// "next May": the first such month strictly after the publication month.
    Next,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WdMod {
    Plain,
    Last,
    Next,
    This,
}

/// Word order of a written day-and-month date (evidence for reading slash dates).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    DayFirst,
    MonthFirst,
    Numeric,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum DKind {
    Day {
        y: YearSpec,
        m: u32,
        d: u32,
        wd: Option<Weekday>,
        style: Style,
    },
    /// "a/b[/y]" with a and b both possibly the month: resolved with the article's day order.
    Slash {
        a: u32,
        b: u32,
        y: YearSpec,
    },
    Month {
        y: YearSpec,
        m: u32,
    },
    Year(i32),
    Quarter {
        y: YearSpec,
        q: u32,
        report: bool,
    },
    Weekday {
        wd: Weekday,
        md: WdMod,
    },
    RelDays(i64),
    RelMonths(i32),
    RelYears(i32),
    RelQuarters(i32),
    /// Days relative to the previous day-precision mention ("the day before").
    AnchorDays(i64),
    /// Years relative to the previous mention, keeping its precision ("a year earlier").
    AnchorYears(i32),
    /// "a year ago": like AnchorYears(-1) after a quarter in the same sentence, else last year.
    YearAgo,
}

impl DKind {
    /// Whether the atom denotes one calendar day (can anchor a clock time).
    pub fn is_day(&self) -> bool {
        matches!(
            self,
            DKind::Day { .. } | DKind::Slash { .. } | DKind::Weekday { .. } | DKind::RelDays(_) | DKind::AnchorDays(_)
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Zone {
    Named(String),
    Local,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TAtom {
    pub h: u32,
    pub m: u32,
    pub zone: Option<Zone>,
    /// "noon"/"midnight" not introduced by "at"/"by"/...: kept only when attached to a date.
    pub weak: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum AKind {
    D(DKind),
    T(TAtom),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Atom {
    /// Token span, end exclusive.
    pub t0: usize,
    pub t1: usize,
    pub kind: AKind,
    /// For the second clock time of a range: index of the first one in the atom list.
    pub range_of: Option<usize>,
}

pub(crate) const MONTHS: &[(&str, u32, bool)] = &[
    ("january", 1, false),
    ("february", 2, false),
    ("march", 3, false),
    ("april", 4, false),
    ("may", 5, false),
    ("june", 6, false),
    ("july", 7, false),
    ("august", 8, false),
    ("september", 9, false),
    ("october", 10, false),
    ("november", 11, false),
    ("december", 12, false),
    ("jan", 1, true),
    ("feb", 2, true),
    ("mar", 3, true),
    ("apr", 4, true),
    ("jun", 6, true),
    ("jul", 7, true),
    ("aug", 8, true),
    ("sep", 9, true),
    ("sept", 9, true),
    ("oct", 10, true),
    ("nov", 11, true),
    ("dec", 12, true),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// Words after which a bare month name or a bare year is read as a date.
const DATE_PREP: &[&str] = &[
    "in",
    "since",
    "from",
    "until",
    "till",
    "til",
    "through",
    "throughout",
    "by",
    "during",
    "before",
    "after",
    "of",
    "early",
    "late",
    "mid",
    "around",
    "circa",
    "between",
    "as",
    "into",
    "year",
    "calendar",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "christmas",
    "starting",
    "beginning",
    "ending",
    "effective",
    "dated",
    "earlier",
    "later",
];

const PART_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];

/// Simple number words → value ("a"/"an" → 1).
const NUM_WORDS: &[(&str, u32)] = &[
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("dozen", 12),
];

const ZONE_ABBR: &[&str] = &[
    "UTC", "GMT", "PST", "PDT", "PT", "MST", "MDT", "MT", "CST", "CDT", "CT", "EST", "EDT", "ET", "AKST", "AKDT",
    "HST", "BST", "WET", "CET", "CEST", "EET", "EEST", "MSK", "GST", "PKT", "IST", "ICT", "WIB", "HKT", "SGT", "MYT",
    "PHT", "AWST", "JST", "KST", "ACST", "ACDT", "AEST", "AEDT", "NZST", "NZDT", "BRT", "SAST",
];

/// Token-stream view with small helpers. All accessors are bounds-checked.
#[derive(Debug)]
pub(crate) struct P<'a, 't> {
    pub tk: &'a [Tok<'t>],
}

impl P<'_, '_> {
    pub fn len(&self) -> usize {
        self.tk.len()
    }
    /// Lower-case word at i.
    pub fn w(&self, i: usize) -> Option<&str> {
        self.tk.get(i).filter(|t| t.is_word()).map(|t| t.lower.as_str())
    }
    pub fn is(&self, i: usize, s: &str) -> bool {
        self.w(i) == Some(s)
    }
    pub fn any(&self, i: usize, set: &[&str]) -> bool {
        self.w(i).is_some_and(|w| set.contains(&w))
    }
    /// Numeric token value and digit count.
    pub fn n(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tk.get(i)?;
        if t.is_num() { Some((t.val?, t.text.len())) } else { None }
    }
    pub fn pc(&self, i: usize, c: char) -> bool {
        self.tk.get(i).and_then(|t| t.punct()) == Some(c)
    }
    pub fn dash(&self, i: usize) -> bool {
        self.tk.get(i).and_then(|t| t.punct()).is_some_and(|c| matches!(c, '-' | '–' | '—' | '‑'))
    }
    pub fn apos(&self, i: usize) -> bool {
        self.tk.get(i).and_then(|t| t.punct()).is_some_and(|c| matches!(c, '\'' | '’' | '‘'))
    }
    /// Token i exists and touches the previous token (no whitespace between).
    pub fn tight(&self, i: usize) -> bool {
        self.tk.get(i).is_some_and(|t| !t.sp)
    }
    pub fn cap(&self, i: usize) -> bool {
        self.tk.get(i).is_some_and(|t| t.is_word() && t.cap())
    }
    pub fn same_sent(&self, i: usize, j: usize) -> bool {
        match (self.tk.get(i), self.tk.get(j)) {
            (Some(a), Some(b)) => a.sent == b.sent,
            _ => false,
        }
    }
    // ---------------------------------------------------------------- small pieces

    /// Month name at i (capitalised; abbreviations may carry a full stop): (end, month, abbrev).
    pub fn month(&self, i: usize) -> Option<(usize, u32, bool)> {
        let t = self.tk.get(i)?;
        if !t.is_word() || !t.cap() {
            return None;
        }
        let &(_, m, abbr) = MONTHS.iter().find(|(n, _, _)| *n == t.lower)?;
        if abbr && t.lower != "may" {
            // "Jan" / "Mar" etc. are never all-lower; a trailing '.' belongs to the month.
            if self.pc(i + 1, '.') && self.tight(i + 1) {
                return Some((i + 2, m, true));
            }
            return Some((i + 1, m, true));
        }
        // Mixed case like "MaRch" is not a month; "MARCH" is.
        let rest_lower = t.text.chars().skip(1).all(|c| !c.is_uppercase());
        if !rest_lower && !t.all_caps() {
            return None;
        }
        Some((i + 1, m, false))
    }

    pub fn weekday(&self, i: usize) -> Option<Weekday> {
        let t = self.tk.get(i)?;
        if !t.is_word() || !t.cap() {
            return None;
        }
        WEEKDAYS.iter().find(|(n, _)| *n == t.lower).map(|&(_, wd)| wd)
    }

    /// A number token standing on its own: not glued to a preceding word, currency sign or
    /// digit group ("$2019", "FY2024", "1,957", "3.5").
    fn standalone_num(&self, i: usize) -> bool {
        let Some(t) = self.tk.get(i) else {
            return false;
        };
        if !t.is_num() || t.val.is_none() {
            return false;
        }
        if i > 0 && !t.sp {
            let p = &self.tk[i - 1];
            if p.is_word() || p.is_num() {
                return false;
            }
            if let Some(c) = p.punct()
                && matches!(c, '$' | '£' | '€' | '¥' | '#' | '.' | ',' | ':' | '/' | '+' | '-' | '−' | '@' | '_')
            {
                // "mid-2019" is fine.
                let mid = matches!(c, '-') && i >= 2 && self.is(i - 2, "mid");
                if !mid {
                    return false;
                }
            }
        }
        // Not followed by a glued digit group, decimal or unit.
        if let Some(nx) = self.tk.get(i + 1)
            && !nx.sp
        {
            if nx.is_word() {
                return false;
            }
            if let Some(c) = nx.punct() {
                if c == '%' {
                    return false;
                }
                if matches!(c, '.' | ',' | '/' | ':') && self.tk.get(i + 2).is_some_and(|t| t.is_num() && !t.sp) {
                    return false;
                }
            }
        }
        true
    }

    /// A 4-digit year 1900–2100 standing on its own.
    pub fn year4(&self, i: usize) -> Option<i32> {
        let (v, len) = self.n(i)?;
        if len == 4 && (1900..=2100).contains(&v) && self.standalone_num(i) { Some(v as i32) } else { None }
    }

    /// Day-of-month number with optional ordinal suffix: (end, day).
    pub fn day_num(&self, i: usize) -> Option<(usize, u32)> {
        let (v, len) = self.n(i)?;
        if len > 2 || !(1..=31).contains(&v) {
            return None;
        }
        let t = &self.tk[i];
        if i > 0 && !t.sp {
            let p = &self.tk[i - 1];
            if p.is_word() || p.is_num() || p.punct().is_some_and(|c| c != '(') {
                return None;
            }
        }
        if self.tight(i + 1) && self.any(i + 1, &["st", "nd", "rd", "th"]) {
            if self.tight(i + 2) && (self.is_wordish(i + 2)) {
                return None;
            }
            return Some((i + 2, v));
        }
        if let Some(nx) = self.tk.get(i + 1)
            && !nx.sp
        {
            if nx.is_word() || nx.is_num() {
                return None;
            }
            if let Some(c) = nx.punct() {
                if c == '%' {
                    return None;
                }
                if matches!(c, '.' | ':' | ',' | '/') && self.tk.get(i + 2).is_some_and(|t| t.is_num() && !t.sp) {
                    return None;
                }
            }
        }
        Some((i + 1, v))
    }

    fn is_wordish(&self, i: usize) -> bool {
        self.tk.get(i).is_some_and(|t| t.is_word() || t.is_num())
    }

    /// A count: digits (≤ 999, standalone) or a number word, incl. "twenty-four": (end, value).
    pub fn count(&self, i: usize) -> Option<(usize, u32)> {
        if let Some((v, len)) = self.n(i) {
            if len <= 3 && self.standalone_num(i) {
                return Some((i + 1, v));
            }
            return None;
        }
        let w = self.w(i)?;
        let &(_, v) = NUM_WORDS.iter().find(|(n, _)| *n == w)?;
        if (20..=90).contains(&v)
            && self.dash(i + 1)
            && self.tight(i + 1)
            && self.tight(i + 2)
            && let Some(u) = self
                .w(i + 2)
                .and_then(|u| NUM_WORDS.iter().find(|(n, x)| *n == u && (1..=9).contains(x) && *n != "a" && *n != "an"))
        {
            return Some((i + 3, v + u.1));
        }
        Some((i + 1, v))
    }

    /// Whether the word before i (or "mid-" glued to it) makes a bare month / year a date.
    fn date_context(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        if self.dash(i - 1) && self.tight(i) && i >= 2 && self.is(i - 2, "mid") {
            return true;
        }
        if let Some(w) = self.w(i - 1) {
            if DATE_PREP.contains(&w) {
                // "as" only in "as of"; handled by "of".
                return w != "as";
            }
            // Lists and ranges: "in May and June", "between 2019 and 2021", "2019 to 2021".
            if matches!(w, "and" | "or" | "to" | "through" | "until") && i >= 2 {
                return self.is_month_or_year(i - 2);
            }
            return false;
        }
        if (self.pc(i - 1, ',') || self.dash(i - 1)) && i >= 2 {
            return self.is_month_or_year(i - 2);
        }
        false
    }

    fn is_month_or_year(&self, i: usize) -> bool {
        self.year4(i).is_some() || self.month(i).is_some_and(|(_, _, ab)| !ab)
    }

    /// "fiscal"/"financial"/"FY" shortly before i (quarters and years then are not calendar).
    fn fiscal_before(&self, i: usize) -> bool {
        let lo = i.saturating_sub(3);
        (lo..i).any(|j| self.any(j, &["fiscal", "financial", "fy"]))
    }

    // ---------------------------------------------------------------- dates

    /// The longest date atom starting at token i.
    pub fn date_at(&self, i: usize) -> Option<(usize, DKind)> {
        self.tk.get(i)?;
        let cands = [self.the_forms(i), self.modifier_forms(i), self.counted_relative(i), self.core(i)];
        cands.into_iter().flatten().max_by_key(|(e, _)| *e)
    }

    /// Date atoms that do not start with a modifier word (no recursion through "early"/"late").
    fn core(&self, i: usize) -> Option<(usize, DKind)> {
        let cands = [
            self.rel_period(i),
            self.relative_words(i),
            self.weekday_form(i),
            self.month_first(i),
            self.day_first(i),
            self.numeric_date(i),
            self.quarter(i),
            self.year_bare(i),
        ];
        cands.into_iter().flatten().max_by_key(|(e, _)| *e)
    }

    /// "the end of the year", "the start of 2024", "the day before", "the following day",
    /// "the 3rd of March", "the first quarter of 2025", "the June quarter".
    fn the_forms(&self, i: usize) -> Option<(usize, DKind)> {
        if !self.is(i, "the") {
            return None;
        }
        let j = i + 1;
        // the end/start/beginning/middle of X
        if self.any(j, &["end", "start", "beginning", "close", "turn"]) && self.is(j + 1, "of") {
            let end_like = self.any(j, &["end", "close", "turn"]);
            let k = j + 2;
            if let Some((e, kind)) = self.period_after_of(k, end_like) {
                return Some((e, kind));
            }
        }
        // the day before yesterday / after tomorrow
        if self.is(j, "day") {
            if self.is(j + 1, "before") && self.is(j + 2, "yesterday") {
                return Some((j + 3, DKind::RelDays(-2)));
            }
            if self.is(j + 1, "after") && self.is(j + 2, "tomorrow") {
                return Some((j + 3, DKind::RelDays(2)));
            }
            if self.any(j + 1, &["before", "earlier"]) && !self.is_wordish_noun_after(j + 2) {
                return Some((j + 2, DKind::AnchorDays(-1)));
            }
            if self.any(j + 1, &["after", "later"]) && !self.is_wordish_noun_after(j + 2) {
                return Some((j + 2, DKind::AnchorDays(1)));
            }
        }
        if self.any(j, &["next", "following"]) && self.is(j + 1, "day") {
            return Some((j + 2, DKind::AnchorDays(1)));
        }
        if self.any(j, &["previous", "preceding"]) && self.is(j + 1, "day") {
            return Some((j + 2, DKind::AnchorDays(-1)));
        }
        if self.any(j, &["current", "present"]) {
            if self.is(j + 1, "year") {
                return Some((j + 2, DKind::RelYears(0)));
            }
            if self.is(j + 1, "quarter") && !self.fiscal_before(i) {
                return Some((j + 2, DKind::RelQuarters(0)));
            }
            if self.is(j + 1, "month") {
                return Some((j + 2, DKind::RelMonths(0)));
            }
        }
        // the <quarter> / the <day-first date>
        if let Some((e, kind)) = self.quarter(j).or_else(|| self.day_first(j)).or_else(|| self.month_first(j))
            && matches!(kind, DKind::Quarter { .. } | DKind::Day { .. })
        {
            return Some((e, kind));
        }
        None
    }

    /// After "the end of": "the year", "this year", "next year", "2024", "June", "the month",
    /// "the quarter", "the third quarter of 2024".
    fn period_after_of(&self, k: usize, end_like: bool) -> Option<(usize, DKind)> {
        let dec_or_jan = if end_like { 12 } else { 1 };
        if self.any(k, &["the", "this"]) && self.is(k + 1, "year") {
            return Some((k + 2, DKind::Month { y: YearSpec::Rel(0), m: dec_or_jan }));
        }
        if self.any(k, &["last", "next"]) && self.is(k + 1, "year") {
            let d = if self.is(k, "last") { -1 } else { 1 };
            return Some((k + 2, DKind::Month { y: YearSpec::Rel(d), m: dec_or_jan }));
        }
        if self.any(k, &["the", "this"]) && self.is(k + 1, "month") {
            return Some((k + 2, DKind::RelMonths(0)));
        }
        if self.any(k, &["last", "next"]) && self.is(k + 1, "month") {
            let d = if self.is(k, "last") { -1 } else { 1 };
            return Some((k + 2, DKind::RelMonths(d)));
        }
        if self.any(k, &["the", "this"]) && self.is(k + 1, "quarter") {
            return Some((k + 2, DKind::RelQuarters(0)));
        }
        if let Some(y) = self.year4(k) {
            if self.fiscal_before(k) {
                return None;
            }
            return Some((k + 1, DKind::Month { y: YearSpec::Abs(y), m: dec_or_jan }));
        }
        let k2 = if self.is(k, "the") { k + 1 } else { k };
        if let Some((e, kind)) = self.quarter(k2).or_else(|| self.month_first(k2))
            && matches!(kind, DKind::Quarter { .. } | DKind::Month { .. })
        {
            return Some((e, kind));
        }
        None
    }

    /// "the day before the outage" is fine, but "the day before trading opened" too; we only
    /// refuse "the day before Christmas"-like capitalised continuations (not resolvable here).
    fn is_wordish_noun_after(&self, i: usize) -> bool {
        self.cap(i) && self.same_sent(i.saturating_sub(1), i)
    }

    /// "late on Tuesday", "early next year", "mid-June", "earlier this month", "last December",
    /// "next May", "this year", "last quarter", "last night", "this morning", "next Monday".
    fn modifier_forms(&self, i: usize) -> Option<(usize, DKind)> {
        let w = self.w(i)?;
        match w {
            "late" | "early" => {
                let mut j = i + 1;
                if self.is(j, "on") || self.is(j, "in") {
                    j += 1;
                }
                let (e, kind) = self.core(j)?;
                let ok = matches!(
                    kind,
                    DKind::Day { .. }
                        | DKind::Weekday { .. }
                        | DKind::RelDays(_)
                        | DKind::Month { .. }
                        | DKind::Year(_)
                        | DKind::RelYears(_)
                        | DKind::RelMonths(_)
                        | DKind::Quarter { .. }
                );
                if ok { Some((e, kind)) } else { None }
            }
            "mid" => {
                let j = if self.dash(i + 1) { i + 2 } else { i + 1 };
                let (e, kind) = self.core(j)?;
                if matches!(kind, DKind::Month { .. } | DKind::Year(_) | DKind::RelYears(_)) {
                    Some((e, kind))
                } else {
                    None
                }
            }
            "earlier" | "later" => {
                if self.is(i + 1, "this") || self.is(i + 1, "in") && self.is(i + 2, "the") {
                    let k = i + 2 + usize::from(self.is(i + 1, "in"));
                    if self.is(k, "year") {
                        return Some((k + 1, DKind::RelYears(0)));
                    }
                    if self.is(k, "month") {
                        return Some((k + 1, DKind::RelMonths(0)));
                    }
                }
                None
            }
            "last" | "next" | "this" | "coming" | "past" => self.rel_period(i),
            _ => None,
        }
    }

    fn rel_period(&self, i: usize) -> Option<(usize, DKind)> {
        let w = self.w(i)?;
        if !matches!(w, "last" | "next" | "this" | "coming" | "past") {
            return None;
        }
        let mut j = i + 1;
        // "this past Sunday", "this coming Monday"
        let mut md = match w {
            "last" | "past" => WdMod::Last,
            "next" | "coming" => WdMod::Next,
            _ => WdMod::This,
        };
        if w == "this" && self.any(j, &["past", "coming"]) {
            md = if self.is(j, "past") { WdMod::Plain } else { WdMod::Next };
            j += 1;
        }
        let k: i32 = match md {
            WdMod::Last => -1,
            WdMod::Next => 1,
            _ => 0,
        };
        if let Some(wd) = self.weekday(j) {
            if w == "past" {
                return None;
            }
            let mut e = j + 1;
            if self.any(e, PART_OF_DAY) {
                e += 1;
            }
            return Some((e, DKind::Weekday { wd, md }));
        }
        if w == "past" || w == "coming" {
            return None;
        }
        match self.w(j) {
            Some("year") => {
                // "last year's results" is fine; "next year" too.
                Some((j + 1, DKind::RelYears(k)))
            }
            Some("month") => Some((j + 1, DKind::RelMonths(k))),
            Some("quarter") => {
                if self.fiscal_before(i) || self.is(j + 1, "of") {
                    // "the last quarter of 2023" is handled by `quarter`.
                    return None;
                }
                Some((j + 1, DKind::RelQuarters(k)))
            }
            Some("night") if w == "last" => Some((j + 1, DKind::RelDays(-1))),
            Some("morning" | "afternoon" | "evening") if w == "this" => Some((j + 1, DKind::RelDays(0))),
            _ => {
                let (e, m, abbr) = self.month(j)?;
                if abbr {
                    return None;
                }
                // "next May 5" → a day; leave that to month_first.
                if self.day_num(e).is_some() || self.year4(e).is_some() {
                    return None;
                }
                if self.is(e, "quarter") {
                    return None;
                }
                let y = match md {
                    WdMod::Last => YearSpec::Last,
                    WdMod::Next => YearSpec::Next,
                    _ => YearSpec::Rel(0),
                };
                Some((e, DKind::Month { y, m }))
            }
        }
    }

    /// today, tonight, yesterday, tomorrow (+ part of day).
    fn relative_words(&self, i: usize) -> Option<(usize, DKind)> {
        let w = self.w(i)?;
        // Fixed-date holidays: "Christmas Day", "New Year's Eve".
        if self.cap(i) {
            let (e, m, d) = match w {
                "christmas" if self.cap(i + 1) && self.is(i + 1, "day") => (i + 2, 12, 25),
                "christmas" if self.cap(i + 1) && self.is(i + 1, "eve") => (i + 2, 12, 24),
                "boxing" if self.cap(i + 1) && self.is(i + 1, "day") => (i + 2, 12, 26),
                "new" if self.is(i + 1, "year") && self.apos(i + 2) && self.is(i + 3, "s") && self.cap(i + 4) => {
                    match self.w(i + 4) {
                        Some("day") => (i + 5, 1, 1),
                        Some("eve") => (i + 5, 12, 31),
                        _ => return None,
                    }
                }
                _ => (0, 0, 0),
            };
            if e > 0 {
                let (e2, y) = self.year_after(e).unwrap_or((e, YearSpec::Infer));
                return Some((e2, DKind::Day { y, m, d, wd: None, style: Style::Numeric }));
            }
        }
        // "year-end", "by year end"
        if w == "year" && (self.dash(i + 1) && self.is(i + 2, "end") || self.is(i + 1, "end")) {
            if self.fiscal_before(i) {
                return None;
            }
            let e = if self.dash(i + 1) { i + 3 } else { i + 2 };
            return Some((e, DKind::Month { y: YearSpec::Rel(0), m: 12 }));
        }
        let k = match w {
            "today" | "tonight" => 0,
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => return None,
        };
        let mut e = i + 1;
        if w != "tonight" && self.any(e, PART_OF_DAY) {
            e += 1;
        }
        Some((e, DKind::RelDays(k)))
    }

    /// A weekday name not part of a proper name ("Black Friday", "Sunday Times").
    fn plain_weekday(&self, i: usize) -> Option<Weekday> {
        let wd = self.weekday(i)?;
        if i > 0 && self.same_sent(i - 1, i) {
            let p = &self.tk[i - 1];
            if p.is_word() && p.cap() && !p.all_caps() {
                const OK_BEFORE: &[&str] = &[
                    "on", "by", "since", "until", "till", "last", "next", "this", "early", "late", "from", "through",
                    "before", "after", "that", "and", "or", "said", "from", "between", "as", "of",
                ];
                if !OK_BEFORE.contains(&p.lower.as_str()) {
                    return None;
                }
            }
            if p.is_word() && matches!(p.lower.as_str(), "every" | "each" | "most" | "some") {
                return None;
            }
        }
        const NAME_AFTER: &[&str] = &[
            "times",
            "night",
            "mail",
            "telegraph",
            "post",
            "express",
            "herald",
            "football",
            "club",
            "independent",
            "observer",
            "tribune",
            "mirror",
            "sport",
            "service",
            "school",
        ];
        if self.cap(i + 1) && self.any(i + 1, NAME_AFTER) {
            return None;
        }
        Some(wd)
    }

    /// "Sunday", "Friday morning", "Tuesday, December 7th", "Friday, 19 July", "Tue 5 Mar 2024".
    fn weekday_form(&self, i: usize) -> Option<(usize, DKind)> {
        let wd = self.plain_weekday(i)?;
        let mut j = i + 1;
        if self.pc(j, ',') {
            j += 1;
        }
        if let Some((e, DKind::Day { y, m, d, style, .. })) = self.month_first(j).or_else(|| self.day_first(j)) {
            return Some((e, DKind::Day { y, m, d, wd: Some(wd), style }));
        }
        let mut e = i + 1;
        if self.any(e, PART_OF_DAY) {
            e += 1;
        }
        Some((e, DKind::Weekday { wd, md: WdMod::Plain }))
    }

    /// Year after a day or month: ", 2024", " 2024", " of 2024", "this year", "last year".
    fn year_after(&self, e: usize) -> Option<(usize, YearSpec)> {
        let mut k = e;
        if self.pc(k, ',') || self.is(k, "of") {
            k += 1;
        }
        if let Some(y) = self.year4(k) {
            return Some((k + 1, YearSpec::Abs(y)));
        }
        if k == e && self.any(e, &["this", "last", "next"]) && self.is(e + 1, "year") {
            let d = match self.w(e) {
                Some("last") => -1,
                Some("next") => 1,
                _ => 0,
            };
            return Some((e + 2, YearSpec::Rel(d)));
        }
        None
    }

    /// "March 3rd, 2024", "March 3", "Mar. 3", "March 2019", "September this year",
    /// "the June quarter" (without "the"), bare "June" after a date preposition.
    fn month_first(&self, i: usize) -> Option<(usize, DKind)> {
        let (e, m, abbr) = self.month(i)?;
        // Month + day
        if let Some((e2, d)) = self.day_num(e) {
            // "May 2 to 3" fine; but "March 30 employees"? accept.
            let (e3, y) = self.year_after(e2).unwrap_or((e2, YearSpec::Infer));
            return Some((e3, DKind::Day { y, m, d, wd: None, style: Style::MonthFirst }));
        }
        // Month + year
        if let Some((e2, y)) = self.year_after(e) {
            if matches!(y, YearSpec::Abs(_)) && self.fiscal_before(i) {
                return None;
            }
            // "the June 2023 quarter"
            if self.is(e2, "quarter") {
                if self.fiscal_before(i) {
                    return None;
                }
                return Some((e2 + 1, DKind::Quarter { y, q: (m - 1) / 3 + 1, report: false }));
            }
            return Some((e2, DKind::Month { y, m }));
        }
        // Month quarter: "the June quarter", "September-quarter"
        let qe = if self.is(e, "quarter") {
            Some(e + 1)
        } else if self.dash(e) && self.is(e + 1, "quarter") {
            Some(e + 2)
        } else {
            None
        };
        if let Some(qe) = qe {
            if self.fiscal_before(i) {
                return None;
            }
            return Some((
                qe,
                DKind::Quarter { y: YearSpec::Infer, q: (m - 1) / 3 + 1, report: self.report_context(i, qe) },
            ));
        }
        if abbr || !self.date_context(i) {
            return None;
        }
        Some((e, DKind::Month { y: YearSpec::Infer, m }))
    }

    /// "3 March 2024", "28 December", "3rd of March", "5 Dec. 2021".
    fn day_first(&self, i: usize) -> Option<(usize, DKind)> {
        let (e, d) = self.day_num(i)?;
        let mut k = e;
        if self.is(k, "of") {
            k += 1;
        }
        let (e2, m, _) = self.month(k)?;
        let (e3, y) = self.year_after(e2).unwrap_or((e2, YearSpec::Infer));
        Some((e3, DKind::Day { y, m, d, wd: None, style: Style::DayFirst }))
    }

    /// ISO "2024-03-05", "2024/03/05", "05/03/2024", "5.3.2024", "3/5/24"; "3/5" after "on".
    fn numeric_date(&self, i: usize) -> Option<(usize, DKind)> {
        let (a, alen) = self.n(i)?;
        if i > 0 && !self.tk[i].sp {
            let p = &self.tk[i - 1];
            if p.is_word() || p.is_num() || p.punct().is_some_and(|c| c != '(') {
                return None;
            }
        }
        let sep = self.tk.get(i + 1).and_then(|t| t.punct())?;
        if !matches!(sep, '-' | '/' | '.') || !self.tight(i + 1) || !self.tight(i + 2) {
            return None;
        }
        let (b, blen) = self.n(i + 2)?;
        let third = if self.pc(i + 3, sep) && self.tight(i + 3) && self.tight(i + 4) { self.n(i + 4) } else { None };
        let end = if third.is_some() { i + 5 } else { i + 3 };
        // Nothing glued after: "1.2.3.4", "2024-03-05-x".
        if let Some(nx) = self.tk.get(end)
            && !nx.sp
            && (nx.is_word() && nx.lower != "t" || nx.is_num())
        {
            return None;
        }
        if let Some(nx) = self.tk.get(end)
            && !nx.sp
            && nx.punct().is_some_and(|c| matches!(c, '-' | '/' | '.' | '%'))
            && self.tk.get(end + 1).is_some_and(|t| t.is_num() && !t.sp)
        {
            return None;
        }
        let day = |y: YearSpec, m: u32, d: u32| DKind::Day { y, m, d, wd: None, style: Style::Numeric };
        match (sep, third) {
            // ISO / Y-M-D
            ('-' | '/', Some((c, clen))) if alen == 4 && blen <= 2 && clen <= 2 => {
                let y = a as i32;
                if !(1900..=2100).contains(&y) || !(1..=12).contains(&b) || !(1..=31).contains(&c) {
                    return None;
                }
                Some((end, day(YearSpec::Abs(y), b, c)))
            }
            // a/b/yyyy or a/b/yy
            ('/', Some((c, clen))) if alen <= 2 && blen <= 2 && (clen == 4 || clen == 2) => {
                let y = if clen == 2 { 2000 + c as i32 } else { c as i32 };
                if !(1900..=2100).contains(&y) || a == 0 || b == 0 || a > 31 || b > 31 {
                    return None;
                }
                if a > 12 && b > 12 {
                    return None;
                }
                Some((end, DKind::Slash { a, b, y: YearSpec::Abs(y) }))
            }
            // d.m.yyyy
            ('.', Some((c, 4))) if alen <= 2 && blen <= 2 => {
                let y = c as i32;
                if !(1900..=2100).contains(&y) || !(1..=12).contains(&b) || !(1..=31).contains(&a) {
                    return None;
                }
                Some((end, day(YearSpec::Abs(y), b, a)))
            }
            // a/b without a year: only after "on"/"since"/... ; never 24/7 or 9/11.
            // ISO year-month "2024-03" (month written with two digits, so not "2011-12")
            ('-', None)
                if alen == 4
                    && blen == 2
                    && (1..=9).contains(&b)
                    && self.tk.get(i + 2).is_some_and(|t| t.text.starts_with('0')) =>
            {
                let y = a as i32;
                if !(1900..=2100).contains(&y) {
                    return None;
                }
                Some((end, DKind::Month { y: YearSpec::Abs(y), m: b }))
            }
            ('/', None) if alen <= 2 && blen <= 2 => {
                if (a, b) == (24, 7) || (a, b) == (9, 11) || a == 0 || b == 0 {
                    return None;
                }
                if a > 12 && b > 12 || a > 31 || b > 31 {
                    return None;
                }
                if !self.any(i.wrapping_sub(1), &["on", "since", "until", "till", "from"]) {
                    return None;
                }
                Some((end, DKind::Slash { a, b, y: YearSpec::Infer }))
            }
            _ => None,
        }
    }

    /// Words near a quarter that mark a results report ("earnings for the September quarter"):
    /// such quarters are read as the most recent one even in future-tense clauses.
    pub fn report_context(&self, t0: usize, t1: usize) -> bool {
        const REPORT: &[&str] = &[
            "results", "earnings", "revenue", "revenues", "profit", "profits", "sales", "report", "reports",
            "reported", "loss", "income",
        ];
        let lo = t0.saturating_sub(6);
        let hi = (t1 + 4).min(self.len());
        (lo..hi).any(|j| self.any(j, REPORT))
    }

    /// Quarters: "Q3 2024", "Q3", "3Q24", "2024 Q3", "the third quarter (of [calendar] 2024)",
    /// "third-quarter", "the last quarter of 2023". Fiscal quarters are skipped.
    pub fn quarter(&self, i: usize) -> Option<(usize, DKind)> {
        if self.fiscal_before(i) {
            return None;
        }
        // Qn
        let qn = |j: usize| -> Option<u32> {
            let t = self.tk.get(j)?;
            if t.is_word() && t.text == "Q" && self.tight(j + 1) {
                let (q, len) = self.n(j + 1)?;
                if len == 1 && (1..=4).contains(&q) {
                    return Some(q);
                }
            }
            None
        };
        let finish = |e: usize, q: u32, y: YearSpec| -> Option<(usize, DKind)> {
            // "Q3 FY24"/"fiscal" after → skip
            if self.any(e, &["fiscal", "fy"]) || self.is(e, "of") && self.any(e + 1, &["fiscal"]) {
                return None;
            }
            let report = self.report_context(i, e);
            Some((e, DKind::Quarter { y, q, report }))
        };
        if let Some(q) = qn(i) {
            if i > 0 && self.tight(i) && self.tk[i - 1].is_word() {
                return None;
            }
            let e = i + 2;
            if self.tight(e) && self.is_wordish(e) {
                return None;
            }
            // Q3'24
            if self.apos(e)
                && self.tight(e)
                && let Some((yy, 2)) = self.n(e + 1)
            {
                return finish(e + 2, q, YearSpec::Abs(2000 + yy as i32));
            }
            if let Some((e2, y)) = self.year_after(e) {
                return finish(e2, q, y);
            }
            // "Audi Q3": a model name, not a quarter.
            if i > 0
                && self.same_sent(i - 1, i)
                && self.cap(i - 1)
                && !self.tk[i - 1].all_caps()
                && !self.any(i - 1, DATE_PREP)
                && !self.any(i - 1, &["the", "its", "their", "our", "a", "this", "last", "next"])
            {
                return None;
            }
            return finish(e, q, YearSpec::Infer);
        }
        // 3Q24 / 3Q 2024
        if let Some((q, 1)) = self.n(i)
            && (1..=4).contains(&q)
            && self.standalone_prefix(i)
            && self.tight(i + 1)
            && self.tk.get(i + 1).is_some_and(|t| t.text == "Q")
        {
            if let Some((yy, 2)) = self.n(i + 2)
                && self.tight(i + 2)
            {
                return finish(i + 3, q, YearSpec::Abs(2000 + yy as i32));
            }
            if self.tk.get(i + 2).is_some_and(|t| t.sp)
                && let Some(y) = self.year4(i + 2)
            {
                return finish(i + 3, q, YearSpec::Abs(y));
            }
            return None;
        }
        // 2023's third quarter
        if let Some(y) = self.year4(i)
            && self.apos(i + 1)
            && self.is(i + 2, "s")
            && let Some((e, DKind::Quarter { q, report, .. })) = self.quarter(i + 3)
        {
            return Some((e, DKind::Quarter { y: YearSpec::Abs(y), q, report }));
        }
        // 2024 Q3
        if let Some(y) = self.year4(i)
            && let Some(q) = qn(i + 1).or_else(|| if self.dash(i + 1) { qn(i + 2) } else { None })
        {
            let e = if self.dash(i + 1) { i + 4 } else { i + 3 };
            return finish(e, q, YearSpec::Abs(y));
        }
        // ordinal quarter
        let (j, q) = match self.w(i)? {
            "first" => (i + 1, 1),
            "second" => (i + 1, 2),
            "third" => (i + 1, 3),
            "fourth" | "final" => (i + 1, 4),
            "last" if self.is(i + 1, "quarter") && self.is(i + 2, "of") => (i + 1, 4),
            _ => {
                // "1st quarter"
                return None;
            }
        };
        let j = if self.dash(j) { j + 1 } else { j };
        if !self.is(j, "quarter") {
            return None;
        }
        let e = j + 1;
        // "first quarter-century"
        if self.dash(e) && self.tight(e) {
            return None;
        }
        // of [calendar] 2024 / of the year / of last year / 2024
        let mut k = e;
        if self.is(k, "of") {
            k += 1;
            if self.any(k, &["fiscal", "financial"]) {
                return None;
            }
            if self.is(k, "calendar") {
                k += 1;
            }
            if let Some(y) = self.year4(k) {
                return finish(k + 1, q, YearSpec::Abs(y));
            }
            if self.any(k, &["this", "the", "last", "next"]) && self.is(k + 1, "year") {
                let d = match self.w(k) {
                    Some("last") => -1,
                    Some("next") => 1,
                    _ => 0,
                };
                return finish(k + 2, q, YearSpec::Rel(d));
            }
        } else if let Some(y) = self.year4(k) {
            return finish(k + 1, q, YearSpec::Abs(y));
        }
        finish(e, q, YearSpec::Infer)
    }

    fn standalone_prefix(&self, i: usize) -> bool {
        if i == 0 || self.tk[i].sp {
            return true;
        }
        let p = &self.tk[i - 1];
        !(p.is_word() || p.is_num() || p.punct().is_some_and(|c| c != '('))
    }

    /// A bare year in a date context: "in 2019", "since 2007", "early 2024", "2019 and 2021".
    fn year_bare(&self, i: usize) -> Option<(usize, DKind)> {
        let y = self.year4(i)?;
        if self.fiscal_before(i) {
            return None;
        }
        // "the 2022 outage", "its 2023 annual report", "a 2019 study"
        let attributive = i > 0
            && self.any(i - 1, &["the", "its", "their", "his", "her", "a", "an", "this", "that", "our"])
            && self.tk.get(i + 1).is_some_and(|t| {
                t.is_word()
                    && t.sp
                    && !t.cap()
                    && t.text.chars().count() > 2
                    && (!t.lower.ends_with('s') || t.lower.ends_with("ss"))
            })
            && self.same_sent(i, i + 1);
        if !self.date_context(i) && !attributive {
            // "2019's outage"
            let possessive = self.apos(i + 1)
                && self.tight(i + 1)
                && self.is(i + 2, "s")
                && self.tight(i + 2)
                && (i == 0 || !self.tk[i - 1].is_num());
            if !possessive {
                return None;
            }
        }
        // a units word: "in 1999 euros"
        if self.any(
            i + 1,
            &[
                "euros", "dollars", "yuan", "pounds", "yen", "people", "staff", "jobs", "km", "kg", "mb", "gb", "tb",
                "mw", "gw",
            ],
        ) {
            return None;
        }
        Some((i + 1, DKind::Year(y)))
    }

    /// "three days ago", "two years ago", "a day earlier", "two days later", "a year earlier".
    fn counted_relative(&self, i: usize) -> Option<(usize, DKind)> {
        let (j, n) = self.count(i)?;
        if n == 0 || n > 400 {
            return None;
        }
        let unit = self.w(j)?;
        let dir = self.w(j + 1);
        let n = n as i64;
        let single = n == 1 && matches!(self.w(i), Some("a" | "an" | "one"));
        match (unit, dir) {
            ("day" | "days", Some("ago")) => Some((j + 2, DKind::RelDays(-n))),
            ("day" | "days", Some("earlier" | "before")) => Some((j + 2, DKind::AnchorDays(-n))),
            ("day" | "days", Some("later" | "after")) => Some((j + 2, DKind::AnchorDays(n))),
            ("month" | "months", Some("ago")) => Some((j + 2, DKind::RelMonths(-(n as i32)))),
            ("year" | "years", Some("ago")) if single => Some((j + 2, DKind::YearAgo)),
            ("year" | "years", Some("ago")) => Some((j + 2, DKind::RelYears(-(n as i32)))),
            ("year" | "years", Some("earlier" | "before")) => Some((j + 2, DKind::AnchorYears(-(n as i32)))),
            ("year" | "years", Some("later")) => Some((j + 2, DKind::AnchorYears(n as i32))),
            _ => None,
        }
    }

    // ---------------------------------------------------------------- clock times

    /// am/pm marker at j ("pm", "p.m.", "PM", "p.m"): (end, is_pm).
    fn ampm(&self, j: usize) -> Option<(usize, bool)> {
        let w = self.w(j)?;
        match w {
            "am" | "pm" => {
                if self.tight(j + 1) && self.is_wordish(j + 1) {
                    return None;
                }
                Some((j + 1, w == "pm"))
            }
            "a" | "p" => {
                if self.pc(j + 1, '.') && self.tight(j + 1) && self.is(j + 2, "m") && self.tight(j + 2) {
                    let e = if self.pc(j + 3, '.') && self.tight(j + 3) { j + 4 } else { j + 3 };
                    Some((e, w == "p"))
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// Zone after a clock time: "UTC", "UTC+8", "(HKT)", "Pacific time", "Beijing time",
    /// "local time", "Z" (glued).
    pub fn zone(&self, j: usize) -> Option<(usize, Zone)> {
        let t = self.tk.get(j)?;
        if t.punct() == Some('(')
            && let Some((e, z)) = self.zone(j + 1)
            && self.pc(e, ')')
        {
            return Some((e + 1, z));
        }
        if !t.is_word() {
            return None;
        }
        if t.text == "Z" && !t.sp {
            return Some((j + 1, Zone::Named("utc".into())));
        }
        if ZONE_ABBR.contains(&t.text) {
            // UTC+8, GMT-05:00
            if matches!(t.text, "UTC" | "GMT")
                && let Some(sign) = self.tk.get(j + 1).and_then(|x| x.punct())
                && matches!(sign, '+' | '-' | '−')
                && let Some((h, hlen)) = self.n(j + 2)
            {
                let (mut e, mut hh, mut mm) = (j + 3, h, 0);
                if hlen == 4 {
                    hh = h / 100;
                    mm = h % 100;
                } else if hlen > 2 {
                    return Some((j + 1, Zone::Named(t.lower.clone())));
                } else if self.pc(j + 3, ':')
                    && let Some((m2, 2)) = self.n(j + 4)
                {
                    mm = m2;
                    e = j + 5;
                }
                if (hh <= 12 || sign == '+' && hh <= 14) && mm < 60 {
                    let s = if sign == '+' { '+' } else { '-' };
                    return Some((e, Zone::Named(format!("utc{s}{hh:02}:{mm:02}"))));
                }
            }
            return Some((j + 1, Zone::Named(t.lower.clone())));
        }
        // "local time"
        if t.lower == "local" && self.is(j + 1, "time") {
            return Some((j + 2, Zone::Local));
        }
        // Capitalised name (1–3 words) + [Standard|Daylight] + "time"
        if t.cap() {
            let probe = chrono::NaiveDate::from_ymd_opt(2020, 1, 1)?;
            for n in 1..=3 {
                let words: Vec<&str> = (j..j + n).filter_map(|k| self.w(k)).collect();
                if words.len() != n || !(j..j + n).all(|k| self.cap(k)) {
                    break;
                }
                let mut k = j + n;
                let mut name = words.join(" ");
                if self.any(k, &["standard", "daylight", "summer"]) && self.is(k + 1, "time") {
                    name = format!("{name} {}", self.w(k).unwrap_or_default());
                    k += 1;
                }
                if self.is(k, "time") && zone_offset(&name, probe).is_some() {
                    return Some((k + 1, Zone::Named(name)));
                }
            }
            if matches!(t.lower.as_str(), "pacific" | "eastern" | "central" | "mountain") && !self.cap(j + 1) {
                return Some((j + 1, Zone::Named(t.lower.clone())));
            }
        }
        None
    }

    /// A clock time starting at i. `relaxed`: the second half of a range ("to 16:50").
    pub fn time_at(&self, i: usize, relaxed: bool) -> Option<(usize, TAtom)> {
        let t = self.tk.get(i)?;
        if t.is_word() {
            let (h, weak_default) = match t.lower.as_str() {
                "noon" | "midday" => (12, true),
                "midnight" => (0, true),
                _ => return None,
            };
            let strong = self.any(i.wrapping_sub(1), &["at", "by", "until", "till", "from"]);
            let (e, zone) = match self.zone(i + 1) {
                Some((e, z)) => (e, Some(z)),
                None => (i + 1, None),
            };
            return Some((e, TAtom { h, m: 0, zone, weak: weak_default && !strong }));
        }
        let (h, hlen) = self.n(i)?;
        // Not glued to a preceding word/number/digit group (except ISO "T", or a range dash).
        if i > 0 && !t.sp {
            let p = &self.tk[i - 1];
            let iso_t = p.is_word() && p.lower == "t" && i >= 2 && self.tk[i - 2].is_num() && !p.sp;
            let range_dash = relaxed && p.punct().is_some_and(|c| matches!(c, '-' | '–' | '—'));
            let paren = p.punct() == Some('(');
            if !(iso_t || range_dash || paren) {
                return None;
            }
        }
        let mut j = i + 1;
        let mut minute: Option<u32> = None;
        let mut sep = None;
        if let Some(c) = self.tk.get(j).and_then(|x| x.punct())
            && matches!(c, ':' | '.')
            && self.tight(j)
            && self.tight(j + 1)
            && let Some((mm, 2)) = self.n(j + 1)
        {
            if mm > 59 {
                return None;
            }
            minute = Some(mm);
            sep = Some(c);
            j += 2;
            // seconds
            if c == ':'
                && self.pc(j, ':')
                && self.tight(j)
                && self.tight(j + 1)
                && let Some((_, 2)) = self.n(j + 1)
            {
                j += 2;
                // fractional seconds
                if self.pc(j, '.') && self.tight(j) && self.n(j + 1).is_some() && self.tight(j + 1) {
                    j += 2;
                }
            }
            // Glued continuation: "1.2.3", "10:30:5x"
            if let Some(nx) = self.tk.get(j)
                && !nx.sp
                && (nx.is_num()
                    || nx.punct().is_some_and(|c| matches!(c, '.' | ':' | ','))
                        && self.tk.get(j + 1).is_some_and(|x| x.is_num() && !x.sp))
            {
                return None;
            }
        }
        if hlen > 2 && !(hlen == 4 && minute.is_none()) {
            return None;
        }
        let ap = self.ampm(j);
        let mut hour = h;
        let mut mins = minute.unwrap_or(0);
        if let Some((e, pm)) = ap {
            if hlen > 2 || !(1..=12).contains(&h) {
                return None;
            }
            hour = match (h, pm) {
                (12, false) => 0,
                (12, true) => 12,
                (x, true) => x + 12,
                (x, false) => x,
            };
            j = e;
        } else {
            let glued_z = self.tk.get(j).is_some_and(|t| t.text == "Z");
            if self.tight(j) && self.is_wordish(j) && !glued_z {
                return None;
            }
            match (sep, hlen) {
                (Some(':'), _) => {
                    if hour > 23 {
                        return None;
                    }
                }
                (Some(_), _) => {
                    // "5.44" needs a zone or a clock preposition.
                    if hour > 23 {
                        return None;
                    }
                }
                (None, 4) => {
                    hour = h / 100;
                    mins = h % 100;
                    if hour > 23 || mins > 59 {
                        return None;
                    }
                }
                _ => return None,
            }
        }
        let zone = self.zone(j);
        if let Some((e, _)) = zone {
            j = e;
        }
        let zone = zone.map(|(_, z)| z);
        if ap.is_none() {
            let needs_support = sep == Some('.') || minute.is_none();
            if needs_support && zone.is_none() {
                let prep = self.any(i.wrapping_sub(1), &["at", "from", "until", "till", "between", "by", "around"]);
                if minute.is_none() || !(prep || relaxed) {
                    return None;
                }
                if self.pc(j, '%')
                    || self.any(j, &["percent", "per", "pc", "million", "billion", "times", "points", "cents"])
                {
                    return None;
                }
                // "shares closed at 12.40": a price, not a time.
                const PRICE: &[&str] = &[
                    "closed", "close", "closing", "ended", "opened", "traded", "trading", "shares", "stock", "stocks",
                    "price", "priced", "prices", "rose", "fell", "jumped", "dropped", "slipped", "climbed", "gained",
                    "index", "yield", "rate", "settled", "finished", "valued", "quoted", "peaked", "high", "low", "up",
                    "down",
                ];
                if (i.saturating_sub(5)..i).any(|k| self.any(k, PRICE)) {
                    return None;
                }
            }
        }
        Some((j, TAtom { h: hour, m: mins, zone, weak: false }))
    }

    /// A bare hour before a range connector and an am/pm time ("9 to 11am", "between 9 and
    /// 11.30am"): (end of the bare hour, hour, is_pm of the second).
    pub fn bare_hour_range(&self, i: usize) -> Option<(usize, u32)> {
        let (h, hlen) = self.n(i)?;
        if hlen > 2 || !(1..=12).contains(&h) || !self.standalone_num(i) {
            return None;
        }
        Some((i + 1, h))
    }

    /// Range connector after token end e: returns the index of the second element.
    pub fn range_conn(&self, e: usize, between: bool) -> Option<usize> {
        if self.dash(e) {
            return Some(e + 1);
        }
        if self.any(e, &["to", "until", "till", "through"]) || between && self.is(e, "and") {
            return Some(e + 1);
        }
        None
    }

    /// am/pm of the time atom spanning [i, e) if any.
    pub fn has_ampm(&self, i: usize, e: usize) -> Option<bool> {
        (i..e).find_map(|j| self.ampm(j).map(|(_, pm)| pm))
    }
}
