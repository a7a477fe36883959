//! Relations between entities: consumes the relate context, produces [`Relation`]s of the four
//! contract kinds, each with the sentence as evidence.
//!
//! - **Parent organisation**: "X, the cloud unit of Y", "Y's arm X", "its subsidiary X", "its division, X.", "its
//!   subsidiaries A, Inc. (A) and B", "X is Y's division", "X [, which is] owned / controlled / run / operated by
//!   Y", "X, founded in 1998, was previously owned by Y" (`relations/subjects.rs`: also past an apposition, "X, a
//!   rival of Z, is owned by Y" gives X), "Y operated X", "Y, X's parent company", "Y, the parent company of X", "Y
//!   (parent company to X)", "X parent company Y", "Y, [the Canadian] owner / parent of X", "X ... its owner, Y",
//!   "Y's X [, A and B]" and "the X of the Y" (organisations), "Y's ownership / launch of X" (a service:
//!   provider), an organisation named as another plus a unit or product word or a place ("Acme Cloud", "Acme
//!   Ireland Limited" → "Acme", not a name shortened after the full one: "Acme Bank ... Acme said"), the target
//!   of a completed acquisition, and a bare "subsidiary X" (the organisation before); "Y, which includes X"
//!   (`relations/banners.rs`); "Y (the owner of X)", "X (co-owned by Y)", "X owner Y" (`relations/owner_asides.rs`);
//!   "its subsidiaries include A and B" (`relations/possessed_nouns.rs`); "X is / became part of Y", "X (part of
//!   Y)" (`relations/part_of.rs`); "Z was set up as a 60:40 joint venture between A and B" (`relations/ventures.rs`).
//! - **Provider**: "Y's S [, S2 and S3]" (S a service), "S, Y's messaging app", "its S" (Y the
//!   clause subject), "Y, which runs / makes S", "Y, the start-up behind S", "Y launched S", "Y's
//!   apps, including S1 and S2", "Y's low-cost brand, S", "its banking app, S", "Y's photo
//!   website S", "Y's S customer app" (S typed a service or a company; rule
//!   `relations-possessed-apposition`), and a service whose name starts with an organisation's name
//!   ("Acme Docs" → Acme). Services listed after a maker verb share every subject coordinated
//!   before it ("A and B operate S1 and other chains, including S2 and S3"). Trading names
//!   (`relations/banners.rs`): "Y operates under the A, B and C banners", "under two banners: A and B".
//! - **Acquired**: completed deals ("X bought/acquired/purchased Y", "X completed its acquisition
//!   of Y", "Y was [later] acquired [last year] by X", "Y, founded in 1990, was bought by X", "Y,
//!   which X bought", "Y, which now owns X", "X's
//!   purchase of Y"; also parent) and agreed ones ("X [has] agreed
//!   to buy Y", "X's proposed acquisition of Y", "the [proposed] purchase of Y[, Inc.] [of Greece]
//!   by X [and Z]" not yet completed; acquired only). Sales: "X sold Y to Z" and "the sale of Y to
//!   Z" (completed: Z acquired Y and is its parent), "X will sell Y to Z" (acquired only).
//!   A bought name the recogniser typed a service counts as bought, and a deal verb's plural
//!   object may list its names ("bought three rivals, including A and B", "the apps X acquired,
//!   namely A and B"; rule `deals-service-target`), and "as well as" may add more ("acquired Y's
//!   plants, as well as subsidiary businesses A and B"; `relations/also_bought.rs`).
//!   Deals a regulator states (`relations/licensed.rs`): "the acquisition by X of Y", "the application by X
//!   to acquire Y", "X, City -- to acquire Y". Nothing for "plans to", "offered", "bid", nor a deal that a word before says was blocked,
//!   abandoned, rejected or prohibited (also before a phrase set off by commas); "bought ten Acme
//!   90s" (counted products) is no takeover of Acme.
//! - **Partner**: "partnership between X and Y", "X and Y announced a partnership", "X, a Y
//!   partner", deals struck "with" (`relations/agreements.rs`: "X signed a supply deal with Y", "X
//!   teamed up with Y", "Z, a joint venture between X and Y": also Z's parents), customers ("X signed up customers such as A and B", "A and B, both X customers",
//!   "among the customers hit were A") and suppliers ("Y, the cloud firm that hosts its systems",
//!   "Y, which runs the bank's systems",
//!   "leased space to X", "X supplies power to Y"), advisers ("X and its advisers, A and B",
//!   `relations/advisers.rs`). Customer and
//!   supplier links are written from the more-mentioned company to the other. Orders and launch
//!   customers ("Y won an order from A", "A, its launch customer") are written from the buyer, as
//!   are buyers of a maker's counted products ("A ordered 18 Acme A30 jets": A and Acme).
//!
//! A name after a cue may follow a descriptive noun phrase that opens with an article ("a unit of
//! the Kenyan telecoms group Y", "bought the Danish payments firm Y", "the rail and freight group
//! Y"); `relations/supply.rs` adds
//! "S, made / built / run by Y" (provider), supplier nouns ("its software supplier, Y", "X, a
//! supplier to Y": partner) and an unnamed thing's supplier ("its billing platform, which is
//! supplied by Y": partner).
//!
//! The patterns run over a context whose mentions include the organisation anaphora that
//! [`super::refer`] resolves ("the company", "the Icelandic bank", "it" opening a sentence), so
//! "the company was sold to Y" and "some of the company's games include S" read as names.

