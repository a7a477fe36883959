#!/usr/bin/env python3
"""Batch 48c gold annotations (the text of batch48c.py: the public notice DA 12-2021 of 13 December 2012 on the
application for the transfer of control of Fremont Telcom Co. and Fretel Communications, LLC from FairPoint
Communications, Inc. to Blackfoot Telephone Cooperative, Inc. d/b/a Blackfoot Telecommunications Group), written from
the text alone; newskg was not run on it. The split follows the fixed rule: the sorted ids dealt along test, train,
dev, train (batch10_annotate's write_parts); one id, so test. Dates resolve against `published`.
Conventions (batches 15f, 43n-47za of the lane; GUIDELINES section 2): a transfer of control of a named company to a
named buyer, applied for, completion not told -> `acquired` only (44g, 45zk, 46l, 46o, 47c-47za), one link per company
transferred (44b's TDS/Chorus, 46c, 46f, 47x); the named holder a company's control passes 'from' -> parentOrganization
(company, holder) (43t's Ark-O rule, 44k, 44o, 45zx, 47za); a d/b/a name and a short name in parentheses -> aliases, as
written (43t, 47u); a telephone cooperative -> Company (43u's Golden West, 44g's Heart of Iowa); collective defined
terms ('Applicants') not annotated; 'Commission' -> Organization; 'a Delaware corporation' -> Delaware, 'an Idaho
... carrier' -> Idaho, states named on their own -> Location (47c-47za); kinds of service ('local and long distance
voice', 'Internet broadband') not Services; laws, sections, dockets not annotated.
usage: batch48c_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather49c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs, people
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- Fremont Telcom Co., Fretel Communications, LLC (FairPoint) -> Blackfoot, DA 12-2021, published 2012-12-13 -------
FP = "FairPoint Communications, Inc."
FT = "Fremont Telcom Co."
FR = "Fretel Communications, LLC"
BF = "Blackfoot Telephone Cooperative, Inc."
A["us-fcc-fremont-telcom-fretel-fairpoint-blackfoot-domestic-section-214-transfer-of-control-pleading-cycle-public-notice-2012"] = dict(
 # Companies: FairPoint Communications, Inc. ('(FairPoint)', 'from FairPoint', 'FairPoint, a Delaware corporation',
 # 'FairPoint’s products'), Fremont Telcom Co. ('(Fremont)', 'control of Fremont', 'Fremont, an Idaho rural incumbent
 # local exchange carrier'), Fretel Communications, LLC ('(Fretel)', 'and Fretel', 'Fretel, an Idaho competitive
 # LEC'), Blackfoot Telephone Cooperative, Inc. ('d/b/a Blackfoot Telecommunications Group (Blackfoot)', 'to
 # Blackfoot': the d/b/a name and the short name -> aliases; a telephone cooperative -> Company, 43u, 44g).
 # Organization: 'the Commission’s rules' -> Commission. Locations: 'a Delaware corporation' -> Delaware; the eighteen
 # states listed ('Alabama, Colorado, ... Virginia, and Washington'; 'Washington' the state, as the list sets it);
 # 'an Idaho rural incumbent ...', 'an Idaho competitive LEC', 'customers in Idaho' -> Idaho (listed once); Montana.
 # Not annotated: 'Applicants' (a label), '33 local exchange companies' (unnamed), FairPoint's 'products and
 # services' ('local and long distance voice, data, Internet broadband, television, and business communications
 # solutions': kinds of service, no names), 'LEC' (a kind of carrier), section 63.03, 'WC Docket No. 12-351'. The
 # page's heading (kept as `title`: 'Comment Sought on Domestic 214 Transfer of FairPoint to Blackfoot') is not in
 # the text. No Person, no role.
 entities=[E("Company", FP, "FairPoint"), E("Company", FT, "Fremont"), E("Company", FR, "Fretel"),
           E("Company", BF, "Blackfoot Telecommunications Group", "Blackfoot"), E("Organization", CM)]
          + locs("Delaware", "Alabama", "Colorado", "Florida", "Georgia", "Idaho", "Illinois", "Kansas", "Maine",
                 "Massachusetts", "Missouri", "New Hampshire", "New York", "Ohio", "Oklahoma", "Pennsylvania",
                 "Vermont", "Virginia", "Washington", "Montana"),
 roles=[],
 # - acquired(Blackfoot, Fremont), acquired(Blackfoot, Fretel): 'filed an application ... for the transfer of
 #   control of Fremont and Fretel from FairPoint to Blackfoot' (control of two named companies to a named buyer,
 #   applied for; completion not told -> acquired only, one link per company, no parentOrganization to Blackfoot).
 # - parentOrganization(Fremont, FairPoint), parentOrganization(Fretel, FairPoint): control passes 'from FairPoint'
 #   (the present holder, 43t's Ark-O rule, 47za's IDACOMM/IDACORP), and 'FairPoint ... operates 33 local exchange
 #   companies in 18 states, including ... Idaho' beside 'Fremont, an Idaho rural incumbent local exchange carrier'.
 #   **Doubtful**: no sentence of the kept text calls Fremont or Fretel FairPoint's subsidiary (the notice's own words
 #   are 'from FairPoint'); a reader may give only the buyer's links.
 # Near-misses: FairPoint, Fremont, Fretel and Blackfoot as co-applicants (not partners); no acquired from FairPoint
 #   (the seller); 'Applicants do not request streamlined processing' (procedure, no relation); Blackfoot
 #   Communications, Inc. (BCI) and the service areas' overlap (in the cut sentence the excerpt breaks off inside: not
 #   in the text); Fremont and Fretel providing services together (no partnership stated between them; **doubtful**
 #   whether a reader would link the two sister carriers -- nothing is stated but their common holder).
 relations=[L(BF, "acquired", FT), L(BF, "acquired", FR), L(FT, "parentOrganization", FP),
            L(FR, "parentOrganization", FP)],
 outages=[],
 # 'December 13, 2012' (released), 'December 27, 2012' and 'January 3, 2013' (comment dates), 'December 6, 2012' (the
 # filing); '33', '18', '5,000' and section '63.03' no dates
 dates=[D("December 13, 2012", "2012-12-13"), D("December 27, 2012", "2012-12-27"), D("January 3, 2013", "2013-01-03"),
        D("December 6, 2012", "2012-12-06")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
