//! Relation and outage cues: negations, outage triggers, hypotheticals, start and end cues, causes
//! and faults.

mod authority;
mod detection;
mod impact;
mod ownership;
pub(crate) use authority::*;
pub(crate) use detection::*;
pub(crate) use impact::*;
pub(crate) use ownership::*;

/// Words before a deal verb that make the deal not (yet) done ("agreed to acquire", "plans to buy").
pub(crate) const NEGATING: &[&str] = &[
    "agreed",
    "agree",
    "agrees",
    "plans",
    "plan",
    "planned",
    "planning",
    "to",
    "will",
    "would",
    "could",
    "may",
    "might",
    "proposed",
    "offer",
    "offered",
    "offers",
    "bid",
    "seeking",
    "seeks",
    "wants",
    "intends",
    "talks",
    "pending",
    "expected",
    "considering",
    "not",
    "failed",
    "never",
    "hopes",
    "aims",
    "try",
    "tried",
    "attempt",
];

/// Outage triggers that name an incident on their own ("outage", "disruption").
pub(crate) const STRONG: &[&str] = &[
    "outage",
    "outages",
    "disruption",
    "disruptions",
    "disrupted",
    "disrupting",
    "failure",
    "failures",
    "breakdown",
    "breakdowns",
    "fault",
    "faults",
    "glitch",
    "glitches",
    "crash",
    "crashed",
    "crashes",
    "downtime",
    "interruption",
    "interruptions",
    "offline",
    "unreachable",
    "unavailable",
    "inaccessible",
    "blackout",
    "blackouts",
    "malfunction",
    "malfunctioned",
    "shutoff",
    "shutoffs",
    "meltdown",
    "meltdowns",
];

/// Outage triggers that need a technical context to name an incident ("crippled", "shut").
pub(crate) const WEAK: &[&str] = &[
    "crippled",
    "congestion",
    "shut",
    "stalled",
    "degraded",
    "slowed",
    "incident",
    "problem",
    "problems",
    "trouble",
    "errors",
    "issue",
    "issues",
    "blamed",
    "apologised",
    "apologized",
    "apologise",
    "apologize",
    "apology",
    "restored",
    "recovered",
    "affected",
    "hit",
    "post-mortem",
    "postmortem",
    "unable",
    "faulty",
];

/// Words that make an outage mention hypothetical ("could", "if", "prevent").
pub(crate) const HYPOTHETICAL: &[&str] = &[
    "if",
    "could",
    "would",
    "might",
    "may",
    "risk",
    "risks",
    "prevent",
    "preventing",
    "avoid",
    "avoiding",
    "hypothetical",
    "potential",
    "possible",
    "diagnose",
    "detect",
    "detecting",
    "future",
    "against",
    "mitigate",
    "simulate",
    "simulated",
];

/// Words near a time that make it an incident's start ("began", "since").
pub(crate) const START_CUES: &[&str] = &[
    "began", "begin", "begins", "started", "start", "starting", "first", "detected", "struck", "trigger", "alarm",
    "from", "since", "noticed", "spotted", "went",
];

/// Words near a time that make it an incident's end ("restored", "resolved").
pub(crate) const END_CUES: &[&str] = &[
    "restored",
    "recovered",
    "resolved",
    "back",
    "returned",
    "fixed",
    "by",
    "until",
    "to",
    "normally",
    "normal",
    "ended",
    "cleared",
    "mitigated",
    "up",
];

/// Word sequences after which an outage's cause follows ("caused by", "blamed on").
pub(crate) const CAUSE_AFTER: &[&[&str]] = &[
    &["caused", "by"],
    &["triggered", "by"],
    &["due", "to"],
    &["blamed", "on"],
    &["attributed", "to"],
    &["because", "of"],
    &["resulted", "from"],
    &["stemmed", "from"],
    &["result", "of"],
    &["root", "cause", "was"],
    &["cause", "was"],
];

