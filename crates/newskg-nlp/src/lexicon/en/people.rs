//! People: job titles and the words around a person's name, title or change of post.

use newskg_doc::Role;

mod described;
mod functions;
mod officers;
pub(crate) use described::*;
pub(crate) use functions::*;
pub(crate) use officers::*;

/// Job-title nouns: a person's name sits next to them ("chief executive X", "X, Acme's analyst").
pub(crate) const JOB_TITLES: &[&str] = &[
    "successor",
    "predecessor",
    "ceo",
    "cfo",
    "cto",
    "coo",
    "cio",
    "chairman",
    "chairwoman",
    "chair",
    "executive",
    "founder",
    "co-founder",
    "cofounder",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "president",
    "vice-president",
    "director",
    "analyst",
    "officer",
    "minister",
    "governor",
    "head",
    "secretary",
    "manager",
    "engineer",
    "professor",
    "economist",
    "researcher",
    "boss",
];

/// Words right before a name that make it a person's name, besides [`JOB_TITLES`].
const PERSON_BEFORE_ONLY: &[&str] = &[
    "co-founders",
    "founders",
    "cofounders",
    "named",
    "appointed",
    "hired",
    "promoted",
    "succeeded",
    "succeeding",
    "replaced",
    "replacing",
    "mr",
    "mrs",
    "ms",
    "dr",
    "chancellor",
    "partner",
    "chief",
];

/// Title words that, after a name and a comma, make the name a person ("X, Acme's chief
/// executive"), besides [`JOB_TITLES`].
const TITLE_WORDS_ONLY: &[&str] = &["treasurer", "mayor", "senator", "commissioner", "premier"];

/// Forms of address and honorifics that open a person's name in the text but are not part of it
/// ("Senator Jane Roe", "Justice John Doe", "Hon Jane Roe"), compared without a full stop. Titles
/// the corpus keeps in a name ("Sheikh", "King") are not listed.
pub(crate) const HONORIFICS_BEFORE: &[&str] = &[
    "sir",
    "dame",
    "lord",
    "lady",
    "baroness",
    "baron",
    "dr",
    "justice",
    "judge",
    "general",
    "gen",
    "senator",
    "sen",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "hon",
    "honourable",
    "honorable",
    "mr",
    "mrs",
    "ms",
    "prof",
    "professor",
    "president",
    "governor",
    "mayor",
    "chancellor",
    "admiral",
    "colonel",
    "captain",
    "rev",
    "reverend",
    "commissioner",
    "secretary",
];

