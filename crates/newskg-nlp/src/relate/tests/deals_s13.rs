//! Sales, deal nouns with a name's tail, parents named by a modified noun, descriptors with
//! "and" and orders of a maker's counted products (the s13 relation grammar). Invented sentences
//! (none from the evaluation articles).

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{Company, Location, Service};

fn has(lines: &[String], want: &str) -> bool {
    lines.iter().any(|l| l == want)
}

#[test]
fn a_sale_to_a_buyer_is_its_acquisition() {
    let m = &[("Orvane Media", Company), ("Pellick Ltd", Company), ("Castor Partners", Company)];
    let lines = fact_lines(&run_with(
        "Orvane Media sold Pellick Ltd to the fund Castor Partners last week.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Castor Partners Acquired Pellick Ltd"), "{lines:?}");
    assert!(has(&lines, "rel Pellick Ltd ParentOrganization Castor Partners"), "{lines:?}");
    // to come, not done: the acquisition only
    let lines = fact_lines(&run_with(
        "Orvane Media will sell Pellick Ltd to Castor Partners for $40 million.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Castor Partners Acquired Pellick Ltd"), "{lines:?}");
    assert!(!has(&lines, "rel Pellick Ltd ParentOrganization Castor Partners"), "{lines:?}");
    // the noun: "the sale of the group's unit, Y, to Z"
    let lines = fact_lines(&run_with(
        "The chief executive oversaw the sale of the group's radio unit, Pellick Ltd, to Castor Partners.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Castor Partners Acquired Pellick Ltd"), "{lines:?}");
    // no sale: negated, only planned, or a stake
    for text in [
        "Orvane Media did not sell Pellick Ltd to Castor Partners.",
        "Orvane Media plans to sell Pellick Ltd to Castor Partners.",
        "Orvane Media sold its stake in Pellick Ltd to Castor Partners.",
    ] {
        let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
        assert!(!lines.iter().any(|l| l.starts_with("rel Castor Partners Acquired")), "{text}: {lines:?}");
    }
}

#[test]
fn a_deal_noun_reads_past_a_legal_form_a_place_and_joint_buyers() {
    let m =
        &[("Hollin Systems", Company), ("Marrow Capital", Company), ("Tessel Group", Company), ("Portugal", Location)];
    let lines = fact_lines(&run_with(
        "The regulator cleared the acquisition of Hollin Systems, Inc. by Marrow Capital.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Marrow Capital Acquired Hollin Systems"), "{lines:?}");
    let lines = fact_lines(&run_with(
        "The regulator cleared the acquisition of joint control of Hollin Systems of Portugal by Marrow Capital and Tessel Group.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Marrow Capital Acquired Hollin Systems"), "{lines:?}");
    assert!(has(&lines, "rel Tessel Group Acquired Hollin Systems"), "{lines:?}");
    // a proposed deal is an acquisition (not yet a parent); a blocked or planned one is none
    let lines = fact_lines(&run_with(
        "The regulator cleared the proposed acquisition of Hollin Systems by Marrow Capital.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Marrow Capital Acquired Hollin Systems"), "{lines:?}");
    assert!(!has(&lines, "rel Hollin Systems ParentOrganization Marrow Capital"), "{lines:?}");
    for text in [
        "The regulator blocked the proposed acquisition of Hollin Systems by Marrow Capital.",
        "The regulator will not allow the acquisition of Hollin Systems by Marrow Capital.",
    ] {
        let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
        assert!(!has(&lines, "rel Marrow Capital Acquired Hollin Systems"), "{text}: {lines:?}");
    }
}

#[test]
fn a_modified_parent_noun_and_a_descriptor_with_and_name_the_parent() {
    let m = &[("Quarrel Holdings", Company), ("Fenwick Air", Company), ("Canadian", Location)];
    let lines = fact_lines(&run_with(
        "Quarrel Holdings, the Canadian parent of Fenwick Air, kept its stake.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Fenwick Air ParentOrganization Quarrel Holdings"), "{lines:?}");
    let m = &[("Brask", Company), ("Ludmoor Verkehr AG", Company)];
    let lines = fact_lines(&run_with(
        "Brask, a subsidiary of the rail and freight group Ludmoor Verkehr AG, employs 9,000 people.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Brask ParentOrganization Ludmoor Verkehr AG"), "{lines:?}");
    // "and" before a name joins two names, not a descriptor
    let m = &[("Brask", Company), ("Selwyn Group", Company)];
    let lines = fact_lines(&run_with(
        "Brask, a subsidiary of the bank and Selwyn Group, employs 9,000 people.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(!has(&lines, "rel Brask ParentOrganization Selwyn Group"), "{lines:?}");
}

#[test]
fn a_counted_product_of_a_maker_makes_buyer_and_maker_partners() {
    let m = &[("Serrat Air", Company), ("Halvard Aero", Company), ("Halvard Aero H40", Service)];
    let lines = fact_lines(&run_with(
        "Halvard Aero said Serrat Air ordered 18 Halvard Aero H40 jets on Monday.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Serrat Air Partner Halvard Aero"), "{lines:?}");
    // without a count it is no order; a negated one is none either
    for text in [
        "Halvard Aero said Serrat Air praised the Halvard Aero H40 jets.",
        "Halvard Aero said Serrat Air did not order 18 Halvard Aero H40 jets.",
    ] {
        let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
        assert!(!has(&lines, "rel Serrat Air Partner Halvard Aero"), "{text}: {lines:?}");
    }
    // counted products are no takeover of their maker
    let m = &[("Serrat Air", Company), ("Halvard", Company)];
    let lines = fact_lines(&run_with("Serrat Air bought ten Halvard 90s last year.", "2024-05-01", None, m));
    assert!(!has(&lines, "rel Serrat Air Acquired Halvard"), "{lines:?}");
}
