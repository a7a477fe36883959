//! Deals whose buyer is named in other sentences (`relate/relations/across.rs`,
//! [`crate::rulebook::Rule::AgentlessDeal`]). Invented sentences (none from the evaluation
//! articles).

use super::{fact_lines, run_with};
use newskg_doc::EntityKind::{self, Company};

/// The model's names: four invented companies.
fn model() -> [(&'static str, EntityKind); 4] {
    [("Brindle Foods", Company), ("Quindle Labs", Company), ("Arbeck Systems", Company), ("Torvane Bank", Company)]
}

/// The article is about Brindle Foods (named three times), then a sentence names deals without
/// their buyer.
fn lines_after(deal_sentence: &str) -> Vec<String> {
    let text = format!(
        "Brindle Foods reported higher sales on Monday. Brindle Foods said demand was strong. \
         Shares in Brindle Foods rose 4 per cent. {deal_sentence}"
    );
    fact_lines(&run_with(&text, "2024-05-01", None, &model()))
}

fn has(lines: &[String], want: &str) -> bool {
    lines.iter().any(|l| l == want)
}

#[test]
fn a_deal_noun_without_a_buyer_is_the_dominant_companys() {
    let lines = lines_after("The results followed the earlier purchases of Quindle Labs and Arbeck Systems.");
    assert!(has(&lines, "rel Brindle Foods Acquired Quindle Labs"), "{lines:?}");
    assert!(has(&lines, "rel Brindle Foods Acquired Arbeck Systems"), "{lines:?}");
    assert!(has(&lines, "rel Arbeck Systems ParentOrganization Brindle Foods"), "{lines:?}");
    // a time phrase between the noun and "of"
    let lines = lines_after("The results follow the acquisition in March of Quindle Labs.");
    assert!(has(&lines, "rel Brindle Foods Acquired Quindle Labs"), "{lines:?}");
}

#[test]
fn a_hedged_deal_has_no_parent_yet() {
    let lines = lines_after("Analysts welcomed the proposed acquisition of Quindle Labs.");
    assert!(has(&lines, "rel Brindle Foods Acquired Quindle Labs"), "{lines:?}");
    assert!(!has(&lines, "rel Quindle Labs ParentOrganization Brindle Foods"), "{lines:?}");
}

#[test]
fn another_organisation_or_a_stopped_deal_leaves_the_deal_alone() {
    // a buyer of its own in the sentence, and a deal regulators blocked
    for sentence in [
        "Analysts recalled the purchase of Quindle Labs by Torvane Bank.",
        "Regulators blocked the purchase of Quindle Labs last year.",
    ] {
        let lines = lines_after(sentence);
        assert!(!has(&lines, "rel Brindle Foods Acquired Quindle Labs"), "{sentence}: {lines:?}");
    }
}

#[test]
fn no_dominant_company_no_buyer() {
    let text = "Brindle Foods and Torvane Bank reported results. Brindle Foods and Torvane Bank grew. \
                The results followed the purchase of Quindle Labs.";
    let lines = fact_lines(&run_with(text, "2024-05-01", None, &model()));
    assert!(!lines.iter().any(|l| l.ends_with("Acquired Quindle Labs")), "{lines:?}");
}

#[test]
fn the_buyer_the_sentences_name_comes_before_the_most_named_company() {
    // the target of the main deal is named most; the buyer is the company that bought it
    let text = "Torvane Bank agreed to buy Arbeck Systems on Monday. Arbeck Systems makes payment software. \
                Arbeck Systems has 300 staff. Arbeck Systems was founded in 2001. \
                The deal follows the earlier purchase of Quindle Labs.";
    let lines = fact_lines(&run_with(text, "2024-05-01", None, &model()));
    assert!(has(&lines, "rel Torvane Bank Acquired Quindle Labs"), "{lines:?}");
    assert!(!has(&lines, "rel Arbeck Systems Acquired Quindle Labs"), "{lines:?}");
}