/// Verbs whose subject is an outage's cause ("a faulty update corrupted ...").
pub(crate) const CAUSE_VERBS: &[&str] = &[
    "corrupted",
    "deleted",
    "overloaded",
    "halted",
    "blocked",
    "interrupted",
    "disabled",
    "froze",
    "prevented",
    "caused",
    "knocked",
    "crashed",
    "cut",
    "disrupted",
    "stopped",
    "left",
    "made",
    "brought",
    "took",
    "failed",
    "triggered",
    "set",
    "sparked",
    "hit",
    "forced",
    "wiped",
    "overwhelmed",
    "broke",
    "went",
];

/// Nouns that name a fault and may head a cause ("fault", "failure", "bug").
pub(crate) const FAULT_WORDS: &[&str] = &[
    "fault",
    "failure",
    "error",
    "bug",
    "flaw",
    "update",
    "change",
    "upgrade",
    "configuration",
    "misconfiguration",
    "fire",
    "power",
    "cooling",
    "attack",
    "surge",
    "overload",
    "deployment",
    "maintenance",
    "crash",
    "glitch",
    "cut",
    "process",
    "supply",
    "cable",
    "storm",
    "flood",
    "heat",
    "software",
    "hardware",
    "network",
    "data",
    "outage",
    "settings",
    "patch",
    "release",
    "incident",
    "testing",
    "dependency",
    "file",
];

/// Nouns after "X's" that make X the one whose systems failed.
pub(crate) const OWN_NOUNS: &[&str] = &[
    "network",
    "networks",
    "systems",
    "system",
    "services",
    "service",
    "cloud",
    "outage",
    "disruption",
    "failure",
    "operations",
    "platform",
    "servers",
    "infrastructure",
    "second",
    "first",
    "latest",
    "data",
    "website",
    "console",
    "software",
    "app",
    "apps",
];

/// Whether a lower-cased word is an outage trigger (strong or weak).
pub(crate) fn is_trigger_word(w: &str) -> bool {
    STRONG.contains(&w) || WEAK.contains(&w)
}

/// Problem nouns that name an outage after a technical modifier ("a technical problem halted
/// trading", "software issues").
pub(crate) const PROBLEM_NOUNS: &[&str] =
    &["problem", "problems", "issue", "issues", "trouble", "troubles", "error", "errors", "difficulties"];

/// Modifiers that make a problem noun a technical one.
pub(crate) const TECHNICAL_MODIFIERS: &[&str] =
    &["technical", "technological", "software", "computer", "system", "systems", "network", "server", "hardware"];

/// Technology words that make an ambiguous failure word an outage ("a database fault").
pub(crate) const TECH_WORDS: &[&str] = &[
    "system",
    "systems",
    "service",
    "services",
    "app",
    "apps",
    "website",
    "websites",
    "site",
    "sites",
    "network",
    "networks",
    "server",
    "servers",
    "data",
    "cloud",
    "platform",
    "platforms",
    "outage",
    "online",
    "offline",
    "users",
    "internet",
    "software",
    "computer",
    "computers",
    "devices",
    "device",
    "payments",
    "payment",
    "api",
    "apis",
    "console",
    "connectivity",
    "database",
    "update",
    "configuration",
    "power",
    "cooling",
    "hardware",
    "storage",
    "region",
    "zone",
    "datacenter",
    "datacentre",
    "it",
    "email",
    "login",
    "log",
    "access",
    "unavailable",
    "unreachable",
    "errors",
    "bug",
    "upgrade",
    "deployment",
    "customers",
    "equipment",
    "pc",
    "pcs",
];

/// Words and marks that open a new clause before an outage word.
pub(crate) const CLAUSE_OPENERS: &[&str] = &[",", "and", "after", "when", "while", "before", ";", "but"];

/// Strong outage words that are also used figuratively ("a failure of leadership").
pub(crate) const LITERAL_FAILURES: &[&str] =
    &["outage", "outages", "failure", "failures", "breakdown", "crash", "blackout"];

