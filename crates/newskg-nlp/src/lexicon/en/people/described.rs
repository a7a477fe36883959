//! A copula's description list before a title (session 64, rule `roles-described-copula`). Split
//! from `people.rs` to keep it under 900 lines.

/// How many words a description list may run between its copula and the title.
pub(crate) const DESCRIBED_REACH: usize = 16;

/// Lower-case words that end a description list: a preposition, a relative or a verb of saying
/// opens another phrase, so the title after it is not the subject's by the copula ("Jane Roe is a
/// partner at Zeta, and the chairman of Acme said ...").
pub(crate) const DESCRIPTION_STOPS: &[&str] = &[
    "of", "at", "for", "in", "on", "with", "to", "from", "by", "who", "whom", "whose", "which", "that", "said", "says",
    "but", "or", "while", "when", "where", "after", "before", "since", "until", "under", "is", "was", "were", "are",
    "has", "had", "have", "he", "she", "they", "it", "his", "her", "its", "their",
];

/// Words passed between the list's last "and" or comma and the title ("..., and the current
/// president of Acme"); the title must open the list's last item, not close a described occupation
/// ("a Ruritanian businessman, sports executive, and former tennis player").
pub(crate) const DESCRIBED_TITLE_LEADS: &[&str] = &["the", "current", "former", "now"];
