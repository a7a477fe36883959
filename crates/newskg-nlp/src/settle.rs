//! Grammatical second look after the learned typing: consumes an analysed [`Document`] whose
//! companies, organisations and services the typing model ([`crate::typing`]) has settled,
//! produces a new kind for a Company that the article's grammar says is a place.
//!
//! The recogniser's confident Company label outvotes the words around a name, and the typing
//! model only chooses among Company, Organization and Service from hashed context, so a place
//! typed Company survives it ("the Hsinchu-based company", "the Osaka electronics group X";
//! `models/ENTITIES.md`, session 11). Rule `typing-place-evidence` makes such a Company a
//! Location when its name is a known place (`lexicon::places::PLACES`) or some mention has place
//! grammar ("X-based", "X-headquartered", "the X <words> group" said once and next to the
//! business's name or after a comma), and no mention has a company's (a legal or company word in
//! the name, "X said", "shares in X", "X's chief executive", "X, the second-largest airline").
//!
//! Rule `typing-descriptor` then gives a Company, Organization or Service the kind a descriptor
//! right next to its name says, when every such descriptor of the article says the same: before
//! a mention, "the|a|its|X's [up to three words] HEAD[,]" ("the energy regulator X", "the Dutch
//! central bank, X", "its banking app, X"); after one, ", the|a|X's [up to five words] HEAD"
//! closed by punctuation or a clause word ("X, the country's second-largest lender, said").
//! Heads: a body noun (`ORG_NOUNS`, "central bank", "campaign group") makes an Organization, a
//! business noun (`DESCRIBED_COMPANY_HEADS`) a Company, and a product noun (`PRODUCT_NOUNS`) a
//! Service, but only before the name and after an owner ("its app X": a company is often called
//! a service after its name, "X, an internet phone service"). A name holding "central bank" or
//! "reserve bank" is an Organization whatever is around it. The learned typing reads the words
//! around a name as an unordered bag, so this grammar, the plainest statement of a kind in news
//! text, is often outvoted there.
//!
//! Rule `typing-brand-product` makes a Company a Service when its name is another company's
//! brand and a product word (`PRODUCT_NAME_ENDS`: "Acme Mobile", "Acme Online" beside "Acme Bank"
//! or a bare "Acme"), no legal form is in it and no descriptor calls it a company ("Acme Mobile, a
//! subsidiary"); the owner's name is the brand alone or carries a company word, and is no product
//! name itself ("Acme Pay" beside "Acme Wallet" are two businesses). Alone, "Acme Mobile" is a
//! mobile operator and stays a Company. Both rules hand a new Service's bare short forms to its
//! maker (below).
//!
//! Rule `typing-descriptor` also reads "brand" after a business owner ("its prepaid brand, X",
//! "the group's brand X"; not "the children's clothing brand X") and a product noun after the
//! name when its owner is named ("X, an app owned by Y") as Service.
//!
//! Rule `typing-deal-party` makes a Service a Company when the rules' completed deals, read
//! before the learned typing, make it a buyer or a bought business, or when it is named right
//! after a buying verb ("Acme acquired the auction site X"): gold deals join businesses (149 bought
//! Companies against 2 Services on the develop sets). A name with a digit ("Model 350") or a
//! product noun after it ("bought its X app") is a product and stays.
//!
//! Rule `typing-body-name` makes a Company an Organization when its name opens or closes with a
//! body's word (`ORG_CUES`, `BODY_NAME_HEADS`: "X Gaming Authority", "Star Alliance") or opens with
//! a public service's (`PUBLIC_BODY_OPENERS`: "NHS X"), with no legal form and no business word
//! closing it ("Union X Bank" stays), or closes with "group" after a body group's word
//! (`BODY_GROUP_MODIFIERS`: "X Coordination Group"), or when its name or an alias is a public body's
//! short name (`PUBLIC_BODY_NAMES`: "Ofgem", "ASIC").
//!
//! Submodules: `typing-facility-head`, `typing-place-address` and `typing-label-head` (`name_forms`: "X Airport", "Y,
//! Minnesota", "Z Records"), `typing-apposition-wide` (`apposition`), `typing-state-company` ("ESB" is a company), the acronym half of `typing-body-name` ("GAO"
//! spelt out), `typing-product-list` ("brands such as X and Y"), `typing-service-body` ("the X Service has").
//!
//! Rule `typing-division-name` makes a Person, Service or Location an Organization when its name,
//! of two capitalised words or more, closes with "Division" ("the Antitrust Division", "the
//! Criminal Division"), with no digit in it and no opening "The" ("The Division 2" is a game): the
//! recogniser reads such a pair as a person's name, and the learned typing only chooses among
//! companies, organisations and services. A name opening "Division of" ("Division of Enforcement") is an
//! Organization whatever its kind was.
//!
//! Rule `typing-body-place` makes a Location an Organization when its name, of two words or more,
//! closes with a body's head word (`BODY_PLACE_HEADS`: "X Library", "X City Council") and is no
//! known place (`PLACES`): the typing reads "the British Library" as a place by its first word.
//!
//! Rule `typing-news-source` makes an Organization or Service a Company when a mention is quoted
//! as a news source ("according to X", "told the X", "X reported", "reported by X") and no body
//! word (`ORG_CUES`, `BODY_NAME_HEADS`) is in its name: the outlets and agencies an article cites
//! are businesses (33 gold Companies and 2 bodies named "... Commission" / an acronym, no Service,
//! on the develop sets), while the context bag of the learned typing cannot tell "told the X"
//! from "told X users".
//!
//! One decision per entity, as the typing model's: every mention takes the new kind.

