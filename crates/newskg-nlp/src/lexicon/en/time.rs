//! Time words: tense markers (in `tense`), duration hedges, month and weekday names, number words, date
//! prepositions and zone abbreviations; at the end, the temporal tagger's word-to-value tables
//! (units to minutes, am/pm, ordinal quarters, offsets, relative days, holidays), looked up with
//! [`value_of`]; last, the single time words the tagger tests on their own ([`QUARTER`],
//! [`YEAR`], [`MID`], ...), so no English word is written in `time/`.

use chrono::Weekday;

mod tense;
pub(crate) use tense::*;

/// Word sequences before a duration that make it approximate ("more than", "up to").
pub(crate) const HEDGES: &[&[&str]] = &[
    &["the", "best", "part", "of"],
    &["the", "better", "part", "of"],
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["up", "to"],
    &["at", "least"],
    &["at", "most"],
    &["close", "to"],
    &["just", "over"],
    &["just", "under"],
    &["just", "shy", "of"],
    &["upwards", "of"],
    &["an", "estimated"],
    &["as", "long", "as"],
    &["as", "much", "as"],
    &["about"],
    &["around"],
    &["roughly"],
    &["nearly"],
    &["almost"],
    &["some"],
    &["over"],
    &["under"],
    &["approximately"],
    &["approx"],
    &["circa"],
    &["within"],
    &["barely"],
];

