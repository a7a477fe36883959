//! Forty-seventh session: "Assistant Attorney General" is the title of the head of the Justice
//! Department division named with it, and a deputy's holds a post under it (rule
//! `roles-assistant-attorney-general`). Invented sentences and names (none from the evaluation
//! articles), with the recogniser's mentions given by hand.

use super::roles_s31::{has, roles, roles_without};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Organization, Person};

#[test]
fn an_assistant_attorney_general_heads_the_division_named_with_the_title() {
    let names = [
        ("Orla Venn", Person),
        ("Tamsin Holt", Person),
        ("Justice Department", Organization),
        ("Antitrust Division", Organization),
        ("Civil Division", Organization),
        ("Quillmarsh Foods", Company),
    ];
    let text = "Assistant Attorney General Orla Venn of the Justice Department's Antitrust Division said the deal \
                would have raised prices. Acting Assistant Attorney General Tamsin Holt of the Civil Division said \
                Quillmarsh Foods had agreed.";
    let got = roles(text, &names);
    assert!(has(&got, "Orla Venn", "Head", "Antitrust Division"), "{got:#?}");
    assert!(has(&got, "Tamsin Holt", "Head", "Civil Division"), "{got:#?}");
    // the division, not the department named on the way to it
    assert!(!has(&got, "Orla Venn", "Head", "Justice Department"), "{got:#?}");
    let off = roles_without(text, &names, Rule::AssistantAttorneyGeneral);
    assert!(!has(&off, "Orla Venn", "Head", "Antitrust Division"), "{off:#?}");
    assert!(!has(&off, "Tamsin Holt", "Head", "Civil Division"), "{off:#?}");
}

#[test]
fn a_deputy_assistant_attorney_general_holds_a_post_under_the_head() {
    let names = [("Orla Venn", Person), ("Antitrust Division", Organization)];
    let got = roles("Deputy Assistant Attorney General Orla Venn of the Antitrust Division spoke first.", &names);
    assert!(has(&got, "Orla Venn", "OtherRole", "Antitrust Division"), "{got:#?}");
    assert!(!has(&got, "Orla Venn", "Head", "Antitrust Division"), "{got:#?}");
    assert!(!has(&got, "Orla Venn", "Executive", "Antitrust Division"), "{got:#?}");
}
