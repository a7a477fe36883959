//! Names listed after a plural product noun (invented sentences).

use super::listed_products;
use crate::pipeline::prepare;
use crate::testkit::rules_doc;
use crate::words::Words;
use newskg_doc::{Article, EntityKind};

/// The listed names of `text`, as written.
fn listed(text: &str) -> Vec<String> {
    let d = prepare(Article::from_text("t", text));
    let words = Words::new(&d);
    listed_products(&d, &words)
        .into_iter()
        .map(|(first, _, end)| d.text[words.words[first].span.start()..end].to_string())
        .collect()
}

#[test]
fn the_members_of_a_product_list_are_read() {
    let text = "Tarvik Studios is known for games such as Hollow Crown, Seas of Glass and Bright Engine 2.";
    assert_eq!(listed(text), ["Hollow Crown", "Seas of Glass", "Bright Engine 2"]);
    let text = "Its products included Brisk and Shine Gold, and the firm later sold its mills.";
    assert_eq!(listed(text), ["Brisk", "Shine Gold"]);
    let text = "The maker owns brands including Pelland Oats, Crumb (1998), and Velt: Night Edition in Europe.";
    assert_eq!(listed(text), ["Pelland Oats", "Crumb", "Velt: Night Edition"]);
    let text = "The studio made titles including Harbour Lights and Iron Meadow before it closed.";
    assert_eq!(listed(text), ["Harbour Lights", "Iron Meadow"]);
    let text = "Shoppers turned to websites, including the Marlow Market and Quayside.";
    assert_eq!(listed(text), ["Marlow Market", "Quayside"]);
}

#[test]
fn an_owner_in_the_possessive_is_no_part_of_the_product() {
    let text = "Affected products included Tarvik Cloud's Harbour Compute Service and its Quay database service.";
    assert_eq!(listed(text), ["Harbour Compute Service"]);
    let text = "Its brands include Pelland's, Crumb and Shine Gold.";
    assert_eq!(listed(text), ["Crumb", "Shine Gold"]);
}

#[test]
fn no_product_noun_no_list() {
    // no product noun before the opener, a place, and lower-case words end the list
    assert!(listed("Rivers such as Tarn and Vell run dry in August.").is_empty());
    assert!(listed("It hired managers such as Jane Roe and Tom Birch.").is_empty());
    assert_eq!(listed("It sells phones like Arvo in France and cheaper models."), ["Arvo"]);
    assert_eq!(listed("The group sold brands such as Lomond, the cheapest of them, and Fenwick Gold."), ["Lomond"]);
}

#[test]
fn a_listed_name_is_one_service() {
    let d = rules_doc("Velcor Interactive released games such as World of Harbours and Quiet Acre in 2011.", None);
    for name in ["World of Harbours", "Quiet Acre"] {
        let e = d.entities.iter().find(|e| e.name == name);
        assert_eq!(e.map(|e| e.kind), Some(EntityKind::Service), "{name}: {:?}", d.entities);
    }
}
