//! Rules `typing-news-agency`, `typing-club-name` and `typing-body-head` (session 35): consume the
//! entities of a typed [`Document`] and the words around their mentions, produce the entities the
//! corpus guidelines give another kind than the learned typing did.
//!
//! - `typing-news-agency`: news agencies are Company (guidelines, part 2, "Types"), but "agency"
//!   names a body everywhere else, so "the Fars News Agency", "the official IRNA news agency" and
//!   "the state news agency Tarvex" come out Organization. A name holding "news agency" / "press
//!   agency", or a mention with that phrase right after it or right before it, makes a Company.
//!   It overrides the other settle rules (a descriptor "agency" said Organization).
//! - `typing-club-name`: sports teams and clubs are Organization; a name opened or closed by a
//!   club's abbreviation ("Halbrook United FC", "FC Dunmere") or closed by a sport and "club"
//!   ("Dunmere Rovers Football Club") is one.
//! - `typing-body-head`: a Company or Service named right next to a body's head noun is an
//!   Organization: after the name ("the Skyreach alliance", "the Zorvath ransomware gang", "the
//!   Varnet union", "the Greywater Hawks baseball team"), before it ("boy band X", "football club
//!   X", "the think tank X", "the hacker group X"), or in an apposition after a comma or dash
//!   ("Kallisto, a hacker group linked to ...", "X - another ransomware group operating ..."). A
//!   group, organisation or network is a body only with a cause among its modifiers
//!   (`CAUSE_MODIFIERS`: "activist", "nonprofit", "ransomware", ...), a team or club only after a
//!   sport. Never a name with a legal form, one that a descriptor calls a business anywhere, nor
//!   the second name of a pair ("the Acme and Zeta alliance", "the Acme-Zeta alliance").

use super::{described, name_has_word, name_words};
use crate::lexicon::grammar::{AND_OR_COMMA, AND_WORDS, ARTICLES, AS, ED_SUFFIX, ING_SUFFIX};
use crate::lexicon::organisations::{
    AGENCY, APPOSITION_OPENERS, BODY_GROUP_MODIFIERS, BODY_HEADS, BODY_HEADS_BEFORE, CAUSE_HEADS, CAUSE_MODIFIERS,
    CLUB_ABBREVIATIONS, DESCRIPTOR_ENDS, KNOWN, LEGAL_SUFFIXES, NAMING_WORDS, NEWS_AGENCY_MODIFIERS,
    NOT_BODY_MODIFIERS, PLURAL_ENDINGS, SPORT_HEADS, SPORT_WORDS, UNION_BUSINESS_WORDS,
};
use crate::lexicon::words::is_in;
use crate::words::Words;
use newskg_doc::{Document, EntityIdx, EntityKind};

/// The most lower-case modifiers between a name and a body's head after it ("the X Russian ransomware gang").
const MODIFIERS_AFTER: usize = 2;
/// The most words between an apposition's opener and its head ("X, a Russia-linked cybercrime organization").
const APPOSITION_WORDS: usize = 4;
/// The most tokens of a list of names between a plural head and one of its names ("unions X, Y and Z").
const LIST_TOKENS: usize = 12;

/// Whether `words` (lower case) hold "news agency" or "press agency".
fn agency_words(words: &[String]) -> bool {
    words.windows(2).any(|w| is_in(NEWS_AGENCY_MODIFIERS, &w[0]) && w[1] == AGENCY)
}

