//! Relate entities: consumes a resolved [`Document`] (sentences, tokens, mentions, entities, time
//! expressions and durations), produces [`Facts`] — positions, relations between entities and
//! outages, each with its evidence.
//!
//! The extractors are small pattern matchers over words and entity mentions, one module each:
//! [`roles`] (executives and their titles), [`relations`] (parent organisation, provider,
//! acquisition, partner) and [`outages`] (incidents with provider, times, place and cause). Cue
//! words come from the lexicon; the word view ([`Words`]) is shared with the recogniser.

mod alias_brackets;
mod name_prefix;
mod operator_kind;
mod outages;
mod overseer;
pub mod pairs;
mod provider_name;
mod refer;
mod relations;
pub mod relscore;
mod roles;

#[cfg(test)]
mod tests;

use crate::rulebook::{Rule, RuleSet};
use crate::words::Words;
use newskg_doc::{Document, Entity, EntityIdx, EntityKind, Evidence, Facts, Span};
#[cfg(test)]
pub(crate) use operator_kind::operator_shaped;
pub(crate) use operator_kind::{drop_service_providers, operator_provider};
pub(crate) use outages::{
    failure_at_words, named_supplier_words, roundup_heads, supply_provider_stands, utility_provider_stands,
};
pub(crate) use overseer::overseers;
pub use provider_name::company_providers;
use std::sync::OnceLock;

/// Where positions and relations come from: the rules, the learned pair classifier
/// ([`pairs::PairModel`]), both (the union; a fact both find keeps the rules' entry with the
/// higher of the two confidences), or the rules for positions and both for relations (on the
/// corpus dev split the model's roles did not add to the rules', its relations did). Outages
/// always come from the rules (over the rules' relations).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelateMode {
    Rules,
    Model,
    Both,
    BothRelations,
}

/// Extracts the facts a document states, with positions and relations as `mode` says; `model`
/// must be given unless `mode` is [`RelateMode::Rules`].
///
/// With a relation scorer (`scorer`, [`relscore::RelationModel`]) and a learned mode, the
/// relations are the scorer's: every source proposes, the scorer decides (positions and outages
/// as `mode` says).
pub fn relate_with(
    doc: &Document,
    model: Option<&pairs::PairModel>,
    mode: RelateMode,
    scorer: Option<&relscore::RelationModel>,
    rules: RuleSet,
) -> Result<Facts, crate::recognise::ModelError> {
    let Some(model) = model.filter(|_| mode != RelateMode::Rules) else {
        return Ok(relate_under(doc, rules));
    };
    if let Some(scorer) = scorer {
        // the sentence patterns run once: their relations feed both the outages and the scorer
        let ctx = Ctx::with_rules(doc, rules);
        let rctx = relation_context(&ctx);
        let (found, families) = relations::relations_tagged(&rctx);
        let outages = outages::outages(&ctx, &found);
        let mut positions = roles::positions(&ctx);
        if mode == RelateMode::Model || mode == RelateMode::Both {
            let learned = model.facts(doc, true)?;
            if mode == RelateMode::Model {
                positions = learned.positions;
            } else {
                merge_positions(&mut positions, learned.positions);
            }
        }
        let scores = model.relation_scores(doc)?;
        let anaphor_scores = model.anaphor_scores(doc, &relscore::anaphor_list(&ctx, &rctx))?;
        let cands = relscore::candidates_from(
            &ctx,
            &rctx,
            &found,
            &families,
            (&scores, &anaphor_scores),
            model.relation_threshold(),
            &outages,
        );
        let mut relations = scorer.relations(doc, &cands)?;
        relations::drop_emergency_relations(doc, &mut relations);
        relations::office_parents(&ctx, &mut relations);
        relations::after_typing(&ctx, &mut relations);
        relations::control::control_transfers(&ctx, &mut relations);
        relations::control::possessive_deals(&ctx, &mut relations);
        relations::victims::victim_providers(&ctx, &found, &outages, &mut relations);
        relations::maker_product_links(doc, &mut relations);
        return Ok(Facts { positions, relations, outages });
    }
    let mut facts = relate_sentences(&Ctx::with_rules(doc, rules));
    let learned = model.facts(doc, mode != RelateMode::BothRelations)?;
    if mode == RelateMode::Model {
        facts.positions = learned.positions;
        facts.relations = learned.relations;
        let ctx = Ctx::with_rules(doc, rules);
        relations::document_level(&ctx, &mut facts.relations, &facts.outages);
        relations::after_typing(&ctx, &mut facts.relations);
        return Ok(facts);
    }
    if mode == RelateMode::Both {
        merge_positions(&mut facts.positions, learned.positions);
    }
    for r in learned.relations {
        relations::add_or_raise(&mut facts.relations, r);
    }
    let ctx = Ctx::with_rules(doc, rules);
    relations::document_level(&ctx, &mut facts.relations, &facts.outages);
    relations::after_typing(&ctx, &mut facts.relations);
    Ok(facts)
}

