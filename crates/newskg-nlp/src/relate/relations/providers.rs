//! Provider patterns in one sentence (a service and the organisation behind it) and the
//! document-wide name-prefix providers ("Acme Docs" → Acme).

use super::*;
use crate::lexicon::facts::{MAKER_LIST_CUES, MAKER_LIST_GAP, MAKER_PLURAL_VERBS};
use crate::lexicon::grammar::ITS as ITS_WORD;
use crate::lexicon::organisations::COMMA_LEGAL_SUFFIXES;
use crate::relate::name_prefix::{Prefix, name_prefix_orgs};

/// Provider links (a service and the organisation behind it) in one sentence: per mention,
/// "Y's S" and "Y's apps, including S1 and S2", then for a service "S, Y's app", "its S [and S2]"
/// and "Y launched S"; finally "Y, which operates the app" for the service named last.
pub(super) fn providers(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    for m in ctx.mentions_in(s) {
        if ctx.is_org(m.entity) && ctx.possessive_at(m.last - 1) && ctx.on(Rule::PossessedServices) {
            possessed_services(ctx, s, sl, m, out);
        }
        if ctx.kind(m.entity) != Some(EntityKind::Service) {
            continue;
        }
        ctx.on(Rule::ServiceApposition).then(|| service_apposition(ctx, s, sl, m, out));
        ctx.on(Rule::ItsServices).then(|| its_services(ctx, s, sf, sl, m, out));
        ctx.on(Rule::MakerBefore).then(|| maker_before(ctx, s, sf, m, out));
    }
    ctx.on(Rule::OperatesTheApp).then(|| operates_the_app(ctx, s, sf, sl, out));
    ctx.on(Rule::PossessedApposition).then(|| possessed_apposition(ctx, s, sf, sl, out));
    for v in (sf..sl).filter(|_| ctx.on(Rule::MakerBefore)) {
        supply::made_by(ctx, s, sf, sl, v, out);
        maker_lists(ctx, s, sf, sl, v, out);
    }
}

/// "A and B operate S1 and other chains, including S2, S3 and S4", "Y runs S1, S2 and S3": every
/// service listed after the maker verb at word `v` is provided by every organisation coordinated
/// right before it. Only for two or more subjects or services ("Y runs S" is [`maker_before`]'s);
/// a company in the list is passed over, and the list stops at a gap that is neither a
/// separator ([`MAKER_LIST_GAP`]) nor closed by a list cue ("including").
fn maker_lists(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, v: usize, out: &mut Out) {
    let w = ctx.words.lower(v);
    if v == sf || w == BEHIND || !(is_in(MAKER_VERBS, w) || is_in(MAKER_PLURAL_VERBS, w)) {
        return;
    }
    if ctx.mention_of_word.get(v).copied().flatten().is_some() {
        return;
    }
    // the subjects: "A, B and C" ending right before the verb, each past a comma legal form
    let mut subjects: Vec<EntityIdx> = Vec::new();
    let mut end = v;
    while subjects.len() < 4 {
        let Some(m) = name_with_form_before(ctx, end, sf).filter(|m| ctx.is_org(m.entity)) else {
            break;
        };
        subjects.push(m.entity);
        let before = ctx.words.lower(m.first.wrapping_sub(1));
        if m.first <= sf + 1 || !(before == AND || before == ",") {
            break;
        }
        end = m.first - 1;
    }
    if subjects.is_empty() {
        return;
    }
    // the objects: names after the verb while the gaps are separators or end with a list cue
    let mut items: Vec<MentionAt> = Vec::new();
    let mut gap: Vec<&str> = Vec::new();
    let mut i = v + 1;
    while i < sl {
        if let Some(m) = ctx.mention_starting(i) {
            let joined = gap.iter().all(|g| is_in(MAKER_LIST_GAP, g))
                || gap.last().is_some_and(|g| is_in(MAKER_LIST_CUES, g)) && !items.is_empty();
            if !joined || items.is_empty() && gap.iter().any(|g| !is_in(ARTICLES, g) && !is_in(OWNER_PRONOUNS, g)) {
                break;
            }
            items.push(m);
            gap.clear();
            i = m.last;
            continue;
        }
        let g = ctx.words.lower(i);
        if gap.len() >= 6 || (g != "," && !ctx.words.is_lower_word(i)) {
            break;
        }
        gap.push(g);
        i += 1;
    }
    if subjects.len() < 2 && items.len() < 2 {
        return;
    }
    for m in items.iter().filter(|m| ctx.kind(m.entity) == Some(EntityKind::Service)) {
        for &y in subjects.iter().filter(|&&y| y != m.entity) {
            out.push(ctx, s, m.entity, RelationKind::Provider, y, 0.6);
        }
    }
}

