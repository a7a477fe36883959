//! Detection cues for outages: the words that say a text talks about outages in general (a
//! plan, a rule, a consultation, a record of reliability) rather than reporting one that
//! happened, which the learned outage detector (`outage_detect.rs`) weighs (no rule drops an
//! outage on them alone); and the one-word names of a cyber attack and the acronym that make a
//! failure word technical ("a cyberattack", "an IT failure").

/// Words of planning, policy and preparedness ("planned maintenance", "proposed rules", "a
/// consultation", "resilience", "uptime").
pub(crate) const POLICY_CUES: &[&str] = &[
    "planned",
    "scheduled",
    "maintenance",
    "proposed",
    "proposal",
    "proposals",
    "consultation",
    "consult",
    "feedback",
    "rules",
    "requirements",
    "require",
    "standard",
    "standards",
    "resilience",
    "resilient",
    "prepared",
    "preparedness",
    "drills",
    "uptime",
    "guidance",
    "framework",
    "recommendations",
];

/// A cyber attack named in one word, as the two-word "cyber attack" of `CYBER_MODIFIERS` and
/// `ATTACK_WORDS` ("the cyber-attack on the library", "a ransomware attack" is the two-word form).
pub(crate) const CYBER_ATTACK_WORDS: &[&str] = &["cyber-attack", "cyber-attacks", "cyberattack", "cyberattacks"];

/// Security words that make an incident an attack on systems ("a cyber incident", "a serious
/// cybersecurity incident", "the ransomware incident"): narrower than `CYBER_MODIFIERS`, whose
/// "online" or "network" incident need not be one.
pub(crate) const CYBER_INCIDENT_MODIFIERS: &[&str] =
    &["cyber", "cybersecurity", "cyber-security", "ransomware", "hacking", "malware"];

/// The incident nouns a `CYBER_INCIDENT_MODIFIERS` word makes a trigger.
pub(crate) const INCIDENT_NOUNS: &[&str] = &["incident", "incidents"];

/// Information technology, as written (upper case: "an IT failure"; "it" is a pronoun).
pub(crate) const IT_ACRONYM: &str = "IT";

/// "could not" of "customers could not log in": past inability, an outage with one of
/// `UNABLE_TO_VERBS` after it (not the hypothetical "could").
pub(crate) const COULD: &str = "could";
/// See [`COULD`].
pub(crate) const NOT: &str = "not";

/// Verbs of using a service in their -ing form, after a problem noun ("problems accessing email",
/// "trouble logging in"): the words of `UNABLE_TO_VERBS` as they follow "problems".
pub(crate) const USE_GERUNDS: &[&str] = &[
    "reaching",
    "accessing",
    "logging",
    "using",
    "connecting",
    "paying",
    "loading",
    "signing",
    "streaming",
    "opening",
    "sending",
    "withdrawing",
    "booking",
    "checking",
];

/// "no" of "no problems using": the trouble denied; also of "had no electricity" (`outages-had-no-supply`).
pub(crate) const NO_DETERMINER: &str = "no";

/// A crash that is a collision when "into" follows ("the jet crashed into the sea"), not a
/// systems crash.
pub(crate) const CRASH_WORDS: &[&str] = &["crash", "crashed", "crashes", "crashing"];
/// See [`CRASH_WORDS`].
pub(crate) const INTO: &str = "into";

/// Words that mark the attacker of a cyber attack when they stand next to its name ("the X
/// ransomware group", "hackers known as X", "X claimed responsibility"): an attacker is not the
/// provider whose systems failed, which the learned outage provider weighs.
pub(crate) const ATTACKER_CUES: &[&str] = &[
    "ransomware",
    "hackers",
    "hacker",
    "hacking",
    "gang",
    "cybercriminals",
    "cybercrime",
    "criminals",
    "attackers",
    "perpetrators",
    "claimed",
    "extortion",
];

/// Prepositions after an attack that name its target ("an attack on X", "a campaign against X").
pub(crate) const TARGET_PREPS: &[&str] = &["on", "against"];

/// Verbs that take a system down with "down" after them or after their object ("a bug took down
/// the network", "the surge brought its website down"): an outage with a technology word near.
pub(crate) const TAKE_DOWN_VERBS: &[&str] = &["took", "takes", "taken", "taking", "brought", "brings", "knocked"];

/// Names of systems a customer uses, narrower than `TECH_WORDS` (no "it", "customers", "update"):
/// what fails in "its check-in systems failed", is taken down in "took down the network", or has
/// problems in "problems with its app".
pub(crate) const SYSTEM_NOUNS: &[&str] = &[
    "system",
    "systems",
    "app",
    "apps",
    "banking",
    "website",
    "websites",
    "site",
    "network",
    "networks",
    "server",
    "servers",
    "platform",
    "platforms",
    "service",
    "services",
    "database",
    "email",
    "login",
    "payments",
    "internet",
    "broadband",
    "cloud",
];

