//! Public utilities in outages. A public utility lost in an event the lead dates (rule `outages-event-utility`):
//! consumes the words of the relate context and an undated incident, says whether the sentence that opened it
//! names a public utility (power, water, telephone or internet service) in lower case. The utility company of a
//! power outage whose dated sentences name no organisation (rule `outages-utility-provider`): consumes the
//! document's entities, says which company the text presents as a utility. The annotation guidelines count "power failures
//! that cut service to customers" as outages and record one with no provider where the text names no operator,
//! so an earthquake or storm article's "Electricity and phone lines were out" is the outage of the event the
//! lead dates, even with no organisation in its sentences.

use super::*;
use crate::lexicon::facts::{CUTOFF_WORDS, OUT_COPULAS, PUBLIC_UTILITY_NOUNS, UTILITY_OUT_GAP};
use crate::lexicon::facts::{POWER_LOSS_WORDS, POWER_SUFFIX, UTILITY_DESCRIPTOR_GAP, UTILITY_DESCRIPTORS};
use crate::lexicon::facts::{UTILITY_NAME_WORDS, UTILITY_OPERATOR_NOUNS};
use crate::words::Words;
use newskg_doc::Document;

/// Whether the sentence that opened the undated incident (its first sentence with a strong trigger) names a
/// public utility ([`PUBLIC_UTILITY_NOUNS`]) in lower case: "Electricity and phone lines were out", "power had
/// been shut down in the province"; a capital makes the word part of a name ("Belmont Power said") unless it opens
/// the sentence outside a name.
pub(super) fn utility_lost(ctx: &Ctx<'_>, inc: &Incident) -> bool {
    let Some(&s) = inc.anchor_sents.first() else { return false };
    let Some(&(sf, sl)) = ctx.sent_words.get(s) else { return false };
    (sf..sl).any(|i| {
        let plain = ctx.words.is_lower_word(i) || i == sf && ctx.mention_starting(i).is_none();
        plain && is_in(PUBLIC_UTILITY_NOUNS, ctx.words.lower(i))
    })
}

/// Whether word `i` says a public utility was lost in words the other triggers do not read: "out" after a
/// copula with a public utility at most [`UTILITY_OUT_GAP`] words before it ("Electricity and phone lines were
/// out", not "out of"), or a cut-off right after one ("a power cutoff").
pub(super) fn utility_out(ctx: &Ctx<'_>, i: usize) -> bool {
    let w = ctx.words.lower(i);
    let Some(sf) = ctx.sentence_of(i).map(|x| x.0) else { return false };
    let utility_before = |from: usize, gap: usize| {
        (from.saturating_sub(gap).max(sf)..from).any(|k| is_in(PUBLIC_UTILITY_NOUNS, ctx.words.lower(k)))
    };
    if is_in(CUTOFF_WORDS, w) {
        return i > sf && is_in(PUBLIC_UTILITY_NOUNS, ctx.words.lower(i - 1));
    }
    w == OUT
        && i > sf
        && is_in(OUT_COPULAS, ctx.words.lower(i - 1))
        && ctx.words.lower(i + 1) != OF
        && utility_before(i - 1, UTILITY_OUT_GAP)
}

/// Whether the incident tells a loss of electric power in its sentences (a lower-case word of
/// [`POWER_LOSS_WORDS`]: "power", "electricity", "blackout"), the service a utility company runs.
pub(super) fn power_told(ctx: &Ctx<'_>, inc: &Incident) -> bool {
    inc.pieces
        .iter()
        .any(|&(_, a, b)| (a..b).any(|i| ctx.words.is_lower_word(i) && is_in(POWER_LOSS_WORDS, ctx.words.lower(i))))
}

/// Whether the incident's anchor sentences name no company or organisation that may run what failed.
pub(super) fn anchors_name_no_org(ctx: &Ctx<'_>, inc: &Incident) -> bool {
    !inc.pieces.iter().any(|&(s, a, b)| {
        inc.anchor_sents.contains(&s) && ctx.mentions_in(s).any(|m| m.first >= a && m.first < b && ctx.is_org(m.entity))
    })
}

