//! Organisations that own or control another together (rule `relations-co-owners`, session 22).
//! Invented sentences (none from the evaluation articles).

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::Company;

fn has(lines: &[String], want: &str) -> bool {
    lines.iter().any(|l| l == want)
}

#[test]
fn co_owners_are_partners_and_parents_of_what_they_own() {
    let m = &[("Brantel Networks", Company), ("Orvello Telecom", Company), ("Kesterline Group", Company)];
    let text = "Orvello Telecom and Kesterline Group had shared ownership of Brantel Networks until 2019.";
    let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
    assert!(has(&lines, "rel Brantel Networks ParentOrganization Orvello Telecom"), "{text}: {lines:?}");
    assert!(has(&lines, "rel Brantel Networks ParentOrganization Kesterline Group"), "{text}: {lines:?}");
    for text in [
        "Staff at Brantel Networks, jointly owned by Orvello Telecom and Kesterline Group, went on strike.",
        "The board of Brantel Networks's joint-owning groups, Orvello Telecom and Kesterline Group, met on Monday.",
    ] {
        let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
        assert!(has(&lines, "rel Orvello Telecom Partner Kesterline Group"), "{text}: {lines:?}");
        assert!(has(&lines, "rel Brantel Networks ParentOrganization Orvello Telecom"), "{text}: {lines:?}");
        assert!(has(&lines, "rel Brantel Networks ParentOrganization Kesterline Group"), "{text}: {lines:?}");
    }
}

#[test]
fn joint_control_or_a_joint_venture_makes_partners_only() {
    let m = &[("Tavona Towers", Company), ("Ferrant Telecom", Company), ("Zellig Mobile", Company)];
    for text in [
        "The regulator cleared the acquisition of joint control of Tavona Towers by Ferrant Telecom and Zellig Mobile.",
        "Tavona Towers is an equally owned joint venture of Ferrant Telecom and Zellig Mobile formed in 1950.",
    ] {
        let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
        assert!(has(&lines, "rel Ferrant Telecom Partner Zellig Mobile"), "{text}: {lines:?}");
        assert!(!has(&lines, "rel Tavona Towers ParentOrganization Ferrant Telecom"), "{text}: {lines:?}");
    }
    // a single owner, or a negated joint ownership: no partners
    for text in [
        "Ferrant Telecom has joint control of its towers, and Zellig Mobile sells phones.",
        "Ferrant Telecom and Zellig Mobile never had shared ownership of Tavona Towers.",
        "The regulator prohibited the creation of a joint venture by Ferrant Telecom and Zellig Mobile.",
    ] {
        let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
        assert!(!has(&lines, "rel Ferrant Telecom Partner Zellig Mobile"), "{text}: {lines:?}");
    }
}
