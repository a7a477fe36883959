//! Fifty-fifth session: an apposition's title past an age, a residence and an alias in
//! parentheses (rule `roles-apposition-extras`), a title in parentheses after a name
//! (`roles-parenthesis-title`) and a plural title before a list of names (`roles-plural-titles`).
//! Invented sentences and names, with the recogniser's mentions given by hand.

use super::roles_s31::{gives_only_under, has, roles, roles_without};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{self, Company, Location, Organization, Person};

const RESIDENCE: &str = "Prosecutors today charged Orla Venn, 44, of Leeds, England, the former chief financial \
                         officer of Quillmarsh Foods, with fraud.";

fn residence_names() -> [(&'static str, EntityKind); 4] {
    [("Orla Venn", Person), ("Leeds", Location), ("England", Location), ("Quillmarsh Foods", Company)]
}

#[test]
fn an_apposition_past_an_age_and_a_residence_is_the_names() {
    gives_only_under(RESIDENCE, &residence_names(), Rule::AppositionExtras, ("Orla Venn", "CFO", "Quillmarsh Foods"));
}

const AGE_WORD: &str = "The complaint names Bram Tell, age 61, former President of Zentor Mills, as a defendant.";

#[test]
fn an_apposition_past_the_age_word_is_the_names() {
    let names = [("Bram Tell", Person), ("Zentor Mills", Company)];
    gives_only_under(AGE_WORD, &names, Rule::AppositionExtras, ("Bram Tell", "President", "Zentor Mills"));
}

const ALIAS: &str = "The Commission charged Tam Rusk (\"Rusk\") of Harrowgate, Kent, the former chief executive \
                     officer of Zentor Mills, with fraud.";

#[test]
fn an_apposition_past_a_quoted_alias_and_a_residence_is_the_names() {
    let names = [("Tam Rusk", Person), ("Harrowgate", Location), ("Kent", Location), ("Zentor Mills", Company)];
    gives_only_under(ALIAS, &names, Rule::AppositionExtras, ("Tam Rusk", "CEO", "Zentor Mills"));
}

const PARTY: &str = "Representative Ann Poe (D-CO), chair of the Zentor Energy Panel, wrote to Quillmarsh Foods. \
                     Bram Tell, age 52, the chief executive of Quillmarsh Foods, replied.";

#[test]
fn a_party_and_state_in_parentheses_is_no_alias() {
    let names = [
        ("Ann Poe", Person),
        ("Zentor Energy Panel", Organization),
        ("Quillmarsh Foods", Company),
        ("Bram Tell", Person),
    ];
    let on = gives_only_under(PARTY, &names, Rule::AppositionExtras, ("Bram Tell", "CEO", "Quillmarsh Foods"));
    assert!(!on.iter().any(|l| l.starts_with("role Ann Poe | Chairman")), "{on:#?}");
}

const PARENTHESIS: &str = "The complaint also names Bram Tell (Chief Executive Officer of Zentor Mills) and Ann Poe.";

#[test]
fn a_title_in_parentheses_after_a_name_is_the_names() {
    let names = [("Bram Tell", Person), ("Zentor Mills", Company), ("Ann Poe", Person)];
    gives_only_under(PARENTHESIS, &names, Rule::ParenthesisTitle, ("Bram Tell", "CEO", "Zentor Mills"));
}

const MEMBERS: &str = "Zentor Mills gave evidence to the panel. Members present: Ann Poe (Chair), Bram Tell \
                       (chief executive of Zentor Mills).";

#[test]
fn a_bare_title_in_parentheses_in_a_list_of_members_is_no_post() {
    let names = [("Zentor Mills", Company), ("Ann Poe", Person), ("Bram Tell", Person)];
    let on = gives_only_under(MEMBERS, &names, Rule::ParenthesisTitle, ("Bram Tell", "CEO", "Zentor Mills"));
    assert!(!on.iter().any(|l| l.starts_with("role Ann Poe |")), "{on:#?}");
}

const COMMISSIONERS: &str = "The Harbour Trade Authority, by Commissioners Venn (Chairman), Tell and Rusk, granted \
                             the licence.";

fn commission_names() -> [(&'static str, EntityKind); 4] {
    [("Harbour Trade Authority", Organization), ("Venn", Person), ("Tell", Person), ("Rusk", Person)]
}

#[test]
fn a_plural_title_before_names_gives_each_the_singulars_post() {
    let on = roles(COMMISSIONERS, &commission_names());
    for p in ["Tell", "Rusk"] {
        assert!(has(&on, p, "OtherRole", "Harbour Trade Authority"), "{p}: {on:#?}");
    }
    // the chairman holds the title of his parenthesis, not the plural's
    assert!(has(&on, "Venn", "Chairman", "Harbour Trade Authority"), "{on:#?}");
    assert!(!has(&on, "Venn", "OtherRole", "Harbour Trade Authority"), "{on:#?}");
    let off = roles_without(COMMISSIONERS, &commission_names(), Rule::PluralTitles);
    assert!(!has(&off, "Rusk", "OtherRole", "Harbour Trade Authority"), "{off:#?}");
}

const COMMISSIONERS_ELSEWHERE: &str = "Quillmarsh Foods sold its station to Zentor Mills. The Harbour Trade \
                                       Authority approved the sale. Quillmarsh Foods agreed. Quillmarsh Foods \
                                       filed first.\n\nCommissioners Tell and Rusk dissented.";

#[test]
fn a_plural_commissioners_body_is_an_organisation_not_the_main_company() {
    let names = [
        ("Quillmarsh Foods", Company),
        ("Zentor Mills", Company),
        ("Harbour Trade Authority", Organization),
        ("Tell", Person),
        ("Rusk", Person),
    ];
    let on = roles(COMMISSIONERS_ELSEWHERE, &names);
    assert!(has(&on, "Rusk", "OtherRole", "Harbour Trade Authority"), "{on:#?}");
    assert!(!has(&on, "Rusk", "OtherRole", "Quillmarsh Foods"), "{on:#?}");
}
