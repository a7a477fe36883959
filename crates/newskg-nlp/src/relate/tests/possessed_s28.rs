//! A possessed ownership noun whose names follow a comma, a copula or "include" (rule
//! `relations-possessed-noun-list`, session 28): "its subsidiaries include A, B and C", "its
//! owner is Y", "its controlling shareholder was Y", "Under its parent Y, ..."; and a subject
//! pronoun after a fronted phrase or a colon (rule `relations-fronted-pronoun`: "In 2006, it
//! acquired Y"). Invented sentences (none from the evaluation articles).

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{Company, Location};

fn has(lines: &[String], want: &str) -> bool {
    lines.iter().any(|l| l == want)
}

#[test]
fn units_listed_after_include_or_a_copula_are_the_possessors() {
    let m = &[
        ("Korvath Industries", Company),
        ("Velmar Shipping", Company),
        ("Ostrand Motors", Company),
        ("Brekka Foods", Company),
        ("Europe", Location),
    ];
    for text in [
        "Korvath Industries is based in Oslo. The bulk of its trade is in Europe, and its subsidiaries include \
         Velmar Shipping, Ostrand Motors and Brekka Foods.",
        "Korvath Industries is based in Oslo. Its subsidiaries include the shipping line Velmar Shipping, the \
         carmaker Ostrand Motors and the grocer Brekka Foods.",
        "Korvath Industries's main subsidiaries are Velmar Shipping, Ostrand Motors and Brekka Foods.",
    ] {
        let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
        for unit in ["Velmar Shipping", "Ostrand Motors", "Brekka Foods"] {
            assert!(has(&lines, &format!("rel {unit} ParentOrganization Korvath Industries")), "{text}: {lines:?}");
        }
        // the listed units are not each other's parents
        assert!(!has(&lines, "rel Ostrand Motors ParentOrganization Velmar Shipping"), "{text}: {lines:?}");
        assert!(!has(&lines, "rel Brekka Foods ParentOrganization Velmar Shipping"), "{text}: {lines:?}");
    }
}

#[test]
fn owners_named_after_a_possessed_owner_noun_own_the_possessor() {
    let m = &[("Tellaro Mobile", Company), ("Pinecrest Holdings", Company), ("Velmar Shipping", Company)];
    for text in [
        "Tellaro Mobile runs a network. In 2004, the company reported that its controlling shareholder was \
         Pinecrest Holdings.",
        "Tellaro Mobile runs a network. Under its parent Pinecrest Holdings, it listed its shares in 1995.",
        "Tellaro Mobile's owner is Pinecrest Holdings.",
        "Tellaro Mobile's parent, Pinecrest Holdings, reported higher profits.",
    ] {
        let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
        assert!(has(&lines, "rel Tellaro Mobile ParentOrganization Pinecrest Holdings"), "{text}: {lines:?}");
    }
    let text = "Tellaro Mobile's owners are Pinecrest Holdings and Velmar Shipping.";
    let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
    assert!(has(&lines, "rel Tellaro Mobile ParentOrganization Pinecrest Holdings"), "{lines:?}");
    assert!(has(&lines, "rel Tellaro Mobile ParentOrganization Velmar Shipping"), "{lines:?}");
}

#[test]
fn a_plain_shareholder_and_a_singular_noun_before_a_list_stay_narrow() {
    let m = &[("Tellaro Mobile", Company), ("Pinecrest Holdings", Company), ("Velmar Shipping", Company)];
    // a shareholder with no word saying it controls is no owner, the largest one neither
    for text in [
        "Tellaro Mobile runs a network. Its shareholder is Pinecrest Holdings, which holds 4 per cent.",
        "Tellaro Mobile runs a network. Its largest shareholder is Pinecrest Holdings, with 14 per cent.",
        "Tellaro Mobile's largest shareholder, the fund Pinecrest Holdings, backed the board.",
    ] {
        let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
        assert!(!has(&lines, "rel Tellaro Mobile ParentOrganization Pinecrest Holdings"), "{text}: {lines:?}");
    }
    // "owner of Y" after a coordination is the other name's ("Dorvan, X's distributor and owner of Y")
    let m2 = &[("Helmsby Studios", Company), ("Dorvan", Company), ("Kestrel TV", Company)];
    let text = "There are plans to show films from Dorvan, Helmsby Studios's distributor and owner of Kestrel TV.";
    let lines = fact_lines(&run_with(text, "2024-05-01", None, m2));
    assert!(!has(&lines, "rel Helmsby Studios ParentOrganization Kestrel TV"), "{lines:?}");
    // a singular noun names one unit: the name coordinated after it is not a second one
    let text = "Tellaro Mobile, its subsidiary, Pinecrest Holdings, and Velmar Shipping were fined.";
    let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
    assert!(has(&lines, "rel Pinecrest Holdings ParentOrganization Tellaro Mobile"), "{lines:?}");
    assert!(!has(&lines, "rel Velmar Shipping ParentOrganization Tellaro Mobile"), "{lines:?}");
}

#[test]
fn a_pronoun_after_a_fronted_phrase_or_a_colon_is_the_previous_subject() {
    let m = &[("Quillon Gaming", Company), ("Dravik Group", Company), ("Marisco Labs", Company)];
    for text in [
        "Quillon Gaming runs betting shops in Wales. Since March 2019, it has been owned by Dravik Group.",
        "Quillon Gaming runs betting shops in Wales. In March 2019, it was bought by Dravik Group.",
    ] {
        let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
        assert!(has(&lines, "rel Quillon Gaming ParentOrganization Dravik Group"), "{text}: {lines:?}");
    }
    let text = "Quillon Gaming grew quickly in the 1980s: it acquired Marisco Labs in 1992.";
    let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
    assert!(has(&lines, "rel Quillon Gaming Acquired Marisco Labs"), "{lines:?}");
    // an empty subject after a fronted phrase refers to nothing
    let text = "Quillon Gaming runs betting shops in Wales. In 2019, it was announced that Dravik Group had bought \
                Marisco Labs.";
    let lines = fact_lines(&run_with(text, "2024-05-01", None, m));
    assert!(!has(&lines, "rel Dravik Group Acquired Quillon Gaming"), "{lines:?}");
    assert!(!has(&lines, "rel Quillon Gaming ParentOrganization Dravik Group"), "{lines:?}");
}
