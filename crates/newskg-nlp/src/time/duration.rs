//! Duration tagger.
//!
//! Consumes article text; produces [`DurationMention`]s for stated lengths of time in minutes,
//! weeks, days and hours, in words or digits: "about six hours", "49 minutes", "three and a
//! half hours", "an hour and a half", "half an hour", "2h 15m", "2 hours and 15 minutes",
//! "a 90-minute outage" ("90-minute"), "a couple of hours". Hedges before ("about", "around",
//! "roughly", "nearly", "almost", "some", "over", "more than", "less than", "under", "up to",
//! "at least", "within", "close to", "just over", "the best part of" ...) or after ("or so",
//! "or more", "-plus") are part of the span and set `approximate`. "for" is not part of the
//! span. Not tagged: rates ("$5 an hour", "twice a day", "requests a minute"), backward
//! offsets ("three days ago", "a day before", "two hours earlier"), vague amounts ("several
//! hours", "hours-long"), seconds, months and years. Forward offsets such as
//! "78 minutes later" and "49 minutes after the failure began" *are* durations here (often the
//! length of an incident); look at the following word if that matters.

use super::lex::tokenize;
use super::parse::P;
use crate::lexicon::grammar::INDEFINITE_ARTICLES;
use crate::lexicon::time::HEDGES;
use crate::lexicon::time::{BACK_OFFSETS, DURATION_MODIFIERS, NOT_SECOND_QUANTITY, OR_SO_WORDS};
use crate::lexicon::time::{NOT_DURATION_BEFORE, NOT_PLURAL_S};
use crate::lexicon::words::is_in;
use newskg_doc::DurationMention;

/// Minutes per unit word; `glued` units ("2h", "15m") only directly after the number.
fn unit(p: &P<'_, '_>, j: usize) -> Option<(usize, f64)> {
    let w = p.w(j)?;
    let per = match w {
        "minute" | "minutes" | "min" | "mins" => 1.0,
        "hour" | "hours" | "hr" | "hrs" => 60.0,
        "day" | "days" => 1440.0,
        "week" | "weeks" => 10080.0,
        "h" if p.tight(j) => 60.0,
        _ => return None,
    };
    // "hour-long" is fine; a glued continuation like "hours2" is not ("1h15m" is).
    let glued_ok = w == "h" && p.tk.get(j + 1).is_some_and(|t| t.is_num());
    if !glued_ok && p.tight(j + 1) && p.tk.get(j + 1).is_some_and(|t| t.is_word() || t.is_num()) {
        return None;
    }
    Some((j + 1, per))
}

/// Hyphenated adjective unit: "-minute", "-hour" (singular), optionally "-long".
fn hyphen_unit(p: &P<'_, '_>, j: usize) -> Option<(usize, f64)> {
    if !p.dash(j) || !p.tight(j) || !p.tight(j + 1) {
        return None;
    }
    let per = match p.w(j + 1)? {
        "minute" | "min" => 1.0,
        "hour" | "hr" => 60.0,
        "day" => 1440.0,
        "week" => 10080.0,
        _ => return None,
    };
    let mut e = j + 2;
    if p.dash(e) && p.is(e + 1, "long") {
        e += 2;
    }
    Some((e, per))
}

/// A quantity: "3.5", "49", "six", "twenty-four", "a"/"an", "half a(n)", "a half", "a couple
/// of", "N and a half". Returns (end, value, hedged).
fn quantity(p: &P<'_, '_>, i: usize) -> Option<(usize, f64, bool)> {
    if p.is(i, "half") && p.any(i + 1, INDEFINITE_ARTICLES) {
        return Some((i + 2, 0.5, false));
    }
    if p.any(i, INDEFINITE_ARTICLES) && p.is(i + 1, "half") {
        return Some((i + 2, 0.5, false));
    }
    // "three-quarters of an hour", "a quarter of an hour"
    if p.is(i, "three")
        && p.dash(i + 1)
        && p.is(i + 2, "quarters")
        && p.is(i + 3, "of")
        && p.any(i + 4, INDEFINITE_ARTICLES)
    {
        return Some((i + 5, 0.75, false));
    }
    if p.is(i, "a") && p.is(i + 1, "quarter") && p.is(i + 2, "of") && p.any(i + 3, INDEFINITE_ARTICLES) {
        return Some((i + 4, 0.25, false));
    }
    if p.is(i, "a") && p.is(i + 1, "couple") && p.is(i + 2, "of") {
        return Some((i + 3, 2.0, true));
    }
    // decimal
    if let Some((a, alen)) = p.n(i)
        && alen <= 3
        && p.pc(i + 1, '.')
        && p.tight(i + 1)
        && p.tight(i + 2)
        && let Some((b, blen)) = p.n(i + 2)
        && blen <= 3
    {
        if i > 0 && p.tight(i) && p.tk[i - 1].punct().is_some_and(|c| c != '(') {
            return None;
        }
        let v = f64::from(a) + f64::from(b) / 10f64.powi(blen as i32);
        return Some((i + 3, v, false));
    }
    let (e, n) = if let Some((v, len)) = p.n(i) {
        // Digits may carry a glued unit ("2h", "90min"), unlike `count`.
        if len > 3 || i > 0 && p.tight(i) && p.tk[i - 1].punct().is_none_or(|c| c != '(') {
            return None;
        }
        if p.tk.get(i + 1).is_some_and(|t| !t.sp && t.punct().is_some_and(|c| matches!(c, ',' | '.' | '/' | ':' | '%')))
            && p.tk.get(i + 2).is_some_and(|t| t.is_num() && !t.sp)
        {
            return None;
        }
        (i + 1, v)
    } else {
        p.count(i)?
    };
    let mut v = f64::from(n);
    let mut e = e;
    if !p.any(i, INDEFINITE_ARTICLES) && p.is(e, "and") && p.is(e + 1, "a") && p.is(e + 2, "half") {
        v += 0.5;
        e += 3;
    }
    Some((e, v, false))
}

