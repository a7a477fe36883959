//! Relation grammar inside one sentence (s15): bought names the recogniser typed a service, the
//! names a deal verb lists after its object, and products named beside their owner's possessive
//! service noun. Invented sentences (none from the evaluation articles).

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{Company, Service};

fn has(lines: &[String], want: &str) -> bool {
    lines.iter().any(|l| l == want)
}

#[test]
fn a_bought_name_typed_a_service_is_still_acquired() {
    let m = &[("Pellory Media", Company), ("Snapwick", Service)];
    for text in [
        "Pellory Media acquired Snapwick for $40 million in 2015.",
        "Snapwick was sold last year to Pellory Media.",
        "Regulators cleared the acquisition of Snapwick by Pellory Media on Tuesday.",
    ] {
        let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
        assert!(has(&lines, "rel Pellory Media Acquired Snapwick"), "{text}: {lines:?}");
    }
    // a negated deal buys nothing
    let lines = fact_lines(&run_with("Pellory Media never acquired Snapwick.", "2024-05-01", None, m));
    assert!(!lines.iter().any(|l| l.contains("Acquired")), "{lines:?}");
}

#[test]
fn names_listed_after_a_deal_verb_are_each_acquired() {
    let m = &[("Tarnwell Group", Company), ("Brisket Labs", Company), ("Oxlow", Service), ("Fennimore", Company)];
    for text in [
        "Several start-ups that Tarnwell Group has acquired, namely Brisket Labs, Oxlow and Fennimore, were closed.",
        "Tarnwell Group bought three smaller rivals, including Brisket Labs, Oxlow and Fennimore.",
    ] {
        let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
        for x in ["Brisket Labs", "Oxlow", "Fennimore"] {
            assert!(has(&lines, &format!("rel Tarnwell Group Acquired {x}")), "{text}: {x}: {lines:?}");
        }
    }
    // a part of each firm changed hands, not the firms
    let lines = fact_lines(&run_with(
        "Tarnwell Group bought stakes in rivals, including Brisket Labs and Fennimore.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(!lines.iter().any(|l| l.contains("Acquired")), "{lines:?}");
}

#[test]
fn a_product_beside_its_owners_service_noun_is_provided_by_it() {
    let m = &[("Karrow Bank", Company), ("KarrowGo", Service), ("Zimla", Company)];
    for text in [
        "Customers of Karrow Bank's digital banking app, KarrowGo, could not log in on Monday.",
        "Karrow Bank said its low-cost mobile brand, KarrowGo, would be sold.",
        "Karrow Bank's KarrowGo customer app was offline for an hour.",
    ] {
        let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
        assert!(has(&lines, "rel KarrowGo Provider Karrow Bank"), "{text}: {lines:?}");
    }
    // a name typed a company after the noun is a product too
    let m2 = &[("Karrow Bank", Company), ("Zimla", Company)];
    let lines = fact_lines(&run_with("Karrow Bank's budget brand, Zimla, was hit.", "2024-05-01", None, m2));
    assert!(has(&lines, "rel Zimla Provider Karrow Bank"), "{lines:?}");
    // "its" refers back, never to a company named later in the sentence
    let lines = fact_lines(&run_with(
        "Karrow Bank reported a loss. Its app, KarrowGo, was rebuilt last year with help from Zimla.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel KarrowGo Provider Karrow Bank"), "{lines:?}");
    assert!(!has(&lines, "rel KarrowGo Provider Zimla"), "{lines:?}");
}

#[test]
fn a_company_typed_name_after_a_possessed_service_noun_is_a_product() {
    let m = &[("Harlo Group", Company), ("Pictly", Company)];
    let lines = fact_lines(&run_with(
        "Harlo Group's photo sharing website Pictly was blocked on Tuesday.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(has(&lines, "rel Pictly Provider Harlo Group"), "{lines:?}");
    // not after a word that is no service noun
    let lines = fact_lines(&run_with("Harlo Group's main rival Pictly was fined.", "2024-05-01", None, m));
    assert!(!has(&lines, "rel Pictly Provider Harlo Group"), "{lines:?}");
}

#[test]
fn a_service_sold_as_a_brand_is_no_company_bought() {
    let m = &[("Pellory Media", Company), ("Snapwick", Service), ("Dunmore Holdings", Company)];
    let lines = fact_lines(&run_with(
        "Dunmore Holdings sold the Snapwick brand to Pellory Media in 2009.",
        "2024-05-01",
        None,
        m,
    ));
    assert!(!has(&lines, "rel Pellory Media Acquired Snapwick"), "{lines:?}");
}
