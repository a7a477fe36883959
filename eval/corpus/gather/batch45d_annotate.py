#!/usr/bin/env python3
"""Batch 45d gold annotations (the texts of batch45d.py: the Justice Department's release on the indictment of three
former executives of Enterasys Network Systems, Inc., 19 May 2004; the Antitrust Division's Federal Register notice
on United States v. AT&T Corp. and MediaOne Group, Inc., 21 June 2000), written from the texts alone; newskg was not
run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zi, 41c, 42w, 42z, 43c, 43m, 44c, 44f, 44j and 44n for the Division's notices; 39s,
40d, 40h, 41p, 42h and 44n for the Department's releases on corporate cases; GUIDELINES section 2): 'the proposed
acquisition of Y by X', challenged and settled on a proposed Final Judgment -> agreed: `acquired` only (42w-44n); a
minority stake to be sold ('the 34% equity interest ... in ServiceCo') -> nothing (near-miss, 44t); 'X operates under
the trade name "N"' for a consumer service -> N a Service with X its provider; 'Y succeeded X when the two companies
merged' -> nothing (GUIDELINES: a merger that does not say who buys whom; near-miss); 'former executive vice
president', 'former senior vice president', 'former vice president' -> vice-president, not current (GUIDELINES);
'former ... chief financial officer' -> cfo, not current; the company of 'three former executives of X' the org of
the posts listed for them; 'a/k/a' another name -> an alias; '(Acting) Assistant Attorney General ... of the Criminal
Division' -> head of the Criminal Division (41p); an (Acting) United States Attorney -> no role where the text names
no office as a body (39s, 40d, 40h, 41p; **doubtful**); 'Name, Chief, X Task Force' -> head of the Task Force (44c);
'U.S. Department of Justice, Antitrust Division' -> the Division under the Department (41c); a stock exchange that
lists the company -> Company, no relation (GUIDELINES types; a listing is no partnership); the United States as
plaintiff or place -> Location without the case name's forms as aliases (40zi, 44c); 'City, State' -> two Locations
(42k, 43l, 44n); the address 'Washington, DC' and the dateline 'WASHINGTON, D.C.' -> Location (21c, 43c, 44c); 'today'
resolved against `published`; laws, court papers, charges, the Federal Register, the office of the Clerk, street
addresses, rooms and telephone numbers, 'the company', 'the court', 'the indicted defendants' not annotated.
usage: batch45d_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46d/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import ATR

A = {}
US = E("Location", "United States")

# ---- Enterasys / Cabletron, Office of Public Affairs release (UNT archive), published 2004-05-19 (a Wednesday) -----
ENT = "Enterasys Network Systems, Inc."
CD = "Criminal Division"
RG = "Robert J. Gagalis"
BK = "Bruce D. Kay"
GS = "Gayle Spence"
A["us-doj-enterasys-former-executives-gagalis-kay-spence-indicted-2004"] = dict(
 # Companies: Enterasys Network Systems, Inc. ('Enterasys' three times, an alias), Cabletron Systems, Inc. (once),
 # the New York Stock Exchange (a stock exchange: Company, GUIDELINES). Organizations: the Criminal Division (named
 # with Wray's post; no Department named in the kept text, so no parent), the U.S. Securities and Exchange Commission
 # ('SEC', an alias). People: Christopher A. Wray ('Wray' in 'said Assistant Attorney General Wray', an alias), Peter
 # E. Papps, Robert J. Gagalis, Bruce D. Kay, Gayle Spence ('Gayle S. Luacaw' after 'a/k/a', an alias). Locations:
 # the dateline 'WASHINGTON, D.C.' (as printed, the only form), New Hampshire (four times: Rochester's state, the
 # District's name and two residents'), Rochester, Andover, Massachusetts ('City, State' -> two Locations), Maine
 # ('Maine resident'). Not annotated: 'the District of New Hampshire' as its own entity (a judicial district named
 # in Papps's title; its state is annotated), 'ETS' (a ticker symbol, not a name of the company: **doubtful**, a
 # reader may give it as an alias of Enterasys), 'the company's outside auditors' (unnamed), 'a fourth executive'
 # (unnamed), 'the indicted defendants', 'company press releases', the indictment and the charges
 entities=[E("Location", "WASHINGTON, D.C."), E("Person", "Christopher A. Wray", "Wray"), E("Organization", CD),
           E("Person", "Peter E. Papps"), E("Location", "New Hampshire"),
           E("Company", ENT, "Enterasys"), E("Location", "Rochester"),
           E("Organization", "U.S. Securities and Exchange Commission", "SEC"),
           E("Company", "Cabletron Systems, Inc."), E("Company", "New York Stock Exchange"),
           E("Person", RG), E("Person", BK), E("Person", GS, "Gayle S. Luacaw")]
          + locs("Andover", "Massachusetts", "Maine"),
 # Wray, 'Assistant Attorney General ... of the Criminal Division' -> head of the Criminal Division, current (41p).
 # Papps, 'Acting United States Attorney ... for the District of New Hampshire' -> no role (no office named as a body
 # in the kept text: 39s, 40d, 40h, 41p; **doubtful**: a reader may give head of a U.S. Attorney's Office). The three
 # 'former executives of Enterasys Network Systems, Inc.' named with their posts: Gagalis 'former executive vice
 # president and chief financial officer' -> vice-president and cfo, not current; Kay 'former senior vice president
 # of finance' -> vice-president, not current (GUIDELINES: senior vice president); Spence 'former vice president and
 # director of internal sales' -> vice-president, not current (**doubtful**: 'director of internal sales', the head
 # of a function, could add executive (44n's 'Head of World-Wide Sales'); it is not a board or managing director, so
 # not director). 'a fourth executive' unnamed -> no role
 roles=[R("Christopher A. Wray", "head", CD),
        R(RG, "vice-president", ENT, False), R(RG, "cfo", ENT, False),
        R(BK, "vice-president", ENT, False), R(GS, "vice-president", ENT, False)],
 # 'Enterasys succeeded Cabletron Systems, Inc., when the two companies merged in August 2001' -> nothing: a merger
 # that does not say who bought whom, and 'succeeded' gives no parent (GUIDELINES; **near-miss**, **doubtful**: a
 # reader may give acquired(Enterasys, Cabletron)). 'Enterasys stock is publicly traded ... on the New York Stock
 # Exchange' -> a listing, no relation (**near-miss**). No parent for the Criminal Division (no Department named)
 relations=[],
 outages=[],
 # 'today' -> 2004-05-19; 'May 17, 2004' -> 2004-05-17; 'August 2001' -> 2001-08. Not dates: '15-count', the ages
 # (49, 52, 45)
 dates=[D("today", "2004-05-19"), D("May 17, 2004", "2004-05-17"), D("August 2001", "2001-08")])

# ---- AT&T / MediaOne (Road Runner), Federal Register notice (casetext), published 2000-06-21 (a Wednesday) --------
ATT = "AT&T Corp."
MO = "MediaOne Group, Inc."
SC = "ServiceCo., LLC"
TTF = "Telecommunications Task Force"
DCC = "U.S. District Court for the District of Columbia"
A["us-doj-federal-register-att-mediaone-road-runner-proposed-final-judgment-2000"] = dict(
 # Companies: AT&T Corp. (the case name and the transaction; 'AT&T', its defined name, an alias), MediaOne Group, Inc.
 # (the case name; 'MediaOne', the defined name, and the misprint 'MediaGroup, Inc.' it defines, aliases:
 # **doubtful**, a reader may leave the misprint out or take it as written), ServiceCo., LLC ('ServiceCo', its
 # defined name, an alias). Service: Road Runner ('operates under the trade name "Road Runner"', 'the nation's
 # second-largest provider of residential broadband services': the service users buy under that name; **doubtful**:
 # a reader may make 'Road Runner' an alias of ServiceCo). Organizations: the court (twice, its full name both
 # times), the Telecommunications Task Force (the chief's section), the Antitrust Division, the U.S. Department of
 # Justice. Person: Donald J. Russell. Locations: the United States (plaintiff: 'United States v.' in the case name
 # and 'The United States filed'), Washington, DC (three addresses). Not annotated: 'the nation's' (generic), 'the
 # court' (generic, lower case), the Federal Register, 'the office of the Clerk', the laws and court papers, street
 # addresses, 'Room 215' and the telephone numbers
 entities=[E("Organization", DCC), US, E("Company", ATT, "AT&T"), E("Company", MO, "MediaGroup, Inc.", "MediaOne"),
           E("Company", SC, "ServiceCo"), E("Service", "Road Runner"),
           E("Person", "Donald J. Russell"), E("Organization", TTF), E("Location", "Washington, DC"),
           E("Organization", "U.S. Department of Justice"), E("Organization", ATR)],
 # 'Donald J. Russell, Chief, Telecommunications Task Force' -> head of the Task Force, current (44c's section chief)
 roles=[R("Donald J. Russell", "head", TTF)],
 # 'the proposed acquisition of MediaGroup, Inc. ("MediaOne") by AT&T Corp.', challenged and settled on a proposed
 # Final Judgment -> agreed: acquired(AT&T Corp., MediaOne Group, Inc.) only (42w-44n; the notice does not say the
 # deal closed, so no parentOrganization). 'ServiceCo ... operates under the trade name "Road Runner"' -> provider.
 # 'the 34% equity interest and significant management interest in ServiceCo ... that it would acquire through its
 # merger with MediaOne', to be divested -> a minority stake: nothing (**near-miss**; **doubtful**: 'significant
 # management interest' is still no ownership the text states). 'U.S. Department of Justice, Antitrust Division' ->
 # the Division under the Department. The Task Force is not tied to the Division in its own line (its address only),
 # so no relation for it (**doubtful**: 44c had the Division named in the chief's line)
 relations=[L(ATT, "acquired", MO), L("Road Runner", "provider", SC),
            L(ATR, "parentOrganization", "U.S. Department of Justice")],
 outages=[],
 # 'May 25, 2000' -> 2000-05-25; 'December 31, 2001' -> 2001-12-31. Not dates: 'sixty-day' (a span), '16(b)-(h)',
 # '00CV01176', 'Section 7', '15 U.S.C. 18', the zip codes and telephone numbers
 dates=[D("May 25, 2000", "2000-05-25"), D("December 31, 2001", "2001-12-31")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
