//! The kind votes of one candidate occurrence: cues inside the name, then around it, added in a
//! fixed order (the weights are in [`super::weight`]).

use super::*;
use crate::lexicon::grammar::{AS, OF, OF_AT, THE, WHICH, WHO};
use crate::lexicon::grammar::{OWNER_PRONOUNS, RELATIVE_THAT};
use crate::lexicon::names::NP_STOP;
use crate::lexicon::organisations::{BOUGHT_VERBS, BUY_VERBS, COMPANY_WORDS_AFTER};
use crate::lexicon::people::{
    LEFT_POST_VERBS, PERSON_CLAUSE_END, TITLE_LEADS, TOOK_POST_VERBS, is_person_before, is_post_of_word,
};
use crate::lexicon::places::DATA;
use crate::lexicon::places::{AREA_NOUNS, CENTRE_NOUNS, COMPASS_WORDS, PLACE_IN_BEFORE, PLACE_PREPOSITIONS};
use crate::lexicon::services::{
    AUDIENCE_NOUNS, NOT_POSSESSED_AFTER, NOT_SERVICE_HEADS, ON, POSTED_ON_BEFORE, SERVICE_AFTER, SERVICE_OF_NOUNS, VIA,
};

/// A candidate's neighbourhood as the votes read it.
struct Around<'w> {
    /// Word indices `[first, last)` of the name and its length in words.
    first: usize,
    last: usize,
    n: usize,
    /// The sentence of the name's first word.
    sent: usize,
    prev: &'w str,
    prev2: &'w str,
    next: &'w str,
    next2: &'w str,
    /// The name ends in a possessive ("Acme's", "Acme'").
    possessive: bool,
    /// One to four plain capitalised words: a person's name could look like this.
    person_shape: bool,
    /// The organisation slot of a witness-list item ("Jane Roe, Chief Executive, Acme").
    item_org: bool,
    /// Rule `typing-item-org` is on.
    item_rule: bool,
}

