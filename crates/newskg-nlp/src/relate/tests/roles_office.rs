//! Nineteenth session, round 2: an office's title after its body's abbreviation or a modifier
//! (`roles-office-abbrev`). Invented sentences (none from the evaluation articles), with the
//! recogniser's mentions given by hand.

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{self, Organization, Person};

fn roles(text: &str, mentions: &[(&str, EntityKind)]) -> Vec<String> {
    let d = run_with(text, "2025-03-01", None, mentions);
    fact_lines(&d).into_iter().filter(|l| l.starts_with("role ")).collect()
}

#[test]
fn office_after_abbreviation_and_modifier() {
    let got = roles(
        "The senators wrote to Norvale Water Agency (NWA) Acting Administrator Jane Roe about the leak.",
        &[("Norvale Water Agency", Organization), ("NWA", Organization), ("Jane Roe", Person)],
    );
    assert!(got.iter().any(|l| l.starts_with("role Jane Roe | Head |") && l.contains("Norvale")), "{got:#?}");
    let got = roles(
        "The senators wrote to NWA Acting Administrator Jane Roe about the leak.",
        &[("NWA", Organization), ("Jane Roe", Person)],
    );
    assert!(got.iter().any(|l| l.starts_with("role Jane Roe | Head |") && l.contains("NWA")), "{got:#?}");
}

#[test]
fn lower_case_modified_administrator_is_no_office() {
    let got = roles(
        "The paper quoted Velmora joint administrator Jane Roe as saying the plant would close.",
        &[("Velmora", Organization), ("Jane Roe", Person)],
    );
    assert!(!got.iter().any(|l| l.starts_with("role Jane Roe | Head |")), "{got:#?}");
}
