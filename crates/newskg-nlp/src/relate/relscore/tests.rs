//! Tests of the relation scorer on invented sentences.

use super::*;
use crate::testkit::{entity, models, ort_lib, rules_doc};

fn doc(text: &str) -> Document {
    rules_doc(text, None)
}

fn find(cands: &[Candidate], s: EntityIdx, k: RelationKind, o: EntityIdx) -> &Candidate {
    cands.iter().find(|c| (c.subject, c.kind, c.object) == (s, k, o)).unwrap_or_else(|| {
        panic!(
            "no candidate {s} {k:?} {o} in {:?}",
            cands.iter().map(|c| (c.subject, c.kind, c.object)).collect::<Vec<_>>()
        )
    })
}

#[test]
fn a_pattern_proposes_and_stays() {
    let d = doc("Brontec Corp acquired Quillbury Labs in March. Quillbury Labs makes sensors.");
    let (b, q) = (entity(&d, "Brontec Corp"), entity(&d, "Quillbury Labs"));
    let cands = candidates(&d, &RelationScores::new(), &RelationScores::new(), 0.75, &[], RuleSet::ALL);
    let c = find(&cands, b, RelationKind::Acquired, q);
    assert!(c.rule.is_some_and(|r| r > 0.0));
    assert_eq!(c.features.len(), FEATURES);
    assert_eq!(c.features[pred_slot(RelationKind::Acquired)], 1.0);
    assert_eq!(c.features[11], 1.0, "proposed by a pattern");
    assert_eq!(c.features[48], 1.0, "named together in a sentence");
    assert_eq!(c.sentence, 0);
    // a pattern's relation is kept whatever the model says, with the pattern's confidence
    let probs = vec![0.0; cands.len()];
    let kept = keep(&d, &cands, &probs, 0.9);
    assert!(kept.iter().any(|r| (r.subject, r.kind, r.object) == (b, RelationKind::Acquired, q)));
    assert!(kept.iter().all(|r| r.evidence.confidence == c.rule.unwrap() || r.subject != b));
}

#[test]
fn a_service_no_sentence_ties_is_proposed_to_the_companies_named_most() {
    let d = doc("Vantorra Inc. reported higher sales on Monday. Vantorra Inc. said demand grew. \
         Customers liked the Skylet app. Vantorra Inc. will hire staff. Pellam Corp. declined to comment.");
    let (v, p) = (entity(&d, "Vantorra Inc"), entity(&d, "Pellam Corp"));
    let Some(s) = d.entities.iter().position(|e| e.kind == EntityKind::Service) else {
        // the rules must read "the Skylet app" as a service for this test to say anything
        panic!("no service in {:?}", d.entities.iter().map(|e| (&e.name, e.kind)).collect::<Vec<_>>());
    };
    let cands = candidates(&d, &RelationScores::new(), &RelationScores::new(), 0.75, &[], RuleSet::ALL);
    let top = find(&cands, s, RelationKind::Provider, v);
    assert_eq!(top.features[20], 1.0, "one of the two companies named most");
    assert_eq!(top.features[52], 1.0, "the company named most");
    assert_eq!(top.features[48], 0.0, "never named in one sentence");
    assert!(top.rule.is_none());
    let second = find(&cands, s, RelationKind::Provider, p);
    assert_eq!(second.features[53], 1.0);
    assert!(top.features[27] < top.features[28], "the service is named less often than its company");
    // the model decides: below the threshold nothing, above it the fact with its probability
    let probs: Vec<f32> = cands.iter().map(|c| if c.object == v { 0.8 } else { 0.1 }).collect();
    let kept = keep(&d, &cands, &probs, 0.5);
    let r = kept.iter().find(|r| r.subject == s).expect("the provider is kept");
    assert_eq!((r.kind, r.object), (RelationKind::Provider, v));
    assert!((r.evidence.confidence - 0.8).abs() < 1e-6);
    assert!(!kept.iter().any(|r| r.object == p));
}