/// Rule `typing-news-agency` (see the module doc): the entities that are news agencies (a Company among them
/// stays one: a body word in its name does not make it a body).
pub(super) fn news_agencies(doc: &Document, words: &Words<'_>) -> Vec<EntityIdx> {
    let mut out = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        if !matches!(ent.kind, EntityKind::Company | EntityKind::Organization | EntityKind::Service) {
            continue;
        }
        let named = std::iter::once(&ent.name).chain(&ent.aliases).any(|n| agency_words(&name_words(n)));
        let described = words.mention_ranges(doc, ent).into_iter().any(|(first, last, _)| {
            let sent = words.words[first].sent;
            let lower = |j: usize| words.get(j).filter(|w| w.sent == sent).map_or("", |w| w.lower.as_str());
            let after = is_in(NEWS_AGENCY_MODIFIERS, lower(last)) && lower(last + 1) == AGENCY;
            let skip = usize::from(first.checked_sub(1).map(lower) == Some(","));
            let before = first.checked_sub(1 + skip).map(lower) == Some(AGENCY)
                && first.checked_sub(2 + skip).is_some_and(|j| is_in(NEWS_AGENCY_MODIFIERS, lower(j)));
            after || before
        });
        if named || described {
            out.push(e);
        }
    }
    out
}

/// Rule `typing-club-name` (see the module doc): the companies and services named as sports clubs.
pub(super) fn club_names(doc: &Document) -> Vec<EntityIdx> {
    let mut out = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        if !matches!(ent.kind, EntityKind::Company | EntityKind::Service) {
            continue;
        }
        let club = std::iter::once(&ent.name).chain(&ent.aliases).any(|n| {
            let words: Vec<String> = name_words(n).iter().map(|w| w.replace('.', "")).collect();
            let (Some(first), Some(last)) = (words.first(), words.last()) else { return false };
            let sport_club =
                words.len() >= 3 && is_in(SPORT_HEADS, last) && is_in(SPORT_WORDS, &words[words.len() - 2]);
            words.len() >= 2 && (is_in(CLUB_ABBREVIATIONS, first) || is_in(CLUB_ABBREVIATIONS, last) || sport_club)
        });
        if club {
            out.push(e);
        }
    }
    out
}

/// Whether head `head` with the lower-case modifiers `mods` before it names a body; `before` when it stands
/// before the name.
pub(super) fn body_head(head: &str, mods: &[&str], before: bool) -> bool {
    let prev = mods.last().copied().unwrap_or("");
    is_in(BODY_HEADS, head)
        || (before && is_in(BODY_HEADS_BEFORE, head) && !is_in(UNION_BUSINESS_WORDS, prev))
        || (is_in(SPORT_HEADS, head) && is_in(SPORT_WORDS, prev))
        || (is_in(CAUSE_HEADS, head)
            && mods.iter().any(|m| is_in(CAUSE_MODIFIERS, m) || is_in(BODY_GROUP_MODIFIERS, m)))
}

