//! Rule-based recognition: consumes a segmented [`Document`] and the model's raw mentions,
//! produces the final mentions with their kinds.
//!
//! What the rules do:
//! - **Candidates.** The model's mentions (when a model ran), trimmed to their capitalised core
//!   ("Bing search engine" → "Bing"; all-lower-case spans and lone generic words such as "IT" or
//!   "Payments" dropped), plus rule candidates: runs of capitalised words (joined across "&",
//!   across "of"/"for" after an organisation word as in "Authority of X", across "and" before one
//!   as in "Securities and Investments Commission", across "of" after a place head as in "Bay of
//!   Biscay", and across an abbreviation's full stop as in "U.S. East"). With a model, a run that opens a sentence needs a strong cue (legal suffix,
//!   organisation word, service head word, gazetteer entry); where a run overlaps model mentions
//!   the model wins, unless the run covers them and adds a suffix or head word or joins two of
//!   them ("Acme" + "Pay" → "Acme Pay", "Park" + "Min-jae" → "Park Min-jae"), or completes a
//!   person's first name with a plain surname ("Jane" + "Roe"), or adds to one model mention only
//!   words the model leaned towards as a name (`rules/pieces.rs`; such a run may open a sentence;
//!   numbers and a few acronyms the model read into a name stay in it); never a person and a place or body
//!   beside it ("Norland" + "Jane Roe"). A person's surname after a particle ("al-Haddad") stays
//!   in the name. Always: cloud region
//!   codes ("us-east-1"), facility codes next to a place noun ("FRA-3 facility"), zones ("Zone
//!   B"), a dateline place ("HANGZHOU, 11 September —"), web domains, lower-case cloud service
//!   phrases in outage sentences ("cloud API", "elastic compute service"), and emergency call
//!   numbers near call words ("999 calls", "Triple Zero"; `rules/emergency.rs`), and a body named
//!   with the Crown's possessive ("His Majesty's Government"; `rules/crown.rs`), and a ministry or
//!   committee named by a list of portfolios ("Department of Transport, Tourism and Sport"; an
//!   office so named, "Minister for Arts, Heritage and the Gaeltacht", is no entity;
//!   `rules/portfolios.rs`); an Irish "An" mid-sentence opens the name after it ("An Post";
//!   `rules/irish.rs`). US congressional releases' party tags, dateline codes and field names are
//!   handled in `rules/congress.rs`.
//! - **Units.** A body's unit the model read with its owner ("Acme's Bureau of Trade") is split
//!   into the owner and the unit; a compass place the model read without the unit's head word
//!   ("Acme's Northeast" + "Region") takes it in; the unit is an organisation ([`UNIT_HEADS`]).
//! - **Clean-up.** A nationality ("Iranian", "North American"), a place's people ("New Zealanders")
//!   and a word opening a title ("Prime" of "Prime Minister") are no names.
//!   A possessive "'s" and suffixes such as "-based" or "-owned" are cut off; a
//!   capitalised sentence-initial word alone is kept only when the same word is capitalised
//!   elsewhere not at a sentence start (so "Users" or "Airlines" opening a sentence are not names).
//! - **Kinds.** Every occurrence of a surface form votes, and all its occurrences take the
//!   winning kind: cues inside the name (legal suffix → Company, "Authority"/"Ministry"/... →
//!   Organization, "App"/"Console"/"Actions" → Service, region code or known place → Location),
//!   cues around it ("the messaging app X", "X, Acme's search engine" → Service; "payments
//!   company X" → Company; "chief executive X", "X, Acme's chief executive", "X, who" → Person; "chief executive of X" → not a Person;
//!   "its X region", "X-based", "a data centre in X" → Location), and the model's own label
//!   (weighted by its confidence). Members of a list ("A, B and C") with no cue of their own take
//!   the kind of a member the rules typed clearly as a service or person; a single word that opens
//!   a longer organisation's name is that organisation's short name, not a person; the name that
//!   closes a witness-list item ("Jane Roe, Chief Executive, Acme") is an organisation, not a
//!   person (`rules/item_slot.rs`).
//!
//! An optional [`Gazetteer`] of company names (one per line, or the SEC `company_tickers.json`
//! format) marks matching names as companies; pass it with [`Rules::new`].

use crate::lexicon::grammar::RELATIVE_WHO_WHOSE;
use crate::lexicon::grammar::{OF, THE};
use crate::lexicon::names::{NAME_LIST_GAPS, is_break_word};
use crate::lexicon::organisations::{
    COMPANY_HYPHEN_SUFFIXES, COMPANY_NOUNS, COMPANY_SUFFIXES, LEGAL_SUFFIXES, NOT_ENTITY_HEADS, ORG_CUES, ORG_NAMES,
    ORG_NOUNS, UNIT_HEADS, comma_legal_form_end,
};
use crate::lexicon::people::{TITLE_OPENERS, is_title_word};
use crate::lexicon::places::{COMPASS_WORDS, DEMONYMS, PLACE_HYPHEN_SUFFIXES, PLACE_MODIFIERS, PLACE_OF_HEADS, PLACES};
use crate::lexicon::services::{NOT_MODEL_AFTER, SERVICE_HEADS, is_service_noun};
use crate::lexicon::time::TIME;
use crate::lexicon::words::{is_domain, is_facility_code, is_in, is_region_code, strip_possessive};
use crate::rulebook::{Rule, RuleSet};
use crate::words::Words;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::recognise::RawMention;
use newskg_doc::{Document, EntityKind, Mention, MentionSource, Span};

mod gazetteer;
pub use gazetteer::{Gazetteer, GazetteerError};

mod shape;
use shape::*;

