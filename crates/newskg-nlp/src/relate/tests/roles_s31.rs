//! Thirty-first session: a post held at every organisation of a list closed by "and" ("a director
//! of Acme, Zeta and Bolt"; rule `roles-org-list`), board seats ("sits on the board of Acme",
//! "serves on the boards of Acme and Zeta", "the board of directors of Acme"; `roles-board-seats`)
//! and title variants ("vice chairwoman" an executive, "co-CEO" a chief executive;
//! `roles-variant-titles`). Invented sentences (none from the evaluation articles), with the
//! recogniser's mentions given by hand.

use super::{fact_lines, run_with};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{self, Company, Location, Person};
use newskg_doc::Position;

/// The article's role lines (shared with the later sessions' role tests).
pub(super) fn roles(text: &str, mentions: &[(&str, EntityKind)]) -> Vec<String> {
    let d = run_with(text, "2025-03-01", None, mentions);
    fact_lines(&d).into_iter().filter(|l| l.starts_with("role ")).collect()
}

/// The same article's role lines with `rule` switched off.
pub(super) fn roles_without(text: &str, mentions: &[(&str, EntityKind)], rule: Rule) -> Vec<String> {
    let d = run_with(text, "2025-03-01", None, mentions);
    role_lines(&d, RuleSet::ALL.without(rule))
}

/// The role lines of a document already run, relate running under `rules`.
pub(super) fn role_lines(d: &newskg_doc::Document, rules: RuleSet) -> Vec<String> {
    crate::relate::relate_under(d, rules).positions.iter().map(|p: &Position| line(d, p)).collect()
}

fn line(d: &newskg_doc::Document, p: &Position) -> String {
    let org = p.organization.map_or("-".to_string(), |o| d.entities[o].name.clone());
    format!("role {} | {} | {:?} | {} |", d.entities[p.person].name, p.role.name(), p.title, org)
}

/// Whether a role line gives `person` the `title` at `org`.
pub(super) fn has(got: &[String], person: &str, title: &str, org: &str) -> bool {
    got.iter().any(|l| l.starts_with(&format!("role {person} | {title} |")) && l.contains(&format!("| {org} |")))
}

/// The role `person` `title` `org` is found with every rule on and lost with `rule` off; the
/// role lines with every rule on are returned for further checks.
pub(super) fn gives_only_under(
    text: &str,
    mentions: &[(&str, EntityKind)],
    rule: Rule,
    (person, title, org): (&str, &str, &str),
) -> Vec<String> {
    let on = roles(text, mentions);
    assert!(has(&on, person, title, org), "{on:#?}");
    let off = roles_without(text, mentions, rule);
    assert!(!has(&off, person, title, org), "{off:#?}");
    on
}

const LIST: &str =
    "Mara Quell is a director of Halvorn Systems, Orlund Holdings and Merivale Labs. She lives in Leeds.";