/// Whether the mention of words `[first, last)` stands right next to a body's head (see the module doc); `wide`
/// when rule `typing-apposition-wide` reads the apposition after it instead (`super::apposition`).
fn beside_body_head(words: &Words<'_>, first: usize, last: usize, wide: bool) -> bool {
    let sent = words.words[first].sent;
    let at = |j: usize| words.get(j).filter(|w| w.sent == sent);
    let lower = |j: usize| at(j).map_or("", |w| w.lower.as_str());
    let modifier = |j: usize| {
        at(j).is_some_and(|w| {
            (words.is_lower_word(j) || (w.text.contains('-') && !w.is_cap())) && !is_in(NOT_BODY_MODIFIERS, &w.lower)
        })
    };
    let linked = |j: usize| at(j).is_some_and(|w| w.text.contains('-') && w.text.chars().any(char::is_alphabetic));
    // the second name of a pair ("the Acme and Zeta alliance", "Acme-Zeta") is no body of its own
    let prev = first.checked_sub(1).map_or("", lower);
    let paired = is_in(AND_OR_COMMA, prev) || matches!(prev, "-" | "/") || linked(first);
    // after: "the X [modifiers] HEAD", not followed by another name ("the X alliance partner Y" reads on)
    if !paired {
        for k in 0..=MODIFIERS_AFTER {
            let h = last + k;
            if !modifier(h) {
                break;
            }
            let mods: Vec<&str> = (last..h).map(lower).collect();
            let next_cap = at(h + 1).is_some_and(|w| w.is_cap());
            if !next_cap && body_head(lower(h), &mods, false) {
                return true;
            }
        }
    }
    // before: "[modifiers] HEAD[,] X", "HEAD known as|called X", and a plural head before a list ("trade unions Y
    // and X")
    let mut h = first.checked_sub(1 + usize::from(prev == ","));
    if let Some(j) = h.filter(|&j| is_in(NAMING_WORDS, lower(j))) {
        h = j.checked_sub(1);
    } else if let Some(j) = h.filter(|&j| lower(j) == AS && j > 0 && lower(j - 1) == KNOWN) {
        h = j.checked_sub(2);
    }
    if let Some(h) = h.filter(|&h| modifier(h)) {
        let mods: Vec<&str> = (h.saturating_sub(MODIFIERS_AFTER)..h).filter(|&j| modifier(j)).map(lower).collect();
        if body_head(lower(h), &mods, true) {
            return true;
        }
    }
    let list = |j: usize| at(j).is_some_and(|w| w.is_cap() || is_in(AND_WORDS, &w.lower) || w.lower == ",");
    let mut h = first;
    while h > first.saturating_sub(LIST_TOKENS) && h > 0 && list(h - 1) {
        h -= 1;
    }
    if let Some(h) = h.checked_sub(1).filter(|&h| modifier(h)) {
        let head = lower(h);
        let singular = PLURAL_ENDINGS.iter().find_map(|(plural, one)| {
            head.strip_suffix(plural).map(|stem| format!("{stem}{one}")).filter(|_| head.len() > 4)
        });
        let mods: Vec<&str> = (h.saturating_sub(MODIFIERS_AFTER)..h).filter(|&j| modifier(j)).map(lower).collect();
        if singular.is_some_and(|one| body_head(&one, &mods, true)) {
            return true;
        }
    }
    // apposition: "X, a|the|another [words] HEAD" closed by punctuation, a clause word or a participle
    if !wide && matches!(lower(last), "," | "-" | "–" | "—") {
        let opener = last + 1;
        if is_in(ARTICLES, lower(opener)) || is_in(APPOSITION_OPENERS, lower(opener)) {
            for h in opener + 1..=opener + APPOSITION_WORDS {
                if !modifier(h) {
                    break;
                }
                let next = lower(h + 1);
                let closed = at(h + 1).is_none()
                    || matches!(next, "," | "." | ";" | "-" | "–" | "—")
                    || is_in(DESCRIPTOR_ENDS, next)
                    || (words.is_lower_word(h + 1) && (next.ends_with(ED_SUFFIX) || next.ends_with(ING_SUFFIX)));
                let mods: Vec<&str> = (opener + 1..h).map(lower).collect();
                if closed && body_head(lower(h), &mods, false) {
                    return true;
                }
            }
        }
    }
    false
}