/// Words of a product recall: a fault told in their sentence is a product defect, not a service
/// that users lost ("recalling 300,000 cars because a software fault can blank the display").
pub(crate) const RECALL_WORDS: &[&str] = &["recall", "recalls", "recalling", "recalled"];

/// Vague past times the time stage does not resolve ("over the weekend", "overnight", "last
/// week", "recently"): an incident told with one of them did not happen on the publication day.
pub(crate) const VAGUE_PAST_TIMES: &[&str] = &[
    "weekend",
    "weekends",
    "overnight",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "recent",
    "recently",
    "earlier",
    "ago",
    "previously",
    "last",
];

/// Adverbs that may stand between a system noun and "failed" ("its app also failed").
pub(crate) const FAILED_ADVERBS: &[&str] = &["also", "briefly", "then", "later", "again", "completely", "temporarily"];

/// Verbs right after a name that make it the one whose incident follows ("X suffered an outage",
/// "X also experienced a fault").
pub(crate) const SUFFERED_VERBS: &[&str] = &["suffered", "experienced"];

/// Events the annotation guidelines name as no outage (eval/corpus/GUIDELINES.md, "Outages": physical accidents,
/// strikes, market events, business failures, and a data breach where no service was lost), each as the words
/// that name it: an
/// outage whose evidence names one of them and nothing users lost ([`lost_service_word`]) is dropped (rule
/// `outages-other-event`). Physical accidents: vehicles and their crews, collisions.
pub(crate) const ACCIDENT_WORDS: &[&str] = &[
    "plane",
    "planes",
    "aircraft",
    "airliner",
    "airliners",
    "jet",
    "jets",
    "helicopter",
    "helicopters",
    "pilot",
    "pilots",
    "collision",
    "collisions",
    "collided",
    "derailed",
    "derailment",
    "accident",
    "accidents",
    "survivors",
];

/// Strikes and other labour disputes (see [`ACCIDENT_WORDS`]).
pub(crate) const LABOUR_WORDS: &[&str] =
    &["strike", "strikes", "striking", "walkout", "walkouts", "stoppage", "stoppages", "union", "unions", "picket"];

/// Markets and their prices (see [`ACCIDENT_WORDS`]).
pub(crate) const MARKET_EVENT_WORDS: &[&str] =
    &["stock", "stocks", "shares", "index", "indices", "indexes", "investors", "traders", "prices"];

/// Data taken or exposed, no service said lost (see [`ACCIDENT_WORDS`]).
pub(crate) const BREACH_WORDS: &[&str] =
    &["breach", "breaches", "leak", "leaks", "leaked", "stole", "stolen", "theft", "exposed", "compromised"];

/// Business failures: a company gone bust, whose services stop with it (see [`ACCIDENT_WORDS`]).
pub(crate) const BUSINESS_FAILURE_WORDS: &[&str] =
    &["bankrupt", "bankruptcy", "insolvency", "insolvent", "liquidation", "liquidators", "receivership", "creditors"];

/// What users lose in an outage beside the systems of [`SYSTEM_NOUNS`]: utilities, their networks and
/// connections ("without power", "phone lines were down").
pub(crate) const UTILITY_NOUNS: &[&str] = &[
    "power",
    "communications",
    "telecommunications",
    "telecoms",
    "radio",
    "radar",
    "electricity",
    "grid",
    "water",
    "gas",
    "phone",
    "phones",
    "telephone",
    "mobile",
    "cable",
    "cables",
    "satellite",
    "connectivity",
    "computer",
    "computers",
    "supply",
    "supplies",
];

/// At most this many words between an ambiguous failure word and a utility noun that makes it literal (rule
/// `outages-utility-context`: "the breakdown of the cable").
pub(crate) const UTILITY_CONTEXT_GAP: usize = 6;

/// Public utilities whose loss to the people of a place is an outage even when the text names no operator (rule
/// `outages-event-utility`; the guidelines: "power failures that cut service to customers"): power, water and
/// telephone or internet service ("Electricity and phone lines were out", "the quake cut power to the city").
pub(crate) const PUBLIC_UTILITY_NOUNS: &[&str] = &[
    "power",
    "electricity",
    "water",
    "phone",
    "phones",
    "telephone",
    "communications",
    "telecommunications",
    "internet",
];

/// A utility's loss as a noun right after it ("a power cutoff"; rule `outages-event-utility`).
pub(crate) const CUTOFF_WORDS: &[&str] = &["cutoff", "cutoffs", "cut-off", "cut-offs"];

/// Copulas before "out" that make it a utility's state ("phone lines were out"; rule `outages-event-utility`).
pub(crate) const OUT_COPULAS: &[&str] = &["was", "were", "is", "are", "remained", "remain", "remains"];

