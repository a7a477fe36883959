//! Deals and products: the relation cues added after `facts` reached its size limit — parts of a
//! company that change hands without the company ("a stake in"), future and agreed deal leads,
//! product nouns that open a list of a company's products, and the words before a maker verb
//! after which the maker is found by reference.

/// Nouns between a buying verb and a name that make the deal a part of the company, not the
/// company ("acquired the assets of X", "bought a stake in X", "purchased shares of X").
pub(crate) const PARTIAL_DEAL_NOUNS: &[&str] =
    &["assets", "stake", "stakes", "shares", "interest", "portion", "holding", "holdings", "rights", "operations"];

/// "sold" of "X was sold to Y", a completed deal seen from the company sold.
pub(crate) const SOLD: &str = "sold";

/// Product nouns besides the service words that, possessed by a company and followed by a list
/// ("Acme's games include A and B", "its models, such as A"), make the list the company's
/// products.
pub(crate) const PRODUCT_KIND_NOUNS: &[&str] =
    &["games", "titles", "models", "cars", "vehicles", "aircraft", "channels", "shows", "programs", "programmes"];

/// Verbs that open a list of examples after a plural noun ("its games include A and B").
pub(crate) const INCLUDE_VERBS: &[&str] = &["include", "includes", "included"];

/// Words before a buying verb that state a deal as settled for the future ("X will acquire Y");
/// the guidelines count it as agreed.
pub(crate) const DEAL_FUTURE_LEADS: &[&str] = &["will"];

/// Prepositions that may open a time phrase between a passive deal verb and its "by" ("was
/// bought in 2021 by X", "was sold on Monday to Y").
pub(crate) const DEAL_TIME_LEADS: &[&str] = &["in", "on", "during", "earlier", "late", "early"];

/// Words right before a maker verb ("launched", "makes") after which the maker is found by
/// reference: a pronoun, a relative word or a joined clause ("it launched S", "and makes S").
/// Any other common word there is the verb's own subject ("the plant makes S"), not a company.
pub(crate) const MAKER_SUBJECT_WORDS: &[&str] =
    &["it", "they", "which", "that", "who", "and", "also", "has", "have", "had", "recently", "later", "then", "now"];

/// Nouns of a purchase order before "from" ("won an order from X", "orders from A and B"): the
/// buyer and the maker are partners (a customer relation).
pub(crate) const ORDER_NOUNS: &[&str] = &["order", "orders"];

/// Words before "X customers" that make those customers no apposition to the names before them:
/// a list ("A and X customers", "A, X customers": the customers of both) or a preposition ("sold
/// servers to X customers", "service for former X customers").
pub(crate) const CUSTOMER_LIST_WORDS: &[&str] = &["and", "or", ","];
pub(crate) const CUSTOMER_OBJECT_LEADS: &[&str] = &["to", "for", "from", "of", "with"];

/// "launch" of "launch customer": the first buyer of a new product, a partner of its maker.
pub(crate) const LAUNCH: &str = "launch";

/// Nouns after "launch" that name the first buyer ("launch customer").
pub(crate) const LAUNCH_CUSTOMER_NOUNS: &[&str] = &["customer", "customers", "operator"];

/// Participles of making or running before "by" that name a service's provider ("S, made by Y",
/// "S is run by Y", "airliners built by Y").
pub(crate) const MADE_BY_VERBS: &[&str] = &[
    "made",
    "built",
    "developed",
    "designed",
    "operated",
    "run",
    "offered",
    "provided",
    "published",
    "produced",
    "manufactured",
    "sold",
];

/// Nouns of a company that supplies another ("its software supplier, Y", "X, a supplier to Y").
pub(crate) const SUPPLIER_NOUNS: &[&str] = &["supplier", "vendor", "contractor"];

/// Plural nouns of the firms that advise or work for a company, before their names ("its advisers,
/// A and B", "X and their advisers A", "X, subcontractors A and B"): each is the company's partner.
pub(crate) const ADVISER_NOUNS: &[&str] =
    &["advisers", "advisors", "adviser", "advisor", "subcontractors", "sub-contractors", "subcontractor"];

