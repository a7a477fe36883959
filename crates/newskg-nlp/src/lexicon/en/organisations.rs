//! Organisation cues: legal suffixes, words that make a name a company or another organisation, and
//! the words that tell a unit from its parent.

mod state;
pub(crate) use state::{STATE_COMPANIES, STATE_DEPARTMENTS_UNTIL};

/// Legal and corporate-form suffixes: a capitalised name ending in one of these is a business
/// ("Acme Holdings", "Foo GmbH"). The last few are sector words that in a capitalised name almost
/// always end a company name ("Northwind Airlines", "Contoso Technologies").
pub(crate) const COMPANY_SUFFIXES: &[&str] = &[
    "inc",
    "inc.",
    "incorporated",
    "ltd",
    "ltd.",
    "limited",
    "llc",
    "llp",
    "lp",
    "plc",
    "corp",
    "corp.",
    "corporation",
    "co",
    "co.",
    "company",
    "gmbh",
    "ag",
    "sa",
    "s.a",
    "nv",
    "n.v",
    "bv",
    "se",
    "spa",
    "kk",
    "holding",
    "holdings",
    "group",
    "technologies",
    "technology",
    "systems",
    "labs",
    "capital",
    "partners",
    "networks",
    "software",
    "payments",
    "airlines",
    "lines",
    "motors",
    "communications",
    "telecom",
    "telecommunications",
    "semiconductor",
    "pharmaceuticals",
    "analytics",
    "security",
    "data",
    "cloud",
    "ventures",
    "industries",
    "enterprises",
    "bank",
    "financial",
    "insurance",
    "energy",
    "media",
    "news",
    "entertainment",
    "games",
    "studios",
    "electronics",
    "solutions",
    "services",
    "logistics",
    "freight",
    "supermarkets",
    "stores",
    "retail",
    "airways",
    "automotive",
    "robotics",
    "biotech",
    "therapeutics",
    "investments",
    "rechenzentren",
    "computing",
    "intelligence",
    "platforms",
    "digital",
    "interactive",
    "mobile",
];

/// Legal-form suffixes proper: safe to drop from a name when building a canonical key.
pub(crate) const LEGAL_SUFFIXES: &[&str] = &[
    "inc",
    "incorporated",
    "ltd",
    "limited",
    "llc",
    "llp",
    "lp",
    "plc",
    "corp",
    "corporation",
    "co",
    "gmbh",
    "ag",
    "sa",
    "nv",
    "bv",
    "se",
    "spa",
    "kk",
    "pte",
    "pty",
    "oyj",
    "ab",
    "asa",
    "srl",
];

/// Words that, after a company's short name, still name that company besides [`LEGAL_SUFFIXES`]
/// (compared without punctuation): the corporate words of a group's name ("Acme Group", "Acme
/// Holdings", "Acme Co."). A longer name that adds only these to a short one is that company
/// (rule `resolve-prefix-apart`).
pub(crate) const CORPORATE_FORMS: &[&str] = &["company", "group", "holding", "holdings"];

/// Words of ownership that, in a sentence naming an organisation and its leading words apart, make
/// the two different organisations (rule `resolve-prefix-apart`, with [`UNIT_NOUNS`]): "Acme
/// Canada is a wholly owned subsidiary of Acme", "Acme, whose Acme Car Insurance brand ...".
pub(crate) const APART_CUES: &[&str] = &["owned", "owns", "owner", "owners", "parent", "brand", "brands"];

/// Nouns before a name that make it a family's, not an organisation's ("owned by the shipping
/// family Acme through Acme Holdings"): such a name is not named apart from the longer one
/// (rule `resolve-prefix-apart`).
pub(crate) const FAMILY_NOUNS: &[&str] = &["family", "families", "dynasty"];

/// Head words of a public body's office named without its body ("the Enforcement Bureau", "the
/// Bureau of Fair Trading"): such an office belongs to the body the article is about.
pub(crate) const OFFICE_HEADS: &[&str] = &["bureau"];

