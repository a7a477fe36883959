//! The body that issued the article: the organisation one of whose names, letters and digits only,
//! is a label of the article's web address's host ("FCC" for an address on fcc.gov, "Acme Bank"
//! for acmebank.com). A chair or a commissioner named with a capitalised title and no organisation
//! before it in the sentence ("said Chairman Jane Roe", "Under the leadership of Chair Jane Roe,")
//! holds the post at that body in its own release (rule `roles-publisher-chair`). Consumes the
//! relate context, produces an entity index.

use newskg_doc::EntityIdx;

use super::super::Ctx;

/// A name compared with a host label: its letters and digits, lower-cased.
fn squeezed(name: &str) -> String {
    name.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The organisation the article's address names as its host (the most mentioned one when several
/// do); none without an address.
pub(super) fn publisher(ctx: &Ctx<'_>) -> Option<EntityIdx> {
    let url = ctx.doc.article.url.as_deref()?;
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#', ':']).next()?.to_lowercase();
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    ctx.most_mentioned(|e, ent| {
        ctx.is_org(e)
            && std::iter::once(&ent.name).chain(ent.aliases.iter()).any(|n| labels.contains(&squeezed(n).as_str()))
    })
}
