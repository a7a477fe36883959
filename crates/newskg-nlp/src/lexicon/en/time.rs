//! Time words: tense markers, duration hedges, month and weekday names, number words, date
//! prepositions and zone abbreviations.

use chrono::Weekday;

/// Future-tense markers of a clause (see "Tense" in the time module docs).
pub(crate) const FUTURE: &[&str] = &[
    "will",
    "would",
    "shall",
    "could",
    "might",
    "should",
    "must",
    "due",
    "expected",
    "expects",
    "expect",
    "scheduled",
    "plans",
    "plan",
    "planned",
    "planning",
    "intends",
    "intend",
    "aims",
    "aim",
    "hopes",
    "upcoming",
    "coming",
    "next",
    "tomorrow",
    "reports",
    "report",
    "publishes",
    "releases",
    "opens",
    "closes",
    "starts",
    "begins",
    "ends",
    "meets",
    "holds",
    "launches",
    "hosts",
    "goes",
    "returns",
    "resumes",
    "unveils",
    "debuts",
    "expires",
    "votes",
    "visits",
    "arrives",
];

/// Past-tense markers of a clause beyond "-ed" verbs: irregular past forms, "has", "was".
pub(crate) const PAST: &[&str] = &[
    "said",
    "was",
    "were",
    "had",
    "has",
    "have",
    "did",
    "made",
    "took",
    "came",
    "went",
    "got",
    "gave",
    "saw",
    "told",
    "began",
    "fell",
    "rose",
    "hit",
    "struck",
    "left",
    "found",
    "held",
    "became",
    "brought",
    "bought",
    "sold",
    "paid",
    "led",
    "lost",
    "won",
    "met",
    "ran",
    "sent",
    "spent",
    "built",
    "kept",
    "thought",
    "knew",
    "wrote",
    "spoke",
    "chose",
    "broke",
    "drove",
    "grew",
    "threw",
    "stood",
    "felt",
    "heard",
    "meant",
    "caught",
    "fought",
    "sought",
    "taught",
    "sank",
    "slid",
    "swung",
    "withdrew",
    "overtook",
    "undertook",
    "ago",
    "since",
    "previously",
    "earlier",
    "last",
    "froze",
    "woke",
    "rang",
    "sprang",
    "shook",
    "hid",
    "bit",
    "dealt",
    "lent",
    "fled",
    "flew",
    "forgot",
    "forgave",
    "laid",
    "rebuilt",
    "swore",
    "tore",
    "wore",
    "wound",
    "underwent",
    "upheld",
];

/// Words ending in "-ed" or "-eed" that are not past forms ("need", "feed").
pub(crate) const NOT_PAST_ED: &[&str] = &[
    "need",
    "feed",
    "seed",
    "speed",
    "shed",
    "bed",
    "red",
    "wed",
    "hundred",
    "united",
    "limited",
    "based",
    "related",
    "detailed",
    "automated",
    "embedded",
    "dedicated",
    "advanced",
    "expected",
    "scheduled",
    "planned",
    "proposed",
    "listed",
    "owned",
    "unexpected",
    "unprecedented",
    "interested",
    "concerned",
    "indeed",
    "breed",
    "greed",
    "weed",
    "deed",
    "naked",
    "wicked",
    "sacred",
    "rugged",
    "beloved",
    "distributed",
    "connected",
    "integrated",
    "managed",
    "shared",
    "trusted",
    "skilled",
    "talented",
    "renowned",
    "armed",
    "alleged",
    "supposed",
    "so-called",
    "biased",
    "sized",
    "aged",
];

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

pub(crate) const PART_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];

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

/// Clock times said as words.
pub(crate) const NAMED_CLOCK_TIMES: &[&str] = &["noon", "midnight"];

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

/// Words after a duration that make it an offset back in time ("three days ago").
pub(crate) const BACK_OFFSETS: &[&str] = &["ago", "before", "earlier"];

/// Ordinal suffixes written apart from the number ("3 rd").
pub(crate) const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// Words of a fiscal calendar ("fiscal", "FY").
pub(crate) const FISCAL_WORDS: &[&str] = &["fiscal", "financial", "fy"];

/// Nouns for the edge of a period before "of" ("end of March").
pub(crate) const PERIOD_EDGES: &[&str] = &["end", "start", "beginning", "close", "turn"];

/// The period edges that mean its end.
pub(crate) const PERIOD_ENDS: &[&str] = &["end", "close", "turn"];

/// Words that shift a day back ("the day before").
pub(crate) const EARLIER_WORDS: &[&str] = &["before", "earlier"];

/// Words that shift a day or a duration forward ("the day after", "two hours later").
pub(crate) const LATER_WORDS: &[&str] = &["after", "later"];

/// Words for the next day ("the following day").
pub(crate) const NEXT_WORDS: &[&str] = &["next", "following"];

/// Words for the previous day ("the preceding day").
pub(crate) const PREVIOUS_WORDS: &[&str] = &["previous", "preceding"];

/// Words for the current period ("the current quarter").
pub(crate) const CURRENT_WORDS: &[&str] = &["current", "present"];

/// Words before "year", "month" or "quarter" that mean the current one.
pub(crate) const THIS_WORDS: &[&str] = &["the", "this"];

/// Words before "year" or "month" that mean the one before or after.
pub(crate) const LAST_NEXT: &[&str] = &["last", "next"];

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

/// Determiners before a year used as a modifier ("the 2022 outage").
pub(crate) const ATTRIBUTIVE_DETERMINERS: &[&str] =
    &["the", "its", "their", "his", "her", "a", "an", "this", "that", "our"];

/// Unit words that make a four-digit number a count, not a year ("1999 euros").
pub(crate) const UNITS_AFTER_YEAR: &[&str] =
    &["euros", "dollars", "yuan", "pounds", "yen", "people", "staff", "jobs", "km", "kg", "mb", "gb", "tb", "mw", "gw"];
