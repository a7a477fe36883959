//! Dates of incidents told in reports: the start of a date range ("between 2 and 4 March") and the
//! date of the sentence beside the one with the outage words ("On 9 January X upgraded its
//! network. The upgrade caused an outage ..."). Invented sentences (none from the evaluation
//! articles).

use super::run;

/// The start days (or finer) of the outages the rules find in `text`, in order.
fn starts(text: &str, published: &str) -> Vec<String> {
    run(text, published).facts.outages.iter().map(|o| o.start.map_or("-".to_string(), |v| v.lexical())).collect()
}

#[test]
fn a_date_range_starts_the_incident_at_its_first_day() {
    let got = starts(
        "Between 2 and 4 March, customers of Harlow Telecom could not make calls because of a fault in its network.",
        "2025-05-10",
    );
    assert_eq!(got, vec!["2025-03-02".to_string()]);
}

#[test]
fn a_range_from_one_day_to_another_starts_at_the_first() {
    let got = starts(
        "The Kelso Bank app was down from 28 May to 30 May after a failed update, leaving customers unable to pay.",
        "2025-07-01",
    );
    assert_eq!(got, vec!["2025-05-28".to_string()]);
}

#[test]
fn an_undated_incident_takes_the_date_of_the_sentence_before() {
    let got = starts(
        "Ofcom has closed its review of Marlow Networks.\n\nOn 9 January Marlow Networks carried out a planned upgrade of its core network.\n\nMarlow Networks said the upgrade had caused an outage that left thousands of its customers without service.",
        "2025-06-30",
    );
    assert_eq!(got, vec!["2025-01-09".to_string()]);
}

#[test]
fn a_report_day_beside_an_undated_incident_does_not_date_it() {
    let got = starts(
        "Ofcom said on 3 June that it had fined Marlow Networks.\n\nAn outage left thousands of Marlow Networks customers unable to call emergency services.",
        "2025-06-30",
    );
    assert!(!got.contains(&"2025-06-03".to_string()), "{got:?}");
}

#[test]
fn a_line_that_is_only_a_date_does_not_date_the_incident_below() {
    let got = starts(
        "Committee hearing on cyber security\n\nWednesday 9 July 2025\n\nThe chair of Dunmore Retail will face questions after a cyber attack disrupted its online shop for weeks.",
        "2025-07-10",
    );
    assert!(!got.contains(&"2025-07-09".to_string()), "{got:?}");
}

#[test]
fn a_document_date_does_not_date_the_incident_it_tells_of() {
    // the heading dates the report (a document noun, no report verb): the undated incident it
    // tells of takes no date from it
    let got = starts(
        "Carrow Telecom network outage: Presentation (12 May 2025)\n\nThousands of customers of Carrow Telecom lost service.",
        "2025-05-12",
    );
    assert!(!got.contains(&"2025-05-12".to_string()), "{got:?}");
}