/// Participles before "by" that name a supplier of an unnamed thing ("its billing platform, which
/// is supplied by Y"); "run" and "operated" only for a thing a possessive gives an owner.
pub(crate) const THING_SUPPLY_VERBS: &[&str] = &["supplied", "provided", "hosted", "maintained", "run", "operated"];

/// Of [`THING_SUPPLY_VERBS`], those that name the thing's operator, who may be its owner ("the
/// network operated by Y").
pub(crate) const THING_OPERATE_VERBS: &[&str] = &["run", "operated"];

/// Words that a descriptive noun phrase before a name never holds ("the Danish payments firm X"
/// is one phrase; "the rights to X", "the stake of X", "the deal with X" are not).
pub(crate) const DESCRIPTOR_BREAK: &[&str] = &[
    "to",
    "of",
    "on",
    "at",
    "with",
    "by",
    "as",
    "into",
    "over",
    "after",
    "before",
    "under",
    "than",
    "its",
    "their",
    "his",
    "her",
    "stake",
    "stakes",
    "share",
    "shares",
    "rights",
    "assets",
    "business",
    "businesses",
    "unit",
    "units",
    "division",
    "arm",
    "deal",
    "offer",
    "bid",
    "is",
    "was",
    "are",
    "were",
    "has",
    "had",
    "will",
    "would",
];

/// Selling verbs of "X sold Y to Z", "X will sell Y to Z", "by selling it to Z" (the buyer
/// after "to" acquired Y). "sells" is left out: "Acme sells its chips to carmakers" is supply.
pub(crate) const SELL_VERBS: &[&str] = &["sold", "sell", "selling"];

/// "sale" of "the sale of Y to Z".
pub(crate) const SALE: &str = "sale";

/// Auxiliaries right before "sold" that make it passive ("Y was sold to Z", read by the passive
/// pattern), not "X sold Y to Z".
pub(crate) const PASSIVE_AUX: &[&str] = &["was", "were", "been", "be", "being", "is", "are"];

/// Verbs and nouns of buying goods ("ordered 18 Acme A30 jets", "the purchase of 22 new Acme
/// 90s"): a counted product of a maker makes the buyer and the maker partners.
pub(crate) const PURCHASE_WORDS: &[&str] = &[
    "ordered",
    "order",
    "orders",
    "ordering",
    "bought",
    "buy",
    "buys",
    "buying",
    "purchased",
    "purchase",
    "purchases",
    "purchasing",
];

/// Words before a purchase that say it did not happen ("did not order", "cancelled orders").
pub(crate) const PURCHASE_NEGATIONS: &[&str] = &["not", "never", "cancelled", "canceled", "scrapped"];

/// Nouns of a count that take "of" ("a score of", "dozens of").
pub(crate) const COUNT_NOUNS: &[&str] = &["score", "dozen", "dozens", "hundreds", "fleet"];

/// Nouns of a deal struck with another company, right before "with" ("signed a supply agreement
/// with Y", "entered into merger talks with Y"): the two are partners.
pub(crate) const AGREEMENT_NOUNS: &[&str] =
    &["agreement", "agreements", "deal", "contract", "pact", "accord", "partnership", "alliance", "venture"];

/// Verbs that strike such a deal, up to four words before its noun ("has signed a ten-year
/// contract with", "reached a deal with", "is building in a joint venture with").
pub(crate) const AGREEMENT_VERBS: &[&str] = &[
    "signed", "signs", "sign", "entered", "enters", "enter", "reached", "reaches", "struck", "strikes", "inked",
    "formed", "forms", "form", "in",
];

/// Verbs of joining another company that take "with" ("teamed up with Y", "partnered with Y").
pub(crate) const JOINED_VERBS: &[&str] = &["teamed", "teams", "team", "partnered", "partners"];

/// Particles between a joining verb and "with" ("teamed up with").
pub(crate) const JOINED_PARTICLES: &[&str] = &["up"];

/// Nouns that must stand before "talks" for the talks to make partners ("merger talks with Y").
pub(crate) const TALKS_LEADS: &[&str] = &["merger"];

