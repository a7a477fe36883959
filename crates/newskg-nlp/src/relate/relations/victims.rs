//! Outage victims and their providers: consumes the relate context, the rules' relations, the
//! outages and the final relations; drops a `provider` link that says no more than that an outage
//! hit the service.
//!
//! A service that an outage hit is named in the same sentence as the company whose systems failed
//! ("people could not use X and Y after a failure at Z, the cloud arm of W"), so the pair model
//! and the document's top company propose that company as its provider. The failing company owns
//! its own services, but also carries other companies' services; only the text can tell which.

use std::collections::BTreeSet;

use crate::lexicon::grammar::{BY, COMMA, FROM, OF};
use crate::relate::Ctx;
use crate::rulebook::Rule;
use newskg_doc::{EntityIdx, Outage, Relation, RelationKind};

/// At most this many words from a service's name to its owner's in an aside ("X, the online
/// shooter from the studio Y").
const ASIDE_WORDS: usize = 12;

/// Drops `S provider O` when an outage hit S, O is the outage's provider or the provider's parent,
/// and nothing in the text says S is O's: no sentence pattern found the link (a possessive, "its
/// S", "S, owned by O", "O, which runs S"), S's name shares no stem with O's or the provider's
/// ("Acme Docs", "AcmePay"), S is not followed by an aside naming O ("S, the game from O"), and
/// exactly one sentence names the two together: the outage's (a company that owns a service names
/// it with itself again; a link no sentence carries came from the document and is left as it is).
pub(crate) fn victim_providers(ctx: &Ctx<'_>, found: &[Relation], outages: &[Outage], relations: &mut Vec<Relation>) {
    if !ctx.on(Rule::VictimProvider) {
        return;
    }
    let parents: Vec<(EntityIdx, EntityIdx)> = relations
        .iter()
        .chain(found)
        .filter(|r| r.kind == RelationKind::ParentOrganization)
        .map(|r| (r.subject, r.object))
        .collect();
    relations.retain(|r| {
        if r.kind != RelationKind::Provider {
            return true;
        }
        let (s, o) = (r.subject, r.object);
        let failing = outages.iter().filter(|x| x.affected.contains(&s)).find_map(|x| {
            let p = x.provider?;
            (p == o || parents.contains(&(p, o))).then_some(p)
        });
        let Some(p) = failing else { return true };
        let stated = found.iter().any(|q| {
            q.subject == s
                && q.object == o
                && matches!(q.kind, RelationKind::Provider | RelationKind::ParentOrganization)
        });
        stated
            || shares_stem(ctx, s, o)
            || shares_stem(ctx, s, p)
            || aside_names(ctx, s, o)
            || !named_together_once(ctx, s, o)
    });
}

/// The lower-case words of an entity's name, letters and digits only.
fn name_words(ctx: &Ctx<'_>, e: EntityIdx) -> Vec<String> {
    ctx.doc.entities.get(e).map_or_else(Vec::new, |x| {
        x.name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
    })
}

/// Whether a word of the service's name starts with the first word of the organisation's, or the
/// organisation's first word with the service's ("Acme Docs" / "Acme", "AcmePay" / "Acme Bank",
/// "Mon Espace Acme" / "Acme"), the shorter of the two words three letters or more.
fn shares_stem(ctx: &Ctx<'_>, s: EntityIdx, o: EntityIdx) -> bool {
    let (sw, ow) = (name_words(ctx, s), name_words(ctx, o));
    let Some(head) = ow.first() else { return false };
    let stem = |a: &str, b: &str| b.chars().count() >= 3 && a.starts_with(b);
    sw.iter().any(|w| stem(w, head)) || sw.first().is_some_and(|w| stem(head, w))
}

/// Whether exactly one sentence names both entities.
fn named_together_once(ctx: &Ctx<'_>, s: EntityIdx, o: EntityIdx) -> bool {
    let sentences =
        |e: EntityIdx| ctx.mentions.iter().filter(|m| m.entity == e).map(|m| m.sent).collect::<BTreeSet<_>>();
    sentences(s).intersection(&sentences(o)).count() == 1
}

/// Whether a mention of the service is followed by an aside that names the organisation after
/// "from", "by" or "of" ("S, the online shooter from the studio O"), with no comma between.
fn aside_names(ctx: &Ctx<'_>, s: EntityIdx, o: EntityIdx) -> bool {
    ctx.mentions.iter().filter(|m| m.entity == s && ctx.words.lower(m.last) == COMMA).any(|m| {
        let sl = ctx.sent_words.get(m.sent).map_or(m.last, |&(_, l)| l);
        let mut link = false;
        for k in m.last + 1..(m.last + 1 + ASIDE_WORDS).min(sl) {
            let w = ctx.words.lower(k);
            if w == COMMA {
                return false;
            }
            if ctx.mention_starting(k).is_some_and(|n| n.entity == o) {
                return link;
            }
            link |= w == FROM || w == BY || w == OF;
        }
        false
    })
}
