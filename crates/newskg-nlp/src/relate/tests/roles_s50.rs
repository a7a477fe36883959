//! Fiftieth session: the country of a state office (rule `roles-state-country`): a place right
//! before the title that is itself the country ("Norvia Prime Minister X" with no longer name for
//! Norvia in the text), a country's possessive ("Norvia's Prime Minister X"), and the article's
//! country among every country of the place list when no place stands next to the title.
//! Invented sentences and names (none from the evaluation articles), with the recogniser's
//! mentions given by hand; real country names where the place list must know them.

use super::roles_s31::{has, role_lines, roles, roles_without};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{Company, Location, Person};

#[test]
fn a_country_named_by_its_short_form_before_a_state_title_is_its_state() {
    let names = [("UK", Location), ("Tarn Holloway", Person), ("Ostrel Foods", Company)];
    let text = "Ostrel Foods closed two plants. UK Prime Minister Tarn Holloway said the jobs would be missed.";
    let got = roles(text, &names);
    assert!(has(&got, "Tarn Holloway", "Minister", "UK"), "{got:#?}");
    let without = roles_without(text, &names, Rule::StateCountry);
    assert!(!has(&without, "Tarn Holloway", "Minister", "UK"), "{without:#?}");
}

#[test]
fn a_country_s_possessive_before_a_state_title_is_its_state() {
    let names = [("France", Location), ("Germany", Location), ("Tarn Holloway", Person)];
    let text = "Germany and Germany's allies met in Germany. France's Prime Minister Tarn Holloway said the talks \
                went well.";
    let got = roles(text, &names);
    assert!(has(&got, "Tarn Holloway", "Minister", "France"), "{got:#?}");
    assert!(!has(&got, "Tarn Holloway", "Minister", "Germany"), "{got:#?}");
    // (since session 51 `roles-capitalised-portfolio` also passes the capitalised "Prime": both off)
    let d = super::run_with(text, "2025-03-01", None, &names);
    let off = RuleSet::ALL.without(Rule::StateCountry).without(Rule::CapitalisedPortfolio);
    let without = role_lines(&d, off);
    assert!(!has(&without, "Tarn Holloway", "Minister", "France"), "{without:#?}");
}

#[test]
fn the_article_s_country_is_the_one_named_most_among_all_countries() {
    let names = [("Slovakia", Location), ("United States", Location), ("Tarn Holloway", Person)];
    let text = "A helicopter crashed in Slovakia on Tuesday. Slovakia said the crew had died. Officials in \
                Slovakia and the United States spoke. Mourners included the Prime Minister Tarn Holloway.";
    let got = roles(text, &names);
    assert!(has(&got, "Tarn Holloway", "Minister", "Slovakia"), "{got:#?}");
    assert!(!has(&got, "Tarn Holloway", "Minister", "United States"), "{got:#?}");
    let without = roles_without(text, &names, Rule::StateCountry);
    assert!(has(&without, "Tarn Holloway", "Minister", "United States"), "{without:#?}");
}