impl Rules<'_> {
    /// An organisation word in the name ("Authority", "Commission"), or, with rule
    /// `recognise-division-of`, a name opened by "Division of" ("Division of Enforcement").
    pub(super) fn org_cue(&self, words: &Words<'_>, first: usize, last: usize) -> bool {
        has_org_cue(words, first, last) || (self.on(Rule::DivisionOf) && division_of_name(words, first, last))
    }

    /// The votes of one occurrence: cues in the name and around it.
    pub(super) fn votes_for(
        &self,
        doc: &Document,
        words: &Words<'_>,
        c: &Cand,
        singles: &HashSet<String>,
        have_model: bool,
    ) -> [f32; 5] {
        let mut v = [0.0f32; 5];
        let (first, last) = (c.first, c.last);
        let n = last.saturating_sub(first);
        let Some(w0) = words.get(first) else { return v };
        self.on(Rule::NameVotes).then(|| self.name_votes(&mut v, doc, words, c, singles, have_model));

        let next = words.lower(last);
        let at = Around {
            first,
            last,
            n,
            sent: w0.sent,
            prev: first.checked_sub(1).map_or("", |i| words.lower(i)),
            prev2: first.checked_sub(2).map_or("", |i| words.lower(i)),
            next,
            next2: words.lower(last + 1),
            possessive: doc.slice(c.span).len()
                < words.get(last.saturating_sub(1)).map_or(0, |w| w.span.end() - c.span.start())
                || next == "'",
            person_shape: (1..=4).contains(&n)
                && (first..last).all(|i| words.get(i).is_some_and(|w| plain_name_word(w.text))),
            item_org: self.on(Rule::ItemOrgSlot) && item_slot::item_org_slot(doc, words, first, last),
            item_rule: self.on(Rule::ItemOrgSlot),
        };
        if at.item_org {
            // the body a witness speaks for: never a person
            v[PERSON] -= weight::OBJECT_OF_TITLE;
            // (more for the item's last part, "…, Acme;", than for one a comma follows: "Europe, Zeta";
            // company and organisation alike, the other cues choosing between them)
            let w = if at.next == "," { weight::ITEM_ORG } else { weight::ITEM_ORG_LAST };
            v[COMPANY] += w;
            v[ORG] += w;
        }
        self.on(Rule::PersonVotes).then(|| person_votes(&mut v, words, &at));
        self.on(Rule::NeighbourVotes).then(|| neighbour_votes(&mut v, doc, words, &at));
        self.on(Rule::NounPhraseVotes).then(|| noun_phrase_votes(&mut v, words, &at));
        self.on(Rule::PhraseVotes).then(|| phrase_votes(&mut v, words, &at));
        if self.on(Rule::AndOtherServices) && and_other::before_other_services(words, first, last) {
            v[SERVICE] += and_other::AND_OTHER_SERVICES;
        }
        if self.on(Rule::SystemNames) && and_other::system_name(words, first, last) {
            v[SERVICE] += and_other::SYSTEM_NAME;
        }
        v
    }

    /// Cues inside the name: organisation cue words and legal forms, service head words and web
    /// domains, known places (also with a modifier or a compass word), the gazetteer and known
    /// organisation names, and whether the name's words stand alone elsewhere in the article.
    fn name_votes(
        &self,
        v: &mut [f32; 5],
        doc: &Document,
        words: &Words<'_>,
        c: &Cand,
        singles: &HashSet<String>,
        have_model: bool,
    ) {
        let (first, last) = (c.first, c.last);
        let n = last.saturating_sub(first);
        let key = surface_key(doc.slice(c.span));
        let Some(w0) = words.get(first) else { return };
        let last_word = words.get(last.saturating_sub(1)).map_or("", |w| w.base());
        let org_cue = self.org_cue(words, first, last);
        if org_cue {
            v[ORG] += weight::ORG_CUE_IN_NAME;
        } else if has_company_suffix(words, first, last) {
            v[COMPANY] += weight::LEGAL_SUFFIX;
        }
        if n >= 2 && is_in(SERVICE_HEADS, last_word) && !org_cue {
            v[SERVICE] += weight::SERVICE_HEAD_WORD;
        }
        if n == 1 && is_domain(w0.text) {
            v[SERVICE] += weight::WEB_DOMAIN;
        }
        let place_key = key.trim_start_matches("the ");
        if is_in(PLACES, place_key) {
            v[PLACE] += if have_model { weight::KNOWN_PLACE_WITH_MODEL } else { weight::KNOWN_PLACE };
        } else if let Some((m, rest)) = place_key.split_once(' ')
            && is_in(PLACE_MODIFIERS, m)
            && is_in(PLACES, rest)
        {
            v[PLACE] += weight::KNOWN_PLACE;
        }
        // "U.S. East", "Europe West": a place with a compass word
        if let Some((head, tail)) = place_key.rsplit_once(' ')
            && is_in(PLACES, head.trim_end_matches('.'))
            && is_in(COMPASS_WORDS, tail)
        {
            v[PLACE] += weight::KNOWN_PLACE;
        }
        if self.gazetteer.is_some_and(|g| g.contains(&key)) {
            v[COMPANY] += weight::GAZETTEER;
        }
        if is_in(ORG_NAMES, &key) {
            v[ORG] += weight::KNOWN_ORG_NAME;
        }
        if !have_model {
            v[COMPANY] += weight::UNEXPLAINED_NAME;
        }
        let plain_person_shape =
            (2..=3).contains(&n) && (first..last).all(|i| words.get(i).is_some_and(|w| plain_name_word(w.text)));
        if plain_person_shape {
            let first_key = words.get(first).map_or(String::new(), |w| w.base().to_string());
            let last_key = words.get(last - 1).map_or(String::new(), |w| w.base().to_string());
            if singles.contains(&last_key) && !singles.contains(&first_key) {
                v[PERSON] += weight::SURNAME_ALONE_ELSEWHERE;
            }
            if singles.contains(&first_key) {
                v[COMPANY] += weight::FIRST_WORD_ALONE_ELSEWHERE;
            }
        }
    }
}