/// "talks" of "merger talks with Y".
pub(crate) const TALKS: &str = "talks";

/// "joint" of "a joint venture between A and B".
pub(crate) const JOINT: &str = "joint";

/// "venture" of "a joint venture between A and B".
pub(crate) const VENTURE: &str = "venture";

/// Business-line words that, after another organisation's full name, name a division of it for
/// the relations only ("Acme Marketing", "Acme Credit", "Acme Cargo"); the resolver's own list
/// ([`super::organisations::SUBUNIT_WORDS`]) stays as it is. Not "retail" ("Acme Retail Limited"
/// is as often the company's own trading name).
pub(crate) const UNIT_LINE_WORDS: &[&str] = &["marketing", "credit", "cargo", "vision"];

/// Words that open the list of names a deal verb's plural object stands for ("bought three
/// firms, including A and B", "the apps it acquired, namely A and B").
pub(crate) const DEAL_LIST_CUES: &[&str] = &["including", "namely"];

/// The words that add more bought things after a deal verb's object ("acquired Y's plants, as
/// well as subsidiary businesses A and B").
pub(crate) const AS_WELL_AS: &str = "as well as";

/// Nouns of a filing or a permission whose applicant, named after "by" or heading a listed entry,
/// buys what follows "to acquire" ("the application by X to acquire Y", "X, City -- waiver of
/// filing requirement ... to acquire Y").
pub(crate) const LICENSING_NOUNS: &[&str] = &[
    "application",
    "applications",
    "notice",
    "notification",
    "request",
    "proposal",
    "approval",
    "consent",
    "waiver",
    "permission",
    "authorisation",
    "authorization",
];

/// Verbs of permitting a deal whose object buys what follows "to acquire" ("cleared X to buy Y",
/// "the decision authorising X to acquire Y").
pub(crate) const LICENSING_VERBS: &[&str] = &[
    "authorised",
    "authorized",
    "authorising",
    "authorizing",
    "authorise",
    "authorize",
    "authorises",
    "authorizes",
    "allowed",
    "allowing",
    "allow",
    "allows",
    "permitted",
    "permitting",
    "permit",
    "permits",
    "cleared",
    "clearing",
];

/// Forms of buying after "by" in a purpose phrase ("to become a bank holding company by acquiring
/// Y").
pub(crate) const BUYING_FORMS: &[&str] = &["acquiring", "buying", "purchasing"];

/// Head nouns that may follow "joint venture" before its members ("a joint venture company
/// established between A and B").
pub(crate) const VENTURE_HEADS: &[&str] = &["company", "firm", "entity", "business"];

/// Participles between a joint venture and its members ("a joint venture formed by A and B", "set
/// up between A and B").
pub(crate) const VENTURE_FORMED: &[&str] =
    &["established", "formed", "created", "set", "up", "owned", "founded", "launched", "incorporated"];

/// Words that open a joint venture's members ("between A and B", "by A and B", "of A and B").
pub(crate) const VENTURE_MEMBER_LEADS: &[&str] = &["between", "by", "of"];

/// Founding verbs before "as a joint venture" ("Z was formed in 1999 as a joint venture").
pub(crate) const FOUNDING_VERBS: &[&str] = &[
    "formed",
    "established",
    "created",
    "incorporated",
    "founded",
    "launched",
    "set",
    "started",
    "registered",
    "organised",
    "organized",
];

/// Words of an equal share split before "joint venture" besides a ratio ("an equal joint venture").
pub(crate) const VENTURE_SHARES: &[&str] = &["equal", "equally-owned", "equally", "owned"];

/// Copulas and linking verbs before "a joint venture" ("Z is / became / has been a joint venture").
pub(crate) const VENTURE_COPULAS: &[&str] =
    &["is", "was", "are", "were", "been", "became", "becomes", "remains", "remained"];

/// Words that make a bought stake one that gives control ("a controlling interest in Y", "the
/// majority stake in Y"): the company changed hands, as the guidelines read it.
pub(crate) const CONTROL_SHARE_WORDS: &[&str] = &["controlling", "majority"];

