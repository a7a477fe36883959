//! Fifty-fifth session: founders in company histories (rules `roles-founders-apposition`,
//! `roles-founded-conjoined`, `roles-founded-object`, `roles-founded-predicate`,
//! `roles-formed-anaphor`, `roles-founded-pronoun`, `roles-founded-with-partners`). Invented sentences
//! (none from the evaluation articles), with the recogniser's mentions given by hand; each test
//! also checks that the rule is what finds the founder.

use super::roles_s31::{has, roles, roles_without};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Location, Organization, Person};

#[test]
fn a_founder_s_apposition_does_not_end_the_founders_list() {
    let text = "Zeltrix was founded in 2004 by Jane Roe, an engineer from Leeds, and John Doe.";
    let names = [("Zeltrix", Company), ("Jane Roe", Person), ("Leeds", Location), ("John Doe", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "Cofounder", "Zeltrix"), "{got:#?}");
    assert!(has(&got, "John Doe", "Cofounder", "Zeltrix"), "{got:#?}");
    assert!(!has(&roles_without(text, &names, Rule::FoundersApposition), "John Doe", "Cofounder", "Zeltrix"));

    // the same before an active verb
    let text = "Jane Roe, a former banker, and John Doe founded Zeltrix in 1999.";
    let names = [("Zeltrix", Company), ("Jane Roe", Person), ("John Doe", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "Cofounder", "Zeltrix"), "{got:#?}");
    assert!(!has(&roles_without(text, &names, Rule::FoundersApposition), "Jane Roe", "Cofounder", "Zeltrix"));
}

#[test]
fn a_founders_list_of_plain_names_is_no_apposition() {
    // ("Jane Roe, John Doe and Ann Poe": names after the comma, no description)
    let text = "Zeltrix was founded by Jane Roe, John Doe and Ann Poe, who met at Quorvan.";
    let names = [
        ("Zeltrix", Company),
        ("Jane Roe", Person),
        ("John Doe", Person),
        ("Ann Poe", Person),
        ("Quorvan", Organization),
    ];
    let got = roles(text, &names);
    for p in ["Jane Roe", "John Doe", "Ann Poe"] {
        assert!(has(&got, p, "Cofounder", "Zeltrix"), "{got:#?}");
    }
    assert!(!got.iter().any(|l| l.contains("| Quorvan |")), "{got:#?}");
}

