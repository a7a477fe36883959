#!/usr/bin/env python3
"""Batch 54zn gold annotations (the texts of batch54zn.py: the Office of Public Affairs' release of 25 September 1995
on Fulton-Denver Company, 'a Denver manufacturer and distributor of polypropylene bags', charged in Denver with
conspiring to defraud the United States through false certificates of product origin on bids for U.S. Department of
Agriculture bag contracts; its release of 28 September 1995 on Municipal Government Investment Associates Inc., 'a San
Francisco brokerage firm', charged in San Francisco with securities and wire fraud for fictitious noncompetitive bids
in the restructuring of a Tampa, Florida, municipal bond escrow account), written from the texts alone; newskg was not
run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (the DOJ lane's releases, 41p and 43e; 51n-54zj; GUIDELINES section 2): "the Department of Justice's
Antitrust Division" and "the Justice Department's Antitrust Division" -> parentOrganization(Antitrust Division, the
Department under the name the text gives it: 'Department of Justice' or 'Justice Department') (53f, 53r, 53t, 54m,
54y, 54ze, 54zj); 'Assistant Attorney General in charge of the Antitrust Division' -> head at the Antitrust Division,
current (51l-54zj); 'the U.S. District Court in <city>' / 'U.S. District Court in <city>' -> Organization 'U.S.
District Court' (51t-54zj); the dateline ('WASHINGTON, D.C.') -> one Location (42z, 53zh-54zj); a field office of the
Division ("the Antitrust Division's Philadelphia Field Office") -> no entity, its city a Location (51z, 52h, 52q, 53zq:
a unit); "the USDA's Office of Inspector General" -> Organization 'Office of Inspector General' and
parentOrganization(Office of Inspector General, U.S. Department of Agriculture) (53t's DCIS / OIG rule, 54-lane USDA
OIG); an agency's full name and its initialism ('the U.S. Department of Agriculture', 'USDA') -> one Organization, the
initialism an alias; 'the United States' as the defrauded government and as the place of manufacture -> the one
Location 'United States' (the corpus's reading of 'conspiracy to defraud the United States'); 'U.S.' inside an
organisation's name (U.S. Department of Agriculture, U.S. District Court) -> no alias of 'United States'; a city and
its state ('Tampa, Florida') -> two Locations; a state named as an adjective of place ('a California securities
brokerage firm') -> Location (53t, 54s); a company's forms with and without 'Company' ('Fulton-Denver Company',
'Fulton-Denver') -> aliases (53zh, 53zm, 54a, 54s, 54y, 54ze, 54zj); a seller to a government buyer (Fulton-Denver's
bags to the USDA) and a firm's work for a city (the municipal bond restructuring) -> no partner (54a, 54m, 54s, 54y,
54ze, 54zj: the government as buyer or seller; a Location as client has no relation); securities named after the
Treasury ('U.S. Treasury notes', 'U.S. Treasury securities') -> nothing (the Treasury only inside a product's name,
GUIDELINES' product-name rule); laws and statute citations ('18 U.S.C. 371'), charges, goods (polypropylene bags,
grain), unnamed parties ('needy countries', 'the government', 'the city', 'city representatives' in the cut part) ->
nothing; 'today' -> one item, resolved against `published`; 'June 1992' -> 1992-06.
usage: batch54zn_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather55zn/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

ATR = "Antitrust Division"
USDC = "U.S. District Court"
A = {}

# ---- Fulton-Denver Company, published 1995-09-25 (a Monday) --------------------------------------------------------
DOJ = "Department of Justice"
USDA = "U.S. Department of Agriculture"
OIG = "Office of Inspector General"
FDC = "Fulton-Denver Company"
AKB = "Anne K. Bingaman"
A["us-doj-atr-fulton-denver-polypropylene-bags-usda-grain-shipments-false-certificates-of-origin-1995"] = dict(
 # Company: Fulton-Denver Company ('a Denver manufacturer and distributor of polypropylene bags' first; 'Fulton-Denver
 # Company' once, 'Fulton-Denver' once: alias). Organizations: U.S. Department of Agriculture ('the U.S. Department of
 # Agriculture' once; 'USDA' six times, with and without 'the', once in "the USDA's": alias), U.S. District Court
 # ('the U.S. District Court in Denver'), Department of Justice ("the Department of Justice's Antitrust Division"),
 # Antitrust Division (three times), Office of Inspector General ("the USDA's Office of Inspector General"). Person:
 # Anne K. Bingaman (once; no surname-alone form). Locations: WASHINGTON, D.C. (the dateline), Denver (the company's
 # city and the court's), United States ('to defraud the United States', 'manufactured outside the United States'
 # twice, 'manufactured in the United States': one entity), Philadelphia (from "the Antitrust Division's Philadelphia
 # Field Office": the office a unit, no entity, its city a Location -- **doubtful** as always for this rule: a reader
 # may give no entity at all, or the office). Not annotated: 'Federal antitrust prosecutors' (unnamed); 'needy
 # countries' (unnamed); 'a continuing federal grand jury investigation'; '18 U.S.C. 371' (a statute); polypropylene
 # bags, grain (goods); the Philadelphia Field Office (a unit of the Division)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Location", "Denver"),
           E("Location", "United States"),
           E("Organization", USDA, "USDA"),
           E("Organization", USDC),
           E("Organization", DOJ),
           E("Organization", ATR),
           E("Company", FDC, "Fulton-Denver"),
           E("Person", AKB),
           E("Location", "Philadelphia"),
           E("Organization", OIG)],
 # 'Anne K. Bingaman, Assistant Attorney General in charge of the Antitrust Division' -> head at the Antitrust
 # Division, current. Near-miss: no officer of Fulton-Denver is named (the company alone is charged); 'Federal
 # antitrust prosecutors' (no names, no role)
 roles=[R(AKB, "head", ATR)],
 # "the Department of Justice's Antitrust Division" -> parentOrganization(Antitrust Division, Department of Justice);
 # "the USDA's Office of Inspector General" -> parentOrganization(Office of Inspector General, U.S. Department of
 # Agriculture). Near-misses: Fulton-Denver and the USDA ('bids for USDA polypropylene bag contracts', 'the
 # polypropylene bags supplied to the USDA', 'On at least five USDA contract bids ... Fulton-Denver supplied about
 # 800,000 polypropylene bags': a supplier to a government buyer -- no partner, the lane's way; **doubtful**, the
 # guidelines' 'supply/customer contract between two named organisations' would allow partner(Fulton-Denver Company,
 # U.S. Department of Agriculture), and a reader may well record it); the Philadelphia Field Office under the Division
 # (a unit, no entity)
 relations=[L(ATR, "parentOrganization", DOJ),
            L(OIG, "parentOrganization", USDA)],
 outages=[],
 # 'charged a Denver manufacturer ... today' -> 'today' 1995-09-25; 'from June 1992 through September 1993' ->
 # 'June 1992' 1992-06, 'September 1993' 1993-09
 dates=[D("today", "1995-09-25"), D("June 1992", "1992-06"), D("September 1993", "1993-09")])

# ---- Municipal Government Investment Associates Inc., published 1995-09-28 (a Thursday) ---------------------------
JD = "Justice Department"
MGIA = "Municipal Government Investment Associates Inc."
A["us-doj-atr-municipal-government-investment-associates-san-francisco-tampa-bond-escrow-collusive-bids-securities-"
  "fraud-1995"] = dict(
 # Company: Municipal Government Investment Associates Inc. ('a California securities brokerage firm' first; the full
 # name once, then 'the firm'; the comma form 'Municipal Government Investment Associates, Inc.' is in the cut block
 # only, so no alias). Organizations: Justice Department ("the Justice Department's Antitrust Division": the only name
 # the text gives the Department, 54ze), Antitrust Division (once), U.S. District Court ('U.S. District Court in San
 # Francisco'). Locations: WASHINGTON, D.C. (the dateline), California (the firm's state, 'a California securities
 # brokerage firm'), Tampa and Florida ('a Tampa, Florida, municipal bond escrow account': two entities; 'the city'
 # and "the city's" refer to Tampa -- a pronoun-like noun, no alias), San Francisco (the court's city and the firm's,
 # twice). Not annotated: 'U.S. Treasury notes', 'U.S. Treasury securities' (securities; the Treasury only inside
 # their names -- **doubtful**: a reader may annotate 'U.S. Treasury' as an Organization, the lane records 'the U.S.
 # Treasury' standing alone as one); 'the government' (the prosecution, unnamed); 'a city or other governmental
 # entity' (generic); municipal bonds, forward supply contracts, escrow accounts (instruments)
 entities=[E("Location", "WASHINGTON, D.C."),
           E("Organization", JD),
           E("Organization", ATR),
           E("Location", "California"),
           E("Location", "Tampa"),
           E("Location", "Florida"),
           E("Organization", USDC),
           E("Location", "San Francisco"),
           E("Company", MGIA)],
 # No role: no person is named in the kept text (the excerpt gives no Assistant Attorney General's sentence before
 # it breaks off). Near-miss: the firm's unnamed officers
 roles=[],
 # "the Justice Department's Antitrust Division" -> parentOrganization(Antitrust Division, Justice Department).
 # Near-misses: the firm's work for Tampa (its restructuring of the city's escrow account; the sentence that says it
 # 'assisted Tampa' is cut, and a city as client is a Location: no partner -- **doubtful**, a reader who takes Tampa
 # as the city government might record partner); 'the purchaser' of a forward supply contract (unnamed)
 relations=[L(ATR, "parentOrganization", JD)],
 outages=[],
 # 'today brought criminal securities fraud charges' -> 'today' 1995-09-28. Nothing else in the kept text ('between
 # September 1992 and April 1994' is in the cut block)
 dates=[D("today", "1995-09-28")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
