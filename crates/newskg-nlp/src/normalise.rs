//! Normalise an article's text: consumes an [`Article`], produces a [`Document`] whose `text` is the
//! normalised text and whose `alignment` maps every byte back to the original.
//!
//! What changes: line breaks become `\n`; tabs and Unicode spaces become a plain space; zero-width
//! characters, soft hyphens and other control characters are dropped; curly apostrophes and quotes
//! become straight ones (so "Microsoft’s" and "Microsoft's" read alike). Nothing else is touched,
//! so normalising twice gives the same text as normalising once.

use newskg_doc::{Article, Document, Facts};

/// What a character becomes in the normalised text.
fn map_char(c: char) -> Option<char> {
    match c {
        '\n' => Some('\n'),
        '\r' => Some('\n'),
        '\t' => Some(' '),
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Some(' '),
        '\u{2028}' | '\u{2029}' | '\u{0085}' => Some('\n'),
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => None,
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' => Some('\''),
        '\u{201C}' | '\u{201D}' | '\u{201F}' | '\u{2033}' => Some('"'),
        c if c.is_control() => None,
        c => Some(c),
    }
}

/// Normalises `text`, returning the new text and, for each of its bytes plus one past the end, the
/// byte offset in `text` it came from.
pub fn normalise_text(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut alignment = Vec::with_capacity(text.len() + 1);
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        // "\r\n" is one line break.
        if c == '\r' && matches!(chars.peek(), Some((_, '\n'))) {
            continue;
        }
        if let Some(m) = map_char(c) {
            out.push(m);
            alignment.extend(std::iter::repeat_n(at, m.len_utf8()));
        }
    }
    alignment.push(text.len());
    (out, alignment)
}

/// Starts a [`Document`] from an article: the normalised text and its alignment, no layers yet.
pub fn normalise(article: Article) -> Document {
    let (text, alignment) = normalise_text(&article.text);
    Document {
        article,
        text,
        alignment,
        sentences: Vec::new(),
        tokens: Vec::new(),
        mentions: Vec::new(),
        entities: Vec::new(),
        times: Vec::new(),
        time_expressions: Vec::new(),
        durations: Vec::new(),
        facts: Facts::default(),
        diagnostics: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::normalise_text;

    #[test]
    fn maps_spaces_quotes_and_line_breaks() {
        let (t, a) = normalise_text("A\u{00A0}B\r\nC\u{2019}s\u{200B}!");
        assert_eq!(t, "A B\nC's!");
        assert_eq!(a.len(), t.len() + 1);
        // "C" sits after "A", NBSP (2 bytes), "B", CR, LF in the original.
        assert_eq!(a[4], 6);
    }

    #[test]
    fn idempotent_and_aligned_on_tricky_input() {
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let alphabet: Vec<char> = "aZ \n\r\t\u{00A0}\u{2019}\u{200B}é漢\u{1F600}\u{0007}.-".chars().collect();
        for _ in 0..500 {
            let mut s = String::new();
            for _ in 0..(seed % 40) {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                s.push(alphabet[(seed >> 33) as usize % alphabet.len()]);
            }
            let (once, align) = normalise_text(&s);
            let (twice, _) = normalise_text(&once);
            assert_eq!(once, twice, "not idempotent on {s:?}");
            assert_eq!(align.len(), once.len() + 1);
            assert!(align.iter().all(|&i| i <= s.len() && s.is_char_boundary(i)));
            assert!(align.windows(2).all(|w| w[0] <= w[1]));
        }
    }
}