/// At most this many words between a public utility and the copula of its "out".
pub(crate) const UTILITY_OUT_GAP: usize = 4;

/// Words that tell a loss of electric power in an incident's sentences (rule `outages-utility-provider`).
pub(crate) const POWER_LOSS_WORDS: &[&str] =
    &["power", "electricity", "electrical", "electric", "blackout", "blackouts", "grid"];

/// Words of a company's name that make it a utility ("Belmont Electric Power Company", "Dunmere Energy",
/// "Velmora Utilities"; rule `outages-utility-provider`).
pub(crate) const UTILITY_NAME_WORDS: &[&str] =
    &["power", "electric", "electricity", "energy", "utilities", "utility", "grid"];

/// Rule `outages-utility-site`: last words of a name that make it a utility's site, not a utility company
/// ("Kestrel Energy Center", "Dunmore Power Station", "Ashby Power Plant").
pub(crate) const UTILITY_SITE_HEADS: &[&str] =
    &["center", "centre", "station", "substation", "plant", "dam", "facility"];

/// A name word ending so is a power company's ("Velpower").
pub(crate) const POWER_SUFFIX: &str = "power";

/// Nouns right before a company's name that present it as the operator of something ("the power company X").
pub(crate) const UTILITY_OPERATOR_NOUNS: &[&str] =
    &["operator", "company", "utility", "provider", "supplier", "distributor", "firm", "corporation"];

/// Words before such a noun that make the operated thing a utility ("the electricity transmission operator X").
pub(crate) const UTILITY_DESCRIPTORS: &[&str] = &["electricity", "power", "electric", "energy", "grid", "utility"];

/// At most this many lower-case words between a utility descriptor and its operator noun.
pub(crate) const UTILITY_DESCRIPTOR_GAP: usize = 3;

/// Nouns after a word of what users lose that make it a company's trade ("telecommunications provider",
/// "network operator"; rule `outages-other-event-descriptor`).
pub(crate) const TRADE_NOUNS: &[&str] = &[
    "provider",
    "providers",
    "operator",
    "operators",
    "company",
    "companies",
    "firm",
    "firms",
    "giant",
    "group",
    "carrier",
    "carriers",
];

/// Words in an attack's sentences that say a service was hit, lost or stopped ("its network was hit",
/// "knocked offline", "systems were down", "encrypted files", "services were restored"; rule `outages-attack-only`).
pub(crate) const ATTACK_LOSS_WORDS: &[&str] = &[
    "hit",
    "down",
    "offline",
    "shut",
    "crippled",
    "paralysed",
    "paralyzed",
    "encrypted",
    "locked",
    "halted",
    "suspended",
    "restored",
    "unable",
    "disrupted",
    "disruption",
    "disruptions",
];

/// Nouns that name an outage as such and nothing else ("an outage", "the blackout", "downtime").
pub(crate) const OUTAGE_NOUNS: &[&str] =
    &["outage", "outages", "blackout", "blackouts", "downtime", "interruption", "interruptions"];

/// Whether a lower-cased word names an event the guidelines say is no outage (one of [`ACCIDENT_WORDS`],
/// [`LABOUR_WORDS`], [`MARKET_EVENT_WORDS`], [`BUSINESS_FAILURE_WORDS`], [`BREACH_WORDS`]).
pub(crate) fn other_event_word(lower: &str) -> bool {
    [ACCIDENT_WORDS, LABOUR_WORDS, MARKET_EVENT_WORDS, BUSINESS_FAILURE_WORDS, BREACH_WORDS]
        .iter()
        .any(|k| k.contains(&lower))
}

/// Whether a lower-cased word names what users lose in an outage, or the outage as such (one of
/// [`SYSTEM_NOUNS`], [`UTILITY_NOUNS`], [`OUTAGE_NOUNS`]).
pub(crate) fn lost_service_word(lower: &str) -> bool {
    [SYSTEM_NOUNS, UTILITY_NOUNS, OUTAGE_NOUNS].iter().any(|k| k.contains(&lower))
}

/// Words of a report or notice whose object or modifier an outage word is when it names a class of outages under
/// a rule ("the reporting of network outages", "outage notification rules", "to report outages"; rule
/// `outages-reporting-rules`).
pub(crate) const REPORTING_WORDS: &[&str] =
    &["reporting", "report", "notification", "notifications", "notify", "notifying"];

/// At most this many words between a reporting word and the outage word it governs ("the reporting of network
/// outages").
pub(crate) const REPORTING_GAP: usize = 3;

