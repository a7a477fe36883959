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

/// Rule `outages-unable-service-job`: verbs of a line or payment service's own work after "unable to" or "could
/// not" ("unable to relay emergency calls", "could not process payments"); each counts only with one of its
/// objects after it ([`SERVICE_CALL_OBJECTS`], or [`SERVICE_PAYMENT_OBJECTS`] after [`PROCESSING_VERBS`]).
pub(crate) const SERVICE_JOB_VERBS: &[&str] = &[
    "make", "place", "complete", "receive", "relay", "route", "dial", "call", "contact", "get", "take", "handle",
    "answer", "process", "transfer",
];
/// What a line service carries: calls, messages and emergency numbers ("unable to make calls", "could not
/// dial 911", "unable to get through").
pub(crate) const SERVICE_CALL_OBJECTS: &[&str] =
    &["calls", "call", "texts", "messages", "emails", "911", "999", "112", "000", "through"];
/// What a payment service carries ("could not process payments"); "make payments" is a debtor's trouble, so only
/// after [`PROCESSING_VERBS`].
pub(crate) const SERVICE_PAYMENT_OBJECTS: &[&str] =
    &["payments", "payment", "transactions", "transfers", "orders", "bookings", "reservations", "claims"];
/// Verbs of a payment service's own work, see [`SERVICE_PAYMENT_OBJECTS`].
pub(crate) const PROCESSING_VERBS: &[&str] = &["process", "complete", "handle"];
/// At most this many words from the verb to its object ("unable to relay 911 calls from deaf users").
pub(crate) const SERVICE_JOB_OBJECT_GAP: usize = 4;
/// "could not" written as one word.
pub(crate) const COULD_NOT_CONTRACTED: &[&str] = &["couldn't", "couldn\u{2019}t"];
/// The noun of "unable to" ("the companies' inability to handle 911 calls").
pub(crate) const INABILITY: &str = "inability";
/// "not able to" spelt out, the inability of "unable to".
pub(crate) const ABLE: &str = "able";

/// Rule `outages-restore-supply`: forms of "restore" whose object is a supply or a line service ("crews are
/// working to restore power", "the restoration of water supplies"): the supply was lost.
pub(crate) const RESTORE_WORDS: &[&str] = &["restore", "restored", "restores", "restoring", "restoration"];
/// Supplies and line services whose restoration tells that they were lost (not "service(s)": a bus company
/// "restored services" after a timetable change).
pub(crate) const RESTORED_SUPPLIES: &[&str] = &[
    "power",
    "electricity",
    "supply",
    "supplies",
    "water",
    "gas",
    "phone",
    "telephone",
    "broadband",
    "internet",
    "connectivity",
    "heating",
];
/// Words that may stand between a restore word and its supply ("restore full power", "restoring their
/// electricity supply", "restoration of the water supply").
pub(crate) const RESTORE_SKIP: &[&str] =
    &["the", "their", "its", "full", "all", "of", "normal", "mains", "electricity", "water"];
/// At most this many words of [`RESTORE_SKIP`] between a restore word and its supply.
pub(crate) const RESTORE_GAP: usize = 2;

/// Rule `outages-out-of-service`: the states after "out of" that say a system stopped serving ("the network was
/// out of service", "telephones were put out of order"), as "out of action" does; they count with a system,
/// technology or supply word shortly before ("the lifts were out of order" is no outage of a service).
pub(crate) const OUT_OF_STATES: &[&str] = &["service", "order", "commission", "operation"];
/// Equipment of a line or computer service that can be out of service or not working, beside `SYSTEM_NOUNS`
/// and `SUPPLY_NOUNS` ("telephones were put out of order", "the cash machines did not work").
pub(crate) const SERVICE_EQUIPMENT: &[&str] = &[
    "telephone",
    "telephones",
    "phones",
    "exchange",
    "exchanges",
    "computer",
    "computers",
    "terminals",
    "machines",
    "radar",
    "radars",
    "radio",
    "radios",
];
/// Words of `SYSTEM_NOUNS` and `SUPPLY_NOUNS` too vague to make "not working" or "out of service" an outage ("the
/// bus service was not working as intended", "the supply chain is not working").
pub(crate) const VAGUE_SYSTEM_WORDS: &[&str] = &["service", "services", "supply", "supplies", "system", "systems"];
/// How many words before "out" the system word may stand.
pub(crate) const OUT_OF_SUBJECT_GAP: usize = 6;

/// Rule `outages-not-working`: "was not working", "were not functioning", "did not work": a negated working verb
/// after a system or technology word (within [`NOT_WORKING_GAP`] words), as "stopped working" is.
pub(crate) const WORKING_WORDS: &[&str] = &["working", "functioning", "operating", "work", "function", "operate"];
/// Words that negate a working verb right before it.
pub(crate) const WORKING_NEGATIONS: &[&str] = &["not", "n't", "never"];
/// How many words before the negation the system word may stand.
pub(crate) const NOT_WORKING_GAP: usize = 5;

/// Rule `outages-reporting-enforcement`: words of a penalty or a duty not met that make a sentence about outage
/// reports one about enforcement ("fined X for failing to report outages", "penalised for late notification of
/// outages").
pub(crate) const ENFORCEMENT_OF_REPORTS: &[&str] = &[
    "fined",
    "fine",
    "fines",
    "penalty",
    "penalties",
    "penalised",
    "penalized",
    "penalising",
    "penalizing",
    "forfeiture",
    "breach",
    "breached",
    "breaching",
    "violated",
    "violation",
    "violations",
    "failing",
    "failed",
    "failure",
    "late",
];
/// Outage nouns in the plural: a bare plural after a reporting word names a class of outages.
pub(crate) const OUTAGE_PLURALS: &[&str] = &["outages", "disruptions", "failures", "interruptions", "incidents"];
/// Determiners and quantifiers that make a noun phrase one told by itself ("an outage", "the outages", "two
/// outages"), not a class.
pub(crate) const PHRASE_DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "two", "three", "four", "five", "several",
    "both", "each",
];
/// At most this many words from a reporting word to the bare plural it governs ("failed to notify the regulator of
/// outages").
pub(crate) const ENFORCED_REPORTING_GAP: usize = 5;
