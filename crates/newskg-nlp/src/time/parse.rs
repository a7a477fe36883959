//! Recognisers for the temporal tagger.
//!
//! Consumes the token stream from `lex`; produces unresolved *atoms*: date-like expressions
//! ([`DKind`], e.g. "December 7th", "last month", "Sunday", "the June quarter") and clock times
//! ([`TAtom`], e.g. "5.44pm", "14:05 UTC"), each with a token span. Nothing here looks at the
//! publication date; `resolve` turns atoms into values.

use crate::lexicon::grammar::INDEFINITE_ARTICLES;
use crate::lexicon::grammar::TO;
use crate::lexicon::grammar::{AFTER, AS, BEFORE, IN, OF, POSSESSIVE_S, THE, THIS};
use crate::lexicon::time::{AT_LEAST, PERIOD_TO_NOUNS};
use crate::lexicon::time::{
    CURRENT_WORDS, FISCAL_WORDS, LAST_NEXT, NEXT_WORDS, ORDINAL_SUFFIXES, PAST_COMING, PERIOD_EDGES, PERIOD_ENDS,
    PREVIOUS_WORDS, THIS_WORDS,
};
use crate::lexicon::time::{CalendarUnit, DateModifier, is_earlier_word, is_later_word, value_of};
use crate::lexicon::time::{DATE_MODIFIERS, DAYTIME_PARTS, LAST_NIGHT, PERIOD_SHIFTS, PERIOD_UNITS, RELATIVE_DAYS};
use crate::lexicon::time::{DATE_PREP, MONTHS, NUM_WORDS, WEEKDAYS, ZONE_ABBR, is_part_of_day};
use crate::lexicon::time::{
    DAY, END, ERA_DAY_WORDS, MAY, MID, MONTH, PAST_WORD, QUARTER, TOMORROW, TONIGHT, YEAR, YESTERDAY,
};
use crate::lexicon::time::{EVERY_WORDS, ON_IN, PERIOD_MODIFIERS, RANGE_JOINERS};
use crate::lexicon::time::{HOLIDAYS, NEW_YEAR, NEW_YEAR_HOLIDAYS, NOT_SEASON_AFTER, SEASONS};
use crate::lexicon::words::is_in;
use chrono::Weekday;

use super::lex::Tok;
use crate::zones::zone_offset;

mod dates;