/// Prepositions after a controlling stake before its company ("in Y", "of Y").
pub(crate) const CONTROL_STAKE_LEADS: &[&str] = &["in", "of"];

/// Words before a joint venture besides the stopped-deal words that say it was never formed
/// ("prohibiting the creation of a joint venture by A and B").
pub(crate) const VENTURE_STOPPED: &[&str] = &["prohibiting", "preventing", "opposing", "stopping", "vetoed"];

/// Nouns of a deal struck between named parties ("a supply agreement between A and B", "A and B
/// signed a ten-year contract"): rule `partners-accord-between`.
pub(crate) const ACCORD_NOUNS: &[&str] = &[
    "agreement",
    "agreements",
    "deal",
    "deals",
    "contract",
    "contracts",
    "pact",
    "accord",
    "collaboration",
    "cooperation",
    "co-operation",
];

/// Verbs that strike a deal, said of the parties that strike it ("A and B [have] signed / struck
/// / reached / renewed a deal").
pub(crate) const ACCORD_VERBS: &[&str] = &[
    "signed",
    "signs",
    "sign",
    "struck",
    "strikes",
    "strike",
    "reached",
    "reaches",
    "inked",
    "inks",
    "renewed",
    "renews",
    "concluded",
    "finalised",
    "finalized",
    "entered",
    "enters",
];

/// Words that make a deal a merger or a sale, not a partnership ("a merger agreement between A
/// and B", "A and B signed a deal to merge"): the guidelines give such a deal no partners.
pub(crate) const ACCORD_NOT_PARTNERS: &[&str] =
    &["merger", "mergers", "merge", "merged", "merging", "sale", "sell", "sold", "amalgamation", "takeover"];

/// Firms hired for a service, besides advisers, that make partners of the company that hires
/// them ("X and its bankers A", "its privatised contractors A and B"; rule `partners-service-firms`).
pub(crate) const SERVICE_FIRM_NOUNS: &[&str] =
    &["contractors", "contractor", "bankers", "banker", "auditors", "auditor", "consultants", "consultant"];

/// Nouns of a broadcast licence's assignment ("the assignment of license of Station X from A to
/// B"; rule `deals-licence-assignment`).
pub(crate) const ASSIGNMENT_NOUNS: &[&str] = &["assignment", "assignments"];

/// A licence, in both spellings and numbers ("the assignment of [the] licenses of X").
pub(crate) const LICENCE_NOUNS: &[&str] = &["license", "licenses", "licence", "licences"];

/// The verb of a licence's assignment ("the application to assign the license of Station X from A
/// to B"; rule `deals-licence-assignment`).
pub(crate) const ASSIGN_VERBS: &[&str] = &["assign"];

/// Persons who hold a licence for a company in a court's or an estate's name ("from Jane Roe,
/// Receiver for Acme Broadcasting, Inc., to B"; rule `deals-licence-assignment`): the company stays
/// the station's owner.
pub(crate) const FIDUCIARY_NOUNS: &[&str] =
    &["receiver", "trustee", "executor", "executrix", "administrator", "conservator", "liquidator"];

/// Letters closing a number that make it an amount, a unit, a time or a decade, not the opening
/// word of a name ("10am", "5km", "1990s", "2bn"); "21st", "3G", "99p", "1UP" stay name words
/// (rule `recognise-numeral-names`).
pub(crate) const NUMBER_UNIT_ENDINGS: &[&str] = &[
    "s", "am", "pm", "m", "bn", "b", "k", "km", "kg", "mm", "cm", "ft", "mb", "gb", "kb", "tb", "mhz", "ghz", "mw",
    "gw", "kw", "kwh", "mph", "hz", "v", "h", "hr", "hrs", "min", "mins", "yr", "yrs", "x", "mbps", "gbps", "bps",
    "m2", "sq", "ml", "lb", "lbs", "oz", "pc", "pct", "px", "pt", "dpi",
];

/// Words before "by" that make the name after it a deal's or an owner's party ("acquired by
/// X", "owned by X", "taken over by X"; rule `recognise-deal-party-runs`).
pub(crate) const PARTY_BY_VERBS: &[&str] =
    &["acquired", "bought", "purchased", "owned", "controlled", "sold", "merged", "over", "absorbed"];