use crate::lexicon::deals::{DESCRIPTOR_BREAK, UNIT_LINE_WORDS};
use crate::lexicon::deals::{INCLUDE_VERBS, MAKER_SUBJECT_WORDS, PRODUCT_KIND_NOUNS};
use crate::lexicon::facts::NEGATING;
use crate::lexicon::facts::{BEEN, UNIT_COPULA_ADVERBS};
use crate::lexicon::facts::{
    CONTROLLED_BY, EXAMPLE_CUES, IS_UNIT_VERBS, LOCATED_NP_INNER, MAKER_VERBS, NP_INNER_WORDS, OWN_VERB_LEADS,
    OWN_VERBS, OWNED_BEFORE, OWNER_NOUNS, OWNING_DEED_NOUNS, PARENT_NP_END, PARENT_NP_SKIP, RUN_VERBS,
    SUBJECT_VERBS_AFTER, UNIT_LIST_END, UNIT_LIST_STOP,
};
use crate::lexicon::facts::{OWNED, OWNED_SUFFIX, PARENT};
use crate::lexicon::grammar::HAVE_FORMS;
use crate::lexicon::grammar::{AND, AS, BEHIND, BY, NOW, OF, THE, THEIR, TO};
use crate::lexicon::grammar::{ARTICLES, OWNER_PRONOUNS, RELATIVE_THAT, RELATIVE_WHO};
use crate::lexicon::organisations::GROUP_NOUNS;
use crate::lexicon::organisations::UNIT_NOUNS;
use crate::lexicon::organisations::{COMMA_LEGAL_SUFFIXES, LEGAL_SUFFIXES, PLURAL_UNIT_NOUNS};
use crate::lexicon::organisations::{OWN_NAME_HEADS, SUBUNIT_WORDS};
use crate::lexicon::places::PLACES;
use crate::lexicon::services::PRODUCT_NOUNS;
use crate::lexicon::services::SERVICE_WORDS;
use crate::lexicon::words::{is_in, looks_plural};
use std::collections::HashSet;

use newskg_doc::{EntityIdx, EntityKind, Relation, RelationKind};

use super::{Ctx, MentionAt};
use crate::rulebook::Rule;

mod accords;
mod across;
mod advisers;
mod agreements;
mod also_bought;
mod banners;
mod deals;
mod licensed;
mod owner_asides;
mod part_of;
mod possessed_nouns;
use deals::*;
mod partners;
use partners::*;
mod consistency;
pub(crate) mod control;
mod document;
mod head_possessive;
mod providers;
mod sales;
use providers::{name_prefix_providers, providers};
mod subjects;
mod supply;
mod unit_lists;
mod ventures;
pub(crate) mod victims;
pub(crate) use consistency::maker_product_links;
pub(crate) use document::{
    DOCUMENT_PROVIDER_CONFIDENCE, add_or_raise, after_typing, companies_by_mentions, document_level,
    document_providers, drop_emergency_relations, office_parents,
};

pub(crate) fn relations(ctx: &Ctx<'_>) -> Vec<Relation> {
    relations_tagged(ctx).0
}

/// The pattern families, in the order [`relations_tagged`] names them: what proposed a relation,
/// for the learned relation scorer ([`super::relscore`]).
pub(crate) const RULE_FAMILIES: usize = 6;

/// The relations with, for each, the family of patterns that found it (an index below
/// [`RULE_FAMILIES`]: parents, providers, acquisitions, partners, name-prefix providers,
/// name-prefix parents).
pub(crate) fn relations_tagged(ctx: &Ctx<'_>) -> (Vec<Relation>, Vec<usize>) {
    let widened = ctx.on(Rule::AliasBrackets).then(|| super::alias_brackets::widened(ctx)).flatten();
    let ctx = widened.as_ref().unwrap_or(ctx);
    let mut out = Out { rels: Vec::new(), seen: HashSet::new(), family: 0, families: Vec::new() };
    for (s, &(sf, sl)) in ctx.sent_words.iter().enumerate() {
        out.family = 0;
        parents(ctx, s, sf, sl, &mut out);
        banners::which_includes(ctx, s, sf, sl, &mut out);
        out.family = 1;
        providers(ctx, s, sf, sl, &mut out);
        banners::trading_names(ctx, s, sf, sl, &mut out);
        out.family = 2;
        acquisitions(ctx, s, sf, sl, &mut out);
        ctx.on(Rule::LicensedDeals).then(|| licensed::licensed_deals(ctx, s, sf, sl, &mut out));
        out.family = 3;
        partners(ctx, s, sf, sl, &mut out);
    }
    out.family = 2;
    across::agentless_deals(ctx, &mut out);
    out.family = 4;
    ctx.on(Rule::NamePrefixProviders).then(|| name_prefix_providers(ctx, &mut out));
    out.family = 5;
    ctx.on(Rule::NamePrefixParents).then(|| name_prefix_parents(ctx, &mut out));
    (out.rels, out.families)
}

struct Out {
    rels: Vec<Relation>,
    seen: HashSet<(EntityIdx, RelationKind, EntityIdx)>,
    /// The pattern family pushing now, and the family of each relation in `rels`.
    family: usize,
    families: Vec<usize>,
}

impl Out {
    fn push(&mut self, ctx: &Ctx<'_>, s: usize, subject: EntityIdx, kind: RelationKind, object: EntityIdx, conf: f32) {
        if subject == object || !self.seen.insert((subject, kind, object)) {
            return;
        }
        // one direction only for parent/provider/acquired
        if kind != RelationKind::Partner && self.seen.contains(&(object, kind, subject)) {
            return;
        }
        if kind == RelationKind::Partner && self.seen.contains(&(object, kind, subject)) {
            return;
        }
        self.rels.push(Relation { subject, kind, object, evidence: ctx.evidence(s, conf) });
        self.families.push(self.family);
    }
}

