//! Fifty-seventh session: founders named together by a plural title or with partners described but
//! not named (rules `roles-plural-founders-joint`, `roles-founders-described-partner`), names paired
//! with titles by "respectively" (`roles-respectively`) and a business function after a title's "of"
//! (`roles-function-of`). Invented sentences (none from the evaluation articles), with the
//! recogniser's mentions given by hand; each test also checks that the rule is what finds the post.

use super::roles_s31::{has, roles, roles_without};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Person};

#[test]
fn founders_named_together_by_the_plural_are_cofounders() {
    let text = "The owners of Zeltrix (founders Jane Roe and John Doe) accepted the offer.";
    let names = [("Zeltrix", Company), ("Jane Roe", Person), ("John Doe", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "Cofounder", "Zeltrix"), "{got:#?}");
    assert!(has(&got, "John Doe", "Cofounder", "Zeltrix"), "{got:#?}");
    let without = roles_without(text, &names, Rule::PluralFoundersJoint);
    assert!(has(&without, "Jane Roe", "Founder", "Zeltrix"), "{without:#?}");
}

#[test]
fn one_founder_under_the_plural_stays_a_founder() {
    let text = "One of the founders of Zeltrix, Jane Roe, spoke on Monday.";
    let names = [("Zeltrix", Company), ("Jane Roe", Person)];
    let got = roles(text, &names);
    assert!(!has(&got, "Jane Roe", "Cofounder", "Zeltrix"), "{got:#?}");
}

#[test]
fn a_founder_with_unnamed_partners_is_a_cofounder() {
    let text = "Zeltrix was founded by Jane Roe and five others in 1996.";
    let names = [("Zeltrix", Company), ("Jane Roe", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "Cofounder", "Zeltrix"), "{got:#?}");
    let without = roles_without(text, &names, Rule::FoundersDescribedPartner);
    assert!(has(&without, "Jane Roe", "Founder", "Zeltrix"), "{without:#?}");

    // an apposition, then a group described by its members
    let text = "Zeltrix was founded by Jane Roe, an engineer, and a group of local investors.";
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "Cofounder", "Zeltrix"), "{got:#?}");

    // "and" before another verb is no partner
    let text = "Zeltrix was founded by Jane Roe and later sold to investors.";
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "Founder", "Zeltrix"), "{got:#?}");
}

#[test]
fn a_founder_named_after_a_partner_noun_joins_the_list() {
    let text = "Jane Roe and her business partner John Doe founded Zeltrix in 1993.";
    let names = [("Zeltrix", Company), ("Jane Roe", Person), ("John Doe", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "Cofounder", "Zeltrix"), "{got:#?}");
    assert!(has(&got, "John Doe", "Cofounder", "Zeltrix"), "{got:#?}");
    let without = roles_without(text, &names, Rule::FoundersDescribedPartner);
    assert!(!has(&without, "Jane Roe", "Cofounder", "Zeltrix"), "{without:#?}");
}

#[test]
fn respectively_pairs_names_and_titles_in_order() {
    let text = "The agency sued Jane Roe and John Doe, the chairman and president, respectively, of Zeltrix Inc.";
    let names = [("Jane Roe", Person), ("John Doe", Person), ("Zeltrix Inc", Company)];
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "Chairman", "Zeltrix Inc"), "{got:#?}");
    assert!(has(&got, "John Doe", "President", "Zeltrix Inc"), "{got:#?}");
    assert!(!has(&got, "John Doe", "Chairman", "Zeltrix Inc"), "{got:#?}");
    let without = roles_without(text, &names, Rule::Respectively);
    assert!(!has(&without, "Jane Roe", "Chairman", "Zeltrix Inc"), "{without:#?}");

    // a copula between the names and the titles, an owner's possessive before them
    let text = "Jane Roe and John Doe are the president and the secretary, respectively, of Zeltrix Inc.";
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "President", "Zeltrix Inc"), "{got:#?}");
    assert!(!has(&got, "John Doe", "President", "Zeltrix Inc"), "{got:#?}");
    let text = "Jane Roe and John Doe, Zeltrix Inc's chief executive and finance chief respectively, met investors.";
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "CEO", "Zeltrix Inc"), "{got:#?}");
    assert!(has(&got, "John Doe", "CFO", "Zeltrix Inc"), "{got:#?}");
    assert!(!has(&got, "John Doe", "CEO", "Zeltrix Inc"), "{got:#?}");
}

#[test]
fn a_business_function_after_of_is_no_organisation() {
    let text = "The complaint names Jane Roe, Zeltrix Inc's former chairman, and John Doe, the former Vice President of Sales.";
    let names = [("Jane Roe", Person), ("John Doe", Person), ("Zeltrix Inc", Company)];
    let got = roles(text, &names);
    assert!(has(&got, "John Doe", "VicePresident", "Zeltrix Inc"), "{got:#?}");
    let without = roles_without(text, &names, Rule::FunctionOfTitle);
    assert!(!has(&without, "John Doe", "VicePresident", "Zeltrix Inc"), "{without:#?}");
}
