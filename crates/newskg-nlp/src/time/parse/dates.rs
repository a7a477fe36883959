//! Dates: the parser's methods for month-first, day-first and numeric dates, bare years and counted
//! relative days.

use super::*;
use crate::lexicon::grammar::{OF, POSSESSIVE_S, SS_SUFFIX, THAN};
use crate::lexicon::time::ONE_WORDS;
use crate::lexicon::time::{
    ATTRIBUTIVE_DETERMINERS, DATE_PREP_STRONG, FISCAL_ADJECTIVES, FISCAL_LEADS, QUARTER_DETERMINERS, UNITS_AFTER_YEAR,
    YEAR_DEICTICS, YEAR_DETERMINERS, YEAR_SUBJECT_VERBS,
};
use crate::lexicon::time::{CALENDAR, FISCAL, ISO_TIME_SEPARATOR, MAY, QUARTER, YEAR};
use crate::lexicon::time::{
    CLAUSE_END_WORDS, ROUGH_OFFSET_HEDGES, YEAR_END_LEADS, YEAR_ENDING_WORDS, YEAR_RESULT_NOUNS,
};
use crate::lexicon::time::{COUNTED_UNITS, LAST_NEXT, LAST_QUARTER_OF, OFFSET_DIRECTIONS, QUARTER_ORDINALS};
use crate::lexicon::time::{CalendarUnit, OffsetDirection, value_of};
use crate::lexicon::words::is_in;

impl P<'_, '_> {
    /// Year after a day or month: ", 2024", " 2024", " of 2024", "this year", "of last year".
    pub(super) fn year_after(&self, e: usize) -> Option<(usize, YearSpec)> {
        let mut k = e;
        if self.pc(k, ',') || self.is(k, OF) {
            k += 1;
        }
        if let Some(y) = self.year4(k) {
            return Some((k + 1, YearSpec::Abs(y)));
        }
        // "September this year", "April of last year"
        if (k == e || self.is(e, OF)) && self.any(k, YEAR_DEICTICS) && self.is(k + 1, YEAR) {
            let d = self.w(k).and_then(|w| value_of(LAST_NEXT, w)).unwrap_or(0);
            return Some((k + 2, YearSpec::Rel(d)));
        }
        None
    }

    /// "March 3rd, 2024", "March 3", "Mar. 3", "March 2019", "September this year",
    /// "the June quarter" (without "the"), bare "June" after a date preposition.
    pub(super) fn month_first(&self, i: usize) -> Option<(usize, DKind)> {
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
            if self.is(e2, QUARTER) {
                if self.fiscal_before(i) {
                    return None;
                }
                return Some((e2 + 1, DKind::Quarter { y, q: (m - 1) / 3 + 1, report: false }));
            }
            return Some((e2, DKind::Month { y, m }));
        }
        // Month quarter: "the June quarter", "September-quarter"
        let qe = if self.is(e, QUARTER) {
            Some(e + 1)
        } else if self.dash(e) && self.is(e + 1, QUARTER) {
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
        // "February's sales": a month with a possessive ("May's" is a name).
        let possessive =
            self.apos(e) && self.tight(e) && self.is(e + 1, POSSESSIVE_S) && self.tight(e + 1) && !self.is(i, MAY);
        if abbr || !(self.date_context(i) || possessive) {
            return None;
        }
        Some((e, DKind::Month { y: YearSpec::Infer, m }))
    }

    /// "3 March 2024", "28 December", "3rd of March", "5 Dec. 2021".
    pub(super) fn day_first(&self, i: usize) -> Option<(usize, DKind)> {
        let (e, d) = self.day_num(i)?;
        let mut k = e;
        if self.is(k, OF) {
            k += 1;
        }
        let (e2, m, _) = self.month(k)?;
        let (e3, y) = self.year_after(e2).unwrap_or((e2, YearSpec::Infer));
        Some((e3, DKind::Day { y, m, d, wd: None, style: Style::DayFirst }))
    }

