//! Thirty-fifth session: founders of a passive founding sentence whose subject is "the company" or
//! "it" (rule `roles-founded-subject`), a "by" past adverbials of time and place
//! (`roles-founded-reach`), and "established" / "created" / "formed" with a named organisation
//! (`roles-founding-verbs`). Invented sentences (none from the evaluation articles), with the
//! recogniser's mentions given by hand.

use super::roles_s31::{has, roles, roles_without};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Location, Person};

#[test]
fn the_company_founded_by_a_former_executive_of_another() {
    let text = "Brindlecore sells payroll software to hospitals. The company was founded in 2004 by former \
                Quenton executive Liesel Marchetti and Tobias Ferne.";
    let names =
        [("Brindlecore", Company), ("Quenton", Company), ("Liesel Marchetti", Person), ("Tobias Ferne", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Liesel Marchetti", "Cofounder", "Brindlecore"), "{got:#?}");
    assert!(has(&got, "Tobias Ferne", "Cofounder", "Brindlecore"), "{got:#?}");
    assert!(!has(&got, "Tobias Ferne", "Cofounder", "Quenton"), "{got:#?}");
    let off = roles_without(text, &names, Rule::FoundedSubject);
    assert!(has(&off, "Tobias Ferne", "Cofounder", "Quenton"), "{off:#?}");
}

#[test]
fn it_was_founded_refers_back() {
    let text = "Pellucid Systems grew fast. It was founded by Ornella Vasquez in 2001, long before tablets and \
                Zintar phones.";
    let names = [("Pellucid Systems", Company), ("Ornella Vasquez", Person), ("Zintar", Company)];
    let got = roles(text, &names);
    assert!(has(&got, "Ornella Vasquez", "Founder", "Pellucid Systems"), "{got:#?}");
    assert!(!has(&got, "Ornella Vasquez", "Founder", "Zintar"), "{got:#?}");
}

#[test]
fn by_after_adverbials_of_time_and_place() {
    let text = "Harlowe Tiles was founded in 1972 in the port of Calverton by Ignatius Pell.";
    let names = [("Harlowe Tiles", Company), ("Calverton", Location), ("Ignatius Pell", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Ignatius Pell", "Founder", "Harlowe Tiles"), "{got:#?}");
    let off = roles_without(text, &names, Rule::FoundedReach);
    assert!(!has(&off, "Ignatius Pell", "Founder", "Harlowe Tiles"), "{off:#?}");
}

#[test]
fn an_adverb_after_the_auxiliary_and_a_colon_before_the_founders() {
    let text = "Orvane Labs was originally founded by three chemists: Dunstan Hale, Mirela Sokol and Ewan Pryce.";
    let names = [("Orvane Labs", Company), ("Dunstan Hale", Person), ("Mirela Sokol", Person), ("Ewan Pryce", Person)];
    let got = roles(text, &names);
    for p in ["Dunstan Hale", "Mirela Sokol", "Ewan Pryce"] {
        assert!(has(&got, p, "Cofounder", "Orvane Labs"), "{p}: {got:#?}");
    }
    let off = roles_without(text, &names, Rule::FoundedReach);
    assert!(!has(&off, "Mirela Sokol", "Cofounder", "Orvane Labs"), "{off:#?}");
}

#[test]
fn a_clause_or_another_verb_ends_the_reach() {
    let text = "Harlowe Tiles was founded in 1972 and bought in 1990 by Ignatius Pell.";
    let names = [("Harlowe Tiles", Company), ("Ignatius Pell", Person)];
    let got = roles(text, &names);
    assert!(!has(&got, "Ignatius Pell", "Founder", "Harlowe Tiles"), "{got:#?}");
}

#[test]
fn established_with_a_named_organisation() {
    let text = "Tavora Freight was established in 1988 by Benedikt Aulich.";
    let names = [("Tavora Freight", Company), ("Benedikt Aulich", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Benedikt Aulich", "Founder", "Tavora Freight"), "{got:#?}");
    let off = roles_without(text, &names, Rule::FoundingVerbs);
    assert!(!has(&off, "Benedikt Aulich", "Founder", "Tavora Freight"), "{off:#?}");
    let text = "In 2013, Noor Haddad and Pieter Claes established Kestrel Foods in Antwerp.";
    let names = [("Noor Haddad", Person), ("Pieter Claes", Person), ("Kestrel Foods", Company), ("Antwerp", Location)];
    let got = roles(text, &names);
    assert!(has(&got, "Noor Haddad", "Cofounder", "Kestrel Foods"), "{got:#?}");
    assert!(has(&got, "Pieter Claes", "Cofounder", "Kestrel Foods"), "{got:#?}");
}

#[test]
fn created_needs_a_named_organisation() {
    // a venture described, not named, after the verb; a product the subject of "was created"
    let text = "Noor Haddad formed a joint venture with Kestrel Foods. It was created by Pieter Claes.";
    let names = [("Noor Haddad", Person), ("Kestrel Foods", Company), ("Pieter Claes", Person)];
    let got = roles(text, &names);
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn the_company_is_not_an_exchange_or_buyer_named_after_a_preposition() {
    let text = "Corvantis makes valves. It is listed on the Ostmark Exchange. It was bought by the Ruritanian \
                group Zeltra in 2011. The company was founded in 1931 by Hedda Lorne.";
    let names = [("Corvantis", Company), ("Ostmark Exchange", Company), ("Zeltra", Company), ("Hedda Lorne", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Hedda Lorne", "Founder", "Corvantis"), "{got:#?}");
}

#[test]
fn the_company_after_a_sentence_about_a_person_is_not_guessed() {
    let text = "Brevik Oil was sold to Zeltra. Torvald Ames was a chemist there. The company was founded in 1931 by \
                Hedda Lorne.";
    let names = [("Torvald Ames", Person), ("Brevik Oil", Company), ("Zeltra", Company), ("Hedda Lorne", Person)];
    let got = roles(text, &names);
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn founded_by_opening_a_sentence_about_the_company() {
    let text = "Wrenfield Games made puzzle titles. Founded in 1990 by Odile Saxby and Corin Vale, the company \
                won praise for its first release.";
    let names = [("Wrenfield Games", Company), ("Odile Saxby", Person), ("Corin Vale", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Odile Saxby", "Cofounder", "Wrenfield Games"), "{got:#?}");
    assert!(has(&got, "Corin Vale", "Cofounder", "Wrenfield Games"), "{got:#?}");
    let off = roles_without(text, &names, Rule::FoundedSubject);
    assert!(!has(&off, "Corin Vale", "Cofounder", "Wrenfield Games"), "{off:#?}");
}

#[test]
fn founders_before_a_perfect_auxiliary() {
    let text = "In 1991 Odile Saxby and Corin Vale have founded Wrenfield Games in Leeds.";
    let names = [("Odile Saxby", Person), ("Corin Vale", Person), ("Wrenfield Games", Company)];
    let got = roles(text, &names);
    assert!(has(&got, "Odile Saxby", "Cofounder", "Wrenfield Games"), "{got:#?}");
    assert!(has(&got, "Corin Vale", "Cofounder", "Wrenfield Games"), "{got:#?}");
    let off = roles_without(text, &names, Rule::FoundedSubject);
    assert!(!has(&off, "Corin Vale", "Cofounder", "Wrenfield Games"), "{off:#?}");
}