mod candidates;
use candidates::*;

mod votes;

mod and_heads;
mod and_other;
mod congress;
mod crown;
mod emergency;
mod events;
mod firms;
mod irish;
mod item_slot;
mod job_units;
mod listed_products;
pub(crate) use listed_products::listed_product_spans;
mod longnames;
mod model_numbers;
mod parties;
mod person_of;
mod pieces;
mod portfolios;
mod stations;
mod titles_alone;
use emergency::emergency_cands;

/// The recognition rules, with their optional resources.
#[derive(Debug, Clone, Copy)]
pub struct Rules<'g> {
    gazetteer: Option<&'g Gazetteer>,
    mode: RuleMode,
    disabled: RuleSet,
}

/// How much the rules do on top of a recogniser; the lighter modes measure a recogniser alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RuleMode {
    /// Rules trim and type the recogniser's mentions and add their own (the shipped set-up).
    #[default]
    Full,
    /// Rules trim and type the recogniser's mentions but add none.
    TypingOnly,
    /// No rules: the recogniser's spans and labels as they are (an unspecified ORG counts as
    /// Company).
    Off,
}

/// Combines model mentions with rule mentions and decides each mention's kind (no gazetteer).
pub fn combine(doc: &Document, raw: &[RawMention], have_model: bool) -> Vec<Mention> {
    Rules::new(None).combine(doc, raw, have_model)
}

/// The recogniser's mentions as they are, without overlaps or blank spans.
fn bare(doc: &Document, raw: &[RawMention]) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(raw.len());
    let mut sorted: Vec<&RawMention> = raw.iter().collect();
    sorted.sort_by_key(|r| (r.span.start(), std::cmp::Reverse(r.span.end())));
    for r in sorted {
        let blank = !doc.slice(r.span).chars().any(char::is_alphanumeric);
        if blank || out.last().is_some_and(|m| m.span.overlaps(r.span)) {
            continue;
        }
        out.push(Mention {
            span: r.span,
            kind: r.kind,
            confidence: r.confidence.clamp(0.0, 1.0),
            source: MentionSource::Model,
        });
    }
    out
}

/// A candidate mention before its kind is decided.
#[derive(Debug, Clone)]
struct Cand {
    span: Span,
    /// Word indices `[first, last)`.
    first: usize,
    last: usize,
    votes: [f32; 5],
    source: MentionSource,
    model_conf: Option<f32>,
    /// A rule that must win over the model when spans overlap (codes, datelines).
    strong: bool,
    /// A name listed after a plural product noun (rule `recognise-listed-products`): it replaces
    /// the model's pieces it covers, and the learned typing never drops it.
    listed: bool,
}

impl Cand {
    /// A rule's candidate over words `[first, last)` for a single kind (`votes[kind] = weight`),
    /// `strong` where it must win over the model.
    fn rule(span: Span, (first, last): (usize, usize), kind: usize, weight: f32, strong: bool) -> Cand {
        let mut votes = [0.0; 5];
        votes[kind] = weight;
        Cand { span, first, last, votes, source: MentionSource::Rule, model_conf: None, strong, listed: false }
    }

    /// A rule's one-word candidate for a single kind (`votes[kind] = weight`).
    fn word(span: Span, i: usize, kind: usize, weight: f32) -> Cand {
        Cand::rule(span, (i, i + 1), kind, weight, false)
    }
}

fn kind_idx(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Company => 0,
        EntityKind::Organization => 1,
        EntityKind::Person => 2,
        EntityKind::Service => 3,
        EntityKind::Location => 4,
    }
}

/// The vote a model COMPANY or ORGANIZATION label gives its kind: below the other labels' 4.0,
/// because the rules' cues still weigh in on companies, organisations and services.
const MODEL_ORG_PRIOR: f32 = 1.8;

/// The least name probability the recogniser must give one word of a capitalised run, without a
/// strong name cue, for the rules to add it as a name the recogniser missed.
pub const RULE_NAME_SUPPORT: f32 = 0.2;

