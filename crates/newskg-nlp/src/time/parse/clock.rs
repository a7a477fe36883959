//! Clock times: the parser's methods for times of day, am/pm, zones and ranges.

use super::*;
use crate::lexicon::time::{
    CLOCK_PREPOSITIONS, CLOCK_RANGE_JOINERS, CLOCK_STRONG_BEFORE, NOT_CLOCK_AFTER, ZONE_SEASONS,
};
use crate::lexicon::time::{OFFSET_ZONES, US_ZONE_WORDS};
use crate::lexicon::words::is_in;

impl P<'_, '_> {
    /// am/pm marker at j ("pm", "p.m.", "PM", "p.m"): (end, is_pm).
    pub(super) fn ampm(&self, j: usize) -> Option<(usize, bool)> {
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
            if is_in(OFFSET_ZONES, t.text)
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
                if self.any(k, ZONE_SEASONS) && self.is(k + 1, "time") {
                    name = format!("{name} {}", self.w(k).unwrap_or_default());
                    k += 1;
                }
                if self.is(k, "time") && zone_offset(&name, probe).is_some() {
                    return Some((k + 1, Zone::Named(name)));
                }
            }
            if is_in(US_ZONE_WORDS, t.lower.as_str()) && !self.cap(j + 1) {
                return Some((j + 1, Zone::Named(t.lower.clone())));
            }
        }
        None
    }

    /// A clock time starting at i. `relaxed`: the second half of a range ("to 16:50").
    pub fn time_at(&self, i: usize, relaxed: bool) -> Option<(usize, TAtom)> {
        let t = self.tk.get(i)?;
        if t.is_word() {
            return self.named_time(i);
        }
        let (h, hlen) = self.n(i)?;
        if !self.clock_start_ok(i, relaxed) {
            return None;
        }
        let (mut j, minute, sep) = self.clock_minutes(i + 1)?;
        if hlen > 2 && !(hlen == 4 && minute.is_none()) {
            return None;
        }
        let ap = self.ampm(j);
        let (hour, mins) = self.clock_hour(h, hlen, minute, sep, ap, j)?;
        if let Some((e, _)) = ap {
            j = e;
        }
        let zone = self.zone(j);
        if let Some((e, _)) = zone {
            j = e;
        }
        let zone = zone.map(|(_, z)| z);
        if ap.is_none() && !self.clock_supported(i, j, relaxed, sep, minute, zone.is_some()) {
            return None;
        }
        Some((j, TAtom { h: hour, m: mins, zone, weak: false }))
    }

    /// "noon", "midday", "midnight" at `i`, with a zone after it; weak unless a clock preposition
    /// comes before it ("at noon").
    fn named_time(&self, i: usize) -> Option<(usize, TAtom)> {
        let t = self.tk.get(i)?;
        let (h, weak_default) = match t.lower.as_str() {
            "noon" | "midday" => (12, true),
            "midnight" => (0, true),
            _ => return None,
        };
        let strong = self.any(i.wrapping_sub(1), CLOCK_STRONG_BEFORE);
        let (e, zone) = match self.zone(i + 1) {
            Some((e, z)) => (e, Some(z)),
            None => (i + 1, None),
        };
        Some((e, TAtom { h, m: 0, zone, weak: weak_default && !strong }))
    }

    /// Whether the number at `i` may start a clock time: not glued to a preceding word, number or
    /// digit group, except ISO "T", a range dash (when `relaxed`) or an opening bracket.
    fn clock_start_ok(&self, i: usize, relaxed: bool) -> bool {
        let Some(t) = self.tk.get(i) else { return false };
        if i > 0 && !t.sp {
            let p = &self.tk[i - 1];
            let iso_t = p.is_word() && p.lower == "t" && i >= 2 && self.tk[i - 2].is_num() && !p.sp;
            let range_dash = relaxed && p.punct().is_some_and(|c| matches!(c, '-' | '–' | '—'));
            let paren = p.punct() == Some('(');
            if !(iso_t || range_dash || paren) {
                return false;
            }
        }
        true
    }

    /// The minutes after an hour, from `j`: ":30" or ".30" (with seconds and fractions after a
    /// colon), as (the token after them, minute, separator); none at all is (j, None, None).
    /// Nothing when they cannot be a clock's (over 59, or glued on as in "1.2.3", "10:30:5x").
    fn clock_minutes(&self, mut j: usize) -> Option<(usize, Option<u32>, Option<char>)> {
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
        Some((j, minute, sep))
    }

    /// The hour and minutes of number `h` (`hlen` digits): on the 12-hour clock with am/pm
    /// (`ap`), else on the 24-hour clock ("14:30", "5.44", "1430"); `j` is the token after the
    /// minutes, which must not glue a word on.
    fn clock_hour(
        &self,
        h: u32,
        hlen: usize,
        minute: Option<u32>,
        sep: Option<char>,
        ap: Option<(usize, bool)>,
        j: usize,
    ) -> Option<(u32, u32)> {
        let mut hour = h;
        let mut mins = minute.unwrap_or(0);
        if let Some((_, pm)) = ap {
            if hlen > 2 || !(1..=12).contains(&h) {
                return None;
            }
            hour = match (h, pm) {
                (12, false) => 0,
                (12, true) => 12,
                (x, true) => x + 12,
                (x, false) => x,
            };
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
        Some((hour, mins))
    }

    /// Whether a time without am/pm stands: one written "5.44" or as a bare hour needs a zone, or
    /// minutes with a clock preposition before it (or the range's first half), and no amount or
    /// price around it ("5.5 percent", "shares closed at 12.40").
    fn clock_supported(
        &self,
        i: usize,
        j: usize,
        relaxed: bool,
        sep: Option<char>,
        minute: Option<u32>,
        has_zone: bool,
    ) -> bool {
        let needs_support = sep == Some('.') || minute.is_none();
        if needs_support && !has_zone {
            let prep = self.any(i.wrapping_sub(1), CLOCK_PREPOSITIONS);
            if minute.is_none() || !(prep || relaxed) {
                return false;
            }
            if self.pc(j, '%') || self.any(j, NOT_CLOCK_AFTER) {
                return false;
            }
            // "shares closed at 12.40": a price, not a time.
            use crate::lexicon::time::PRICE_WORDS as PRICE;
            if (i.saturating_sub(5)..i).any(|k| self.any(k, PRICE)) {
                return false;
            }
        }
        true
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
        if self.any(e, CLOCK_RANGE_JOINERS) || between && self.is(e, "and") {
            return Some(e + 1);
        }
        None
    }

    /// am/pm of the time atom spanning [i, e) if any.
    pub fn has_ampm(&self, i: usize, e: usize) -> Option<bool> {
        (i..e).find_map(|j| self.ampm(j).map(|(_, pm)| pm))
    }
}
