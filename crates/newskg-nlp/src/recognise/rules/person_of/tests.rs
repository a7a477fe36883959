//! Tests of `person_of.rs` on invented sentences run through the rules and the resolver.
use crate::pipeline::{complete, prepare};
use crate::recognise::RawMention;
use crate::recognise::rules::Rules;
use newskg_doc::{Article, Document, EntityKind};

/// The prepared (segmented) document of an invented text.
fn prepared(text: &str) -> Document {
    prepare(Article::from_text("t", text))
}

/// Runs the rules over what a recogniser is supposed to have read, then the resolver.
fn recognise(d: &mut Document, raw: &[RawMention]) {
    let mentions = Rules::new(None).combine(d, raw, true);
    complete(d, mentions);
}

#[test]
fn a_person_of_a_known_place_is_two_names() {
    let text = "The bill was backed by Senator Mara Quillen of New York, who praised it.";
    let mut d = prepared(text);
    // a recogniser that read the person and half the place as one person, and the rest as a place
    let at = |s: &str| text.find(s).unwrap();
    let raw = [
        RawMention { span: d.span(at("Mara"), at("New") + 3).unwrap(), kind: EntityKind::Person, confidence: 0.9 },
        RawMention { span: d.span(at("York"), at("York") + 4).unwrap(), kind: EntityKind::Location, confidence: 0.6 },
    ];
    recognise(&mut d, &raw);
    let got: Vec<(String, EntityKind)> = d.entities.iter().map(|e| (e.name.clone(), e.kind)).collect();
    assert!(got.contains(&("Mara Quillen".to_string(), EntityKind::Person)), "{got:?}");
    assert!(got.contains(&("New York".to_string(), EntityKind::Location)), "{got:?}");
}

#[test]
fn forms_of_address_are_no_part_of_a_name() {
    let text = "Judge Orla Penhallow heard the case, and Hon Dafydd Brennock MP spoke after her.";
    let mut d = prepared(text);
    let at = |s: &str| text.find(s).unwrap();
    let raw = [
        RawMention { span: d.span(at("Judge"), at(" heard")).unwrap(), kind: EntityKind::Person, confidence: 0.9 },
        RawMention { span: d.span(at("Hon"), at(" spoke")).unwrap(), kind: EntityKind::Person, confidence: 0.9 },
    ];
    recognise(&mut d, &raw);
    let got: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(got.contains(&"Orla Penhallow") && got.contains(&"Dafydd Brennock"), "{got:?}");
}

#[test]
fn a_person_of_something_else_stays_whole() {
    let text = "Praise came from Duke Anselm of Wexbury Hall on Monday.";
    let mut d = prepared(text);
    let at = |s: &str| text.find(s).unwrap();
    let raw =
        [RawMention { span: d.span(at("Anselm"), at("Hall") + 4).unwrap(), kind: EntityKind::Person, confidence: 0.9 }];
    recognise(&mut d, &raw);
    assert!(d.entities.iter().any(|e| e.name == "Anselm of Wexbury Hall"), "{:?}", d.entities);
}

#[test]
fn a_peers_title_before_the_surname_alone_is_the_name() {
    let text = "Lord Tarnby asked the question, and Baroness Velmore of Ashcombe replied.";
    let mut d = prepared(text);
    let at = |s: &str| text.find(s).unwrap();
    let raw = [
        RawMention { span: d.span(at("Lord"), at(" asked")).unwrap(), kind: EntityKind::Person, confidence: 0.9 },
        RawMention { span: d.span(at("Baroness"), at(" replied")).unwrap(), kind: EntityKind::Person, confidence: 0.9 },
    ];
    recognise(&mut d, &raw);
    let got: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(got.contains(&"Lord Tarnby"), "{got:?}");
    assert!(got.iter().any(|n| n.starts_with("Baroness Velmore")), "{got:?}");
}

#[test]
fn an_abbreviated_form_of_address_goes_with_its_full_stop() {
    let text = "Sen. Orla Penhallow wrote to the airline on Monday.";
    let mut d = prepared(text);
    let at = |s: &str| text.find(s).unwrap();
    let raw =
        [RawMention { span: d.span(at("Sen."), at(" wrote")).unwrap(), kind: EntityKind::Person, confidence: 0.9 }];
    recognise(&mut d, &raw);
    let got: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(got.contains(&"Orla Penhallow"), "{got:?}");
}
