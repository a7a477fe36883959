//! Rule `typing-product-list`: consumes the entities of a typed [`Document`], produces the
//! companies named in a list that a plural product noun governs, which are products, brands or
//! sites ("brands such as X, Y and Z", "products, including X", "its subsidiary brands X and Y",
//! "the X, Y and Z supermarket banners"). The learned typing reads each list member's bag of
//! context words, which a list shares with the maker's name around it, and the recogniser's
//! confident label makes a bare brand a Company; the list's head noun says what its members
//! are. The list is followed over the recognised names themselves (joined by commas, "and",
//! "or"), so it is structure, not a word pattern around one name. A name with a legal form or a
//! company word, a party to a deal, a name with company grammar anywhere in the article ("X
//! said", "shares in X", "X, the airline"), one a descriptor calls a company, and one the rules'
//! facts give executives or an outage stays a Company: the kind of a name is one for the whole
//! document.

use crate::lexicon::grammar::{AND_OR_COMMA, OR, POSSESSIVE_WORDS};
use crate::lexicon::services::{ACT_LIST_HEADS, BRAND_LIST_TAILS, PRODUCT_LIST_HEADS};
use crate::lexicon::words::is_in;
use crate::words::Words;
use crate::words::product_lists::{ListNouns, Opening, opening};
use newskg_doc::{Document, EntityIdx, EntityKind};
use std::collections::HashMap;

/// The list separators: a comma, "and", "&", "or", ":".
fn joiner(w: &str) -> bool {
    is_in(AND_OR_COMMA, w) || w == OR
}