fn org_or_service(ctx: &Ctx<'_>, e: EntityIdx) -> bool {
    matches!(ctx.kind(e), Some(EntityKind::Company | EntityKind::Organization | EntityKind::Service))
}

/// The mention starting at or after word `i`, skipping up to `max` words that are lower-case,
/// determiners or (skipped) Location mentions, within `[.., sl)`. A descriptive noun phrase that
/// opens with an article may be up to four words longer ("the South African telecoms group X")
/// when none of its words breaks such a phrase ([`DESCRIPTOR_BREAK`]).
fn next_mention(ctx: &Ctx<'_>, mut i: usize, sl: usize, max: usize) -> Option<MentionAt> {
    let mut hops = 0;
    let descriptor = is_in(ARTICLES, ctx.words.lower(i));
    let limit = if descriptor { max + 4 } else { max };
    let mut broken = false;
    while i < sl && hops <= limit {
        if let Some(m) = ctx.mention_starting(i) {
            if ctx.kind(m.entity) == Some(EntityKind::Location) {
                i = m.last;
                hops += 1;
                continue;
            }
            return (hops <= max || !broken).then_some(m);
        }
        broken |= is_in(DESCRIPTOR_BREAK, ctx.words.lower(i));
        let w = ctx.words.lower(i);
        // "the rail and logistics group Y": "and" between two common words of a descriptor
        let inner_and = descriptor
            && w == AND
            && ctx.words.is_lower_word(i.wrapping_sub(1))
            && ctx.words.is_lower_word(i + 1)
            && ctx.mention_starting(i + 1).is_none();
        if inner_and {
            i += 1;
            hops += 1;
            continue;
        }
        let capitalised_word = ctx.words.get(i).is_some_and(|x| {
            x.text.chars().next().is_some_and(char::is_uppercase) && x.text.chars().all(char::is_alphabetic)
        });
        // "the pan-African group Y", "the Tokyo-based maker Y": a hyphenated adjective
        let hyphenated = ctx
            .words
            .get(i)
            .is_some_and(|x| x.text.contains('-') && x.text.chars().all(|c| c.is_alphabetic() || c == '-'));
        let skippable = capitalised_word
            || hyphenated
            || ctx.words.get(i).is_some_and(|x| {
                x.text.chars().all(|c| c.is_lowercase() || c == '-' || c == '$' || c == '.' || c.is_ascii_digit())
            }) && !is_in(UNIT_LIST_STOP, w);
        if !skippable {
            return None;
        }
        i += 1;
        hops += 1;
    }
    None
}

/// Org/service mentions in a list starting at word `i`: "A, B and C" (lower-case words and
/// determiners between items are skipped), until the sentence ends or a verb-like word.
fn list_from(ctx: &Ctx<'_>, mut i: usize, sl: usize) -> Vec<EntityIdx> {
    let mut out = Vec::new();
    let mut gap = 0;
    while i < sl && gap <= 6 {
        if let Some(m) = ctx.mention_starting(i) {
            if org_or_service(ctx, m.entity) {
                out.push(m.entity);
            }
            i = m.last;
            gap = 0;
            continue;
        }
        let w = ctx.words.lower(i);
        if is_in(RELATIVE_WHO, w) && !out.is_empty() {
            // skip a relative clause on the last item: "A, which said ..., and B"
            match (i + 1..sl).find(|&k| ctx.words.lower(k) == "," && ctx.words.lower(k + 1) == AND) {
                Some(k) => {
                    i = k + 2;
                    gap = 0;
                    continue;
                }
                _ => break,
            }
        }
        if is_in(UNIT_LIST_END, w) {
            break;
        }
        i += 1;
        gap += 1;
    }
    out
}

/// Parent and unit links in one sentence, from their cue words (unit nouns,
/// "owned by", "parent company", "owns", "owner"), then "Y's X" for two
/// organisations side by side.
fn parents(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    for u in sf..sl {
        let w = ctx.words.lower(u);
        if UNIT_NOUNS.contains(&w) && ctx.on(Rule::UnitNoun) {
            unit_noun(ctx, s, sf, sl, u, out);
        }
        ctx.on(Rule::OwnedBy).then(|| subjects::owned_by(ctx, s, sf, sl, u, out));
        ctx.on(Rule::ParentNoun).then(|| parent_noun(ctx, s, sf, sl, u, out));
        ctx.on(Rule::OwnsList).then(|| owns_list(ctx, s, sf, sl, u, out));
        ctx.on(Rule::OwnerNoun).then(|| owner_noun(ctx, s, sf, sl, u, out));
        ctx.on(Rule::OwnerNoun).then(|| owning_deed(ctx, s, sf, u, out));
    }
    ctx.on(Rule::PossessivePairs).then(|| possessive_pairs(ctx, s, out));
    ctx.on(Rule::HeadPossessiveUnits).then(|| head_possessive::head_possessive_units(ctx, s, out));
    ctx.on(Rule::OwnerAsides).then(|| owner_asides::owner_asides(ctx, s, sf, sl, out));
    ctx.on(Rule::PossessedNounLists).then(|| possessed_nouns::possessed_noun_lists(ctx, s, sf, sl, out));
    ctx.on(Rule::PartOf).then(|| part_of::part_of(ctx, s, sf, sl, out));
}

