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