/// The names of the entities the rules' facts, read before the learned typing, make a business:
/// an organisation people hold positions in, or the provider of an outage. Rule
/// `typing-product-list` leaves them companies: a product has no executives, and an outage is
/// reported as its provider's ("trading platforms like X" of an exchange whose systems failed).
pub fn businesses(doc: &Document) -> Vec<String> {
    let positions = doc.facts.positions.iter().filter_map(|p| p.organization);
    let providers = doc.facts.outages.iter().filter_map(|o| o.provider);
    let mut out: Vec<String> =
        positions.chain(providers).filter_map(|e| doc.entities.get(e)).map(|ent| ent.name.clone()).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The plural nouns that open a list and the nouns that close one: products' ([`PRODUCT_LIST_HEADS`],
/// [`BRAND_LIST_TAILS`]) or performers' ([`ACT_LIST_HEADS`], none closing).
type Heads<'h> = (&'h [&'h str], &'h [&'h str]);

/// Every recognised name's word range, by its last word and by its first.
type Ranges = (HashMap<usize, usize>, HashMap<usize, usize>);

/// The [`Ranges`] of the document's mentions.
fn ranges(doc: &Document, words: &Words<'_>) -> Ranges {
    let mut by_last: HashMap<usize, usize> = HashMap::new();
    let mut by_first: HashMap<usize, usize> = HashMap::new();
    for m in &doc.mentions {
        let (first, last) = words.range_of(m.span);
        if last > first {
            by_last.insert(last - 1, first);
            by_first.insert(first, last);
        }
    }
    (by_last, by_first)
}

/// Whether the recognised name of words `[first, last)` is a member of a list that one of `heads` opens (or, of two
/// members or more, one of its tails closes), the list followed over the recognised names joined by commas, "and",
/// "or".
fn in_list(
    words: &Words<'_>,
    (by_last, by_first): &Ranges,
    (first, last): (usize, usize),
    (heads, tails): Heads,
) -> bool {
    let Some(sent) = words.get(first).map(|w| w.sent) else { return false };
    let lower = |k: usize| words.get(k).filter(|w| w.sent == sent).map_or("", |w| w.lower.as_str());
    // backwards over earlier members to the list's first
    let (mut j, mut members) = (first, 1);
    loop {
        let mut p = j;
        while p > 0 && joiner(lower(p - 1)) && p + 3 > j {
            p -= 1;
        }
        match by_last.get(&p.wrapping_sub(1)) {
            Some(&start) if p < j && p > 0 && start < p => {
                j = start;
                members += 1;
            }
            _ => break,
        }
    }
    // forwards over later members to the list's end
    let mut k = last;
    loop {
        if is_in(POSSESSIVE_WORDS, lower(k)) {
            k += 1;
        }
        let mut q = k;
        while joiner(lower(q)) && q < k + 3 {
            q += 1;
        }
        match by_first.get(&q) {
            Some(&end) if q > k => {
                k = end;
                members += 1;
            }
            _ => break,
        }
    }
    // (the list's opening read as `product_lists` reads it; a bare comma needs a list of two)
    let nouns = ListNouns { heads: &[heads], tails, include_verbs: false, colon_clause: true };
    match opening(words, j, sent, &nouns) {
        Some(Opening::Plain) => return true,
        Some(Opening::BareComma) if members >= 2 => return true,
        _ => {}
    }
    // a closing brand noun ("X, Y and Z supermarket banners")
    let tail = |q: usize| is_in(tails, lower(q));
    members >= 2 && (tail(k) || (words.is_lower_word(k) && tail(k + 1)))
}

/// Whether a name's mentions (`spans`, from [`Words::mention_ranges`]) have company grammar around them or a company
/// descriptor: such a name stays a Company whatever list it stands in.
fn company_evidence(doc: &Document, words: &Words<'_>, spans: &[(usize, usize, usize)]) -> bool {
    let once = spans.len() == 1;
    spans.iter().any(|&(first, last, end)| {
        super::cues(doc, words, (first, last, end), once).company
            || super::described(words, first, last, false).contains(&EntityKind::Company)
    })
}

/// The companies that rule `typing-product-list` (see the module doc) makes services; `parties`
/// (the deal parties) and `businesses` (the [`businesses`]) are names that stay companies.
pub(super) fn listed_products(
    doc: &Document,
    words: &Words<'_>,
    parties: &[String],
    businesses: &[String],
) -> Vec<EntityIdx> {
    let names = ranges(doc, words);
    let mut out = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        let known = |n: &String| parties.binary_search(n).is_ok() || businesses.binary_search(n).is_ok();
        if ent.kind != EntityKind::Company || super::company_name(&ent.name) || known(&ent.name) {
            continue;
        }
        let spans = words.mention_ranges(doc, ent);
        let company = company_evidence(doc, words, &spans);
        let listed = spans
            .iter()
            .any(|&(first, last, _)| in_list(words, &names, (first, last), (PRODUCT_LIST_HEADS, BRAND_LIST_TAILS)));
        if !company && listed {
            out.push(e);
        }
    }
    out
}

/// Rule `typing-act-list` (session 63): the companies named in a list that a plural performers' noun governs ("bands
/// such as X, Y and Z", "acts including X and Y", "artists such as X"; [`ACT_LIST_HEADS`]), which are bands, bodies
/// by the corpus guidelines (a record label's roster, not its business partners). A person so listed stays one; a
/// name with a legal form or a company word, company grammar anywhere in the article or a company descriptor stays a
/// Company.
pub(super) fn listed_acts(doc: &Document, words: &Words<'_>) -> Vec<EntityIdx> {
    let names = ranges(doc, words);
    let mut out = Vec::new();
    for (e, ent) in doc.entities.iter().enumerate() {
        if ent.kind != EntityKind::Company || super::company_name(&ent.name) {
            continue;
        }
        let spans = words.mention_ranges(doc, ent);
        if spans.iter().any(|&(first, last, _)| in_list(words, &names, (first, last), (ACT_LIST_HEADS, &[])))
            && !company_evidence(doc, words, &spans)
        {
            out.push(e);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::rulebook::RuleSet;
    use crate::settle::{set_kind, settle};
    use crate::testkit::{entity, rules_doc};
    use newskg_doc::EntityKind;

    /// The invented text through the rules, with `name` made a Company, then settled with
    /// `disabled` switched off.
    fn settled(text: &str, name: &str, disabled: &str) -> EntityKind {
        let mut d = rules_doc(text, None);
        let e = entity(&d, name);
        set_kind(&mut d, e, EntityKind::Company);
        settle(&mut d, RuleSet::parse(disabled).unwrap(), &[], &[]);
        d.entities[entity(&d, name)].kind
    }

    #[test]
    fn a_product_list_makes_services() {
        let s = EntityKind::Service;
        let text = "Tarnwick Holdings owns several brands, including Pellory, Quazzle and Morvane.";
        assert_eq!(settled(text, "Quazzle", ""), s);
        assert_eq!(settled(text, "Morvane", ""), s);
        assert_eq!(settled(text, "Quazzle", "typing-product-list"), EntityKind::Company);
        let text = "The group runs its stores under the Brindle Mart, Coppervale and Hollin Fresh supermarket banners.";
        assert_eq!(settled(text, "Coppervale", ""), s);
    }

    #[test]
    fn company_grammar_keeps_a_company() {
        let text = "Buyers can pick brands such as Pellory and Quazzle. Quazzle said sales rose.";
        assert_eq!(settled(text, "Quazzle", ""), EntityKind::Company);
        // a list of makers before "products" names businesses
        let text = "Shops sell Pellory and Quazzle products in most towns.";
        assert_eq!(settled(text, "Quazzle", ""), EntityKind::Company);
    }

    #[test]
    fn an_act_list_makes_bands_bodies() {
        let o = EntityKind::Organization;
        let text = "The label grew on the sales of bands such as Velvet Harrow, Pale Orchard and Quillon.";
        assert_eq!(settled(text, "Pale Orchard", ""), o);
        assert_eq!(settled(text, "Quillon", ""), o);
        assert_eq!(settled(text, "Quillon", "typing-act-list"), EntityKind::Company);
        let text = "It has released records by acts including Morrow Lane and Tessel.";
        assert_eq!(settled(text, "Tessel", ""), o);
        // a company word or company grammar keeps a business
        let text = "The label signed acts such as Brennick Records and Tessel. Tessel said sales rose.";
        assert_eq!(settled(text, "Brennick Records", ""), EntityKind::Company);
        assert_eq!(settled(text, "Tessel", ""), EntityKind::Company);
    }
}