#[test]
fn the_pair_models_probabilities_become_features_and_one_direction_is_kept() {
    let d = doc("Orvane Ltd and Kessit Ltd signed a supply deal on Tuesday.");
    let (a, b) = (entity(&d, "Orvane Ltd"), entity(&d, "Kessit Ltd"));
    let mut scores = RelationScores::new();
    scores.insert((a, RelationKind::Partner, b), (0.6, 0));
    scores.insert((b, RelationKind::Partner, a), (0.4, 0));
    scores.insert((a, RelationKind::Acquired, b), (0.01, 0));
    let cands = candidates(&d, &scores, &RelationScores::new(), 0.75, &[], RuleSet::ALL);
    let ab = find(&cands, a, RelationKind::Partner, b);
    assert!((ab.features[14] - 0.6).abs() < 1e-6 && (ab.features[15] - 0.4).abs() < 1e-6);
    assert!((ab.features[40 + pred_slot(RelationKind::Partner)] - 0.6).abs() < 1e-6);
    assert_eq!(ab.features[49], 1.0, "the subject is named first");
    // below the floor the pair model proposes nothing
    assert!(!cands.iter().any(|c| (c.subject, c.kind, c.object) == (a, RelationKind::Acquired, b)));
    // the words between the two names are hashed with the predicate
    let hashed: f32 = ab.features[DENSE_FEATURES..].iter().sum();
    assert_eq!(hashed, 1.0, "one word between: 'and'");
    let probs: Vec<f32> = cands.iter().map(|c| if c.subject == a { 0.7 } else { 0.9 }).collect();
    let kept = keep(&d, &cands, &probs, 0.5);
    let partners: Vec<_> = kept.iter().filter(|r| r.kind == RelationKind::Partner).collect();
    assert_eq!(partners.len(), 1, "{partners:?}");
    assert_eq!((partners[0].subject, partners[0].object), (b, a), "the more probable direction");
}

/// `train/relations_train.py` wrote these feature vectors (as the Rust side computed them for
/// dev candidates) with the probabilities onnxruntime gave in Python: the shipped model must give
/// the same here.
#[test]
fn matches_the_training_side() {
    let model = RelationModel::load(models(), ort_lib())
        .unwrap_or_else(|e| panic!("{e} (scripts/setup.sh fetches the runtime)"));
    let text = std::fs::read_to_string(models().join("relations_cases.json")).unwrap();
    let cases: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    assert!(cases.len() >= 10);
    let (rows, wanted) = crate::testkit::model_cases(&cases, FEATURES);
    let got = model.probabilities(&rows).unwrap();
    for (p, want) in got.iter().zip(&wanted) {
        assert!((f64::from(*p) - want).abs() < 1e-5, "{p} vs {want}");
    }
    assert!(got.iter().any(|&p| p > 0.5) && got.iter().any(|&p| p < 0.5), "cases on both sides: {got:?}");
}