use crate::lexicon::deals::MADE_BY_VERBS;
use crate::lexicon::facts::ACCORDING;
use crate::lexicon::grammar::{ARTICLES, BY, OF, OWNER_PRONOUNS, POSSESSIVE_WORDS, THE, TO};
use crate::lexicon::names::NAME_JOINERS;
use crate::lexicon::organisations::{
    BANK, BODY_GROUP_MODIFIERS, BODY_NAME_HEADS, BODY_PLACE_HEADS, BUY_VERBS, CENTRAL_BANK_WORDS, COMPANY_NOUNS,
    COMPANY_SUFFIXES, COMPANY_WORDS_AFTER, DESCRIBED_COMPANY_HEADS, DESCRIPTOR_ENDS, DIVISION, GROUP, LEGAL_SUFFIXES,
    ORG_CUES, ORG_NOUNS, PUBLIC_BODY_NAMES, PUBLIC_BODY_OPENERS, SHARES, SOURCE_TOLD,
};
use crate::lexicon::people::{CHIEF, is_title_word};
use crate::lexicon::places::{PLACE_HYPHEN_SUFFIXES, PLACES};
use crate::lexicon::services::{OWNED, OWNED_BRAND, PRODUCT_NAME_ENDS, PRODUCT_NOUNS};
use crate::lexicon::time::REPORT_VERBS;
use crate::lexicon::words::{is_in, strip_possessive};
use crate::rulebook::{Rule, RuleSet};
use crate::words::{Words, word_key};
use newskg_doc::{Document, EntityIdx, EntityKind, RelationKind};

mod address_units;
mod apposition;
mod body_kinds;
mod call_signs;
mod name_forms;
pub mod product_list;
mod service_body;
mod spelled_body;
mod state_codes;
mod state_companies;

/// The most lower-case words between an attributive place and its business noun ("the Detroit
/// electric pickup maker").
const ATTRIBUTIVE_WORDS: usize = 3;

/// What the grammar around one mention says.
#[derive(Debug, Default, Clone, Copy)]
struct Cues {
    place: bool,
    company: bool,
}

/// Whether the name itself carries a company word ("Acme Telecom", "Acme Ltd").
fn company_name(name: &str) -> bool {
    name_has_word(name, &[LEGAL_SUFFIXES, COMPANY_SUFFIXES])
}

/// Whether a word of `name` (punctuation trimmed, lower-cased) is in one of `lists`.
fn name_has_word(name: &str, lists: &[&[&str]]) -> bool {
    name.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        lists.iter().any(|l| is_in(l, &w))
    })
}

