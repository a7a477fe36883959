//! Name boundaries: capitalised words that never start or continue a name, and the words that end a
//! noun phrase.

use super::places::DEMONYMS;

/// Calendar words: they break a capitalised run ("Monday Acme said"), but one the recogniser
/// read into a name before another capitalised word stays in it ("Sun Microsystems").
pub(crate) const CALENDAR_BREAK_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "christmas",
    "easter",
];

/// Capitalised words that never start or continue a name: time zones, title words, determiners
/// and pronouns that happen to be capitalised and common acronyms. Calendar words and demonyms
/// break names too but live in [`CALENDAR_BREAK_WORDS`] and [`DEMONYMS`] (they may open a longer name such as "American
/// Airlines"); ask [`is_break_word`], not this list.
const BREAK_WORDS: &[&str] = &[
    // zones and clock words
    "utc",
    "gmt",
    "hkt",
    "pst",
    "pdt",
    "est",
    "edt",
    "cst",
    "cdt",
    "mst",
    "mdt",
    "cet",
    "cest",
    "bst",
    "ist",
    "jst",
    "kst",
    "sgt",
    "aest",
    "aedt",
    "wib",
    "am",
    "pm",
    "a.m",
    "p.m",
    // titles
    "ceo",
    "cfo",
    "cto",
    "coo",
    "cio",
    "ciso",
    "cmo",
    "cpo",
    "chief",
    "chairman",
    "chairwoman",
    "chair",
    "president",
    "vice",
    "vice-president",
    "director",
    "executive",
    "officer",
    "founder",
    "co-founder",
    "cofounder",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "analyst",
    "minister",
    "governor",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sir",
    "dame",
    "former",
    "interim",
    "acting",
    "senior",
    "head",
    "managing",
    "general",
    "secretary",
    "deputy",
    "chancellor",
    "premier",
    // function words
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "it",
    "his",
    "her",
    "their",
    "our",
    "we",
    "they",
    "he",
    "she",
    "i",
    "you",
    "there",
    "here",
    "in",
    "on",
    "at",
    "of",
    "for",
    "and",
    "or",
    "but",
    "by",
    "with",
    "from",
    "to",
    "as",
    "if",
    "when",
    "while",
    "after",
    "before",
    "during",
    "under",
    "over",
    "among",
    "between",
    "since",
    "until",
    "about",
    "what",
    "which",
    "who",
    "whose",
    "how",
    "why",
    "where",
    "some",
    "many",
    "most",
    "more",
    "all",
    "both",
    "each",
    "every",
    "no",
    "not",
    "neither",
    "nor",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "first",
    "second",
    "third",
    "last",
    "next",
    "new",
    "other",
    "another",
    "such",
    "also",
    "only",
    "just",
    "still",
    "even",
    "yet",
    "so",
    "then",
    "now",
    "however",
    "meanwhile",
    "although",
    "though",
    "because",
    "despite",
    "following",
    "according",
    "within",
    "without",
    "into",
    "through",
    "across",
    "against",
    "around",
    "shares",
    "users",
    "customers",
    "analysts",
    "engineers",
    "investors",
    "officials",
    "executives",
    "critics",
    "sources",
    // common acronyms
    "api",
    "apis",
    "ui",
    "sdk",
    "vpn",
    "http",
    "https",
    "url",
    "cpu",
    "gpu",
    "ram",
    "sms",
    "qr",
    "ai",
    "os",
    "ip",
    "pc",
    "tv",
    "ipo",
    "gdp",
    "faq",
    "ok",
    "q1",
    "q2",
    "q3",
    "q4",
    "today",
    "yesterday",
    "tomorrow",
    "thousands",
    "hundreds",
    "millions",
    "dozens",
    "et",
    "pt",
    "ct",
    "day",
    "week",
    "month",
    "year",
    "quarter",
    "weekend",
];

/// Words that end the backward scan over a noun phrase before a name.
pub(crate) const NP_STOP: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "by",
    "with",
    "and",
    "or",
    "as",
    "from",
    "said",
    "says",
    "is",
    "was",
    "are",
    "were",
    "has",
    "had",
    "have",
    "be",
    "been",
    "that",
    "which",
    "who",
    "including",
    "like",
    "such",
    "than",
    "into",
];

/// Whether a lower-cased capitalised word never starts or continues a name: [`BREAK_WORDS`] and
/// the demonyms.
pub(crate) fn is_break_word(lower: &str) -> bool {
    BREAK_WORDS.contains(&lower) || CALENDAR_BREAK_WORDS.contains(&lower) || DEMONYMS.contains(&lower)
}

