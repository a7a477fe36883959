#!/usr/bin/env python3
"""Batch 44t gold annotations (the texts of batch44t.py: the Antitrust Division's Federal Register notices on United
States v. Allied Waste Industries, Inc. and Browning-Ferris Industries, Inc., Allied's proposed acquisition of BFI, 6
August 1999; on United States v. AT&T Corp. and Tele-Communications, Inc., the proposed acquisition by AT&T of TCI, 14
January 1999; and on United States v. Lehman Brothers Holdings Inc. and L-3 Communications Holdings, Inc., L-3's
parent and subsidiary and AlliedSignal's sonar business, 9 April 1998), written from the texts alone; newskg was not
run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zk, 41c, 42w, 42z, 43c, 43j, 43l, 43q, 43s, 43v, 44a, 44c, 44e, 44i, 44m, 44n and
44q for the Division's notices; GUIDELINES section 2): "X's proposed acquisition of Y" / 'the proposed acquisition by X
of Y', challenged and settled on a proposed Final Judgment -> agreed: `acquired` only (42w-44q); 'X and its parent Y',
'a wholly owned subsidiary of Y', "Y's Z" for a named unit or company -> parentOrganization (GUIDELINES: 'Y, a unit of
X', "X's Y division" count); a buy of a business (a sonar business), a minority stake (23.5 percent, 34.0 percent) ->
nothing (near-misses, 44f, 44m); courts -> Organization (41c's DDC); the United States as plaintiff or place ->
Location, without the case name's form as an alias (43q-44q); market towns -> Location each, a 'Town/Town' market as
two towns, the state abbreviations after them left to the towns (43v, 44c, 44q); 'Washington, DC' one Location as
written (19 earlier files); product kinds with no product name not annotated; the Federal Register, laws, court
papers, 'the Court', 'defendants' not annotated (43c).
usage: batch44t_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather45t/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs, parents
import batch10_annotate as b10
from batch41c_annotate import DDC

A = {}
US = E("Location", "United States")

# ---- Allied Waste / Browning-Ferris Industries, Federal Register notice, published 1999-08-06 (a Friday) ----------
AW = "Allied Waste Industries, Inc."
BFI = "Browning-Ferris Industries, Inc."
A["us-doj-federal-register-allied-waste-browning-ferris-proposed-final-judgment-1999"] = dict(
 # Companies: Allied Waste Industries, Inc. (the case name; 'Allied' in "Allied's proposed acquisition" and 'requires
 # Allied and BFI', an alias), Browning-Ferris Industries, Inc. (the case name and "Browning-Ferris Industries, Inc.
 # (``BFI'')"; 'BFI' an alias). Organization: the court, 'the United States District Court for the District of
 # Columbia'. Locations: Washington, DC (the court's seat, as written); the United States (plaintiff: 'United States
 # v.' in the case name, 'the United States filed a Complaint'); the market towns, each 'Town/Town, ST' market as two
 # towns and the state abbreviations left to the towns (43v, 44c, 44q): Akron, Canton, Atlanta, Boston, Charlotte,
 # Chicago, Dallas, Davenport, Denver, Detroit, Evansville, Joplin, Lamar, Kalamazoo, Battle Creek, Moline, Oakland,
 # Oklahoma City, Rock Falls, Dixon, Rockford, Springfield. Not annotated: '18 markets around the country' (unnamed),
 # 'the country' (generic), 'commercial waste collection', 'municipal solid waste disposal' (kinds of service, no
 # product name), the laws and court papers, the civil number
 entities=[E("Organization", DDC), E("Location", "Washington, DC"), US, E("Company", AW, "Allied"),
           E("Company", BFI, "BFI")]
          + locs("Akron", "Canton", "Atlanta", "Boston", "Charlotte", "Chicago", "Dallas", "Davenport", "Denver",
                 "Detroit", "Evansville", "Joplin", "Lamar", "Kalamazoo", "Battle Creek", "Moline", "Oakland",
                 "Oklahoma City", "Rock Falls", "Dixon", "Rockford", "Springfield"),
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # "Allied's proposed acquisition of Browning-Ferris Industries, Inc.", challenged by the Complaint and settled on a
 # proposed Final Judgment that 'requires Allied and BFI to divest' -> agreed: acquired only (42w-44q; **doubtful** as
 # there: the notice does not say the deal closed, so no parentOrganization). The divestitures name no buyer ->
 # nothing (**near-miss**)
 relations=[L(AW, "acquired", BFI)],
 outages=[],
 # 'July 20, 1999' (twice: the Complaint and the proposed Final Judgment, one item) -> 1999-07-20. Not dates:
 # '16(b)-(h)', 'Civ. No. 99 CV 01962', 'section 7', '15 U.S.C. 18', '18 markets', '60-day'
 dates=[D("July 20, 1999", "1999-07-20")])

# ---- AT&T / Tele-Communications, Federal Register notice, published 1999-01-14 (a Thursday) -----------------------
ATT = "AT&T Corporation"
TCI = "Tele-Communications, Inc."
SPR = "Sprint Corporation"
A["us-doj-federal-register-att-tele-communications-proposed-final-judgment-1999"] = dict(
 # Companies: AT&T Corporation (the case name and 'the proposed acquisition by AT&T Corporation'; 'AT&T' in 'AT&T is
 # the largest provider', an alias), Tele-Communications, Inc. (three times in full; no short form in the kept text:
 # 'TCI' is not printed), Sprint Corporation (twice, 'the mobile wireless telephone business of Sprint Corporation').
 # Organization: the court, 'the United States District Court for the District of Columbia'. Location: the United
 # States (plaintiff, and the place: 'in the United States', 'throughout the United States'). Not annotated: 'mobile
 # wireless telephone services' and 'the mobile wireless telephone business of Sprint Corporation' (a kind of service
 # and an unnamed business; **doubtful**: a reader may take Sprint's wireless business for a unit, but the text names
 # none), 'the Federal Register', 'the Court', the laws and court papers
 entities=[E("Organization", DDC), US, E("Company", ATT, "AT&T"), E("Company", TCI), E("Company", SPR)],
 # No person in the kept text (Donald J. Russell, Chief, Telecommunications Task Force, is in the sentence cut off)
 roles=[],
 # 'the proposed acquisition by AT&T Corporation of Tele-Communications, Inc.', challenged ('if consummated') and
 # settled on a proposed Final Judgment -> agreed: acquired only (42w-44q; **doubtful** as there). 'Tele-
 # Communications, Inc. owns a 23.5 percent equity interest in the mobile wireless telephone business of Sprint
 # Corporation' -> a minority stake, no parentOrganization (**near-miss**; 44f's and 44m's minority stakes); the
 # ordered sale of that interest names no buyer -> nothing
 relations=[L(ATT, "acquired", TCI)],
 outages=[],
 # 'December 30, 1998' -> 1998-12-30. Not dates: '16 (b) through (h)', 'Civil No. 1:98CV03170', 'section 7', '15
 # U.S.C. 18', '23.5 percent', '60-day'
 dates=[D("December 30, 1998", "1998-12-30")])

# ---- Lehman Brothers / L-3 Communications, Federal Register notice, published 1998-04-09 (a Thursday) -------------
LEH = "Lehman Brothers Holdings Inc."
L3H = "L-3 Communications Holdings, Inc."
L3C = "L-3 Communications Corp."
AS = "AlliedSignal Inc."
A["us-doj-federal-register-lehman-brothers-l-3-communications-alliedsignal-sonar-proposed-final-judgment-1998"] = dict(
 # Companies: Lehman Brothers Holdings Inc. (the case name, 'its parent Lehman Brothers Holdings Inc.'), L-3
 # Communications Holdings, Inc. (the case name and twice more), L-3 Communications Corp. ("L-3 Communications Corp.
 # (``L-3 Communications'')"; 'L-3 Communications' four times more, an alias: the notice defines it for the
 # subsidiary, and 'the L-3 Communications Board of Directors' is that company's board), AlliedSignal Inc. ("AlliedSignal
 # Inc.'s", "AlliedSignal Inc. (``AlliedSignal'')"; 'AlliedSignal' an alias), Ocean Systems ("AlliedSignal Inc.'s Ocean
 # Systems": a named business of AlliedSignal, typed Company as a unit; **doubtful**: a reader may leave a business
 # unit with no 'Inc.' out, or read 'Ocean Systems ... sonar business' as a kind of business), ELAC Nautik GmbH (a
 # named company in "AlliedSignal Inc.'s Ocean Systems and ELAC Nautik GmbH sonar business"), Lockheed Martin
 # Corporation ("(``Lockheed Martin'')", an alias). Organization: the court, 'the United States District Court for
 # the District of Columbia'; the U.S. Department of Defense ("(``DoD'')", an alias). Location: the United States
 # (plaintiff: 'the United States filed a Complaint'; 'United States v.' in the case name the same entity). Not
 # annotated: 'towed sonar arrays' (a kind of product), 'the sonar business' (unnamed), 'the L-3 Communications Board
 # of Directors' (a board, not an organisation of its own), the laws and court papers
 entities=[E("Organization", DDC), US, E("Company", LEH), E("Company", L3H), E("Company", L3C, "L-3 Communications"),
           E("Company", AS, "AlliedSignal"), E("Company", "Ocean Systems"), E("Company", "ELAC Nautik GmbH"),
           E("Company", "Lockheed Martin Corporation", "Lockheed Martin"),
           E("Organization", "U.S. Department of Defense", "DoD")],
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # 'L-3 Communications Holdings, Inc. and its parent Lehman Brothers Holdings Inc.' -> parentOrganization(L-3
 # Holdings, Lehman); 'L-3 Communications Corp. ..., a wholly owned subsidiary of L-3 Communications Holdings, Inc.'
 # -> parentOrganization(L-3 Corp., L-3 Holdings); "AlliedSignal Inc.'s Ocean Systems and ELAC Nautik GmbH sonar
 # business" -> Ocean Systems and ELAC Nautik GmbH under AlliedSignal ("X's Y" counts; **doubtful** for ELAC Nautik
 # GmbH: the possessive is read over both names, as the phrase 'the sonar business of AlliedSignal Inc.' after it
 # confirms; the text does not say 'subsidiary'). The challenged buy of 'AlliedSignal Inc.'s ... sonar business' ->
 # nothing (a business, not a company; the notice says only that the Complaint seeks to enjoin it: **near-miss**).
 # 'Lockheed Martin Corporation ... owns 34.0 percent of the common stock of L-3 Communications' -> a minority stake,
 # no parentOrganization (**near-miss**). The sale of towed sonar arrays 'to the U.S. Department of Defense' -> a
 # market, no named contract: no partner relation
 relations=parents(LEH, L3H) + parents(L3H, L3C) + parents(AS, "Ocean Systems", "ELAC Nautik GmbH"),
 outages=[],
 # 'March 27, 1998' -> 1998-03-27. Not dates: '16(b)-(h)', 'Civil Action No. 1:98CV00796', 'Section 7', '15 U.S.C.
 # Section 18', '34.0 percent', 'three seats'
 dates=[D("March 27, 1998", "1998-03-27")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
