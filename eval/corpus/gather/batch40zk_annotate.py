#!/usr/bin/env python3
"""Batch 40zk gold annotations (the texts of batch40zk.py: Assistant Attorney General Christine Varney's prepared
remarks on the Ticketmaster/Live Nation settlement, 25 January 2010, and the Antitrust Division's Federal Register
notices on Anheuser-Busch InBev's proposed acquisitions of SABMiller, 4 August 2016, and of the remaining interest in
Grupo Modelo, 22 May 2013), written from the texts alone; newskg was not run on them. The split follows the fixed
rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against
`published`.
Conventions (batches 21c, 22b and 40zi for Antitrust Division texts; GUIDELINES section 2): a deal the Division lets
proceed on a settlement that awaits the court ('proposed acquisition', 'if approved by the court') is agreed, not
completed -> `acquired` only; a divestiture to a named buyer 'or ... an alternative purchaser' is ordered, not done ->
nothing; the Antitrust Division -> `parentOrganization` Department of Justice where both are named, a named office of
the Division -> `parentOrganization` the Division (21c's Defense, Industrials, and Aerospace Section); a joint venture
-> `parentOrganization` to each owner the text names (GATHERING.md, batches 15f on); courts -> Organization; the
United States as plaintiff and place -> Location; case names' party forms are aliases; businesses, assets, brands
inside compounds ('Miller-branded beers') and product lines to be divested are not entities; 'the Court', 'the
court', 'the parties', '17 States' are generic, not aliases or entities; the Office of the Clerk and the Federal
Register are not annotated (21c's Carmike and Rockwell Collins notices).
usage: batch40zk_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather41zk/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L
import batch10_annotate as b10

DOJ = "Department of Justice"
ATR = "Antitrust Division"
ATR_DOJ = L(ATR, "parentOrganization", DOJ)
DDC = "United States District Court for the District of Columbia"
ABI = "Anheuser-Busch InBev SA/NV"
A = {}

# ---- Ticketmaster / Live Nation, Varney's remarks, published 2010-01-25 (a Monday) ----------------------------------
A["us-doj-varney-remarks-ticketmaster-live-nation-settlement-2010"] = dict(
 # Organization: the Department of Justice. Companies: Ticketmaster, Live Nation, AEG ('an integrated competitor').
 # Location: Canada. Christine Varney is named only in the heading (kept as `title`, not annotated): no Person, no
 # role. Not annotated: '17 States' (unnamed), 'the court', 'the parties', 'ticketing software' and 'ticketing
 # assets' (unnamed product and assets), 'primary ticketing', 'concert promotion, venue management' (markets)
 entities=[E("Organization", DOJ), E("Company", "Ticketmaster"), E("Company", "Live Nation"), E("Company", "AEG"),
           E("Location", "Canada")],
 roles=[],
 # 'the merger of Ticketmaster and Live Nation' with 'its [Ticketmaster's] acquisition of Live Nation', the settlement
 # to take effect 'if approved by the court' -> agreed: acquired(Ticketmaster, Live Nation) only. **Doubtful**: the
 # first sentence calls it a merger; the third paragraph gives the direction, which the annotation follows.
 # 'license its ticketing software to AEG, its single largest customer' -> partner(Ticketmaster, AEG), a customer
 # relation, direction as written (the licence itself is ordered, the customer relation is stated as fact)
 relations=[L("Ticketmaster", "acquired", "Live Nation"), L("Ticketmaster", "partner", "AEG")],
 outages=[],
 # 'for ten years' is a span, not a date
 dates=[])

# ---- AB InBev / SABMiller, Federal Register notice, published 2016-08-04 --------------------------------------------
A["us-doj-federal-register-anheuser-busch-inbev-sabmiller-proposed-final-judgment-2016"] = dict(
 # Companies: Anheuser-Busch InBev SA/NV ('ABI'; 'Anheuser Busch InBev SA/NV' in the case name), SABMiller plc
 # ('SABMiller'), MillerCoors LLC. Organizations: the court, the Antitrust Division, the Department of Justice (in
 # 'Department of Justice regulations', as 21c's Carmike notice). Location: the United States ('United States of
 # America' in the case name). Not annotated: 'Miller-branded beers' and 'SABMiller-owned beers' (a brand inside a
 # compound, unnamed beers; **doubtful**: a reader may take 'Miller' as a Service of SABMiller), the Clayton Act and
 # the Antitrust Procedures and Penalties Act (laws), 'the acquirer' (unnamed), the court papers
 entities=[E("Organization", DDC),
           E("Company", ABI, "ABI", "Anheuser Busch InBev SA/NV"),
           E("Company", "SABMiller plc", "SABMiller"),
           E("Company", "MillerCoors LLC"),
           E("Location", "United States", "United States of America"),
           E("Organization", ATR), E("Organization", DOJ)],
 roles=[],
 # 'the proposed acquisition by Anheuser-Busch InBev SA/NV ... of SABMiller plc' under a settlement filed with the
 # court -> agreed: acquired only. 'SABMiller's equity and ownership stake in MillerCoors LLC, which is the joint
 # venture through which SABMiller conducts substantially all of its operations in the United States' -> the joint
 # venture's parentOrganization to its one named owner (**doubtful**: the size of the stake is not told; the other
 # owner is not named, so no partner). The ordered divestiture names no buyer -> nothing
 relations=[L(ABI, "acquired", "SABMiller plc"), L("MillerCoors LLC", "parentOrganization", "SABMiller plc"),
            ATR_DOJ],
 outages=[],
 # 'July 20, 2016' -> 2016-07-20. Not dates: '16(b)-(h)', '1:16-cv-01483', 'Section 7', '15 U.S.C. 18'
 dates=[D("July 20, 2016", "2016-07-20")])

# ---- AB InBev / Grupo Modelo, Federal Register notice, published 2013-05-22 -----------------------------------------
A["us-doj-federal-register-anheuser-busch-inbev-grupo-modelo-proposed-final-judgment-2013"] = dict(
 # Companies: Anheuser-Busch InBev SA/NV ('ABI'), Grupo Modelo S.A.B. de C.V. ('Modelo'; the title's case-name
 # form 'Grupo Modelo S.A.B de C.V.' is not in the text), Constellation Brands, Inc. ('Constellation').
 # Organizations: the court, the Department of Justice ('U.S. Department of Justice'), the Antitrust Division, the Antitrust Documents Group.
 # Locations: the United States ('United States of America' in the case name, 'U.S.' in 'Modelo's entire U.S.
 # business'), Washington, DC (the address; 21c's Rockwell Collins notice). Not annotated: 'Modelo's entire U.S.
 # business' (a business, not a named company), 'an alternative purchaser', the street address, the Office of the
 # Clerk, the Federal Register, the laws and court papers
 entities=[E("Organization", DDC),
           E("Company", ABI, "ABI"),
           E("Company", "Grupo Modelo S.A.B. de C.V.", "Modelo"),
           E("Company", "Constellation Brands, Inc.", "Constellation"),
           E("Location", "United States", "United States of America", "U.S."),
           E("Organization", DOJ, "U.S. Department of Justice"), E("Organization", ATR),
           E("Organization", "Antitrust Documents Group"), E("Location", "Washington, DC")],
 roles=[],
 # 'the proposed acquisition by Anheuser-Busch InBev SA/NV ... of the remaining interest in Grupo Modelo', settled
 # on a proposed Final Judgment -> agreed: acquired only (ABI's present part-holding is implied by 'remaining', its
 # size and control not told -> no parentOrganization). 'divest Modelo's entire U.S. business to Constellation
 # Brands, Inc. ..., or if that transaction fails to consummate, to an alternative purchaser' -> ordered, not done,
 # and a business rather than a company -> nothing (**near-miss**). 'Department of Justice, Antitrust Division,
 # Antitrust Documents Group' -> the office under the Division (**doubtful**: told as an address)
 relations=[L(ABI, "acquired", "Grupo Modelo S.A.B. de C.V."),
            L("Antitrust Documents Group", "parentOrganization", ATR), ATR_DOJ],
 outages=[],
 # 'within 60 days of the date of this notice' is a span, not listed (21c's notices). Not dates: '16(b)-(h)',
 # '1:13-CV-00127', '20530', '202-514-2481'
 dates=[D("January 31, 2013", "2013-01-31"), D("April 19, 2013", "2013-04-19")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
