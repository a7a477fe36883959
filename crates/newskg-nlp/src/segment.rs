//! Segment the normalised text: consumes `Document::text`, produces sentences and word tokens.
//!
//! Sentences end at a line break, or at `.`, `!` or `?` (plus closing quotes and brackets) followed
//! by a space and an upper-case letter, digit or opening quote — unless the word before the stop
//! is a known abbreviation ("Mr.", "Inc.", "a.m.") or initials ("J.", "J.L."). Tokens are maximal
//! runs of letters and digits, joined across inner `.`, `'`, `-`, `&` and `_` ("U.S.", "co-founder",
//! "5.44pm", "AT&T"); every other non-space character is a token of its own.
//!
//! Sentences and tokens tile the text without overlap and never start or end on whitespace.

use crate::lexicon::sentences::{LEGAL_FORM_STOPS, SENTENCE_OPENERS_AFTER_FORM, is_sentence_abbreviation};
use newskg_doc::{Sentence, Span, Token};

/// Splits `text` into sentences.
pub fn sentences(text: &str) -> Vec<Sentence> {
    sentences_under(text, true)
}

/// Splits `text` into sentences; `legal_form_ends` (rule `segment-legal-form-end`) lets a legal
/// form's full stop end a sentence when a word that opens sentences follows ("... bought Acme plc.
/// The deal ...", "... of Zeta Inc. In 2001, ..."), never before a capitalised name ("Acme Co.
/// Ltd.", "Zeta Inc. International").
pub fn sentences_under(text: &str, legal_form_ends: bool) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c == '\n' {
            push_trimmed(text, &mut out, start.take(), at);
            i += 1;
            continue;
        }
        if start.is_none() && !c.is_whitespace() {
            start = Some(at);
        }
        if matches!(c, '.' | '!' | '?') {
            // Take closing quotes and brackets with the stop.
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '"' | '\'' | ')' | ']' | '.' | '!' | '?') {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |&(b, _)| b);
            let followed_by_space = chars.get(j).is_none_or(|&(_, n)| n == ' ');
            let next_word = chars[j..].iter().map(|&(_, n)| n).find(|n| *n != ' ');
            let opens_sentence = next_word
                .is_none_or(|n| n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '\'' | '(' | '\n'));
            let abbreviation =
                c == '.' && is_abbreviation(text, at) && !(legal_form_ends && legal_form_closes(text, at, &chars[j..]));
            if followed_by_space && opens_sentence && !abbreviation {
                push_trimmed(text, &mut out, start.take(), end);
                i = j;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(text, &mut out, start, text.len());
    out
}

/// Whether the full stop at byte `dot` closes an abbreviation or an initial.
fn is_abbreviation(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word_start = before.rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"')).map_or(0, |i| i + 1);
    let word = &before[word_start..];
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 1 && word.chars().all(|c| c.is_uppercase() || c == '.') {
        return true;
    }
    // initials run together: "J.L.", "A.G." (each part one capital letter)
    if letters > 1 && word.split('.').all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase)) {
        return true;
    }
    let lower = word.to_lowercase();
    is_sentence_abbreviation(&lower)
}

/// Whether the full stop at byte `dot` closes a legal form ("plc", "Inc", "Ltd", "Co") and the
/// next word is one that opens sentences ([`SENTENCE_OPENERS_AFTER_FORM`]: "The", "It", "In").
fn legal_form_closes(text: &str, dot: usize, rest: &[(usize, char)]) -> bool {
    let before = &text[..dot];
    let word_start = before.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| i + 1);
    if !LEGAL_FORM_STOPS.contains(&before[word_start..].to_lowercase().as_str()) {
        return false;
    }
    let next: String =
        rest.iter().map(|&(_, c)| c).skip_while(|c| *c == ' ').take_while(|c| c.is_alphabetic()).collect();
    SENTENCE_OPENERS_AFTER_FORM.contains(&next.to_lowercase().as_str())
}

fn push_trimmed(text: &str, out: &mut Vec<Sentence>, start: Option<usize>, end: usize) {
    let Some(start) = start else { return };
    let trimmed = text[start..end].trim_end();
    if !trimmed.is_empty()
        && let Some(span) = Span::new(start, start + trimmed.len())
    {
        out.push(Sentence { span });
    }
}

/// Splits `text` into word tokens.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if c.is_alphanumeric() {
            while j < chars.len() {
                let n = chars[j].1;
                if n.is_alphanumeric() {
                    j += 1;
                } else if matches!(n, '.' | '\'' | '-' | '&' | '_')
                    && chars.get(j + 1).is_some_and(|&(_, m)| m.is_alphanumeric())
                {
                    j += 2;
                } else {
                    break;
                }
            }
        }
        if let Some(span) = Span::new(at, end_of(j)) {
            out.push(Token { span });
        }
        i = j;
    }
    out
}

/// Longest sentence kept whole, in bytes. Text without sentence punctuation (a transcript, a
/// scraped list) would otherwise be one "sentence": every fact in it would cite the whole text as
/// its evidence, and the model would see it only in windows.
pub const MAX_SENTENCE_BYTES: usize = 2000;

