//! Providers and office parents at document level: consumes the relate context and the
//! relations the sentences (and the pair model) gave, adds a provider for services no sentence
//! ties to a company — a product variant's maker, else the article's dominant company — and a
//! parent for a public body's office no relation ties to one (the article's dominant
//! organisation).

use super::*;
use crate::lexicon::grammar::ON;

mod addresses;
mod divisions;
use crate::lexicon::organisations::OFFICE_HEADS;
use crate::lexicon::services::{EMERGENCY_NAMES, EMERGENCY_NUMBERS, POSTED_ON_BEFORE, VIA};

/// Adds relation `r`, or raises the confidence of the same link (subject, kind, object) found already
/// to `r`'s: one link per fact, at the confidence of its strongest reading.
pub(crate) fn add_or_raise(relations: &mut Vec<Relation>, r: Relation) {
    match relations.iter_mut().find(|q| q.subject == r.subject && q.kind == r.kind && q.object == r.object) {
        Some(q) => q.evidence.confidence = q.evidence.confidence.max(r.evidence.confidence),
        None => relations.push(r),
    }
}

/// The confidence of a provider inferred at document level: about the share of such inferences
/// that were right on the corpus dev split (29 of 54, see [`document_providers`]).
pub(crate) const DOCUMENT_PROVIDER_CONFIDENCE: f32 = 0.5;

/// A service that no sentence ties to a company belongs to the article's dominant company, when
/// there is one: a company named at least three times and at least one and a half times as often
/// as any other (a product announcement or a company profile lists its products without
/// repeating the maker; on the corpus dev split relations F1 was 0.556 with "twice as often",
/// 0.565 with one and a half times, 0.558 with "more often than any other"). A service hit by
/// one of the document's outages is a customer's, not the provider's, and is left alone, as are a
/// platform the article only quotes from and a service named after a possessive ("X's S"). The
/// evidence is the service's first sentence. Before
/// that, a variant of a product a sentence ties to its maker takes that maker
/// ([`variant_providers`]).
pub(crate) fn document_providers(ctx: &Ctx<'_>, relations: &mut Vec<Relation>, outages: &[newskg_doc::Outage]) {
    ctx.on(Rule::VariantProvider).then(|| variant_providers(ctx, relations));
    ctx.on(Rule::DominantProvider).then(|| dominant_providers(ctx, relations, outages));
}

/// Untied services to the article's dominant company (see [`document_providers`]).
fn dominant_providers(ctx: &Ctx<'_>, relations: &mut Vec<Relation>, outages: &[newskg_doc::Outage]) {
    let doc = ctx.doc;
    let Some(dominant) = dominant_company(doc) else { return };
    // a service a sentence gives to a named owner ("X's S"), whatever X is typed as, is X's
    let owned = crate::relate::relscore::possessors(ctx);
    for (i, e) in doc.entities.iter().enumerate() {
        if e.kind != EntityKind::Service
            || owned.contains_key(&i)
            || relations.iter().any(|r| r.subject == i && r.kind == RelationKind::Provider)
            || outages.iter().any(|o| o.affected.contains(&i))
            || emergency_service(e)
        {
            continue;
        }
        let Some(first) = ctx.mentions.iter().filter(|m| m.entity == i).map(|m| m.sent).min() else {
            continue;
        };
        // a service whose every sentence names another company is more likely that one's (a
        // rival's product named in passing): no sentence ties it, so no document-level guess either
        if ctx.on(Rule::DominantOtherMaker) && named_only_with_other_company(ctx, i, dominant) {
            continue;
        }
        // a platform the article only quotes from ("wrote on X", "via X") is a channel, not a product
        if ctx.mentions.iter().filter(|m| m.entity == i).all(|m| posted_on(ctx, m.first)) {
            continue;
        }
        relations.push(Relation {
            subject: i,
            kind: RelationKind::Provider,
            object: dominant,
            evidence: ctx.evidence(first, DOCUMENT_PROVIDER_CONFIDENCE),
        });
    }
}

/// Whether every sentence that names entity `i` also names a company other than `dominant` (and
/// other than `i`), outside `i`'s own mentions.
fn named_only_with_other_company(ctx: &Ctx<'_>, i: EntityIdx, dominant: EntityIdx) -> bool {
    let mine: Vec<&MentionAt> = ctx.mentions.iter().filter(|m| m.entity == i).collect();
    let other = |s: usize| {
        ctx.mentions.iter().any(|m| {
            m.sent == s
                && m.entity != i
                && m.entity != dominant
                && ctx.doc.entities.get(m.entity).is_some_and(|e| e.kind == EntityKind::Company)
                && !mine.iter().any(|x| x.first < m.last && m.first < x.last)
        })
    };
    !mine.is_empty() && mine.iter().all(|m| other(m.sent))
}