/// "Y, X's parent company" / "X's parent company, Y" / "its parent company Y".
fn parent_noun(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, u: usize, out: &mut Out) {
    use RelationKind::ParentOrganization as P;
    let w = ctx.words.lower(u);
    if w == PARENT && is_in(GROUP_NOUNS, ctx.words.lower(u + 1)) && [OF, TO].contains(&ctx.words.lower(u + 2)) {
        parent_company_of(ctx, s, sf, sl, u, out);
        return;
    }
    if w == PARENT && is_in(GROUP_NOUNS, ctx.words.lower(u + 1)) {
        // "its parent company, Y" with the comma
        let after = if ctx.words.lower(u + 2) == "," { u + 3 } else { u + 2 };
        let parent = next_mention(ctx, after, sl, 1).map(|m| m.entity).or_else(|| {
            // apposition before: "Y, X's parent company"
            let start = ctx.mention_ending(u).map_or(u, |m| m.first);
            (start > sf && ctx.words.lower(start - 1) == ",")
                .then(|| ctx.mention_ending(start - 1).map(|m| m.entity))
                .flatten()
        });
        let child = if u > sf && ctx.possessive_at(u - 1) {
            ctx.mention_ending(u).map(|m| m.entity)
        } else if u > sf && is_in(OWNER_PRONOUNS, ctx.words.lower(u - 1)) {
            // "its parent company, Y": what "its" refers to, never Y itself
            ctx.referent_back(u - 1, parent)
        } else {
            // "X parent company Y": a bare name before the noun
            ctx.mention_ending(u).map(|m| m.entity)
        };
        if let (Some(c), Some(p)) = (child, parent)
            && ctx.is_org(c)
            && ctx.is_org(p)
        {
            out.push(ctx, s, c, P, p, 0.8);
        }
    }
}

/// "Y, the parent company of X" / "Y is the parent company of X" / "Y (parent company to X)" (the
/// noun at word `u`).
fn parent_company_of(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, u: usize, out: &mut Out) {
    let child = next_mention(ctx, u + 3, sl, 1).filter(|m| ctx.is_org(m.entity) && !ctx.possessive_at(m.last - 1));
    let mut b = u;
    if b > sf && is_in(ARTICLES, ctx.words.lower(b - 1)) {
        b -= 1;
    }
    let before = ctx.words.lower(b.wrapping_sub(1));
    let parent = if b > sf && (before == "," || before == "(" || is_in(IS_UNIT_VERBS, before)) {
        name_before(ctx, b - 1).filter(|m| ctx.is_org(m.entity))
    } else {
        None
    };
    if let (Some(c), Some(p)) = (child, parent)
        && c.entity != p.entity
    {
        out.push(ctx, s, c.entity, RelationKind::ParentOrganization, p.entity, 0.8);
    }
}

/// "Y, which owns A and B" / "Y owns A": each of A and B is Y's unit (an organisation) or service.
fn owns_list(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, u: usize, out: &mut Out) {
    use RelationKind::ParentOrganization as P;
    let w = ctx.words.lower(u);
    if is_in(OWN_VERBS, w)
        && ctx.words.lower(u + 1) != BY
        // "X operates as part of Y", "X operates as Y": no ownership (rule `relations-operates-as-part`)
        && !(ctx.on(Rule::OperatesAsPart) && ctx.words.lower(u + 1) == AS)
        && ctx.mention_of_word.get(u).copied().flatten().is_none()
        && !negated(ctx, u, sf)
    {
        let mut b = u;
        while b > sf && is_in(OWN_VERB_LEADS, ctx.words.lower(b - 1)) {
            b -= 1;
        }
        let owner = subjects::owner_before(ctx, sf, b, u).filter(|m| ctx.is_org(m.entity));
        if let Some(y) = owner {
            for x in list_from(ctx, u + 1, sl) {
                if x == y.entity {
                    continue;
                }
                let kind = if ctx.kind(x) == Some(EntityKind::Service) { RelationKind::Provider } else { P };
                out.push(ctx, s, x, kind, y.entity, 0.6);
                // "Y, which now owns X": a completed acquisition
                if kind == P && (b..u).any(|k| ctx.words.lower(k) == NOW) {
                    out.push(ctx, s, y.entity, RelationKind::Acquired, x, 0.6);
                }
            }
        }
    }
}

