#!/usr/bin/env python3
"""Batch 47w gold annotations (the texts of batch47w.py: the Justice Department's release requiring The Dow Chemical
Company and E.I. DuPont de Nemours & Co. to divest crop protection and petrochemical products to proceed with their
proposed merger, 15 June 2017; the Antitrust Division's Federal Register notice on the settlement of the suit against
Twin America, LLC, formed by Coach USA, Inc. and CitySights LLC, 27 March 2015), written from the texts alone; newskg
was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train
(batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 40zi, 41c, 43o, 44c, 45zn, 46e, 47b, 47f, 47l, 47n, 47r and 47t for the Division's notices and
releases; GUIDELINES section 2): a "merger" of two named companies with no buyer stated -> nothing (GUIDELINES; 47b);
unnamed products or businesses to be divested, no buyer named -> nothing (near-miss; 44c, 47n, 47r, 47t); a company
formed by two named companies (a joint venture) -> parentOrganization to each owner + partner between them (47b's
Primestar, GUIDELINES' joint-venture line as GATHERING.md records it, batch 27d on); the Antitrust Division ->
parentOrganization Department of Justice where both are named ("the Justice Department's Antitrust Division", 44c,
47t; 'the Department of Justice, Antitrust Division, Antitrust Documents Group' -> the Group under the Division, the
Division under the Department, 43o); an acting Assistant Attorney General of the Division -> head of the Antitrust
Division (40zi, 44c, 47t); the United States as plaintiff -> Location, a state as co-plaintiff -> Location 'State of
X' (42h, 42w, 43l, 47b); states named as those whom unnamed offices represent -> Locations; 'U.S.' as an adjective of
place ('U.S. producers', 'U.S. farmers') with no 'United States' in the text -> Location 'U.S.' (43g, 45h, 45m:
**doubtful**); the address 'Washington, DC' -> Location (43o); courts, agencies and city departments ->
Organization under the name the text gives (its abbreviation an alias); laws, court papers, the website, the Office
of the Clerk, street addresses, telephone numbers, case numbers and kinds of product ('crop protection chemicals',
'acid copolymers and ionomers', 'bus stop authorizations') not annotated; 'the department', 'the court', 'Defendants'
are generic words.
usage: batch47w_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48w/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ
from batch42w_annotate import ADG, ADG_ATR

A = {}
US = E("Location", "United States")

# ---- The Dow Chemical Company / E.I. DuPont de Nemours & Co., OPA release, published 2017-06-15 (a Thursday) -----------
DOW = "The Dow Chemical Company"
DUP = "E.I. DuPont de Nemours & Co."
DDC = "U.S. District Court for the District of Columbia"
A["us-doj-dow-chemical-dupont-divest-herbicides-insecticides-plastics-2017"] = dict(
 # Organizations: the Department of Justice ('The Department of Justice', twice; 'Justice Department' in "The Justice
 # Department's Antitrust Division" and "the Justice Department's Antitrust Division", an alias, as 40zi, 44c, 47t;
 # 'the department' twice, generic), the Antitrust Division (twice), the U.S. District Court for the District of
 # Columbia (its full name once; 'the court' generic; its 'U.S.' belongs to its name). Companies: The Dow Chemical
 # Company ('Dow' in brackets after it and in the quotation: an alias; 'The' kept, part of the name as written, as
 # 44c's 'The WhiteWave Foods Company Inc.'), E.I. DuPont de Nemours & Co. ('DuPont' in brackets and in the quotation:
 # an alias). Person: Andrew Finch. Locations: Iowa, Mississippi, Montana ('The participating state attorneys general
 # offices represent Iowa, Mississippi, and Montana'), 'U.S.' ('the only two U.S. producers', 'U.S. farmers and
 # consumers': an adjective of place; no 'United States' in the kept text, so the entity takes the written form, as
 # 45h and 45m: **doubtful**, a reader may leave it out). Not annotated: 'the offices of three state attorneys general'
 # and 'The participating state attorneys general offices' (unnamed: **doubtful**, a reader may annotate e.g. an Iowa
 # Attorney General's office, but the text names none), 'a handful of chemical companies' (unnamed), 'the merged
 # company' (no name in the kept text; 'Dow-Dupont' only in the headline, not in the text), 'American farmers'
 # (a demonym, no Location), 'multiple crop protection and two petrochemical products', 'crop protection chemicals',
 # 'acid copolymers and ionomers', 'insecticides and herbicides', 'winter wheat' (kinds of product or crop), the
 # lawsuit and the settlement (court papers), '$130 billion'
 entities=[E("Organization", DOJ, "Justice Department"), E("Company", DOW, "Dow"), E("Company", DUP, "DuPont"),
           E("Organization", ATR), E("Organization", DDC)]
          + locs("Iowa", "Mississippi", "Montana", "U.S.")
          + [E("Person", "Andrew Finch")],
 # 'said Acting Assistant Attorney General Andrew Finch of the Justice Department's Antitrust Division' -> head of the
 # Division (acting; 40zi's Hesse, 44c's and 47t's Snyder), current
 roles=[R("Andrew Finch", "head", ATR)],
 # 'their proposed merger valued at about $130 billion' (Dow and DuPont), 'the proposed merger', 'this merger' -> no
 # buyer stated -> nothing (GUIDELINES: a "merger" where the text does not say who buys whom; **near-miss**;
 # **doubtful**: a reader may give acquired in one direction, or partner; the kept text names neither a buyer nor the
 # merged company). The required divestitures ('multiple crop protection and two petrochemical products') -> no
 # business named, no buyer named -> nothing (**near-miss**). The Division 'along with the offices of three state
 # attorneys general' filing the suit -> no partner (enforcers acting together, unnamed offices; as 47t's European
 # Commission). Dow and DuPont as rivals ('reduce competition between two of only a handful of chemical companies',
 # 'the only two U.S. producers of acid copolymers and ionomers', 'important competition between Dow and DuPont')
 # -> nothing. "The Justice Department's Antitrust Division" -> the Division under the Department
 relations=[ATR_DOJ],
 outages=[],
 # 'today' (twice) -> 2017-06-15, one item (as 44c, 47t). Not dates: 'originally' (vague), '$130 billion', 'three',
 # 'two'
 dates=[D("today", "2017-06-15")])

# ---- Twin America / Coach USA / CitySights, Federal Register notice, published 2015-03-27 (a Friday) ----------------
TWA = "Twin America, LLC"
CUS = "Coach USA, Inc."
CSL = "CitySights LLC"
SNY = "United States District Court for the Southern District of New York"
NYD = "New York City Department of Transportation"
A["us-doj-federal-register-twin-america-coach-usa-citysights-proposed-final-judgment-2015"] = dict(
 # Organizations: the United States District Court for the Southern District of New York (twice, the second inside
 # 'the Office of the Clerk of ...'), the New York City Department of Transportation ('NYC DOT' in brackets after it
 # and 'to NYC DOT': an alias; a city agency, Organization), the Department of Justice (three times: 'the Department
 # of Justice, Antitrust Division, Antitrust Documents Group', "the Department of Justice's Web site", 'Department of
 # Justice regulations'), the Antitrust Division (twice), the Antitrust Documents Group. Companies: Twin America, LLC
 # (in the case name twice and 'the formation of Twin America, LLC'), Coach USA, Inc., CitySights LLC ("CitySights's
 # Manhattan bus stop authorizations": 'CitySights' an alias). Locations: the United States (plaintiff: 'United
 # States and State of New York v.' in the case name, 'the United States and the State of New York filed', 'The United
 # States alleged'), the State of New York (co-plaintiff: 'State of New York' twice, as 42w's 'State of Texas' and
 # 47b's 'State of New York'; no alias: 'New York' stands alone nowhere, only inside the court's and the city
 # department's names), Manhattan ("CitySights's Manhattan bus stop authorizations"), Washington, DC (the address).
 # Not annotated: the Antitrust Procedures and Penalties Act, the Clayton Act and the Sherman Act (laws), the
 # Complaint, the Stipulation, the proposed Final Judgment and the Competitive Impact Statement (court papers),
 # 'Defendants' (generic, the three companies again), 'Civil Action No. 12-cv-8989 (ALC) (GWG)', the street address
 # '450 Fifth Street NW., Suite 1010', the telephone number, the website 'http://www.usdoj.gov/atr', the Office of the
 # Clerk, 'bus stop authorizations' (licences, unnamed), '$7.5 million'
 entities=[E("Organization", SNY), US, E("Location", "State of New York"), E("Company", TWA), E("Company", CUS),
           E("Company", CSL, "CitySights"), E("Location", "Manhattan"), E("Organization", NYD, "NYC DOT"),
           E("Organization", DOJ), E("Organization", ATR), E("Organization", ADG), E("Location", "Washington, DC")],
 # No person in the kept text (the section chief is past the cut)
 roles=[],
 # 'the formation of Twin America, LLC by Coach USA, Inc. and CitySights LLC' -> a company formed by the two: the
 # joint-venture convention (47b's Primestar): parentOrganization(Twin America, LLC, Coach USA, Inc.),
 # parentOrganization(Twin America, LLC, CitySights LLC) and partner(Coach USA, Inc., CitySights LLC) (**doubtful**:
 # the kept text does not say 'joint venture' or that the two own Twin America -- 'formation ... by' only; a reader
 # may give partner alone, or nothing; the complaint alleges the formation violated Section 7, i.e. an acquisition
 # of each other's business, but the text names no buyer). The relinquishment of CitySights's Manhattan bus stop
 # authorizations 'to NYC DOT' (licences handed back to the city agency that granted them: no sale, no buyer, no
 # customer or contract tie -> nothing, **near-miss**); the $7.5 million disgorgement (a payment to the plaintiffs,
 # **near-miss**); 'granted by the New York City Department of Transportation' (a licence from a regulator: no
 # relation, **near-miss**). 'the Department of Justice, Antitrust Division, Antitrust Documents Group' -> the Group
 # under the Division, the Division under the Department
 relations=[L(TWA, "parentOrganization", CUS), L(TWA, "parentOrganization", CSL), L(CUS, "partner", CSL),
            ADG_ATR, ATR_DOJ],
 outages=[],
 # 'December 11, 2012' -> 2012-12-11 (the Complaint); 'March 16, 2015' -> 2015-03-16 (the proposed Final Judgment
 # filed). 'within 60 days of the date of this notice' is a span, not listed (21c, 47l, 47t). Not dates: '16(b)-(h)',
 # '12-cv-8989', 'Section 7', 'Section 1', '15 U.S.C. 18', '15 U.S.C. 1' (law and case references), '20530' (a ZIP
 # code), '202-514-2481', 'Suite 1010', '$7.5 million'
 dates=[D("December 11, 2012", "2012-12-11"), D("March 16, 2015", "2015-03-16")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
