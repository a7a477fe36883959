//! Tests of the learned outage provider (`outage_model.rs`), on invented articles.

use super::*;

#[test]
fn decision_rule() {
    // the model's best beats the rules' provider by the margin: it wins
    assert_eq!(decide(&[0.2, 0.9, 0.1], Some(0), 0.2, 0.0), Some((1, 0.9)));
    // not by the margin: the rules' provider stays
    assert_eq!(decide(&[0.8, 0.9, 0.1], Some(0), 0.2, 0.0), Some((0, 0.8)));
    // no rules' provider: the best
    assert_eq!(decide(&[0.3, 0.1], None, 0.2, 0.0), Some((0, 0.3)));
    // nothing probable enough: no provider
    assert_eq!(decide(&[0.1, 0.05], None, 0.2, 0.5), None);
    assert_eq!(decide(&[], None, 0.2, 0.0), None);
}
