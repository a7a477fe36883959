//! Who ran what failed: consumes the relate context, an incident, its cause and the relations found so far,
//! produces the scored provider candidates and the chosen provider with its family (never affected).

use super::*;
use crate::lexicon::deals::SUPPLIER_NOUNS;
use crate::lexicon::facts::LITERAL_FAILURES;
use crate::lexicon::facts::{APPOSITION_GAP, AT_CHANGE_NOUNS, AT_FAILURE_LINKED_GAP, RUN_BY_VERBS};
use crate::lexicon::facts::{SUPPLIED_BY_VERBS, SUPPLIER_GAP, SUPPLIER_PHRASE_STOPS};
use crate::relate::name_prefix::{Prefix, name_prefix_orgs};
use crate::words::Words;

/// Whether a name in an incident is scored as a possible provider: an organisation, or an
/// operator-shaped place or service (rule `outages-operator-kind`).
fn candidate(ctx: &Ctx<'_>, e: EntityIdx) -> bool {
    ctx.is_org(e) || crate::relate::operator_provider(ctx.doc, ctx.rules, e)
}

/// How well each organisation named in the incident is supported as its provider, best first:
/// named at all, the subject of an anchor sentence, the owner of the systems ("its payments
/// system", "X's network"), inside the cause or its speaker, blamed, "an update from X"; a source
/// ("according to X") counts against. With them the best score of any organisation, an overseer's
/// included: a regulator's "investigation found the service was down" still tells an incident, whose
/// provider another organisation of the article (or the learned provider model) then gives.
pub(super) fn provider_scores(ctx: &Ctx<'_>, inc: &Incident, cause: Option<&Cause>) -> (Vec<(EntityIdx, f32)>, f32) {
    let mut scores: Vec<(EntityIdx, f32)> = Vec::new();
    let mut add = |e: EntityIdx, v: f32| match scores.iter_mut().find(|(x, _)| *x == e) {
        Some(s) => s.1 += v,
        None => scores.push((e, v)),
    };
    for &(s, a, b) in &inc.pieces {
        let anchor = inc.anchor_sents.contains(&s);
        let mut first_subject = true;
        // "The host suffered another attack at 20:30": a company noun opening the dated clause
        // is the organisation the article was about, the subject the writer did not repeat
        if anchor && let Some(e) = definite_org_subject(ctx, a) {
            add(e, 3.0);
            first_subject = false;
        }
        // "its payments system had been restored": whose systems
        if anchor {
            for k in a..b {
                if is_in(OWNER_PRONOUNS, ctx.words.lower(k))
                    && (k + 1..(k + 4).min(b)).any(|q| OWN_NOUNS.contains(&ctx.words.lower(q)))
                    && let Some(e) = ctx.its_referent(k, None)
                {
                    add(e, 2.0);
                }
            }
        }
        // "the Acme Cloud outage": a name right before a failure noun names whose system failed,
        // an organisation itself, a service through the organisation whose name opens it
        if ctx.on(Rule::FailingOwner) {
            for m in ctx.mentions_in(s).filter(|m| m.first >= a && m.first < b) {
                if !is_in(LITERAL_FAILURES, ctx.words.lower(m.last)) {
                    continue;
                }
                let owner = if ctx.is_org(m.entity) {
                    Some(m.entity)
                } else if ctx.kind(m.entity) == Some(EntityKind::Service) {
                    name_prefix_owner(ctx, m.entity)
                } else {
                    None
                };
                if let Some(e) = owner {
                    add(e, 4.0);
                }
            }
        }
        for m in ctx.mentions_in(s).filter(|m| m.first >= a && m.first < b && candidate(ctx, m.entity)) {
            add(m.entity, 1.0);
            // "the Icelandic internet bank, Icesave, ...": a name before a common noun that an
            // organisation's name then restates only modifies the subject
            let premodifier = is_in(ARTICLES, ctx.words.lower(m.first.wrapping_sub(1))) && {
                let mut k = m.last;
                while k < b && k < m.last + 4 && ctx.words.is_lower_word(k) {
                    k += 1;
                }
                k > m.last
                    && ctx.words.lower(k) == ","
                    && ctx.mention_starting(k + 1).is_some_and(|n| ctx.is_org(n.entity))
            };
            if anchor && !premodifier && ctx.subject_like(m) {
                add(m.entity, if first_subject { 3.0 } else { 1.5 });
                first_subject = false;
            }
            if ctx.possessive_at(m.last - 1) {
                let own = (m.last..(m.last + 5).min(b)).any(|k| OWN_NOUNS.contains(&ctx.words.lower(k)));
                if own {
                    add(m.entity, 3.0);
                }
            }
            // "a fault at payment processor X", "an outage at X": whose systems failed
            if failure_at(ctx, m.first, a) {
                add(m.entity, 4.0);
            }
            // "a faulty update from its supplier X": the supplier of the change, not whose
            // systems failed
            let supplier = ctx.on(Rule::FailingOwner) && named_supplier_words(&ctx.words, m.first, a);
            if supplier {
                add(m.entity, -3.0);
            }
            // "a settlement with X", "fined X", "an investigation into whether X": the regulator's
            // target ran the failed service
            let mut p = m.first.wrapping_sub(1);
            if is_in(ENFORCEMENT_SKIP, ctx.words.lower(p)) {
                p = p.wrapping_sub(1);
            }
            let b1 = ctx.words.lower(p);
            if is_in(ENFORCEMENT_VERBS, b1)
                || is_in(ENFORCEMENT_PREPS, b1) && is_in(ENFORCEMENT_NOUNS, ctx.words.lower(p.wrapping_sub(1)))
            {
                add(m.entity, 4.0);
            }
            // "X failed to deliver 911 calls"
            if is_in(FAILED_VERBS, ctx.words.lower(m.last)) {
                add(m.entity, 3.0);
            }
            let before = ctx.words.lower(m.first.wrapping_sub(1));
            if is_source(ctx, m.first) {
                add(m.entity, -3.0); // a source, not the provider
            }
            if before == BLAMED {
                add(m.entity, 4.0);
            }
            if !supplier && before == FROM && m.first >= 2 && is_in(SOURCE_NOUNS, ctx.words.lower(m.first - 2))
                || ctx.words.lower(m.first.wrapping_sub(2)) == FROM
            {
                add(m.entity, 2.0);
            }
            if let Some(c) = cause {
                // "an update from X" names whose systems failed; "a data centre operated by X"
                // only a third party
                if !supplier && m.first >= c.first && m.last <= c.last && ctx.words.lower(m.first.wrapping_sub(1)) != BY
                {
                    add(m.entity, 4.0);
                }
                // the speaker of the cause ("X said a firmware upgrade had caused ...")
                if m.sent == c.sent && is_in(SAID, ctx.words.lower(m.last)) && m.last < c.first {
                    add(m.entity, 3.0);
                }
            }
        }
    }
    let support = scores.iter().map(|&(_, v)| v).fold(f32::MIN, f32::max);
    // a regulator, court, legislature or place is never whose systems failed
    if ctx.on(Rule::NotOperator) {
        let never = crate::relate::overseers(ctx.doc, &ctx.words);
        scores.retain(|&(e, _)| !never.get(e).copied().unwrap_or(false));
    }
    scores.sort_by(|x, y| y.1.total_cmp(&x.1));
    (scores, support)
}

