//! The named extraction rules: consumes nothing, produces the registry every rule family of the
//! recogniser's rules and of `relate` is listed in ([`RULES`]: a stable name and one line saying
//! what it does) and [`RuleSet`], the set of rules switched off that the pipeline's options carry
//! down to the recogniser's [`crate::recognise::Rules`] and to the relate context. A rule's code
//! path starts with one cheap check (`rules.on(Rule::X)`), so switching a rule off is how its
//! contribution is measured (`newskg extract --disable-rules NAME`, `eval/rule_ablation.py`).
//! A set is a value passed along: there is no global switch.

macro_rules! rulebook {
    ($($rule:ident: $name:literal, $what:literal;)*) => {
        /// One named extraction rule (see [`RULES`] for the names and descriptions).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Rule {
            $($rule,)*
        }

        /// Every rule, in pipeline order, with its stable name and what it does.
        pub const RULES: &[(Rule, &str, &str)] = &[$((Rule::$rule, $name, $what),)*];
    };
}

rulebook! {
    // --- segmentation (crate::segment) ---
    LegalFormEnd: "segment-legal-form-end", "a legal form's full stop (\"plc.\", \"Inc.\", \"Ltd.\", \"Co.\") ends a sentence when a word that opens sentences follows (\"... bought Acme plc. The deal ...\"), never before a capitalised name (\"Acme Co. Ltd.\")";
    // --- recognition: candidates and clean-up (crate::recognise::rules) ---
    GenericWordAlone: "recognise-generic-word", "a model mention that is one generic word (\"Payments\", \"Group\") is dropped";
    CapitalisedRuns: "recognise-capitalised-runs", "runs of capitalised words the model did not tag become candidates (with a reason)";
    DivisionOf: "recognise-division-of", "a capitalised run opened by \"Division\" joins \"of\" and the capitalised words after it (\"Division of Enforcement\", \"Division of Corporation Finance\"): one name, as after an organisation word";
    SentenceStartDescriptor: "recognise-start-descriptor", "a descriptor opening a sentence (\"Rival Acme Games\") is cut off a run";
    MergeModelPieces: "recognise-merge-pieces", "a rule name covering model pieces and adding a suffix or head word replaces them";
    ExtendModelPiece: "recognise-extend-piece", "a capitalised run that extends one model mention by words the model leaned towards as a name (\"Velmora\" read, \"Velmora Tallis\" written) replaces it";
    ModelNameParts: "recognise-name-part-words", "numbers and a few acronyms the model read into a name (\"Brontal Seven\", \"Orbis TV\") stay in it";
    LowerNameHead: "recognise-lower-head", "a lower-case head noun after a name that belongs to it (\"Northwick airport\", \"Westshire constabulary\", \"Nordvik bank\") joins it and gives its kind";
    InnerDescriptor: "recognise-inner-descriptor", "a model mention holding a lower-case business noun before a name (\"US group Acme Pay\") starts after it";
    WebDomains: "recognise-web-domains", "web domains used as names (\"example.org\") are services";
    EmergencyNumbers: "recognise-emergency-numbers", "emergency call numbers near call or emergency words (\"999 calls\", \"dialled 911\") and \"Triple Zero\" are services";
    CrownBodies: "recognise-crown-bodies", "\"His Majesty's Government\", \"Her Majesty's Treasury\": the Crown's possessive and the capitalised name after it are one organisation";
    AndCompany: "recognise-and-company", "a name closed by \"and\", \"&\" or \"+\" and a firm word (\"J. Lyons and Co.\", \"Glyn, Mills & Co.\", \"Jane Roe & Sons\", \"Sears, Roebuck and Company\") is one company, its partners' names, initials and a comma list of single surnames before it, and a legal form after it, taken in";
    AndHead: "recognise-and-head", "a name closing with a company or body's head word and opened right after \"and\" by one capitalised word the text uses nowhere else takes that word in (\"Zeta and Northern Networks\", \"Food and Safety Authority\"): one name, not a partner and a name";
    LegalFormPerson: "typing-legal-form-person", "a name of two words or more closing with a legal form proper (\"Jane Roe LLP\", \"Roe Holdings AB\"; a two-letter form in capitals) gets no person vote: a firm named after people is a company";
    IrishArticle: "recognise-irish-article", "a capitalised \"An\" mid-sentence right before a name opens it (\"An Post\", \"An Garda Síochána\")";
    PortfolioLists: "recognise-portfolio-lists", "a ministry or committee named by a list of portfolios (\"Department of Transport, Tourism and Sport\", \"Culture, Media and Sport Committee\") is one organisation; such a list after an office word (\"Minister for Arts, Heritage and the Gaeltacht\") names no entity";
    Codes: "recognise-codes", "cloud region codes, facility codes, zones and the dateline place are candidates";
    NotEntityHeads: "recognise-laws-programmes", "names ending in a law or programme word (\"the Clayton Act\") are dropped";
    EventNames: "recognise-event-names", "a name of two words or more closed by an event's or award's head word (\"the Paris Air Show\", \"the Tarnby Film Festival\", \"the Summer Olympics\", \"the Queen's Award\") names an event and is dropped";
    JobUnits: "recognise-job-units", "a run of business-function words after a job title (\"Head of Public Affairs, Acme\") is no organisation";
    TitlesAlone: "recognise-titles-alone", "a name made only of offices and forms of address (\"the Speaker\", \"Senators\", \"My Lords\", \"the Taoiseach\") names no one and is dropped";
    PartyTags: "recognise-party-tags", "a member's party-and-state tag after a name (\"(D-Mass.)\", \"(R-Texas)\") is no name";
    DatelineCodes: "recognise-dateline-codes", "a dateline's place and its state code (\"WASHINGTON, D.C. \u{2013}\", \"[HARTFORD, CT]\") are one place";
    FieldNames: "recognise-field-names", "a capitalised field of work alone (\"Information Technology\") is no organisation";
    ModelNumbers: "recognise-model-numbers", "a name followed by a model number (\"Boeing 787\") takes it in and is a product";
    PluralModels: "recognise-plural-models", "a model number's plural (\"Boeing 737s\", \"the A340s\", \"MD-11s\") names the product in the singular: the name takes the number in and leaves the \"s\" out";
    PostalNumbers: "recognise-postal-numbers", "a postal address's number is no model number of a product: a ZIP code after a state (\"Washington, DC 20530\", \"Binghamton, NY 13902-5224\") and the number after an address word (\"Suite 1010\", \"Room 215\") stay out of the name before them";
    OfficeWordTrim: "recognise-office-trim", "an office word closing a person's name is trimmed off";
    StationWord: "recognise-station-word", "\"Station\" or \"Stations\" before a broadcast call sign (\"Station KRLD-TV\") is trimmed off the station's name";
    DealPartyRuns: "recognise-deal-party-runs", "a capitalised run in a deal's or an owner's slot (\"acquired X\", \"owned by X\", \"merged with X\", \"a subsidiary of X\", \"sold Y to the X group\", \"X was acquired\") is a candidate without the model's support and at a sentence start";
    ListedProducts: "recognise-listed-products", "a capitalised name listed after a plural product noun (\"games such as X, Y and Z\", \"brands including X\", \"its products included X\") is a candidate without the model's support and votes for a service; \"of\", \"the\", a colon and a numeral inside a member are kept (\"World of Tanks\", \"Star Wars: Battlefront\", \"Dark Reign 2\")";
    NumeralNames: "recognise-numeral-names", "a name opened by a numeral takes it in: digits with letters that are no unit, amount or decade (\"21st Century Acme\", \"3G Zeta\", \"99p Stores\"), or a plain number of up to three digits before a name closed by a legal or company word (\"2 Sisters Food Group\")";
    LowerLegalSuffix: "recognise-lower-legal-suffix", "a lower-case legal form right after a name (\"Acme plc\", \"Zeta ltd\") votes for a company, and the resolver makes the name with it an alias";
    CallSignBand: "recognise-call-sign-band", "a broadcast call sign takes in the band or service after it in parentheses or after a hyphen, glued or with the stray spaces of a PDF's conversion (\"KOWH(FM)\", \"KBMW( AM)\", \"KWCH- TV\"), and names a company (the station)";
    PossessiveUnit: "recognise-possessive-unit", "a unit after its owner's possessive (\"Acme's Bureau of Trade\", \"Acme's Northeast Region\") is an organisation of its own";
    CommaLegalSuffix: "recognise-comma-suffix", "a legal form after a comma (\"Acme Widgets, Inc.\", \"Foo Partners, L.P.\") belongs to the name before it, a company";
    ForTheNames: "recognise-for-the-names", "a body's name goes on across \"for the\" and a capitalised name (\"District Court for the Eastern District of X\")";
    KnownOrgStart: "recognise-known-org-start", "a known body's name (\"Congress\", \"NATO\") opening a sentence is a candidate without another cue";
    PersonOfPlace: "recognise-person-of-place", "a person read with the place they stand for (\"Jane Roe of New York\") is split into the person and the place";
    PersonHonorifics: "recognise-person-honorifics", "forms of address and post-nominal letters (\"Senator\", \"Hon\", \"MP\") are trimmed off a person's name; a peer's title before the surname alone (\"Lord Tarnby\") stays";
    // --- recognition: kinds (crate::recognise::rules::votes) ---
    NameVotes: "typing-name-cues", "cues inside a name vote for its kind (legal suffix, organisation word, service head, place)";
    AndOtherServices: "typing-and-other-services", "a name (or one of a list of names) before \"and other\" and a plural noun of things people use (\"Acme Fitness and other gyms\", \"X and other dating sites\") is a service";
    SystemNames: "typing-system-names", "a name ending in a singular \"System\" that no capitalised word continues (\"the Crown Court Digital Case System\"; not \"X System Operator\", \"Cisco Systems\") is a service";
    PersonVotes: "typing-person-cues", "titles, \"who\" and appositions around a name vote for person";
    ItemOrgSlot: "typing-item-org", "the last part of a witness-list item \"Jane Roe, Chief Executive, Acme\" (\"Chief Executive Acme\" with no comma) is an organisation, not a person, as is X in \"chief strategy officer, of X\"";

    NeighbourVotes: "typing-neighbour-cues", "words next to a name (\"its X region\", \"X app\") vote for its kind";
    NounPhraseVotes: "typing-noun-phrase", "a descriptor noun before a name (\"payments company X\") votes for its kind";
    PhraseVotes: "typing-phrase-cues", "longer phrases around a name (\"a data centre in X\") vote for its kind";
    ShortNames: "typing-short-names", "a word opening a longer organisation's name is its short name, not a person";
    ListKinds: "typing-list-kinds", "list members without a cue take the kind of a clearly typed member";
    PlaceModifier: "typing-compass-word", "a lower-case compass word before a place (\"northern China\") joins it";
    // --- kinds after the learned typing (crate::settle) ---
    PlaceEvidence: "typing-place-evidence", "a company with place grammar (\"X-based\", a known place, \"the X payments group Y\") and none of a company's is a place";
    Descriptor: "typing-descriptor", "after the learned typing, a descriptor next to a name (\"the energy regulator X\", \"X, the lender\", \"its app, X\") or \"central bank\" in it gives its kind";
    BrandProduct: "typing-brand-product", "a company named another company's brand and a product word (\"Acme Mobile\" beside \"Acme Bank\") is that company's service, unless a descriptor calls it a company";
    ProductList: "typing-product-list", "after the learned typing, a company named in a list that a plural product noun governs (\"brands such as X and Y\", \"products, including X\", \"the X and Y supermarket banners\") is a service, unless company grammar, a legal form, a deal, executives or an outage make it a company";
    ActList: "typing-act-list", "after the learned typing, a company named in a list that a plural performers' noun governs (\"bands such as X and Y\", \"acts including X\", \"artists such as X\") is an organisation, a band, unless company grammar, a legal form or company word, or a company descriptor make it a business";
    DealParty: "typing-deal-party", "after the learned typing, a service that the rules' completed deals made a buyer or a bought business (\"Acme bought the auction site X\") is a company again";
    StateDepartment: "typing-state-department", "after the learned typing, a state company named in a text published before the year it was made a company (\"the Post Office\" before 2001; a lexicon list with the years) is the government department or public body it then was, an organisation, unless a descriptor calls it a company";
    StateCompany: "typing-state-company", "after the learned typing, a company a state owns and runs as a business (\"ESB\", \"Bus Éireann\", \"Network Rail\"; a lexicon list) is a company unless a descriptor calls it a body";
    BodyName: "typing-body-name", "after the learned typing, a company whose name opens or closes with a body's word (\"X Authority\", \"Star Alliance\") or opens with \"NHS\", with no legal form or business word closing it, is an organisation; so is a company named only by an acronym the text spells out as such a name (\"GAO\", \"the Government Accountability Office\") or named by a regulator's short name (\"Ofgem\"; a lexicon list)";
    BodyPlace: "typing-body-place", "after the learned typing, a place whose name closes with a body's head word (\"X Library\", \"X City Council\", \"X University\") and is no known place is an organisation";
    ServiceBody: "typing-service-body", "after the learned typing, a service named \"... Service\" (two words or more, no legal form) a mention of which acts, as a subject (\"the X Service increased\", \"the X Service has\") or an agent (\"led by the X Service\"), is an organisation";
    NewsSource: "typing-news-source", "after the learned typing, an organisation or service quoted as a news source (\"according to X\", \"told X\", \"X reported\", \"reported by X\"), with no body word in its name, is a company (a news outlet or agency)";
    NewsAgency: "typing-news-agency", "after the learned typing, an organisation or service named a news or press agency (\"the X News Agency\", \"the X news agency\", \"the state news agency X\") is a company, as the corpus guidelines make news agencies";
    ClubName: "typing-club-name", "after the learned typing, a company or service whose name opens or closes with a club's abbreviation (\"X United FC\", \"FC X\") or closes with a sport and \"club\" is an organisation (a sports club)";
    AddressUnit: "typing-address-unit", "after the learned typing, a company named as a unit (\"... Group\", \"... Section\", \"... Office\") in a postal address's heading of a body and its units before a street number (\"Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street\") is an organisation, the body's unit, unless a legal form is in its name";
    DivisionName: "typing-division-name", "after the learned typing, a person, service or place whose name of two words or more closes with \"Division\" (\"Antitrust Division\", \"Criminal Division\") is an organisation, unless a digit in it or an opening \"The\" makes it a product's name; so is any entity named \"Division of ...\" (\"Division of Enforcement\")";
    BodyHead: "typing-body-head", "after the learned typing, a company or service named next to a body's head noun (\"the X alliance\", \"the X ransomware gang\", \"the X baseball team\", \"boy band X\", \"X, a hacker group linked to\") is an organisation, unless it has a legal form or a descriptor calls it a business";
    AppositionWide: "typing-apposition-wide", "after the learned typing, one reader for the apposition after a name (\"X, a hacker group linked to\", \"X - another ransomware group\", \"X, the second-largest lender\"): `typing-descriptor` reads it with a dash opener, hyphenated modifiers, a participle closer and a body's head noun (an organisation), and `typing-body-head` leaves it to that reader";
    FacilityHead: "typing-facility-head", "after the learned typing, a company whose name closes with a site's or facility's head word (\"X Airport\", \"X Power Plant\", \"X Tunnel\", \"X Air Force Base\") and holds no company word is a place, as the corpus guidelines make airports and named facilities";
    PlaceAddress: "typing-place-address", "after the learned typing, a company named with no company word right before a comma and a known place or US state closing an address (\"F&M Bank, both of Clarksville, Tennessee\") is a place, the town of the address";
    AddressStateCode: "typing-address-state-code", "after the learned typing, a company, organisation or service named by a US state's abbreviation right after a capitalised word and a comma (\"Baytown, Tex.\", \"Findlay, OH\"), or named right before the comma of such an abbreviation with no company or body word (the town), is a place";
    CallSign: "typing-call-sign", "after the learned typing, a place or service named by a broadcast call sign (\"KTLA\", \"WPXN-TV\", \"KOWH(FM)\") in an article naming a station (a station word or a call sign with its band) is a company, and such a call sign before a comma and a state is no town of an address";
    LabelHead: "typing-label-head", "after the learned typing, a company, service or organisation whose name closes with \"Records\" or \"Recordings\" is a record label, a company";
    // --- roles (crate::relate::roles) ---
    GenericChief: "roles-generic-chief", "\"chief X officer\" titles not in the title list";
    LedOrg: "roles-led-by", "the organisation of \"X, which is run by CEO Y\"";
    Predecessors: "roles-predecessors", "\"succeeded Y\", \"took over from Y\": Y held the title before; \"X will be replaced by Y\": Y takes it";
    ReportSourceAnaphora: "roles-report-source", "\"Reuters reported that ... the company's CEO\": not the report's source but the clause's organisation";
    UnnamedOrg: "roles-unnamed-org", "\"CEO of a trade group\", \"of Zeta Union\" unrecognised: no organisation guessed";
    FallbackOrg: "roles-fallback-org", "a title with no organisation takes the article's main one of its kind";
    StateTitles: "roles-state-titles", "\"President X\", \"trade minister X\" with no organisation hold the office of the article's country";
    TitleAnaphora: "roles-anaphora", "\"of the company\", \"the bank's chairman\": the organisation of that kind named before";
    Verbal: "roles-verbal", "\"took charge of Acme\", \"took over the leadership of\": head";
    Heads: "roles-heads", "\"X, who heads Acme\": head";
    Tenure: "roles-tenure", "\"X, who has led Acme since 2019\", \"X ran Acme from 2009 to 2018\": a company's chief executive, another body's head (\"chaired\": chairman)";
    HeadlineSubject: "roles-headline-subject", "a business title with no organisation in its sentence, whose headline names no company, takes the organisation the headline opens with (\"Acme Bank to cut 2,000 jobs\", Acme Bank typed a non-business body)";
    FirstPerson: "roles-first-person", "a transcript speaker's own post: \"Jane Roe: I am the chairman of Acme\", \"I served as chairman of Zeta\" (the person whose label opens the speech)";
    ItemOrg: "roles-item-org", "a witness list's item takes the organisation it names after its title (\"Jane Roe, Director of Policy, Acme; John Doe, Chief Executive, Zeta\"), else the list segment's first one after a comma (\"Jane Roe, Chief Executive, John Doe, Chair, Acme, gave evidence\")";
    ItemParts: "roles-item-parts", "a witness-list item's own organisation also stands right after its title (\"Jane Roe, Chief Executive Acme;\"), past qualifiers before the title (\"Jane Roe, Global Head of Safety, Acme\") and before a \";\" that opens the next item";
    FrameAlias: "roles-frame-alias", "a list frame \"from Acme, Acme Regional, Jane Roe, chief executive, and John Doe, director\" gives the listed titles the body it opens with, past the body's other name in apposition";
    DivisionPost: "roles-division-post", "a post in a company's division is held at the company: \"Chief Executive, Health and Beauty Division, Acme\" (the company closing the item) and \"chief executive of the retail division\" (no division named: the organisation found otherwise); a division's chief executive is an executive";
    OfficeAbbrev: "roles-office-abbrev", "an office's title after its body's abbreviation or a modifier (\"Federal Aviation Administration (FAA) Acting Administrator Jane Roe\") is the body's post, as \"FAA Administrator Jane Roe\" is";
    AddressForms: "roles-address-forms", "a form of address between a title and its holder is passed over (\"Acme Chairman, Mr Jane Roe,\", \"its chief executive, Dr Jane Roe,\", \"the chief executive of Acme, Ms Jane Roe\")";
    PortfolioTitles: "roles-portfolio-titles", "a capitalised office with its portfolio before its holder (\"Minister for Energy Jane Roe\", \"The Minister for Economy, Jane Roe,\", \"Secretary of State for Ruritania, Jane Roe\"): the holder is the person after the portfolio";
    ListedPosts: "roles-listed-posts", "a list of posts after one holder (\"He was chief executive of Acme, chairman of Zeta and chairman of Bolt\"): a title with no holder of its own, right after the organisation that closes the holder's previous post, is the same holder's";
    PrefixApart: "resolve-prefix-apart", "an organisation's leading words named apart in a sentence with a word of ownership near one of the two (\"Acme Canada Limited is a wholly owned subsidiary of Acme\") are another organisation, not its short name (unless the rest is only a legal or group form: \"Acme Group\")";
    DefinedShortForm: "resolve-defined-short-form", "a name's leading words quoted in brackets right after it (\"Acme Radio Company, LLC (\u{201c}Acme\u{201d})\") are its short form, even in a sentence with a word of ownership";
    Founders: "roles-founders", "\"founded by X\", \"X co-founded Acme\": founder";
    OrgList: "roles-org-list", "a post whose organisation is the first of a list closed by \"and\" (\"a director of Acme, Zeta and Bolt\", \"chairman and CEO of Acme and Zeta\") is held at every organisation of the list";
    BoardSeats: "roles-board-seats", "\"sits / serves on the board[s] [of directors] of Acme [, Zeta and Bolt]\", \"joined the board of directors of Acme\": director, the holder the subject of the verb";
    DescriptorClauseStop: "roles-descriptor-clause-stop", "the lower-case descriptor passed between a title's \"of\" / \"at\" and its organisation (\"co-founder of shoe giant Acme\") ends at a preposition, subordinator or auxiliary (\"head of sales before moving to Acme\": not Acme's post)";
    ListedPostsDated: "roles-listed-posts-dated", "roles-listed-posts past the time the previous post was held and an \"as\" after the conjunction (\"chief executive of Acme from 2001 to 2009 and [as] chairman of Zeta from 2010\")";
    InOrg: "roles-in-org", "\"in\" right before an organisation's name joins a title to it as \"of\" does (\"Associate Director in the SEC's Division of Enforcement\", \"a partner in Acme\"); never before a place (\"a manager in London\")";
    PlaceBasedOrg: "roles-place-based-org", "a place described as the organisation's base between the title's \"of\" / \"at\" and its name (\"Chairman of Silicon Valley-based Acme, Inc.\") is passed, as one-word places are";
    IncludingIts: "roles-including-its", "\"its\" in a list that \"including\" opens right after an organisation's name stands for that organisation (\"executives of Acme Corp., including its former chief executive\"), not for the sentence's subject";
    StateCountry: "roles-state-country", "a state office's country: a country's possessive before the title (\"Ruritania's Prime Minister Jane Roe\") names it; a place named right before the title that is itself the country (\"UK Prime Minister Jane Roe\") is it when the article has no longer name for it, and with no place next to the title the article's country is the one it names most among every country of the place list (\"Prime Minister Jane Roe\" in a story on Ruritania), not only the countries with a listed nationality adjective";
    SameOffice: "roles-same-office", "a bare state title with no place beside it (\"President Jane Roe\") is the same person's earlier post of that office in the article when it names its country (\"Ruritanian President Jane Roe\" before), not the country the article names most";
    CapitalisedPortfolio: "roles-capitalised-portfolio", "up to two capitalised words no mention covers right before a state office's title (its portfolio or opener: \"Interior Minister\", \"Prime Minister\") do not part the title from a possessive owner (\"Ruritania's Interior Minister Jane Roe\") nor from the holder of an apposition (\"Jane Roe, Ruritania's Prime Minister,\", \"Jane Roe, Prime Minister of Ruritania,\")";
    DottedPlace: "roles-dotted-place", "a place written with inner full stops before a title (\"U.S. President Jane Roe\", \"U.K. Prime Minister John Doe\") is the title's place as \"Ruritania President Jane Roe\" names it: the full stop the segmenter keeps apart does not part them";
    PostQualifiers: "roles-post-qualifiers", "a post's qualifier (\"Regional\", \"Associate\", \"Assistant\", \"Principal\", \"Co-Acting\"), capitalised or not, does not break the apposition between a holder and the title (\"Jane Roe, Regional Director of the Zeta Office\"); a qualifier of a post under the title among them makes it one (\"Senior Associate Regional Director\": `other`, and an associate's post at a non-business body is never an executive's); \"co-\" before a title is the title (\"Co-Director\": director)";
    AssistantAttorneyGeneral: "roles-assistant-attorney-general", "\"Assistant Attorney General\" (acting or not) is the title of the head of the Justice Department division named with it (\"Assistant Attorney General Jane Roe of the Antitrust Division\", \"Jane Roe, Assistant Attorney General in charge of the Civil Division\"); a deputy's (\"Deputy Assistant Attorney General\") is a post under it, `other`";
    VariantTitles: "roles-variant-titles", "titles the list lacks, as the guidelines map them: \"vice chair / chairwoman / chairperson\" an executive, \"co-CEO\" a chief executive";
    PluralFounders: "roles-plural-founders", "the plural \"founders\" is a title (founder, as the singular), and a plural title's holders may follow in parentheses (\"the two other founders (Jane Roe and John Doe)\", \"Acme's founders, Jane Roe and John Doe\")";
    LeaderTitles: "roles-leader", "\"leader\" and \"chief of\" next to a named organisation are its head (\"Zeta Party leader Jane Roe\", \"Jane Roe, the acting leader of the Zeta Union\", \"Jane Roe, chief of Acme Air\"); with no organisation next to them no post";
    SpokespersonFor: "roles-spokesperson-for", "a spokesperson \"for\" what no organisation mention names (\"a spokesman for the police\", \"a spokeswoman for Jane Roe\") speaks for no organisation of the article: none is guessed";
    LegislativeCommittee: "roles-legislative-committee", "the chair of a legislature's committee (\"Zeta Select Committee\", \"House Committee on Energy\", \"Trade Subcommittee\") is a legislator's post: no position (the guidelines give legislators none)";
    DeputyExecutive: "roles-deputy-executive", "a deputy's or assistant's post at a non-business organisation (\"the union's deputy general secretary\", \"deputy chief of the Zeta Weather Office\") is one of its executives, as at a company; a state's deputy minister stays other";
    FoundedSubject: "roles-founded-subject", "a founding sentence whose subject is \"the company\" or \"it\" (\"The company was founded in 1999 by former Zeta executive Jane Roe\", \"Founded in 1987 by A and B, the company ...\") founds what the subject refers to (the organisation opening the nearest sentence before), never an organisation named after the verb; founders before a perfect (\"A and B have founded Acme\") are its subject";
    FoundedIt: "roles-founded-it", "a founding participle opening a sentence whose subject is \"it\" (\"Founded in 1996 by Jane Roe, it was bought by Zeta\") founds what \"it\" refers to (the organisation opening the nearest sentence before), never an organisation named later in the sentence";
    FoundedReach: "roles-founded-reach", "the \"by\" of a passive founding verb past adverbials of time and place (\"founded in 1986 in Leeds by Jane Roe\"), an adverb after the auxiliary (\"was originally founded\"), a colon closing the founders' description (\"by three engineers: A, B and C\") and a nationality before a later founder";
    FoundingVerbs: "roles-founding-verbs", "\"established\", \"created\", \"formed\" found a named organisation: its subject with a person after \"by\" (\"Acme was established in 2001 by Jane Roe\") or named right after the verb (\"Jane Roe and John Doe established Acme\"): each a founder";
    FoundersApposition: "roles-founders-apposition", "a founder's apposition set off by commas does not end the founders' list (\"founded by Jane Roe, an engineer from Leeds, and John Doe\", \"Jane Roe, a former banker, and John Doe founded Acme\"): the next name is a founder too";
    FoundedConjoined: "roles-founded-conjoined", "a founding participle joined by \"and\" to another participle of starting shares its \"by\" (\"Acme was founded in 2006 and launched in 2007 by Jane Roe\")";
    FoundedObject: "roles-founded-object", "the object of an active founding verb may be a definite description (\"Jane Roe and John Doe founded the website in 2004\": the article's organisation) or a description with the organisation's name in apposition (\"founded his own company, Acme\", \"established a second bank, the Zeta Savings Bank\")";
    FoundedPredicate: "roles-founded-predicate", "a passive founding participle founds the organisation it describes past an apposition or a modifier (\"Acme, a Leeds software company founded by Jane Roe\", \"Acme (AC), founded by\", \"Acme \u{2013} the first bank in Ruritania established by\"), a relative \"that\" (\"Acme, a firm that was founded by\") or an aside between the subject and its copula (\"Acme, also known as Zeta, is a bank founded in 2003 by\"), and a founders' opening participle reaches its organisation past an aside (\"Founded by Jane Roe, with help from John Doe, Acme ...\")";
    FormedAnaphor: "roles-formed-anaphor", "\"established\", \"created\", \"formed\" found what \"the company\" or \"it\" refers to, as \"founded\" does: \"The company was formed in 2003 by Jane Roe\", \"Jane Roe, who formed the company in 2006\"";
    FoundedPronoun: "roles-founded-pronoun", "a subject \"he\" / \"she\" of an active founding verb (\"In 1979, she co-founded Acme\", \"he later founded Zeta\") is the founder when the person it refers to (the nearest one named before) is the article's most mentioned person";
    FoundedWithPartners: "roles-founded-with-partners", "\"founded Acme with\" an unnamed company makes a co-founder only when it is people who found with the subject (\"with two former colleagues\", \"with his wife\"), not staff or means (\"with ten workers\", \"with a loan from his cousin\": a founder)";
    AppositionExtras: "roles-apposition-extras", "an apposition's title belongs to the name before an age, a residence and a short alias in parentheses (\"Jane Roe, age 57, of Leeds, England, the former chief executive of Acme\", \"Jane Roe (Roe), Acme's controller\")";
    ParenthesisTitle: "roles-parenthesis-title", "a title in parentheses right after a name is that person's (\"Jane Roe (chief executive of Acme)\", \"Jane Roe (Chair)\")";
    PluralTitles: "roles-plural-titles", "a plural title right before names gives each the singular's post (\"Commissioners Roe, Doe and Poe\", \"vice presidents Jane Roe and John Doe\"), past a name's parenthesis; a name whose parenthesis gives its own title (\"Roe (Chairman)\") holds that one instead";
    CopularHolder: "roles-copular-holder", "a definite or owned title, its organisation, then \"is\" / \"was\" and its holder (\"the chairwoman was Jane Roe\", \"the founder of Acme and Zeta is the engineer Jane Roe\", \"the last chief executive of Acme was Jane Roe\")";
    BusinessEmployer: "roles-business-employer", "a chief executive, finance, operating or technology officer or vice president whose organisation was guessed (\"its CEO\", the sentence's subject) and is a non-business body works for the company the sentence names, the nearest before the title, else the first after it (\"The Agency sued Acme and its chief executive\")";
    BusinessMainCompany: "roles-business-main-company", "a business post (chief executive, finance, operating or technology officer, vice president) whose body only the fallback gave (the sentence's nearest or the article's main one) and is a non-business body, with no company in its sentence, is held at the article's main company (\"Charged by the Agency were former President and CEO Jane Roe\")";
    StaffLists: "roles-staff-lists", "a body's staff named on a matter each hold an \"other\" post at the body named before the title (\"CFTC staff members responsible for this case are Jane Roe and John Doe\", \"the Division of Enforcement staff responsible for this matter are ...\", \"staff member Jane Roe\")";
    PluralFoundersJoint: "roles-plural-founders-joint", "the plural \"founders\" with two or more holders names them together: each is a co-founder (\"founders Jane Roe and John Doe\", \"Acme's founders, Jane Roe and John Doe\"; eval/corpus GUIDELINES \"Founders\"); one holder stays a founder";
    FoundersDescribedPartner: "roles-founders-described-partner", "a founder joined by \"and\" to a partner described but not named (\"founded by Jane Roe and five others\", \"founded by Jane Roe and a group of investors\") is a co-founder, and a founder named after a description of kin or partnership (\"Jane Roe and her business partner John Doe founded Acme\") is listed with the founder before it";
    Respectively: "roles-respectively", "names paired with a list of titles by \"respectively\" hold one title each, in order (\"Jane Roe and John Doe, the chairman and president, respectively, of Acme\", \"Jane Roe and John Doe are the president and the secretary, respectively, of Acme\")";
    FunctionOfTitle: "roles-function-of", "a title's \"of\" before a business function (\"Vice President of Sales\", \"Director of Strategic Alliances\", \"Vice President of Finance\") names no organisation: the post's organisation is found as if no \"of\" followed";
    OfficerPosts: "roles-officer-posts", "a controller (\"Acme's former Controller\", \"group financial controller\") is a senior executive's post; not a machine's or system's controller (\"air traffic controller\")";
    ChiefUnit: "roles-chief-unit", "\"Chief\" set off by commas between a person and a named unit (\"Jane Roe, Chief, Zeta Section, Antitrust Division\") or before a unit its owner's possessive names (\"Jane Roe, Chief of the Acme Division's Zeta Unit\") is the unit's head";
    HeadPossessiveUnitPost: "roles-head-possessive-unit", "a title's \"of the\" before a body's capitalised head noun in the possessive that no name covers, then an organisation (\"Assistant Attorney General of the Department's Antitrust Division\", \"director of the Commission's Enforcement Bureau\"): the post is the named unit's";
    ControllerEmployer: "roles-controller-employer", "a controller (\"former Assistant Controller Jane Roe\") is a business post as a chief financial officer's is: when its organisation was guessed and is a non-business body, the company the sentence names holds it (rule `roles-business-employer`), else the article's main company (`roles-business-main-company`)";
    FoundersRanks: "roles-founders-ranks", "a rank or style before a founder's name after a founding verb's \"by\" (\"founded by the late Captain Jane Roe\") and a form of address or rank before a later founder in the list (\"by Jane Roe, John Doe and Dr Ann Poe\") are passed as a description is";
    FoundedBusinessSubject: "roles-founded-business-subject", "\"the business\", \"the enterprise\", \"the venture\" opening a passive founding sentence (\"The business was established by Jane Roe in 1843\") refers back as \"the company\" does (rule `roles-founded-subject`): the organisation opening the nearest sentence before, else the article's main one, not an organisation named later";
    SecretaryGeneral: "roles-secretary-general", "a secretary general (\"Secretary-General of the United Nations\", \"the Secretary General of the Zeta Association\") heads the body, as a general secretary or a director general does";
    DescribedCopula: "roles-described-copula", "a copula's description list set off by commas before the title (\"Jane Roe is a Ruritanian chemist, investor, and the founder and chairman of Acme\") does not end the link between the subject and the title";
    // --- relations (crate::relate::relations) ---
    RelationAnaphora: "relations-anaphora", "\"the company\", \"it\" opening a clause read as the organisation they refer to";
    FrontedPronoun: "relations-fronted-pronoun", "a subject pronoun after a fronted phrase set off by a comma (\"In 2006, it acquired Y\", \"Since 2018, it has been owned by Y\") or after a colon or semicolon read as the organisation it refers to";
    FrontedYearPronoun: "relations-fronted-year-pronoun", "a subject pronoun after a short fronted time phrase with a year and no comma (\"In 1978 it bought Y\", \"By May 2009 they ...\") read as the organisation it refers to, as after a comma";
    TopicCarry: "relations-topic-carry", "a sentence that names no organisation carries the subject of the sentence before it, so a pronoun or \"the company\" after it still refers to that subject (\"Acme was sold to Zeta in 1990. In the 1980s it grew. It was bought by Brill in 1995.\")";
    UnitNoun: "relations-unit-noun", "\"X, the cloud unit of Y\", \"Y's arm X\", \"its subsidiary X\", \"its units A and B\": parent";
    OwnedBy: "relations-owned-by", "\"X [, which is] [60 per cent] owned / controlled / run by Y\", \"X, the app owned by Y\", \"X, founded in 1998, was previously owned by Y\": parent";
    ParentNoun: "relations-parent-noun", "\"Y, X's parent company\", \"the parent company of X\", \"Y (parent company to X)\": parent";
    OwnsList: "relations-owns", "\"Y, which owns X and Z\", \"Y operated X\": parent";
    WhichIncludes: "relations-which-includes", "\"Y, which includes X [and Z]\": parent (provider of a service)";
    OwnerNoun: "relations-owner-noun", "\"Y, owner of X\", \"its owner, Y\", \"Y's ownership / launch of X\": parent (provider of a service)";
    OwnerAsides: "relations-owner-asides", "ownership told in an aside: \"Y (the owner of A)\", \"Y (owners of A, B and C)\", \"X (co-owned by Y)\", \"Arm owner Softbank\", \"Acme parent Holdco\": parent (provider of a service)";
    PossessedNounLists: "relations-possessed-noun-list", "a possessed ownership noun whose names follow a comma, copula or \"include\" (\"its subsidiaries include A, B and C\", \"X's parent, Y,\", \"its controlling shareholder was Y\", \"its parent Y\"): parent (provider of a service)";
    PossessivePairs: "relations-possessive-pair", "\"Y's X[, A and B]\" for organisations side by side: parent";
    HeadPossessiveUnits: "relations-head-possessive-unit", "a unit named after a body's capitalised head noun in the possessive (\"the Department's Antitrust Division\", \"the Commission's Enforcement Bureau\"): the one organisation of the article whose longer name holds that head word is its parent";
    NamePrefixParents: "relations-name-prefix-parent", "an organisation named as another plus a unit word or a place (\"Acme Cloud\", \"Acme Ireland\"): parent";
    PossessedServices: "relations-possessed-services", "\"Y's S, S2 and S3\" for services: provider";
    PossessedApposition: "relations-possessed-apposition", "\"Y's low-cost brand, S\", \"its banking app, S\", \"Y's S customer app\" (S typed a service or a company): provider";
    TradingNames: "relations-trading-names", "\"Y operates under the A, B and C banners\", \"under three banners: A, B and C\", \"its brands A and B\": provider";
    ServiceApposition: "relations-service-apposition", "\"S, Y's messaging app\": provider";
    ItsServices: "relations-its-services", "\"its S\" with Y the clause subject: provider";
    MakerBefore: "relations-maker", "\"Y, which makes S\", \"the start-up behind S\", \"Y launched S\", \"S, made by Y\": provider";
    OperatesTheApp: "relations-operates", "\"Y, which operates the S app\": provider";
    NamePrefixProviders: "relations-name-prefix-provider", "a service whose name starts with an organisation's (\"Acme Docs\"): provider";
    DominantProvider: "relations-dominant-provider", "a service no sentence ties to a company gets the article's dominant company";
    DominantOtherMaker: "relations-dominant-other-maker", "a service every sentence of which names another company than \
the dominant one (\"Rival builds the S\") does not get the dominant company as its provider";
    VariantProvider: "relations-variant-provider", "a product variant gets its product's maker as provider";
    VictimProvider: "relations-victim-provider", "after the scorer, a service an outage hit loses the outage's provider (or its parent) as provider unless a sentence pattern, a shared name stem or an aside (\"S, the game from O\") says it is theirs";
    AddressUnits: "relations-address-units", "a body and its units in a row before a street address (\"Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street\", or from the unit up): each unit's parent is its neighbour on the body's side";
    FailedDealWords: "relations-failed-deal-words", "a word between a buyer's possessive and its deal noun that tells the deal failed or was given up (\"X's attempted / abandoned / blocked acquisition of Y\", \"X's Decision to Drop Proposed Acquisition of Y\") leaves no acquisition";
    AbbreviationPossessive: "relate-abbreviation-possessive", "a name's abbreviation and its possessive (\"Acme Inc.'s proposed acquisition of Zeta\", \"Acme Corp.'s chief executive\"), which the segmenter leaves as four words, are one word to the relations and roles, as \"Acme's\" is";
    TransferOfControl: "relations-transfer-of-control", "a regulator's \"transfer [of] control of X [and its subsidiaries A and B] [from T] to Y\" makes Y the buyer of X (and of A and B, units of X); a parent link the scorer proposed between Y or T and those companies, or a target buying Y, is dropped";
    TransferFromParent: "relations-transfer-from-parent", "in a transfer of control \"of X[, A and B] from T [and its subsidiary, T2,] to Y\", each company transferred stays the transferor's (parent T, and T2), as a licence's assignor keeps its station; the companies listed after the first are transferred too";
    TransferHeldLicences: "relations-transfer-held-licences", "\"transfer of control of licenses [and authorizations] held by X [and Z] [from T] to Y\": the licences' holders X and Z are the companies transferred";
    PossessiveDeal: "relations-possessive-deal", "\"X's [proposed] acquisition / purchase / takeover of Y\" (or \"its ...\" for X) makes X the buyer of Y, and a parent link from Y to X read from the same sentence is dropped unless the sentence tells the deal done (\"completed\", \"closed\"); not for a part of Y (\"of Y stations\", \"of Y's assets\")";
    OfficeParent: "relations-office-parent", "a body's office (\"the Enforcement Bureau\") no sentence ties to a parent gets the article's dominant organisation";
    SellerParent: "deals-seller-parent", "the seller of a completed sale held what it sold: \"X sold Y [in 1990] [for $5 million] to Z\" and \"Y was sold by X [in 1990] to Z\" make X Y's (earlier) parent, and no acquisition of Y by X is kept from that sentence; the passive with words between the seller and \"to\" also gives Z's acquisition and parenthood of Y; added after the learned typing only";
    DivisionOnlyBody: "relations-division-only-body", "an organisation named \"X Division\" or \"Division of X\" that nothing ties to a parent belongs to the article's one public body (a name of two words or more holding \"department\", \"commission\", \"ministry\" or \"agency\"); added after the learned typing only (the scorer's pass), so the typing's relation features never see it";
    PartOf: "relations-part-of", "\"X is [now] part of Y\", \"X became part of the Y group\", \"X, which is part of Y\", \"X (part of Y)\", \"X, part of Y,\": parent (provider of a service); not a possessor's thing (\"part of Y's campaign\"), an alliance, programme or network of Y, nor after a modal";
    AliasBrackets: "relations-alias-brackets", "a name's alias bracket right after it (\"Acme Corp. (\u{201c}Acme\u{201d})\", \"Zeta Holdings, LLC (ZH)\") is read as part of the name by the relation patterns, so \"X (\u{201c}X\u{201d}), a wholly owned subsidiary of Y\", \"X (XY), which is owned by Y\" and \"Y (Y), the parent of X\" read as without it; not a place, another organisation, a year or a lower-case phrase in the bracket";
    OwnerLists: "relations-owner-lists", "\"X is jointly owned by A and B\", \"X, which is owned by A, B and C\": every owner of the list is X's parent (provider of a service), as the first is; not a list no \"and\" closes (an apposition) nor one whose last name a clause verb follows (\"owned by A and B said\")";
    ConjunctIts: "relate-conjunct-its", "\"its\" right after a name and \"and\" refers to that name (\"control of Acme and its subsidiary, Zeta\": Zeta is Acme's), not to the clause's subject";
    CopulaOwned: "relations-copula-owned", "\"X is a German travel company owned by Y\", \"X is an Indian service provider, owned by Y\": the copula's subject is owned by Y (parent; provider of a service)";
    UnitCopulaAdverbs: "relations-unit-copula-adverbs", "a unit noun phrase after a copula with adverbs or \"has been\" (\"X has been a subsidiary of Y\", \"X is now a division of Y\", \"X, which is itself a unit of Y\"): the copula's subject is the unit";
    OperatesAsPart: "relations-operates-as-part", "\"X operates / trades / functions as part of Y\": parent, as \"X is part of Y\"; \"X operates as ...\" is no ownership by X";
    PartOfPerson: "relations-part-of-person", "no \"part of\" parent for a holder told as a person (\"Mr X\", \"chief executive X\", \"X, Acme's vice president\", \"X, who\", \"he\" / \"she\" the first pronoun after X), whatever its type";
    // --- deals and partners (crate::relate::relations::deals) ---
    PossessiveDeals: "deals-possessive", "\"X's acquisition of Y\": acquired";
    AgreedToBuy: "deals-agreed", "\"X agreed to buy Y\": acquired";
    AcquiredBy: "deals-acquired-by", "\"Y was acquired [for $N] by X\", \"Y agreed to be acquired by X\", \"X sold Y to Z\", \"the sale of Y to Z\": acquired";
    AcquisitionVerbs: "deals-verbs", "\"X bought Y\", \"completed its acquisition of Y\": acquired";
    ControllingStake: "deals-controlling-stake", "a controlling or majority stake bought (\"X acquired a controlling interest in Y\", \"X bought the majority stake in Y\"): acquired, and the parent, as for Y itself";
    PossessivePart: "deals-possessive-part", "a name in the possessive after a buying verb or deal noun (\"X bought Y's 40% stake in Z\", \"X purchased Y' Caribbean operations\", \"the purchase of Y's assets\") is a part of Y bought, no takeover of Y";
    StakeForms: "deals-stake-forms", "a controlling stake told in more shapes: a stake verb (\"X took / is taking a 60 per cent stake in Y\"), a percentage over half, \"shareholding\", a modifier before the share word (\"an undisclosed majority stake\"), all the rest (\"bought out the remaining shares of Y\"): acquired, and the parent";
    MergedInto: "deals-merged-into", "\"Y [was] merged into X\" (adverbs and a date before \"into\" allowed): X acquired Y; not when Y is one of several names merged together (\"A and B merged into C\"), not negated, not X in the possessive";
    PhrasalPassive: "deals-phrasal-passive", "a passive deal verb told with a particle or as absorbing (\"Y was bought out by X\", \"Y were bought up by X\", \"Y was snapped up by X\", \"Y was absorbed by X\"): acquired, and the parent as for \"acquired by\"";
    PassiveDealAdverbs: "deals-passive-adverbs", "adverbs between a bought name and its passive deal verb (\"Y was subsequently purchased by X\", \"Y, which in turn was eventually acquired by X\") and \"Y was taken over by X\": acquired, and the parent";
    InterruptedBuyer: "deals-interrupted-buyer", "a buyer set off from its deal verb by a phrase in commas or brackets (\"Zeta, Acme's publisher, acquired Y\", \"Zeta, which had invested in 1998, bought Y\", \"Zeta (later Zeta Corp.) bought Y\"): the name before the phrase, a clause subject, is the buyer";
    AnaphorTarget: "deals-anaphor-target", "\"Zeta bought / agreed to buy the company\", the phrase read as the buyer itself: the company whose name opens the headline (what the article is about) is the one bought, only when the sentence names no other organisation than the buyer and that one";
    DealToBuy: "deals-deal-to-buy", "\"X [has] reached / signed an agreement to acquire Y\", \"X agreed a deal to buy Y\", \"X entered into an agreement to purchase Y\", \"X's deal to buy Y\": acquired (an agreed deal, no parent); not \"near a deal\", a part of Y, a negated or stopped deal";
    DealAsWellAs: "deals-as-well-as", "the names added after a completed deal verb's object by \"as well as\" (\"X has acquired Y's plants, as well as subsidiary businesses A and B\"): acquired, and the parent";
    ServiceTarget: "deals-service-target", "a bought name the recogniser typed a service (\"X acquired S\", \"S was sold to X\", \"the acquisition of S by X\") and the names listed after a deal verb (\"X has bought three firms, including A and B\", \"the apps X acquired, namely A and B\"): acquired";
    LicensedDeals: "deals-licensed", "deals a regulator states: \"the [completed] acquisition by X of Y\", \"the application by X[, City, State,] to acquire Y\", \"cleared X to buy Y\", a listed entry \"X, City -- to acquire Y\", and \"... and thereby acquire its subsidiary bank, Z\" (Z's parent the company bought before): acquired";
    LicenceAssignment: "deals-licence-assignment", "a broadcast licence's assignment a regulator states (\"the assignment of license of Station S1 [and S2] from A to B\"): B acquired each station, and each station's parent is the assignor A";
    LicencesElsewhere: "deals-licences-elsewhere", "a licence transfer whose sentence names no station (\"the assignment of eight television licenses from A to B\", \"the transfer of control of licenses from [subsidiaries of] A to B\"): B acquired each station the text names by its call sign elsewhere, and each stays A's";
    LicenseeOf: "relations-licensee-of", "a broadcast station's licensee (\"X, licensee of Stations S1, City; S2\", \"X is currently the licensee of S\", \"X, the former licensee of S\"): each station named by its call sign has X as parent";
    AgentlessDeal: "deals-agentless", "\"the [earlier] purchases of Y and Z\" with no buyer in the sentence: acquired by the article's dominant company";
    Partnership: "partners-partnership", "\"a partnership between X and Y\", \"X and Y announced a partnership\", \"X signed a supply deal with Y\", \"Z, a joint venture between X and Y\"";
    VentureClause: "partners-venture-clause", "a joint venture told as a clause (\"Z was set up as a 60:40 joint venture between A and B\", \"Z is a joint venture of A, B and C\", \"Z, which was an equal joint venture between A and B\", \"Z, a 50:50 joint venture formed by A and B\"): each member is Z's parent, and the members are partners";
    VentureFold: "partners-venture-fold", "the older \"Z, a joint venture between A and B\" reader of partners-partnership gives way to partners-venture-clause, which reads the same phrase but gives nothing for a proposed, planned, blocked or negated venture";
    AccordBetween: "partners-accord-between", "\"a [supply] agreement / contract / deal / pact between A and B [and C]\": each two are partners; not a merger or sale, nor a proposed, stopped or negated deal";
    OrdersFrom: "partners-orders", "\"Y won an order from A\", \"A ordered 18 Y A30 jets\": partner from the buyer";
    LaunchCustomer: "partners-launch-customer", "\"A, its launch customer\": partner from the buyer";
    PartnerNoun: "partners-partner-noun", "\"X, a Y partner\": partner";
    Advisers: "partners-advisers", "\"X and its advisers, A and B\", \"X's advisers A\", \"X, subcontractors A and B\": partner";
    ServiceFirms: "partners-service-firms", "\"X and its bankers A\", \"its privatised contractors A and B\", \"Y's auditors A\": the contractors, bankers, auditors and consultants a company hires are its partners, as its advisers are (up to two modifiers before the noun)";
    Customers: "partners-customers", "\"customers such as A and B\", \"A and B, both X customers\": partner";
    Suppliers: "partners-suppliers", "\"the cloud firm that hosts its systems\", \"Y, which runs the bank's systems\", \"supplies power to Y\", \"leased space to X\", \"its supplier, Y\", \"X, a supplier to Y\"";
    // --- outages (crate::relate::outages) ---
    TriggerPhrases: "outages-trigger-phrases", "multi-word triggers: \"cut power\", \"power was lost\", \"a loss of power\", \"was down\", \"a denial-of-service attack\", \"went dark\"";
    UtilitySupplies: "outages-utility-supplies", "a household utility told as lost or gone without (\"were without water\", \"lost gas supplies\", \"left without heating\", \"a loss of water supply\") is a trigger, as \"without power\" is";
    TechIssues: "outages-tech-issues", "a problem noun after a technology word (\"an IT issue\", \"technology issues\", \"a router issue\", \"a telecommunications issue\") is a trigger";
    CyberIncidents: "outages-cyber-incidents", "an incident noun after a security word (\"a cyber incident\", \"a cybersecurity incident\", \"the ransomware incident\") is a trigger, as \"a cyber attack\" is";
    Metaphors: "outages-metaphors", "\"failure to\", \"a crash in demand\", \"offline and online\" and non-technical modifiers are no triggers";
    Hypothetical: "outages-hypothetical", "a trigger after \"could\", \"if\", \"risk\" is no outage";
    Withheld: "outages-withheld", "a service withheld on purpose (blocking, censorship) is no outage";
    NonServiceDisruption: "outages-non-service", "disruptions of transport, trade or customer service are no outages";
    TechContext: "outages-tech-context", "words that also describe markets need a technology word nearby";
    UtilityContext: "outages-utility-context", "a utility or its network (\"cable\", \"electricity\", \"telephone\", \"grid\") within six words of a word that also describes markets (\"breakdown\", \"failure\", \"fault\") is technology enough: \"the breakdown of the cable\"";
    WeakTriggers: "outages-weak-triggers", "\"incident\", \"restored\", \"apologised\" add sentences to an incident";
    ReportDates: "outages-report-dates", "\"said on Friday\", \"on 5 May I wrote\", \"On Friday X said it had\", \"that failure ... today\", \"a deal agreed in September\", \"On Tuesday the committee will question X\": a report date, another event's or a future clause's anchors no incident";
    CueClocks: "outages-cue-clocks", "a sentence with \"began at\"/\"restored by\" clock times joins an incident, also from the night after its day";
    UndatedDate: "outages-undated-date", "an undated incident takes the date of the sentence that opened it or one beside it, else the lead's date, the publication date or its report day";
    ComparedSince: "outages-compared-since", "\"the worst outage since 2005\": a time compared with after a superlative anchors no incident";
    LeadStory: "outages-lead-story", "an undated incident told in a dated lead's paragraph stands without a well-supported provider";
    CoordinatedDates: "outages-coordinated-dates", "a second date coordinated with a trigger's dated phrase (\"power cuts that hit A on 28 August, and B on 5 September\") dates its own incident; the end of a range (\"between 2 and 4 March\", \"from 28 May to 30 May\") dates none";
    TitleStory: "outages-title-story", "an undated incident of an article whose title names an outage (\"Service Disruption at X\") stands without a well-supported provider when it has a provider (dated by the publication year when the text dates it only vaguely, \"last week\") or a date";
    TableRows: "outages-table-rows", "a table of outages whose cells the text keeps one to a line (\"Outage Start\", \"Outage End\", then \"Sunday 23/04/2023 08:00\", ...): each row dated by its first cell is an outage";
    Cause: "outages-cause", "the cause: \"caused by\", \"due to\", \"blamed X for\", the subject of \"crashed\", else the cyber attack named (\"a ransomware attack\")";
    Place: "outages-place", "the place: a place mention scored by cues (zone codes, \"data centre in X\")";
    Affected: "outages-affected", "who it hit: services in its sentences, organisations the sentence says it hit";
    FailingOwner: "outages-failing-owner", "\"a failure at X\" (also \"at its partner, X\", \"at a centre run by X\") names the provider over the brand; \"an update from its supplier X\" does not";
    ModelUnnamed: "outages-model-unnamed", "the learned provider model does not replace a rules' provider named in the outage's evidence sentences by a name found only elsewhere in the article";
    ProviderFallback: "outages-provider-fallback", "no organisation in the dated sentences: a hit service's operator, the first incident's provider";
    NotOperator: "outages-not-operator", "a regulator, court or legislature (\"the X Commission\", \"the regulator X\", \"X fined Y\", \"X asked Y for a report\"), a place or a time-zone token is never an outage's provider";
    OperatorKind: "outages-operator-kind", "a name typed as a place or a service whose head word makes it an operator (\"X Airport\", \"X Approach Control\", \"X Informatics Service\", \"X Water\") is scored as a provider like an organisation and kept against the learned model and the service-to-company step";
    OrgProvider: "outages-org-provider", "an outage whose provider is still typed as a service at the end (no owner found, no operator head) is dropped (unless the title names it): who runs a failed system is a company or an organisation, and a service left standing there is a mistyped fragment (\"Venezuela's 23\") or the failed thing itself";
    SupplyDisruption: "outages-supply-disruption", "a disruption that a supply or line service qualifies (\"a broadband disruption\", \"power supply disruptions\", \"disruption to the electricity supply\") is an outage without a technology word in its sentence";
    MayMonth: "outages-may-month", "a word inside a time expression is no modal for the hypothetical check: \"On 2 May the app stopped working\" names the month, not \"may\"";
    ServiceProviderNone: "outages-service-provider-none", "a dated outage that outages-org-provider would drop for a provider left typed as a service stands with no provider instead: the service is the failed thing or a fragment, not who runs it, and the guidelines leave an unknown provider null (\"the X cable was cut, causing a broadband outage\")";
    CompanyProvider: "outages-company-provider", "a provider named by a short form or typed as a service: the company's full name, the service's owner";
    OtherEvent: "outages-other-event", "an outage whose evidence names an event the guidelines say is no outage (a physical accident, a strike, a market event, a business failure, a data breach: \"the airliner crashed\", \"a work stoppage\", \"the stock market crash\", \"filed for bankruptcy\") and nothing users lost (no system, utility or outage noun) is dropped";
    EventUtility: "outages-event-utility", "the article's one undated incident stands without a well-supported provider when the lead dates an event and the sentence that opened the incident says a public utility was lost (\"Electricity and phone lines were out\"): dated by the lead's event; such a utility \"out\" after a copula and \"a power cutoff\" are triggers";
    UtilityProvider: "outages-utility-provider", "a power outage whose anchor sentences name no organisation takes the utility company the article names (a name with a utility word, \"the electricity transmission operator X\"), not an analyst, broadcaster or supplier named elsewhere; the learned provider model does not replace it";
    OtherEventDescriptor: "outages-other-event-descriptor", "for outages-other-event, a word of what users lose right before an operator noun (\"telecommunications provider X\", \"network operator\") names a company's trade, not a service lost";
    AttackOnly: "outages-attack-only", "an incident told only as a cyber attack (no denial-of-service flood) with no word that a service was lost or stopped (\"down\", \"offline\", \"restored\", a non-attack trigger) is no outage: the guidelines count an attack taking a service down";
    VehicleCrash: "outages-vehicle-crash", "a crash word in a sentence about a vehicle or its crew (\"the helicopter crashed\", \"an airliner crash\") with no technology or lost-service word is no trigger: the guidelines count no physical accident as an outage";
    ReportingRules: "outages-reporting-rules", "an outage word that is what a rule has reported (\"the reporting of network outages\", \"outage notification rules\", \"requiring carriers to report outages\") in a sentence about rules or requirements names a class of outages, not an incident: no trigger";
    DeprivedOf: "outages-deprived-of", "a supply or household utility after \"deprived of\" (\"consumers were deprived of gas\") is a trigger, as \"without power\" is";
    SupplyProvider: "outages-supply-provider", "a gas or water outage whose anchor sentences name no organisation takes the company named after that supply (\"the X Gas Board\", \"X Water\"), as outages-utility-provider does for power; the learned provider model does not replace it";
    UnableServiceJob: "outages-unable-service-job", "an inability to do a line or payment service's own work is a trigger, as \"unable to log in\" is: \"unable to relay emergency calls\", \"could not process payments\", \"not able to make calls\" (a service verb with a call, message or emergency-number object, or a processing verb with a payment object)";
    RestoreSupply: "outages-restore-supply", "restoring a supply or line service (\"crews are working to restore power\", \"restoring water supplies\", \"the restoration of electricity\") opens an incident when none is told yet and its sentence holds no time (a time there dates the restoration): what is restored was lost";
    OutOfService: "outages-out-of-service", "\"out of service\", \"out of order\", \"out of commission\" after a system, supply or service equipment word (\"the network was out of service\", \"telephones were put out of order\") is a trigger, as \"out of action\" is";
    CableCut: "outages-cable-cut", "a network's line cut in the passive (\"the cable was cut\", \"several submarine cables were cut\", \"the lines were severed\") is a trigger";
    ToldLoss: "outages-told-loss", "the article's one undated incident stands without a well-supported provider when its sentences state the loss itself (\"customers were left without power\", \"households lost supply\", \"telephones were put out of order\", \"the cable was cut\"), not only an outage noun; told as current (\"is still without electricity\"), it takes the publication day";
    UndatedRestored: "outages-undated-restored", "the article's one undated incident stands without a well-supported provider when the text dates it (a dated sentence beside it, the lead's event, the report day) and one of its sentences restores a supply (\"crews are working to restore power\", \"the restoration of water supplies\"): what is restored was lost";
    NotWorking: "outages-not-working", "a negated working verb after a system, supply or service equipment word (\"its website was not working\", \"the cash machines did not work\") is a trigger, as \"stopped working\" is";
    ReportingEnforcement: "outages-reporting-enforcement", "an outage word that is a bare plural governed by a reporting word in a sentence about a penalty or a duty not met (\"fined X for failing to report network outages on time\", \"for reporting outages late\") names a class of outages, not an incident: no trigger (the sentence's date is the fine's)";
    CountedSince: "outages-counted-since", "a time in a \"since\" phrase after a counted plural outage word (\"ten power outages since 2 July 2024\", \"23 water outages since 2022\") opens the period they are counted in: it anchors no incident";
    ComplianceFailures: "outages-compliance-failures", "a failure word right after a word of compliance or oversight (\"supervision failures\", \"regulatory failures\", \"reporting failures\") is a duty not met, not a service lost: no trigger";
    PartyFailure: "outages-party-failure", "a failure word, \"of\" or \"by\", a name and \"to\" (\"the failure of Acme Rail to declare\", \"a failure by Zeta to notify\") is a party not acting, not a service failing: no trigger";
    HadNoSupply: "outages-had-no-supply", "a supply or household utility after \"had no\" or \"there was no\" (\"most of the city had no electricity on Tuesday\", \"residents have had no water for four days\") is a trigger, as \"without power\" is; not an authority (\"had no power to\") nor a count of cuts";
    PlaceSections: "outages-place-sections", "in a roundup whose paragraphs open with a place's name and a dash (\"Zeta Falls - Power is out at the lodge.\"), each such paragraph tells its own incident: its outage sentences join no other paragraph's incident, and an undated one it opens stands (dated by the lead, else the report)";
    ModifiedSupply: "outages-modified-supply", "a loss word, one word saying what kind of supply it is and the supply (\"left without electrical power\", \"lost mains electricity\", \"homes without drinking water\") is a trigger, as \"without power\" is";
    UtilitySite: "outages-utility-site", "a name whose last word is a site head (\"Kestrel Energy Center\", \"Dunmore Power Station\") is a utility's site, not its company: `outages-utility-provider` neither takes it as the article's utility nor keeps it as a provider over the article's utility company";
    ElapsedSpan: "outages-elapsed-span", "a loss told as current that the publication day would date starts that day less the span its sentences say has passed (\"residents without electricity for the past two weeks\", \"nearly two weeks after the storm, thousands remain without power\"): a count of days or weeks after \"for the past\" or \"for the last\", or before \"after\"";
}

