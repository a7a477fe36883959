//! Places: demonyms, a general geography list and the words that modify a place name.

/// Nationality adjectives: not names alone ("Dutch technology group"), but part of one when a
/// capitalised word follows ("American Airlines").
pub(crate) const DEMONYMS: &[&str] = &[
    "chinese",
    "american",
    "british",
    "european",
    "dutch",
    "german",
    "french",
    "swedish",
    "canadian",
    "japanese",
    "korean",
    "indian",
    "australian",
    "singaporean",
    "taiwanese",
    "russian",
    "israeli",
    "irish",
    "italian",
    "spanish",
    "swiss",
    "asian",
    "african",
    "english",
    "danish",
    "norwegian",
    "finnish",
    "polish",
    "brazilian",
    "mexican",
    "belgian",
    "austrian",
];

/// Nationality adjectives and the names of the country they stand for, lower-case: a head of
/// state's or minister's office written with the adjective ("Indonesian President X") belongs to
/// that country when the article names it. General geography, not tied to any article.
pub(crate) const DEMONYM_COUNTRIES: &[(&str, &[&str])] = &[
    ("american", &["united states", "united states of america", "us", "u.s.", "usa", "america"]),
    ("us", &["united states", "united states of america", "u.s.", "usa", "america"]),
    ("u.s.", &["united states", "united states of america", "us", "usa", "america"]),
    ("british", &["united kingdom", "uk", "u.k.", "britain", "great britain"]),
    ("uk", &["united kingdom", "u.k.", "britain", "great britain"]),
    ("english", &["england"]),
    ("scottish", &["scotland"]),
    ("welsh", &["wales"]),
    ("irish", &["ireland", "republic of ireland"]),
    ("french", &["france"]),
    ("german", &["germany"]),
    ("italian", &["italy"]),
    ("spanish", &["spain"]),
    ("portuguese", &["portugal"]),
    ("dutch", &["netherlands", "the netherlands", "holland"]),
    ("belgian", &["belgium"]),
    ("swiss", &["switzerland"]),
    ("austrian", &["austria"]),
    ("swedish", &["sweden"]),
    ("norwegian", &["norway"]),
    ("danish", &["denmark"]),
    ("finnish", &["finland"]),
    ("icelandic", &["iceland"]),
    ("polish", &["poland"]),
    ("czech", &["czech republic", "czechia"]),
    ("hungarian", &["hungary"]),
    ("greek", &["greece"]),
    ("turkish", &["turkey", "türkiye"]),
    ("russian", &["russia", "russian federation"]),
    ("ukrainian", &["ukraine"]),
    ("israeli", &["israel"]),
    ("iranian", &["iran"]),
    ("iraqi", &["iraq"]),
    ("syrian", &["syria"]),
    ("saudi", &["saudi arabia"]),
    ("egyptian", &["egypt"]),
    ("nigerian", &["nigeria"]),
    ("kenyan", &["kenya"]),
    ("south african", &["south africa"]),
    ("indian", &["india"]),
    ("pakistani", &["pakistan"]),
    ("chinese", &["china", "people's republic of china"]),
    ("japanese", &["japan"]),
    ("korean", &["south korea", "korea"]),
    ("south korean", &["south korea", "korea"]),
    ("north korean", &["north korea"]),
    ("taiwanese", &["taiwan"]),
    ("indonesian", &["indonesia"]),
    ("malaysian", &["malaysia"]),
    ("singaporean", &["singapore"]),
    ("thai", &["thailand"]),
    ("vietnamese", &["vietnam", "viet nam"]),
    ("philippine", &["philippines", "the philippines"]),
    ("filipino", &["philippines", "the philippines"]),
    ("australian", &["australia"]),
    ("new zealander", &["new zealand", "nz", "aotearoa"]),
    ("canadian", &["canada"]),
    ("mexican", &["mexico"]),
    ("brazilian", &["brazil"]),
    ("argentine", &["argentina"]),
    ("argentinian", &["argentina"]),
    ("chilean", &["chile"]),
    ("colombian", &["colombia"]),
    ("venezuelan", &["venezuela"]),
    ("cuban", &["cuba"]),
];

