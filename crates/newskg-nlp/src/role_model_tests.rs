//! Tests of the learned organisation of a position (`role_model.rs`), on invented articles.

use super::*;
use crate::testkit::{entity, models, ort_lib, rules_doc};

fn doc(text: &str) -> Document {
    rules_doc(text, Some("2025-02-10"))
}

fn model() -> RoleModel {
    RoleModel::load(models(), ort_lib()).unwrap_or_else(|e| panic!("{e} (scripts/setup.sh fetches the runtime)"))
}

fn position_of(d: &Document, person: &str) -> usize {
    let p = entity(d, person);
    d.facts
        .positions
        .iter()
        .position(|x| x.person == p)
        .unwrap_or_else(|| panic!("no position: {:?}", d.facts.positions))
}

#[test]
fn features_mark_the_organisation_before_the_title_and_after_of() {
    let d =
        doc("Brackley Bank said on Monday that the chief executive of Harlow Insurance, Tessa Quinn, will retire. \
                 Brackley Bank chairman Omar Reyes praised her.");
    let brackley = entity(&d, "Brackley Bank");
    let harlow = entity(&d, "Harlow Insurance");
    let cands = [brackley, harlow];
    let quinn = features(&d, position_of(&d, "Tessa Quinn"), &cands);
    assert_eq!(quinn[0].len(), FEATURES);
    assert_eq!(quinn[1][10], 1.0, "\"chief executive of Harlow Insurance\"");
    assert_eq!(quinn[0][10], 0.0);
    assert_eq!(quinn[0][5], 1.0, "Brackley Bank is named before the title in the sentence");
    assert_eq!(quinn[1][6], 1.0, "Harlow Insurance after it");
    assert!(quinn[1][7] > quinn[0][7], "Harlow Insurance is nearer the title");
    let reyes = features(&d, position_of(&d, "Omar Reyes"), &cands);
    assert_eq!(reyes[0][8], 1.0, "\"Brackley Bank chairman\"");
    assert_eq!(reyes[1][8], 0.0);
    assert_eq!(reyes[1][12], 1.0, "Harlow Insurance is named one sentence back");
    assert_eq!(reyes[0][14] + reyes[1][14], 1.0, "one most-named organisation");
    // the rules' choice is one feature of the two (a pattern next to the title or the fallback)
    let rules = d.facts.positions[position_of(&d, "Omar Reyes")].organization;
    assert_eq!(rules, Some(brackley));
    assert_eq!(reyes[0][3] + reyes[0][24], 1.0);
}

#[test]
fn features_of_a_possessive_and_of_its_after_a_speaking_company() {
    let d = doc("Fenwick Air said its chief executive, Lars Dahl, would retire. Rival Corran Jet's finance director \
                 Ana Silva declined to comment.");
    let fenwick = entity(&d, "Fenwick Air");
    let corran = entity(&d, "Corran Jet");
    let cands = [fenwick, corran];
    let dahl = features(&d, position_of(&d, "Lars Dahl"), &cands);
    assert_eq!(dahl[0][17], 1.0, "\"Fenwick Air said its chief executive\"");
    assert_eq!(dahl[0][18], 1.0);
    let silva = features(&d, position_of(&d, "Ana Silva"), &cands);
    assert_eq!(silva[1][9], 1.0, "\"Corran Jet's finance director\"");
    assert_eq!(silva[0][9], 0.0);
}

#[test]
fn the_model_keeps_the_organisations_stated_next_to_the_title() {
    let mut d = doc("Shares in Dunmore Retail rose on Tuesday. Dunmore Retail chief executive Helen Park said sales \
                     grew, while Kestrel Foods finance director Ravi Shah warned of higher costs.");
    let m = model();
    m.assign(&mut d, Vec::new()).unwrap();
    let org = |person: &str| {
        let p = &d.facts.positions[position_of(&d, person)];
        (p.organization.map(|o| d.entities[o].name.clone()), p.evidence.confidence)
    };
    let (park, c1) = org("Helen Park");
    let (shah, c2) = org("Ravi Shah");
    assert_eq!(park.as_deref(), Some("Dunmore Retail"));
    assert_eq!(shah.as_deref(), Some("Kestrel Foods"));
    assert!((0.0..=1.0).contains(&c1) && (0.0..=1.0).contains(&c2), "{c1} {c2}");
    assert!(m.version().starts_with("roles-"), "{}", m.version());
}

#[test]
fn an_organisation_the_model_cannot_weigh_is_left_as_the_rules_chose_it() {
    let mut d = doc("Shares in Dunmore Retail rose on Tuesday. Dunmore Retail chief executive Helen Park said sales \
                     grew, while Kestrel Foods finance director Ravi Shah warned of higher costs.");
    let dunmore = entity(&d, "Dunmore Retail");
    assert_eq!(d.facts.positions[position_of(&d, "Helen Park")].organization, Some(dunmore));
    // typed as a service, the rules' organisation is no candidate of the model
    d.entities[dunmore].kind = EntityKind::Service;
    assert!(!candidates(&d).contains(&dunmore));
    let before = d.facts.positions[position_of(&d, "Helen Park")].evidence.confidence;
    model().assign(&mut d, Vec::new()).unwrap();
    let park = &d.facts.positions[position_of(&d, "Helen Park")];
    assert_eq!(park.organization, Some(dunmore), "{:?}", d.facts.positions);
    assert_eq!(park.evidence.confidence, before);
}

#[test]
fn a_position_without_an_organisation_is_dropped_unless_the_model_is_sure_of_one() {
    let mut d = doc("Halden Power reported higher profits. Chief executive Mira Stoll said demand was strong.");
    let stoll = d.facts.positions[position_of(&d, "Mira Stoll")].clone();
    let mut orphan = stoll.clone();
    orphan.organization = None;
    d.facts.positions.clear();
    let m = model();
    m.assign(&mut d, vec![orphan]).unwrap();
    // every position that stays has an organisation
    assert!(d.facts.positions.iter().all(|p| p.organization.is_some()), "{:?}", d.facts.positions);
    assert!(d.facts.positions.len() <= 1);
}

#[test]
fn onnx_matches_the_training_probabilities() {
    let (rows, wanted) = crate::testkit::model_cases_file("roles_cases.json", FEATURES);
    assert!(!rows.is_empty());
    let got = model().probabilities(&rows).unwrap();
    for (want, got) in wanted.iter().zip(got) {
        assert!((want - f64::from(got)).abs() < 1e-4, "{want} {got}");
    }
}
