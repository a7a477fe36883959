//! Twenty-first session: forms of address between a title and its holder
//! (`roles-address-forms`), an office's portfolio before its holder (`roles-portfolio-titles`) and
//! the Welsh and New Zealand states. Invented sentences (none from the evaluation articles), with
//! the recogniser's mentions given by hand.

use super::{has_role as has, role_lines as roles};
use newskg_doc::EntityKind::{Company, Location, Organization, Person};

#[test]
fn a_form_of_address_stands_between_the_title_and_its_holder() {
    let got = roles(
        "The Zenith Trade Authority will not oppose the sale of Brindle Ltd, ZTA Chairman, Mr Harold Penfield, \
         said today.",
        &[
            ("Zenith Trade Authority", Organization),
            ("Brindle Ltd", Company),
            ("ZTA", Organization),
            ("Harold Penfield", Person),
        ],
    );
    assert!(has(&got, "role Harold Penfield | Chairman |", "Zenith"), "{got:#?}");
    let got = roles(
        "Corvan Holdings said its chief executive, Dr Maria Olsen, would retire in May.",
        &[("Corvan Holdings", Company), ("Maria Olsen", Person)],
    );
    assert!(has(&got, "role Maria Olsen | CEO |", "Corvan"), "{got:#?}");
    let got = roles(
        "The chief executive of Corvan Holdings, Ms Maria Olsen, welcomed the ruling.",
        &[("Corvan Holdings", Company), ("Maria Olsen", Person)],
    );
    assert!(has(&got, "role Maria Olsen | CEO |", "Corvan"), "{got:#?}");
}

#[test]
fn an_office_with_its_portfolio_is_held_by_the_name_after_it() {
    let got = roles(
        "Minister for Energy Harold Penfield asked the Grid Board to review the blackout in New Zealand.",
        &[("Harold Penfield", Person), ("Grid Board", Organization), ("New Zealand", Location)],
    );
    assert!(has(&got, "role Harold Penfield | Minister |", "New Zealand"), "{got:#?}");
    let got = roles(
        "The Minister for Economy and Transport, Harold Penfield, said Wales would help Corvan Holdings.",
        &[("Harold Penfield", Person), ("Wales", Location), ("Corvan Holdings", Company)],
    );
    assert!(has(&got, "role Harold Penfield | Minister |", "Wales"), "{got:#?}");
    // a named organisation after "of" is no portfolio: the title is its post as before
    let got = roles(
        "Director of Corvan Holdings Maria Olsen resigned.",
        &[("Corvan Holdings", Company), ("Maria Olsen", Person)],
    );
    assert!(!got.iter().any(|l| l.contains("Minister")), "{got:#?}");
    // a list whose titles follow their holders: each keeps its own
    let got = roles(
        "Witnesses: Mr Tom Ash, Chief Operating Officer, Mr Ed Fry, Director of Strategy, Mr Al Berg, Head of \
         Legal Affairs, Corvan Holdings.",
        &[("Tom Ash", Person), ("Ed Fry", Person), ("Al Berg", Person), ("Corvan Holdings", Company)],
    );
    assert!(!got.iter().any(|l| l.starts_with("role Al Berg | Director")), "{got:#?}");
    assert!(!got.iter().any(|l| l.starts_with("role Ed Fry | COO")), "{got:#?}");
}
