//! Authority cues for outages: the words by which a regulator, ministry, court or agency acts on
//! the company whose service failed (fines it, investigates it, settles with it, orders or asks it
//! to do something), so that the authority is not taken for the provider.

/// Enforcement verbs whose object is the company whose service failed ("fined X over an outage").
pub(crate) const ENFORCEMENT_VERBS: &[&str] =
    &["fined", "fines", "fine", "penalised", "penalized", "sued", "investigating", "investigated", "censured"];

/// Verbs by which an authority directs a company ("the fire service ordered the shutoff", "the
/// agency requested the lines be switched off"): the agent is not whose systems failed.
pub(crate) const DIRECTIVE_VERBS: &[&str] =
    &["ordered", "requested", "asked", "directed", "instructed", "urged", "demanded", "summoned"];

/// Enforcement nouns followed by "with", "against" or "into" and the company whose service failed
/// ("a settlement with X", "action against X", "an investigation into whether X").
pub(crate) const ENFORCEMENT_NOUNS: &[&str] = &[
    "settlement",
    "settlements",
    "agreement",
    "decree",
    "action",
    "case",
    "complaint",
    "penalty",
    "fine",
    "investigation",
    "investigations",
    "inquiry",
    "probe",
];

/// Prepositions after an enforcement noun ("a settlement with X").
pub(crate) const ENFORCEMENT_PREPS: &[&str] = &["with", "against", "into"];

/// Words skipped between an enforcement preposition and the name ("into whether X").
pub(crate) const ENFORCEMENT_SKIP: &[&str] = &["whether", "how", "why"];

/// Head words of a name that make it a body that oversees, legislates, judges or reviews, never the
/// operator of a failed system ("the Federal Communications Commission", "the Treasury Committee",
/// "the House of Commons", "the High Court"): such a body is never an outage's provider.
pub(crate) const OVERSIGHT_HEADS: &[&str] = &[
    "commission",
    "committee",
    "parliament",
    "senate",
    "congress",
    "court",
    "tribunal",
    "ombudsman",
    "inspectorate",
    "regulator",
    "watchdog",
    "commons",
    "lords",
    "representatives",
    "legislature",
];

/// Head words of a name that make it an oversight body only with a regulated field before them
/// ("the Civil Aviation Authority", "the Financial Conduct Authority", "the Public Safety Bureau"), never
/// alone: "the Transit Authority" or "the Port Authority" runs trains or docks, a credit bureau keeps records.
pub(crate) const FIELD_OVERSIGHT_HEADS: &[&str] = &["authority", "bureau"];

/// Words of a name before a [`FIELD_OVERSIGHT_HEADS`] head that name the field it regulates.
pub(crate) const REGULATED_FIELDS: &[&str] = &[
    "aviation",
    "communications",
    "telecommunications",
    "media",
    "conduct",
    "regulation",
    "regulatory",
    "competition",
    "markets",
    "securities",
    "financial",
    "electricity",
    "energy",
    "safety",
    "protection",
    "standards",
    "enforcement",
];

/// Nouns that name the organisation beside them as a regulator ("the telecoms regulator X", "X,
/// the industry watchdog").
pub(crate) const REGULATOR_NOUNS: &[&str] = &["regulator", "regulators", "watchdog", "ombudsman"];

/// More verbs by which a body acts on another organisation as its overseer, beside the enforcement
/// and directive verbs above ("X charged Y").
pub(crate) const OVERSIGHT_MORE_VERBS: &[&str] = &["charged"];

/// Enforcement and directive verbs that do not make their subject an overseer: "sued" (a customer
/// sues its supplier), "urged" and "demanded" (anyone urges), "fine" (as a verb it is rare; as a word
/// it is mostly the noun or the adjective).
pub(crate) const NOT_OVERSIGHT_VERBS: &[&str] = &["fine", "sued", "urged", "demanded"];

/// Enforcement nouns that do not make the body before them an overseer: partners sign agreements,
/// and customers bring actions, cases and complaints ("X announced settlements with Y" does).
pub(crate) const NOT_OVERSIGHT_NOUNS: &[&str] = &["agreement", "action", "case", "complaint"];

/// At most this many words between an organisation and the verb or noun by which it acts on
/// another organisation ("X said on Friday it had asked Y").
pub(crate) const OVERSIGHT_REACH: usize = 6;

/// Head words of a name that make it a body or facility that runs systems, whatever kind the typing
/// gave it ("Gatwick Airport", "the Northfield Approach Control", "the Westshire Informatics Service",
/// "the Harbour Operations Centre", "Westshire Water"): when the text places such a name where the failure happened, it
/// is the outage's provider though it was typed a place or a service.
pub(crate) const OPERATOR_HEADS: &[&str] = &[
    "airport",
    "control",
    "centre",
    "center",
    "service",
    "services",
    "authority",
    "agency",
    "administration",
    "operator",
    "utility",
    "exchange",
    // the supply a utility's name ends in ("Westshire Water", "Northfield Power")
    "water",
    "power",
    "energy",
    "electricity",
    "gas",
    "networks",
];