/// Words after "failure of" that make the failure figurative.
pub(crate) const FIGURATIVE_OF: &[&str] = &[
    "confidence",
    "trust",
    "the",
    "talks",
    "leadership",
    "imagination",
    "nerve",
    "judgment",
    "judgement",
    "negotiations",
    "governance",
    "a",
    "its",
];

/// Crash words that also describe markets.
pub(crate) const MARKET_CRASH_WORDS: &[&str] = &["crash", "crashes", "collapse", "meltdown"];

/// Market nouns that make a crash a market one ("sales collapse").
pub(crate) const MARKET_NOUNS: &[&str] = &["demand", "prices", "sales", "shares", "value", "orders", "profits"];

/// Modifiers that make a failure non-technical ("policy failure").
pub(crate) const NON_TECH_MODIFIERS: &[&str] =
    &["market", "stock", "moral", "policy", "diplomatic", "communication", "deal", "merger", "leadership"];

/// States a service can be put in on purpose ("made it unavailable", "blocked ... remained
/// inaccessible"): no outage when someone withheld it.
pub(crate) const WITHHELD_STATES: &[&str] = &["unavailable", "inaccessible", "unreachable", "offline"];

/// Verbs that put a service in a withheld state on purpose ("be made inaccessible").
pub(crate) const MADE_WORDS: &[&str] = &["made", "make", "makes", "making", "rendered"];

/// Blocking and censorship: a service withheld by an order, not lost to a failure.
pub(crate) const BLOCKING_WORDS: &[&str] =
    &["blocked", "blocks", "blocking", "censor", "censors", "censored", "censorship", "banned", "bans"];

/// Disruption nouns that name a lost service when a supply or line service qualifies them (rule
/// `outages-supply-disruption`: "a broadband disruption", "power disruptions", "disruption to the
/// electricity supply").
pub(crate) const SUPPLY_DISRUPTION_NOUNS: &[&str] = &["disruption", "disruptions"];

/// Supplies and line services whose disruption users lose ("a broadband disruption", "disruption to
/// power supplies"); a market's "supply disruption" is none, so "supply" alone is not one of them.
pub(crate) const DISRUPTED_SUPPLIES: &[&str] = &[
    "broadband",
    "power",
    "electricity",
    "electrical",
    "internet",
    "phone",
    "telephone",
    "telephony",
    "mobile",
    "telecoms",
    "telecommunications",
    "water",
];

/// Words between a disrupted supply and the disruption noun, or after "to"/"of" before the supply
/// ("power supply disruptions", "disruption to the electricity supply").
pub(crate) const SUPPLY_DISRUPTION_SKIP: &[&str] = &["supply", "supplies", "the", "its", "their", "local", "mains"];

/// Disruption verbs whose object can be trade or travel rather than a service ("disrupting
/// commerce").
pub(crate) const DISRUPT_VERBS: &[&str] = &["disrupted", "disrupting", "disrupts", "disrupt"];

/// Objects and modifiers of a disruption that make it one of transport, trade or talks, which the
/// outage definition leaves out ("a transportation disruption", "disrupting commerce").
pub(crate) const NON_SERVICE_DISRUPTED: &[&str] = &[
    "commerce",
    "trade",
    "travel",
    "transportation",
    "transport",
    "flight",
    "flights",
    "traffic",
    "shipping",
    "supply",
    "supplies",
    "production",
    "negotiations",
    "talks",
    "rail",
    "schedules",
];

/// Words skipped between a disruption verb and its object ("disrupting the rail signals").
pub(crate) const DISRUPT_OBJECT_SKIP: &[&str] = &["the", "a", "an", "its", "their", "some", "many"];

/// A business function before "service": "customer service failures" are complaints, not an
/// outage.
pub(crate) const HUMAN_SERVICE_MODIFIERS: &[&str] = &["customer", "client"];

/// The word "service" after a human-service modifier ("customer service").
pub(crate) const SERVICE: &str = "service";

