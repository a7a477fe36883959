//! Outage details: consumes an incident found by the outage extractor, produces its cause, its
//! place, its label and evidence, and the arithmetic on its time values.

use super::*;
use crate::lexicon::facts::DOCUMENT_NOUNS;
use crate::lexicon::facts::{ATTACK_KINDS, ATTACK_WORDS, CYBER_ATTACK_WORDS, CYBER_MODIFIERS};
use crate::lexicon::facts::{BLAMED, CAUSED, TRACED, WENT, WRONG};
use crate::lexicon::facts::{
    CAUSE_AND_VERBS, CAUSE_AUX, CAUSE_END, CAUSE_LEADING_SKIP, CAUSE_PRONOUN_HEADS, CAUSE_SELF_WORDS, CAUSE_START_STOP,
    CAUSE_TRAILING_SKIP, CAUSE_TRAILING_TIME,
};
use crate::lexicon::facts::{CLOCK_APPROX, EARLIER_THAN_REPORT, ROOT_CAUSE_LEADS, SELF_REPORTERS, VAGUE_PAST_TIMES};
use crate::lexicon::facts::{FUTURE_AUX, FUTURE_AUX_GAP, FUTURE_CLAUSE_BOUNDS};
use crate::lexicon::grammar::AT_IN;
use crate::lexicon::grammar::{AND, BY, ED_SUFFIX, EXCEPT, FOR, IN, ON, TO};
use crate::lexicon::places::DATA;
use crate::lexicon::places::{SITE_NOUNS_AFTER, SITE_NOUNS_BEFORE};
use crate::lexicon::time::UNTIL_WORDS;
use crate::lexicon::words::is_in;

/// The day of an article that gives no time expression at all: what it reports as an incident
/// happened on (or is dated by) its publication day ("the wiki went offline after a server
/// failure", no day named), unless the incident's sentences date it vaguely ("over the weekend",
/// "last week", `VAGUE_PAST_TIMES`).
pub(super) fn timeless_story_day(ctx: &Ctx<'_>, inc: &Incident, times: &[TimeAt]) -> Option<TimeValue> {
    let published = ctx.doc.article.published.as_ref()?.date;
    let vague = inc.pieces.iter().any(|&(_, a, b)| (a..b).any(|k| is_in(VAGUE_PAST_TIMES, ctx.words.lower(k))));
    (times.is_empty() && ctx.doc.times.is_empty() && !vague).then_some(TimeValue::Date(published))
}

/// The cyber attack an incident's sentences name, for an incident no phrase gives a cause of ("a
/// ransomware attack", "the cyber-attack", "a cyberattack"): the attack is what took the systems
/// down; one that names its kind ("ransomware", "denial-of-service", `ATTACK_KINDS`) before the
/// first. Only the outage's stated cause: the provider is judged without it.
pub(super) fn attack_cause(ctx: &Ctx<'_>, inc: &Incident) -> Option<String> {
    let cyber = |w: &str| is_in(CYBER_MODIFIERS, w.trim_end_matches('-'));
    let mut found: Vec<(bool, String)> = Vec::new();
    for &(_, a, b) in &inc.pieces {
        for i in a..b {
            let w = ctx.words.lower(i);
            let text = |k: usize| ctx.words.get(k).map(|x| x.text);
            if is_in(ATTACK_WORDS, w) && i > a && cyber(ctx.words.lower(i - 1)) {
                let kind = is_in(ATTACK_KINDS, ctx.words.lower(i - 1).trim_end_matches('-'));
                found.push((kind, format!("{} {}", text(i - 1).unwrap_or(""), text(i).unwrap_or(""))));
            } else if is_in(CYBER_ATTACK_WORDS, w) {
                // "a cyberattack", "the cyber-attack": the trigger's one-word forms, none naming a kind
                found.push((false, text(i).unwrap_or("").to_string()));
            }
        }
    }
    let pick = found.iter().position(|(kind, _)| *kind).unwrap_or(0);
    (!found.is_empty()).then(|| found.swap_remove(pick).1)
}