/// Head words of a body's unit named right after its owner's possessive ("Acme's Bureau of
/// Trade", "the Agency's Northeast Region"): the unit is an organisation of its own.
pub(crate) const UNIT_HEADS: &[&str] = &["bureau", "office", "division", "directorate", "region"];

/// Head words of a unit's name in an address heading ("Department of Justice, Antitrust Division,
/// Antitrust Documents Group, 450 Fifth Street"): the unit belongs to the body named next to it
/// (`relations-address-units`).
pub(crate) const ADDRESS_UNIT_HEADS: &[&str] =
    &["division", "section", "group", "branch", "unit", "office", "bureau", "directorate"];

/// The head word of a division's name ("Antitrust Division"): the body a division head's title is of
/// (`roles-assistant-attorney-general`), and the word that makes a name read as a person a body
/// (`typing-division-name`).
pub(crate) const DIVISION: &str = "division";

/// Head words of a public body whose divisions a release names bare ("the Antitrust Division" of
/// the Department of Justice, "the Division of Enforcement" of a commission): the article's one
/// such body is a division's parent (`relations-division-only-body`).
pub(crate) const DIVISION_BODY_HEADS: &[&str] = &["department", "commission", "ministry", "agency"];

/// Legal forms written after a comma that belong to the name before them ("Acme Widgets, Inc.",
/// "Foo Partners, L.P.", "Bar Co., Ltd."), compared without full stops: narrower than
/// [`LEGAL_SUFFIXES`], leaving out short forms that are also place abbreviations after a comma.
pub(crate) const COMMA_LEGAL_SUFFIXES: &[&str] = &[
    "inc",
    "incorporated",
    "llc",
    "llp",
    "lp",
    "pllc",
    "ltd",
    "limited",
    "plc",
    "corp",
    "corporation",
    "co",
    "gmbh",
    "nv",
    "bv",
    "spa",
    "sarl",
];

/// The legal form read after a comma at byte `at`: its end byte (the trailing full stop left
/// out), or `None`.
fn legal_form_at(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let skip = if rest.starts_with("., ") {
        3
    } else if rest.starts_with(", ") {
        2
    } else {
        return None;
    };
    let start = at + skip;
    let tail = text.get(start..)?;
    let len = tail.find(|c: char| !(c.is_ascii_alphabetic() || c == '.')).unwrap_or(tail.len());
    let word = tail[..len].trim_end_matches('.');
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let key: String = word.chars().filter(|&c| c != '.').collect::<String>().to_lowercase();
    if !COMMA_LEGAL_SUFFIXES.contains(&key.as_str()) {
        return None;
    }
    // "Mallow, Co. Cork": a county before a place name, not a legal form
    let after = tail[len..].trim_start_matches('.');
    if key == "co" && after.starts_with(' ') && after[1..].starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    Some(start + word.len())
}

/// The end byte of the legal forms after a comma right after byte `end` ("Acme Co., Ltd.": both),
/// or `None` when none follows.
pub(crate) fn comma_legal_form_end(text: &str, end: usize) -> Option<usize> {
    let mut found = None;
    let mut at = end;
    for _ in 0..2 {
        let Some(next) = legal_form_at(text, at) else { break };
        found = Some(next);
        at = next;
    }
    found
}

/// Legal forms written in lower case right after a company's name ("Acme plc", "Zeta Holdings
/// ltd"): the name with the form is the company's full name (rule `recognise-lower-legal-suffix`).
/// Never "limited" or "inc", which are also common words or a typing slip.
pub(crate) const LOWER_LEGAL_FORMS: &[&str] = &["plc", "ltd", "llc", "llp"];

/// The end byte of a lower-case legal form ([`LOWER_LEGAL_FORMS`]) right after byte `end`, one
/// space between ("Acme plc", "Zeta ltd."), or `None`.
pub(crate) fn lower_legal_form_end(text: &str, end: usize) -> Option<usize> {
    let tail = text.get(end..)?.strip_prefix(' ')?;
    let len = tail.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(tail.len());
    let word = &tail[..len];
    let after = tail[len..].chars().next();
    (LOWER_LEGAL_FORMS.contains(&word) && after.is_none_or(|c| !c.is_alphanumeric())).then_some(end + 1 + len)
}

