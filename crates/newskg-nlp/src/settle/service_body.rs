//! Rule `typing-service-body`: consumes the services of a typed [`Document`] and its words,
//! produces those that are a public service's body: a name of two words or more closing with
//! "Service" (`BODY_SERVICE_HEAD`), with no legal form, one mention of which acts, as the subject
//! of a finite verb right after it ("the Passport Service increased", "the Prison Service has")
//! or as the agent after "by" ("led by the X Fire and Rescue Service"). A service proper is what a
//! body provides, runs or is used ("to provide the Public Emergency Call Service"): it is an object,
//! and its mentions do not act; one mention after "a" or "an" ("offers an X Service") keeps it a service.

use crate::lexicon::grammar::{BY, HAVE_FORMS, INDEFINITE_ARTICLES, MODALS, PASSIVE_AUX, SAID, THE};
use crate::lexicon::organisations::{BODY_SERVICE_HEAD, FINITE_VERB_ENDINGS, LEGAL_SUFFIXES, NOT_VERB_ENDINGS};
use crate::lexicon::services::AUDIENCE_NOUNS;
use crate::lexicon::words::is_in;
use crate::words::Words;
use newskg_doc::{Document, EntityIdx, EntityKind};

/// The services named "... Service" that a mention makes act as a body.
pub(super) fn service_bodies(doc: &Document, words: &Words<'_>) -> Vec<EntityIdx> {
    let mut out = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        let names = super::name_words(&ent.name);
        let shaped = names.len() >= 2 && names.last().is_some_and(|w| w == BODY_SERVICE_HEAD);
        if ent.kind != EntityKind::Service || !shaped || names.iter().any(|w| is_in(LEGAL_SUFFIXES, w)) {
            continue;
        }
        let ranges: Vec<(usize, usize)> =
            words.mention_ranges(doc, ent).into_iter().map(|(first, last, _)| (first, last)).collect();
        // a body's name takes no indefinite article: "offers an X Service" is a thing offered
        let offered = ranges
            .iter()
            .any(|&(first, _)| first.checked_sub(1).is_some_and(|j| is_in(INDEFINITE_ARTICLES, words.lower(j))));
        if !offered && ranges.iter().any(|&(first, last)| acting(words, first, last)) {
            out.push(e);
        }
    }
    out
}

/// Whether the mention of words `[first, last)` is a clause's subject (a finite verb right after
/// it) or an agent ("by [the] X").
fn acting(words: &Words<'_>, first: usize, last: usize) -> bool {
    let Some(sent) = words.get(first).map(|w| w.sent) else { return false };
    let in_sent = |j: usize| words.get(j).is_some_and(|w| w.sent == sent);
    let next = if in_sent(last) && words.is_lower_word(last) { words.lower(last) } else { "" };
    let ends = |list: &[&str]| list.iter().any(|end| next.len() > end.len() + 1 && next.ends_with(end));
    let finite = [HAVE_FORMS, PASSIVE_AUX, MODALS, SAID].iter().any(|list| is_in(list, next))
        || (ends(FINITE_VERB_ENDINGS) && !ends(NOT_VERB_ENDINGS) && !is_in(AUDIENCE_NOUNS, next));
    let skip = usize::from(first.checked_sub(1).filter(|&j| in_sent(j)).map(|j| words.lower(j)) == Some(THE));
    let agent = first.checked_sub(1 + skip).filter(|&j| in_sent(j)).is_some_and(|j| words.lower(j) == BY);
    finite || agent
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::rules_doc;

    fn bodies(text: &str) -> Vec<String> {
        let mut doc = rules_doc(text, None);
        for e in 0..doc.entities.len() {
            super::super::set_kind(&mut doc, e, EntityKind::Service);
        }
        let words = Words::new(&doc);
        service_bodies(&doc, &words).into_iter().map(|e| doc.entities[e].name.clone()).collect()
    }

    #[test]
    fn a_service_that_acts_is_a_body() {
        let text = "Last week the Quillmoor Licence Service increased the number of appointments.";
        assert_eq!(bodies(text), ["Quillmoor Licence Service"]);
        let text = "The response was led by the Drammelton Ambulance Service on Friday.";
        assert_eq!(bodies(text), ["Drammelton Ambulance Service"]);
    }

    #[test]
    fn a_service_provided_or_used_stays() {
        let text = "Brisk Telecom agreed to provide the Varnholt Text Relay Service for deaf callers.";
        assert!(bodies(text).is_empty());
        let text = "Callers could not reach the Varnholt Text Relay Service users said.";
        assert!(bodies(text).iter().all(|n| !n.ends_with("Service")));
        let text = "Varnholt offers an Urgent Permit Service. The Urgent Permit Service ensures speed.";
        assert!(bodies(text).iter().all(|n| !n.ends_with("Service")));
    }
}
