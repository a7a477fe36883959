//! Outages: consumes the relate context (sentences, mentions, `doc.times`, `doc.durations`) and
//! the relations found so far, produces one [`Outage`] per distinct incident.
//!
//! 1. **Triggers.** A sentence is about an outage when it has a strong trigger word ("outage",
//!    "disruption", "failure", "breakdown", "fault", "crashed", "offline", "unreachable", "out of
//!    action", "went dark", "was down", "stopped working", "cut power", "power was lost", "a loss of
//!    power", "without service", "disabled thousands of PCs", "a denial-of-service attack", ...). Metaphors ("an outage of
//!    confidence", "failure to ...", "failure of the talks", "a crash in demand"), paired channels ("offline and online"), hypotheticals
//!    ("could", "would", "if", "risk", "prevent" just before), services withheld on purpose ("made it unavailable", a blocking or censorship
//!    story) and disruptions of transport, trade or customer service do not count; words that
//!    also describe markets ("crash", "failure", "disruption") need a technology word in the
//!    sentence until an incident has been described. Weak triggers ("incident", "problem",
//!    "blamed", "apologised", "restored") only add sentences to an incident.
//! 2. **Incidents.** Each time expression in a trigger sentence anchors an incident, unless it is
//!    the dateline, a report date ("said on Friday", "a hearing (May 3)", "on 5 May I wrote", "On Friday the bank said
//!    the fault had been traced": a day opening a report of something earlier), another event's date ("a deal
//!    agreed in September"), a day in a future clause ("On Tuesday the committee will question X"), dated only by a trigger that points back to an incident told ("that failure"), a relative year ("this year"), or later than
//!    publication. A sentence with several anchors is cut into one segment per anchor, and an
//!    anchor counts only if its segment has a trigger (a trigger right before the next anchor is
//!    that anchor's: "an outage in August 2023"; a date coordinated with the anchor before it shares
//!    its trigger: "cuts that hit A on 28 August, and B on 5 September"; a range's end, "between 2
//!    and 4 March", none); anchors with the same date share an incident
//!    unless the segment says it is another ("a separate outage"), and so do the clock times of a
//!    sentence with a start or end cue on the day after the incident just told ("not restored until
//!    1.15am on Saturday"). Trigger sentences without an
//!    anchor, and sentences whose clock times carry a start or end cue ("began at", "restored
//!    by"), join the incident with their date, else the
//!    one just described when they follow it directly, else the article's first incident; such
//!    sentences seen before any incident wait for the first one. Each dated row of an outage table told one
//!    cell a line ("Outage Start", "Outage End", then "Sunday 23/04/2023 08:00", ...) opens its own incident.
//! 3. **Attributes.** An undated incident (the article's only one) stands with a well-supported provider, or
//!    when the sentence that opened it is in the paragraph of a lead that dates an event (the lead's story,
//!    provider or not), or when the title names an outage and it has a provider or a date (told only
//!    vaguely, a provider's incident takes the publication year). It takes the date of the sentence that opened it or
//!    one beside it (a report's background sentence), else the date of the lead's event, else the
//!    publication date when told in the present perfect ("has suspended"), else the day of its report ("said on
//!    Wednesday it had fixed"). start: a clock time with a start cue, else the anchor date; end: the latest clock time
//!    with an end cue ("restored", "recovered", "resolved", "back", "by") on the same day or the night after, else start + a duration
//!    stated as "N minutes after/later"; duration: from start and end, else a stated duration (at most three days, not
//!    "within"); location: a place mention scored by cues (zone codes, "data centre in X", "X region"); cause: the
//!    phrase after "caused by", "due to", "blamed X for", "traced ... to", the subject of "caused", "knocked",
//!    "crashed", "failed", "went wrong" ..., else a cyber attack named ("a ransomware attack"); provider: the
//!    organisation best supported by subject position, possession ("X's network", "its systems"), the cause ("an update
//!    from X", not "a data centre operated by X"), blame ("blamed X"), the place of the fault ("a fault at X"), the
//!    target of an enforcement action ("a settlement with X", "an investigation into whether X"), "X failed to", never
//!    a source ("according to X") nor a name that only modifies the subject ("the Icelandic bank, X,"); when the dated
//!    sentences name no organisation, the operator of a service hit, else the provider of the article's first incident
//!    ("a similar disruption in 2022"), else a service named alone; affected: services named in the incident's
//!    sentences, and companies or public bodies there that the sentence says it hit, alone or as part of a list
//!    ("affected X", "customers of X and its Y", "X, Y and Z grounded flights", "X was down"), never the provider's
//!    family nor public bodies reporting on or investigating it.