/// The cues around the mention of words `[first, last)`, ending at byte `end`; `once` when it is its entity's only
/// mention.
fn cues(doc: &Document, words: &Words<'_>, (first, last, end): (usize, usize, usize), once: bool) -> Cues {
    let sent = words.words[first].sent;
    let at = |j: usize| words.get(j).filter(|w| w.sent == sent);
    let lower = |j: usize| at(j).map_or("", |w| w.lower.as_str());
    let prev = |k: usize| first.checked_sub(k).map_or("", lower);
    let next = |k: usize| lower(last - 1 + k);
    let after = doc.text.get(end..).unwrap_or("");
    let split = is_in(POSSESSIVE_WORDS, next(1));
    let possessive = split || words.lower(last - 1).ends_with("'s") || after.starts_with("'s");
    // the first word after the name and its possessive
    let skip = usize::from(split);
    let n1 = next(1 + skip);
    let mut c = Cues::default();
    // company grammar: "X said", "X shares", "X's chief executive", "shares in X", and an
    // apposition with a business noun ("X, India's second-largest airline")
    let apposition = next(1) == ","
        && (2..=7).map(next).take_while(|w| !matches!(*w, "" | "," | "." | ";")).any(|w| is_in(COMPANY_NOUNS, w));
    c.company = (!possessive && is_in(COMPANY_WORDS_AFTER, word_key(n1)))
        || (possessive && (is_title_word(n1) || n1 == CHIEF))
        || word_key(prev(2)) == SHARES
        || apposition;
    // place grammar: "X-based", and a name said once as the place of a business named or
    // described next to it ("the Osaka electronics group Kitsune", ", the Detroit car maker")
    let hyphen = PLACE_HYPHEN_SUFFIXES.iter().any(|s| after.get(..s.len()).is_some_and(|a| a.eq_ignore_ascii_case(s)));
    let described = |k: usize| {
        (1..k).all(|j| words.is_lower_word(last - 1 + j) && at(last - 1 + j).is_some())
            && is_in(COMPANY_NOUNS, next(k))
            && (prev(2) == "," || at(last + k).is_some_and(|w| w.is_cap()))
    };
    let attributive = once && prev(1) == THE && !possessive && (2..=ATTRIBUTIVE_WORDS + 1).any(described);
    c.place = hyphen || attributive;
    c
}

/// The most words between a descriptor's determiner and its head, before a name ("the Dutch
/// central bank") and after one ("the country's second-largest mobile lender").
const DESCRIPTOR_WORDS_BEFORE: usize = 3;
const DESCRIPTOR_WORDS_AFTER: usize = 5;

/// Whether word `j` possesses what follows ("Acme's", "Acme 's").
fn possessive_at(words: &Words<'_>, j: usize) -> bool {
    let w = words.lower(j);
    is_in(POSSESSIVE_WORDS, w) || (POSSESSIVE_WORDS.iter().any(|p| w.ends_with(p)) && w.chars().count() > 2)
}

/// Who opens a descriptor before a name: an article ("the", "a"), or an owner ("its", "Acme's",
/// "the children's"); `firm` when the owner is a pronoun, a capitalised name or a business noun
/// ("its", "Acme's", "the group's").
#[derive(Debug, Clone, Copy)]
struct Opener {
    owned: bool,
    firm: bool,
}

/// The kind a descriptor head `head` says, `prev` the word before it; an owner opening the
/// descriptor ("its", "Acme's") alone lets a product noun say Service, and a business owner
/// alone lets "brand" say it ("its prepaid brand, X").
fn head_kind(head: &str, prev: &str, opener: Opener) -> Option<EntityKind> {
    let Opener { owned, firm } = opener;
    if is_in(ORG_NOUNS, head)
        || (head == BANK && is_in(CENTRAL_BANK_WORDS, prev))
        || (head == GROUP && is_in(BODY_GROUP_MODIFIERS, prev))
    {
        Some(EntityKind::Organization)
    } else if is_in(DESCRIBED_COMPANY_HEADS, head) {
        Some(EntityKind::Company)
    } else if (owned && is_in(PRODUCT_NOUNS, head)) || (firm && head == OWNED_BRAND) {
        Some(EntityKind::Service)
    } else {
        None
    }
}

