//! Fifty-ninth session: in-sentence relation constructions the patterns missed — adverbs before a
//! passive deal verb and "taken over by" (rule `deals-passive-adverbs`), controlling stakes told
//! with a stake verb, a percentage, "shareholding" or "the remaining shares" (rule
//! `deals-stake-forms`), a unit noun phrase after "has been" or an adverb (rule
//! `relations-unit-copula-adverbs`), "operates as part of" (rule `relations-operates-as-part`) and
//! a broadcast station's licensee (rule `relations-licensee-of`).
//! Invented sentences and names, with the recogniser's mentions by hand.

use super::deals_s48::{has_line, rel_only_under, rels};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::Company;

#[test]
fn adverbs_before_a_passive_deal_verb() {
    let text = "Orvel Studios was subsequently purchased by Halcyon Games. \
                Brixel Foods, which in turn was eventually acquired by Morrow Group, grew.";
    let names =
        [("Orvel Studios", Company), ("Halcyon Games", Company), ("Brixel Foods", Company), ("Morrow Group", Company)];
    let got = rel_only_under(text, &names, Rule::PassiveDealAdverbs, "rel Halcyon Games Acquired Orvel Studios");
    assert!(has_line(&got, "rel Orvel Studios ParentOrganization Halcyon Games"), "{got:#?}");
    rel_only_under(text, &names, Rule::PassiveDealAdverbs, "rel Morrow Group Acquired Brixel Foods");
}

#[test]
fn taken_over_by_is_a_deal() {
    let text = "Kettle Media was taken over by Gaiety Investments in 2003.";
    let names = [("Kettle Media", Company), ("Gaiety Investments", Company)];
    rel_only_under(text, &names, Rule::PassiveDealAdverbs, "rel Gaiety Investments Acquired Kettle Media");
    // agreed only: an acquisition, no parent yet
    let text = "Kettle Media has agreed to be taken over by Gaiety Investments.";
    let got = rel_only_under(text, &names, Rule::PassiveDealAdverbs, "rel Gaiety Investments Acquired Kettle Media");
    assert!(!has_line(&got, "rel Kettle Media ParentOrganization Gaiety Investments"), "{got:#?}");
}

#[test]
fn controlling_stakes_in_more_shapes() {
    let names = [("Zeta Holdings", Company), ("Bankom Group", Company)];
    for text in [
        "In 2014 Zeta Holdings acquired a majority shareholding in Bankom Group.",
        "Zeta Holdings acquired an undisclosed majority stake in Bankom Group.",
        "Zeta Holdings bought out the remaining shares of Bankom Group.",
        "Zeta Holdings took a majority stake in Bankom Group.",
        "Zeta Holdings took a 60 per cent stake in Bankom Group in 2011.",
        "Zeta Holdings says it is taking a 98 percent stake in Bankom Group.",
    ] {
        let got = rels(text, &names, None);
        assert!(has_line(&got, "rel Zeta Holdings Acquired Bankom Group"), "{text}: {got:#?}");
        assert!(has_line(&got, "rel Bankom Group ParentOrganization Zeta Holdings"), "{text}: {got:#?}");
        let off = rels(text, &names, Some(Rule::StakeForms));
        assert!(!has_line(&off, "rel Zeta Holdings Acquired Bankom Group"), "{text}: {off:#?}");
    }
    // a minority stake is no takeover
    for text in
        ["Zeta Holdings took a 40 per cent stake in Bankom Group.", "Zeta Holdings took a stake in Bankom Group."]
    {
        let got = rels(text, &names, None);
        assert!(!has_line(&got, "rel Zeta Holdings Acquired Bankom Group"), "{text}: {got:#?}");
    }
}

#[test]
fn a_unit_after_has_been_or_an_adverb() {
    let names = [("Zentrix Toys", Company), ("Mattor Group", Company)];
    for text in [
        "Zentrix Toys has been a subsidiary of Mattor Group since 1993.",
        "Zentrix Toys is now a division of Mattor Group.",
    ] {
        rel_only_under(text, &names, Rule::UnitCopulaAdverbs, "rel Zentrix Toys ParentOrganization Mattor Group");
    }
}

#[test]
fn operates_as_part_of() {
    let text = "Lantern Air operates as part of the Castor Aviation Group.";
    let names = [("Lantern Air", Company), ("Castor Aviation Group", Company)];
    rel_only_under(text, &names, Rule::OperatesAsPart, "rel Lantern Air ParentOrganization Castor Aviation Group");
    let got = rels(text, &names, None);
    assert!(!has_line(&got, "rel Castor Aviation Group ParentOrganization Lantern Air"), "{got:#?}");
}

#[test]
fn a_licensee_is_its_stations_parent() {
    let text = "On May 2, 2010, Kestrel Radio, LLC, licensee of Stations KQZX(FM), Dunmore, and WQRB(AM), \
                filed a petition. Harlow Media is currently the licensee of WQPT(TV).";
    let names = [
        ("Kestrel Radio, LLC", Company),
        ("KQZX(FM)", Company),
        ("Dunmore", newskg_doc::EntityKind::Location),
        ("WQRB(AM)", Company),
        ("Harlow Media", Company),
        ("WQPT(TV)", Company),
    ];
    let got = rel_only_under(text, &names, Rule::LicenseeOf, "rel KQZX(FM) ParentOrganization Kestrel Radio, LLC");
    assert!(has_line(&got, "rel WQRB(AM) ParentOrganization Kestrel Radio, LLC"), "{got:#?}");
    rel_only_under(text, &names, Rule::LicenseeOf, "rel WQPT(TV) ParentOrganization Harlow Media");
}