use crate::lexicon::facts::ATTACK_WORDS;
use crate::lexicon::facts::PROVIDER_NOUNS_EXTRA;
use crate::lexicon::facts::{ACCORDING, ACTION, BLAMED, LASTED, OUT, UNABLE, WENT};
use crate::lexicon::facts::{
    AMBIGUOUS_FAILURES, BLAMED_BY, CLAUSE_OPENERS, END_CUES_ADJACENT, FIGURATIVE_OF, LASTED_BEFORE, LITERAL_FAILURES,
    MARKET_CRASH_WORDS, MARKET_NOUNS, NON_TECH_MODIFIERS, NOT_OUTAGE_DURATION, NOT_START_CUES, PROVIDER_VERBS_AFTER,
    REPORT_CUES, SOURCE_NOUNS, START_CUES_ADJACENT, UNABLE_TO_VERBS, WENT_STATES, WHEN_FAILED_VERBS,
};
use crate::lexicon::facts::{AT_FAILURE_GAP, AT_FAILURE_NOUNS, STOPPED_STATES, STOPPED_WORDS};
use crate::lexicon::facts::{CAUSE_AFTER, CAUSE_VERBS, END_CUES, FAULT_WORDS, OWN_NOUNS, START_CUES, STRONG, WEAK};
use crate::lexicon::facts::{DATING_PREPS, OTHER_EVENT_VERBS};
use crate::lexicon::facts::{ENFORCEMENT_NOUNS, ENFORCEMENT_PREPS, ENFORCEMENT_SKIP, ENFORCEMENT_VERBS};
use crate::lexicon::facts::{FAILED_VERBS, RESUMED_GAP, RESUMED_WORDS, SEPARATE_WORDS};
use crate::lexicon::grammar::AT_IN;
use crate::lexicon::grammar::{AND, BETWEEN, BY, FROM, IN, OF, TO, WHEN, WITHIN_PREFIX};
use crate::lexicon::grammar::{ARTICLES, THE};
use crate::lexicon::grammar::{OWNER_PRONOUNS, SAID};
use crate::lexicon::organisations::COMPANY_NOUNS;
use crate::lexicon::time::is_later_word;
use crate::lexicon::words::is_in;
use crate::lexicon::words::is_region_code;
use std::collections::HashSet;

use crate::time::TimeValue;
use newskg_doc::{EntityIdx, EntityKind, Outage, Relation, RelationKind};

use super::Ctx;
use crate::rulebook::Rule;

mod affected;
mod details;
mod event_utility;
mod not_incident;
mod other_event;
mod provider;
mod sections;
mod table;
mod tech_issue;
mod timing;
mod told_loss;
mod triggers;
use affected::*;
use details::*;
pub(crate) use event_utility::{supply_provider_stands, utility_provider_stands};
use provider::*;
pub(crate) use provider::{failure_at_words, named_supplier_words};
pub(crate) use sections::roundup_heads;
use timing::*;
use triggers::*;

#[derive(Debug, Clone)]
struct TimeAt {
    first: usize,
    last: usize,
    value: TimeValue,
    text: String,
}

#[derive(Debug, Default)]
struct Incident {
    date: Option<TimeValue>,
    /// (sentence, word range) pieces that belong to it.
    pieces: Vec<(usize, usize, usize)>,
    /// Sentences with an anchor for this incident.
    anchor_sents: Vec<usize>,
    /// The place-headed paragraph of a roundup it was opened in (`outages-place-sections`).
    section: Option<usize>,
}