/// Verbs that cut a supply ("cut power to 38,000 homes", "a power cut").
pub(crate) const CUT_WORDS: &[&str] = &["cut", "cuts", "severed", "knocked"];

/// Supplies whose cut or loss is an outage ("cut electric supply", "left without power").
pub(crate) const SUPPLY_NOUNS: &[&str] =
    &["power", "electricity", "electric", "supply", "supplies", "internet", "phone", "connectivity", "signal"];

/// Rule `outages-had-no-supply`: the word before "no" and a supply that says the supply was lacking ("residents
/// had no water", "have had no power"); "there was no water" takes a copula after "there" instead.
pub(crate) const HAD_NO_LEAD: &str = "had";

/// The existential subject before a copula in `outages-had-no-supply` ("there was no water").
pub(crate) const THERE: &str = "there";

/// Words right after the supply of `outages-had-no-supply` that make it no loss: an authority ("had no power to
/// act", "no power over") or a count of cuts ("had no power cuts").
pub(crate) const HAD_NO_NOT_AFTER: &[&str] =
    &["to", "over", "cuts", "cut", "outages", "outage", "shortages", "station", "stations", "bill", "bills"];

/// Words before a supply that say it was lost ("without power", "lost power").
pub(crate) const LOST_SUPPLY: &[&str] = &["without", "lost", "losing", "loses"];

/// Rule `outages-modified-supply`: words that say what kind of supply follows a loss word ("without electrical
/// power", "lost mains electricity", "without drinking water"); not words of comfort or ownership ("hot water", "mobile
/// phones"); the supply noun must follow right after.
pub(crate) const SUPPLY_MODIFIERS: &[&str] = &["electrical", "mains", "tap", "drinking", "piped"];

/// The participle of a supply lost in the passive ("power was temporarily lost to 9,000 homes").
pub(crate) const LOST_PARTICIPLE: &str = "lost";

/// Nouns of a supply lost ("a loss of power", "the loss of service").
pub(crate) const LOSS_NOUNS: &[&str] = &["loss", "losses"];

/// Adverbs ending in this may stand between the auxiliary and the participle ("was briefly lost").
pub(crate) const LY_SUFFIX: &str = "ly";

/// Reporters who speak of themselves before a report verb ("On 3 May we wrote to ...", "in June I
/// announced"): the time before them is the day of the report.
pub(crate) const SELF_REPORTERS: &[&str] = &["i", "we"];

/// The past-perfect auxiliary: after a report verb it tells of something before the report ("said
/// the fault had been traced to ..."), so the report's own date is not that event's.
pub(crate) const EARLIER_THAN_REPORT: &[&str] = &["had"];

/// Auxiliaries of the future ("On Tuesday the committee will question X", "X will appear on 3
/// May"): a time in their clause dates something still to come, never an incident.
pub(crate) const FUTURE_AUX: &[&str] = &["will", "shall"];

/// Words that end the clause a future auxiliary governs (punctuation and subordinators; not "and",
/// which also joins names: "the Business and Trade Committee").
pub(crate) const FUTURE_CLAUSE_BOUNDS: &[&str] = &[",", ";", ":", "after", "when", "while", "before", "because", "but"];

/// At most this many words between a time and the future auxiliary of its clause.
pub(crate) const FUTURE_AUX_GAP: usize = 10;

/// Channels of sales or service that read like outage states when paired ("offline and online
/// services", "online or offline"): a kind of service, not a state it is in.
pub(crate) const CHANNEL_STATES: &[&str] = &["offline", "online"];

/// Words that pair two channels ("offline and online").
pub(crate) const CHANNEL_JOINERS: &[&str] = &["and", "or"];

/// Determiners that point back to an incident already told ("that failure", "this outage").
pub(crate) const BACK_POINTERS: &[&str] = &["that", "this", "these", "those"];

/// Auxiliaries of the present perfect ("has suspended"): a report of what happened up to now.
pub(crate) const PERFECT_AUX: &[&str] = &["has", "have"];

