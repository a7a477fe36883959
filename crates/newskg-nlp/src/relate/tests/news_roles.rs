//! Posts as business news states them: comma lists of titles, the predecessor of a post, and
//! "the bank's boss, X". Invented sentences (none from the evaluation articles), with the
//! recogniser's mentions given by hand.

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{Company, Person};

fn roles(text: &str, mentions: &[(&str, newskg_doc::EntityKind)]) -> Vec<String> {
    let d = run_with(text, "2025-03-01", None, mentions);
    fact_lines(&d).into_iter().filter(|l| l.starts_with("role ")).collect()
}

#[test]
fn a_comma_list_of_titles_closed_by_and_shares_its_person_and_organisation() {
    let got = roles(
        "\"We are pleased,\" said Oskar Lindahl, chairman, chief executive and president of Brenmoor Foods.",
        &[("Oskar Lindahl", Person), ("Brenmoor Foods", Company)],
    );
    for t in ["Chairman", "CEO", "President"] {
        assert!(
            got.iter()
                .any(|l| l.starts_with(&format!("role Oskar Lindahl | {t} |")) && l.contains("| Brenmoor Foods |")),
            "{t}: {got:#?}"
        );
    }
}

#[test]
fn a_predecessor_held_the_title_nearest_before_replacing_not_an_earlier_one() {
    let got = roles(
        "Velmar Motors said Ren Ishida, the head of its truck unit, will become chief executive of Velmar Motors \
         in April, replacing Daichi Hara.",
        &[("Velmar Motors", Company), ("Ren Ishida", Person), ("Daichi Hara", Person)],
    );
    assert!(got.iter().any(|l| l.starts_with("role Daichi Hara | CEO |") && !l.ends_with("| current")), "{got:#?}");
    assert!(!got.iter().any(|l| l.starts_with("role Daichi Hara | Head |")), "{got:#?}");
}

#[test]
fn the_title_in_an_apposition_is_not_the_post_a_predecessor_leaves() {
    let got = roles(
        "Corvane Telecom said Ilse Brandt, currently chief executive of Nordfon, will take over from Piet Maas.",
        &[("Corvane Telecom", Company), ("Ilse Brandt", Person), ("Nordfon", Company), ("Piet Maas", Person)],
    );
    assert!(got.iter().any(|l| l.starts_with("role Ilse Brandt | CEO |") && l.contains("| Nordfon |")), "{got:#?}");
    assert!(!got.iter().any(|l| l.starts_with("role Piet Maas | CEO | \"chief executive\" | Nordfon")), "{got:#?}");
}

#[test]
fn the_company_s_boss_before_a_comma_and_a_name_is_its_chief_executive() {
    let got = roles(
        "Tarrow Bank reported higher profits. The bank's boss, Maeve Connolly, said lending had grown.",
        &[("Tarrow Bank", Company), ("Maeve Connolly", Person)],
    );
    assert!(got.iter().any(|l| l.starts_with("role Maeve Connolly | CEO | \"boss\" | Tarrow Bank")), "{got:#?}");
}

