//! Session 59: the kind and span of relation parties. A firm named by its partners and a closing word is one
//! company (rule `recognise-and-company`), a name closing with a legal form proper is no person's (rule
//! `typing-legal-form-person`); the call-sign tests of rule `typing-call-sign` are in `settle/call_signs.rs`.
//! Invented sentences (none from the evaluation articles).

use super::deals_s48::{has_line, rels};
use super::{entity_lines, run_recognising_without, run_with};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Location, Person};

#[test]
fn a_firm_closed_by_and_co_is_one_company_and_the_buyer() {
    let text = "In 1973 Quillmore Dyes was acquired by J. Tarnby and Co. for an undisclosed sum.";
    let model = [("Quillmore Dyes", Company), ("Tarnby", Person), ("Zeta", Company)];
    let d = run_with(text, "", None, &model);
    assert!(entity_lines(&d).contains(&"Company \"J. Tarnby and Co\"".to_string()), "{:?}", entity_lines(&d));
    let got = rels(text, &model, None);
    assert!(has_line(&got, "rel J. Tarnby and Co Acquired Quillmore Dyes"), "{got:?}");
    let off = run_recognising_without(text, &model, Rule::AndCompany);
    assert!(!entity_lines(&off).iter().any(|l| l.contains("Tarnby and Co")), "{:?}", entity_lines(&off));
}

#[test]
fn listed_partners_and_a_legal_form_belong_to_the_firm() {
    let text = "Brisk Bank merged with Velmora, Oxwell & Sons Ltd in 1970. Later Zeta Roe + Co AG bought the bank.";
    let model = [("Brisk Bank", Company), ("Velmora", Location), ("Oxwell", Person), ("Zeta Roe", Person)];
    let d = run_with(text, "", None, &model);
    let got = entity_lines(&d);
    for firm in ["Company \"Velmora, Oxwell & Sons Ltd\"", "Company \"Zeta Roe + Co AG\""] {
        assert!(got.contains(&firm.to_string()), "{firm}: {got:?}");
    }
}

#[test]
fn a_list_of_people_before_and_company_is_left_alone() {
    // a list item of two words is no partner's surname: only "Roe and Company" is the firm
    let text = "The board thanked Jane Dunmore, Roe and Company for their work.";
    let model = [("Jane Dunmore", Person), ("Roe", Person)];
    let d = run_with(text, "", None, &model);
    let got = entity_lines(&d);
    assert!(got.contains(&"Person \"Jane Dunmore\"".to_string()), "{got:?}");
    assert!(got.contains(&"Company \"Roe and Company\"".to_string()), "{got:?}");
}

#[test]
fn a_name_closing_with_a_legal_form_is_no_person() {
    let text = "The Commission also charged Jane Roe, a former Tarnby Oxwell LLP engagement partner, with fraud.";
    let model = [("Jane Roe", Person), ("Tarnby Oxwell LLP", Person)];
    let d = run_with(text, "", None, &model);
    assert!(entity_lines(&d).contains(&"Company \"Tarnby Oxwell LLP\"".to_string()), "{:?}", entity_lines(&d));
    let off = run_recognising_without(text, &model, Rule::LegalFormPerson);
    assert!(entity_lines(&off).contains(&"Person \"Tarnby Oxwell LLP\"".to_string()), "{:?}", entity_lines(&off));
}