/// Cues that a person's name is in the shape of one: a title before it (also before a comma),
/// an apposition with a title, "who" or an age after it, and a post left or taken after it.
fn person_votes(v: &mut [f32; 5], words: &Words<'_>, at: &Around<'_>) {
    let Around { first, last, n, sent, prev, next, next2, possessive, item_org, item_rule, .. } = *at;
    // (a witness-list item's organisation: the title before its comma is the item's person's)
    let person_shape = at.person_shape && !item_org;
    // "former chief executive of X", "chairman at the X": the organisation of a post, not a person
    let of_at = if prev == THE { first.checked_sub(2) } else { first.checked_sub(1) };
    // ("chief strategy officer, of Acme.": a witness's body past a comma)
    let post_at = |p: usize| {
        let comma = item_rule && p > 1 && words.lower(p - 1) == ",";
        let k = if comma { p - 2 } else { p - 1 };
        is_post_of_word(words.lower(k)) && words.get(k).is_some_and(|w| w.sent == sent)
    };
    if let Some(p) = of_at
        && is_in(OF_AT, words.lower(p))
        && p > 0
        && post_at(p)
    {
        v[PERSON] -= weight::OBJECT_OF_TITLE;
    }
    if person_shape && !possessive && is_person_before(prev) && words.get(first - 1).is_some_and(|w| w.sent == sent) {
        v[PERSON] += weight::TITLE_BEFORE;
    }
    // "Acme's CEO, Jane Roe", "Acme's president of global affairs, Jane Roe"
    if person_shape && prev == "," {
        let mut k = first - 1;
        let mut steps = 0;
        while k > 0 && steps < 6 {
            k -= 1;
            steps += 1;
            let w = words.lower(k);
            if is_title_word(w) {
                v[PERSON] += weight::TITLE_BEFORE_COMMA;
                break;
            }
            if is_in(PERSON_CLAUSE_END, w) || words.get(k).is_none_or(|x| x.sent != sent) {
                break;
            }
        }
    }
    if person_shape && !possessive && next == "," {
        if let Some(k) = apposition_title(words, last) {
            v[PERSON] += k;
        }
        if next2 == WHO {
            v[PERSON] += weight::WHO_AFTER;
        }
        if words.get(last + 1).is_some_and(|w| w.text.chars().all(|ch| ch.is_ascii_digit()))
            && words.lower(last + 2) == ","
        {
            v[PERSON] += weight::AGE_AFTER;
        }
    }
    if person_shape && !possessive && (1..=2).contains(&n) || person_shape && n == 3 {
        // "X has stepped down as", "X resigned", "X, 52," handled above; "X became chief executive"
        let after: Vec<&str> =
            (last..last + 5).map(|k| words.lower(k)).take_while(|w| !matches!(*w, "." | ";")).collect();
        if after.iter().take(3).any(|w| is_in(LEFT_POST_VERBS, w)) {
            v[PERSON] += weight::LEFT_POST;
        }
        if let Some(p) = after.iter().take(2).position(|w| is_in(TOOK_POST_VERBS, w))
            && (p + 1..p + 4).any(|q| after.get(q).is_some_and(|t| is_title_word(t)))
        {
            v[PERSON] += weight::TOOK_POST;
        }
    }
}

/// Cues in the words right next to the name: ", which" after it, what it owns when possessive
/// (a title or anything else), else a service noun, a title, a place noun or a company verb
/// after it; a buying verb before it or in a relative clause after it.
fn neighbour_votes(v: &mut [f32; 5], doc: &Document, words: &Words<'_>, at: &Around<'_>) {
    let Around { last, n, prev, next, next2, possessive, .. } = *at;
    if !possessive && next == "," && next2 == WHICH {
        v[COMPANY] += weight::WHICH_AFTER;
    }
    if possessive {
        // "Acme's chief executive", "Acme's search engine": the owner is an organisation.
        let after = words.lower(last + 1);
        if is_title_word(after) || is_in(TITLE_LEADS, after) {
            v[COMPANY] += weight::OWNER_OF_TITLE;
        } else {
            v[COMPANY] += weight::OWNER;
        }
    } else {
        if is_in(SERVICE_AFTER, next)
            || (is_in(SERVICE_AFTER, next2) && words.adjacent(doc, last) && is_lower_word(next))
        {
            v[SERVICE] += weight::SERVICE_NOUN_AFTER;
        }
        // "Acme spokesperson Jane Roe", "Acme CEO Jane Roe": an organisation before a title
        if n <= 3 && (is_title_word(next) || is_in(TITLE_LEADS, next)) {
            v[COMPANY] += weight::ORG_BEFORE_TITLE;
        }
        // "its Frankfurt data centre" (but "a Acme data centre" is the owner's)
        let data_centre = next == DATA && is_in(CENTRE_NOUNS, next2) && is_in(OWNER_PRONOUNS, prev);
        if is_in(AREA_NOUNS, next) || data_centre {
            v[PLACE] += weight::PLACE_NOUN_AFTER;
        }
        if is_in(COMPANY_WORDS_AFTER, next) {
            v[COMPANY] += weight::COMPANY_VERB_AFTER;
        }
    }
    // bought things are companies: "acquired X", "X, which Acme bought", "customers such as X"
    if is_in(BUY_VERBS, prev) {
        v[COMPANY] += weight::BOUGHT;
    }
    if !possessive
        && next == ","
        && is_in(RELATIVE_THAT, next2)
        && (last + 2..last + 6).any(|k| is_in(BOUGHT_VERBS, words.lower(k)))
    {
        v[COMPANY] += weight::BOUGHT_RELATIVE;
    }
}