/// Whether the cue at word `k` stands right before the time starting at word `first`, or with one
/// approximation between ("until about 17:40", "from around 7am", `CLOCK_APPROX`).
pub(super) fn cue_adjacent(ctx: &Ctx<'_>, k: usize, first: usize) -> bool {
    k + 1 == first || k + 2 == first && is_in(CLOCK_APPROX, ctx.words.lower(k + 1))
}

#[derive(Debug, Clone)]
pub(super) struct Cause {
    pub text: String,
    pub first: usize,
    pub last: usize,
    pub sent: usize,
}

pub(super) fn cause_of(ctx: &Ctx<'_>, inc: &Incident) -> Option<Cause> {
    let mut best: Option<(u8, usize, Cause)> = None; // (tier, words, cause) — lower tier wins, then longer
    let mut consider = |tier: u8, c: Cause| {
        let n = c.last - c.first;
        if best.as_ref().is_none_or(|(t, bn, _)| tier < *t || (tier == *t && n > *bn)) {
            best = Some((tier, n, c));
        }
    };
    for &(s, a, b) in &inc.pieces {
        for i in a..b {
            // "caused by NP", "due to NP", ...
            for pat in CAUSE_AFTER {
                if pat.iter().enumerate().all(|(k, p)| ctx.words.lower(i + k) == *p) {
                    let tier = if is_in(ROOT_CAUSE_LEADS, pat[0]) { 3 } else { 1 };
                    if let Some(c) = np_after(ctx, i + pat.len(), b, s) {
                        consider(tier, c);
                    }
                }
            }
            let w = ctx.words.lower(i);
            // "blamed NP for", "blamed NP" (not an organisation)
            if w == BLAMED && ctx.mention_starting(i + 1).is_none() && ctx.words.lower(i + 1) != ON {
                match (i + 2..(i + 14).min(b)).find(|&k| ctx.words.lower(k) == FOR) {
                    Some(f) => {
                        if let Some(c) = make_cause(ctx, i + 1, f, s) {
                            consider(0, c);
                        }
                    }
                    None => {
                        if let Some(c) = np_after(ctx, i + 1, b, s) {
                            consider(1, c);
                        }
                    }
                }
            }
            // "traced ... to NP"
            if w == TRACED
                && let Some(t) = (i + 1..(i + 14).min(b)).find(|&k| ctx.words.lower(k) == TO)
                && let Some(c) = np_after(ctx, t + 1, b, s)
            {
                consider(1, c);
            }
            // "NP (had) caused", "NP knocked ...", "NP went wrong"
            if CAUSE_VERBS.contains(&w)
                && !(w == WENT && ctx.words.lower(i + 1) != WRONG)
                && ctx.words.lower(i + 1) != BY
            {
                let mut end = i;
                while end > a && is_in(CAUSE_AUX, ctx.words.lower(end - 1)) {
                    end -= 1;
                }
                let start = clause_start(ctx, end, a);
                let tier = if w == CAUSED { 1 } else { 2 };
                if let Some(c) = make_cause(ctx, start, end, s)
                    && c.text.split_whitespace().any(|x| FAULT_WORDS.iter().any(|f| x.to_lowercase().starts_with(f)))
                {
                    consider(tier, c);
                }
            }
        }
    }
    best.map(|(_, _, c)| c)
}

/// The start of the clause that ends at `end`: after "said", "that", "after", "when", a comma or
/// a dash, or the sentence (piece) start.
pub(super) fn clause_start(ctx: &Ctx<'_>, end: usize, floor: usize) -> usize {
    let mut k = end;
    while k > floor {
        let w = ctx.words.lower(k - 1);
        if is_in(CAUSE_START_STOP, w) {
            return k;
        }
        k -= 1;
    }
    floor
}