/// The name that ends right before word `i`, also past a legal form after a comma ("Acme, LLC").
fn name_with_form_before(ctx: &Ctx<'_>, i: usize, sf: usize) -> Option<MentionAt> {
    ctx.mention_ending(i).or_else(|| {
        let form = i >= sf + 3
            && is_in(COMMA_LEGAL_SUFFIXES, ctx.words.lower(i - 1).trim_end_matches('.'))
            && ctx.words.lower(i - 2) == ",";
        form.then(|| ctx.mention_ending(i - 2)).flatten()
    })
}

/// Services an organisation possesses: "Y's S", "Y's workplace app S", "Y's [most popular]
/// apps, including S1, S2 and S3".
fn possessed_services(ctx: &Ctx<'_>, s: usize, sl: usize, m: MentionAt, out: &mut Out) {
    use RelationKind::Provider as V;
    let is_service = |e: EntityIdx| ctx.kind(e) == Some(EntityKind::Service);
    let start = if ctx.words.lower(m.last) == "'" { m.last + 1 } else { m.last };
    let mut k = ctx.past_lower_words(start, sl);
    // "Y's Web blogging service S": capitalised words too, when a service noun ends the phrase
    if ctx.mention_starting(k).is_none() {
        let mut j = start;
        while j < sl
            && j < start + 5
            && ctx.mention_starting(j).is_none()
            && ctx.words.get(j).is_some_and(|w| w.text.chars().all(|c| c.is_alphabetic() || c == '-'))
        {
            j += 1;
        }
        if j > start && SERVICE_WORDS.contains(&ctx.words.lower(j - 1)) && ctx.mention_starting(j).is_some() {
            k = j;
        }
    }
    if let Some(x) = ctx.mention_starting(k)
        && is_service(x.entity)
    {
        out.push(ctx, s, x.entity, V, m.entity, 0.75);
        // "Y's S1, S2 and S3": the services listed with it
        let mut j = x.last;
        while j < sl && matches!(ctx.words.lower(j), "," | AND) {
            let next = if ctx.words.lower(j) == "," && ctx.words.lower(j + 1) == AND { j + 2 } else { j + 1 };
            let Some(n) = ctx.mention_starting(next).filter(|n| is_service(n.entity)) else { break };
            out.push(ctx, s, n.entity, V, m.entity, 0.7);
            j = n.last;
        }
    }
    // "Y's [most popular] apps, including S1, S2 and S3", "Y's games include S1 and S2": the
    // cue makes every named item a product, whatever the recogniser typed it
    let product = |e: EntityIdx| matches!(ctx.kind(e), Some(EntityKind::Service | EntityKind::Company));
    let mut k = m.last;
    let mut hops = 0;
    while k < sl && hops < 5 {
        let w = ctx.words.lower(k);
        if SERVICE_WORDS.contains(&w) || is_in(PRODUCT_KIND_NOUNS, w) {
            let mut j = k + 1;
            if ctx.words.lower(j) == "," {
                j += 1;
            }
            if is_in(EXAMPLE_CUES, ctx.words.lower(j)) || is_in(INCLUDE_VERBS, ctx.words.lower(j)) {
                for e in list_from(ctx, j + 1, sl) {
                    if product(e) && e != m.entity {
                        out.push(ctx, s, e, V, m.entity, 0.7);
                    }
                }
            }
            break;
        }
        k += 1;
        hops += 1;
    }
}