/// The place of [`PLACES`] a word is made from, one of `endings` standing in place of what it
/// replaced ("tanzanian" from "tanzania" with `("n", "")`), if any.
pub(crate) fn place_made_from(lower: &str, endings: &[(&str, &str)]) -> Option<String> {
    endings.iter().find_map(|(end, was)| {
        let stem = lower.strip_suffix(end).filter(|stem| stem.len() > 2)?;
        let place = format!("{stem}{was}");
        PLACES.contains(&place.as_str()).then_some(place)
    })
}

/// The lower-case names of the country a nationality adjective stands for: those
/// [`DEMONYM_COUNTRIES`] lists, else the place of [`PLACES`] the adjective is made from
/// ("tanzanian": "tanzania"); empty for a word that is no nationality.
pub(crate) fn nationality_countries(lower: &str) -> Vec<String> {
    if let Some((_, names)) = DEMONYM_COUNTRIES.iter().find(|(d, _)| *d == lower) {
        return names.iter().map(|n| (*n).to_string()).collect();
    }
    place_made_from(lower, NATIONALITY_ENDINGS).into_iter().collect()
}

/// Whether a lower-cased word is a nationality adjective [`nationality_countries`] knows, without
/// collecting the country's names.
pub(crate) fn is_nationality(lower: &str) -> bool {
    DEMONYM_COUNTRIES.iter().any(|(d, _)| *d == lower) || place_made_from(lower, NATIONALITY_ENDINGS).is_some()
}