/// Words in a name that make it a non-business organisation: government, regulators, courts,
/// universities, NGOs, unions, police.
pub(crate) const ORG_CUES: &[&str] = &[
    "authority",
    "ministry",
    "commission",
    "agency",
    "office",
    "department",
    "bureau",
    "university",
    "institute",
    "council",
    "court",
    "police",
    "union",
    "association",
    "federation",
    "foundation",
    "regulator",
    "government",
    "parliament",
    "senate",
    "congress",
    "administration",
    "reserve",
    "committee",
    "college",
    "school",
    "academy",
    "nations",
    "organisation",
    "organization",
    "directorate",
    "inspectorate",
    "tribunal",
    "cabinet",
    "treasury",
    "army",
    "navy",
    "centre for",
    "center for",
    "society",
    "secretariat",
    "state council",
    "assembly",
];

/// Nouns that say the name next to them is a business ("payments company X", "X, a retailer").
pub(crate) const COMPANY_NOUNS: &[&str] = &[
    "company",
    "companies",
    "firm",
    "firms",
    "group",
    "conglomerate",
    "start-up",
    "startup",
    "maker",
    "retailer",
    "chain",
    "provider",
    "operator",
    "bank",
    "lender",
    "carrier",
    "airline",
    "insurer",
    "giant",
    "rival",
    "rivals",
    "competitor",
    "processor",
    "developer",
    "manufacturer",
    "supplier",
    "vendor",
    "business",
    "subsidiary",
    "unit",
    "arm",
    "division",
    "affiliate",
    "brand",
    "publisher",
    "broadcaster",
    "outlet",
    "owner",
    "investor",
    "fund",
    "exchange",
    "consultancy",
    "partner",
    "customer",
    "customers",
    "merchant",
    "merchants",
];

/// International and public bodies usually written by their short name alone: general knowledge,
/// so that "EU" or "NATO" is an organisation even with no cue around it.
pub(crate) const ORG_NAMES: &[&str] = &[
    "eu",
    "european union",
    "un",
    "united nations",
    "nato",
    "imf",
    "wto",
    "who",
    "oecd",
    "opec",
    "world bank",
    "fbi",
    "cia",
    "nasa",
    "ecb",
    "federal reserve",
    "european central bank",
    "interpol",
    "unesco",
    "unicef",
    // legislatures and seats of government
    "senate",
    "congress",
    "parliament",
    "european parliament",
    "european commission",
    "house of representatives",
    "kremlin",
    "white house",
    "pentagon",
];

/// Head words that end the name of a law, treaty or programme ("Clayton Act", "Troubled Asset
/// Relief Program"): not an entity (the corpus guidelines leave laws and programmes out).
pub(crate) const NOT_ENTITY_HEADS: &[&str] = &["act", "program", "programme", "treaty", "directive"];

/// Nouns that say the name next to them is a non-business organisation.
pub(crate) const ORG_NOUNS: &[&str] = &[
    "regulator",
    "regulators",
    "watchdog",
    "agency",
    "authority",
    "ministry",
    "government",
    "university",
    "court",
    "police",
    "union",
    "charity",
    "ngo",
    "body",
    "commission",
    "department",
];

