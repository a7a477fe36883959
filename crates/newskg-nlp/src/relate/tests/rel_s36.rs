//! Relations read in session 36 (lane rel36): a "part of" holder told as a person
//! (`relations-part-of-person`). Invented sentences (none from the evaluation articles); each
//! test also runs with its rule switched off and checks the relation then comes back.

use super::{fact_lines, relations_without as off, run_with};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::Company;

#[test]
fn a_person_typed_a_company_is_no_part_of_holder() {
    let m = &[("Corin Vashti", Company), ("Albrook Media Group", Company)];
    let wrong = "rel Corin Vashti ParentOrganization Albrook Media Group";
    for text in [
        "Corin Vashti, part of the Albrook Media Group, said she would stay on.",
        "The lawyer Corin Vashti, part of the Albrook Media Group, spoke first. He declined to comment.",
        "Corin Vashti is part of Albrook Media Group. She joined the board in May.",
        "Corin Vashti, part of the Albrook Media Group, spoke first. Later Corin Vashti, the fund's director, left early.",
    ] {
        let d = run_with(text, "2024-05-01", None, m);
        let lines = fact_lines(&d);
        assert!(!lines.iter().any(|l| l == wrong), "{text}: {lines:?}");
        let back = off(&d, Rule::PartOfPerson);
        assert!(back.iter().any(|l| l == wrong), "{text}: without the rule {back:?}");
    }
    // a given name and a surname, nothing else said of the person
    let m = &[("Simon Varkell", Company), ("Albrook Media Group", Company)];
    let d = run_with(
        "Simon Varkell, part of the Albrook Media Group, argues that stations would lose money.",
        "2024-05-01",
        None,
        m,
    );
    let wrong = "rel Simon Varkell ParentOrganization Albrook Media Group";
    assert!(!fact_lines(&d).iter().any(|l| l == wrong), "{:?}", fact_lines(&d));
    assert!(off(&d, Rule::PartOfPerson).iter().any(|l| l == wrong));
    // a company whose sentence goes on with "its" keeps its parent
    let m = &[("Corvane Freight", Company), ("Albrook Media Group", Company)];
    let d =
        run_with("Corvane Freight, part of the Albrook Media Group, said its trucks were late.", "2024-05-01", None, m);
    let lines = fact_lines(&d);
    assert!(lines.iter().any(|l| l == "rel Corvane Freight ParentOrganization Albrook Media Group"), "{lines:?}");
}

#[test]
fn a_proposed_or_blocked_venture_in_apposition_gives_no_partners() {
    let m = &[("Harlow Cable", Company), ("Brixton Media", Company), ("Ottavi Telecom", Company)];
    for text in [
        "Harlow Cable, a proposed joint venture between Brixton Media and Ottavi Telecom, would sell broadband.",
        "The regulator blocked Harlow Cable, a joint venture between Brixton Media and Ottavi Telecom.",
    ] {
        let d = run_with(text, "2024-05-01", None, m);
        let lines = fact_lines(&d);
        assert!(!lines.iter().any(|l| l == "rel Brixton Media Partner Ottavi Telecom"), "{text}: {lines:?}");
        assert!(!lines.iter().any(|l| l.starts_with("rel Harlow Cable ParentOrganization")), "{text}: {lines:?}");
        let back = off(&d, Rule::VentureFold);
        assert!(
            back.iter().any(|l| l == "rel Brixton Media Partner Ottavi Telecom"),
            "{text}: without the rule {back:?}"
        );
    }
    // a venture told as it is keeps its parents and partners
    let d = run_with(
        "Harlow Cable, a joint venture between Brixton Media and Ottavi Telecom, sells broadband.",
        "2024-05-01",
        None,
        m,
    );
    let lines = fact_lines(&d);
    assert!(lines.iter().any(|l| l == "rel Brixton Media Partner Ottavi Telecom"), "{lines:?}");
    assert!(lines.iter().any(|l| l == "rel Harlow Cable ParentOrganization Ottavi Telecom"), "{lines:?}");
}

#[test]
fn a_deal_between_named_parties_makes_them_partners() {
    let m = &[("Norvane Bank", Company), ("Halden Cloud", Company), ("Movara Capital", Company)];
    let d = run_with(
        "A cooperation agreement between Norvane Bank, Halden Cloud and Movara Capital took effect in May.",
        "2024-05-01",
        None,
        m,
    );
    let lines = fact_lines(&d);
    for want in [
        "rel Norvane Bank Partner Halden Cloud",
        "rel Norvane Bank Partner Movara Capital",
        "rel Halden Cloud Partner Movara Capital",
    ] {
        assert!(lines.iter().any(|l| l == want), "{want}: {lines:?}");
    }
    let back = off(&d, Rule::AccordBetween);
    assert!(!back.iter().any(|l| l == "rel Norvane Bank Partner Movara Capital"), "{back:?}");
    // a merger agreement gives no partners
    let d = run_with("A merger agreement between Norvane Bank and Halden Cloud was approved.", "2024-05-01", None, m);
    let lines = fact_lines(&d);
    assert!(!lines.iter().any(|l| l == "rel Norvane Bank Partner Halden Cloud"), "{lines:?}");
}

#[test]
fn contractors_and_bankers_a_company_hires_are_its_partners() {
    let m =
        &[("Velmar Transit", Company), ("Orrin Rail", Company), ("Tesk Systems", Company), ("Pallas Bank", Company)];
    let d = run_with(
        "The union clashed with Velmar Transit and its privatised contractors Orrin Rail and Tesk Systems.",
        "2024-05-01",
        None,
        m,
    );
    let lines = fact_lines(&d);
    for want in ["rel Velmar Transit Partner Orrin Rail", "rel Velmar Transit Partner Tesk Systems"] {
        assert!(lines.iter().any(|l| l == want), "{want}: {lines:?}");
    }
    let back = off(&d, Rule::ServiceFirms);
    assert!(!back.iter().any(|l| l == "rel Velmar Transit Partner Tesk Systems"), "{back:?}");
    let d = run_with("Officials met Velmar Transit and its bankers Pallas Bank.", "2024-05-01", None, m);
    let lines = fact_lines(&d);
    assert!(lines.iter().any(|l| l == "rel Velmar Transit Partner Pallas Bank"), "{lines:?}");
}
