#!/usr/bin/env python3
"""Batch 44m gold annotations (the texts of batch44m.py: the Department's release saying USA Waste Services Inc. will
be allowed to acquire United Waste Systems Inc., 22 August 1997; the Antitrust Division's Federal Register notices
of a proposed Modified Final Judgment on USA Waste's 1996 acquisition of Sanifill, Inc. and the agreement whereby
TransAmerican Waste Industries, Inc. would be merged into USA Waste, 18 June 1998, and on the proposed acquisition of
Continental Cablevision, Inc. by U S West, Inc., 18 November 1996), written from the texts alone; newskg was not run
on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zk, 41c, 41h, 42h, 42k, 42w, 42z, 43c, 43h, 43j, 43l, 43m, 43o, 43q, 43s, 43v, 44a,
44e and 44i for the Division's texts; GUIDELINES section 2): 'X will be allowed to acquire Y' / 'the proposed
acquisition of Y by X', settled -> agreed: `acquired` only (42w-44i); 'a 1996 acquisition of Y by X' with Y's assets
since divested by X -> completed: `acquired` and Y under X; 'Y would be merged into X' (agreed) -> `acquired` only
(earlier batches' 'merged into'); asset purchases and a minority stake -> nothing; "The Department's Antitrust
Division" after 'the Department of Justice' -> the Division under the Department (43q), not where the text names no
Department (41h); 'Assistant Attorney General in charge of the Department's Antitrust Division' -> head of the
Division (41h, 43c, 44e, 44i); the dateline named as written when it is the city's only form (44i); 'U.S. District
Court in Pittsburgh' -> the court and the city apart (41h, 43c, 44i); a state attorney general's office ->
Organization, named as the text writes it; the United States as plaintiff or place -> Location, without the case
name's form as an alias (43q, 43v, 44a, 44e, 44i); courts -> Organization, named as the text names them; 'today'
resolved against `published`; 'the Court', 'the Department', laws and court papers not annotated.
usage: batch44m_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather45m/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ

A = {}

# ---- USA Waste / United Waste Systems, Office of Public Affairs release, published 1997-08-22 (a Friday) -------------
USW = "USA Waste Services Inc."
UWS = "United Waste Systems Inc."
A["us-doj-usa-waste-united-waste-systems-pittsburgh-landfill-settlement-1997"] = dict(
 # Companies: USA Waste Services Inc. ('USA Waste' twice and "USA Waste's" once, an alias), United Waste Systems Inc.
 # ('United Waste' twice, an alias). Organizations: the Department of Justice ("The Department's", "the Department's"
 # generic), the Pennsylvania Attorney General's office (named as written, 'the' dropped; a state body ->
 # Organization), the Antitrust Division ("The Department's Antitrust Division", "the Department's Antitrust
 # Division"), the court ('U.S. District Court in Pittsburgh' -> 'U.S. District Court', the city apart; 'the court'
 # generic). Person: Joel I. Klein (only the full name). Locations: the dateline 'WASHINGTON, D.C.' (the city's only
 # form in the text: named as written, as 44i's Clear Channel text; **doubtful**: a reader may write 'Washington,
 # D.C.'), Pittsburgh ('a Pittsburgh landfill company' and the court's seat), North America, Allegheny County (three
 # times), Pennsylvania. Not annotated: 'a Pittsburgh landfill company' (unnamed), 'the two companies', 'the next
 # largest firm in the area' (unnamed), 'a joint settlement', 'The joint antitrust suit'
 entities=[E("Location", "WASHINGTON, D.C."), E("Company", USW, "USA Waste"), E("Company", UWS, "United Waste"),
           E("Organization", DOJ), E("Organization", "Pennsylvania Attorney General's office"),
           E("Organization", ATR), E("Person", "Joel I. Klein"), E("Organization", "U.S. District Court")]
          + locs("Pittsburgh", "North America", "Allegheny County", "Pennsylvania"),
 # 'said Joel I. Klein, Assistant Attorney General in charge of the Department's Antitrust Division' -> head of the
 # Antitrust Division, current (41h, 44a, 44e, 44i)
 roles=[R("Joel I. Klein", "head", ATR)],
 # 'USA Waste Services Inc. will be allowed to acquire United Waste Systems Inc. as long as the companies sell off a
 # Pittsburgh landfill company' and "if USA Waste's acquisition of United Waste had gone forward as originally
 # proposed", settled -> agreed: acquired only (42w-44i; **doubtful** as there: the text does not say the deal
 # closed). "The Department's Antitrust Division" after 'the Department of Justice' -> the Division under the
 # Department (43q). 'a Pittsburgh landfill company' to be sold names neither the company nor a buyer -> nothing
 # (**near-miss**)
 relations=[L(USW, "acquired", UWS), ATR_DOJ],
 outages=[],
 # 'today' ('a joint settlement filed today') -> 1997-08-22. Not dates: 'about 60 percent', 'nearly twice'
 dates=[D("today", "1997-08-22")])

# ---- USA Waste / TransAmerican, Federal Register notice, published 1998-06-18 (a Thursday) ----------------------------
USA = "USA Waste Services, Inc."
SAN = "Sanifill, Inc."
TAW = "TransAmerican Waste Industries, Inc."
A["us-doj-federal-register-usa-waste-transamerican-modified-final-judgment-1998"] = dict(
 # Companies: USA Waste Services, Inc. (the case name; 'USA Waste' eight times, an alias), Sanifill, Inc. ("Sanifill's"
 # once, the short form an alias), TransAmerican Waste Industries, Inc. ('TransAmerican' three times and
 # "TransAmerican's", an alias). Organizations: the court as this notice names it, 'the United States District Court
 # in the District of Columbia' ('in', not 'for': named as written, as 44i's Sanifill notice), the Antitrust Division
 # ('the Antitrust Division' only: no Department named in the kept text, so no Department entity and no relation,
 # 41h). Locations: the United States (plaintiff: 'the United States filed', 'The United States maintained'; 'United
 # States et al v.' in the case name is the same entity), Houston (four times), Texas. Not annotated: 'a USA Waste
 # disposal site', 'two USA Waste landfills', 'the Houston assets' (unnamed assets), the Final Judgment and other
 # court papers
 entities=[E("Organization", "United States District Court in the District of Columbia"),
           E("Company", USA, "USA Waste"), E("Company", SAN, "Sanifill"), E("Organization", ATR),
           E("Location", "United States"), E("Company", TAW, "TransAmerican")]
          + locs("Houston", "Texas"),
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # 'The existing Final Judgment stems from a 1996 acquisition of Sanifill, Inc., by USA Waste' with 'USA Waste
 # divested Sanifill's small container commercial hauling assets' under the Judgment -> a done deal: acquired and
 # Sanifill under USA Waste (GUIDELINES: completed -> both; **doubtful**: the text does not say in words that the buy
 # closed, though USA Waste sold Sanifill's assets after it). 'TransAmerican and USA Waste entered into an agreement
 # whereby TransAmerican would be merged into USA Waste' -> agreed: acquired only (the target to be merged away;
 # 'merged into' as earlier batches). 'The assets were purchased by TransAmerican Waste Industries, Inc.', 'the
 # Houston assets TransAmerican purchased from USA Waste would be owned by USA Waste' and 'the proposed acquisition of
 # TransAmerican's commercial hauling and disposal assets' -> asset purchases: nothing (**near-misses**)
 relations=[L(USA, "acquired", SAN), L(SAN, "parentOrganization", USA), L(USA, "acquired", TAW)],
 outages=[],
 # '1996' ('a 1996 acquisition') -> 1996; 'January 26, 1998' -> 1998-01-26; 'May 5, 1998' -> 1998-05-05. Not dates:
 # 'Civil No. 96-2031', 'for ten years' (a span), '2,000,000 tons'
 dates=[D("1996", "1996"), D("January 26, 1998", "1998-01-26"), D("May 5, 1998", "1998-05-05")])

# ---- U S West / Continental Cablevision, Federal Register notice, published 1996-11-18 (a Monday) ---------------------
USWI = "U S West, Inc."
CCI = "Continental Cablevision, Inc."
A["us-doj-federal-register-us-west-continental-cablevision-teleport-proposed-final-judgment-1996"] = dict(
 # Companies: U S West, Inc. (the case name and the transaction; 'US WEST' three times and "US WEST's" once, the form the
 # notice uses after, an alias), Continental Cablevision, Inc. (the case name and the transaction; 'Continental' once,
 # an alias), Teleport Communications Group, Inc. ('TCG', the defined name, five times and "TCG's", an alias).
 # Organization: the court, 'the United States District Court for the District of Columbia'. Locations: the United
 # States as plaintiff, named only in the case name 'United States of America v. U S West, Inc. ...' -> 'United
 # States of America' (the only form outside the court's name; **doubtful**: a reader may leave the case name's
 # plaintiff out), Denver, Colorado, Omaha, Nebraska, Phoenix, Arizona, Seattle, Washington (the state, 'Seattle,
 # Washington'). Not annotated: 'dedicated services' (a service kind, not a named product), "TCG's Board of
 # Directors" (a body of TCG, not named apart), the laws and court papers
 entities=[E("Organization", "United States District Court for the District of Columbia"),
           E("Location", "United States of America"), E("Company", USWI, "US WEST"),
           E("Company", CCI, "Continental"), E("Company", "Teleport Communications Group, Inc.", "TCG")]
          + locs("Denver", "Colorado", "Omaha", "Nebraska", "Phoenix", "Arizona", "Seattle", "Washington"),
 # No person in the kept text (the section chief's name is cut off)
 roles=[],
 # 'the proposed acquisition of Continental Cablevision, Inc. by U S West, Inc.', settled on a proposed Final
 # Judgment -> agreed: acquired only (42w-44i; **doubtful** as there: the text does not say the deal closed).
 # 'Continental owns approximately 11% of TCG' -> a minority stake: no parentOrganization (**near-miss**); US WEST's
 # share of TCG to be cut and the rest divested (no buyer named) -> nothing
 relations=[L(USWI, "acquired", CCI)],
 outages=[],
 # 'June 30, 1997' -> 1997-06-30; 'December 31, 1998' -> 1998-12-31. Not dates: 'Civil Action 96-2529 (TPJ)',
 # 'Section 7', 'approximately 11%', 'no more than 10%', 'the statutory 60-day comment period' (a span)
 dates=[D("June 30, 1997", "1997-06-30"), D("December 31, 1998", "1998-12-31")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
