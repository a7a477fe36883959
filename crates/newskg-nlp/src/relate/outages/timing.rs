//! Outage times: consumes an incident found by the outage extractor and the document's time
//! expressions and durations, produces whether a clock time is a start or an end ([`cue_of`]), the
//! incident's start and end ([`start_and_end`]) and its end and duration ([`end_and_duration`]).

use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cue {
    Start,
    End,
    None,
}

/// Whether a word of working again ("again", an end cue such as "back" or "restored") stands
/// within a few words before the "from"/"since" at `k`, in its sentence from `sf`.
fn resumed_before(ctx: &Ctx<'_>, k: usize, sf: usize) -> bool {
    (k.saturating_sub(RESUMED_GAP).max(sf)..k).any(|q| {
        let w = ctx.words.lower(q);
        is_in(RESUMED_WORDS, w) || END_CUES.contains(&w) && !is_in(END_CUES_ADJACENT, w)
    })
}

/// Whether a clock time is a start or an end, from the words before it (and "when ... began"
/// after it).
pub(super) fn cue_of(ctx: &Ctx<'_>, t: &TimeAt, sf: usize) -> Cue {
    let lo = t.first.saturating_sub(7).max(sf);
    for k in (lo..t.first).rev() {
        let w = ctx.words.lower(k);
        if is_in(NOT_START_CUES, w) {
            break;
        }
        // "between 14:00 and 16:30"
        if w == BETWEEN && k + 1 == t.first {
            return Cue::Start;
        }
        if w == AND && k + 1 == t.first && (lo..k).any(|q| ctx.words.lower(q) == BETWEEN) {
            return Cue::End;
        }
        if END_CUES.contains(&w) {
            // "to" and "by" only right before the time
            if is_in(END_CUES_ADJACENT, w) && !cue_adjacent(ctx, k, t.first) {
                continue;
            }
            return Cue::End;
        }
        if START_CUES.contains(&w) {
            if is_in(START_CUES_ADJACENT, w) && !cue_adjacent(ctx, k, t.first) {
                continue;
            }
            // "was working again from 10am", "has been back since Tuesday": when it worked again
            if is_in(START_CUES_ADJACENT, w) && ctx.on(Rule::CueClocks) && resumed_before(ctx, k, sf) {
                return Cue::End;
            }
            return Cue::Start;
        }
    }
    // "at 15:23, when the service began failing"
    let sl = ctx.words.get(t.last).map_or(t.last, |w| {
        let s = w.sent;
        ctx.sent_words.get(s).map_or(t.last, |x| x.1)
    });
    let mut k = t.last;
    while k < sl && k < t.last + 3 {
        if ctx.words.lower(k) == WHEN {
            if (k + 1..(k + 8).min(sl)).any(|q| is_in(WHEN_FAILED_VERBS, ctx.words.lower(q))) {
                return Cue::Start;
            }
            break;
        }
        k += 1;
    }
    Cue::None
}

