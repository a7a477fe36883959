#!/usr/bin/env python3
"""Batch 71u gold annotations (session 65; the texts of batch71u.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-71p; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'two years later', 'four years
after its acquisition', 'After three years' and 'ten years later' (relative to a year of the text, not to a
publication date) left out. No text tells an outage, so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-71p): founders (GUIDELINES part 2, Roles, 'Founders'):
'The company was founded in Sydney in 1968 by Dick Smith' -> founder (one person named alone); 'founder of the ...
Nirma group' and 'founded a leading pharmacy college (Nirma Institute of Pharmacy), leading engineering college,
(Nirma Institute of Technology)' -> founder, each (one person alone); 'William Ramsay set up a real estate firm with
his father. The business, "John Ramsay & Son"' -> cofounder, each ('A founded Acme with B'; the father named 'John');
'Ramsay established a factory in Carlton in partnership with Hamilton McKellar. From there, Ramsay & McKellar would
produce' -> cofounder, each (a partnership named for both; doubtful: the text founds a factory, the firm named next);
founder roles current true, McKellar's too though 'McKellar had left the company' (founding is not a post held;
doubtful). Other roles (GUIDELINES part 2, Roles): 'worked as a lab technician, first in the New Cotton Mills ... and
then at the Geology and Mining Department of the state Government' -> other, current false for each ('first ... then',
'quit his job'; doubtful: a staff post, not an executive one). Relations (GUIDELINES part 2, Relations): 'owned by him
and his wife until they sold 60% to Woolworths in 1980, and the remaining 40% two years later' -> acquired and
parentOrganization (a completed sale of the whole company in two steps); 'four years after its acquisition by
Anchorage Capital Partners' -> acquired and parentOrganization; 'the Dick Smith brand name continues as an online brand
operated by Kogan.com' -> nothing (the brand is no separate entity: its only form, 'Dick Smith', is the founder's
name; doubtful); 'the New Cotton Mills, Ahmedabad, of the Lalbhai group' -> parentOrganization; 'Karsanbhai branded
his detergent soap, Nirma' and 'the ... Nirma group with major interests in detergents' -> provider(Nirma, Nirma group)
(the brand read as the group's product; doubtful: the text does not say the group sells it in words); 'products like
Surf by Hindustan Lever' -> provider; '"Kiwi" brand shoe polish' produced by 'the pair' at Ramsay & McKellar's factory
-> provider(Kiwi, Ramsay & McKellar), and 'a branch of Kiwi Polish Co.' -> provider(Kiwi, Kiwi Polish Co.) (the
company named for the product; doubtful: the text does not say Kiwi Polish Co. is Ramsay & McKellar renamed, so two
companies); 'In 2017 Forbes listed his net worth' -> nothing. Types: 'Dick Smith' -> the Person only (the text also
uses the name for the company, 'In 2012, Dick Smith had 263 stores', and for the brand; no surface form stands for
two entities, so the company keeps its full name alone; doubtful); Kogan.com (an online retailer) -> Company; Forbes
(a magazine) -> Company; the Lalbhai group, New Cotton Mills, Hindustan Lever, John Ramsay & Son, Ramsay & McKellar,
Kiwi Polish Co., Woolworths, Anchorage Capital Partners -> Company; the Nirma Institutes (colleges) and the Geology
and Mining Department (a state government department) -> Organization; Nirma (a detergent brand), Surf, Kiwi (a shoe
polish brand) -> Service; streets and a highway (Atchison Street, Carlotta Street, Pacific Highway, Elizabeth Street)
and suburbs -> Location, as the corpus records streets; 'Karsanbhai', 'K. K. Patel' -> aliases of Karsanbhai
Khodidas Patel; 'Ramsay' -> an alias of William Ramsay; 'Annie Ramsay' -> an alias of Annie Elizabeth Meek (his
wife, 'named in honour of Annie Ramsay's New Zealand heritage'); 'John' (the father, a first name alone) -> Person
(doubtful, as batch 71p's Burjorji), apart from 'Sir John Ramsay' (a brother) and 'Hugh Ramsay'; 'McKellar' -> an
alias of Hamilton McKellar. No entity: 'north Gujarat' / 'North Gujarat' (a part of a state, named descriptively),
'the Whitlam government' (cut), 'Australian', 'Indian', 'Scottish-born' (demonyms), 'the state Government' (unnamed).
usage: batch71u_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- electronics retail, Australia: Dick Smith (retailer) (en.wikipedia.org) ---------------------------------------
DS, WW, AC = "Dick Smith Electronics Holdings Limited", "Woolworths", "Anchorage Capital Partners"
A["wp-dick-smith-retailer"] = dict(
 # the company -> Company (no alias: 'Dick Smith' kept for the founder); Woolworths, Anchorage Capital Partners,
 # Kogan.com -> Company; Dick Smith -> Person; New Zealand, Sydney, Australia, Auckland, Neutral Bay, Atchison
 # Street, St Leonards, Carlotta Street, Artarmon, Pacific Highway, Gore Hill -> Location. No entity: 'Australian'
 entities=[E("Company", DS), E("Location", "New Zealand"), E("Location", "Sydney"), E("Person", "Dick Smith"),
           E("Company", WW), E("Location", "Australia"), E("Location", "Auckland"), E("Company", AC),
           E("Company", "Kogan.com"), E("Location", "Neutral Bay"), E("Location", "Atchison Street"),
           E("Location", "St Leonards"), E("Location", "Carlotta Street"), E("Location", "Artarmon"),
           E("Location", "Pacific Highway"), E("Location", "Gore Hill")],
 # 'founded in Sydney in 1968 by Dick Smith' -> founder
 roles=[R("Dick Smith", "founder", DS)],
 # Woolworths (60% in 1980, the remaining 40% two years later) and Anchorage Capital Partners -> acquired and
 # parentOrganization. No relation: Kogan.com's online brand (doubtful)
 relations=[L(WW, "acquired", DS), L(DS, "parentOrganization", WW), L(AC, "acquired", DS),
            L(DS, "parentOrganization", AC)],
 outages=[],
 # '1968', '1980', '2012', '2016', '1969'; left out: 'two years later', 'four years after its acquisition'
 dates=[D("1968", "1968"), D("1980", "1980"), D("2012", "2012"), D("2016", "2016"), D("1969", "1969")])

# ---- detergents, India: Karsanbhai Patel (piglix.com) --------------------------------------------------------------
KP, NG = "Karsanbhai Khodidas Patel", "Nirma group"
A["wp-karsanbhai-patel"] = dict(
 # Karsanbhai Khodidas Patel (aliases 'Karsanbhai', 'K. K. Patel') -> Person; Nirma group, Forbes, New Cotton Mills,
 # Lalbhai group, Hindustan Lever -> Company; Nirma Institute of Pharmacy, Nirma Institute of Technology, Geology and
 # Mining Department -> Organization; Nirma, Surf -> Service; Ruppur, Mehsana, Gujarat, Ahmedabad, Maharashtra ->
 # Location. No entity: 'north Gujarat' / 'North Gujarat', 'the state Government', 'Indian'
 entities=[E("Person", KP, "Karsanbhai", "K. K. Patel"), E("Location", "Ruppur"), E("Location", "Mehsana"),
           E("Location", "Gujarat"), E("Company", NG), E("Company", "Forbes"),
           E("Organization", "Nirma Institute of Pharmacy"), E("Organization", "Nirma Institute of Technology"),
           E("Company", "New Cotton Mills"), E("Location", "Ahmedabad"), E("Company", "Lalbhai group"),
           E("Organization", "Geology and Mining Department"), E("Service", "Nirma"), E("Location", "Maharashtra"),
           E("Service", "Surf"), E("Company", "Hindustan Lever")],
 # 'founder of the ... Nirma group', 'founded ... (Nirma Institute of Pharmacy), ... (Nirma Institute of Technology)'
 # -> founder, each; 'worked as a lab technician, first in the New Cotton Mills ... and then at the Geology and Mining
 # Department' -> other, former (doubtful)
 roles=[R(KP, "founder", NG), R(KP, "founder", "Nirma Institute of Pharmacy"),
        R(KP, "founder", "Nirma Institute of Technology"), R(KP, "other", "New Cotton Mills", False),
        R(KP, "other", "Geology and Mining Department", False)],
 # 'the New Cotton Mills, Ahmedabad, of the Lalbhai group' -> parentOrganization; Nirma -> provider (doubtful);
 # 'Surf by Hindustan Lever' -> provider
 relations=[L("New Cotton Mills", "parentOrganization", "Lalbhai group"), L("Nirma", "provider", NG),
            L("Surf", "provider", "Hindustan Lever")],
 outages=[],
 # '1945', '2017', '1969'; left out: 'After three years', 'At the time'
 dates=[D("1945", "1945"), D("2017", "2017"), D("1969", "1969")])

# ---- shoe polish, Australia: William Ramsay (manufacturer) (en.wikipedia.org, older rendering) ---------------------
WR, JR, RM, KC = "William Ramsay", "John Ramsay & Son", "Ramsay & McKellar", "Kiwi Polish Co."
A["wp-william-ramsay-manufacturer"] = dict(
 # William Ramsay (alias 'Ramsay'), John (the father), Annie Elizabeth Meek (alias 'Annie Ramsay'), Hamilton McKellar
 # (alias 'McKellar'), Sir John Ramsay, Hugh Ramsay -> Person; John Ramsay & Son, Ramsay & McKellar, Kiwi Polish Co.
 # -> Company; Kiwi -> Service; Glasgow, Australia, Melbourne, Victoria, Scotland, New Zealand, Oamaru, Carlton,
 # Elizabeth Street, London, United Kingdom, Europe, Essendon -> Location. No entity: 'Scottish-born', 'Australian'
 entities=[E("Person", WR, "Ramsay"), E("Service", "Kiwi"), E("Location", "Glasgow"), E("Location", "Australia"),
           E("Location", "Melbourne"), E("Location", "Victoria"), E("Person", "John"), E("Location", "Scotland"),
           E("Company", JR), E("Location", "New Zealand"), E("Person", "Annie Elizabeth Meek", "Annie Ramsay"),
           E("Location", "Oamaru"), E("Location", "Carlton"), E("Person", "Hamilton McKellar", "McKellar"),
           E("Company", RM), E("Location", "Elizabeth Street"), E("Company", KC), E("Location", "London"),
           E("Location", "United Kingdom"), E("Location", "Europe"), E("Location", "Essendon"),
           E("Person", "Sir John Ramsay"), E("Person", "Hugh Ramsay")],
 # 'set up a real estate firm with his father. The business, "John Ramsay & Son"' -> cofounder, each; 'in partnership
 # with Hamilton McKellar ... Ramsay & McKellar' -> cofounder, each (doubtful)
 roles=[R(WR, "cofounder", JR), R("John", "cofounder", JR), R(WR, "cofounder", RM),
        R("Hamilton McKellar", "cofounder", RM)],
 # Kiwi -> provider to Ramsay & McKellar and to Kiwi Polish Co. (doubtful: two companies)
 relations=[L("Kiwi", "provider", RM), L("Kiwi", "provider", KC)],
 outages=[],
 # '6 June 1868', '4 September 1914', '1906', '1868', 'June, 1878', '2 January 1901', '1904', '1912', '1913';
 # left out: 'ten years later'
 dates=[D("6 June 1868", "1868-06-06"), D("4 September 1914", "1914-09-04"), D("1906", "1906"), D("1868", "1868"),
        D("June, 1878", "1878-06"), D("2 January 1901", "1901-01-02"), D("1904", "1904"), D("1912", "1912"),
        D("1913", "1913")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
