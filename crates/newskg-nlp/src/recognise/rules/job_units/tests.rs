//! Functions named inside job titles (invented sentences).

use crate::testkit::rules_names as names;

#[test]
fn a_function_inside_a_title_is_no_body() {
    let n = names(
        "The committee heard Jane Roe, Head of Public Affairs, Velmora Foods, and John Doe, Vice President, \
         Legal and Government Affairs, Brontal Holdings Ltd.",
    );
    assert!(!n.iter().any(|x| x.contains("Affairs") || x == "Legal"), "{n:?}");
    assert!(n.iter().any(|x| x == "Brontal Holdings Ltd"), "{n:?}");
    let n = names("Later Ann Poe, Group Director of Strategy, Policy and Regulation, Norvale Telecom, gave evidence.");
    assert!(!n.iter().any(|x| x == "Strategy" || x == "Policy and Regulation"), "{n:?}");
}

#[test]
fn a_body_named_after_a_post_stays() {
    let n = names("Jane Roe was appointed director of the Office of Public Affairs in Tarnby last year.");
    assert!(n.iter().any(|x| x == "Office of Public Affairs"), "{n:?}");
    // no title before it: the function words alone are left to the other rules
    let n = names("The report from Public Policy Exchange reached the Tarnby Regulatory Authority on Monday.");
    assert!(n.iter().any(|x| x.contains("Tarnby Regulatory Authority")), "{n:?}");
}
