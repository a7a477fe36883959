//! Ministries, committees and offices named by a list of portfolios (invented sentences).

use crate::testkit::{rules_names as names, rules_orgs as orgs};

#[test]
fn a_ministry_named_by_its_portfolios_is_one_body() {
    let o = orgs("The Department of Harbours, Forests and the Uplands wrote to Norvale Telecom on Monday.");
    assert!(o.contains(&"Department of Harbours, Forests and the Uplands".to_string()), "{o:?}");
    let o = orgs("A spokesman for the Department for Science, Mining & Tarnby Affairs declined to comment.");
    assert!(o.contains(&"Department for Science, Mining & Tarnby Affairs".to_string()), "{o:?}");
    let n = names("The Department of Harbours, Forests and the Uplands wrote to Norvale Telecom on Monday.");
    assert!(!n.iter().any(|x| x == "Forests" || x == "Uplands"), "{n:?}");
}

#[test]
fn a_committee_named_by_its_portfolios_is_one_body() {
    let o = orgs("Norvale Telecom gave evidence to the Harbours, Forests and Rural Affairs Select Committee in May.");
    assert!(o.contains(&"Harbours, Forests and Rural Affairs Select Committee".to_string()), "{o:?}");
    let o = orgs("The chair of the Kelso, Mining and Energy Committee's inquiry wrote to Norvale Telecom.");
    assert!(o.contains(&"Kelso, Mining and Energy Committee".to_string()), "{o:?}");
}

#[test]
fn an_office_named_by_its_portfolios_names_no_entity() {
    let n = names("The Minister for Harbours, Forests and the Uplands met Norvale Telecom in Kelso.");
    assert!(!n.iter().any(|x| x.contains("Forests") || x.contains("Uplands") || x.contains("Harbours")), "{n:?}");
    let n = names("The Secretary of State for Mining, Culture and Sport answered for Norvale Telecom.");
    assert!(!n.iter().any(|x| x.contains("Culture") || x.contains("Sport")), "{n:?}");
}

#[test]
fn two_names_or_a_plain_list_are_left_alone() {
    // a list of companies with no ministry, office or committee word around it
    let n = names("Norvale Telecom, Brontal Systems and Kelso Energy signed the deal.");
    assert!(n.iter().any(|x| x == "Brontal Systems"), "{n:?}");
    // two portfolios without a comma are left to the capitalised runs
    let o = orgs("The Department of Harbours and Forests wrote to Norvale Telecom.");
    assert!(!o.iter().any(|x| x.contains(',')), "{o:?}");
}

#[test]
fn two_portfolios_joined_by_and_name_a_ministry_or_committee() {
    let o = orgs("The Department for Harbours and Pensions wrote to Norvale Telecom on Monday.");
    assert!(o.contains(&"Department for Harbours and Pensions".to_string()), "{o:?}");
    let o = orgs("Norvale Telecom told the Mining and Technology Committee that the outage was over.");
    assert!(o.contains(&"Mining and Technology Committee".to_string()), "{o:?}");
    // "the" opening the second names a second thing
    let o = orgs("The Department of Harbours and the Kelso Port Authority met on Monday.");
    assert!(!o.iter().any(|x| x.contains("and the")), "{o:?}");
}

#[test]
fn a_name_also_given_outside_an_office_stays() {
    let text =
        "The Minister for Harbours and Brontal Airways met on Monday. Brontal Airways said it would add flights.";
    let n = names(text);
    assert!(n.iter().any(|x| x == "Brontal Airways"), "{n:?}");
}
