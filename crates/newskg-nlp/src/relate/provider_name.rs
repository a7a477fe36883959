//! The provider of an outage named as the company: consumes a [`Document`] whose outages have a
//! provider (the rules' or the learned model's), produces the same outages with a provider that is
//! a short form left apart by resolution ("Varnor" beside "Varnor Bank") replaced by the full
//! company name, and a provider typed as a service replaced by the company that runs it (its owner
//! by a `Provider` relation, else the company whose name opens the service's: "Arkado" for "Arkado
//! Link"). The scorer and the guidelines want whose systems failed: a company, not its product.
//! A fragment of a split name ("Aer" where every "Aer" of the text is followed by another
//! entity's "Lingus" and "Aer Lingus" is that entity's name) is never the company: the entity of
//! the full name stands, whatever its kind.

use newskg_doc::{Document, EntityIdx, EntityKind, RelationKind};

use crate::rulebook::{Rule, RuleSet};

/// Replaces each outage's provider by its company name (see the module text); returns how many
/// changed.
pub fn company_providers(doc: &mut Document, rules: RuleSet) -> usize {
    if !rules.on(Rule::CompanyProvider) {
        return 0;
    }
    let mut changed = 0;
    for o in 0..doc.facts.outages.len() {
        let Some(p) = doc.facts.outages[o].provider else { continue };
        // an operator-shaped place or service the rules chose ("Northfield Approach Control") stands
        if crate::relate::operator_provider(doc, rules, p) {
            continue;
        }
        let Some(q) = company_of(doc, p) else { continue };
        let outage = &mut doc.facts.outages[o];
        outage.provider = Some(q);
        outage.affected.retain(|&a| a != q);
        if doc.entities.get(p).is_some_and(|e| e.kind == EntityKind::Service) && !outage.affected.contains(&p) {
            // the service that went down was hit
            outage.affected.push(p);
        }
        changed += 1;
    }
    changed
}

/// The company `p` stands for, when it is not `p` itself: never a fragment the recogniser cut from
/// `p`'s own name ("Aer" of "Aer Lingus").
fn company_of(doc: &Document, p: EntityIdx) -> Option<EntityIdx> {
    stands_for(doc, p).filter(|&q| split_whole(doc, q) != Some(p))
}

/// The company `p` stands for by a provider relation, its name or a fuller name (see [`company_of`]).
fn stands_for(doc: &Document, p: EntityIdx) -> Option<EntityIdx> {
    let ent = doc.entities.get(p)?;
    let name = words(&ent.name);
    if let Some(q) = split_whole(doc, p) {
        return Some(q);
    }
    if ent.kind == EntityKind::Service {
        // the owner by a provider relation ("X's app Y", "Y, a service run by X")
        let owner = doc.facts.relations.iter().find(|r| r.kind == RelationKind::Provider && r.subject == p);
        if let Some(r) = owner.filter(|r| r.object != p) {
            return Some(r.object);
        }
        // the one company whose whole name opens the service's ("Arkado" of "Arkado Link")
        return the_one_company(doc, p, |n| !n.is_empty() && n.len() < name.len() && name.starts_with(n));
    }
    // a short form left apart from the full name ("Varnor" beside "Varnor Bank"): the one company
    // whose name starts with all of its words
    the_one_company(doc, p, |n| n.len() > name.len() && n.starts_with(&name))
}

/// The entity whose name `p`'s mentions open when every mention of `p` is followed, one space on, by
/// a mention of that one other entity and the two read together are its name or one of its aliases.
fn split_whole(doc: &Document, p: EntityIdx) -> Option<EntityIdx> {
    let ent = doc.entities.get(p)?;
    let mut whole = None;
    for m in ent.mentions.iter().filter_map(|&m| doc.mentions.get(m)) {
        if doc.text.get(m.span.end()..m.span.end() + 1) != Some(" ") {
            return None;
        }
        let reads = |q: usize, n: usize| {
            let (e, n) = (&doc.entities[q], doc.mentions.get(n));
            let read = n
                .filter(|n| n.span.start() == m.span.end() + 1)
                .map(|n| format!("{} {}", doc.slice(m.span), doc.slice(n.span)).to_lowercase());
            read.is_some_and(|r| std::iter::once(&e.name).chain(e.aliases.iter()).any(|x| x.to_lowercase() == r))
        };
        let q = (0..doc.entities.len()).find(|&q| q != p && doc.entities[q].mentions.iter().any(|&n| reads(q, n)))?;
        if whole.is_some_and(|w| w != q) {
            return None;
        }
        whole = Some(q);
    }
    whole
}

/// The lower-cased words of a name.
fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_lowercase).collect()
}

/// The only company or organisation other than `p` whose name's words pass `fits`, if exactly one does.
fn the_one_company(doc: &Document, p: EntityIdx, fits: impl Fn(&[String]) -> bool) -> Option<EntityIdx> {
    let mut found = (0..doc.entities.len()).filter(|&q| {
        let e = &doc.entities[q];
        q != p && matches!(e.kind, EntityKind::Company | EntityKind::Organization) && fits(&words(&e.name))
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}