/// Adds the learned positions to the rules'; one both find keeps the higher confidence.
fn merge_positions(positions: &mut Vec<newskg_doc::Position>, learned: Vec<newskg_doc::Position>) {
    for p in learned {
        let same = |q: &&mut newskg_doc::Position| {
            q.person == p.person && q.role == p.role && q.organization == p.organization
        };
        match positions.iter_mut().find(same) {
            Some(q) => q.evidence.confidence = q.evidence.confidence.max(p.evidence.confidence),
            None => positions.push(p),
        }
    }
}

/// The relation scorer's candidates of a document, with their features (the pair model's
/// probabilities, the rules' relations and the outages `outages` the rules found), with the
/// rules `rules` switches off left out.
pub fn relation_candidates(
    doc: &Document,
    model: &pairs::PairModel,
    outages: &[newskg_doc::Outage],
    rules: RuleSet,
) -> Result<Vec<relscore::Candidate>, crate::recognise::ModelError> {
    let scores = model.relation_scores(doc)?;
    let ctx = Ctx::with_rules(doc, rules);
    let anaphor_scores = model.anaphor_scores(doc, &relscore::anaphor_list(&ctx, &relation_context(&ctx)))?;
    Ok(relscore::candidates(doc, &scores, &anaphor_scores, model.relation_threshold(), outages, rules))
}

/// Extracts the facts a document states (rules only).
pub fn relate(doc: &Document) -> Facts {
    relate_under(doc, RuleSet::ALL)
}

/// Extracts the facts a document states (rules only), with the rules `rules` switches off left out.
pub fn relate_under(doc: &Document, rules: RuleSet) -> Facts {
    let ctx = Ctx::with_rules(doc, rules);
    let mut facts = relate_sentences(&ctx);
    relations::document_level(&ctx, &mut facts.relations, &facts.outages);
    facts
}

/// The positions the rules find a person and a title for but no organisation (the rules drop
/// them); the role model (`crate::role_model`) chooses their organisation or drops them too.
pub fn unattached_positions(doc: &Document, rules: RuleSet) -> Vec<newskg_doc::Position> {
    let mut ctx = Ctx::with_rules(doc, rules);
    ctx.unattached = true;
    roles::positions(&ctx).into_iter().filter(|p| p.organization.is_none()).collect()
}

/// The rules' facts from sentences, before the document-level providers.
fn relate_sentences(ctx: &Ctx<'_>) -> Facts {
    let positions = roles::positions(ctx);
    let relations = relations::relations(&relation_context(ctx));
    let outages = outages::outages(ctx, &relations);
    Facts { positions, relations, outages }
}

/// The context the relation patterns read: `ctx` with the document's organisation references
/// ("the company") among its mentions when [`Rule::RelationAnaphora`] is on.
pub(crate) fn relation_context<'a>(ctx: &Ctx<'a>) -> Ctx<'a> {
    let mut rctx = if ctx.rules.on(Rule::RelationAnaphora) {
        refer::with_references(ctx.doc, ctx.rules)
    } else {
        Ctx::new(ctx.doc)
    };
    rctx.rules = ctx.rules;
    rctx
}

