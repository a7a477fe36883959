//! Sixty-fourth session: a secretary general heads the body named with the title (rule
//! `roles-secretary-general`) and a copula's description list set off by commas before a title
//! keeps the link between the subject and the title (`roles-described-copula`). Invented sentences
//! (none from the evaluation articles), with the recogniser's mentions given by hand.

use super::roles_s31::{has, role_lines, roles};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{Company, Organization, Person};

/// The role lines of `text` with every rule on and with `off` switched off, the rules adding no
/// capitalised run of their own: a capitalised title ("Secretary-General") or demonym
/// ("Ruritanian") the recogniser's model leaves unnamed stays unnamed, as it does in the real
/// pipeline, where the hand-given mentions cannot say so.
fn titled_roles(text: &str, names: &[(&str, newskg_doc::EntityKind)], off: Rule) -> (Vec<String>, Vec<String>) {
    let d = super::run_recognising_without(text, names, Rule::CapitalisedRuns);
    (role_lines(&d, RuleSet::ALL), role_lines(&d, RuleSet::ALL.without(off)))
}

#[test]
fn a_hyphenated_secretary_general_heads_the_body() {
    let text = "Orla Brannick, the Secretary-General of the Tarnby Shipping Council, called the ruling a setback.";
    let names = [("Orla Brannick", Person), ("Tarnby Shipping Council", Organization)];
    let (got, off) = titled_roles(text, &names, Rule::SecretaryGeneral);
    assert!(has(&got, "Orla Brannick", "Head", "Tarnby Shipping Council"), "{got:#?}");
    assert!(!has(&off, "Orla Brannick", "Head", "Tarnby Shipping Council"), "{off:#?}");
}

#[test]
fn a_two_word_secretary_general_before_a_name() {
    let text = "Velmora Rail Union Secretary General Piet Anholt said the strike would go ahead.";
    let names = [("Velmora Rail Union", Organization), ("Piet Anholt", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Piet Anholt", "Head", "Velmora Rail Union"), "{got:#?}");
}

#[test]
fn an_assistant_secretary_general_is_another_post() {
    let text = "From the Quorvan Trade Office we have Ms Ilse Marwick, assistant secretary general.";
    let names = [("Quorvan Trade Office", Organization), ("Ilse Marwick", Person)];
    let got = roles(text, &names);
    assert!(!has(&got, "Ilse Marwick", "Head", "Quorvan Trade Office"), "{got:#?}");
}

#[test]
fn a_description_list_before_the_title() {
    let text = "Dorran Vask is a Ruritanian chemist, investor, and the founder and chairman of Zeltrix Labs.";
    let names = [("Dorran Vask", Person), ("Zeltrix Labs", Company)];
    let (got, off) = titled_roles(text, &names, Rule::DescribedCopula);
    assert!(has(&got, "Dorran Vask", "Founder", "Zeltrix Labs"), "{got:#?}");
    assert!(has(&got, "Dorran Vask", "Chairman", "Zeltrix Labs"), "{got:#?}");
    assert!(!has(&off, "Dorran Vask", "Chairman", "Zeltrix Labs"), "{off:#?}");
}

#[test]
fn a_description_list_with_a_current_post() {
    let text = "Mira Tolland (born 1961) was a Velmoran engineer, banker, and current president of Harrowgate Bank.";
    let names = [("Mira Tolland", Person), ("Harrowgate Bank", Company)];
    let (got, off) = titled_roles(text, &names, Rule::DescribedCopula);
    assert!(has(&got, "Mira Tolland", "President", "Harrowgate Bank"), "{got:#?}");
    assert!(!has(&off, "Mira Tolland", "President", "Harrowgate Bank"), "{off:#?}");
}

#[test]
fn an_occupation_inside_the_list_is_no_post() {
    let text = "Zeltrix Labs makes paints. Dorran Vask is a Ruritanian investor, sports executive, and former runner.";
    let names = [("Zeltrix Labs", Company), ("Dorran Vask", Person)];
    let got = roles(text, &names);
    assert!(!has(&got, "Dorran Vask", "Executive", "Zeltrix Labs"), "{got:#?}");
}

#[test]
fn a_phrase_after_a_preposition_ends_the_list() {
    let text = "Dorran Vask is a partner at Quorvan Capital, and the chairman of Zeltrix Labs resigned.";
    let names = [("Dorran Vask", Person), ("Quorvan Capital", Company), ("Zeltrix Labs", Company)];
    let got = roles(text, &names);
    assert!(!has(&got, "Dorran Vask", "Chairman", "Zeltrix Labs"), "{got:#?}");
}
