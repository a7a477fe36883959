//! Tests of the rule registry and of switching rules off: consumes invented sentences run through
//! the pipeline's own chain (`prepare`, the recogniser's rules, `complete_under`), produces
//! nothing; each switched-off rule's behaviour is gone and the rest stays.

use super::*;
use crate::pipeline::{complete_under, prepare};
use crate::recognise::rules::Rules;
use newskg_doc::{Article, Document, Published};

#[test]
fn names_are_unique_and_in_order() {
    for (i, (rule, name, what)) in RULES.iter().enumerate() {
        assert_eq!(*rule as usize, i, "{name}");
        assert_eq!(Rule::from_name(name), Some(*rule));
        assert!(!what.is_empty() && name.contains('-'), "{name}");
        assert!(RULES.iter().filter(|(_, n, _)| n == name).count() == 1, "{name} twice");
    }
}

#[test]
fn parse_switches_off_the_named_rules_only() {
    let set = RuleSet::parse(" roles-founders, deals-verbs ,").unwrap();
    assert!(!set.on(Rule::Founders) && !set.on(Rule::AcquisitionVerbs));
    assert!(set.on(Rule::Heads) && set.on(Rule::Cause));
    assert_eq!(set.disabled().collect::<Vec<_>>(), vec![Rule::Founders, Rule::AcquisitionVerbs]);
    assert!(RuleSet::parse("").unwrap().is_all());
    let e = RuleSet::parse("roles-founders,roles-no-such").unwrap_err();
    assert_eq!(e.name, "roles-no-such");
    assert!(e.to_string().contains("roles-no-such"), "{e}");
}

/// The rules' recognition (no model) and the chain after it, with `disabled` switched off.
fn run(text: &str, disabled: &str) -> Document {
    let set = RuleSet::parse(disabled).unwrap();
    let date = chrono::NaiveDate::from_ymd_opt(2024, 3, 6).unwrap();
    let article = Article { published: Some(Published { date, date_time: None }), ..Article::from_text("t", text) };
    let mut d = prepare(article);
    let mentions = Rules::new(None).with_disabled(set).combine(&d, &[], false);
    complete_under(&mut d, mentions, set);
    d
}

fn roles(d: &Document) -> Vec<String> {
    d.facts.positions.iter().map(|p| format!("{} {}", d.entities[p.person].name, p.role.name())).collect()
}

#[test]
fn a_switched_off_role_pattern_finds_nothing_and_the_others_still_run() {
    let text = "Velmora Robotics was founded by Anneke Drost in 2011. Velmora Robotics chief executive Tomas Reyl \
                spoke on Monday. Drost said she was proud.";
    let all = roles(&run(text, ""));
    assert!(all.iter().any(|r| r.starts_with("Anneke Drost")), "{all:?}");
    assert!(all.iter().any(|r| r.starts_with("Tomas Reyl")), "{all:?}");
    let without = roles(&run(text, "roles-founders"));
    assert!(!without.iter().any(|r| r.starts_with("Anneke Drost")), "{without:?}");
    assert!(without.iter().any(|r| r.starts_with("Tomas Reyl")), "{without:?}");
}

#[test]
fn a_switched_off_outage_detail_is_left_empty() {
    let text = "Quillmark Networks said an outage on Tuesday was caused by a faulty software update.";
    let on = run(text, "");
    assert_eq!(on.facts.outages.len(), 1, "{:?}", on.facts.outages);
    assert!(on.facts.outages[0].cause.as_deref().is_some_and(|c| c.contains("software update")));
    let off = run(text, "outages-cause");
    assert_eq!(off.facts.outages.len(), 1);
    assert_eq!(off.facts.outages[0].cause, None);
}

#[test]
fn a_switched_off_recognition_rule_adds_no_mention() {
    let text = "Readers of brisklane.net complained on Friday.";
    let kinds = |d: &Document| d.entities.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
    assert!(kinds(&run(text, "")).contains(&"brisklane.net".to_string()));
    assert!(!kinds(&run(text, "recognise-web-domains")).contains(&"brisklane.net".to_string()));
}

#[test]
fn a_switched_off_emergency_number_rule_adds_no_service() {
    let text = "Callers in the valley could not dial 999 for an hour on Sunday.";
    let services = |d: &Document| {
        d.entities
            .iter()
            .filter(|e| e.kind == newskg_doc::EntityKind::Service)
            .map(|e| e.name.clone())
            .collect::<Vec<_>>()
    };
    assert!(services(&run(text, "")).contains(&"999".to_string()));
    assert!(!services(&run(text, "recognise-emergency-numbers")).contains(&"999".to_string()));
}