/// Words that, left over when a short name is a prefix of a longer one, mean the longer one is a
/// different thing (a unit, product or brand of the short one): "Acme" ≠ "Acme Cloud".
pub(crate) const SUBUNIT_WORDS: &[&str] = &[
    "cloud",
    "web",
    "services",
    "service",
    "research",
    "ventures",
    "capital",
    "bank",
    "pay",
    "payments",
    "music",
    "video",
    "studios",
    "games",
    "data",
    "insight",
    "flow",
    "foundation",
    "docs",
    "drive",
    "mail",
    "maps",
    "actions",
    "copilot",
    "store",
    "app",
    "platform",
    "console",
    "office",
    "search",
    "ads",
    "devices",
    "hardware",
    "pictures",
    "records",
    "sports",
    "university",
    "institute",
    "school",
    "hospital",
    "airport",
    "stadium",
    "tower",
    "park",
    "street",
    "road",
    "center",
    "centre",
    "times",
    "post",
    "journal",
    "daily",
    "network",
    // business lines of a group ("Acme Commercial Airplanes", "Acme Exploration")
    "commercial",
    "exploration",
];

/// Of [`SUBUNIT_WORDS`], the heads that often end a company's own full name ("Acme Bank", "Acme
/// Cloud", "Acme Ventures", "Acme Daily"): a short form named after such a name is that company
/// shortened, not its parent (relations-name-prefix-parent).
pub(crate) const OWN_NAME_HEADS: &[&str] =
    &["bank", "cloud", "ventures", "capital", "foundation", "research", "daily", "times", "post", "journal"];

/// Lower-case head nouns written after a name that are part of it ("Westshire constabulary"):
/// the whole is a public body.
pub(crate) const LOWER_BODY_HEADS: &[&str] = &["constabulary"];

/// Lower-case head nouns written after a business's name that are part of it ("Nordvik bank");
/// after a place they are a descriptor ("the Oslo bank").
pub(crate) const LOWER_COMPANY_HEADS: &[&str] = &["bank"];

/// Nouns that make an organisation a unit of another ("unit", "arm", "subsidiary").
pub(crate) const UNIT_NOUNS: &[&str] = &[
    "unit",
    "arm",
    "subsidiary",
    "division",
    "affiliate",
    "subsidiaries",
    "units",
    "divisions",
    "offshoot",
    "spin-off",
];

/// Plural unit nouns: a list of units may follow ("its subsidiaries A, B and C").
pub(crate) const PLURAL_UNIT_NOUNS: &[&str] = &["subsidiaries", "units", "divisions", "affiliates"];

/// Marks that may open the list after a plural unit noun ("its three subsidiaries - A, B and C",
/// "its units: A and B").
pub(crate) const UNIT_LIST_OPENERS: &[&str] = &["-", "—", "–", ":"];

/// Words after a name that only a company takes ("X said", "X shares").
pub(crate) const COMPANY_WORDS_AFTER: &[&str] =
    &["said", "says", "announced", "reported", "shares", "executives", "employees"];

/// Buying verbs before a name: bought things are companies.
pub(crate) const BUY_VERBS: &[&str] = &["acquired", "bought", "purchased", "acquire", "buy", "acquiring", "buying"];

/// Buying verbs in the past, in a relative clause after a name ("X, which Acme bought").
pub(crate) const BOUGHT_VERBS: &[&str] = &["bought", "acquired", "purchased"];

/// Nouns after "parent" that name a parent organisation ("parent company").
pub(crate) const GROUP_NOUNS: &[&str] = &["company", "group", "firm"];

/// Unit nouns whose names follow a comma, copula or "include" after a possessive ("its
/// subsidiaries include A, B and C"; rule `relations-possessed-noun-list`).
pub(crate) const POSSESSED_UNIT_HEADS: &[&str] =
    &["subsidiary", "subsidiaries", "unit", "units", "division", "divisions"];

/// Owner nouns after a possessive: the names after them own the possessor ("its parent, Y,").
pub(crate) const POSSESSED_OWNER_HEADS: &[&str] =
    &["owner", "owners", "parent", "parents", "shareholder", "shareholders"];

/// Shareholder nouns: an owner only with a word that says it controls.
pub(crate) const SHAREHOLDER_NOUNS: &[&str] = &["shareholder", "shareholders"];

/// Words before "shareholder(s)" that make the shareholder an owner ("its largest shareholder"
/// may hold 14 per cent: no parent).
pub(crate) const CONTROL_WORDS: &[&str] = &["controlling", "majority", "sole"];

