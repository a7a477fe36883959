//! State companies: the businesses a state owns and runs as businesses, and the year each that was a public body
//! became a company.

/// Companies owned by a state and run as businesses, which texts often present beside public
/// bodies: Ireland's commercial semi-state companies and the United Kingdom's public
/// corporations (general knowledge, lower case, with and without accents). The corpus binds them
/// to Company (GUIDELINES: state-owned broadcasters and businesses run as businesses are
/// companies); `settle` rule `typing-state-company`.
pub(crate) const STATE_COMPANIES: &[&str] = &[
    "esb",
    "esb networks",
    "electricity supply board",
    "eirgrid",
    "bord gáis",
    "bord gais",
    "bord gáis éireann",
    "bord gais eireann",
    "bord gáis energy",
    "bord gais energy",
    "gas networks ireland",
    "ervia",
    "bord na móna",
    "bord na mona",
    "coillte",
    "an post",
    "rté",
    "rte",
    "raidió teilifís éireann",
    "tg4",
    "córas iompair éireann",
    "coras iompair eireann",
    "cié",
    "iarnród éireann",
    "iarnrod eireann",
    "irish rail",
    "bus éireann",
    "bus eireann",
    "dublin bus",
    "daa",
    "dublin airport authority",
    "aer rianta",
    "shannon group",
    "irish water",
    "uisce éireann",
    "uisce eireann",
    "dublin port company",
    "port of cork company",
    "shannon foynes port company",
    "irish national stud",
    "telecom éireann",
    "telecom eireann",
    "royal mail",
    "post office",
    "network rail",
    "nats",
    "national air traffic services",
    "british rail",
    "london underground",
    "channel 4",
    "scottish water",
    "northern ireland water",
];

/// [`STATE_COMPANIES`] that were a government department or public body until made companies, with that year
/// (general knowledge): a text published before it presents the body (`settle` rule `typing-state-department`).
pub(crate) const STATE_DEPARTMENTS_UNTIL: &[(&str, i32)] = &[
    ("post office", 2001),
    ("royal mail", 2001),
    ("london underground", 1985),
    ("national air traffic services", 1996),
    ("nats", 1996),
];