/// One mention seen as a word range.
#[derive(Debug, Clone, Copy)]
pub(crate) struct MentionAt {
    /// Word indices `[first, last)`.
    pub first: usize,
    pub last: usize,
    pub entity: EntityIdx,
    pub sent: usize,
}

/// What every extractor needs: words, mentions as word ranges, sentence word ranges.
#[derive(Debug)]
pub(crate) struct Ctx<'a> {
    pub doc: &'a Document,
    pub words: Words<'a>,
    /// Mentions with an entity, in text order.
    pub mentions: Vec<MentionAt>,
    /// For each word, the index into `mentions` covering it.
    pub mention_of_word: Vec<Option<usize>>,
    /// For each sentence, its word range `[first, last)`.
    pub sent_words: Vec<(usize, usize)>,
    /// The rules switched off (see [`crate::rulebook`]).
    pub rules: RuleSet,
    /// Whether positions whose organisation no pattern finds are kept (with none), for the role
    /// model to attach ([`unattached_positions`]); the rules drop them.
    pub unattached: bool,
    /// The article's first crash word that tells a physical accident (`outages-vehicle-crash`), found once on
    /// first use so that every later crash word is checked against it in constant time.
    pub first_accident: OnceLock<Option<usize>>,
    /// For each word, whether it lies inside one of the document's time expressions ([`Ctx::in_time`]), marked once
    /// on first use.
    pub time_words: OnceLock<Vec<bool>>,
}

impl<'a> Ctx<'a> {
    pub fn new(doc: &'a Document) -> Ctx<'a> {
        Ctx::with_rules(doc, RuleSet::ALL)
    }

    /// Whether word `i` lies inside one of the document's time expressions. The words are marked once per context:
    /// a scan over every time expression for every word asked about made long, dated articles quadratic.
    pub fn in_time(&self, i: usize) -> bool {
        let marks = self.time_words.get_or_init(|| {
            let mut marks = vec![false; self.words.len()];
            for sp in self.doc.times.iter().filter_map(|t| self.doc.span(t.start, t.end)) {
                let (first, last) = self.words.range_of(sp);
                marks.iter_mut().take(last).skip(first).for_each(|m| *m = true);
            }
            marks
        });
        marks.get(i).copied().unwrap_or(false)
    }

    /// The word range `[first, last)` of the sentence word `i` is in.
    pub fn sentence_of(&self, i: usize) -> Option<(usize, usize)> {
        self.words.get(i).and_then(|w| self.sent_words.get(w.sent)).copied()
    }

    /// The context with the rules `rules` switches off left out.
    pub fn with_rules(doc: &'a Document, rules: RuleSet) -> Ctx<'a> {
        let words = if rules.on(Rule::AbbreviationPossessive) {
            Words::with_abbreviation_possessives(doc)
        } else {
            Words::new(doc)
        };
        let mut mentions = Vec::new();
        for (mi, m) in doc.mentions.iter().enumerate() {
            let Some(entity) = doc.entity_of_mention(mi) else {
                continue;
            };
            let (first, last) = words.range_of(m.span);
            if last <= first {
                continue;
            }
            let sent = words.get(first).map_or(usize::MAX, |w| w.sent);
            mentions.push(MentionAt { first, last, entity, sent });
        }
        mentions.sort_by_key(|m| (m.first, m.last));
        let mut mention_of_word = vec![None; words.len()];
        for (k, m) in mentions.iter().enumerate() {
            for slot in mention_of_word.iter_mut().take(m.last).skip(m.first) {
                *slot = Some(k);
            }
        }
        let mut sent_words = vec![(0, 0); doc.sentences.len()];
        for (s, sent) in doc.sentences.iter().enumerate() {
            sent_words[s] = words.range_of(sent.span);
        }
        Ctx {
            doc,
            words,
            mentions,
            mention_of_word,
            sent_words,
            rules,
            unattached: false,
            first_accident: OnceLock::new(),
            time_words: OnceLock::new(),
        }
    }

    /// Whether the named rule runs.
    pub fn on(&self, rule: Rule) -> bool {
        self.rules.on(rule)
    }

    pub fn kind(&self, e: EntityIdx) -> Option<EntityKind> {
        self.doc.entities.get(e).map(|x| x.kind)
    }

    pub fn is_org(&self, e: EntityIdx) -> bool {
        self.kind(e).is_some_and(EntityKind::is_org)
    }

    pub fn is_person(&self, e: EntityIdx) -> bool {
        self.kind(e) == Some(EntityKind::Person)
    }

    /// Whether no organisation's or person's mention covers word `k` (a place's or service's may).
    pub fn no_org_or_person_at(&self, k: usize) -> bool {
        self.mention_of_word
            .get(k)
            .copied()
            .flatten()
            .and_then(|mi| self.mentions.get(mi))
            .is_none_or(|m| !self.is_org(m.entity) && !self.is_person(m.entity))
    }

    /// The mention starting exactly at word `i`.
    pub fn mention_starting(&self, i: usize) -> Option<MentionAt> {
        let k = (*self.mention_of_word.get(i)?)?;
        let m = self.mentions[k];
        (m.first == i).then_some(m)
    }

    /// The first word from `k` on (before `sl`) past at most four lower-case words that start no
    /// mention and are not "and": where a name after a short phrase ("of the shoe giant X",
    /// "'s most popular apps X") would start.
    pub fn past_lower_words(&self, mut k: usize, sl: usize) -> usize {
        let mut hops = 0;
        while k < sl
            && hops < 4
            && self.mention_starting(k).is_none()
            && self.words.is_lower_word(k)
            && self.words.lower(k) != crate::lexicon::grammar::AND
        {
            k += 1;
            hops += 1;
        }
        k
    }

    /// The mention ending exactly before word `i` (its last word is `i - 1`).
    pub fn mention_ending(&self, i: usize) -> Option<MentionAt> {
        let k = (*self.mention_of_word.get(i.checked_sub(1)?)?)?;
        let m = self.mentions[k];
        (m.last == i).then_some(m)
    }

    /// The mentions of sentence `s`, in order.
    pub fn mentions_in(&self, s: usize) -> impl Iterator<Item = MentionAt> + '_ {
        self.mentions.iter().copied().filter(move |m| m.sent == s)
    }

    /// Word `i` is a possessive ("Acme's", or "Payments" followed by "'").
    pub fn possessive_at(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.lower.ends_with("'s")) || self.words.lower(i + 1) == "'"
    }