/// Lower-case words that end the walk back from a possessed noun to its possessive: a
/// coordination or a function word ("X's distributor and owner of Y" is no possessed owner).
pub(crate) const POSSESSED_STOP_WORDS: &[&str] = &["and", "or", "of", "the", "a", "an", "to", "for", "as"];

/// Words that link a possessed noun to its names: a copula or "include".
pub(crate) const POSSESSED_LINK_WORDS: &[&str] =
    &["is", "are", "was", "were", "include", "includes", "included", "including"];

/// Words dropped from the end of a gazetteer name besides legal forms ("Example.com", "Acme, the").
pub(crate) const GAZETTEER_TRAILING: &[&str] = &["com", "the"];

/// Suffixes of a hyphenated capitalised word that make the name before them a company ("Acme-owned").
pub(crate) const COMPANY_HYPHEN_SUFFIXES: &[&str] =
    &["-owned", "-backed", "-listed", "-controlled", "-run", "-operated", "-led", "-made", "-funded"];

// Single words the stages test one at a time (`p.is(j, WORD)`, `w == WORD`, `w.ends_with(SUFFIX)`).

/// "exchange" ending a stock exchange name, an organisation.
pub(crate) const EXCHANGE: &str = "exchange";

/// "shares" two words before a name: the name is listed ("shares in X", "shares of X").
pub(crate) const SHARES: &str = "shares";

/// Head nouns of a descriptor that make the name it describes a business ("the lender X",
/// "X, the country's largest carrier"); `settle` reads them after the learned typing. Left out on
/// purpose: nouns a unit, product or body also takes ("unit", "brand", "partner", "owner").
pub(crate) const DESCRIBED_COMPANY_HEADS: &[&str] = &[
    "company",
    "firm",
    "lender",
    "carrier",
    "airline",
    "insurer",
    "retailer",
    "maker",
    "manufacturer",
    "start-up",
    "startup",
    "operator",
    "developer",
    "bank",
    "processor",
    "conglomerate",
    "group",
    "chain",
    "publisher",
    "broadcaster",
    "supplier",
    "vendor",
    "brewer",
    "subsidiary",
];

/// Words before "bank" that make it a body ("the central bank X", "Reserve Bank of X").
pub(crate) const CENTRAL_BANK_WORDS: &[&str] = &["central", "reserve"];

/// Words before "group" that make the descriptor a body's, not a business's ("the campaign group
/// X", "the ransomware group X"), or a name closing with them and "group" a body's ("the National
/// Emergency Coordination Group", "the X Support Group": public coordination and support groups).
pub(crate) const BODY_GROUP_MODIFIERS: &[&str] = &[
    "trade",
    "campaign",
    "lobby",
    "industry",
    "pressure",
    "advocacy",
    "consumer",
    "ransomware",
    "hacker",
    "hacking",
    "cybercriminal",
    "criminal",
    "coordination",
    "co-ordination",
    "steering",
    "working",
    "support",
];

/// Words right after a descriptor's head that close the apposition ("X, the lender that ...",
/// "X, a carrier based in ...").
pub(crate) const DESCRIPTOR_ENDS: &[&str] =
    &["that", "which", "who", "based", "in", "of", "for", "with", "and", "on", "owned", "since"];

/// "bank" after [`CENTRAL_BANK_WORDS`] in a name or a descriptor: a body, not a business.
pub(crate) const BANK: &str = "bank";

/// "group" after [`BODY_GROUP_MODIFIERS`] in a descriptor: a body.
pub(crate) const GROUP: &str = "group";

