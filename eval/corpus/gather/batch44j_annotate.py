#!/usr/bin/env python3
"""Batch 44j gold annotations (the texts of batch44j.py: the Antitrust Division's Federal Register notices on the
proposed acquisition of Outdoor Systems, Inc. by CBS Corporation, 17 March 2000, and on Alaska Air Group's proposed
acquisition of Virgin America Inc., 13 December 2016; the Justice Department's releases on Clear Channel
Communications Inc. and AMFM Inc. selling AMFM's interest in Lamar Advertising Company, 29 August 2000, and on 3D
Systems Corporation's purchase of DTM Corporation, 16 August 2001), written from the texts alone; newskg was not run on
them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zi, 40zk, 41c, 41h, 42b, 42h, 42k, 42w, 42z, 43c, 43h, 43j, 43l, 43m, 43o, 43q, 43s,
43v, 44c and 44f for the Division's texts; GUIDELINES section 2): 'the proposed acquisition of Y by X', 'X's proposed
acquisition of Y' or 'go forward with its purchase of Y', challenged and settled on a proposed Final Judgment ->
agreed: `acquired` only (40zi, 42w-44f); 'their proposed ... merger' naming no buyer -> nothing (GUIDELINES: a merger
where the text does not say who buys whom; 44f); 'TDI, a subsidiary of ...', 'CBS-owned Infinity ...', 'X also owns
Y' -> parentOrganization; a 'partial ownership interest' or 'approximately 29 percent interest' -> nothing (43q,
44f); a 'codeshare agreement' between two named airlines -> partner (GUIDELINES: a stated agreement between two named
organisations; batch 28d's codeshares); 'Principal Deputy Assistant Attorney General of the Department's Antitrust
Division' -> other at the Division (a deputy, not its head: 41h, 42b); the Division under the Department where the
text ties them ("the Department's Antitrust Division"); 'U.S. District Court in Washington, D.C.' -> 'U.S. District
Court', the city apart (43c, 44c, 44f); a dateline 'WASHINGTON, D.C.' with no other form -> Location as written (43q,
44a); 'City, State' -> two Locations (42k, 43l), 'New York, New York' one Location 'New York'; the United States as
plaintiff or place -> Location, without the case name's forms as aliases, 'U.S.' in 'the U.S. market' an alias (40zi,
44c); 'today' resolved against `published`; 'the Department', 'the Court', 'the court', laws, court papers, the
Federal Register, the website, the Office of the Clerk, 'board of directors' not annotated.
usage: batch44j_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather45j/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC

A = {}
US = E("Location", "United States")

# ---- CBS / Infinity Broadcasting / Outdoor Systems, Federal Register notice, published 2000-03-17 (a Friday) -------
CBS = "CBS Corporation"
INF = "Infinity Broadcasting Corporation"
OSI = "Outdoor Systems, Inc."
A["us-doj-federal-register-cbs-infinity-outdoor-systems-proposed-final-judgment-2000"] = dict(
 # Companies: CBS Corporation (the case name and the acquisition; 'CBS', the defined name, also in 'CBS-owned', an
 # alias), Infinity Broadcasting Corporation (the case name and 'CBS-owned Infinity Broadcasting Corporation'),
 # Outdoor Systems, Inc. ('OSI', the defined name, an alias; 'OIS', the notice's misprint of the defined name in 'CBS,
 # through TDI, ..., and OIS would have a combined share', an alias: **doubtful**, a reader may leave the misprint
 # out), TDI ('TDI, a subsidiary of CBS-owned Infinity Broadcasting Corporation': a named business, never spelled
 # out -> Company). Organization: the court (its full name once; 'the Court' generic). Locations: the United States
 # (plaintiff: 'United States of America v.' in the case name and 'The United States filed'), New York ('New York,
 # New York', twice: city and state written alike -> one Location, **doubtful**: a reader may read the city only),
 # New Orleans, Louisiana, Phoenix, Arizona (each twice: 'City, State' -> two Locations, 42k, 43l). Not annotated:
 # 'the Three Metropolitan Areas' (a defined term for the three cities), 'out-of-home advertising displays' (a kind of
 # goods), 'Outdoor advertising companies' (unnamed), the laws and court papers
 entities=[E("Organization", DDC), US, E("Company", CBS, "CBS"), E("Company", INF),
           E("Company", OSI, "OSI", "OIS"), E("Company", "TDI")]
          + locs("New York", "New Orleans", "Louisiana", "Phoenix", "Arizona"),
 roles=[],
 # 'the proposed acquisition of Outdoor Systems, Inc. (``OSI'') by CBS Corporation (``CBS'')', challenged and settled
 # on a proposed Final Judgment -> agreed: acquired only (42w-44f; **doubtful** as there: the notice does not say the
 # deal closed). 'TDI, a subsidiary of CBS-owned Infinity Broadcasting Corporation' -> TDI under Infinity Broadcasting
 # Corporation and Infinity Broadcasting Corporation under CBS Corporation ('CBS-owned': owned company). 'CBS, through
 # TDI' agrees. 'CBS and OSI compete head-to-head' -> rivals, no partner relation
 relations=[L(CBS, "acquired", OSI), L("TDI", "parentOrganization", INF), L(INF, "parentOrganization", CBS)],
 outages=[],
 # 'December 6, 1999' -> 1999-12-06. Not dates: '16(b)-(h)', '1:99CV03212', '60-day' (a period), 'Section 7',
 # '15 U.S.C. 18', '60 percent', '75 percent'
 dates=[D("December 6, 1999", "1999-12-06")])

# ---- Clear Channel / AMFM / Lamar, Justice Department release, published 2000-08-29 (a Tuesday) ---------------------
CC = "Clear Channel Communications Inc."
AMFM = "AMFM Inc."
LAM = "Lamar Advertising Company"
EMC = "Eller Media Company"
A["us-doj-clear-channel-amfm-divest-lamar-advertising-interest-2000"] = dict(
 # Companies: Clear Channel Communications Inc. ('Clear Channel', also "Clear Channel's", an alias), AMFM Inc.
 # ('AMFM', also "AMFM's", an alias), Lamar Advertising Company ('Lamar', also "Lamar's", an alias), Eller Media
 # Company. Organizations: the Department of Justice ('the Department' generic), the Antitrust Division ("The
 # Department's Antitrust Division", "the Department's Antitrust Division"), the court ('U.S. District Court in
 # Washington, D.C.' -> 'U.S. District Court', as 43c, 44c, 44f; 'the court' generic). Person: A. Douglas Melamed.
 # Location: Washington, D.C. (the dateline 'WASHINGTON, D.C.' and the court's seat, one entity, 42z, 43q, 44f). Not
 # annotated: "Lamar's board of directors" (a company's board), '14 radio stations in 5 markets' (unnamed), 'radio
 # and billboard advertisers', 'Out-of home advertising companies' (unnamed), billboards (a kind of goods), the
 # lawsuit, the consent decree and the complaint (court papers)
 entities=[E("Location", "Washington, D.C.", "WASHINGTON, D.C."), E("Organization", DOJ),
           E("Company", CC, "Clear Channel"), E("Company", AMFM, "AMFM"), E("Company", LAM, "Lamar"),
           E("Organization", ATR), E("Organization", "U.S. District Court"), E("Person", "A. Douglas Melamed"),
           E("Company", EMC)],
 # 'A. Douglas Melamed, Principal Deputy Assistant Attorney General of the Department's Antitrust Division' -> other
 # at the Division (a deputy, not the Division's head: 41h's McDonald, 42b's Miller; a reader may give executive),
 # current
 roles=[R("A. Douglas Melamed", "other", ATR)],
 # 'Clear Channel also owns Eller Media Company, a direct competitor to Lamar' -> Eller Media Company under Clear
 # Channel Communications Inc. (an owned company). 'to sell AMFM's partial ownership interest in Lamar Advertising
 # Company', "AMFM's approximately 29 percent interest in Lamar", "Clear Channel's purchase of AMFM's partial
 # ownership stake in Lamar" -> a minority stake -> nothing (**near-miss**, as 43q and 44f's Entravision). 'in order
 # to proceed with their proposed $23.8 billion merger' -> the text never says who buys whom -> nothing
 # (**near-miss**; **doubtful**: 'requires Clear Channel to sell AMFM's ... interest' lets a reader infer that Clear
 # Channel takes AMFM over, and a reader may set Clear Channel Communications Inc. acquired AMFM Inc.). 'requires
 # Clear Channel to divest 14 radio stations' -> unnamed, no buyer -> nothing (**near-miss**). Eller Media Company 'a
 # direct competitor to Lamar' -> rivals, no partner relation. "the Department's Antitrust Division" -> the Division
 # under the Department
 relations=[L(EMC, "parentOrganization", CC), ATR_DOJ],
 outages=[],
 # 'today' (twice) -> 2000-08-29, one item. Not dates: '$23.8 billion', '29 percent', 'two seats', '14 radio
 # stations in 5 markets'
 dates=[D("today", "2000-08-29")])

# ---- 3D Systems / DTM, Justice Department release, published 2001-08-16 (a Thursday) -------------------------------
TDS = "3D Systems Corporation"
DTM = "DTM Corporation"
A["us-doj-3d-systems-dtm-license-rapid-prototyping-patents-2001"] = dict(
 # Companies: 3D Systems Corporation ('3D', the release's short form, five times, an alias), DTM Corporation ('DTM',
 # five times, an alias). Organizations: the Department of Justice ('the Department' generic), the Antitrust Division
 # ("the Department's Antitrust Division"), the court ('the U.S. District Court for the District of Columbia', as
 # written). Locations: 'WASHINGTON, D.C.' (the dateline, the only form of the city, as 43q-44a), the United States
 # ('outside of the United States'; 'U.S.' in 'the U.S. market' (twice) and 'the U.S. industrial RP systems market',
 # an alias, as 40zi and 44c). Not annotated: Rapid Prototyping (RP), RP systems and RP equipment (a process and a kind
 # of machine, no product name), 'a company that will compete', 'a firm, which has yet to be determined' (unnamed),
 # 'foreign firms', 'Companies, universities and government agencies' (cut), the patents, the lawsuit, the
 # settlement and the complaint (court papers)
 entities=[E("Location", "WASHINGTON, D.C."), E("Organization", DOJ), E("Company", TDS, "3D"),
           E("Company", DTM, "DTM"), E("Location", "United States", "U.S."),
           E("Organization", "U.S. District Court for the District of Columbia"), E("Organization", ATR)],
 # No role: the quoted official's name and post are cut off with the excerpt ('said Charl')
 roles=[],
 # 'a settlement with 3D Systems Corporation that will allow the company to go forward with its purchase of DTM
 # Corporation', the suit filed 'to block 3D from acquiring DTM' settled on a proposed settlement awaiting the court ->
 # agreed: acquired only (40zi, 43c, 44c, 44f; **doubtful** as there: the release does not say the deal closed). '3D
 # and DTM license their Rapid Prototyping (RP) patents to a company' -> an unnamed licensee -> nothing
 # (**near-miss**). "the Department's Antitrust Division" -> the Division under the Department
 relations=[L(TDS, "acquired", DTM), ATR_DOJ],
 outages=[],
 # 'today' (twice) -> 2001-08-16, one item; 'June 6, 2001' -> 2001-06-06. 'presently', 'currently' are no dates. Not
 # dates: 'from three to two'
 dates=[D("today", "2001-08-16"), D("June 6, 2001", "2001-06-06")])

# ---- Alaska Air Group / Virgin America, Federal Register notice, published 2016-12-13 (a Tuesday) ------------------
AAG = "Alaska Air Group, Inc."
VA = "Virgin America Inc."
AA = "American Airlines"
A["us-doj-federal-register-alaska-air-group-virgin-america-proposed-final-judgment-2016"] = dict(
 # Companies: Alaska Air Group, Inc. (the case name; "Alaska Air Group's" in the acquisition and 'Alaska' in
 # 'requires Alaska to reduce', aliases), Virgin America Inc., American Airlines ('its codeshare agreement with
 # American Airlines': an airline, a business). Organizations: the court (twice, once in 'the Office of the Clerk of
 # ...'), the Antitrust Division (three times: 'Antitrust Division approval', "the Antitrust Division's Web site",
 # 'from the Antitrust Division'), the Department of Justice ('Department of Justice regulations', as 43l). Location:
 # the United States (plaintiff: 'United States of America v.' in the case name and 'the United States filed'). Not
 # annotated: the Web site 'http://www.justice.gov/atr', the Office of the Clerk, 'certain assets' (unnamed), the laws
 # and court papers
 entities=[E("Organization", DDC), US, E("Company", AAG, "Alaska Air Group", "Alaska"), E("Company", VA),
           E("Company", AA), E("Organization", ATR), E("Organization", DOJ)],
 roles=[],
 # "Alaska Air Group's proposed acquisition of Virgin America Inc.", challenged and settled on a proposed Final
 # Judgment -> agreed: acquired only (42w-44f). 'requires Alaska to reduce the scope of its codeshare agreement with
 # American Airlines' -> partner (a stated agreement between two named airlines; the order narrows it, it does not
 # end it). 'obtain Antitrust Division approval before selling certain assets' -> unnamed, no buyer -> nothing
 # (**near-miss**). The Division and the Department are named apart ('Department of Justice regulations'): no
 # relation between them stated in the kept text (43l's Entercom notice; **doubtful**: a reader may add the Division
 # under the Department)
 relations=[L(AAG, "acquired", VA), L(AAG, "partner", AA)],
 outages=[],
 # 'December 6, 2016' -> 2016-12-06. 'at the same time' is no date. Not dates: '16(b)-(h)', '1:16-cv-02377',
 # 'Section 7', '15 U.S.C. 18'
 dates=[D("December 6, 2016", "2016-12-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
