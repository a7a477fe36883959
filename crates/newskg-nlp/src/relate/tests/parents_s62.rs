//! Sixty-second session: a division named bare in an article that names one public body (rule
//! `relations-division-only-body`), added only after the learned typing: the rules' first pass
//! (`relate_under`, whose relations the typing reads) never holds the inferred link.
//! Invented sentences and names, with the recogniser's mentions by hand.

use super::deals_s48::{has_line, rels};
use super::run_titled;
use crate::relate::{Ctx, relations};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{self, Company, Organization, Person};

/// The relation lines of `text` as the learned paths leave them: the rules' relations, then the
/// relations added after the typing, with `off` switched off if given.
pub(super) fn after_typing_rels(text: &str, names: &[(&str, EntityKind)], off: Option<Rule>) -> Vec<String> {
    let d = run_titled(None, text, "2024-05-01", None, names);
    let rules = off.map_or(RuleSet::ALL, |rule| RuleSet::ALL.without(rule));
    let mut found = crate::relate::relate_under(&d, rules).relations;
    relations::after_typing(&Ctx::with_rules(&d, rules), &mut found);
    let mut lines: Vec<String> = found
        .iter()
        .map(|r| format!("rel {} {:?} {}", d.entities[r.subject].name, r.kind, d.entities[r.object].name))
        .collect();
    lines.sort();
    lines
}

const RELEASE: &str = "Harwick Pumps agreed to sell its valve plant, the Ministry of Inland Waters said on Friday. \
                       \"The buyers will still have a choice,\" said Tomas Brede, who heads the Licensing Division. \
                       Comments may be sent to the Division of Public Records.";

fn release_names() -> [(&'static str, EntityKind); 5] {
    [
        ("Harwick Pumps", Company),
        ("Ministry of Inland Waters", Organization),
        ("Tomas Brede", Person),
        ("Licensing Division", Organization),
        ("Division of Public Records", Organization),
    ]
}

#[test]
fn a_bare_division_belongs_to_the_one_public_body_after_the_typing() {
    let names = release_names();
    let on = after_typing_rels(RELEASE, &names, None);
    assert!(has_line(&on, "rel Licensing Division ParentOrganization Ministry of Inland Waters"), "{on:#?}");
    assert!(has_line(&on, "rel Division of Public Records ParentOrganization Ministry of Inland Waters"), "{on:#?}");
    // never a company
    assert!(!on.iter().any(|l| l.starts_with("rel Licensing Division ParentOrganization Harwick")), "{on:#?}");
    let off = after_typing_rels(RELEASE, &names, Some(Rule::DivisionOnlyBody));
    assert!(!off.iter().any(|l| l.starts_with("rel Licensing Division ParentOrganization")), "{off:#?}");
}

#[test]
fn the_rules_first_pass_holds_no_bare_division_parent() {
    // the typing reads these relations: the inferred link must not be among them
    let got = rels(RELEASE, &release_names(), None);
    assert!(!got.iter().any(|l| l.starts_with("rel Licensing Division ParentOrganization")), "{got:#?}");
    assert!(!got.iter().any(|l| l.starts_with("rel Division of Public Records ParentOrganization")), "{got:#?}");
}

#[test]
fn no_bare_division_parent_with_two_public_bodies() {
    let text = "The Ministry of Inland Waters and the Canal Licensing Agency reviewed the sale. \
                Tomas Brede of the Licensing Division spoke.";
    let names = [
        ("Ministry of Inland Waters", Organization),
        ("Canal Licensing Agency", Organization),
        ("Tomas Brede", Person),
        ("Licensing Division", Organization),
    ];
    let got = after_typing_rels(text, &names, None);
    assert!(!got.iter().any(|l| l.starts_with("rel Licensing Division ParentOrganization")), "{got:#?}");
}

#[test]
fn a_division_with_a_stated_parent_keeps_it() {
    let text = "The Ministry of Inland Waters fined Harwick Pumps. \
                Tomas Brede leads the Licensing Division, a unit of Harwick Pumps.";
    let names = [
        ("Ministry of Inland Waters", Organization),
        ("Harwick Pumps", Company),
        ("Tomas Brede", Person),
        ("Licensing Division", Organization),
    ];
    let got = after_typing_rels(text, &names, None);
    assert!(!has_line(&got, "rel Licensing Division ParentOrganization Ministry of Inland Waters"), "{got:#?}");
}