/// Short names of regulators, agencies and departments that news writes alone, with no cue
/// around them: general knowledge, as [`ORG_NAMES`], but read only after the learned typing
/// (rule `typing-body-name`), so that a regulator named by its short name is no company. Short
/// names shared with a well-known company ("FCA" for Fiat Chrysler) are left out.
pub(crate) const PUBLIC_BODY_NAMES: &[&str] = &[
    // United States
    "fcc", "ftc", "sec", "fda", "faa", "ferc", "gao", "fema", "cisa", "ntsb", "epa", "cfpb", "finra", "fdic", "nhtsa",
    "doj", "dhs", "doe", "ntia", "cms", "nerc", // United Kingdom
    "ofcom", "ofgem", "ofwat", "ofsted", "ofqual", "oftel", "cma", "pra", "hmrc", "dft", "dti", "beis", "dcms", "dsit",
    "ncsc", "ukef", "ecgd", "ukti", "dvla", // Ireland
    "comreg", "ccpc", "hea", "cru", // Australia and New Zealand
    "accc", "asic", "acma", "aemo", "aer", "apra", "oaic", // European Union
    "enisa", "esma", "eba", "eiopa", "berec", "eurostat",
];

/// Head words that close the name of a body of members, beside [`ORG_CUES`] ("Star Alliance",
/// "Oneworld Alliance"); `settle` rule `typing-body-name` reads them after the learned typing.
pub(crate) const BODY_NAME_HEADS: &[&str] = &["alliance"];

/// Head words that, closing a name the typing called a place, make it a public body or institution
/// ("the Halvern Library", "Ostry City Council", "Wexmoor University"): `settle` rule
/// `typing-body-place`, for names that are no known place.
pub(crate) const BODY_PLACE_HEADS: &[&str] = &[
    "library",
    "university",
    "college",
    "council",
    "service",
    "executive",
    "agency",
    "authority",
    "ministry",
    "department",
    "commission",
    "institute",
    "police",
    "bureau",
    "directorate",
    "inspectorate",
    "tribunal",
];

/// Verbs that make the name right after them a news source a person speaks to ("told the X");
/// `settle` rule `typing-news-source` (with `time::REPORT_VERBS` for "X reported", "reported by X").
pub(crate) const SOURCE_TOLD: &[&str] = &["told"];

/// First words of a public service's bodies ("NHS England", "NHS Digital"): whatever business
/// word follows, the name is a public body's (`settle` rule `typing-body-name`).
pub(crate) const PUBLIC_BODY_OPENERS: &[&str] = &["nhs"];

/// The Crown's possessive that opens the name of a body of the state in British usage ("His
/// Majesty's Government", "Her Majesty's Treasury"): the pronoun, then the title.
pub(crate) const CROWN_PRONOUNS: &[&str] = &["his", "her"];
/// The title of [`CROWN_PRONOUNS`] ("Majesty's").
pub(crate) const CROWN_TITLE: &str = "majesty";
/// The possessive's pieces a tokenizer may leave after [`CROWN_TITLE`] ("'s", "'", "s").
pub(crate) const CROWN_POSSESSIVE_PIECES: &[&str] = &["'s", "'", "s"];

/// Whether an entity's name opens with the Crown's possessive ("His Majesty's Government"): the
/// state's government or one of its bodies, to which parliamentary questions are put, never the
/// operator of a failing network or system.
pub(crate) fn is_crown_body(name: &str) -> bool {
    let lower = name.to_lowercase();
    let mut parts = lower.split(' ');
    let (Some(pronoun), Some(title)) = (parts.next(), parts.next()) else { return false };
    CROWN_PRONOUNS.contains(&pronoun) && title.strip_suffix("'s") == Some(CROWN_TITLE) && parts.next().is_some()
}