/// The outages of a document: sentences are read in order and attached to incidents (a dated
/// trigger sentence opens or joins the incident of its date; other outage sentences join the
/// incident of their date, the one just described or the first), then each incident is built.
pub(crate) fn outages(ctx: &Ctx<'_>, relations: &[Relation]) -> Vec<Outage> {
    let published = ctx.doc.article.published.as_ref().map(|p| p.date);
    let times = times_at(ctx);
    let dateline_end = dateline_end(ctx);
    let mut found = Incidents::default();
    if ctx.on(Rule::PlaceSections) {
        found.sections = sections::place_sections(ctx);
    }
    let rows = if ctx.on(Rule::TableRows) { table::table_rows(ctx, &times) } else { Vec::new() };
    for (s, &(sf, sl)) in ctx.sent_words.iter().enumerate() {
        if let Some(row) = rows.iter().find(|r| (r.first..r.first + r.cells).contains(&s)) {
            found.add_row(ctx, row, &times);
            continue;
        }
        let in_outage_story = !found.list.is_empty();
        let strong: Vec<usize> = (sf..sl).filter(|&i| strong_trigger(ctx, i, sf, in_outage_story)).collect();
        let weak = ctx.on(Rule::WeakTriggers) && (sf..sl).any(|i| WEAK.contains(&ctx.words.lower(i)));
        let sent_times: Vec<&TimeAt> = times.iter().filter(|t| t.first >= sf && t.last <= sl).collect();
        // candidate anchors
        let mut anchors: Vec<&TimeAt> = Vec::new();
        for t in &sent_times {
            // "between 2 and 4 March": the range's start dates the incident, its end none
            let ends_range = ctx.on(Rule::CoordinatedDates) && range_end(ctx, t, &sent_times);
            if may_date_incident(ctx, t, sf, dateline_end, published) && !ends_range {
                anchors.push(t);
            }
        }
        // "that failure" once an incident is told points back to it: it dates no other one
        let dating: Vec<usize> = strong
            .iter()
            .copied()
            .filter(|&i| !(in_outage_story && ctx.on(Rule::ReportDates) && points_back(ctx, i)))
            .collect();
        let accepted = anchored_segments(ctx, sf, sl, &anchors, &dating);
        // a clock time with a start or end cue makes the sentence a timeline
        let cued = sent_times.iter().any(|t| is_clock(&t.value) && cue_of(ctx, t, sf) != Cue::None);
        if !accepted.is_empty() {
            found.add_dated(ctx, s, accepted, cued);
            continue;
        }
        let cue_clock = ctx.on(Rule::CueClocks) && cued;
        let hypothetical_only =
            ctx.on(Rule::Hypothetical) && !strong.is_empty() && strong.iter().all(|&i| hypothetical(ctx, i, sf));
        if !strong.is_empty() && !hypothetical_only || weak || cue_clock {
            found.add_undated(ctx, s, (sf, sl), &sent_times, !strong.is_empty() && !hypothetical_only);
        }
    }
    let incidents = found.list;
    let mut out = Vec::new();
    let mut prior: Option<EntityIdx> = None;
    // in a roundup, the one incident told outside the places' paragraphs is the article's one
    let unplaced = incidents.iter().filter(|inc| inc.section.is_none()).count();
    for inc in &incidents {
        // a place's own paragraph in a roundup tells its own incident, dated or not
        let allow_undated = inc.section.map_or(unplaced == 1, |_| true);
        if let Some(o) = build(ctx, inc, &times, relations, prior, allow_undated) {
            prior = prior.or(o.provider);
            out.push(o);
        }
    }
    out
}

/// The document's time expressions with their word ranges and lower-cased text.
fn times_at(ctx: &Ctx<'_>) -> Vec<TimeAt> {
    ctx.doc
        .times
        .iter()
        .filter_map(|t| {
            let span = ctx.doc.span(t.start, t.end)?;
            let (first, last) = ctx.words.range_of(span);
            (last > first).then(|| TimeAt { first, last, value: t.value, text: ctx.doc.slice(span).to_lowercase() })
        })
        .collect()
}

/// The anchors of a sentence that stand, each with its segment `[start, end)`: the sentence is cut
/// at each anchor (a later anchor's segment starts at the clause boundary before it: "..., and in
/// June 2018", "... came after X suffered a failure last December"); an anchor stands when a
/// strong trigger is in its segment within 25 words, or it is a clock time with a start cue; a
/// rejected anchor's words stay with the segment before it.
fn anchored_segments<'t>(
    ctx: &Ctx<'_>,
    sf: usize,
    sl: usize,
    anchors: &[&'t TimeAt],
    strong: &[usize],
) -> Vec<(&'t TimeAt, usize, usize)> {
    // segments: [anchor_i.first, anchor_{i+1}.first), the first from the sentence start
    // Each later anchor's segment starts at the clause boundary before it ("..., and in June
    // 2018", "... came after X suffered a failure last December").
    let starts: Vec<usize> = anchors
        .iter()
        .enumerate()
        .map(|(k, a)| {
            if k == 0 {
                return sf;
            }
            let floor = anchors[k - 1].last;
            (floor..a.first).rev().find(|&q| is_in(CLAUSE_OPENERS, ctx.words.lower(q))).map_or(a.first, |q| q + 1)
        })
        .collect();
    let mut accepted: Vec<(&TimeAt, usize, usize)> = Vec::new();
    for (k, a) in anchors.iter().enumerate() {
        let seg_start = starts[k];
        let seg_end = starts.get(k + 1).copied().unwrap_or(sl);
        // a trigger right before the next anchor is that anchor's ("announced ... an
        // investigation into a 911 outage in August 2023")
        let next_anchor = anchors.get(k + 1).map(|n| n.first);
        let near_trigger = strong.iter().any(|&i| {
            i >= seg_start
                && i < seg_end
                && i.abs_diff(a.first) <= 25
                && next_anchor.is_none_or(|n| n <= i || n - i > ATTACHED_ANCHOR_GAP)
        });
        // a trigger right before this anchor is its own even when the cut put it in the segment
        // before ("fined X over a supply failure in January 2023")
        let floor = k.checked_sub(1).map_or(sf, |j| anchors[j].last);
        let attached = strong.iter().any(|&i| i >= floor && i < a.first && a.first - i <= ATTACHED_ANCHOR_GAP);
        let start_clock = is_clock(&a.value) && cue_of(ctx, a, sf) == Cue::Start;
        // "power cuts that hit A on 28 August, and B on 5 September": the trigger of the phrase
        // before dates this one too
        let coordinated = ctx.on(Rule::CoordinatedDates)
            && k.checked_sub(1).is_some_and(|j| {
                accepted.last().is_some_and(|&(p, _, _)| std::ptr::eq(p, anchors[j]))
                    && coordinated_anchor(ctx, anchors[j], a)
            });
        if near_trigger || attached || start_clock || coordinated {
            accepted.push((a, seg_start, seg_end));
        } else if let Some(prev) = accepted.last_mut() {
            // a rejected anchor's words stay with the incident before it
            prev.2 = seg_end;
        }
    }
    accepted
}

