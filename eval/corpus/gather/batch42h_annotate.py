#!/usr/bin/env python3
"""Batch 42h gold annotations (the texts of batch42h.py: the EDVA U.S. Attorney's Office's release on SAP SE's
resolution of the Justice Department's and the SEC's FCPA investigations over bribes in South Africa and Indonesia,
10 January 2024; the Antitrust Division's Federal Register notices on ZF Friedrichshafen AG's proposed acquisition of
WABCO Holdings, Inc. with the divestiture of WABCO's R.H. Sheppard Co., Inc. subsidiary, 31 January 2020, on Neenah
Enterprises, Inc.'s proposed acquisition of substantially all of the assets of U.S. Holdings' subsidiary US Foundry,
25 October 2021, and on Vulcan Materials Company's proposed acquisition of Aggregates USA, LLC, 16 January 2018),
written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt
along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 41c and 42b for the Federal Register notices, after 21c, 22b, 40zi, 40zk; 41p and 42b for the
corporate criminal releases, after 39s, 40d, 40h; GUIDELINES section 2): a deal the Division lets proceed on a
settlement that awaits the court ('the proposed acquisition') is agreed -> `acquired` only; an acquisition of
(substantially all of) a company's assets is an asset purchase -> nothing (near-miss); an ordered divestiture -> nothing
(near-miss); "X's Y subsidiary" / "X's subsidiary Y" -> parentOrganization(Y, X); the Antitrust Division ->
`parentOrganization` Department of Justice where both are named ('Department of Justice regulations'); courts ->
Organization; the United States as plaintiff -> Location, 'United States of America' in case names its alias; a state
as co-plaintiff ('the State of Tennessee') -> Location (21c's 'State of Illinois'); the Division's website, the
Office of the Clerk, the Federal Register, laws, court papers, agreements and charges not annotated; '(Acting)
Assistant Attorney General of the Justice Department's Criminal Division' -> head of the Criminal Division (41p's
Blanco) and the Criminal Division -> parentOrganization the Justice Department; a US Attorney -> no role where no
office is named as a body (41p's Kim and Williams, 42b's Haag); the judicial district in a title ('the Eastern
District of Virginia') not annotated (41p, doubtful); a release's dateline city and state abbreviation -> Location
(40d's 'SALT LAKE CITY', 37b's 'Calif.').
usage: batch42h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather43h/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC, US

CD = "Criminal Division"
USJD = "U.S. Justice Department"
A = {}

# ---- SAP SE, USAO EDVA, published 2024-01-10 (a Wednesday) ------------------------------------------------------------
A["us-doj-usao-edva-sap-foreign-bribery-resolution-south-africa-indonesia-2024"] = dict(
 # Company: SAP SE ('SAP', eight times, also in 'SAP's'). Organizations: the U.S. Justice Department ('Justice
 # Department' in 'the Justice Department's Criminal Division' an alias; 'the department', four times, generic, not
 # an alias: 40zi, 41h), its Criminal Division, the Securities and Exchange Commission ('SEC', twice). People:
 # Jessica D. Aber, Nicole M. Argentieri. Locations: the dateline 'ALEXANDRIA' and 'Va.' (37b's 'Calif.'), Germany
 # ('based in Germany'), South Africa (three times), Indonesia (twice). Not annotated: 'the Eastern District of
 # Virginia' (twice; where the information was filed and in Aber's title: the judicial district, 41p; **doubtful**),
 # 'prosecutorial authorities in South Africa' and 'state-owned enterprises' (unnamed), 'South African' and
 # 'Indonesian' (adjectives), the FCPA (a law), the DPA (an agreement), the criminal information (a court paper),
 # 'government officials' (unnamed)
 entities=[E("Company", "SAP SE", "SAP"),
           E("Organization", USJD, "Justice Department"), E("Organization", CD),
           E("Organization", "Securities and Exchange Commission", "SEC"),
           E("Person", "Jessica D. Aber"), E("Person", "Nicole M. Argentieri")]
          + locs("ALEXANDRIA", "Va.", "Germany", "South Africa", "Indonesia"),
 # Argentieri, 'Acting Assistant Attorney General ... of the Justice Department's Criminal Division' -> head of the
 # Criminal Division (acting, current; 41p's Blanco). Aber, 'U.S. Attorney ... for the Eastern District of Virginia':
 # no role (no office named as a body in the kept text: the heading line 'U.S. Attorney's Office, Eastern District of
 # Virginia' is cut; 41p's Kim and Williams, 42b's Haag; **doubtful**)
 roles=[R("Nicole M. Argentieri", "head", CD)],
 # 'the Justice Department's Criminal Division' -> parentOrganization. 'The department's resolution is coordinated
 # with prosecutorial authorities in South Africa, as well as with the SEC' -> nothing (prosecuting and regulatory
 # bodies acting together on one case, not a partnership of organisations in GUIDELINES' sense: 41p's 'SDNY and the
 # DOJ'; the South African authorities unnamed). The bribes 'to obtain valuable government business' name no
 # contract partner. SAP's subsidiaries are not in the kept text (no parentOrganization)
 relations=[L(CD, "parentOrganization", USJD)],
 outages=[],
 # No resolvable time expression in the kept text: 'three-year' is a span; 'Today's resolution' is in the cut
 # sentence
 dates=[])

# ---- ZF Friedrichshafen / WABCO, Federal Register notice, published 2020-01-31 --------------------------------------
A["us-doj-federal-register-zf-friedrichshafen-wabco-proposed-final-judgment-2020"] = dict(
 # Companies: ZF Friedrichshafen AG (twice; also in the case name), WABCO Holdings, Inc. ('WABCO' in 'WABCO's
 # R.H. Sheppard Co., Inc. subsidiary' and 'related WABCO assets'), R.H. Sheppard Co., Inc. Organizations: the court
 # (twice), the Antitrust Division (twice), the Department of Justice ('Department of Justice regulations').
 # Location: the United States (plaintiff; 'United States of America' in the case name). Not annotated: 'Defendants'
 # and 'et al.' (unnamed parties), 'certain related WABCO assets' (unnamed assets), the website, the Office of the
 # Clerk, the laws and court papers
 entities=[E("Organization", DDC),
           E("Company", "ZF Friedrichshafen AG"),
           E("Company", "WABCO Holdings, Inc.", "WABCO"),
           E("Company", "R.H. Sheppard Co., Inc."),
           US, E("Organization", ATR), E("Organization", DOJ)],
 # No person in the kept text
 roles=[],
 # 'ZF Friedrichshafen AG's proposed acquisition of WABCO Holdings, Inc.', settled on a proposed Final Judgment ->
 # agreed: acquired only. "WABCO's R.H. Sheppard Co., Inc. subsidiary" -> parentOrganization(R.H. Sheppard Co.,
 # Inc., WABCO Holdings, Inc.). The ordered divestiture of the subsidiary names no buyer -> nothing (**near-miss**)
 relations=[L("ZF Friedrichshafen AG", "acquired", "WABCO Holdings, Inc."),
            L("R.H. Sheppard Co., Inc.", "parentOrganization", "WABCO Holdings, Inc."),
            ATR_DOJ],
 outages=[],
 # 'January 23, 2020' -> 2020-01-23. 'within 60 days of the date of this notice' is a span. Not dates:
 # '16(b)-(h)', '1:20-cv-00182', 'Section 7', '15 U.S.C. 18'
 dates=[D("January 23, 2020", "2020-01-23")])

# ---- Neenah Enterprises / US Foundry, Federal Register notice, published 2021-10-25 ----------------------------------
A["us-doj-federal-register-neenah-enterprises-us-foundry-proposed-final-judgment-2021"] = dict(
 # Companies: Neenah Enterprises, Inc. ('Neenah Enterprises' in "Neenah Enterprises' proposed acquisition"), U.S.
 # Holdings, Inc. ('U.S. Holdings' in "U.S. Holdings' subsidiary"), U.S. Foundry and Manufacturing Corporation ('US
 # Foundry', as written without full stops; the case name's party and the subsidiary are one company: the case name
 # lists the two holders and the foundry company, the complaint names 'U.S. Holdings' subsidiary US Foundry').
 # Organizations: the court, the Antitrust Division (three times), the Department of Justice ('Department of
 # Justice regulations'). Location: the United States (plaintiff). Not annotated: 'eleven states' (unnamed), 'over
 # 500 gray iron municipal casting patterns' (assets, no product name), the website, the Office of the Clerk, 'the
 # Court' (generic), the Federal Register, the laws and court papers
 entities=[E("Organization", DDC),
           E("Company", "Neenah Enterprises, Inc.", "Neenah Enterprises"),
           E("Company", "U.S. Holdings, Inc.", "U.S. Holdings"),
           E("Company", "U.S. Foundry and Manufacturing Corporation", "US Foundry"),
           US, E("Organization", ATR), E("Organization", DOJ)],
 # No person in the kept text (the acting section chief Jay Owen is in the sentence cut)
 roles=[],
 # "U.S. Holdings' subsidiary US Foundry" -> parentOrganization(U.S. Foundry and Manufacturing Corporation, U.S.
 # Holdings, Inc.). "Neenah Enterprises' proposed acquisition of substantially all of the assets of ... US Foundry"
 # -> nothing (an asset purchase, GUIDELINES; **doubtful**: 'substantially all of the assets' is the whole business
 # in all but form, and a reader may give acquired(Neenah Enterprises, Inc., U.S. Foundry and Manufacturing
 # Corporation) as agreed; **near-miss**). The ordered divestiture of casting patterns names no buyer -> nothing
 # (**near-miss**)
 relations=[L("U.S. Foundry and Manufacturing Corporation", "parentOrganization", "U.S. Holdings, Inc."), ATR_DOJ],
 outages=[],
 # 'October 14, 2021' -> 2021-10-14. 'within 60 days of the date of this notice' is a span. Not dates:
 # '16(b)-(h)', '1:21-cv-02701', 'Section 7', '15 U.S.C. 18'
 dates=[D("October 14, 2021", "2021-10-14")])

# ---- Vulcan Materials / Aggregates USA, Federal Register notice, published 2018-01-16 -------------------------------
A["us-doj-federal-register-vulcan-materials-aggregates-usa-proposed-final-judgment-2018"] = dict(
 # Companies: Vulcan Materials Company ('Vulcan Material Company' in "Vulcan Material Company's proposed
 # acquisition", the notice's own slip: an alias, the same defendant), SPO Partners, II, L.P. (as written in the case
 # name; only there), Aggregates USA, LLC ('Aggregates USA', three times). Organizations: the court (twice), the
 # Antitrust Division ('the Antitrust Division's website'). Locations: the United States (plaintiff; 'United States
 # of America' in the case name), the State of Tennessee ('Tennessee' twice in 'Knoxville, Tennessee, Tri-Cities,
 # Tennessee': one state, an alias; **doubtful**: a reader may keep the co-plaintiff apart), Knoxville, Tri-Cities
 # (a named area of north-east Tennessee), Abingdon, Virginia. Not annotated: 'Defendants', 'active quarries,
 # plants, and yards', 'seventeen Aggregates USA facilities' (unnamed sites), the website, the Office of the Clerk,
 # the laws and court papers. The Department of Justice is in the sentence cut (no ATR_DOJ relation here)
 entities=[E("Organization", DDC),
           E("Company", "Vulcan Materials Company", "Vulcan Material Company"),
           E("Company", "SPO Partners, II, L.P."),
           E("Company", "Aggregates USA, LLC", "Aggregates USA"),
           US, E("Location", "State of Tennessee", "Tennessee"), E("Organization", ATR)]
          + locs("Knoxville", "Tri-Cities", "Abingdon", "Virginia"),
 # No person in the kept text
 roles=[],
 # "Vulcan Material Company's proposed acquisition of Aggregates USA, LLC", settled on a proposed Final Judgment ->
 # agreed: acquired(Vulcan Materials Company, Aggregates USA, LLC) only. SPO Partners, II, L.P. is a co-defendant
 # whose tie to Aggregates USA the kept text does not state -> nothing (**doubtful**: a reader who knows it as the
 # seller/owner may give parentOrganization; not stated). The ordered divestiture of Aggregates USA's quarries,
 # plants and yards names no buyer -> nothing (**near-miss**)
 relations=[L("Vulcan Materials Company", "acquired", "Aggregates USA, LLC")],
 outages=[],
 # 'December 22, 2017' -> 2017-12-22. Not dates: '16(b)-(h)', '1:17-cv-02761', 'Section 7', '15 U.S.C. 18'
 dates=[D("December 22, 2017", "2017-12-22")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
