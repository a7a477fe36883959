//! Function words several stages share: determiners, pronouns, auxiliaries, conjunctions and
//! prepositions, in the small sets the extractors match against; last, the single function words
//! and endings stages test on their own ([`THE`], [`OF`], [`ED_SUFFIX`], ...).

/// A possessive ending the segmenter leaves as a word of its own after a place's name ("France" "'s",
/// "Ruritania" "'"; rule `roles-state-country`).
pub(crate) const POSSESSIVE_ENDINGS: &[&str] = &["'s", "'"];

/// Possessives that point back to an organisation named earlier ("its data centre").
pub(crate) const OWNER_PRONOUNS: &[&str] = &["its", "their"];

/// A possessive written as a word of its own after a name ("Acme 's"), in either apostrophe.
pub(crate) const POSSESSIVE_WORDS: &[&str] = &["'s", "’s"];

/// Relative pronouns that open a clause about a thing ("X, which ...").
pub(crate) const RELATIVE_THAT: &[&str] = &["which", "that"];

/// Relative pronouns that open a clause about a named subject ("X, who ...").
pub(crate) const RELATIVE_WHO: &[&str] = &["which", "who"];

/// Relative pronouns after a name's comma that show the name was introduced ("X, whose ...").
pub(crate) const RELATIVE_WHO_WHOSE: &[&str] = &["which", "who", "whose"];

/// Forms of "to be" that link a subject to its predicate ("Acme is a bank ...").
pub(crate) const COPULAS: &[&str] = &["is", "was", "are", "were"];

/// The relative pronoun of possession ("Ruritania, whose president").
pub(crate) const WHOSE: &str = "whose";

/// Relative pronouns whose antecedent is the subject before them.
pub(crate) const RELATIVE_THAT_WHO: &[&str] = &["which", "that", "who"];

/// Pronouns that refer back to a person.
pub(crate) const PERSON_PRONOUNS: &[&str] = &["he", "she"];

/// The articles.
pub(crate) const ARTICLES: &[&str] = &["the", "a", "an"];

/// The comma as a word: it opens and closes an apposition ("X, the department store group,").
pub(crate) const COMMA: &str = ",";

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

/// Quotation marks as the segmenter leaves them, straight, doubled or curly: the marks around an
/// alias in brackets ("Acme Corp. (“Acme”)", "(``Acme'')"; rule `relations-alias-brackets`).
pub(crate) const QUOTE_MARKS: &[&str] = &["\"", "'", "``", "''", "\u{201c}", "\u{201d}", "\u{2018}", "\u{2019}"];

// Single words the stages test one at a time (`p.is(j, WORD)`, `w == WORD`, `w.ends_with(SUFFIX)`).

/// The indefinite article "a" on its own ("a quarter of an hour", "a couple of").
pub(crate) const ARTICLE_A: &str = "a";

/// The word "after", tested on its own in `relate` and `time`.
pub(crate) const AFTER: &str = "after";

/// The word "among", tested on its own in `relate`.
pub(crate) const AMONG: &str = "among";

/// The conjunction "and" (ranges, lists, "an hour and a half").
pub(crate) const AND: &str = "and";

/// The word "as", tested on its own in `relate`, `recognise` and `time`.
pub(crate) const AS: &str = "as";

/// The word "at", tested on its own in `relate`.
pub(crate) const AT: &str = "at";

/// The word "before", tested on its own in `time`.
pub(crate) const BEFORE: &str = "before";

/// "behind" of "the company behind X", an ownership cue.
pub(crate) const BEHIND: &str = "behind";

/// "between" of a range "between X and Y".
pub(crate) const BETWEEN: &str = "between";

/// The word "by", tested on its own in `relate`.
pub(crate) const BY: &str = "by";

/// The past-tense and participle ending "-ed".
pub(crate) const ED_SUFFIX: &str = "ed";

/// The ending of a present participle ("operating", "backing"), tested on its own in `settle`.
pub(crate) const ING_SUFFIX: &str = "ing";

/// The word "except", tested on its own in `relate`.
pub(crate) const EXCEPT: &str = "except";

/// The word "for", tested on its own in `relate`.
pub(crate) const FOR: &str = "for";

/// "be" of "agreed to be acquired by".
pub(crate) const BE: &str = "be";

/// The word "from", tested on its own in `relate`.
pub(crate) const FROM: &str = "from";

/// The word "has", tested on its own in `relate`.
pub(crate) const HAS: &str = "has";

/// The word "in", tested on its own in `relate` and `time`.
pub(crate) const IN: &str = "in";

/// The word "it", tested on its own in `relate`.
pub(crate) const IT: &str = "it";

/// The word "its", tested on its own in `relate`.
pub(crate) const ITS: &str = "its";

/// The preposition "of" ("the end of the year", "part of", "chief executive of").
pub(crate) const OF: &str = "of";

/// The comparative "than" ("three days later than planned": a delay, not a date).
pub(crate) const THAN: &str = "than";

/// The word "on", tested on its own in `relate`.
pub(crate) const ON: &str = "on";

/// The word "one", tested on its own in `recognise`.
pub(crate) const ONE: &str = "one";

/// "or" of "an hour or so", a hedge on a duration.
pub(crate) const OR: &str = "or";

/// The "s" of a possessive "'s" after an apostrophe token.
pub(crate) const POSSESSIVE_S: &str = "s";

/// The ending "-ss" of words whose final "s" is no plural ("business", "access").
pub(crate) const SS_SUFFIX: &str = "ss";

/// The word "such", tested on its own in `relate`.
pub(crate) const SUCH: &str = "such";

/// The definite article "the".
pub(crate) const THE: &str = "the";

/// The word "them", tested on its own in `relate`.
pub(crate) const THEM: &str = "them";

/// "this" of "this year", "this past Monday", "this morning".
pub(crate) const THIS: &str = "this";

/// The preposition and infinitive marker "to".
pub(crate) const TO: &str = "to";

/// The word "when", tested on its own in `relate`.
pub(crate) const WHEN: &str = "when";

/// The word "which", tested on its own in `recognise`.
pub(crate) const WHICH: &str = "which";

/// The word "who", tested on its own in `relate` and `recognise`.
pub(crate) const WHO: &str = "who";

/// The word "with", tested on its own in `relate`.
pub(crate) const WITH: &str = "with";

/// The start of a "within ..." phrase, a deadline rather than a duration.
pub(crate) const WITHIN_PREFIX: &str = "within";

/// "now" ("which now owns").
pub(crate) const NOW: &str = "now";

/// The word "their", tested on its own in `relate`.
pub(crate) const THEIR: &str = "their";

/// "is" ("the bank's chairman is Jane Roe").
pub(crate) const IS: &str = "is";

/// Forms of "be" before "to" + verb that state an arrangement, so a future: an agreed deal ("X is
/// to acquire Y"), a date still ahead ("Jane Roe is to replace him in September").
pub(crate) const IS_TO_LEADS: &[&str] = &["is", "are"];

/// The word that opens a list of examples ("executives of Acme, including its chief executive").
pub(crate) const INCLUDING: &str = "including";