/// Whether anchor `a` is coordinated with the anchor `p` before it in a parallel phrase: both
/// dates (not clock times) of different days, each after the same dating preposition, with "and"
/// and at most [`COORDINATED_GAP`] words and no outage, start or end word between ("on 28 August,
/// and the West Midlands on 5 September").
fn coordinated_anchor(ctx: &Ctx<'_>, p: &TimeAt, a: &TimeAt) -> bool {
    let prep = |t: &TimeAt| {
        let own = ctx.words.lower(t.first);
        if is_in(DATING_PREPS, own) { own } else { ctx.words.lower(t.first.wrapping_sub(1)) }
    };
    let gap = p.last..a.first;
    !is_clock(&p.value)
        && !is_clock(&a.value)
        && day_key(&p.value) != day_key(&a.value)
        && a.first > p.last
        && a.first - p.last <= COORDINATED_GAP
        && is_in(DATING_PREPS, prep(p))
        && prep(p) == prep(a)
        && gap.clone().any(|k| ctx.words.lower(k) == AND)
        && gap.clone().all(|k| {
            let w = ctx.words.lower(k);
            !STRONG.contains(&w) && !is_in(START_CUES, w) && !is_in(END_CUES, w) && !is_in(RESUMED_WORDS, w)
        })
}

/// At most this many words from one coordinated date to the next.
const COORDINATED_GAP: usize = 8;

/// At most this many words from a trigger to a time that dates it ("outage in August 2023").
const ATTACHED_ANCHOR_GAP: usize = 3;

/// The incidents found so far while the sentences are read in order.
#[derive(Default)]
struct Incidents {
    list: Vec<Incident>,
    /// The incident described last.
    current: Option<usize>,
    /// Sentences about the incident seen before it is dated or opened ("services were restored
    /// by 11:40" before "the disruption started at 7:50").
    pending: Vec<usize>,
    /// The last sentence attached to an incident.
    last_attached: Option<usize>,
    /// For each sentence, the place-headed paragraph of a roundup it stands in (empty, or all
    /// `None`, in any other article): a sentence joins only an incident of its own paragraph.
    sections: Vec<Option<usize>>,
}

impl Incidents {
    /// Sentence `s` with standing anchors: each segment joins the incident of its date (else the
    /// open undated one, else a new one), sharpening that incident's date; the first incident
    /// opened also takes the pending sentences.
    fn add_dated(&mut self, ctx: &Ctx<'_>, s: usize, accepted: Vec<(&TimeAt, usize, usize)>, cued: bool) {
        let before_count = self.list.len();
        let section = self.section_of(s);
        for (a, seg_start, seg_end) in accepted {
            let day = day_key(&a.value);
            // "a separate 911 outage that also occurred on ...": not the incident of that date
            let found = if distinct_incident(ctx, seg_start, seg_end) {
                None
            } else {
                self.list
                    .iter()
                    .position(|inc| {
                        inc.section == section && inc.date.as_ref().is_some_and(|d| same_incident_date(d, &a.value))
                    })
                    .or_else(|| self.timeline_of(ctx, a, cued).filter(|&c| self.list[c].section == section))
            };
            let idx = match found {
                Some(i) => i,
                None => match self.current {
                    Some(c) if self.list[c].date.is_none() && self.list[c].section == section => c,
                    _ => {
                        self.list.push(Incident { section, ..Incident::default() });
                        self.list.len() - 1
                    }
                },
            };
            let inc = &mut self.list[idx];
            let upgrade =
                inc.date.as_ref().is_none_or(|d| precision(&a.value) > precision(d) && day.starts_with(&day_key(d)));
            if upgrade {
                inc.date = Some(a.value);
            }
            inc.pieces.push((s, seg_start, seg_end));
            inc.anchor_sents.push(s);
            self.current = Some(idx);
        }
        self.last_attached = Some(s);
        if before_count == 0 && !self.list.is_empty() {
            for p in self.pending.drain(..) {
                let (pf, pl) = ctx.sent_words.get(p).copied().unwrap_or((0, 0));
                self.list[0].pieces.push((p, pf, pl));
            }
        }
    }

