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

/// Legal forms written with a full stop that may also end a sentence ("... bought Acme plc. The
/// deal ..."; rule `segment-legal-form-end`).
pub(crate) const LEGAL_FORM_STOPS: &[&str] = &["plc", "inc", "ltd", "corp", "co"];

/// Words that open a sentence after a legal form's full stop (pronouns, determiners, sentence
/// adverbs and a few prepositions that start a fronted phrase): "Acme Inc. The company ...",
/// "Acme plc. In 2001, ...". No word that title-case headlines capitalise mid-title ("For",
/// "With", "To").
pub(crate) const SENTENCE_OPENERS_AFTER_FORM: &[&str] = &[
    "the",
    "it",
    "its",
    "this",
    "these",
    "those",
    "he",
    "she",
    "they",
    "we",
    "their",
    "his",
    "her",
    "there",
    "in",
    "on",
    "when",
    "while",
    "after",
    "prior",
    "since",
    "as",
    "because",
    "however",
    "meanwhile",
    "neither",
    "both",
    "today",
    "yesterday",
    "during",
    "following",
    "although",
];