/// A product named beside the service noun of its owner's possessive (rule
/// `relations-possessed-apposition`): "Y's low-cost mobile brand, S", "its digital banking app, S"
/// (an apposition closed by a comma, a stop or "and"), "Y's photo sharing website S" (S typed a
/// company; a service there is [`possessed_services`]' own) and "Y's S customer app" (the noun
/// right after the name). The noun makes the name a product whether the recogniser typed it a service
/// or a company.
fn possessed_apposition(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    use RelationKind::Provider as V;
    let product = |e: EntityIdx| matches!(ctx.kind(e), Some(EntityKind::Service | EntityKind::Company));
    for x in ctx.mentions_in(s) {
        if !product(x.entity) {
            continue;
        }
        // "Y's [adj] NOUN, S" / "its [adj] NOUN, S": the apposition closes after the name
        let closed = x.last >= sl || matches!(ctx.words.lower(x.last), "," | "." | ";" | AND | ")");
        let noun_before = x.first >= sf + 3
            && ctx.words.lower(x.first - 1) == ","
            && SERVICE_WORDS.contains(&ctx.words.lower(x.first - 2))
            && !is_in(PRODUCT_KIND_NOUNS, ctx.words.lower(x.first - 2));
        // "Y's photo sharing website S" with S typed a company
        let noun_right_before = ctx.kind(x.entity) == Some(EntityKind::Company)
            && x.first > sf + 1
            && SERVICE_WORDS.contains(&ctx.words.lower(x.first - 1))
            && !is_in(PRODUCT_KIND_NOUNS, ctx.words.lower(x.first - 1));
        let owner = if closed && noun_before {
            possessor_before(ctx, x.first - 2, sf)
        } else if noun_right_before {
            possessor_before(ctx, x.first - 1, sf)
        } else if ctx.kind(x.entity) == Some(EntityKind::Company)
            && (x.last..(x.last + 2).min(sl)).any(|k| SERVICE_WORDS.contains(&ctx.words.lower(k)))
            && (x.last..(x.last + 2).min(sl)).all(|k| ctx.words.is_lower_word(k))
            && x.first > sf
        {
            // "Y's S customer app": only a named possessor right before the name
            ctx.mention_ending(x.first)
                .filter(|y| ctx.is_org(y.entity) && ctx.possessive_at(y.last - 1))
                .map(|y| y.entity)
        } else {
            None
        };
        if let Some(y) = owner.filter(|&y| y != x.entity && ctx.is_org(y)) {
            out.push(ctx, s, x.entity, V, y, 0.7);
        }
    }
}

/// The owner of the noun phrase whose head is word `u`: back over up to four common words to "Y's"
/// (Y an organisation) or "its" (the organisation it refers to).
fn possessor_before(ctx: &Ctx<'_>, u: usize, sf: usize) -> Option<EntityIdx> {
    let mut k = u;
    let mut hops = 0;
    while k > sf && hops < 5 {
        // "Aer Lingus' app": the apostrophe a word of its own
        let end = if ctx.words.lower(k - 1) == "'" { k - 1 } else { k };
        if let Some(y) = ctx.mention_ending(end) {
            return (ctx.is_org(y.entity) && ctx.possessive_at(y.last - 1)).then_some(y.entity);
        }
        let w = ctx.words.lower(k - 1);
        if w == ITS_WORD {
            // not an organisation named later in the sentence ("its app, S, ... run by Z")
            return ctx.referent_back(k - 1, None);
        }
        if !ctx.words.is_lower_word(k - 1) || is_in(NP_INNER_WORDS, w) {
            return None;
        }
        k -= 1;
        hops += 1;
    }
    None
}

/// "S, Y's [adj] app": an apposition naming the service's owner.
fn service_apposition(ctx: &Ctx<'_>, s: usize, sl: usize, m: MentionAt, out: &mut Out) {
    use RelationKind::Provider as V;
    if ctx.words.lower(m.last) == ","
        && let Some(y) = ctx.mention_starting(m.last + 1)
        && ctx.is_org(y.entity)
        && ctx.possessive_at(y.last - 1)
    {
        let rest: Vec<&str> = (y.last..(y.last + 5).min(sl)).map(|k| ctx.words.lower(k)).collect();
        if rest.iter().any(|w| SERVICE_WORDS.contains(w)) {
            out.push(ctx, s, m.entity, V, y.entity, 0.8);
        }
    }
}

/// "its [adj] S [and S2]": the organisation "its" refers to provides S (and a second service
/// joined by "and").
fn its_services(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, m: MentionAt, out: &mut Out) {
    use RelationKind::Provider as V;
    let is_service = |e: EntityIdx| ctx.kind(e) == Some(EntityKind::Service);
    let mut k = m.first;
    let mut hops = 0;
    while k > sf && hops < 3 {
        let w = ctx.words.lower(k - 1);
        if is_in(OWNER_PRONOUNS, w) {
            // "their" is as often the users' or buyers' as a company's: only a company named as
            // a subject before it in the sentence
            let y = if w == THEIR {
                ctx.mentions_in(s)
                    .filter(|x| x.last < k && ctx.is_org(x.entity) && ctx.subject_like(*x))
                    .last()
                    .map(|x| x.entity)
            } else {
                ctx.its_referent(k - 1, None)
            };
            if let Some(y) = y {
                out.push(ctx, s, m.entity, V, y, 0.65);
                // a second service joined by "and"
                let mut j = m.last;
                let mut h = 0;
                while j < sl && h < 4 && ctx.mention_starting(j).is_none() {
                    let x = ctx.words.lower(j);
                    if !(x.chars().all(char::is_lowercase)) {
                        break;
                    }
                    j += 1;
                    h += 1;
                }
                if let Some(n) = ctx.mention_starting(j)
                    && is_service(n.entity)
                    && (m.last..j).any(|q| ctx.words.lower(q) == AND)
                {
                    out.push(ctx, s, n.entity, V, y, 0.6);
                }
            }
            break;
        }
        if !ctx.words.is_lower_word(k - 1) || is_in(NP_INNER_WORDS, w) {
            break;
        }
        k -= 1;
        hops += 1;
    }
}

