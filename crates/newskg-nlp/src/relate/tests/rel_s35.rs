//! Relations read in session 35 (lane rel35): a joint venture told as a clause
//! (`partners-venture-clause`) and a controlling stake bought (`deals-controlling-stake`).
//! Invented sentences (none from the evaluation articles); each test also runs with its rule
//! switched off and checks the relation is then missing.

use super::{fact_lines, relations_without as off, run_with};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Location, Service};

#[test]
fn a_venture_founded_as_a_joint_venture_has_each_member_as_parent() {
    let m = &[("Harlow Cable", Company), ("Brixton Media", Company), ("Ottavi Telecom", Company), ("Leeds", Location)];
    let d = run_with(
        "In 2003, Harlow Cable was set up in Leeds as a 60:40 joint venture between Brixton Media and Ottavi Telecom.",
        "2024-05-01",
        None,
        m,
    );
    let lines = fact_lines(&d);
    for want in [
        "rel Harlow Cable ParentOrganization Brixton Media",
        "rel Harlow Cable ParentOrganization Ottavi Telecom",
        "rel Brixton Media Partner Ottavi Telecom",
    ] {
        assert!(lines.iter().any(|l| l == want), "{want}: {lines:?}");
    }
    let gone = off(&d, Rule::VentureClause);
    assert!(!gone.iter().any(|l| l.starts_with("rel Harlow Cable ParentOrganization")), "{gone:?}");
}

#[test]
fn a_copula_or_relative_clause_names_the_venture_and_a_list_gives_every_member() {
    let m =
        &[("Quarry Tunes", Company), ("Delmont Records", Company), ("Brisk Media", Company), ("Pell Audio", Company)];
    // through "which" to the name the sentence opens with
    let d = run_with(
        "Quarry Tunes was a record label, which was an equal joint venture of Delmont Records, Brisk Media and Pell Audio.",
        "2024-05-01",
        None,
        m,
    );
    let lines = fact_lines(&d);
    for want in [
        "rel Quarry Tunes ParentOrganization Delmont Records",
        "rel Quarry Tunes ParentOrganization Brisk Media",
        "rel Quarry Tunes ParentOrganization Pell Audio",
        "rel Brisk Media Partner Pell Audio",
    ] {
        assert!(lines.iter().any(|l| l == want), "{want}: {lines:?}");
    }
    assert!(!off(&d, Rule::VentureClause).iter().any(|l| l.starts_with("rel Quarry Tunes ParentOrganization")));
    // a venture typed a service is its members' service
    let m = &[("Tallyho Pay", Service), ("Delmont Records", Company), ("Brisk Media", Company)];
    let d = run_with(
        "Tallyho Pay is a joint venture company formed by Delmont Records and Brisk Media.",
        "2024-05-01",
        None,
        m,
    );
    let lines = fact_lines(&d);
    assert!(lines.iter().any(|l| l == "rel Tallyho Pay Provider Brisk Media"), "{lines:?}");
}

#[test]
fn a_blocked_or_proposed_joint_venture_and_a_cut_name_give_nothing() {
    let m = &[("Brixton Media", Company), ("Ottavi Telecom", Company), ("Harlow Cable", Company)];
    let d = run_with(
        "The regulator prohibited the creation of a joint venture by Brixton Media and Ottavi Telecom.",
        "2024-05-01",
        None,
        m,
    );
    let lines = fact_lines(&d);
    assert!(!lines.iter().any(|l| l == "rel Brixton Media Partner Ottavi Telecom"), "{lines:?}");
    let d = run_with(
        "Harlow Cable is a proposed joint venture between Brixton Media and Ottavi Telecom.",
        "2024-05-01",
        None,
        m,
    );
    let lines = fact_lines(&d);
    assert!(!lines.iter().any(|l| l.starts_with("rel Harlow Cable ParentOrganization")), "{lines:?}");
    // "Northern" left out of the name: that member is not read, the others are
    let m = &[("Harlow Cable", Company), ("Copper", Company), ("Ottavi Telecom", Company)];
    let d = run_with(
        "Harlow Cable was formed as a joint venture between Northern Copper and Ottavi Telecom.",
        "2024-05-01",
        None,
        m,
    );
    let lines = fact_lines(&d);
    assert!(!lines.iter().any(|l| l == "rel Harlow Cable ParentOrganization Copper"), "{lines:?}");
    assert!(lines.iter().any(|l| l == "rel Harlow Cable ParentOrganization Ottavi Telecom"), "{lines:?}");
}