/// The noun phrase after word `i`: up to a comma, "which", "that", "and" + verb, at most 12 words.
pub(super) fn np_after(ctx: &Ctx<'_>, i: usize, b: usize, s: usize) -> Option<Cause> {
    let mut end = i;
    while end < b && end < i + 12 {
        let w = ctx.words.lower(end);
        // a full stop inside the sentence closes an abbreviation ("U.S."), not the phrase
        let abbreviation_stop = w == "." && end + 1 < b;
        if is_in(CAUSE_END, w) && !abbreviation_stop {
            break;
        }
        // "... data and began an emergency repair": a new clause
        let next = ctx.words.lower(end + 1);
        if w == AND && (next.ends_with(ED_SUFFIX) || is_in(CAUSE_AND_VERBS, next)) {
            break;
        }
        end += 1;
    }
    make_cause(ctx, i, end, s)
}

/// A cause phrase from words `[a, b)`: time expressions and a leading preposition dropped,
/// leading articles dropped, pronoun or bare outage-word phrases refused.
pub(super) fn make_cause(ctx: &Ctx<'_>, a: usize, b: usize, s: usize) -> Option<Cause> {
    let mut keep: Vec<usize> = Vec::new();
    let times: Vec<(usize, usize)> =
        ctx.doc.times.iter().filter_map(|t| ctx.doc.span(t.start, t.end)).map(|sp| ctx.words.range_of(sp)).collect();
    let in_time = |i: usize| times.iter().any(|&(f, l)| i >= f && i < l);
    let mut i = a;
    while i < b {
        if in_time(i) {
            // drop a preposition right before the time too
            if keep.last().is_some_and(|&k| is_in(CAUSE_TRAILING_TIME, ctx.words.lower(k))) {
                keep.pop();
            }
            i += 1;
            continue;
        }
        keep.push(i);
        i += 1;
    }
    while keep.first().is_some_and(|&k| is_in(CAUSE_LEADING_SKIP, ctx.words.lower(k))) {
        keep.remove(0);
    }
    while keep.last().is_some_and(|&k| is_in(CAUSE_TRAILING_SKIP, ctx.words.lower(k))) {
        keep.pop();
    }
    let (&first, &last) = (keep.first()?, keep.last()?);
    let words: Vec<&str> = keep.iter().filter_map(|&k| ctx.words.get(k)).map(|w| w.text).collect();
    if words.len() < 2 || words.len() > 14 {
        return None;
    }
    let head = words[0].to_lowercase();
    if is_in(CAUSE_PRONOUN_HEADS, head.as_str()) {
        return None;
    }
    if words
        .iter()
        .all(|w| STRONG.contains(&w.to_lowercase().as_str()) || is_in(CAUSE_SELF_WORDS, w.to_lowercase().as_str()))
    {
        return None;
    }
    let mut text = String::new();
    for (n, &k) in keep.iter().enumerate() {
        let Some(w) = ctx.words.get(k) else { continue };
        if n > 0 {
            let glued =
                keep.get(n - 1).is_some_and(|&p| ctx.words.get(p).is_some_and(|pw| pw.span.end() == w.span.start()));
            if !glued {
                text.push(' ');
            }
        }
        text.push_str(w.text);
    }
    Some(Cause { text, first, last: last + 1, sent: s })
}

