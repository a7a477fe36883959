//! Sixty-third session: a sale's seller held what it sold (rule `deals-seller-parent`), added only
//! after the learned typing. Invented sentences and names, with the recogniser's mentions by hand.

use super::deals_s48::has_line;
use super::parents_s62::after_typing_rels;
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Service};

#[test]
fn an_active_sale_makes_the_seller_the_earlier_parent() {
    let text = "Brelford Foods was founded in 1921. In 1987 Kestrane Holdings sold Brelford Foods to Ostmark Group.";
    let names = [("Brelford Foods", Company), ("Kestrane Holdings", Company), ("Ostmark Group", Company)];
    let on = after_typing_rels(text, &names, None);
    assert!(has_line(&on, "rel Brelford Foods ParentOrganization Kestrane Holdings"), "{on:#?}");
    assert!(has_line(&on, "rel Ostmark Group Acquired Brelford Foods"), "{on:#?}");
    assert!(!has_line(&on, "rel Kestrane Holdings Acquired Brelford Foods"), "{on:#?}");
    let off = after_typing_rels(text, &names, Some(Rule::SellerParent));
    assert!(!has_line(&off, "rel Brelford Foods ParentOrganization Kestrane Holdings"), "{off:#?}");
}

#[test]
fn a_time_and_price_before_the_buyer_keep_the_sale() {
    let text = "The chain was renamed in 1990. Kestrane Holdings later sold Brelford Foods in 2004 for $40 million to \
                Ostmark Group.";
    let names = [("Brelford Foods", Company), ("Kestrane Holdings", Company), ("Ostmark Group", Company)];
    let on = after_typing_rels(text, &names, None);
    assert!(has_line(&on, "rel Brelford Foods ParentOrganization Kestrane Holdings"), "{on:#?}");
}

#[test]
fn a_passive_sale_with_a_time_after_the_seller_gives_both_owners() {
    let text = "Brelford Foods was sold by Kestrane Holdings in 2004 to the Danish dairy group Ostmark Group.";
    let names = [("Brelford Foods", Company), ("Kestrane Holdings", Company), ("Ostmark Group", Company)];
    let on = after_typing_rels(text, &names, None);
    assert!(has_line(&on, "rel Brelford Foods ParentOrganization Kestrane Holdings"), "{on:#?}");
    assert!(has_line(&on, "rel Ostmark Group Acquired Brelford Foods"), "{on:#?}");
    assert!(has_line(&on, "rel Brelford Foods ParentOrganization Ostmark Group"), "{on:#?}");
    assert!(!has_line(&on, "rel Kestrane Holdings Acquired Brelford Foods"), "{on:#?}");
    let off = after_typing_rels(text, &names, Some(Rule::SellerParent));
    assert!(!has_line(&off, "rel Brelford Foods ParentOrganization Kestrane Holdings"), "{off:#?}");
}

#[test]
fn a_brand_sold_was_its_sellers_product() {
    let text = "In 1998 Kestrane Holdings sold its Tallow Crisp brand to Ostmark Group.";
    let names = [("Kestrane Holdings", Company), ("Tallow Crisp", Service), ("Ostmark Group", Company)];
    let on = after_typing_rels(text, &names, None);
    assert!(has_line(&on, "rel Tallow Crisp Provider Kestrane Holdings"), "{on:#?}");
    assert!(!has_line(&on, "rel Tallow Crisp ParentOrganization Kestrane Holdings"), "{on:#?}");
    // with no "its ... brand" to give the provider, the sale alone does
    let text = "In 1998 Kestrane Holdings sold Tallow Crisp to Ostmark Group.";
    let on = after_typing_rels(text, &names, None);
    assert!(has_line(&on, "rel Tallow Crisp Provider Kestrane Holdings"), "{on:#?}");
    let off = after_typing_rels(text, &names, Some(Rule::SellerParent));
    assert!(!has_line(&off, "rel Tallow Crisp Provider Kestrane Holdings"), "{off:#?}");
}

#[test]
fn no_seller_from_a_prepositions_object_nor_a_stake_nor_a_denied_sale() {
    // the subject is a person; the name before "sold" is the object of "with"
    let text = "Seeing a chance to compete with Kestrane Holdings sold Brelford Foods to Ostmark Group. \
                Vell Partners sold its stake in Corran Mills to Ostmark Group. \
                Arden Radio never sold Lisk Media to Ostmark Group.";
    let names = [
        ("Kestrane Holdings", Company),
        ("Brelford Foods", Company),
        ("Ostmark Group", Company),
        ("Vell Partners", Company),
        ("Corran Mills", Company),
        ("Arden Radio", Company),
        ("Lisk Media", Company),
    ];
    let on = after_typing_rels(text, &names, None);
    assert!(!has_line(&on, "rel Brelford Foods ParentOrganization Kestrane Holdings"), "{on:#?}");
    assert!(!has_line(&on, "rel Corran Mills ParentOrganization Vell Partners"), "{on:#?}");
    assert!(!has_line(&on, "rel Lisk Media ParentOrganization Arden Radio"), "{on:#?}");
}