#[test]
fn a_name_right_before_a_title_of_an_organisation_holds_it() {
    let got = roles(
        "The regulator wrote to Maren Olsen CEO of Pellhurst Mobile last week.",
        &[("Maren Olsen", Person), ("Pellhurst Mobile", Company)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Maren Olsen | CEO |") && l.contains("| Pellhurst Mobile |")),
        "{got:#?}"
    );
}

#[test]
fn a_kind_noun_followed_by_a_name_is_that_name() {
    let got = roles(
        "The Trade Office fined two firms. Jonas Berg, a director at the charity Helpwell, said the money was lost.",
        &[
            ("Trade Office", newskg_doc::EntityKind::Organization),
            ("Jonas Berg", Person),
            ("Helpwell", newskg_doc::EntityKind::Organization),
        ],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Jonas Berg | Director |") && l.contains("| Helpwell |")),
        "{got:#?}"
    );
}

#[test]
fn an_organisation_s_new_boss_is_its_chief_executive() {
    let got = roles(
        "Dunmere's new boss Colm Reilly said costs would fall.",
        &[("Dunmere", Company), ("Colm Reilly", Person)],
    );
    assert!(got.iter().any(|l| l.starts_with("role Colm Reilly | CEO | \"boss\" | Dunmere")), "{got:#?}");
}

#[test]
fn its_boss_before_a_comma_and_a_name_is_the_owner_s_chief_executive() {
    let got = roles(
        "Harwick Lending posted record profits. Its boss, Odile Marchetti, warned of a slowdown.",
        &[("Harwick Lending", Company), ("Odile Marchetti", Person)],
    );
    assert!(got.iter().any(|l| l.starts_with("role Odile Marchetti | CEO | \"boss\" | Harwick Lending")), "{got:#?}");
}

#[test]
fn an_appointment_as_a_title_is_at_the_appointing_organisation_not_a_former_employer() {
    let got = roles(
        "Quillon Group appointed former Ferrant Bank executive Arno Vidal as chairman.",
        &[("Quillon Group", Company), ("Ferrant Bank", Company), ("Arno Vidal", Person)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Arno Vidal | Chairman |") && l.contains("| Quillon Group")),
        "{got:#?}"
    );
    assert!(
        !got.iter().any(|l| l.starts_with("role Arno Vidal | Chairman |") && l.contains("| Ferrant Bank")),
        "{got:#?}"
    );
}

#[test]
fn an_appointing_organisation_is_found_past_its_apposition_and_past_it_would() {
    let got = roles(
        "Quillon Group, the Leeds retailer, has appointed Arno Vidal as finance director.",
        &[("Quillon Group", Company), ("Arno Vidal", Person)],
    );
    assert!(got.iter().any(|l| l.starts_with("role Arno Vidal | CFO |") && l.contains("| Quillon Group")), "{got:#?}");
    let got = roles(
        "Quillon Group said it would appoint Arno Vidal, a former executive at Ferrant Bank, as president.",
        &[("Quillon Group", Company), ("Arno Vidal", Person), ("Ferrant Bank", Company)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Arno Vidal | President |") && l.contains("| Quillon Group")),
        "{got:#?}"
    );
}

#[test]
fn founders_after_a_participle_or_a_description_and_founding_the_company_with_others() {
    let got = roles(
        "Pelorin, founded in 2016 by Dara Quist and the former banker Oren Valk, has 3 million customers.",
        &[("Pelorin", Company), ("Dara Quist", Person), ("Oren Valk", Person)],
    );
    // (founders named together are each a co-founder: eval/corpus GUIDELINES "Founders", session 56)
    for p in ["Dara Quist", "Oren Valk"] {
        assert!(
            got.iter().any(|l| l.starts_with(&format!("role {p} | Cofounder |")) && l.contains("| Pelorin")),
            "{got:#?}"
        );
    }
    let got = roles(
        "Pelorin reported a loss. Dara Quist, who founded the company in 2014 with two former colleagues, said costs fell.",
        &[("Pelorin", Company), ("Dara Quist", Person)],
    );
    assert!(got.iter().any(|l| l.starts_with("role Dara Quist | Cofounder |") && l.contains("| Pelorin")), "{got:#?}");
}

#[test]
fn the_organisation_in_apposition_to_an_owners_unit_holds_the_title() {
    let got = roles(
        "\"We are sorry,\" said Hedda Strand, chief executive of Pelion's parent company, Marrow Holdings, \
         on Friday.",
        &[("Hedda Strand", Person), ("Pelion", Company), ("Marrow Holdings", Company)],
    );
    assert!(
        got.iter().any(|l| l.starts_with("role Hedda Strand | CEO |") && l.contains("| Marrow Holdings |")),
        "{got:#?}"
    );
    assert!(!got.iter().any(|l| l.contains("| Pelion |")), "{got:#?}");
}