/// Words that open the name of a ministry whose remit is a list of portfolios ("Department for
/// Science, Innovation and Technology", "Department of Transport, Tourism and Sport"): with "of"
/// or "for" and the list, one organisation (`recognise` rule `recognise-portfolio-lists`).
pub(crate) const PORTFOLIO_BODY_HEADS: &[&str] = &["department", "ministry"];
/// Office words before a list of portfolios ("Minister for Jobs, Enterprise and Innovation",
/// "Secretary of State for Culture, Media and Sport"): the list names an office, not bodies.
pub(crate) const PORTFOLIO_OFFICE_HEADS: &[&str] = &["minister", "secretary", "state", "spokesperson"];
/// Words that close a committee named by its portfolios ("Environment, Food and Rural Affairs
/// Select Committee"); the last of them ends the name.
pub(crate) const PORTFOLIO_COMMITTEE_WORDS: &[&str] = &["committee", "committees", "sub-committee"];
/// A word between the list and [`PORTFOLIO_COMMITTEE_WORDS`] ("Select Committee").
pub(crate) const PORTFOLIO_COMMITTEE_OPENERS: &[&str] = &["select", "joint"];
/// The sign that may stand for "and" between the last two portfolios ("Science, Innovation & Technology").
pub(crate) const AMPERSAND: &str = "&";

/// The words that close a firm's name after "and", "&" or "+" ("J. Lyons and Co.", "Glyn, Mills & Co.", "Jane
/// Roe & Sons", "Acme + Co AG"): the partners' names before them and the word are one company (rule
/// `recognise-and-company`), lower-cased without the full stop.
pub(crate) const FIRM_CLOSING_WORDS: &[&str] = &["co", "company", "son", "sons", "cie"];
/// The sign that may join a firm's partners to [`FIRM_CLOSING_WORDS`] besides the grammar list `AND_WORDS`.
pub(crate) const PLUS: &str = "+";

/// Names of fields of work written with capitals ("the airline's Information Technology (IT)
/// system"): on their own they name no organisation.
pub(crate) const FIELD_NAMES: &[&str] = &[
    "information technology",
    "information technologies",
    "artificial intelligence",
    "human resources",
    "research and development",
];

/// The head word that closes the name of a public service's body as well as of a service it runs
/// ("the Passport Service", "the National Relay Service"): `settle` rule `typing-service-body`
/// makes such a service a body when a mention of it acts (it is a clause's subject or an agent).
pub(crate) const BODY_SERVICE_HEAD: &str = "service";

/// Endings of a finite verb right after a name ("X increased", "X makes"): `settle` rule
/// `typing-service-body` reads the name as a clause's subject; [`NOT_VERB_ENDINGS`] are no verbs.
pub(crate) const FINITE_VERB_ENDINGS: &[&str] = &["ed", "s"];

/// Endings of words that end in [`FINITE_VERB_ENDINGS`] but are seldom a finite verb ("access",
/// "status", "bus").
pub(crate) const NOT_VERB_ENDINGS: &[&str] = &["ss", "us", "is"];

/// Words before "agency" that make it a news agency ("the Fars News Agency", "the IRNA news agency", "the state
/// press agency X"): the corpus guidelines make news agencies Company, though "agency" names a body elsewhere (rule
/// `typing-news-agency`).
pub(crate) const NEWS_AGENCY_MODIFIERS: &[&str] = &["news", "press"];

/// "agency", the head of a news agency's name or descriptor.
pub(crate) const AGENCY: &str = "agency";

/// Abbreviations that open or close a sports club's name ("Halbrook United FC", "FC Dunmere", "Real Orvan C.F.",
/// dots dropped): the corpus guidelines make sports teams and clubs Organization (rule `typing-club-name`).
pub(crate) const CLUB_ABBREVIATIONS: &[&str] = &["fc", "afc", "cf"];

/// Sports that make the team or club after them a sports body ("football club X", "the X baseball team"); not
/// "sports" or "golf", whose clubs are often gyms and courses run as businesses ("X Sports Club").
pub(crate) const SPORT_WORDS: &[&str] = &[
    "football",
    "soccer",
    "baseball",
    "basketball",
    "rugby",
    "cricket",
    "hockey",
    "cycling",
    "volleyball",
    "handball",
    "netball",
    "racing",
    "national",
];

/// Heads that make a sports body after one of [`SPORT_WORDS`] ("the X football club", "rugby team X").
pub(crate) const SPORT_HEADS: &[&str] = &["club", "team", "squad"];

