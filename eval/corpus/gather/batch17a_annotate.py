#!/usr/bin/env python3
"""Batch 17a gold annotations (the 14 texts of batch17a.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the 14 ids sorted, then dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b).
usage: batch17a_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10

IDS = sorted("""congressional-record-senate-kennedy-hurricane-laura-2020
ec-press-release-galileo-incident-july-2019-inquiry-board-2019
hansard-written-answers-electricity-supply-gloucestershire-aquila-storm-2002
oireachtas-written-answer-garda-pulse-no-unplanned-downtime-2006
oireachtas-written-answer-garda-pulse-scheduled-downtime-2019
us-house-degette-letter-luma-energy-puerto-rico-outages-hurricane-fiona
us-house-energy-commerce-democrats-letter-comtech-911-outages
us-house-energy-commerce-dingell-letter-blackout-firstenergy-miso-2003
us-house-harder-statement-pge-potential-power-shutoffs-2019
us-house-hernandez-floor-speech-puerto-rico-selective-blackouts-luma-2025
us-house-mcclintock-statement-pge-power-cutoff-customers-2019
us-house-torres-letter-puerto-rico-power-outages-2024
us-senate-commerce-stevens-statement-hurricane-katrina-phone-lines-2005
us-senate-cruz-letter-centerpoint-hurricane-beryl-2024""".split())
A = {}

# ---- US federal ------------------------------------------------------------------------------------------------
LAURA = dict(loc="Louisiana", cause="Hurricane Laura")
A["congressional-record-senate-kennedy-hurricane-laura-2020"] = dict(
 entities=locs("Louisiana", "southeastern Texas", "Southwest Louisiana", "Cameron Parish"),
 roles=[], relations=[],
 # 'Our entire electrical system went down. Our water system went down. Our internet went down. Our cable TV went
 # down.' — four systems told apart, none with an operator named; the storm of 'August 27' as the day
 outages=[O(None, "2020-08-27", [], **LAURA) for _ in range(4)],
 dates=[D("August 27", "2020-08-27")])
A["us-house-degette-letter-luma-energy-puerto-rico-outages-hurricane-fiona"] = dict(
 entities=[E("Location", "WASHINGTON, D.C."), E("Location", "Capitol Hill"), E("Location", "Puerto Rico"),
           E("Person", "Diana DeGette"), E("Organization", "House Energy and Commerce Oversight and Investigations panel"),
           E("Person", "Frank Pallone, Jr."), E("Person", "Bobby L. Rush"), E("Company", "LUMA Energy", "LUMA"),
           E("Person", "Wayne Stensby")],
 roles=[R("Wayne Stensby", "president", "LUMA Energy"), R("Wayne Stensby", "ceo", "LUMA Energy")],  # legislators: no role
 relations=[],
 # LUMA Energy operates the grid ('the company responsible for operating Puerto Rico’s power grid'); the grid's
 # collapse after Hurricane Fiona left 500,000 without power; no day stated and `published` null: date null
 outages=[O("LUMA Energy", None, [], loc="Puerto Rico", cause="Hurricane Fiona")],
 dates=[D("June 2021", "2021-06"), D("2021", "2021")])
A["us-house-energy-commerce-democrats-letter-comtech-911-outages"] = dict(
 entities=[E("Location", "Washington, D.C."), E("Organization", "Energy and Commerce"),
           E("Organization", "Communications and Technology Subcommittee"),
           E("Organization", "Oversight and Investigations Subcommittee"),
           E("Person", "Frank Pallone, Jr."), E("Person", "Mike Doyle"), E("Person", "Diana DeGette"),
           E("Company", "Comtech"), E("Person", "Fred Kornberg", "Kornberg"), E("Service", "911"),
           E("Service", "Next Generation 911")] + locs("Ohio", "Connecticut", "South Dakota", "Cincinnati"),
 roles=[R("Fred Kornberg", "ceo", "Comtech"), R("Fred Kornberg", "president", "Comtech")],  # 'Comtech CEO and President'
 relations=[L("Next Generation 911", "provider", "Comtech")],  # 'its Next Generation 911 products'
 # Cincinnati's '10 outages since June of 2016' are counted; the one 'lasting three hours and 30 minutes' is told
 # apart: Comtech's 911 system, 3.5 hours, undated (`published` null)
 outages=[O("Comtech", None, ["911"], dur=3.5, loc="Cincinnati")],
 dates=[D("June of 2016", "2016-06")])
A["us-house-energy-commerce-dingell-letter-blackout-firstenergy-miso-2003"] = dict(
 entities=[E("Person", "J. Dennis Hastert"), E("Organization", "U.S. House of Representatives", "House"),
           E("Location", "Washington, D.C."), E("Location", "Michigan"), E("Location", "Ontario"),
           E("Organization", "U.S.-Canada Power System Outage Task Force"),
           E("Organization", "North American Electric Reliability Council", "NERC"), E("Company", "FirstEnergy Corp."),
           E("Organization", "Midwest Independent System Operator", "MISO"),
           E("Organization", "Committee on Energy and Commerce"),
           E("Organization", "Federal Energy Regulatory Commission", "FERC")],
 roles=[],  # the Speaker: a legislator, no role
 relations=[],
 # 'the electricity blackout that began on August 14, 2003' (Michigan, seven other states, parts of Ontario); the
 # text names FirstEnergy's and MISO's rule violations as contributing factors, not whose system failed: provider null
 outages=[O(None, "2003-08-14", [])],
 dates=[D("September", "2003-09"), D("August", "2003-08"), D("August 14, 2003", "2003-08-14"),
        D("September 3, 2003", "2003-09-03")])
A["us-house-harder-statement-pge-potential-power-shutoffs-2019"] = dict(
 entities=[E("Location", "WASHINGTON"), E("Person", "Josh Harder", "Harder"),
           E("Company", "Pacific Gas and Electric Company", "PG&E"), E("Location", "Manteca"), E("Location", "Ripon")],
 roles=[], relations=[],
 outages=[],  # near-miss: 'potential multi-day power shutoffs', 'the possible shutdowns' — none has happened
 dates=[D("2019", "2019")])
A["us-house-hernandez-floor-speech-puerto-rico-selective-blackouts-luma-2025"] = dict(
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", "U.S. House of Representatives"),
           E("Location", "Puerto Rico"), E("Person", "Pablo José Hernández", "Hernández"), E("Company", "LUMA"),
           E("Organization", "Puerto Rico Government", "government of Puerto Rico")],
 roles=[],  # the Resident Commissioner: a legislator, no role
 relations=[],
 # 'this week, over 100,000 customers lost power in a selective outage announced by LUMA, the utility company' —
 # a planned shutoff of a utility service; 'this week' before Thursday 15 May 2025: the month only
 outages=[O("LUMA", "2025-05", [], loc="Puerto Rico")],
 dates=[D("Today", "2025-05-15")])
A["us-house-mcclintock-statement-pge-power-cutoff-customers-2019"] = dict(
 entities=[E("Person", "Tom McClintock"), E("Location", "California"), E("Company", "PG&E")],
 roles=[], relations=[],
 # PG&E's 'preventative power cut-offs due to high winds' (the statement of 9 October 2019 answers the cutoff; its
 # start day is not stated: the month)
 outages=[O("PG&E", "2019-10", [], cause="high winds")],
 dates=[D("October 9, 2019", "2019-10-09"), D("yesterday", "2019-10-08")])
A["us-house-torres-letter-puerto-rico-power-outages-2024"] = dict(
 entities=[E("Person", "Ritchie Torres"), E("Person", "Jenniffer González-Colón"), E("Person", "Jennifer M. Granholm"),
           E("Location", "Puerto Rico"), E("Organization", "U.S. Department of Energy")],
 roles=[R("Jennifer M. Granholm", "head", "U.S. Department of Energy")],  # 'Secretary of Energy' (as batch 9's Chao)
 relations=[],
 # 'The latest outage left over 340,000 customers without power' — no operator named, no day
 outages=[O(None, None, [], loc="Puerto Rico")],
 dates=[D("June 13th", "2024-06-13")])
A["us-senate-commerce-stevens-statement-hurricane-katrina-phone-lines-2005"] = dict(
 entities=[E("Person", "Stevens"), E("Organization", "FCC")],
 roles=[], relations=[],
 # 'Hurricane Katrina disrupted service to approximately 3 million phone lines' — no operator, no day stated
 outages=[O(None, None, [], cause="Hurricane Katrina")],
 dates=[D("Today", "2005-09-22")])
A["us-senate-cruz-letter-centerpoint-hurricane-beryl-2024"] = dict(
 entities=[E("Location", "WASHINGTON, D.C."), E("Company", "CenterPoint Energy", "CenterPoint"),
           E("Person", "Jason Wells", "Wells"), E("Person", "Ted Cruz", "Cruz"), E("Location", "Texas"),
           E("Location", "Southeast Texas")],
 roles=[R("Jason Wells", "president", "CenterPoint Energy"), R("Jason Wells", "ceo", "CenterPoint Energy")],
 relations=[],
 # CenterPoint's customers lost power after Hurricane Beryl ('delays in repairing critical infrastructure', 'the
 # linemen who worked day and night to restore power'); no day stated
 outages=[O("CenterPoint Energy", None, [], cause="Hurricane Beryl")],
 dates=[])
# ---- European Commission ---------------------------------------------------------------------------------------
A["ec-press-release-galileo-incident-july-2019-inquiry-board-2019"] = dict(
 entities=[E("Service", "Galileo"), E("Organization", "European Commission", "Commission"),
           E("Organization", "Inquiry Board", "Board")],
 roles=[], relations=[],
 # 'On 10 July 2019, during a system upgrade, a service incident occurred in the Galileo ground infrastructure ... a
 # six-day interruption' (144 hours); the operator is not named
 outages=[O(None, "2019-07-10", ["Galileo"], dur=144, cause="incident in the Galileo ground infrastructure")],
 dates=[D("December 2016", "2016-12"), D("10 July 2019", "2019-07-10"), D("4 November", "2019-11-04")])
# ---- UK Parliament ---------------------------------------------------------------------------------------------
A["hansard-written-answers-electricity-supply-gloucestershire-aquila-storm-2002"] = dict(
 entities=[E("Company", "Aquila Network Services", "Aquila", "Midlands Electricity"), E("Location", "Gloucestershire"),
           E("Location", "Midlands")],  # 'Aquila's network (formerly Midlands Electricity's network)': a former name
 roles=[], relations=[],
 # 'the emergency commencing on 27 October 2002': 130,000 customers on Aquila's network cut off by the storm;
 # 'restored by midnight on 31 October 2002' is a bound, not a stated end time
 outages=[O("Aquila Network Services", "2002-10-27", [], loc="Gloucestershire", cause="storm")],
 # clock-time expressions beside their days (as batch 16c's '16:15'; 'midnight' → the next day's 00:00, as the corpus's
 # other 'midnight' items) — added in the post-annotation check (slip: first left out)
 dates=[D("4 November 2002", "2002-11-04"), D("midnight on 31 October 2002", "2002-11-01T00:00"),
        D("31 October 2002", "2002-10-31"), D("midday on 1 November 2002", "2002-11-01T12:00"),
        D("1 November 2002", "2002-11-01"), D("29 October 2002", "2002-10-29"), D("27 October 2002", "2002-10-27"),
        D("midday on 30 October 2002", "2002-10-30T12:00"), D("30 October 2002", "2002-10-30")])
# ---- Houses of the Oireachtas: near-misses ---------------------------------------------------------------------
A["oireachtas-written-answer-garda-pulse-no-unplanned-downtime-2006"] = dict(
 entities=[E("Service", "PULSE"), E("Organization", "Garda Síochána", "Garda")],
 roles=[], relations=[],
 outages=[],  # near-miss: 'PULSE is now a robust platform that has suffered no unplanned downtime'
 # 'introduced seven years ago' against 21 March 2006 — added in the post-annotation check (slip: first left out)
 dates=[D("seven years ago", "1999")])
A["oireachtas-written-answer-garda-pulse-scheduled-downtime-2019"] = dict(
 entities=[E("Person", "Thomas P. Broughan"), E("Service", "PULSE"), E("Organization", "An Garda Síochána", "Garda")],
 roles=[], relations=[],
 outages=[],  # near-miss: scheduled downtime for upgrades 'twice a year', counted, none told
 dates=[D("2019", "2019"), D("2016", "2016"), D("2021", "2021")])

if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
