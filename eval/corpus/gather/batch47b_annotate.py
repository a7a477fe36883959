#!/usr/bin/env python3
"""Batch 47b gold annotations (the texts of batch47b.py: the Antitrust Division's weekly summary dated 14 June 1993 on
Russell-Stanley Corporation's price-fixing charge and the civil suit, settled by a consent decree filed with it,
against Primestar Partners L.P., a joint venture partnership, and its members (three named in the kept text: ATC
Satellite Inc., Comcast DBS Inc., Continental Satellite Company Inc.); and its Federal Register notice of 6 May 1998 on
the suit against the proposed merger of LTM Holdings, Inc. ('Loews') and Cineplex Odeon Corporation), written from
the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test,
train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 16e, 21c, 40zk, 41c, 41h, 42h, 42w, 43c, 43j, 45zw, 46b, 46e, 46i and 46k for the Division's
texts; GUIDELINES section 2): a joint venture -> parentOrganization to each owner named as its member + partner
between each pair of them (GUIDELINES' joint-venture line as GATHERING.md records it, batch 27d on; 45zw's
jointly controlled Primestar Inc.); a "merger" of two named companies with no buyer stated -> nothing (GUIDELINES);
'U.S. District Court in <city>' -> 'U.S. District Court' with the place apart (41h, 43c, 44e, 46b, 46i, 46k); the
Federal Register's 'the United States District Court for the Southern District of New York' -> one Organization under
its full name (41b, 41c's DDC); 'U.S.' in a case name ('U.S. v.') -> the plaintiff, a Location 'U.S.' (43h, 43j, 45zt,
46i, 46k); 'The United States' as plaintiff -> Location 'United States' (41c); a state as co-plaintiff ('the State of
New York') -> Location under that name (21c, 42h, 42w); postal abbreviations after towns ('Stamford, CT') split into
town and state, the abbreviation an alias of the state where the text names it in full, else its own Location (45zj's
'MN', 'SD'; 34b's 'CO'); a defined name in quotation marks ((``Loews'')) -> an alias; laws, court papers, case,
criminal and civil numbers, the courts' abbreviations inside them ('E.D. Pa.', 'S.D.N.Y.') and judicial districts
('the Southern District of New York' after 'U.S. District Court in') not annotated as their own entities; the items'
dates '6/8/93', '6/9/93' read month/day/year (US style).
usage: batch47b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}

# ---- Russell-Stanley; Primestar Partners L.P., weekly summary, published 1993-06-14 (a Monday) -----------------------
RS = "Russell-Stanley Corporation"
PP = "Primestar Partners L.P."
ATC = "ATC Satellite Inc."
CDBS = "Comcast DBS Inc."
CSC = "Continental Satellite Company Inc."
A["us-doj-primestar-partners-russell-stanley-weekly-summary-1993"] = dict(
 # Location 'U.S.' (the plaintiff in both captions, 'U.S. v. ...'; **doubtful**, as 46i's and 46k's). Companies:
 # Russell-Stanley Corporation (three times), Primestar Partners L.P. (the body's first form; the heading's
 # 'Primestar Partners. L.P.', a full stop for the comma, the body's 'Primestar Partners, L.P.' and the bare
 # 'Primestar' in 'The defendant Primestar members' are aliases: **doubtful**, the heading form a misprint kept as
 # an alias, as 46i's 'Delta Pride Catfish. Inc.' and 46k's 'Texas Commerce Bank-Beaumont. N.A.'), ATC Satellite
 # Inc., Comcast DBS Inc., Continental Satellite Company Inc. (the three members the kept list names; satellite
 # companies, businesses). Organization: the U.S. District Court ('in Philadelphia, Pennsylvania' and 'in the
 # Southern District of New York': one court name, the places apart, as 46k). Locations: Philadelphia (the court's
 # city and Comcast DBS's office), Pennsylvania ('Philadelphia, Pennsylvania', 'eastern Pennsylvania', 'Bala Cynwyd,
 # Pennsylvania'; 'PA' an alias), Red Bank, New Jersey (also in the list of states), Maine, New Hampshire, Vermont,
 # Massachusetts, Connecticut ('CT' an alias), Rhode Island, New York ('eastern New York'; the region word left
 # out, as 'eastern Pennsylvania'), Maryland, Delaware, Virginia, the District of Columbia, Bala Cynwyd, Stamford,
 # Findlay and 'OH' (Ohio, named only by its abbreviation: a Location under the text's form, **doubtful**, as 34b's
 # 'CO'). Not annotated: 'Criminal No.: 93-299 (E.D. Pa.)', 'Civil No.: 93-CIV-3913 (S.D.N.Y.)', 'Three-count
 # information', the Sherman Act, '18 U.S.C. \u00a7 1341', '18 U.S.C. \u00a7 1503' (laws), 'the Southern District of
 # New York' (a judicial district), 'new steel drums', 'its 10 member companies', 'the parent companies of its
 # multiple system operator members', 'some of the nation's largest cable television companies' (unnamed), 'the
 # court' (generic). No Department of Justice or Antitrust Division: neither is named in the kept text
 entities=[E("Location", "U.S."), E("Company", RS), E("Organization", "U.S. District Court"),
           E("Company", PP, "Primestar Partners. L.P.", "Primestar Partners, L.P.", "Primestar"),
           E("Company", ATC), E("Company", CDBS), E("Company", CSC),
           E("Location", "Pennsylvania", "PA"), E("Location", "Connecticut", "CT")]
          + locs("Philadelphia", "Red Bank", "New Jersey", "Maine", "New Hampshire", "Vermont", "Massachusetts",
                 "Rhode Island", "New York", "Maryland", "Delaware", "Virginia", "District of Columbia",
                 "Bala Cynwyd", "Stamford", "Findlay", "OH"),
 roles=[],
 # 'Primestar Partners, L.P. ... is a joint venture partnership formed by some of the nation's largest cable
 # television companies' with 'The defendant Primestar members ... are: ATC Satellite Inc., ... Comcast DBS Inc., ...
 # Continental Satellite Company Inc.' -> the listed members are the venture's partners: parentOrganization
 # (Primestar Partners L.P., each of the three) and partner between each pair of them (the joint-venture convention;
 # **doubtful**: three of ten members, each a minority holder, named as 'members' and 'defendant Primestar
 # members', not as owners; a reader may give only partner, or nothing from a list of defendants; the text calls
 # the venture's founders 'cable television companies', while the listed members are satellite companies, perhaps
 # those founders' units -- no parent of the members is named in the kept text). The civil complaint and the
 # consent decree -> no relation (**near-miss**: a suit against a venture, not a deal). Russell-Stanley's charge ->
 # no relation
 relations=[L(PP, "parentOrganization", ATC), L(PP, "parentOrganization", CDBS), L(PP, "parentOrganization", CSC),
            L(ATC, "partner", CDBS), L(ATC, "partner", CSC), L(CDBS, "partner", CSC)],
 outages=[],
 # '6/8/93' -> 1993-06-08; '6/9/93' -> 1993-06-09. Not dates: '93-299', '93-CIV-3913' (case numbers), '\u00a7 1341',
 # '\u00a7 1503', 'Section 1', '10 member companies'; the title's week is not in the text
 dates=[D("6/8/93", "1993-06-08"), D("6/9/93", "1993-06-09")])

# ---- LTM Holdings (Loews) / Cineplex Odeon, Federal Register notice, published 1998-05-06 --------------------------
SDNY = "United States District Court for the Southern District of New York"
LTM = "LTM Holdings, Inc."
CIN = "Cineplex Odeon Corporation"
A["us-doj-federal-register-loews-cineplex-odeon-proposed-final-judgment-1998"] = dict(
 # Organization: the United States District Court for the Southern District of New York (once; 'the Court'
 # generic). Companies: LTM Holdings, Inc. ('Loews', its defined name in quotation marks, an alias), Cineplex Odeon
 # Corporation ('Cineplex', likewise). Locations: the United States (plaintiff, 'The United States'), the State of
 # New York and the State of Illinois (co-plaintiffs, 42h's and 42w's form; no bare 'New York' or 'Illinois' outside
 # them and the court's name), Manhattan, Chicago (twice each). Not annotated: the Antitrust Procedures and
 # Penalties Act and the Clayton Act (laws), 'Case No. 98-CIV-2716', the proposed Final Judgment, the Stipulation and
 # Order, the Competitive Impact Statement and the Complaint (court papers), 'the Southern District of New York'
 # inside the court's name, 'the first and second largest theatre chains', 'the newly merged firm', 'distributors'
 # (unnamed). The title's Sony Corporation of America, 'Loews Theatres' and J.E. Seagram Corp. are not in the text:
 # not annotated. No Department of Justice or Antitrust Division in the kept text (their header lines are cut)
 entities=[E("Organization", SDNY), E("Location", "United States"),
           E("Location", "State of New York"), E("Location", "State of Illinois"),
           E("Company", LTM, "Loews"), E("Company", CIN, "Cineplex")]
          + locs("Manhattan", "Chicago"),
 roles=[],
 # 'the proposed merger of LTM Holdings, Inc. (``Loews'') and Cineplex Odeon Corporation (``Cineplex'')' -> a merger
 # of two named companies, the text saying neither who buys whom nor that it closed -> nothing (**near-miss**; the
 # GUIDELINES' 'merger' line; 'the newly merged firm' unnamed). 'would have combined the first and second largest
 # theatre chains' -> rivals, no relation (**near-miss**). The suit and the proposed Final Judgment -> no relation
 relations=[],
 outages=[],
 # 'April 16, 1998' -> 1998-04-16. Not dates: '16(b)-(h)', '98-CIV-2716', '60-day' (a period), 'Section 7',
 # '15 U.S.C. 18', '67 percent', '77 percent'
 dates=[D("April 16, 1998", "1998-04-16")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
