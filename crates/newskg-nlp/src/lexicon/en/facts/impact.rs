//! Impact cues for outages: the words that say an incident hit a company or public body ("affected
//! X", "customers of X", "X, Y and Z grounded flights", "X was down") and the words that join the
//! names of a list.

/// Words shortly before an organisation's name that say the incident hit it ("affected X",
/// "customers of X", "the failure of X to route calls", "unable to reach X").
pub(crate) const IMPACT_BEFORE: &[&str] = &[
    "affected",
    "affecting",
    "affects",
    "hit",
    "hitting",
    "hits",
    "disrupted",
    "disrupting",
    "impacted",
    "impacting",
    "including",
    "crippled",
    "crippling",
    "knocked",
    "customers",
    "users",
    "subscribers",
    "clients",
    "failure",
    "unable",
    "included",
    "such",
    "disabled",
    "suspended",
    "halted",
];

/// Verbs right after a name (or the list it ends) that tell what the incident did to it ("X,
/// Y and Z grounded flights", "X struggled to log in").
pub(crate) const IMPACT_AFTER_VERBS: &[&str] =
    &["grounded", "cancelled", "canceled", "suspended", "halted", "stalled", "struggled", "delayed", "lost"];

/// Nouns right after an organisation's name that make it the one hit ("X customers").
pub(crate) const IMPACT_AFTER_NOUNS: &[&str] =
    &["customers", "users", "subscribers", "clients", "staff", "viewers", "owners", "passengers", "shoppers"];

/// States after "X was" / "X were" / "X went" that say it was hit ("X was down", "X were affected").
pub(crate) const IMPACT_STATES: &[&str] =
    &["down", "offline", "unavailable", "unreachable", "inaccessible", "dark", "affected", "hit", "disrupted"];

/// Copulas and "went" between a name and an [`IMPACT_STATES`] word.
pub(crate) const IMPACT_LINKS: &[&str] = &["was", "were", "went", "is", "are", "remained"];

/// Words that may stand between two names of one list ("X, Y and Z", "X and its Y"); the comma is
/// punctuation but listed with them so the test reads as one lookup.
pub(crate) const LIST_JOINERS: &[&str] = &[",", "and", "or", "its", "their"];

/// Words shortly before a name that make it what people turned to while the incident lasted, not
/// what it hit ("customers switched to cash or X cards", "users turned to X", "the alternative
/// X"). "instead" and "rather" are not among them: the name after "instead of" is the one that
/// failed. Nor are "switch" and "switching", which outage stories use as nouns for the failed
/// part ("a switch failure hit X").
pub(crate) const SUBSTITUTE_CUES: &[&str] =
    &["switched", "turned", "turning", "resorted", "reverted", "alternative", "alternatives", "fallback"];

/// "instead" right after a name (or after one more word) makes it a substitute ("used X
/// instead", "paid with X cards instead").
pub(crate) const INSTEAD: &str = "instead";

/// At most this many words from a [`SUBSTITUTE_CUES`] word to the name it makes a substitute.
pub(crate) const SUBSTITUTE_GAP: usize = 4;

/// Nouns for a service's operator that are not in [`crate::lexicon::organisations::COMPANY_NOUNS`]
/// but open an outage sentence the same way ("The host suffered another attack").
pub(crate) const PROVIDER_NOUNS_EXTRA: &[&str] = &["host"];

/// Prepositions before a service that carried a statement rather than failed ("said on Twitter",
/// "wrote in a post on Threads", "announced via its app"), with a word of `REPORT_CUES` just before.
pub(crate) const CHANNEL_PREPS: &[&str] = &["on", "via"];

/// "since" of "the worst outage since 2005": after a superlative, its time is the point compared
/// with, not the incident's date.
pub(crate) const COMPARED_SINCE: &str = "since";

/// Superlatives (and "first") that make a following "since" phrase a comparison ("the longest
/// disruption since", "the first outage since").
pub(crate) const SUPERLATIVES: &[&str] =
    &["most", "worst", "longest", "biggest", "largest", "greatest", "widest", "heaviest", "severest", "first"];

/// At most this many words from the comparison's "since" to its time ("since its takeover of a
/// rival in May"), and from the superlative to "since" ("the most severe disruption since").
pub(crate) const COMPARED_SINCE_GAP: usize = 10;
/// See [`COMPARED_SINCE_GAP`].
pub(crate) const SUPERLATIVE_GAP: usize = 4;
