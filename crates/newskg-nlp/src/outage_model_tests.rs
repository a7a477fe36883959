//! Tests of the learned outage provider (`outage_model.rs`), on invented articles.

use super::*;

#[test]
fn decision_rule() {
    // the model's best beats the rules' provider by the margin: it wins
    assert_eq!(decide(&[0.2, 0.9, 0.1], Some(0), 0.2, 0.0), Some((1, 0.9)));
    // not by the margin: the rules' provider stays
    assert_eq!(decide(&[0.8, 0.9, 0.1], Some(0), 0.2, 0.0), Some((0, 0.8)));
    // no rules' provider: the best
    assert_eq!(decide(&[0.3, 0.1], None, 0.2, 0.0), Some((0, 0.3)));
    // nothing probable enough: no provider
    assert_eq!(decide(&[0.1, 0.05], None, 0.2, 0.5), None);
    assert_eq!(decide(&[], None, 0.2, 0.0), None);
}

use crate::testkit::{entity, models, ort_lib, rules_doc};

fn doc(text: &str, published: &str) -> Document {
    rules_doc(text, Some(published))
}

fn model() -> OutageModel {
    OutageModel::load(models(), ort_lib()).unwrap_or_else(|e| panic!("{e} (scripts/setup.sh fetches the runtime)"))
}

/// The provider the model gives the document's one outage, with its confidence.
fn provider_of(text: &str, published: &str) -> (Option<String>, f32, Document) {
    let mut d = doc(text, published);
    assert_eq!(d.facts.outages.len(), 1, "the rules find one outage: {:?}", d.facts.outages);
    model().assign(&mut d).unwrap();
    let o = &d.facts.outages[0];
    (o.provider.map(|p| d.entities[p].name.clone()), o.evidence.confidence, d)
}

#[test]
fn features_mark_regulators_directives_and_the_rules_choice() {
    let d = doc(
        "The Harbour Telecoms Authority fined Pellucid Networks $2 million on Friday over an outage on \
         March 3 that cut mobile service for six hours. Pellucid Networks blamed a faulty router update.",
        "2025-03-28",
    );
    assert_eq!(d.facts.outages.len(), 1, "{:?}", d.facts.outages);
    let regulator = entity(&d, "Harbour Telecoms Authority");
    let carrier = entity(&d, "Pellucid Networks");
    let f = features(&d, 0, &[regulator, carrier]);
    assert_eq!(f[0].len(), FEATURES);
    assert!(f[0][13] > 0.0, "the regulator is the agent of \"fined\"");
    assert!(f[1][14] > 0.0, "the carrier is its target");
    assert_eq!(f[0][20], 1.0, "an organisation word in the regulator's name");
    let rules = d.facts.outages[0].provider;
    assert_eq!(f[0][4] + f[1][4], f32::from(rules == Some(regulator) || rules == Some(carrier)));
    // the hashed context: four neighbours per mention and a bag, all in range
    let context: f32 = f[1][DENSE_FEATURES..].iter().sum();
    assert!(context > 0.0, "{context}");
    let d = doc(
        "The Westmoor Fire Agency ordered power lines switched off on Monday, and the outage left \
         20,000 customers of Dalby Power without electricity.",
        "2024-08-14",
    );
    let agency = entity(&d, "Westmoor Fire Agency");
    assert!(features(&d, 0, &[agency])[0][24] > 0.0, "the agency is the agent of \"ordered\"");
}

#[test]
fn the_company_a_regulator_fines_is_the_provider() {
    let (p, conf, _) = provider_of(
        "The Harbour Telecoms Authority fined Pellucid Networks $2 million on Friday over an outage on \
         March 3 that cut mobile service for six hours. The authority said Pellucid Networks failed to \
         warn its customers.",
        "2025-03-28",
    );
    assert_eq!(p.as_deref(), Some("Pellucid Networks"));
    assert!((0.0..=1.0).contains(&conf) && conf > 0.5, "the model's probability is the confidence: {conf}");
}