/// Words that make a sentence one about rules or requirements ("the Commission's rules", "requiring service
/// providers to", "the framework for"; rule `outages-reporting-rules`).
pub(crate) const RULE_WORDS: &[&str] = &[
    "rule",
    "rules",
    "requirement",
    "requirements",
    "regulation",
    "regulations",
    "framework",
    "compliance",
    "obligation",
    "obligations",
    "require",
    "requires",
    "requiring",
];

/// The verb of a supply taken from people ("consumers were deprived of gas"; rule `outages-deprived-of`).
pub(crate) const DEPRIVED: &str = "deprived";

/// Vehicles beside [`ACCIDENT_WORDS`] whose crash is a physical accident ("no airplane had crashed"; rule
/// `outages-vehicle-crash`).
pub(crate) const VEHICLE_WORDS: &[&str] = &[
    "airplane",
    "airplanes",
    "aeroplane",
    "aeroplanes",
    "car",
    "cars",
    "bus",
    "buses",
    "truck",
    "trucks",
    "lorry",
    "vehicle",
    "vehicles",
    "drone",
    "glider",
    "crew",
    "crews",
    "crewmembers",
];

/// At most this many words either side of a crash word in which a technology word makes it a system's crash
/// ("a computer crash grounded planes"; rule `outages-vehicle-crash`).
pub(crate) const CRASH_TECH_WINDOW: usize = 4;

/// Household supplies whose loss an outage tells and whose supplier's name carries the supply's word ("gas" and
/// "the South Dunmere Gas Board", "water" and "Velmora Water"; rule `outages-supply-provider`).
pub(crate) const NAMED_SUPPLIES: &[&str] = &["gas", "water"];

/// At most this many words from a count to the plural outage word it counts ("ten power outages", "eight
/// separate outages") and from that word to "since" ("23 water outages in this estate since 2022") for
/// rule `outages-counted-since`.
pub(crate) const COUNTED_GAP: usize = 4;

/// Count words that tell a number of incidents though not digits ("several outages since 2022").
pub(crate) const COUNT_QUANTIFIERS: &[&str] = &["several", "numerous", "multiple", "repeated", "countless"];

/// Modifiers that make a failure one of compliance or oversight, not of a service ("supervision failures",
/// "regulatory failures", "reporting failures"; rule `outages-compliance-failures`).
pub(crate) const COMPLIANCE_MODIFIERS: &[&str] = &[
    "regulatory",
    "compliance",
    "supervision",
    "supervisory",
    "oversight",
    "reporting",
    "recordkeeping",
    "record-keeping",
    "disclosure",
    "governance",
    "audit",
    "auditing",
    "control",
    "controls",
];

/// Rule `outages-cable-cut`: the lines of a network whose cut is an outage when told in the passive ("the cable
/// was cut", "several submarine cables were cut", "the telephone lines were severed").
pub(crate) const CUT_LINE_NOUNS: &[&str] = &["cable", "cables", "line", "lines", "wire", "wires"];
/// Prepositions that make a line noun the object of another noun, which is what was cut ("the budget for new lines
/// was cut", "the price of the cable was cut").
pub(crate) const CUT_LINE_OWNERS: &[&str] = &["of", "for"];
/// At most this many words from such a preposition to the line noun.
pub(crate) const CUT_LINE_OWNER_GAP: usize = 3;
/// The participles of a line cut in the passive ("was cut", "were severed").
pub(crate) const LINE_CUT_PARTICIPLES: &[&str] = &["cut", "severed", "broken"];
/// Rule `outages-told-loss`: a present copula and at most this many words before "without" tell a loss as
/// current ("is still without electricity", "are currently without power").
pub(crate) const CURRENT_LOSS_GAP: usize = 2;
/// Rule `outages-told-loss`: a modal at most this many words after a stated loss makes it what a loss would do
/// ("a loss of supply may be difficult for them").
pub(crate) const LOSS_MODAL_GAP: usize = 5;
/// Rule `outages-elapsed-span`: the units of an elapsed span, with their days ("for the past two weeks").
pub(crate) const ELAPSED_UNITS: &[(&str, u64)] = &[("day", 1), ("days", 1), ("week", 7), ("weeks", 7)];
/// Rule `outages-elapsed-span`: the words after "for the" that open an elapsed span ("for the past two weeks").
pub(crate) const ELAPSED_PAST: &[&str] = &["past", "last"];
/// Rule `outages-elapsed-span`: the word after a span that counts from an event ("two weeks after the storm").
pub(crate) const ELAPSED_AFTER: &str = "after";
/// Rule `outages-elapsed-span`: approximating words that may stand before the count ("nearly two weeks").
pub(crate) const ELAPSED_APPROX: &[&str] = &["nearly", "almost", "about", "around", "some", "over"];
/// Rule `outages-elapsed-span`: the longest span read back from the publication day (eight weeks).
pub(crate) const ELAPSED_MAX_DAYS: u64 = 56;