/// Words left out of a name's initials ("Bank of America" -> BA).
pub(crate) const ACRONYM_SKIP: &[&str] = &["of", "for", "and", "the", "&", "de"];

/// Lower-case words that join the parts of an organisation's name ("Bank of X", "Banco de X").
pub(crate) const NAME_JOINERS: &[&str] = &["of", "for", "de"];

/// Words that end the name before an apposition ("X, the ... company").
pub(crate) const APPOSITION_BEFORE_END: &[&str] =
    &[",", ".", "which", "who", "that", "said", "is", "was", "has", "will", ";", "where", "when"];

/// Determiners that open an apposition describing the name before it ("X, a ... firm").
pub(crate) const APPOSITION_DETERMINERS: &[&str] = &["the", "a", "an", "one"];

/// Words that end an apposition's noun phrase.
pub(crate) const APPOSITION_END: &[&str] =
    &[",", ".", "which", "who", "that", "of", "behind", "with", "to", ";", "and", "in", "for", "since", "whose"];

/// What may stand between two names of one list ("A, B and C", "A & B").
pub(crate) const NAME_LIST_GAPS: &[&str] =
    &[",", "and", ", and", "or", ", or", "&", "and the", ", and the", ", the", ", The"];

/// Break words that may still open a name ("New York", "General Electric").
pub(crate) const NAME_OPENING_BREAK_WORDS: &[&str] = &["new", "general"];

/// Break words that are part of a name where the recogniser read them into one beside another
/// capitalised word ("Brontal Seven", "Orbis TV", "All Norland Freight", "Mac OS"): numbers,
/// quantity words and a few acronyms, never titles, calendar or function words.
pub(crate) const NAME_PART_BREAK_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "all", "first", "tv", "pc", "ai",
    "os",
];

/// The Irish definite article, which opens names written mid-sentence with a capital ("An Post",
/// "An Garda Síochána", "An Bord Pleanála"); `recognise` rule `recognise-irish-article`.
pub(crate) const IRISH_ARTICLE: &str = "an";

/// The word that may stand before a broadcast station's call sign without being part of its name
/// ("Station KRLD-TV", "Stations WGAC and WFNL"; rule `recognise-station-word`).
pub(crate) const STATION_WORDS: &[&str] = &["station", "stations"];

/// Whether a word is a North American broadcast call sign: K or W and two or three more capital
/// letters, with a band or service after a hyphen or in parentheses ("KRLD", "WPRO-TV", "KOWH(FM)").
pub(crate) fn is_call_sign(text: &str) -> bool {
    let letters: &str = text.split(['-', '(']).next().unwrap_or("");
    (3..=4).contains(&letters.len())
        && letters.starts_with(['K', 'W'])
        && letters.chars().all(|ch| ch.is_ascii_uppercase())
}

/// A broadcast station's band or service written after its call sign, in parentheses or after a
/// hyphen ("KOWH(FM)", "KBMW( AM)", "KWCH- TV"; rule `recognise-call-sign-band`), lower-cased.
pub(crate) const STATION_BANDS: &[&str] = &["am", "fm", "tv", "dt", "lp", "lpfm", "fm-lp", "ld", "cd"];

/// Whether `text` is one of [`STATION_BANDS`] as written after a call sign, its hyphen or parentheses
/// left out ("FM)" of "KOWH(FM)", "-TV" of "WPXN-TV"), in any case.
pub(crate) fn is_station_band(text: &str) -> bool {
    let band = text.trim_matches(|c: char| matches!(c, '-' | '(' | ')'));
    STATION_BANDS.iter().any(|b| b.eq_ignore_ascii_case(band))
}

/// What opens and closes a defined term's quoted short form in brackets right after a name
/// ("Acme Radio Company, LLC (\u{201c}Acme\u{201d})"; rule `resolve-defined-short-form`), spaces
/// left out.
pub(crate) const DEFINED_TERM_OPENERS: &[&str] = &["(\u{201c}", "(\"", "(\u{2018}", "('"];
pub(crate) const DEFINED_TERM_CLOSERS: &[&str] = &["\u{201d})", "\")", "\u{2019})", "')"];

/// Head words that close the name of an event or an award ("the Paris Air Show", "the Tarnby Film Festival", "the
/// Summer Olympics", "the Queen's Award"): not an entity (the corpus guidelines leave events out; rule
/// `recognise-event-names`). Words that also close names of businesses or bodies often are not here ("Games" of game
/// studios, "Fair" of "Vanity Fair", "Summit", "Conference", "Cup").
pub(crate) const EVENT_HEADS: &[&str] = &[
    "show",
    "expo",
    "exhibition",
    "festival",
    "olympics",
    "championship",
    "championships",
    "tournament",
    "award",
    "awards",
    "prize",
];
