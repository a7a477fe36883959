//! Thirty-sixth session: a definite title's holder after "is" / "was" past the title's
//! organisation (rule `roles-copular-holder`). Invented sentences (none from the evaluation
//! articles), with the recogniser's mentions given by hand.

use super::roles_s31::{has, roles, roles_without};
use crate::rulebook::Rule;
use newskg_doc::EntityKind::{Company, Person};

#[test]
fn a_definite_title_of_an_organisation_then_was_and_its_holder() {
    let text = "Quillmarsh Foods grew slowly in the nineties. The last chief executive of Quillmarsh Foods was \
                Orlan Bettany, who left in 2009.";
    let names = [("Quillmarsh Foods", Company), ("Orlan Bettany", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Orlan Bettany", "CEO", "Quillmarsh Foods"), "{got:#?}");
    let off = roles_without(text, &names, Rule::CopularHolder);
    assert!(!has(&off, "Orlan Bettany", "CEO", "Quillmarsh Foods"), "{off:#?}");
}

#[test]
fn a_founder_of_two_organisations_is_a_described_holder() {
    let text = "The founder of Varnell Steel and Osprin Mining is the engineer Dalia Kestrel.";
    let names = [("Varnell Steel", Company), ("Osprin Mining", Company), ("Dalia Kestrel", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Dalia Kestrel", "Founder", "Varnell Steel"), "{got:#?}");
    let off = roles_without(text, &names, Rule::CopularHolder);
    assert!(!has(&off, "Dalia Kestrel", "Founder", "Varnell Steel"), "{off:#?}");
}

#[test]
fn the_chairwoman_was_names_the_holder() {
    let text = "Tolvane Freight reported a loss in 2003, and the chairwoman was Merit Ashdown.";
    let names = [("Tolvane Freight", Company), ("Merit Ashdown", Person)];
    let got = roles(text, &names);
    assert!(has(&got, "Merit Ashdown", "Chairman", "Tolvane Freight"), "{got:#?}");
    let off = roles_without(text, &names, Rule::CopularHolder);
    assert!(!has(&off, "Merit Ashdown", "Chairman", "Tolvane Freight"), "{off:#?}");
}

#[test]
fn a_verb_after_the_copula_names_no_holder() {
    let text = "The chief executive of Tolvane Freight was sacked after Merit Ashdown complained.";
    let names = [("Tolvane Freight", Company), ("Merit Ashdown", Person)];
    let got = roles(text, &names);
    assert!(!has(&got, "Merit Ashdown", "CEO", "Tolvane Freight"), "{got:#?}");
}