/// What "The company" / "The bank" / "The host" opening the words from `a` refers to, when a verb
/// follows ("The host suffered another attack"): the organisation of the sentences before.
pub(super) fn definite_org_subject(ctx: &Ctx<'_>, a: usize) -> Option<EntityIdx> {
    let noun = ctx.words.lower(a + 1);
    let named = ctx.words.lower(a) == THE && (is_in(COMPANY_NOUNS, noun) || is_in(PROVIDER_NOUNS_EXTRA, noun));
    (named && ctx.mention_starting(a + 1).is_none() && ctx.words.is_lower_word(a + 2))
        .then(|| ctx.referent_back(a, None))
        .flatten()
}

/// The organisation the incident's dated sentences name as the owner of the failed system ("a
/// failure at X", "an outage at payment processor X"): the first such name, when there is one.
pub(super) fn failing_owner(ctx: &Ctx<'_>, inc: &Incident) -> Option<EntityIdx> {
    inc.pieces.iter().filter(|&&(s, _, _)| inc.anchor_sents.contains(&s)).find_map(|&(s, a, b)| {
        ctx.mentions_in(s)
            .find(|m| m.first >= a && m.first < b && ctx.is_org(m.entity) && failure_at(ctx, m.first, a))
            .map(|m| m.entity)
    })
}

/// Whether the name at word `first` follows "at" or "in" after an incident noun, with at most a
/// few lower-case words between ("a fault at payment processor X", "an outage at X"); with the
/// failing-owner rule also through an apposition or a run-by link ("a faulty update at its
/// partner, the processor X", "a failure at a data centre run by its supplier X").
pub(super) fn failure_at(ctx: &Ctx<'_>, first: usize, floor: usize) -> bool {
    failure_at_words(&ctx.words, first, floor, ctx.on(Rule::FailingOwner))
}

