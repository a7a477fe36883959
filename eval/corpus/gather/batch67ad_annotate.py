#!/usr/bin/env python3
"""Gold annotations for batch 67ad (session 61, gatherer 67ad): the three FTC merger texts batch67ad.py writes -- the
FTC's proposed consent agreement with Philip Morris Companies, Inc. and Nabisco Holdings Corp. (dry-mix dessert and
baking powder assets to The Jel Sert Company, intense mints to Hershey Foods Corporation; press release of December
2000, day unknown); the FTC's proposed consent agreement allowing RHI AG to acquire Global Industrial Technologies, Inc.
with divestitures to Resco Products, Inc. (press release of December 1999, day unknown); the Commission's votes to
appeal in FTC v. H.J. Heinz Co. and to issue a Part 3 complaint over the proposed merger of H.J. Heinz Company and
Milnot Holding Company, the owner of Beech-Nut Nutrition Corporation (announced-actions item of about November 2000,
day unknown) -- written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
Heinz / Milnot -> test, Philip Morris / Nabisco -> train, RHI / Global -> dev (as write_parts dealt them).
All three have `published` None (no day in the stored texts or in the store), so only absolute time expressions are
dates (GUIDELINES, Dates): Heinz / Milnot's 'July 2000', 'November 8, 2000' (twice: one item) and 'July 7, 2000';
Philip Morris / Nabisco and RHI / Global have none ('today' is not resolved).
Conventions (the FTC merger texts' of batches 16e, 16i, 62m, 63a, 63g, 64a, 64g, 64m, 65a, 65r, 66a, 67a, 67g, 67l and
67r, and the federal lane's; looked up in GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal
Trade Commission' with the aliases 'FTC' and 'Commission' where the text writes them alone or as a modifier ("the
FTC's Bureau", "the Commission's complaint"), not from inside a law's name ('Section 5 of the FTC Act'); where the full
name is not written (the Heinz item) the FTC is named 'FTC' with the alias 'Commission' (16i's listing texts);
"Director of the FTC's Bureau of Competition" and 'FTC Bureau of Competition Director X' -> director at the Bureau,
current true, the Bureau an Organization with parentOrganization the FTC (63g, 66a); a Deputy Director of the Bureau
-> other (batch 15a's train file on the FTC's 2025 Clean Truck Partnership release); Commissioners -> other at the
FTC, current true (GUIDELINES; 65a's 'not participating' Commissioners); an agreed acquisition the FTC lets
through on conditions -> acquired only (batch 16e's rule; RHI -> Global); a merger whose text does not say who buys
whom, or a blocked one -> nothing (GUIDELINES; Philip Morris / Nabisco, Heinz / Milnot); the sale of plants, brands,
businesses or 'assets' to a named buyer -> nothing (GUIDELINES: asset purchases; Jel Sert, Hershey, Resco); brands a
company sells ('Jell-O brand', 'the Royal brand') -> Service with provider to the company the text gives them to (16i's
Lawry's, Adolph's and Season-All); 'X, the owner of Y' and 'its Y subsidiary' -> parentOrganization(Y, X); courts named
in full -> Organization as written, their short forms as written ('the Court of Appeals') as aliases; countries and
continents named ('the United States', 'North America') and 'U.S.' as a modifier -> Location (the FTC lane's 'U.S.
market' files), 'North American' as an adjective not (no file gives it); product classes, orders, complaints, votes,
file numbers, laws, amounts, shares and counts -> not annotated.
usage: batch67ad_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather68ad/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
PM = "Philip Morris Companies, Inc."
NAB = "Nabisco Holdings Corp."
JS = "The Jel Sert Company"
HF = "Hershey Foods Corporation"
RGP = "Richard G. Parker"
KR = "Kraft Foods Inc."
RHI = "RHI AG"
GIT = "Global Industrial Technologies, Inc."
RES = "Resco Products, Inc."
RP = "Richard Parker"
CA = "U.S. Court of Appeals for the District of Columbia Circuit"
DC = "U.S. District Court for the District of Columbia"
HZ = "H.J. Heinz Company"
MIL = "Milnot Holding Company"
BN = "Beech-Nut Nutrition Corporation"
SA = "Sheila Anthony"
OS = "Orson Swindle"
MB = "Molly Boast"
DS = "David C. Shonka"
OGC = "Office of the General Counsel"
A = {}

# ---- Philip Morris Companies, Inc. / Nabisco Holdings Corp., FTC press release, December 2000 (`published` None) --------
A["us-ftc-philip-morris-nabisco-consent-agreement-jel-sert-hershey-2000"] = dict(
 # The Federal Trade Commission (once in full; "the FTC's Bureau": alias 'FTC'; 'the Commission will ensure', "the
 # Commission's complaint": alias 'Commission'; not from 'Section 5 of the FTC Act'); Philip Morris Companies, Inc.
 # ('("Philip Morris")': alias); Nabisco Holdings Corp. ('("Nabisco")', "Nabisco's ... assets": alias); The Jel Sert
 # Company (the buyer, its name as written with 'The', capitalised mid-sentence); Hershey Foods Corporation (the
 # other buyer); Richard G. Parker (once); the Bureau of Competition ("the FTC's Bureau of Competition" ->
 # Organization); Kraft Foods Inc. ('its Kraft Foods Inc. subsidiary'; "Kraft's sales of Jell-O": alias 'Kraft');
 # Jell-O ('Jell-O brand dry-mix gelatin desserts', 'Jell-O brand pudding'), Royal ('the Royal brand of dry-mix
 # gelatin desserts', 'the Royal and My-T-Fine brands of pudding') and My-T-Fine -> Services (brands a company sells,
 # as 16i's Lawry's and Season-All -- **doubtful**: a reader may leave grocery brands out as products rather than
 # services; the FTC lane types them Service); the United States ('in the United States' -> Location). Not annotated:
 # 'the world's largest food company' (unnamed: the merged firm); 'the parties', 'the two companies' (generic);
 # 'dry-mix gelatin', 'dry-mix pudding', 'no-bake dessert', 'baking powder', 'intense mints' (product classes, not
 # brands); 'Dry-Mix Desserts' (a dropped sub-heading); the Clayton Act and the FTC Act (laws); amounts and shares
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", PM, "Philip Morris"),
           E("Company", NAB, "Nabisco"),
           E("Company", JS),
           E("Company", HF),
           E("Person", RGP),
           E("Organization", BOC),
           E("Company", KR, "Kraft"),
           E("Service", "Jell-O"),
           E("Service", "Royal"),
           E("Location", "United States"),
           E("Service", "My-T-Fine")],
 # "said Richard G. Parker, Director of the FTC's Bureau of Competition" -> director at the Bureau of Competition,
 # current true. **Near-misses**: no officer of Philip Morris, Nabisco, Kraft, Jel Sert or Hershey is named
 roles=[R(RGP, "director", BOC)],
 # "the FTC's Bureau of Competition" -> parentOrganization(Bureau of Competition, Federal Trade Commission); 'through
 # its Kraft Foods Inc. subsidiary' (of Philip Morris) -> parentOrganization(Kraft Foods Inc., Philip Morris Companies,
 # Inc.); 'Kraft Foods Inc. subsidiary, which produces and sells Jell-O brand dry-mix gelatin desserts' ->
 # provider(Jell-O, Kraft Foods Inc.) (the maker the text names; not also to Philip Morris, which holds it 'through'
 # Kraft); 'Nabisco sells the Royal brand' -> provider(Royal, Nabisco Holdings Corp.); 'Nabisco sells, but does not
 # produce, the Royal and My-T-Fine brands of pudding' -> provider(My-T-Fine, Nabisco Holdings Corp.) (a brand the
 # company sells as its own -- **doubtful**: the text says Nabisco does not make the pudding, and a reader may give
 # no provider for My-T-Fine). **Near-misses**: 'would allow the two companies to combine their food businesses',
 # 'The acquisition will create the world's largest food company' and 'the proposed merger' (the kept text never says
 # which company buys which -- the address's 'clears acquisition nabisco philip morris' and the FTC's analysis do,
 # the text does not -> no acquired, as 66a's Delhaize / Hannaford -- **doubtful**: a reader who knows the deal may
 # give acquired(Philip Morris, Nabisco)); the divestiture of Nabisco's dessert and baking powder 'assets to The Jel
 # Sert Company' and its 'intense mints assets to Hershey Foods Corporation' (asset sales: no acquired, no partner);
 # 'Philip Morris and Nabisco are the only two significant sellers' (rivals: no partner); the consent agreement and
 # the complaint (a regulator's action: nothing)
 relations=[L(BOC, "parentOrganization", FTC),
            L(KR, "parentOrganization", PM),
            L("Jell-O", "provider", KR),
            L("Royal", "provider", NAB),
            L("My-T-Fine", "provider", NAB)],
 outages=[],
 # `published` None (the release's day is not known): 'today announced' is not resolved, and the kept text holds no
 # absolute time expression -> no dates
 dates=[])

# ---- RHI AG / Global Industrial Technologies, Inc., FTC press release, December 1999 (`published` None) -----------------
A["us-ftc-rhi-global-industrial-technologies-consent-agreement-resco-1999"] = dict(
 # The Federal Trade Commission (once in full; 'FTC Bureau of Competition Director': alias 'FTC', not from 'Section 5
 # of the FTC Act'; 'the Commission does not approve', 'Commission approval', "the Commission's complaint": alias
 # 'Commission'); RHI AG ('(RHI)': alias); Global Industrial Technologies, Inc. ('(Global)': alias); Resco Products,
 # Inc. ('(Resco)': alias); the Bureau of Competition ('FTC Bureau of Competition' -> Organization); Richard Parker
 # (once, as the release writes him, without the 'G.'); North America ('two refractories manufacturing plants in North
 # America' -> Location). Not annotated: 'North American' (three times, an adjective: 'a third North American plant',
 # 'the $30 million North American market', 'the two leading North American manufacturers'); 'another refractories
 # producer', 'an alternative buyer' (generic); refractories, magnesia-carbon refractory bricks, basic oxygen furnaces
 # (product classes); the steel, aluminum, cement and glass industries (sectors); the Clayton Act and the FTC Act
 # (laws); '95 percent', '$30 million' (a share, an amount)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", RHI, "RHI"),
           E("Company", GIT, "Global"),
           E("Location", "North America"),
           E("Company", RES, "Resco"),
           E("Organization", BOC),
           E("Person", RP)],
 # 'FTC Bureau of Competition Director Richard Parker said' -> director at the Bureau of Competition, current true.
 # **Near-misses**: no officer of RHI, Global or Resco is named
 roles=[R(RP, "director", BOC)],
 # 'a proposed consent agreement that would allow RHI AG (RHI) to acquire Global Industrial Technologies, Inc.' and
 # 'the proposed acquisition of Global by RHI' -> acquired(RHI AG, Global Industrial Technologies, Inc.) (an agreed
 # acquisition the FTC lets through on conditions: batch 16e's rule, as 66a's Albertson's -> Buttrey; not yet
 # completed, so no parentOrganization -- **doubtful**: a reader may hold 'proposed' short of agreed); 'FTC Bureau of
 # Competition' -> parentOrganization(Bureau of Competition, Federal Trade Commission). **Near-misses**: 'these assets
 # be divested to another refractories producer, Resco Products, Inc.' (two plants and product assets: an asset sale
 # -> no acquired(Resco, ...), no partner); 'Resco ... does not currently compete in the same markets as RHI and
 # Global' (a statement of no rivalry); 'RHI and Global control approximately 95 percent' and 'the two leading North
 # American manufacturers' (market shares: no partner); the consent agreement, the order and the complaint (a
 # regulator's action: nothing)
 relations=[L(RHI, "acquired", GIT),
            L(BOC, "parentOrganization", FTC)],
 outages=[],
 # `published` None (the release's day is not known): the kept text holds no time expression -> no dates. Not dates:
 # 'currently' (twice; no calendar value)
 dates=[])

# ---- H.J. Heinz Company / Milnot Holding Company, FTC announced-actions item, about November 2000 (`published` None) ---
A["us-ftc-heinz-milnot-beech-nut-appeal-part-3-complaint-2000"] = dict(
 # The FTC (the full name is not written: 'FTC v. H.J. Heinz Co.', "the FTC's request", 'The FTC then sought' -> name
 # 'FTC'; 'Commission votes', 'the Commission has authorized', "the Commission's appeal", 'The Commission vote' ->
 # alias 'Commission', as 16i's listing texts); the U.S. Court of Appeals for the District of Columbia Circuit (named
 # in full once; 'the Court of Appeals for the D.C. circuit' and 'the Court of Appeals' -> its aliases, as written --
 # **doubtful**: a reader may leave the bare 'Court of Appeals' out as generic; here it is capitalised and points back
 # to the one court); H.J. Heinz Company ('FTC v. H.J. Heinz Co.', the case name's short form -> alias 'H.J. Heinz
 # Co.'); Milnot Holding Company (as written: the FTC's complaints say 'Corporation'); Beech-Nut Nutrition
 # Corporation; the U.S. District Court for the District of Columbia (named in full -> Organization); Sheila Anthony
 # ('Commissioner Sheila Anthony'; 'Commissioners Anthony and Swindle': alias 'Anthony') and Orson Swindle (alias
 # 'Swindle'); Molly Boast; the Bureau of Competition ('Senior Deputy Director, Bureau of Competition' ->
 # Organization); David C. Shonka; the Office of the General Counsel ('David C. Shonka, Office of the General Counsel'
 # -> Organization); U.S. ('U.S. antitrust laws' -> Location, as the FTC lane's 'U.S. market' files -- **doubtful**: a
 # reader may hold the modifier of a law's name no place mention; the 'U.S.' inside the two courts' names is part of
 # those names). Not annotated: 'the General Counsel' (a post, unnamed: its holder is not named -- **near-miss**: a
 # reader may take Shonka for him; the text does not say so); 'the District of Columbia' and 'the D.C. circuit' (only
 # inside the courts' names); 'staff' (unnamed); 'the nation' (unnamed); 'jarred baby food' (a product class); 'Part 3'
 # (a part of the Commission's rules); 'File No. 001-0137', the telephone numbers, the vote tallies '3-1-1' and '3-2'
 entities=[E("Organization", "FTC", "Commission"),
           E("Organization", CA, "Court of Appeals for the D.C. circuit", "Court of Appeals"),
           E("Company", HZ, "H.J. Heinz Co."),
           E("Company", MIL),
           E("Company", BN),
           E("Location", "U.S."),
           E("Organization", DC),
           E("Person", SA, "Anthony"),
           E("Person", OS, "Swindle"),
           E("Person", MB),
           E("Organization", BOC),
           E("Person", DS),
           E("Organization", OGC)],
 # 'Commissioner Sheila Anthony abstaining' and 'Commissioner Orson Swindle dissenting' -> other at the FTC, current
 # true (GUIDELINES: Commissioners -> other; abstaining or dissenting in a vote is no leaving); 'Molly Boast, Senior
 # Deputy Director, Bureau of Competition' -> other at the Bureau of Competition, current true (a deputy's post below
 # the Director: the lane's Deputy Director -> other -- **doubtful**: a reader may give executive, GUIDELINES' generic
 # senior title). **Near-misses**: 'David C. Shonka, Office of the General Counsel' (a staff contact named with his
 # office but no post -> no role -- **doubtful**: a reader may give other at the Office, as a staff attorney);
 # 'the General Counsel' (the post, its holder unnamed); no officer of Heinz, Milnot or Beech-Nut and no judge is named
 roles=[R(SA, "other", "FTC"),
        R(OS, "other", "FTC"),
        R(MB, "other", BOC)],
 # 'Milnot Holding Company, the owner of Beech-Nut Nutrition Corporation' -> parentOrganization(Beech-Nut Nutrition
 # Corporation, Milnot Holding Company); the Bureau of Competition and the Office of the General Counsel, named as the
 # FTC's own staff contacts' units on the FTC's page (and 'the Commission has authorized the General Counsel to pursue
 # an appeal') -> parentOrganization(Bureau of Competition, FTC) and parentOrganization(Office of the General Counsel,
 # FTC) (**doubtful**: the text does not write "the FTC's Bureau" as 66a's texts do; the tie is what a careful reader
 # of an FTC page concludes). **Near-misses**: 'the proposed merger of H.J. Heinz Company and Milnot Holding Company'
 # (a merger the text does not give a buyer for, which the Court of Appeals then 'enjoined' -> no acquired: GUIDELINES,
 # a blocked deal does not count); 'the nation's second and third largest manufacturers of jarred baby food' (rivals:
 # no partner); the appeal, the preliminary injunction, the Part 3 complaint and the court rulings (litigation:
 # nothing); the courts and the FTC (no relation type)
 relations=[L(BN, "parentOrganization", MIL),
            L(BOC, "parentOrganization", "FTC"),
            L(OGC, "parentOrganization", "FTC")],
 outages=[],
 # `published` None (the page's day is not known): 'In July 2000' -> 'July 2000' 2000-07; 'On November 8, 2000' and
 # 'statement dated November 8, 2000' -> 'November 8, 2000' 2000-11-08 (one item: same text, same value); 'press
 # release dated July 7, 2000' -> 'July 7, 2000' 2000-07-07. Not dates: 'then' (no calendar value)
 dates=[D("July 2000", "2000-07"), D("November 8, 2000", "2000-11-08"), D("July 7, 2000", "2000-07-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
