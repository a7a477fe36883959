#!/usr/bin/env python3
"""Batch 70v gold annotations (session 64; the texts of batch70v.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-70q; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'early 1877' gives its year
(as 'late 2006'); 'In the 1920s', 'In the 1970s' (decades), '1825?' (a year the text doubts), 'on April 1' (its year
only from the sentence's own earlier date, as batch 29d's 'In December of that year'), 'Ten years later' (the same
year written beside it) and 'the second world war' (an event with no date in the text) left out. No text tells an
outage, so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-70q): 'until it was taken over by David Jones in 1982'
-> acquired and parentOrganization (a completed takeover of the company); 'Mitsukoshi bought the Oriental Nakamura
department store in Nagoya and re-branded them as Mitsukoshi Nagoya' -> acquired and parentOrganization (a named
department store business bought, as the texts call each store business 'a department store'; doubtful: it may be
read as an outlet purchase, which GUIDELINES part 2 leaves out); 'It is a subsidiary of Isetan Mitsukoshi Holdings,
which also owns the Isetan department store chain' -> parentOrganization twice; 'merged with Isetan under a joint
holding company' -> nothing beyond those (a merger with no buyer named); 'Mitsukoshi is the root of Mitsui group' ->
nothing (an origin, no ownership or membership stated; doubtful); 'emerged as the parent company of the TVS Group'
-> parentOrganization(TVS Group, the parent company) (as written; doubtful: a group and its parent company); 'The
flagship company of the group is TVS Motors' -> parentOrganization; 'operated a number of buses and lorries under the
title of Southern Roadways Limited' -> Southern Roadways Limited its own Company with parentOrganization to the
operator (doubtful: a trading title might be read as an alias); a rival ('competed creditably ... with Myer') ->
nothing. Founders (GUIDELINES part 2, Roles, 'Founders'): 'co-founded by Mars Buckley ... and his partner, Crumpton
John Nunn' -> cofounder each; 'he founded T. V. Sundram Iyengar & Sons' and 'TVS Motors established by his son T. S.
Srinivasan' -> founder (one person each); 'The TVS group he thus started' -> founder (doubtful: 'started' of a group
his company grew into); all current true (as batches 56b-70q). No role: a designer of wrapping paper, a man's work
'for the Indian Railways' (no post named), a wife. Types: the text's other names of a company ('Buckley's';
'Echigo-ya', 'Echigoya', the Japanese name and 'Kabushiki-gaisha Mitsukoshi'; 'T. V. Sundram Iyengar and Sons
Limited'; 'Isetan Mitsukoshi Holdings Ltd.') -> aliases; a name a bought store took ('re-branded them as Mitsukoshi
Nagoya') -> an alias of the store business (doubtful); a surname alone ('Buckley', 'Nunn', 'Sundram Iyengar') -> an
alias of the person; a state railway run as a business ('the Indian Railways', as round 70k's Japanese National
Railways) and a subway operator ('the Tokyo Metro') -> Company; a business group ('Mitsui group', 'the TVS Group') ->
Company; a product a man 'designed and produced' ('the TVS Gas Plant') -> Service, with no provider (its maker named
is a person; doubtful); a station and a business district ('Mitsukoshimae Station', 'the Melbourne central business
district'), streets, goldfields' towns, cities, states, provinces, countries -> Location; a ticker's exchange prefix
('TYO: 2779') -> no entity; demonyms ('Indian', 'Tamil', 'English-born', 'Asian', 'Filipino') -> no entity.
usage: batch70v_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- retail, Australia: Buckley & Nunn (en.wikipedia.org) -----------------------------------------------------------
BN = "Buckley & Nunn"
A["wp-buckley-and-nunn"] = dict(
 # the store business -> Company 'Buckley & Nunn' (alias "Buckley's", 'also known as'); Myer, David Jones -> Company;
 # Mars Buckley ('Buckley'), Crumpton John Nunn ('Nunn'), Elizabeth Maroon -> Person; Melbourne, Victoria, Australia,
 # Bourke Street, 'Melbourne central business district', Mallow, County Cork, Ireland, Ballarat, Forest Creek, England
 # -> Location. No entity: 'Neville' (a maiden name in 'née Neville'), 'English-born', 'the store's tea room'
 entities=[E("Company", BN, "Buckley's"), E("Location", "Melbourne"), E("Location", "Victoria"),
           E("Location", "Australia"), E("Company", "Myer"), E("Location", "Bourke Street"),
           E("Location", "Melbourne central business district"), E("Company", "David Jones"),
           E("Person", "Mars Buckley", "Buckley"), E("Person", "Crumpton John Nunn", "Nunn"), E("Location", "Mallow"),
           E("Location", "County Cork"), E("Location", "Ireland"), E("Person", "Elizabeth Maroon"),
           E("Location", "Ballarat"), E("Location", "Forest Creek"), E("Location", "England")],
 # 'Buckley & Nunn was co-founded by Mars Buckley ... and his partner, Crumpton John Nunn' -> cofounder each (the
 # text's own 'co-founded'), current true. No role: Elizabeth Maroon (a wife)
 roles=[R("Mars Buckley", "cofounder", BN), R("Crumpton John Nunn", "cofounder", BN)],
 # 'until it was taken over by David Jones in 1982' -> acquired and parentOrganization. Near-misses, no relation:
 # 'competed creditably as a department store with Myer' (a rival), 'in partnership with English-born Nunn' (a person)
 relations=[L("David Jones", "acquired", BN), L(BN, "parentOrganization", "David Jones")],
 outages=[],
 # '1851', '1900' ('Myer (1900)'), '1982', '1914', '1939', '1912', '9 October 1905', '1828', '29 March 1891', '1852';
 # left out: 'In the 1920s' (a decade), '1825?' (doubted by the text; doubtful)
 dates=[D("1851", "1851"), D("1900", "1900"), D("1982", "1982"), D("1914", "1914"), D("1939", "1939"),
        D("1912", "1912"), D("9 October 1905", "1905-10-09"), D("1828", "1828"), D("29 March 1891", "1891-03-29"),
        D("1852", "1852")])

# ---- retail, Japan: Mitsukoshi (en.m.wikipedia.org) -----------------------------------------------------------------
MI, IMH = "Mitsukoshi, Ltd.", "Isetan Mitsukoshi Holdings"
A["wp-mitsukoshi"] = dict(
 # the chain -> Company 'Mitsukoshi, Ltd.' (aliases its Japanese name and its romanisation, 'Mitsukoshi', its first
 # shop name 'Echigo-ya' with its Japanese form, and 'Echigoya'); Isetan Mitsukoshi Holdings ('Isetan Mitsukoshi
 # Holdings Ltd.'), Isetan, Tokyo Metro, Mitsui group, Oriental Nakamura (alias 'Mitsukoshi Nagoya', the name the bought
 # store took; doubtful) -> Company; Genichiro Inokuma -> Person; Tokyo, Japan, Mitsukoshimae Station, Nagoya,
 # Bonifacio Global City, Taguig, Metro Manila, Philippines -> Location. No entity: 'TYO' (a ticker's exchange
 # prefix), 'yagō', 'Asian', 'Filipino', 'a Filipino branch' (unnamed)
 entities=[E("Company", MI, "\u682a\u5f0f\u4f1a\u793e\u4e09\u8d8a", "Kabushiki-gaisha Mitsukoshi", "Mitsukoshi",
             "Echigo-ya", "\u8d8a\u5f8c\u5c4b", "Echigoya"),
           E("Location", "Tokyo"), E("Location", "Japan"), E("Company", IMH, "Isetan Mitsukoshi Holdings Ltd."),
           E("Company", "Isetan"), E("Location", "Mitsukoshimae Station"), E("Company", "Tokyo Metro"),
           E("Company", "Mitsui group"), E("Company", "Oriental Nakamura", "Mitsukoshi Nagoya"),
           E("Location", "Nagoya"), E("Person", "Genichiro Inokuma"), E("Location", "Bonifacio Global City"),
           E("Location", "Taguig"), E("Location", "Metro Manila"), E("Location", "Philippines")],
 # no role: the founder is named only in the infobox (cut); 'Genichiro Inokuma designed the wrapping paper' (no post)
 roles=[],
 # 'It is a subsidiary of Isetan Mitsukoshi Holdings' and 'which also owns the Isetan department store chain' ->
 # parentOrganization twice (the merger of 2008 under the joint holding company says the same); 'Mitsukoshi bought
 # the Oriental Nakamura department store in Nagoya and re-branded them' -> acquired and parentOrganization
 # (doubtful: an outlet purchase on another reading). Near-misses, no relation: 'Mitsukoshi is the root of Mitsui
 # group' (an origin; doubtful), 'would merge into Isetan' (announced; the completed merger is told through the
 # holding company), 'Mitsukoshimae Station on the Tokyo Metro is named after' the store
 relations=[L(MI, "parentOrganization", IMH), L("Isetan", "parentOrganization", IMH),
            L(MI, "acquired", "Oriental Nakamura"), L("Oriental Nakamura", "parentOrganization", MI)],
 outages=[],
 # '1673', '1683', 'August 2007', 'March 26, 2008', 'April 5, 2019', '2021'; left out: 'In the 1970s' (a decade),
 # 'on April 1' (its year only from the sentence's earlier date), 'Ten years later' (the same year written beside it)
 dates=[D("1673", "1673"), D("1683", "1683"), D("August 2007", "2007-08"), D("March 26, 2008", "2008-03-26"),
        D("April 5, 2019", "2019-04-05"), D("2021", "2021")])

# ---- road transport, India: T. V. Sundram Iyengar (a proxy of en.m.wikipedia.org) -----------------------------------
TV, TVSS = "Thirukkurungudi Vengaram Sundram Iyengar", "T. V. Sundram Iyengar & Sons"
A["wp-t-v-sundaram-iyengar"] = dict(
 # the man -> Person (aliases 'T. V. Sundram Iyengar', 'Sundram Iyengar'); T. S. Srinivasan -> Person; the bus
 # company -> Company 'T. V. Sundram Iyengar & Sons' (alias 'T. V. Sundram Iyengar and Sons Limited'); TVS Group ('The
 # TVS group', the same form ignoring case), TVS Motors, Indian Railways, Southern Roadways Limited -> Company; 'TVS
 # Gas Plant' -> Service (doubtful); India, Madras Presidency, Thirukkurungudi, Tamil Nadu, South India, Madurai ->
 # Location. No entity: 'Indian', 'Tamil', 'a bank' (unnamed), 'the second world war' (an event)
 entities=[E("Person", TV, "T. V. Sundram Iyengar", "Sundram Iyengar"),
           E("Company", TVSS, "T. V. Sundram Iyengar and Sons Limited"), E("Company", "TVS Group"),
           E("Location", "India"), E("Company", "TVS Motors"), E("Person", "T. S. Srinivasan"),
           E("Location", "Madras Presidency"), E("Location", "Thirukkurungudi"), E("Location", "Tamil Nadu"),
           E("Company", "Indian Railways"), E("Location", "South India"), E("Location", "Madurai"),
           E("Company", "Southern Roadways Limited"), E("Service", "TVS Gas Plant")],
 # 'In 1911, he founded T. V. Sundram Iyengar & Sons' -> founder; 'The TVS group he thus started' -> founder
 # (doubtful); 'TVS Motors established by his son T. S. Srinivasan' -> founder; all current true. No role: his work
 # 'for the Indian Railways' (no post named)
 roles=[R(TV, "founder", TVSS), R(TV, "founder", "TVS Group"), R("T. S. Srinivasan", "founder", "TVS Motors")],
 # 'emerged as the parent company of the TVS Group' -> parentOrganization(TVS Group, the bus company) (doubtful);
 # 'The flagship company of the group is TVS Motors' -> parentOrganization; 'operated a number of buses and lorries
 # under the title of Southern Roadways Limited' -> parentOrganization (doubtful). Near-miss, no relation: 'Sundram
 # Iyengar designed and produced the TVS Gas Plant' (a person as maker; no company named)
 relations=[L("TVS Group", "parentOrganization", TVSS), L("TVS Motors", "parentOrganization", "TVS Group"),
            L("Southern Roadways Limited", "parentOrganization", TVSS)],
 outages=[],
 # '22 March 1877', '28 April 1955', '1911', 'early 1877', '1955'; left out: 'the second world war' (an event)
 dates=[D("22 March 1877", "1877-03-22"), D("28 April 1955", "1955-04-28"), D("1911", "1911"),
        D("early 1877", "1877"), D("1955", "1955")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