/// Abbreviations only the time tokeniser knows: weekdays ("Tue.") and "fig".
pub(crate) const TIME_ABBREVIATIONS: &[&str] =
    &["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "fig"];

/// Whether a lower-cased word before a full stop is an abbreviation to the time tokeniser: the
/// shared [`ABBREVIATIONS`](super::sentences::ABBREVIATIONS) and [`TIME_ABBREVIATIONS`].
pub(crate) fn is_time_abbreviation(lower: &str) -> bool {
    super::sentences::ABBREVIATIONS.contains(&lower) || TIME_ABBREVIATIONS.contains(&lower)
}

/// Month names and abbreviations: (word, month number, whether it is an abbreviation).
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

/// Weekday names and abbreviations.
pub(crate) const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// Words after which a bare month name or a bare year is read as a date.
pub(crate) const DATE_PREP: &[&str] = &[
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

/// Simple number words → value ("a"/"an" → 1).
pub(crate) const NUM_WORDS: &[(&str, u32)] = &[
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

/// Time-zone abbreviations that may follow a clock time ("UTC", "PST", "HKT").
pub(crate) const ZONE_ABBR: &[&str] = &[
    "UTC", "GMT", "PST", "PDT", "PT", "MST", "MDT", "MT", "CST", "CDT", "CT", "EST", "EDT", "ET", "AKST", "AKDT",
    "HST", "BST", "WET", "CET", "CEST", "EET", "EEST", "MSK", "GST", "PKT", "IST", "ICT", "WIB", "HKT", "SGT", "MYT",
    "PHT", "AWST", "JST", "KST", "ACST", "ACDT", "AEST", "AEDT", "NZST", "NZDT", "BRT", "SAST",
];

/// Words before a dotted number that make it a price, not a time ("shares closed at 12.40").
pub(crate) const PRICE_WORDS: &[&str] = &[
    "closed", "close", "closing", "ended", "opened", "traded", "trading", "shares", "stock", "stocks", "price",
    "priced", "prices", "rose", "fell", "jumped", "dropped", "slipped", "climbed", "gained", "index", "yield", "rate",
    "settled", "finished", "valued", "quoted", "peaked", "high", "low", "up", "down",
];

/// Words near a quarter that mark a results report ("earnings for the September quarter").
pub(crate) const REPORT_WORDS: &[&str] = &[
    "results", "earnings", "revenue", "revenues", "profit", "profits", "sales", "report", "reports", "reported",
    "loss", "income",
];

/// Capitalised words that may stand before a weekday without making it part of a name ("On Monday").
pub(crate) const WEEKDAY_OK_BEFORE: &[&str] = &[
    "on", "by", "since", "until", "till", "last", "next", "this", "early", "late", "from", "through", "before",
    "after", "that", "and", "or", "said", "between", "as", "of",
];

/// Words after a weekday that make it part of a name ("Sunday Times", "Friday night lights").
pub(crate) const WEEKDAY_NAME_AFTER: &[&str] = &[
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

/// Speech verbs that introduce a reporting day ("said on Monday").
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "announced",
    "confirmed",
    "added",
    "stated",
    "wrote",
    "reported",
    "disclosed",
    "explained",
    "acknowledged",
    "admitted",
    "posted",
    "published",
    "tweeted",
];

/// Words between a clock time and the day it is glued to ("5.44pm on Sunday").
pub(crate) const CLOCK_DAY_AFTER: &[&str] = &["on"];

/// Words before a clock time that let it take an adjacent day ("at 14:05", "shortly before noon").
pub(crate) const CLOCK_BEFORE: &[&str] =
    &["at", "around", "about", "from", "between", "t", "by", "shortly", "just", "after", "before", "until"];

/// Words that mean the number one before a unit ("a day ago", "one week later").
pub(crate) const ONE_WORDS: &[&str] = &["a", "an", "one"];

/// Month names that are also verbs ("may", "march"): a tense marker only in lower case.
pub(crate) const MONTH_MODALS: &[&str] = &["may", "march"];

/// Seasons and the month each begins in (northern hemisphere): "this summer", "in the fall"
/// are the year the season falls in.
pub(crate) const SEASONS: &[(&str, u32)] = &[("spring", 3), ("summer", 6), ("fall", 9), ("autumn", 9), ("winter", 12)];

/// Words after "the <season>" that make it no date ("the fall in prices", "the spring
/// collection").
pub(crate) const NOT_SEASON_AFTER: &[&str] = &["in", "of", "on", "at", "collection", "season", "line", "range"];

/// Present-tense verbs among [`FUTURE`] that are nouns after a determiner ("a report on
/// Wednesday", "the launches"): then they say nothing about tense.
pub(crate) const FUTURE_VERBS_ALSO_NOUNS: &[&str] = &[
    "reports", "report", "releases", "opens", "closes", "starts", "begins", "ends", "meets", "holds", "launches",
    "hosts", "returns", "resumes", "votes", "visits", "plan", "plans", "aim", "aims", "hopes",
];

/// Nouns that make a date beside them a time still ahead ("a June 1 deadline", "the deadline of
/// June 1").
pub(crate) const FUTURE_NOUNS: &[&str] = &["deadline", "deadlines"];

/// Verbs that report speech. A date more than [`REPORTED_CLAUSE_GAP`] words after one sits in the
/// reported clause, whose own verbs give the tense ("Acme announced today a launch event to be held
/// on October 12").
pub(crate) const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "announced",
    "announces",
    "stated",
    "reported",
    "told",
    "added",
    "confirmed",
    "noted",
    "revealed",
    "explained",
    "claimed",
    "warned",
    "disclosed",
];

/// Verbs of a third party's report ("Reuters reported that ..."): what the reported clause speaks
/// of is not the report's source.
pub(crate) const REPORT_VERBS: &[&str] = &["reported", "reports"];

/// See [`REPORTING_VERBS`].
pub(crate) const REPORTED_CLAUSE_GAP: usize = 3;

/// Verbs after a four-digit number that make it a year as the subject of a clause ("2009 was a
/// pivotal year").
pub(crate) const YEAR_SUBJECT_VERBS: &[&str] = &["was", "is", "will", "has", "had", "saw", "marked", "proved"];

/// Words that make the next verb not a tense marker ("set to", "going to", "about to").
pub(crate) const NOT_TENSE_AFTER: &[&str] = &["set", "going", "about"];

/// Words ending in "eed" that are past participles ("agreed"), unlike "succeed".
pub(crate) const PAST_EED: &[&str] = &["agreed", "freed", "guaranteed", "decreed"];

/// Words before a number that make it a count or amount, not a duration.
pub(crate) const NOT_DURATION_BEFORE: &[&str] = &[
    "twice", "once", "thrice", "times", "per", "billion", "million", "thousand", "hundred", "trillion", "bn",
    "dollars", "euros", "yuan", "pounds",
];

/// Words ending in "s" that are not plurals.
pub(crate) const NOT_PLURAL_S: &[&str] = &["this", "thus", "lasts", "takes", "plus"];

/// Words joining two dates into a list or range ("2019 to 2021").
pub(crate) const RANGE_JOINERS: &[&str] = &["and", "or", "to", "through", "until"];

/// Words before a period that make it relative ("last week", "this quarter").
pub(crate) const PERIOD_MODIFIERS: &[&str] = &["last", "next", "this", "coming", "past"];

/// Quantifiers that make a time recurring or generic ("every Monday").
pub(crate) const EVERY_WORDS: &[&str] = &["every", "each", "most", "some"];

/// Zone abbreviations that take an offset ("UTC+8").
pub(crate) const OFFSET_ZONES: &[&str] = &["UTC", "GMT"];

/// US zone words before "time" ("Pacific time").
pub(crate) const US_ZONE_WORDS: &[&str] = &["pacific", "eastern", "central", "mountain"];

/// Words before a participle that make it passive or a state, saying nothing of tense ("to be finished").
pub(crate) const PASSIVE_INFINITIVE_LEADS: &[&str] =
    &["be", "being", "is", "are", "am", "remains", "remain", "stays", "stay"];

/// "Until" in both spellings: before a date it leans future.
pub(crate) const UNTIL_WORDS: &[&str] = &["until", "till"];

/// Words between two days of one range ("March 3 to 5").
pub(crate) const DAY_RANGE_JOINERS: &[&str] = &["to", "and"];

/// Words between a number and its unit in a duration ("11 straight hours").
pub(crate) const DURATION_MODIFIERS: &[&str] =
    &["straight", "consecutive", "full", "whole", "more", "additional", "further", "long"];

/// Words that cannot start the second part of a compound duration ("an hour and a half").
pub(crate) const NOT_SECOND_QUANTITY: &[&str] = &["a", "an", "half"];

/// Words after "or" that make a duration approximate ("or so", "or more").
pub(crate) const OR_SO_WORDS: &[&str] = &["so", "more", "longer"];

/// Ordinal suffixes written apart from the number ("3 rd").
pub(crate) const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// Words of a fiscal calendar ("fiscal", "FY").
pub(crate) const FISCAL_WORDS: &[&str] = &["fiscal", "financial", "fy"];

/// Nouns for the edge of a period before "of" ("end of March").
pub(crate) const PERIOD_EDGES: &[&str] = &["end", "start", "beginning", "close", "turn"];

/// The period edges that mean its end ("the end of the year" is December, not the year).
pub(crate) const PERIOD_ENDS: &[&str] = &["end", "close", "turn"];

/// Words for the next day ("the following day").
pub(crate) const NEXT_WORDS: &[&str] = &["next", "following"];

/// Words for the previous day ("the preceding day").
pub(crate) const PREVIOUS_WORDS: &[&str] = &["previous", "preceding"];

/// Words for the current period ("the current quarter").
pub(crate) const CURRENT_WORDS: &[&str] = &["current", "present"];

/// Words before "year", "month" or "quarter" that mean the current one.
pub(crate) const THIS_WORDS: &[&str] = &["the", "this"];

/// "Past" and "coming": like "last" and "next", but only after "this" ("this past Sunday") or as
/// an adjective, never alone before a weekday.
pub(crate) const PAST_COMING: &[&str] = &["past", "coming"];

/// Prepositions allowed between "late" / "early" and the time they modify ("late on Tuesday").
pub(crate) const ON_IN: &[&str] = &["on", "in"];

/// Season words of a zone name ("Eastern Standard Time").
pub(crate) const ZONE_SEASONS: &[&str] = &["standard", "daylight", "summer"];

/// Prepositions that make a bare number a clock time ("at 5").
pub(crate) const CLOCK_STRONG_BEFORE: &[&str] = &["at", "by", "until", "till", "from"];

/// Prepositions that may support a clock time without minutes ("around 5").
pub(crate) const CLOCK_PREPOSITIONS: &[&str] = &["at", "from", "until", "till", "between", "by", "around"];

/// Words after a number that make it an amount, not a clock time ("5.5 percent").
pub(crate) const NOT_CLOCK_AFTER: &[&str] = &["percent", "per", "pc", "million", "billion", "times", "points", "cents"];

/// Words between the two clock times of a range ("9am to 5pm").
pub(crate) const CLOCK_RANGE_JOINERS: &[&str] = &["to", "until", "till", "through"];

/// Words before "year" that make a relative year ("this year").
pub(crate) const YEAR_DEICTICS: &[&str] = &["this", "last", "next"];

/// Prepositions that make a bare day-month a date.
pub(crate) const DATE_PREP_STRONG: &[&str] = &["on", "since", "until", "till", "from"];

/// Words after a quarter that make it a fiscal one ("Q3 fiscal 2024").
pub(crate) const FISCAL_LEADS: &[&str] = &["fiscal", "fy"];

/// Determiners before "Q3" that keep it a quarter, not a model name.
pub(crate) const QUARTER_DETERMINERS: &[&str] = &["the", "its", "their", "our", "a", "this", "last", "next"];

/// Adjectives of a fiscal year ("of the financial year").
pub(crate) const FISCAL_ADJECTIVES: &[&str] = &["fiscal", "financial"];

/// Words before "year" after "of" ("Q3 of this year").
pub(crate) const YEAR_DETERMINERS: &[&str] = &["this", "the", "last", "next"];

/// Participles among [`FUTURE`] that, used as an adjective before a noun at the head of a noun
/// phrase ("Scheduled maintenance on Monday caused an outage", "a planned upgrade on Sunday took
/// the site down"), say nothing about the clause's tense: its verb does.
pub(crate) const ATTRIBUTIVE_PARTICIPLES: &[&str] = &["scheduled", "planned", "expected"];

/// Words after such a participle that make it a verb, not an adjective ("scheduled for Monday",
/// "planned to close", "expected on Friday").
pub(crate) const PARTICIPLE_VERB_FOLLOWERS: &[&str] = &["for", "to", "on", "at", "in", "by", "that", "from", "until"];

/// Determiners before a year used as a modifier ("the 2022 outage").
pub(crate) const ATTRIBUTIVE_DETERMINERS: &[&str] =
    &["the", "its", "their", "his", "her", "a", "an", "this", "that", "our"];

/// Result and plan nouns after a four-digit number that make it a year whatever stands before it
/// ("expects to cut 2025 earnings", "raised 2030 targets").
pub(crate) const YEAR_RESULT_NOUNS: &[&str] = &[
    "earnings",
    "revenue",
    "revenues",
    "sales",
    "profit",
    "profits",
    "results",
    "forecast",
    "forecasts",
    "guidance",
    "outlook",
    "budget",
    "targets",
    "loss",
    "losses",
];

/// Words before a year that make it a date when the year ends its clause ("delayed to 2031.",
/// "a loss for 2012,", "goes back to 1987."): the same two words as the supplier's preposition
/// ("a supplier to X"), written once there.
pub(crate) use super::deals::SUPPLIER_TO as YEAR_END_LEADS;

/// Words after such a year that still end its clause ("pushed back to 2031 and cut").
pub(crate) const CLAUSE_END_WORDS: &[&str] = &["and", "but", "when"];

/// Words before a bare date that make it the start of something still ahead when the date ends
/// its clause ("will chair the board from March.", "prices rise by 4 per cent from January,"):
/// without a range's other end such a start is on or after publication.
pub(crate) const START_FROM_WORDS: &[&str] = &["from", "starting", "effective"];

/// The words between a date preposition and its month or year that keep it a date ("until at
/// least 2031").
pub(crate) const AT_LEAST: [&str; 2] = ["at", "least"];

/// Period nouns before "to" that make the month or year after it the end of the period ("in the
/// six months to September", "the year to March 2024").
pub(crate) const PERIOD_TO_NOUNS: &[&str] = &["months", "weeks", "year", "quarter", "half"];

/// Words after a quarter that make its year a fiscal one ("the first quarter of the year ending
/// March 31"): the quarter then cannot be resolved from the text.
pub(crate) const YEAR_ENDING_WORDS: &[&str] = &["ending", "ended"];

/// Unit words that make a four-digit number a count, not a year ("1999 euros").
pub(crate) const UNITS_AFTER_YEAR: &[&str] =
    &["euros", "dollars", "yuan", "pounds", "yen", "people", "staff", "jobs", "km", "kg", "mb", "gb", "tb", "mw", "gw"];

// ---------------------------------------------------------------- word → value tables
// The temporal tagger looks these up through `value_of` (or the helpers below) instead of
// matching words inline, so another language gives its own tables without touching `time/`.

/// The value a lower-cased word maps to in a `(word, value)` table, if it is there.
pub(crate) fn value_of<T: Copy>(table: &[(&str, T)], lower: &str) -> Option<T> {
    table.iter().find(|(w, _)| *w == lower).map(|&(_, v)| v)
}

/// Minutes per unit word of a duration ("49 minutes", "six hours", "2 hrs").
pub(crate) const DURATION_UNITS: &[(&str, f64)] = &[
    ("minute", 1.0),
    ("minutes", 1.0),
    ("min", 1.0),
    ("mins", 1.0),
    ("hour", 60.0),
    ("hours", 60.0),
    ("hr", 60.0),
    ("hrs", 60.0),
    ("day", 1440.0),
    ("days", 1440.0),
    ("week", 10080.0),
    ("weeks", 10080.0),
];

/// Minutes per unit letter glued to its number ("2h 15m"); only read directly after the number.
pub(crate) const GLUED_DURATION_UNITS: &[(&str, f64)] = &[("h", 60.0)];

/// Minutes per unit word of a hyphenated adjective ("a 90-minute outage", "a two-hour-long wait").
pub(crate) const HYPHEN_DURATION_UNITS: &[(&str, f64)] =
    &[("minute", 1.0), ("min", 1.0), ("hour", 60.0), ("hr", 60.0), ("day", 1440.0), ("week", 10080.0)];

/// am/pm markers written as one word ("5pm", "5 PM"): whether each means afternoon.
pub(crate) const AM_PM: &[(&str, bool)] = &[("am", false), ("pm", true)];

/// The first letters of dotted am/pm markers ("a.m.", "p.m"): whether each means afternoon.
pub(crate) const DOTTED_AM_PM: &[(&str, bool)] = &[("a", false), ("p", true)];

/// The second letter of a dotted am/pm marker ("a.m.").
pub(crate) const DOTTED_AM_PM_END: &str = "m";

/// Clock times said as words, with their hour ("at noon", "midnight").
pub(crate) const NAMED_CLOCK_HOURS: &[(&str, u32)] = &[("noon", 12), ("midday", 12), ("midnight", 0)];

/// Words before "year" or "month" that mean the one before (-1) or after (1) ("last year",
/// "next month"); others ("this year", "the year") mean the current one.
pub(crate) const LAST_NEXT: &[(&str, i32)] = &[("last", -1), ("next", 1)];

/// Ordinals before "quarter" and the quarter they name ("the third quarter", "the final quarter").
pub(crate) const QUARTER_ORDINALS: &[(&str, u32)] =
    &[("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("final", 4)];

/// "Last" before "quarter of ..." names the fourth quarter ("the last quarter of 2023").
pub(crate) const LAST_QUARTER_OF: (&str, u32) = ("last", 4);

/// Calendar units that a counted offset or a relative period is in ("three days ago", "last month").
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum CalendarUnit {
    Day,
    Month,
    Quarter,
    Year,
}

/// Unit words after a count in a relative date ("three days ago", "a year earlier").
pub(crate) const COUNTED_UNITS: &[(&str, CalendarUnit)] = &[
    ("day", CalendarUnit::Day),
    ("days", CalendarUnit::Day),
    ("month", CalendarUnit::Month),
    ("months", CalendarUnit::Month),
    ("year", CalendarUnit::Year),
    ("years", CalendarUnit::Year),
];

/// Unit words after "last", "next" or "this" in a relative period ("last year", "this quarter").
pub(crate) const PERIOD_UNITS: &[(&str, CalendarUnit)] =
    &[("year", CalendarUnit::Year), ("month", CalendarUnit::Month), ("quarter", CalendarUnit::Quarter)];

/// Which way a counted offset goes from its anchor.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum OffsetDirection {
    /// Back from the publication date ("three days ago").
    Ago,
    /// Back from a date in the text ("a day earlier", "two days before").
    Before,
    /// Forward from a date in the text, said of days or years ("two years later").
    Later,
    /// Forward from a date in the text, said of days only ("two days after").
    After,
}

/// Words after a counted unit that make it an offset ("three days ago", "a year later").
pub(crate) const OFFSET_DIRECTIONS: &[(&str, OffsetDirection)] = &[
    ("ago", OffsetDirection::Ago),
    ("earlier", OffsetDirection::Before),
    ("before", OffsetDirection::Before),
    ("later", OffsetDirection::Later),
    ("after", OffsetDirection::After),
];

/// Whether a word after a duration makes it an offset back in time ("three days ago", "a day
/// before"): an [`OFFSET_DIRECTIONS`] word for `Ago` or `Before`.
pub(crate) fn is_back_offset(lower: &str) -> bool {
    matches!(value_of(OFFSET_DIRECTIONS, lower), Some(OffsetDirection::Ago | OffsetDirection::Before))
}

/// Whether a word shifts a day back ("the day before", "a day earlier"): an
/// [`OFFSET_DIRECTIONS`] word for `Before`.
pub(crate) fn is_earlier_word(lower: &str) -> bool {
    value_of(OFFSET_DIRECTIONS, lower) == Some(OffsetDirection::Before)
}

/// Whether a word shifts a day or a duration forward ("the day after", "two hours later"): an
/// [`OFFSET_DIRECTIONS`] word for `Later` or `After`.
pub(crate) fn is_later_word(lower: &str) -> bool {
    matches!(value_of(OFFSET_DIRECTIONS, lower), Some(OffsetDirection::Later | OffsetDirection::After))
}

/// Words before a date that narrow or place it ("late on Tuesday", "mid-June", "earlier this year").
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum DateModifier {
    /// "late" / "early": part of the day, month, year or quarter after it.
    Edge,
    /// "mid": the middle of the month or year after it.
    Middle,
    /// "earlier" / "later" before "this year" or "in the month": within the current period.
    WithinCurrent,
}

/// Modifier words before a date and what they do.
pub(crate) const DATE_MODIFIERS: &[(&str, DateModifier)] = &[
    ("late", DateModifier::Edge),
    ("early", DateModifier::Edge),
    ("mid", DateModifier::Middle),
    ("earlier", DateModifier::WithinCurrent),
    ("later", DateModifier::WithinCurrent),
];

/// Period modifiers that point back (-1) or forward (1) ("last week", "this coming Monday");
/// the other [`PERIOD_MODIFIERS`] ("this") mean the current period.
pub(crate) const PERIOD_SHIFTS: &[(&str, i32)] = &[("last", -1), ("past", -1), ("next", 1), ("coming", 1)];

/// Parts of the day after "this" that mean today ("this morning"); "last night" is
/// [`LAST_NIGHT`].
pub(crate) const DAYTIME_PARTS: &[&str] = &["morning", "afternoon", "evening"];

/// The part of the day after the [`DAYTIME_PARTS`].
pub(crate) const NIGHT: &str = "night";

/// "Last night": yesterday.
pub(crate) const LAST_NIGHT: (&str, &str) = ("last", NIGHT);

/// Whether a word is a part of the day that may follow a day ("Monday morning", "yesterday
/// evening", "last Sunday night"): one of the [`DAYTIME_PARTS`] or [`NIGHT`].
pub(crate) fn is_part_of_day(lower: &str) -> bool {
    DAYTIME_PARTS.contains(&lower) || lower == NIGHT
}

/// Days relative to the publication date, as words ("yesterday" → -1).
pub(crate) const RELATIVE_DAYS: &[(&str, i64)] = &[("today", 0), ("tonight", 0), ("yesterday", -1), ("tomorrow", 1)];

/// Fixed-date holidays of two capitalised words: (first word, second word, month, day).
pub(crate) const HOLIDAYS: &[(&str, &str, u32, u32)] =
    &[("christmas", "day", 12, 25), ("christmas", "eve", 12, 24), ("boxing", "day", 12, 26)];

/// The words of "New Year's" before a holiday word of [`NEW_YEAR_HOLIDAYS`].
pub(crate) const NEW_YEAR: (&str, &str) = ("new", "year");

/// Holidays after "New Year's": (word, month, day).
pub(crate) const NEW_YEAR_HOLIDAYS: &[(&str, u32, u32)] = &[("day", 1, 1), ("eve", 12, 31)];

// Single words the stages test one at a time (`p.is(j, WORD)`, `w == WORD`, `w.ends_with(SUFFIX)`).

/// "calendar" of "calendar year" after a quarter, as opposed to a fiscal one.
pub(crate) const CALENDAR: &str = "calendar";

/// "couple" of "a couple of hours", a quantity of two.
pub(crate) const COUPLE: &str = "couple";

/// The zone abbreviation "cst", China rather than US Central time in Chinese news.
pub(crate) const CST: &str = "cst";

/// "day" of "the day before yesterday", "the next day", "day-long".
pub(crate) const DAY: &str = "day";

/// The ending "-eed" of words that only look past-tense ("need", "proceed"); see [`PAST_EED`].
pub(crate) const EED_SUFFIX: &str = "eed";

/// "end" of "year-end" and "year end".
pub(crate) const END: &str = "end";

/// "fiscal" of "of fiscal 2025" before a year.
pub(crate) const FISCAL: &str = "fiscal";

/// The hour abbreviation "h" glued to a number ("2h30").
pub(crate) const HOUR_ABBR: &str = "h";

/// "half" of "half an hour" and "an hour and a half".
pub(crate) const HALF: &str = "half";

/// The "ll" of a contracted "'ll" (will), a future marker.
pub(crate) const WILL_CONTRACTED: &str = "ll";

/// The "d" of a contracted "'d", "would" or "had": a future marker only before one of
/// [`WOULD_D_VERBS`] ("we'd like to start in November"; "we'd finished" is "had").
pub(crate) const D_CONTRACTED: &str = "d";

/// Words after "'d" that make it "would" ("we'd like", "they'd rather", "it'd be").
pub(crate) const WOULD_D_VERBS: &[&str] = &["like", "love", "prefer", "rather", "be", "want", "hope", "expect"];

/// The word "local" of "local time".
pub(crate) const LOCAL: &str = "local";

/// "long" of a hyphenated duration ("a three-hour-long outage").
pub(crate) const LONG: &str = "long";

/// The minute abbreviation "m" after an hour ("2h 30m"); alone it means millions.
pub(crate) const MINUTE_ABBR: &str = "m";

/// The month "may", which is also a modal verb and so never an abbreviation.
pub(crate) const MAY: &str = "may";

/// The prefix word "mid" before a hyphen ("mid-March", "mid-2024").
pub(crate) const MID: &str = "mid";

/// "month" of "this month", "last month", "the next month".
pub(crate) const MONTH: &str = "month";

/// "past" of "this past Monday" (the plain, not the next, weekday).
pub(crate) const PAST_WORD: &str = "past";

/// "plus" of "two-plus hours", a lower bound on a duration.
pub(crate) const PLUS: &str = "plus";

/// "quarter" of a calendar or fiscal quarter ("the third quarter", "Q3 quarter") and of "a quarter of an hour".
pub(crate) const QUARTER: &str = "quarter";

/// "quarters" of "three quarters of an hour".
pub(crate) const QUARTERS: &str = "quarters";

/// The "t" between an ISO date and its clock time ("2024-03-01T10:00").
pub(crate) const ISO_TIME_SEPARATOR: &str = "t";

/// "three" of "three quarters of an hour".
pub(crate) const THREE: &str = "three";

/// "time" after a zone or place name ("Pacific time", "local time"), never part of the name.
pub(crate) const TIME: &str = "time";

/// "tomorrow" of "the day after tomorrow".
pub(crate) const TOMORROW: &str = "tomorrow";

/// Relative day words that name an era, not a day, after "of" ("the cars of tomorrow", "the
/// world of today"); "as of today" stays a date.
pub(crate) const ERA_DAY_WORDS: &[&str] = &["today", "tomorrow"];

/// The word "tonight", a part of day that is also its own date.
pub(crate) const TONIGHT: &str = "tonight";

/// "year" of "this year", "last year", "the next year", "year-end".
pub(crate) const YEAR: &str = "year";

/// "yesterday" of "the day before yesterday".
pub(crate) const YESTERDAY: &str = "yesterday";
