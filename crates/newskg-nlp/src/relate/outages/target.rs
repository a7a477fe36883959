//! Whose systems a cyber attack hit: consumes the relate context and a mention's word range,
//! produces whether the text names the mention as the attack's target ("a cyber-attack on the X",
//! "a ransomware attack on X's campus", "X were targeted by a ransomware attack"). The target ran
//! the services the attack took down, so it is the outage's provider (rule `outages-attack-target`).

use super::triggers::cyber_attack;
use super::*;
use crate::lexicon::facts::{ATTACK_TARGET_PREPS, TARGETED_WORDS};
use crate::lexicon::grammar::PASSIVE_AUX;

/// Words allowed between the target and the attack after "targeted by" ("by a sophisticated
/// ransomware attack").
const TARGETED_GAP: usize = 4;

/// Whether the mention over words `first..last` (`last` exclusive) is a cyber attack's target, no
/// word before `floor` read: the attack word, a target preposition and at most an article before
/// the name, or the name as subject of "was/were targeted by" with an attack word within a few
/// words after "by".
pub(super) fn attack_target(ctx: &Ctx<'_>, first: usize, last: usize, floor: usize) -> bool {
    let mut k = first;
    if k > floor && is_in(ARTICLES, ctx.words.lower(k - 1)) {
        k -= 1;
    }
    if k >= floor + 2 && is_in(ATTACK_TARGET_PREPS, ctx.words.lower(k - 1)) && cyber_attack(ctx, k - 2) {
        return true;
    }
    let end = sentence_end(ctx, first);
    is_in(PASSIVE_AUX, ctx.words.lower(last))
        && is_in(TARGETED_WORDS, ctx.words.lower(last + 1))
        && ctx.words.lower(last + 2) == BY
        && (last + 3..(last + 3 + TARGETED_GAP).min(end)).any(|q| cyber_attack(ctx, q))
}