/// [`failure_at`] on the words alone (`linked`: also through an apposition or a run-by link), for
/// the learned provider's decision too.
pub(crate) fn failure_at_words(words: &Words<'_>, first: usize, floor: usize, linked: bool) -> bool {
    at_incident(words, first, floor, AT_FAILURE_GAP, false) || linked && linked_failure_at(words, first, floor)
}

/// Whether "at"/"in" after an incident noun is reached from word `from` back over at most `gap`
/// lower-case words (`changes`: a change gone wrong counts as an incident noun).
fn at_incident(words: &Words<'_>, from: usize, floor: usize, gap: usize, changes: bool) -> bool {
    let mut k = from;
    while k > floor && from - k < gap && words.is_lower_word(k - 1) && !is_in(AT_IN, words.lower(k - 1)) {
        k -= 1;
    }
    let noun = words.lower(k.wrapping_sub(2));
    k >= floor + 2
        && is_in(AT_IN, words.lower(k - 1))
        && (is_in(AT_FAILURE_NOUNS, noun) || changes && is_in(AT_CHANGE_NOUNS, noun))
}

/// "a failure at its payments partner, X", "a faulty update at its partner, the processor X", "a
/// failure at a data centre run by its supplier X", "a failure at one of the networks it uses, run
/// by X": the name closes an apposition to a company noun or follows a run-by link, and the phrase
/// before it is an incident noun's "at".
fn linked_failure_at(words: &Words<'_>, first: usize, floor: usize) -> bool {
    let mut j = first;
    while j > floor
        && first - j < APPOSITION_GAP
        && words.get(j - 1).is_some_and(|w| w.is_alpha())
        && words.lower(j - 1) != BY
    {
        j -= 1;
    }
    let Some(link) = j.checked_sub(1).filter(|&l| l > floor) else { return false };
    let head_end = if words.lower(link) == "," {
        if !is_in(COMPANY_NOUNS, words.lower(link - 1)) {
            return false;
        }
        link
    } else if words.lower(link) == BY && link > floor + 1 && is_in(RUN_BY_VERBS, words.lower(link - 1)) {
        let verb = link - 1;
        if verb > floor && words.lower(verb - 1) == "," { verb - 1 } else { verb }
    } else {
        return false;
    };
    at_incident(words, head_end, floor, AT_FAILURE_LINKED_GAP, true)
}

/// Whether the name at word `first` is named as a supplier and not as the place of the failure:
/// "its IT supplier, X", "a faulty update from the supplier X", "software supplied by the firm X"
/// (the supplier of a failed change; whose systems failed is its customer).
pub(crate) fn named_supplier_words(words: &Words<'_>, first: usize, floor: usize) -> bool {
    let lo = first.saturating_sub(SUPPLIER_GAP + 1).max(floor);
    let between_ok = |k: usize| {
        (k + 1..first).all(|q| {
            let w = words.lower(q);
            w == "," || words.get(q).is_some_and(|x| x.is_alpha()) && !is_in(SUPPLIER_PHRASE_STOPS, w)
        })
    };
    (lo..first).any(|k| {
        let w = words.lower(k);
        (is_in(SUPPLIER_NOUNS, w) || w == BY && k > floor && is_in(SUPPLIED_BY_VERBS, words.lower(k - 1)))
            && between_ok(k)
    }) && !failure_at_words(words, first, floor, true)
}

