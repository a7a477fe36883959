//! A word-level view of a segmented document: consumes `Document::tokens` and `sentences`,
//! produces per-token text, lower-cased text and sentence numbers, so rules can look at
//! neighbouring words without re-slicing the text.

pub(crate) mod product_lists;

use crate::lexicon::words::strip_possessive;
use newskg_doc::{Document, Entity, Span};

/// One token with what the rules need to know about it.
#[derive(Debug, Clone)]
pub(crate) struct Word<'a> {
    pub span: Span,
    pub text: &'a str,
    pub lower: String,
    /// Index into `Document::sentences` (or `usize::MAX` when outside every sentence).
    pub sent: usize,
    /// First token of its sentence (or first after an opening quote or dash at a sentence start).
    pub sent_start: bool,
}

impl Word<'_> {
    /// First character upper case, or a lower-case start with capitals inside ("eBay").
    pub fn is_cap(&self) -> bool {
        let mut chars = self.text.chars();
        match chars.next() {
            Some(c) if c.is_uppercase() => true,
            Some(c) if c.is_lowercase() => {
                self.text.len() <= 12 && chars.clone().any(char::is_uppercase) && !self.text.contains('-')
            }
            _ => false,
        }
    }
    pub fn is_alpha(&self) -> bool {
        self.text.chars().any(char::is_alphabetic)
    }
    /// The lower-cased text without a trailing possessive.
    pub fn base(&self) -> &str {
        strip_possessive(&self.lower)
    }
}

/// The words of a document, in order.
#[derive(Debug, Clone)]
pub(crate) struct Words<'a> {
    pub words: Vec<Word<'a>>,
}

impl<'a> Words<'a> {
    pub fn new(doc: &'a Document) -> Words<'a> {
        let mut words = Vec::with_capacity(doc.tokens.len());
        let mut sent_idx = 0usize;
        let mut last_sent = usize::MAX;
        let mut opener_only = true;
        for tok in &doc.tokens {
            while sent_idx < doc.sentences.len() && doc.sentences[sent_idx].span.end() <= tok.span.start() {
                sent_idx += 1;
            }
            let sent = if doc.sentences.get(sent_idx).is_some_and(|s| s.span.start() <= tok.span.start()) {
                sent_idx
            } else {
                usize::MAX
            };
            if sent != last_sent {
                opener_only = true;
                last_sent = sent;
            }
            let text = doc.slice(tok.span);
            let is_opener = matches!(text, "\"" | "'" | "(" | "-" | "—" | "–" | "[");
            // a sentence the segmenter kept together after an abbreviation ("at 8 a.m. Services
            // were restored") starts again after the full stop
            let after_stop = words.last().is_some_and(|p: &Word<'_>| {
                p.text == "." && p.sent == sent && words.len() >= 2 && words[words.len() - 2].text.contains('.')
            }) && text.chars().next().is_some_and(char::is_uppercase);
            let sent_start = (opener_only && !is_opener) || after_stop;
            if !is_opener {
                opener_only = false;
            }
            words.push(Word { span: tok.span, text, lower: text.to_lowercase(), sent, sent_start });
        }
        Words { words }
    }

    /// The words of `new`, except that a name's abbreviation and its possessive, which the segmenter
    /// leaves as four words ("Acme Inc.'s": "Inc", ".", "'", "s"), are one word, as "Acme's" is
    /// ("Inc.'s"): the relations and roles read the possessive after the abbreviation (rule
    /// `relate-abbreviation-possessive`). Only for the relate context, whose words the relation
    /// scorer's words-between feature also reads (it was fitted on `new`'s words); the role, typing
    /// and outage models compute their features on `new`'s words, as they were trained.
    pub fn with_abbreviation_possessives(doc: &'a Document) -> Words<'a> {
        let plain = Words::new(doc);
        let w = &plain.words;
        let glued = |a: usize| w[a].span.end() == w[a + 1].span.start() && w[a].sent == w[a + 1].sent;
        // the first word and the joined span of each abbreviation's possessive
        let joins: Vec<(usize, Span)> = (0..w.len().saturating_sub(3))
            .filter(|&i| {
                w[i].text.chars().last().is_some_and(char::is_alphanumeric)
                    && w[i + 1].text == "."
                    && w[i + 2].text == "'"
                    && w[i + 3].lower == "s"
                    && (i..i + 3).all(glued)
            })
            .filter_map(|i| Span::new(w[i].span.start(), w[i + 3].span.end()).map(|span| (i, span)))
            .collect();
        // most articles have none: the segmenter's words as they are
        if joins.is_empty() {
            return plain;
        }
        let mut words = Vec::with_capacity(plain.words.len());
        let mut joins = joins.into_iter().peekable();
        let mut rest = plain.words.into_iter().enumerate();
        while let Some((i, word)) = rest.next() {
            // (a possessive starting inside one joined already is not joined again)
            while joins.next_if(|&(at, _)| at < i).is_some() {}
            match joins.next_if(|&(at, _)| at == i) {
                Some((_, span)) => {
                    let text = doc.slice(span);
                    words.push(Word {
                        span,
                        text,
                        lower: text.to_lowercase(),
                        sent: word.sent,
                        sent_start: word.sent_start,
                    });
                    // the full stop, the apostrophe and the "s" are in the joined word
                    rest.nth(2);
                }
                None => words.push(word),
            }
        }
        Words { words }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn get(&self, i: usize) -> Option<&Word<'a>> {
        self.words.get(i)
    }

    /// The lower-cased text of word `i`, or "" outside the document.
    pub fn lower(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.lower.as_str())
    }