/// Start and end from the clock times in the incident (on its day, when dated): start is a clock
/// time with a start cue, else one without a cue, else the date; end is the latest clock time with
/// an end cue on the start's day, not before the start.
pub(super) fn start_and_end(
    ctx: &Ctx<'_>,
    inc: &Incident,
    times: &[TimeAt],
    date: Option<TimeValue>,
) -> (Option<TimeValue>, Option<TimeValue>) {
    let sf_of = |i: usize| ctx.sentence_of(i).map_or(0, |x| x.0);
    // an end cued on the night after the incident's day ("restored at 1.15am on Saturday") is its end
    let next_day = |t: &TimeAt| {
        ctx.on(Rule::CueClocks)
            && date.as_ref().is_some_and(|d| precision(d) >= 3)
            && date.as_ref().and_then(value_first_day).and_then(|d| d.succ_opt()) == value_first_day(&t.value)
    };
    let clocks: Vec<(&TimeAt, Cue)> = times
        .iter()
        .filter(|t| in_pieces(inc, t.first) && is_clock(&t.value))
        .map(|t| (t, cue_of(ctx, t, sf_of(t.first))))
        .filter(|(t, c)| {
            date.is_none_or(|d| day_key(&t.value).starts_with(&day_key(&d))) || *c == Cue::End && next_day(t)
        })
        .collect();
    let start = clocks
        .iter()
        .find(|(_, c)| *c == Cue::Start)
        .or_else(|| clocks.iter().find(|(_, c)| *c == Cue::None))
        .map(|(t, _)| t.value)
        .or(date);
    // "started at 9.10pm and was restored at 12.20am on Monday": a start clock later in its day
    // than every end clock of that day began the evening before
    let night = start.filter(|s| {
        let ends: Vec<TimeValue> = clocks
            .iter()
            .filter(|(t, c)| *c == Cue::End && day_key(&t.value) == day_key(s))
            .map(|(t, _)| t.value)
            .collect();
        ctx.on(Rule::CueClocks)
            && clocks.iter().any(|(t, c)| *c == Cue::Start && t.value == *s)
            && !ends.is_empty()
            && ends.iter().all(|e| minutes_between(s, e).is_some_and(|m| m < 0))
    });
    let start = night.as_ref().and_then(day_before).or(start);
    let end = start.and_then(|start| {
        let start_day = day_key(&start);
        clocks
            .iter()
            .filter(|(t, c)| {
                *c == Cue::End
                    && (day_key(&t.value) == start_day
                        || (night.is_some() || next_day(t))
                            && minutes_between(&start, &t.value).is_some_and(|m| m <= NIGHT_END_MINUTES))
                    && minutes_between(&start, &t.value).is_none_or(|m| m > 0)
            })
            .max_by_key(|(t, _)| minutes_between(&start, &t.value).unwrap_or(0))
            .map(|(t, _)| t.value)
    });
    (start, end)
}

/// At most this many minutes from the start to an end cued on the next day.
const NIGHT_END_MINUTES: i64 = 24 * 60;

/// The end and the duration, given start and the end from clock times: the durations stated in
/// the incident (at most three days, not "within", not "ago") ranked "N later" (an offset from
/// the start), then "lasted N", then the rest; a missing end is start + the first offset; the
/// duration is end - start, else the best-ranked stated one.
pub(super) fn end_and_duration(
    ctx: &Ctx<'_>,
    inc: &Incident,
    start: Option<TimeValue>,
    end: Option<TimeValue>,
) -> (Option<TimeValue>, Option<u32>) {
    let mut durs: Vec<(u8, u32)> = Vec::new();
    for d in &ctx.doc.durations {
        let Some(span) = ctx.doc.span(d.start, d.end) else {
            continue;
        };
        let (first, last) = ctx.words.range_of(span);
        if !in_pieces(inc, first) || d.minutes == 0 || d.minutes > 3 * 24 * 60 {
            continue;
        }
        let text = ctx.doc.slice(span).to_lowercase();
        if text.starts_with(WITHIN_PREFIX) || is_in(NOT_OUTAGE_DURATION, ctx.words.lower(last)) {
            continue;
        }
        let after = ctx.words.lower(last);
        let before = ctx.words.lower(first.wrapping_sub(1));
        let rank = if is_later_word(after) {
            0
        } else if is_in(LASTED_BEFORE, before) || ctx.words.lower(first.wrapping_sub(2)) == LASTED {
            1
        } else {
            2
        };
        durs.push((rank, d.minutes));
    }
    durs.sort_by_key(|&(r, _)| r);
    let stated = durs.first().map(|&(_, m)| m);
    let end = end.or_else(|| {
        let later = durs.iter().find(|&&(r, _)| r == 0).map(|&(_, m)| m)?;
        add_minutes(&start?, later)
    });
    let duration_minutes = end
        .as_ref()
        .and_then(|e| minutes_between(&start?, e))
        .filter(|&m| m > 0)
        .and_then(|m| u32::try_from(m).ok())
        .or(stated);
    (end, duration_minutes)
}
