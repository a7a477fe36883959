//! Reference: the words that let a phrase refer back to an organisation named elsewhere in the
//! article (`relate/refer.rs`): head nouns of definite phrases ("the company", "the bank"),
//! subject pronouns, and the words that make such a phrase or pronoun refer to nothing.

/// Head nouns of a definite phrase that refers back to a business named before ("the company",
/// "the German carmaker", "the internet bank"): the relation patterns read such a phrase as the
/// business it refers to.
pub(crate) const COMPANY_ANAPHOR_NOUNS: &[&str] = &[
    "company",
    "firm",
    "bank",
    "lender",
    "insurer",
    "airline",
    "carrier",
    "operator",
    "carmaker",
    "automaker",
    "manufacturer",
    "maker",
    "retailer",
    "studio",
    "developer",
    "publisher",
    "broadcaster",
    "network",
    "conglomerate",
    "corporation",
    "start-up",
    "startup",
    "chain",
    "telecom",
    "supermarket",
];

/// Head nouns of a definite phrase that refers back to any organisation, business or not ("the
/// group", "the agency").
pub(crate) const ORG_ANAPHOR_NOUNS: &[&str] = &["group", "organisation", "organization", "agency", "regulator"];

/// Head nouns that refer back to a non-business organisation ("a director at the charity", "the
/// commission's chair"); the roles read them, the relation patterns do not.
pub(crate) const BODY_ANAPHOR_NOUNS: &[&str] =
    &["commission", "union", "ngo", "charity", "bureau", "authority", "ministry", "department"];

/// Subject pronouns that refer back to the previous sentence's subject when it is an
/// organisation ("Acme makes tools. It also runs ...").
pub(crate) const ORG_SUBJECT_PRONOUNS: &[&str] = &["it", "they"];

/// Words that open a fronted phrase before a sentence's subject ("In 2006, it ...", "Since March
/// 2018, it ...", "Under its parent X, it ...").
pub(crate) const FRONTED_OPENERS: &[&str] = &[
    "in",
    "on",
    "since",
    "by",
    "after",
    "during",
    "from",
    "until",
    "under",
    "following",
    "later",
    "earlier",
    "at",
    "before",
    "within",
    "last",
    "that",
    "this",
    "then",
    "today",
    "yesterday",
    "previously",
    "subsequently",
];

/// At most this many words before the pronoun in such a sentence (the phrase and its comma).
pub(crate) const FRONTED_MAX_WORDS: usize = 10;

/// At most this many words before the pronoun when a fronted time phrase has no comma ("In May
/// 2009 it ...", rule `relations-fronted-year-pronoun`).
pub(crate) const FRONTED_YEAR_MAX_WORDS: usize = 4;

/// Words after which a subject pronoun opens a clause of its own ("said that it", "and it").
pub(crate) const PRONOUN_CLAUSE_OPENERS: &[&str] = &["that", "and", "but", "when", "after", "because", "while", "so"];

/// Words after an anaphor's head noun that make the noun a modifier of another noun rather than
/// the head of a phrase referring back ("the airline industry", "the company's" is kept).
pub(crate) const ANAPHOR_NOT_BEFORE: &[&str] = &[
    "industry",
    "sector",
    "market",
    "markets",
    "business",
    "shares",
    "stock",
    "executive",
    "executives",
    "boss",
    "chief",
    "staff",
    "workers",
    "employees",
    "customers",
    "union",
    "unions",
    "name",
    "brand",
    "model",
    "level",
    "world",
];

/// Verbs of being after "it" that, with a "that", "to" or "whether" soon after, make "it" an
/// empty subject ("it is expected that ...", "it was hard to ...").
pub(crate) const EXPLETIVE_COPULAS: &[&str] = &["is", "was", "seems", "seemed", "remains", "appears", "'s"];

/// Words that complete an empty-subject clause after a copula ("it is unclear whether").
pub(crate) const EXPLETIVE_COMPLEMENTS: &[&str] = &["that", "to", "whether", "if", "how", "why", "unclear", "likely"];

/// Prepositions before an organisation that make it no subject of its sentence ("The bank ran
/// into trouble after the failure of Zeta": Zeta is not what "the bank" is).
pub(crate) const OBJECT_PREPOSITIONS: &[&str] = &["of", "at", "for", "with", "by", "from", "to", "against", "than"];
