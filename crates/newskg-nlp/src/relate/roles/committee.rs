//! A legislature's committee by its name (rule `roles-legislative-committee`): consumes the
//! positions found, drops each chair of such a committee: a legislator's post, which the
//! guidelines give no position.

use crate::lexicon::grammar::ON;
use crate::lexicon::people::{COMMITTEE_HEADS, LEGISLATIVE_COMMITTEE_MARKERS};
use crate::lexicon::words::is_in;
use newskg_doc::{EntityIdx, Position, Role};

use super::super::Ctx;

/// Whether organisation `o` is a legislature's committee by its name: a committee (its name's last
/// word) with a word of a legislature in it, or "Committee on ..." ("House Committee on Energy",
/// "Zeta Select Committee", "Trade Subcommittee"; not "Zeta Olympic Committee", "Committee for
/// Privatisations").
fn legislative_committee(ctx: &Ctx<'_>, o: EntityIdx) -> bool {
    let Some(e) = ctx.doc.entities.get(o) else { return false };
    std::iter::once(&e.name).chain(e.aliases.iter()).any(|n| {
        let words: Vec<String> = n.split_whitespace().map(str::to_lowercase).collect();
        let committee_on = words.windows(2).any(|w| is_in(COMMITTEE_HEADS, &w[0]) && w[1] == ON);
        let headed = words.last().is_some_and(|w| is_in(COMMITTEE_HEADS, w));
        committee_on || headed && words.iter().any(|w| is_in(LEGISLATIVE_COMMITTEE_MARKERS, w))
    })
}

/// "Chair of the Zeta Select Committee Jane Roe": drops each chairman of a legislature's committee
/// from `out`.
pub(super) fn drop_legislative_chairs(ctx: &Ctx<'_>, out: &mut Vec<Position>) {
    out.retain(|p| !(p.role == Role::Chairman && p.organization.is_some_and(|o| legislative_committee(ctx, o))));
}
