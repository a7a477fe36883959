use super::*;

#[test]
fn party_tags_are_party_initial_hyphen_state() {
    assert!(party_tag("D-Mass"));
    assert!(party_tag("R-Texas"));
    assert!(party_tag("D-NJ-09"));
    assert!(!party_tag("Delta"));
    assert!(!party_tag("A-Mark"));
    assert!(!party_tag("D-day"));
}

#[test]
fn dateline_codes_join_only_at_a_line_start_before_a_dash() {
    let t = "WASHINGTON, D.C. \u{2013} Lawmakers said";
    assert_eq!(dateline_code_end(t, 0, 10), Some(16));
    let t = "3.6 million\n\n[HARTFORD, CT] \u{2013} Ahead of";
    let s = t.find("HARTFORD").unwrap_or(0);
    assert_eq!(dateline_code_end(t, s, s + 8), Some(s + 12));
    // inside a sentence, or without a closing dash, nothing is joined
    let t = "They met in Washington, D.C. \u{2013} again";
    assert_eq!(dateline_code_end(t, 12, 22), None);
    let t = "Paris, France and more";
    assert_eq!(dateline_code_end(t, 0, 5), None);
}
