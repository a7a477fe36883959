//! Posts in constructions of business news: "X, Acme's boss,", "the Acme and Zeta chief
//! executive", "Acme's chairman is X", a report's source, and titles whose organisation is named
//! but not recognised. Invented sentences (none from the evaluation articles), with the
//! recogniser's mentions given by hand.

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{Company, Person};

fn roles(text: &str, mentions: &[(&str, newskg_doc::EntityKind)]) -> Vec<String> {
    let d = run_with(text, "2025-03-01", None, mentions);
    fact_lines(&d).into_iter().filter(|l| l.starts_with("role ")).collect()
}

#[test]
fn a_bare_boss_in_an_apposition_after_its_holder_is_the_chief_executive() {
    let got = roles(
        "Orla Keane, Brackwater's boss, said the stores would stay open.",
        &[("Orla Keane", Person), ("Brackwater", Company)],
    );
    assert!(got.iter().any(|l| l.starts_with("role Orla Keane | CEO | \"boss\" | Brackwater")), "{got:#?}");
    // not in an apposition: "boss" before a noun is no title
    let got = roles(
        "Orla Keane said Brackwater's boss problem was solved.",
        &[("Orla Keane", Person), ("Brackwater", Company)],
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_title_of_two_coordinated_organisations_is_held_in_both() {
    let got = roles(
        "Tomas Vinter, the current Selby Freight and Arvik Shipping chief executive, said rates would rise.",
        &[("Tomas Vinter", Person), ("Selby Freight", Company), ("Arvik Shipping", Company)],
    );
    for org in ["Selby Freight", "Arvik Shipping"] {
        assert!(
            got.iter().any(|l| l.starts_with("role Tomas Vinter | CEO |") && l.contains(&format!("| {org} |"))),
            "{org}: {got:#?}"
        );
    }
    // "between A and B chief executive X": B's alone
    let got = roles(
        "Talks between Selby Freight and Arvik Shipping chief executive Tomas Vinter stalled.",
        &[("Selby Freight", Company), ("Arvik Shipping", Company), ("Tomas Vinter", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Tomas Vinter | CEO |") && l.contains("| Arvik Shipping |")),
        "{got:#?}"
    );
    assert!(!got.iter().any(|l| l.contains("| Selby Freight |")), "{got:#?}");
}

#[test]
fn the_holder_after_a_linking_verb_holds_a_definite_title() {
    let got = roles(
        "Kestrel Insurance's current chairman is Ines Moreau, a former diplomat.",
        &[("Kestrel Insurance", Company), ("Ines Moreau", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Ines Moreau | Chairman |") && l.contains("| Kestrel Insurance |")),
        "{got:#?}"
    );
    let got = roles(
        "The chief executive of Kestrel Insurance is Ines Moreau.",
        &[("Kestrel Insurance", Company), ("Ines Moreau", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Ines Moreau | CEO |") && l.contains("| Kestrel Insurance |")),
        "{got:#?}"
    );
    // a later "was" in another clause does not make the title's holder
    let got = roles(
        "The chief executive said the plan was Ines Moreau's idea. Kestrel Insurance agreed.",
        &[("Ines Moreau", Person), ("Kestrel Insurance", Company)],
    );
    assert!(!got.iter().any(|l| l.starts_with("role Ines Moreau")), "{got:#?}");
}

#[test]
fn the_company_in_a_reported_clause_is_not_the_report_s_source() {
    let got = roles(
        "Halden Wire reported that Rosa Lind, co-founder of the toy maker Pimbly, will step down as the \
         company's chief executive in June.",
        &[("Halden Wire", Company), ("Rosa Lind", Person), ("Pimbly", Company)],
    );
    assert!(got.iter().any(|l| l.starts_with("role Rosa Lind | CEO |") && l.contains("| Pimbly |")), "{got:#?}");
    assert!(!got.iter().any(|l| l.contains("| Halden Wire |")), "{got:#?}");
}

#[test]
fn a_named_but_unrecognised_organisation_is_not_replaced_by_a_guess() {
    let others = [("Gorman Steel", Company), ("Ada Whitby", Person)];
    for text in [
        "Gorman Steel cut jobs. Ada Whitby, chief executive of a regional trade group, said the cuts hurt.",
        "Gorman Steel cut jobs. Ada Whitby, president of Tolland Metalworkers, said the cuts hurt.",
        "Gorman Steel cut jobs. Ada Whitby, Tolland's consumer products chief operating officer, said the cuts hurt.",
    ] {
        let got = roles(text, &others);
        assert!(!got.iter().any(|l| l.contains("| Gorman Steel |")), "{text}: {got:#?}");
    }
}

#[test]
fn premier_before_a_noun_is_an_adjective_not_a_title() {
    let got = roles(
        "Gorman Steel is the country's premier steel maker, Ada Whitby said.",
        &[("Gorman Steel", Company), ("Ada Whitby", Person)],
    );
    assert!(!got.iter().any(|l| l.contains("| Minister |")), "{got:#?}");
}

#[test]
fn the_boss_of_an_organisation_is_its_chief_executive() {
    for text in [
        "Orla Keane, the boss of Brackwater, said costs were rising.",
        "The boss of Brackwater, Orla Keane, said costs were rising.",
    ] {
        let got = roles(text, &[("Orla Keane", Person), ("Brackwater", Company)]);
        assert!(got.iter().any(|l| l.starts_with("role Orla Keane | CEO | \"boss\" | Brackwater")), "{text}: {got:#?}");
    }
    // "chief of staff" names no organisation after "of": no post
    let got = roles(
        "Brackwater said its chief of staff Tom Hale would leave.",
        &[("Brackwater", Company), ("Tom Hale", Person)],
    );
    assert!(!got.iter().any(|l| l.contains("| CEO |")), "{got:#?}");
}

#[test]
fn who_chairs_an_organisation_is_its_chairman() {
    let got = roles(
        "Orla Keane, who chairs Brackwater, said the deal was good.",
        &[("Orla Keane", Person), ("Brackwater", Company)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Orla Keane | Chairman |")
            && l.contains("| Brackwater |")
            && l.ends_with("| current")),
        "{got:#?}"
    );
    let got = roles(
        "Orla Keane, who chaired Brackwater until 2019, joined Selby Freight.",
        &[("Orla Keane", Person), ("Brackwater", Company), ("Selby Freight", Company)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Orla Keane | Chairman |")
            && l.contains("| Brackwater |")
            && !l.ends_with("| current")),
        "{got:#?}"
    );
}

#[test]
fn a_member_of_the_board_is_a_director() {
    let got = roles(
        "Orla Keane, chairman of Corvo Bank and a member of the board of Selby Freight, praised the deal.",
        &[("Orla Keane", Person), ("Corvo Bank", Company), ("Selby Freight", Company)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Orla Keane | Chairman |") && l.contains("| Corvo Bank |")),
        "{got:#?}"
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Orla Keane | Director | \"member of the board\" | Selby Freight")),
        "{got:#?}"
    );
}

#[test]
fn a_birthplace_adjective_between_a_title_and_its_holder_is_passed() {
    let got = roles(
        "Selby Freight said Tom Hale is to replace the current chief executive, Swedish-born Orla Keane, in May.",
        &[("Selby Freight", Company), ("Tom Hale", Person), ("Orla Keane", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Orla Keane | CEO |") && l.contains("| Selby Freight |")),
        "{got:#?}"
    );
}