pub(super) fn location_of(ctx: &Ctx<'_>, inc: &Incident) -> Option<EntityIdx> {
    let dl = dateline_end(ctx);
    let mut best: Option<(f32, EntityIdx)> = None;
    for &(s, a, b) in &inc.pieces {
        let anchor = inc.anchor_sents.contains(&s);
        for m in ctx.mentions_in(s).filter(|m| m.first >= a && m.first < b) {
            if ctx.kind(m.entity) != Some(EntityKind::Location) || dl.is_some_and(|e| m.last <= e) {
                continue;
            }
            let text = ctx.words.get(m.first).map_or("", |w| w.text);
            let mut score = if anchor { 1.0 } else { 0.5 };
            if is_region_code(text) {
                score += 5.0;
            } else if text.chars().any(|c| c.is_ascii_digit()) {
                score += 2.0;
            }
            let b1 = ctx.words.lower(m.first.wrapping_sub(1));
            let b2 = ctx.words.lower(m.first.wrapping_sub(2));
            let b3 = ctx.words.lower(m.first.wrapping_sub(3));
            if b1 == IN && (is_in(SITE_NOUNS_BEFORE, b2) || b3 == DATA) {
                score += 3.0;
            }
            if is_in(SITE_NOUNS_AFTER, ctx.words.lower(m.last)) {
                score += 2.0;
            }
            if is_in(AT_IN, b1) {
                score += 0.5;
            }
            if ctx.possessive_at(m.last - 1)
                || ctx.words.get(m.last - 1).is_some_and(|w| w.lower.contains("-based"))
                || b1 == EXCEPT
            {
                score -= 2.0;
            }
            if best.is_none_or(|(bs, _)| score > bs) {
                best = Some((score, m.entity));
            }
        }
    }
    best.filter(|(s, _)| *s > 0.0).map(|(_, e)| e)
}

// ---- time values ----

pub(super) fn is_clock(v: &TimeValue) -> bool {
    matches!(v, TimeValue::DateTime { .. })
}

/// 1 year, 2 month or quarter, 3 day, 4 clock time.
pub(super) fn precision(v: &TimeValue) -> u8 {
    match v {
        TimeValue::Year(_) => 1,
        TimeValue::YearMonth { .. } | TimeValue::Quarter { .. } => 2,
        TimeValue::Date(_) => 3,
        TimeValue::DateTime { .. } => 4,
    }
}

/// "2023", "2023-11", "2023-Q3", "2023-11-12" (clock times give their day).
pub(super) fn day_key(v: &TimeValue) -> String {
    match v {
        TimeValue::Year(y) => format!("{y:04}"),
        TimeValue::YearMonth { year, month } => format!("{year:04}-{month:02}"),
        TimeValue::Quarter { year, quarter } => format!("{year:04}-Q{quarter}"),
        TimeValue::Date(d) | TimeValue::DateTime { date: d, .. } => d.format("%Y-%m-%d").to_string(),
    }
}

pub(super) fn value_first_day(v: &TimeValue) -> Option<chrono::NaiveDate> {
    match v {
        TimeValue::Year(y) => chrono::NaiveDate::from_ymd_opt(*y, 1, 1),
        TimeValue::YearMonth { year, month } => chrono::NaiveDate::from_ymd_opt(*year, *month, 1),
        TimeValue::Quarter { year, quarter } => {
            chrono::NaiveDate::from_ymd_opt(*year, quarter.saturating_sub(1) * 3 + 1, 1)
        }
        TimeValue::Date(d) | TimeValue::DateTime { date: d, .. } => Some(*d),
    }
}

/// Two anchor values name the same incident date: equal at the coarser precision, where both
/// are at least month precision, or equal years.
pub(super) fn same_incident_date(a: &TimeValue, b: &TimeValue) -> bool {
    let (ka, kb) = (day_key(a), day_key(b));
    if precision(a) >= 3 && precision(b) >= 3 {
        return ka == kb;
    }
    let n = ka.len().min(kb.len());
    ka.get(..n) == kb.get(..n) && !ka.contains('Q') && !kb.contains('Q')
}

pub(super) fn minutes_between(a: &TimeValue, b: &TimeValue) -> Option<i64> {
    match (a, b) {
        (
            TimeValue::DateTime { date: d1, hour: h1, minute: m1, offset_minutes: o1 },
            TimeValue::DateTime { date: d2, hour: h2, minute: m2, offset_minutes: o2 },
        ) => {
            let t1 = d1.and_hms_opt(*h1, *m1, 0)?;
            let t2 = d2.and_hms_opt(*h2, *m2, 0)?;
            let mut diff = (t2 - t1).num_minutes();
            if let (Some(x), Some(y)) = (o1, o2) {
                diff -= i64::from(*y - *x);
            }
            Some(diff)
        }
        _ => None,
    }
}

