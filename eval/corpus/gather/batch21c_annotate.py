#!/usr/bin/env python3
"""Batch 21c gold annotations (the 9 texts of batch21c.py, two parts), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the 6 ids sorted, then dealt along test, train, dev, train (the
batch's own cycle, as batch19b_annotate.py and every sub-batch since 8b).
usage: batch21c_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10
IDS = sorted("""us-doj-gray-raycom-divest-stations-nine-markets-2018
us-doj-federal-register-amc-carmike-proposed-final-judgment-2016
us-doj-federal-register-amc-kerasotes-proposed-final-judgment-2010
uk-cma-stonegate-ei-group-phase-1-local-concerns-2019
uk-cma-country-stores-merger-referred-phase-2-2018
uk-gov-andrew-tyrie-to-be-chair-competition-and-markets-authority""".split())
DOJ = E("Organization", "Department of Justice", "Justice Department")
ATR = E("Organization", "Antitrust Division", "Division")
DDC = E("Organization", "U.S. District Court for the District of Columbia")
DDC2 = E("Organization", "United States District Court for the District of Columbia")
CMA = E("Organization", "Competition and Markets Authority", "CMA")
ATR_DOJ = L("Antitrust Division", "parentOrganization", "Department of Justice")
A = {}
A["us-doj-gray-raycom-divest-stations-nine-markets-2018"] = dict(
 entities=[DOJ, ATR, DDC, E("Company", "Gray Television Inc.", "Gray"), E("Company", "Raycom Media Inc.", "Raycom"),
           E("Person", "Makan Delrahim"), E("Company", "NBC"), E("Company", "CBS"), E("Company", "ABC"),
           E("Company", "FOX")],
 # 'Assistant Attorney General Makan Delrahim of the Justice Department’s Antitrust Division' leads the division
 roles=[R("Makan Delrahim", "head", "Antitrust Division")],
 # 'the proposed ... merger between Gray and Raycom': the text never says who buys whom -> no acquired (GUIDELINES);
 # the networks' affiliates are unnamed stations -> no partner
 relations=[ATR_DOJ],
 outages=[],
 dates=[D("today", "2018-12-14")])
A["us-doj-federal-register-amc-carmike-proposed-final-judgment-2016"] = dict(
 entities=[DDC2, E("Company", "AMC Entertainment Holdings, Inc.", "AMC"), E("Company", "Carmike Cinemas, Inc."),
           E("Company", "National CineMedia, LLC"), E("Company", "Screenvision, LLC"), ATR,
           E("Organization", "Department of Justice"), E("Location", "United States")],
 roles=[],
 # 'the proposed acquisition by AMC ... of Carmike Cinemas' awaiting the court -> agreed deal: acquired only.
 # AMC's 'equity holdings ... and governance rights in National CineMedia' is a minority stake it must reduce:
 # no parentOrganization; the screen transfers to Screenvision's network are ordered, not yet a contract -> nothing
 relations=[L("AMC Entertainment Holdings, Inc.", "acquired", "Carmike Cinemas, Inc."),
            L("Antitrust Division", "parentOrganization", "Department of Justice")],
 outages=[],
 dates=[D("December 20, 2016", "2016-12-20")])
A["us-doj-federal-register-amc-kerasotes-proposed-final-judgment-2010"] = dict(
 entities=[DDC2, E("Location", "State of Illinois"), E("Location", "State of Colorado"), E("Location", "State of Indiana"),
           E("Company", "AMC Entertainment Holdings, Inc."), E("Company", "Kerasotes Showplace Theatres, LLC"),
           E("Location", "United States")]
          + locs("Chicago", "Denver", "Indianapolis"),
 roles=[],
 relations=[],  # near-miss: 'acquisition of most of the assets of Kerasotes' is an asset purchase -> nothing
 outages=[],
 dates=[D("May 21, 2010", "2010-05-21")])
A["uk-cma-stonegate-ei-group-phase-1-local-concerns-2019"] = dict(
 entities=[E("Company", "Stonegate Pub Company"), E("Company", "Ei Group"), CMA,
           E("Company", "Slug and Lettuce"), E("Company", "Yates"), E("Location", "UK")],
 roles=[],
 # 'Stonegate Pub Company’s proposed purchase of Ei Group', under review -> agreed deal: acquired only; the two
 # chains belong to one of the 'pub groups' together, whose is not said -> no parentOrganization
 relations=[L("Stonegate Pub Company", "acquired", "Ei Group")],
 outages=[],
 dates=[D("13 December 2019", "2019-12-13")])
A["uk-cma-country-stores-merger-referred-phase-2-2018"] = dict(
 entities=[CMA, E("Company", "Mole Valley")],
 roles=[],
 relations=[],  # near-miss: Mole Valley's merger, the business it buys not named in the text
 outages=[],
 dates=[D("21 February", "2018-02-21"), D("20 August 2018", "2018-08-20")])
A["uk-gov-andrew-tyrie-to-be-chair-competition-and-markets-authority"] = dict(
 entities=[E("Person", "Andrew Tyrie", "Tyrie"), E("Organization", "Treasury Select Committee"),
           E("Organization", "Parliamentary Commission on Banking Standards", "Parliamentary Commission on banking standards"),
           E("Organization", "Competition and Markets Authority", "CMA"), E("Location", "UK"),
           E("Organization", "Liaison Committee"), E("Company", "DLA Piper"), E("Person", "Greg Clark")],
 # nominated and accepting the post ('I'm delighted to accept this post') -> chairman of the CMA, current (as an
 # incoming holder named to the post); his committee chairs are a legislator's posts -> no role (GUIDELINES);
 # 'advisor to the law firm DLA Piper' in his past experience -> other, not current; 'Business Secretary' with no
 # country or department named -> no role
 roles=[R("Andrew Tyrie", "chairman", "Competition and Markets Authority"),
        R("Andrew Tyrie", "other", "DLA Piper", False)],
 relations=[], outages=[],
 dates=[D("2010", "2010"), D("2017", "2017")])

# ==== Part 2 (added after part 1 was committed; annotated before any newskg run). Its own split cycle over its own
# sorted ids (test, train, dev, train), so part 1's files keep their splits.
IDS2 = sorted("""us-doj-federal-register-utc-rockwell-collins-proposed-final-judgment-2018
ec-approves-hitachi-rail-acquisition-thales-ground-transportation-2023
ec-approves-acquisition-seagen-by-pfizer-2023""".split())
EC = E("Organization", "European Commission", "Commission")
A2 = {}
A2["us-doj-federal-register-utc-rockwell-collins-proposed-final-judgment-2018"] = dict(
 entities=[DDC2, E("Company", "United Technologies Corporation"), E("Company", "Rockwell Collins, Inc.", "Rockwell Collins"),
           E("Location", "United States"), ATR, E("Organization", "Department of Justice"), E("Person", "Maribeth Petrizzi"),
           E("Organization", "Defense, Industrials, and Aerospace Section"), E("Location", "Washington, DC")],
 # 'Chief, Defense, Industrials, and Aerospace Section, Antitrust Division' leads the section -> head
 roles=[R("Maribeth Petrizzi", "head", "Defense, Industrials, and Aerospace Section")],
 # 'United Technologies Corporation's proposed acquisition of Rockwell Collins' under review -> acquired only; the
 # businesses to be divested are unnamed units -> nothing
 relations=[L("United Technologies Corporation", "acquired", "Rockwell Collins, Inc."),
            L("Defense, Industrials, and Aerospace Section", "parentOrganization", "Antitrust Division"), ATR_DOJ],
 outages=[],
 dates=[D("October 1, 2018", "2018-10-01")])
A2["ec-approves-hitachi-rail-acquisition-thales-ground-transportation-2023"] = dict(
 entities=[EC, E("Company", "GTS"), E("Company", "Thales"), E("Company", "Hitachi Rail")] + locs("France", "Germany"),
 roles=[],
 # approved, conditional, not yet completed -> acquired only; 'Thales’ ground transportation business (‘GTS’)' is
 # Thales' unit -> parentOrganization
 relations=[L("Hitachi Rail", "acquired", "GTS"), L("GTS", "parentOrganization", "Thales")],
 outages=[],
 dates=[])
A2["ec-approves-acquisition-seagen-by-pfizer-2023"] = dict(
 entities=[EC, E("Company", "Seagen"), E("Company", "Pfizer"), E("Location", "European Economic Area", "EEA")],
 roles=[],
 relations=[L("Pfizer", "acquired", "Seagen")],  # 'the proposed acquisition of Seagen by Pfizer' cleared -> acquired only
 outages=[],
 dates=[])
if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A), (IDS2, A2))