/// The weights of the kind votes ([`Rules::votes_for`]), named and explained once.
///
/// The scale: about 3 decides a kind on its own (a model label votes 4.0 times its confidence,
/// an organisation label [`MODEL_ORG_PRIOR`]); about 2 is a good cue that one contrary cue can
/// outweigh; below 1 only breaks ties. Set by hand on the project's own sentences, never on the
/// evaluation articles; changing one changes the dev-set score.
mod weight {
    /// An organisation word inside the name ("Authority", "Ministry"): outweighs a legal suffix.
    pub(super) const ORG_CUE_IN_NAME: f32 = 3.5;
    /// A legal suffix ("Ltd", "Inc"): a company on its own.
    pub(super) const LEGAL_SUFFIX: f32 = 3.0;
    /// A service head word ending a longer name ("Acme Pay", "Contoso Console").
    pub(super) const SERVICE_HEAD_WORD: f32 = 3.2;
    /// A model number after a name or after "the" ("Boeing 787", "the A380"): a product; it
    /// outweighs the maker's company label the name alone carried.
    pub(super) const MODEL_NUMBER: f32 = 5.0;
    /// A web domain alone ("example.com"): the site, a service.
    pub(super) const WEB_DOMAIN: f32 = 3.0;
    /// A name in the general place list (alone, with a modifier, or with a compass word).
    pub(super) const KNOWN_PLACE: f32 = 2.6;
    /// The same when a model ran: it already labels places well, so the list counts for less.
    pub(super) const KNOWN_PLACE_WITH_MODEL: f32 = 1.5;
    /// A gazetteer entry.
    pub(super) const GAZETTEER: f32 = 2.0;
    /// A known non-business organisation name: decides it.
    pub(super) const KNOWN_ORG_NAME: f32 = 4.0;
    /// Rules alone: the default for an unexplained capitalised name.
    pub(super) const UNEXPLAINED_NAME: f32 = 0.5;
    /// A two- or three-word plain name whose last word appears alone elsewhere: a surname.
    pub(super) const SURNAME_ALONE_ELSEWHERE: f32 = 1.5;
    /// The same whose first word appears alone elsewhere: a short company name ("Acme" for "Acme Pay").
    pub(super) const FIRST_WORD_ALONE_ELSEWHERE: f32 = 1.2;
    /// A title or appointment word right before a person-shaped name ("chief executive X", "named X").
    pub(super) const TITLE_BEFORE: f32 = 3.0;
    /// A title a few words before "," and the name ("Acme's CEO, X").
    pub(super) const TITLE_BEFORE_COMMA: f32 = 2.5;
    /// "chief executive of X", "chairman at the X": the organisation of a post, never a person
    /// (taken off the person vote, so a model's person label on a company is outweighed).
    pub(super) const OBJECT_OF_TITLE: f32 = 4.0;
    /// The organisation slot of a witness-list item ("Jane Roe, Chief Executive, Acme").
    pub(super) const ITEM_ORG: f32 = 2.0;
    /// The same closing the item (";", a full stop, a line break): it outweighs a place's cues.
    pub(super) const ITEM_ORG_LAST: f32 = 3.5;
    /// "X, who": a person.
    pub(super) const WHO_AFTER: f32 = 2.0;
    /// "X, 52,": a person with an age.
    pub(super) const AGE_AFTER: f32 = 2.5;
    /// "X stepped down / resigned / retired".
    pub(super) const LEFT_POST: f32 = 2.5;
    /// "X became / was named chief executive".
    pub(super) const TOOK_POST: f32 = 2.0;
    /// "X, which": a thing, most often a company.
    pub(super) const WHICH_AFTER: f32 = 0.5;
    /// "X's chief executive": the owner of a title is an organisation.
    pub(super) const OWNER_OF_TITLE: f32 = 2.0;
    /// "X's ..." with anything else after it: a weak hint of an organisation.
    pub(super) const OWNER: f32 = 0.4;
    /// A service noun after the name ("X search engine", "X users").
    pub(super) const SERVICE_NOUN_AFTER: f32 = 2.2;
    /// An organisation before a title ("Acme spokesperson Jane Roe").
    pub(super) const ORG_BEFORE_TITLE: f32 = 2.0;
    /// "X region", "its X data centre": a place.
    pub(super) const PLACE_NOUN_AFTER: f32 = 3.0;
    /// "X said / announced / shares": a weak hint of a company.
    pub(super) const COMPANY_VERB_AFTER: f32 = 0.3;
    /// A buying verb before the name ("acquired X"): bought things are companies.
    pub(super) const BOUGHT: f32 = 2.0;
    /// A run in a deal's or an owner's slot ("acquired X", "X was merged into"): most often a company.
    pub(super) const DEAL_PARTY: f32 = 1.0;
    /// A name listed after a plural product noun ("games such as X"): a product, a service.
    pub(super) const LISTED_PRODUCT: f32 = 1.5;
    /// "X, which Acme bought": the same in a relative clause.
    pub(super) const BOUGHT_RELATIVE: f32 = 2.5;
    /// A typing noun in the noun phrase before the name ("the messaging app X", "payments company X", "the regulator X").
    pub(super) const NOUN_PHRASE_BEFORE: f32 = 3.0;
    /// "users / version of X": a service.
    pub(super) const USERS_OF: f32 = 2.2;
    /// "wrote on X", "a message on X", "via X": a platform people post on, a service.
    pub(super) const POSTED_ON: f32 = 2.2;
    /// "its flagship product, X,": a service in apposition.
    pub(super) const SERVICE_APPOSITION: f32 = 2.5;
    /// "selling X as a standalone product".
    pub(super) const SOLD_AS_PRODUCT: f32 = 2.0;
    /// "Acme's Widget" with no verb after it: more often a product than a company.
    pub(super) const POSSESSED_NAME: f32 = 0.6;
    /// A unit named after its owner's possessive ("Acme's Bureau of Trade"): an organisation.
    pub(super) const POSSESSED_UNIT: f32 = 3.5;
    /// "in / across / near X": a weak hint of a place.
    pub(super) const PLACE_PREPOSITION: f32 = 0.8;
    /// "based in X", "a facility in X": a place.
    pub(super) const PLACE_PREPOSITION_AFTER_NOUN: f32 = 2.5;
    /// "X, the/a/one of ... <noun>,": the kind the apposition's head noun names.
    pub(super) const APPOSITION_HEAD: f32 = 2.0;
}

const COMPANY: usize = 0;
const ORG: usize = 1;
const PERSON: usize = 2;
const SERVICE: usize = 3;
const PLACE: usize = 4;

impl<'g> Rules<'g> {
    /// Rules using an optional company gazetteer.
    pub fn new(gazetteer: Option<&'g Gazetteer>) -> Rules<'g> {
        Rules { gazetteer, mode: RuleMode::Full, disabled: RuleSet::ALL }
    }

    /// The same rules with the named rules `disabled` switches off left out.
    pub fn with_disabled(self, disabled: RuleSet) -> Rules<'g> {
        Rules { disabled, ..self }
    }

    /// Whether the named rule runs.
    fn on(&self, rule: Rule) -> bool {
        self.disabled.on(rule)
    }

