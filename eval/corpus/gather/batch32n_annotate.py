#!/usr/bin/env python3
"""Batch 32n gold annotations (the texts of batch32n.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle; batch10_annotate.write_parts). All texts are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates).
Conventions (GUIDELINES.md part 2; batches 27d-32j): a completed purchase -> acquired + parentOrganization; a joint
venture -> parentOrganization to each owner + partner; a business spun off or demerged from its owner ->
parentOrganization to the former owner (past, kept, as batch 20a's Kioxia); working together on a product ->
partner; former, short and misspelt names of one company -> aliases; marques, brands and engine lines -> Service,
with provider where the text names who makes or sells them.
usage: batch32n_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs, parents, provided, svc
import batch10_annotate as b10
from batch10_annotate import acq   # completed: acquired + parentOrganization; done=False: acquired only

A = {}
# ---- aero engines: CFM International ---------------------------------------------------------------------------------
CFM = "CFM International"
GEA = "GE Aerospace"
SAE = "Safran Aircraft Engines"
GE = "General Electric"
A["wp-cfm-international"] = dict(
 # the joint venture ('CFM') and its two owners, Safran Aircraft Engines under its former name 'Snecma' (used for the
 # 1960s company throughout) -> Company each; 'General Electric' ('GE', also in "GE's CF series") -> Company, kept
 # apart from GE Aerospace (the text does not say how they are linked); 'MTU (Motoren-und-Turbinen-Union)' -> Company
 # with its abbreviation; engines and the aircraft -> Service (CFM56, CF6-50, M56, Airbus A300; Airbus named only
 # inside the aircraft's name -> no entity of its own); places -> Location; 'the CF series' and 'the M series'
 # (designations) -> nothing; 'Franco-American', 'American', 'German' -> nothing
 entities=[E("Company", CFM, "CFM"), E("Company", GEA), E("Company", SAE, "Snecma"), E("Location", "Cincinnati"),
           E("Location", "Ohio"), E("Company", GE, "GE"), E("Company", "Motoren-und-Turbinen-Union", "MTU")]
          + svc("CFM56", "CF6-50", "Airbus A300", "M56"),
 roles=[],
 # 'a joint venture between GE Aerospace and Safran Aircraft Engines', 'the two parent companies' -> parentOrganization
 # to each + partner; 'founded in 1974 to build and support the CFM56 series' -> provider; 'General Electric and
 # Snecma began working together' -> partner; 'Together with the German company MTU ..., the two companies produced
 # parts for the CF6-50 engine' -> partner of MTU with each (doubtful: joint parts work, no agreement named); the
 # CF6-50's and the M56's makers (only "GE's CF series" and "Snecma's M series" as designations; the M56 only studied)
 # -> nothing; 'delivered ... to more than 570 operators' (unnamed) -> nothing
 relations=parents(GEA, CFM) + parents(SAE, CFM) + [L(GEA, "partner", SAE), L("CFM56", "provider", CFM),
            L(GE, "partner", SAE), L("Motoren-und-Turbinen-Union", "partner", GE),
            L("Motoren-und-Turbinen-Union", "partner", SAE)],
 outages=[],
 # 'the late 1950s', 'the mid-1960s' (parts of decades) left out; 'As of 2020' gives '2020'
 dates=[D("1974", "1974"), D("2020", "2020"), D("1969", "1969")])

# ---- automobiles: Dongfeng Motor Company -----------------------------------------------------------------------------
DMC = "Dongfeng Motor Company Limited"
DCO = "Dongfeng Motor Corporation"
NIS = "Nissan Motors"
A["wp-dongfeng-motor-company"] = dict(
 # the joint venture ('Dongfeng Motor Company'; 'the company') and its two owners -> Company each; 'Nissan' -> Nissan
 # Motors (also the marque in 'the Nissan marque': one surface form for two things -> the company, as batch 32d's
 # Volkswagen); 'Dongfeng' alone ('the Dongfeng marque', "Nissan's cooperative effort with Dongfeng", 'Dongfeng
 # products') -> Dongfeng Motor Corporation (doubtful: the text itself says the two are hard to tell apart; the
 # corporation is the 'part-owner' it is contrasted with); the new marque 'Venucia' with its Chinese name 'Qi Chen' ->
 # Service; places -> Location; 'Chinese', 'state-owned', 'Sino-foreign' -> nothing
 entities=[E("Company", DMC, "Dongfeng Motor Company"), E("Location", "Wuhan"), E("Location", "China"),
           E("Company", DCO, "Dongfeng"), E("Company", NIS, "Nissan"), E("Location", "Shiyan"),
           E("Service", "Venucia", "Qi Chen")],
 roles=[],
 # 'a 50:50 joint-venture between Dongfeng Motor Corporation and Nissan Motors' (told twice) -> parentOrganization to
 # each + partner; 'unveiled a new automobile marque, Venucia' -> provider; the Nissan and Dongfeng marques (no
 # Service of their own, see above) -> nothing; 'its Chinese parent' (the corporation, already a parent) -> nothing new
 relations=parents(DCO, DMC) + parents(NIS, DMC) + [L(DCO, "partner", NIS), L("Venucia", "provider", DMC)],
 outages=[],
 dates=[D("2011", "2011"), D("2006", "2006"), D("9 June 2003", "2003-06-09"), D("1 July 2003", "2003-07-01"),
        D("June, 2006", "2006-06"), D("2007", "2007"), D("September 2010", "2010-09")])

# ---- chemicals: Lanxess --------------------------------------------------------------------------------------------
LX = "Lanxess AG"
A["wp-lanxess"] = dict(
 # the group under its full, styled and short names -> one Company; Bayer AG ('Bayer') -> Company; 'Friedrich Bayer &
 # Co.' (founded 1863; the text does not say it is Bayer AG's former name) -> Company of its own, doubtful; the
 # Frankfurt Stock Exchange (a business, as batch 32j's NYSE) -> Company; the 'DAX index' (an index) -> nothing;
 # places and the headquarters building 'the Lanxess Tower' -> Location (as batch 32d's plants and named sites)
 entities=[E("Company", LX, "LANXESS AG", "Lanxess"), E("Location", "Germany"), E("Location", "Cologne"),
           E("Company", "Bayer AG", "Bayer"), E("Company", "Frankfurt Stock Exchange"), E("Location", "Leverkusen"),
           E("Location", "Lanxess Tower"), E("Company", "Friedrich Bayer & Co.")],
 roles=[],
 # 'Bayer AG spun off its chemicals operations', 'spun off ... into an independent subsidiary named Lanxess' ->
 # parentOrganization to Bayer AG (past, kept, as batch 20a's Kioxia 'spun off from the Toshiba Corporation'); the
 # share listing and the DAX membership -> nothing; Friedrich Bayer & Co. (roots only) -> nothing
 relations=[L(LX, "parentOrganization", "Bayer AG")],
 outages=[],
 # 'the second half of 2013' -> 2013 (a part of a year, as batch 32d's 'the first half of 2005')
 dates=[D("2004", "2004"), D("September 2012", "2012-09"), D("2011", "2011"), D("2013", "2013"),
        D("August 1, 2013", "2013-08-01"), D("1863", "1863"), D("January 31, 2005", "2005-01-31")])

# ---- wine: Treasury Wine Estates -----------------------------------------------------------------------------------
TWE = "Treasury Wine Estates"
FG = "Foster's Group"
A["wp-treasury-wine-estates"] = dict(
 # the wine business -> Company; its former owner under 'Foster's Group', "Foster's" and the copy's 'Fosters Group' ->
 # one Company; Southcorp (a 'wine-making group') and Beringer Blass (a wine 'producer') -> Company; the wine brands
 # Penfolds, Lindemans and Rosemount -> Service; the two chief executives -> Person; places -> Location; 'the
 # brewing business' (unnamed) -> nothing; 'Australian-based', 'Australian' -> nothing
 entities=[E("Company", TWE), E("Location", "Southbank"), E("Location", "Melbourne"), E("Location", "Victoria"),
           E("Company", FG, "Foster's", "Fosters Group"), E("Company", "Southcorp")]
          + svc("Penfolds", "Lindemans", "Rosemount")
          + [E("Company", "Beringer Blass"), E("Location", "United States"), E("Person", "Trevor O'Hoy"),
             E("Person", "David Dearie")],
 # "Foster's CEO Trevor O'Hoy resigned" -> ceo of Foster's Group, current=false; 'with David Dearie as its CEO' ->
 # ceo of Treasury Wine Estates, current (the copy stops in 2011; no end stated)
 roles=[R("Trevor O'Hoy", "ceo", FG, False), R("David Dearie", "ceo", TWE)],
 # 'until a demerger in May 2011 was the wine division of ... Foster's Group', 'the demerger of Treasury Wine Estates
 # from Foster's Group' -> parentOrganization (past, kept); 'In 2005, it acquired the Australian wine-making group
 # Southcorp' -> acquired + parentOrganization (completed; the text does not say Southcorp was merged away); 'adding
 # famous brands including Penfolds, Lindemans and Rosemount' (to the wine division) -> provider to Treasury Wine
 # Estates (doubtful: the brands came with Southcorp, which could also be read as their provider); Beringer Blass (no
 # owner stated in the text) -> nothing; the shareholders' vote and the listing -> nothing
 relations=[L(TWE, "parentOrganization", FG)] + acq(FG, "Southcorp") + provided(TWE, "Penfolds", "Lindemans", "Rosemount"),
 outages=[],
 # 'from 1995 onwards' gives '1995'; 'By 2011' and 'early 2011' give '2011'
 dates=[D("May 2011", "2011-05"), D("1995", "1995"), D("2005", "2005"), D("10th June 2008", "2008-06-10"),
        D("2011", "2011"), D("29 April 2011", "2011-04-29"), D("9 May 2011", "2011-05-09"),
        D("20 May 2011", "2011-05-20")])

# ---- toys: Tonka ---------------------------------------------------------------------------------------------------
TK = "Tonka"
A["wp-tonka"] = dict(
 # the company under its present and former names ('Mound Metalcraft', 'Tonka Toys Incorporated', 'Tonka Toys' in
 # 'the Tonka Toys name') -> one Company ('Tonka' is also the brand the text opens with: one surface form -> the
 # company); Hasbro, the Streater Company and the Mell Manufacturing Company -> Company; the University of Minnesota
 # -> Organization; the 'Tonka Firebowl label' -> Service; the founders, E. C. Streater, Erling Eklof and Donald B.
 # Olson -> Person; places and Lake Minnetonka -> Location; 'the Dakota Sioux word tanka' (a language's word) -> nothing
 entities=[E("Company", TK, "Mound Metalcraft", "Tonka Toys Incorporated", "Tonka Toys"), E("Company", "Hasbro"),
           E("Location", "Mound"), E("Location", "Minnesota"), E("Person", "Lynn Everett Baker"),
           E("Person", "Avery F. Crounse"), E("Person", "Alvin F. Tesch", "Alvin Tesch"),
           E("Company", "Streater Company"), E("Person", "E. C. Streater"), E("Person", "Erling Eklof"),
           E("Organization", "University of Minnesota"), E("Person", "Donald B. Olson"), E("Location", "Lake Minnetonka"),
           E("Company", "Mell Manufacturing Company"), E("Location", "Chicago"), E("Location", "Illinois"),
           E("Service", "Tonka Firebowl"), E("Location", "Minneapolis")],
 # 'Lynn Everett Baker ..., Avery F. Crounse, and Alvin F. Tesch created the company' -> founder each (as batch 32j's
 # Tetley brothers; 'cofounder' not used: the text does not say co-founded); 'Donald B. Olson, who later became the
 # company's Chief Industrial Engineer' -> executive (a senior title outside the fixed list; GUIDELINES.md maps such
 # titles to executive), current (no end stated; doubtful); E. C. Streater (no post named; his tie to the Streater
 # Company is not stated) -> nothing
 roles=[R("Lynn Everett Baker", "founder", TK), R("Avery F. Crounse", "founder", TK), R("Alvin F. Tesch", "founder", TK),
        R("Donald B. Olson", "executive", TK)],
 # 'until its sale to Hasbro in 1991' -> acquired + parentOrganization (completed; 'an American brand' now); 'In 1964,
 # Tonka acquired the Mell Manufacturing Company' -> acquired + parentOrganization (completed; not said to be merged
 # away); 'eventually under the Tonka Firebowl label' -> provider; the Streater Company (the building's former
 # occupant, no deal) -> nothing
 relations=acq("Hasbro", TK) + acq(TK, "Mell Manufacturing Company") + [L("Tonka Firebowl", "provider", TK)],
 outages=[],
 # 'the fall of 1946' gives '1946'; '(1898–1964)' (a life span) and 'From 1947 to 1957', 'From 1958 to 1961' (spans of
 # years, as batch 32j's '2001–2012') left out
 dates=[D("1946", "1946"), D("1991", "1991"), D("November 1955", "1955-11"), D("1963", "1963"), D("1978", "1978"),
        D("1964", "1964"), D("1968", "1968")])

# ---- insurance: Norwich Union --------------------------------------------------------------------------------------
NU = "Norwich Union"
A["wp-norwich-union"] = dict(
 # the insurer under its first and later names ('Norwich Union Society for the Insurance of Houses, Stock and
 # Merchandise from Fire', 'Norwich Union Fire Insurance Office', 'the Fire Society'; 'Norwich Union was founded in
 # 1797 ... when Thomas Bignold formed' the society) -> one Company (doubtful for 'Fire Society', a short form the text
 # uses for the same society); 'the Norwich Union brand' and 'a consistent Aviva brand' (one surface form for the
 # company and its brand) -> the companies; the second mutual, the Norwich General Assurance Company, CGU, General
 # Accident, Commercial Union, Aviva and the London Stock Exchange (a business, as batch 32j's NYSE) -> Company; the
 # FTSE 100 Index (an index), 'no-one protects more' (a slogan), 'fire insurance marks', 'the municipal authorities'
 # (unnamed) -> nothing; the founder -> Person; Norwich, Worcester -> Location
 entities=[E("Company", NU, "Norwich Union Society for the Insurance of Houses, Stock and Merchandise from Fire",
             "Norwich Union Fire Insurance Office", "Fire Society"),
           E("Company", "Aviva"), E("Company", "London Stock Exchange"), E("Location", "Norwich"),
           E("Person", "Thomas Bignold"), E("Company", "Norwich Union Life Insurance Society"),
           E("Company", "Norwich General Assurance Company"), E("Location", "Worcester"), E("Company", "CGU"),
           E("Company", "General Accident"), E("Company", "Commercial Union")],
 # 'Thomas Bignold formed the "Norwich Union Society ..."' -> founder of Norwich Union; 'Thomas Bignold established a
 # second mutual, the Norwich Union Life Insurance Society' -> founder of it
 roles=[R("Thomas Bignold", "founder", NU), R("Thomas Bignold", "founder", "Norwich Union Life Insurance Society")],
 # "Aviva's British arm" -> parentOrganization (past, 'before June 2009', kept); 'The Fire Society demutualised in
 # 1821 when it absorbed the Norwich General Assurance Company' -> acquired only (the absorbed company merged away, as
 # batch 32d's Berliet); 'Norwich Union merged with CGU' and 'the merger of General Accident and Commercial Union'
 # (mergers whose text names no buyer, as batch 32j) -> nothing; the attempt to 'take over General Accident' (not
 # done) -> nothing; the two Bignold mutuals (no ownership between them stated) -> nothing; the listing -> nothing
 relations=[L(NU, "parentOrganization", "Aviva"), L(NU, "acquired", "Norwich General Assurance Company")],
 outages=[],
 # 'over a period of two years' (a duration) and 'over 100 years earlier' (vague) left out
 dates=[D("June 2009", "2009-06"), D("1797", "1797"), D("29 April 2008", "2008-04-29"), D("1 June 2009", "2009-06-01"),
        D("1808", "1808"), D("1821", "1821"), D("1929", "1929"), D("1997", "1997"), D("2000", "2000"),
        D("October 1998", "1998-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
