//! Fifty-seventh session: deal parties the plain patterns missed — a buyer set off from its verb
//! by an inserted phrase (rule `deals-interrupted-buyer`), "the company" bought read as the
//! organisation the sentences before are about rather than the buyer (rule
//! `deals-anaphor-target`), and a deal struck to buy (rule `deals-deal-to-buy`). Invented
//! sentences and names, with the recogniser's mentions by hand.

use super::deals_s48::{has_line, rel_only_under, rels, titled_rels};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Location, Person};

#[test]
fn a_buyer_before_an_apposition_buys() {
    let text = "In 2004, Zeta Holdings, the parent of Quill Media, acquired Brenlow Games for $20 million.";
    let names = [("Zeta Holdings", Company), ("Quill Media", Company), ("Brenlow Games", Company)];
    rel_only_under(text, &names, Rule::InterruptedBuyer, "rel Zeta Holdings Acquired Brenlow Games");
}

#[test]
fn a_buyer_before_a_relative_clause_or_brackets_buys() {
    let text = "Zeta Holdings, which had invested in the firm in 1998, bought Brenlow Games in 2001. \
                Ostrel Group (later Ostrel Corp.) purchased Harwick Radio in 2003.";
    let names = [
        ("Zeta Holdings", Company),
        ("Brenlow Games", Company),
        ("Ostrel Group", Company),
        ("Ostrel Corp", Company),
        ("Harwick Radio", Company),
    ];
    let got = rels(text, &names, None);
    assert!(has_line(&got, "rel Zeta Holdings Acquired Brenlow Games"), "{got:#?}");
    assert!(has_line(&got, "rel Ostrel Group Acquired Harwick Radio"), "{got:#?}");
    let without = rels(text, &names, Some(Rule::InterruptedBuyer));
    assert!(!has_line(&without, "rel Ostrel Group Acquired Harwick Radio"), "{without:#?}");
}

#[test]
fn a_list_before_the_verb_is_no_apposition() {
    let text = "Brenlow Games, Quill Media, acquired Harwick Radio.";
    let names = [("Brenlow Games", Company), ("Quill Media", Company), ("Harwick Radio", Company)];
    let got = rels(text, &names, None);
    assert!(!has_line(&got, "rel Brenlow Games Acquired Harwick Radio"), "{got:#?}");
}

#[test]
fn the_company_bought_is_the_one_the_headline_opens_with() {
    let text = "Brenlow Games was founded in Leeds in 1987 by Jane Roe. Quill Media published its first \
                games. Zeta Holdings bought the company in 1995. Brenlow Games now makes mobile games.";
    let names = [
        ("Brenlow Games", Company),
        ("Leeds", Location),
        ("Jane Roe", Person),
        ("Quill Media", Company),
        ("Zeta Holdings", Company),
    ];
    let got = titled_rels(Some("Brenlow Games"), text, &names, None);
    assert!(has_line(&got, "rel Zeta Holdings Acquired Brenlow Games"), "{got:#?}");
    assert!(has_line(&got, "rel Brenlow Games ParentOrganization Zeta Holdings"), "{got:#?}");
    assert!(!has_line(&got, "rel Zeta Holdings Acquired Quill Media"), "{got:#?}");
    let without = titled_rels(Some("Brenlow Games"), text, &names, Some(Rule::AnaphorTarget));
    assert!(!has_line(&without, "rel Zeta Holdings Acquired Brenlow Games"), "{without:#?}");
}

#[test]
fn the_company_bought_is_nothing_when_another_name_stands_by() {
    let text = "Brenlow Games was founded in Leeds in 1987. Zeta Holdings, a rival of Quill Media, bought the \
                company in 1995. Brenlow Games now makes mobile games.";
    let names = [("Brenlow Games", Company), ("Leeds", Location), ("Zeta Holdings", Company), ("Quill Media", Company)];
    let got = titled_rels(Some("Brenlow Games"), text, &names, None);
    assert!(!got.iter().any(|l| l.starts_with("rel Zeta Holdings Acquired")), "{got:#?}");
    // no headline naming the company: nothing either
    let untitled = rels("Brenlow Games was founded in 1987. Zeta Holdings bought the company in 1995.", &names, None);
    assert!(!untitled.iter().any(|l| l.starts_with("rel Zeta Holdings Acquired")), "{untitled:#?}");
}

#[test]
fn a_deal_reached_to_buy_is_an_agreed_acquisition() {
    let text = "Zeta Holdings has reached an agreement to acquire Brenlow Games for $70 million. \
                Ostrel Group agreed a commercial deal to purchase Harwick Radio.";
    let names =
        [("Zeta Holdings", Company), ("Brenlow Games", Company), ("Ostrel Group", Company), ("Harwick Radio", Company)];
    let got = rels(text, &names, None);
    assert!(has_line(&got, "rel Zeta Holdings Acquired Brenlow Games"), "{got:#?}");
    assert!(has_line(&got, "rel Ostrel Group Acquired Harwick Radio"), "{got:#?}");
    // agreed, not completed: no parent
    assert!(!has_line(&got, "rel Brenlow Games ParentOrganization Zeta Holdings"), "{got:#?}");
    let without = rels(text, &names, Some(Rule::DealToBuy));
    assert!(!has_line(&without, "rel Ostrel Group Acquired Harwick Radio"), "{without:#?}");
}

#[test]
fn a_deal_only_near_or_for_a_part_is_no_acquisition() {
    let text = "Zeta Holdings is near a deal to buy Brenlow Games. Ostrel Group signed a deal to buy \
                Harwick Radio's plants.";
    let names =
        [("Zeta Holdings", Company), ("Brenlow Games", Company), ("Ostrel Group", Company), ("Harwick Radio", Company)];
    let got = rels(text, &names, None);
    assert!(!has_line(&got, "rel Zeta Holdings Acquired Brenlow Games"), "{got:#?}");
    assert!(!has_line(&got, "rel Ostrel Group Acquired Harwick Radio"), "{got:#?}");
}
