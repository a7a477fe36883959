//! Sentence boundaries: abbreviations whose full stop does not end a sentence.

/// Words after which a full stop does not end a sentence.
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "corp", "co", "plc", "no", "vs", "etc", "e.g",
    "i.e", "a.m", "p.m", "u.s", "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "gen", "gov", "sen", "rep", "approx", "est", "dept", "mt",
];