mod clock;

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
    /// "a year ago": like AnchorYears(-1) after a quarter or month in the same sentence, else the
    /// publication month a year back.
    YearAgo,
    /// "this summer", "in the fall": the year of the season that begins in month `m`.
    Season {
        y: YearSpec,
        m: u32,
    },
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
    /// Whether one of the word sequences `seqs` ends right before token `i`, in its sentence.
    pub fn preceded_by(&self, i: usize, seqs: &[&[&str]]) -> bool {
        seqs.iter().any(|h| {
            i >= h.len()
                && self.same_sent(i - h.len(), i)
                && h.iter().enumerate().all(|(k, w)| self.w(i - h.len() + k) == Some(*w))
        })
    }
    // ---------------------------------------------------------------- small pieces

    /// Month name at i (capitalised; abbreviations may carry a full stop): (end, month, abbrev).
    pub fn month(&self, i: usize) -> Option<(usize, u32, bool)> {
        let t = self.tk.get(i)?;
        if !t.is_word() || !t.cap() {
            return None;
        }
        let &(_, m, abbr) = MONTHS.iter().find(|(n, _, _)| *n == t.lower)?;
        if abbr && t.lower != MAY {
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
                let mid = matches!(c, '-') && i >= 2 && self.is(i - 2, MID);
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

    /// A 4-digit year 1800–2100 standing on its own.
    pub fn year4(&self, i: usize) -> Option<i32> {
        let (v, len) = self.n(i)?;
        if len == 4 && (1800..=2100).contains(&v) && self.standalone_num(i) { Some(v as i32) } else { None }
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
        if self.tight(i + 1) && self.any(i + 1, ORDINAL_SUFFIXES) {
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
            && let Some(u) = self.w(i + 2).and_then(|u| {
                NUM_WORDS.iter().find(|(n, x)| *n == u && (1..=9).contains(x) && !is_in(INDEFINITE_ARTICLES, n))
            })
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
        if self.dash(i - 1) && self.tight(i) && i >= 2 && self.is(i - 2, MID) {
            return true;
        }
        // "until at least 2031": the date preposition stands before "at least".
        if i >= 3 && self.w(i - 2) == Some(AT_LEAST[0]) && self.w(i - 1) == Some(AT_LEAST[1]) {
            return self.date_context(i - 2);
        }
        if let Some(w) = self.w(i - 1) {
            // "in the six months to September": the end of a period.
            if w == TO && i >= 2 && self.any(i - 2, PERIOD_TO_NOUNS) {
                return true;
            }
            if DATE_PREP.contains(&w) {
                // "as" only in "as of"; handled by "of".
                return w != AS;
            }
            // Lists and ranges: "in May and June", "between 2019 and 2021", "2019 to 2021".
            if is_in(RANGE_JOINERS, w) && i >= 2 {
                // "2004, 2005, and 2006": a serial comma before the joiner.
                if self.pc(i - 2, ',') && i >= 3 {
                    return self.is_month_or_year(i - 3);
                }
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

    /// "fiscal"/"financial"/"FY" shortly before i (quarters and years then are not calendar),
    /// unless a date preposition or a punctuation mark stands between them: "financial problems
    /// in 2003" is a calendar year, "the financial year 2003" is not.
    fn fiscal_before(&self, i: usize) -> bool {
        let lo = i.saturating_sub(3);
        (lo..i).any(|j| {
            self.any(j, FISCAL_WORDS)
                && !(j + 1..i).any(|k| {
                    self.any(k, DATE_PREP) && !self.is(k, YEAR) || self.pc(k, ',') || self.pc(k, '.') || self.pc(k, ';')
                })
        })
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
            self.season(i),
        ];
        cands.into_iter().flatten().max_by_key(|(e, _)| *e)
    }

    /// "the end of the year", "the start of 2024", "the day before", "the following day",
    /// "the 3rd of March", "the first quarter of 2025", "the June quarter".
    fn the_forms(&self, i: usize) -> Option<(usize, DKind)> {
        if !self.is(i, THE) {
            return None;
        }
        let j = i + 1;
        // the end/start/beginning/middle of X
        if self.any(j, PERIOD_EDGES) && self.is(j + 1, OF) {
            let end_like = self.any(j, PERIOD_ENDS);
            let k = j + 2;
            if let Some((e, kind)) = self.period_after_of(k, end_like) {
                return Some((e, kind));
            }
        }
        // the day before yesterday / after tomorrow
        if self.is(j, DAY) {
            if self.is(j + 1, BEFORE) && self.is(j + 2, YESTERDAY) {
                return Some((j + 3, DKind::RelDays(-2)));
            }
            if self.is(j + 1, AFTER) && self.is(j + 2, TOMORROW) {
                return Some((j + 3, DKind::RelDays(2)));
            }
            if self.w(j + 1).is_some_and(is_earlier_word) && !self.is_wordish_noun_after(j + 2) {
                return Some((j + 2, DKind::AnchorDays(-1)));
            }
            if self.w(j + 1).is_some_and(is_later_word) && !self.is_wordish_noun_after(j + 2) {
                return Some((j + 2, DKind::AnchorDays(1)));
            }
        }
        if self.any(j, NEXT_WORDS) && self.is(j + 1, DAY) {
            return Some((j + 2, DKind::AnchorDays(1)));
        }
        // "the following year": the year after the date just named ("the next year" is mostly a
        // span: "over the next year").
        if self.any(j, NEXT_WORDS)
            && self.w(j).and_then(|w| value_of(LAST_NEXT, w)).is_none()
            && self.is(j + 1, YEAR)
            && !self.apos(j + 2)
        {
            return Some((j + 2, DKind::AnchorYears(1)));
        }
        if self.any(j, PREVIOUS_WORDS) && self.is(j + 1, DAY) {
            return Some((j + 2, DKind::AnchorDays(-1)));
        }
        if self.any(j, CURRENT_WORDS) {
            if self.is(j + 1, YEAR) {
                return Some((j + 2, DKind::RelYears(0)));
            }
            if self.is(j + 1, QUARTER) && !self.fiscal_before(i) {
                return Some((j + 2, DKind::RelQuarters(0)));
            }
            if self.is(j + 1, MONTH) {
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
        // The edge of a year is that year (the corpus guidelines' reading of "the end of last
        // year", "the beginning of the year", "the start of 2024"), except that "the end of the
        // year" reads as a deadline in December.
        if end_like && self.is(k, THE) && self.is(k + 1, YEAR) {
            return Some((k + 2, DKind::Month { y: YearSpec::Rel(0), m: 12 }));
        }
        if self.any(k, THIS_WORDS) && self.is(k + 1, YEAR) {
            return Some((k + 2, DKind::RelYears(0)));
        }
        if let Some(d) = self.w(k).and_then(|w| value_of(LAST_NEXT, w))
            && self.is(k + 1, YEAR)
        {
            return Some((k + 2, DKind::RelYears(d)));
        }
        if self.any(k, THIS_WORDS) && self.is(k + 1, MONTH) {
            return Some((k + 2, DKind::RelMonths(0)));
        }
        if let Some(d) = self.w(k).and_then(|w| value_of(LAST_NEXT, w))
            && self.is(k + 1, MONTH)
        {
            return Some((k + 2, DKind::RelMonths(d)));
        }
        if self.any(k, THIS_WORDS) && self.is(k + 1, QUARTER) {
            return Some((k + 2, DKind::RelQuarters(0)));
        }
        if let Some(y) = self.year4(k) {
            if self.fiscal_before(k) {
                return None;
            }
            return Some((k + 1, DKind::Year(y)));
        }
        let k2 = if self.is(k, THE) { k + 1 } else { k };
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
        match value_of(DATE_MODIFIERS, w) {
            Some(DateModifier::Edge) => {
                let mut j = i + 1;
                if self.any(j, ON_IN) {
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
                        | DKind::Season { .. }
                );
                if ok { Some((e, kind)) } else { None }
            }
            Some(DateModifier::Middle) => {
                let j = if self.dash(i + 1) { i + 2 } else { i + 1 };
                let (e, kind) = self.core(j)?;
                if matches!(kind, DKind::Month { .. } | DKind::Year(_) | DKind::RelYears(_)) {
                    Some((e, kind))
                } else {
                    None
                }
            }
            Some(DateModifier::WithinCurrent) => {
                if self.is(i + 1, THIS) || self.is(i + 1, IN) && self.is(i + 2, THE) {
                    let k = i + 2 + usize::from(self.is(i + 1, IN));
                    if self.is(k, YEAR) {
                        return Some((k + 1, DKind::RelYears(0)));
                    }
                    if self.is(k, MONTH) {
                        return Some((k + 1, DKind::RelMonths(0)));
                    }
                }
                None
            }
            None if is_in(PERIOD_MODIFIERS, w) => self.rel_period(i),
            None => None,
        }
    }

    fn rel_period(&self, i: usize) -> Option<(usize, DKind)> {
        let w = self.w(i)?;
        if !is_in(PERIOD_MODIFIERS, w) {
            return None;
        }
        let mut j = i + 1;
        // "this past Sunday", "this coming Monday"
        let mut md = match value_of(PERIOD_SHIFTS, w) {
            Some(-1) => WdMod::Last,
            Some(1) => WdMod::Next,
            _ => WdMod::This,
        };
        if w == THIS && self.any(j, PAST_COMING) {
            md = if self.is(j, PAST_WORD) { WdMod::Plain } else { WdMod::Next };
            j += 1;
        }
        let k: i32 = match md {
            WdMod::Last => -1,
            WdMod::Next => 1,
            _ => 0,
        };
        if let Some(wd) = self.weekday(j) {
            if w == PAST_WORD {
                return None;
            }
            let mut e = j + 1;
            if self.w(e).is_some_and(is_part_of_day) {
                e += 1;
            }
            return Some((e, DKind::Weekday { wd, md }));
        }
        if is_in(PAST_COMING, w) {
            return None;
        }
        let (night_before, night) = LAST_NIGHT;
        // "over the last year", "within the next month": a span of time, not a calendar period.
        let span = i > 0 && self.is(i - 1, THE);
        match self.w(j).and_then(|u| value_of(PERIOD_UNITS, u)) {
            Some(CalendarUnit::Year | CalendarUnit::Month) if span => None,
            Some(CalendarUnit::Year) => {
                // "last year's results" is fine; "next year" too.
                Some((j + 1, DKind::RelYears(k)))
            }
            Some(CalendarUnit::Month) => Some((j + 1, DKind::RelMonths(k))),
            Some(CalendarUnit::Quarter) => {
                if self.fiscal_before(i) || self.is(j + 1, OF) {
                    // "the last quarter of 2023" is handled by `quarter`.
                    return None;
                }
                Some((j + 1, DKind::RelQuarters(k)))
            }
            _ if w == night_before && self.is(j, night) => Some((j + 1, DKind::RelDays(-1))),
            _ if w == THIS && self.any(j, DAYTIME_PARTS) => Some((j + 1, DKind::RelDays(0))),
            _ => {
                let (e, m, abbr) = self.month(j)?;
                if abbr {
                    return None;
                }
                // "next May 5" → a day; leave that to month_first.
                if self.day_num(e).is_some() || self.year4(e).is_some() {
                    return None;
                }
                if self.is(e, QUARTER) {
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

    /// "this summer", "last winter", "next spring", "in the fall", "the summer of 2019": the
    /// season's year. "the fall" needs a date preposition before it and is no date before
    /// "in"/"of" and the like ("the fall in prices").
    fn season(&self, i: usize) -> Option<(usize, DKind)> {
        let lead = self.w(i)?;
        let m = value_of(SEASONS, self.w(i + 1)?)?;
        if self.is(i + 2, OF)
            && let Some(y) = self.year4(i + 3)
        {
            return Some((i + 4, DKind::Year(y)));
        }
        if self.any(i + 2, NOT_SEASON_AFTER) || self.apos(i + 2) {
            return None;
        }
        let y = if lead == THIS {
            YearSpec::Rel(0)
        } else if let Some(k) = value_of(LAST_NEXT, lead) {
            if k < 0 { YearSpec::Last } else { YearSpec::Next }
        } else if lead == THE && i > 0 && self.any(i - 1, DATE_PREP) {
            YearSpec::Infer
        } else {
            return None;
        };
        Some((i + 2, DKind::Season { y, m }))
    }

    /// today, tonight, yesterday, tomorrow (+ part of day).
    fn relative_words(&self, i: usize) -> Option<(usize, DKind)> {
        let w = self.w(i)?;
        // Fixed-date holidays: "Christmas Day", "New Year's Eve".
        if self.cap(i) {
            let (new, year) = NEW_YEAR;
            let holiday =
                HOLIDAYS.iter().find(|&&(first, second, _, _)| w == first && self.cap(i + 1) && self.is(i + 1, second));
            let (e, m, d) = if let Some(&(_, _, m, d)) = holiday {
                (i + 2, m, d)
            } else if w == new
                && self.is(i + 1, year)
                && self.apos(i + 2)
                && self.is(i + 3, POSSESSIVE_S)
                && self.cap(i + 4)
            {
                let (_, m, d) = NEW_YEAR_HOLIDAYS.iter().find(|&&(h, _, _)| self.is(i + 4, h))?;
                (i + 5, *m, *d)
            } else {
                (0, 0, 0)
            };
            if e > 0 {
                let (e2, y) = self.year_after(e).unwrap_or((e, YearSpec::Infer));
                return Some((e2, DKind::Day { y, m, d, wd: None, style: Style::Numeric }));
            }
        }
        // "year-end", "by year end"
        if w == YEAR && (self.dash(i + 1) && self.is(i + 2, END) || self.is(i + 1, END)) {
            if self.fiscal_before(i) {
                return None;
            }
            let e = if self.dash(i + 1) { i + 3 } else { i + 2 };
            return Some((e, DKind::Month { y: YearSpec::Rel(0), m: 12 }));
        }
        let k = value_of(RELATIVE_DAYS, w)?;
        // "the customers of tomorrow": an era, not a day ("as of today" is a day).
        if is_in(ERA_DAY_WORDS, w) && i > 0 && self.is(i - 1, OF) && !(i > 1 && self.is(i - 2, AS)) && !self.apos(i + 1)
        {
            return None;
        }
        // "USA Today", "Good Morning Tomorrow": the word ends a name.
        if self.cap(i) && i > 0 && self.same_sent(i - 1, i) && self.tk[i - 1].is_word() && self.tk[i - 1].cap() {
            return None;
        }
        let mut e = i + 1;
        if w != TONIGHT && self.w(e).is_some_and(is_part_of_day) {
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
                use crate::lexicon::time::WEEKDAY_OK_BEFORE as OK_BEFORE;
                if !OK_BEFORE.contains(&p.lower.as_str()) {
                    return None;
                }
            }
            if p.is_word() && is_in(EVERY_WORDS, p.lower.as_str()) {
                return None;
            }
            // "shops are busy on a Saturday": any such day, not a date.
            if self.preceded_by(i, crate::lexicon::time::GENERIC_WEEKDAY_LEADS) {
                return None;
            }
        }
        use crate::lexicon::time::WEEKDAY_NAME_AFTER as NAME_AFTER;
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
        if self.w(e).is_some_and(is_part_of_day) {
            e += 1;
        }
        Some((e, DKind::Weekday { wd, md: WdMod::Plain }))
    }
}
