//! A list of posts after one holder: "He was chief executive of Acme, chairman of Zeta and
//! chairman of Bolt." Consumes the relate context, a chain's last title and the positions it gave,
//! produces where its organisation ends with its holders; and whether a later chain continues that
//! list (only a comma, "and" or both between). Rule `ListedPosts`.

use crate::lexicon::grammar::AND_WORDS;
use crate::lexicon::words::is_in;
use newskg_doc::{EntityIdx, Position};

use super::super::Ctx;
use super::Title;

/// A listed post's end: the word after its organisation, its holders (person, is predecessor) and
/// whether all its positions are current.
pub(super) type ClosedPost = (usize, Vec<(EntityIdx, bool)>, bool);

/// The word after the organisation that closes the chain ending in `tail` ("of [the] Acme"),
/// with the holders the chain's positions name and whether all of them are current; none when the
/// positions name no holder or several organisations, or when no organisation of theirs stands
/// within three words after the title.
pub(super) fn closed_post(ctx: &Ctx<'_>, tail: &Title, sl: usize, made: &[Position]) -> Option<ClosedPost> {
    let org = made.first()?.organization?;
    if made.iter().any(|p| p.organization != Some(org)) {
        return None;
    }
    let end = (tail.last + 1..(tail.last + 4).min(sl))
        .find_map(|k| ctx.mention_starting(k).filter(|m| m.entity == org).map(|m| m.last))?;
    let mut persons: Vec<(EntityIdx, bool)> = Vec::new();
    for p in made {
        if !persons.iter().any(|(q, _)| *q == p.person) {
            persons.push((p.person, false));
        }
    }
    Some((end, persons, made.iter().all(|p| p.current)))
}

/// Whether the title starting at `first` continues a list whose previous post's organisation
/// ends at `end`: only ",", "and" or ", and" between.
pub(super) fn continues_list(ctx: &Ctx<'_>, end: usize, first: usize) -> bool {
    if first <= end || first > end + 2 {
        return false;
    }
    let between: Vec<&str> = (end..first).map(|k| ctx.words.lower(k)).collect();
    match between.as_slice() {
        [w] => *w == "," || is_in(AND_WORDS, w),
        [c, w] => *c == "," && is_in(AND_WORDS, w),
        _ => false,
    }
}
