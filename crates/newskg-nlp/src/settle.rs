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
//! Submodules: `typing-state-company` ("ESB" is a company), the acronym half of `typing-body-name` ("GAO"
//! spelt out), `typing-product-list` ("brands such as X and Y"), `typing-service-body` ("the X Service has").
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
use crate::lexicon::grammar::{ARTICLES, BY, OWNER_PRONOUNS, POSSESSIVE_WORDS, THE, TO};
use crate::lexicon::organisations::{
    BANK, BODY_GROUP_MODIFIERS, BODY_NAME_HEADS, BODY_PLACE_HEADS, BUY_VERBS, CENTRAL_BANK_WORDS, COMPANY_NOUNS,
    COMPANY_SUFFIXES, COMPANY_WORDS_AFTER, DESCRIBED_COMPANY_HEADS, DESCRIPTOR_ENDS, GROUP, LEGAL_SUFFIXES, ORG_CUES,
    ORG_NOUNS, PUBLIC_BODY_NAMES, PUBLIC_BODY_OPENERS, SHARES, SOURCE_TOLD,
};
use crate::lexicon::people::{CHIEF, is_title_word};
use crate::lexicon::places::{PLACE_HYPHEN_SUFFIXES, PLACES};
use crate::lexicon::services::{OWNED, OWNED_BRAND, PRODUCT_NAME_ENDS, PRODUCT_NOUNS};
use crate::lexicon::time::REPORT_VERBS;
use crate::lexicon::words::{is_in, strip_possessive};
use crate::rulebook::{Rule, RuleSet};
use crate::words::{Words, word_key};
use newskg_doc::{Document, EntityIdx, EntityKind, RelationKind};

