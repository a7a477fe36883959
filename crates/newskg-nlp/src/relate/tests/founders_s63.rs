//! Sixty-third session: a rank or style before a founder's name (rule `roles-founders-ranks`) and
//! "the business" as the subject of a passive founding sentence (`roles-founded-business-subject`).
//! Invented sentences (none from the evaluation articles), with the recogniser's mentions given by
//! hand.

use super::roles_s31::{has, roles, roles_without};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Person};

#[test]
fn a_rank_after_by_is_passed() {
    let text = "Harrowgate Air flies to the islands. It was founded by the late Captain Oswin Tarrant.";
    let names = [("Harrowgate Air", Company), ("Oswin Tarrant", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Oswin Tarrant", "Founder", "Harrowgate Air"), "{got:#?}");
    let off = roles_without(text, &names, Rule::FoundersRanks);
    assert!(!has(&off, "Oswin Tarrant", "Founder", "Harrowgate Air"), "{off:#?}");
}

#[test]
fn a_form_of_address_before_a_later_founder() {
    let text = "Velmora Biotech was founded in 1991 by three chemists: Ansel Grieve, Petra Lind and Dr Colm Ashby.";
    let names =
        [("Velmora Biotech", Company), ("Ansel Grieve", Person), ("Petra Lind", Person), ("Colm Ashby", Person)];
    let got = roles(text, &names);
    for p in ["Ansel Grieve", "Petra Lind", "Colm Ashby"] {
        assert!(has(&got, p, "Cofounder", "Velmora Biotech"), "{p}: {got:#?}");
    }
    let off = roles_without(text, &names, Rule::FoundersRanks);
    assert!(!has(&off, "Colm Ashby", "Cofounder", "Velmora Biotech"), "{off:#?}");
}

#[test]
fn a_rank_word_alone_is_no_founder() {
    // "General" before no person's name: nobody is made a founder
    let text = "Corbel Mills was founded by General Dynamics veterans in 1990.";
    let names = [("Corbel Mills", Company), ("General Dynamics", Company)];
    let got = roles(text, &names);
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn the_business_refers_back_to_the_company() {
    let text = "Pennock Fertilisers was a British chemicals maker. The business was established by Silas \
                Pennock in 1843. In 1950 it was bought by Drummore Holdings.";
    let names = [("Pennock Fertilisers", Company), ("Silas Pennock", Person), ("Drummore Holdings", Company)];
    let got = roles(text, &names);
    assert!(has(&got, "Silas Pennock", "Founder", "Pennock Fertilisers"), "{got:#?}");
    assert!(!has(&got, "Silas Pennock", "Founder", "Drummore Holdings"), "{got:#?}");
    let off = roles_without(text, &names, Rule::FoundedBusinessSubject);
    assert!(!has(&off, "Silas Pennock", "Founder", "Pennock Fertilisers"), "{off:#?}");
}

#[test]
fn a_business_named_after_the_verb_is_left_alone() {
    // the subject is no "the business": the rule changes nothing
    let text = "Pennock Fertilisers was a British chemicals maker. A new business was established by Silas Pennock.";
    let names = [("Pennock Fertilisers", Company), ("Silas Pennock", Person)];
    assert_eq!(roles(text, &names), roles_without(text, &names, Rule::FoundedBusinessSubject));
}