/// The kinds the descriptors right before and after the mention of words `[first, last)` say
/// (rule `typing-descriptor`, see the module doc); `wide` when rule `typing-apposition-wide` reads
/// the apposition after the name (`apposition`).
fn described(words: &Words<'_>, first: usize, last: usize, wide: bool) -> Vec<EntityKind> {
    let Some(sent) = words.get(first).map(|w| w.sent) else { return Vec::new() };
    let at = |j: usize| words.get(j).filter(|w| w.sent == sent);
    let lower = |j: usize| at(j).map_or("", |w| w.lower.as_str());
    let cap = |j: usize| at(j).is_some_and(|w| w.is_cap());
    let determiner = |j: usize| {
        let w = lower(j);
        let firm = is_in(OWNER_PRONOUNS, w)
            || (possessive_at(words, j) && (cap(j) || is_in(COMPANY_NOUNS, strip_possessive(w))));
        (is_in(ARTICLES, w) || is_in(OWNER_PRONOUNS, w) || possessive_at(words, j))
            .then(|| Opener { owned: !is_in(ARTICLES, w), firm })
    };
    let mut out = Vec::new();
    // before: "the energy regulator X", "its banking app, X"
    let head = first.checked_sub(if lower(first.wrapping_sub(1)) == "," { 2 } else { 1 });
    if let Some(h) = head.filter(|&h| at(h).is_some() && words.is_lower_word(h)) {
        for k in 1..=DESCRIPTOR_WORDS_BEFORE + 1 {
            let Some(j) = h.checked_sub(k).filter(|&j| at(j).is_some()) else { break };
            if let Some(opener) = determiner(j) {
                out.extend(head_kind(lower(h), lower(h - 1), opener));
                break;
            }
            // lower-case modifiers, and one capitalised word right after the determiner ("the Dutch")
            let opens = cap(j) && j.checked_sub(1).is_some_and(|i| determiner(i).is_some());
            if !(words.is_lower_word(j) || opens) {
                break;
            }
        }
    }
    if wide {
        out.extend(apposition::apposition_kind(words, first, last));
        return out;
    }
    // after: "X, the country's second-largest lender, said"
    if lower(last) == "," {
        let mut d = last + 1;
        let opened = if is_in(ARTICLES, lower(d)) || (cap(d) && possessive_at(words, d)) {
            true
        } else if cap(d) && is_in(POSSESSIVE_WORDS, lower(d + 1)) {
            d += 1;
            true
        } else {
            false
        };
        if opened {
            for h in d + 1..=d + DESCRIPTOR_WORDS_AFTER {
                // "the country's second-largest lender"
                if at(h).is_some() && possessive_at(words, h) && !cap(h) {
                    continue;
                }
                if !words.is_lower_word(h) || at(h).is_none() {
                    break;
                }
                let next = lower(h + 1);
                let closed = at(h + 1).is_none() || matches!(next, "," | "." | ";") || is_in(DESCRIPTOR_ENDS, next);
                if closed {
                    // a product noun after the name says Service only with its owner named
                    // ("X, an app owned by Y"): a company is often called a service there
                    let owner_named = (next == OWNED || is_in(MADE_BY_VERBS, next)) && lower(h + 2) == BY;
                    let head = lower(h);
                    if owner_named && (is_in(PRODUCT_NOUNS, head) || head == OWNED_BRAND) {
                        out.push(EntityKind::Service);
                    } else {
                        let none = Opener { owned: false, firm: false };
                        out.extend(head_kind(head, lower(h - 1), none).filter(|&k| k != EntityKind::Service));
                    }
                    break;
                }
            }
        }
    }
    out
}

/// Whether a name holds "central bank" or "reserve bank" ("Central Bank of X").
fn central_bank_name(name: &str) -> bool {
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    words.windows(2).any(|w| is_in(CENTRAL_BANK_WORDS, &w[0]) && w[1] == BANK)
}

/// Rule `typing-descriptor` (see the module doc): the companies, organisations and services a
/// name or its descriptors give another kind, with that kind.
fn descriptor_kinds(doc: &Document, words: &Words<'_>, wide: bool) -> Vec<(EntityIdx, EntityKind)> {
    let mut out = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        if !matches!(ent.kind, EntityKind::Company | EntityKind::Organization | EntityKind::Service) {
            continue;
        }
        if std::iter::once(&ent.name).chain(&ent.aliases).any(|n| central_bank_name(n)) {
            if ent.kind != EntityKind::Organization {
                out.push((e, EntityKind::Organization));
            }
            continue;
        }
        let mut kinds: Vec<EntityKind> = Vec::new();
        for m in ent.mentions.iter().filter_map(|&m| doc.mentions.get(m)) {
            let (first, last) = words.range_of(m.span);
            if last > first {
                kinds.extend(described(words, first, last, wide));
            }
        }
        let Some(&kind) = kinds.first() else { continue };
        let agreed = kinds.iter().all(|&k| k == kind);
        // a legal form in the name outweighs a product noun ("its app, Acme Pay Ltd")
        let service_of_company = kind == EntityKind::Service && name_has_word(&ent.name, &[LEGAL_SUFFIXES]);
        if agreed && kind != ent.kind && !service_of_company {
            out.push((e, kind));
        }
    }
    out
}

