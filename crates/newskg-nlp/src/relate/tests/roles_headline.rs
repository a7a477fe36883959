//! The organisation of a title whose sentence names no organisation: the headline's company when
//! the headline does not name the most mentioned one. Invented sentences and headlines (none from
//! the evaluation articles), with the recogniser's mentions given by hand.

use super::{entity_lines, fact_lines, run_titled};
use newskg_doc::EntityKind::{self, Company, Organization, Person};

/// The role lines of `text` under the headline `title`, with `mentions` as the recogniser's.
fn roles(title: Option<&str>, text: &str, mentions: &[(&str, EntityKind)]) -> Vec<String> {
    let d = run_titled(title, text, "", None, mentions);
    fact_lines(&d).into_iter().filter(|l| l.starts_with("role ")).collect()
}

const TEXT: &str = "Brellin Dairy said its rival Corvath Foods would close three plants. Corvath Foods \
    blamed costs, and Corvath Foods shares fell. Brellin Dairy expects to hire staff. Chief executive \
    Maren Okafor said the plan was sound.";

fn mentions() -> Vec<(&'static str, EntityKind)> {
    vec![("Brellin Dairy", Company), ("Corvath Foods", Company), ("Maren Okafor", Person)]
}

#[test]
fn with_no_organisation_in_its_sentence_a_title_takes_the_headlines_company() {
    let got = roles(Some("Brellin Dairy to hire 300 as rival shuts plants"), TEXT, &mentions());
    assert!(
        got.iter().any(|l| l.starts_with("role Maren Okafor | CEO |") && l.contains("| Brellin Dairy |")),
        "{got:#?}"
    );
    assert!(!got.iter().any(|l| l.contains("Corvath")), "{got:#?}");
}

#[test]
fn without_a_headline_the_most_mentioned_company_is_kept() {
    let got = roles(None, TEXT, &mentions());
    assert!(
        got.iter().any(|l| l.starts_with("role Maren Okafor | CEO |") && l.contains("| Corvath Foods |")),
        "{got:#?}"
    );
}

#[test]
fn a_headline_word_inside_a_longer_word_is_no_match() {
    // "Brellin" inside "Brellinton" names nothing: the most mentioned company stays
    let got = roles(
        Some("Brellinton Dairy Cooperative expands"),
        TEXT,
        &[("Brellin", Company), ("Corvath Foods", Company), ("Maren Okafor", Person)],
    );
    assert!(got.iter().any(|l| l.contains("| Corvath Foods |")), "{got:#?}");
}

#[test]
fn a_headline_that_also_names_the_most_mentioned_company_keeps_it() {
    let got = roles(Some("Brellin Dairy buys Corvath Foods plants"), TEXT, &mentions());
    assert!(
        got.iter().any(|l| l.starts_with("role Maren Okafor | CEO |") && l.contains("| Corvath Foods |")),
        "{got:#?}"
    );
}

#[test]
fn a_one_word_headline_name_the_body_names_once_is_not_the_main_one() {
    let text = "Brellin said its rival Corvath Foods would close three plants. Corvath Foods blamed costs, and \
        Corvath Foods shares fell. Chief executive Maren Okafor said the plan was sound.";
    let mentions = [("Brellin", Company), ("Corvath Foods", Company), ("Maren Okafor", Person)];
    let got = roles(Some("Brellin gains as rival shuts plants"), text, &mentions);
    assert!(
        got.iter().any(|l| l.starts_with("role Maren Okafor | CEO |") && l.contains("| Corvath Foods |")),
        "{got:#?}"
    );
    // a longer name named once is the headline's company
    let text = text.replace("Brellin said", "Brellin Dairy said");
    let mentions = [("Brellin Dairy", Company), ("Corvath Foods", Company), ("Maren Okafor", Person)];
    let got = roles(Some("Brellin Dairy gains as rival shuts plants"), &text, &mentions);
    assert!(
        got.iter().any(|l| l.starts_with("role Maren Okafor | CEO |") && l.contains("| Brellin Dairy |")),
        "{got:#?}"
    );
}

#[test]
fn a_headline_naming_no_company_gives_the_organisation_it_opens_with_whatever_its_kind() {
    // the authority is a non-business body; the only company is a contractor named in passing
    let text = "Dunmere Transport Authority will close 40 depots, Dunmere Transport Authority said, after \
        Kelso Haulage lost its contract. Chief executive Maren Okafor said the cuts were painful.";
    let mentions =
        [("Dunmere Transport Authority", Organization), ("Kelso Haulage", Company), ("Maren Okafor", Person)];
    let d = run_titled(Some("Dunmere Transport Authority to close 40 depots"), text, "", None, &mentions);
    assert!(
        entity_lines(&d).iter().any(|l| l.starts_with("Organization \"Dunmere Transport Authority\"")),
        "{:#?}",
        entity_lines(&d)
    );
    let got = roles(Some("Dunmere Transport Authority to close 40 depots"), text, &mentions);
    assert!(
        got.iter().any(|l| l.starts_with("role Maren Okafor | CEO |") && l.contains("| Dunmere Transport Authority |")),
        "{got:#?}"
    );
    // a headline that names a company keeps the companies' reading
    let got = roles(Some("Dunmere Transport Authority drops Kelso Haulage"), text, &mentions);
    assert!(!got.iter().any(|l| l.contains("| Dunmere Transport Authority |")), "{got:#?}");
}
