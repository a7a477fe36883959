//! Rule `typing-state-company`: consumes the entities of a typed [`Document`], produces the
//! ones named as a company a state owns and runs as a business ("ESB", "Bus Éireann", "Network
//! Rail"; [`STATE_COMPANIES`]). Parliamentary texts name them beside ministries and regulators
//! and give them boards, chairpersons designate and ministers' letters, so the learned typing
//! reads them as public bodies; the corpus binds them to Company. A descriptor that calls one a
//! body still wins (the rules of `settle` run in order and the first decision stands).

use crate::lexicon::organisations::STATE_COMPANIES;
use crate::lexicon::words::is_in;
use newskg_doc::{Document, EntityIdx, EntityKind};

/// The entities not typed Company or Service whose name or an alias is a state company's.
pub(super) fn state_companies(doc: &Document) -> Vec<EntityIdx> {
    let known = |name: &str| is_in(STATE_COMPANIES, &super::name_words(name).join(" "));
    doc.entities
        .iter()
        .enumerate()
        .filter(|(_, ent)| !matches!(ent.kind, EntityKind::Company | EntityKind::Service))
        .filter(|(_, ent)| known(&ent.name) || ent.aliases.iter().any(|a| known(a)))
        .map(|(e, _)| e)
        .collect()
}
