//! Sixty-fourth session: a secretary general heads the body named with the title (rule
//! `roles-secretary-general`). Invented sentences (none from the evaluation articles), with the
//! recogniser's mentions given by hand.

use super::roles_s31::{has, roles, roles_without};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Organization, Person};

#[test]
fn a_hyphenated_secretary_general_heads_the_body() {
    let text = "Orla Brannick, the Secretary-General of the Tarnby Shipping Council, called the ruling a setback.";
    let names = [("Orla Brannick", Person), ("Tarnby Shipping Council", Organization)];
    let got = roles(text, &names);
    assert!(has(&got, "Orla Brannick", "Head", "Tarnby Shipping Council"), "{got:#?}");
    let off = roles_without(text, &names, Rule::SecretaryGeneral);
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
