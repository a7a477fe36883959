//! UTF-8 text through the temporal tagger (flat and nested, and the duration tagger) with a fixed
//! publication date: every span is inside the text, on char boundaries, start <= end.

use chrono::NaiveDate;
use newskg_fuzz::assert_span;
use newskg_nlp::time::{TimeContext, tag_durations, tag_times, tag_times_nested};

fn main() {
    let ctx = TimeContext { published: NaiveDate::from_ymd_opt(2024, 3, 15), default_offset_minutes: Some(60) };
    afl::fuzz!(|data: &[u8]| {
        let Ok(text) = std::str::from_utf8(data) else { return };
        let flat = tag_times(text, &ctx);
        for t in &flat {
            assert_span(text, t.start, t.end, "time");
        }
        // The flat list is non-overlapping.
        for w in flat.windows(2) {
            assert!(w[0].end <= w[1].start || w[1].end <= w[0].start, "overlapping times {w:?}");
        }
        for t in tag_times_nested(text, &ctx) {
            assert_span(text, t.start, t.end, "nested time");
        }
        for d in tag_durations(text) {
            assert_span(text, d.start, d.end, "duration");
        }
    });
}