/// Present copulas before an outage state ("is down", "remains unreachable").
pub(crate) const PRESENT_COPULAS: &[&str] = &["is", "are", "remains", "remain"];

/// States a service is in during an outage ("is down", "remain offline").
pub(crate) const DOWN_STATES: &[&str] = &["down", "offline", "unavailable", "unreachable", "inaccessible"];

/// Past participles that do not end in "-ed" but follow "has" in outage reports.
pub(crate) const IRREGULAR_PARTICIPLES: &[&str] = &["been", "gone", "hit", "left", "cut", "shut", "taken", "brought"];

/// Verbs that put machines or systems out of use ("disabled tens of thousands of PCs"): an outage
/// when a technology word follows as their object.
pub(crate) const DISABLE_VERBS: &[&str] = &["disabled", "crippled", "paralysed", "paralyzed", "knocked"];

/// Attacks that take a service down when a cyber word modifies them ("a denial-of-service
/// attack").
pub(crate) const ATTACK_WORDS: &[&str] = &["attack", "attacks"];

/// Words before an attack that make it a cyber attack.
pub(crate) const CYBER_MODIFIERS: &[&str] = &[
    "denial-of-service",
    "dos",
    "ddos",
    "cyber",
    "hacker",
    "hacking",
    "ransomware",
    "computer",
    "network",
    "online",
    "internet",
];

/// Cyber modifiers that name the kind of attack, preferred as an outage's cause over the generic ones
/// ("a ransomware attack" over "the cyberattack").
pub(crate) const ATTACK_KINDS: &[&str] = &["denial-of-service", "dos", "ddos", "ransomware"];

/// Attacks named in one word that flood a service ("a DDoS").
pub(crate) const FLOOD_ATTACKS: &[&str] = &["ddos", "denial-of-service"];

/// What customers are left without or lose in an outage ("without service", "lost access").
pub(crate) const LOST_SERVICE_NOUNS: &[&str] = &["service", "services", "access", "connection", "coverage"];

/// Household utilities whose loss is an outage when told as lost or gone without ("were without water",
/// "lost gas supplies", "left without heating", "a loss of water supply"): never after "cut", where they
/// are quantities ("cut water use"), nor in the passive ("water was lost" is leakage).
pub(crate) const UTILITY_SUPPLIES: &[&str] = &["water", "gas", "heating", "broadband"];

/// Incident nouns after which "at X" or "in X" names whose systems failed ("a fault at payment
/// processor X").
pub(crate) const AT_FAILURE_NOUNS: &[&str] =
    &["fault", "failure", "outage", "glitch", "problem", "problems", "malfunction", "breakdown", "error", "issue"];

/// Incident nouns of a change gone wrong after which "at X, ..." or "at a centre run by X" names
/// whose systems failed ("a faulty update at its partner, X").
pub(crate) const AT_CHANGE_NOUNS: &[&str] = &["update", "upgrade"];

/// Lower-case words allowed between an incident noun's "at" and a comma or a run-by link that
/// leads to the name ("a failure at one of the networks it uses, run by X").
pub(crate) const AT_FAILURE_LINKED_GAP: usize = 8;

/// Words allowed in an apposition between a comma and the name ("its partner, the Danish
/// processor X").
pub(crate) const APPOSITION_GAP: usize = 4;

/// Participles before "by" that name who runs the place of a failure ("a data centre run by X"; not
/// "owned by": an owner is not the operator).
pub(crate) const RUN_BY_VERBS: &[&str] = &["run", "operated", "managed"];

/// Participles before "by" that name the supplier of a failed change, not whose systems failed
/// ("an update supplied by X").
pub(crate) const SUPPLIED_BY_VERBS: &[&str] = &["supplied", "developed", "built"];

/// Words that end the phrase between a supplier cue and the name ("a post made by Y at X": X is
/// not what Y made).
pub(crate) const SUPPLIER_PHRASE_STOPS: &[&str] = &["at", "in", "of", "for", "on", "with", "to", "and", "or"];

