//! A roundup of places (rule `outages-place-sections`): a report whose paragraphs each open with a
//! place's name and a dash ("Lassen Volcanic - Power is out ...", "Haleakala NP - The summit lost
//! power ...") tells each place's losses on their own. Each such paragraph is a section: an outage
//! sentence joins only an incident of its own section, and an undated incident a section opened
//! stands as that place's incident (the lead's date, else the report's, dates it). A roundup has at
//! least two such paragraphs, or one after a paragraph that ends with a colon ("Here is a wrap-up
//! from the parks:").

use crate::lexicon::grammar::{AND, OF, THE};

use super::Ctx;

/// At most this many words in a place heading ("Jean Lafitte NHP&P/New Orleans Jazz NHP").
const HEADING_WORDS: usize = 8;

/// At least this many paragraphs open with a place heading in a roundup.
const MIN_HEADINGS: usize = 2;

/// The dashes that close a place heading.
const HEADING_DASHES: [&str; 3] = [" - ", " – ", " — "];

/// For each sentence, the place-headed paragraph (its index among them) it stands in, when the
/// article is a roundup of at least [`MIN_HEADINGS`] such paragraphs (or of one that a paragraph
/// ending with a colon introduces); else all `None`.
pub(super) fn place_sections(ctx: &Ctx<'_>) -> Vec<Option<usize>> {
    let n = ctx.sent_words.len();
    let heads = roundup_heads(&ctx.doc.text);
    if heads.is_empty() {
        return vec![None; n];
    }
    (0..n)
        .map(|s| {
            let span = ctx.sent_span(s);
            let (a, b) = (span.start(), span.end());
            // the paragraph the sentence starts in, else one that starts inside the sentence (a
            // splitter that joined "... parks:" to the heading's line)
            heads
                .iter()
                .position(|&(hf, hl)| a >= hf && a < hl)
                .or_else(|| heads.iter().position(|&(hf, _)| hf > a && hf < b))
        })
        .collect()
}

/// The byte ranges of a roundup's place-headed paragraphs ([`place_heading`]), in text order; none
/// when the text is no roundup.
pub(crate) fn roundup_heads(text: &str) -> Vec<(usize, usize)> {
    let mut heads: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    // whether a heading follows a paragraph that ends with a colon ("Here is a roundup of reports
    // from the parks:"): the list it introduces is a roundup even with one place told
    let mut introduced = false;
    let mut before = "";
    for line in text.split('\n') {
        let body = line.trim_start();
        let first = at + (line.len() - body.len());
        if place_heading(body) {
            introduced |= heads.is_empty() && before.trim_end().ends_with(':');
            heads.push((first, at + line.len()));
        }
        if !body.trim().is_empty() {
            before = body;
        }
        at += line.len() + 1;
    }
    // (`introduced` holds only once a heading was found)
    if heads.len() < MIN_HEADINGS && !introduced {
        heads.clear();
    }
    heads
}

/// Whether a paragraph opens with a place heading: a name of capitalised words (linking "of",
/// "and", "the" and parenthesised remarks allowed, no comma, not all capitals as a dateline is),
/// a dash, then at least three words of text.
fn place_heading(line: &str) -> bool {
    let Some((pos, dash)) = HEADING_DASHES.iter().filter_map(|d| line.find(d).map(|p| (p, *d))).min_by_key(|&(p, _)| p)
    else {
        return false;
    };
    let (name, rest) = (&line[..pos], &line[pos + dash.len()..]);
    if rest.split_whitespace().count() < 3 || name.contains(',') {
        return false;
    }
    // parenthesised remarks ("(and parts of Golden Gate)", "(FL/MS)") are set aside
    let mut depth = 0usize;
    let bare: String = name
        .chars()
        .filter(|&c| {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
        .collect();
    let words: Vec<&str> = bare.split_whitespace().collect();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let linking = |w: &str| [OF, AND, THE].contains(&w);
    let letters: Vec<char> = bare.chars().filter(|c| c.is_alphabetic()).collect();
    !words.is_empty()
        && words.len() <= HEADING_WORDS
        && capital(words[0])
        && words.iter().all(|w| capital(w) || linking(w))
        && !letters.iter().all(|c| c.is_uppercase())
        && !bare.ends_with(['.', ':', ';', '!', '?'])
}

#[cfg(test)]
mod tests {
    use super::place_heading;

    #[test]
    fn headings_of_places() {
        assert!(place_heading("Zeta Falls - The visitor centre lost power on Friday."));
        assert!(place_heading("Cedar Point NP (and parts of Elm Bay) – Phones are out at the lodge."));
        assert!(place_heading("Gulf of Acme NS (FL/MS) - The park was hit hard."));
    }

    #[test]
    fn other_dashes_open_no_heading() {
        // a dateline, a sentence with a dash, a short remark
        assert!(!place_heading("ZETA FALLS, Calif. - The park remains closed after the storm."));
        assert!(!place_heading("The storm hit on Friday - power is still out at the lodge."));
        assert!(!place_heading("Zeta Falls - closed."));
        assert!(!place_heading("Most of Zeta Falls was dark - a first in years for the town."));
    }
}
