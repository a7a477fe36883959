#!/usr/bin/env python3
"""Batch 25d gold annotations (the 4 texts of batch25d.py, written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b; batch10_annotate.write_parts).
Part 2 (A2, written with --part2): its own split cycle over its sorted ids, so part 1's splits stay untouched.
usage: batch25d_annotate.py POOL_DIR eval/corpus [--part2]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, O, R
import batch10_annotate as b10


def locs(*names):
    return [E("Location", n) for n in names]


A = {}
FCC = "Federal Communications Commission"
# ---- Hansard: Storm Darragh ---------------------------------------------------------------------------------------
A["hansard-commons-urgent-question-storm-darragh-power-2024"] = dict(
 # the Met Office -> Organization; England, Wales, the UK -> Location; Storm Darragh is an event, not an entity; 'the
 # Government', 'devolved Administrations', 'local resilience forums', 'operators' are generic
 entities=[E("Organization", "Met Office"), E("Location", "England"), E("Location", "Wales"), E("Location", "UK")],
 roles=[],
 relations=[],
 # one power outage told (customers without power since the storm made landfall, 24,000 still off 'this morning');
 # no network operator named -> provider null; date: the landfall day is not stated — 'late last week' (a red warning
 # issued) before a Tuesday 10 December 2024 puts it in December 2024 -> '2024-12' (doubtful: coarse); no location
 # stated for the power cuts themselves (the red warning covered England and Wales) -> null
 outages=[O(None, "2024-12", [], cause="Storm Darragh")],
 # 'Late last week' -> skipped (GUIDELINES: last week); 'this morning' and 'tomorrow' against published
 dates=[D("this morning", "2024-12-10"), D("tomorrow", "2024-12-11")])

# ---- Hansard: Defence personnel data breach (Lords) ---------------------------------------------------------------
A["hansard-lords-defence-personnel-data-breach-sscl-2024"] = dict(
 # peers named by title as the corpus's Hansard texts name them ('Lord Rosser') -> Person 'Lord Coaker', 'Lady Smith
 # of Newnham' (the text's form after 'the noble Baroness,'); the Armed Forces -> Organization; GOV.UK, a website
 # users search -> Service (as the corpus's gov.uk entries); SSCL, a contractor holding government contracts ->
 # Company; 'the department', 'the Defence Secretary' (unnamed), 'the other place' -> nothing
 entities=[E("Person", "Lord Coaker"), E("Person", "Lady Smith of Newnham"), E("Organization", "Armed Forces"),
           E("Service", "GOV.UK"), E("Company", "SSCL")],
 # the Defence Secretary is not named; peers' posts are not stated -> no role
 roles=[],
 # '12 contracts across nine government departments' names no department -> no partner relation
 relations=[],
 # 'the backlog of travel and expenses claims held up by the data compromise' at the contractor, SSCL -> a
 # disruption of the Armed Forces' payments at SSCL (doubtful: the text tells the compromise and the held-up claims,
 # not a system said to be down; the network's name and its being taken offline are not in this excerpt); the
 # compromise's day is not stated ('yesterday' was the Commons statement) -> date null
 outages=[O("SSCL", None, ["Armed Forces"], cause="data compromise by a malign actor")],
 # 'yesterday' twice (same text, same value) -> once; 'the May pay run' -> May 2024
 dates=[D("yesterday", "2024-05-07"), D("May", "2024-05")])

# ---- CRS: cell phone services after Hurricane Helene --------------------------------------------------------------
A["us-crs-restoration-cell-phone-services-hurricane-helene-2024"] = dict(
 # Perry ('near Perry, Florida'), the states and 'the Carolinas' (a named region) -> Location; the FCC and Congress
 # -> Organization; Hurricane Helene is an event, not an entity; 'wireless service providers', 'a mayor' are unnamed
 entities=[E("Location", "Perry"), E("Location", "Florida"), E("Location", "Alabama"), E("Location", "Georgia"),
           E("Location", "Carolinas"), E("Location", "Tennessee"), E("Location", "Virginia"),
           E("Location", "North Carolina"), E("Organization", FCC, "FCC"), E("Organization", "Congress")],
 roles=[],
 relations=[],
 # cell site outages after the landfall of 26 September 2024, still persisting in some counties a week later -> one
 # outage of cell phone service; no provider named ('wireless service providers') -> null; several states -> no
 # single location
 outages=[O(None, "2024-09-26", [], cause="Hurricane Helene")],
 # 'a week after the storm' resolves to the date the text gives beside it -> its own item (another text, same value)
 dates=[D("September 26, 2024", "2024-09-26"), D("a week after the storm", "2024-10-03"),
        D("October 3, 2024", "2024-10-03")])

# ---- House Energy and Commerce: letter on the Maui fire (near-miss) ----------------------------------------------
HECO = "Hawaiian Electric"
A["us-house-energy-commerce-letter-hawaiian-electric-maui-fire-2023"] = dict(
 # the three addressees with their posts and bodies -> Person / Company / Organization (the utility a business; the
 # commission and the state energy office government bodies); surnames after 'Dear' -> aliases; Maui, Lahaina,
 # Hawaii -> Location; 'the Hawaii attorney general' names no person -> nothing
 entities=[E("Person", "Shelee Kimura", "Kimura"), E("Company", HECO),
           E("Person", "Leodoloff R. Asuncion, Jr.", "Asuncion"),
           E("Organization", "Hawaii Public Utilities Commission"),
           E("Person", "Mark B. Glick", "Glick"), E("Organization", "Hawai’i State Energy Office"),
           E("Location", "Maui"), E("Location", "Lahaina"), E("Location", "Hawaii")],
 # 'President & CEO' -> president and ceo; 'Chairman' -> chairman; 'Chief Energy Officer' of the state energy office,
 # the post that leads it -> head (doubtful: could be read as executive)
 roles=[R("Shelee Kimura", "president", HECO), R("Shelee Kimura", "ceo", HECO),
        R("Leodoloff R. Asuncion, Jr.", "chairman", "Hawaii Public Utilities Commission"),
        R("Mark B. Glick", "head", "Hawai’i State Energy Office")],
 relations=[],
 # a fire that a downed power line may have started; no service said lost -> no outage (near-miss)
 outages=[],
 dates=[D("Tuesday, August 8, 2023", "2023-08-08")])

IDS = sorted(A)

# ---- part 2 (annotated before newskg ran on it; its one id falls to test by its own cycle) --------------------------
A2 = {}
A2["us-congress-letter-fcc-fairpoint-e911-service-outages-2015"] = dict(
 # FairPoint Communications ('FairPoint’s' possessive-free alias 'FairPoint'); Vermont, New Hampshire -> Location;
 # E911, the emergency calling service users call -> Service (as '911' in the corpus's FCC texts)
 entities=[E("Company", "FairPoint Communications", "FairPoint"), E("Location", "Vermont"),
           E("Location", "New Hampshire"), E("Service", "E911")],
 roles=[],
 relations=[],
 # 'recent FairPoint Communications service outages', 'networks and equipment have failed with increasing
 # frequency': outages counted, not told one by one -> no outage event (GUIDELINES, Outages); the strike is no outage
 outages=[],
 # `published` null -> absolute expressions only
 dates=[D("October 17, 2014", "2014-10-17")])
IDS2 = sorted(A2)

if __name__ == "__main__":
    b10.main_parts(sys.argv, (IDS, A), (IDS2, A2))