/// Words at most this far before a name that mark it as a supplier ("its IT supplier, X").
pub(crate) const SUPPLIER_GAP: usize = 4;

/// Participles of business events that a time right after dates instead of the incident ("a deal
/// agreed in September", "a system installed in 2021", "a fine issued in May").
pub(crate) const OTHER_EVENT_VERBS: &[&str] = &[
    "agreed",
    "announced",
    "signed",
    "completed",
    "acquired",
    "bought",
    "founded",
    "launched",
    "appointed",
    "joined",
    "published",
    "approved",
    "introduced",
    "listed",
    "merged",
    "sold",
    "elected",
    "hired",
    "fined",
    "issued",
    "filed",
    "released",
    "installed",
    "built",
    "opened",
    "awarded",
    "unveiled",
    "became",
];

/// Prepositions between a verb and the time that dates it ("agreed in September").
pub(crate) const DATING_PREPS: &[&str] = &["in", "on", "during"];

/// Words allowed between an incident noun's "at" and the name ("at payment processor X").
pub(crate) const AT_FAILURE_GAP: usize = 4;

/// "stopped working": a service that stopped doing its job.
pub(crate) const STOPPED_WORDS: &[&str] = &["stopped", "stops", "stop"];

/// What a failed service stopped doing ("stopped working", "stopped responding").
pub(crate) const STOPPED_STATES: &[&str] = &["working", "responding", "loading", "functioning", "operating"];

/// Verbs right after a name that make it the one whose service failed ("X failed to deliver 911
/// calls").
pub(crate) const FAILED_VERBS: &[&str] = &["failed", "fails"];

/// Words that open a distinct incident on a day that already has one ("a separate 911 outage",
/// "another attack", "a second outage").
pub(crate) const SEPARATE_WORDS: &[&str] = &["separate", "another", "second"];

/// Copulas before "down" that mean a service was out ("the app was down for hours").
pub(crate) const DOWN_COPULAS: &[&str] =
    &["was", "were", "is", "are", "been", "remained", "remains", "remain", "stayed", "being"];

/// The word "down" of "was down".
pub(crate) const DOWN: &str = "down";

/// Words after "was down" that keep it an outage rather than a fall in figures ("down for hours",
/// "down on Monday", not "down 3%").
pub(crate) const DOWN_FOLLOWERS: &[&str] =
    &[".", ",", ";", "for", "on", "in", "across", "after", "since", "until", "and", "again", "overnight", "worldwide"];

/// States after "went" that mean a service failed ("went dark").
pub(crate) const WENT_STATES: &[&str] = &["dark", "down", "offline", "wrong"];

/// Verbs after "unable to" that mean a service failed ("unable to log in").
pub(crate) const UNABLE_TO_VERBS: &[&str] = &[
    "reach", "access", "log", "use", "connect", "pay", "load", "sign", "stream", "open", "send", "withdraw", "book",
    "check",
];

/// Failure words that also describe markets, talks or supply chains: an outage only next to technology.
pub(crate) const AMBIGUOUS_FAILURES: &[&str] = &[
    "meltdown",
    "meltdowns",
    "crash",
    "crashed",
    "crashes",
    "failure",
    "failures",
    "breakdown",
    "breakdowns",
    "fault",
    "faults",
    "disruption",
    "disruptions",
    "disrupted",
    "disrupting",
    "blackout",
    "malfunction",
    "malfunctioned",
];

/// Words before a time that make it the date of a report, statement or hearing, not of the outage.
pub(crate) const REPORT_CUES: &[&str] = &[
    "said",
    "says",
    "announced",
    "estimated",
    "reported",
    "disclosed",
    "published",
    "released",
    "confirmed",
    "confirming",
    "announcing",
    "statement",
    "told",
    "wrote",
    "posted",
    "added",
    "explained",
    "report",
    "presentation",
    "hearing",
    "remarks",
    "testimony",
];

