//! Rule `typing-state-company`: consumes the entities of a typed [`Document`], produces the
//! ones named as a company a state owns and runs as a business ("ESB", "Bus Éireann", "Network
//! Rail"; [`STATE_COMPANIES`]). Parliamentary texts name them beside ministries and regulators
//! and give them boards, chairpersons designate and ministers' letters, so the learned typing
//! reads them as public bodies; the corpus binds them to Company. A descriptor that calls one a
//! body still wins (the rules of `settle` run in order and the first decision stands).
//!
//! Rule `typing-state-department` runs just before it: a state company named in a text published before
//! the year it was made a company ([`STATE_DEPARTMENTS_UNTIL`]: the Post Office until 2001) is the
//! government department or public body it then was, an organisation.

use crate::lexicon::organisations::{STATE_COMPANIES, STATE_DEPARTMENTS_UNTIL};
use crate::lexicon::words::is_in;
use chrono::Datelike;
use newskg_doc::{Document, EntityIdx, EntityKind};

/// The entities not typed Company or Service whose name or an alias is a state company's; with `departments`
/// (rule `typing-state-department` on), not those the document names before they were made companies.
pub(super) fn state_companies(doc: &Document, departments: bool) -> Vec<EntityIdx> {
    let known = |name: &str| is_in(STATE_COMPANIES, &super::name_words(name).join(" "));
    let before = if departments { before_company(doc) } else { Vec::new() };
    doc.entities
        .iter()
        .enumerate()
        .filter(|(_, ent)| !matches!(ent.kind, EntityKind::Company | EntityKind::Service))
        .filter(|(_, ent)| known(&ent.name) || ent.aliases.iter().any(|a| known(a)))
        .map(|(e, _)| e)
        .filter(|e| !before.contains(e))
        .collect()
}

/// Rule `typing-state-department`: the entities not typed Organization whose name or an alias is a state
/// company's that the document, by its publication date, names before the year it was made a company. No
/// publication date, no decision.
pub(super) fn state_departments(doc: &Document) -> Vec<EntityIdx> {
    before_company(doc).into_iter().filter(|&e| doc.entities[e].kind != EntityKind::Organization).collect()
}

/// The entities of any kind whose name or an alias is a state company's that the document, by its publication
/// date, names before the year it was made a company ([`STATE_DEPARTMENTS_UNTIL`]).
fn before_company(doc: &Document) -> Vec<EntityIdx> {
    let Some(year) = doc.article.published.as_ref().map(|p| p.date.year()) else { return Vec::new() };
    let before = |name: &str| {
        let name = super::name_words(name).join(" ");
        STATE_DEPARTMENTS_UNTIL.iter().any(|&(n, until)| n == name && year < until)
    };
    doc.entities
        .iter()
        .enumerate()
        .filter(|(_, ent)| before(&ent.name) || ent.aliases.iter().any(|a| before(a)))
        .map(|(e, _)| e)
        .collect()
}
