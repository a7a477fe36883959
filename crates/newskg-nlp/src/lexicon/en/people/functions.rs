//! The business functions a job title may name ("Head of Public Affairs", "Vice President of
//! Finance"): words of a function and what joins or closes them. Split from `people.rs` to keep it
//! under 900 lines.

/// Words that name a business function inside a job title ("Head of Public Affairs", "Vice
/// President, Legal and Government Affairs"): a run made only of them after a title is no body.
pub(crate) const JOB_UNIT_WORDS: &[&str] = &[
    "affairs",
    "policy",
    "strategy",
    "regulation",
    "regulatory",
    "relations",
    "operations",
    "sales",
    "legal",
    "counsel",
    "public",
    "government",
    "corporate",
    "portfolio",
    "advocacy",
    "development",
    "partnerships",
    "global",
    "external",
    "communications",
    "marketing",
];

/// Business functions a post's "of" may name besides [`JOB_UNIT_WORDS`] ("Vice President of Finance",
/// "Director of Strategic Alliances", "Head of Human Resources"): no organisation (rule `roles-function-of`).
pub(crate) const BUSINESS_FUNCTIONS: &[&str] = &[
    "finance",
    "alliances",
    "accounting",
    "engineering",
    "research",
    "technology",
    "resources",
    "investments",
    "trading",
    "products",
    "procurement",
    "compliance",
    "risk",
    "administration",
    "purchasing",
    "manufacturing",
    "distribution",
    "merchandising",
    "audit",
];

/// Words that close a title's business function ("the former Vice President of Sales;"; rule `roles-function-of`).
pub(crate) const FUNCTION_CLOSERS: &[&str] = &[";", ".", ")", ":"];

/// What joins the function words of a job title ("of Strategy, Policy and Regulation").
pub(crate) const JOB_UNIT_LINKS: &[&str] = &["of", "for", "and", "&", ","];