/// Rule `typing-brand-product` (see the module doc): the companies named another company's brand
/// and a product word ("Acme Mobile" beside "Acme Bank" or a bare "Acme"), which no descriptor
/// calls a company; the owner's name is the brand alone or carries a company word, and is not a
/// product name itself ("Acme Pay" beside "Acme Credit" stays: two businesses of one group).
/// `names` holds every entity's [`name_words`].
fn brand_products(doc: &Document, words: &Words<'_>, names: &[Vec<String>]) -> Vec<EntityIdx> {
    let product_name = |n: &[String]| n.len() >= 2 && n.last().is_some_and(|w| is_in(PRODUCT_NAME_ENDS, w));
    let mut out = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        let name = &names[e];
        if ent.kind != EntityKind::Company || !product_name(name) {
            continue;
        }
        let brand = &name[..name.len() - 1];
        let legal = name_has_word(&ent.name, &[LEGAL_SUFFIXES]);
        let owned = doc.entities.iter().enumerate().any(|(o, other)| {
            let n = &names[o];
            o != e
                && other.kind == EntityKind::Company
                && n.len() >= brand.len()
                && n[..brand.len()] == brand[..]
                && !product_name(n)
                && (n.len() == brand.len() || company_name(&other.name))
        });
        if legal || !owned {
            continue;
        }
        let called_company = ent.mentions.iter().filter_map(|&m| doc.mentions.get(m)).any(|m| {
            let (first, last) = words.range_of(m.span);
            last > first && described(words, first, last, false).contains(&EntityKind::Company)
        });
        if !called_company {
            out.push(e);
        }
    }
    out
}

/// Rule `typing-body-name` (see the module doc): the companies whose name or an alias is a public
/// body's short name (`PUBLIC_BODY_NAMES`: "Ofgem", "ASIC"), or whose name opens or closes with a
/// body's word ("Quenland Gaming Authority", "Star Alliance") or opens with a public service's
/// ("NHS Digital"), with no legal form and no business word closing it ("Union Bank").
fn body_names(doc: &Document) -> Vec<EntityIdx> {
    let body = |w: &str| is_in(ORG_CUES, w) || is_in(BODY_NAME_HEADS, w);
    let known = |name: &str| is_in(PUBLIC_BODY_NAMES, &name_words(name).join(" "));
    let mut out = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        if ent.kind != EntityKind::Company {
            continue;
        }
        if known(&ent.name) || ent.aliases.iter().any(|a| known(a)) {
            out.push(e);
            continue;
        }
        if name_has_word(&ent.name, &[LEGAL_SUFFIXES]) {
            continue;
        }
        let words = name_words(&ent.name);
        let (Some(first), Some(last)) = (words.first(), words.last()) else { continue };
        let business_head = is_in(COMPANY_SUFFIXES, last) && !body(last);
        let body_group = words.len() >= 2 && last == GROUP && is_in(BODY_GROUP_MODIFIERS, &words[words.len() - 2]);
        if is_in(PUBLIC_BODY_OPENERS, first) || body_group || ((body(first) || body(last)) && !business_head) {
            out.push(e);
        }
    }
    out
}

/// Rule `typing-division-name` (see the module doc): the persons, services and places of two words
/// or more whose name closes with "Division" ("the Antitrust Division"), no digit in it and not
/// opened by "The" (a game's title, "The Division 2"); and any entity but an organisation named
/// "Division of ..." ("Division of Enforcement"). The recogniser reads a capitalised
/// pair as a person's name and the learned typing does not choose among persons and places.
fn division_names(doc: &Document) -> Vec<EntityIdx> {
    let mut out = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        let raw: Vec<&str> = ent.name.split_whitespace().collect();
        let words = name_words(&ent.name);
        // "Division of Enforcement": a body's unit whatever the typing said, a company included
        let division_of = raw.len() >= 3
            && raw[0].starts_with(char::is_uppercase)
            && raw[0].eq_ignore_ascii_case(DIVISION)
            && raw[1] == OF;
        if ent.kind != EntityKind::Organization && division_of {
            out.push(e);
            continue;
        }
        if !matches!(ent.kind, EntityKind::Person | EntityKind::Service | EntityKind::Location) {
            continue;
        }
        let product = ent.name.chars().any(|c| c.is_ascii_digit()) || raw.first().is_some_and(|w| *w == "The");
        let capitalised = raw
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()) || is_in(NAME_JOINERS, w));
        if raw.len() >= 2 && !product && capitalised && words.last().is_some_and(|w| w == DIVISION) {
            out.push(e);
        }
    }
    out
}

/// Rule `typing-body-place` (see the module doc): the places of two words or more whose name closes
/// with a body's head word ("the Halvern Library", "Wexmoor University") and is no known place.
fn body_places(doc: &Document) -> Vec<EntityIdx> {
    let mut out = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        if ent.kind != EntityKind::Location {
            continue;
        }
        let words = name_words(&ent.name);
        let known = is_in(PLACES, ent.name.to_lowercase().trim_start_matches("the "));
        if words.len() >= 2 && !known && words.last().is_some_and(|w| is_in(BODY_PLACE_HEADS, w)) {
            out.push(e);
        }
    }
    out
}

