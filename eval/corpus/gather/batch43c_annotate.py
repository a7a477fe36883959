#!/usr/bin/env python3
"""Batch 43c gold annotations (the texts of batch43c.py: the Antitrust Division's Federal Register notice on
UnitedHealth Group Incorporated's acquisition of PacifiCare Health Systems, Inc., 20 March 2006; the Division's
release on the amended complaint in the suit on Cemex S.A.B. de C.V.'s takeover of Rinker Group Limited, 2 May 2007;
the Department's release on Republic Services Inc.'s acquisition of Allied Waste Industries Inc., 3 December 2008),
written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt
along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zk, 41c, 41h, 42b, 42h, 42k, 42w and 42z for the Division's texts; GUIDELINES
section 2): a deal the Division lets proceed on a settlement that awaits the court ('in order to proceed with ...
acquisition', 'United's acquisition of PacifiCare' on a proposed Final Judgment) is agreed -> `acquired` only; an
ordered divestiture naming no buyer -> nothing (near-miss); 'a wholly owned subsidiary of' -> parentOrganization;
'U.S. Department of Justice, Antitrust Division' and 'the Department's Antitrust Division' -> the Division under the
Department; '(Acting) Assistant Attorney General in charge of the Department's Antitrust Division' -> head of the
Division (41h, 42h); courts -> Organization; the United States as plaintiff or place, states and cities ->
Location; the dateline 'WASHINGTON' and the court's seat 'Washington, D.C.' one Location (batch 15a's alias form);
'today' resolved against `published` (41h); 'the Department', 'the court', 'the companies', boards, unnamed state
Attorneys General, the Clerk's Office, the Federal Register, laws, court papers and product classes not annotated.
usage: batch43c_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather44c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}
USDOJ = "U.S. Department of Justice"
UDDC = "United States District Court for the District of Columbia"

# ---- UnitedHealth / PacifiCare, Federal Register notice, published 2006-03-20 ----------------------------------------
UHG = "UnitedHealth Group Incorporated"
PHS = "PacifiCare Health Systems, Inc."
CTN = "CareTrust Networks"
A["us-doj-federal-register-unitedhealth-pacificare-proposed-final-judgment-2006"] = dict(
 # Companies: UnitedHealth Group Incorporated (the case name; 'United' six times, also "United's", an alias),
 # PacifiCare Health Systems, Inc. (the case name; 'PacifiCare', an alias), CareTrust Networks ('CareTrust' twice,
 # once in 'the CareTrust network', an alias), Blue Shield of California (a health plan run as a business ->
 # Company). Organizations: the court ('United States District Court for the District of Columbia', twice, once in
 # 'the Clerk's Office of ...'), the U.S. Department of Justice, the Antitrust Division. Locations: the United States
 # (plaintiff, 'United States v.' and 'the United States filed'), Tucson, Arizona, Boulder, Colorado, Washington, DC
 # (the address). No person in the kept text. Not annotated: 'the CareTrust network' as a Service (**doubtful**: a
 # provider network members join; a reader may make it a Service with provider CareTrust Networks), 'health insurance
 # contracts', 'the industry', 'private litigants', the Clerk's Office, the street address, telephone number and web
 # address, the Federal Register, the law and the court papers
 entities=[E("Organization", UDDC),
           E("Company", UHG, "United"), E("Company", PHS, "PacifiCare"),
           E("Location", "United States"),
           E("Company", CTN, "CareTrust"), E("Company", "Blue Shield of California"),
           E("Organization", USDOJ), E("Organization", ATR), E("Location", "Washington, DC")]
          + locs("Tucson", "Arizona", "Boulder", "Colorado"),
 roles=[],
 # "United's acquisition of PacifiCare", settled on a proposed (Amended) Final Judgment that orders contracts sold ->
 # agreed: acquired only (**doubtful**: the Complaint alleges the deal would violate the Clayton Act; a reader of this
 # text alone may take it as challenged, as 42w's and 42z's calls). 'CareTrust Networks, a wholly owned subsidiary of
 # Blue Shield of California' -> parentOrganization. 'its network rental agreement with CareTrust' (United's) ->
 # partner UnitedHealth -> CareTrust (a contract between two named companies; **doubtful**: the judgment orders it
 # ended a year after entry; relations carry no time, and the exchange of information is enjoined, not a relation).
 # The ordered divestiture of health insurance contracts in Tucson and Boulder names no buyer -> nothing
 # (**near-miss**). 'the U.S. Department of Justice, Antitrust Division' -> the Division under the Department
 relations=[L(UHG, "acquired", PHS), L(CTN, "parentOrganization", "Blue Shield of California"),
            L(UHG, "partner", CTN), L(ATR, "parentOrganization", USDOJ)],
 outages=[],
 # 'December 20, 2005', 'March 2, 2006', 'July 5, 2006'. 'on the same day' (the Complaint's day, not a date text) and
 # 'one year after entry of the Final Judgment' (unresolvable) left out. Not dates: '16(b)-(h)', '1:05CV02436',
 # 'Section 7', '15 U.S.C. 18', 'Suite 215', '20530', '202-514-2481'
 dates=[D("December 20, 2005", "2005-12-20"), D("March 2, 2006", "2006-03-02"), D("July 5, 2006", "2006-07-05")])

# ---- Cemex / Rinker, Antitrust Division press release, published 2007-05-02 (a Wednesday) ----------------------------
CMX = "Cemex S.A.B. de C.V."
RNK = "Rinker Group Limited"
A["us-doj-cemex-rinker-amended-complaint-board-approval-2007"] = dict(
 # Companies: Cemex S.A.B. de C.V. ('Cemex', also "Cemex's", an alias), Rinker Group Limited ('Rinker', also in 'the
 # Rinker Board of Directors', an alias). Organizations: the Department of Justice (its only full name here; 'the
 # Department' and "the Department's" generic), the Antitrust Division, the court ('U.S. District Court in
 # Washington, D.C.', twice -> 'U.S. District Court', the place its own entity, as 41h and 42z). Locations: Washington,
 # D.C. (the court's seat, twice; the dateline 'WASHINGTON' an alias), Arizona, Florida. No person in the kept text.
 # Not annotated: 'the Rinker Board of Directors' (Rinker's board, not its own entity), 'ready mix concrete',
 # 'concrete block', 'aggregate' (product classes), the consent decree, complaint and order (court papers)
 entities=[E("Location", "Washington, D.C.", "WASHINGTON"),
           E("Organization", DOJ), E("Organization", "U.S. District Court"),
           E("Company", RNK, "Rinker"), E("Company", CMX, "Cemex"),
           E("Organization", ATR)]
          + locs("Arizona", "Florida"),
 roles=[],
 # 'the Rinker Board of Directors approved Cemex's cash tender offer for Rinker', the suit settled on a proposed
 # consent decree ('in the event Cemex succeeds in its takeover of Rinker') -> agreed: acquired only (**doubtful**:
 # a board-approved tender offer not yet accepted by the shareholders; 'hostile' in the April suit, 'in the event
 # Cemex succeeds' here: a reader may take it as an offer only and give nothing). The required divestiture of 39
 # facilities in Arizona and Florida names no buyer -> nothing (**near-miss**). "The Department's Antitrust
 # Division" after 'The Department of Justice' -> the Division under the Department
 relations=[L(CMX, "acquired", RNK), ATR_DOJ],
 outages=[],
 # 'today' (twice) -> 2007-05-02, one item; 'April 4, 2007' -> 2007-04-04. 'At the same time' is no date
 dates=[D("today", "2007-05-02"), D("April 4, 2007", "2007-04-04")])

# ---- Republic Services / Allied Waste, press release, published 2008-12-03 (a Wednesday) ------------------------------
RSI = "Republic Services Inc."
AWI = "Allied Waste Industries Inc."
A["us-doj-republic-services-allied-waste-divestitures-2008"] = dict(
 # Companies: Republic Services Inc. ('Republic', also "Republic's", an alias), Allied Waste Industries Inc.
 # ('Allied', an alias). Organizations: the Department of Justice ('The Department of Justice'; 'the Department' and
 # "the Department's" generic), the Antitrust Division (twice), the court ('U.S. District Court in Washington, D.C.'
 # -> 'U.S. District Court'). Person: Deborah A. Garza. Locations: Washington, D.C. (the court's seat; the dateline
 # 'WASHINGTON' an alias), California, Kentucky, Michigan, North Carolina, Ohio, Pennsylvania, Texas (the states
 # whose Attorneys General joined the suit), the United States ('throughout the United States'). Not annotated:
 # 'seven Attorneys General' (unnamed state officials, no office named as a body), '15 metropolitan areas',
 # 'commercial waste collection routes', 'landfills', 'transfer stations' (unnamed assets), 'commercial businesses',
 # 'consumers'
 entities=[E("Location", "Washington, D.C.", "WASHINGTON"),
           E("Organization", DOJ),
           E("Company", RSI, "Republic"), E("Company", AWI, "Allied"),
           E("Organization", ATR)]
          + locs("California", "Kentucky", "Michigan", "North Carolina", "Ohio", "Pennsylvania", "Texas")
          + [E("Organization", "U.S. District Court"), E("Location", "United States"),
             E("Person", "Deborah A. Garza")],
 # 'Deborah A. Garza, Acting Assistant Attorney General in charge of the Department's Antitrust Division' -> head of
 # the Antitrust Division (acting; 41h, 42h's Argentieri), current
 roles=[R("Deborah A. Garza", "head", ATR)],
 # "in order to proceed with Republic's proposed $4.5 billion acquisition of Allied", the settlement awaiting the
 # court -> agreed: acquired only (41h's ALLTEL call). The required divestiture of 87 routes, nine landfills and 10
 # transfer stations names no buyer -> nothing (**near-miss**). "The Department's Antitrust Division" after 'The
 # Department of Justice' -> the Division under the Department. No partner between the Division and the states'
 # Attorneys General ('along with': joint plaintiffs, no named body)
 relations=[L(RSI, "acquired", AWI), ATR_DOJ],
 outages=[],
 # 'today' (twice) -> 2008-12-03, one item. Not dates: '$4.5 billion', '15', '87', 'nine', '10', 'three cases'
 dates=[D("today", "2008-12-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