    /// ISO "2024-03-05", "2024/03/05", "05/03/2024", "5.3.2024", "3/5/24"; "3/5" after "on".
    pub(super) fn numeric_date(&self, i: usize) -> Option<(usize, DKind)> {
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
            && (nx.is_word() && nx.lower != ISO_TIME_SEPARATOR || nx.is_num())
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
                if !self.any(i.wrapping_sub(1), DATE_PREP_STRONG) {
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
        use crate::lexicon::time::REPORT_WORDS as REPORT;
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
        if let Some(q) = self.q_number(i) {
            return self.q_quarter(i, q);
        }
        // 3Q24 / 3Q 2024
        if let Some((q, 1)) = self.n(i)
            && (1..=4).contains(&q)
            && self.standalone_prefix(i)
            && self.tight(i + 1)
            && self.tk.get(i + 1).is_some_and(|t| t.text == "Q")
        {
            return self.number_q_quarter(i, q);
        }
        // 2023's third quarter
        if let Some(y) = self.year4(i)
            && self.apos(i + 1)
            && self.is(i + 2, POSSESSIVE_S)
            && let Some((e, DKind::Quarter { q, report, .. })) = self.quarter(i + 3)
        {
            return Some((e, DKind::Quarter { y: YearSpec::Abs(y), q, report }));
        }
        // 2024 Q3
        if let Some(y) = self.year4(i)
            && let Some(q) = self.q_number(i + 1).or_else(|| if self.dash(i + 1) { self.q_number(i + 2) } else { None })
        {
            let e = if self.dash(i + 1) { i + 4 } else { i + 3 };
            return self.quarter_ending(i, e, q, YearSpec::Abs(y));
        }
        // "the first quarter of the year ending March 31": a fiscal year's quarter.
        self.ordinal_quarter(i).filter(|(e, _)| !self.any(*e, YEAR_ENDING_WORDS))
    }

    /// The quarter number of "Q3" at `j` ("Q" then one digit 1-4, written together).
    fn q_number(&self, j: usize) -> Option<u32> {
        let t = self.tk.get(j)?;
        if t.is_word() && t.text == "Q" && self.tight(j + 1) {
            let (q, len) = self.n(j + 1)?;
            if len == 1 && (1..=4).contains(&q) {
                return Some(q);
            }
        }
        None
    }

    /// Whether the yearless "Qn" from `i` to `e` opens a line and a speaker's label follows it:
    /// capitalised words (and full stops) up to a colon, at most four tokens ("Q1 Chair:", "Q2 Mr.
    /// Smith:"). Oral-evidence transcripts number their questions so.
    fn question_number(&self, i: usize, e: usize) -> bool {
        let opens_line = i == 0 || self.tk.get(i).is_some_and(|t| t.nl);
        opens_line
            && (e..e + 4)
                .take_while(|&j| self.cap(j) || self.pc(j, '.') || self.pc(j, ':'))
                .find(|&j| self.pc(j, ':'))
                .is_some_and(|j| j > e)
    }

    /// The quarter that starts at `i` and ends before `e`, unless a fiscal word follows ("Q3
    /// FY24", "Q3 of fiscal 2024"); marked when the context is a financial report.
    fn quarter_ending(&self, i: usize, e: usize, q: u32, y: YearSpec) -> Option<(usize, DKind)> {
        // "Q3 FY24"/"fiscal" after → skip
        if self.any(e, FISCAL_LEADS) || self.is(e, OF) && self.is(e + 1, FISCAL) {
            return None;
        }
        let report = self.report_context(i, e);
        Some((e, DKind::Quarter { y, q, report }))
    }

    /// "Q3", "Q3'24", "Q3 2024" at `i` (quarter `q`); not glued to a word before or after, and not
    /// a model name ("Audi Q3").
    fn q_quarter(&self, i: usize, q: u32) -> Option<(usize, DKind)> {
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
            return self.quarter_ending(i, e + 2, q, YearSpec::Abs(2000 + yy as i32));
        }
        if let Some((e2, y)) = self.year_after(e) {
            return self.quarter_ending(i, e2, q, y);
        }
        // "Q1 Chair: Welcome": a committee transcript's question number, not a quarter.
        if self.question_number(i, e) {
            return None;
        }
        // "Audi Q3": a model name, not a quarter.
        if i > 0
            && self.same_sent(i - 1, i)
            && self.cap(i - 1)
            && !self.tk[i - 1].all_caps()
            && !self.any(i - 1, DATE_PREP)
            && !self.any(i - 1, QUARTER_DETERMINERS)
        {
            return None;
        }
        self.quarter_ending(i, e, q, YearSpec::Infer)
    }

