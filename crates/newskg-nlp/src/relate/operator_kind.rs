//! Operator-shaped names of another kind: consumes the document's entities, produces whether an
//! entity typed a place or a service has a name whose head word makes it a body or facility that
//! runs systems ("Gatwick Airport", "the Northfield Approach Control"), so that the outage rules
//! may take it for the provider (rule `outages-operator-kind`).

use crate::lexicon::facts::OPERATOR_HEADS;
use crate::rulebook::{Rule, RuleSet};
use crate::words::whole_word_offsets;
use newskg_doc::{Document, EntityIdx, EntityKind};

/// Whether entity `e` may stand as an outage's provider although typed a place or a service: rule
/// `outages-operator-kind` is on and its name is [`operator_shaped`].
pub(crate) fn operator_provider(doc: &Document, rules: RuleSet, e: EntityIdx) -> bool {
    rules.on(Rule::OperatorKind) && operator_shaped(doc, e)
}

/// Whether entity `e` is typed a place or a service and its name ends in an operator head word
/// (`lexicon` [`OPERATOR_HEADS`]) after at least one other capitalised word.
pub(crate) fn operator_shaped(doc: &Document, e: EntityIdx) -> bool {
    let Some(ent) = doc.entities.get(e) else { return false };
    if !matches!(ent.kind, EntityKind::Location | EntityKind::Service) {
        return false;
    }
    let mut back = ent.name.split_whitespace().rev();
    let (Some(last), Some(before)) = (back.next(), back.next()) else { return false };
    before.chars().next().is_some_and(char::is_uppercase)
        && last.chars().next().is_some_and(char::is_uppercase)
        && OPERATOR_HEADS.contains(&last.to_lowercase().as_str())
}

/// Drops the outages whose provider is typed a service that is not [`operator_provider`] once the
/// chain is done (rule `outages-org-provider`): the service-to-company step found it no owner, so
/// it names no one who runs the failed system. A service the article's title names (its name or an
/// alias, as whole words) stays: it is the story's subject, whatever the typing made of it. With rule
/// `outages-service-provider-none` a dated such outage is not dropped but stands with no provider:
/// the incident is real, only who runs the failed thing is unknown. Returns how many were dropped.
pub(crate) fn drop_service_providers(doc: &mut Document, rules: RuleSet) -> usize {
    if !rules.on(Rule::OrgProvider) {
        return 0;
    }
    let title = doc.article.title.as_deref().unwrap_or("").to_lowercase();
    let in_title = |e: EntityIdx| {
        doc.entities.get(e).is_some_and(|x| {
            std::iter::once(&x.name)
                .chain(&x.aliases)
                .any(|n| whole_word_offsets(&title, &n.to_lowercase()).next().is_some())
        })
    };
    let service = |e: EntityIdx| doc.entities.get(e).is_some_and(|x| x.kind == EntityKind::Service) && !in_title(e);
    let plain_service: Vec<bool> = doc
        .facts
        .outages
        .iter()
        .map(|o| o.provider.is_some_and(|p| service(p) && !operator_provider(doc, rules, p)))
        .collect();
    // rule `outages-service-provider-none`: a dated one keeps its incident, with no provider
    let keep_unnamed = rules.on(Rule::ServiceProviderNone);
    let mut drop = Vec::with_capacity(plain_service.len());
    for (o, plain) in doc.facts.outages.iter_mut().zip(plain_service) {
        let unnamed = plain && keep_unnamed && o.start.is_some();
        if unnamed {
            o.provider = None;
        }
        drop.push(plain && !unnamed);
    }
    let before = doc.facts.outages.len();
    let mut k = 0;
    doc.facts.outages.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
    before - doc.facts.outages.len()
}