    /// The organisation with the most mentions (the earliest on a tie).
    pub fn main_org(&self) -> Option<EntityIdx> {
        self.most_mentioned(|_, ent| ent.kind.is_org())
    }

    /// Of the entities `keep` accepts, the one with the most mentions (the earliest on a tie).
    pub fn most_mentioned(&self, keep: impl Fn(EntityIdx, &Entity) -> bool) -> Option<EntityIdx> {
        let mut best: Option<(EntityIdx, usize)> = None;
        for (e, ent) in self.doc.entities.iter().enumerate() {
            let n = ent.mentions.len();
            if keep(e, ent) && best.is_none_or(|(_, b)| n > b) {
                best = Some((e, n));
            }
        }
        best.map(|(e, _)| e)
    }

    /// The span of sentence `s` (an empty span at 0 when out of range).
    pub fn sent_span(&self, s: usize) -> Span {
        self.doc.sentences.get(s).map_or_else(zero_span, |x| x.span)
    }

    pub fn evidence(&self, s: usize, confidence: f32) -> Evidence {
        Evidence { span: self.sent_span(s), confidence: confidence.clamp(0.0, 1.0) }
    }

    /// Whether the mention looks like a clause subject rather than the object of a preposition:
    /// the words before it (skipping up to three lower-case noun-phrase words) are not a
    /// preposition.
    pub fn subject_like(&self, m: MentionAt) -> bool {
        let mut i = m.first;
        let mut hops = 0;
        while i > 0 && hops < 6 {
            // a conjunct: "of A and its B" — look past A
            if self.words.lower(i - 1) == "and"
                && let Some(prev) = self.mention_ending(i - 1)
            {
                i = prev.first;
                hops += 1;
                continue;
            }
            if matches!(self.words.lower(i - 1), "its" | "their") {
                i -= 1;
                hops += 1;
                continue;
            }
            let w = self.words.lower(i - 1);
            if matches!(
                w,
                "from"
                    | "of"
                    | "by"
                    | "with"
                    | "at"
                    | "for"
                    | "to"
                    | "in"
                    | "on"
                    | "into"
                    | "against"
                    | "than"
                    | "over"
                    | "behind"
                    | "including"
                    | "among"
                    | "as"
            ) {
                return false;
            }
            let np_word = self.words.is_lower_word(i - 1)
                && !matches!(
                    w,
                    "said"
                        | "says"
                        | "that"
                        | "when"
                        | "and"
                        | "but"
                        | "which"
                        | "while"
                        | "how"
                        | "quickly"
                        | "after"
                        | "before"
                        | "because"
                        | "as"
                        | "if"
                );
            if !np_word {
                return true;
            }
            i -= 1;
            hops += 1;
        }
        true
    }