/// The report cues that name a document, not the act of reporting: a time beside one alone dates the document
/// ("the 17 October Report"), never the day an incident was announced.
pub(crate) const DOCUMENT_NOUNS: &[&str] = &["statement", "report", "presentation", "hearing", "remarks", "testimony"];

/// Words before a time that make it not the outage's start ("closed at", "later").
pub(crate) const NOT_START_CUES: &[&str] = &["closing", "closed", "reverted", "traced", ",", "later"];

/// End cues that count only right before the time ("to 5pm", "by noon").
pub(crate) const END_CUES_ADJACENT: &[&str] = &["to", "by", "until", "up"];

/// Words of a service working again before "from"/"since" and its time ("working again from
/// 10am", "back since Tuesday"): besides the end cues, these make the time the end.
pub(crate) const RESUMED_WORDS: &[&str] = &["again"];
/// How many words before "from"/"since" a resumption word may stand.
pub(crate) const RESUMED_GAP: usize = 3;

/// Start cues that count only right before the time ("from 9am").
pub(crate) const START_CUES_ADJACENT: &[&str] = &["from", "since"];

/// Approximations that may stand between an adjacent start or end cue and its clock time ("until
/// about 17:40", "from around 7am").
pub(crate) const CLOCK_APPROX: &[&str] = &["about", "around", "approximately", "roughly", "nearly", "just"];

/// Verbs after "when" that make the time the outage's start ("when X failed").
pub(crate) const WHEN_FAILED_VERBS: &[&str] = &["began", "started", "failed", "crashed"];

/// Words after a duration that make it not the outage's length ("ago", "career").
pub(crate) const NOT_OUTAGE_DURATION: &[&str] = &["career", "ago", "delay"];

/// Words before a duration that make it the outage's length ("lasted five hours").
pub(crate) const LASTED_BEFORE: &[&str] = &["for", "lasted", "lasting"];

/// Nouns before "from X" that make X the provider ("an update from X").
pub(crate) const SOURCE_NOUNS: &[&str] = &["update", "company", "firm"];

/// Verbs after a name that make it the provider telling of the outage ("X said").
pub(crate) const PROVIDER_VERBS_AFTER: &[&str] =
    &["said", "says", "estimated", "blamed", "apologised", "reverted", "showed", "reported", "tracked"];

/// Words before a name that make it the one blamed or the cause's agent.
pub(crate) const BLAMED_BY: &[&str] = &["blamed", "by"];

/// Auxiliaries and adverbs trimmed before a cause verb ("had then").
pub(crate) const CAUSE_AUX: &[&str] = &["had", "has", "have", "was", "also", "then"];

/// Words and marks that stop the walk back to a cause's start.
pub(crate) const CAUSE_START_STOP: &[&str] =
    &["said", "says", "that", "after", "when", ",", "—", "–", "estimated", "because", "while", "as", ";", "and"];

/// Words and marks that end a cause phrase.
pub(crate) const CAUSE_END: &[&str] = &[",", ".", ";", "which", "—", "\"", "but", "said", "when"];

/// Words after "and" that start a new clause, ending a cause phrase.
pub(crate) const CAUSE_AND_VERBS: &[&str] =
    &["that", "began", "was", "were", "is", "has", "had", "then", "will", "did", "left", "took", "made"];

/// Prepositions of time trimmed from a cause's end ("on", "since").
pub(crate) const CAUSE_TRAILING_TIME: &[&str] = &["on", "in", "at", "last", "since", "from"];

/// Words trimmed from a cause's start.
pub(crate) const CAUSE_LEADING_SKIP: &[&str] = &["a", "an", "the", ",", "in", "on", "at"];

/// Words trimmed from a cause's end.
pub(crate) const CAUSE_TRAILING_SKIP: &[&str] = &[",", "and", "in", "on", "at", "of", "the", "a", "to"];