const _: () = assert!(RULES.len() <= 384, "a RuleSet holds at most 384 rules");

impl Rule {
    /// The stable name (`roles-founders`), as `--disable-rules` takes it.
    pub fn name(self) -> &'static str {
        RULES[self as usize].1
    }

    /// What the rule does, in one line.
    pub fn description(self) -> &'static str {
        RULES[self as usize].2
    }

    /// The rule of a name, if there is one.
    pub fn from_name(name: &str) -> Option<Rule> {
        RULES.iter().find(|(_, n, _)| *n == name).map(|(r, _, _)| *r)
    }
}

/// A name `--disable-rules` does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown rule {name:?} (`newskg rules` lists the {count} rule names)")]
pub struct UnknownRule {
    pub name: String,
    pub count: usize,
}

/// Which rules are switched off; the default switches none off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RuleSet {
    /// One bit per rule, rule `r` at bit `r % 128` of word `r / 128`.
    disabled: [u128; 3],
}

impl RuleSet {
    /// Every rule on.
    pub const ALL: RuleSet = RuleSet { disabled: [0; 3] };

    /// Whether `rule` runs.
    #[inline]
    pub fn on(self, rule: Rule) -> bool {
        let r = rule as usize;
        self.disabled[r / 128] & (1u128 << (r % 128)) == 0
    }

    /// The same set with `rule` switched off.
    pub fn without(self, rule: Rule) -> RuleSet {
        let r = rule as usize;
        let mut disabled = self.disabled;
        disabled[r / 128] |= 1u128 << (r % 128);
        RuleSet { disabled }
    }

    /// The set with the rules of a comma-separated list of names switched off (blanks around
    /// names and empty items ignored).
    pub fn parse(list: &str) -> Result<RuleSet, UnknownRule> {
        let mut set = RuleSet::ALL;
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            let rule =
                Rule::from_name(name).ok_or_else(|| UnknownRule { name: name.to_string(), count: RULES.len() })?;
            set = set.without(rule);
        }
        Ok(set)
    }

    /// The rules switched off, in pipeline order.
    pub fn disabled(self) -> impl Iterator<Item = Rule> {
        RULES.iter().map(|(r, _, _)| *r).filter(move |r| !self.on(*r))
    }

    /// Whether every rule is on.
    pub fn is_all(self) -> bool {
        self.disabled == [0; 3]
    }
}

#[cfg(test)]
mod tests;