    /// "3Q24", "3Q 2024" at `i` (quarter `q`): the year after it, else nothing.
    fn number_q_quarter(&self, i: usize, q: u32) -> Option<(usize, DKind)> {
        if let Some((yy, 2)) = self.n(i + 2)
            && self.tight(i + 2)
        {
            return self.quarter_ending(i, i + 3, q, YearSpec::Abs(2000 + yy as i32));
        }
        if self.tk.get(i + 2).is_some_and(|t| t.sp)
            && let Some(y) = self.year4(i + 2)
        {
            return self.quarter_ending(i, i + 3, q, YearSpec::Abs(y));
        }
        None
    }

    /// "the third quarter (of [calendar] 2024 / of the year / of last year)", "third-quarter",
    /// "the last quarter of 2023" at `i`; not "first quarter-century".
    fn ordinal_quarter(&self, i: usize) -> Option<(usize, DKind)> {
        let w = self.w(i)?;
        let (last, last_q) = LAST_QUARTER_OF;
        let q = match value_of(QUARTER_ORDINALS, w) {
            Some(q) => q,
            None if w == last && self.is(i + 1, QUARTER) && self.is(i + 2, OF) => last_q,
            // "1st quarter"
            None => return None,
        };
        let j = i + 1;
        let j = if self.dash(j) { j + 1 } else { j };
        if !self.is(j, QUARTER) {
            return None;
        }
        let e = j + 1;
        // "first quarter-century"
        if self.dash(e) && self.tight(e) {
            return None;
        }
        // of [calendar] 2024 / of the year / of last year / 2024
        let mut k = e;
        if self.is(k, OF) {
            k += 1;
            if self.any(k, FISCAL_ADJECTIVES) {
                return None;
            }
            if self.is(k, CALENDAR) {
                k += 1;
            }
            if let Some(y) = self.year4(k) {
                return self.quarter_ending(i, k + 1, q, YearSpec::Abs(y));
            }
            if self.any(k, YEAR_DETERMINERS) && self.is(k + 1, YEAR) {
                let d = self.w(k).and_then(|w| value_of(LAST_NEXT, w)).unwrap_or(0);
                return self.quarter_ending(i, k + 2, q, YearSpec::Rel(d));
            }
        } else if let Some(y) = self.year4(k) {
            return self.quarter_ending(i, k + 1, q, YearSpec::Abs(y));
        }
        self.quarter_ending(i, e, q, YearSpec::Infer)
    }

    pub(super) fn standalone_prefix(&self, i: usize) -> bool {
        if i == 0 || self.tk[i].sp {
            return true;
        }
        let p = &self.tk[i - 1];
        !(p.is_word() || p.is_num() || p.punct().is_some_and(|c| c != '('))
    }