/// The document-level relations after the sentences' (rules-only and model-only paths; the
/// learned scorer weighs the providers among its candidates and adds only the office parents).
pub(crate) fn document_level(ctx: &Ctx<'_>, relations: &mut Vec<Relation>, outages: &[newskg_doc::Outage]) {
    document_providers(ctx, relations, outages);
    drop_emergency_relations(ctx.doc, relations);
    office_parents(ctx, relations);
    super::control::control_transfers(ctx, relations);
    super::control::possessive_deals(ctx, relations);
    super::maker_product_links(ctx.doc, relations);
}

/// The document-level relations added only after the learned typing (the relation scorer's pass
/// and the other learned paths of `relate_with`): never in the rules' first pass, whose relations
/// are the typing's features (a division's inferred parent there made the typing drop the
/// division). Runs after [`office_parents`], so an office's parent found there wins.
pub(crate) fn after_typing(ctx: &Ctx<'_>, relations: &mut Vec<Relation>) {
    divisions::division_parents(ctx, relations);
    super::sales::seller_parents(ctx, relations);
}

/// The confidence of an office's parent inferred at document level: an inference, not a statement.
pub(crate) const OFFICE_PARENT_CONFIDENCE: f32 = 0.5;

/// A public body's office named on its own ("the Enforcement Bureau", "the Bureau of Fair
/// Trading": an organisation whose name holds one of [`OFFICE_HEADS`]) that no relation ties to a
/// parent belongs to the article's dominant organisation: the non-business organisation, not an
/// office itself, named at least twice and more often than any other (a regulator's release names
/// the regulator throughout and quotes the director of one of its bureaus, often sentences away).
/// The evidence is the office's first sentence. Runs after the relation scorer (and after the
/// rules' relations on the rules-only paths), so a parent a sentence states wins; before it, the
/// units an address heading names take the parent it states (`addresses`).
pub(crate) fn office_parents(ctx: &Ctx<'_>, relations: &mut Vec<Relation>) {
    // (an address heading's units first: the parent it states wins over the inferred one)
    addresses::address_units(ctx, relations);
    if !ctx.on(Rule::OfficeParent) {
        return;
    }
    let doc = ctx.doc;
    let is_office = |e: &newskg_doc::Entity| {
        e.kind == EntityKind::Organization
            && e.name
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| OFFICE_HEADS.iter().any(|h| w.eq_ignore_ascii_case(h)))
    };
    if !doc.entities.iter().any(is_office) {
        return;
    }
    let mut counts: Vec<(usize, EntityIdx)> = doc
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Organization && !is_office(e))
        .map(|(i, e)| (e.mentions.len(), i))
        .collect();
    counts.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let body = match counts.as_slice() {
        [(n, e)] if *n >= 2 => *e,
        [(n, e), (m, _), ..] if *n >= 2 && n > m => *e,
        _ => return,
    };
    parent_orphans(ctx, relations, is_office, body);
}

/// Gives each entity that `is_unit` accepts and no relation yet ties to a parent the parent `body`, an
/// inference at [`OFFICE_PARENT_CONFIDENCE`] evidenced by the unit's first sentence (the offices of
/// [`office_parents`], the divisions of `divisions`).
fn parent_orphans(
    ctx: &Ctx<'_>,
    relations: &mut Vec<Relation>,
    is_unit: impl Fn(&newskg_doc::Entity) -> bool,
    body: EntityIdx,
) {
    for (i, e) in ctx.doc.entities.iter().enumerate() {
        if !is_unit(e) || relations.iter().any(|r| r.subject == i && r.kind == RelationKind::ParentOrganization) {
            continue;
        }
        let Some(first) = ctx.mentions.iter().filter(|m| m.entity == i).map(|m| m.sent).min() else {
            continue;
        };
        relations.push(Relation {
            subject: i,
            kind: RelationKind::ParentOrganization,
            object: body,
            evidence: ctx.evidence(first, OFFICE_PARENT_CONFIDENCE),
        });
    }
}

/// The least confidence of the tie a variant's provider is taken from: the possessive and
/// apposition patterns ("Y's S", 0.75), not the weaker "its S" or maker-verb ones.
const VARIANT_SOURCE_CONFIDENCE: f32 = 0.7;

