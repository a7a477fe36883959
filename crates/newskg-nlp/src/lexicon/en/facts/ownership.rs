//! Relation cues among companies: who runs or owns a unit or product ("Y runs the app", "X, owned by
//! Y"), who makes a service, and the words of a deal (completed, agreed, hedged or stopped acquisitions).

/// Verbs of running a product or unit ("Y runs the app").
pub(crate) const RUN_VERBS: &[&str] = &["operates", "runs", "owns"];

/// Lower-case words that end a list of units or products.
pub(crate) const UNIT_LIST_STOP: &[&str] = &["and", "or", ",", "which", "that", "who", "said", "for", "in", "from"];

/// Words that end the list of things a parent owns.
pub(crate) const UNIT_LIST_END: &[&str] =
    &[".", ";", "said", "says", "were", "was", "is", "are", "had", "has", "which", "who"];

/// Words allowed between a unit and "owned by" ("is wholly owned by").
pub(crate) const OWNED_BEFORE: &[&str] = &[
    "is",
    "was",
    "has",
    "had",
    "been",
    "be",
    "now",
    "majority",
    "wholly",
    "partly",
    "jointly",
    ",",
    "per",
    "cent",
    "percent",
    "%",
    "currently",
    "still",
    "ultimately",
    "indirectly",
    "fully",
    "previously",
    "formerly",
];

/// Verbs of owning units or products ("Y owns A and B", "Y operated A"; not before "by").
pub(crate) const OWN_VERBS: &[&str] = &["owns", "operates", "operated"];

/// Participles that, right before "by", make an organisation another's unit as "owned by" does
/// ("X, which is controlled by Y", "X is run by Y").
pub(crate) const CONTROLLED_BY: &[&str] = &["controlled", "run", "operated"];

/// Words allowed before an owning verb ("which now owns").
pub(crate) const OWN_VERB_LEADS: &[&str] = &["also", "now", "which", "that", "still", "already"];

/// Nouns that name an owner ("its owner, Y").
pub(crate) const OWNER_NOUNS: &[&str] = &["owner", "owners", "parent"];

/// Nouns of a deed that makes the possessor the parent or maker of what follows "of" ("X's
/// ownership of Y", "its recent launch of Y").
pub(crate) const OWNING_DEED_NOUNS: &[&str] = &["ownership", "launch"];

/// Words skipped before a parent's noun phrase ("the company's").
pub(crate) const PARENT_NP_SKIP: &[&str] = &["the", "company", "group", "firm"];

/// Words that end the walk back over a parent's noun phrase.
pub(crate) const PARENT_NP_END: &[&str] = &["and", "of", "as", "is", "was"];

/// Copulas that make the subject a unit of the parent ("X is a unit of Y").
pub(crate) const IS_UNIT_VERBS: &[&str] = &["is", "was", "became", "becomes", "remains"];

/// Verbs after ", a unit of Y," that show the name before is the sentence's subject.
pub(crate) const SUBJECT_VERBS_AFTER: &[&str] =
    &["said", "says", "has", "had", "is", "was", "will", "apologised", "apologized", "reported", "announced"];

/// Words that open a list of examples ("including", "such as").
pub(crate) const EXAMPLE_CUES: &[&str] = &["including", "such", "like"];

/// Function words allowed inside the noun phrase before a maker verb.
pub(crate) const NP_INNER_WORDS: &[&str] = &["and", "of", "the", "a", "an", "to", "for", "in", "on"];

/// Verbs that tie a product to its maker ("launched", "runs").
pub(crate) const MAKER_VERBS: &[&str] = &[
    "launched",
    "runs",
    "operates",
    "owns",
    "developed",
    "makes",
    "released",
    "introduced",
    "unveiled",
    "behind",
    "built",
    "created",
];

/// Plural maker verbs after coordinated subjects ("A and B operate S"); with [`MAKER_VERBS`] the
/// verbs whose listed objects share the subjects ([`MAKER_LIST_GAP`]).
pub(crate) const MAKER_PLURAL_VERBS: &[&str] = &["operate", "run", "make"];

/// Words that may stand between two services listed after a maker verb ("S1, S2 and S3", "S1 and
/// its S2"); a longer gap must end with a list cue ("S1 and other chains, including S2").
pub(crate) const MAKER_LIST_GAP: &[&str] = &[",", "and", "or", "the", "its", "their"];

/// Words that end a longer gap in a maker verb's object list and open the rest of the list.
pub(crate) const MAKER_LIST_CUES: &[&str] = &["including", "namely", "like"];

/// Words that stop the walk back from a located thing to its subject.
pub(crate) const LOCATED_NP_INNER: &[&str] = &[
    "and", "of", "said", "to", "in", "into", "on", "with", "by", "from", "for", "inside", "within", "across", "over",
    "under", "through", "via", "at", "deep", "that", "which",
];

/// Words that make an acquisition done, or about to close.
pub(crate) const DEAL_CLOSE_WORDS: &[&str] =
    &["completed", "closed", "completes", "finalised", "finalized", "completing", "closing"];

/// Past verbs of closing a deal ("the deal closed").
pub(crate) const DEAL_CLOSED: &[&str] = &["completed", "closed", "finalised", "finalized"];