/// Countries, regions and large cities: a general geography list (not tied to any article), used
/// when no model runs and as a tie-breaker.
pub(crate) const PLACES: &[&str] = &[
    // countries and territories
    "afghanistan",
    "albania",
    "algeria",
    "argentina",
    "armenia",
    "australia",
    "austria",
    "azerbaijan",
    "bahrain",
    "bangladesh",
    "belarus",
    "belgium",
    "bolivia",
    "bosnia",
    "brazil",
    "britain",
    "bulgaria",
    "cambodia",
    "cameroon",
    "canada",
    "chile",
    "china",
    "colombia",
    "croatia",
    "cuba",
    "cyprus",
    "czechia",
    "denmark",
    "ecuador",
    "egypt",
    "england",
    "estonia",
    "ethiopia",
    "finland",
    "france",
    "georgia",
    "germany",
    "ghana",
    "greece",
    "hong kong",
    "hungary",
    "iceland",
    "india",
    "indonesia",
    "iran",
    "iraq",
    "ireland",
    "israel",
    "italy",
    "japan",
    "jordan",
    "kazakhstan",
    "kenya",
    "kuwait",
    "laos",
    "latvia",
    "lebanon",
    "libya",
    "lithuania",
    "luxembourg",
    "macau",
    "macao",
    "malaysia",
    "malta",
    "mexico",
    "moldova",
    "mongolia",
    "morocco",
    "myanmar",
    "nepal",
    "netherlands",
    "new zealand",
    "nigeria",
    "north korea",
    "norway",
    "oman",
    "pakistan",
    "panama",
    "peru",
    "philippines",
    "poland",
    "portugal",
    "qatar",
    "romania",
    "russia",
    "rwanda",
    "saudi arabia",
    "scotland",
    "serbia",
    "singapore",
    "slovakia",
    "slovenia",
    "south africa",
    "south korea",
    "korea",
    "spain",
    "sri lanka",
    "sudan",
    "sweden",
    "switzerland",
    "syria",
    "taiwan",
    "tanzania",
    "thailand",
    "tunisia",
    "turkey",
    "uganda",
    "ukraine",
    "united arab emirates",
    "uae",
    "united kingdom",
    "uk",
    "united states",
    "us",
    "u.s",
    "usa",
    "uruguay",
    "uzbekistan",
    "venezuela",
    "vietnam",
    "wales",
    "yemen",
    "zambia",
    "zimbabwe",
    // regions
    "europe",
    "asia",
    "africa",
    "america",
    "north america",
    "south america",
    "latin america",
    "middle east",
    "asia pacific",
    "asia-pacific",
    "scandinavia",
    "siberia",
    "silicon valley",
    "greater china",
    "mainland china",
    "southeast asia",
    "east asia",
    "west coast",
    "east coast",
    // states and provinces
    "california",
    "texas",
    "virginia",
    "northern virginia",
    "oregon",
    "ohio",
    "washington",
    "new york",
    "florida",
    "illinois",
    "massachusetts",
    "new jersey",
    "arizona",
    "nevada",
    "utah",
    "iowa",
    "north carolina",
    "colorado",
    "quebec",
    "ontario",
    "british columbia",
    "bavaria",
    "hesse",
    "guangdong",
    "zhejiang",
    "jiangsu",
    "sichuan",
    "fujian",
    "shandong",
    "hubei",
    "hebei",
    "henan",
    "yunnan",
    "guizhou",
    "inner mongolia",
    "ningxia",
    "xinjiang",
    "tibet",
    "hokkaido",
    "kansai",
    "new south wales",
    "victoria",
    "queensland",
    // cities
    "amsterdam",
    "athens",
    "atlanta",
    "auckland",
    "austin",
    "bangkok",
    "barcelona",
    "beijing",
    "belfast",
    "bengaluru",
    "bangalore",
    "berlin",
    "bogota",
    "boston",
    "brussels",
    "budapest",
    "buenos aires",
    "cairo",
    "cape town",
    "chengdu",
    "chicago",
    "chongqing",
    "copenhagen",
    "dallas",
    "delhi",
    "new delhi",
    "dhaka",
    "doha",
    "dubai",
    "dublin",
    "edinburgh",
    "frankfurt",
    "geneva",
    "guangzhou",
    "hamburg",
    "hangzhou",
    "hanoi",
    "helsinki",
    "ho chi minh city",
    "houston",
    "hyderabad",
    "istanbul",
    "jakarta",
    "johannesburg",
    "karachi",
    "kyiv",
    "kiev",
    "kuala lumpur",
    "lagos",
    "lima",
    "lisbon",
    "london",
    "los angeles",
    "madrid",
    "manchester",
    "manila",
    "melbourne",
    "miami",
    "milan",
    "montreal",
    "moscow",
    "mumbai",
    "munich",
    "nairobi",
    "nanjing",
    "osaka",
    "oslo",
    "paris",
    "perth",
    "prague",
    "riyadh",
    "rome",
    "san francisco",
    "san jose",
    "santiago",
    "sao paulo",
    "seattle",
    "seoul",
    "shanghai",
    "shenzhen",
    "stockholm",
    "sydney",
    "taipei",
    "tel aviv",
    "tianjin",
    "tokyo",
    "toronto",
    "vancouver",
    "vienna",
    "warsaw",
    "wuhan",
    "xi'an",
    "zurich",
    "ashburn",
    "marseille",
    "jeddah",
    "pune",
    "chennai",
    "kolkata",
    "abu dhabi",
    "ulanqab",
    "zhangbei",
    "hohhot",
    "guiyang",
    "qingdao",
    "xiamen",
    "suzhou",
    "dongguan",
    "kowloon",
    "redmond",
    "cupertino",
    "menlo park",
    "mountain view",
    "palo alto",
    "sunnyvale",
    "santa clara",
    "armonk",
];

/// Lower-case head nouns written after a name that are part of it ("Northwick airport",
/// "Eastfield substation"): the whole is a place. (Compare the name in full: a capitalised head
/// is already part of the run.)
/// How a nationality adjective the [`DEMONYMS`] list leaves out is made from a place in [`PLACES`]:
/// (ending, what the ending replaced): "Icelandic" (Iceland + ic), "Iranian", "Latvian" (Latvia +
/// n), "Maltese" (Malta), "Philippine" (Philippines), "Franco-Belgian" (Belgium), "Hungarian".
pub(crate) const NATIONALITY_ENDINGS: &[(&str, &str)] =
    &[("ic", ""), ("ian", ""), ("n", ""), ("ese", "a"), ("e", "es"), ("ian", "ium"), ("ian", "y"), ("ish", "")];

