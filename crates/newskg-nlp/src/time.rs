//! Temporal tagger: finds time expressions, durations and time zones in article text.
//!
//! Consumes plain article text plus a [`TimeContext`] (publication date, optional default UTC
//! offset); produces [`TimeMention`]s (byte span + [`TimeValue`] at the precision the text
//! supports), [`DurationMention`]s (byte span + minutes) and, via [`zone_offset`], UTC offsets of
//! named zones. Pure, deterministic, no allocation-heavy dependencies; never panics; every span
//! lies on char boundaries; mentions are sorted and non-overlapping.
//!
//! # What is recognised
//! * Absolute dates: "3 March 2024", "March 3rd, 2024", "March 3", "Mar. 3", "3 March",
//!   "the 3rd of March", "2024-03-03", "2024/03/03", "03/03/2024", "3/3/24", "3.3.2024"
//!   (dotted = day first), "Tuesday, December 7th", "Friday, 19 July". A weekday glued to a
//!   date is part of the same mention; the date wins if they disagree.
//! * Months and years: "March 2019", "September this year", "last December", "next May",
//!   "in June", "April of last year", "early 2024", "mid-June", "the end of last year",
//!   "the beginning of the year" and "the start of 2024" (→ the year, as the corpus guidelines
//!   read the edge of a year), but "the end of the year" and "year-end" (→ December), "the end
//!   of the month" (→ the month), "2024-03", "since 2007",
//!   "2019-2021", "the 2022 outage", "Acme's 2008 revenue" (a year between a determiner or a
//!   possessive and a singular lower-case noun), "to cut 2025 earnings" (a year before a result
//!   or plan noun), "delayed to 2031.", "a loss for 2012," (a year ending its clause after "to" or
//!   "for"), "until at least 2030", "the six months to September" (the month ending a period).
//! * Fixed-date holidays: "Christmas Day", "Christmas Eve", "Boxing Day", "New Year's Day",
//!   "New Year's Eve" (year inferred like any yearless day).
//! * Quarters: "Q3 2024", "Q3'24", "3Q24", "2024 Q3", "the third quarter (of calendar 2024)",
//!   "third-quarter", "2023's third quarter", "the June quarter", "last quarter", "this
//!   quarter".
//! * Relative days/periods: "today", "tonight", "this morning" (publication day), "yesterday",
//!   "last night", "tomorrow", "Sunday", "Friday morning", "late on Tuesday", "last Monday",
//!   "next Monday", "this month", "earlier this month", "last month", "this year", "last year",
//!   "early next year", "three days ago", "two years ago", "the day before", "the next day",
//!   "the following year" (the year after the previous mention),
//!   "a day earlier", "a year earlier" (shifts the previous mention by a year, keeping its
//!   precision), "a year ago" (same after a quarter or month in the same sentence, else the
//!   publication month a year back).
//! * Clock times: "5.44pm", "5:44 p.m.", "14:05", "14:05:30", "09:47 UTC", "9.11pm HKT",
//!   "11am local time", "7:30 a.m. Pacific time", "1600 GMT", "at noon", "at midnight",
//!   ranges "from 16:21 to 16:50 UTC", "between 9am and 11.30am", "16:21–16:50", "9 to 11am".
//!
//! # Not tagged
//! Numbers that are not dates ("5.44 percent", "version 3.12", "2,019 servers", "$2019",
//! "1999 euros", "Windows 2000"), "24/7", "9/11" (an event name, not a resolvable date), "may"
//! (lower case is always the modal; capital "May" needs a day, a year or a date preposition),
//! lower-case "march", weekdays inside names ("Black Friday", "Sunday Times"), habitual
//! weekdays ("every Monday", "Mondays"), weeks ("last week", "this week"), decades ("the 1990s"),
//! seasons alone, halves, fiscal quarters/years ("fiscal Q2", "its fiscal third quarter",
//! "the first quarter of the year ending March 31",
//! "FY2024": a fiscal calendar is company specific, so they cannot be resolved from the text;
//! "financial" counts only when no date preposition or comma stands between it and the date:
//! "financial trouble in 2003" is the calendar year),
//! "the weekend", offsets from events ("49 minutes after the failure began"), delays ("two days
//! later than planned"), spans ("over the last year", "within the next month"), eras ("the cars
//! of tomorrow"; "as of today" and "of today's" stay dates), "today"/"tomorrow" ending a name
//! ("USA Today").
//!
//! # Time context
//! [`context`] takes the publication date from the article. It sets a default UTC offset only
//! when the place is safely implied: the dateline place ("HONG KONG, June 15 —") when it has a
//! known zone, or else every Location entity with a known zone agreeing on one offset (and at
//! least one such place). Otherwise there is no default offset and clock times stay zone-less
//! unless the text names a zone.
//!
//! # Resolution rules
//! * **Bare year context.** A 4-digit number 1800–2100 is a year only after a date word ("in",
//!   "since", "from", "until", "by", "during", "before", "after", "of", "early", "late", "mid-",
//!   "between", seasons, "calendar", "year"), in a list/range after another year, or with a
//!   possessive ("2019's"); never glued to a currency sign, a word ("FY2024") or a digit group
//!   ("1,957"), and never followed by a unit ("1999 euros"). A year followed by "was"/"is"/
//!   "will"/"has"/"had"/"saw" is a date as the subject of its clause ("2009 was a pivotal
//!   year"); a list may have a serial comma ("2004, 2005, and 2006").
//! * **Bare month context.** A capitalised month name without day or year needs the same date
//!   words, or "last"/"next"/"this", or a following "quarter". Abbreviations ("Jan", "Mar")
//!   need a day or year.
//! * **Tense.** Yearless days/months/quarters and plain weekdays look for the nearest tense
//!   marker in the clause (20 words back, then 10 forward): future = will/would/shall/could/
//!   should/might/must, "'ll", "'d" before "like"/"rather"/"be" ..., "set to", "going to",
//!   "due", "expected", "plans", scheduled present-tense verbs ("reports", "opens", "begins"
//!   ...), "next"; past = "-ed" verbs (not "-eed" words like "succeed", not passives/states
//!   like "to be finished", "is closed"),
//!   common irregular past forms, "has/had/was/were", "since", "ago". With no marker, "until"/
//!   "till" right before the date means future. A "deadline" within three words before the date
//!   or two after it means future; "is/are to" before a verb ("is to replace him") is future;
//!   "may" and "likely" are future; a present-tense verb after a determiner or right after the
//!   date is a noun ("a report on Wednesday", "an April 2 memo") and no marker; an irregular
//!   participle in a passive infinitive ("to be held") is no marker. The backward look stops
//!   at a reporting verb ("said", "announced" ...) more than three words before the date: the
//!   date then sits in the reported clause, whose own tense counts.
//! * **Yearless day** ("March 3"): past → latest candidate on or before publication (but the
//!   coming one when that is more than 300 days back and the coming one is at most 31 days
//!   after publication: the tense cue misled); future →
//!   earliest on or after; unknown → latest not more than 60 days after publication. A glued
//!   weekday picks the year in which the weekday matches (nearest to publication).
//! * **No publication date.** A yearless day or month is then read against the nearest full
//!   date (day, month and year stated) before it in the text, else the text's first full date:
//!   the year (that date's, the one before or after) that puts it nearest to that date, a glued
//!   weekday first picking the years where it matches. A text that states no full date leaves
//!   it unresolved (no year is invented); weekdays, quarters, seasons and "last year" stay tied
//!   to the publication date.
//! * **Yearless month** ("in June"): past → the June not after the publication month; future →
//!   the June not before it; unknown → latest not more than 2 months after publication.
//!   "last June" = latest June strictly before the publication month; "next May" = first May
//!   strictly after it.
//! * **Seasons**: "this summer" = the publication year, "last/next winter" as "last/next
//!   December" (the month each season begins in), "in/by/during the fall" as a yearless month
//!   of that season (tense decides), "the summer of 2019" = 2019; the value is the year
//!   (the corpus guidelines' reading). "the fall in prices", "the spring collection" are none.
//! * **Yearless quarter**: the quarter that has most recently started (the current one counts),
//!   or the next one when the clause is not past tense ("plants closing during the fourth
//!   quarter" in August), unless the clause is future tense and not about reported results ("earnings", "revenue",
//!   "results" ...), then the first one not yet ended; a future results report may also be
//!   about the quarter right after the current one ("will report second-quarter results" in
//!   March).
//! * **Weekdays**: plain "Sunday" = the most recent Sunday on or before publication (the
//!   publication day itself counts); in a future-tense clause the next one on or after it.
//!   "last Monday" = most recent Monday strictly before publication, skipping yesterday (so on a
//!   Tuesday it is eight days back); "next Monday" = first one after publication, skipping
//!   tomorrow; "this Monday" = the Monday of the publication week (Mon–Sun) unless future tense.
//! * **Slash dates**: "a/b[/y]": if a > 12 it is day/month, if b > 12 month/day; otherwise
//!   month/day (US) unless the article writes more day-first dates ("3 March") than
//!   month-first ones ("March 3"), then day/month. Without a year only after "on"/"since"/
//!   "from"/"until"/"till". Two-digit years are 20yy.
//! * **Clock times → day.** (1) A day adjacent to the time ("5.44pm on Sunday", "on Tuesday at
//!   14:05", "9am yesterday", "Tuesday, 14:05", "2024-03-05T14:05Z") makes ONE DateTime
//!   mention covering both; [`tag_times`] does not report that day separately,
//!   [`tag_times_nested`] does. (2) The second time of a range takes the first's day (+1 day
//!   if it is earlier) and they share a stated zone. (3) Otherwise the nearest day mentioned
//!   earlier in the same sentence, else the first one later in it unless that is a reporting
//!   day ("..., the company said on Monday": a speech verb within four words before it).
//!   (4) Otherwise the "event day": among day-precision mentions earlier in the text, the date
//!   mentioned most often in the whole text (a dateline "HONG KONG, June 15 —" does not count
//!   towards that; a day within a week of publication wins a tie against an older one), other
//!   ties going to the latest mention. A time more than 12 hours earlier than the
//!   previous time on the same day moves to the next day (midnight crossing) unless its own
//!   day is stated. (5) No day at all → the time is skipped. "noon"/"midnight" not introduced
//!   by "at"/"by"/"until"/"from" ("after midnight") are kept only when glued to a day.
//! * **Dotted clock times** ("9.30") need am/pm, a zone, or a clock preposition before them
//!   ("at", "from", "until", "between", "by", "around"), and are refused after price words
//!   ("shares closed at 12.40") or before "percent"/"per"/"points". Colon times ("09:30") need
//!   nothing. Four-digit military times ("1600 GMT") need a zone.
//! * **Zones.** Only when stated after the time (abbreviation, "UTC+8", "Pacific time",
//!   "Beijing time", "(HKT)", glued "Z") or when [`TimeContext::default_offset_minutes`] is set
//!   ("local time" and zone-less times use it). Times are never converted to UTC. "CST" is US
//!   Central unless the article mentions China/Beijing/Shanghai/... (then +08:00); "IST" is
//!   India. See [`zone_offset`] for names and daylight-saving rules.

