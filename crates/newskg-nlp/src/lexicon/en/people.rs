//! People: job titles and the words around a person's name, title or change of post.

use newskg_doc::Role;

/// Job-title nouns: a person's name sits next to them ("chief executive X", "X, Acme's analyst").
pub(crate) const JOB_TITLES: &[&str] = &[
    "successor",
    "predecessor",
    "ceo",
    "cfo",
    "cto",
    "coo",
    "cio",
    "chairman",
    "chairwoman",
    "chair",
    "executive",
    "founder",
    "co-founder",
    "cofounder",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "president",
    "vice-president",
    "director",
    "analyst",
    "officer",
    "minister",
    "governor",
    "head",
    "secretary",
    "manager",
    "engineer",
    "professor",
    "economist",
    "researcher",
    "boss",
];

/// Words right before a name that make it a person's name, besides [`JOB_TITLES`].
const PERSON_BEFORE_ONLY: &[&str] = &[
    "co-founders",
    "founders",
    "cofounders",
    "named",
    "appointed",
    "hired",
    "promoted",
    "succeeded",
    "succeeding",
    "replaced",
    "replacing",
    "mr",
    "mrs",
    "ms",
    "dr",
    "chancellor",
    "partner",
    "chief",
];

/// Title words that, after a name and a comma, make the name a person ("X, Acme's chief
/// executive"), besides [`JOB_TITLES`].
const TITLE_WORDS_ONLY: &[&str] = &["treasurer", "mayor", "senator", "commissioner", "premier"];

/// Whether a word right before a name makes it a person's name ("named X", "analyst X").
pub(crate) fn is_person_before(lower: &str) -> bool {
    JOB_TITLES.contains(&lower) || PERSON_BEFORE_ONLY.contains(&lower)
}

/// Whether a word is a title word that, after a name and a comma, makes the name a person.
pub(crate) fn is_title_word(lower: &str) -> bool {
    JOB_TITLES.contains(&lower) || TITLE_WORDS_ONLY.contains(&lower)
}

/// Title phrases (lower-cased token sequences) and their roles, longest first within a start word.
pub(crate) const TITLES: &[(&[&str], Role)] = &[
    (&["finance", "director"], Role::Cfo),
    (&["chief", "executive", "officer"], Role::Ceo),
    (&["chief", "executive"], Role::Ceo),
    (&["ceo"], Role::Ceo),
    (&["chief", "financial", "officer"], Role::Cfo),
    (&["chief", "finance", "officer"], Role::Cfo),
    (&["finance", "chief"], Role::Cfo),
    (&["cfo"], Role::Cfo),
    (&["chief", "technology", "officer"], Role::Cto),
    (&["chief", "technical", "officer"], Role::Cto),
    (&["technology", "chief"], Role::Cto),
    (&["cto"], Role::Cto),
    (&["chief", "operating", "officer"], Role::Coo),
    (&["coo"], Role::Coo),
    (&["executive", "chairman"], Role::Chairman),
    (&["executive", "chairwoman"], Role::Chairman),
    (&["executive", "vice-president"], Role::VicePresident),
    (&["executive", "vice", "president"], Role::VicePresident),
    (&["executive", "leadership", "team"], Role::Executive),
    (&["executive", "team"], Role::Executive),
    (&["executive", "director"], Role::Director),
    (&["executive"], Role::Executive),
    (&["chairman"], Role::Chairman),
    (&["chairwoman"], Role::Chairman),
    (&["chairperson"], Role::Chairman),
    (&["chair"], Role::Chairman),
    (&["senior", "vice-president"], Role::VicePresident),
    (&["senior", "vice", "president"], Role::VicePresident),
    (&["vice-president"], Role::VicePresident),
    (&["vice", "president"], Role::VicePresident),
    (&["vice-chairman"], Role::Chairman),
    (&["svp"], Role::VicePresident),
    (&["evp"], Role::VicePresident),
    (&["president"], Role::President),
    (&["co-founder"], Role::Cofounder),
    (&["cofounder"], Role::Cofounder),
    (&["co-founders"], Role::Cofounder),
    (&["founding", "team"], Role::Cofounder),
    (&["founding", "member"], Role::Cofounder),
    (&["founder"], Role::Founder),
    (&["managing", "director"], Role::Director),
    (&["board", "member"], Role::Director),
    (&["director"], Role::Director),
    (&["leadership", "team"], Role::Executive),
    (&["head"], Role::Head),
    (&["analyst"], Role::Analyst),
    (&["spokesperson"], Role::Spokesperson),
    (&["spokesman"], Role::Spokesperson),
    (&["spokeswoman"], Role::Spokesperson),
    (&["minister"], Role::Minister),
    (&["governor"], Role::Governor),
    (&["general", "counsel"], Role::OtherRole),
    (&["chief", "scientist"], Role::OtherRole),
    (&["chief", "economist"], Role::OtherRole),
];

/// Words that may sit between the parts of a title chain or before a title without breaking it.
pub(crate) const TITLE_MODIFIERS: &[&str] = &[
    "former", "then", "interim", "acting", "senior", "new", "group", "joint", "global", "deputy", "ex", "outgoing",
    "incoming", "co",
];

/// Words that mark a position as no longer held when they come right before the title.
pub(crate) const NOT_CURRENT: &[&str] =
    &["former", "then", "ex", "ex-", "previous", "outgoing", "erstwhile", "formerly", "once", "late"];

/// Verbs that link a subject to a title ("became CEO", "took over as chairman").
pub(crate) const LINK_VERBS: &[&str] = &[
    "role",
    "as",
    "become",
    "becomes",
    "became",
    "becoming",
    "named",
    "appointed",
    "is",
    "was",
    "were",
    "remain",
    "remains",
    "remained",
    "be",
    "been",
    "joins",
    "joined",
    "join",
    "promoted",
    "elected",
    "serve",
    "serves",
    "served",
    "serving",
    "chairs",
    "chaired",
];

/// Verbs after which the next person is the predecessor in "X succeeded Y as T".
pub(crate) const SUCCEED_VERBS: &[&str] =
    &["succeeded", "succeeding", "succeeds", "replaced", "replacing", "replaces", "succeed", "replace"];
