//! Founding: the words around a verb of founding that the founder rules of `relate/roles` read
//! besides the founding verbs themselves (those stay with the other post words in `people`):
//! a founder's apposition, a second participle sharing the founders' "by", the adverbs between a
//! pronoun and its verb, what may stand between an organisation and the participle that describes
//! it, what closes a described object, and the partners an organisation is founded "with".

/// Participles that may share a founding verb's "by" when joined to it by "and" ("founded in 2006
/// and launched in 2007 by Jane Roe", "founded and incorporated by"; rule
/// `roles-founded-conjoined`).
pub(crate) const FOUNDED_CONJOINED: &[&str] =
    &["launched", "started", "established", "created", "formed", "incorporated", "opened", "set", "registered"];

/// Words that open a description in apposition to a founder or an organisation ("Jane Roe, an
/// engineer from Leeds, and John Doe", "Acme, another company founded by Jane Roe"; rules
/// `roles-founders-apposition` and `roles-founded-predicate`).
pub(crate) const APPOSITION_OPENERS: &[&str] = &["a", "an", "the", "another", "his", "her", "their", "its", "one"];

/// How many words a founder's or an organisation's apposition may run to before its closing
/// comma or the participle (rules `roles-founders-apposition` and `roles-founded-predicate`).
pub(crate) const APPOSITION_MAX_WORDS: usize = 10;

/// Words that end an apposition: a new clause, a verb of saying or of being, a conjunction
/// ("Jane Roe, who ...", "Acme, which was bought by", "Acme, and Zeta").
pub(crate) const APPOSITION_STOP: &[&str] = &[
    "and", "or", "but", "who", "whose", "which", "when", "where", "while", "said", "says", "told", "is", "was", "are",
    "were", "has", "had", "have", "will", "would", "by", ";", ":", "\"",
];

/// Dashes that set off an apposition as a comma does ("Acme – the first bank in Ruritania
/// established by Jane Roe"; rule `roles-founded-predicate`).
pub(crate) const APPOSITION_DASHES: &[&str] = &["\u{2013}", "\u{2014}", "-", "--"];

/// Adverbs between a subject pronoun and its founding verb ("she later co-founded Acme", "he also
/// founded Zeta", "he has since founded Zeta"; rule `roles-founded-pronoun`); an adverb in "-ly"
/// counts too.
pub(crate) const PRONOUN_VERB_ADVERBS: &[&str] = &["also", "later", "then", "soon", "once", "first", "since"];

/// Words that may close the object of a founding verb when it is a description ("Jane Roe and John
/// Doe founded the website in 2004", "... the label with Zeta"): a preposition or a clause's end
/// (rule `roles-founded-object`).
pub(crate) const OBJECT_CLOSERS: &[&str] = &[
    "in",
    "with",
    "on",
    "at",
    "as",
    "from",
    "during",
    "after",
    "before",
    "while",
    "and",
    "together",
    "alongside",
    "which",
    "that",
    "when",
    "to",
    ".",
    ",",
    ";",
    ":",
    "(",
];

/// How many lower-case words a described object may have after its article ("the online
/// marketplace", "a second mutual"; rule `roles-founded-object`).
pub(crate) const OBJECT_MAX_WORDS: usize = 3;

/// "own" in "founded his own company, Acme" (rule `roles-founded-object`).
pub(crate) const OWN: &str = "own";

/// People an organisation is founded with that make the subject a co-founder though no one is named
/// ("founded Acme with two former colleagues", "with his wife"); staff and means are not among them
/// ("with ten workers", "with a loan"; rule `roles-founded-with-partners`).
pub(crate) const FOUNDING_PARTNER_NOUNS: &[&str] = &[
    "partner",
    "partners",
    "colleague",
    "colleagues",
    "friend",
    "friends",
    "classmate",
    "classmates",
    "associate",
    "associates",
    "others",
    "wife",
    "husband",
    "brother",
    "brothers",
    "sister",
    "sisters",
    "son",
    "sons",
    "daughter",
    "daughters",
    "father",
    "mother",
    "cousin",
    "cousins",
    "family",
    "co-founders",
    "cofounders",
];

/// Words that open a founder's partner described but not named after the founders' "and" ("founded
/// by Jane Roe and five others", "and a group of investors", "and three of her students"; rule
/// `roles-founders-described-partner`), besides number words and possessive pronouns.
pub(crate) const FOUNDING_GROUP_OPENERS: &[&str] = &["several", "some", "other"];

/// Nouns of such a described partner besides [`FOUNDING_PARTNER_NOUNS`] ("a group of investors",
/// "three of his students").
pub(crate) const FOUNDING_GROUP_NOUNS: &[&str] =
    &["group", "investors", "students", "engineers", "businessmen", "entrepreneurs", "scientists"];

/// How many words such a description may run to ("a group of Leeds investors").
pub(crate) const FOUNDING_GROUP_MAX_WORDS: usize = 8;

/// Ranks and styles before a founder's name after a founding verb's "by" or in a list of
/// founders ("founded by the late Captain Jane Roe", "by A, B and Colonel John Doe"); the forms of
/// address ("Dr", "Sir") are `ADDRESS_FORMS` (rule `roles-founders-ranks`).
pub(crate) const FOUNDER_RANKS: &[&str] = &[
    "captain",
    "capt",
    "colonel",
    "col",
    "major",
    "general",
    "gen",
    "admiral",
    "lieutenant",
    "lt",
    "commander",
    "brigadier",
    "reverend",
    "rev",
    "judge",
    "lord",
    "lady",
    "count",
    "baron",
];

/// Nouns for an organisation's own undertaking that, as "the [new] business" opening a passive
/// founding sentence, refer back as "the company" does ("The business was established by Jane
/// Roe in 1843": the organisation the article goes on about, not a later owner; rule
/// `roles-founded-business-subject`).
pub(crate) const FOUNDED_SUBJECT_NOUNS: &[&str] = &["business", "enterprise", "venture", "concern", "partnership"];
