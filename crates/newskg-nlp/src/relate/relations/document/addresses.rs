//! A body's units named in the heading of a postal address (rule `relations-address-units`):
//! consumes the relate context and the relations found so far, adds the parent of each unit.
//!
//! Notices give where to write as the body and its units in a row before the street address:
//! "the Department of Justice, Antitrust Division, Antitrust Documents Group, 450 Fifth Street"
//! (from the body down) or "Litigation Section, Antitrust Division, Department of Justice, 450
//! Fifth Street" (from the unit up). Each unit belongs to its neighbour on the body's side. Only a
//! row that ends at a street number is read, only when exactly one end of it is a body that is not
//! a unit ("Acme Corp., Zeta Inc., 12 Main Street" lists two addressees, no unit of either).

use super::*;
use crate::lexicon::organisations::ADDRESS_UNIT_HEADS;

/// The confidence of a unit's parent read from an address: the sender's own heading.
const ADDRESS_CONFIDENCE: f32 = 0.7;

/// Adds the parent of every unit an address heading in the document names.
pub(crate) fn address_units(ctx: &Ctx<'_>, relations: &mut Vec<Relation>) {
    if !ctx.on(Rule::AddressUnits) {
        return;
    }
    for (s, &(sf, sl)) in ctx.sent_words.iter().enumerate() {
        for (unit, parent) in rows(ctx, sf, sl) {
            let evidence = ctx.evidence(s, ADDRESS_CONFIDENCE);
            super::add_or_raise(
                relations,
                Relation { subject: unit, kind: RelationKind::ParentOrganization, object: parent, evidence },
            );
        }
    }
}

/// The (unit, parent) pairs of the address headings in words `[sf, sl)`.
fn rows(ctx: &Ctx<'_>, sf: usize, sl: usize) -> Vec<(EntityIdx, EntityIdx)> {
    let mut pairs = Vec::new();
    // (the mentions are sorted by their first word: the sentence's are one slice of them)
    let from = ctx.mentions.partition_point(|m| m.first < sf);
    let to = ctx.mentions.partition_point(|m| m.first < sl);
    let mentions: Vec<MentionAt> = ctx.mentions[from..to.max(from)].iter().copied().filter(|m| m.last <= sl).collect();
    let mut i = 0;
    while i < mentions.len() {
        // the longest row of organisations from mention i, each after a comma that follows the one before
        let mut j = i;
        while j + 1 < mentions.len()
            && ctx.is_org(mentions[j].entity)
            && ctx.words.lower(mentions[j].last) == ","
            && mentions[j + 1].first == mentions[j].last + 1
            && ctx.is_org(mentions[j + 1].entity)
        {
            j += 1;
        }
        let row = &mentions[i..=j];
        i = j + 1;
        let end = row[row.len() - 1].last;
        let street = ctx.words.lower(end) == ","
            && ctx.words.get(end + 1).is_some_and(|w| w.text.chars().next().is_some_and(|c| c.is_ascii_digit()));
        if row.len() < 2 || !street || row.windows(2).any(|w| w[0].entity == w[1].entity) {
            continue;
        }
        let unit = |m: &MentionAt| is_in(ADDRESS_UNIT_HEADS, ctx.words.lower(m.last - 1));
        let (first, last) = (&row[0], &row[row.len() - 1]);
        let inner = &row[1..row.len() - 1];
        if !unit(first) && unit(last) && inner.iter().all(unit) {
            // from the body down: each unit under the one before it
            pairs.extend(row.windows(2).map(|w| (w[1].entity, w[0].entity)));
        } else if unit(first) && !unit(last) && inner.iter().all(unit) {
            // from the unit up: each under the one after it
            pairs.extend(row.windows(2).map(|w| (w[0].entity, w[1].entity)));
        }
    }
    pairs
}
