//! The frame of a list of introduced people that names its body twice: "I welcome from Acme, Acme
//! Regional, Jane Roe, chief executive, and John Doe, director." (the body's other name in
//! apposition between "from Acme" and the list). Consumes the relate context, the mention after
//! "from" and where the listed title starts; produces where the list's people may start, past the
//! other name (rule `roles-frame-alias`).

use super::super::Ctx;
use crate::lexicon::grammar::THE;
use crate::rulebook::Rule;

/// Where the list may start after the frame's organisation ending at `end` (one past its last
/// word): `end` itself, or past ", [the] Other Name," when a second organisation stands there in
/// apposition and the listed title at `before` comes after it.
pub(super) fn list_start(ctx: &Ctx<'_>, end: usize, before: usize) -> usize {
    if !ctx.on(Rule::FrameAlias) || ctx.words.lower(end) != "," {
        return end;
    }
    let mut k = end + 1;
    if ctx.words.lower(k) == THE {
        k += 1;
    }
    match ctx.mention_starting(k) {
        Some(m) if ctx.is_org(m.entity) && ctx.words.lower(m.last) == "," && m.last + 1 < before => m.last + 1,
        _ => end,
    }
}