    /// "... stopped working at 6.20pm and were not restored until 1.15am on Saturday": the clock
    /// times of a sentence with a start or end cue (`cued`), on the day after the incident just
    /// told (a day-dated one), tell its night, not another incident: that incident.
    fn timeline_of(&self, ctx: &Ctx<'_>, a: &TimeAt, cued: bool) -> Option<usize> {
        let c = self.current.filter(|_| cued && ctx.on(Rule::CueClocks))?;
        let d = self.list.get(c)?.date.as_ref()?;
        let next_day = value_first_day(d)?.succ_opt()?;
        (precision(d) >= 3 && is_clock(&a.value) && value_first_day(&a.value) == Some(next_day)).then_some(c)
    }

    /// An outage sentence `s` without a standing anchor: it joins the incident of a date it
    /// names, else the one just described when it follows it directly, else the first; with
    /// none open, a real trigger (`opens`) opens an undated incident with the pending sentences,
    /// and anything else waits.
    fn add_undated(&mut self, ctx: &Ctx<'_>, s: usize, (sf, sl): (usize, usize), sent_times: &[&TimeAt], opens: bool) {
        // clock times on another day than the open incident: find that day's incident
        // a sentence dated like a known incident ("Friday's incident") belongs to it
        let section = self.section_of(s);
        let by_date = sent_times.iter().find_map(|t| {
            let d = day_key(&t.value);
            self.list
                .iter()
                .position(|inc| inc.section == section && inc.date.as_ref().is_some_and(|x| day_key(x) == d))
        });
        // an undated sentence continues the incident just described, or else returns to the
        // article's main (first) incident; in a roundup, only one of its own place's paragraph
        let contiguous = self.last_attached.is_some_and(|l| l + 1 == s);
        let first = self.list.iter().position(|inc| inc.section == section);
        let current = self.current.filter(|&c| self.list[c].section == section);
        let target = by_date.or(if contiguous || self.list.is_empty() { current } else { first });
        // a sentence of a place with no incident yet waits only while the article has none
        let waits = self.list.is_empty();
        match target {
            Some(c) => {
                self.list[c].pieces.push((s, sf, sl));
                self.last_attached = Some(s);
            }
            None if opens => {
                let mut pieces: Vec<(usize, usize, usize)> = self
                    .pending
                    .drain(..)
                    .map(|p| {
                        let (pf, pl) = ctx.sent_words.get(p).copied().unwrap_or((0, 0));
                        (p, pf, pl)
                    })
                    .collect();
                pieces.push((s, sf, sl));
                self.list.push(Incident { date: None, pieces, anchor_sents: vec![s], section });
                self.current = Some(self.list.len() - 1);
                self.last_attached = Some(s);
            }
            None if waits => self.pending.push(s),
            None => {}
        }
    }

    /// The place-headed paragraph sentence `s` stands in, if any.
    fn section_of(&self, s: usize) -> Option<usize> {
        self.sections.get(s).copied().flatten()
    }
}

/// Whether words `[a, b)` name an incident distinct from one already told: "a separate outage",
/// "another attack", "a second outage" (the trigger at most three words after).
fn distinct_incident(ctx: &Ctx<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        is_in(SEPARATE_WORDS, ctx.words.lower(k))
            && (k + 1..(k + 4).min(b)).any(|q| {
                let w = ctx.words.lower(q);
                STRONG.contains(&w) || is_in(ATTACK_WORDS, w)
            })
    })
}

/// "according to [outage tracker] X": X reports, it is neither provider nor affected.
fn is_source(ctx: &Ctx<'_>, first: usize) -> bool {
    (first.saturating_sub(5)..first).any(|k| ctx.words.lower(k) == ACCORDING && ctx.words.lower(k + 1) == TO)
}

/// Word index just past the dateline ("CITY, 11 September —"), if the text opens with one.
fn dateline_end(ctx: &Ctx<'_>) -> Option<usize> {
    let (sf, sl) = *ctx.sent_words.first()?;
    let first = ctx.words.get(sf)?;
    let letters: Vec<char> = first.text.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2 || !letters.iter().all(|c| c.is_uppercase()) {
        return None;
    }
    (sf..sl.min(sf + 10)).find(|&i| matches!(ctx.words.lower(i), "—" | "–" | "-" | "--")).map(|i| i + 1)
}

