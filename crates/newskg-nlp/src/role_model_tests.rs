//! Tests of the role model's features and decision (invented sentences).

use super::*;

#[test]
fn placeholder_compiles() {
    assert_eq!(FEATURES, 24);
}
