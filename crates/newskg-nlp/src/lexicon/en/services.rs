//! Service cues: head words inside a service name and nouns around one.

/// Head words of a name that make it a service, app or product ("Contoso Pay", "Foo Console").
/// Plural "Services" is left out on purpose: it ends company names ("X Web Services").
pub(crate) const SERVICE_HEADS: &[&str] = &[
    "app",
    "platform",
    "service",
    "console",
    "dashboard",
    "docs",
    "drive",
    "mail",
    "maps",
    "messenger",
    "actions",
    "copilot",
    "portal",
    "sensor",
    "functions",
    "store",
    "api",
    "pay",
    "wallet",
    "search",
    "chat",
    "music",
    "video",
    "tv",
    "play",
    "photos",
    "sheets",
    "calendar",
    "meet",
    "teams",
    "workspace",
    "office",
    "outlook",
    "browser",
    "assistant",
    "engine",
    "storage",
    "compute",
    "database",
    "directory",
    "kubernetes",
    "lambda",
    "studio",
    "editor",
    "marketplace",
    "prime",
    "plus",
    "pages",
    "cdn",
    "dns",
    "firewall",
    "gateway",
];

/// Nouns that, right before or after a name, say the name is a service ("the messaging app X",
/// "X's search engine", "users of X"), besides [`SERVICE_AFTER`]: plurals and device words.
pub(crate) const SERVICE_NOUNS_BEFORE: &[&str] = &[
    "apps",
    "application",
    "platforms",
    "portal",
    "e-wallets",
    "wallets",
    "network",
    "game",
    "device",
    "devices",
    "phones",
    "phone",
    "handset",
    "handsets",
    "apis",
    "storefront",
    "client",
];

/// Whether a lower-cased word is a service noun: [`SERVICE_AFTER`] or [`SERVICE_NOUNS_BEFORE`].
pub(crate) fn is_service_noun(lower: &str) -> bool {
    SERVICE_AFTER.contains(&lower) || SERVICE_NOUNS_BEFORE.contains(&lower)
}

/// Nouns right after a name that make it a service ("X search engine", "X users").
pub(crate) const SERVICE_AFTER: &[&str] = &[
    "suite",
    "product",
    "app",
    "platform",
    "website",
    "site",
    "service",
    "tool",
    "software",
    "system",
    "chatbot",
    "marketplace",
    "wallet",
    "e-wallet",
    "browser",
    "assistant",
    "engine",
    "sensor",
    "account",
    "dashboard",
    "console",
    "api",
    "doorbells",
    "doorbell",
    "speakers",
    "speaker",
    "cards",
    "card",
    "viewers",
    "users",
    "subscribers",
    "players",
    "feed",
    "messenger",
    "streaming",
];

/// Nouns that make a name a service of the organisation before it ("Acme's app X").
pub(crate) const SERVICE_WORDS: &[&str] = &[
    "app",
    "apps",
    "platform",
    "platforms",
    "service",
    "services",
    "product",
    "products",
    "tool",
    "tools",
    "software",
    "website",
    "site",
    "sites",
    "brands",
    "brand",
    "offerings",
    "marketplace",
    "chatbot",
    "assistant",
    "engine",
    "system",
];

/// Service nouns that name the audience, not a service ("users").
pub(crate) const AUDIENCE_NOUNS: &[&str] = &["users", "viewers", "subscribers"];

/// Nouns before "of X" that make X a service ("users of X", "a version of X").
/// "operators of X": a business runs X, a gym chain, site or app (the FTC's "the operators of X and other
/// gyms", a committee's "the operators of X Regional"); right after "of", so "the operator of the UK's grid" is not.
pub(crate) const SERVICE_OF_NOUNS: &[&str] = &["users", "viewers", "subscribers", "version", "operators", "operator"];

/// Service nouns that do not make an apposition's name a service ("X, devices ...").
pub(crate) const NOT_SERVICE_HEADS: &[&str] = &["users", "viewers", "subscribers", "devices"];

/// Service nouns that do not type an apposition ("users", "network", "devices").
pub(crate) const NOT_SERVICE_NOUNS: &[&str] = &["users", "viewers", "subscribers", "network", "device", "devices"];

/// Words after "Acme's X" that make X a subject, not a possessed product.
pub(crate) const NOT_POSSESSED_AFTER: &[&str] = &["is", "has", "said", "says", "was", "will", "had", "'s"];