    /// Index of the first word starting at or after byte `at`.
    pub fn index_at(&self, at: usize) -> usize {
        self.words.partition_point(|w| w.span.start() < at)
    }

    /// Indices `[first, last)` of the words inside `span`.
    pub fn range_of(&self, span: Span) -> (usize, usize) {
        let first = self.words.partition_point(|w| w.span.start() < span.start());
        let last = self.words.partition_point(|w| w.span.start() < span.end());
        (first, last.max(first))
    }

    /// The word ranges `(first, last, end byte)` of an entity's mentions, leaving out any that cover no word.
    pub fn mention_ranges(&self, doc: &Document, ent: &Entity) -> Vec<(usize, usize, usize)> {
        ent.mentions
            .iter()
            .filter_map(|&m| doc.mentions.get(m))
            .map(|m| {
                let (first, last) = self.range_of(m.span);
                (first, last, m.span.end())
            })
            .filter(|(first, last, _)| last > first)
            .collect()
    }

    /// Whether word `i` is written in lower case (letters and hyphens only): a common word, not
    /// a name, number or punctuation.
    pub fn is_lower_word(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| !w.text.is_empty() && w.text.chars().all(|c| c.is_lowercase() || c == '-'))
    }

    /// Whether only spaces (no line break) separate word `i` from word `i + 1`.
    pub fn adjacent(&self, doc: &Document, i: usize) -> bool {
        match (self.words.get(i), self.words.get(i + 1)) {
            (Some(a), Some(b)) => {
                let gap = doc.text.get(a.span.end()..b.span.start()).unwrap_or("\n");
                gap.len() <= 2 && gap.chars().all(|c| c == ' ')
            }
            _ => false,
        }
    }

    /// Whether word `i` is glued to word `i + 1` (no space between them).
    pub fn glued(&self, i: usize) -> bool {
        match (self.words.get(i), self.words.get(i + 1)) {
            (Some(a), Some(b)) => a.span.end() == b.span.start(),
            _ => false,
        }
    }
}

/// FNV-1a: a stable hash (the buckets must not change between the dump and the shipped binary).
pub fn fnv(tag: &str, word: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in tag.bytes().chain([b':']).chain(word.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The bucket of a word among `n`, for hashed features (the same in every model that hashes words).
pub fn bucket(tag: &str, word: &str, n: usize) -> usize {
    (fnv(tag, word) % n as u64) as usize
}

/// A word as the hashed features see it: lower case, possessive cut, numbers folded to one token.
pub fn word_key(lower: &str) -> &str {
    if lower.chars().any(|c| c.is_ascii_digit()) { "<num>" } else { strip_possessive(lower) }
}

/// The byte offsets of the whole-word occurrences of `needle` in `hay` (no letter or digit right
/// before or after), left to right; none when `needle` is empty. Names are matched this way in
/// text that was not segmented (a headline, the raw text).
pub(crate) fn whole_word_offsets<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut from = 0;
    std::iter::from_fn(move || {
        if needle.is_empty() {
            return None;
        }
        while let Some(k) = hay.get(from..)?.find(needle) {
            let at = from + k;
            let end = at + needle.len();
            let open = hay[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let close = hay[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            from = at + hay[at..].chars().next().map_or(1, char::len_utf8);
            if open && close {
                return Some(at);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::whole_word_offsets;

    #[test]
    fn whole_words_only_with_their_offsets() {
        let hay = "acmepay and acme: acme's acme2 é-acme";
        assert_eq!(whole_word_offsets(hay, "acme").collect::<Vec<_>>(), vec![12, 18, 34]);
        assert_eq!(whole_word_offsets("Jo Roe met Jo Roe", "Jo Roe").count(), 2);
        assert_eq!(whole_word_offsets("anything", "").count(), 0);
    }
}