/// Forms of address that may stand between a title and the name of its holder ("Acme Chairman, Mr
/// Jane Roe", "its chief executive, Dr Jane Roe", "Secretary of State, Rt Hon Jane Roe"), compared
/// without a full stop (roles rule `roles-address-forms`).
pub(crate) const ADDRESS_FORMS: &[&str] =
    &["mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "rt", "hon", "honourable", "honorable"];

/// Words that join a capitalised office to its portfolio ("Minister for Energy", "Secretary of
/// Energy", "Ambassador to Ruritania") (roles rule `roles-portfolio-titles`; the portfolio's own
/// words may be joined by the grammar's `AND_WORDS`: "for Health and Social Services").
pub(crate) const PORTFOLIO_PREPOSITIONS: &[&str] = &["for", "of", "to"];

/// Titles of a peer that, before the surname alone or a territorial name ("Lord Tarnby",
/// "Baroness Velmore of Ashcombe"), are the peer's name rather than a form of address: the
/// corpus, like British usage, names a peer so (`recognise` rule `recognise-person-honorifics`).
pub(crate) const PEERAGE_TITLES: &[&str] =
    &["lord", "lady", "baroness", "baron", "viscount", "viscountess", "earl", "countess", "marquess"];

/// A full stop the tokenizer may leave after an abbreviated form of address ("Sen", ".", "Roe").
pub(crate) const ABBREVIATION_STOP: &str = ".";

/// Offices and forms of address a parliament or a government writes alone with a capital ("the
/// Speaker", "the Taoiseach", "My Lords"), besides [`JOB_TITLES`], [`TITLE_WORDS_ONLY`] and
/// [`HONORIFICS_BEFORE`].
const ADDRESS_ONLY: &[&str] = &["speaker", "taoiseach", "tánaiste", "tanaiste", "comptroller", "deputy"];

/// Possessives that open a form of address ("My Lords").
pub(crate) const ADDRESS_LEADS: &[&str] = &["my"];

/// Whether a word (any case, a full stop or a plural "s" left on) is an office or a form of
/// address alone ("Speaker", "Senators", "Rep.", "Baroness", "Lords"): a name made only of such
/// words names no one (`recognise` rule `recognise-titles-alone`).
pub(crate) fn is_address_word(lower: &str) -> bool {
    let bare = lower.trim_end_matches('.');
    let one = |w: &str| is_title_word(w) || HONORIFICS_BEFORE.contains(&w) || ADDRESS_ONLY.contains(&w);
    one(bare) || bare.strip_suffix('s').is_some_and(|w| w.len() > 2 && one(w))
}

/// Post-nominal letters that close a person's name in the text but are not part of it ("Jane
/// Roe MP", "John Doe QC").
pub(crate) const HONORIFICS_AFTER: &[&str] = &["mp", "mep", "msp", "qc", "kc", "mla", "td"];

/// Words between a job title or a person's name and the body they work for ("Partner, X", "head of
/// research at X", "Ms Roe from X").
pub(crate) const EMPLOYER_BEFORE: &[&str] = &[",", "at", "from", "of", "with"];

/// Pronouns that refer back to a person.
pub(crate) const PERSONAL_PRONOUNS: &[&str] = &["he", "she", "his", "her", "him", "himself", "herself"];

/// Pronouns that refer back to a thing or a body, never to a person.
pub(crate) const NEUTER_PRONOUNS: &[&str] = &["its", "itself"];

/// The words of [`EMPLOYER_BEFORE`] that may follow a person's name ("Ms Roe from X"; a comma there
/// starts a list of people).
pub(crate) const EMPLOYER_AFTER_PERSON: &[&str] = &["at", "from", "of", "with"];

/// Whether a word right before a name makes it a person's name ("named X", "analyst X").
pub(crate) fn is_person_before(lower: &str) -> bool {
    JOB_TITLES.contains(&lower) || PERSON_BEFORE_ONLY.contains(&lower)
}

/// Whether a word is a title word that, after a name and a comma, makes the name a person.
pub(crate) fn is_title_word(lower: &str) -> bool {
    JOB_TITLES.contains(&lower) || TITLE_WORDS_ONLY.contains(&lower)
}

/// The adverb that pairs a list of names with a list of titles in order (rule `roles-respectively`).
pub(crate) const RESPECTIVELY: &str = "respectively";

/// Words that open a title phrase ("Prime Minister", "Deputy Governor"): before a title word they are
/// part of the title, never a name of their own.
pub(crate) const TITLE_OPENERS: &[&str] = &["prime", "deputy"];

/// Title nouns whose "of X" names a person, not the organisation of a post ("successor of X").
const PERSON_OF_TITLES: &[&str] = &["successor", "predecessor"];

/// Whether "<word> of X" names the organisation (or place) of a post, never a person ("chief
/// executive of X", "chairman at X").
pub(crate) fn is_post_of_word(lower: &str) -> bool {
    is_title_word(lower) && !PERSON_OF_TITLES.contains(&lower)
}

/// Title phrases (lower-cased token sequences) and their roles, longest first within a start word.
pub(crate) const TITLES: &[(&[&str], Role)] = &[
    (&["finance", "director"], Role::Cfo),
    // a chief of staff serves the head of a body; a coordinator runs one task of it: neither
    // leads it ("the chief of staff of the army", "the relief coordinator for the agency")
    (&["chief", "of", "staff"], Role::OtherRole),
    (&["coordinator"], Role::OtherRole),
    (&["co-ordinator"], Role::OtherRole),
    (&["chief", "executive", "officer"], Role::Ceo),
    (&["chief", "executive"], Role::Ceo),
    (&["co-chief", "executive", "officer"], Role::Ceo),
    (&["co-chief", "executive"], Role::Ceo),
    (&["ceo"], Role::Ceo),
    (&["chief", "financial", "officer"], Role::Cfo),
    (&["chief", "finance", "officer"], Role::Cfo),
    (&["finance", "chief"], Role::Cfo),
    (&["cfo"], Role::Cfo),
    (&["chief", "technology", "officer"], Role::Cto),
    (&["chief", "technical", "officer"], Role::Cto),
    (&["technology", "chief"], Role::Cto),
    (&["cto"], Role::Cto),
    (&["chief", "operating", "officer"], Role::Coo),
    (&["chief", "operations", "officer"], Role::Coo),
    (&["coo"], Role::Coo),
    (&["executive", "chairman"], Role::Chairman),
    (&["executive", "chairwoman"], Role::Chairman),
    (&["executive", "vice-president"], Role::VicePresident),
    (&["executive", "vice", "president"], Role::VicePresident),
    (&["executive", "leadership", "team"], Role::Executive),
    (&["executive", "team"], Role::Executive),
    (&["executive", "director"], Role::Director),
    (&["executive"], Role::Executive),
    (&["chairman"], Role::Chairman),
    (&["chairwoman"], Role::Chairman),
    (&["chairperson"], Role::Chairman),
    (&["chair"], Role::Chairman),
    (&["senior", "vice-president"], Role::VicePresident),
    (&["senior", "vice", "president"], Role::VicePresident),
    (&["vice-president"], Role::VicePresident),
    (&["vice", "president"], Role::VicePresident),
    // vice chairmen, general managers and general counsel are senior executives, not chairmen
    (&["vice-chairman"], Role::Executive),
    (&["vice", "chairman"], Role::Executive),
    (&["general", "manager"], Role::Executive),
    (&["manager"], Role::Executive),
    (&["svp"], Role::VicePresident),
    (&["evp"], Role::VicePresident),
    (&["president"], Role::President),
    // a shared post is the post ("Co-President Jane Roe")
    (&["co-president"], Role::President),
    (&["co-chairman"], Role::Chairman),
    (&["co-chair"], Role::Chairman),
    (&["co-founder"], Role::Cofounder),
    (&["cofounder"], Role::Cofounder),
    (&["co-founders"], Role::Cofounder),
    (&["founding", "team"], Role::Cofounder),
    (&["founding", "member"], Role::Cofounder),
    (&["founder"], Role::Founder),
    (&["managing", "director"], Role::Director),
    (&["board", "member"], Role::Director),
    (&["member", "of", "the", "board"], Role::Director),
    // a director general heads the body, written as two words too ("Jane Roe, director general")
    (&["director", "general"], Role::Head),
    (&["director"], Role::Director),
    (&["leadership", "team"], Role::Executive),
    (&["head"], Role::Head),
    (&["analyst"], Role::Analyst),
    (&["spokesperson"], Role::Spokesperson),
    (&["spokesman"], Role::Spokesperson),
    (&["spokeswoman"], Role::Spokesperson),
    (&["minister"], Role::Minister),
    (&["governor"], Role::Governor),
    (&["general", "counsel"], Role::Executive),
    (&["chief", "scientist"], Role::OtherRole),
    // economists and strategists quoted on markets are analysts
    (&["chief", "economist"], Role::Analyst),
    (&["economist"], Role::Analyst),
    (&["strategist"], Role::Analyst),
    // heads of government and secretaries of state hold ministers' offices
    (&["secretary", "of", "state"], Role::Minister),
    (&["chancellor"], Role::Minister),
    (&["premier"], Role::Minister),
    (&["general", "secretary"], Role::Head),
    // a permanent secretary is the civil servant at the head of a government or department
    (&["permanent", "secretary"], Role::Head),
    (&["director-general"], Role::Head),
    (&["press", "secretary"], Role::Spokesperson),
    // a secretary or administrator named with an agency leads it ("Secretary of the Navy")
    (&["secretary"], Role::Head),
    (&["administrator"], Role::Head),
    (&["commissioner"], Role::OtherRole),
    // a body's staff lawyers named on a matter hold no senior post ("the staff attorneys on this
    // matter are ..."); "attorney general" is not one of them
    (&["staff", "attorneys"], Role::OtherRole),
    (&["staff", "attorney"], Role::OtherRole),
    (&["attorneys"], Role::OtherRole),
];

/// The title of a US Justice Department division's head, read only with rule
/// `roles-assistant-attorney-general` (the guidelines: the head of the division named with it; its
/// deputy's post, after an [`UNDER_TITLE`] word, is `other`).
pub(crate) const DIVISION_HEAD_TITLES: &[(&[&str], Role)] = &[(&["assistant", "attorney", "general"], Role::Head)];

/// Title phrases the list above lacks, read only with rule `roles-variant-titles`: a vice chair of any
/// form is a senior executive, as a vice chairman is (the guidelines), and a co-CEO a chief executive,
/// as a co-chief executive is.
pub(crate) const VARIANT_TITLES: &[(&[&str], Role)] = &[
    (&["vice", "chairwoman"], Role::Executive),
    (&["vice", "chairperson"], Role::Executive),
    (&["vice", "chair"], Role::Executive),
    (&["vice-chairwoman"], Role::Executive),
    (&["vice-chairperson"], Role::Executive),
    (&["vice-chair"], Role::Executive),
    (&["co-ceo"], Role::Ceo),
];

/// "board of directors": the word after "board of" that makes the board's full name a title.
pub(crate) const DIRECTORS: &str = "directors";

/// The plural of "founder", a title of its own (rule `roles-plural-founders`): each holder named
/// with it is a founder, as with the singular ("co-founders" stays in the main list).
pub(crate) const FOUNDERS: &str = "founders";

/// [`FOUNDERS`] as a title phrase, read before the main list when the rule is on.
pub(crate) const PLURAL_FOUNDER_TITLES: &[(&[&str], Role)] = &[(&[FOUNDERS], Role::Founder)];

/// Verbs of holding a seat on a board ("sits on the board of Acme"), read as linking a subject to
/// the directorship only right before "on the board" (rule `roles-board-seats`).
pub(crate) const SEAT_VERBS: &[&str] = &["sits", "sit", "sat", "sitting"];

/// The plural of the board noun ("serves on the boards of Acme and Zeta").
pub(crate) const BOARDS: &str = "boards";

/// Words that end the lower-case descriptor between a title's "of" / "at" and its organisation
/// ("head of sales before moving to Acme", "president of operations in Europe for Acme"): a
/// preposition, a subordinator or an auxiliary opens another phrase, so the organisation after it
/// is not the post's (rule `roles-descriptor-clause-stop`).
pub(crate) const DESCRIPTOR_STOP: &[&str] = &[
    "before", "after", "to", "in", "on", "when", "while", "since", "until", "from", "with", "for", "by", "as", "into",
    "than", "who", "which", "that", "where", "is", "was", "were", "are", "has", "had", "have", "will", "would", "said",
    "says", "during", "between", "under", "over", "against", "within", "then", "but", "or",
];

/// Words of the time phrase after a listed post ("chief executive of Acme from 2001 to 2009 and
/// chairman of Zeta"; rule `roles-listed-posts-dated`): it must open with one of the prepositions.
pub(crate) const TIME_LINKS: &[&str] =
    &["from", "in", "since", "until", "till", "between", "to", "through", "(", ")", "-", "–"];

/// Verbs of serving on a board ("served on the boards of Acme and Zeta").
pub(crate) const SERVE_VERBS: &[&str] = &["serve", "serves", "served", "serving"];

/// What may follow the last organisation of a listed post's organisations ("director of Acme and
/// Zeta since 2019"): the list is closed there, not the subject of a clause ("... and Zeta agreed").
pub(crate) const ORG_LIST_AFTER: &[&str] = &[
    ",", ".", ";", ":", ")", "(", "since", "from", "until", "till", "in", "between", "for", "and", "during", "before",
    "after", "as", "where",
];

/// Words that may sit between the parts of a title chain or before a title without breaking it.
pub(crate) const TITLE_MODIFIERS: &[&str] = &[
    "former", "then", "interim", "acting", "senior", "new", "group", "joint", "global", "deputy", "ex", "outgoing",
    "incoming", "co", "current",
];

/// Capitalised or not, words that qualify a post and may stand between its holder's apposition and
/// the title (rule `roles-post-qualifiers`: "Jane Roe, Regional Director of ...", "Jane Roe, Associate
/// Director in ...", "Jane Roe, Co-Acting Regional Director of ...").
pub(crate) const POST_QUALIFIERS: &[&str] = &["regional", "associate", "assistant", "principal", "co-acting"];

/// The qualifier of a post held under the title at a non-business body, never one of its executives
/// (rule `roles-post-qualifiers`: "Associate Director of the Commission's Division of Enforcement").
pub(crate) const ASSOCIATE: &str = "associate";

/// The prefix of a shared post ("co-director", "co-chair"): the post itself (rule `roles-post-qualifiers`).
pub(crate) const CO_PREFIX: &str = "co-";

/// Words that end a qualifier between an owner's possessive and a title ("Acme's plan to
/// appoint a chairman" is no post of Acme's "plan"): function words and verbs.
pub(crate) const TITLE_FUNCTION_STOP: &[&str] = &[
    "to", "as", "and", "or", "of", "the", "a", "an", "for", "by", "with", "at", "in", "on", "from", "is", "was", "are",
    "were", "has", "had", "have", "will", "would", "say", "said", "says", "told", "believe", "its", "their", "his",
    "her", "who", "which", "that",
];

/// The end of an age adjective ("Acme's 52-year-old chief executive").
pub(crate) const AGE_SUFFIX: &str = "-year-old";

/// Participles of "X ... will be replaced / succeeded by Y": Y takes X's post.
pub(crate) const SUCCESSOR_PARTICIPLES: &[&str] = &["replaced", "succeeded"];

/// The auxiliaries before those participles ("will be replaced", "has been succeeded").
pub(crate) const SUCCESSOR_AUX: &[&str] = &["be", "been", "is", "was"];

/// Words shortly before a title that make it a post still to be taken ("would become chairman",
/// "will return as chairman"), not one held.
pub(crate) const NEXT_POST_VERBS: &[&str] = &["become", "becomes", "becoming", "return", "returns", "returning"];

/// Words right before a title that make the post one under it ("deputy director", "assistant
/// secretary"): the corpus records such posts as "other".
pub(crate) const UNDER_TITLE: &[&str] = &["deputy", "assistant", "associate"];

/// Words that mark a position as no longer held when they come right before the title.
pub(crate) const NOT_CURRENT: &[&str] =
    &["former", "then", "ex", "ex-", "previous", "outgoing", "erstwhile", "formerly", "once", "late"];

/// Verbs that link a subject to a title ("became CEO", "took over as chairman").
pub(crate) const LINK_VERBS: &[&str] = &[
    "role",
    "title",
    "as",
    "become",
    "becomes",
    "became",
    "becoming",
    "named",
    "appointed",
    "is",
    "was",
    "were",
    "remain",
    "remains",
    "remained",
    "be",
    "been",
    "joins",
    "joined",
    "join",
    "promoted",
    "elected",
    "serve",
    "serves",
    "served",
    "serving",
    "chairs",
    "chaired",
];

/// Appointment verbs whose object, right after them, holds the title that follows ("Acme named
/// Jane Roe its chief executive").
pub(crate) const APPOINT_VERBS: &[&str] =
    &["named", "appointed", "elected", "promoted", "names", "appoints", "appoint", "hired", "hires"];

/// Verbs after which the next person is the predecessor in "X succeeded Y as T".
pub(crate) const SUCCEED_VERBS: &[&str] =
    &["succeeded", "succeeding", "succeeds", "replaced", "replacing", "replaces", "succeed", "replace"];

/// Words that end the clause after a person's name.
pub(crate) const PERSON_CLAUSE_END: &[&str] = &[",", ".", ";", "said", "says", "is", "was", "and"];

/// Verbs right after a name that say a person left a post ("X stepped down").
pub(crate) const LEFT_POST_VERBS: &[&str] = &["stepped", "resigned", "retired"];

/// Words after a name that lead to the post a person took ("X became chief executive").
pub(crate) const TOOK_POST_VERBS: &[&str] = &["as", "became", "becomes", "named", "appointed"];

/// Words that start a multi-word title ("chief", "vice president", "senior").
pub(crate) const TITLE_LEADS: &[&str] = &["chief", "vice", "senior"];

/// Words before a title that say the person left the post.
pub(crate) const LEFT_VERBS: &[&str] = &["down", "resigned", "quit", "left", "retired", "ousted", "removed", "fired"];

/// Words before a leaving verb that make the departure a plan, not done ("plans to step down",
/// "is set to retire", "to stand down"): the post is still held.
pub(crate) const LEAVE_PLANS: &[&str] = &["to", "plans", "plan", "set", "expected", "intends"];

/// Verbs that take over a post ("took the helm").
pub(crate) const TAKE_VERBS: &[&str] = &["took", "take", "taking", "takes", "assumed", "assume", "given"];

/// Verbs of leading an organisation ("led by X").
pub(crate) const LED_VERBS: &[&str] = &["led", "run", "headed", "managed", "chaired"];

/// Words before "the" that join a person to a board or company ("joined the board").
pub(crate) const JOIN_WORDS: &[&str] = &["joined", "joins", "join", "on", "to", "rejoined"];

/// Prepositions that attach an organisation after a title chain ("CEO of / at / for / with").
pub(crate) const ROLE_ORG_PREPOSITIONS: &[&str] = &["of", "at", "for", "with"];

/// Title words whose organisation may follow "to" ("Permanent Secretary to the Welsh Government").
pub(crate) const TO_ORG_TITLES: &[&str] = &["secretary"];

/// The preposition those titles take.
pub(crate) const TO: &str = "to";

/// Determiners between a title chain's preposition and its organisation.
pub(crate) const ROLE_ORG_DETERMINERS: &[&str] = &["the", "its", "his", "her", "their"];

/// Prepositions after a person's name that lead to their organisation ("Jane Roe of Acme").
pub(crate) const PERSON_OF_ORG: &[&str] = &["of", "at", "from"];

/// Words before a title that make the post a former one.
pub(crate) const FORMER_CUES: &[&str] = &["until", "till", "previously", "formerly"];

/// Function words allowed between a title and the organisation or person before it.
pub(crate) const TITLE_LEAD_WORDS: &[&str] = &["the", "a", "an", "its", "his", "her", "their", "and", "one", "of"];

/// What may stand between a name and its apposition title (rule `roles-apposition-extras`): the
/// age word ("Jane Roe, age 57, the chief executive"), the prepositions of a residence ("Jane Roe,
/// of Leeds, England, Acme's controller") and the quotes of a short alias in parentheses
/// ("Jane Roe (\"Roe\"), the former CFO").
pub(crate) const AGE_WORD: &str = "age";
pub(crate) const RESIDENCE_PREPOSITIONS: &[&str] = &["of", "from"];
/// The plural ending of a title before its holders' names ("Commissioners Hyde and Lee"; rule
/// `roles-plural-titles`).
pub(crate) const PLURAL_TITLE_SUFFIX: &str = "s";
pub(crate) const ALIAS_QUOTES: &[&str] = &["\"", "\u{201c}", "\u{201d}", "'", "\u{2018}", "\u{2019}"];

/// Lower-case words that cannot lead into a title.
pub(crate) const NOT_TITLE_LEAD: &[&str] = &["said", "says", "who", "which", "that", "told"];

/// Words that stop the walk back from a title.
pub(crate) const TITLE_LEAD_STOP: &[&str] = &[",", ";", "said", "says"];

/// Words before "ran" / "running" that make it a past post.
pub(crate) const PAST_RUN_CUES: &[&str] = &["years", "decade", "spent", "after", "previously", "formerly"];

/// Function words allowed inside the noun phrase after "ran".
pub(crate) const RAN_NP_INNER: &[&str] = &["and", "of", "for", "to"];

/// Founding verbs ("co-founded").
pub(crate) const FOUNDED_VERBS: &[&str] = &["founded", "co-founded", "cofounded", "started"];

/// The founding verbs that make a sole founder, not a co-founder.
pub(crate) const FOUNDED_ALONE: &[&str] = &["founded", "started"];

/// More verbs of founding, read only with a named organisation: its subject and a person after
/// "by" ("Acme was established in 2001 by Jane Roe", "Acme, created in 1993 by Jane Roe"), or
/// right after the verb ("Jane Roe and John Doe established Acme"): each a founder (rule
/// `roles-founding-verbs`).
pub(crate) const FOUNDING_VERBS_NAMED: &[&str] = &["established", "created", "formed"];

/// How many words after a passive founding verb its "by" may come, past adverbials of time,
/// place and description ("founded in 1986 in the UK by", "formed on July 1, 2013, by"; rule
/// `roles-founded-reach`).
pub(crate) const FOUNDED_BY_REACH: usize = 12;

/// Words that end the reach from a founding verb to its "by": a new clause or another verb
/// ("founded in 1998 and bought by", "founded in 1998, which was sold by").
pub(crate) const FOUNDED_BY_STOP: &[&str] = &[
    "and", "but", "which", "who", "whose", "that", "when", "where", "while", "after", "before", "until", "since",
    "was", "were", "is", "are", "has", "had", "have", ";", ":", "(", ")", "\"",
];

/// The suffix of another participle that ends that reach ("founded in 1998, acquired by").
pub(crate) const PARTICIPLE_ED: &str = "ed";

/// The suffix of an adverb that may stand between a passive auxiliary and a founding verb ("was
/// originally founded", "was jointly established"; rule `roles-founded-reach`).
pub(crate) const ADVERB_LY: &str = "ly";

/// The colon that closes a description of the founders before their names ("by five
/// entrepreneurs: Jane Roe, John Doe and ..."; rule `roles-founded-reach`).
pub(crate) const COLON: &str = ":";

/// Nouns of a post taken over ("took over the leadership of ORG", "took charge of ORG").
pub(crate) const POST_NOUNS: &[&str] = &["leadership", "control", "charge", "helm"];

/// Verbs of leading an organisation said of a person right before them ("Jane Roe, who heads
/// Acme", "Jane Roe leads Acme"), and the past forms among them.
pub(crate) const HEADS_VERBS: &[&str] = &["heads", "headed", "leads"];
pub(crate) const HEADS_PAST: &[&str] = &["headed"];

/// Verbs of holding a post over a stated time said of a person ("Jane Roe, who has led Acme since
/// 2019", "Roe ran Acme from 2009 to 2018"): a company's chief executive, another body's head; the
/// chairing verbs among them make a chairman, the past forms among them a former post.
pub(crate) const TENURE_VERBS: &[&str] = &["led", "run", "ran", "chaired"];
pub(crate) const TENURE_CHAIR_VERBS: &[&str] = &["chaired"];
pub(crate) const TENURE_PAST: &[&str] = &["ran", "had"];

/// Words opening the time a post was held for after "led ORG" ("since 2019", "from 2009 to
/// 2018", "for a decade", "between 2001 and 2005").
pub(crate) const TENURE_CUES: &[&str] = &["since", "from", "for", "between"];

/// The particle of "heads up".
pub(crate) const UP: &str = "up";

/// Forms of "run" that make a past head of an organisation ("ran ORG", "after years running ORG").
pub(crate) const RUN_FORMS: &[&str] = &["running", "ran"];

// Single words the stages test one at a time (`p.is(j, WORD)`, `w == WORD`, `w.ends_with(SUFFIX)`).

/// "board" of "the board" in role phrases.
pub(crate) const BOARD: &str = "board";

/// Titles of public bodies' officers: with no organisation named, their body is a government
/// organisation, never a company guessed from the sentence.
pub(crate) const PUBLIC_BODY_TITLES: &[&str] = &["governor", "commissioner", "secretary", "administrator"];

/// Words that are a chief executive's title only between an organisation and a person ("Acme
/// chief Jane Roe", "Acme boss Jane Roe").
pub(crate) const BARE_CHIEF: &[&str] = &["chief", "boss"];

/// Nouns of a body's leadership that are a title only next to the organisation they lead (rule
/// `roles-leader`): "Zeta Party leader Jane Roe", "leader of the Zeta Union", "chief of Acme Air".
/// The holder heads the body; "chief" needs the "of" after it (before an organisation it is the
/// chief executive, [`BARE_CHIEF`]).
pub(crate) const LEADER_TITLES: &[&str] = &["leader"];

/// "chief" of a chief officer title ("chief executive officer").
pub(crate) const CHIEF: &str = "chief";

/// "officer" ending a chief officer title.
pub(crate) const OFFICER: &str = "officer";

/// "ran" of "ran X", a former role.
pub(crate) const RAN: &str = "ran";

/// Words between "the" and an anaphor noun ("the new company", "the merged group").
pub(crate) const ANAPHOR_ADJECTIVES: &[&str] = &["new", "combined", "merged", "same", "parent", "british", "american"];

/// A body's staff named on a matter hold no senior post (rule `roles-staff-lists`): "CFTC staff
/// members responsible for this case are Jane Roe and John Doe", "staff member Jane Roe".
pub(crate) const STAFF_TITLES: &[(&[&str], Role)] =
    &[(&["staff", "members"], Role::OtherRole), (&["staff", "member"], Role::OtherRole)];
/// The collective noun of a body's staff: a title only before a short clause, a list verb and
/// names ("the Division of Enforcement staff responsible for this matter are Jane Roe and ...").
pub(crate) const STAFF: &str = "staff";
/// First words of a title that make a president a company's post, never a state's
/// ("Senior Vice President Jane Roe"), and a shared presidency ("Co-President Jane Roe").
pub(crate) const CORPORATE_LEADS: &[&str] = &["senior", "executive", "co-president"];

/// Verbs between a plural title and the list of its holders ("the staff attorneys on this matter
/// are Jane Roe and John Doe").
/// Copulas between a definite title and its holder ("the chairwoman was Jane Roe").
pub(crate) const HOLDER_COPULAS: &[&str] = &["is", "was"];
pub(crate) const LIST_VERBS: &[&str] = &["are", "were", "was", "is", "have", "has", "include", "included", "includes"];

/// "current" before a title ("founded by current Acme CEO Jane Roe").
pub(crate) const CURRENT: &str = "current";

/// Prefixes joined to a title by a hyphen that make the post a past one ("then-CEO",
/// "ex-chairman", "former-president").
pub(crate) const PAST_PREFIXES: &[&str] = &["then", "ex", "former"];

/// "over" of "took over from Y" (Y held the title before).
pub(crate) const OVER: &str = "over";

/// Titles alone but adjectives before a noun ("executive functions", "the country's premier
/// retailer").
pub(crate) const ADJECTIVE_TITLES: &[&str] = &["executive", "premier"];

/// "presidential" before a title ("the presidential spokesperson"): an office of the state.
pub(crate) const PRESIDENTIAL: &str = "presidential";

/// "been" of "have been" before a list of names.
pub(crate) const BEEN: &str = "been";

/// Ending of a birthplace adjective between a title and its holder ("the chief executive,
/// Swedish-born Jane Roe").
pub(crate) const BORN_SUFFIX: &str = "-born";

/// The ending of a participle after a title ("an Acme executive overseeing sales").
pub(crate) const PARTICIPLE_SUFFIX: &str = "ing";

/// "on behalf of ORG" closing a list of introduced people (with "of" / "from"): the words before
/// "of".
pub(crate) const ON_BEHALF: &[&str] = &["on", "behalf"];

/// "She is accompanied by X, director of strategy": a person introduced beside the one the
/// previous sentence introduced, for the same organisation.
pub(crate) const ACCOMPANY_WORDS: &[&str] = &["accompanied", "joined"];

/// Punctuation that closes a list of introduced people.
pub(crate) const LIST_CLOSERS: &[&str] = &[".", ";", "!", "?"];

/// Punctuation after which a witness-list item opens ("I: Jane Roe, ...", "; John Doe, ...", a
/// dash or bullet opening a line).
pub(crate) const ITEM_OPENERS: &[&str] = &[";", ":", "-", "\u{2013}", "\u{2022}"];

/// The first-person pronoun of a speaker's own words ("I am the chairman of Acme"), lower-cased.
pub(crate) const FIRST_PERSON: &str = "i";

/// Words that link the first-person pronoun right before them to a title it holds or held ("I am
/// chief executive", "I'm the chair", "I was its president"; "I served as chairman" is "as").
pub(crate) const FIRST_PERSON_LINKS: &[&str] = &["am", "'m", "’m", "was"];

/// The pronoun and its copula written as one word ("I'm").
pub(crate) const FIRST_PERSON_CONTRACTED: &[&str] = &["i'm", "i’m"];

/// Words that may stand between a first-person link and the title ("I am one of the interim
/// co-chief executives", "I am also the chair", "I am currently a director").
pub(crate) const FIRST_PERSON_FILLERS: &[&str] =
    &["the", "a", "an", "one", "of", "also", "currently", "now", "still", "its", "their", "our"];

/// Words right after a title that name a post about to be taken up and are part of the title
/// ("chairperson designate of Acme", "president elect"; also joined: "chairman-designate").
pub(crate) const TITLE_DESIGNATE: &[&str] = &["designate", "elect"];

/// Lower-case words that may stand inside one witness-list item between its title and its own
/// organisation ("Director of Policy and Research, Acme"; "Vice President, Public Affairs at
/// Acme"; "chairman, from Acme").
pub(crate) const ITEM_WORDS: &[&str] = &["of", "and", "for", "the", "&", "at", "from", "on", "behalf", "in"];

/// The initials of US parties in a member's party-and-state tag ("(D-Mass.)", "(R-Texas)", "(I-Vt.)").
pub(crate) const PARTY_INITIALS: &[char] = &['D', 'R', 'I'];

/// Last words of a committee's name (rule `roles-legislative-committee`).
pub(crate) const COMMITTEE_HEADS: &[&str] = &["committee", "subcommittee", "sub-committee"];

/// Words in a committee's name that make it a legislature's ("Zeta Select Committee", "Joint
/// Committee", "House Committee on Energy", "Senate Banking Committee", "Trade Subcommittee"; rule
/// `roles-legislative-committee`). "committee on" is read apart.
pub(crate) const LEGISLATIVE_COMMITTEE_MARKERS: &[&str] = &[
    "select",
    "joint",
    "house",
    "senate",
    "commons",
    "lords",
    "subcommittee",
    "sub-committee",
    "parliamentary",
    "congressional",
];

/// Common English given names, compared in lower case: a holder named by one of them and a
/// surname ("Jane Roe") is a person whatever its type (relations rule `relations-part-of-person`).
pub(crate) const GIVEN_NAMES: &[&str] = &[
    "aaron",
    "adam",
    "adrian",
    "alan",
    "albert",
    "alex",
    "alexander",
    "alice",
    "alison",
    "amanda",
    "amy",
    "andrew",
    "angela",
    "ann",
    "anna",
    "anne",
    "anthony",
    "barbara",
    "ben",
    "benjamin",
    "bill",
    "bob",
    "brian",
    "bruce",
    "carl",
    "carol",
    "caroline",
    "catherine",
    "charles",
    "charlotte",
    "chris",
    "christine",
    "christopher",
    "claire",
    "colin",
    "craig",
    "dan",
    "daniel",
    "david",
    "deborah",
    "dennis",
    "diane",
    "donald",
    "doug",
    "douglas",
    "ed",
    "edward",
    "elizabeth",
    "emily",
    "emma",
    "eric",
    "frank",
    "fred",
    "gary",
    "george",
    "graham",
    "greg",
    "gregory",
    "harry",
    "helen",
    "henry",
    "ian",
    "jack",
    "james",
    "jane",
    "janet",
    "jason",
    "jeff",
    "jeffrey",
    "jennifer",
    "jeremy",
    "jessica",
    "jim",
    "joe",
    "john",
    "jonathan",
    "joseph",
    "julia",
    "julie",
    "karen",
    "kate",
    "katherine",
    "keith",
    "ken",
    "kenneth",
    "kevin",
    "larry",
    "laura",
    "linda",
    "lisa",
    "margaret",
    "maria",
    "mark",
    "martin",
    "mary",
    "matt",
    "matthew",
    "michael",
    "michelle",
    "mike",
    "nancy",
    "nat",
    "nathan",
    "nathaniel",
    "neil",
    "nick",
    "nicholas",
    "patricia",
    "patrick",
    "paul",
    "peter",
    "philip",
    "rachel",
    "raymond",
    "rebecca",
    "richard",
    "robert",
    "roger",
    "ruth",
    "ryan",
    "sam",
    "samuel",
    "sandra",
    "sarah",
    "scott",
    "sean",
    "simon",
    "stephen",
    "steve",
    "steven",
    "stuart",
    "susan",
    "thomas",
    "tim",
    "timothy",
    "tom",
    "tony",
    "victoria",
    "walter",
    "william",
];
