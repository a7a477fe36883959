#!/usr/bin/env python3
"""Gold annotations for batch 70a (session 64, gatherer lane 70a): three FTC merger texts -- Nortek, Inc.'s agreement to
settle the FTC's charges over its acquisition of NuTone by divesting its wholly-owned subsidiary M & S (press release
of July 27, 1998; the FTC's Boston Regional Office); Medtronic, Inc.'s divestiture of Avecor's non-occlusive arterial
pump assets to Baxter Healthcare Corporation over its acquisition of Avecor (press release of March 8, 1999;
Medtronic's Bio-Pump); Irving Oil Terminals Inc. and Irving Oil Limited to relinquish rights to ExxonMobil's terminal
and pipeline assets in Maine (press release of May 26, 2011; FTC Bureau of Competition Director Richard Feinstein) --
written from the texts alone; newskg was not run on them. Round notes /tmp/gather70a/NOTES.md; claims in
/work/notes/gather70/CLAIMS.txt.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Irving Oil / ExxonMobil -> test, Medtronic / Avecor -> train, Nortek / NuTone -> dev.
`published` 1998-07-27, 1999-03-08 and 2011-05-26 (from the FTC's own later items, the FR analysis and same-day
filings and reports; see the pool notes), so relative expressions resolve against them (GUIDELINES, Dates): 'today'
in the Medtronic text -> 1999-03-08; 'the Fall of 1997' -> 1997 (seasons -> the year). The Nortek and Irving texts
hold no time expression (durations only: 'within six months', 'for up to one year after the sale').
Conventions (the FTC merger texts' of batches 16e, 62g, 62m, 63g, 64m, 66a, 67ad, 68a, 68g, 68m, 69h, 69n, 69t, 69z
and 69ae, and the federal lane's): the FTC as 'Federal Trade Commission' with the aliases 'FTC' and 'Commission' where
the text writes them alone or as a modifier ('a Commission-approved third- party'); 'FTC Bureau of Competition
Director Richard Feinstein' -> director at the Bureau, current true, the Bureau an Organization with
parentOrganization the FTC (63g, 66a, 68a, 68g, 69h, 69n, 69t, 69ae); 'The FTC's Boston Regional Office' ->
Organization with parentOrganization the FTC (the Bureau's pattern); an acquisition the FTC lets proceed under a
consent order or settlement, not said to have closed -> acquired only (16e's rule; 69t's Medtronic / Intersect, 69z's
Medtronic / Physio-Control); 'M & S, its wholly-owned subsidiary' -> parentOrganization; a divestiture of assets
('pump assets', 'terminal and pipeline assets') -> nothing (GUIDELINES: asset purchases); a divestiture to an unnamed
buyer ('a Commission-approved third- party') -> nothing; a named pump ('Medtronic's Bio-Pump') -> Service with
provider its maker; 'X, headquartered in / based in Y' -> Location Y (a seat: no relation); states, cities, bays and
the country named -> Location; orders, complaints, amounts, market shares and durations -> not annotated.
usage: batch70a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather70a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
BRO = "Boston Regional Office"
NOR = "Nortek, Inc."
NUT = "NuTone"
MS = "M & S"
MDT = "Medtronic, Inc."
AVE = "Avecor"
BAX = "Baxter Healthcare Corporation"
IOT = "Irving Oil Terminals Inc."
IOL = "Irving Oil Limited"
XOM = "ExxonMobil"
RF = "Richard Feinstein"
A = {}

# ---- Nortek, Inc. / NuTone (M & S divestiture), FTC press release, July 27, 1998 ------------------------------------
A["us-ftc-nortek-nutone-intercoms-m-and-s-divestiture-settlement-1998"] = dict(
 # The Federal Trade Commission (once in full; 'the FTC charges' twice, 'The FTC alleges', "The FTC's Boston Regional
 # Office": alias 'FTC'; 'a Commission-approved third- party', 'the Commission may appoint': alias 'Commission');
 # Nortek, Inc. ('Nortek' seven times: alias); NuTone (twice, no fuller form); M & S (Company: 'its wholly-owned
 # subsidiary and the second-largest seller of hard-wired residential intercoms'); the Boston Regional Office ("The
 # FTC's Boston Regional Office" -> Organization; 'Boston' only inside its name: no Location, as 69ae's 'Maine' inside
 # the Office's name was listed only because the text also wrote it alone); Providence and Rhode Island ('based in
 # Providence, Rhode Island' -> two Locations); the United States ('in the United States', 'U.S. hard-wired
 # residential intercom sales': alias 'U.S.'). Not annotated: hard-wired residential intercoms, central vacuum and
 # wholehouse stereo products (product classes); 'the merged firm' (unnamed); 'a trustee' (unnamed)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", NOR, "Nortek"),
           E("Company", NUT),
           E("Company", MS),
           E("Organization", BRO),
           E("Location", "Providence"),
           E("Location", "Rhode Island"),
           E("Location", "United States", "U.S.")],
 # **Near-misses**: no officer of Nortek, NuTone or M & S and no FTC official is named
 roles=[],
 # 'Nortek, Inc., has agreed to settle Federal Trade Commission charges that its $242.5 million acquisition of NuTone
 # ... would violate federal antitrust laws' -> acquired(Nortek, Inc., NuTone) only: a deal the settlement lets
 # through, not said to have closed (16e's rule; 69t's Medtronic / Intersect, 69z's Medtronic / Physio-Control) --
 # **doubtful**: 'has agreed to settle' is the agreement with the FTC, not the purchase agreement, and 'would violate'
 # speaks of the deal as still to come; a reader may give nothing; 'M & S, its wholly-owned subsidiary', 'through its
 # M & S subsidiary' -> parentOrganization(M & S, Nortek, Inc.); "The FTC's Boston Regional Office" ->
 # parentOrganization(Boston Regional Office, Federal Trade Commission). **Near-misses**: 'Nortek would divest M & S
 # to a Commission-approved third- party' (an unnamed buyer: nothing); 'NuTone, its closest competitor' (rivals: no
 # relation type)
 relations=[L(NOR, "acquired", NUT),
            L(MS, "parentOrganization", NOR),
            L(BRO, "parentOrganization", FTC)],
 outages=[],
 # `published` 1998-07-27. Not dates: 'within six months', 'for up to one year after the sale', 'the six-month
 # period' (durations); no other time expression in the text
 dates=[])

# ---- Medtronic, Inc. / Avecor (pump assets to Baxter Healthcare Corporation), FTC press release, March 8, 1999 -------
A["us-ftc-medtronic-avecor-arterial-pumps-baxter-proposed-consent-1999"] = dict(
 # The Federal Trade Commission (once, 'Federal Trade Commission charges'; 'FTC' and 'Commission' alone are not in the
 # kept text); Medtronic, Inc. ('Medtronic' four times, "Medtronic's": alias); Avecor (five times; the release gives no
 # fuller name -> Company 'Avecor'); Baxter Healthcare Corporation (once); Bio-Pump ("Medtronic's Bio-Pump", 'the
 # Bio-Pump' -> Service, a named device); the United States ('in the United States'); Minneapolis and Minnesota
 # ('headquartered in Minneapolis, Minnesota' twice). Not annotated: non-occlusive arterial pumps, perfusion devices,
 # pacemakers, defibrillators, heart valves, coronary stents, heart/lung machines (product classes); "Avecor's pump"
 # and 'This new pump' (unnamed); the complaint and the proposed consent order
 entities=[E("Organization", FTC),
           E("Company", MDT, "Medtronic"),
           E("Company", AVE),
           E("Company", BAX),
           E("Service", "Bio-Pump"),
           E("Location", "United States"),
           E("Location", "Minneapolis"),
           E("Location", "Minnesota")],
 # **Near-misses**: no officer of Medtronic, Avecor or Baxter and no FTC official is named
 roles=[],
 # "Medtronic's $106 million acquisition of its competitor" with "Medtronic, Inc. will divest Avecor's non-occlusive
 # arterial pump assets to settle ... charges" -> acquired(Medtronic, Inc., Avecor) only: a deal the proposed consent
 # order lets through, not said to have closed (16e's rule; 69z's Medtronic / Physio-Control) -- **doubtful**: the
 # target is written 'its competitor', Avecor named only as the owner of the assets to be divested (a careful reader
 # joins them); "Medtronic's Bio-Pump" -> provider(Bio-Pump, Medtronic, Inc.). **Near-misses**: 'the assets will be
 # divested to Baxter Healthcare Corporation' (assets: no acquired -- GUIDELINES: asset purchases); 'Avecor,
 # also headquartered in Minneapolis' (a seat); Avecor's own pump is unnamed (no provider)
 relations=[L(MDT, "acquired", AVE),
            L("Bio-Pump", "provider", MDT)],
 outages=[],
 # `published` 1999-03-08: 'today' ('a proposed consent order announced for public comment today') -> 1999-03-08;
 # 'the Fall of 1997' ('Avecor introduced its non-occlusive arterial pump in the Fall of 1997') -> 1997 (GUIDELINES:
 # seasons -> the year; the corpus's 'the fall of 1988', 'the summer of 2013')
 dates=[D("today", "1999-03-08"),
        D("the Fall of 1997", "1997")])

# ---- Irving Oil Terminals Inc. / Irving Oil Limited (ExxonMobil's Maine terminals), FTC press release, May 26, 2011 -
A["us-ftc-irving-oil-exxonmobil-maine-terminals-proposed-settlement-2011"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's charges", 'FTC Bureau of Competition Director', "the FTC's
 # complaint": alias 'FTC'); Irving Oil Terminals Inc. and Irving Oil Limited (each once, then '(collectively,
 # Irving)' and 'Irving' four times: alias 'Irving' on Irving Oil Terminals Inc., the first named and the terminal
 # business the deal concerns -- **doubtful**: the text defines 'Irving' as both companies together (69ae's
 # Hollingsworth call); a reader may give it to Irving Oil Limited or to neither); ExxonMobil (Company; "ExxonMobil's"
 # twice); Richard Feinstein (once); the Bureau of Competition ('FTC Bureau of Competition Director' -> Organization);
 # Maine (twice), South Portland ('the South Portland and Bangor/Penobscot Bay areas', 'in South Portland and Bangor',
 # 'the South Portland area' twice), Bangor ('Bangor/Penobscot Bay' three times, 'in South Portland and Bangor') and
 # Penobscot Bay ('Bangor/Penobscot Bay': a named bay -> Location). Not annotated: the terminals, the intrastate
 # pipeline, storage tanks and loading 'racks' (unnamed assets); gasoline, diesel, distillates (product classes);
 # the proposed settlement and the complaint
 entities=[E("Organization", FTC, "FTC"),
           E("Company", IOT, "Irving"),
           E("Company", IOL),
           E("Company", XOM),
           E("Person", RF),
           E("Organization", BOC),
           E("Location", "Maine"),
           E("Location", "South Portland"),
           E("Location", "Bangor"),
           E("Location", "Penobscot Bay")],
 # 'FTC Bureau of Competition Director Richard Feinstein' -> director at the Bureau of Competition, current true (69a's
 # Richard Feinstein, 'Director of the Commission's Bureau of Competition'; 63g's and 69ae's call). **Near-misses**: no
 # officer of Irving or ExxonMobil is named
 roles=[R(RF, "director", BOC)],
 # 'FTC Bureau of Competition' -> parentOrganization(Bureau of Competition, Federal Trade Commission).
 # **Near-misses**: 'terminal and pipeline assets in Maine that Irving acquired from ExxonMobil', 'Irving would have
 # acquired ExxonMobil's terminals in South Portland and Bangor as well as ExxonMobil's intrastate pipeline' (assets:
 # no acquired -- GUIDELINES: asset purchases); 'Irving Oil Terminals Inc. and Irving Oil Limited (collectively,
 # Irving)' (two companies named together; the text does not say one owns the other: no parentOrganization --
 # **doubtful**: a reader may link the terminals company to Irving Oil Limited); 'Irving and ExxonMobil are two of
 # only three firms' (rivals: no relation type)
 relations=[L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` 2011-05-26. No time expression in the kept text ('As the transaction was originally structured': none)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