/// "X ... its owner, Y" / "Y, [the] owner of X".
fn owner_noun(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, u: usize, out: &mut Out) {
    use RelationKind::ParentOrganization as P;
    let w = ctx.words.lower(u);
    if is_in(OWNER_NOUNS, w) && ctx.mention_of_word.get(u).copied().flatten().is_none() {
        let pair = if u > sf && is_in(OWNER_PRONOUNS, ctx.words.lower(u - 1)) && ctx.words.lower(u + 1) == "," {
            let y = ctx.mention_starting(u + 2).filter(|m| ctx.is_org(m.entity));
            let x = ctx.mentions_in(s).find(|m| m.last <= u && org_or_service(ctx, m.entity));
            x.zip(y).map(|(x, y)| (x.entity, y.entity))
        } else if ctx.words.lower(u + 1) == OF {
            // "Y, [the Canadian] owner of X", "Y is the parent of X": back over an article and
            // up to two modifiers (a place's name among them) to the comma or copula
            let mut b = u;
            let mut hops = 0;
            while b > sf && hops < 3 && !is_in(IS_UNIT_VERBS, ctx.words.lower(b - 1)) {
                let place = ctx.mention_ending(b).filter(|m| ctx.kind(m.entity) == Some(EntityKind::Location));
                let modifier = ctx.mention_ending(b).is_none()
                    && ctx.words.get(b - 1).is_some_and(|x| x.text.chars().all(char::is_alphabetic))
                    && !ctx.words.get(b - 1).is_some_and(|x| x.sent_start);
                if let Some(p) = place {
                    b = p.first;
                } else if modifier {
                    b -= 1;
                } else {
                    break;
                }
                hops += 1;
            }
            let before = ctx.words.lower(b.wrapping_sub(1));
            let y = (b > sf && (before == "," || (b < u && is_in(IS_UNIT_VERBS, before))))
                .then(|| name_before(ctx, b - 1))
                .flatten()
                .filter(|m| ctx.is_org(m.entity));
            let x = next_mention(ctx, u + 2, sl, 1).filter(|m| org_or_service(ctx, m.entity));
            x.zip(y).map(|(x, y)| (x.entity, y.entity))
        } else {
            None
        };
        if let Some((x, y)) = pair {
            let kind = if ctx.kind(x) == Some(EntityKind::Service) { RelationKind::Provider } else { P };
            out.push(ctx, s, x, kind, y, 0.65);
        }
    }
}

/// "Y's [recent] ownership / launch of X" (the noun at word `u`, [`OWNING_DEED_NOUNS`]): X is Y's
/// unit, or Y's service when typed so; "its" reads Y as the organisation it refers to.
fn owning_deed(ctx: &Ctx<'_>, s: usize, sf: usize, u: usize, out: &mut Out) {
    if !is_in(OWNING_DEED_NOUNS, ctx.words.lower(u)) || ctx.words.lower(u + 1) != OF || u == sf {
        return;
    }
    let Some(x) = ctx.mention_starting(u + 2).filter(|m| org_or_service(ctx, m.entity)) else {
        return;
    };
    // back over one lower-case modifier ("recent") to the possessive
    let b = if u > sf + 1 && ctx.words.is_lower_word(u - 1) && !is_in(OWNER_PRONOUNS, ctx.words.lower(u - 1)) {
        u - 1
    } else {
        u
    };
    let owner = if is_in(OWNER_PRONOUNS, ctx.words.lower(b - 1)) {
        ctx.referent_back(b - 1, Some(x.entity))
    } else if ctx.possessive_at(b - 1) {
        ctx.mention_ending(b).map(|m| m.entity)
    } else {
        None
    };
    if let Some(y) = owner.filter(|&y| y != x.entity && ctx.is_org(y)) {
        let kind = if ctx.kind(x.entity) == Some(EntityKind::Service) {
            RelationKind::Provider
        } else {
            RelationKind::ParentOrganization
        };
        out.push(ctx, s, x.entity, kind, y, 0.65);
    }
}

/// "Y's X" with two organisations side by side: X is a unit of Y; "the X of the Y" (an
/// organisation named as a part of another: "the Enforcement Bureau of the Commission").
fn possessive_pairs(ctx: &Ctx<'_>, s: usize, out: &mut Out) {
    use RelationKind::ParentOrganization as P;
    for m in ctx.mentions_in(s) {
        if ctx.is_org(m.entity)
            && ctx.words.lower(m.first.wrapping_sub(1)) == THE
            && ctx.words.lower(m.last) == OF
            && ctx.words.lower(m.last + 1) == THE
            && let Some(y) = ctx.mention_starting(m.last + 2).filter(|y| ctx.is_org(y.entity) && y.entity != m.entity)
        {
            out.push(ctx, s, m.entity, P, y.entity, 0.6);
        }
    }
    for m in ctx.mentions_in(s) {
        if !ctx.is_org(m.entity) || !ctx.possessive_at(m.last - 1) || ctx.words.lower(m.last) == "'" {
            continue;
        }
        if let Some(x) = ctx.mention_starting(m.last)
            && ctx.is_org(x.entity)
        {
            out.push(ctx, s, x.entity, P, m.entity, 0.6);
        }
        // "Y's A, B and C business units", "Y's S and B assets": every organisation listed with
        // the first name is Y's unit too, up to a possessive ("Y's A and Z's B") and past a name
        // that opens with another organisation's name ("Y's A and Acme Cloud")
        if let Some(first) = ctx.mention_starting(m.last).filter(|x| org_or_service(ctx, x.entity)) {
            let items = possessed_list(ctx, first, sl_of(ctx, s));
            if !items.is_empty() && !plural_head_after(ctx, &items, s) {
                continue;
            }
            for &x in &items {
                if ctx.is_org(x) && !named_after_other(ctx, x, m.entity, &items, first.entity) {
                    out.push(ctx, s, x, P, m.entity, 0.6);
                }
            }
        }
    }
}

/// The sentence's end word.
fn sl_of(ctx: &Ctx<'_>, s: usize) -> usize {
    ctx.sent_words.get(s).map_or(0, |&(_, sl)| sl)
}

/// Whether a plural head noun closes the list whose last name is `items`' last ("Y's A and B
/// assets", "Y's A, B and C Program business units": past capitalised words and "and" that name
/// nothing, one of the next two common words); not "ahead of Y's A and Z." (a name beside a
/// possessive's product).
fn plural_head_after(ctx: &Ctx<'_>, items: &[EntityIdx], s: usize) -> bool {
    let sl = sl_of(ctx, s);
    let Some(last) = items.last().and_then(|&e| ctx.mentions_in(s).filter(|m| m.entity == e).last()) else {
        return false;
    };
    let mut j = last.last;
    while j < sl
        && j < last.last + 5
        && ctx.mention_starting(j).is_none()
        && (ctx.words.lower(j) == AND || ctx.words.get(j).is_some_and(|w| w.is_cap()))
    {
        j += 1;
    }
    // one of the next two common words ("business units")
    (j..(j + 2).min(sl)).take_while(|&k| ctx.words.is_lower_word(k)).any(|k| looks_plural(ctx.words.lower(k)))
}

