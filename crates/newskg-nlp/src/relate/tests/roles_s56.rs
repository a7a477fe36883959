//! Fifty-sixth session: a business title whose organisation was guessed to be a non-business body
//! is the company's (rule `roles-business-employer`). Invented sentences and names, with the
//! recogniser's mentions given by hand.

use super::roles_s31::{has, role_lines, roles, roles_without};
use super::run_with;
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::{Company, Organization, Person};

const SUED: &str = "On June 20, the Harbour Trade Authority filed a complaint against Quillmarsh Foods and its \
                    Chairman and CEO, Orla Venn, alleging fraud.";

#[test]
fn its_chief_executive_after_a_company_the_regulator_sues_is_the_companys() {
    let names = [("Harbour Trade Authority", Organization), ("Quillmarsh Foods", Company), ("Orla Venn", Person)];
    let on = roles(SUED, &names);
    assert!(has(&on, "Orla Venn", "CEO", "Quillmarsh Foods"), "{on:#?}");
    assert!(!has(&on, "Orla Venn", "CEO", "Harbour Trade Authority"), "{on:#?}");
    // rule `relate-conjunct-its` (session 56) reads "Quillmarsh Foods and its" as the company's too: each
    // rule alone gives the company, neither gives none
    let d = run_with(SUED, "2025-03-01", None, &names);
    for rule in [Rule::BusinessEmployer, Rule::ConjunctIts] {
        let one_off = role_lines(&d, RuleSet::ALL.without(rule));
        assert!(has(&one_off, "Orla Venn", "CEO", "Quillmarsh Foods"), "{rule:?} off: {one_off:#?}");
    }
    let off = role_lines(&d, RuleSet::ALL.without(Rule::BusinessEmployer).without(Rule::ConjunctIts));
    assert!(!has(&off, "Orla Venn", "CEO", "Quillmarsh Foods"), "{off:#?}");
}

const SERVES: &str = "The Harbour Trade Authority alleges that Bram Tell, who serves as the CFO, caused Zentor \
                      Mills to issue shares.";

#[test]
fn a_linked_finance_officer_works_for_the_company_the_sentence_names() {
    let names = [("Harbour Trade Authority", Organization), ("Bram Tell", Person), ("Zentor Mills", Company)];
    let on = roles(SERVES, &names);
    assert!(has(&on, "Bram Tell", "CFO", "Zentor Mills"), "{on:#?}");
    let off = roles_without(SERVES, &names, Rule::BusinessEmployer);
    assert!(!has(&off, "Bram Tell", "CFO", "Zentor Mills"), "{off:#?}");
}

const OWN: &str = "Quillmarsh Foods supplies the port. The Harbour Trade Authority said its chief executive, \
                   Orla Venn, would retire.";

#[test]
fn a_public_bodys_own_chief_executive_stays_its_own() {
    let names = [("Quillmarsh Foods", Company), ("Harbour Trade Authority", Organization), ("Orla Venn", Person)];
    let on = roles(OWN, &names);
    assert!(has(&on, "Orla Venn", "CEO", "Harbour Trade Authority"), "{on:#?}");
    assert!(!has(&on, "Orla Venn", "CEO", "Quillmarsh Foods"), "{on:#?}");
}

const STAFF_LIST: &str = "The Enforcement Division staff responsible for this matter are Orla Venn, Bram Tell and Tam \
                          Rusk.";

#[test]
fn a_bodys_staff_listed_on_a_matter_each_hold_a_post_there() {
    let names =
        [("Enforcement Division", Organization), ("Orla Venn", Person), ("Bram Tell", Person), ("Tam Rusk", Person)];
    let on = roles(STAFF_LIST, &names);
    for p in ["Orla Venn", "Bram Tell", "Tam Rusk"] {
        assert!(has(&on, p, "OtherRole", "Enforcement Division"), "{p}: {on:#?}");
    }
    let off = roles_without(STAFF_LIST, &names, Rule::StaffLists);
    assert!(!has(&off, "Bram Tell", "OtherRole", "Enforcement Division"), "{off:#?}");
}

const STAFF_MEMBERS: &str = "Harbour Trade Authority staff members who worked on this case include Orla Venn and Bram \
                             Tell. Authority staff member Tam Rusk also assisted.";

#[test]
fn staff_members_and_a_staff_member_before_names_hold_posts() {
    let names =
        [("Harbour Trade Authority", Organization), ("Orla Venn", Person), ("Bram Tell", Person), ("Tam Rusk", Person)];
    let on = roles(STAFF_MEMBERS, &names);
    for p in ["Orla Venn", "Bram Tell"] {
        assert!(has(&on, p, "OtherRole", "Harbour Trade Authority"), "{p}: {on:#?}");
    }
    let off = roles_without(STAFF_MEMBERS, &names, Rule::StaffLists);
    assert!(!has(&off, "Orla Venn", "OtherRole", "Harbour Trade Authority"), "{off:#?}");
}

const STAFF_NOUN: &str = "Zentor Mills said its staff worked through the night. Orla Venn is its chief executive.";

#[test]
fn a_bare_staff_with_no_list_of_names_is_no_title() {
    let names = [("Zentor Mills", Company), ("Orla Venn", Person)];
    let on = roles(STAFF_NOUN, &names);
    assert!(!on.iter().any(|l| l.contains("| staff |") || l.contains("OtherRole")), "{on:#?}");
}