/// Whether word `i` is a strong outage trigger; an ambiguous word ("crash", "failure") needs a
/// technology word in its sentence unless the article has already described an incident.
fn strong_trigger(ctx: &Ctx<'_>, i: usize, sf: usize, in_outage_story: bool) -> bool {
    let w = ctx.words.lower(i);
    let next = ctx.words.lower(i + 1);
    let next2 = ctx.words.lower(i + 2);
    let metaphors = ctx.on(Rule::Metaphors);
    let hit = if STRONG.contains(&w) {
        // metaphors and non-technical failures
        !metaphors
            || !(is_in(LITERAL_FAILURES, w)
                && (next == TO || (next == OF && is_in(FIGURATIVE_OF, next2) && !technical_object(ctx, i + 2)))
                || (is_in(MARKET_CRASH_WORDS, w) && next == IN && is_in(MARKET_NOUNS, next2))
                || (is_in(crate::lexicon::facts::CRASH_WORDS, w) && next == crate::lexicon::facts::INTO)
                || is_in(NON_TECH_MODIFIERS, ctx.words.lower(i.wrapping_sub(1)))
                || channel_pair(ctx, i)
                || not_incident::compliance_failure(ctx, i)
                || not_incident::party_failure(ctx, i))
    } else if ctx.on(Rule::TriggerPhrases) {
        (w == OUT && next == OF && next2 == ACTION)
            || supply_lost(ctx, i)
            || machines_disabled(ctx, i)
            || cyber_attack(ctx, i)
            || technical_problem(ctx, i)
            || (ctx.on(Rule::TechIssues) && tech_issue::tech_issue(ctx, i))
            || (w == WENT && is_in(WENT_STATES, next))
            || (is_in(STOPPED_WORDS, w) && is_in(STOPPED_STATES, next))
            || service_down(ctx, i, sf)
            || (w == UNABLE && next == TO && is_in(UNABLE_TO_VERBS, next2))
            || could_not(ctx, i)
            || problems_using(ctx, i)
            || told_failure(ctx, i)
            || (ctx.on(Rule::EventUtility) && event_utility::utility_out(ctx, i))
            || unable_service_job(ctx, i)
            || out_of_service(ctx, i)
            || not_working(ctx, i)
            || told_loss::cable_cut(ctx, i)
            // a restoration opens an incident; once one is told it only joins it (a weak trigger)
            || !in_outage_story && restore_supply(ctx, i)
    } else {
        false
    };
    // words that also describe markets, talks or supply chains count only next to technology
    let ambiguous = is_in(AMBIGUOUS_FAILURES, w);
    // "could not" tells a past inability, not the hypothetical "could"
    let past_inability = could_not(ctx, i) || could_not_do(ctx, i) && unable_service_job(ctx, i);
    hit && !(ctx.on(Rule::Hypothetical) && hypothetical(ctx, i, sf) && !past_inability)
        && !(ctx.on(Rule::Withheld) && withheld(ctx, i, sf))
        && !(ctx.on(Rule::NonServiceDisruption)
            && (non_service_disruption(ctx, i) && !(ctx.on(Rule::SupplyDisruption) && supply_disruption(ctx, i))
                || product_recall(ctx, i)))
        && !vehicle_crash(ctx, i)
        && !reported_under_rules(ctx, i)
        && ctx.mention_of_word.get(i).copied().flatten().is_none()
        && (!ambiguous
            || !ctx.on(Rule::TechContext)
            || in_outage_story
            || tech_context(ctx, i)
            || utility_context(ctx, i)
            || (ctx.on(Rule::SupplyDisruption) && supply_disruption(ctx, i)))
}

/// Technology words that make an ambiguous failure word an outage ("a database fault", "crashed
/// devices", "a disruption in its cloud region", a technical modifier right before: "a technical
/// failure", "an IT failure"), or a service named in the sentence.
fn tech_context(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::facts::{IT_ACRONYM, TECH_WORDS as TECH, TECHNICAL_MODIFIERS};
    // "a technical failure", "a computer fault", "an IT failure"
    let before = i.checked_sub(1).and_then(|k| ctx.words.get(k));
    if before.is_some_and(|w| is_in(TECHNICAL_MODIFIERS, &w.lower) || w.text == IT_ACRONYM) {
        return true;
    }
    let Some(s) = ctx.words.get(i).map(|w| w.sent) else { return false };
    let Some(&(sf, sl)) = ctx.sent_words.get(s) else { return false };
    (sf..sl).any(|k| TECH.contains(&ctx.words.lower(k)))
        || ctx.mentions_in(s).any(|m| {
            ctx.kind(m.entity) == Some(EntityKind::Service)
                || ctx.words.get(m.first).is_some_and(|w| is_region_code(w.text))
        })
}

/// "the most severe disruption since 2005", "the longest outage since its takeover of a rival in
/// May": a time in a "since" phrase after a superlative is the point compared with, not the date of
/// an incident.
fn compared_since(ctx: &Ctx<'_>, t: &TimeAt, sf: usize) -> bool {
    use crate::lexicon::facts::{COMPARED_SINCE, COMPARED_SINCE_GAP, SUPERLATIVE_GAP, SUPERLATIVES};
    (t.first.saturating_sub(COMPARED_SINCE_GAP).max(sf)..=t.first)
        .rev()
        .find(|&k| ctx.words.lower(k) == COMPARED_SINCE)
        .is_some_and(|k| {
            (k.saturating_sub(SUPERLATIVE_GAP).max(sf)..k).any(|q| is_in(SUPERLATIVES, ctx.words.lower(q)))
        })
}