/// The article's utility company ([`utility_company`]) named most often, the first named on a tie; none
/// when it names none.
pub(super) fn article_utility(ctx: &Ctx<'_>) -> Option<EntityIdx> {
    let never = crate::relate::overseers(ctx.doc, &ctx.words);
    let mut best: Option<(EntityIdx, usize)> = None;
    for (e, ent) in ctx.doc.entities.iter().enumerate() {
        if never.get(e).copied().unwrap_or(false) || !utility_company(ctx.doc, &ctx.words, e) || utility_site(ctx, e) {
            continue;
        }
        if best.is_none_or(|(_, n)| ent.mentions.len() > n) {
            best = Some((e, ent.mentions.len()));
        }
    }
    best.map(|(e, _)| e)
}

/// Rule `outages-utility-site`: whether entity `e` is named as a utility's site, its last word a site head
/// ([`UTILITY_SITE_HEADS`]: "Kestrel Energy Center", "Dunmore Power Station"): a place where power is made or
/// switched, not the company that supplies it, whatever its type.
pub(super) fn utility_site(ctx: &Ctx<'_>, e: EntityIdx) -> bool {
    use crate::lexicon::facts::UTILITY_SITE_HEADS;
    ctx.on(Rule::UtilitySite)
        && ctx.doc.entities.get(e).is_some_and(|ent| {
            ent.name.split_whitespace().last().is_some_and(|w| is_in(UTILITY_SITE_HEADS, &w.to_lowercase()))
        })
}

/// Whether entity `e` is a company the text presents as a utility: a word of its name is a utility word or
/// ends in "power" ([`UTILITY_NAME_WORDS`]: "Belmont Electric Power Company", "Velpower"), or a mention
/// follows a utility descriptor and an operator noun at most [`UTILITY_DESCRIPTOR_GAP`] lower-case words
/// before it ("the national electricity transmission operator X", "the power company X").
pub(crate) fn utility_company(doc: &Document, words: &Words<'_>, e: EntityIdx) -> bool {
    let Some(ent) = doc.entities.get(e) else { return false };
    if ent.kind != EntityKind::Company {
        return false;
    }
    let name_word = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        is_in(UTILITY_NAME_WORDS, &w) || w.len() > POWER_SUFFIX.len() + 2 && w.ends_with(POWER_SUFFIX)
    };
    if std::iter::once(&ent.name).chain(&ent.aliases).any(|n| n.split_whitespace().any(name_word)) {
        return true;
    }
    ent.mentions.iter().filter_map(|&m| doc.mentions.get(m)).any(|m| {
        let (first, _) = words.range_of(m.span);
        let Some(head) = first.checked_sub(1).filter(|&h| is_in(UTILITY_OPERATOR_NOUNS, words.lower(h))) else {
            return false;
        };
        let lo = head.saturating_sub(UTILITY_DESCRIPTOR_GAP);
        (lo..head).rev().take_while(|&k| words.is_lower_word(k)).any(|k| is_in(UTILITY_DESCRIPTORS, words.lower(k)))
            || is_in(UTILITY_DESCRIPTORS, words.lower(head))
    })
}

/// Whether the rules' provider `p` of outage `o` is the article's utility company chosen because the
/// outage's evidence names no company or organisation (rule `outages-utility-provider`): the learned
/// provider model, which weighs the names of the whole article, does not replace it.
pub(crate) fn utility_provider_stands(doc: &Document, words: &Words<'_>, o: usize, p: EntityIdx) -> bool {
    let Some(outage) = doc.facts.outages.get(o) else { return false };
    let span = outage.evidence.span;
    let org_in_evidence = doc.entities.iter().any(|ent| {
        matches!(ent.kind, EntityKind::Company | EntityKind::Organization)
            && ent
                .mentions
                .iter()
                .filter_map(|&m| doc.mentions.get(m))
                .any(|m| m.span.start() >= span.start() && m.span.end() <= span.end())
    });
    !org_in_evidence && utility_company(doc, words, p)
}