#[test]
fn the_body_that_orders_a_shutoff_is_not_the_provider() {
    let (p, _, _) = provider_of(
        "The Westmoor Fire Agency ordered power lines switched off on Monday, and the outage left \
         20,000 customers of Dalby Power without electricity. Dalby Power said power returned on Tuesday.",
        "2024-08-14",
    );
    assert_eq!(p.as_deref(), Some("Dalby Power"));
}

#[test]
fn customers_named_first_are_not_the_provider() {
    let (p, _, d) = provider_of(
        "Grocers Hallam Foods and Tessaly Markets said card payments failed on Saturday because of an \
         outage at payment processor Quantrix. Quantrix said a database fault caused the outage.",
        "2023-05-22",
    );
    assert_eq!(p.as_deref(), Some("Quantrix"));
    let o = &d.facts.outages[0];
    assert!(o.provider.is_none_or(|q| !o.affected.contains(&q)), "the provider is not affected: {o:?}");
}

#[test]
fn features_mark_attackers_targets_and_service_owners() {
    let d = doc(
        "Customers of Brisket Energy could not pay bills online on Monday after a ransomware attack on \
         Brisket Energy took its billing systems offline. The Cinder Hollow ransomware group claimed \
         responsibility.",
        "2025-02-12",
    );
    assert_eq!(d.facts.outages.len(), 1, "{:?}", d.facts.outages);
    let utility = entity(&d, "Brisket Energy");
    let f = features(&d, 0, &[utility]);
    assert!(f[0][26] > 0.0, "the utility is the target of \"an attack on\"");
    assert_eq!(f[0][25], 0.0, "no attacker word next to the utility");
    let d = doc(
        "Halvering's chat app Murmel stopped working for millions of users on Tuesday. Halvering said \
         a faulty update caused the outage.",
        "2025-04-16",
    );
    assert_eq!(d.facts.outages.len(), 1, "{:?}", d.facts.outages);
    let (owner, app) = (entity(&d, "Halvering"), entity(&d, "Murmel"));
    assert!(
        d.facts.relations.iter().any(|r| r.kind == RelationKind::Provider && r.subject == app && r.object == owner),
        "the app's owner: {:?}",
        d.facts.relations
    );
    let f = features(&d, 0, &[owner, app]);
    assert_eq!((f[0][27], f[1][28]), (1.0, 1.0), "the owner of a service the outage names; a service with an owner");
}

#[test]
fn the_attacker_is_not_the_provider() {
    let (p, _, _) = provider_of(
        "The Nightowl hacking group said it had attacked Varnhold Freight on Thursday, and the parcel \
         company's tracking systems were offline until Saturday. Varnhold Freight said deliveries were delayed.",
        "2025-06-09",
    );
    assert_eq!(p.as_deref(), Some("Varnhold Freight"));
}

#[test]
fn the_rules_provider_named_with_the_new_one_stays_affected() {
    let mut d = doc(
        "Customers of Dunmere Bank, Halvey Bank and Ostry Bank were unable to use their mobile apps on \
         Friday.",
        "2025-02-03",
    );
    assert_eq!(d.facts.outages.len(), 1, "{:?}", d.facts.outages);
    let o = &d.facts.outages[0];
    let (before, hit) = (o.provider, o.affected.clone());
    model().assign(&mut d).unwrap();
    let o = &d.facts.outages[0];
    let named = |e: Option<usize>| e.map(|e| d.entities[e].name.clone());
    if let Some(b) = before.filter(|_| o.provider != before && o.provider.is_some_and(|p| hit.contains(&p))) {
        assert!(o.affected.contains(&b), "{:?} left the affected: {o:?}", named(before));
    }
    // whoever the provider is, the three banks are the provider and the affected
    let mut all: Vec<_> = o.affected.iter().map(|&a| named(Some(a))).chain([named(o.provider)]).collect();
    all.sort();
    let want = ["Dunmere Bank", "Halvey Bank", "Ostry Bank"].map(|n| Some(n.to_string()));
    assert_eq!(all, want, "{o:?}");
}