/// "a deal agreed in September", "a system installed in 2021": a time right after the participle
/// of a business event (with "in", "on" or "during" between) dates that event, not an incident.
fn dates_other_event(ctx: &Ctx<'_>, t: &TimeAt, sf: usize) -> bool {
    let Some(mut p) = t.first.checked_sub(1).filter(|&p| p >= sf) else { return false };
    if is_in(DATING_PREPS, ctx.words.lower(p)) {
        let Some(q) = p.checked_sub(1).filter(|&q| q >= sf) else { return false };
        p = q;
    }
    is_in(OTHER_EVENT_VERBS, ctx.words.lower(p))
}

fn anchor_value_ok(t: &TimeAt, published: Option<chrono::NaiveDate>) -> bool {
    if let TimeValue::Year(_) = t.value {
        // "this year", "last year" are too vague to anchor an incident
        if !t.text.chars().all(|c| c.is_ascii_digit() || c.is_whitespace()) && !t.text.starts_with("in ") {
            return false;
        }
    }
    match (value_first_day(&t.value), published) {
        (Some(d), Some(p)) => d <= p,
        _ => true,
    }
}

/// An incident's outage: its start, end and duration, cause, provider, affected parties,
/// location and label; nothing for an undated incident that is not the article's only one or
/// whose provider is weakly supported.
fn build(
    ctx: &Ctx<'_>,
    inc: &Incident,
    times: &[TimeAt],
    relations: &[Relation],
    prior: Option<EntityIdx>,
    allow_undated: bool,
) -> Option<Outage> {
    // an undated incident is kept only when it is the article's one incident and its provider is
    // well supported (checked below)
    let date = inc.date;
    if date.is_none() && !allow_undated {
        return None;
    }
    // an undated incident is the article's story: it takes the date of the lead's event ("A
    // helicopter ... on Tuesday struck power lines"), else, told in the present perfect or present
    // ("has suspended", "is down"), the publication date, else the day its report gives ("X said
    // on Wednesday it had fixed a problem that ...")
    let dated = date.is_some();
    let told = date
        .or_else(|| lead_date(ctx, times))
        .or_else(|| {
            let published = ctx.doc.article.published.as_ref()?.date;
            (told_loss::told_as_current(ctx, inc) || told_loss::current_loss(ctx, inc))
                .then_some(TimeValue::Date(published))
        })
        .or_else(|| report_day(ctx, inc, times).or_else(|| timeless_story_day(ctx, inc, times)))
        // a roundup tells each place's state on its day (`outages-place-sections`)
        .or_else(|| inc.section.and(ctx.doc.article.published.as_ref()).map(|p| TimeValue::Date(p.date)));
    let told = if dated || ctx.on(Rule::UndatedDate) { told } else { None };
    // an undated incident told beside a sentence that dates it ("On 9 January X upgraded its
    // network. The upgrade caused a loss of service ...") takes that date first; whether it
    // stands is still judged as before
    let nearby = (!dated && ctx.on(Rule::UndatedDate)).then(|| nearby_date(ctx, inc, times)).flatten();
    let date = nearby.or(told);
    // "without electricity for the past two weeks": the loss began that span before the day it is told on
    let date = if dated { date } else { date.map(|d| told_loss::elapsed_back(ctx, inc, d)) };
    let cause = cause_of(ctx, inc).filter(|_| ctx.on(Rule::Cause));
    let (scores, support) = provider_scores(ctx, inc, cause.as_ref());
    // the story the title names stands with a date or a provider; told only with vague times
    // ("last week", "the recent failure"), a provider's incident takes the publication year
    let title_story = !dated && ctx.on(Rule::TitleStory) && title_story(ctx);
    let told_date = told.is_some();
    let has_provider = support > 0.0;
    let date = date.or_else(|| {
        let published = ctx.doc.article.published.as_ref()?.date;
        (title_story && has_provider).then_some(TimeValue::Year(chrono::Datelike::year(&published)))
    });
    let (start, end) = start_and_end(ctx, inc, times, date);
    let (end, duration_minutes) = end_and_duration(ctx, inc, start, end);
    // a weakly supported (or missing) provider is enough when the incident is the dated lead's
    // story ("On 3 May a storm ... Emergency lines were down for hours")
    if !dated
        && support < 4.0
        && !(ctx.on(Rule::LeadStory) && lead_story(ctx, inc, times))
        && !(title_story && (told_date || has_provider))
        && !(ctx.on(Rule::EventUtility) && lead_date(ctx, times).is_some() && event_utility::utility_lost(ctx, inc))
        && !told_loss::loss_told(ctx, inc)
        && !(date.is_some() && told_loss::restored_told(ctx, inc))
        && inc.section.is_none()
    {
        return None;
    }
    let provider = choose_provider(ctx, inc, &scores, relations, prior);
    // a power outage whose anchor sentences name no organisation: the utility company the article names,
    // not an analyst, a broadcaster or a supplier named elsewhere
    let provider = if ctx.on(Rule::UtilityProvider)
        && event_utility::anchors_name_no_org(ctx, inc)
        && event_utility::power_told(ctx, inc)
        && !provider.is_some_and(|p| {
            event_utility::utility_company(ctx.doc, &ctx.words, p) && !event_utility::utility_site(ctx, p)
        }) {
        event_utility::article_utility(ctx).or(provider)
    } else {
        provider
    };
    // a gas or water outage whose anchor sentences name no organisation: the company named after that supply
    let provider = event_utility::supply_provider(ctx, inc, provider);
    let mut affected = affected_of(ctx, inc, cause.as_ref(), &provider_family(provider, relations));
    // "flights of X were delayed after a failure at Y": the subject the failing owner displaced
    // was hit
    if let Some(&(top, _)) = scores.first()
        && provider.is_some_and(|p| p != top && ctx.on(Rule::FailingOwner) && failing_owner(ctx, inc) == Some(p))
        && !affected.contains(&top)
        && !provider_family(provider, relations).contains(&top)
    {
        affected.push(top);
    }
    // the operator-shaped place that ran what failed is its provider, not where it failed
    let location = location_of(ctx, inc)
        .filter(|_| ctx.on(Rule::Place))
        .filter(|&l| !(ctx.on(Rule::OperatorKind) && provider == Some(l)));
    let (label, evidence) = label_and_evidence(ctx, inc, provider, location, start)?;
    if ctx.on(Rule::OtherEvent) && other_event::other_event_only(ctx, evidence.span) {
        return None;
    }
    if ctx.on(Rule::AttackOnly) && other_event::attack_only(ctx, inc) {
        return None;
    }
    Some(Outage {
        label,
        provider,
        affected,
        start,
        end,
        duration_minutes,
        location,
        cause: cause.map(|c| c.text).or_else(|| attack_cause(ctx, inc).filter(|_| ctx.on(Rule::Cause))),
        evidence,
    })
}

