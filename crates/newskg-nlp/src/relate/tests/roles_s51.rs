//! Fifty-first session: state offices named by a nationality adjective the adjective list lacks
//! or taken for an organisation, and a bare state title that repeats an office named earlier
//! with its country, and a state office's capitalised portfolio between the title and its owner
//! or holder, and a minister's capitalised portfolio (rules `roles-demonym-wide`, `roles-same-office`,
//! `roles-capitalised-portfolio`, `roles-minister-portfolio`). Invented sentences and
//! names (none from the evaluation articles), with the recogniser's mentions given by hand; real
//! country names where the place list must know them.

use super::roles_s31::{has, roles, roles_without};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Location, Organization, Person};

#[test]
fn an_adjective_made_from_a_country_s_name_before_a_state_title_is_that_country() {
    let names = [("Romania", Location), ("Tarn Holloway", Person), ("Ostrel Drilling", Company)];
    let text = "Ostrel Drilling lost a rig off Romania. Romanian president Tarn Holloway called the owners.";
    let got = roles(text, &names);
    assert!(has(&got, "Tarn Holloway", "President", "Romania"), "{got:#?}");
    assert!(!has(&got, "Tarn Holloway", "President", "Ostrel Drilling"), "{got:#?}");
    let without = roles_without(text, &names, Rule::DemonymWide);
    assert!(!has(&without, "Tarn Holloway", "President", "Romania"), "{without:#?}");
}

#[test]
fn a_one_word_adjective_taken_for_an_organisation_stands_for_its_country() {
    let names = [("Oman", Location), ("Omani", Organization), ("Tarn Holloway", Person)];
    let text = "A storm reached Oman on Tuesday. Tarn Holloway, Omani minister of housing, said roads were shut.";
    let got = roles(text, &names);
    assert!(has(&got, "Tarn Holloway", "Minister", "Oman"), "{got:#?}");
    assert!(!has(&got, "Tarn Holloway", "Minister", "Omani"), "{got:#?}");
    let without = roles_without(text, &names, Rule::DemonymWide);
    assert!(!has(&without, "Tarn Holloway", "Minister", "Oman"), "{without:#?}");
}

#[test]
fn a_bare_state_title_keeps_the_country_of_the_same_person_s_earlier_office() {
    let names = [("Norway", Location), ("Sweden", Location), ("Tarn Holloway", Person), ("Holloway", Person)];
    let text = "Sweden is ready for the visit of Norway's President Tarn Holloway. Sweden said Sweden would \
                welcome him. Officials in Sweden said President Holloway would stay two days.";
    let got = roles(text, &names);
    assert!(has(&got, "Tarn Holloway", "President", "Norway"), "{got:#?}");
    assert!(!has(&got, "Tarn Holloway", "President", "Sweden"), "{got:#?}");
    let without = roles_without(text, &names, Rule::SameOffice);
    assert!(has(&without, "Tarn Holloway", "President", "Sweden"), "{without:#?}");
}

#[test]
fn a_capitalised_portfolio_does_not_part_a_possessive_country_from_its_minister() {
    let names = [("Gabon", Location), ("Belgium", Location), ("Tarn Holloway", Person)];
    let text = "Belgium sent help. Belgium and Belgium's navy searched. \"We go on,\" said Gabon's Interior \
                Minister Tarn Holloway.";
    let got = roles(text, &names);
    assert!(has(&got, "Tarn Holloway", "Minister", "Gabon"), "{got:#?}");
    let without = roles_without(text, &names, Rule::CapitalisedPortfolio);
    assert!(!has(&without, "Tarn Holloway", "Minister", "Gabon"), "{without:#?}");
}

#[test]
fn an_apposition_with_a_capitalised_two_word_state_title_names_its_holder() {
    let names = [("Belgium", Location), ("Tarn Holloway", Person), ("Mira Castell", Person)];
    let text = "Bombs hit Belgium. Tarn Holloway, Belgium's Prime Minister, called it cowardly. Mira Castell, \
                Prime Minister of Belgium, spoke later.";
    let got = roles(text, &names);
    assert!(has(&got, "Tarn Holloway", "Minister", "Belgium"), "{got:#?}");
    assert!(has(&got, "Mira Castell", "Minister", "Belgium"), "{got:#?}");
    let without = roles_without(text, &names, Rule::CapitalisedPortfolio);
    assert!(!has(&without, "Tarn Holloway", "Minister", "Belgium"), "{without:#?}");
    assert!(!has(&without, "Mira Castell", "Minister", "Belgium"), "{without:#?}");
}

#[test]
fn a_minister_s_capitalised_portfolio_is_no_unnamed_organisation() {
    let names = [("Chile", Location), ("Tarn Holloway", Person), ("Mira Castell", Person)];
    let text = "Chile lost power on Sunday. Minister of Energy Tarn Holloway blamed a computer fault. Mira \
                Castell, the Minister of Mining, said mines had stopped. Chile said power was back.";
    let got = roles(text, &names);
    assert!(has(&got, "Tarn Holloway", "Minister", "Chile"), "{got:#?}");
    assert!(has(&got, "Mira Castell", "Minister", "Chile"), "{got:#?}");
    let without = roles_without(text, &names, Rule::MinisterPortfolio);
    assert!(!has(&without, "Tarn Holloway", "Minister", "Chile"), "{without:#?}");
    assert!(!has(&without, "Mira Castell", "Minister", "Chile"), "{without:#?}");
}
