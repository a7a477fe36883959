//! A speaker's own post in a transcript: consumes the relate context and a chain of titles,
//! produces the person whose label opens the speech when the title is linked to "I" ("Jane Roe:
//! I am the chairman of Acme.", "Mr. John Doe: Good afternoon. I am chief executive and finance
//! director.", "I served as chairman of Zeta for three years."). The label is the person's name
//! at the start of a line, after forms of address, closed by a colon; the speech runs until the
//! next such label (a label that is not a person's name, "Chairman:", ends the search). Rule
//! `roles-first-person`; its organisation is found as for any title (after it, else the fallback).

use crate::lexicon::grammar::AS;
use crate::lexicon::people::{
    FIRST_PERSON, FIRST_PERSON_CONTRACTED, FIRST_PERSON_FILLERS, FIRST_PERSON_LINKS, HONORIFICS_BEFORE,
};
use crate::lexicon::words::is_in;
use newskg_doc::EntityIdx;

use super::super::Ctx;

/// At most this many words between the link and the title ("one of the interim").
const FILLERS: usize = 4;
/// At most this many words between "I" and "as" ("I am serving as", "I have worked as").
const BEFORE_AS: usize = 3;
/// At most this many words of a line before its label's colon (forms of address and the name).
const LABEL_WORDS: usize = 7;

/// The speaker holding a title whose words start at `before` when "I" is its subject: "I am
/// [one of the] <title>", "I'm the <title>", "I was <title>", "I [have] served as <title>".
pub(super) fn first_person(ctx: &Ctx<'_>, sf: usize, before: usize) -> Option<EntityIdx> {
    let mut k = before;
    while k > sf && before - k < FILLERS && is_in(FIRST_PERSON_FILLERS, ctx.words.lower(k - 1)) {
        k -= 1;
    }
    if k == sf {
        return None;
    }
    let link = k - 1;
    let w = ctx.words.lower(link);
    let pronoun = if is_in(FIRST_PERSON_CONTRACTED, w) {
        Some(link)
    } else if (is_in(FIRST_PERSON_LINKS, w) || w == AS) && link > sf {
        // "I am", "I was"; "as" may stand a few words after the pronoun ("I am serving as")
        let reach = if w == AS { BEFORE_AS } else { 1 };
        (link.saturating_sub(reach).max(sf)..link)
            .rev()
            .find(|&j| ctx.words.lower(j) == FIRST_PERSON && ctx.words.get(j).is_some_and(|x| x.is_cap()))
            .filter(|&j| (j + 1..link).all(|x| ctx.words.is_lower_word(x)))
    } else {
        None
    };
    speaker(ctx, pronoun?)
}

/// The person whose label opens the speech word `i` stands in (see the module doc).
fn speaker(ctx: &Ctx<'_>, i: usize) -> Option<EntityIdx> {
    let mut j = i;
    while j > 0 {
        j -= 1;
        if ctx.words.lower(j) != ":" {
            continue;
        }
        let Some(start) = line_start(ctx, j) else { continue };
        // a label: forms of address, then a person's name ending at the colon
        let m = ctx.mention_ending(j)?;
        let address = (start..m.first).all(|x| {
            let w = ctx.words.lower(x);
            w == "." || is_in(HONORIFICS_BEFORE, w.trim_end_matches('.'))
        });
        return (address && m.first >= start && ctx.is_person(m.entity)).then_some(m.entity);
    }
    None
}

/// The first word of the line word `j` stands on, when it is at most [`LABEL_WORDS`] words back.
fn line_start(ctx: &Ctx<'_>, j: usize) -> Option<usize> {
    let mut k = j;
    loop {
        let starts_line = k == 0
            || ctx.words.get(k - 1).zip(ctx.words.get(k)).is_some_and(|(a, b)| {
                ctx.doc.span(a.span.end(), b.span.start()).is_some_and(|gap| ctx.doc.slice(gap).contains('\n'))
            });
        if starts_line {
            return Some(k);
        }
        if j - k >= LABEL_WORDS {
            return None;
        }
        k -= 1;
    }
}
