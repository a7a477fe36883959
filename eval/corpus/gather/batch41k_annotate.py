#!/usr/bin/env python3
"""Batch 41k gold annotations (the texts of batch41k.py: the Justice Department's release on its lawsuit against
Daily Gazette Company and MediaNews Group over the Daily Mail, 22 May 2007, and the Antitrust Division's Federal
Register notice on Cingular Wireless Corp.'s proposed acquisition of AT&T Wireless Services, Inc., 15 November 2004),
written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt
along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 22b, 40zi, 40zk, 41c and 41h for Antitrust Division texts; GUIDELINES section 2): a
completed acquisition ('acquired ... ownership of the Daily Mail', 'now owns') -> `acquired` + `parentOrganization`,
even where the Department sues to undo it (the suit is a claim, the purchase a fact the text states); a deal the
Division lets proceed on a settlement that awaits the court ('proposed acquisition', 'in order to proceed with') is
agreed, not completed -> `acquired` only; an owner the text states as past ('from MediaNews') is still recorded
(relations carry no time); a company 'jointly owned by' two named companies -> `parentOrganization` to each (batch
37s; 40zk's joint venture), no partner between the owners unless the text tells them working together; newspapers ->
Company (GUIDELINES); courts -> Organization, the court's city its own Location ('U.S. District Court in ...', 41h);
datelines -> Location (16e); the United States as plaintiff and place -> Location (40zk); case names' party forms are
aliases (40zk); 'the Department', 'the parties', 'the Complaint', the Attorneys General of unnamed office-holders,
laws and court papers are not entities.
usage: batch41k_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather42k/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10

DOJ = "Department of Justice"
DGC = "Daily Gazette Company"
MNG = "MediaNews Group Inc."
CW = "Cingular Wireless Corp."
AWS = "AT&T Wireless Services, Inc."
A = {}

# ---- Daily Gazette Company / MediaNews Group, published 2007-05-22 (a Tuesday) --------------------------------------
A["us-doj-daily-gazette-medianews-charleston-daily-mail-lawsuit-2007"] = dict(
 # Organization: the Department of Justice, the court ('U.S. District Court in Charleston, W.Va.' -> 'U.S. District
 # Court', 41h). Companies: Daily Gazette Company ('the Daily Gazette Company' once, the article not part of the
 # name), MediaNews Group Inc. ('MediaNews'), the two newspapers The Charleston Gazette and the Daily Mail, Charleston
 # Newspapers (the jointly owned entity). Locations: WASHINGTON (dateline, 16e), Charleston and W.Va. (the city and
 # the state abbreviation as written, two entities: 40zm's 'Buffalo, New York'; one entity for the three
 # occurrences). Not annotated: the joint operating agreement ('JOA': an agreement, not an organisation), 'the
 # antitrust laws', 'the second paper', 'the parties'
 entities=[E("Organization", DOJ), E("Organization", "U.S. District Court"),
           E("Company", DGC), E("Company", MNG, "MediaNews"),
           E("Company", "The Charleston Gazette"), E("Company", "Daily Mail"),
           E("Company", "Charleston Newspapers")]
          + locs("WASHINGTON", "Charleston", "W.Va."),
 # No person: Barnett's quotation is cut off
 roles=[],
 # 'the acquisition by Daily Gazette Company of the Daily Mail newspaper from MediaNews' with 'In May 2004, Daily
 # Gazette Company acquired ... ownership of the Daily Mail' and 'now owns all of the assets' -> completed: acquired
 # + parentOrganization(Daily Mail, Daily Gazette Company). **Doubtful**: the lawsuit seeks to undo the purchase; a
 # reader may hold the contested deal back (the text states it as done). 'of the Daily Mail newspaper from
 # MediaNews' and 'MediaNews' ... ownership of the Daily Mail' -> the Daily Mail's former owner: parentOrganization
 # (Daily Mail, MediaNews Group Inc.) (**doubtful**: past ownership, recorded as GUIDELINES say). 'Daily Gazette
 # Company, owner and publisher of The Charleston Gazette' -> parentOrganization. 'each owned a 50 percent interest in
 # an entity called, Charleston Newspapers' -> parentOrganization to both owners (batch 37s). 'Daily Gazette Company
 # and MediaNews operated within a joint operating agreement (JOA)' -> partner(Daily Gazette Company, MediaNews Group
 # Inc.), direction as written (**doubtful**: an operating agreement between the two owners, which GUIDELINES' joint
 # venture / partnership reading covers; a reader may leave it). 'acquired MediaNews' ownership interest in the JOA'
 # -> nothing more (an interest in an agreement, not a company; Charleston Newspapers is not said to have been bought)
 relations=[L(DGC, "acquired", "Daily Mail"), L("Daily Mail", "parentOrganization", DGC),
            L("Daily Mail", "parentOrganization", MNG),
            L("The Charleston Gazette", "parentOrganization", DGC),
            L("Charleston Newspapers", "parentOrganization", DGC),
            L("Charleston Newspapers", "parentOrganization", MNG),
            L(DGC, "partner", MNG)],
 outages=[],
 # 'today' -> 2007-05-22; 'May 2004' (three times, one item) -> 2004-05; 'December 2004' -> 2004-12; '2004' ('Until
 # 2004') -> 2004. Not dates: '50 percent'
 dates=[D("today", "2007-05-22"), D("May 2004", "2004-05"), D("December 2004", "2004-12"), D("2004", "2004")])

# ---- Cingular / AT&T Wireless, Federal Register notice, published 2004-11-15 (a Monday) -----------------------------
A["us-doj-federal-register-cingular-att-wireless-divestitures-2004"] = dict(
 # Organization: the court (its full name). Companies: Cingular Wireless Corp. ('Cingular', 'Cingular Wireless' in
 # 'Cingular Wireless's', 'Cingular Wireless Corps.' in the case name), AT&T Wireless Services, Inc. ('AT&T
 # Wireless'), BellSouth Corporation ('BellSouth'), SBC Communications, Inc. ('SBC'). Locations: the United States
 # (plaintiff and place, 40zk), the eleven states (Connecticut and Texas also as the states whose Attorneys General
 # joined: one entity each). Not annotated: 'the Attorneys General from the states of Connecticut and Texas'
 # (unnamed office-holders), 'mobile wireless telecommunications services' and 'mobile wireless broadband services'
 # (service classes, not named services), the Clayton Act and the Antitrust Procedures and Penalties Act (laws), the
 # court papers
 entities=[E("Organization", "U.S. District Court for the District of Columbia"),
           E("Company", CW, "Cingular", "Cingular Wireless", "Cingular Wireless Corps."),
           E("Company", AWS, "AT&T Wireless"),
           E("Company", "BellSouth Corporation", "BellSouth"),
           E("Company", "SBC Communications, Inc.", "SBC")]
          + locs("United States", "Connecticut", "Texas", "Georgia", "Kansas", "Kentucky", "Louisiana",
                 "Massachusetts", "Missouri", "Michigan", "Oklahoma", "Tennessee"),
 roles=[],
 # 'the proposed acquisition of AT&T Wireless Services, Inc. ... by Cingular Wireless Corp.' with the divestitures
 # required 'in order to proceed with Cingular Wireless's $41 billion cash acquisition of AT&T Wireless' under a
 # proposed Final Judgment -> agreed: acquired only (no parentOrganization; the text does not say it closed).
 # 'Cingular Wireless Corp. ..., which is jointly owned by BellSouth Corporation ... and SBC Communications, Inc.'
 # -> parentOrganization to each owner (batch 37s; **doubtful**: no shares stated; no partner between the owners, as
 # 37s). The ordered divestitures name no buyer -> nothing
 relations=[L(CW, "acquired", AWS),
            L(CW, "parentOrganization", "BellSouth Corporation"),
            L(CW, "parentOrganization", "SBC Communications, Inc.")],
 outages=[],
 # Not dates: '16(b)-(h)', '1:04CV01850', 'Section 7', '15 U.S.C. 18', '$41 billion'
 dates=[D("October 25, 2004", "2004-10-25"), D("October 29, 2004", "2004-10-29")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