    /// The same rules in another mode.
    pub fn with_mode(self, mode: RuleMode) -> Rules<'g> {
        Rules { mode, ..self }
    }

    /// The same rules, but adding no mentions of their own: they only trim the recogniser's
    /// mentions and decide their kinds.
    pub fn typing_only(self) -> Rules<'g> {
        self.with_mode(RuleMode::TypingOnly)
    }

    /// Combines model mentions with rule mentions and decides each mention's kind.
    ///
    /// `have_model` false means no model ran: the rules then recognise names from capitalisation.
    pub fn combine(&self, doc: &Document, raw: &[RawMention], have_model: bool) -> Vec<Mention> {
        self.combine_scored(doc, raw, have_model, None)
    }

    /// [`Rules::combine`] with the recogniser's per-word name probabilities, when it has them: a
    /// capitalised run the recogniser did not tag and that has no strong name cue is added only
    /// if the recogniser gave one of its words at least [`RULE_NAME_SUPPORT`].
    pub fn combine_scored(
        &self,
        doc: &Document,
        raw: &[RawMention],
        have_model: bool,
        name_scores: Option<&[(Span, f32)]>,
    ) -> Vec<Mention> {
        if self.mode == RuleMode::Off {
            return bare(doc, raw);
        }
        let words = Words::new(doc);
        let mut cands: Vec<Cand> = Vec::new();
        for r in raw {
            let pieces = if self.on(Rule::PossessiveUnit) { owner_and_unit(doc, &words, r) } else { None };
            let Some((owner, unit)) = pieces else {
                cands.extend(self.model_cand(doc, &words, r));
                continue;
            };
            cands.extend(owner.and_then(|o| self.model_cand(doc, &words, &o)));
            if let Some(mut c) = self.model_cand(doc, &words, &unit) {
                c.votes[ORG] += weight::POSSESSED_UNIT;
                cands.push(c);
            }
        }
        let mut rule = if self.mode == RuleMode::Full {
            let model_spans: Vec<Span> = cands.iter().map(|c| c.span).collect();
            self.rule_cands(doc, &words, have_model, name_scores, &model_spans)
        } else {
            Vec::new()
        };
        // Rule candidates give way to overlapping model ones, except strong rules (codes,
        // datelines) and names the model cut short of their legal suffix.
        rule.retain(|rc| {
            let overlapping: Vec<usize> = (0..cands.len()).filter(|&k| cands[k].span.overlaps(rc.span)).collect();
            if overlapping.is_empty() {
                return true;
            }
            if rc.strong {
                for &k in overlapping.iter().rev() {
                    cands.remove(k);
                }
                return true;
            }
            // The rule's name covers the model's pieces: a suffix or head word the model left out
            // ("Acme Pay" seen as "Acme"), or one name the model cut in two ("Park" + "Min-jae").
            let covers = overlapping.iter().all(|&k| rc.span.contains(cands[k].span));
            // "Port of Valdez": a place head and "of" open the name
            let place_of = is_in(PLACE_OF_HEADS, words.lower(rc.first)) && words.lower(rc.first + 1) == OF;
            let name_cue = place_of
                || has_company_suffix(&words, rc.first, rc.last)
                || self.org_cue(&words, rc.first, rc.last)
                || (rc.last - rc.first >= 2 && words.get(rc.last - 1).is_some_and(|w| is_in(SERVICE_HEADS, w.base())));
            // A person the model named beside a place or body ("Germany" + "Jane Roe", "Air
            // Force" + "Jane Roe") is two names, not one; a person's name the model cut short of
            // a plain capitalised surname ("Jane" + "Roe") is one.
            let person_piece = |k: usize| argmax(&cands[k].votes).0 == PERSON;
            let mixed = overlapping.len() >= 2
                && overlapping.iter().any(|&k| person_piece(k))
                && overlapping.iter().any(|&k| !person_piece(k));
            let surname_after = overlapping.len() == 1
                && person_piece(overlapping[0])
                && cands[overlapping[0]].first == rc.first
                && rc.last > cands[overlapping[0]].last
                && (cands[overlapping[0]].last..rc.last).all(|i| words.get(i).is_some_and(|w| plain_name_word(w.text)));
            // A run that adds to one model mention words the model itself leaned towards as a
            // name ("Velmora" read, "Velmora Tallis" written); a person is left to the rule above.
            let extends = self.on(Rule::ExtendModelPiece)
                && overlapping.len() == 1
                && !person_piece(overlapping[0])
                && pieces::extends_piece(
                    &words,
                    (rc.first, rc.last),
                    (cands[overlapping[0]].first, cands[overlapping[0]].last),
                    name_scores,
                );
            if self.on(Rule::MergeModelPieces)
                && covers
                && !mixed
                && (name_cue
                    || overlapping.len() >= 2
                    || surname_after
                    || extends
                    || (rc.listed && overlapping.iter().all(|&k| cands[k].span != rc.span)))
            {
                let mut merged = rc.clone();
                for &k in overlapping.iter().rev() {
                    let old = cands.remove(k);
                    for (v, o) in merged.votes.iter_mut().zip(old.votes) {
                        *v += o;
                    }
                    merged.model_conf = match (merged.model_conf, old.model_conf) {
                        (Some(a), Some(b)) => Some(a.max(b)),
                        (a, b) => a.or(b),
                    };
                    merged.source = MentionSource::Model;
                }
                cands.push(merged);
            }
            false
        });
        cands.extend(rule);
        cands.sort_by_key(|c| (c.span.start(), std::cmp::Reverse(c.span.end())));
        // drop nested or overlapping leftovers, keeping the earlier (longer) one
        let mut kept: Vec<Cand> = Vec::new();
        for c in cands {
            if let Some(k) = kept.last_mut() {
                if k.span == c.span {
                    for (a, b) in k.votes.iter_mut().zip(c.votes) {
                        *a += b;
                    }
                    k.strong |= c.strong;
                    continue;
                }
                if k.span.overlaps(c.span) {
                    continue;
                }
            }
            kept.push(c);
        }
        // "the Clayton Act", "Troubled Asset Relief Program": laws and programmes are no entities
        kept.retain(|c| {
            !(self.on(Rule::NotEntityHeads)
                && c.last > c.first + 1
                && words.get(c.last - 1).is_some_and(|w| {
                    w.text.starts_with(|ch: char| ch.is_uppercase()) && is_in(NOT_ENTITY_HEADS, w.base())
                }))
        });
        self.on(Rule::EventNames).then(|| events::drop_event_names(&words, &mut kept));
        self.on(Rule::PortfolioLists).then(|| portfolios::drop_office_pieces(doc, &words, &mut kept));
        self.on(Rule::JobUnits).then(|| job_units::drop_job_units(&words, &mut kept));
        self.on(Rule::TitlesAlone).then(|| titles_alone::drop_titles_alone(&words, &mut kept));
        self.on(Rule::PartyTags).then(|| congress::drop_party_tags(doc, &mut kept));
        self.on(Rule::DatelineCodes).then(|| congress::join_dateline_codes(doc, &words, &mut kept));
        self.on(Rule::FieldNames).then(|| congress::drop_field_names(doc, &mut kept));
        let (suffixes, for_the) = (self.on(Rule::CommaLegalSuffix), self.on(Rule::ForTheNames));
        longnames::take_in_long_names(doc, &words, &mut kept, suffixes, for_the);
        self.on(Rule::AndCompany).then(|| firms::take_in_firms(doc, &words, &mut kept));
        self.on(Rule::AndHead).then(|| and_heads::take_in_and_halves(doc, &words, &mut kept));
        self.on(Rule::LegalFormPerson).then(|| firms::no_person_with_legal_form(&words, &mut kept));
        let (numerals, lower_legal) = (self.on(Rule::NumeralNames), self.on(Rule::LowerLegalSuffix));
        parties::take_in_party_names(doc, &words, &mut kept, numerals, lower_legal);
        self.on(Rule::PersonOfPlace).then(|| person_of::split_person_of_place(doc, &words, &mut kept));
        self.on(Rule::PersonHonorifics).then(|| person_of::trim_honorifics(doc, &words, &mut kept));
        let (postal, plurals) = (self.on(Rule::PostalNumbers), self.on(Rule::PluralModels));
        self.on(Rule::ModelNumbers).then(|| model_numbers::with_model_numbers(doc, &words, &mut kept, postal, plurals));
        self.on(Rule::IrishArticle).then(|| irish::take_in_irish_article(doc, &words, &mut kept));
        for c in kept.iter_mut() {
            self.on(Rule::OfficeWordTrim).then(|| pieces::trim_office_word(doc, &words, c));
            self.on(Rule::StationWord).then(|| pieces::trim_station_word(doc, &words, c));
        }
        self.on(Rule::CallSignBand).then(|| stations::take_in_bands(doc, &words, &mut kept));
        self.decide_kinds(doc, &words, kept, have_model)
    }

    fn model_cand(&self, doc: &Document, words: &Words<'_>, r: &RawMention) -> Option<Cand> {
        let (mut first, mut last) = words.range_of(r.span);
        let (opening, closing) = (first, last);
        // Keep what looks like a name: trim lower-case words ("Bing search engine", "the app"),
        // function words and titles ("The", "CEO") from both ends; keep codes and domains.
        let keep = |i: usize| {
            name_word(words, i)
                || hyphenated_given_name(words, i)
                || (r.kind == EntityKind::Person && i > opening && particle_surname(words, i))
                || words.get(i).is_some_and(|w| is_region_code(w.text) || is_domain(w.text))
                || (self.on(Rule::ModelNameParts) && pieces::name_part_word(words, i, opening, closing))
        };
        let digits =
            |i: usize| words.get(i).is_some_and(|w| w.text.len() <= 4 && w.text.chars().all(|c| c.is_ascii_digit()));
        while first < last && !keep(first) {
            first += 1;
        }
        while last > first && !keep(last - 1) && !(digits(last - 1) && last - 1 > first && keep(last - 2)) {
            last -= 1;
        }
        // "the Norland group Acme Pay": a lower-case descriptor inside the mention ends what
        // describes the name, not part of it
        if self.on(Rule::InnerDescriptor)
            && let Some(j) = (first + 1..last.saturating_sub(1))
                .rev()
                .find(|&j| words.is_lower_word(j) && is_in(COMPANY_NOUNS, words.lower(j)) && name_word(words, j + 1))
        {
            first = j + 1;
        }
        // "Prime" of "Prime Minister": a word opening a title is part of the title
        while self.on(Rule::GenericWordAlone) && last > first && opens_title(words, last - 1) {
            last -= 1;
        }
        let (fw, lw) = (words.get(first)?, words.get(last.checked_sub(1)?)?);
        if last <= first {
            return None;
        }
        if r.kind == EntityKind::Location && words.lower(last) == TIME {
            return None; // "Beijing time" names a clock zone
        }
        // a generic word alone ("Payments", "Group") is no name, nor a nationality ("Iranian
        // officials") or a place's people ("New Zealanders") read as a body or a place
        let nationality =
            r.kind != EntityKind::Person && pieces::nationality_run(words, first, last, &run_key(words, first, last));
        if self.on(Rule::GenericWordAlone)
            && ((last - first == 1 && (is_in(COMPANY_SUFFIXES, fw.base()) || is_in(ORG_CUES, fw.base())))
                || nationality)
        {
            return None;
        }
        let mut end = lw.span.end().min(r.span.end().max(lw.span.end()));
        if let Some(s) = lw.text.strip_suffix("'s") {
            end = lw.span.start() + s.len();
        } else if let Some(cut) = hyphen_cut(lw.text) {
            end = lw.span.start() + cut;
        }
        let start = fw.span.start().max(r.span.start().min(fw.span.start()));
        let span = doc.span(start, end)?;
        if span.is_empty() || !doc.slice(span).chars().any(char::is_alphanumeric) {
            return None;
        }
        let mut votes = [0.0; 5];
        let k = kind_idx(r.kind);
        // a label the model is unsure of counts for less
        votes[k] += if k == COMPANY || k == ORG { MODEL_ORG_PRIOR } else { 4.0 } * r.confidence.clamp(0.0, 1.0);
        Some(Cand {
            span,
            first,
            last,
            votes,
            source: MentionSource::Model,
            model_conf: Some(r.confidence.clamp(0.0, 1.0)),
            strong: false,
            listed: false,
        })
    }

    /// Rule candidates: capitalised runs (all of them without a model; only those with strong
    /// cues with one), codes, zones, the dateline and service phrases.
    fn rule_cands(
        &self,
        doc: &Document,
        words: &Words<'_>,
        have_model: bool,
        name_scores: Option<&[(Span, f32)]>,
        model_spans: &[Span],
    ) -> Vec<Cand> {
        let mut out = Vec::new();
        let runs = if self.on(Rule::CapitalisedRuns) {
            capitalised_runs(doc, words, self.on(Rule::DivisionOf))
        } else {
            Vec::new()
        };
        // Words capitalised somewhere other than a sentence start.
        let mut cap_elsewhere: HashSet<String> = HashSet::new();
        for &(first, last, _) in &runs {
            for i in first..last {
                if let Some(w) = words.get(i)
                    && (!w.sent_start || last - first > 1)
                {
                    cap_elsewhere.insert(w.base().to_string());
                }
            }
        }
        for &(first, last, end_byte) in &runs {
            // "Rival Acme Games said": a descriptor opening the sentence is not part of the name
            let descriptor =
                |w: &str| is_in(COMPANY_NOUNS, w) || is_service_noun(w) || is_in(ORG_NOUNS, w) || is_title_word(w);
            let first = if self.on(Rule::SentenceStartDescriptor)
                && last - first >= 2
                && words.get(first).is_some_and(|w| w.sent_start && descriptor(w.base()))
            {
                first + 1
            } else {
                first
            };
            let Some(w0) = words.get(first) else { continue };
            // "Ex-Acme CFO": the prefix marks a former position, not part of the name
            let lead =
                if (w0.text.starts_with("Ex-") || w0.text.starts_with("ex-")) && w0.text.len() > 4 { 3 } else { 0 };
            let Some(span) = doc.span(w0.span.start() + lead, end_byte) else {
                continue;
            };
            let key = run_key(words, first, last);
            let single = last - first == 1;
            let party = self.on(Rule::DealPartyRuns) && parties::deal_slot(words, first, last);
            if words.lower(last) == TIME {
                continue; // "Pacific time", "Beijing time": a clock zone, not a mention
            }
            if single && is_in(COMPANY_SUFFIXES, w0.base().trim_end_matches('.')) {
                continue; // "LLC" or "L.P." after a comma belongs to the name before it
            }
            if self.on(Rule::GenericWordAlone) && pieces::nationality_run(words, first, last, &key) {
                continue; // "Icelandic", "New Zealanders": a nationality or a people, no name
            }
            if self.on(Rule::GenericWordAlone) && opens_title(words, last - 1) {
                continue; // "Prime" of "Prime Minister", "Australian Prime Minister"
            }
            if single && w0.sent_start {
                let after = words.lower(last);
                let introduced =
                    (after == "," && is_in(RELATIVE_WHO_WHOSE, words.lower(last + 1))) || w0.text.ends_with("'s");
                let known = introduced
                    || (cap_elsewhere.contains(w0.base()) && !is_in(COMPANY_SUFFIXES, w0.base()))
                    || is_in(PLACES, &key)
                    || is_in(ORG_NAMES, &key)
                    || self.gazetteer.is_some_and(|g| g.contains(&key))
                    || is_region_code(w0.text);
                if !known && !party {
                    continue;
                }
            }
            let strong_name = has_company_suffix(words, first, last)
                || self.org_cue(words, first, last)
                || (last - first >= 2 && words.get(last - 1).is_some_and(|w| is_in(SERVICE_HEADS, w.base())))
                || self.gazetteer.is_some_and(|g| g.contains(&key))
                || (self.on(Rule::CommaLegalSuffix) && comma_legal_form_end(&doc.text, end_byte).is_some())
                || (self.on(Rule::KnownOrgStart)
                    && is_in(ORG_NAMES, &key)
                    && (key.len() > 4 || !w0.text.chars().any(char::is_lowercase)));
            // with a model, a name it missed is kept when the rules have a reason: a strong name
            // cue, or a capitalised name away from a sentence start (the model's own mentions
            // win wherever they overlap)
            // (a run that strictly contains a model mention may still complete it, see
            // `pieces::extends_piece`; it stands only if it does)
            let completes_model =
                self.on(Rule::ExtendModelPiece) && model_spans.iter().any(|&s| span.contains(s) && s != span);
            if have_model && !strong_name && w0.sent_start && !completes_model && !party {
                continue;
            }
            // ... and, where the recogniser scores every word, only if it leaned towards a name
            // there ("White", "GHz", "Everyone" get well under 1 %; a name it tagged weakly or
            // typed otherwise gets more)
            if have_model
                && !strong_name
                && !party
                && let Some(scores) = name_scores
            {
                let support = scores.iter().filter(|(s, _)| span.overlaps(*s)).map(|&(_, p)| p).fold(0.0f32, f32::max);
                if support < RULE_NAME_SUPPORT {
                    continue;
                }
            }
            let source = if self.gazetteer.is_some_and(|g| g.contains(&key)) {
                MentionSource::Gazetteer
            } else {
                MentionSource::Rule
            };
            let votes = if party { [weight::DEAL_PARTY, 0.0, 0.0, 0.0, 0.0] } else { [0.0; 5] };
            out.push(Cand { span, first, last, votes, source, model_conf: None, strong: false, listed: false });
        }
        // names listed after a plural product noun ("games such as X, Y and Z"), whatever the model
        // leaned to: the noun says they are products
        if self.on(Rule::ListedProducts) {
            for (first, last, end_byte) in listed_products::listed_products(doc, words) {
                let Some(span) = words.get(first).and_then(|w| doc.span(w.span.start(), end_byte)) else { continue };
                out.retain(|c: &Cand| !(c.span.overlaps(span) && span.contains(c.span)));
                if out.iter().any(|c: &Cand| c.span.overlaps(span)) {
                    continue;
                }
                let cand = Cand::rule(span, (first, last), SERVICE, weight::LISTED_PRODUCT, false);
                out.push(Cand { listed: true, ..cand });
            }
        }
        // web domains used as names, in any case ("example.org")
        for (i, w) in words.words.iter().enumerate() {
            if self.on(Rule::WebDomains) && is_domain(w.text) && !out.iter().any(|c: &Cand| c.span.overlaps(w.span)) {
                out.push(Cand::word(w.span, i, SERVICE, 1.0));
            }
        }
        out.extend(code_cands(doc, words).into_iter().filter(|_| self.on(Rule::Codes)));
        out.extend(emergency_cands(doc, words).into_iter().filter(|_| self.on(Rule::EmergencyNumbers)));
        out.extend(crown::crown_body_cands(doc, words).into_iter().filter(|_| self.on(Rule::CrownBodies)));
        if self.on(Rule::PortfolioLists) {
            out.extend(portfolios::portfolio_names(doc, words).bodies);
        }
        out
    }

    /// The kind of each candidate: the votes of all occurrences of a surface form summed (a short
    /// name of an organisation and a weakly typed list member corrected), the best kind winning;
    /// a place takes a lower-case compass word before it.
    fn decide_kinds(&self, doc: &Document, words: &Words<'_>, mut cands: Vec<Cand>, have_model: bool) -> Vec<Mention> {
        // Single-word candidates, for the surname / short-name cues.
        let singles: HashSet<String> =
            cands.iter().filter(|c| c.last - c.first == 1).map(|c| run_key(words, c.first, c.last)).collect();
        // what the rules alone say about each surface form (the model's label left out)
        let mut rule_totals: HashMap<String, [f32; 5]> = HashMap::new();
        for c in &mut cands {
            let v = self.votes_for(doc, words, c, &singles, have_model);
            let r = rule_totals.entry(surface_key(doc.slice(c.span))).or_insert([0.0; 5]);
            for ((a, b), rr) in c.votes.iter_mut().zip(v).zip(r.iter_mut()) {
                *a += b;
                *rr += b;
            }
        }
        // Every occurrence of a surface form gets the summed vote.
        let mut totals: HashMap<String, [f32; 5]> = HashMap::new();
        for c in &cands {
            let key = surface_key(doc.slice(c.span));
            let t = totals.entry(key).or_insert([0.0; 5]);
            for (a, b) in t.iter_mut().zip(c.votes) {
                *a += b;
            }
        }
        self.on(Rule::ShortNames).then(|| short_names_of_organisations(&mut totals));
        let mut occurrence_count: HashMap<String, usize> = HashMap::new();
        for c in &cands {
            *occurrence_count.entry(surface_key(doc.slice(c.span))).or_insert(0) += 1;
        }
        let list_kind = list_kinds(doc, &cands, &rule_totals);
        let mut out = Vec::with_capacity(cands.len());
        for (ci, c) in cands.into_iter().enumerate() {
            let key = surface_key(doc.slice(c.span));
            let mut t = totals.get(&key).copied().unwrap_or(c.votes);
            let occurrences = occurrence_count.get(&key).copied().unwrap_or(1) as f32;
            let rules_say = rule_totals.get(&key).copied().unwrap_or([0.0; 5]);
            if let Some(k) = list_kind[ci].filter(|_| self.on(Rule::ListKinds))
                && rules_say.iter().all(|&x| x < 0.6 * occurrences + 0.5)
            {
                t[k] += t.iter().copied().fold(0.0, f32::max) + 0.5;
            }
            let (best, margin) = argmax(&t);
            let mut kind = EntityKind::ALL[best];
            let confidence = match c.model_conf {
                Some(m) => m,
                None => (0.45 + 0.08 * margin.min(5.0)).min(0.9),
            };
            // "northern China": a lower-case compass word opens the place name
            let mut span = c.span;
            if kind == EntityKind::Location
                && self.on(Rule::PlaceModifier)
                && c.first > 0
                && words.adjacent(doc, c.first - 1)
                && let Some(w) = words.get(c.first - 1)
                && w.text.chars().all(char::is_lowercase)
                && is_in(PLACE_MODIFIERS, w.text)
            {
                span = w.span.cover(c.span);
            }
            // "Westshire constabulary": a lower-case head noun that belongs to the name
            if self.on(Rule::LowerNameHead)
                && let Some((whole, k)) = pieces::lower_head(doc, words, span, c.last, kind)
            {
                (span, kind) = (whole, k);
            }
            out.push(Mention { span, kind, confidence, source: c.source });
        }
        out.sort_by_key(|m| m.span);
        out
    }
}

