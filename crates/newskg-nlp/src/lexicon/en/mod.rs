//! The English lexicon, one file per topic (see the parent module).

pub(crate) mod deals;
pub(crate) mod facts;
pub(crate) mod founding;
pub(crate) mod grammar;
pub(crate) mod names;
pub(crate) mod organisations;
pub(crate) mod people;
pub(crate) mod places;
pub(crate) mod reference;
pub(crate) mod sentences;
pub(crate) mod services;
pub(crate) mod time;
pub(crate) mod words;
