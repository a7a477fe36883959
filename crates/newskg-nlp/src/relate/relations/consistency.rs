//! Consistency of the final relations: a product and its maker are linked by `provider` only.

use newskg_doc::{Document, EntityKind, Relation, RelationKind};

/// Drops a partner or parent link between a service and the organisation that the relations
/// themselves name as its provider ("Acme partner Acme Phone", "Acme Phone parentOrganization
/// Acme"): a maker is neither its product's partner nor its parent organisation.
pub(crate) fn maker_product_links(doc: &Document, relations: &mut Vec<Relation>) {
    let is_service = |e: usize| doc.entities.get(e).is_some_and(|x| x.kind == EntityKind::Service);
    let provides = |svc: usize, org: usize| {
        relations.iter().any(|r| r.kind == RelationKind::Provider && r.subject == svc && r.object == org)
    };
    let drop: Vec<bool> = relations
        .iter()
        .map(|r| {
            matches!(r.kind, RelationKind::Partner | RelationKind::ParentOrganization)
                && ((is_service(r.subject) && provides(r.subject, r.object))
                    || (is_service(r.object) && provides(r.object, r.subject)))
        })
        .collect();
    let mut k = 0;
    relations.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}