/// Verbs of merging whose "with" / "into" introduces the other party ("merged with X", "was
/// merged into X").
pub(crate) const MERGE_VERBS: &[&str] = &["merged", "merge", "merging", "merges", "amalgamated"];

/// "merged" and "into" of "Y was merged into X" (rule `deals-merged-into`): the company merged
/// into another was acquired by it.
pub(crate) const MERGED: &str = "merged";
pub(crate) const MERGED_INTO: &str = "into";

/// Words before a merged name that make it one of several merged together ("A and B merged into
/// C" forms a new company; rule `deals-merged-into`). Not a comma, which ends a fronted phrase as
/// often ("In 1993, Y merged into X"); a list of merged names ends with "and" anyway.
pub(crate) const MERGED_TOGETHER_LEADS: &[&str] = &["and", "&", "between", "of"];

/// Prepositions after a merging verb that introduce the other party.
pub(crate) const MERGE_PREPOSITIONS: &[&str] = &["with", "into"];

/// Adverbs between a subject and its passive deal verb besides [`super::facts::PASSIVE_DEAL_LEADS`]
/// ("Y was subsequently purchased by X", "Y, which itself was eventually acquired by X"; "turn" of
/// "in turn"): rule `deals-passive-adverbs`.
pub(crate) const PASSIVE_DEAL_ADVERBS: &[&str] =
    &["subsequently", "eventually", "finally", "ultimately", "itself", "soon", "quickly", "now", "turn", "in"];

/// "taken" of "Y was taken over by X" (rule `deals-passive-adverbs`).
pub(crate) const TAKEN: &str = "taken";

/// Passive deal verbs told with a particle, "Y was bought out / bought up / snapped up by X"
/// (rule `deals-phrasal-passive`): the verb, then its particle.
pub(crate) const PHRASAL_DEAL_VERBS: &[&str] = &["bought", "snapped"];
pub(crate) const PHRASAL_DEAL_PARTICLES: &[&str] = &["out", "up"];

/// "absorbed" of "Y was absorbed by X" (rule `deals-phrasal-passive`): a passive deal verb only
/// with an auxiliary before it and a buyer after "by".
pub(crate) const ABSORBED: &str = "absorbed";

/// "they" before such a phrasal passive: a plural pronoun whose referent the resolver guesses from
/// the nearest company, often the one the earlier clause bought, so no deal is read from it.
pub(crate) const THEY: &str = "they";

/// Verbs of taking a stake ("X took a 60 per cent stake in Y"; rule `deals-stake-forms`).
pub(crate) const STAKE_TAKE_VERBS: &[&str] = &["took", "taken", "taking", "takes"];

/// Words after a number that make it a percentage ("60 %", "98 percent", "60 per cent").
pub(crate) const PERCENT_MARKS: &[&str] = &["%", "percent", "pct", "cent"];

/// Stake nouns besides [`PARTIAL_DEAL_NOUNS`] ("a majority shareholding in Y"; rule
/// `deals-stake-forms`).
pub(crate) const STAKE_NOUNS_MORE: &[&str] = &["shareholding", "shareholdings", "equity"];

/// Words before a stake's noun that make it all the rest of a company ("bought out the remaining
/// shares of Y"; rule `deals-stake-forms`).
pub(crate) const STAKE_REST_WORDS: &[&str] = &["remaining", "outstanding", "entire"];

/// "licensee" of "X, licensee of Station S" and its plural (rule `relations-licensee-of`).
pub(crate) const LICENSEE_NOUNS: &[&str] = &["licensee", "licensees"];

/// Words between an article and "licensee" that keep the holder the station's licensee ("X is the
/// former licensee of S" is annotated as S's parent too; rule `relations-licensee-of`).
pub(crate) const LICENSEE_MODIFIERS: &[&str] = &["former", "current", "present", "existing", "sole"];

/// The participle naming a licence's holder in a transfer of control ("control of licenses held by
/// X"; rule `relations-transfer-held-licences`).
pub(crate) const HELD: &str = "held";