/// Rule `typing-news-source` (see the module doc): the organisations and services with a mention
/// quoted as a news source and no body word in their name.
fn news_sources(doc: &Document, words: &Words<'_>) -> Vec<EntityIdx> {
    let body = |w: &str| is_in(ORG_CUES, w) || is_in(BODY_NAME_HEADS, w);
    let mut out = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        if !matches!(ent.kind, EntityKind::Organization | EntityKind::Service)
            || name_words(&ent.name).iter().any(|w| body(w))
        {
            continue;
        }
        let quoted = ent.mentions.iter().filter_map(|&m| doc.mentions.get(m)).any(|m| {
            let (first, last) = words.range_of(m.span);
            last > first && quoted_source(words, first, last)
        });
        if quoted {
            out.push(e);
        }
    }
    out
}

/// Whether the mention of words `[first, last)` is quoted as a news source: "according to [the]
/// X", "told [the] X", "reported by [the] X", "X reported".
fn quoted_source(words: &Words<'_>, first: usize, last: usize) -> bool {
    let Some(sent) = words.get(first).map(|w| w.sent) else { return false };
    let lower = |j: usize| words.get(j).filter(|w| w.sent == sent).map_or("", |w| w.lower.as_str());
    let before = |k: usize| {
        let skip = usize::from(first.checked_sub(1).map(lower) == Some(THE));
        first.checked_sub(k + skip).map_or("", lower)
    };
    (before(1) == TO && before(2) == ACCORDING)
        || is_in(SOURCE_TOLD, before(1))
        || (before(1) == BY && is_in(REPORT_VERBS, before(2)))
        || is_in(REPORT_VERBS, lower(last))
}

