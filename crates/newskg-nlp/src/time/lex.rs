//! Tokeniser for the temporal tagger.
//!
//! Consumes article text; produces tokens (maximal runs of letters, maximal runs of ASCII digits,
//! or single other non-space characters) with byte spans that always lie on char boundaries,
//! whether whitespace / a line break preceded each token, and a sentence number per token.

use crate::lexicon::time::is_time_abbreviation;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone)]
pub(crate) struct Tok<'a> {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// Lower-cased text (words only; other tokens keep their text).
    pub lower: String,
    /// Whitespace between the previous token and this one (true for the first token).
    pub sp: bool,
    /// A line break between the previous token and this one.
    pub nl: bool,
    /// Sentence number.
    pub sent: usize,
    /// Numeric value of a digit run of at most 9 digits.
    pub val: Option<u32>,
}

impl Tok<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn is_num(&self) -> bool {
        self.kind == Kind::Num
    }
    pub fn punct(&self) -> Option<char> {
        if self.kind == Kind::Punct { self.text.chars().next() } else { None }
    }
    /// First character is upper case.
    pub fn cap(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
    /// Every letter is upper case (and there are at least two).
    pub fn all_caps(&self) -> bool {
        self.text.chars().count() >= 2 && self.text.chars().all(char::is_uppercase)
    }
}

pub(crate) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut toks: Vec<Tok<'_>> = Vec::new();
    let mut sp = true;
    let mut nl = false;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            sp = true;
            if c == '\n' || c == '\r' || c == '\u{2029}' || c == '\u{2028}' {
                nl = true;
            }
            continue;
        }
        let (kind, end) = if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if d.is_alphabetic() {
                    end = j + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            (Kind::Word, end)
        } else if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = it.peek() {
                if d.is_ascii_digit() {
                    end = j + 1;
                    it.next();
                } else {
                    break;
                }
            }
            (Kind::Num, end)
        } else {
            (Kind::Punct, i + c.len_utf8())
        };
        let t = &text[i..end];
        let val = if kind == Kind::Num && t.len() <= 9 { t.parse().ok() } else { None };
        let lower = if kind == Kind::Word { t.to_lowercase() } else { t.to_string() };
        toks.push(Tok { kind, start: i, end, text: t, lower, sp, nl, sent: 0, val });
        sp = false;
        nl = false;
    }
    assign_sentences(&mut toks);
    toks
}

fn assign_sentences(toks: &mut [Tok<'_>]) {
    let mut sent = 0;
    for i in 0..toks.len() {
        if i > 0 {
            let boundary = toks[i].nl || is_sentence_end(toks, i - 1);
            if boundary {
                sent += 1;
            }
        }
        toks[i].sent = sent;
    }
}

/// Token `i` is a sentence-final `.`, `!` or `?`.
fn is_sentence_end(toks: &[Tok<'_>], i: usize) -> bool {
    let Some(c) = toks[i].punct() else {
        return false;
    };
    if !matches!(c, '.' | '!' | '?') {
        return false;
    }
    let Some(next) = toks.get(i + 1) else {
        return true;
    };
    if !next.sp {
        return false;
    }
    let starts_sentence = next.cap() || next.is_num() || matches!(next.punct(), Some('"' | '“' | '‘' | '\'' | '('));
    if !starts_sentence {
        return false;
    }
    if c == '.' && i > 0 {
        let prev = &toks[i - 1];
        if prev.is_word() && (prev.text.chars().count() == 1 || is_time_abbreviation(&prev.lower)) {
            return false;
        }
    }
    true
}