pub(super) fn add_minutes(v: &TimeValue, minutes: u32) -> Option<TimeValue> {
    match v {
        TimeValue::DateTime { date, hour, minute, offset_minutes } => {
            let t = date.and_hms_opt(*hour, *minute, 0)? + chrono::Duration::minutes(i64::from(minutes));
            use chrono::Timelike;
            Some(TimeValue::DateTime {
                date: t.date(),
                hour: t.hour(),
                minute: t.minute(),
                offset_minutes: *offset_minutes,
            })
        }
        _ => None,
    }
}

/// The same clock time a day earlier.
pub(super) fn day_before(v: &TimeValue) -> Option<TimeValue> {
    match v {
        TimeValue::DateTime { date, hour, minute, offset_minutes } => Some(TimeValue::DateTime {
            date: date.pred_opt()?,
            hour: *hour,
            minute: *minute,
            offset_minutes: *offset_minutes,
        }),
        _ => None,
    }
}

/// Whether a word `cue` accepts stands in the few words before the time `t` (not before the sentence's first word
/// `sf`), right after it, or after a self-reporter right after it ("on 3 May we wrote").
fn cue_beside(ctx: &Ctx<'_>, t: &TimeAt, sf: usize, cue: impl Fn(&str) -> bool) -> bool {
    (t.first.saturating_sub(4).max(sf)..t.first).any(|k| cue(ctx.words.lower(k)))
        || cue(ctx.words.lower(t.last))
        || (is_in(SELF_REPORTERS, ctx.words.lower(t.last)) && cue(ctx.words.lower(t.last + 1)))
}

/// "said on Friday", "released on Friday", "a statement on Monday", "X today announced", "on 3 May we
/// wrote to X": the date of the report. The start of a period outages are counted in ("ten outages since 2
/// July") dates no incident either, nor the lead's event.
pub(super) fn report_date(ctx: &Ctx<'_>, t: &TimeAt, sf: usize) -> bool {
    cue_beside(ctx, t, sf, |w| is_in(REPORT_CUES, w)) || super::not_incident::counted_since(ctx, t, sf)
}

/// [`report_date`] through a report verb ("said on Friday", "X today announced"), not only a document noun: a
/// time beside "report", "presentation" or "hearing" alone ("Re: 17 October Report on ...", "Presentation (17
/// October)") dates the document, which tells of an incident, never the day the incident was announced.
pub(super) fn verb_report_date(ctx: &Ctx<'_>, t: &TimeAt, sf: usize) -> bool {
    cue_beside(ctx, t, sf, |w| is_in(REPORT_CUES, w) && !is_in(DOCUMENT_NOUNS, w))
}

/// At most this many words before a time that opens its sentence ("In a post on Wednesday") and
/// between it and the report verb of its clause ("On Friday the bank said").
const OPENING_REPORT_GAP: usize = 4;

/// At most this many words from the report verb to the past perfect of what it reports.
const REPORTED_PERFECT_GAP: usize = 8;

/// "On Friday the bank said the fault had been traced to ...", "In a post on Wednesday, X said
/// the outage had been caused by ...": a time in the sentence's opening phrase whose clause is a
/// report (its subject, then a report verb, no outage word between) of something earlier (a past
/// perfect) dates the report, not the incident it tells of ("On Monday X disclosed that it was
/// suffering an attack" stays that day's).
pub(super) fn opening_report_date(ctx: &Ctx<'_>, t: &TimeAt, sf: usize) -> bool {
    let sl = ctx.sentence_of(t.first).map_or(t.last, |x| x.1);
    let opening = t.first <= sf + OPENING_REPORT_GAP
        && (sf..t.first).all(|k| ctx.mention_starting(k).is_none() && !STRONG.contains(&ctx.words.lower(k)));
    opening
        && (t.last..(t.last + OPENING_REPORT_GAP + 1).min(sl))
            .take_while(|&k| !STRONG.contains(&ctx.words.lower(k)))
            .find(|&k| is_in(REPORT_CUES, ctx.words.lower(k)))
            .is_some_and(|r| {
                (r + 1..(r + 1 + REPORTED_PERFECT_GAP).min(sl)).any(|k| is_in(EARLIER_THAN_REPORT, ctx.words.lower(k)))
            })
}