/// `train/outages_train.py` wrote these feature vectors (as the Rust side computed them for the
/// corpus dev outages) with the probabilities onnxruntime gave in Python: the shipped model must
/// give the same here.
#[test]
fn matches_the_training_side() {
    let model = model();
    let (rows, wanted) = crate::testkit::model_cases_file("outages_cases.json", FEATURES);
    assert!(rows.len() >= 10);
    let got = model.probabilities(&rows).unwrap();
    for (p, want) in got.iter().zip(&wanted) {
        assert!((f64::from(*p) - want).abs() < 1e-4, "{p} vs {want}");
    }
}

#[test]
fn the_owner_a_failure_is_at_keeps_the_provider_unless_the_model_is_very_sure() {
    let mut d = doc(
        "Hundreds of Corvane Rail trains were held across the north on Thursday after a failure at Meltrix \
         Systems, the firm that runs the operator's signalling software. The disruption began at 7.40am and \
         lasted three hours, Corvane Rail said.",
        "2025-06-12",
    );
    assert_eq!(d.facts.outages.len(), 1, "{:?}", d.facts.outages);
    let owner = entity(&d, "Meltrix Systems");
    let brand = entity(&d, "Corvane Rail");
    assert!(named_failing(&d, 0, owner));
    assert!(!named_failing(&d, 0, brand));
    d.facts.outages[0].provider = Some(owner);
    model().assign(&mut d).unwrap();
    assert_eq!(d.facts.outages[0].provider, Some(owner));
}

#[test]
fn the_subject_that_suffered_an_outage_is_named_as_failing_but_not_its_customers() {
    let d = doc("Rival lender Quorra Bank also suffered a payments outage on Tuesday.", "2025-06-12");
    assert_eq!(d.facts.outages.len(), 1, "{:?}", d.facts.outages);
    assert!(named_failing(&d, 0, entity(&d, "Quorra Bank")));
    let d = doc("Customers of Quorra Bank suffered a payments outage on Tuesday.", "2025-06-12");
    assert_eq!(d.facts.outages.len(), 1, "{:?}", d.facts.outages);
    assert!(!named_failing(&d, 0, entity(&d, "Quorra Bank")));
}

/// The entity whose name holds `part`.
fn entity_with(d: &Document, part: &str) -> newskg_doc::EntityIdx {
    d.entities.iter().position(|e| e.name.contains(part)).unwrap_or_else(|| panic!("no {part}: {:?}", d.entities))
}

#[test]
fn the_target_of_an_attack_is_named_as_failing() {
    let d = doc(
        "A cyber-attack in July on the freight forwarder Brenholm Logistics Ltd took its customs systems offline for a week.",
        "2025-11-12",
    );
    assert!(!d.facts.outages.is_empty(), "{:?}", d.facts.outages);
    assert!(named_failing(&d, 0, entity_with(&d, "Brenholm")));
    // named before the attack, not as its target
    let d = doc(
        "Brenholm Logistics Ltd said a cyber-attack in July took the customs systems of its clients offline for a week.",
        "2025-11-12",
    );
    assert!(!d.facts.outages.is_empty(), "{:?}", d.facts.outages);
    assert!(!named_failing(&d, 0, entity_with(&d, "Brenholm")));
}

#[test]
fn a_bare_number_is_never_a_candidate() {
    // the recogniser took "260" of "72 of the 260 flights" for a service
    let mut d = doc("Harlow Airport cancelled 72 of the 260 flights on Tuesday after a power failure.", "2025-06-12");
    let n = d.entities.len();
    d.entities.push(newskg_doc::Entity {
        kind: EntityKind::Service,
        name: "260".to_string(),
        key: "260".to_string(),
        aliases: Vec::new(),
        mentions: Vec::new(),
        confidence: 0.9,
    });
    assert!(!candidates(&d).contains(&n), "{:?}", candidates(&d));
}
