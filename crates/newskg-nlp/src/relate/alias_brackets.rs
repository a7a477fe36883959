//! Alias brackets: consumes the relation context, produces a copy of it in which a name's alias
//! bracket right after it ("Acme Corp. (\u{201c}Acme\u{201d})", "Zeta Holdings, LLC (ZH)") is read
//! as part of the name's mention, so that the relation patterns see the word after the bracket
//! right after the name: "X (\u{201c}X\u{201d}), a wholly owned subsidiary of Y", "X (XY), which
//! is owned by Y", "Y (\u{201c}Y\u{201d}), the parent of X" (rule `relations-alias-brackets`).
//!
//! A bracket is an alias when it holds one to four words, each a quotation mark, a word of a
//! mention of the same entity, or a capitalised word that no other mention covers: not a place
//! ("Acme (Canada)"), another organisation, a year, a lower-case phrase ("(a unit of Y)",
//! "(collectively, the Applicants)") nor a ticker ("(NYSE: ACME)"). The copy is read by the
//! patterns only: the scorer's own features (anaphors, the words between two names) read the
//! relation context as it is.

use super::{Ctx, MentionAt};
use crate::lexicon::grammar::QUOTE_MARKS;
use crate::lexicon::words::is_in;

/// Most words an alias bracket holds between its brackets.
const MAX_ALIAS_WORDS: usize = 4;

/// The context with every alias bracket joined to the mention before it, or `None` when the
/// document has none.
pub(crate) fn widened<'a>(ctx: &Ctx<'a>) -> Option<Ctx<'a>> {
    let mut mentions = ctx.mentions.clone();
    let mut changed = false;
    for k in 0..mentions.len() {
        let m = mentions[k];
        let Some(close) = alias_close(ctx, &mentions, m) else {
            continue;
        };
        mentions[k].last = close + 1;
        changed = true;
    }
    if !changed {
        return None;
    }
    // the alias mentions inside a joined bracket are part of the name now
    let joined: Vec<MentionAt> = mentions.iter().copied().filter(|m| m.last > m.first).collect();
    let inside = |n: &MentionAt| joined.iter().any(|m| m.entity == n.entity && m.first < n.first && n.last <= m.last);
    mentions.retain(|n| !inside(n));
    let mut out = Ctx::with_rules(ctx.doc, ctx.rules);
    out.words = ctx.words.clone();
    out.sent_words = ctx.sent_words.clone();
    out.unattached = ctx.unattached;
    out.mention_of_word = vec![None; out.words.len()];
    for (k, m) in mentions.iter().enumerate() {
        for slot in out.mention_of_word.iter_mut().take(m.last).skip(m.first) {
            *slot = Some(k);
        }
    }
    out.mentions = mentions;
    Some(out)
}

/// The closing bracket of the alias bracket right after mention `m` (past the full stop of an
/// abbreviated legal form: "Acme Inc. (Acme)"), if there is one.
fn alias_close(ctx: &Ctx<'_>, mentions: &[MentionAt], m: MentionAt) -> Option<usize> {
    let mut open = m.last;
    if ctx.words.lower(open) == "." && ctx.words.get(open).is_some_and(|w| w.span.start() == prev_end(ctx, open)) {
        open += 1;
    }
    if ctx.words.lower(open) != "(" || ctx.words.get(open).is_none_or(|w| w.sent != m.sent) {
        return None;
    }
    let close = (open + 1..=open + MAX_ALIAS_WORDS + 1).find(|&k| ctx.words.lower(k) == ")")?;
    let mut named = false;
    for k in open + 1..close {
        let covering = mentions.iter().find(|n| n.first <= k && k < n.last);
        match covering {
            // another entity only as the name's short form ("RCC Minnesota, Inc. (RCCM)")
            Some(n) if n.entity != m.entity && !short_form(ctx, n, m) => return None,
            Some(_) => named = true,
            None => {
                let w = ctx.words.get(k)?;
                let capitalised = w.is_cap() && w.text.chars().all(|c| c.is_alphanumeric() || "&.-".contains(c));
                if capitalised {
                    named = true;
                } else if !is_in(QUOTE_MARKS, w.text) {
                    return None;
                }
            }
        }
    }
    named.then_some(close)
}

/// Whether mention `n` is an organisation written as a short form of mention `m`: its letters,
/// in order, among the name's, starting with its first ("MPC" of "Marathon Petroleum Company").
fn short_form(ctx: &Ctx<'_>, n: &MentionAt, m: MentionAt) -> bool {
    let letters = |a: &MentionAt| -> Vec<char> {
        (a.first..a.last)
            .filter_map(|k| ctx.words.get(k))
            .flat_map(|w| w.text.chars())
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (short, long) = (letters(n), letters(&m));
    let mut rest = long.iter();
    ctx.is_org(n.entity)
        && short.len() < long.len()
        && short.first() == long.first()
        && short.iter().all(|c| rest.any(|l| l == c))
}

/// Where the word before word `i` ends.
fn prev_end(ctx: &Ctx<'_>, i: usize) -> usize {
    i.checked_sub(1).and_then(|p| ctx.words.get(p)).map_or(usize::MAX, |w| w.span.end())
}
