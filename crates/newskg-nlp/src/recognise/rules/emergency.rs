//! Emergency call numbers as services: consumes the words of a segmented document, produces
//! service candidates for "911", "9-1-1", "999", "112" and the like where words about calls or
//! emergencies stand near ("a fault blocked 999 calls", "callers could not dial 911"), and for a
//! spelled-out number ("Triple Zero") wherever it stands. Regulators' and news reports of
//! network failures name the emergency service the failure hit; the recogniser, trained on
//! names, reads the number as a count or misses it. The candidates are strong: they win over an
//! overlapping model mention ("Triple Zero" read as a person).

use super::*;
use crate::lexicon::services::{
    AMOUNT_SIGNS, EMERGENCY_CUE_WINDOW, EMERGENCY_CUES, EMERGENCY_NAMES, EMERGENCY_NUMBERS,
};

/// The vote an emergency number's candidate gives the service kind: decides on its own.
const EMERGENCY_VOTE: f32 = 6.0;

/// The emergency numbers of the document as service candidates (see the module notes): every
/// stand-alone occurrence of a number that words about calls or emergencies cue at least once.
pub(super) fn emergency_cands(doc: &Document, words: &Words<'_>) -> Vec<Cand> {
    let mut out = Vec::new();
    let mut numbers: Vec<(usize, bool)> = Vec::new();
    let cand = |first: usize, last: usize| -> Option<Cand> {
        let span = words.get(first)?.span.cover(words.get(last - 1)?.span);
        let mut votes = [0.0; 5];
        votes[SERVICE] = EMERGENCY_VOTE;
        Some(Cand { span, first, last, votes, source: MentionSource::Rule, model_conf: None, strong: true })
    };
    for i in 0..words.len() {
        let Some(w) = words.get(i) else { continue };
        if let Some(next) = words.get(i + 1)
            && EMERGENCY_NAMES.iter().any(|&(a, b)| w.lower == a && next.lower == b)
            && words.adjacent(doc, i)
            && next.sent == w.sent
        {
            out.extend(cand(i, i + 2));
            continue;
        }
        if !is_in(EMERGENCY_NUMBERS, &w.lower) || !standalone(doc, words, i) {
            continue;
        }
        let lo = i.saturating_sub(EMERGENCY_CUE_WINDOW);
        let cued = (lo..=i + EMERGENCY_CUE_WINDOW)
            .filter(|&k| k != i)
            .any(|k| words.get(k).is_some_and(|x| x.sent == w.sent && is_in(EMERGENCY_CUES, &x.lower)));
        numbers.push((i, cued));
    }
    // a number cued once is the service wherever it stands on its own ("the Commission's 911
    // reliability rules" in a report on 911 calls)
    for &(i, _) in &numbers {
        let lower = words.lower(i);
        if numbers.iter().any(|&(k, cued)| cued && words.lower(k) == lower) {
            out.extend(cand(i, i + 1));
        }
    }
    out
}

/// Whether the number at word `i` stands on its own: no amount sign or digit group before it
/// ("$999", "10,000"), no digit group, per cent or amount word after it.
fn standalone(doc: &Document, words: &Words<'_>, i: usize) -> bool {
    let Some(w) = words.get(i) else { return false };
    let before = doc.text.get(..w.span.start()).unwrap_or("");
    let after = doc.text.get(w.span.end()..).unwrap_or("");
    let glued_before = before.ends_with(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
    let glued_after = after.starts_with(|c: char| c.is_ascii_digit() || c == '%')
        || (after.starts_with([',', '.']) && after[1..].starts_with(|c: char| c.is_ascii_digit()));
    let sign_before = i > 0 && is_in(AMOUNT_SIGNS, words.lower(i - 1)) && words.adjacent(doc, i - 1);
    !(glued_before || glued_after || sign_before || is_in(NOT_MODEL_AFTER, words.lower(i + 1)))
}

#[cfg(test)]
mod tests {
    use crate::testkit::rules_doc;
    use newskg_doc::EntityKind;

    fn services(text: &str) -> Vec<String> {
        let d = rules_doc(text, None);
        d.entities.iter().filter(|e| e.kind == EntityKind::Service).map(|e| e.name.clone()).collect()
    }

    #[test]
    fn emergency_numbers_near_call_words_are_services() {
        let s = services("A cable cut at Norvale Telecom stopped 999 calls for six hours in the valley.");
        assert!(s.contains(&"999".to_string()), "{s:?}");
        let s = services("Residents could not dial 9-1-1 after the storm, the regulator said.");
        assert!(s.contains(&"9-1-1".to_string()), "{s:?}");
        let s = services("Calls to Triple Zero failed for some customers of Brightline Mobile.");
        assert!(s.contains(&"Triple Zero".to_string()), "{s:?}");
    }

    #[test]
    fn counts_and_amounts_are_no_emergency_numbers() {
        // no call word near, an amount sign, a digit group, an amount word
        for text in [
            "Norvale Telecom will cut 999 jobs at its plant in the valley.",
            "The phone costs $999 and calls are free for a month.",
            "Norvale Telecom lost 10,000 customers after the outage.",
            "Norvale Telecom made 911 million in profit from its network last year.",
        ] {
            let s = services(text);
            assert!(!s.iter().any(|n| n.contains("999") || n.contains("911") || n.contains("000")), "{text}: {s:?}");
        }
    }

    #[test]
    fn a_number_cued_once_is_the_service_everywhere() {
        let d = rules_doc(
            "Callers could not dial 911 for two hours. The Agency's 911 reliability rules apply to Norvale Telecom.",
            None,
        );
        let e: Vec<_> = d.entities.iter().filter(|e| e.name == "911").collect();
        assert_eq!(e.len(), 1, "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
        assert_eq!(e[0].kind, EntityKind::Service);
        assert_eq!(e[0].mentions.len(), 2);
    }
}

#[cfg(test)]
mod provider_tests {
    use crate::testkit::{entity, rules_doc};
    use newskg_doc::{EntityKind, RelationKind};

    #[test]
    fn an_emergency_number_is_nobody_s_product() {
        let d = rules_doc(
            "The Federal Signals Authority's 911 reliability rules apply to every carrier. Callers could not \
             dial 911 for an hour. The Federal Signals Authority said its Zephyr Alerts app was not hit.",
            None,
        );
        let num = entity(&d, "911");
        assert_eq!(d.entities[num].kind, EntityKind::Service);
        assert!(!d.facts.relations.iter().any(|r| r.subject == num || r.object == num), "{:?}", d.facts.relations);
        // the body's own product keeps its provider
        let app = entity(&d, "Zephyr Alerts");
        assert!(
            d.facts.relations.iter().any(|r| r.kind == RelationKind::Provider && r.subject == app),
            "{:?}",
            d.facts.relations
        );
    }
}
