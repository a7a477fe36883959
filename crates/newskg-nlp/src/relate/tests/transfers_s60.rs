//! Sixtieth session: transfers of control and licences in more shapes. The transferor keeps what
//! it transfers and a list of companies is transferred together (rule
//! `relations-transfer-from-parent`), the holders of "licenses held by X" are the companies
//! transferred (rule `relations-transfer-held-licences`), and a licence transfer whose sentence
//! names no station moves every station the text names by its call sign (rule
//! `deals-licences-elsewhere`). Invented sentences and names, with the recogniser's mentions by hand.

use super::deals_s48::{assert_assigned, has_line, rel_only_under, rels};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Location};

#[test]
fn a_transfer_of_control_leaves_the_company_under_its_transferor() {
    let text = "Brisk Valley Telephone Company and Marrow Telecom, Inc. filed an application to transfer control \
                of Tolvane Holdings, Inc. (Tolvane) from Quellon Partners to Marrow Telecom, Inc.";
    let names = [
        ("Brisk Valley Telephone Company", Company),
        ("Marrow Telecom, Inc", Company),
        ("Tolvane Holdings, Inc", Company),
        ("Tolvane", Company),
        ("Quellon Partners", Company),
    ];
    let got = rel_only_under(
        text,
        &names,
        Rule::TransferFromParent,
        "rel Tolvane Holdings, Inc ParentOrganization Quellon Partners",
    );
    assert!(has_line(&got, "rel Marrow Telecom, Inc Acquired Tolvane Holdings, Inc"), "{got:#?}");
    // the buyer is no parent yet
    assert!(!has_line(&got, "rel Tolvane Holdings, Inc ParentOrganization Marrow Telecom, Inc"), "{got:#?}");
}

#[test]
fn a_transferor_and_its_subsidiary_both_hold_the_company() {
    let text = "The parties request consent to transfer control of Ostrel Networks LLC from Quellon Group and its \
                wholly owned subsidiary, Quellon Americas, LLC, to Marrow Telecom.";
    let names = [
        ("Ostrel Networks LLC", Company),
        ("Quellon Group", Company),
        ("Quellon Americas, LLC", Company),
        ("Marrow Telecom", Company),
    ];
    let got = rel_only_under(
        text,
        &names,
        Rule::TransferFromParent,
        "rel Ostrel Networks LLC ParentOrganization Quellon Group",
    );
    assert!(has_line(&got, "rel Ostrel Networks LLC ParentOrganization Quellon Americas, LLC"), "{got:#?}");
    assert!(has_line(&got, "rel Marrow Telecom Acquired Ostrel Networks LLC"), "{got:#?}");
}

#[test]
fn companies_listed_in_a_transfer_of_control_are_each_transferred() {
    let text = "Marrow Telecom filed an application to transfer control of Brisk Telephone Co. (Brisk), Ostrel \
                Networks (Ostrel) and Dunmore Telephone Co. from Quellon Services Corp. to Marrow Telecom.";
    let names = [
        ("Marrow Telecom", Company),
        ("Brisk Telephone Co", Company),
        ("Brisk", Company),
        ("Ostrel Networks", Company),
        ("Ostrel", Company),
        ("Dunmore Telephone Co", Company),
        ("Quellon Services Corp", Company),
    ];
    for unit in ["Ostrel Networks", "Dunmore Telephone Co"] {
        rel_only_under(text, &names, Rule::TransferFromParent, &format!("rel Marrow Telecom Acquired {unit}"));
    }
    let got = rels(text, &names, None);
    assert!(has_line(&got, "rel Dunmore Telephone Co ParentOrganization Quellon Services Corp"), "{got:#?}");
}