fn list_names() -> [(&'static str, EntityKind); 5] {
    [
        ("Mara Quell", Person),
        ("Halvorn Systems", Company),
        ("Orlund Holdings", Company),
        ("Merivale Labs", Company),
        ("Leeds", Location),
    ]
}

#[test]
fn a_post_is_held_at_every_organisation_of_a_list_closed_by_and() {
    let got = roles(LIST, &list_names());
    for org in ["Halvorn Systems", "Orlund Holdings", "Merivale Labs"] {
        assert!(has(&got, "Mara Quell", "Director", org), "{org}: {got:#?}");
    }
    // switched off, only the first organisation
    let off = roles_without(LIST, &list_names(), Rule::OrgList);
    assert!(has(&off, "Mara Quell", "Director", "Halvorn Systems"), "{off:#?}");
    assert!(!has(&off, "Mara Quell", "Director", "Merivale Labs"), "{off:#?}");
}

#[test]
fn a_chain_of_titles_is_held_at_both_listed_organisations() {
    let got = roles(
        "Tovin Brask is chairman and chief executive of Pellwood Bank and Corran Trust, the lenders said.",
        &[("Tovin Brask", Person), ("Pellwood Bank", Company), ("Corran Trust", Company)],
    );
    for org in ["Pellwood Bank", "Corran Trust"] {
        assert!(has(&got, "Tovin Brask", "Chairman", org), "{got:#?}");
        assert!(has(&got, "Tovin Brask", "CEO", org), "{got:#?}");
    }
}

#[test]
fn an_organisation_that_opens_a_clause_or_owns_a_title_is_not_listed() {
    // "... and Corran Trust agreed": the subject of a clause
    let got = roles(
        "Tovin Brask, chief executive of Pellwood Bank and Corran Trust agreed to merge their branches.",
        &[("Tovin Brask", Person), ("Pellwood Bank", Company), ("Corran Trust", Company)],
    );
    assert!(!has(&got, "Tovin Brask", "CEO", "Corran Trust"), "{got:#?}");
    // "... and Corran Trust chairman Ilse Varn": another holder's organisation
    let got = roles(
        "Tovin Brask, chairman of Pellwood Bank and Corran Trust chairman Ilse Varn met on Monday.",
        &[("Tovin Brask", Person), ("Ilse Varn", Person), ("Pellwood Bank", Company), ("Corran Trust", Company)],
    );
    assert!(!has(&got, "Tovin Brask", "Chairman", "Corran Trust"), "{got:#?}");
    // a list with no "and" is no list ("CEO of Pellwood Bank, Corran Trust said")
    let got = roles(
        "The chief executive of Pellwood Bank, Tovin Brask, spoke. A director of Pellwood Bank, Corran Trust \
         said, had left.",
        &[("Tovin Brask", Person), ("Pellwood Bank", Company), ("Corran Trust", Company)],
    );
    assert!(!got.iter().any(|l| l.contains("| Corran Trust |")), "{got:#?}");
}

#[test]
fn a_seat_on_the_board_is_a_directorship() {
    let text = "Ilse Varn sits on the board of Pellwood Bank.";
    let names = [("Ilse Varn", Person), ("Pellwood Bank", Company)];
    let got = roles(text, &names);
    assert!(has(&got, "Ilse Varn", "Director", "Pellwood Bank"), "{got:#?}");
    let off = roles_without(text, &names, Rule::BoardSeats);
    assert!(!has(&off, "Ilse Varn", "Director", "Pellwood Bank"), "{off:#?}");
}

#[test]
fn the_boards_of_several_organisations_are_directorships_at_each() {
    let names = [("Ilse Varn", Person), ("Pellwood Bank", Company), ("Corran Trust", Company), ("Brisk Air", Company)];
    let got = roles("Ilse Varn serves on the boards of Pellwood Bank and Corran Trust.", &names);
    assert!(has(&got, "Ilse Varn", "Director", "Pellwood Bank"), "{got:#?}");
    assert!(has(&got, "Ilse Varn", "Director", "Corran Trust"), "{got:#?}");
    let got =
        roles("Ilse Varn also served on the board of directors of Pellwood Bank, Corran Trust, and Brisk Air.", &names);
    for org in ["Pellwood Bank", "Corran Trust", "Brisk Air"] {
        assert!(has(&got, "Ilse Varn", "Director", org), "{org}: {got:#?}");
    }
}

#[test]
fn pressure_on_the_boards_is_no_seat() {
    let got = roles(
        "Ilse Varn said there was pressure on the boards of Pellwood Bank and Corran Trust.",
        &[("Ilse Varn", Person), ("Pellwood Bank", Company), ("Corran Trust", Company)],
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_vice_chairwoman_is_an_executive_and_a_co_ceo_a_chief_executive() {
    let names = [("Ilse Varn", Person), ("Tovin Brask", Person), ("Pellwood Bank", Company)];
    let text = "Ilse Varn, the vice chairwoman of Pellwood Bank, said the bid was low. Tovin Brask was named co-CEO \
                of Pellwood Bank in 2019.";
    let got = roles(text, &names);
    assert!(has(&got, "Ilse Varn", "Executive", "Pellwood Bank"), "{got:#?}");
    assert!(!has(&got, "Ilse Varn", "Chairman", "Pellwood Bank"), "{got:#?}");
    assert!(has(&got, "Tovin Brask", "CEO", "Pellwood Bank"), "{got:#?}");
    let off = roles_without(text, &names, Rule::VariantTitles);
    assert!(!has(&off, "Tovin Brask", "CEO", "Pellwood Bank"), "{off:#?}");
    assert!(!has(&off, "Ilse Varn", "Executive", "Pellwood Bank"), "{off:#?}");
}

#[test]
fn a_clause_word_ends_the_descriptor_before_an_organisation() {
    let names = [("Mara Quell", Person), ("Halvorn Systems", Company), ("Merivale Labs", Company)];
    let text = "Mara Quell worked at Halvorn Systems as head of sales before moving to Merivale Labs.";
    let got = roles(text, &names);
    assert!(!has(&got, "Mara Quell", "Head", "Merivale Labs"), "{got:#?}");
    let off = roles_without(text, &names, Rule::DescriptorClauseStop);
    assert!(has(&off, "Mara Quell", "Head", "Merivale Labs"), "{off:#?}");
    // a descriptor with no clause word is still passed
    let got = roles("Mara Quell is co-founder of shoe giant Halvorn Systems.", &names);
    assert!(has(&got, "Mara Quell", "Cofounder", "Halvorn Systems"), "{got:#?}");
}

#[test]
fn a_listed_post_continues_past_the_time_the_previous_one_was_held() {
    let names = [("Tovin Brask", Person), ("Pellwood Bank", Company), ("Corran Trust", Company)];
    let text = "Tovin Brask is a Ruritanian banker who was chief executive of Pellwood Bank from 2001 to 2009 and \
                chairman of Corran Trust from 2010.";
    let got = roles(text, &names);
    assert!(has(&got, "Tovin Brask", "CEO", "Pellwood Bank"), "{got:#?}");
    assert!(has(&got, "Tovin Brask", "Chairman", "Corran Trust"), "{got:#?}");
    let off = roles_without(text, &names, Rule::ListedPostsDated);
    assert!(!has(&off, "Tovin Brask", "Chairman", "Corran Trust"), "{off:#?}");
    // "in 2004, and as chairman of"
    let got = roles(
        "Tovin Brask was chief executive of Pellwood Bank in 2004, and as chairman of Corran Trust in 2008.",
        &names,
    );
    assert!(has(&got, "Tovin Brask", "Chairman", "Corran Trust"), "{got:#?}");
    // a place, not a time, after the organisation: no list
    let got = roles(
        "Tovin Brask was chief executive of Pellwood Bank in Leeds and chairman of Corran Trust Ilse Varn agreed.",
        &[("Tovin Brask", Person), ("Ilse Varn", Person), ("Pellwood Bank", Company), ("Corran Trust", Company)],
    );
    assert!(!has(&got, "Tovin Brask", "Chairman", "Corran Trust"), "{got:#?}");
}

#[test]
fn a_seat_links_only_the_board_and_is_not_passed_on() {
    let names =
        [("Ilse Varn", Person), ("Tovin Brask", Person), ("Pellwood Bank", Company), ("Corran Capital", Company)];
    let got = roles(
        "Pellwood Bank named Ilse Varn as chair from May. Ilse Varn sits on the board of Corran Capital. She \
         succeeds Tovin Brask, who has led the bank since 2015.",
        &names,
    );
    assert!(has(&got, "Ilse Varn", "Director", "Corran Capital"), "{got:#?}");
    // the seat is not the post her predecessor held
    assert!(!has(&got, "Tovin Brask", "Director", "Corran Capital"), "{got:#?}");
    // a seat verb links no title but the board ("sits on the panel that hired the manager")
    let got = roles("Ilse Varn sits on the panel that hired the new manager of Corran Capital.", &names);
    assert!(!got.iter().any(|l| l.starts_with("role Ilse Varn |")), "{got:#?}");
}