/// The date of the event the lead sentence reports: its first time expression of a day or finer
/// that is not the dateline or a report date and not after publication.
fn lead_date(ctx: &Ctx<'_>, times: &[TimeAt]) -> Option<TimeValue> {
    let published = ctx.doc.article.published.as_ref().map(|p| p.date);
    let &(sf, sl) = ctx.sent_words.first()?;
    let dateline = dateline_end(ctx);
    times
        .iter()
        .filter(|t| t.first >= sf && t.last <= sl && dateline.is_none_or(|e| t.first >= e))
        .find(|t| {
            matches!(t.value, TimeValue::Date(_) | TimeValue::DateTime { .. })
                && !report_date(ctx, t, sf)
                && !(ctx.on(Rule::ReportDates) && future_clause_date(ctx, t, sf))
                && anchor_value_ok(t, published)
        })
        .and_then(|t| value_first_day(&t.value))
        .map(TimeValue::Date)
}

/// Whether an undated incident is the story of a dated lead: the lead sentence dates an event
/// ([`lead_date`]) and the sentence that opened the incident (its first strong trigger) stands in
/// the lead's paragraph (no line break between them).
fn lead_story(ctx: &Ctx<'_>, inc: &Incident, times: &[TimeAt]) -> bool {
    let Some(&first) = inc.anchor_sents.first() else { return false };
    let lead_end = ctx.sent_span(0).end();
    let start = ctx.sent_span(first).start();
    lead_date(ctx, times).is_some()
        && ctx.doc.span(lead_end.min(start), start).is_some_and(|gap| !ctx.doc.slice(gap).contains('\n'))
}

/// Whether the article's title names an outage ("Service Disruption at X", "Statement on the 911
/// outage"): the article is that outage's story, so its one undated incident stands even when the
/// text names no well-supported provider (the detector still weighs it).
fn title_story(ctx: &Ctx<'_>) -> bool {
    let title = ctx.doc.article.title.as_deref().unwrap_or("");
    title
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .any(|w| STRONG.contains(&w.to_lowercase().as_str()))
}

/// The day of the report in the incident's anchor sentences ("said on Wednesday"), when it is not
/// after publication.
fn report_day(ctx: &Ctx<'_>, inc: &Incident, times: &[TimeAt]) -> Option<TimeValue> {
    let published = ctx.doc.article.published.as_ref().map(|p| p.date);
    inc.anchor_sents.iter().find_map(|&s| {
        let &(sf, sl) = ctx.sent_words.get(s)?;
        times
            .iter()
            .filter(|t| t.first >= sf && t.last <= sl)
            .find(|t| {
                matches!(t.value, TimeValue::Date(_) | TimeValue::DateTime { .. })
                    && if ctx.on(Rule::ReportDates) {
                        verb_report_date(ctx, t, sf) || opening_report_date(ctx, t, sf)
                    } else {
                        report_date(ctx, t, sf)
                    }
                    && anchor_value_ok(t, published)
            })
            .and_then(|t| value_first_day(&t.value))
            .map(TimeValue::Date)
    })
}

/// Whether word `i` lies in one of the incident's pieces.
fn in_pieces(inc: &Incident, i: usize) -> bool {
    inc.pieces.iter().any(|&(_, a, b)| i >= a && i < b)
}