#[test]
fn a_second_participle_of_starting_shares_the_founders_by() {
    let text = "Pellimo was founded in 2006 and launched in 2007 by Jane Roe.";
    let names = [("Pellimo", Company), ("Jane Roe", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "Founder", "Pellimo"), "{got:#?}");
    assert!(roles_without(text, &names, Rule::FoundedConjoined).is_empty());

    // another verb after "and" keeps its own "by": no founder
    let text = "Pellimo was founded in 2006 and bought in 2012 by Jane Roe.";
    let got = roles(text, &names);
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_described_object_is_the_organisation_in_apposition_or_the_article_s_one() {
    let text = "Wen Lo quit Zeta Cables in 1995. Wen Lo founded his own company, Korvane Power, outside Leeds.";
    let names = [("Wen Lo", Person), ("Zeta Cables", Company), ("Korvane Power", Company), ("Leeds", Location)];
    let got = roles(text, &names);
    assert!(has(&got, "Wen Lo", "Founder", "Korvane Power"), "{got:#?}");
    assert!(roles_without(text, &names, Rule::FoundedObject).is_empty());

    let text = "Brindlepost is a popular forum. Jane Roe and John Doe founded the website in 2004. Brindlepost \
                grew fast, and Brindlepost now has ten staff.";
    let names = [("Brindlepost", Company), ("Jane Roe", Person), ("John Doe", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "Cofounder", "Brindlepost"), "{got:#?}");
    assert!(has(&got, "John Doe", "Cofounder", "Brindlepost"), "{got:#?}");
    assert!(roles_without(text, &names, Rule::FoundedObject).is_empty());

    // an indefinite description alone is a new organisation, not the article's
    let text = "Brindlepost is a popular forum. Jane Roe founded a bakery in 2004. Brindlepost grew fast.";
    let got = roles(text, &names);
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_participle_founds_the_organisation_it_describes() {
    let text = "Jane Roe joined Tallowmere, a Leeds software company founded by John Doe in 1998.";
    let names = [("Jane Roe", Person), ("Tallowmere", Company), ("Leeds", Location), ("John Doe", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "John Doe", "Founder", "Tallowmere"), "{got:#?}");
    assert!(roles_without(text, &names, Rule::FoundedPredicate).is_empty());

    let text = "She moved to Harlow Exchange Ltd (HXL), founded by John Doe.";
    let names = [("Harlow Exchange Ltd", Company), ("HXL", Company), ("John Doe", Person)];
    let got = roles(text, &names);
    assert!(got.iter().any(|l| l.starts_with("role John Doe | Founder |")), "{got:#?}");
    assert!(roles_without(text, &names, Rule::FoundedPredicate).is_empty());

    // past an aside between the subject and its copula
    let text = "Vostrel Telecom, commonly known as Vos, is a large telecoms company founded in 2003 by Jane Roe.";
    let names = [("Vostrel Telecom", Company), ("Jane Roe", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "Founder", "Vostrel Telecom"), "{got:#?}");
    assert!(roles_without(text, &names, Rule::FoundedPredicate).is_empty());
}

#[test]
fn a_relative_that_before_the_auxiliary_points_to_the_described_organisation() {
    let text = "Jane Roe left Quorvan Bank for Tallowmere, a firm that was founded by John Doe.";
    let names = [("Jane Roe", Person), ("Quorvan Bank", Company), ("Tallowmere", Company), ("John Doe", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "John Doe", "Founder", "Tallowmere"), "{got:#?}");
    assert!(!has(&got, "John Doe", "Founder", "Quorvan Bank"), "{got:#?}");
    assert!(!has(&roles_without(text, &names, Rule::FoundedPredicate), "John Doe", "Founder", "Tallowmere"));
}

#[test]
fn formed_or_established_found_what_the_company_refers_to() {
    let text = "Quillon Freight is a haulier. The company was formed in 2003 by Jane Roe.";
    let names = [("Quillon Freight", Company), ("Jane Roe", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "Founder", "Quillon Freight"), "{got:#?}");
    assert!(roles_without(text, &names, Rule::FormedAnaphor).is_empty());

    let text = "Quillon Freight is chaired by Jane Roe, who formed the company in 2006.";
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "Founder", "Quillon Freight"), "{got:#?}");
    assert!(!has(&roles_without(text, &names, Rule::FormedAnaphor), "Jane Roe", "Founder", "Quillon Freight"));
}

#[test]
fn a_pronoun_founds_only_for_the_article_s_main_person() {
    let text = "Mira Tal was born in Leeds. Mira Tal studied chemistry. In 1979, she co-founded Ostrava Labs.";
    let names = [("Mira Tal", Person), ("Leeds", Location), ("Ostrava Labs", Company)];
    let got = roles(text, &names);
    assert!(has(&got, "Mira Tal", "Cofounder", "Ostrava Labs"), "{got:#?}");
    assert!(roles_without(text, &names, Rule::FoundedPronoun).is_empty());

    // the pronoun's referent is not the article's most mentioned person: no founder
    let text = "Mira Tal runs Pellimo. Mira Tal said Pellimo grew. Ivo Kern joined Pellimo in May. In 1979, he \
                founded Ostrava Labs.";
    let names = [("Mira Tal", Person), ("Ivo Kern", Person), ("Pellimo", Company), ("Ostrava Labs", Company)];
    let got = roles(text, &names);
    assert!(!got.iter().any(|l| l.contains("| Ostrava Labs |")), "{got:#?}");
}

#[test]
fn staff_and_means_after_with_make_no_co_founder() {
    let names = [("Jane Roe", Person), ("Pellimo", Company)];
    let text = "Jane Roe founded Pellimo in 1974 with ten workers to make toys.";
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "Founder", "Pellimo"), "{got:#?}");
    assert!(has(&roles_without(text, &names, Rule::FoundedWithPartners), "Jane Roe", "Cofounder", "Pellimo"));
    let text = "Jane Roe founded Pellimo in 1995 with a loan from her cousin.";
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "Founder", "Pellimo"), "{got:#?}");

    // people who found with her still make her a co-founder
    let text = "Jane Roe founded Pellimo in 1998 with two former colleagues.";
    let got = roles(text, &names);
    assert!(has(&got, "Jane Roe", "Cofounder", "Pellimo"), "{got:#?}");
}