/// Rule `typing-body-head` (see the module doc): the companies and services named next to a body's head noun;
/// `wide` as in [`beside_body_head`].
pub(super) fn body_heads(doc: &Document, words: &Words<'_>, wide: bool) -> Vec<EntityIdx> {
    let mut out = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        if !matches!(ent.kind, EntityKind::Company | EntityKind::Service) || name_has_word(&ent.name, &[LEGAL_SUFFIXES])
        {
            continue;
        }
        let ranges = words.mention_ranges(doc, ent);
        let business =
            ranges.iter().any(|&(first, last, _)| described(words, first, last, wide).contains(&EntityKind::Company));
        if !business && ranges.iter().any(|&(first, last, _)| beside_body_head(words, first, last, wide)) {
            out.push(e);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::settle::tests::described_as;
    use newskg_doc::EntityKind;

    const C: EntityKind = EntityKind::Company;
    const O: EntityKind = EntityKind::Organization;
    const S: EntityKind = EntityKind::Service;

    #[test]
    fn a_news_agency_is_a_company() {
        let text = "The Ostrava Press Agency said the outage at Brisk Mobile lasted two hours.";
        assert_eq!(described_as(text, "Ostrava Press Agency", O, ""), C);
        assert_eq!(described_as(text, "Ostrava Press Agency", O, "typing-news-agency"), O);
        assert_eq!(described_as(text, "Ostrava Press Agency", C, "typing-news-agency"), O);
        let text = "Officials told the official Tarvex news agency that Brisk Mobile had restored calls.";
        assert_eq!(described_as(text, "Tarvex", O, ""), C);
        let text = "A minister told the state news agency, Tarvex, that Brisk Mobile had restored calls.";
        assert_eq!(described_as(text, "Tarvex", S, ""), C);
        assert_eq!(described_as(text, "Tarvex", S, "typing-news-agency"), O);
        // another agency stays a body
        let text = "The Quenland Energy Agency said Brisk Mobile had restored calls.";
        assert_eq!(described_as(text, "Quenland Energy Agency", O, ""), O);
    }

    #[test]
    fn a_club_name_is_an_organisation() {
        let text = "Halbrook United FC signed the striker on Tuesday.";
        assert_eq!(described_as(text, "Halbrook United FC", C, ""), O);
        assert_eq!(described_as(text, "Halbrook United FC", C, "typing-club-name"), C);
        let text = "She was a director of Dunmere Rovers Football Club until 2019.";
        assert_eq!(described_as(text, "Dunmere Rovers Football Club", C, ""), O);
        let text = "She was a director of Dunmere Rovers Holdings until 2019.";
        assert_eq!(described_as(text, "Dunmere Rovers Holdings", C, ""), C);
    }

    #[test]
    fn a_body_head_next_to_the_name_makes_an_organisation() {
        let cases = [
            ("Both carriers belong to the Skyreach alliance, which has 20 members.", "Skyreach"),
            ("The Zorvath ransomware gang claimed the attack on Monday.", "Zorvath"),
            ("The Greywater Hawks baseball team agreed a deal on Monday.", "Greywater Hawks"),
            ("The attack was claimed by Kallisto, a hacker group linked to the army.", "Kallisto"),
            ("In June, Tresk - another ransomware group operating abroad - struck a meat packer.", "Tresk"),
            ("Fans cheered the boy band Velvet Orbit at the opening.", "Velvet Orbit"),
            ("She sat on the board of the think tank Morrow Forum until 2012.", "Morrow Forum"),
            ("The strike was backed by trade unions Varnet and Colmar on Friday.", "Colmar"),
            ("The strike was backed by trade unions Varnet and Colmar on Friday.", "Varnet"),
            ("The call came from the internet activist group known as Nullsky last week.", "Nullsky"),
            ("She founded Ledgerly, a nonprofit microfinance organization, in 2008.", "Ledgerly"),
        ];
        for (text, name) in cases {
            assert_eq!(described_as(text, name, C, ""), O, "{text}");
            // the appositions are read by `typing-apposition-wide` when it is on
            assert_eq!(described_as(text, name, C, "typing-body-head,typing-apposition-wide"), C, "{text}");
        }
        // a business word, a legal form, an employer's union or an unmarked group leave the company alone
        let cases = [
            ("Shares in Pellmark, the lender, rose as staff of the Pellmark alliance met.", "Pellmark"),
            ("Workers at Norvane Ltd backed the Norvane Ltd union on Friday.", "Norvane Ltd"),
            ("Talks failed with the Orvik machinists union on Friday.", "Orvik"),
            ("Talks failed with the Orvik union on Friday.", "Orvik"),
            ("Analysts at banks Corvel and Pellmark cut their forecasts.", "Pellmark"),
            ("Shares in the Corvel group rose on Friday.", "Corvel"),
            ("Engineers from the Brisk Mobile security team fixed the fault.", "Brisk Mobile"),
            ("The firm gave the money it made from Brisk Mobile to charity.", "Brisk Mobile"),
        ];
        for (text, name) in cases {
            assert_eq!(described_as(text, name, C, ""), C, "{text}");
        }
    }
}