/// The lower-case noun phrase before the name, up to five words back in its sentence ("the
/// messaging app X", "payments company X"): its first service, organisation or company noun.
fn noun_phrase_votes(v: &mut [f32; 5], words: &Words<'_>, at: &Around<'_>) {
    let mut i = at.first;
    let mut steps = 0;
    while i > 0 && steps < 5 {
        i -= 1;
        steps += 1;
        let Some(w) = words.get(i) else { break };
        if w.sent != at.sent
            || !is_lower_word(&w.lower)
            || (w.text.chars().next().is_some_and(char::is_uppercase) && !w.sent_start)
            || is_in(NP_STOP, &w.lower)
        {
            break;
        }
        if is_service_noun(&w.lower) && !is_in(AUDIENCE_NOUNS, w.lower.as_str()) {
            v[SERVICE] += weight::NOUN_PHRASE_BEFORE;
            break;
        }
        if is_in(ORG_NOUNS, &w.lower) {
            v[ORG] += weight::NOUN_PHRASE_BEFORE;
            break;
        }
        if is_in(COMPANY_NOUNS, &w.lower) {
            v[COMPANY] += weight::NOUN_PHRASE_BEFORE;
            break;
        }
    }
}

/// Cues in the phrase around the name: "users of X", "its flagship product, X", "X as a
/// product", "Acme's Widget", a place preposition (after a place noun: "based in X") and the
/// head noun of an apposition after it.
fn phrase_votes(v: &mut [f32; 5], words: &Words<'_>, at: &Around<'_>) {
    let Around { first, last, n, prev, prev2, next, possessive, .. } = *at;
    if prev == OF && is_in(SERVICE_OF_NOUNS, prev2) {
        v[SERVICE] += weight::USERS_OF;
    }
    // "wrote on X", "a message on X", "pictures on X", "announced via X": a platform
    if !possessive && (prev == VIA || (prev == ON && is_in(POSTED_ON_BEFORE, prev2))) {
        v[SERVICE] += weight::POSTED_ON;
    }
    // "its flagship product, X,"
    if prev == "," && is_service_noun(prev2) && !is_in(NOT_SERVICE_HEADS, prev2) {
        v[SERVICE] += weight::SERVICE_APPOSITION;
    }
    // "selling X as a standalone product"
    if next == AS && (last + 1..last + 5).any(|k| is_in(SERVICE_AFTER, words.lower(k))) {
        v[SERVICE] += weight::SOLD_AS_PRODUCT;
    }
    // "Acme's Widget" with no verb after it: more often a product than a company
    if n <= 2
        && first > 0
        && words
            .get(first - 1)
            .is_some_and(|w| w.text.ends_with("'s") && w.text.chars().next().is_some_and(char::is_uppercase))
        && !is_in(NOT_POSSESSED_AFTER, next)
    {
        v[SERVICE] += weight::POSSESSED_NAME;
    }
    if is_in(PLACE_PREPOSITIONS, prev) {
        v[PLACE] += weight::PLACE_PREPOSITION;
        if is_in(PLACE_IN_BEFORE, prev2) {
            v[PLACE] += weight::PLACE_PREPOSITION_AFTER_NOUN;
        }
    }
    // apposition: "X, the/a/one of ... <noun>,"
    if !possessive
        && next == ","
        && let Some(k) = apposition_head(words, last)
    {
        v[k] += weight::APPOSITION_HEAD;
    }
}