    /// A bare year in a date context: "in 2019", "since 2007", "early 2024", "2019 and 2021".
    pub(super) fn year_bare(&self, i: usize) -> Option<(usize, DKind)> {
        let y = self.year4(i)?;
        if self.fiscal_before(i) {
            return None;
        }
        // "the 2022 outage", "its 2023 annual report", "a 2019 study", "Acme's 2008 revenue"
        let possessor = i >= 2 && self.is(i - 1, POSSESSIVE_S) && self.apos(i - 2) && self.tight(i - 1);
        let attributive = i > 0
            && (self.any(i - 1, ATTRIBUTIVE_DETERMINERS) || possessor)
            && self.tk.get(i + 1).is_some_and(|t| {
                t.is_word()
                    && t.sp
                    && !t.cap()
                    && t.text.chars().count() > 2
                    && (!t.lower.ends_with('s') || t.lower.ends_with(SS_SUFFIX))
            })
            && self.same_sent(i, i + 1);
        // "2009 was a pivotal year": the year as the subject of its clause.
        let subject = self.any(i + 1, YEAR_SUBJECT_VERBS)
            && self.tk.get(i + 1).is_some_and(|t| t.sp)
            && self.same_sent(i, i + 1)
            && (i == 0 || !self.tk[i - 1].is_num() && !self.any(i - 1, ATTRIBUTIVE_DETERMINERS));
        // "to cut 2025 earnings": a result or plan noun of the year.
        let result = self.any(i + 1, YEAR_RESULT_NOUNS)
            && self.tk.get(i + 1).is_some_and(|t| t.sp)
            && self.same_sent(i, i + 1)
            && (i == 0 || !self.tk[i - 1].is_num());
        // "delayed to 2031.", "a loss for 2012,": a year that ends its clause after "to"/"for".
        let clause_end =
            i >= 2 && self.any(i - 1, YEAR_END_LEADS) && !self.tk[i - 2].is_num() && self.ends_clause(i, i + 1);
        if !self.date_context(i) && !attributive && !subject && !result && !clause_end {
            // "2019's outage"
            let possessive = self.apos(i + 1)
                && self.tight(i + 1)
                && self.is(i + 2, POSSESSIVE_S)
                && self.tight(i + 2)
                && (i == 0 || !self.tk[i - 1].is_num());
            if !possessive {
                return None;
            }
        }
        // a units word: "in 1999 euros"
        if self.any(i + 1, UNITS_AFTER_YEAR) {
            return None;
        }
        Some((i + 1, DKind::Year(y)))
    }

    /// Whether token `k` ends the clause of token `i`: the end of the text or the sentence, a
    /// clause mark, or a word of [`CLAUSE_END_WORDS`].
    pub fn ends_clause(&self, i: usize, k: usize) -> bool {
        k >= self.len()
            || !self.same_sent(i, k)
            || [',', '.', ';', ':', ')'].iter().any(|&c| self.pc(k, c))
            || self.any(k, CLAUSE_END_WORDS)
    }

    /// Whether one of [`ROUGH_OFFSET_HEDGES`] ends right before token `i`, in its sentence.
    fn rough_offset(&self, i: usize) -> bool {
        self.preceded_by(i, ROUGH_OFFSET_HEDGES)
    }

    /// "three days ago", "two years ago", "a day earlier", "two days later", "a year earlier".
    pub(super) fn counted_relative(&self, i: usize) -> Option<(usize, DKind)> {
        let (j, n) = self.count(i)?;
        if n == 0 || n > 400 {
            return None;
        }
        let unit = self.w(j)?;
        let dir = self.w(j + 1);
        let n = n as i64;
        let single = n == 1 && self.w(i).is_some_and(|w| is_in(ONE_WORDS, w));
        let unit = value_of(COUNTED_UNITS, unit)?;
        let dir = value_of(OFFSET_DIRECTIONS, dir?)?;
        // "three days later than planned", "a year earlier than expected": a delay or an
        // advance, not a date; "some ten years ago": too rough to date.
        if self.is(j + 2, THAN) || self.rough_offset(i) {
            return None;
        }
        use CalendarUnit::{Day, Month, Year};
        use OffsetDirection::{After, Ago, Before, Later};
        match (unit, dir) {
            (Day, Ago) => Some((j + 2, DKind::RelDays(-n))),
            (Day, Before) => Some((j + 2, DKind::AnchorDays(-n))),
            (Day, Later | After) => Some((j + 2, DKind::AnchorDays(n))),
            (Month, Ago) => Some((j + 2, DKind::RelMonths(-(n as i32)))),
            (Year, Ago) if single => Some((j + 2, DKind::YearAgo)),
            (Year, Ago) => Some((j + 2, DKind::RelYears(-(n as i32)))),
            (Year, Before) => Some((j + 2, DKind::AnchorYears(-(n as i32)))),
            (Year, Later) => Some((j + 2, DKind::AnchorYears(n as i32))),
            _ => None,
        }
    }

    // ---------------------------------------------------------------- clock times
}