/// The names joined to `first` by ",", "and" or ", and", none a possessive.
fn possessed_list(ctx: &Ctx<'_>, first: MentionAt, sl: usize) -> Vec<EntityIdx> {
    let mut items = Vec::new();
    let mut j = first.last;
    while j < sl && matches!(ctx.words.lower(j), "," | AND) {
        let next = if ctx.words.lower(j) == "," && ctx.words.lower(j + 1) == AND { j + 2 } else { j + 1 };
        let Some(n) = ctx.mention_starting(next).filter(|n| org_or_service(ctx, n.entity)) else { break };
        if ctx.possessive_at(n.last - 1) {
            break;
        }
        items.push(n.entity);
        j = n.last;
    }
    items
}

/// Whether organisation `x`'s name opens with the first word of another organisation's name (not
/// the possessor `y` nor a fellow list item): "Acme Cloud" beside "Acme" belongs to Acme.
fn named_after_other(ctx: &Ctx<'_>, x: EntityIdx, y: EntityIdx, items: &[EntityIdx], first: EntityIdx) -> bool {
    let ents = &ctx.doc.entities;
    let head = |e: EntityIdx| ents.get(e).and_then(|e| e.name.split_whitespace().next()).map(str::to_lowercase);
    let Some(h) = head(x) else { return false };
    ents.iter().enumerate().any(|(i, e)| {
        i != x
            && i != y
            && i != first
            && !items.contains(&i)
            && e.kind.is_org()
            && head(i).as_deref() == Some(h.as_str())
    })
}

/// Around a unit noun at word `u`: find the parent (Y) and the unit (X).
fn unit_noun(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, u: usize, out: &mut Out) {
    use RelationKind::ParentOrganization as P;
    // "its subsidiaries include A and B": the names after a copula or "include" are the
    // possessor's units (`possessed_nouns`), not a parent and its unit
    if ctx.on(Rule::PossessedNounLists) && possessed_nouns::names_follow_link(ctx, u, sl) {
        return;
    }
    // the noun phrase start: skip lower-case modifiers and mentions back to a determiner/possessive
    let mut np = u;
    let mut inner: Option<MentionAt> = None;
    let mut parent: Option<EntityIdx> = None;
    let mut hops = 0;
    while np > sf && hops < 6 {
        if let Some(m) = ctx.mention_ending(np) {
            if ctx.possessive_at(m.last - 1) {
                parent = Some(m.entity);
                np = m.first;
                break;
            }
            if ctx.kind(m.entity) == Some(EntityKind::Location) {
                np = m.first;
                hops += 1;
                continue;
            }
            if inner.is_none() && np == u {
                inner = Some(m); // "its Taobao unit", "a Cisco business"
            } else if inner.is_none() {
                inner = Some(m);
            }
            np = m.first;
            hops += 1;
            continue;
        }
        let w = ctx.words.lower(np - 1);
        if is_in(OWNER_PRONOUNS, w) {
            parent = ctx.its_referent(np - 1, inner.map(|m| m.entity));
            np -= 1;
            break;
        }
        if w.ends_with("'s") || w == "'" {
            // "the company's domestic arm"
            parent = ctx.its_referent(np - 1, None);
            np -= 1;
            while np > sf && is_in(PARENT_NP_SKIP, ctx.words.lower(np - 1)) {
                np -= 1;
            }
            break;
        }
        if is_in(ARTICLES, w) {
            np -= 1;
            break;
        }
        // a capitalised modifier that names nothing: "its European division"
        let cap_modifier = ctx
            .words
            .get(np - 1)
            .is_some_and(|x| !x.sent_start && x.is_cap() && x.text.chars().all(char::is_alphabetic));
        if !(ctx.words.is_lower_word(np - 1) || cap_modifier) || is_in(PARENT_NP_END, w) {
            break;
        }
        np -= 1;
        hops += 1;
    }
    // "of [the] Y" after the noun
    let mut of_end = None;
    if ctx.words.lower(u + 1) == OF
        && let Some(y) = next_mention(ctx, u + 2, sl, 3).filter(|m| ctx.is_org(m.entity))
    {
        parent = Some(y.entity);
        of_end = Some(y.last);
    }
    // an inner mention used as the parent's name ("a Cisco business"): with "of Y" it is the unit
    let mut child: Option<EntityIdx> = None;
    if let Some(m) = inner {
        if parent.is_some_and(|p| p != m.entity) {
            child = Some(m.entity);
        } else if parent.is_none() {
            parent = Some(m.entity);
        }
    }
    // "... and subsidiary X take care of ...": a bare unit noun before a name belongs to the
    // organisation the sentences are about
    let bare_unit = (parent.is_none() && inner.is_none() && np == u)
        .then(|| ctx.mention_starting(u + 1).filter(|m| ctx.is_org(m.entity)))
        .flatten();
    let parent = match (parent, bare_unit) {
        (Some(p), _) => p,
        (None, Some(x)) => match ctx.referent_back(u, Some(x.entity)) {
            Some(p) => p,
            None => return,
        },
        (None, None) => return,
    };
    // the unit: right after the noun (or a list's opening dash), an apposition, or a copula subject
    let after = unit_lists::unit_after(ctx, u);
    if child.is_none()
        && let Some(m) = ctx.mention_starting(after).filter(|m| org_or_service(ctx, m.entity))
    {
        child = Some(m.entity);
    }
    // "its European division, Opel." : an apposition after the noun that ends the clause
    if child.is_none()
        && ctx.words.lower(u + 1) == ","
        && let Some(m) = ctx.mention_starting(u + 2).filter(|m| org_or_service(ctx, m.entity))
        && (m.last >= sl || matches!(ctx.words.lower(m.last), "." | "," | ";"))
    {
        child = Some(m.entity);
    }
    if child.is_none() && np > sf && ctx.words.lower(np - 1) == "," {
        child = name_before(ctx, np - 1).map(|m| m.entity);
    }
    if child.is_none() && np > sf && is_in(IS_UNIT_VERBS, ctx.words.lower(np - 1)) {
        child = ctx.mention_ending(np - 1).map(|m| m.entity);
        // "X, which is a division of Y": the relative clause's head
        if child.is_none() && np > sf + 3 && is_in(RELATIVE_THAT, ctx.words.lower(np - 2)) {
            child = (ctx.words.lower(np - 3) == ",").then(|| ctx.mention_ending(np - 3)).flatten().map(|m| m.entity);
        }
    }
    // "X has been a subsidiary of Y", "X, which is now a division of Y"
    if child.is_none() && ctx.on(Rule::UnitCopulaAdverbs) {
        child = copula_subject(ctx, sf, np);
    }
    let clause_subject = np == sf
        || (ctx.words.lower(np - 1) == "," && of_end.is_some_and(|e| is_in(SUBJECT_VERBS_AFTER, ctx.words.lower(e))));
    if child.is_none() && clause_subject {
        // the phrase opens the sentence: "The cloud arm of Y said ..." refers back
        child = ctx.its_referent(np, Some(parent));
        if child.is_some_and(|c| !ctx.doc.entities.get(c).is_some_and(|e| e.kind.is_org())) {
            child = None;
        }
    }
    if let Some(c) = child.filter(|c| *c != parent && org_or_service(ctx, *c))
        && ctx.is_org(parent)
    {
        out.push(ctx, s, c, P, parent, 0.75);
        // "its subsidiaries A, Inc. (A) and B": every named item of a plural noun's list
        if is_in(PLURAL_UNIT_NOUNS, ctx.words.lower(u))
            && let Some(first) = ctx.mention_starting(after).filter(|m| m.entity == c)
        {
            for x in name_list_after(ctx, first, sl) {
                if x != parent && ctx.is_org(x) {
                    out.push(ctx, s, x, P, parent, 0.75);
                }
            }
        }
    }
}