/// `outages-supply-provider`: the provider of a gas or water outage ([`supply_told`]) whose anchor sentences name no
/// company or organisation: the company named after that supply ([`supply_company`]), else `provider` as it was.
pub(super) fn supply_provider(ctx: &Ctx<'_>, inc: &Incident, provider: Option<EntityIdx>) -> Option<EntityIdx> {
    let Some(supply) = supply_told(ctx, inc) else { return provider };
    if !ctx.on(Rule::SupplyProvider)
        || !anchors_name_no_org(ctx, inc)
        || provider.is_some_and(|p| named_after_supply(ctx.doc, p, supply))
    {
        return provider;
    }
    supply_company(ctx, supply).or(provider)
}

/// `outages-supply-provider`: the household supply ([`NAMED_SUPPLIES`]: gas, water) the incident tells lost in its
/// sentences (in lower case), when it tells no power loss and names only one such supply.
fn supply_told(ctx: &Ctx<'_>, inc: &Incident) -> Option<&'static str> {
    use crate::lexicon::facts::NAMED_SUPPLIES;
    let mut told = NAMED_SUPPLIES.iter().copied().filter(|&x| {
        inc.pieces.iter().any(|&(_, a, b)| (a..b).any(|i| ctx.words.is_lower_word(i) && ctx.words.lower(i) == x))
    });
    let first = told.next()?;
    (told.next().is_none() && !power_told(ctx, inc)).then_some(first)
}

/// The company or organisation named after `supply` (a word of its name is the supply: "the South Dunmere Gas
/// Board", "Velmora Water") named most often, the first named on a tie; not an overseer.
fn supply_company(ctx: &Ctx<'_>, supply: &str) -> Option<EntityIdx> {
    let never = crate::relate::overseers(ctx.doc, &ctx.words);
    let mut best: Option<(EntityIdx, usize)> = None;
    for (e, ent) in ctx.doc.entities.iter().enumerate() {
        if never.get(e).copied().unwrap_or(false) || !named_after_supply(ctx.doc, e, supply) {
            continue;
        }
        if best.is_none_or(|(_, n)| ent.mentions.len() > n) {
            best = Some((e, ent.mentions.len()));
        }
    }
    best.map(|(e, _)| e)
}

/// Whether entity `e` is a company or organisation with `supply` as a word of its name.
fn named_after_supply(doc: &Document, e: EntityIdx, supply: &str) -> bool {
    let Some(ent) = doc.entities.get(e) else { return false };
    matches!(ent.kind, EntityKind::Company | EntityKind::Organization)
        && std::iter::once(&ent.name).chain(&ent.aliases).any(|n| {
            n.split_whitespace().any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).eq_ignore_ascii_case(supply))
        })
}

/// Whether the rules' provider `p` of outage `o` is the company named after the supply its evidence tells lost
/// (rule `outages-supply-provider`), chosen because the evidence names no company or organisation: the learned
/// provider model does not replace it.
pub(crate) fn supply_provider_stands(doc: &Document, o: usize, p: EntityIdx) -> bool {
    use crate::lexicon::facts::NAMED_SUPPLIES;
    let Some(outage) = doc.facts.outages.get(o) else { return false };
    let span = outage.evidence.span;
    let Some(text) = doc.text.get(span.start()..span.end()) else { return false };
    let org_in_evidence = doc.entities.iter().any(|ent| {
        matches!(ent.kind, EntityKind::Company | EntityKind::Organization)
            && ent
                .mentions
                .iter()
                .filter_map(|&m| doc.mentions.get(m))
                .any(|m| m.span.start() >= span.start() && m.span.end() <= span.end())
    });
    !org_in_evidence
        && NAMED_SUPPLIES
            .iter()
            .any(|&x| text.split(|c: char| !c.is_alphanumeric()).any(|w| w == x) && named_after_supply(doc, p, x))
}
