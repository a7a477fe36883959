//! Officers' posts the main title list lacks (session 60), read only with their rules. Split from
//! `people.rs` to keep it under 900 lines.

use newskg_doc::Role;

/// Posts of a company's officers, read only with rule `roles-officer-posts`: a controller keeps a
/// company's accounts ("Acme's former Controller", "the group financial controller"), a senior
/// executive's post, as a manager's is (the guidelines). Longest first within a start word.
/// (An agent "in charge" of a field office was tried in session 60 and dropped: its organisation,
/// the agency or its field office, was found right in three cases of eight.)
pub(crate) const OFFICER_POSTS: &[(&[&str], Role)] = &[
    (&["financial", "controller"], Role::Executive),
    (&["corporate", "controller"], Role::Executive),
    (&["controller"], Role::Executive),
];

/// Words before "controller" that make it a machine's or a system's, no post ("air traffic
/// controller", "the data controller", "a touchscreen controller").
pub(crate) const NOT_POST_CONTROLLERS: &[&str] =
    &["traffic", "airspace", "data", "touchscreen", "game", "memory", "disk"];

/// "controller", the one-word officer's post [`OFFICER_POSTS`] holds.
pub(crate) const CONTROLLER: &str = "controller";

/// A secretary general heads the body named with the title (rule `roles-secretary-general`): "the
/// Secretary-General of the United Nations", "the Secretary General of the Zeta Association", as a
/// general secretary or a director general does (the guidelines: head). Longest first.
/// An assistant secretary general serves under the head: another post, as an assistant secretary's.
pub(crate) const SECRETARY_GENERAL_TITLES: &[(&[&str], Role)] = &[
    (&["assistant", "secretary", "general"], Role::OtherRole),
    (&["assistant", "secretary-general"], Role::OtherRole),
    (&["secretary", "general"], Role::Head),
    (&["secretary-general"], Role::Head),
];
