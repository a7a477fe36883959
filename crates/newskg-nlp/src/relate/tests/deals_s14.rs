//! Deals struck between two companies, joint ventures and national branches named as their
//! parent plus a place (the s14 relation grammar). Invented sentences (none from the evaluation
//! articles).

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{Company, Location};

fn has(lines: &[String], want: &str) -> bool {
    lines.iter().any(|l| l == want)
}

#[test]
fn a_deal_signed_with_a_company_makes_partners() {
    let m = &[("Quorvane Rail", Company), ("Belmont Tooling", Company)];
    for text in [
        "Quorvane Rail has signed a new maintenance contract with the Swiss toolmaker Belmont Tooling.",
        "Quorvane Rail has teamed up with Belmont Tooling to build a depot.",
        "Quorvane Rail entered into merger talks with Belmont Tooling on Friday.",
        "The depot, which Quorvane Rail is building in a joint venture with Belmont Tooling, opens in May.",
    ] {
        let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
        assert!(has(&lines, "rel Quorvane Rail Partner Belmont Tooling"), "{text}: {lines:?}");
    }
    // no deal: negated, or talks that are not about a merger
    for text in [
        "Quorvane Rail has not signed a contract with Belmont Tooling.",
        "Quorvane Rail is in talks with Belmont Tooling about the depot.",
    ] {
        let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
        assert!(!lines.iter().any(|l| l.contains("Partner")), "{text}: {lines:?}");
    }
}

#[test]
fn a_joint_venture_between_two_companies_is_a_unit_of_both() {
    let m = &[("Tarrow Cells", Company), ("Ostrel Energy", Company), ("Minaro Metals", Company)];
    let lines = fact_lines(&run_with(
        "Deliveries slipped at Tarrow Cells, a joint venture between the battery maker Ostrel Energy and Minaro Metals.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Tarrow Cells ParentOrganization Ostrel Energy"), "{lines:?}");
    assert!(has(&lines, "rel Tarrow Cells ParentOrganization Minaro Metals"), "{lines:?}");
    assert!(has(&lines, "rel Ostrel Energy Partner Minaro Metals"), "{lines:?}");
}

#[test]
fn a_company_named_as_another_plus_a_place_is_its_branch() {
    use super::super::relations::names_a_branch;
    let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    let place = |w: &str| ["ireland", "north america", "wexford"].contains(&w);
    assert!(names_a_branch(&words("quillot ireland"), &words("quillot"), &place));
    assert!(names_a_branch(&words("quillot ireland limited"), &words("quillot"), &place));
    assert!(names_a_branch(&words("quillot north america"), &words("quillot"), &place));
    assert!(!names_a_branch(&words("quillot ireland bank"), &words("quillot"), &place));
    assert!(!names_a_branch(&words("quillot"), &words("quillot"), &place));
    assert!(!names_a_branch(&words("quillot ireland"), &words("marrow"), &place));
    // end to end, with a place the general list holds
    let m = &[("Quillot Motor Works", Company), ("Quillot Germany", Company), ("Berlin", Location)];
    let lines = fact_lines(&run_with(
        "Quillot Motor Works (Quillot) reported a loss. Quillot Germany cut 300 jobs in Berlin on Monday.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(lines.iter().any(|l| l.starts_with("rel Quillot Germany ParentOrganization Quillot")), "{lines:?}");
}

#[test]
fn a_business_line_after_a_full_name_is_a_division() {
    use super::super::relations::names_a_unit;
    let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    assert!(names_a_unit(&words("quillot credit"), &words("quillot")));
    assert!(names_a_unit(&words("quillot commercial aircraft"), &words("quillot")));
    assert!(!names_a_unit(&words("quillot retail limited"), &words("quillot")));
    // the resolver keeps the short name apart from its business line, so the two are linked
    let m = &[("Quillot Commercial Aircraft", Company), ("Quillot", Company)];
    let d = run_with(
        "Quillot Commercial Aircraft delivered 40 jets. Quillot said its defence arm grew.",
        "2024-05-01",
        None,
        m,
    );
    let lines = fact_lines(&d);
    assert!(has(&lines, "rel Quillot Commercial Aircraft ParentOrganization Quillot"), "{lines:?}");
}

#[test]
fn a_parent_named_with_an_abbreviated_legal_form_before_the_comma() {
    let m = &[("Quorvane Corp", Company), ("Belmont Tooling", Company)];
    let lines = fact_lines(&run_with(
        "Quorvane Corp., the parent company of Belmont Tooling, said on Friday that it would cut jobs.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Belmont Tooling ParentOrganization Quorvane Corp"), "{lines:?}");
    assert!(!has(&lines, "rel Quorvane Corp ParentOrganization Belmont Tooling"), "{lines:?}");
}
