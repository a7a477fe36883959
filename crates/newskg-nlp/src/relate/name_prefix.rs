//! A service named after the organisation that runs it ("Azure Cloud" of "Azure", "Acme Docs" of
//! "Acme"): consumes the relate context's entities, produces the organisations whose name opens a
//! service's name. Used by the relations' `relations-name-prefix-provider` and by the outages'
//! provider, which read the matches differently (the longest, or the only one).

use newskg_doc::EntityIdx;

use super::Ctx;

/// How a name opens a service's: which forms of the organisation count and what may follow.
#[derive(Debug, Clone, Copy)]
pub(super) struct Prefix {
    /// The organisation's aliases count as well as its name.
    pub aliases: bool,
    /// Letter case is ignored.
    pub fold_case: bool,
    /// A dot may follow the prefix as well as a space ("Acme.Docs").
    pub dot: bool,
}

/// The organisations one of whose forms opens the name of service `svc` followed by a space (or a
/// dot, see [`Prefix`]), each with the length of the form, in entity order (one entry per form).
pub(super) fn name_prefix_orgs(ctx: &Ctx<'_>, svc: EntityIdx, how: Prefix) -> Vec<(EntityIdx, usize)> {
    let ents = &ctx.doc.entities;
    let Some(service) = ents.get(svc) else { return Vec::new() };
    let fold = |s: &str| if how.fold_case { s.to_lowercase() } else { s.to_string() };
    let sname = fold(&service.name);
    let mut out = Vec::new();
    for (oi, org) in ents.iter().enumerate() {
        if oi == svc || !ctx.is_org(oi) {
            continue;
        }
        let aliases = org.aliases.iter().take(if how.aliases { usize::MAX } else { 0 });
        for form in std::iter::once(&org.name).chain(aliases) {
            let f = fold(form);
            let next = sname.get(f.len()..).and_then(|rest| rest.chars().next());
            let follows = next == Some(' ') || (how.dot && next == Some('.'));
            if !f.is_empty() && sname.len() > f.len() && sname.starts_with(&f) && follows {
                out.push((oi, f.len()));
            }
        }
    }
    out
}
