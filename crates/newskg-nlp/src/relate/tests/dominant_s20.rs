//! The article's dominant company is no provider for a service every sentence of which names
//! another company (`relations-dominant-other-maker`). Invented sentences (none from the
//! evaluation articles).

use super::{fact_lines, run_with};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{Company, Service};

const TEXT: &str = "Vantorra Motors reported higher sales on Monday. Vantorra Motors said demand for the Quillo \
                    grew. Rival Pellam Cars will stop building the Marrow next year. Vantorra Motors will hire \
                    staff.";

fn names() -> [(&'static str, newskg_doc::EntityKind); 4] {
    [("Vantorra Motors", Company), ("Quillo", Service), ("Pellam Cars", Company), ("Marrow", Service)]
}

fn providers(d: &newskg_doc::Document, rels: &[newskg_doc::Relation]) -> Vec<String> {
    rels.iter()
        .filter(|r| r.kind == newskg_doc::RelationKind::Provider)
        .map(|r| format!("{} -> {}", d.entities[r.subject].name, d.entities[r.object].name))
        .collect()
}

#[test]
fn a_service_named_only_beside_another_company_is_not_the_dominant_ones() {
    let d = run_with(TEXT, "2024-05-01", None, &names());
    let got = providers(&d, &d.facts.relations);
    assert!(!got.iter().any(|l| l == "Marrow -> Vantorra Motors"), "{got:?} {:#?}", fact_lines(&d));
    // switched off, the dominant company takes it as before
    let facts = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::DominantOtherMaker));
    let off = providers(&d, &facts.relations);
    assert!(off.iter().any(|l| l == "Marrow -> Vantorra Motors"), "{off:?}");
}
