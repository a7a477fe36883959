//! Sixty-fourth session: passive deal verbs told with a particle ("bought out by", "snapped up
//! by") or as absorbing ("absorbed by"), rule `deals-phrasal-passive`. Invented sentences and
//! names, with the recogniser's mentions by hand.

use super::deals_s48::{has_line, rel_only_under, rels};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::Company;

#[test]
fn bought_out_by_is_a_deal() {
    let text = "In 1962 Tarnley Motors was bought out by Crestfield Holdings.";
    let names = [("Tarnley Motors", Company), ("Crestfield Holdings", Company)];
    let got = rel_only_under(text, &names, Rule::PhrasalPassive, "rel Crestfield Holdings Acquired Tarnley Motors");
    assert!(has_line(&got, "rel Tarnley Motors ParentOrganization Crestfield Holdings"), "{got:#?}");
}

#[test]
fn snapped_up_and_absorbed_by_past_a_year() {
    let names = [("Pellow Dairies", Company), ("Ormsby Foods", Company)];
    for text in [
        "Pellow Dairies was snapped up by Ormsby Foods in 1988.",
        "Pellow Dairies was later absorbed by Ormsby Foods.",
        "The creamery chain Pellow Dairies had been bought up by Ormsby Foods by the end of the war.",
    ] {
        rel_only_under(text, &names, Rule::PhrasalPassive, "rel Ormsby Foods Acquired Pellow Dairies");
    }
}

#[test]
fn no_deal_without_a_passive_or_for_a_cost_absorbed() {
    let names = [("Pellow Dairies", Company), ("Ormsby Foods", Company)];
    for text in [
        // no auxiliary: not told as a passive clause
        "Pellow Dairies, absorbed by Ormsby Foods, closed its plant.",
        // the thing absorbed is no company
        "Pellow Dairies said the losses were absorbed by Ormsby Foods.",
        // the verb is active and "out" belongs to another phrase
        "Pellow Dairies bought out its founders, and Ormsby Foods watched.",
        // denied
        "Pellow Dairies was never bought out by Ormsby Foods.",
    ] {
        let got = rels(text, &names, None);
        assert!(!has_line(&got, "rel Ormsby Foods Acquired Pellow Dairies"), "{text}: {got:#?}");
    }
}

#[test]
fn no_phrasal_deal_from_they() {
    let text = "Tarnley Motors bought Pellow Dairies in 1950. They were bought out by Ormsby Foods in 1961.";
    let names = [("Tarnley Motors", Company), ("Pellow Dairies", Company), ("Ormsby Foods", Company)];
    let got = rels(text, &names, None);
    assert!(!has_line(&got, "rel Ormsby Foods Acquired Pellow Dairies"), "{got:#?}");
}

#[test]
fn merged_into_makes_the_other_the_buyer() {
    let names = [("Pellow Dairies", Company), ("Ormsby Foods", Company)];
    for text in [
        "In 1993 Pellow Dairies was merged into Ormsby Foods.",
        "On March 1, 1993, Pellow Dairies merged into Ormsby Foods and ceased to exist.",
        "Pellow Dairies was later merged into Ormsby Foods in 2004.",
    ] {
        let got = rels(text, &names, None);
        assert!(has_line(&got, "rel Ormsby Foods Acquired Pellow Dairies"), "{text}: {got:#?}");
        assert!(!has_line(&got, "rel Pellow Dairies Acquired Ormsby Foods"), "{text}: {got:#?}");
        let off = rels(text, &names, Some(Rule::MergedInto));
        assert!(!has_line(&off, "rel Ormsby Foods Acquired Pellow Dairies"), "{text}: {off:#?}");
    }
}

#[test]
fn no_buyer_when_several_merged_together_or_denied() {
    let names = [("Tarnley Motors", Company), ("Pellow Dairies", Company), ("Ormsby Foods", Company)];
    for text in [
        "Tarnley Motors and Pellow Dairies merged into Ormsby Foods in 1970.",
        "Pellow Dairies was not merged into Ormsby Foods.",
    ] {
        let got = rels(text, &names, None);
        assert!(!has_line(&got, "rel Ormsby Foods Acquired Pellow Dairies"), "{text}: {got:#?}");
    }
}
