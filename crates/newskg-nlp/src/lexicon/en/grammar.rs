//! Function words several stages share: determiners, pronouns, auxiliaries, conjunctions and
//! prepositions, in the small sets the extractors match against.

/// Possessives that point back to an organisation named earlier ("its data centre").
pub(crate) const OWNER_PRONOUNS: &[&str] = &["its", "their"];

/// Relative pronouns that open a clause about a thing ("X, which ...").
pub(crate) const RELATIVE_THAT: &[&str] = &["which", "that"];

/// Relative pronouns that open a clause about a named subject ("X, who ...").
pub(crate) const RELATIVE_WHO: &[&str] = &["which", "who"];

/// Relative pronouns after a name's comma that show the name was introduced ("X, whose ...").
pub(crate) const RELATIVE_WHO_WHOSE: &[&str] = &["which", "who", "whose"];

/// Relative pronouns whose antecedent is the subject before them.
pub(crate) const RELATIVE_THAT_WHO: &[&str] = &["which", "that", "who"];

/// Pronouns that refer back to a person.
pub(crate) const PERSON_PRONOUNS: &[&str] = &["he", "she"];

/// The articles.
pub(crate) const ARTICLES: &[&str] = &["the", "a", "an"];

/// Conjunctions that join two names ("A and B", "A & B").
pub(crate) const AND_WORDS: &[&str] = &["and", "&"];

/// Conjunctions and the comma, the only words allowed between two joined names.
pub(crate) const AND_OR_COMMA: &[&str] = &["and", "&", ","];

/// Separators inside a list of people ("A, B and C").
pub(crate) const AND_COMMA: &[&str] = &["and", ","];

/// Forms of "have" used as an auxiliary.
pub(crate) const HAVE_FORMS: &[&str] = &["has", "had", "have"];

/// Past auxiliaries ("where she was / had been").
pub(crate) const WAS_FORMS: &[&str] = &["was", "had", "been"];

/// Auxiliaries that make the next participle passive ("was founded").
pub(crate) const PASSIVE_AUX: &[&str] = &["was", "were", "been", "is"];

/// Modal verbs that make what follows hypothetical.
pub(crate) const MODALS: &[&str] = &["could", "would", "might", "may", "will"];

/// The speech verb in the forms used in news.
pub(crate) const SAID: &[&str] = &["said", "says"];

/// Prepositions of place before a site ("in Frankfurt", "at FRA-3").
pub(crate) const AT_IN: &[&str] = &["in", "at"];

/// Prepositions that attach an organisation to a title ("chief executive of").
pub(crate) const OF_AT: &[&str] = &["of", "at"];

/// The indefinite articles.
pub(crate) const INDEFINITE_ARTICLES: &[&str] = &["a", "an"];