#[test]
fn licences_held_by_a_company_transfer_that_company() {
    let text = "The applicants seek approval of the transfer of control of licenses and authorizations held by \
                Zeta Wireless Corporation from Zeta Holdings to Kestrel Cellular.";
    let names = [("Zeta Wireless Corporation", Company), ("Zeta Holdings", Company), ("Kestrel Cellular", Company)];
    let got = rel_only_under(
        text,
        &names,
        Rule::TransferHeldLicences,
        "rel Kestrel Cellular Acquired Zeta Wireless Corporation",
    );
    assert!(has_line(&got, "rel Zeta Wireless Corporation ParentOrganization Zeta Holdings"), "{got:#?}");
}

#[test]
fn licences_transferred_without_their_stations_named_move_the_stations_the_text_names() {
    let text = "Re: Assignment of Licenses KQZX-TV, Dunmore, TX and WQRB-TV, Boone, TX. We grant the \
                applications for the assignment of two television licenses from subsidiaries of Harlow Media \
                Corporation to Kestrel Broadcasting, Inc.";
    let names = [
        ("KQZX-TV", Company),
        ("Dunmore", Location),
        ("TX", Location),
        ("WQRB-TV", Company),
        ("Boone", Location),
        ("Harlow Media Corporation", Company),
        ("Kestrel Broadcasting, Inc", Company),
    ];
    let got = rel_only_under(text, &names, Rule::LicencesElsewhere, "rel Kestrel Broadcasting, Inc Acquired KQZX-TV");
    assert_assigned(&got, "Kestrel Broadcasting, Inc", "KQZX-TV", "Harlow Media Corporation");
    assert_assigned(&got, "Kestrel Broadcasting, Inc", "WQRB-TV", "Harlow Media Corporation");
    // "the transfer of control of television licenses from A to B" reads the same
    let text = "Re: KQZX-TV, Dunmore, TX. We grant the applications for transfer of control of television licenses \
                from Harlow Media Corporation to Kestrel Broadcasting, Inc.";
    let got = rel_only_under(text, &names, Rule::LicencesElsewhere, "rel Kestrel Broadcasting, Inc Acquired KQZX-TV");
    assert_assigned(&got, "Kestrel Broadcasting, Inc", "KQZX-TV", "Harlow Media Corporation");
    // no licence sentence, no station moved
    let text = "Re: KQZX-TV, Dunmore, TX. Harlow Media Corporation and Kestrel Broadcasting, Inc. filed comments.";
    assert!(!rels(text, &names, None).iter().any(|l| l.contains(" Acquired ")), "{:#?}", rels(text, &names, None));
}

#[test]
fn a_stake_or_business_bought_from_an_owner_is_no_takeover_of_the_owner() {
    let names = [("Kestrel Bank", Company), ("Zeta Credit", Company), ("Dunmore Finance", Company)];
    for text in [
        "In 2005, Kestrel Bank acquired Zeta Credit's 40% stake in Dunmore Finance.",
        "Kestrel Bank purchased Zeta Credit's Caribbean operations in 2005.",
    ] {
        let got = rels(text, &names, None);
        assert!(!has_line(&got, "rel Kestrel Bank Acquired Zeta Credit"), "{text}: {got:#?}");
        assert!(!has_line(&got, "rel Zeta Credit ParentOrganization Kestrel Bank"), "{text}: {got:#?}");
        let off = rels(text, &names, Some(Rule::PossessivePart));
        assert!(has_line(&off, "rel Kestrel Bank Acquired Zeta Credit"), "{text}: {off:#?}");
    }
    // the companies added by "as well as" still are
    let text = "Kestrel Bank acquired Zeta Credit's branches, as well as subsidiary businesses Dunmore Finance.";
    let got = rels(text, &names, None);
    assert!(has_line(&got, "rel Kestrel Bank Acquired Dunmore Finance"), "{got:#?}");
    assert!(!has_line(&got, "rel Kestrel Bank Acquired Zeta Credit"), "{got:#?}");
    // the company itself bought still is
    let got = rels("Kestrel Bank acquired Zeta Credit in 2005.", &names, None);
    assert!(has_line(&got, "rel Kestrel Bank Acquired Zeta Credit"), "{got:#?}");
}
