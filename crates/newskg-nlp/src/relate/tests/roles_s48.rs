//! Forty-eighth session: a post's qualifiers ("Regional", "Associate", "Co-Acting"), capitalised or
//! not, keep the apposition between a holder and the title; an associate's or a deputy's qualifier
//! among them makes the post one under the title; "co-" before a title is the title (rule
//! `roles-post-qualifiers`). Invented sentences and names (none from the evaluation articles), with
//! the recogniser's mentions given by hand.

use super::roles_s31::{has, roles};
use newskg_doc::EntityKind::{Company, Organization, Person};

fn names() -> [(&'static str, newskg_doc::EntityKind); 4] {
    [
        ("Orla Venn", Person),
        ("Harbour Trade Authority", Organization),
        ("Coastal Regional Office", Organization),
        ("Quillmarsh Foods", Company),
    ]
}

#[test]
fn a_capitalised_qualifier_keeps_the_holder_of_the_title() {
    let text = "Quillmarsh Foods was fined. Orla Venn, Regional Director of the Harbour Trade Authority's Coastal \
                Regional Office, said the fees were hidden.";
    let got = roles(text, &names());
    assert!(has(&got, "Orla Venn", "Director", "Coastal Regional Office"), "{got:#?}");
    // (the rules alone reach the holder another way here; through the shipped pipeline only the rule
    // keeps the post: tests/it/roles.rs)
    for title in ["Co-Acting Regional Director", "Co-Director"] {
        let text = format!(
            "Quillmarsh Foods was fined. \"It was plain,\" said Orla Venn, {title} of the Coastal Regional Office."
        );
        let got = roles(&text, &names());
        assert!(has(&got, "Orla Venn", "Director", "Coastal Regional Office"), "{title}: {got:#?}");
    }
}

#[test]
fn an_associate_among_the_qualifiers_holds_a_post_under_the_title() {
    for title in ["Associate Director", "Senior Associate Regional Director"] {
        let text = format!(
            "Quillmarsh Foods was fined. \"It was plain,\" said Orla Venn, {title} of the Coastal Regional Office."
        );
        let got = roles(&text, &names());
        assert!(has(&got, "Orla Venn", "OtherRole", "Coastal Regional Office"), "{title}: {got:#?}");
        assert!(!has(&got, "Orla Venn", "Director", "Coastal Regional Office"), "{title}: {got:#?}");
        assert!(!has(&got, "Orla Venn", "Executive", "Coastal Regional Office"), "{title}: {got:#?}");
    }
    // a company's associate director is still one of its executives
    let got = roles("\"It was plain,\" said Orla Venn, Associate Director of Quillmarsh Foods.", &names());
    assert!(has(&got, "Orla Venn", "Executive", "Quillmarsh Foods"), "{got:#?}");
}

#[test]
fn a_co_founder_stays_a_co_founder() {
    let got = roles("\"It was plain,\" said Orla Venn, co-founder of Quillmarsh Foods.", &names());
    assert!(has(&got, "Orla Venn", "Cofounder", "Quillmarsh Foods"), "{got:#?}");
}