#[test]
fn a_model_file_for_other_features_is_refused() {
    let dir = std::env::temp_dir().join(format!("newskg-relscore-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(models().join("relations.onnx"), dir.join("relations.onnx")).unwrap();
    std::fs::write(dir.join("relations.json"), r#"{"version": "x", "features": 3, "threshold": 0.5}"#).unwrap();
    let err = RelationModel::load(&dir, ort_lib()).unwrap_err().to_string();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(err.contains("takes 3 features"), "{err}");
}

#[test]
fn a_possessive_owner_keeps_the_companies_named_most_off_its_services() {
    let d = doc("Kestrel Retail said sales rose. Kestrel Retail opened stores. Kestrel Retail hired staff. \
         Users of Orbix's Chatter and Orbix Drive could not sign in on Friday.");
    let k = entity(&d, "Kestrel Retail");
    let owners = possessors(&Ctx::new(&d));
    for name in ["Chatter", "Orbix Drive"] {
        let s = entity(&d, name);
        assert_eq!(owners.get(&s).map(Vec::len), Some(1), "{name} is Orbix's");
        let cands = candidates(&d, &RelationScores::new(), &RelationScores::new(), 0.75, &[], RuleSet::ALL);
        assert!(
            !cands.iter().any(|c| (c.subject, c.kind, c.object) == (s, RelationKind::Provider, k)),
            "neither the dominant company nor the company named most takes {name}"
        );
    }
}

#[test]
fn a_bought_company_is_no_partner() {
    let d = doc("Haldor Systems agreed to buy Fenwick Data for $300 million.");
    let (h, f) = (entity(&d, "Haldor Systems"), entity(&d, "Fenwick Data"));
    let cands = candidates(&d, &RelationScores::new(), &RelationScores::new(), 0.75, &[], RuleSet::ALL);
    find(&cands, h, RelationKind::Acquired, f);
    // even a model sure of the partnership loses it to the acquisition
    let probs: Vec<f32> = cands.iter().map(|c| if c.kind == RelationKind::Partner { 0.99 } else { 0.0 }).collect();
    let kept = keep(&d, &cands, &probs, 0.5);
    assert!(kept.iter().any(|r| (r.subject, r.kind, r.object) == (h, RelationKind::Acquired, f)));
    assert!(kept.iter().all(|r| r.kind != RelationKind::Partner), "{kept:?}");
}

#[test]
fn an_anaphor_stands_for_its_organisation_in_a_pair_and_the_evidence_names_both_sentences() {
    let d = doc("Brontec Corp makes industrial sensors in Ohio. The company bought Quillbury Labs in May.");
    let (b, q) = (entity(&d, "Brontec Corp"), entity(&d, "Quillbury Labs"));
    let ctx = Ctx::new(&d);
    let rctx = relation_context(&ctx);
    let found = anaphora::anaphors(&ctx, &rctx);
    let the_company = found.iter().find(|f| f.anaphor.entity == b).expect("'The company' refers to Brontec Corp");
    assert_eq!(the_company.anaphor.sentence, 1);
    assert!(!the_company.pronoun);
    assert_eq!(d.slice(the_company.anaphor.span), "The company");
    // the pair model reads "The company ... Quillbury Labs" as Brontec Corp and Quillbury Labs
    let pairs = super::super::pairs::anaphor_candidates(&d, &anaphor_list(&ctx, &rctx));
    assert!(pairs.iter().any(|p| p.e1.1 == b && p.e2.1 == q && p.sentence == 1), "{pairs:?}");
    let mut read = RelationScores::new();
    read.insert((b, RelationKind::Acquired, q), (0.9, 1));
    let cands = candidates(&d, &RelationScores::new(), &read, 0.75, &[], RuleSet::ALL);
    let c = find(&cands, b, RelationKind::Acquired, q);
    assert!((c.features[60] - 0.9).abs() < 1e-6, "the probability read through the anaphor");
    assert_eq!(c.features[61], 1.0, "no sentence names both");
    assert!((c.features[64 + pred_slot(RelationKind::Acquired)] - 0.9).abs() < 1e-6);
    assert_eq!(c.features[69], 1.0);
    assert!(c.features[63] > 0.0, "Brontec Corp was named one sentence back");
    assert_eq!((c.sentence, c.from), (1, Some(0)));
    let probs: Vec<f32> = cands.iter().map(|x| if x == c { 0.8 } else { 0.0 }).collect();
    let kept = keep(&d, &cands, &probs, 0.5);
    let r = kept.iter().find(|r| (r.subject, r.kind, r.object) == (b, RelationKind::Acquired, q)).expect("kept");
    // the evidence runs from the sentence naming Brontec Corp to the anaphor's
    assert_eq!(r.evidence.span.start(), d.sentences[0].span.start());
    assert_eq!(r.evidence.span.end(), d.sentences[1].span.end());
}

#[test]
fn a_possessive_pronoun_opening_a_sentence_refers_to_the_organisation_before() {
    let d = doc("Brontec Corp reported higher sales on Monday. Its cloud unit, Quillbury Labs, grew fastest.");
    let b = entity(&d, "Brontec Corp");
    let ctx = Ctx::new(&d);
    let rctx = relation_context(&ctx);
    let found = anaphora::anaphors(&ctx, &rctx);
    let its = found.iter().find(|f| f.anaphor.sentence == 1).expect("'Its' refers back");
    assert_eq!((its.anaphor.entity, its.pronoun), (b, true));
    assert_eq!(d.slice(its.anaphor.span), "Its");
    // nothing to refer to: a sentence about no organisation before
    let d = doc("Sales rose on Monday. Its cloud unit, Quillbury Labs, grew fastest.");
    let ctx = Ctx::new(&d);
    assert!(anaphora::anaphors(&ctx, &relation_context(&ctx)).is_empty());
}

#[test]
fn a_variants_provider_does_not_depend_on_the_order_of_the_pair_scores() {
    // two providers of a base service, both confident; the variant takes the one the text gives
    // first, whatever order the score map iterates in (each new map hashes with new keys)
    let d = doc("Harbek Systems reported results on Monday. Customers like the Tollo app. \
         Marvin Networks reported results on Tuesday. Users can now get the Tollo Wallet app.");
    let (h, m) = (entity(&d, "Harbek Systems"), entity(&d, "Marvin Networks"));
    let service = |name: &str| {
        d.entities.iter().position(|e| e.kind == EntityKind::Service && e.name == name).unwrap_or_else(|| {
            panic!("no service {name} in {:?}", d.entities.iter().map(|e| (&e.name, e.kind)).collect::<Vec<_>>())
        })
    };
    let (base, variant) = (service("Tollo"), service("Tollo Wallet"));
    let mut seen = Vec::new();
    for round in 0..24 {
        let mut scores = RelationScores::new();
        let pairs = [((base, RelationKind::Provider, h), (0.9, 1)), ((base, RelationKind::Provider, m), (0.9, 2))];
        for i in 0..2 {
            let (k, v) = pairs[(i + round) % 2];
            scores.insert(k, v);
        }
        let cands = candidates(&d, &scores, &RelationScores::new(), 0.75, &[], RuleSet::ALL);
        let flagged: Vec<EntityIdx> = cands
            .iter()
            .filter(|c| c.subject == variant && c.kind == RelationKind::Provider && c.features[19] == 1.0)
            .map(|c| c.object)
            .collect();
        seen.push(flagged);
    }
    assert!(seen.iter().all(|f| f == &vec![h]), "the variant's provider changed with the map's order: {seen:?}");
}
