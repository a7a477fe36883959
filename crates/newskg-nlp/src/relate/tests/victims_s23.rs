//! Session 23: a service an outage hit is not the failing company's on that ground alone
//! (`relations::victim_providers`), and a name people turned to during the outage is not hit
//! (`outages::affected`). Invented sentences (none from the evaluation articles), with the
//! recogniser's mentions given by hand.

use super::{fact_lines, run_with};
use crate::relate::relations::relations;
use crate::relate::relations::victims::victim_providers;
use crate::relate::{Ctx, relation_context};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{Company, Service};
use newskg_doc::{Document, Evidence, Relation, RelationKind, Span};

/// The relations after the filter, given `S provider O` for each pair as the scorer might give it.
fn filtered(d: &Document, pairs: &[(&str, &str)], rules: RuleSet) -> Vec<(String, String)> {
    let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
    let idx = |n: &str| names.iter().position(|&e| e == n).unwrap_or_else(|| panic!("{n} not in {names:?}"));
    let evidence = Evidence { span: Span::new(0, 1).expect("span"), confidence: 0.5 };
    let mut rels: Vec<Relation> = pairs
        .iter()
        .map(|&(s, o)| Relation { subject: idx(s), kind: RelationKind::Provider, object: idx(o), evidence })
        .collect();
    let ctx = Ctx::with_rules(d, rules);
    let found = relations(&relation_context(&ctx));
    victim_providers(&ctx, &found, &d.facts.outages, &mut rels);
    rels.iter().map(|r| (d.entities[r.subject].name.clone(), d.entities[r.object].name.clone())).collect()
}

#[test]
fn a_service_hit_by_a_cloud_failure_is_not_the_clouds_and_the_rule_can_be_switched_off() {
    let d = run_with(
        "Thousands of people were unable to use Pemblo and the game Quarry Knights on Tuesday after a failure at \
         Orvane Hosting, the cloud arm of Selwick Group.",
        "2025-04-02",
        None,
        &[("Pemblo", Service), ("Quarry Knights", Service), ("Orvane Hosting", Company), ("Selwick Group", Company)],
    );
    assert!(d.facts.outages.iter().any(|o| o.affected.len() >= 2), "{:#?}", fact_lines(&d));
    let pairs = [("Pemblo", "Orvane Hosting"), ("Quarry Knights", "Selwick Group")];
    assert!(filtered(&d, &pairs, RuleSet::ALL).is_empty());
    assert_eq!(filtered(&d, &pairs, RuleSet::ALL.without(Rule::VictimProvider)).len(), 2);
}

#[test]
fn a_hit_service_the_text_makes_the_companys_keeps_its_provider() {
    // a possessive, a shared stem, an aside naming the maker
    let d = run_with(
        "Users of Tellwyn's Docklet and of Tellwyn Notes could not sign in on Monday after a failure at Tellwyn. \
         Players of Brimfall, the online game from the studio Tellwyn, were also locked out.",
        "2025-04-02",
        None,
        &[("Docklet", Service), ("Tellwyn Notes", Service), ("Brimfall", Service), ("Tellwyn", Company)],
    );
    let pairs = [("Docklet", "Tellwyn"), ("Tellwyn Notes", "Tellwyn"), ("Brimfall", "Tellwyn")];
    let kept = filtered(&d, &pairs, RuleSet::ALL);
    assert_eq!(kept.len(), 3, "{kept:?} {:#?}", fact_lines(&d));
}

#[test]
fn a_name_people_switched_to_is_not_hit() {
    let d = run_with(
        "Shoppers could not pay with Farrowpay on Friday evening after a failure at Kestrel Cloud. Queues formed \
         at Dunmore Stores as customers switched to cash or Corra cards.",
        "2025-04-02",
        None,
        &[("Farrowpay", Service), ("Corra", Service), ("Kestrel Cloud", Company), ("Dunmore Stores", Company)],
    );
    let hit: Vec<&str> =
        d.facts.outages.iter().flat_map(|o| o.affected.iter().map(|&e| d.entities[e].name.as_str())).collect();
    assert!(hit.contains(&"Farrowpay"), "{:#?}", fact_lines(&d));
    assert!(!hit.contains(&"Corra"), "{:#?}", fact_lines(&d));
}

#[test]
fn a_failed_switch_before_the_names_it_hit_does_not_make_them_substitutes() {
    let d = run_with(
        "A switch failure hit Farrowpay and Lindo Mail on Friday, Kestrel Cloud said.",
        "2025-04-02",
        None,
        &[("Farrowpay", Service), ("Lindo Mail", Service), ("Kestrel Cloud", Company)],
    );
    let hit: Vec<&str> =
        d.facts.outages.iter().flat_map(|o| o.affected.iter().map(|&e| d.entities[e].name.as_str())).collect();
    assert!(hit.contains(&"Farrowpay") && hit.contains(&"Lindo Mail"), "{:#?}", fact_lines(&d));
}
