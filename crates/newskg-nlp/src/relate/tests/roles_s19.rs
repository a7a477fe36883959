//! Nineteenth session: witness-list items (`roles-item-parts`), division posts
//! (`roles-division-post`) and "director general". Invented sentences (none from the evaluation
//! articles), with the recogniser's mentions given by hand.

use super::{has_role as has, role_lines as roles};
use newskg_doc::EntityKind::{Company, Location, Organization, Person};

#[test]
fn each_item_keeps_its_own_body() {
    let got = roles(
        "I: Jane Roe, Chief Executive, Velmora Trust; Tom Ash, Managing Director, Customers, Norvale; Ann Poe, \
         Chief Executive Tarnvik; and Ed Fry, Head, Brontal.",
        &[
            ("Jane Roe", Person),
            ("Velmora Trust", Organization),
            ("Tom Ash", Person),
            ("Norvale", Company),
            ("Ann Poe", Person),
            ("Tarnvik", Company),
            ("Ed Fry", Person),
            ("Brontal", Company),
        ],
    );
    assert!(has(&got, "role Jane Roe | CEO |", "Velmora"), "{got:#?}");
    assert!(has(&got, "role Tom Ash | Director |", "Norvale"), "{got:#?}");
    assert!(has(&got, "role Ann Poe | CEO |", "Tarnvik"), "{got:#?}");
    assert!(has(&got, "role Ed Fry | Head |", "Brontal"), "{got:#?}");
}

#[test]
fn titled_items_share_the_body_closing_the_list() {
    let got = roles(
        "Witnesses: Mr Jo Lind, Chief Operating Officer, Mr Al Berg, Director of Strategy, and Mr Cy Holm, \
         Director of Public Affairs, Velmora, gave evidence.",
        &[("Jo Lind", Person), ("Al Berg", Person), ("Cy Holm", Person), ("Velmora", Company)],
    );
    for p in ["Jo Lind | COO", "Al Berg | Director", "Cy Holm | Director"] {
        assert!(has(&got, &format!("role {p} |"), "Velmora"), "{p}: {got:#?}");
    }
    // "Group Chief Executive, Jane Roe," in a list: the title's person is the one before it
    let got = roles(
        "Witnesses: Eva Lund, Group Chief Executive, Jane Roe, Director, Norvale Bank, gave evidence.",
        &[("Eva Lund", Person), ("Jane Roe", Person), ("Norvale Bank", Company)],
    );
    assert!(has(&got, "role Eva Lund | CEO |", "Norvale"), "{got:#?}");
    assert!(!got.iter().any(|l| l.starts_with("role Jane Roe | CEO |")), "{got:#?}");
}

#[test]
fn a_division_post_is_held_at_the_company() {
    let got = roles(
        "Witnesses: Jane Roe, Chief Executive, Health Division, Velmora Group, and Tom Ash, Director, Norvale, gave \
         evidence.",
        &[
            ("Jane Roe", Person),
            ("Health Division", Company),
            ("Velmora Group", Company),
            ("Tom Ash", Person),
            ("Norvale", Company),
        ],
    );
    assert!(has(&got, "role Jane Roe | Executive |", "Velmora Group"), "{got:#?}");
    let got = roles(
        "From Norvale Bank I welcome Mr. Tom Ash, chief executive officer, and Mr. Ed Fry, chief executive of the \
         retail Tarnby division.",
        &[("Norvale Bank", Company), ("Tom Ash", Person), ("Ed Fry", Person), ("Tarnby", Location)],
    );
    assert!(has(&got, "role Ed Fry | Executive |", "Norvale Bank"), "{got:#?}");
}

#[test]
fn a_director_general_heads_the_body() {
    let got = roles(
        "With us are Jane Roe, director general; and Tom Ash, director of content, of Velmora Radio.",
        &[("Jane Roe", Person), ("Tom Ash", Person), ("Velmora Radio", Organization)],
    );
    assert!(has(&got, "role Jane Roe | Head |", "Velmora"), "{got:#?}");
}

#[test]
fn a_list_frame_passes_the_bodys_other_name() {
    let got = roles(
        "I also welcome from Tarnvik Air, Brontal Regional, Mr. Tom Ash, chief executive, and Ms Ann Poe, \
         director of planning. Ed Fry, chief operations officer of Norvale, spoke later.",
        &[
            ("Tarnvik Air", Company),
            ("Brontal Regional", Company),
            ("Tom Ash", Person),
            ("Ann Poe", Person),
            ("Ed Fry", Person),
            ("Norvale", Company),
        ],
    );
    assert!(has(&got, "role Tom Ash | CEO |", "Tarnvik Air"), "{got:#?}");
    assert!(has(&got, "role Ann Poe | Director |", "Tarnvik Air"), "{got:#?}");
    assert!(has(&got, "role Ed Fry | COO |", "Norvale"), "{got:#?}");
}
