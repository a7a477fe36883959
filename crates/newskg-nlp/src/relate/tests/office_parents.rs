//! A public body's office named on its own takes the article's dominant organisation as parent
//! (`relations-office-parent`). Invented sentences (none from the evaluation articles).

use super::{fact_lines, run_with};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{Company, Organization, Person};

const TEXT: &str = "The Harbour Trade Authority fined Quellon Freight on Monday. The Harbour Trade Authority \
                    said the firm hid its fees. \"Shippers deserve plain prices,\" said Ada Morrow, Director of \
                    the Bureau of Fair Shipping. Quellon Freight may appeal to the Harbour Trade Authority.";

fn bodies() -> [(&'static str, newskg_doc::EntityKind); 4] {
    [
        ("Harbour Trade Authority", Organization),
        ("Quellon Freight", Company),
        ("Ada Morrow", Person),
        ("Bureau of Fair Shipping", Organization),
    ]
}

#[test]
fn an_office_named_alone_belongs_to_the_dominant_body() {
    let d = run_with(TEXT, "2024-05-01", None, &bodies());
    let lines = fact_lines(&d);
    let want = "rel Bureau of Fair Shipping ParentOrganization Harbour Trade Authority";
    assert!(lines.iter().any(|l| l == want), "missing {want}: {lines:#?}");
    let r = d.facts.relations.iter().find(|r| d.entities[r.subject].name == "Bureau of Fair Shipping").unwrap();
    assert!(r.evidence.confidence < 0.9, "an inference is not a statement");
    assert!(d.slice(r.evidence.span).contains("Ada Morrow"), "the office's first sentence is the evidence");
    // a company is never the office's body
    assert!(!lines.iter().any(|l| l.starts_with("rel Bureau of Fair Shipping ParentOrganization Quellon")));
}

#[test]
fn no_office_parent_without_a_dominant_body_or_with_the_rule_off() {
    // two bodies named as often: no dominant one
    let text = "The Harbour Trade Authority and the Coastal Safety Board met. The Harbour Trade Authority and \
                the Coastal Safety Board agreed. Ada Morrow of the Bureau of Fair Shipping spoke.";
    let model = [
        ("Harbour Trade Authority", Organization),
        ("Coastal Safety Board", Organization),
        ("Ada Morrow", Person),
        ("Bureau of Fair Shipping", Organization),
    ];
    let d = run_with(text, "2024-05-01", None, &model);
    assert!(!fact_lines(&d).iter().any(|l| l.starts_with("rel Bureau")), "{:#?}", fact_lines(&d));

    // the rule switched off
    let d = run_with(TEXT, "2024-05-01", None, &bodies());
    let rules = RuleSet::ALL.without(Rule::OfficeParent);
    let facts = crate::relate::relate_under(&d, rules);
    assert!(
        !facts.relations.iter().any(|r| d.entities[r.subject].name == "Bureau of Fair Shipping"),
        "{:?}",
        facts.relations
    );
}