/// "On Tuesday the committee will question X on the attack", "X will appear before MPs on 3 May
/// to discuss the outage": a time in a clause whose verb is a future ("will", "shall") dates
/// something still to come (a hearing, a report), never an incident. The time counts as in the
/// future clause when the auxiliary follows it in the clause it opens (nothing but its own phrase
/// and the subject before the auxiliary: no outage word between them) or precedes it with no
/// outage word between ("the outage will be reviewed on Monday"); "the outage on Monday will cost
/// millions" keeps its date (the outage word stands before the time, in the subject).
pub(super) fn future_clause_date(ctx: &Ctx<'_>, t: &TimeAt, sf: usize) -> bool {
    let sl = ctx.sentence_of(t.first).map_or(t.last, |x| x.1);
    let bound = |k: usize| is_in(FUTURE_CLAUSE_BOUNDS, ctx.words.lower(k));
    let outage_word = |k: usize| STRONG.contains(&ctx.words.lower(k));
    let future = |k: usize| is_in(FUTURE_AUX, ctx.words.lower(k));
    // the auxiliary after the time: the time opens its clause
    let clause_start = (sf..t.first).rev().find(|&k| bound(k)).map_or(sf, |k| k + 1);
    let opens_clause = (clause_start..t.first).all(|k| !outage_word(k) && ctx.mention_starting(k).is_none());
    let after = opens_clause
        && (t.last..(t.last + FUTURE_AUX_GAP).min(sl)).take_while(|&k| !bound(k) && !outage_word(k)).any(future);
    // the auxiliary before the time, in the same clause
    let before = (t.first.saturating_sub(FUTURE_AUX_GAP).max(sf)..t.first)
        .rev()
        .take_while(|&k| !bound(k) && !outage_word(k))
        .any(future);
    after || before
}

/// Whether time `t` (in the sentence from word `sf`) may date an incident: not the dateline, a
/// report date, a day in a future clause, a time compared with ("since 2005"), another event's
/// date, a vague relative year or a day after publication.
pub(super) fn may_date_incident(
    ctx: &Ctx<'_>,
    t: &TimeAt,
    sf: usize,
    dateline_end: Option<usize>,
    published: Option<chrono::NaiveDate>,
) -> bool {
    !(dateline_end.is_some_and(|e| t.last <= e)
        || (ctx.on(Rule::ReportDates)
            && (report_date(ctx, t, sf) || opening_report_date(ctx, t, sf) || future_clause_date(ctx, t, sf)))
        || !anchor_value_ok(t, published)
        || ctx.on(Rule::ComparedSince) && compared_since(ctx, t, sf)
        || super::not_incident::counted_since(ctx, t, sf)
        || ctx.on(Rule::ReportDates) && dates_other_event(ctx, t, sf))
}

/// At most this many sentences from the sentence that opened an undated incident to a sentence
/// whose date it takes ([`nearby_date`]).
const NEARBY_SENTENCES: usize = 1;