/// Whether "a"/"an" at i is a rate ("$5 an hour", "twice a day", "requests a minute").
fn rate_context(p: &P<'_, '_>, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let prev = &p.tk[i - 1];
    if prev.is_num() || prev.punct() == Some('%') {
        return true;
    }
    if let Some(w) = p.w(i - 1) {
        if is_in(NOT_DURATION_BEFORE, w) {
            return true;
        }
        if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !is_in(NOT_PLURAL_S, w) {
            return true;
        }
    }
    false
}

fn tag_at(p: &P<'_, '_>, i: usize) -> Option<(usize, DurationMention)> {
    let mut j = i;
    let mut approx = false;
    for h in HEDGES {
        if h.iter().enumerate().all(|(k, w)| p.is(i + k, w)) {
            j = i + h.len();
            approx = true;
            break;
        }
    }
    if p.pc(j, '~') {
        j += 1;
        approx = true;
    }
    let (e, mut q, hedged) = quantity(p, j)?;
    approx |= hedged;
    let single = p.any(j, INDEFINITE_ARTICLES) || p.is(j, "half");
    if single && !approx && rate_context(p, j) {
        return None;
    }
    // "11 straight hours", "two more days"
    let e = if p.any(e, DURATION_MODIFIERS) && unit(p, e + 1).is_some() { e + 1 } else { e };
    let (mut e, per) = match unit(p, e) {
        Some(u) => u,
        None => hyphen_unit(p, e)?,
    };
    // digits glued to "m" without an "h" first are millions ("15m"): only allow "h"-led combos.
    // "an hour and a half"
    if p.is(e, "and") && p.is(e + 1, "a") && p.is(e + 2, "half") {
        q += 0.5;
        e += 3;
    }
    let mut total = q * per;
    // Composite: "2 hours and 15 minutes", "2 hours 15 minutes", "2h 15m", "1h15m".
    let glued_h = p.is(e - 1, "h") && p.tight(e - 1);
    let mut k = e;
    if p.is(k, "and") || p.pc(k, ',') {
        k += 1;
    }
    if glued_h
        && k == e
        && p.tight(k)
        && let Some((q2, 1..=2)) = p.n(k)
        && p.is(k + 1, "m")
        && p.tight(k + 1)
    {
        // "1h15m"
        total += f64::from(q2);
        e = k + 2;
    } else if let Some((e2, q2, _)) = quantity(p, k)
        && !p.any(k, NOT_SECOND_QUANTITY)
    {
        let small = if glued_h && p.is(e2, "m") && p.tight(e2) {
            Some((e2 + 1, 1.0))
        } else {
            unit(p, e2).filter(|(_, per2)| *per2 < per)
        };
        if let Some((e3, per2)) = small {
            total += q2 * per2;
            e = e3;
        }
    }
    // Suffix hedges.
    let or_so = p.is(e, "or") && p.any(e + 1, OR_SO_WORDS);
    let plus = p.dash(e) && p.is(e + 1, "plus") && p.tight(e);
    if or_so || plus {
        e += 2;
        approx = true;
    }
    // "three days ago", "a day before": offsets back in time, never a length of something.
    if p.any(e, BACK_OFFSETS) {
        return None;
    }
    if !(total.is_finite() && total >= 1.0 && total < f64::from(u32::MAX)) {
        return None;
    }
    let start = p.tk.get(i)?.start;
    let end = p.tk.get(e.checked_sub(1)?)?.end;
    Some((e, DurationMention { start, end, minutes: total.round() as u32, approximate: approx }))
}

/// Stated durations ("about six hours", "for 49 minutes", "three and a half hours", "2h 15m",
/// "90-minute"): byte span and minutes. Sorted, non-overlapping.
pub fn tag_durations(text: &str) -> Vec<DurationMention> {
    let toks = tokenize(text);
    let p = P { tk: &toks };
    let mut out = Vec::new();
    let mut i = 0;
    while i < p.len() {
        if let Some((e, m)) = tag_at(&p, i) {
            out.push(m);
            i = e.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}
