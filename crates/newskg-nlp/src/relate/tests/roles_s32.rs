//! Thirty-second session: the plural "founders" is a title, and a plural title's holders may
//! follow it in parentheses (rule `roles-plural-founders`). Invented sentences (none from the
//! evaluation articles), with the recogniser's mentions given by hand.

use super::roles_s31::{has, roles, roles_without};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{self, Company, Person};

const PARENS: &str = "Brindle Labs opened its first office in Tarvik in 2012. A year later Oska Lenn left the \
                      firm, but the two other founders (Pello Ramsey and Inka Vodd) stayed.";

fn parens_names() -> [(&'static str, EntityKind); 4] {
    [("Brindle Labs", Company), ("Oska Lenn", Person), ("Pello Ramsey", Person), ("Inka Vodd", Person)]
}

#[test]
fn founders_named_in_parentheses_after_the_plural_title() {
    // (two holders named together: co-founders, rule `roles-plural-founders-joint` of session 57;
    // without it each is a founder)
    let got = roles(PARENS, &parens_names());
    let single = roles_without(PARENS, &parens_names(), Rule::PluralFoundersJoint);
    for p in ["Pello Ramsey", "Inka Vodd"] {
        assert!(has(&got, p, "Cofounder", "Brindle Labs"), "{p}: {got:#?}");
        assert!(has(&single, p, "Founder", "Brindle Labs"), "{p}: {single:#?}");
    }
    // switched off: "founders" is no title, nobody is a founder
    let off = roles_without(PARENS, &parens_names(), Rule::PluralFounders);
    assert!(!off.iter().any(|l| l.contains("| Founder |")), "{off:#?}");
}

#[test]
fn an_organisations_founders_in_apposition() {
    let text = "Quarro Foods's founders, Maddi Ferrow and Juno Sallis, will stay on after the sale.";
    let names = [("Quarro Foods", Company), ("Maddi Ferrow", Person), ("Juno Sallis", Person)];
    let got = roles(text, &names);
    let single = roles_without(text, &names, Rule::PluralFoundersJoint);
    for p in ["Maddi Ferrow", "Juno Sallis"] {
        assert!(has(&got, p, "Cofounder", "Quarro Foods"), "{p}: {got:#?}");
        assert!(has(&single, p, "Founder", "Quarro Foods"), "{p}: {single:#?}");
    }
    let off = roles_without(text, &names, Rule::PluralFounders);
    assert!(!has(&off, "Maddi Ferrow", "Founder", "Quarro Foods"), "{off:#?}");
}

#[test]
fn founders_with_no_one_named_give_no_post() {
    // "the founders" with no name after them, and a parenthesis that holds no person
    let got = roles(
        "The minister congratulated the founders of Quarro Foods. The founders (all former chefs) declined to comment.",
        &[("Quarro Foods", Company)],
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn founders_of_something_no_organisation_names_give_no_post() {
    // "founders of our trade" is praise, not a post; "founders of Quarro Foods" is one
    let names = [("Maddi Ferrow", Person), ("Juno Sallis", Person), ("Quarro Foods", Company)];
    let got = roles("Maddi Ferrow of Quarro Foods described Juno Sallis as one of the founders of our trade.", &names);
    assert!(!got.iter().any(|l| l.contains("| Founder |")), "{got:#?}");
    let got = roles("Juno Sallis is one of the founders of Quarro Foods.", &names[1..]);
    assert!(has(&got, "Juno Sallis", "Founder", "Quarro Foods"), "{got:#?}");
}

#[test]
fn a_name_before_a_verb_does_not_hold_the_founders_title() {
    let names = [("Ruda Venn", Person), ("Quarro Foods", Company)];
    let got = roles(
        "Quarro Foods was sold on Monday. The mayor, Ruda Venn, thanked the founders, praising the deal.",
        &names,
    );
    assert!(!has(&got, "Ruda Venn", "Founder", "Quarro Foods"), "{got:#?}");
}
