//! Thirty-fourth session: founders named together by a verb of founding (rule `roles-joint-founders`
//! made each a founder; retired in session 56, when the corpus guidelines made each a co-founder).
//! Invented sentences (none from the evaluation articles), with the
//! recogniser's mentions given by hand.

use super::roles_s31::{has, roles, roles_without};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Organization, Person};

#[test]
fn founders_listed_after_by_are_each_a_cofounder() {
    let text = "Quillory was founded in 2009 by Anselm Drouet and Perpetua Kane, two former teachers.";
    let names = [("Quillory", Company), ("Anselm Drouet", Person), ("Perpetua Kane", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Anselm Drouet", "Cofounder", "Quillory"), "{got:#?}");
    assert!(has(&got, "Perpetua Kane", "Cofounder", "Quillory"), "{got:#?}");
    assert!(!has(&got, "Perpetua Kane", "Founder", "Quillory"), "{got:#?}");
    // one founder named alone stays a founder
    let text = "Quillory was founded in 2009 by Anselm Drouet, a former teacher.";
    let got = roles(text, &names);
    assert!(has(&got, "Anselm Drouet", "Founder", "Quillory"), "{got:#?}");
}

#[test]
fn founders_as_joint_subjects_are_each_a_cofounder() {
    let text = "Marisol Fenwick and Otto Brandvold started Vetrix in a garage in 1998.";
    let names = [("Marisol Fenwick", Person), ("Otto Brandvold", Person), ("Vetrix", Company)];
    let got = roles(text, &names);
    assert!(has(&got, "Marisol Fenwick", "Cofounder", "Vetrix"), "{got:#?}");
    assert!(has(&got, "Otto Brandvold", "Cofounder", "Vetrix"), "{got:#?}");
}

#[test]
fn co_founded_and_founded_with_stay_co_founders() {
    let text = "Marisol Fenwick co-founded Vetrix with Otto Brandvold.";
    let names = [("Marisol Fenwick", Person), ("Vetrix", Company), ("Otto Brandvold", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Marisol Fenwick", "Cofounder", "Vetrix"), "{got:#?}");
    let text = "Marisol Fenwick founded Vetrix in 1998 with Otto Brandvold.";
    let got = roles(text, &names);
    assert!(has(&got, "Otto Brandvold", "Cofounder", "Vetrix"), "{got:#?}");
    assert!(has(&got, "Marisol Fenwick", "Cofounder", "Vetrix"), "{got:#?}");
}

#[test]
fn the_chair_of_a_legislatures_committee_holds_no_post() {
    let text = "Chair of the Harbour Affairs Select Committee, Delphine Arkwright, said the report was clear.";
    let names = [("Harbour Affairs Select Committee", Organization), ("Delphine Arkwright", Person)];
    assert!(roles(text, &names).is_empty(), "{:#?}", roles(text, &names));
    let off = roles_without(text, &names, Rule::LegislativeCommittee);
    assert!(has(&off, "Delphine Arkwright", "Chairman", "Harbour Affairs Select Committee"), "{off:#?}");
    let text = "Ruben Okafor, chairman of the Committee on Harbour Affairs, wrote to the company.";
    let names = [("Ruben Okafor", Person), ("Committee on Harbour Affairs", Organization)];
    assert!(roles(text, &names).is_empty(), "{:#?}", roles(text, &names));
}

#[test]
fn the_chair_of_another_committee_keeps_the_post() {
    let text = "Ysolde Marr, chairman of the Tidewater Sports Committee, opened the games.";
    let names = [("Ysolde Marr", Person), ("Tidewater Sports Committee", Organization)];
    let got = roles(text, &names);
    assert!(has(&got, "Ysolde Marr", "Chairman", "Tidewater Sports Committee"), "{got:#?}");
}

#[test]
fn a_deputy_at_a_non_business_body_is_one_of_its_executives() {
    let text = "Oswin Thrale, deputy general secretary of the Tidewater Workers Union, said members would vote.";
    let names = [("Oswin Thrale", Person), ("Tidewater Workers Union", Organization)];
    let got = roles(text, &names);
    assert!(has(&got, "Oswin Thrale", "Executive", "Tidewater Workers Union"), "{got:#?}");
    let off = roles_without(text, &names, Rule::DeputyExecutive);
    assert!(has(&off, "Oswin Thrale", "OtherRole", "Tidewater Workers Union"), "{off:#?}");
}
