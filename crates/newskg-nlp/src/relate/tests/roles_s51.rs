//! Fifty-first session: a bare state title that repeats an office named earlier with its country,
//! and a state office's capitalised portfolio between the title and its possessive owner or the
//! holder of an apposition (rules `roles-same-office`, `roles-capitalised-portfolio`). Invented
//! sentences and names (none from the evaluation articles), with the recogniser's mentions given
//! by hand; real country names where the place list must know them.

use super::roles_s31::{has, role_lines, roles, roles_without};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{self, Location, Person};

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

/// The role lines of `text` with the recogniser's mentions given by hand and no capitalised run
/// of the rules' own ("Interior" would be one; the recogniser's models drop it in the pipeline),
/// relate running under `relate_rules`.
fn roles_given(text: &str, names: &[(&str, EntityKind)], relate_rules: RuleSet) -> Vec<String> {
    role_lines(&super::run_without_capitalised_runs(text, names), relate_rules)
}

#[test]
fn a_capitalised_portfolio_does_not_part_a_possessive_country_from_its_minister() {
    let names = [("Gabon", Location), ("Belgium", Location), ("Tarn Holloway", Person)];
    let text = "Belgium sent help. Belgium and Belgium's navy searched. \"We go on,\" said Gabon's Interior \
                Minister Tarn Holloway.";
    let got = roles_given(text, &names, RuleSet::ALL);
    assert!(has(&got, "Tarn Holloway", "Minister", "Gabon"), "{got:#?}");
    let without = roles_given(text, &names, RuleSet::ALL.without(Rule::CapitalisedPortfolio));
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
