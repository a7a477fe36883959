//! Shared checks for the fuzz targets in `src/bin/`.

/// Panics unless `start..end` is a non-inverted range inside `text` on char boundaries.
pub fn assert_span(text: &str, start: usize, end: usize, what: &str) {
    assert!(start <= end, "{what}: start {start} > end {end}");
    assert!(end <= text.len(), "{what}: end {end} past the text ({} bytes)", text.len());
    assert!(text.is_char_boundary(start), "{what}: start {start} not on a char boundary");
    assert!(text.is_char_boundary(end), "{what}: end {end} not on a char boundary");
}