/// Splits every sentence longer than `max` bytes at the last whitespace before the limit (or, in
/// a run without whitespace, at the last character boundary before it); returns the sentences and
/// how many were split, so the caller can say so.
pub fn cap_sentences(text: &str, sentences: Vec<Sentence>, max: usize) -> (Vec<Sentence>, usize) {
    let max = max.max(8);
    let mut out = Vec::with_capacity(sentences.len());
    let mut split = 0;
    for s in sentences {
        let (mut start, end) = (s.span.start(), s.span.end());
        if end - start <= max {
            out.push(s);
            continue;
        }
        split += 1;
        while end - start > max {
            let mut cut = start + max;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            let piece = &text[start..cut];
            // Cut after the last whitespace in the piece, unless that would leave almost nothing.
            if let Some(ws) = piece.rfind(char::is_whitespace).filter(|&w| w > max / 2) {
                cut = start + ws;
            }
            push_trimmed(text, &mut out, Some(start), cut);
            start = cut;
            while start < end && text[start..].starts_with(char::is_whitespace) {
                start += text[start..].chars().next().map_or(1, char::len_utf8);
            }
        }
        push_trimmed(text, &mut out, (start < end).then_some(start), end);
    }
    (out, split)
}

#[cfg(test)]
mod tests {
    use super::{cap_sentences, sentences, sentences_under, tokens};

    #[test]
    fn long_sentences_are_capped_at_word_boundaries() {
        let text = format!("{} Short one. {}", "word ".repeat(1000).trim_end(), "Ab".repeat(1500));
        let (capped, split) = cap_sentences(&text, sentences(&text), 2000);
        assert_eq!(split, 2);
        let mut covered = 0;
        for s in &capped {
            let piece = &text[s.span.start()..s.span.end()];
            assert!(piece.len() <= 2000 && !piece.is_empty(), "{}", piece.len());
            assert_eq!(piece, piece.trim());
            assert!(s.span.start() >= covered, "overlap");
            covered = s.span.end();
            if piece.starts_with("word") {
                // Cut between words: whitespace (or the end) follows.
                assert!(text[s.span.end()..].chars().next().is_none_or(char::is_whitespace), "cut inside a word");
            }
        }
        assert!(capped.len() >= 5);
        // Multi-byte text is cut on character boundaries.
        let text = "ü".repeat(3000);
        let (capped, split) = cap_sentences(&text, sentences(&text), 2001);
        assert_eq!(split, 1);
        assert!(capped.iter().all(|s| text.is_char_boundary(s.span.start()) && text.is_char_boundary(s.span.end())));
    }

    fn sents(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| &text[s.span.start()..s.span.end()]).collect()
    }

    #[test]
    fn splits_sentences() {
        assert_eq!(
            sents("Acme Inc. said it failed. Mr. Smith left at 5 p.m. on Friday! \"Why?\" Next.\nA headline"),
            vec!["Acme Inc. said it failed.", "Mr. Smith left at 5 p.m. on Friday!", "\"Why?\"", "Next.", "A headline"]
        );
        assert_eq!(
            sents("J. R. Smith joined U.S. Steel. It grew."),
            vec!["J. R. Smith joined U.S. Steel.", "It grew."]
        );
        assert_eq!(sents("version 3.12 is out. ok"), vec!["version 3.12 is out. ok"]);
        assert_eq!(
            sents("Zeta was bought by Acme plc. The deal closed. Beta Co. Ltd. sold Gamma Inc. International units."),
            vec![
                "Zeta was bought by Acme plc.",
                "The deal closed.",
                "Beta Co. Ltd. sold Gamma Inc. International units."
            ]
        );
        assert_eq!(sents("Acme Inc. In 2001 it grew.").len(), 2);
        assert_eq!(sentences_under("Acme Inc. In 2001 it grew.", false).len(), 1);
        assert_eq!(
            sents("The store was opened by A.G. Rowe in 1950. It grew."),
            vec!["The store was opened by A.G. Rowe in 1950.", "It grew."]
        );
    }

    #[test]
    fn splits_tokens() {
        let text = "AT&T's co-founder left U.S. Steel at 5.44pm (HKT), Disney+ said.";
        let toks: Vec<&str> = tokens(text).iter().map(|t| &text[t.span.start()..t.span.end()]).collect();
        assert_eq!(
            toks,
            vec![
                "AT&T's",
                "co-founder",
                "left",
                "U.S",
                ".",
                "Steel",
                "at",
                "5.44pm",
                "(",
                "HKT",
                ")",
                ",",
                "Disney",
                "+",
                "said",
                "."
            ]
        );
    }

    #[test]
    fn tiles_without_overlap() {
        let mut seed: u64 = 7;
        let alphabet: Vec<char> = "Ab .!?\n\"'-&é漢1".chars().collect();
        for _ in 0..500 {
            let mut s = String::new();
            for _ in 0..(seed % 60) {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                s.push(alphabet[(seed >> 33) as usize % alphabet.len()]);
            }
            for spans in [
                sentences(&s).iter().map(|x| x.span).collect::<Vec<_>>(),
                tokens(&s).iter().map(|x| x.span).collect::<Vec<_>>(),
            ] {
                assert!(spans.windows(2).all(|w| w[0].end() <= w[1].start()), "overlap in {s:?}");
                for sp in spans {
                    let t = &s[sp.start()..sp.end()];
                    assert!(!t.is_empty() && t.trim() == t, "bad span {t:?} in {s:?}");
                }
            }
        }
    }
}
