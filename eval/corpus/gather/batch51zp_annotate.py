#!/usr/bin/env python3
"""Batch 51zp gold annotations (the texts of batch51zp.py: the SEC's Litigation Release No. 15474 of 4 September 1997 on
its fraud action against three former officers of Paragon Mortgage Corporation; the SEC's Litigation Release No. 17394
of 5 March 2002 on its accounting fraud suit against Telxon Corp.'s former Chief Financial Officer Kenneth W. Haver; the
SEC's Litigation Release No. 17862 (late 2002, undated on the stored page) on the Isle of Man proceedings over funds
frozen in its case against AremisSoft Corporation's two former officers and two relief defendants), written from the
texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (Paragon's and Telxon's from their release lines; AremisSoft's `published` is null:
every date in its kept text carries its own year).
Conventions (the federal SEC lane's, batches 18a, 40zm ... 51zb, 51zh; looked up in the gold of the corpus's SEC files
on other matters and GATHERING.md -- 45a's and 45p's 'former officers of' -> executive, 44d's and 45zi's 'the United
States Attorney for the <X> District' (a title, no person, no office named) not annotated, 41p's judicial districts not
Locations, the corpus's named district courts as Organization, 51zh's 'of X, Y' as two Locations):
the SEC -> Organization, the fullest name the text gives ('Securities and Exchange Commission'; in AremisSoft, whose kept
text never spells it out, 'SEC' -- doubtful), with the alias 'Commission' where the text uses it; 'of X, Y' -> two
Locations, a repeated state one entity; each post its own role, current false where the text says 'former' or 'All three
are former officers ... X was'; 'chief executive officer' -> ceo; 'chairman of its board' -> chairman; 'a director of
Paragon' -> director; 'its president' -> president; 'chief financial officer'/'Chief Financial Officer' -> cfo; 'two of
its former officers' with no post -> executive (45a); a company's short form ('Paragon', 'Telxon', 'AremisSoft',
'Olympus', 'Oracle') and a surname or shorter name standing alone ('Haver', 'Gene Ross', 'Higgins-Hallke',
'Poyiadjis', 'Kyprianou') -> aliases, possessive-free; 'the company'/'the Company' -> no alias (generic); unnamed
courts, tribunals, auditors, competitors, buyers, banks and customers -> no entity; officeholders named only by title
('the Isle of Man Attorney General', 'the Attorney General of the United States', 'the United States Attorney for the
Southern District of New York') -> no entity; 'Isle of Man' (a Crown dependency) -> Location; 'today' -> `published`;
bare years -> the year; a date repeated with the same text and value -> one item.
usage: batch51zp_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather52zp/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
PMC = "Paragon Mortgage Corporation"
TEL = "Telxon Corp."
ARE = "AremisSoft Corporation"
A = {}

# ---- Paragon Mortgage / Ross, Ross and Higgins-Hallke, LR 15474, published 1997-09-04 (a Thursday) -----------------
A["us-sec-paragon-mortgage-former-ceo-chairman-gene-ross-president-lynn-ross-cfo-higgins-hallke-fraud-1997"] = dict(
 # The Securities and Exchange Commission ('filed with the Commission': alias 'Commission'); Atlanta and Georgia ('two
 # Atlanta, Georgia residents'; 'Marietta, Georgia' and 'Smyrna, Georgia' again: one Georgia); Denver and Colorado ('a
 # Denver, Colorado man'; 'Highlands Ranch, Colorado' again: one Colorado); W. Gene Ross ('Gene Ross was ...': alias
 # 'Gene Ross'; the caption's 'Wyatt' is not in the kept text); Highlands Ranch; Lynn Ross (the caption's 'Lynn K.' cut;
 # 'his brother Lynn Ross'); Marietta; Mickie Higgins-Hallke ('Higgins-Hallke was': alias 'Higgins-Hallke'); Smyrna
 # ('of Smyrna, Georgia', 'formerly headquartered in Smyrna, Georgia': one entity); Paragon Mortgage Corporation
 # ("Paragon's", 'from Paragon', 'Paragon reported': alias 'Paragon'). **Doubtful**: Atlanta -- 'two Atlanta, Georgia
 # residents' are then placed in Marietta and Smyrna (Atlanta's suburbs): the release names the city as their area; kept
 # as a Location as written. Not annotated: 'the Ross brothers' (two persons together, no alias of either), "Paragon's
 # board of directors" (a board, no body of its own -- near-miss), "Paragon's independent auditors" (unnamed --
 # near-miss), "Paragon's shareholders", 'four other Paragon employees' (unnamed)
 entities=[E("Organization", SEC, "Commission"),
           E("Location", "Atlanta"),
           E("Location", "Georgia"),
           E("Location", "Denver"),
           E("Location", "Colorado"),
           E("Person", "W. Gene Ross", "Gene Ross"),
           E("Location", "Highlands Ranch"),
           E("Person", "Lynn Ross"),
           E("Location", "Marietta"),
           E("Person", "Mickie Higgins-Hallke", "Higgins-Hallke"),
           E("Location", "Smyrna"),
           E("Company", PMC, "Paragon")],
 # 'All three are former officers of Paragon Mortgage Corporation, ... Gene Ross was Paragon's chief executive officer
 # and chairman of its board, Lynn Ross was a director of Paragon and its president, and Higgins-Hallke was Paragon's
 # chief financial officer' -> Gene Ross ceo and chairman, Lynn Ross director and president, Higgins-Hallke cfo, all at
 # Paragon Mortgage Corporation, all false ('former officers' and 'was'; the company 'now defunct'). 'chairman of its
 # board' -> chairman (the chair named, GUIDELINES; not director as well); 'a director of Paragon' -> director (a board
 # seat). Near-miss: 'former officers' (the class, the posts named after it: no extra executive role)
 roles=[R("W. Gene Ross", "ceo", PMC, False),
        R("W. Gene Ross", "chairman", PMC, False),
        R("Lynn Ross", "director", PMC, False),
        R("Lynn Ross", "president", PMC, False),
        R("Mickie Higgins-Hallke", "cfo", PMC, False)],
 # None: one company; its auditors and employees unnamed (near-miss); 'his brother' a family tie, no predicate
 relations=[],
 outages=[],
 # 'today' -> 1997-09-04 (the release line's day, cut: `published`); '1990' -> 1990 and '1994' -> 1994 ('from 1990
 # through 1994': two items); 'June 1990' -> 1990-06. Not dates: 'over a five-year period' (a span, no start given)
 dates=[D("today", "1997-09-04"), D("1990", "1990"), D("1994", "1994"), D("June 1990", "1990-06")])

# ---- Telxon / Haver, LR 17394, published 2002-03-05 (a Tuesday) ------------------------------------------------------
A["us-sec-telxon-former-cfo-haver-accounting-fraud-improper-revenue-recognition-akron-2002"] = dict(
 # The Securities and Exchange Commission ("The Commission's complaint": alias 'Commission'); Kenneth W. Haver ('Haver',
 # "Haver's": alias 'Haver'; the heading's 'Ken Haver' is in the title only); Telxon Corp. ('Telxon', "Telxon's": alias
 # 'Telxon'; 'the company' -> no alias); Akron and Ohio ('of Akron, Ohio', 'headquartered in Akron, Ohio': one each); the
 # U.S. District Court for the Northern District of Ohio (a named court: Organization, as the corpus's district courts;
 # 'Ohio' inside it is the Location already listed). Not annotated: 'another company' that acquired Telxon and 'a
 # competitor' that offered mergers (unnamed -- near-misses: the heading's and captions' Gary L. Grand and James G.
 # Cleveland are cut with them), 'a near-bankrupt customer' (cut sentence), 'hand held computers' (a product class)
 entities=[E("Organization", SEC, "Commission"),
           E("Person", "Kenneth W. Haver", "Haver"),
           E("Company", TEL, "Telxon"),
           E("Location", "Akron"),
           E("Location", "Ohio"),
           E("Organization", "U.S. District Court for the Northern District of Ohio")],
 # 'Kenneth W. Haver, the former Chief Financial Officer of Telxon Corp.' -> cfo at Telxon Corp., false
 roles=[R("Kenneth W. Haver", "cfo", TEL, False)],
 # None. Near-misses: 'prior to being acquired by another company in December 2000' (the buyer unnamed: no acquired
 # relation); 'Telxon had rejected merger offers from a competitor' (unnamed)
 relations=[],
 outages=[],
 # 'September 30, 1998' -> 1998-09-30 ('the quarter ended September 30, 1998': the day as written, not 1998-Q3);
 # 'September 1998' -> 1998-09 ('the September 1998 quarter', 'the September 1998 transactions': same text and value,
 # one item); 'December 2000' -> 2000-12. Not dates: 'its two previous fiscal years' (Telxon's fiscal years are not
 # given), 'age 43'
 dates=[D("September 30, 1998", "1998-09-30"), D("September 1998", "1998-09"), D("December 2000", "2000-12")])

# ---- AremisSoft / Poyiadjis and Kyprianou, LR 17862, published null (late 2002) --------------------------------------
A["us-sec-aremissoft-former-officers-poyiadjis-kyprianou-isle-of-man-frozen-funds-relief-defendants-2002"] = dict(
 # The SEC ('The SEC's civil enforcement action' and 'the Commission' six times: name 'SEC', alias 'Commission' --
 # **doubtful**: the kept text never writes 'Securities and Exchange Commission' (only the caption, the `title`, does), so
 # the fullest form in the text is the abbreviation; a reader may name it 'Commission'); Isle of Man (the 'Isle of Man
 # appellate tribunal', 'Isle of Man Attorney General', 'two Isle of Man banks', 'High Court of the Isle of Man':
 # Location, a Crown dependency, as the corpus's Isle of Man files); the United States ('the repatriation of the frozen
 # funds to the United States': Location); the High Court of the Isle of Man (a named court: Organization); AremisSoft
 # Corporation ('AremisSoft investors', 'AremisSoft and two of its former officers': alias 'AremisSoft'; 'the
 # Company's' -> no alias); the U.S. District Court for the Southern District of New York (Organization); Roys Poyiadjis
 # and Lycourgos Kyprianou (aliases 'Poyiadjis', 'Kyprianou'); Olympus Capital Investment, Inc. ('("Olympus")') and
 # Oracle Capital, Inc. ('("Oracle")') -> Company (relief defendants holding funds; **doubtful**: the text calls them
 # only 'relief defendants that nominally hold the funds' -- firms by their 'Inc.' names). Not annotated: 'an Isle of Man
 # appellate tribunal' (unnamed -- near-miss), 'the Isle of Man Attorney General' / 'the Attorney General for the Isle
 # of Man', 'the Attorney General of the United States', 'the United States Attorney for the Southern District of New
 # York' (posts named by title only, no person, no office named: 44d, 45zi -- near-misses), 'two Isle of Man banks'
 # (unnamed), 'Southern District of New York' (a judicial district inside names, 41p), 'U.S.' (adjective)
 entities=[E("Organization", "SEC", "Commission"),
           E("Location", "Isle of Man"),
           E("Location", "United States"),
           E("Organization", "High Court of the Isle of Man"),
           E("Company", ARE, "AremisSoft"),
           E("Organization", "U.S. District Court for the Southern District of New York"),
           E("Person", "Roys Poyiadjis", "Poyiadjis"),
           E("Person", "Lycourgos Kyprianou", "Kyprianou"),
           E("Company", "Olympus Capital Investment, Inc.", "Olympus"),
           E("Company", "Oracle Capital, Inc.", "Oracle")],
 # 'AremisSoft and two of its former officers, Roys Poyiadjis and Lycourgos Kyprianou' -> executive at AremisSoft
 # Corporation for each, false (45a's and 45p's 'former officers of' -> executive; **doubtful**: no post named -- a
 # reader may give no role). Near-miss: 'the two former officers engaged in massive insider trading' (the same posts)
 roles=[R("Roys Poyiadjis", "executive", ARE, False),
        R("Lycourgos Kyprianou", "executive", ARE, False)],
 # None. Near-misses: 'two relief defendants that nominally hold the funds ..., Olympus ... and Oracle' (holders of the
 # two men's funds as the SEC alleges, no ownership or partnership with AremisSoft or a person written -- no relation
 # between persons and companies exists in the vocabulary anyway); 'the High Court of the Isle of Man' (a court of the
 # island, no parent body named); AremisSoft's 'acquisitions made in 1999 and 2000' (unnamed targets: no acquired)
 relations=[],
 outages=[],
 # 'November 22, 2002' -> 2002-11-22; 'October 2001' -> 2001-10 (the Isle of Man proceedings begun); 'October 19, 2001'
 # -> 2001-10-19 (the U.S. preliminary injunction); '2000' -> 2000 ('its annual report for 2000'; again in '1999 and
 # 2000': same text and value, one item); '1999' -> 1999. `published` null: nothing relative to resolve
 dates=[D("November 22, 2002", "2002-11-22"), D("October 2001", "2001-10"), D("October 19, 2001", "2001-10-19"),
        D("2000", "2000"), D("1999", "1999")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
