//! The lexicon: every word list and cue the stages match text against, written once, below all
//! stages. Consumes nothing; produces lower-case word lists and small predicates over single
//! words.
//!
//! **The language seam.** Stages import vocabulary only from `crate::lexicon::<topic>`, never from
//! a language's files. English (`en/`) is the only language today and is re-exported here; a
//! second language adds a folder with the same topics and the choice is made here, without
//! touching a stage. Topics: `organisations`, `services`, `places`, `people`, `founding` (the words
//! around a founding verb), `names` (name boundaries), `facts` (relation and outage cues), `deals`
//! (more relation cues: deal leads, product lists), `reference` (what refers back to an organisation: "the company", "it"), `time`, `sentences`, `grammar` (function words
//! several stages share: articles, pronouns, auxiliaries) and `words` (helpers and token shapes
//! such as region codes and web domains).
//!
//! Stages hold no inline word lists either: a `matches!` on words, an inline `&["a", "b"]` or a
//! chain of `==` on words is a named list here (`is_in(LIST, w)`), and a `match` from words to
//! values is a `(word, value)` table here (`time::value_of(TABLE, w)`, e.g.
//! [`time::DURATION_UNITS`] for minutes per unit); only punctuation and symbols may be matched
//! inline, since they are syntax rather than vocabulary. A single word a stage tests on its own
//! is a named constant of its topic too (`p.is(j, time::QUARTER)`, `w == grammar::THIS`,
//! `w.ends_with(grammar::ED_SUFFIX)`), so stage code names no English word at all.
//!
//! Rules for lists: general business-news vocabulary, never names taken from an evaluation
//! article; each list says why it exists; matching is on lower-cased whole tokens; no word list is
//! written twice (a list that extends another is the other plus its own words, see
//! [`names::is_break_word`] and [`people::is_person_before`]).

mod en;

pub(crate) use en::*;
