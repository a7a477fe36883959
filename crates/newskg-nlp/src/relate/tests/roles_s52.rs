//! Fifty-second session: the recogniser rule `recognise-division-of` tested on its own. Its
//! end-to-end test (tests/it/roles.rs) no longer shows the rule's share, because the recogniser
//! shipped in this session reads "Division of Enforcement" as one name by itself; here the model's
//! mentions are given by hand and leave the unit's name to the rules. Invented sentence and names.

use super::roles_s31::{has, role_lines};
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{Company, Organization, Person};

const UNIT: &str = "The Harbour Trade Authority today charged Quillmarsh Foods with hiding its fees. Orla Venn, \
                    Director of the Authority's Division of Enforcement, said the fees were hidden for years.";

#[test]
fn a_division_of_run_is_one_name_whose_director_holds_the_post() {
    let names = [("Harbour Trade Authority", Organization), ("Quillmarsh Foods", Company), ("Orla Venn", Person)];
    let on = role_lines(&super::run_with(UNIT, "2024-03-12", None, &names), RuleSet::ALL);
    assert!(has(&on, "Orla Venn", "Director", "Division of Enforcement"), "{on:#?}");
    let off = role_lines(&super::run_recognising_without(UNIT, &names, Rule::DivisionOf), RuleSet::ALL);
    assert!(!has(&off, "Orla Venn", "Director", "Division of Enforcement"), "{off:#?}");
}