/// The confidence of a provider passed from a product to its variant ("A380" to "A380-800F").
const VARIANT_PROVIDER_CONFIDENCE: f32 = 0.6;

/// A service nothing ties to a company whose name is another service's name, tied by a sentence
/// with a possessive or apposition, plus a variant suffix ("Zephyr 3-200" or "Zephyr 3 Max" of
/// "Zephyr 3") shares that service's provider: a model's variants come from its maker.
fn variant_providers(ctx: &Ctx<'_>, relations: &mut Vec<Relation>) {
    let ents = &ctx.doc.entities;
    let tied_any =
        |rels: &[Relation], e: EntityIdx| rels.iter().any(|r| r.subject == e && r.kind == RelationKind::Provider);
    // a sentence's tie, not a document-level inference
    let tied = |rels: &[Relation], e: EntityIdx| {
        rels.iter()
            .find(|r| {
                r.subject == e && r.kind == RelationKind::Provider && r.evidence.confidence >= VARIANT_SOURCE_CONFIDENCE
            })
            .map(|r| (r.object, r.evidence))
    };
    let mut added = Vec::new();
    for (i, e) in ents.iter().enumerate() {
        if e.kind != EntityKind::Service || tied_any(relations, i) {
            continue;
        }
        let name = e.name.to_lowercase();
        let base =
            ents.iter().enumerate().filter(|(j, b)| *j != i && b.kind == EntityKind::Service).find_map(|(j, b)| {
                let b = b.name.to_lowercase();
                let variant = name.len() > b.len() && name.starts_with(&b) && name[b.len()..].starts_with(['-', ' ']);
                variant.then(|| tied(relations, j)).flatten()
            });
        if let Some((provider, evidence)) = base.filter(|(p, _)| *p != i) {
            let first = ctx.mentions.iter().filter(|m| m.entity == i).map(|m| m.sent).min();
            let span = first.map_or(evidence.span, |s| ctx.sent_span(s));
            let confidence = VARIANT_PROVIDER_CONFIDENCE.min(evidence.confidence);
            added.push(Relation {
                subject: i,
                kind: RelationKind::Provider,
                object: provider,
                evidence: newskg_doc::Evidence { span, confidence },
            });
        }
    }
    relations.extend(added);
}

/// Whether a service is an emergency call number ("999", "Triple Zero"): a public service that
/// telephone companies run.
pub(crate) fn emergency_service(e: &newskg_doc::Entity) -> bool {
    let name = e.name.to_lowercase();
    e.kind == EntityKind::Service
        && (is_in(EMERGENCY_NUMBERS, &name) || EMERGENCY_NAMES.iter().any(|&(a, b)| name.split_whitespace().eq([a, b])))
}

/// Drops every relation of an emergency number ([`emergency_service`]): the number is nobody's
/// parent, partner or acquisition, and a report on a carrier's failed 999 calls or a regulator's
/// "911 rules" makes it look like that company's or body's product to the relation scorer (which
/// weighs every service against the article's main companies) and to the possessive pattern. On
/// the corpus train split keeping a company's provider for it gained one relation and cost five
/// wrong ones.
pub(crate) fn drop_emergency_relations(doc: &newskg_doc::Document, relations: &mut Vec<Relation>) {
    let emergency = |e: EntityIdx| doc.entities.get(e).is_some_and(emergency_service);
    relations.retain(|r| !(emergency(r.subject) || emergency(r.object)));
}

/// Whether the name at word `i` is a platform someone posts on: "via X", "wrote on X".
fn posted_on(ctx: &Ctx<'_>, i: usize) -> bool {
    let prev = ctx.words.lower(i.wrapping_sub(1));
    prev == VIA || (prev == ON && is_in(POSTED_ON_BEFORE, ctx.words.lower(i.wrapping_sub(2))))
}

/// The article's companies with their mention counts, the most named first (ties in entity order).
pub(crate) fn companies_by_mentions(doc: &newskg_doc::Document) -> Vec<(usize, EntityIdx)> {
    let mut counts: Vec<(usize, EntityIdx)> = doc
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Company)
        .map(|(i, e)| (e.mentions.len(), i))
        .collect();
    counts.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    counts
}

/// The article's dominant company: named at least three times and at least one and a half times as
/// often as any other company.
pub(super) fn dominant_company(doc: &newskg_doc::Document) -> Option<EntityIdx> {
    match companies_by_mentions(doc).as_slice() {
        [(n, e)] if *n >= 3 => Some(*e),
        [(n, e), (m, _), ..] if *n >= 3 && 2 * *n >= 3 * m => Some(*e),
        _ => None,
    }
}