/// The date an undated incident takes from the sentence that opened it or one next to it (that
/// one first, then the one before, then the one after): the first time of month precision or
/// finer there that may date an incident ("On 9 January 2025 X upgraded its core network. The
/// upgrade caused a loss of service ..."; not a report date, another event's or after
/// publication, not a line that is only a date). Reports and statements published long after the
/// incident date it once, in a background sentence beside the one with the outage words.
pub(super) fn nearby_date(ctx: &Ctx<'_>, inc: &Incident, times: &[TimeAt]) -> Option<TimeValue> {
    let &open = inc.anchor_sents.first()?;
    let published = ctx.doc.article.published.as_ref().map(|p| p.date);
    let dateline = dateline_end(ctx);
    let order =
        std::iter::once(Some(open)).chain((1..=NEARBY_SENTENCES).flat_map(|d| [open.checked_sub(d), Some(open + d)]));
    order.flatten().find_map(|s| {
        let &(sf, sl) = ctx.sent_words.get(s)?;
        // a line that is only a date ("Tuesday 8 July 2025" over a hearing's notice) heads the
        // document, it dates no event
        let date_line = |t: &TimeAt| {
            (sf..t.first).chain(t.last..sl).all(|k| !ctx.words.lower(k).chars().any(char::is_alphanumeric))
        };
        let t = times.iter().filter(|t| t.first >= sf && t.last <= sl && !date_line(t)).find(|t| {
            precision(&t.value) >= 2
                && !matches!(t.value, TimeValue::Quarter { .. })
                && may_date_incident(ctx, t, sf, dateline, published)
        })?;
        match t.value {
            TimeValue::DateTime { date, .. } => Some(TimeValue::Date(date)),
            v => Some(v),
        }
    })
}

/// Whether time `t` ends a range the time right before it in its sentence opens ("between 2 and
/// 4 March", "from 28 May to 30 May", "from 1 until 3 June"): the range's start dates the
/// incident; its end dates no incident of its own.
pub(super) fn range_end(ctx: &Ctx<'_>, t: &TimeAt, sent_times: &[&TimeAt]) -> bool {
    sent_times.iter().rfind(|p| p.last <= t.first).is_some_and(|p| {
        let opens = |w: &str| w == BETWEEN || w == FROM;
        let opener =
            [ctx.words.lower(p.first.wrapping_sub(1)), ctx.words.lower(p.first)].into_iter().find(|w| opens(w));
        let link = ctx.words.lower(p.last);
        t.first == p.last + 1
            && match opener {
                Some(BETWEEN) => link == AND,
                Some(_) => link == TO || is_in(UNTIL_WORDS, link),
                None => false,
            }
    })
}

/// The outage's label ("Provider outage, Place, 2024-03-05") and its evidence: the anchor
/// sentences' span, with a confidence raised by a provider and a clock start and lowered when
/// undated. Nothing when the incident has no sentence.
pub(super) fn label_and_evidence(
    ctx: &Ctx<'_>,
    inc: &Incident,
    provider: Option<EntityIdx>,
    location: Option<EntityIdx>,
    start: Option<TimeValue>,
) -> Option<(String, newskg_doc::Evidence)> {
    let date = inc.date;
    let first_sent = inc.anchor_sents.first().copied().or_else(|| inc.pieces.first().map(|p| p.0))?;
    let mut span = ctx.sent_span(first_sent);
    for &s in &inc.anchor_sents {
        span = span.cover(ctx.sent_span(s));
    }
    let name = |e: Option<EntityIdx>| e.and_then(|e| ctx.doc.entities.get(e)).map(|x| x.name.clone());
    let mut label = format!("{} outage", name(provider).unwrap_or_else(|| "Service".to_string()));
    if let Some(l) = name(location) {
        label.push_str(", ");
        label.push_str(&l);
    }
    if let Some(d) = date {
        label.push_str(", ");
        label.push_str(&day_key(&d));
    }
    let confidence =
        0.5 + if provider.is_some() { 0.15 } else { 0.0 } + if start.is_some_and(|s| is_clock(&s)) { 0.1 } else { 0.0 }
            - if date.is_none() { 0.15 } else { 0.0 };
    Some((label, newskg_doc::Evidence { span, confidence }))
}
