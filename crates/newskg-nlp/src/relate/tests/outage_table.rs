//! An outage table whose cells the text keeps one to a line (a written answer's "Outage Start",
//! "Outage End", "Duration" columns): each dated row is an outage of its own. Invented text (none
//! from the evaluation articles).

use super::run_with;
use crate::rulebook::{Rule, RuleSet};
use newskg_doc::EntityKind::Organization;

const TABLE: &str = "The Tarrow Agency's records system was unavailable several times last spring.\n\n\
                     The table below lists each outage.\n\nOutage Start\n\nOutage End\n\nDuration\n\n\
                     Monday 03/03/2025 09:00\n\n03/03/2025 11:30\n\n02:30\n\n\
                     Friday 14/03/2025 18:00\n\n14/03/2025 19:00\n\n01:00\n\n\
                     27/03/2025 07:15\n\n27/03/2025 08:00\n\n00:45";

fn starts(outages: &[newskg_doc::Outage]) -> Vec<String> {
    outages.iter().filter_map(|o| o.start.map(|s| s.lexical())).collect()
}

#[test]
fn each_dated_row_of_an_outage_table_is_an_outage() {
    let d = run_with(TABLE, "2025-05-02", None, &[("Tarrow Agency", Organization)]);
    let got = starts(&d.facts.outages);
    for day in ["2025-03-03T09:00", "2025-03-14T18:00", "2025-03-27T07:15"] {
        assert!(got.iter().any(|s| s.starts_with(day)), "{day} missing from {got:?}");
    }
    let off = crate::relate::relate_under(&d, RuleSet::ALL.without(Rule::TableRows));
    assert!(starts(&off.outages).len() < 3, "{:?}", starts(&off.outages));
}

#[test]
fn a_table_whose_header_names_no_outage_tells_none() {
    let text = "The Tarrow Agency's board met three times last spring.\n\nMeeting\n\nVenue\n\n\
                Monday 03/03/2025 09:00\n\nLondon\n\nFriday 14/03/2025 18:00\n\nLeeds";
    let d = run_with(text, "2025-05-02", None, &[("Tarrow Agency", Organization)]);
    assert!(d.facts.outages.is_empty(), "{:?}", starts(&d.facts.outages));
}
