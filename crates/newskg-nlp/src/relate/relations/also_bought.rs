//! More targets of one completed deal: consumes a sentence's words and mentions after a deal
//! verb's object, produces the names added by "as well as" ("Y has acquired X's steelworks at A
//! and B, as well as subsidiary businesses C and D": Y acquired C and D, their parent; rule
//! [`Rule::DealAsWellAs`]).

use super::*;
use crate::lexicon::deals::AS_WELL_AS;

/// The most lower-case words between "as well as" and the first name ("subsidiary businesses").
const MAX_NOUN_WORDS: usize = 3;

/// The names listed after the first "as well as" from word `from` on (before `sl`), each a
/// possible deal target, when at most [`MAX_NOUN_WORDS`] lower-case words stand before the first.
pub(super) fn also_bought(ctx: &Ctx<'_>, from: usize, sl: usize) -> Vec<EntityIdx> {
    if !ctx.on(Rule::DealAsWellAs) {
        return Vec::new();
    }
    let phrase: Vec<&str> = AS_WELL_AS.split(' ').collect();
    let n = phrase.len();
    let Some(k) =
        (from..sl.saturating_sub(n)).find(|&k| phrase.iter().enumerate().all(|(j, w)| ctx.words.lower(k + j) == *w))
    else {
        return Vec::new();
    };
    let mut i = k + n;
    let mut hops = 0;
    while i < sl && hops < MAX_NOUN_WORDS && ctx.mention_starting(i).is_none() && ctx.words.is_lower_word(i) {
        i += 1;
        hops += 1;
    }
    let mut out = Vec::new();
    while i < sl {
        let Some(m) = ctx.mention_starting(i) else { break };
        out.push(m.entity);
        i = m.last;
        while i < sl && matches!(ctx.words.lower(i), "," | AND) {
            i += 1;
        }
    }
    out
}