    /// What "its", "it" or "the company" at word `i` refers to: the nearest subject-like
    /// organisation before it in the sentence, else the first organisation of the sentence, else
    /// of one of the three sentences before (subject-like first), else the main organisation;
    /// never `exclude`.
    pub fn its_referent(&self, i: usize, exclude: Option<EntityIdx>) -> Option<EntityIdx> {
        self.referent(i, exclude, true)
    }

    /// Like [`Ctx::its_referent`], but never an organisation named later in the sentence.
    pub fn referent_back(&self, i: usize, exclude: Option<EntityIdx>) -> Option<EntityIdx> {
        self.referent(i, exclude, false)
    }

    fn referent(&self, i: usize, exclude: Option<EntityIdx>, forward: bool) -> Option<EntityIdx> {
        let s = self.words.get(i)?.sent;
        let ok = |m: &MentionAt| self.is_org(m.entity) && Some(m.entity) != exclude;
        // "Acme, which X bought in 2018, launched its ...": the subject before a relative clause
        let (sf, _) = self.sent_words.get(s).copied().unwrap_or((0, 0));
        if let Some(m) = self.mention_starting(sf).filter(|m| ok(m))
            && self.words.lower(m.last) == ","
            && matches!(self.words.lower(m.last + 1), "which" | "who" | "whose")
            && (m.last + 2..i).any(|k| self.words.lower(k) == ",")
        {
            return Some(m.entity);
        }
        // "A and its subsidiary B": "its" right after "A and" is A's
        if self.on(Rule::ConjunctIts)
            && self.words.lower(i) == crate::lexicon::grammar::ITS
            && self.words.lower(i.wrapping_sub(1)) == crate::lexicon::grammar::AND
            && let Some(m) = i.checked_sub(1).and_then(|a| self.mention_ending(a)).filter(|m| ok(m))
        {
            return Some(m.entity);
        }
        if let Some(m) =
            self.mentions.iter().rev().find(|m| m.sent == s && m.last <= i && ok(m) && self.subject_like(**m))
        {
            return Some(m.entity);
        }
        if forward && let Some(m) = self.mentions.iter().find(|m| m.sent == s && ok(m)) {
            return Some(m.entity);
        }
        for back in 1..=3 {
            let Some(p) = s.checked_sub(back) else { break };
            let in_p = || self.mentions.iter().filter(move |m| m.sent == p && ok(m));
            if let Some(m) = in_p().find(|m| self.subject_like(**m)).or_else(|| in_p().next()) {
                return Some(m.entity);
            }
        }
        self.main_org().filter(|e| Some(*e) != exclude)
    }

    /// Who "he" or "she" in sentence-start word `sf` refers to: the first person of the nearest
    /// sentence before it that names one.
    pub fn pronoun_person(&self, sf: usize) -> Option<EntityIdx> {
        let s = self.words.get(sf)?.sent;
        (0..s)
            .rev()
            .take(4)
            .find_map(|p| self.mentions.iter().find(|m| m.sent == p && self.is_person(m.entity)).map(|m| m.entity))
    }
}

/// The empty span at 0.
fn zero_span() -> Span {
    // 0 <= 0, so `Span::new` cannot refuse it.
    Span::new(0, 0).expect("an empty span at 0 is valid")
}
