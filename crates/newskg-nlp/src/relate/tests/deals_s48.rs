//! Forty-eighth session: a regulator's wording of a deal. "Transfer [of] control of X [and its
//! subsidiaries A and B] [from T] to Y" makes Y the buyer of X (rule `relations-transfer-of-control`),
//! and "X's acquisition of Y" makes X the buyer of Y (rule `relations-possessive-deal`). Invented
//! sentences and names (none from the evaluation articles), with the recogniser's mentions by hand.

use super::run_titled;
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{Company, Organization};

/// The article's relation lines ("rel S Kind O", sorted), with rule `off` switched off if given
/// (shared with the later sessions' relation tests).
pub(super) fn rels(text: &str, names: &[(&str, newskg_doc::EntityKind)], off: Option<Rule>) -> Vec<String> {
    titled_rels(None, text, names, off)
}

/// As [`rels`], for an article with headline `title` if given.
pub(super) fn titled_rels(
    title: Option<&str>,
    text: &str,
    names: &[(&str, newskg_doc::EntityKind)],
    off: Option<Rule>,
) -> Vec<String> {
    let d = run_titled(title, text, "2024-05-01", None, names);
    let rules = off.map_or(RuleSet::ALL, |rule| RuleSet::ALL.without(rule));
    let mut lines: Vec<String> = crate::relate::relate_under(&d, rules)
        .relations
        .iter()
        .map(|r| format!("rel {} {:?} {}", d.entities[r.subject].name, r.kind, d.entities[r.object].name))
        .collect();
    lines.sort();
    lines
}

/// Whether `lines` hold `want` exactly (a relation line "rel S Kind O", an entity name).
pub(super) fn has_line(lines: &[String], want: &str) -> bool {
    lines.iter().any(|l| l == want)
}

/// The relation line `want` is found with every rule on and lost with `rule` off; the lines with
/// every rule on are returned for further checks.
#[track_caller]
pub(super) fn rel_only_under(
    text: &str,
    names: &[(&str, newskg_doc::EntityKind)],
    rule: Rule,
    want: &str,
) -> Vec<String> {
    let on = rels(text, names, None);
    assert!(has_line(&on, want), "{on:#?}");
    let off = rels(text, names, Some(rule));
    assert!(!has_line(&off, want), "{off:#?}");
    on
}

/// Asserts the two relations a licence's assignment gives: `buyer` acquired `station`, and `station`'s parent
/// is `seller` (shared with the later sessions' assignment tests).
#[track_caller]
pub(super) fn assert_assigned(got: &[String], buyer: &str, station: &str, seller: &str) {
    assert!(got.iter().any(|l| l == &format!("rel {buyer} Acquired {station}")), "{buyer} / {station}: {got:#?}");
    assert!(
        got.iter().any(|l| l == &format!("rel {station} ParentOrganization {seller}")),
        "{station} / {seller}: {got:#?}"
    );
}

const TRANSFER: &str = "On May 2, 2024, the Quellon Family Trust and Marrow Telecom, Inc. (Marrow) filed an \
                        application to transfer control of Tolvane Holdings, Inc. (Tolvane) and its wholly owned \
                        subsidiaries, Brisk Valley Telephone Company (Brisk) and Ostrel Networks, LLC (Ostrel), \
                        from the Quellon Family Trust to Marrow.";