/// Head nouns right next to a name that make it a non-business organisation whatever modifies them ("the X
/// alliance", "the X ransomware gang", "the X union", "the X charity"; rule `typing-body-head`). Left out: "group"
/// and "organisation", which businesses take too (they need one of [`CAUSE_MODIFIERS`]).
pub(crate) const BODY_HEADS: &[&str] = &["alliance", "gang", "charity", "nonprofit", "non-profit", "cartel"];

/// Heads of [`BODY_HEADS`]'s kind that say a body only before the name ("boy band X", "the think tank X", "trade
/// union X"): after a name they name other things ("the C band" of radio spectrum, "the X union" of X's staff).
pub(crate) const BODY_HEADS_BEFORE: &[&str] = &["band", "tank", "union"];

/// Function words that never modify a body's head, so that a head read past them is not the name's ("donated
/// money from X to charity").
pub(crate) const NOT_BODY_MODIFIERS: &[&str] = &[
    "to", "of", "in", "on", "at", "for", "from", "by", "with", "and", "or", "as", "the", "a", "an", "its", "their",
    "his", "her", "is", "was", "are", "were", "has", "had", "have", "be", "been", "will", "would", "said", "says",
    "that", "which", "who", "than", "into", "via",
];

/// Words between a body's head and the name it gives ("a group known as X", "the gang called X").
pub(crate) const NAMING_WORDS: &[&str] = &["called", "named", "dubbed"];

/// "known" of "known as" between a body's head and its name.
pub(crate) const KNOWN: &str = "known";

/// Plural endings of a body's head before a list of names ("trade unions X and Y", "bands X, Y"), with the singular
/// ending each stands for.
pub(crate) const PLURAL_ENDINGS: &[(&str, &str)] = &[("ies", "y"), ("s", "")];

/// Words before "union" that make it a business ("the credit union X").
pub(crate) const UNION_BUSINESS_WORDS: &[&str] = &["credit"];

/// Heads that name a body only with one of [`CAUSE_MODIFIERS`] among their modifiers ("a Russia-linked cybercrime
/// organization", "the activist group X", "X, a nonprofit microfinance organization").
pub(crate) const CAUSE_HEADS: &[&str] = &["group", "organisation", "organization", "collective", "network", "movement"];

/// Modifiers that make a group or organisation a non-business body: a cause, a campaign, crime or no profit
/// ([`BODY_GROUP_MODIFIERS`] plus these).
pub(crate) const CAUSE_MODIFIERS: &[&str] = &[
    "activist",
    "hacktivist",
    "militant",
    "rebel",
    "terrorist",
    "extremist",
    "cybercrime",
    "nonprofit",
    "non-profit",
    "not-for-profit",
    "charitable",
    "voluntary",
    "environmental",
    "rights",
    "volunteer",
];

/// Words that open an apposition describing the name before it ("X, a hacker group linked to ...", "X - another
/// ransomware group"), beside [`crate::lexicon::grammar::ARTICLES`].
pub(crate) const APPOSITION_OPENERS: &[&str] = &["another"];

/// Head words that close a record label's name ("Halvern Records", "Quenby Recordings"): a business, not the
/// music it sells (`settle` rule `typing-label-head`).
pub(crate) const LABEL_HEADS: &[&str] = &["records", "recordings"];

/// The verb forms that open a regulator's "transfer [of] control of X to Y" (rule
/// `relations-transfer-of-control`).
pub(crate) const TRANSFER_WORDS: &[&str] = &["transfer", "transfers", "transferring", "transferred"];

/// "control" of "transfer of control of".
pub(crate) const CONTROL: &str = "control";

/// The nouns that close "its wholly owned subsidiaries" before a list of units.
pub(crate) const SUBSIDIARY_NOUNS: &[&str] = &["subsidiary", "subsidiaries"];

/// Words of an amount between a possessive and a deal noun ("Acme's $1.1 billion acquisition").
pub(crate) const AMOUNT_WORDS: &[&str] = &["million", "billion", "bn", "m"];