/// Words besides [`DEAL_CLOSED`] that tell a deal done in its sentence ("completes its
/// acquisition of Y", "announced the completion of its purchase of Y"): the company bought is then
/// the buyer's (rule `relations-possessive-deal`).
pub(crate) const DEAL_DONE_EXTRA: &[&str] = &["completes", "completion"];

/// Acquisition verbs ("X bought Y").
pub(crate) const ACQUIRED_VERBS: &[&str] = &["bought", "acquired", "purchased", "buys", "acquires"];

/// Base forms of buying after "agreed to" ("X agreed to buy Y").
pub(crate) const BUY_VERBS: &[&str] = &["buy", "acquire", "purchase"];

/// Verbs of agreeing to a deal ("X has agreed to buy Y").
pub(crate) const AGREED_VERBS: &[&str] = &["agreed", "agrees"];

/// Auxiliaries and adverbs between a subject and a passive acquisition verb ("has since been
/// acquired by").
pub(crate) const PASSIVE_DEAL_LEADS: &[&str] =
    &["was", "were", "has", "had", "have", "been", "is", "later", "since", "then", "also"];

/// Words that make a deal unfinished: it is only agreed or proposed ("X's proposed acquisition of Y").
pub(crate) const DEAL_HEDGES: &[&str] = &[
    "proposed",
    "planned",
    "pending",
    "potential",
    "possible",
    "attempted",
    "failed",
    "abandoned",
    "rumoured",
    "rumored",
    "mooted",
    "blocked",
    "aborted",
    "would-be",
];

/// Words before a deal that say it did not or may not happen ("sued to block X's acquisition of Y").
pub(crate) const DEAL_STOPPED: &[&str] = &[
    "block",
    "blocked",
    "blocking",
    "blocks",
    "abandon",
    "abandoned",
    "abandons",
    "scrapped",
    "scrap",
    "reject",
    "rejected",
    "rejects",
    "terminated",
    "terminate",
    "cancelled",
    "canceled",
    "prohibit",
    "prohibited",
    "against",
];

/// Words between a buyer's possessive and its deal noun that tell the deal failed or was given up
/// ("X's attempted acquisition of Y", "X's Decision to Drop Proposed Acquisition of Y"; rule
/// `relations-failed-deal-words`).
pub(crate) const DEAL_FAILED_BETWEEN: &[&str] = &[
    "attempted",
    "failed",
    "abandoned",
    "aborted",
    "blocked",
    "drop",
    "dropped",
    "terminated",
    "termination",
    "scrapped",
    "cancelled",
    "canceled",
    "rejected",
    "withdrawn",
    "collapsed",
];

/// Acquisition nouns ("X's takeover of Y").
pub(crate) const ACQUISITION_NOUNS: &[&str] = &["acquisition", "purchase", "takeover", "buyout"];

/// Words allowed between a buyer and the acquisition verb ("has already bought").
pub(crate) const BUYER_VERB_LEADS: &[&str] = &["has", "had", "have", "recently", "already", "first", "later", "also"];

/// Verbs after a list of customers ("clients included ...").
pub(crate) const LIST_VERBS: &[&str] = &["were", "was", "included", "are", "is"];

/// Plural nouns of the trading names a business operates under ("the A, B and C banners", "its
/// brands A and B").
pub(crate) const TRADING_NAME_NOUNS: &[&str] = &["banners", "banner", "brands"];

/// The preposition of trading under names ("operates under the A and B banners").
pub(crate) const UNDER: &str = "under";

/// Verbs of a relative clause that names a body's units ("Y, which includes X").
pub(crate) const UNIT_INCLUDE_VERBS: &[&str] = &["includes", "include"];

/// "part" of "X is part of Y".
pub(crate) const PART: &str = "part";

/// Linking verbs before "part of" ("X is / became / had been part of Y").
pub(crate) const PART_OF_LINKS: &[&str] =
    &["is", "was", "are", "were", "been", "be", "become", "became", "becomes", "remains", "remained"];

/// Words after Y in "part of Y" that make Y a grouping of independent bodies, a plan or a
/// product, not X's owner ("part of the Y alliance", "part of the Y programme", "part of the Y
/// network").
pub(crate) const PART_OF_NOT_OWNER: &[&str] = &[
    "alliance",
    "alliances",
    "consortium",
    "coalition",
    "campaign",
    "programme",
    "program",
    "project",
    "plan",
    "strategy",
    "suite",
    "network",
    "networks",
    "system",
    "index",
    "team",
    "league",
    "initiative",
    "scheme",
    "agreement",
    "deal",
    "family",
];

/// Adverbs between a copula and a unit noun phrase ("X is now a division of Y", "X, which is
/// itself a unit of Y") and "been" of "X has been a subsidiary of Y": rule
/// `relations-unit-copula-adverbs`.
pub(crate) const UNIT_COPULA_ADVERBS: &[&str] =
    &["now", "currently", "still", "itself", "also", "today", "effectively", "later", "subsequently", "eventually"];

/// "been" of "X has been a subsidiary of Y" (rule `relations-unit-copula-adverbs`).
pub(crate) const BEEN: &str = "been";

/// Verbs before "as part of" that tell membership ("X operates as part of Y", "X trades as part of
/// the Y group"): rule `relations-operates-as-part`.
pub(crate) const OPERATE_AS_VERBS: &[&str] = &[
    "operates",
    "operated",
    "operate",
    "operating",
    "functions",
    "functioned",
    "trades",
    "traded",
    "continues",
    "continued",
];