mod docyear;
mod duration;
mod lex;
mod lists;
mod parse;
mod resolve;
mod tense;

#[cfg(test)]
mod tests;

use newskg_doc::{Document, EntityKind};

pub use crate::zones::zone_offset;
pub use duration::tag_durations;
pub use newskg_doc::{DurationMention, TimeContext, TimeMention, TimeValue};

/// All time expressions in `text`, sorted by start, non-overlapping. A clock time glued to its
/// day ("7:30 a.m. Pacific time on Tuesday, December 7th") is one DateTime mention.
pub fn tag_times(text: &str, ctx: &TimeContext) -> Vec<TimeMention> {
    resolve::run(text, ctx, false)
}

/// Like [`tag_times`], but for every "time on day" mention the day inside it is also returned
/// as its own Date mention (nested inside the DateTime's span). Sorted by start, then longest
/// first; only those inner days overlap.
pub fn tag_times_nested(text: &str, ctx: &TimeContext) -> Vec<TimeMention> {
    resolve::run(text, ctx, true)
}

/// The time context of a document: its publication date and, when safely implied, the UTC offset
/// of the place it was written about (see "Time context" in the module docs).
pub fn context(doc: &Document) -> TimeContext {
    let published = doc.article.published.as_ref().map(|p| p.date);
    let mut default_offset_minutes = None;
    if let Some(date) = published {
        let dateline = doc
            .mentions
            .iter()
            .enumerate()
            .find(|(_, m)| m.kind == EntityKind::Location && m.span.start() == first_word_start(doc))
            .filter(|(_, m)| {
                let after = doc.text.get(m.span.end()..).unwrap_or("");
                after.starts_with(',')
            });
        if let Some((_, m)) = dateline {
            default_offset_minutes = zone_offset(doc.slice(m.span), date);
        }
        if default_offset_minutes.is_none() {
            let offsets: Vec<i32> = doc
                .entities
                .iter()
                .filter(|e| e.kind == EntityKind::Location)
                .filter_map(|e| zone_offset(&e.name, date))
                .collect();
            if let Some(&first) = offsets.first()
                && offsets.iter().all(|&o| o == first)
            {
                default_offset_minutes = Some(first);
            }
        }
    }
    TimeContext { published, default_offset_minutes }
}

fn first_word_start(doc: &Document) -> usize {
    doc.tokens.first().map_or(0, |t| t.span.start())
}