mod body_kinds;
pub mod product_list;
mod service_body;
mod spelled_body;
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
/// (rule `typing-descriptor`, see the module doc).
fn described(words: &Words<'_>, first: usize, last: usize) -> Vec<EntityKind> {
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
fn descriptor_kinds(doc: &Document, words: &Words<'_>) -> Vec<(EntityIdx, EntityKind)> {
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
                kinds.extend(described(words, first, last));
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
            last > first && described(words, first, last).contains(&EntityKind::Company)
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
    let words = Words::new(doc);
    let mut described = if disabled.on(Rule::Descriptor) { descriptor_kinds(doc, &words) } else { Vec::new() };
    if disabled.on(Rule::NewsAgency) {
        // a news agency is a company whatever a descriptor "agency" said (the first decision stands)
        let agencies = body_kinds::news_agencies(doc, &words);
        described.retain(|(e, _)| !agencies.contains(e));
        described.splice(0..0, agencies.into_iter().map(|e| (e, EntityKind::Company)));
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
    if disabled.on(Rule::StateCompany) {
        for e in state_companies::state_companies(doc) {
            claim(&mut described, e, EntityKind::Company);
        }
    }
    if disabled.on(Rule::ClubName) {
        for e in body_kinds::club_names(doc) {
            claim(&mut described, e, EntityKind::Organization);
        }
    }
    if disabled.on(Rule::BodyHead) {
        for e in body_kinds::body_heads(doc, &words) {
            claim(&mut described, e, EntityKind::Organization);
        }
    }
    if disabled.on(Rule::BodyName) {
        for e in body_names(doc).into_iter().chain(spelled_body::spelled_bodies(doc, &words)) {
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
    places + described.len()
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
pub(super) mod tests {
    use super::*;
    use crate::testkit::{entity, rules_doc};

    /// The invented text through the rules, with `name` made a Company as the recogniser's
    /// confident label would, then settled with `disabled` switched off.
    fn settled(text: &str, name: &str, disabled: &str) -> EntityKind {
        described_as(text, name, EntityKind::Company, disabled)
    }

    #[test]
    fn place_grammar_makes_a_location() {
        let l = EntityKind::Location;
        let text = "The Drammelton-based company reported a rise in profit.";
        assert_eq!(settled(text, "Drammelton", ""), l);
        let text = "Vessco, a unit of the Karrowby payments group Tellmere Holdings, said it was hacked.";
        assert_eq!(settled(text, "Karrowby", ""), l);
        let text = "Tellmere Holdings, the Quellsby frozen food group, cut prices.";
        assert_eq!(settled(text, "Quellsby", ""), l);
        assert_eq!(settled(text, "Quellsby", "typing-place-evidence"), EntityKind::Company);
        // said more than once, or a brand of its own ("the X company"), it stays
        let text = "The Quellsby airframe company grew. Quellsby said sales rose.";
        assert_eq!(settled(text, "Quellsby", ""), EntityKind::Company);
        // a known place, with nothing that says company
        let text = "Lorvane Motors, Brazil's second-largest carmaker, has a new chief.";
        assert_eq!(settled(text, "Brazil", ""), l);
        // the company of that apposition stays one
        assert_eq!(settled(text, "Lorvane Motors", ""), EntityKind::Company);
    }

    #[test]
    fn a_place_that_speaks_stays_a_company() {
        // a known place name that says something is a company named after it
        let text = "After the merger, Zambia said on Monday that it would add three routes.";
        assert_eq!(settled(text, "Zambia", ""), EntityKind::Company);
    }

    /// The invented text through the rules, with `name` made `kind` as the learned typing might
    /// have left it, then settled with `disabled` switched off.
    pub(super) fn described_as(text: &str, name: &str, kind: EntityKind, disabled: &str) -> EntityKind {
        let mut d = rules_doc(text, None);
        let e = entity(&d, name);
        set_kind(&mut d, e, kind);
        settle(&mut d, RuleSet::parse(disabled).unwrap(), &[], &[]);
        let e = entity(&d, name);
        for &m in &d.entities[e].mentions {
            assert_eq!(d.mentions[m].kind, d.entities[e].kind, "one kind for every mention");
        }
        d.entities[e].kind
    }

    #[test]
    fn a_descriptor_gives_the_kind() {
        let (c, o, s) = (EntityKind::Company, EntityKind::Organization, EntityKind::Service);
        // a body noun before the name, with or without a comma
        let text = "The telecoms regulator Varnholt opened an inquiry into Brisk Mobile on Tuesday.";
        assert_eq!(described_as(text, "Varnholt", c, ""), o);
        assert_eq!(described_as(text, "Varnholt", c, "typing-descriptor"), c);
        let text = "The Quenish central bank, Tovar Reskel, said it had asked Pellamy for a report.";
        assert_eq!(described_as(text, "Tovar Reskel", c, ""), o);
        let text = "Members of the campaign group Fair Tariffs protested outside the office.";
        assert_eq!(described_as(text, "Fair Tariffs", c, ""), o);
        // a business noun after the name, closed by a comma
        let text = "Dellford Trust, the country's second-largest lender, said profit rose.";
        assert_eq!(described_as(text, "Dellford Trust", o, ""), c);
        let text = "The deal was agreed with Harnow, a payments processor based in Oslo.";
        assert_eq!(described_as(text, "Harnow", s, ""), c);
        // a product noun only before the name and after its owner
        let text = "Customers of Pellamy Bank could not log in to its banking app, Pellamy Go, all day.";
        assert_eq!(described_as(text, "Pellamy Go", c, ""), s);
        let text = "Calls failed on Skelto, an internet phone service, for two hours.";
        assert_eq!(described_as(text, "Skelto", c, ""), c);
        // descriptors that disagree leave the kind alone
        let text = "Orvane, the software company, said its app, Orvane, was back. The regulator Orvane sat.";
        assert_eq!(described_as(text, "Orvane", s, ""), s);
    }

    #[test]
    fn a_bare_makers_name_leaves_its_product() {
        // the resolver may join "Ardvane" to the app's name; once that is a Service, the bare
        // name goes back to the bank
        let mut d = rules_doc(
            "Ardvane Bank said its app, Ardvane Online, failed. Ardvane Online came back later. Ardvane apologised.",
            None,
        );
        let bare = d.mentions.iter().position(|m| d.slice(m.span) == "Ardvane").unwrap();
        for ent in &mut d.entities {
            ent.mentions.retain(|&m| m != bare);
        }
        d.entities.retain(|ent| !ent.mentions.is_empty());
        let app = entity(&d, "Ardvane Online");
        d.entities[app].mentions.push(bare);
        d.entities[app].aliases.push("Ardvane".into());
        set_kind(&mut d, app, EntityKind::Company);
        settle(&mut d, RuleSet::parse("").unwrap(), &[], &[]);
        let app = entity(&d, "Ardvane Online");
        let bank = entity(&d, "Ardvane Bank");
        assert_eq!(d.entities[app].kind, EntityKind::Service);
        assert!(!d.entities[app].mentions.contains(&bare) && d.entities[app].aliases.is_empty());
        assert!(d.entities[bank].mentions.contains(&bare), "{:?}", d.entities[bank]);
        assert_eq!(d.mentions[bare].kind, d.entities[bank].kind);
    }

    /// The invented text through the rules with every name in `companies` made a Company, then
    /// settled with `disabled` switched off: the kind of `name`.
    fn branded(text: &str, companies: &[&str], name: &str, disabled: &str) -> EntityKind {
        let mut d = rules_doc(text, None);
        for c in companies {
            let e = entity(&d, c);
            set_kind(&mut d, e, EntityKind::Company);
        }
        settle(&mut d, RuleSet::parse(disabled).unwrap(), &[], &[]);
        d.entities[entity(&d, name)].kind
    }

    #[test]
    fn a_brand_and_a_product_word_make_the_owners_service() {
        let s = EntityKind::Service;
        let text = "Quillon Telecom said Quillon Mobile customers could not make calls on Friday.";
        let both = ["Quillon Telecom", "Quillon Mobile"];
        assert_eq!(branded(text, &both, "Quillon Mobile", ""), s);
        assert_eq!(branded(text, &both, "Quillon Telecom", ""), EntityKind::Company);
        assert_eq!(branded(text, &both, "Quillon Mobile", "typing-brand-product"), EntityKind::Company);
        let text = "Pellmore Group said the Pellmore Stores in Leeds would open on Sunday.";
        assert_eq!(branded(text, &["Pellmore Group", "Pellmore Stores"], "Pellmore Stores", ""), s);
        // a product word and a brand with no company beside it: a company of its own
        let text = "Customers of Quillon Mobile could not make calls on Friday, Zembra Bank said.";
        assert_eq!(branded(text, &["Quillon Mobile", "Zembra Bank"], "Quillon Mobile", ""), EntityKind::Company);
        // called a company, or a unit, it stays one
        let text = "Quillon Telecom sold Quillon Mobile, a subsidiary based in Perth, to Zembra Bank.";
        assert_eq!(branded(text, &both, "Quillon Mobile", ""), EntityKind::Company);
        // two businesses of one group, both named as products: left alone
        let text = "Varrow Pay hired a finance chief from Varrow Wallet on Monday.";
        assert_eq!(branded(text, &["Varrow Pay", "Varrow Wallet"], "Varrow Pay", ""), EntityKind::Company);
        // a business word that is not a product word: left alone
        let text = "Quillon Telecom said Quillon Cloud would cut 40 jobs.";
        assert_eq!(branded(text, &["Quillon Telecom", "Quillon Cloud"], "Quillon Cloud", ""), EntityKind::Company);
    }

    #[test]
    fn a_central_bank_is_a_body() {
        let text = "Officials at Quenland Central Bank fined Brisk Mobile for the outage.";
        assert_eq!(described_as(text, "Quenland Central Bank", EntityKind::Company, ""), EntityKind::Organization);
        // a commercial bank named after a place is left to the model
        let text = "Moravia Savings Bank cut 300 jobs on Monday.";
        assert_eq!(described_as(text, "Moravia Savings Bank", EntityKind::Company, ""), EntityKind::Company);
    }

    #[test]
    fn a_quoted_news_source_is_a_company() {
        let (c, o, s) = (EntityKind::Company, EntityKind::Organization, EntityKind::Service);
        let text = "Brisk Mobile lost 4,000 customers, according to the Quenland Courier.";
        assert_eq!(described_as(text, "Quenland Courier", o, ""), c);
        assert_eq!(described_as(text, "Quenland Courier", o, "typing-news-source"), o);
        let text = "A spokesman told Varrow News that Brisk Mobile would cut 40 jobs.";
        assert_eq!(described_as(text, "Varrow News", s, ""), c);
        let text = "Trellby Wire reported on Monday that Brisk Mobile would cut 40 jobs.";
        assert_eq!(described_as(text, "Trellby Wire", o, ""), c);
        let text = "The cuts at Brisk Mobile were first reported by the Marlow Herald.";
        assert_eq!(described_as(text, "Marlow Herald", s, ""), c);
        // a body word in the name keeps the body; a name not quoted is left alone
        let text = "Brisk Mobile fined 2 million pounds, according to the Quenland Telecoms Authority.";
        assert_eq!(described_as(text, "Quenland Telecoms Authority", o, ""), o);
        let text = "Customers of Varrow News could not read the Marlow Herald on Monday.";
        assert_eq!(described_as(text, "Marlow Herald", s, ""), s);
    }

    #[test]
    fn a_state_company_is_a_company() {
        let text = "The Minister wrote to the board of Bus Éireann and to Network Rail about the timetable.";
        for name in ["Bus Éireann", "Network Rail"] {
            let org = EntityKind::Organization;
            assert_eq!(described_as(text, name, org, ""), EntityKind::Company, "{name}");
            assert_eq!(described_as(text, name, org, "typing-state-company"), org, "{name}");
        }
    }

    #[test]
    fn a_body_word_opening_or_closing_the_name_makes_an_organisation() {
        let o = EntityKind::Organization;
        let text = "Inspectors of the Varnholt Gaming Authority visited Brisk Mobile in June.";
        assert_eq!(described_as(text, "Varnholt Gaming Authority", EntityKind::Company, ""), o);
        assert_eq!(
            described_as(text, "Varnholt Gaming Authority", EntityKind::Company, "typing-body-name"),
            EntityKind::Company
        );
        let text = "Tellmere Air joined the Skyward Alliance on Monday, Tellmere Air said.";
        assert_eq!(described_as(text, "Skyward Alliance", EntityKind::Company, ""), o);
        let text = "Doctors at NHS Quenshire said the Brisk Mobile fault delayed 40 operations.";
        assert_eq!(described_as(text, "NHS Quenshire", EntityKind::Company, ""), o);
        let text = "The Quenshire Emergency Coordination Group met as Brisk Mobile restored calls.";
        assert_eq!(described_as(text, "Quenshire Emergency Coordination Group", EntityKind::Company, ""), o);
        // a legal form, or a business word closing the name, keeps the company
        let text = "Workers at Union Trellby Bank said Brisk Mobile had failed again.";
        assert_eq!(described_as(text, "Union Trellby Bank", EntityKind::Company, ""), EntityKind::Company);
        let text = "Profit at Marlow Authority Ltd rose 4 percent in the year to March.";
        assert_eq!(described_as(text, "Marlow Authority Ltd", EntityKind::Company, ""), EntityKind::Company);
    }

    #[test]
    fn a_place_closing_with_a_body_head_is_an_organisation() {
        let (o, l) = (EntityKind::Organization, EntityKind::Location);
        let text = "A cyber-attack on the Halvern Library took its catalogue offline, the Ministry said.";
        assert_eq!(described_as(text, "Halvern Library", l, ""), o);
        assert_eq!(described_as(text, "Halvern Library", l, "typing-body-place"), l);
        // a known place, or a one-word name, stays a place
        let text = "Flights to Brazil and to Quenshire resumed on Tuesday, the Ministry said.";
        assert_eq!(described_as(text, "Brazil", l, ""), l);
    }

    #[test]
    fn a_brand_of_a_business_owner_is_a_service() {
        let s = EntityKind::Service;
        let text = "Quillon Telecom said its prepaid brand, Zippa, lost 3,000 customers.";
        assert_eq!(described_as(text, "Zippa", EntityKind::Company, ""), s);
        assert_eq!(described_as(text, "Zippa", EntityKind::Company, "typing-descriptor"), EntityKind::Company);
        let text = "Sales rose at Quillon Retail, and the group's homeware brand, Casa Verro, opened 9 shops.";
        assert_eq!(described_as(text, "Casa Verro", EntityKind::Company, ""), s);
        // an owner that is no business ("the children's clothing brand") says nothing
        let text = "Sales of the children's clothing brand Little Wrenna rose by a fifth.";
        assert_eq!(described_as(text, "Little Wrenna", EntityKind::Company, ""), EntityKind::Company);
    }

    #[test]
    fn a_product_noun_after_the_name_with_its_owner_is_a_service() {
        let text = "Its main rival, Snackdash, an app owned by the Perth group Tovell Digital, cut fees.";
        assert_eq!(described_as(text, "Snackdash", EntityKind::Company, ""), EntityKind::Service);
        // without an owner the company stays ("X, an internet phone service")
        let text = "Calls failed on Skelto, an internet phone service, for two hours.";
        assert_eq!(described_as(text, "Skelto", EntityKind::Company, ""), EntityKind::Company);
    }

    #[test]
    fn a_deal_party_made_a_service_is_a_company_again() {
        let text = "Harwick Group acquired Bramblio for $40 million on Tuesday.";
        let mut d = rules_doc(text, None);
        let parties = deal_parties(&d);
        assert!(parties.iter().any(|p| p == "Bramblio"), "{parties:?} {:?}", d.facts.relations);
        let e = entity(&d, "Bramblio");
        set_kind(&mut d, e, EntityKind::Service);
        let mut off = d.clone();
        settle(&mut d, RuleSet::parse("").unwrap(), &parties, &[]);
        assert_eq!(d.entities[e].kind, EntityKind::Company);
        settle(&mut off, RuleSet::parse("typing-deal-party").unwrap(), &parties, &[]);
        assert_eq!(off.entities[e].kind, EntityKind::Service);
        // the grammar alone: a service right after a buying verb, but not a product with a number
        let text = "Harwick Group bought the messaging start-up Bramblio in May, and acquired Skyline 350 jets.";
        let mut d = rules_doc(text, None);
        for name in ["Bramblio", "Skyline 350"] {
            let e = entity(&d, name);
            set_kind(&mut d, e, EntityKind::Service);
        }
        settle(&mut d, RuleSet::parse("").unwrap(), &[], &[]);
        assert_eq!(d.entities[entity(&d, "Bramblio")].kind, EntityKind::Company);
        assert_eq!(d.entities[entity(&d, "Skyline 350")].kind, EntityKind::Service);
        // a service that no deal names stays one
        let mut d = rules_doc("Harwick Group said Bramblio would close on Tuesday.", None);
        let e = entity(&d, "Bramblio");
        set_kind(&mut d, e, EntityKind::Service);
        settle(&mut d, RuleSet::parse("").unwrap(), &parties[..0], &[]);
        assert_eq!(d.entities[e].kind, EntityKind::Service);
    }
}