fn transfer_names() -> [(&'static str, newskg_doc::EntityKind); 9] {
    [
        ("Quellon Family Trust", Company),
        ("Marrow Telecom, Inc", Company),
        ("Marrow", Company),
        ("Tolvane Holdings, Inc", Company),
        ("Tolvane", Company),
        ("Brisk Valley Telephone Company", Company),
        ("Brisk", Company),
        ("Ostrel Networks", Company),
        ("Ostrel", Company),
    ]
}

#[test]
fn a_transfer_of_control_makes_the_receiver_the_buyer_of_the_company_and_its_listed_subsidiaries() {
    let got = rels(TRANSFER, &transfer_names(), None);
    for target in ["Tolvane Holdings, Inc", "Brisk Valley Telephone Company", "Ostrel Networks"] {
        assert!(got.iter().any(|l| l == &format!("rel Marrow Telecom, Inc Acquired {target}")), "{target}: {got:#?}");
    }
    for unit in ["Brisk Valley Telephone Company", "Ostrel Networks"] {
        assert!(
            got.iter().any(|l| l == &format!("rel {unit} ParentOrganization Tolvane Holdings, Inc")),
            "{unit}: {got:#?}"
        );
    }
    // neither the seller nor the buyer sits under the company transferred
    assert!(!got.iter().any(|l| l.starts_with("rel Quellon Family Trust ParentOrganization")), "{got:#?}");
    assert!(!got.iter().any(|l| l.starts_with("rel Marrow Telecom, Inc ParentOrganization")), "{got:#?}");
    let off = rels(TRANSFER, &transfer_names(), Some(Rule::TransferOfControl));
    assert!(!off.iter().any(|l| l.contains(" Acquired Tolvane")), "{off:#?}");
}

#[test]
fn a_transfer_of_control_needs_a_receiver_named_after_to() {
    let names = [("Tolvane Holdings, Inc", Company), ("Harbour Trade Authority", Organization)];
    let text = "The Harbour Trade Authority reviewed the transfer of control of Tolvane Holdings, Inc. last year.";
    let got = rels(text, &names, None);
    assert!(!got.iter().any(|l| l.contains(" Acquired ")), "{got:#?}");
    // the sentence moves on at a semicolon: the body named after a later "to" is no buyer
    let text = "Tolvane Holdings, Inc. applied to transfer control of Tolvane Holdings, Inc.; comments go to the \
                Harbour Trade Authority.";
    assert!(!rels(text, &names, None).iter().any(|l| l.contains(" Acquired ")), "{:#?}", rels(text, &names, None));
}

#[test]
fn an_owners_acquisition_of_a_company_is_a_deal_not_a_parent() {
    let names = [("Quillmarsh Foods", Company), ("Zentara Mills", Company), ("Harbour Trade Authority", Organization)];
    let text = "The Harbour Trade Authority said Quillmarsh Foods's proposed $1.1 billion acquisition of Zentara \
                Mills would raise flour prices.";
    let got = rels(text, &names, None);
    assert!(got.iter().any(|l| l == "rel Quillmarsh Foods Acquired Zentara Mills"), "{got:#?}");
    assert!(!got.iter().any(|l| l == "rel Zentara Mills ParentOrganization Quillmarsh Foods"), "{got:#?}");
    // "its purchase of": the organisation "its" stands for
    let text = "Quillmarsh Foods announced its purchase of Zentara Mills on Monday.";
    let got = rels(text, &names, None);
    assert!(got.iter().any(|l| l == "rel Quillmarsh Foods Acquired Zentara Mills"), "{got:#?}");
    // a deal the sentence tells done ("completes", "the completion of") keeps the company bought under
    // its buyer; one merely announced does not
    for text in [
        "Quillmarsh Foods announced the completion of its purchase of Zentara Mills on Monday.",
        "Quillmarsh Foods completes its purchase of Zentara Mills.",
    ] {
        let got = rels(text, &names, None);
        assert!(got.iter().any(|l| l == "rel Zentara Mills ParentOrganization Quillmarsh Foods"), "{text}: {got:#?}");
    }
    let got = rels("Quillmarsh Foods announced its purchase of Zentara Mills on Monday.", &names, None);
    assert!(!got.iter().any(|l| l == "rel Zentara Mills ParentOrganization Quillmarsh Foods"), "{got:#?}");
    // a part of the company is no purchase of the company
    // (whatever the sentence patterns make of it, the rule adds and drops nothing there)
    let text = "Quillmarsh Foods's acquisition of Zentara Mills stores in Leeds was cleared.";
    assert_eq!(rels(text, &names, None), rels(text, &names, Some(Rule::PossessiveDeal)));
}
