//! The provider of an outage named as the company (`relate::company_providers`): a short form
//! resolution left apart, a service that went down. Invented sentences (none from the evaluation
//! articles), with the recogniser's mentions given by hand.

use super::{fact_lines, name, run_with};
use crate::relate::company_providers;
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{Company, Organization, Service};

fn providers(d: &newskg_doc::Document) -> Vec<String> {
    d.facts.outages.iter().map(|o| name(d, o.provider)).collect()
}

#[test]
fn a_service_that_went_down_is_replaced_by_the_company_whose_name_opens_it() {
    let mut d = run_with(
        "Quellix Stream went down for three hours on Tuesday, leaving viewers unable to watch the final. Quellix apologised.",
        "2025-06-12",
        None,
        &[("Quellix Stream", Service), ("Quellix", Company)],
    );
    // which one the rules take depends on the sentence; make the service the provider as a
    // learned model may
    let svc = d.entities.iter().position(|e| e.name == "Quellix Stream").expect("service");
    d.facts.outages[0].provider = Some(svc);
    assert_eq!(company_providers(&mut d, RuleSet::ALL), 1, "{:#?}", fact_lines(&d));
    assert_eq!(providers(&d), ["Quellix"]);
    // the service that went down was hit
    assert!(d.facts.outages[0].affected.contains(&svc));
}

#[test]
fn a_short_form_is_replaced_by_the_one_full_company_name_and_the_rule_can_be_switched_off() {
    let text =
        "Customers of Tarnow Bank could not log in to its app on Monday. Tarnow said a faulty update was to blame.";
    let mentions = [("Tarnow Bank", Company), ("Tarnow", Company)];
    let mut d = run_with(text, "2025-06-12", None, &mentions);
    let short = d.entities.iter().position(|e| e.name == "Tarnow").expect("short form");
    d.facts.outages[0].provider = Some(short);
    let mut off = d.clone();
    assert_eq!(company_providers(&mut off, RuleSet::ALL.without(Rule::CompanyProvider)), 0);
    assert_eq!(providers(&off), ["Tarnow"]);
    company_providers(&mut d, RuleSet::ALL);
    assert_eq!(providers(&d), ["Tarnow Bank"], "{:#?}", fact_lines(&d));
}

#[test]
fn two_full_names_leave_the_short_form_alone() {
    let mut d = run_with(
        "Sollen went offline on Friday after a power cut. Sollen Energy and Sollen Mobile both said they were investigating.",
        "2025-06-12",
        None,
        &[("Sollen Energy", Company), ("Sollen Mobile", Company), ("Sollen", Company)],
    );
    let short = d.entities.iter().position(|e| e.name == "Sollen").expect("short form");
    d.facts.outages[0].provider = Some(short);
    assert_eq!(company_providers(&mut d, RuleSet::ALL), 0);
    assert_eq!(providers(&d), ["Sollen"]);
}

#[test]
fn a_failure_at_a_supplier_names_it_over_the_brand_whose_customers_were_hit() {
    let text = "Hundreds of Corvane Rail trains were held across the north on Thursday after a failure at Meltrix, \
                the firm that runs the operator's signalling software. The disruption began at 7.40am and lasted \
                three hours, Corvane Rail said.";
    let d = run_with(text, "2025-06-12", None, &[("Corvane Rail", Company), ("Meltrix", Company)]);
    assert_eq!(providers(&d), ["Meltrix"], "{:#?}", fact_lines(&d));
    // the brand the failing owner displaced was hit
    let brand = d.entities.iter().position(|e| e.name == "Corvane Rail").expect("brand");
    assert!(d.facts.outages[0].affected.contains(&brand), "{:#?}", fact_lines(&d));
    // without the rule the sentence's subject stays the provider
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::FailingOwner));
    let name_of = |o: &newskg_doc::Outage| name(&d, o.provider);
    assert_eq!(off.outages.iter().map(name_of).collect::<Vec<_>>(), ["Corvane Rail"]);
}

/// `d` with the last mention of `whole` cut as the recogniser sometimes cuts a name: its first
/// `head` bytes become a new entity of kind `kind`, the rest stays with `whole`.
fn split_last_mention(d: &mut newskg_doc::Document, whole: &str, head: usize, kind: newskg_doc::EntityKind) {
    let e = d.entities.iter().position(|x| x.name == whole).expect("whole name");
    let &m = d.entities[e].mentions.iter().max_by_key(|&&m| d.mentions[m].span.start()).expect("mention");
    let span = d.mentions[m].span;
    let (Some(front), Some(rest)) =
        (d.span(span.start(), span.start() + head), d.span(span.start() + head + 1, span.end()))
    else {
        panic!("bad split");
    };
    d.mentions[m].span = rest;
    let fragment = newskg_doc::Mention { span: front, kind, confidence: 0.5, source: newskg_doc::MentionSource::Model };
    d.mentions.push(fragment);
    let name = d.slice(front).to_string();
    d.entities.push(newskg_doc::Entity {
        kind,
        key: name.to_lowercase(),
        name,
        aliases: Vec::new(),
        mentions: vec![d.mentions.len() - 1],
        confidence: 0.5,
    });
}

#[test]
fn a_fragment_cut_from_a_name_never_stands_for_it_and_gives_way_to_the_full_name() {
    let text = "Lindqvar Air said its check-in systems failed on Saturday morning, grounding 90 flights. \
                Why did Lindqvar Air not warn travellers sooner?";
    let mut d = run_with(text, "2025-06-12", None, &[("Lindqvar Air", Service)]);
    split_last_mention(&mut d, "Lindqvar Air", 8, Organization);
    let whole = d.entities.iter().position(|e| e.name == "Lindqvar Air").expect("whole");
    let fragment = d.entities.iter().position(|e| e.name == "Lindqvar").expect("fragment");
    // the service keeps its full name: "Lindqvar" never stands alone in the text
    d.facts.outages[0].provider = Some(whole);
    let mut kept = d.clone();
    company_providers(&mut kept, RuleSet::ALL);
    assert_eq!(providers(&kept), ["Lindqvar Air"], "{:#?}", fact_lines(&kept));
    // and the fragment, taken for the provider, gives way to the full name
    d.facts.outages[0].provider = Some(fragment);
    assert_eq!(company_providers(&mut d, RuleSet::ALL), 1);
    assert_eq!(providers(&d), ["Lindqvar Air"], "{:#?}", fact_lines(&d));
}