/// Last words that make a company's brand a product name ("Acme Mobile", "Acme Online" beside
/// "Acme Bank"; rule `typing-brand-product`). Not "cloud", "home" or "credit": the develop gold
/// types those businesses of a group ("Acme Cloud", "Acme Credit") as companies.
pub(crate) const PRODUCT_NAME_ENDS: &[&str] = &[
    "mobile",
    "mobi",
    "móvil",
    "móvel",
    "online",
    "pay",
    "wallet",
    "app",
    "banking",
    "messenger",
    "tv",
    "music",
    "store",
    "stores",
    "maps",
    "drive",
    "direct",
    "wireless",
    "go",
    "one",
    "express",
    "money",
    "card",
    "web",
    "stream",
];

/// Product nouns after "operates the" ("operates the app").
pub(crate) const PRODUCT_NOUNS: &[&str] = &["app", "service", "platform", "website", "wallet"];

/// Words before "on X" that make X a platform people post or watch on ("wrote on X", "a message
/// on X", "pictures on X", "available on X").
pub(crate) const POSTED_ON_BEFORE: &[&str] = &[
    "posted",
    "post",
    "posts",
    "posting",
    "wrote",
    "writes",
    "tweeted",
    "said",
    "says",
    "confirmed",
    "confirming",
    "announced",
    "message",
    "messages",
    "comment",
    "comments",
    "statement",
    "video",
    "videos",
    "pictures",
    "photos",
    "account",
    "accounts",
    "page",
    "channel",
    "available",
    "streaming",
    "live",
    "disappointment",
    "complained",
];

/// Lower-case variant words that end a product's name after it ("iPod touch", "iPad mini",
/// "iPod nano").
pub(crate) const PRODUCT_VARIANTS: &[&str] = &["touch", "nano", "mini", "shuffle", "classic", "ultra", "lite"];

/// Last words of a product's name that end in "s" without being plurals ("Sky News", "Acme
/// Analytics"): their name is not turned into a singular one.
pub(crate) const NOT_PLURAL_NAME_ENDS: &[&str] = &["news", "series", "species", "express", "plus", "analytics"];

/// Endings of a plural word that drop "es", not just "s" ("Touches" → "Touch", "Boxes" → "Box").
pub(crate) const PLURAL_ES_ENDINGS: &[&str] = &["ches", "shes", "xes"];

/// Letters before a final "s" that make it no plural ending ("Campus", "Genesis", "Stratos",
/// "Class").
pub(crate) const NOT_PLURAL_BEFORE_S: &[char] = &['s', 'u', 'i', 'o', '\''];

/// Emergency call numbers, written as one word: a service when words about calls or emergencies
/// stand near ([`EMERGENCY_CUES`]); "999 jobs" and "$911 million" are amounts.
pub(crate) const EMERGENCY_NUMBERS: &[&str] = &["911", "9-1-1", "e911", "e-911", "999", "000", "112", "111", "106"];

/// The words that make an emergency number a service when one stands within
/// [`EMERGENCY_CUE_WINDOW`] words of it ("911 calls", "dialled 999", "the 112 network").
pub(crate) const EMERGENCY_CUES: &[&str] = &[
    "emergency",
    "call",
    "calls",
    "caller",
    "callers",
    "calling",
    "dial",
    "dialled",
    "dialed",
    "dialling",
    "dialing",
    "service",
    "services",
    "network",
    "networks",
    "outage",
    "outages",
    "operator",
    "operators",
    "line",
    "lines",
    "centre",
    "centres",
    "center",
    "centers",
    "system",
    "systems",
    "psap",
    "psaps",
];

/// How many words either side of an emergency number [`EMERGENCY_CUES`] are looked for.
pub(crate) const EMERGENCY_CUE_WINDOW: usize = 3;

/// The spelled-out emergency number ("Triple Zero", Australia's 000): a service wherever it stands.
pub(crate) const EMERGENCY_NAMES: &[(&str, &str)] = &[("triple", "zero")];

/// Whether an entity's name is an emergency call number or its spelled-out name ("911", "999",
/// "Triple Zero"): the service callers reach, never an operator. The typing model, which learned
/// names, would drop such a bare number as no entity, and the outage model would take the
/// service for the outage's provider.
pub(crate) fn is_emergency_number(name: &str) -> bool {
    let lower = name.to_lowercase();
    EMERGENCY_NUMBERS.contains(&lower.as_str())
        || lower.split_once(' ').is_some_and(|(a, b)| EMERGENCY_NAMES.iter().any(|&(x, y)| a == x && b == y))
}

