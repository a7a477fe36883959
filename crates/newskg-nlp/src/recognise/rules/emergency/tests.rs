//! Emergency call numbers as services, and no relation naming one (invented sentences).

use crate::testkit::{entity, rules_doc};
use newskg_doc::{EntityKind, RelationKind};

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