/// The provider: the best-scored organisation when the anchor sentences name one or its score
/// is strong; else the operator of a service the incident hit, the article's first provider or
/// the best score; else the organisation "its" refers to at the incident's start.
pub(super) fn choose_provider(
    ctx: &Ctx<'_>,
    inc: &Incident,
    scores: &[(EntityIdx, f32)],
    relations: &[Relation],
    prior: Option<EntityIdx>,
) -> Option<EntityIdx> {
    let never = if ctx.on(Rule::NotOperator) { crate::relate::overseers(ctx.doc, &ctx.words) } else { Vec::new() };
    let operator = |e: &EntityIdx| !never.get(*e).copied().unwrap_or(false);
    let prior = prior.filter(operator);
    let affected_services: Vec<EntityIdx> = inc
        .pieces
        .iter()
        .flat_map(|&(s, a, b)| ctx.mentions_in(s).filter(move |m| m.first >= a && m.first < b).map(|m| m.entity))
        .filter(|&e| ctx.kind(e) == Some(EntityKind::Service))
        .collect();
    // the operator of a service hit in the anchor sentences ("a fault left users unable to use X")
    let service_operator = affected_services.iter().find_map(|&svc| {
        relations.iter().find(|r| r.kind == RelationKind::Provider && r.subject == svc).map(|r| r.object)
    });
    // "the Azure Cloud outage" with "Azure" named apart: a service whose name opens with an
    // organisation's whole name is that organisation's
    let service_operator = service_operator
        .or_else(|| {
            affected_services
                .iter()
                .find_map(|&svc| name_prefix_owner(ctx, svc))
                .filter(|_| ctx.on(Rule::ProviderFallback))
        })
        .filter(operator);
    let anchor_has_org = inc.pieces.iter().any(|&(s, a, b)| {
        inc.anchor_sents.contains(&s)
            && ctx
                .mentions_in(s)
                .any(|m| m.first >= a && m.first < b && candidate(ctx, m.entity) && operator(&m.entity))
    });
    let strong_score = scores.first().is_some_and(|&(_, v)| v >= 4.0);
    let owner = failing_owner(ctx, inc).filter(|_| ctx.on(Rule::FailingOwner)).filter(operator);
    // the best candidate is named only as the supplier of the failed change ("after a faulty update
    // from the bank's supplier, X"): the operator of a service hit, else the article's first
    // provider, ran what failed
    let against = ctx.on(Rule::ProviderFallback) && scores.first().is_some_and(|&(e, _)| only_supplier(ctx, inc, e));
    let provider = if let Some(e) = owner {
        // "flights were delayed after a failure at X": the grammar names whose system failed,
        // above the brand the sentence opens with
        Some(e)
    } else if let Some(e) = service_operator.or(prior).filter(|_| against) {
        Some(e)
    } else if anchor_has_org || strong_score {
        scores.first().map(|&(e, _)| e)
    } else {
        // no organisation where the incident is dated ("A similar disruption in 2022 ..."): the
        // operator of a service it hit, else the provider of the article's first incident
        service_operator
            .or(prior)
            .filter(|_| ctx.on(Rule::ProviderFallback))
            .or_else(|| scores.first().map(|&(e, _)| e))
    };
    provider
        .or_else(|| {
            let &(_, a, _) = inc.pieces.first()?;
            ctx.its_referent(a, None).filter(operator)
        })
        // no organisation at all: the operator of a service hit, else the service that failed
        // ("Streaming service Flixa suffered a major outage")
        .or(service_operator.filter(|_| ctx.on(Rule::ProviderFallback)))
        .or_else(|| {
            // never a bare number the recogniser took for a service ("72 of the 260 flights")
            let named =
                |e: &EntityIdx| ctx.doc.entities.get(*e).is_some_and(|x| x.name.chars().any(char::is_alphabetic));
            affected_services.iter().copied().find(named).filter(|_| ctx.on(Rule::ProviderFallback))
        })
}

/// The organisation whose whole name opens service `svc`'s name, word for word ("Azure" of
/// "Azure Cloud"); none when two do.
fn name_prefix_owner(ctx: &Ctx<'_>, svc: EntityIdx) -> Option<EntityIdx> {
    let how = Prefix { aliases: false, fold_case: false, dot: false };
    match name_prefix_orgs(ctx, svc, how).as_slice() {
        &[(only, _)] => Some(only),
        _ => None,
    }
}

/// Whether every mention of `e` in the incident's words names it as someone's supplier ("its IT
/// supplier, X", "the bank's software supplier, X": an owner word or a possessive before the
/// supplier noun), never as the place of the failure ("the electricity supplier X" is no one's).
fn only_supplier(ctx: &Ctx<'_>, inc: &Incident, e: EntityIdx) -> bool {
    let mut named = false;
    for &(s, a, b) in &inc.pieces {
        for m in ctx.mentions_in(s).filter(|m| m.entity == e && m.first >= a && m.first < b) {
            let lo = m.first.saturating_sub(SUPPLIER_GAP + 1).max(a);
            let owned = (lo..m.first).any(|q| is_in(OWNER_PRONOUNS, ctx.words.lower(q)) || ctx.possessive_at(q));
            if !owned || !named_supplier_words(&ctx.words, m.first, a) {
                return false;
            }
            named = true;
        }
    }
    named
}

/// The provider and the organisations a parent relation ties it to: never "affected".
pub(super) fn provider_family(provider: Option<EntityIdx>, relations: &[Relation]) -> HashSet<EntityIdx> {
    let mut family: HashSet<EntityIdx> = HashSet::new();
    if let Some(p) = provider {
        family.insert(p);
        for r in relations {
            if r.kind == RelationKind::ParentOrganization && (r.subject == p || r.object == p) {
                family.insert(r.subject);
                family.insert(r.object);
            }
        }
    }
    family
}