/// The same for the people of a place, plural: "New Zealanders", "Australians", "Iranians", "Saudis".
pub(crate) const PEOPLE_ENDINGS: &[(&str, &str)] = &[("ers", ""), ("ns", "a"), ("ians", ""), ("is", "i")];

pub(crate) const LOWER_PLACE_HEADS: &[&str] = &["airport", "substation"];

/// Compass and size words that may open a place name written in lower case ("northern China").
pub(crate) const PLACE_MODIFIERS: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "greater",
    "mainland",
];

/// Compass words that follow a place to name a part of it ("Virginia east").
pub(crate) const COMPASS_WORDS: &[&str] =
    &["east", "west", "north", "south", "central", "northeast", "northwest", "southeast", "southwest"];

/// Geographic head words whose name goes on across "of" ("Bay of Biscay", "Port of Valdez",
/// "Isle of Man", "Gulf of Mexico"): the head opens the place's name.
pub(crate) const PLACE_OF_HEADS: &[&str] = &["bay", "gulf", "port", "isle", "sea", "strait", "straits", "cape", "lake"];

/// The data-centre noun in both spellings and numbers.
pub(crate) const CENTRE_NOUNS: &[&str] = &["centre", "center", "centres", "centers"];

/// Nouns after a name that make it a place ("X region", "X province").
pub(crate) const AREA_NOUNS: &[&str] = &["region", "zone", "province", "city", "state"];

/// Prepositions before a place ("in X", "across X").
pub(crate) const PLACE_PREPOSITIONS: &[&str] = &["in", "across", "near", "outside"];

/// Words before a place preposition that make the name a place ("based in X").
pub(crate) const PLACE_IN_BEFORE: &[&str] =
    &["based", "centre", "center", "facility", "facilities", "headquartered", "located", "offices", "city"];

/// Nouns near a facility code that make it a site ("FRA-3 data centre").
pub(crate) const SITE_NOUNS: &[&str] =
    &["facility", "facilities", "zone", "data", "centre", "center", "site", "campus", "region", "building"];

/// Nouns before "in X" that make X the site of an outage ("a facility in X").
pub(crate) const SITE_NOUNS_BEFORE: &[&str] =
    &["centre", "center", "centres", "centers", "facility", "facilities", "campus", "operations"];

/// Words after a place that make it the site of an outage ("X region").
pub(crate) const SITE_NOUNS_AFTER: &[&str] = &["region", "zone", "data", "facility", "operations", "and"];

/// Suffixes of a hyphenated capitalised word that make the name before them a place ("Berlin-based").
pub(crate) const PLACE_HYPHEN_SUFFIXES: &[&str] = &["-based", "-headquartered", "-born"];

/// Of those, the ones that make the place an organisation's base ("Silver Fen-based Acme"), passed between a
/// title and its organisation (`roles-place-based-org`); "-born" describes a person.
pub(crate) const PLACE_BASE_SUFFIXES: &[&str] = &["-based", "-headquartered"];

// Single words the stages test one at a time (`p.is(j, WORD)`, `w == WORD`, `w.ends_with(SUFFIX)`).

/// "data" of "data centre", a site.
pub(crate) const DATA: &str = "data";

/// "zone" before a site name ("zone us-east-1a"), a place.
pub(crate) const ZONE: &str = "zone";

/// What closes a dateline after its place and state code ("WASHINGTON, D.C. –", "[HARTFORD, CT]").
pub(crate) const DATELINE_CLOSERS: &[char] = &['\u{2013}', '\u{2014}', '-', ']', '(', ':'];

/// The most letters a state or district code after a dateline's place has ("D.C.", "CT", "Conn.", "Calif.").
pub(crate) const STATE_CODE_MAX: usize = 5;