/// "Y launched / runs / operates S", "Y, which also runs the app S", "the start-up behind S".
fn maker_before(ctx: &Ctx<'_>, s: usize, sf: usize, m: MentionAt, out: &mut Out) {
    use RelationKind::Provider as V;
    let mut k = m.first;
    let mut hops = 0;
    while k > sf && hops < 6 {
        let w = ctx.words.lower(k - 1);
        if is_in(MAKER_VERBS, w) {
            // "Y, which makes S" / "Y which makes S": the relative clause's head
            let head = (k >= 2 && is_in(RELATIVE_THAT, ctx.words.lower(k - 2)))
                .then(|| {
                    let r = k - 2;
                    let at = if r > sf && ctx.words.lower(r - 1) == "," { r - 1 } else { r };
                    ctx.mention_ending(at).filter(|y| ctx.is_org(y.entity)).map(|y| y.entity)
                })
                .flatten();
            let y = if head.is_some() {
                head
            } else if k >= 2 && ctx.mention_ending(k - 1).is_some_and(|y| ctx.is_org(y.entity)) {
                ctx.mention_ending(k - 1).map(|y| y.entity)
            } else if w == BEHIND {
                // "Y, the start-up behind S"
                let mut b = k - 1;
                let mut h = 0;
                while b > sf && h < 7 && ctx.words.lower(b - 1) != "," {
                    b -= 1;
                    h += 1;
                }
                (b > sf).then(|| ctx.mention_ending(b - 1)).flatten().map(|x| x.entity)
            } else {
                // only where no other subject stands before the verb: "Atlanta makes S" and
                // "the plant makes S" name no maker
                let v = k - 1;
                let before = ctx.words.lower(v.wrapping_sub(1));
                let other_subject = v > sf
                    && (ctx.mention_ending(v).is_some()
                        || (ctx.words.is_lower_word(v - 1) && !is_in(MAKER_SUBJECT_WORDS, before)));
                if other_subject { None } else { ctx.its_referent(k - 1, None) }
            };
            if let Some(y) = y.filter(|y| ctx.is_org(*y)) {
                out.push(ctx, s, m.entity, V, y, 0.65);
            }
            break;
        }
        let lw = ctx.words.is_lower_word(k - 1);
        if !lw || is_in(LOCATED_NP_INNER, w) {
            break;
        }
        k -= 1;
        hops += 1;
    }
}

/// "Y, which operates the app": Y provides the service mentioned last before it.
fn operates_the_app(ctx: &Ctx<'_>, s: usize, sf: usize, sl: usize, out: &mut Out) {
    use RelationKind::Provider as V;
    let is_service = |e: EntityIdx| ctx.kind(e) == Some(EntityKind::Service);
    for k in sf..sl {
        if is_in(RUN_VERBS, ctx.words.lower(k))
            && ctx.words.lower(k + 1) == THE
            && is_in(PRODUCT_NOUNS, ctx.words.lower(k + 2))
            && ctx.mention_starting(k + 3).is_none()
        {
            let y = ctx.its_referent(k, None);
            let svc = ctx.mentions.iter().rev().find(|m| m.last <= k && is_service(m.entity)).map(|m| m.entity);
            if let (Some(y), Some(svc)) = (y, svc) {
                out.push(ctx, s, svc, V, y, 0.6);
            }
        }
    }
}

/// A service whose name starts with an organisation's name (or alias) plus a space or dot: the
/// organisation provides it ("Acme Docs" → Acme; the longest such name wins).
pub(super) fn name_prefix_providers(ctx: &Ctx<'_>, out: &mut Out) {
    let ents = &ctx.doc.entities;
    for (si, svc) in ents.iter().enumerate() {
        if svc.kind != EntityKind::Service {
            continue;
        }
        // the longest form wins; the first of equally long ones
        let how = Prefix { aliases: true, fold_case: true, dot: true };
        let best = name_prefix_orgs(ctx, si, how).into_iter().fold(
            None,
            |best: Option<(EntityIdx, usize)>, (oi, l)| match best {
                Some((_, b)) if b >= l => best,
                _ => Some((oi, l)),
            },
        );
        if let Some((oi, _)) = best {
            let s = svc
                .mentions
                .first()
                .and_then(|&m| ctx.doc.mentions.get(m))
                .and_then(|m| ctx.words.get(ctx.words.index_at(m.span.start())))
                .map_or(0, |w| w.sent);
            out.push(ctx, s, si, RelationKind::Provider, oi, 0.6);
        }
    }
}