/// The names of the entities the rules' facts make a buyer or a bought business in a completed
/// deal, read before the learned typing (rule `typing-deal-party`: gold deals join companies, and
/// a takeover target the typing reads as a product, "Acme bought the auction site X", is the
/// business that runs it).
pub fn deal_parties(doc: &Document) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in doc.facts.relations.iter().filter(|r| r.kind == RelationKind::Acquired) {
        for e in [r.subject, r.object] {
            if let Some(ent) = doc.entities.get(e) {
                out.push(ent.name.clone());
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The most lower-case words between a buying verb and the name it buys ("bought the New Zealand
/// online auction site X" is cut at "New"; "acquired the online auction site X" is not).
const BOUGHT_WORDS: usize = 4;

/// Rule `typing-deal-party`, the grammar half: the services named right after a buying verb
/// ("Acme acquired X", "bought the messaging start-up X"), their name holding no digit (a bought
/// "Model 350" airliner is a product) and no product noun following ("bought its X app").
fn bought_services(doc: &Document, words: &Words<'_>) -> Vec<EntityIdx> {
    let mut out = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        if ent.kind != EntityKind::Service || ent.name.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        let bought = ent.mentions.iter().filter_map(|&m| doc.mentions.get(m)).any(|m| {
            let (first, last) = words.range_of(m.span);
            let Some(sent) = words.get(first).map(|w| w.sent).filter(|_| last > first) else { return false };
            let at = |j: usize| words.get(j).filter(|w| w.sent == sent);
            let product_after = at(last).is_some_and(|w| is_in(PRODUCT_NOUNS, &w.lower));
            let verb = (1..=BOUGHT_WORDS + 1)
                .map_while(|k| first.checked_sub(k).filter(|&j| at(j).is_some()))
                .find(|&j| !words.is_lower_word(j) || is_in(BUY_VERBS, words.lower(j)));
            !product_after && verb.is_some_and(|j| is_in(BUY_VERBS, words.lower(j)))
        });
        if bought {
            out.push(e);
        }
    }
    out
}

/// Adds the decision that entity `e` is of kind `kind` unless an earlier rule decided it: the
/// rules run in order (descriptors, brand products, deal parties, body names) and the first wins.
fn claim(described: &mut Vec<(EntityIdx, EntityKind)>, e: EntityIdx, kind: EntityKind) {
    if !described.iter().any(|&(d, _)| d == e) {
        described.push((e, kind));
    }
}

/// Gives every mention of entity `e` the entity's kind `kind`.
fn set_kind(doc: &mut Document, e: EntityIdx, kind: EntityKind) {
    doc.entities[e].kind = kind;
    for i in 0..doc.entities[e].mentions.len() {
        let m = doc.entities[e].mentions[i];
        if let Some(m) = doc.mentions.get_mut(m) {
            m.kind = kind;
        }
    }
}

/// Settles the document's companies, organisations and services with the grammar around them
/// (see the module doc); `parties` are the [`deal_parties`], `businesses` the [`product_list::businesses`]. Rules
/// switched off in `disabled` do nothing. Returns how many entities changed kind. Facts that name
/// entities by index are not touched: the caller finds them again when anything changed.
pub fn settle(doc: &mut Document, disabled: RuleSet, parties: &[String], businesses: &[String]) -> usize {
    let places = if disabled.on(Rule::PlaceEvidence) { place_evidence(doc) } else { 0 };
    let sites = name_form_places(doc, disabled);
    let words = Words::new(doc);
    let wide = disabled.on(Rule::AppositionWide) && disabled.on(Rule::Descriptor);
    let mut described = if disabled.on(Rule::Descriptor) { descriptor_kinds(doc, &words, wide) } else { Vec::new() };
    if disabled.on(Rule::NewsAgency) {
        // a news agency is a company whatever a descriptor "agency" said (the first decision stands)
        let agencies = body_kinds::news_agencies(doc, &words);
        described.retain(|(e, _)| !agencies.contains(e));
        described.splice(0..0, agencies.into_iter().map(|e| (e, EntityKind::Company)));
    }
    if disabled.on(Rule::CallSign) {
        for e in call_signs::stations(doc, &words) {
            claim(&mut described, e, EntityKind::Company);
        }
    }
    if disabled.on(Rule::LabelHead) {
        // before the product rules: "labels such as X Records" names businesses
        for e in name_forms::labels(doc) {
            claim(&mut described, e, EntityKind::Company);
        }
    }
    if disabled.on(Rule::BrandProduct) {
        let names: Vec<Vec<String>> = doc.entities.iter().map(|e| name_words(&e.name)).collect();
        for e in brand_products(doc, &words, &names) {
            claim(&mut described, e, EntityKind::Service);
        }
    }
    if disabled.on(Rule::ProductList) {
        for e in product_list::listed_products(doc, &words, parties, businesses) {
            claim(&mut described, e, EntityKind::Service);
        }
    }
    if disabled.on(Rule::ActList) {
        for e in product_list::listed_acts(doc, &words) {
            claim(&mut described, e, EntityKind::Organization);
        }
    }
    if disabled.on(Rule::DealParty) {
        let named_parties = doc
            .entities
            .iter()
            .enumerate()
            .filter(|(_, ent)| ent.kind == EntityKind::Service && parties.binary_search(&ent.name).is_ok());
        let named_parties: Vec<EntityIdx> = named_parties.map(|(e, _)| e).collect();
        for e in named_parties.into_iter().chain(bought_services(doc, &words)) {
            claim(&mut described, e, EntityKind::Company);
        }
    }
    if disabled.on(Rule::StateDepartment) {
        for e in state_companies::state_departments(doc) {
            claim(&mut described, e, EntityKind::Organization);
        }
    }
    if disabled.on(Rule::StateCompany) {
        for e in state_companies::state_companies(doc, disabled.on(Rule::StateDepartment)) {
            claim(&mut described, e, EntityKind::Company);
        }
    }
    if disabled.on(Rule::ClubName) {
        for e in body_kinds::club_names(doc) {
            claim(&mut described, e, EntityKind::Organization);
        }
    }
    if disabled.on(Rule::BodyHead) {
        for e in body_kinds::body_heads(doc, &words, wide) {
            claim(&mut described, e, EntityKind::Organization);
        }
    }
    if disabled.on(Rule::BodyName) {
        for e in body_names(doc).into_iter().chain(spelled_body::spelled_bodies(doc, &words)) {
            claim(&mut described, e, EntityKind::Organization);
        }
    }
    if disabled.on(Rule::AddressUnit) {
        for e in address_units::address_units(doc, &words) {
            claim(&mut described, e, EntityKind::Organization);
        }
    }
    if disabled.on(Rule::DivisionName) {
        for e in division_names(doc) {
            claim(&mut described, e, EntityKind::Organization);
        }
    }
    let served = if disabled.on(Rule::ServiceBody) { service_body::service_bodies(doc, &words) } else { vec![] };
    for e in if disabled.on(Rule::BodyPlace) { body_places(doc) } else { vec![] }.into_iter().chain(served) {
        claim(&mut described, e, EntityKind::Organization);
    }
    if disabled.on(Rule::NewsSource) {
        for e in news_sources(doc, &words) {
            claim(&mut described, e, EntityKind::Company);
        }
    }
    for &(e, kind) in &described {
        set_kind(doc, e, kind);
        if kind == EntityKind::Service {
            short_forms_to_maker(doc, e);
        }
    }
    places + sites + described.len()
}

/// Rules `typing-facility-head` and `typing-place-address` (`name_forms`) and `typing-address-state-code`
/// (`state_codes`): the companies and services named as a site, the town of an address or its state's abbreviation
/// become Locations; returns how many.
fn name_form_places(doc: &mut Document, disabled: RuleSet) -> usize {
    let mut sites = if disabled.on(Rule::FacilityHead) { name_forms::facilities(doc) } else { Vec::new() };
    let words = (disabled.on(Rule::PlaceAddress) || disabled.on(Rule::AddressStateCode)).then(|| Words::new(doc));
    if let Some(words) = words.as_ref().filter(|_| disabled.on(Rule::PlaceAddress)) {
        let mut towns = name_forms::addresses(doc, words);
        // a station listed before its town is no town (rule `typing-call-sign`)
        towns.retain(|&e| !disabled.on(Rule::CallSign) || call_signs::call_sign_name(&doc.entities[e].name).is_none());
        sites.extend(towns);
    }
    if let Some(words) = words.as_ref().filter(|_| disabled.on(Rule::AddressStateCode)) {
        sites.extend(state_codes::address_places(doc, words));
    }
    sites.sort_unstable();
    sites.dedup();
    for &e in &sites {
        set_kind(doc, e, EntityKind::Location);
    }
    sites.len()
}

/// The lower-case words of a name, a leading "the" and a closing possessive left out.
fn name_words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = name
        .split_whitespace()
        .map(|w| strip_possessive(&w.to_lowercase()).trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| !w.is_empty())
        .collect();
    if words.first().is_some_and(|w| w == THE) {
        words.remove(0);
    }
    words
}

/// After entity `e` became a Service: its mentions that are only the leading words of its name
/// ("Ardlow" of "Ardlow Online") go to the one company or organisation whose longer name starts
/// with them too ("Ardlow Bank"). The resolver joined the bare name to the first longer name it
/// could; once that is a product, the bare name is its maker's.
fn short_forms_to_maker(doc: &mut Document, e: EntityIdx) {
    let full = name_words(&doc.entities[e].name);
    let mut moves: Vec<(usize, EntityIdx, Vec<String>)> = Vec::new();
    for &m in &doc.entities[e].mentions {
        let Some(men) = doc.mentions.get(m) else { continue };
        let words = name_words(doc.slice(men.span));
        if words.is_empty() || words.len() >= full.len() || full[..words.len()] != words[..] {
            continue;
        }
        let makers: Vec<EntityIdx> = (0..doc.entities.len())
            .filter(|&o| o != e && matches!(doc.entities[o].kind, EntityKind::Company | EntityKind::Organization))
            .filter(|&o| {
                let n = name_words(&doc.entities[o].name);
                n.len() > words.len() && n[..words.len()] == words[..]
            })
            .collect();
        if let [maker] = makers[..] {
            moves.push((m, maker, words));
        }
    }
    for (m, maker, words) in moves {
        let text = doc.slice(doc.mentions[m].span).to_string();
        doc.entities[e].mentions.retain(|&x| x != m);
        doc.entities[e].aliases.retain(|a| name_words(a) != words);
        doc.mentions[m].kind = doc.entities[maker].kind;
        let to = &mut doc.entities[maker];
        to.mentions.push(m);
        to.mentions.sort_unstable();
        to.mentions.dedup();
        if name_words(&to.name) != words && !to.aliases.iter().any(|a| name_words(a) == words) {
            to.aliases.push(text);
        }
    }
}

/// Rule `typing-place-evidence` (see the module doc): Companies the grammar says are places
/// become Locations; returns how many.
fn place_evidence(doc: &mut Document) -> usize {
    let words = Words::new(doc);
    let mut change: Vec<EntityIdx> = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        if ent.kind != EntityKind::Company || company_name(&ent.name) {
            continue;
        }
        let mut all = Cues::default();
        let spans = words.mention_ranges(doc, ent);
        let said = spans.len();
        for &range in &spans {
            let c = cues(doc, &words, range, said == 1);
            all.place |= c.place;
            all.company |= c.company;
        }
        if all.company || said == 0 {
            continue;
        }
        if all.place || is_in(PLACES, &ent.name.to_lowercase()) {
            change.push(e);
        }
    }
    for &e in &change {
        set_kind(doc, e, EntityKind::Location);
    }
    change.len()
}

#[cfg(test)]
pub(super) mod tests;