#[test]
fn a_controlling_stake_bought_is_the_company_bought() {
    let m = &[("Ostrava Steel", Company), ("Velka Mining", Company)];
    let d = run_with(
        "In 2014, Ostrava Steel acquired a controlling interest in Velka Mining, a coal producer.",
        "2024-05-01",
        None,
        m,
    );
    let lines = fact_lines(&d);
    assert!(lines.iter().any(|l| l == "rel Ostrava Steel Acquired Velka Mining"), "{lines:?}");
    assert!(lines.iter().any(|l| l == "rel Velka Mining ParentOrganization Ostrava Steel"), "{lines:?}");
    let gone = off(&d, Rule::ControllingStake);
    assert!(!gone.iter().any(|l| l == "rel Ostrava Steel Acquired Velka Mining"), "{gone:?}");
    // a stake that gives no control is no takeover
    let d = run_with("In 2014, Ostrava Steel acquired a small stake in Velka Mining.", "2024-05-01", None, m);
    let lines = fact_lines(&d);
    assert!(!lines.iter().any(|l| l == "rel Ostrava Steel Acquired Velka Mining"), "{lines:?}");
}

#[test]
fn members_described_in_an_aside_and_a_venture_after_and_are_read() {
    let m = &[("Pellow Dairy", Company), ("Harnmoor Group", Company), ("Brisco Foods", Company), ("Wales", Location)];
    let d = run_with(
        "Pellow Dairy is a food and beverage joint venture company established between the Harnmoor Group, the \
         largest dairy producer in Wales, and Brisco Foods.",
        "2024-05-01",
        None,
        m,
    );
    let lines = fact_lines(&d);
    for want in
        ["rel Pellow Dairy ParentOrganization Harnmoor Group", "rel Pellow Dairy ParentOrganization Brisco Foods"]
    {
        assert!(lines.iter().any(|l| l == want), "{want}: {lines:?}");
    }
    assert!(!off(&d, Rule::VentureClause).iter().any(|l| l.starts_with("rel Pellow Dairy ParentOrganization")));
    let m =
        &[("Dorval Silicones", Company), ("Dorval Chemical", Company), ("Kesset Glass", Company), ("Ohio", Location)];
    let d = run_with(
        "Dorval Silicones is a maker of sealants based in Ohio, and a 50:50 joint venture between Dorval Chemical \
         (51 percent) and Kesset Glass.",
        "2024-05-01",
        None,
        m,
    );
    let lines = fact_lines(&d);
    for want in [
        "rel Dorval Silicones ParentOrganization Dorval Chemical",
        "rel Dorval Silicones ParentOrganization Kesset Glass",
    ] {
        assert!(lines.iter().any(|l| l == want), "{want}: {lines:?}");
    }
}

#[test]
fn a_name_said_to_be_part_of_an_organisation_is_its_unit() {
    let m = &[("Korvin Bank", Company), ("Halden Group", Company), ("Tessa Holdings", Company), ("Merrow", Company)];
    let d = run_with("In 2011 Korvin Bank became part of Halden Group after a merger.", "2024-05-01", None, m);
    let lines = fact_lines(&d);
    assert!(lines.iter().any(|l| l == "rel Korvin Bank ParentOrganization Halden Group"), "{lines:?}");
    let gone = off(&d, Rule::PartOf);
    assert!(!gone.iter().any(|l| l == "rel Korvin Bank ParentOrganization Halden Group"), "{gone:?}");
    let d = run_with("It is owned by Tessa Holdings (part of Halden Group) and by Merrow.", "2024-05-01", None, m);
    let lines = fact_lines(&d);
    assert!(lines.iter().any(|l| l == "rel Tessa Holdings ParentOrganization Halden Group"), "{lines:?}");
    // an alliance of independent members, a possessor's plan, or a future link: nothing
    for text in [
        "Korvin Bank is part of the Halden alliance of lenders.",
        "Korvin Bank is part of Halden Group's expansion plan.",
        "Korvin Bank will become part of Halden Group next year.",
    ] {
        let m = &[("Korvin Bank", Company), ("Halden", Company), ("Halden Group", Company)];
        let d = run_with(text, "2024-05-01", None, m);
        let lines = fact_lines(&d);
        assert!(!lines.iter().any(|l| l.starts_with("rel Korvin Bank ParentOrganization Halden")), "{text}: {lines:?}");
    }
}