/// A single word that opens a longer organisation name ("Acme" and "Acme Analytics") is its short
/// name, not a person, whatever a model said about some occurrences (unless a person's name also
/// starts with it): its company vote is raised above its best.
fn short_names_of_organisations(totals: &mut HashMap<String, [f32; 5]>) {
    let keys: Vec<String> = totals.keys().cloned().collect();
    for k in &keys {
        if k.contains(' ') {
            continue;
        }
        let prefix = format!("{k} ");
        let longer: Vec<(usize, f32)> =
            keys.iter().filter(|x| x.starts_with(&prefix)).filter_map(|x| totals.get(x)).map(argmax).collect();
        let org_long = longer.iter().any(|&(b, m)| (b == COMPANY || b == ORG) && m >= 1.0);
        let person_long = longer.iter().any(|&(b, _)| b == PERSON);
        if org_long
            && !person_long
            && let Some(t) = totals.get_mut(k)
            && argmax(t).0 == PERSON
        {
            let top = t.iter().copied().fold(0.0, f32::max);
            t[COMPANY] = t[COMPANY].max(top + 0.5);
        }
    }
}

/// Lists ("A, B and C") take the kind of a clearly-typed member when their own evidence is
/// weak: "users of Foo, Bar and Baz" where only Foo has a service cue elsewhere. Per candidate,
/// the kind its list imposes (services and persons only).
fn list_kinds(doc: &Document, cands: &[Cand], rule_totals: &HashMap<String, [f32; 5]>) -> Vec<Option<usize>> {
    let mut list_kind: Vec<Option<usize>> = vec![None; cands.len()];
    let mut start = 0;
    while start < cands.len() {
        let mut end = start + 1;
        while end < cands.len() {
            let gap = doc.text.get(cands[end - 1].span.end()..cands[end].span.start()).unwrap_or("");
            let gap = gap.trim();
            if is_in(NAME_LIST_GAPS, gap) {
                end += 1;
            } else {
                break;
            }
        }
        let has_conj = (start + 1..end).any(|k| {
            let gap = doc.text.get(cands[k - 1].span.end()..cands[k].span.start()).unwrap_or("");
            gap.contains("and") || gap.contains("or") || gap.contains('&')
        });
        let possessive_member =
            (start..end).any(|k| doc.text.get(cands[k].span.end()..).is_some_and(|r| r.starts_with('\'')));
        if end - start >= 2 && has_conj && !possessive_member {
            // the kind of the most clearly typed member (services and persons only: a company
            // is the default anyway, and places are listed with companies too often)
            let strong = (start..end)
                .map(|k| argmax(&rule_totals.get(&surface_key(doc.slice(cands[k].span))).copied().unwrap_or([0.0; 5])))
                .filter(|&(best, margin)| (best == SERVICE || best == PERSON) && margin >= 1.0)
                .max_by(|a, b| a.1.total_cmp(&b.1));
            if let Some((kind, _)) = strong {
                for slot in list_kind.iter_mut().take(end).skip(start) {
                    *slot = Some(kind);
                }
            }
        }
        start = end;
    }
    list_kind
}

