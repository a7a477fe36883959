#!/usr/bin/env python3
"""Batch 60a gold annotations (the texts of batch60a.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-59f; batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'currently', 'A year later'
(relative to a year of the sentence before, not to a publication date), decades ('the 1980s', 'the 1970s', 'the
1780s') and centuries ('the 20th century') -> nothing (as batches 59a and 59f left theirs). No text tells an outage,
so every `outages` list is empty; none tells a near-miss of one (Beales' administration and Waterford Wedgwood's
receivership are business failures; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-59f): a company 'bought by', 'acquired by', 'purchased
by' (completed) -> acquired + parentOrganization(target, buyer); 'announced that they had made an agreement for the
latter to acquire X' -> acquired only (agreed, completion not told); 'X, part of Y' -> parentOrganization(X, Y); 'the
group's constituent companies were A, B and C' -> parentOrganization of each to the group; 'A and B ... were
transferred to a new company named C' -> parentOrganization(A, C), (B, C) (doubtful); 'parts of the group ... acquired
by K' -> nothing (parts and operations bought out of receivership: an asset purchase; GUIDELINES, Relations); 'X merged
with Y to form Z', 'founded ... through the merger of A and B' -> nothing (a merger with no buyer named); a brand name
('Jacob's is a brand name', 'brands including Waterford, Marquis by Waterford') -> Service, with provider to the
company that owns it, originated it, makes it under licence or makes and sells it in a country (doubtful for the
licensee and the local maker); 'founded ... by A and his brother B', 'Brothers A and B founded the business' ->
cofounder each; 'established ... by A' -> founder; a family member who 'took over from his father', 'returning to lead
the company', 'led the company' -> head at the company (no title named: the generic leader's title; doubtful: a reader
might give no role or executive), current false where a successor is told or a past decade is given; an owner family
that 'dominated' a group -> no role (no post; the cut infoboxes' posts not used); a first name alone for one of two
brothers ('William and Gilbert Foyle', 'his brother Robert') -> the first name is that person's name where the text
gives no fuller form (as batches 57j, 59f's 'Ralph', 'Andrew'), else an alias of the full name; a first name or a
first name's possessive for a person named in full elsewhere ("his John's grandson", 'grandson Frank') -> alias; a
company's former and later names ('established as The Fancy Fair', 'renamed Jacob's Bakery Ltd.', 'Wedgwood (Josiah
Wedgwood and Sons)') -> alias; a stock exchange -> Company (GUIDELINES part 1); streets, districts and named shopping
parades -> Location; demonyms and adjectives ('English', 'Irish', 'French', 'Finnish') -> nothing.
usage: batch60a_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- retail, UK: Beales (artikeldigital.com's copy) -----------------------------------------------------------------
BE = "Beales"
JEB = "John Elmes Beale"
A["wp-beales"] = dict(
 # the chain -> Company 'Beales', aliases 'The Fancy Fair' ('The former flagship store, Beales in Bournemouth, was
 # established as The Fancy Fair') and 'Fancy Fair and Oriental House' ('initially known as a Fancy Fair and Oriental
 # House'): the names the business first traded under (former names, GUIDELINES, Types; doubtful: a reader might take
 # them as the first shop's names only and leave them out); Palmers ('two stores branded as Palmers'; a department
 # store name, as the corpus types its department stores -> Company; doubtful: a reader might give Service or nothing),
 # London Stock Exchange (GUIDELINES part 1: a stock exchange run as a business -> Company), New Start 2020 Limited ('a
 # new company'), Macy's (the New York store where Frank Beale trained) -> Company; John Elmes Beale (alias 'John':
 # "his John's grandson Frank", the founder's first name in the article's garbled clause), Bennett Beale, Frank Beale
 # (alias 'Frank': 'grandson Frank'), Nigel Beale -> Person; Poole, Southport, Bournemouth, Dorset, Great Yarmouth,
 # Lowestoft, Old Christchurch Road, New York City -> Location. No entity: 'English' (an adjective), 'the Beale
 # family' (a family), 'a live Father Christmas character' (a costumed character), 'Beales in Bournemouth', 'the
 # Beales store in Poole' (stores of Beales, generic)
 entities=[E("Company", BE, "The Fancy Fair", "Fancy Fair and Oriental House"), E("Location", "Poole"),
           E("Location", "Southport"), E("Location", "Bournemouth"), E("Person", JEB, "John"), E("Location", "Dorset"),
           E("Company", "Palmers"), E("Location", "Great Yarmouth"), E("Location", "Lowestoft"),
           E("Company", "London Stock Exchange"), E("Company", "New Start 2020 Limited"),
           E("Location", "Old Christchurch Road"), E("Person", "Bennett Beale"), E("Person", "Frank Beale", "Frank"),
           E("Company", "Macy's"), E("Location", "New York City"), E("Person", "Nigel Beale")],
 # 'established as The Fancy Fair by John Elmes Beale in 1881', 'Beales was established in 1881 by John Elmes Beale'
 # -> founder at Beales, current true (a founder stays the founder); 'The company was run by the Beale family ...;
 # Bennett Beale took over from his father' -> head at Beales, current false ('then by his John's grandson Frank': a
 # successor told); 'Frank Beale ... returning to lead the company' -> head, current false (Nigel Beale's leading in
 # the 1980s told after); 'In the 1980s Nigel Beale, grandson of the company's founder, led the company' -> head,
 # current false (a past decade; doubtful: nothing says he left, a reader might keep it true). The three heads: no
 # title is named, the text's 'run', 'took over', 'lead', 'led' say who led the company (doubtful: a reader might give
 # no role, as batch 55s left 'to lead the business' where a ceo role was already given, or executive). Near-misses:
 # 'Frank Beale trained at Macy's' -> no role at Macy's (training, no post); the infobox's 'Andrew Perloff (Chairman)'
 # is cut, so no chairman
 roles=[R(JEB, "founder", BE), R("Bennett Beale", "head", BE, False), R("Frank Beale", "head", BE, False),
        R("Nigel Beale", "head", BE, False)],
 # Near-misses: 'a new company, New Start 2020 Limited, reopened the Beales store in Poole' -> no acquired and no
 # parentOrganization (a store reopened, no purchase of Beales told; an asset at most; the cut infobox's 'New Start 2020
 # Limited T/A Beales' not used); 'until its private equity takeover' -> nothing (no buyer named); 'The chain expanded
 # through acquiring other department stores and continued to run two stores branded as Palmers' -> no acquired and no
 # parentOrganization for Palmers (the stores bought are not named; 'stores branded as Palmers' run by Beales are
 # Beales' own stores under another name; doubtful: a reader might give parentOrganization(Palmers, Beales)); 'listed
 # on the London Stock Exchange' -> nothing (a listing is no partnership); the cut infobox's 'ParentPanther Securities'
 # -> nothing (not in the text)
 relations=[],
 outages=[],
 # '1881', '20 January 2020', '18 March 2020', 'August 2020', '1885'; 'currently', 'the 20th century', 'the 1980s'
 # -> left out
 dates=[D("1881", "1881"), D("20 January 2020", "2020-01-20"), D("18 March 2020", "2020-03-18"),
        D("August 2020", "2020-08"), D("1885", "1885")])

# ---- bookselling, UK: Foyles (the Kiwix copy of October 2018) -------------------------------------------------------
FO = "W & G Foyle Ltd."
A["wp-foyles"] = dict(
 # the bookseller -> Company 'W & G Foyle Ltd.', alias 'Foyles' ('usually called simply Foyles'); Waterstones ->
 # Company; 'William' (William Foyle: 'Brothers William and Gilbert Foyle' is his only form in the text, so the first
 # name is the Person's name, as batch 59f's 'Andrew'), Gilbert Foyle -> Person; England, Charing Cross Road ('its
 # flagship store in Charing Cross Road', '135 Charing Cross Road'), London, Station Parade (a named parade of shops),
 # Queen's Road, Peckham, West End (a district of London), Cecil Court ('16 Cecil Court'), Harringay, Shepherd's Bush,
 # Kilburn, Brixton -> Location. No entity: the Guinness Book of Records (a book of records, no organisation named as
 # such; GUIDELINES, Types), 'the civil service' (generic), '"With all Faith"' (a motto), 'a tourist attraction', 'an
 # online store' (unnamed)
 entities=[E("Company", FO, "Foyles"), E("Location", "England"), E("Location", "Charing Cross Road"),
           E("Location", "London"), E("Company", "Waterstones"), E("Person", "William"), E("Person", "Gilbert Foyle"),
           E("Location", "Station Parade"), E("Location", "Queen's Road"), E("Location", "Peckham"),
           E("Location", "West End"), E("Location", "Cecil Court"), E("Location", "Harringay"),
           E("Location", "Shepherd's Bush"), E("Location", "Kilburn"), E("Location", "Brixton")],
 # 'Brothers William and Gilbert Foyle founded the business in 1903' -> cofounder each at W & G Foyle Ltd. ('the
 # business' is the bookseller the text is about), current true. Near-misses: 'they hired their first member of
 # staff' -> no role (unnamed); 'After failing entrance exams for the civil service' -> no role
 roles=[R("William", "cofounder", FO), R("Gilbert Foyle", "cofounder", FO)],
 # 'In 2018 it was bought by Waterstones' -> acquired(Waterstones, W & G Foyle Ltd.) + parentOrganization(W & G Foyle
 # Ltd., Waterstones) (completed; not merged away). Near-misses: 'listed in the Guinness Book of Records' -> nothing;
 # the cut infobox's 'Owner Christopher Foyle (1999–2018)' -> nothing (not in the text)
 relations=[L("Waterstones", "acquired", FO), L(FO, "parentOrganization", "Waterstones")],
 outages=[],
 # '2018', '1903', '1904', '1906' ('By 1906'), '1910' ('By 1910'); 'A year later' (relative to 1904; `published`
 # null) and 'in the past', 'since' -> left out
 dates=[D("2018", "2018"), D("1903", "1903"), D("1904", "1904"), D("1906", "1906"), D("1910", "1910")])

# ---- food, Ireland and UK: Jacob's (en.wikipedia.org's older rendering) ---------------------------------------------
JB = "Jacob's"
JF = "Jacob Fruitfield Food Group"
UB = "United Biscuits"
WR = "W & R Jacob"
WRL = "W & R Jacob (L'pool) Ltd."
AB = "Associated Biscuits"
JBG = "Jacob's Biscuit Group"
GD = "Groupe Danone"
KFM = "Kraft Foods Malaysia"
A["wp-jacobs"] = dict(
 # the brand -> Service "Jacob's" ('a brand name for several lines of biscuits and crackers'; GUIDELINES, Types:
 # products users buy; 'Jacob's biscuits'); Jacob Fruitfield Food Group, Valeo Foods, United Biscuits, Pladis, W & R
 # Jacob ('the small biscuit bakery'), W & R Jacob (L'pool) Ltd. (alias "Jacob's Bakery Ltd.": 'the Liverpool branch
 # was renamed Jacob's Bakery Ltd.', the separate English company of 1922 under its later name), Boland's Biscuits,
 # Irish Biscuits Ltd., Associated Biscuits, Nabisco, Jacob's Biscuit Group, Groupe Danone ('the French company'),
 # Kraft Foods, Kraft Foods Malaysia -> Company; William Beale Jacob, 'Robert' ('his brother Robert', his only form in
 # the text) -> Person; Ireland, United Kingdom (alias 'UK'), Bridge Street, Waterford, Bishop Street, Dublin, Peter's
 # Row, Aintree, Liverpool, Tallaght, Malaysia -> Location. No entity: 'Irish', 'English', 'French' (adjectives), 'the
 # Dublin branch', 'the Liverpool branch', 'The Liverpool factory' (the companies again, generic), 'the two companies'
 # (generic), "Groupe Danone's biscuit division" (unnamed), 'the Irish market'
 entities=[E("Service", JB), E("Location", "Ireland"), E("Location", "United Kingdom", "UK"), E("Company", JF),
           E("Company", "Valeo Foods"), E("Company", UB), E("Company", "Pladis"), E("Company", WR),
           E("Location", "Bridge Street"), E("Location", "Waterford"), E("Person", "William Beale Jacob"),
           E("Person", "Robert"), E("Location", "Bishop Street"), E("Location", "Dublin"), E("Location", "Peter's Row"),
           E("Location", "Aintree"), E("Location", "Liverpool"), E("Company", WRL, "Jacob's Bakery Ltd."),
           E("Company", "Boland's Biscuits"), E("Company", "Irish Biscuits Ltd."), E("Location", "Tallaght"),
           E("Company", AB), E("Company", "Nabisco"), E("Company", JBG), E("Company", GD), E("Company", "Kraft Foods"),
           E("Location", "Malaysia"), E("Company", KFM)],
 # 'W & R Jacob, founded in 1851 ... by William Beale Jacob and his brother Robert' -> cofounder each at W & R Jacob,
 # current true. Near-misses: none with a title
 roles=[R("William Beale Jacob", "cofounder", WR), R("Robert", "cofounder", WR)],
 # 'The brand name is owned by the Jacob Fruitfield Food Group' -> provider(Jacob's, Jacob Fruitfield Food Group);
 # 'In the UK, the brand name is used under license by United Biscuits' -> provider(Jacob's, United Biscuits) (the
 # licensee that makes and sells the brand's biscuits in the UK; doubtful: a reader might keep provider for the owner
 # only); 'The originator of the Jacob's brand name was the small biscuit bakery, W & R Jacob' -> provider(Jacob's, W
 # & R Jacob) (the bakery that made the biscuits under the name; relations carry no time; doubtful); 'the production
 # and sales of Jacob's biscuits in Malaysia are done through Kraft Foods Malaysia' -> provider(Jacob's, Kraft Foods
 # Malaysia) (doubtful, as the licensee); 'the Jacob Fruitfield Food Group, part of Valeo Foods' ->
 # parentOrganization(Jacob Fruitfield Food Group, Valeo Foods); 'United Biscuits, part of Pladis' ->
 # parentOrganization(United Biscuits, Pladis); 'The Liverpool factory joined Associated Biscuits in 1960' ->
 # parentOrganization(W & R Jacob (L'pool) Ltd., Associated Biscuits) (the Liverpool branch, renamed Jacob's Bakery
 # Ltd., became part of the group; 'joined' tells no purchase, so no acquired; doubtful: a reader might give acquired
 # or nothing); 'Associated Biscuits ..., which was purchased by Nabisco in 1982' -> acquired(Nabisco, Associated
 # Biscuits) + parentOrganization(Associated Biscuits, Nabisco); 'the two companies ... became Jacob's Biscuit Group
 # when they were acquired by the French company Groupe Danone' -> acquired(Groupe Danone, Jacob's Biscuit Group) +
 # parentOrganization(Jacob's Biscuit Group, Groupe Danone) (the two companies bought are the group the text names;
 # doubtful: a reader might give acquired of the Dublin and Liverpool companies instead, which 'the two companies'
 # does not name); 'Groupe Danone and United Biscuits announced that they had made an agreement for the latter to
 # acquire Jacob's Biscuit Group' -> acquired(United Biscuits, Jacob's Biscuit Group) only (an agreement; completion
 # not told in the kept text, whose next, cut sentence tells the group split); 'Kraft Foods Malaysia' ->
 # parentOrganization(Kraft Foods Malaysia, Kraft Foods) (the country unit named after the company in the same
 # sentence; doubtful: told by the name only). Near-misses: 'W & R Jacob in Dublin merged with Boland's Biscuits to
 # form Irish Biscuits Ltd.' -> nothing (a merger with no buyer named; GUIDELINES, Relations; no parentOrganization to
 # Irish Biscuits Ltd. either); 'In 1922 a separate English company was formed, W & R Jacob (L'pool) Ltd.', 'The two
 # branches separated' -> no parentOrganization between the two Jacob companies (separate, as written); 'With the
 # acquisition of Groupe Danone's biscuit division by Kraft Foods' -> no acquired (the division is not named); 'used
 # under license by United Biscuits' -> no partner (the licensor is not named in the sentence; a reader might give
 # partner(United Biscuits, Jacob Fruitfield Food Group)); 'which produces snacks for the Irish market' -> nothing
 relations=[L(JB, "provider", JF), L(JB, "provider", UB), L(JB, "provider", WR), L(JB, "provider", KFM),
            L(JF, "parentOrganization", "Valeo Foods"), L(UB, "parentOrganization", "Pladis"),
            L(WRL, "parentOrganization", AB), L("Nabisco", "acquired", AB), L(AB, "parentOrganization", "Nabisco"),
            L(GD, "acquired", JBG), L(JBG, "parentOrganization", GD), L(UB, "acquired", JBG),
            L(KFM, "parentOrganization", "Kraft Foods")],
 outages=[],
 # '1851', '1914', '1922', '1960', '1982', '1990', 'July 2004'; 'the 1970s', 'later', 'once again' -> left out
 dates=[D("1851", "1851"), D("1914", "1914"), D("1922", "1922"), D("1960", "1960"), D("1982", "1982"),
        D("1990", "1990"), D("July 2004", "2004-07")])

# ---- household goods, Ireland: Waterford Wedgwood (wikimili.com's copy) ---------------------------------------------
WW = "Waterford Wedgwood plc"
WC = "Waterford Crystal"
RD = "Royal Doulton"
WWRD = "WWRD Holdings Limited"
A["wp-waterford-wedgwood"] = dict(
 # the holding company -> Company 'Waterford Wedgwood plc' ('the group', 'The company', 'The firm' generic; no shorter
 # form: 'Waterford Wedgwood' occurs only inside the acronym's expansion 'Waterford Wedgwood Royal Doulton'); KPS
 # Capital Partners ('a New York–based private equity firm'), Waterford Crystal, Wedgwood (alias 'Josiah Wedgwood and
 # Sons': 'Wedgwood (Josiah Wedgwood and Sons)', its full name in brackets), Royal Doulton ('English Royal Doulton'),
 # WWRD Holdings Limited (aliases 'WWRD Holdings' and 'WWRD'), Fiskars ('a Finnish consumer goods company') ->
 # Company; the brands 'Waterford' and 'Marquis by Waterford' ('brands including Waterford, Marquis by Waterford') ->
 # Service (products users buy; GUIDELINES, Types); Tony O'Reilly, Chryss Goulandris -> Person; UK ('the main Irish
 # and UK operations'), New York ('New York–based'), Ireland ('an Ireland-based luxury brands group') -> Location. No
 # entity: 'Waterford Wedgwood Royal Doulton' (what the acronym stands for, quoted as its expansion, not a name the
 # text uses for the company; doubtful: a reader might add it as an alias of WWRD Holdings Limited), 'Irish',
 # 'Finnish', 'English' (adjectives), 'other brands', 'a number of Waterford-designer cooperations', 'the range of
 # Wedgwood brands', 'other companies' (unnamed), 'the two families' (families)
 entities=[E("Company", WW), E("Person", "Tony O'Reilly"), E("Person", "Chryss Goulandris"), E("Location", "UK"),
           E("Company", "KPS Capital Partners"), E("Location", "New York"), E("Company", WC),
           E("Company", "Wedgwood", "Josiah Wedgwood and Sons"), E("Company", RD),
           E("Company", WWRD, "WWRD Holdings", "WWRD"), E("Company", "Fiskars"), E("Location", "Ireland"),
           E("Service", "Waterford"), E("Service", "Marquis by Waterford")],
 # no role. Near-misses: 'The group was dominated by Irish businessman Tony O'Reilly and his family' -> no role (an
 # owner family's sway, no post named; the cut infobox's 'lead shareholder; chairman 1995–2009' is not in the text; a
 # reader might give chairman or head); 'his wife Chryss Goulandris' -> no role (a family tie)
 roles=[],
 # 'The group's constituent companies were Waterford Crystal, ..., Wedgwood (Josiah Wedgwood and Sons), ..., and
 # English Royal Doulton' -> parentOrganization of each to Waterford Wedgwood plc; 'Waterford Crystal and Wedgwood,
 # along with Royal Doulton and other brands, were transferred to a new company named WWRD Holdings Limited' ->
 # parentOrganization of each to WWRD Holdings Limited (the companies moved under the new holding company; relations
 # carry no time, so both parents are kept; doubtful: the sentence calls them brands, a reader might give provider or
 # nothing); 'In July 2015, WWRD Holdings was acquired by Fiskars' -> acquired(Fiskars, WWRD Holdings Limited) +
 # parentOrganization(WWRD Holdings Limited, Fiskars); 'Waterford Crystal, with brands including Waterford, Marquis by
 # Waterford' -> provider(Waterford, Waterford Crystal), provider(Marquis by Waterford, Waterford Crystal).
 # Near-misses: 'parts of the group, including the main Irish and UK operations, were placed into receivership and
 # acquired by KPS Capital Partners' -> no acquired(KPS Capital Partners, Waterford Wedgwood plc) and no
 # parentOrganization (parts and operations bought out of receivership: an asset purchase, GUIDELINES, Relations; a
 # reader might give acquired); KPS Capital Partners and WWRD Holdings Limited -> no parentOrganization (the text does
 # not say who owned the new company; the tie is a reader's inference from the sentence order); 'founded in 1987
 # through the merger of Waterford Crystal and Wedgwood' -> no acquired (a merger, no buyer named); 'The group also
 # licensed its brands to other companies' -> no partner (no licensee named)
 relations=[L(WC, "parentOrganization", WW), L("Wedgwood", "parentOrganization", WW), L(RD, "parentOrganization", WW),
            L(WC, "parentOrganization", WWRD), L("Wedgwood", "parentOrganization", WWRD),
            L(RD, "parentOrganization", WWRD), L("Fiskars", "acquired", WWRD), L(WWRD, "parentOrganization", "Fiskars"),
            L("Waterford", "provider", WC), L("Marquis by Waterford", "provider", WC)],
 outages=[],
 # '2009', 'July 2015', '1987'; 'the 1780s', 'for many years' -> left out
 dates=[D("2009", "2009"), D("July 2015", "2015-07"), D("1987", "1987")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
