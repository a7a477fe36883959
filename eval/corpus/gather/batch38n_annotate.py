#!/usr/bin/env python3
"""Batch 38n gold annotations (the texts of batch38n.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(the batch's own cycle; batch10_annotate.write_parts). All three are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); 'now', 'At the time', 'subsequently' and 'to-date' follow that rule. No text
tells an outage (or a near-miss), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36d, 36j, 37k, 37q, 37s, 37u, 37w): a company 'bought by' or 'acquired' by
another -> acquired + parentOrganization(target, buyer); 'X-owned company Y', 'X's Y group', 'X's ... business Y' ->
parentOrganization (past ownership recorded); 'owned by a private investor group comprising' three named firms, no
shares given -> parentOrganization to each (as 37s did for 'jointly owned by'; doubtful); 'the 100% owner of' ->
parentOrganization; a company founded 'from a project between' two named companies, or 'started ... as a venture' by
three -> partner between the founders, no parent (as 36j and 37u did for joint ventures; three founders -> the three
pairs, doubtful); a consortium of named members that buys assets -> partner between its members (a joint bid, as 36d
and 37q did), and no acquired (an asset purchase); a merger that does not say who bought whom -> nothing; purchases
the text gives to a person ('he bought') -> no acquired (acquired is between companies); a company a person owns
('Graeme Hart's private investment company') -> no role (an owner, as 36h and 37u did); a company's later names ->
aliases; a submarine cable system -> Service (37w), with provider the company set up to build and own it; stock
exchanges -> Company; a magazine and a rich list's publisher -> Company; adjectives ('Australian', 'Swiss',
'European') -> nothing.
usage: batch38n_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10

A = {}
# ---- internet access, UK: Freeserve ---------------------------------------------------------------------------------
FS = "Freeserve"
DX = "Dixons Group plc"
A["wp-freeserve"] = dict(
 # the company -> Company, with its listed name '(as Freeserve.com plc)', the name it 'changed its name to' ('Wanadoo
 # UK plc', and 'Wanadoo UK' in the last paragraph) and the name it is 'known as' after the rebranding ('Orange Home
 # UK plc') as aliases (doubtful: the last paragraph names 'Freeserve and Wanadoo UK' side by side, and a reader might
 # keep Wanadoo UK plc or Orange Home UK plc apart as the later company); 'Dixons Group plc' with 'Dixons' ('Dixons
 # stores', the group's shops) -> Company; 'Leeds-based hosting provider Planet Online' -> Company, and Leeds ->
 # Location (named inside 'Leeds-based'; doubtful); 'the UK' -> Location; BT ('the incumbent telephone provider BT',
 # 'BT lines') -> Company; Oftel (the regulator) -> Organization; Wanadoo, France Telecom, Orange -> Company;
 # 'Number Translation Services, or NTS' (a regulatory model) -> nothing; 'Freeserve's homepage' and 'the Freeserve
 # connection software' (not named as products) -> nothing; 'the stock market' (unnamed) -> nothing
 entities=[E("Company", FS, "Freeserve.com plc", "Wanadoo UK plc", "Wanadoo UK", "Orange Home UK plc"),
           E("Company", DX, "Dixons"), E("Location", "Leeds"), E("Company", "Planet Online"), E("Location", "UK"),
           E("Company", "BT"), E("Organization", "Oftel"), E("Company", "France Telecom"), E("Company", "Wanadoo"),
           E("Company", "Orange")],
 # the prose names no person
 roles=[],
 # 'founded in 1998 from a project between Dixons Group plc and ... Planet Online' -> partner (the two founders of a
 # joint project; no parent, the text gives no ownership; doubtful: a reader might record Freeserve as Dixons' unit);
 # 'Freeserve was bought by the France Telecom-owned company Wanadoo in 2000' -> acquired + parentOrganization, and
 # 'the France Telecom-owned company Wanadoo' -> parentOrganization(Wanadoo, France Telecom); 'now form part of the
 # UK operation of Orange' -> parentOrganization(Freeserve, Orange) (the unit named only as 'the UK operation';
 # doubtful); BT's challenge and Oftel's review -> nothing
 relations=[L(DX, "partner", "Planet Online"), L("Wanadoo", "acquired", FS), L(FS, "parentOrganization", "Wanadoo"),
            L("Wanadoo", "parentOrganization", "France Telecom"), L(FS, "parentOrganization", "Orange")],
 outages=[],
 # 'By September 2000' gives its month; '2000' (the purchase) its year
 dates=[D("1998", "1998"), D("January 1999", "1999-01"), D("July 1999", "1999-07"), D("September 2000", "2000-09"),
        D("2000", "2000"), D("April 28, 2004", "2004-04-28"), D("June 2006", "2006-06")])

# ---- investment holding, New Zealand: Graeme Hart -------------------------------------------------------------------
GH = "Graeme Hart"
RG = "Rank Group Ltd"
RP = "Reynolds Packaging Group"
A["wp-graeme-hart"] = dict(
 # Graeme Hart (with 'Hart') -> Person; New Zealand -> Location ('New Zealander' and 'New Zealand Listener' not
 # counted as its aliases); Forbes ('the 2009 Forbes rich list', 'Forbes stated') and the New Zealand Listener (a
 # magazine) -> Company; 'Rank Group Ltd' with 'Rank' -> Company; 'Alcoa's Packaging & Consumer group ..., later
 # renamed Reynolds Packaging Group' -> Company named by its later name, with 'Packaging & Consumer group' as alias
 # (doubtful: a reader might name it by the earlier form); Alcoa, Carter Holt Harvey, Reynolds Consumer Products,
 # Burns Philp, Goodman Fielder, International Paper, Evergreen Packaging and SIG ('Swiss packaging company SIG') ->
 # Company; 'LBO', 'the paper packaging sector', 'Swiss' -> nothing
 entities=[E("Person", GH, "Hart"), E("Location", "New Zealand"), E("Company", "Forbes"),
           E("Company", "New Zealand Listener"), E("Company", "Carter Holt Harvey"), E("Company", "Alcoa"),
           E("Company", RP, "Packaging & Consumer group"), E("Company", RG, "Rank"),
           E("Company", "Reynolds Consumer Products"), E("Company", "Burns Philp"), E("Company", "Goodman Fielder"),
           E("Company", "International Paper"), E("Company", "Evergreen Packaging"), E("Company", "SIG")],
 # 'Rank Group Ltd is Graeme Hart's private investment company' -> no role (an owner; the text names no post and
 # says 'He does not directly manage his businesses'); the Listener's ranking and Forbes' list -> nothing
 roles=[],
 # 'It is the 100% owner of Reynolds Consumer Products, Burns Philp and Carter Holt Harvey' -> parentOrganization to
 # Rank Group Ltd for each; 'Alcoa's Packaging & Consumer group' -> parentOrganization(group, Alcoa) (past, recorded);
 # 'International Paper's drinks packaging business Evergreen Packaging' -> parentOrganization (past, recorded); the
 # purchases of Carter Holt Harvey, the Alcoa group, Evergreen Packaging ('agreed to purchase') and SIG are Hart's
 # ('his', 'he') -> no acquired (the buyer is a person; doubtful: a reader might give them to Rank Group Ltd, which
 # the text says owns Carter Holt Harvey, already a parent here); 'selling the assets of Burns Philp and floating
 # Goodman Fielder' -> nothing (an asset sale and a listing; Goodman Fielder is not said to be Burns Philp's)
 relations=[L("Reynolds Consumer Products", "parentOrganization", RG), L("Burns Philp", "parentOrganization", RG),
            L("Carter Holt Harvey", "parentOrganization", RG), L(RP, "parentOrganization", "Alcoa"),
            L("Evergreen Packaging", "parentOrganization", "International Paper")],
 outages=[],
 # 'The 2007 September 22–28 issue' -> '2007 September' as its month (the week is a span; doubtful: a reader
 # might list the year only); 'as of 2009' gives '2009', already listed; 'to-date' left out
 dates=[D("1955", "1955"), D("2009", "2009"), D("2007 September", "2007-09"), D("2006", "2006"), D("2008", "2008"),
        D("2004", "2004"), D("December 2006", "2006-12"), D("May 2007", "2007-05")])

# ---- telecoms carrier, Hong Kong and Singapore: Pacnet --------------------------------------------------------------
PN = "Pacnet"
AN = "Asia Netcom"
AGC = "Asia Global Crossing"
CN = "China Netcom"
OWN = ["Ashmore Investment Management Limited", "Spinnaker Capital Limited", "Clearwater Capital Partners"]
VEN = ["Global Crossing", "Microsoft", "Softbank"]
CON = [CN, "Newbridge Capital", "Softbank Asia Infrastructure Fund"]
A["wp-pacnet"] = dict(
 # the carrier -> Company; Asia Netcom, Pacific Internet, the three owners, Telstra, the three founders of Asia
 # Global Crossing, Asia Global Crossing, China Netcom, Newbridge Capital and Softbank Asia Infrastructure Fund ->
 # Company (Softbank and Softbank Asia Infrastructure Fund kept apart: the text does not tie them); 'a US$2 billion
 # cable system, East Asia Crossing (EAC)' -> Service with alias 'EAC' (a submarine cable system, as 37w typed
 # them); NASDAQ, NYSE and SEHK -> Company (exchanges); Hong Kong, Singapore and the twelve office countries ->
 # Location; 'Australian', 'Asian' -> nothing; 'the dotcom crash' -> nothing
 entities=[E("Company", PN), E("Company", AN), E("Company", "Pacific Internet")] + [E("Company", x) for x in OWN]
          + [E("Company", "Telstra")]
          + locs("Hong Kong", "Singapore", "Australia", "China", "India", "Indonesia", "Japan", "South Korea",
                 "Malaysia", "Netherlands", "Philippines", "Taiwan", "Thailand", "United States")
          + [E("Company", x) for x in VEN] + [E("Company", AGC), E("Service", "East Asia Crossing", "EAC"),
             E("Company", "NASDAQ"), E("Company", "NYSE"), E("Company", CN), E("Company", "Newbridge Capital"),
             E("Company", "Softbank Asia Infrastructure Fund"), E("Company", "SEHK")],
 # the prose names no person (the infobox's CEO, CFO and CTO were cut)
 roles=[],
 # 'formed from the operational merger of Asia Netcom and Pacific Internet' -> nothing (no buyer said; doubtful: a
 # reader might record the two as Pacnet's units); 'owned by a private investor group comprising' the three firms ->
 # parentOrganization to each (no shares given; doubtful, as 37s's joint owners); 'Its acquisition by ... Telstra was
 # announced ... and completed in April 2015' -> acquired + parentOrganization; 'Global Crossing, Microsoft and
 # Softbank started Asia Global Crossing as a venture' -> partner for each pair of the three (doubtful: three
 # founders; a reader might give each a parent link or record nothing); 'a venture to build a ... cable system, East
 # Asia Crossing' -> provider(East Asia Crossing, Asia Global Crossing) (the company set up to build and own it;
 # doubtful: the text never says it ran the cable, and it 'sold its assets'); 'sold its assets to a consortium led by
 # China Netcom, Newbridge Capital and Softbank Asia Infrastructure Fund ..., forming Asia Netcom' -> partner for each
 # pair of the three (a joint purchase; doubtful, as for the founders) and no acquired (assets; Asia Global Crossing
 # is not said to be bought); 'China Netcom acquired 100 percent of Asia Netcom, and the wholly owned subsidiary' ->
 # acquired + parentOrganization; the listings on NASDAQ, NYSE and SEHK -> nothing
 relations=[L(PN, "parentOrganization", x) for x in OWN]
           + [L("Telstra", "acquired", PN), L(PN, "parentOrganization", "Telstra")]
           + [L(VEN[0], "partner", VEN[1]), L(VEN[0], "partner", VEN[2]), L(VEN[1], "partner", VEN[2])]
           + [L("East Asia Crossing", "provider", AGC)]
           + [L(CON[0], "partner", CON[1]), L(CON[0], "partner", CON[2]), L(CON[1], "partner", CON[2])]
           + [L(CN, "acquired", AN), L(AN, "parentOrganization", CN)],
 outages=[],
 # 'between 2008 and 2015' gives both years; 'the end of 2014' and 'late 2003' -> the year (GUIDELINES: 'late 2006'
 # -> the year)
 dates=[D("2008", "2008"), D("2015", "2015"), D("8 January 2008", "2008-01-08"), D("the end of 2014", "2014"),
        D("April 2015", "2015-04"), D("1999", "1999"), D("2000", "2000"), D("2001", "2001"), D("2002", "2002"),
        D("late 2003", "2003"), D("2004", "2004")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
