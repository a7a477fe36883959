//! Twenty-first session: forms of address between a title and its holder
//! (`roles-address-forms`), an office's portfolio before its holder (`roles-portfolio-titles`) and
//! the Welsh and New Zealand states, and a chair in the issuing body's own release
//! (`roles-publisher-chair`). Invented sentences (none from the evaluation articles), with
//! the recogniser's mentions given by hand.

use super::{Article, RawMention, Rules, complete, fact_lines, has_role as has, prepare, role_lines as roles};
use newskg_doc::EntityKind::{self, Company, Location, Organization, Person};

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

/// [`roles`] for an article with a web address.
fn roles_at(url: &str, text: &str, mentions: &[(&str, EntityKind)]) -> Vec<String> {
    let article = Article { url: Some(url.to_string()), ..Article::from_text("test", text) };
    let mut d = prepare(article);
    let mut raw = Vec::new();
    for (surface, kind) in mentions {
        for (at, _) in d.text.match_indices(surface) {
            if let Some(span) = d.span(at, at + surface.len()) {
                raw.push(RawMention { span, kind: *kind, confidence: 0.9 });
            }
        }
    }
    let found = Rules::new(None).combine(&d, &raw, true);
    complete(&mut d, found);
    fact_lines(&d).into_iter().filter(|l| l.starts_with("role ")).collect()
}

#[test]
fn a_chair_in_the_bodys_own_release_is_the_bodys() {
    let text = "Zeta Telecom will pay $3 million to settle a Federal Signals Commission (FSC) inquiry. Zeta Telecom \
                failed to warn call centres. \"People must reach help,\" said Chairman Harold Penfield.";
    let mentions = [
        ("Zeta Telecom", Company),
        ("Federal Signals Commission", Organization),
        ("FSC", Organization),
        ("Harold Penfield", Person),
    ];
    let got = roles_at("https://docs.fsc.gov/news/a.txt", text, &mentions);
    assert!(has(&got, "role Harold Penfield | Chairman |", "Federal Signals"), "{got:#?}");
    // another address: the article's main company, as before
    let got = roles_at("https://news.example.net/a", text, &mentions);
    assert!(!has(&got, "role Harold Penfield | Chairman |", "Federal Signals"), "{got:#?}");
}