/// Whether word `i` opens a title with the word after it ("Prime" of "Prime Minister").
fn opens_title(words: &Words<'_>, i: usize) -> bool {
    is_in(TITLE_OPENERS, words.lower(i)) && is_title_word(words.lower(i + 1))
}

/// A body's unit the recogniser read together with its owner or without its head word: "Acme's
/// Bureau of Trade" as one name (the owner, if any, and the unit "Bureau of Trade" come back), or
/// the place "Northeast" in "Acme's Northeast Region" (the unit "Northeast Region" comes back).
/// The unit's head word is one of [`UNIT_HEADS`], capitalised; None when the mention is neither.
fn owner_and_unit(doc: &Document, words: &Words<'_>, r: &RawMention) -> Option<(Option<RawMention>, RawMention)> {
    let (first, last) = words.range_of(r.span);
    let unit_head = |i: usize| words.get(i).is_some_and(|w| w.is_cap() && is_in(UNIT_HEADS, w.base()));
    let owner_of = |i: usize| words.get(i).is_some_and(|w| w.is_cap() && w.text.ends_with("'s"));
    let unit = |start: usize, end: usize| {
        Some(RawMention { span: doc.span(start, end)?, kind: EntityKind::Organization, confidence: r.confidence })
    };
    // "Acme's Northeast" + "Region": a lone compass place after an owner takes the head word in.
    if r.kind == EntityKind::Location && last == first + 1 && first > 0 && owner_of(first - 1) && unit_head(last) {
        let w = words.get(first)?;
        if COMPASS_WORDS.iter().any(|c| w.lower.ends_with(c)) {
            return Some((None, unit(r.span.start(), words.get(last)?.span.end())?));
        }
    }
    // "Acme's Bureau of Trade", "Acme's Enforcement Bureau": owner, then a unit of two words or more.
    let owner_end = (first..last.saturating_sub(2)).find(|&i| owner_of(i))?;
    let unit_first = owner_end + 1;
    if !(unit_head(unit_first) || unit_head(last - 1)) {
        return None;
    }
    let owner = RawMention { span: doc.span(r.span.start(), words.get(owner_end)?.span.end())?, ..r.clone() };
    Some((Some(owner), unit(words.get(unit_first)?.span.start(), r.span.end())?))
}
