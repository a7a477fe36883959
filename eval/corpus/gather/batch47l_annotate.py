#!/usr/bin/env python3
"""Batch 47l gold annotations (the texts of batch47l.py: the Antitrust Division's Federal Register notices on Regal
Cinemas, Inc.'s proposed acquisition of Consolidated Theatres Holdings, GP, 15 May 2008; on Thales S.A.'s proposed
acquisition of Gemalto N.V., 11 March 2019; on the proposed acquisition of the Plastics Division of DS Smith plc by
Olympus Growth Fund VI, L.P. through its portfolio company Liqui-Box, Inc., 28 February 2020), written from the texts
alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train, dev,
train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 40zk, 41c, 42h, 42k, 42w, 43h, 43j, 43m, 43o and 47i for the Division's notices; GUIDELINES
section 2): 'the proposed acquisition by X of Y' / "X's proposed acquisition of Y" settled on a proposed Final
Judgment awaiting the court -> agreed: `acquired` only (42w, 43j, 43m); 'the Y Division of Z' -> Y a Company under Z
(43o's Consumer Products Division of Foremost Farms USA; GUIDELINES: "X's Y division"); 'its portfolio company Y' of
a fund X -> parentOrganization(Y, X) (an owned company); an ordered divestiture of theatres, a business or product
lines naming no buyer -> nothing (near-miss); 'Name, Chief, X Section, Antitrust Division' -> head of the Section,
current, the Section under the Division (21c, 42z, 43h, 43m); the Antitrust Division -> parentOrganization Department
of Justice where both are named ('Department of Justice regulations', 41c); the United States as plaintiff or place ->
Location, without the case name's 'United States of America' as an alias (43h, 43j, 43m); 'City, State' -> Locations
each (42k, 43l); the address 'Washington, DC' -> Location (43m); courts -> Organization under the name the text gives;
laws, court papers, the Federal Register, the website, the Office of the Clerk, case numbers, street addresses and
telephone numbers not annotated; 'the Court', 'Defendants', 'the defendants', 'an acquirer' are generic phrases.
usage: batch47l_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather48l/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC

A = {}
US = E("Location", "United States")

# ---- Regal Cinemas / Consolidated Theatres, Federal Register notice, published 2008-05-15 (a Thursday) -------------
RC = "Regal Cinemas, Inc."
CT = "Consolidated Theatres Holdings, GP"
A["us-doj-federal-register-regal-cinemas-consolidated-theatres-proposed-final-judgment-2008"] = dict(
 # Organizations: the United States District Court for the District of Columbia (twice, the second inside 'the
 # Office of the Clerk of ...'), the Department of Justice ('at the Department of Justice in Washington, DC',
 # 'Department of Justice regulations'), the Antitrust Division ('from the Antitrust Division'). Companies: Regal
 # Cinemas, Inc. (the case name and the acquisition), Consolidated Theatres Holdings, GP (likewise; the same form
 # twice, no short name). Locations: the United States ('the United States filed' twice; the case name's slip 'in
 # States of America v.' is the same plaintiff, not an alias: **doubtful**, a reader may list 'States of America'),
 # Asheville, Charlotte, Raleigh, North Carolina ('in Asheville, Charlotte, and Raleigh, North Carolina': three cities
 # and their state), Washington, DC (three times: the Department's place, the address, the court's place). Not
 # annotated: 'first-run, commercial movie theatres' (unnamed), 'those three geographic regions', 'the industry',
 # 'private litigants', '$210 million', 'Suite 1010, 450 Fifth Street, NW.' (an address), the Complaint, the Final
 # Judgment, the Stipulation and the Competitive Impact Statement (court papers), 'Civil Action No. 08-00746', the
 # Antitrust Procedures and Penalties Act and the Clayton Act (laws), the Office of the Clerk (42k)
 entities=[E("Organization", DDC), US, E("Company", RC), E("Company", CT)]
          + locs("Asheville", "Charlotte", "Raleigh", "North Carolina")
          + [E("Organization", DOJ), E("Location", "Washington, DC"), E("Organization", ATR)],
 # No person in the kept text (the section chief is past the cut)
 roles=[],
 # 'the proposed acquisition by Regal Cinemas, Inc. of Consolidated Theatres Holdings, GP', with the defendants to
 # divest theatres 'in order to proceed with the proposed $210 million transaction' on a proposed Final Judgment ->
 # agreed: acquired(Regal Cinemas, Inc., Consolidated Theatres Holdings, GP) only (the notice does not say the deal
 # closed). The ordered sale of first-run theatres in the three regions names no theatre and no buyer -> nothing
 # (**near-miss**). Regal and Consolidated as rivals in the three regions (implied by 'lessening competition') ->
 # nothing (**near-miss**). 'from the Antitrust Division' and 'Department of Justice regulations' -> the Division
 # under the Department (41c)
 relations=[L(RC, "acquired", CT), ATR_DOJ],
 outages=[],
 # 'April 29, 2008' -> 2008-04-29 (the Complaint); 'April 30, 2008' -> 2008-04-30 (the Competitive Impact
 # Statement). Not dates: 'within 60 days' (past the cut), '1 6(b)-(h)', '08-00746', 'Section 7', '15 U.S.C. 18',
 # 'Suite 1010', '20530', '$210 million'
 dates=[D("April 29, 2008", "2008-04-29"), D("April 30, 2008", "2008-04-30")])

# ---- Thales / Gemalto, Federal Register notice, published 2019-03-11 (a Monday) ------------------------------------
THA = "Thales S.A."
GEM = "Gemalto N.V."
TFS = "Technology and Financial Services Section"
A["us-doj-federal-register-thales-gemalto-proposed-final-judgment-2019"] = dict(
 # Organizations: the United States District Court for the District of Columbia (twice, once inside 'the Office of
 # the Clerk of ...'), the Antitrust Division (four times: "the Antitrust Division's website" twice, 'from the
 # Antitrust Division', the chief's address), the Department of Justice ('Department of Justice regulations', the
 # chief's address), the Technology and Financial Services Section (the chief's section). Companies: Thales S.A. (the
 # case name, "Thales S.A.'s proposed acquisition", 'requires Thales S.A. to divest': one form throughout), Gemalto
 # N.V. (the case name and the acquisition). Person: Aaron Hoag. Locations: the United States (plaintiff: 'United
 # States of America v.' in the case name, 'the United States filed', "the United States' approval"), Washington, DC
 # (the address). Not annotated: 'its General Purpose HSM Products business' (the business to be sold, named by a
 # product class, general purpose hardware security modules: **doubtful**, a reader may make it a Company under
 # Thales S.A. as 43m's 'Alcan Packaging Medical Flexibles business', or a Service; here left out as a descriptive
 # name), 'an acquirer' (unnamed), the website 'http://www.justice.gov/atr', the Office of the Clerk, the Federal
 # Register, the laws and court papers, 'Civil Action No. 1:19-cv-00569-BAH', the street address and telephone number
 entities=[E("Organization", DDC), US, E("Company", THA), E("Company", GEM), E("Organization", ATR),
           E("Organization", DOJ), E("Person", "Aaron Hoag"), E("Organization", TFS),
           E("Location", "Washington, DC")],
 # 'Aaron Hoag, Chief, Technology and Financial Services Section, Antitrust Division' -> head of the Section, current
 # (21c, 42z, 43h, 43m)
 roles=[R("Aaron Hoag", "head", TFS)],
 # "Thales S.A.'s proposed acquisition of Gemalto N.V.", settled on a proposed Final Judgment -> agreed:
 # acquired(Thales S.A., Gemalto N.V.) only. 'requires Thales S.A. to divest to an acquirer, subject to the United
 # States' approval, its General Purpose HSM Products business' -> ordered, no buyer named -> nothing (**near-miss**;
 # the business is not an entity here, see above). The Section under the Division, the Division under the Department
 relations=[L(THA, "acquired", GEM), L(TFS, "parentOrganization", ATR), ATR_DOJ],
 outages=[],
 # 'February 28, 2019' -> 2019-02-28. 'within 60 days of the date of this notice' is a span, not listed (21c).
 # Not dates: '16(b)-(h)', '1:19-cv-00569-BAH', 'Section 7', '15 U.S.C. 18', 'Suite 7100', '20530', the telephone
 dates=[D("February 28, 2019", "2019-02-28")])

# ---- Olympus Growth Fund VI / Liqui-Box / DS Smith, Federal Register notice, published 2020-02-28 (a Friday) ------
OGF = "Olympus Growth Fund VI, L.P."
LQB = "Liqui-Box, Inc."
DSS = "DS Smith plc"
PD = "Plastics Division"
A["us-doj-federal-register-olympus-liqui-box-ds-smith-plastics-division-proposed-final-judgment-2020"] = dict(
 # Organizations: the United States District Court for the District of Columbia (twice, once inside 'the Office of
 # the Clerk of ...'), the Antitrust Division ("the Antitrust Division's website", 'from the Antitrust Division'), the
 # Department of Justice ('Department of Justice regulations', 41c). Companies: Olympus Growth Fund VI, L.P. (the
 # case name and the acquisition; a fund that owns companies -> Company, as 42h's SPO Partners, II, L.P.), the
 # Plastics Division ('the Plastics Division of DS Smith plc': a named division -> Company, as 43o's Consumer
 # Products Division; **doubtful**: a reader may read 'Plastics Division' as a generic unit name and leave it out),
 # DS Smith plc ('DS Smith' in "DS Smith's": alias), Liqui-Box, Inc. ('Liqui-Box' in 'offered by Liqui-Box': alias).
 # Location: the United States (plaintiff: 'United States of America v.' in the case name, 'the United States
 # filed'; place: 'in the United States'). Not annotated: 'Bag-in-Box (BiB) product lines' and 'BiB product lines'
 # (a kind of packaging, not a brand: **doubtful**, a reader may make 'Bag-in-Box' a Service of DS Smith plc and of
 # Liqui-Box, Inc.), 'dairy, post-mix, smoothie, and wine' (uses), 'Defendants', the website, the Office of the
 # Clerk, the laws and court papers, 'Civil Action No. 1:20-cv-00464'
 entities=[E("Organization", DDC), US, E("Company", OGF), E("Company", PD), E("Company", DSS, "DS Smith"),
           E("Company", LQB, "Liqui-Box"), E("Organization", ATR), E("Organization", DOJ)],
 # No person in the kept text (the section chief Katrina Rouse is in the sentence cut)
 roles=[],
 # 'the proposed acquisition of the Plastics Division of DS Smith plc by Olympus Growth Fund VI, L.P., through its
 # portfolio company Liqui-Box, Inc.', settled on a proposed Final Judgment -> agreed: acquired(Olympus Growth Fund
 # VI, L.P., Plastics Division) only (the text names the fund as the buyer; **doubtful**: a reader may give the
 # acquisition to Liqui-Box, Inc., the vehicle 'through' which it is made, or to both). 'the Plastics Division of DS
 # Smith plc' -> parentOrganization(Plastics Division, DS Smith plc) (the seller's division; ownership before the sale
 # is still recorded, GUIDELINES). 'its portfolio company Liqui-Box, Inc.' -> parentOrganization(Liqui-Box, Inc.,
 # Olympus Growth Fund VI, L.P.) (**doubtful**: 'portfolio company' says the fund holds it, not in so many words that
 # it controls it). The ordered divestiture of DS Smith's overlapping BiB product lines names no buyer -> nothing
 # (**near-miss**); Liqui-Box and DS Smith as rivals in BiB ('overlap with BiB product lines offered by Liqui-Box') ->
 # nothing (**near-miss**). "the Antitrust Division's website" and 'Department of Justice regulations' -> the
 # Division under the Department
 relations=[L(OGF, "acquired", PD), L(PD, "parentOrganization", DSS), L(LQB, "parentOrganization", OGF), ATR_DOJ],
 outages=[],
 # 'February 19, 2020' -> 2020-02-19. 'within 60 days of the date of this notice' is a span, not listed (21c).
 # Not dates: '16(b)-(h)', '1:20-cv-00464', 'Section 7', '15 U.S.C. 18', 'Fund VI'
 dates=[D("February 19, 2020", "2020-02-19")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
