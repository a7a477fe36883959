//! Relation grammar inside one sentence (s21): deals a regulator states (rule `deals-licensed`)
//! and ownership told in an aside (rule `relations-owner-asides`). Invented sentences (none from
//! the evaluation articles).

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{Company, Location, Service};

fn has(lines: &[String], want: &str) -> bool {
    lines.iter().any(|l| l == want)
}

fn acquired_any(lines: &[String]) -> bool {
    lines.iter().any(|l| l.contains("Acquired"))
}

#[test]
fn a_regulator_names_the_buyer_of_an_acquisition_before_the_target() {
    let m = &[("Kestrel Media", Company), ("Brightwave Radio", Company)];
    let text = "The authority is reviewing the completed acquisition by Kestrel Media plc of Brightwave Radio Ltd.";
    let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
    assert!(has(&lines, "rel Kestrel Media Acquired Brightwave Radio Ltd"), "{lines:?}");
    assert!(has(&lines, "rel Brightwave Radio Ltd ParentOrganization Kestrel Media"), "{lines:?}");
    // a proposed deal is acquired only; a blocked one is nothing
    let text = "The authority is reviewing the proposed acquisition by Kestrel Media of Brightwave Radio.";
    let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
    assert!(has(&lines, "rel Kestrel Media Acquired Brightwave Radio"), "{lines:?}");
    assert!(!lines.iter().any(|l| l.contains("ParentOrganization")), "{lines:?}");
    let text = "The authority blocked the acquisition by Kestrel Media of Brightwave Radio.";
    assert!(!acquired_any(&fact_lines(&run_with(text, "2024-05-01", None, m))));
}

#[test]
fn an_application_to_acquire_names_its_buyer() {
    let m = &[
        ("Northwind Bancorp", Company),
        ("Lakeshore Financial Corporation", Company),
        ("Lakeshore Savings Bank", Company),
        ("Dayton", Location),
        ("Ohio", Location),
        ("Erie", Location),
        ("Pennsylvania", Location),
    ];
    let text = "The Board announced its approval of the application under section 3 of the Act by Northwind \
                Bancorp, Dayton, Ohio, to acquire Lakeshore Financial Corporation, Erie, Pennsylvania, and \
                thereby indirectly acquire its subsidiary bank, Lakeshore Savings Bank.";
    let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
    assert!(has(&lines, "rel Northwind Bancorp Acquired Lakeshore Financial Corporation"), "{lines:?}");
    assert!(has(&lines, "rel Northwind Bancorp Acquired Lakeshore Savings Bank"), "{lines:?}");
    assert!(has(&lines, "rel Lakeshore Savings Bank ParentOrganization Lakeshore Financial Corporation"), "{lines:?}");
    // a listed entry of approved actions
    for text in [
        "Northwind Bancorp, Dayton, Ohio -- to acquire Lakeshore Savings Bank, Erie, Pennsylvania.",
        "Northwind Bancorp, Dayton, Ohio -- to become a bank holding company by acquiring Lakeshore Savings Bank.",
        "The tribunal authorised Northwind Bancorp to acquire Lakeshore Savings Bank.",
    ] {
        let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
        assert!(has(&lines, "rel Northwind Bancorp Acquired Lakeshore Savings Bank"), "{text}: {lines:?}");
    }
    // no filing, no permission: a plan is not a deal
    let text = "Northwind Bancorp said it hopes one day to acquire Lakeshore Savings Bank.";
    assert!(!acquired_any(&fact_lines(&run_with(text, "2024-05-01", None, m))));
}

#[test]
fn ownership_told_in_an_aside_makes_a_parent() {
    let m = &[
        ("Varrick Capital", Company),
        ("Hollin Mills", Company),
        ("Dunmere Foods", Company),
        ("Crestly Bakeries", Company),
        ("Brisk", Company),
        ("Tidewell One", Company),
        ("Corvane Energy", Company),
        ("Snapwick", Service),
    ];
    let text = "Varrick Capital (owners of Hollin Mills, Dunmere Foods and Crestly Bakeries) said sales fell.";
    let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
    for x in ["Hollin Mills", "Dunmere Foods", "Crestly Bakeries"] {
        assert!(has(&lines, &format!("rel {x} ParentOrganization Varrick Capital")), "{x}: {lines:?}");
    }
    let text = "Two plants, Tidewell One Ltd (co-owned by Corvane Energy) and another, were fined.";
    let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
    assert!(has(&lines, "rel Tidewell One ParentOrganization Corvane Energy"), "{lines:?}");
    let text = "Brisk owner Varrick Capital said it would sell the mill.";
    let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
    assert!(has(&lines, "rel Brisk ParentOrganization Varrick Capital"), "{lines:?}");
    let text = "Snapwick owner Corvane Energy said the app would close.";
    let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
    assert!(has(&lines, "rel Snapwick Provider Corvane Energy"), "{lines:?}");
    // a possessive is another construction's; names side by side with no owner word are nothing
    let text = "Hollin Mills and Varrick Capital signed a lease.";
    let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
    assert!(!lines.iter().any(|l| l.contains("ParentOrganization")), "{lines:?}");
}

#[test]
fn an_owner_is_read_past_a_clause_set_off_by_commas() {
    let m = &[("Rheinwald", Company), ("Vantage Group", Company), ("Domreel", Company), ("Osaka", Location)];
    let text = "Rheinwald, which is controlled by the media group Vantage Group, also owns the studio Domreel.";
    let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
    assert!(has(&lines, "rel Domreel ParentOrganization Rheinwald"), "{lines:?}");
    assert!(!has(&lines, "rel Domreel ParentOrganization Vantage Group"), "{lines:?}");
    let text = "Rheinwald, which is based in Osaka, already owns Domreel.";
    let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
    assert!(has(&lines, "rel Domreel ParentOrganization Rheinwald"), "{lines:?}");
    // ", which owns" still reads the name before the comma
    let text = "Rheinwald said Vantage Group, which owns Domreel, would invest.";
    let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
    assert!(has(&lines, "rel Domreel ParentOrganization Vantage Group"), "{lines:?}");
}
