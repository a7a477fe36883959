//! Plural titles (rule `roles-plural-titles`): a title whose last word takes a plural "s" right
//! before its holders' names ("Commissioners Hyde, Bartley and Lee") and the short parentheses a
//! list of such names may hold ("Hyde (Chairman)"). Consumes the relate context's words and
//! mentions, produces title lengths and roles.

use crate::lexicon::people::{PLURAL_TITLE_SUFFIX, TITLES};
use newskg_doc::Role;

use super::super::Ctx;

/// A title phrase whose last word takes a plural "s", starting at word `i` and right before a
/// person's name ("Commissioners Hyde, ...", "vice presidents Jane Roe and John Doe"): its length
/// and the singular's role (not a founder's: rule `roles-plural-founders` reads those).
pub(super) fn plural_title(ctx: &Ctx<'_>, i: usize, sl: usize) -> Option<(usize, Role)> {
    TITLES.iter().find_map(|(phrase, role)| {
        let n = phrase.len();
        let last = ctx.words.lower(i + n - 1);
        let matches = i + n < sl
            && !matches!(role, Role::Founder | Role::Cofounder)
            && (0..n - 1).all(|k| ctx.words.lower(i + k) == phrase[k])
            && last.strip_suffix(PLURAL_TITLE_SUFFIX) == Some(phrase[n - 1])
            && ctx.mention_starting(i + n).is_some_and(|m| ctx.is_person(m.entity));
        matches.then_some((n, *role))
    })
}

/// Whether a word is a one-word title's plural ("commissioners", "directors"; not "founders").
pub(super) fn plural_title_word(w: &str) -> bool {
    w.strip_suffix(PLURAL_TITLE_SUFFIX).is_some_and(|one| {
        TITLES.iter().any(|(p, r)| p.len() == 1 && p[0] == one && !matches!(r, Role::Founder | Role::Cofounder))
    })
}

/// A short parenthesis opening at word `k` ("(Chairman)", "(ret.)"): the word closing it and whether
/// it holds a title word.
pub(super) fn paren_title_after(ctx: &Ctx<'_>, k: usize, sl: usize) -> Option<(usize, bool)> {
    if ctx.words.lower(k) != "(" {
        return None;
    }
    let close = (k + 1..(k + 6).min(sl)).find(|&j| ctx.words.lower(j) == ")")?;
    let titled = (k + 1..close).any(|j| TITLES.iter().any(|(p, _)| p[0] == ctx.words.lower(j)));
    Some((close, titled))
}