/// The news agencies' abbreviations of the US states (and "D.C."), lower-case, as tokens without their closing full
/// stop ("Tex.", "Calif.", "N.J."): after a town and a comma they close an address ("Baytown, Tex."; `settle` rule
/// `typing-address-state-code`). A closed class; each counts only with its full stop after it.
pub(crate) const US_STATE_ABBREVIATIONS: &[&str] = &[
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "d.c", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la",
    "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "okla",
    "ore", "pa", "r.i", "s.c", "s.d", "tenn", "tex", "vt", "va", "wash", "w.va", "wis", "wyo",
];

/// The postal codes of the US states and the District of Columbia, lower-case (written in capitals: "Findlay, OH";
/// `settle` rule `typing-address-state-code`). A closed class.
pub(crate) const US_STATE_CODES: &[&str] = &[
    "al", "ak", "az", "ar", "ca", "co", "ct", "dc", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "la",
    "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or",
    "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy",
];

/// The states of the United States, lower-case: after a comma they name where the place before them lies ("Wayzata,
/// Minnesota"; `settle` rule `typing-place-address`), beside [`PLACES`].
pub(crate) const US_STATES: &[&str] = &[
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "georgia",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "new hampshire",
    "new jersey",
    "new mexico",
    "new york",
    "north carolina",
    "north dakota",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "rhode island",
    "south carolina",
    "south dakota",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "virginia",
    "washington",
    "west virginia",
    "wisconsin",
    "wyoming",
];

/// Words of a postal address followed by a number ("Suite 1010", "Room 215", "Post Office Box 3286"): the number
/// is no model number of a product's name (`recognise` rule `recognise-postal-numbers`).
pub(crate) const ADDRESS_NUMBER_WORDS: &[&str] = &["suite", "room", "box", "floor"];

/// Whether a token is a US ZIP code: five digits, or five and four joined by a hyphen ("20530", "13902-5224").
pub(crate) fn is_zip_code(tok: &str) -> bool {
    let (five, four) = tok.split_once('-').unwrap_or((tok, "0000"));
    five.len() == 5 && four.len() == 4 && five.chars().chain(four.chars()).all(|c| c.is_ascii_digit())
}

/// The first region of [`PLACES`] (the countries and territories come before it).
const FIRST_REGION: &str = "europe";

/// Whether a lower-case place name is a country: one of the countries and territories of [`PLACES`], or a name
/// [`DEMONYM_COUNTRIES`] gives a country ("united states", "u.s."). What a state office with no place named next to
/// it serves, when the article names it most (`relate` rule `roles-state-country`).
pub(crate) fn is_country(lower: &str) -> bool {
    let regions = PLACES.iter().position(|p| *p == FIRST_REGION).unwrap_or(PLACES.len());
    PLACES[..regions].contains(&lower) || DEMONYM_COUNTRIES.iter().any(|(_, c)| c.contains(&lower))
}

/// The first city of [`PLACES`] (countries, regions, states and provinces come before it).
const FIRST_CITY: &str = "amsterdam";

/// Whether a lower-case place name is a country, region, state or province of [`PLACES`] (no city) or a US state:
/// what closes an address after its town ("Wayzata, Minnesota", "Limassol, Cyprus"; `settle` rule
/// `typing-place-address`), while a city after a comma is more often a company's seat ("Acme Breweries, Melbourne").
pub(crate) fn is_region(lower: &str) -> bool {
    let cities = PLACES.iter().position(|p| *p == FIRST_CITY).unwrap_or(PLACES.len());
    US_STATES.contains(&lower) || PLACES[..cities].contains(&lower)
}

/// Head words that close the name of a site or facility, which the corpus guidelines make a place ("Halvern
/// Airport", "the Quenby Stadium", "Dunmore Power Plant", "the Ostrel Tunnel"; `settle` rule `typing-facility-head`).
pub(crate) const FACILITY_HEADS: &[&str] =
    &["airport", "stadium", "plant", "tunnel", "mine", "dome", "theater", "theatre", "hospital"];

/// Words that, before "base" closing a name, make it a military site ("Varrow Air Force Base", "Quell Naval Base").
pub(crate) const BASE_MODIFIERS: &[&str] = &["force", "naval", "army", "military", "marine"];

/// The head word of a military site's name ([`BASE_MODIFIERS`]).
pub(crate) const BASE: &str = "base";
