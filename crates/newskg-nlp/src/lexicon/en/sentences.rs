//! Sentence boundaries: abbreviations whose full stop does not end a sentence.

/// Abbreviations after which a full stop does not end a sentence, for the segmenter and the time
/// tokeniser alike (titles, legal forms, months, "etc").
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "corp", "co", "no", "vs", "etc", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "approx", "est",
    "dept",
];

/// Abbreviations only the segmenter knows: dotted ones ("e.g", "u.s") and a few more.
pub(crate) const SENTENCE_ABBREVIATIONS: &[&str] = &["plc", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "mt"];

/// Whether a lower-cased word before a full stop is an abbreviation to the segmenter.
pub(crate) fn is_sentence_abbreviation(lower: &str) -> bool {
    ABBREVIATIONS.contains(&lower) || SENTENCE_ABBREVIATIONS.contains(&lower)
}
