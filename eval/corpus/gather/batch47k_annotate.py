#!/usr/bin/env python3
"""Batch 47k gold annotations (the texts of batch47k.py: the SEC's press release 2005-182 of 22 December 2005 on Veras
Capital Master Fund (VCM), VEY Partners Master Fund (VEY), 'their investment adviser, Veras Investment Partners, LLC,
(VIP), and its managing members, Kevin D. Larson and James R. McBride', with Linda Chatman Thomsen, 'Director of the
Division of Enforcement', and Merri Jo Gillette, 'Director of the Midwest Regional Office'; the SEC's Litigation
Release No. 22075 of 31 August 2011 on Syntax-Brillian Corporation (the Olevia brand), James Li and Thomas Chow, 'Syntax's
primary manufacturer, Taiwan Kolin Co., Ltd.', its Christopher Liu and Roger Kao, and South China House of Technology
Consultants Co. Ltd. (SCHOT); the SEC's Litigation Release No. 24082 of 26 March 2018 on Akorn, Inc. of Lake Forest,
Illinois, 'its former CFO, Timothy Dick, and its former Controller, David Hebeda', and the U.S. District Court for the
Northern District of Illinois), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published` (each release's own day, from its release line or dateline).
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g, 42j, 42v, 42y, 43a, 43d, 43g, 44d,
44h, 44l, 44p, 44r, 44u, 45a, 45f, 45k, 45p, 45r, 45v, 45za, 45ze, 45zi, 45zm, 45zp, 45zs, 45zv, 46a, 46d, 46g, 46j,
46m, 46n, 47a, 47e and 47h for SEC releases): the SEC -> Organization, the full name as written ('U.S.' kept where the
text writes it, 42y) with its aliases ('SEC', 'Commission'); the Division of Enforcement and a regional office ->
Organization, parentOrganization the SEC, also where the text leaves out "the SEC's" (45za's Thomsen); their Directors
-> director (44l, 44r's Gillette, 45za); 'managing member' -> executive (41e's Lewitt); investment funds the text names
-> Service, provider their adviser (46g's Bear Stearns funds, 47e's Canary funds); 'former' -> current false;
'Director' of a company -> director, 'board member' -> director, 'Chairman of the Board' -> chairman; 'President' ->
president, 'Chief Operating Officer' -> coo, 'Chief Executive Officer' -> ceo, 'CFO' -> cfo; chief officers outside
the vocabulary ('Chief Procurement Officer') and 'Controller' -> executive (41j, 42e); a named brand users buy ->
Service with its maker as provider (47i, 44a); a company's maker or supplier -> partner(customer, supplier) as written
(40o, 41a); a court named in full -> Organization (46g); a company's seat -> Location, city and state each (47h's
'Wilmington, North Carolina'); a place named only inside a company's name -> not annotated (46g, GUIDELINES); fiscal
years -> no date (42g, 44d, 45za); 'today' from the release's day.
usage: batch47k_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48k/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
DOE = "Division of Enforcement"
MRO = "Midwest Regional Office"
VIP = "Veras Investment Partners, LLC"
VCM = "Veras Capital Master Fund"
VEY = "VEY Partners Master Fund"
SYN = "Syntax-Brillian Corporation"
KOL = "Taiwan Kolin Co., Ltd."
SCH = "South China House of Technology Consultants Co. Ltd."
AKN = "Akorn, Inc."
A = {}

# ---- Veras, press release 2005-182, published 2005-12-22 (a Thursday) --------------------------------------------------
A["us-sec-veras-investment-partners-managing-members-larson-mcbride-market-timing-2005"] = dict(
 # The Securities and Exchange Commission ('The Commission issued', "the Commission's", "The Commission's Order": alias
 # 'Commission'; 'SEC' not in the text); the two hedge funds, named once each with their initials ('(VCM)', '(VEY)':
 # aliases; 'VEY' also the head of the fund's own name) -> Service (46g's Bear Stearns funds, 47e's Canary funds:
 # investment funds as products; **doubtful**: here the funds are respondents that pay disgorgement, and a reader may
 # type them Company); Veras Investment Partners, LLC ('(VIP)': alias; an investment adviser -> Company; 'Veras'
 # twice, 'Veras profited illegally', 'Veras used deceptive techniques' -> alias of VIP, the firm whose name it
 # shortens; **doubtful**: 'Veras' there stands for all the respondents, funds and adviser together, and a reader may
 # leave it unattached); Kevin D. Larson ('Larson'); James R. McBride ('McBride'); Linda Chatman Thomsen; the Division
 # of Enforcement; Merri Jo Gillette; the Midwest Regional Office (the SEC's unit, named without the SEC: as 45za's
 # Division). Not annotated: 'the Respondents' (generic), 'mutual fund shares', 'mutual funds' (unnamed), 'ordinary
 # investors', 'an Order' (a filing), 'any investment adviser' (generic)
 entities=[E("Organization", SEC, "Commission"),
           E("Service", VCM, "VCM"),
           E("Service", VEY, "VEY"),
           E("Company", VIP, "VIP", "Veras"),
           E("Person", "Kevin D. Larson", "Larson"),
           E("Person", "James R. McBride", "McBride"),
           E("Person", "Linda Chatman Thomsen"),
           E("Organization", DOE),
           E("Person", "Merri Jo Gillette"),
           E("Organization", MRO)],
 # 'its managing members, Kevin D. Larson and James R. McBride' (its: VIP; 'two of its senior executives' in the first
 # paragraph) -> executive at Veras Investment Partners, LLC, each current true (41e's 'sole managing member' ->
 # executive; the text says nothing of their leaving; **doubtful**: the bar 'from association with any investment
 # adviser' means they must leave, which the text does not say has happened -- a reader may set current false; a
 # reader may also read a managing member as director or head); 'Linda Chatman Thomsen, Director of the Division of
 # Enforcement' -> director at the Division (45za); 'Merri Jo Gillette, Director of the Midwest Regional Office' ->
 # director at the Office (44r's Gillette at the Chicago Regional Office; **doubtful**: head, each the unit's leader)
 roles=[R("Kevin D. Larson", "executive", VIP), R("James R. McBride", "executive", VIP),
        R("Linda Chatman Thomsen", "director", DOE), R("Merri Jo Gillette", "director", MRO)],
 # 'two hedge funds, their investment adviser' and 'VCM, VEY, their investment adviser, Veras Investment Partners,
 # LLC' -> each fund provider VIP (46g: a firm's funds provider the firm); the Division and the Office in the SEC's own
 # release -> parentOrganization the SEC (45za; **doubtful**: the text writes neither as "the SEC's"). Near-misses:
 # the funds' market timing in 'mutual funds' (unnamed: no relation); the settlement (enforcement, no relation type)
 relations=[L(VCM, "provider", VIP), L(VEY, "provider", VIP),
            L(DOE, "parentOrganization", SEC), L(MRO, "parentOrganization", SEC)],
 outages=[],
 # 'today' (also 'Today' in "Today's action" inside Thomsen's quotation: the same text ignoring case, one item) ->
 # 2005-12-22; 'from January 2002 through September 2003' -> 'January 2002' 2002-01 and 'September 2003' 2003-09 (each
 # end its own item, as 47a, 47e, 47h). Skipped: 'after 18 months' (a span from an unstated day), the amounts
 dates=[D("today", "2005-12-22"), D("January 2002", "2002-01"), D("September 2003", "2003-09")])

# ---- Syntax-Brillian Corporation, LR 22075, published 2011-08-31 (a Wednesday) ----------------------------------------
A["us-sec-syntax-brillian-director-ceo-li-kolin-chairman-liu-revenue-fraud-2011"] = dict(
 # The U.S. Securities and Exchange Commission ("The SEC's Complaint", "According to the SEC's Complaint": alias 'SEC';
 # 'U.S.' kept in the name as written, 42y); Syntax-Brillian Corporation ('a Syntax Director', "Syntax's" five times:
 # alias 'Syntax'); Olevia ('televisions under the Olevia brand name' -> Service, a brand users buy; 47i, 44a); James Li
 # ('Li' four times: alias); Thomas Chow ('Chow': alias); China (Location, 'in China' twice; also inside SCHOT's name);
 # Taiwan Kolin Co., Ltd. ("Kolin's" twice: alias 'Kolin'; 'Taiwan' only inside its name: no Location of its own,
 # GUIDELINES; near-miss); Hong Kong ('its purported customer in Hong Kong' -> Location); South China House of
 # Technology Consultants Co. Ltd. ('(SCHOT)': alias; a company); Christopher Liu; Roger Kao. Not annotated: 'the Board
 # of Directors' (a board, no body of its own: 44r), 'senior management', 'LCD (liquid crystal display) televisions'
 # (a product kind, no name), 'the SEC's Complaint' (a filing)
 entities=[E("Organization", "U.S. " + SEC, "SEC"),
           E("Company", SYN, "Syntax"),
           E("Service", "Olevia"),
           E("Person", "James Li", "Li"),
           E("Person", "Thomas Chow", "Chow"),
           E("Location", "China"),
           E("Company", KOL, "Kolin"),
           E("Location", "Hong Kong"),
           E("Company", SCH, "SCHOT"),
           E("Person", "Christopher Liu"),
           E("Person", "Roger Kao")],
 # 'James Li, a Syntax Director who at times was also its President, Chief Operating Officer and Chief Executive
 # Officer' -> director at Syntax-Brillian Corporation, current true (written in the present, no 'former'), and
 # president, coo and ceo there, each current false ('at times was': posts held in the past; **doubtful**: a reader
 # may leave all four current, the release telling the posts of the scheme's time, or set the directorship false too,
 # the company having failed, which this text does not say); 'Thomas Chow, a Syntax Director and its Chief Procurement
 # Officer' -> director and executive (a chief officer outside the vocabulary: 41j, 42e) at Syntax, current true;
 # "Kolin's Chairman of the Board, Christopher Liu" -> chairman at Taiwan Kolin Co., Ltd. (the chair only: GUIDELINES,
 # no director item); "Kolin's executive and board member, Roger Kao" -> executive and director at Kolin (two posts,
 # two titles), each current true. Near-misses: 'members of the Board of Directors of Syntax-Brillian Corporation'
 # (unnamed members; Li's and Chow's directorships already given); the heading's 'FIVE SENIOR EXECUTIVES' (title only;
 # the fifth man, Wayne A. Pratt, is named only in the cut name line and caption)
 roles=[R("James Li", "director", SYN), R("James Li", "president", SYN, False), R("James Li", "coo", SYN, False),
        R("James Li", "ceo", SYN, False),
        R("Thomas Chow", "director", SYN), R("Thomas Chow", "executive", SYN),
        R("Christopher Liu", "chairman", KOL),
        R("Roger Kao", "executive", KOL), R("Roger Kao", "director", KOL)],
 # 'televisions under the Olevia brand name' (Syntax the developer and distributor) -> Olevia provider Syntax;
 # "Syntax's primary manufacturer, Taiwan Kolin Co., Ltd." -> partner(Syntax-Brillian Corporation, Taiwan Kolin Co.,
 # Ltd.) (a customer and its maker, as written: 40o, 41a). Near-misses: 'its purported customer in Hong Kong, ...
 # (SCHOT)' (a customer relation the text calls purported, part of the scheme; and 'its' may be Kolin's or Syntax's:
 # no partner; **doubtful**: a reader may give partner(Taiwan Kolin Co., Ltd., SCHOT) or partner(Syntax, SCHOT));
 # Syntax funnelling money to Kolin and on to SCHOT (a sham cash flow, no relation type)
 relations=[L("Olevia", "provider", SYN), L(SYN, "partner", KOL)],
 outages=[],
 # 'On August 30, 2011' -> 2011-08-30; 'from at least June 2006 through April 2008' -> 'June 2006' 2006-06 and 'April
 # 2008' 2008-04 (each end its own item). Nothing else in the text
 dates=[D("August 30, 2011", "2011-08-30"), D("June 2006", "2006-06"), D("April 2008", "2008-04")])

# ---- Akorn, Inc., LR 24082, published 2018-03-26 (a Monday) ----------------------------------------------------------
A["us-sec-akorn-former-cfo-dick-former-controller-hebeda-restatement-settle-2018"] = dict(
 # The Securities and Exchange Commission ("the Commission's allegations", "the Commission's complaint": alias
 # 'Commission'); the U.S. District Court for the Northern District of Illinois (a court named in full -> Organization,
 # 46g); Akorn, Inc. ('Akorn' throughout, "Akorn's": alias; 'the company' generic); Lake Forest and Illinois ('a Lake
 # Forest, Illinois pharmaceutical company' -> two Locations, as 47h's 'Wilmington, North Carolina'; 'Illinois' also
 # inside the court's name); Timothy Dick ('Dick' three times: alias); David Hebeda ('Hebeda': alias). Not annotated:
 # 'the Exchange Act' (a law), 'the complaint' (a filing)
 entities=[E("Organization", SEC, "Commission"),
           E("Organization", "U.S. District Court for the Northern District of Illinois"),
           E("Company", AKN, "Akorn"),
           E("Location", "Lake Forest"),
           E("Location", "Illinois"),
           E("Person", "Timothy Dick", "Dick"),
           E("Person", "David Hebeda", "Hebeda")],
 # 'its former CFO, Timothy Dick' -> cfo at Akorn, Inc., current false; 'its former Controller, David Hebeda' ->
 # executive at Akorn (a controller: 41j's and 42e's 'Controller' -> executive; **doubtful**: a reader may give no role
 # or other), current false. 'Dick, as CFO, and Hebeda, as Controller' (in 2014) repeats the same posts: no new items
 roles=[R("Timothy Dick", "cfo", AKN, False), R("David Hebeda", "executive", AKN, False)],
 # None. Near-misses: the action filed in the court (a venue, no relation type); Akorn 'a Lake Forest, Illinois
 # pharmaceutical company' (a seat, no relation)
 relations=[],
 outages=[],
 # 'today' -> 2018-03-26 (the release's day, the release line cut); 'in May 2016' -> 'May 2016' 2016-05; '2014' (in
 # 'for 2014' twice, "Akorn's materially inaccurate 2014 financial statements", 'in 2014': one text, one value) ->
 # 2014. Skipped: 'fiscal year 2014' (a fiscal year: no calendar value, 42g, 44d, 45za; its '2014' the same text as
 # the item listed), 'multiple reporting periods', the percentages
 dates=[D("today", "2018-03-26"), D("May 2016", "2016-05"), D("2014", "2014")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