/// The subject of a copula before a unit noun phrase starting at word `np`, past adverbs and "has
/// been" (rule `relations-unit-copula-adverbs`): X of "X has been a subsidiary of Y", "X is now a
/// division of Y", "X, which is itself a unit of Y".
fn copula_subject(ctx: &Ctx<'_>, sf: usize, np: usize) -> Option<EntityIdx> {
    let mut c = np;
    while c > sf + 1 && is_in(UNIT_COPULA_ADVERBS, ctx.words.lower(c - 1)) {
        c -= 1;
    }
    let been = c > sf + 1 && ctx.words.lower(c - 1) == BEEN && is_in(HAVE_FORMS, ctx.words.lower(c - 2));
    let k = if been {
        c - 2
    } else if c < np && c > sf && is_in(IS_UNIT_VERBS, ctx.words.lower(c - 1)) {
        c - 1
    } else {
        return None;
    };
    if let Some(m) = ctx.mention_ending(k) {
        return Some(m.entity);
    }
    // "X, which is now a division of Y": the relative clause's head
    (k > sf + 2 && is_in(RELATIVE_THAT, ctx.words.lower(k - 1)) && ctx.words.lower(k - 2) == ",")
        .then(|| ctx.mention_ending(k - 2))
        .flatten()
        .map(|m| m.entity)
}

/// The names listed after the mention `m`: ", B, C and D" or " and B", each item read past a
/// legal form the name left out (", Inc.") and a short bracket ("(Acme)"); the list stops at any
/// other word.
fn name_list_after(ctx: &Ctx<'_>, m: MentionAt, sl: usize) -> Vec<EntityIdx> {
    let mut out = Vec::new();
    let mut i = m.last;
    while i < sl {
        // the tail of the item before: ". " of an abbreviation, ", Inc.", "(Acme)"
        if ctx.words.lower(i) == "." && i + 1 < sl {
            i += 1;
            continue;
        }
        if ctx.words.lower(i) == "," && is_in(COMMA_LEGAL_SUFFIXES, &ctx.words.lower(i + 1).replace('.', "")) {
            i += 2;
            continue;
        }
        if ctx.words.lower(i) == "("
            && let Some(k) = (i + 1..(i + 6).min(sl)).find(|&k| ctx.words.lower(k) == ")")
        {
            i = k + 1;
            continue;
        }
        // the separator: ",", "and", ", and"
        let mut k = i;
        if ctx.words.lower(k) == "," {
            k += 1;
        }
        if ctx.words.lower(k) == AND {
            k += 1;
        }
        if k == i {
            break;
        }
        match ctx.mention_starting(k).filter(|x| org_or_service(ctx, x.entity)) {
            Some(x) => {
                out.push(x.entity);
                i = x.last;
            }
            None => break,
        }
    }
    out
}

