#!/usr/bin/env python3
"""Batch 54s gold annotations (the texts of batch54s.py: the Antitrust Division's release of 8 April 2003 on Mitchell
E. Mosallem, 'former executive vice president and director of graphic services at Grey Global Group Inc. (Grey), an
advertising agency headquartered in Manhattan', pleading guilty to 11 antitrust, fraud and tax charges; the Division's
release of 24 February 2006 on Allied Freight Forwarding Inc., 'headquartered in Westmont, Illinois', agreeing to plead
guilty to two bid-rigging conspiracies in the Department of Defense's household-goods shipping programme), written from
the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train,
dev (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-54m; GUIDELINES section 2): 'Assistant Attorney General in
charge of the Antitrust Division' -> head at the Antitrust Division, current (53t, 53zh-54m); the Division under the
Department -> parentOrganization only where the text says so ("the Department's Antitrust Division": 53t, 54a, 54m);
the Allied text says only 'in charge of the Antitrust Division' beside 'the Department of Justice announced', so no
such relation (54g's way; **doubtful**, a reader may add it from knowledge); the Mosallem text never names the
Division; 'former executive vice president and director of graphic services at X' -> vice-president and director at
X, both current false (GUIDELINES: executive vice president -> vice-president; a functional 'Director of X' ->
director, the corpus's 'Director of Public Affairs' way; two posts named -> two roles, 45k; 'former' read on both
posts, 44p; **doubtful**: a reader may give 'director of graphic services' as executive, a department head); judges
('Judge Thomas P. Griesa') -> Person, no role (41p, 49g: the corpus's files with a US judge beside a district court
entity give the judge none); 'U.S. District Court in <city>' -> Organization 'U.S. District Court' (51t-54m); the
dateline ('WASHINGTON, D.C.') -> one Location (42z, 53zh-54m); a town and its state ('Westmont, Illinois', 'Alexandria,
Virginia') -> two Locations each (53t, 53w, 54g); 'the United States' and 'the U.S.' as a noun ('to the U.S.') -> one
Location 'United States', alias 'U.S.' (53t's 'in the U.S. and elsewhere'); 'U.S.' before a noun ('U.S. freight
forwarder', 'U.S. military') is the same alias, no other entity; 'the mainland United States' -> the same Location;
'Europe' -> Location (a region); 'the Department of Defense (DOD)' -> Organization, alias 'DOD' (54m's DOD); a
bracketed short form ('(Grey)', '(Allied)') and a surname alone ('Mosallem') -> alias (53zh, 53zm, 54a, 54m); 'the
Internal Revenue Service' -> Organization (a government body); contracts and programmes of a government buyer ->
no partner (54a's APAC, 54m's Peck & Hale: **doubtful** for Allied and DOD); unnamed clients, vendors and competitors
('one of its clients', 'vendors to Grey', 'another U.S. freight forwarder', 'three U.S. freight forwarders') ->
nothing; product and service classes (graphic services, household goods shipping), charges and laws -> nothing;
'today' and "Today's" -> one item 'today' (GUIDELINES: the same text ignoring case listed once); 'late 1994' -> the year
(GUIDELINES: 'late 2006' -> the year); terms ('between 63 and 78 months') -> no date.
usage: batch54s_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55s/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

DOJ = "Department of Justice"
ATR = "Antitrust Division"
USDC = "U.S. District Court"
GGG = "Grey Global Group Inc."
MEM = "Mitchell E. Mosallem"
AFF = "Allied Freight Forwarding Inc."
DOD = "Department of Defense"
TOB = "Thomas O. Barnett"
A = {}

# ---- Grey Global Group Inc. / Mitchell E. Mosallem, published 2003-04-08 (a Tuesday) ---------------------------------
A["us-doj-atr-grey-global-group-former-executive-vice-president-mosallem-graphic-services-bid-rigging-plea-2003"] = dict(
 # Company: Grey Global Group Inc. ('(Grey)' and 'Grey' four more times, "Grey's": alias 'Grey'; 'an advertising
 # agency' is a description). Organizations: Department of Justice ('the Department of Justice announced'), U.S.
 # District Court ('in the U.S. District Court in Manhattan'), Internal Revenue Service ('to defraud the Internal
 # Revenue Service'). People: Mitchell E. Mosallem ('Mosallem' nine times: alias), Thomas P. Griesa ('Judge Thomas P.
 # Griesa', once). Locations: WASHINGTON, D.C. (the dateline, an em dash after it), Manhattan (Grey's headquarters and
 # the court's borough: one entity). Not annotated: New York (in the title only: the text is annotated, not the title);
 # 'one of its clients', 'certain Grey clients', 'vendors to Grey' (unnamed); 'a superseding indictment', 'the court'
 # (generic); magazines, newspapers, billboards (media classes); the Antitrust Division (not named in the kept text)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Person", MEM, "Mosallem"),
           E("Company", GGG, "Grey"),
           E("Location", "Manhattan"),
           E("Organization", DOJ),
           E("Person", "Thomas P. Griesa"),
           E("Organization", USDC),
           E("Organization", "Internal Revenue Service")],
 # 'Mitchell E. Mosallem, former executive vice president and director of graphic services at Grey Global Group Inc.'
 # -> vice-president and director at Grey Global Group Inc., both current false (two posts, two roles; 'former' on
 # both; **doubtful**: 'director of graphic services' may be read as executive -- a department head -- and one reader
 # may give one role only). 'Between 1990 and 2002, Mosallem oversaw Grey's 70-employee graphic services department'
 # agrees (no new post). Judge Thomas P. Griesa -> no role (a judge, 41p/49g; **near-miss**: 'other' at the court)
 roles=[R(MEM, "vice-president", GGG, False),
        R(MEM, "director", GGG, False)],
 # No relation. Near-misses: Grey and 'one of its clients' / 'certain Grey clients' (unnamed: no partner); Grey and its
 # 'vendors' (unnamed suppliers of graphic services: no partner); the Internal Revenue Service under a department (not
 # stated: knowledge only); the Department of Justice and the court (no tie stated)
 relations=[],
 outages=[],
 # 'pleaded guilty today' -> 'today' 2003-04-08; 'Between 1990 and 2002' (and 'between 1990 and 2001') -> '1990' 1990,
 # '2002' 2002; 'May 16, 2002' -> 2002-05-16; 'from late 1994 until 2001' -> 'late 1994' 1994 (GUIDELINES: late <year>
 # -> the year), '2001' 2001 (twice, one item); 'from 1991 until July 2000' -> '1991' 1991, 'July 2000' 2000-07;
 # 'September 17, 2002' -> 2002-09-17. Skipped: 'between 63 and 78 months' (a term, not a date)
 dates=[D("today", "2003-04-08"), D("1990", "1990"), D("2002", "2002"), D("May 16, 2002", "2002-05-16"),
        D("late 1994", "1994"), D("2001", "2001"), D("1991", "1991"), D("July 2000", "2000-07"),
        D("September 17, 2002", "2002-09-17")])

# ---- Allied Freight Forwarding Inc., published 2006-02-24 (a Friday) --------------------------------------------------
A["us-doj-atr-allied-freight-forwarding-westmont-dod-household-goods-bid-rigging-plea-2006"] = dict(
 # Company: Allied Freight Forwarding Inc. ('(Allied)' and 'Allied' twice more: alias). Organizations: Department of
 # Defense ('a Department of Defense (DOD) program'; 'DOD' twice more: alias), Department of Justice ('the Department of
 # Justice announced'), U.S. District Court ('in the U.S. District Court in Alexandria, Virginia'), Antitrust Division
 # ('in charge of the Antitrust Division'). Person: Thomas O. Barnett (once). Locations: WASHINGTON, D.C. (the dateline,
 # an em dash after it), Westmont, Illinois (Allied's headquarters), Europe, United States ('between Europe and the
 # United States', 'the mainland United States', 'to the United States'; 'to the U.S.' twice: alias 'U.S.'), Hawaii,
 # Alexandria, Virginia (the court's city and state), Germany, Italy ('from Germany to the U.S. and from Italy to the
 # U.S.'). Not annotated: 'another U.S. freight forwarder', 'three U.S. freight forwarders' (unnamed competitors);
 # 'the U.S. military', 'military and civilian DOD personnel' (generic); 'channels', household goods (service classes)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Company", AFF, "Allied"),
           E("Location", "Westmont"),
           E("Location", "Illinois"),
           E("Organization", DOD, "DOD"),
           E("Location", "Europe"),
           E("Location", "United States", "U.S."),
           E("Location", "Hawaii"),
           E("Organization", DOJ),
           E("Organization", USDC),
           E("Location", "Alexandria"),
           E("Location", "Virginia"),
           E("Location", "Germany"),
           E("Location", "Italy"),
           E("Person", TOB),
           E("Organization", ATR)],
 # 'Thomas O. Barnett, Assistant Attorney General in charge of the Antitrust Division' -> head, current. No officer of
 # Allied is named (near-miss: a company-only text)
 roles=[R(TOB, "head", ATR)],
 # No relation. Near-misses: Allied and the Department of Defense ('in connection with a Department of Defense (DOD)
 # program to transport the household goods ...', 'to file rates with DOD': Allied takes part in the buyer's programme,
 # a supply tie a reader may draw -- **doubtful**, no partner by 54a's APAC and 54m's Peck & Hale way); the Antitrust
 # Division under the Department of Justice (not said in this text: **doubtful**, 54g's way); Allied and 'another U.S.
 # freight forwarder' (a conspiracy between competitors, the other unnamed: no partner)
 relations=[],
 outages=[],
 # 'filed today', "Today's charges" -> one item 'today' 2006-02-24; 'in 2001', 'in 2000 and 2001' -> '2001' 2001,
 # '2000' 2000
 dates=[D("today", "2006-02-24"), D("2001", "2001"), D("2000", "2000")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