/// Pronouns that cannot head a cause ("it", "this").
pub(crate) const CAUSE_PRONOUN_HEADS: &[&str] =
    &["it", "this", "that", "they", "which", "what", "he", "she", "its", "there"];

/// Words of the outage itself: a cause made only of them names no cause.
pub(crate) const CAUSE_SELF_WORDS: &[&str] = &["the", "outage", "incident", "problem"];

/// First words of the cause patterns that name the root cause ("root cause was", "cause was").
pub(crate) const ROOT_CAUSE_LEADS: &[&str] = &["root", "cause"];

/// Nouns of a partnership ("a partnership between A and B", "an alliance with Y").
pub(crate) const PARTNERSHIP_NOUNS: &[&str] = &["partnership", "alliance", "collaboration"];

/// The partner noun after a name ("a Y technology partner").
pub(crate) const PARTNER_NOUNS: &[&str] = &["partner", "partners"];

/// Nouns of customers ("X customers", "customers such as A and B").
pub(crate) const CUSTOMER_NOUNS: &[&str] = &["customers", "clients", "merchants"];

/// Verbs of supplying before "to" ("X supplies power to Y").
pub(crate) const SUPPLY_VERBS: &[&str] = &["supplies", "supply", "provides", "sells"];

/// Verbs of running another's systems after "that" / "which" ("Y, the IT firm that runs the
/// bank's core systems", "Y, which hosts Acme's website"): Y supplies the possessor.
pub(crate) const RUNS_FOR_VERBS: &[&str] = &["runs", "operates", "manages", "hosts", "powers"];

/// Verbs of leasing before "to" ("Y, which has leased space to X").
pub(crate) const LEASED_VERBS: &[&str] = &["leased", "leases", "supplied"];

/// Words that open a list of customers right after them ("customers including A and B").
pub(crate) const INCLUDING_WORDS: &[&str] = &["including", "like"];

// Single words the stages test one at a time (`p.is(j, WORD)`, `w == WORD`, `w.ends_with(SUFFIX)`).

/// The ending of a compound ownership adjective ("state-owned", "Google-owned").
pub(crate) const OWNED_SUFFIX: &str = "-owned";

/// "according" of "according to X", which makes X a source, not a party.
pub(crate) const ACCORDING: &str = "according";

/// "action" of "out of action", an outage phrase.
pub(crate) const ACTION: &str = "action";

/// "blamed" of "blamed X on Y" and "from X, blamed", a cause cue.
pub(crate) const BLAMED: &str = "blamed";

/// "caused" of "caused by X", the strongest cause cue.
pub(crate) const CAUSED: &str = "caused";

/// "hosts" of "X hosts its services with Y", a customer cue.
pub(crate) const HOSTS: &str = "hosts";

/// "lasted" before an outage duration ("lasted two hours").
pub(crate) const LASTED: &str = "lasted";

/// "out" of "out of action", an outage phrase.
pub(crate) const OUT: &str = "out";

/// "owned" of "owned by X", an ownership cue.
pub(crate) const OWNED: &str = "owned";

/// "parent" of "parent company", an ownership cue.
pub(crate) const PARENT: &str = "parent";

/// "traced" of "traced to X", a cause cue.
pub(crate) const TRACED: &str = "traced";

/// "unable" of "unable to access ...", an outage phrase.
pub(crate) const UNABLE: &str = "unable";

/// "went" of "went down" / "went dark", and of "went wrong", a cause phrase.
pub(crate) const WENT: &str = "went";

/// "wrong" of "went wrong", a cause phrase.
pub(crate) const WRONG: &str = "wrong";

/// Technology words that make a problem noun after them an outage where the older
/// `TECHNICAL_MODIFIERS` do not reach ("technology issues", "a router issue", "a
/// telecommunications issue"; "IT" is matched in capitals apart).
pub(crate) const TECH_ISSUE_MODIFIERS: &[&str] = &[
    "technology",
    "router",
    "telecommunications",
    "telecommunication",
    "communications",
    "connectivity",
    "radar",
    "equipment",
];