/// An organisation named as another one plus a unit or product word ("Acme Cloud" and "Acme",
/// the resolver's own list of such words) is its unit. With any other added word ("Acme Trust",
/// "Acme Satellite Radio") the pattern was right 2 times in 21 on the corpus train split, so such
/// pairs are left to the sentences. A parent named only as the unit's shortened name, after the
/// unit and more often, is the same company ("Acme Bank lost ... Acme said"), not a parent
/// ("Acme Cloud ... Acme Group, known as Acme" and "Acme Cloud ... AC ... a unit of Acme" are).
fn name_prefix_parents(ctx: &Ctx<'_>, out: &mut Out) {
    let ents = &ctx.doc.entities;
    let first_at = |e: &newskg_doc::Entity| {
        e.mentions.iter().filter_map(|&m| ctx.doc.mentions.get(m)).map(|m| m.span.start()).min()
    };
    // the places the article names, for a unit named as its parent plus a place ("Acme Ireland")
    let doc_places: Vec<String> =
        ents.iter().filter(|e| e.kind == EntityKind::Location).map(|e| e.name.to_lowercase()).collect();
    let is_place = |w: &str| is_in(PLACES, w) || doc_places.iter().any(|p| p == w);
    for (ui, unit) in ents.iter().enumerate() {
        if !unit.kind.is_org() {
            continue;
        }
        let unit_first = first_at(unit);
        let uwords: Vec<String> = unit.name.split_whitespace().map(str::to_lowercase).collect();
        let mut best: Option<(EntityIdx, usize)> = None;
        for (pi, parent) in ents.iter().enumerate() {
            if pi == ui || !parent.kind.is_org() {
                continue;
            }
            // the unit named before its parent: the parent's full name must be the shared
            // words plus its own ("Acme Group"), or the parent named no more often than the unit
            // and the unit's next word no head that ends a company's own name ("Acme Bank",
            // "Acme Cloud": named once after it, "Acme" is that company shortened); else the
            // parent is the unit's own name shortened ("Acme Bank ... Acme said ...")
            let named_after = first_at(parent) >= unit_first;
            let more_often = parent.mentions.len() > unit.mentions.len();
            let full: Vec<String> = parent.name.split_whitespace().map(str::to_lowercase).collect();
            for form in std::iter::once(&parent.name).chain(parent.aliases.iter()) {
                let pwords: Vec<String> = form.split_whitespace().map(str::to_lowercase).collect();
                let own_head = uwords.get(pwords.len()).is_some_and(|w| is_in(OWN_NAME_HEADS, w));
                let after_unit = named_after && (more_often || own_head);
                let own_full_name = full.len() > pwords.len() && full.starts_with(&pwords);
                let unit_like = names_a_unit(&uwords, &pwords) || names_a_branch(&uwords, &pwords, &is_place);
                let fits = unit_like && (!after_unit || own_full_name);
                if fits && best.is_none_or(|(_, l)| pwords.len() > l) {
                    best = Some((pi, pwords.len()));
                }
            }
        }
        if let Some((pi, _)) = best {
            let s = unit
                .mentions
                .first()
                .and_then(|&m| ctx.doc.mentions.get(m))
                .and_then(|m| ctx.words.get(ctx.words.index_at(m.span.start())))
                .map_or(0, |w| w.sent);
            out.push(ctx, s, ui, RelationKind::ParentOrganization, pi, 0.55);
        }
    }
}

/// Whether a name (lower-case words) is another one plus words whose first names a unit or
/// product: "acme cloud" of "acme", not "acme inc" (a legal form) nor "acme satellite radio" (the
/// rest of one company's full name).
pub(super) fn names_a_unit(unit: &[String], parent: &[String]) -> bool {
    !parent.is_empty()
        && parent.len() < unit.len()
        && unit.iter().zip(parent).all(|(a, b)| a == b)
        && unit
            .get(parent.len())
            .is_some_and(|w| SUBUNIT_WORDS.contains(&w.as_str()) || UNIT_LINE_WORDS.contains(&w.as_str()))
}

/// Whether a name (lower-case words) is another one plus a place and at most a legal form: "acme
/// ireland limited" and "acme north america" of "acme" (a national branch), not "acme ireland
/// bank" nor "acme" itself.
pub(super) fn names_a_branch(unit: &[String], parent: &[String], is_place: &dyn Fn(&str) -> bool) -> bool {
    if parent.is_empty() || parent.len() >= unit.len() || !unit.iter().zip(parent).all(|(a, b)| a == b) {
        return false;
    }
    let rest: Vec<&str> = unit[parent.len()..]
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    // the place: one word or two ("north america"), then only legal forms
    (1..=rest.len().min(2))
        .any(|n| is_place(&rest[..n].join(" ")) && rest[n..].iter().all(|w| is_in(LEGAL_SUFFIXES, w)))
}

/// The name that ends right before word `i` (a comma or a copula), also past the full stop of
/// an abbreviated legal form the name left out ("Acme Corp., the parent company of X").
fn name_before(ctx: &Ctx<'_>, i: usize) -> Option<MentionAt> {
    ctx.mention_ending(i).or_else(|| {
        (ctx.words.lower(i.wrapping_sub(1)) == "."
            && is_in(LEGAL_SUFFIXES, &ctx.words.lower(i.wrapping_sub(2)).replace('.', "")))
        .then(|| ctx.mention_ending(i - 1))
        .flatten()
    })
}