/// Signs before a number that make it an amount ("$911", "£999").
pub(crate) const AMOUNT_SIGNS: &[&str] = &["$", "£", "€", "us$", "a$", "nz$", "c$"];

// Single words the stages test one at a time (`p.is(j, WORD)`, `w == WORD`, `w.ends_with(SUFFIX)`).

/// "on" of "wrote on X".
pub(crate) const ON: &str = "on";

/// "via" of "announced via X".
pub(crate) const VIA: &str = "via";

/// Words after a plain number that make it a count or an amount, not a model number after a
/// name ("fined Acme 798 million", "Acme 500 employees").
pub(crate) const NOT_MODEL_AFTER: &[&str] = &[
    "million",
    "billion",
    "thousand",
    "hundred",
    "trillion",
    "bn",
    "m",
    "percent",
    "per",
    "pc",
    "%",
    "dollars",
    "euros",
    "pounds",
    "yuan",
    "yen",
    "people",
    "employees",
    "jobs",
    "workers",
    "staff",
    "shares",
    "points",
    "cents",
    "years",
    "days",
    "hours",
    "minutes",
    "stores",
    "branches",
    "largest",
    "biggest",
    "richest",
    "best",
    "top",
    "most",
    "companies",
    "firms",
    "banks",
    "members",
    "countries",
    "km",
    "miles",
    "kilometres",
    "metres",
    "tonnes",
    "units",
    "cars",
    "vehicles",
    "homes",
    "households",
];

/// A descriptor head that makes the name it describes a product only after a business owner
/// ("its prepaid brand, X", "Acme's budget brand, X", "the group's brand X"; not "the children's
/// clothing brand X"); `settle` rule `typing-descriptor`.
pub(crate) const OWNED_BRAND: &str = "brand";

/// "owned" before "by" after a product noun ("X, an app owned by Y"); with
/// [`crate::lexicon::deals::MADE_BY_VERBS`] ("X, a service run by Y") it names the product's owner.
pub(crate) const OWNED: &str = "owned";

/// "other" in "X and other dating sites".
pub(crate) const OTHER: &str = "other";

/// Plural nouns of things people use that, closing "X and other ...", make X one of them ("Acme Fitness
/// and other gyms", "X and other e-commerce platforms"); no stores, networks or firms, which companies are.
pub(crate) const AND_OTHER_SERVICE_NOUNS: &[&str] = &[
    "sites",
    "websites",
    "platforms",
    "apps",
    "applications",
    "products",
    "brands",
    "gyms",
    "games",
    "browsers",
    "marketplaces",
];

/// A singular head that ends the name of a system people use ("the Crown Court Digital Case System", "the
/// Emergency Call Answering System"), unless a capitalised word goes on ("X System Operator", a body);
/// never "Systems", which ends company names ("Cisco Systems").
pub(crate) const SYSTEM_HEADS: &[&str] = &["system"];

/// Plural nouns of things a business sells or runs that open a list of their names (rule
/// `typing-product-list`: "brands such as X, Y and Z", "products, including X", "websites
/// including X and Y", "its subsidiary brands X and Y"). A general vocabulary of product
/// categories; not "networks" or "stations" (a mobile network, a radio station is often the
/// business itself), not "stores" or "companies".
pub(crate) const PRODUCT_LIST_HEADS: &[&str] = &[
    "brands",
    "banners",
    "labels",
    "products",
    "apps",
    "applications",
    "websites",
    "sites",
    "platforms",
    "services",
    "games",
    "models",
    "aircraft",
    "airliners",
    "jets",
    "rockets",
    "cars",
    "vehicles",
    "channels",
    "phones",
    "handsets",
    "devices",
    "browsers",
];

/// The plural noun of games, books and periodicals alike ("titles such as X and Y"): it opens a list of products for
/// rule `recognise-listed-products`, which votes for a service only where the model found no name.
pub(crate) const TITLES: &str = "titles";

/// Plural brand nouns that close a list of names ("the X, Y and Z supermarket banners", "X and Y
/// brands"; rule `typing-product-list`). Only these: "X and Y products" names the makers.
pub(crate) const BRAND_LIST_TAILS: &[&str] = &["brands", "banners", "labels"];

/// Plural performers' nouns that govern a list of bands ("bands such as X, Y and Z", "acts including X"; `settle`
/// rule `typing-act-list`): the corpus guidelines make a band an organisation.
pub(crate) const ACT_LIST_HEADS: &[&str] = &["bands", "acts", "artists"];
