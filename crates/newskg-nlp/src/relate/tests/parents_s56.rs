//! Fifty-sixth session: parents told past a name's alias bracket (rule `relations-alias-brackets`:
//! "X (\u{201c}X\u{201d}), a wholly owned subsidiary of Y", "X (XPC), a subsidiary of Y"), every owner
//! of a list after "owned by" (`relations-owner-lists`), the subject of a copula before an owned
//! noun phrase (`relations-copula-owned`) and "its" after "A and" (`relate-conjunct-its`). Invented
//! sentences and names (none from the evaluation articles), with the recogniser's mentions by hand.

use super::deals_s48::{has_line, rel_only_under, rels};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Organization};

const QUOTED_ALIAS: &str = "The Commission granted the application of Velmora Radio, LLC (\u{201c}Velmora\u{201d}), a \
                            wholly owned subsidiary of Ostrel Media, Inc. (\u{201c}Ostrel\u{201d}), to acquire the \
                            station.";

#[test]
fn a_quoted_alias_bracket_is_read_past_before_a_subsidiary_apposition() {
    let names = [("Velmora Radio, LLC", Company), ("Ostrel Media, Inc", Company)];
    let want = "rel Velmora Radio, LLC ParentOrganization Ostrel Media, Inc";
    rel_only_under(QUOTED_ALIAS, &names, Rule::AliasBrackets, want);
}

const ABBREVIATION: &str = "The agency charged Tarnby Petroleum Company (TPC), a subsidiary of Harwick Oil \
                            Corporation, with attempted manipulation on Monday.";

#[test]
fn an_abbreviation_bracket_is_read_past_before_a_subsidiary_apposition() {
    let names = [("Tarnby Petroleum Company", Company), ("Harwick Oil Corporation", Company)];
    let want = "rel Tarnby Petroleum Company ParentOrganization Harwick Oil Corporation";
    rel_only_under(ABBREVIATION, &names, Rule::AliasBrackets, want);
}

#[test]
fn a_lower_case_bracket_is_no_alias() {
    // "(a unit of Zeta Corp)" is an aside of its own, not the name's alias
    let text = "Brisk Data (a unit of Zeta Corp), the largest supplier of Acme Bank, said it would appeal.";
    let names = [("Brisk Data", Company), ("Zeta Corp", Company), ("Acme Bank", Company)];
    let got = rels(text, &names, None);
    assert!(!has_line(&got, "rel Acme Bank ParentOrganization Brisk Data"), "{got:#?}");
}

const JOINT_OWNERS: &str =
    "Brisk Mobile, which is jointly owned by Acme Group and Zeta Holdings, said it would appeal.";

#[test]
fn every_owner_of_a_list_after_owned_by_is_a_parent() {
    let names = [("Brisk Mobile", Company), ("Acme Group", Company), ("Zeta Holdings", Company)];
    let got = rels(JOINT_OWNERS, &names, None);
    assert!(has_line(&got, "rel Brisk Mobile ParentOrganization Acme Group"), "{got:#?}");
    assert!(has_line(&got, "rel Brisk Mobile ParentOrganization Zeta Holdings"), "{got:#?}");
    let without = rels(JOINT_OWNERS, &names, Some(Rule::OwnerLists));
    assert!(has_line(&without, "rel Brisk Mobile ParentOrganization Acme Group"), "{without:#?}");
    assert!(!has_line(&without, "rel Brisk Mobile ParentOrganization Zeta Holdings"), "{without:#?}");
}

#[test]
fn a_name_after_and_that_a_clause_verb_follows_is_no_owner() {
    let text = "Brisk Mobile is owned by Acme Group and Zeta Holdings said on Monday it would sell its stake.";
    let names = [("Brisk Mobile", Company), ("Acme Group", Company), ("Zeta Holdings", Company)];
    let got = rels(text, &names, None);
    assert!(has_line(&got, "rel Brisk Mobile ParentOrganization Acme Group"), "{got:#?}");
    assert!(!has_line(&got, "rel Brisk Mobile ParentOrganization Zeta Holdings"), "{got:#?}");
}

const COPULA: &str = "Brisk Travel N.V. is a German technology company owned by Acme Group. It was founded in 2007.";

#[test]
fn the_subject_of_a_copula_before_an_owned_noun_phrase_is_owned() {
    let names = [("Brisk Travel N.V", Company), ("Acme Group", Company)];
    let want = "rel Brisk Travel N.V ParentOrganization Acme Group";
    rel_only_under(COPULA, &names, Rule::CopulaOwned, want);
}

const CONJUNCT_ITS: &str = "The Tarnby Bureau fined each of Acme Telephone Company and its subsidiary, Zeta \
                            Communications, on Monday.";

#[test]
fn its_after_a_name_and_and_is_that_names() {
    let names =
        [("Tarnby Bureau", Organization), ("Acme Telephone Company", Company), ("Zeta Communications", Company)];
    let want = "rel Zeta Communications ParentOrganization Acme Telephone Company";
    let got = rels(CONJUNCT_ITS, &names, None);
    assert!(has_line(&got, want), "{got:#?}");
    assert!(!has_line(&got, "rel Zeta Communications ParentOrganization Tarnby Bureau"), "{got:#?}");
    let without = rels(CONJUNCT_ITS, &names, Some(Rule::ConjunctIts));
    assert!(!has_line(&without, want), "{without:#?}");
}
