//! An organisation's leading words named apart from it in one sentence with a word of ownership
//! (rule `resolve-prefix-apart`, session 29): "Korrin Bay Limited is a wholly owned subsidiary of
//! Korrin" names two companies, so "Korrin" does not join "Korrin Bay Limited" as its short name
//! and the relation rules can link the two. Invented sentences (none from the evaluation
//! articles).

use super::{entity_lines, fact_lines, run_with};
use crate::resolve::resolve_under;
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::Company;

fn has(lines: &[String], want: &str) -> bool {
    lines.iter().any(|l| l == want)
}

#[test]
fn a_unit_and_its_owner_named_apart_in_an_ownership_sentence_are_two_companies() {
    let m = &[("Korrin Bay Limited", Company), ("Korrin", Company)];
    let text = "Korrin Bay Limited is a wholly owned subsidiary of the mining group Korrin. Korrin Bay \
                Limited runs two nickel mines.";
    let d = run_with(text, "2024-05-01", None, m);
    let ents = entity_lines(&d);
    assert!(ents.iter().any(|e| e.starts_with("Company \"Korrin\"")), "{ents:?}");
    assert!(ents.iter().any(|e| e == "Company \"Korrin Bay Limited\""), "{ents:?}");
    let lines = fact_lines(&d);
    assert!(has(&lines, "rel Korrin Bay Limited ParentOrganization Korrin"), "{lines:?}");
    // with the rule off, the short form joins the longer name as before
    let off = resolve_under(&d, RuleSet::ALL.without(Rule::PrefixApart));
    assert!(off.iter().any(|e| e.name == "Korrin Bay Limited" && e.aliases.iter().any(|a| a == "Korrin")), "{off:?}");
}

#[test]
fn a_brand_named_after_its_owner_in_a_whose_clause_is_its_own_name() {
    let m = &[("Halvard", Company), ("Halvard Motor Cover", Company), ("Pennock Insurance", Company)];
    let text = "Pennock Insurance sells policies through the grocer Halvard, whose Halvard Motor Cover brand \
                it underwrites.";
    let d = run_with(text, "2024-05-01", None, m);
    let ents = entity_lines(&d);
    assert!(ents.iter().any(|e| e.starts_with("Company \"Halvard\"")), "{ents:?}");
    assert!(ents.iter().any(|e| e.starts_with("Company \"Halvard Motor Cover\"")), "{ents:?}");
}

#[test]
fn a_short_form_without_ownership_words_or_in_another_sentence_stays_the_longer_name() {
    // two companies shortened in the same sentence, no word of ownership: each short form is its own
    let m = &[("Sarnet Radio", Company), ("Dovel Radio", Company), ("Sarnet", Company), ("Dovel", Company)];
    let text = "Sarnet Radio and Dovel Radio said on Monday that Sarnet and Dovel will merge.";
    let ents = entity_lines(&run_with(text, "2024-05-01", None, m));
    assert!(ents.iter().any(|e| e == "Company \"Sarnet Radio\" [\"Sarnet\"]"), "{ents:?}");
    assert!(ents.iter().any(|e| e == "Company \"Dovel Radio\" [\"Dovel\"]"), "{ents:?}");
    // the ownership sentence names only the long form; the short form comes in the next sentence
    let m = &[("Korrin Bay Limited", Company), ("Korrin", Company), ("Ostrel Mining", Company)];
    let text = "Korrin Bay Limited is owned by Ostrel Mining. Korrin said output rose.";
    let ents = entity_lines(&run_with(text, "2024-05-01", None, m));
    assert!(ents.iter().any(|e| e == "Company \"Korrin Bay Limited\" [\"Korrin\"]"), "{ents:?}");
    // a word of ownership far from both names (more than four words off) does not count
    let m = &[("Corvane Ireland", Company), ("Corvane", Company)];
    let text = "Corvane chairman Jane Roe spoke beside John Doe, head of Corvane Ireland, and Mary Major, principal \
                officer of the inward investment unit.";
    let ents = entity_lines(&run_with(text, "2024-05-01", None, m));
    assert!(ents.iter().any(|e| e == "Company \"Corvane Ireland\" [\"Corvane\"]"), "{ents:?}");
    // only a group form added: one company ("Tamber Group ... Tamber owns")
    let m = &[("Tamber Group", Company), ("Tamber", Company)];
    let text = "Tamber Group said profits rose, and Tamber owns 40 stores.";
    let ents = entity_lines(&run_with(text, "2024-05-01", None, m));
    assert!(ents.iter().any(|e| e == "Company \"Tamber Group\" [\"Tamber\"]"), "{ents:?}");
}
