#!/usr/bin/env python3
"""Batch 48b gold annotations (the texts of batch48b.py: the Antitrust Division's Federal Register notice on the
settlement of the suit against Stericycle, Inc.'s proposed acquisition of Healthcare Waste Solutions, 14 April 2011;
the Justice Department's release requiring The McClatchy Company and Knight Ridder Inc. to divest the St. Paul Pioneer
Press, 27 June 2006; the Division's notice on the settlement of the suit against United Technologies Corporation's
proposed acquisition of Goodrich Corporation, 2 August 2012), written from the texts alone; newskg was not run on
them. The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 41c, 42w, 43l, 43o, 44j, 47f, 47l, 47w and 47z for the Division's notices and releases;
GUIDELINES section 2): 'the proposed acquisition by X of Y' / 'the proposed acquisition of Y by X' settled on a
proposed Final Judgment awaiting the court -> agreed: `acquired` only (42w, 43j, 43m, 47l, 47z); 'Y can merge with
and into X' -> X the surviving company: agreed, `acquired` only (**doubtful**, see the release); "X's <newspaper>" ->
the newspaper under X (parentOrganization; newspapers are Company, GUIDELINES); an ordered divestiture of a
facility, a business or a newspaper naming no buyer -> nothing (near-miss; 44c, 47n, 47r, 47t, 47z); "'Name',
Assistant Attorney General for the Department's Antitrust Division" -> head of the Division, current (44a, 44c, 44e,
44f); 'the Department of Justice, Antitrust Division, Antitrust Documents Group' -> the Group under the Division, the
Division under the Department (43o, 47w, 47z); "The Department's Antitrust Division" -> the Division under the
Department (44j); the United States as plaintiff -> Location, without the case name's 'United States of America' as
an alias (43h, 43j, 43m, 47l, 47z); a State as co-plaintiff ('State of New York') -> Location, the state's bare name
in the text its alias (42h, 42w); 'City, State' -> two Locations (42k, 43l); the address 'Washington, DC' and the
dateline and court seat 'Washington, D.C.' -> Location (43o, 44j, 47w, 47z); courts -> Organization under the name
the text gives ('U.S. District Court', 44j); defined short names in brackets ('HWS', 'Goodrich', 'UTC') and the
release's short forms ('McClatchy', 'Knight Ridder') -> aliases; laws, court papers, the website, the Office of the
Clerk, street addresses, telephone numbers, case numbers and kinds of service or product ('infectious waste treatment
services', 'small engine control products') not annotated; 'the Complaint', 'the court', 'the Department', 'the
transaction', 'the two newspapers' are generic phrases.
usage: batch48b_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather49b/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
from batch41c_annotate import DOJ, ATR, ATR_DOJ, DDC
from batch42w_annotate import ADG, ADG_ATR

A = {}
US = E("Location", "United States")

# ---- Stericycle / Healthcare Waste Solutions, Federal Register notice, published 2011-04-14 (a Thursday) -------------
STC = "Stericycle, Inc."
HWS = "Healthcare Waste Solutions"
A["us-doj-federal-register-stericycle-healthcare-waste-solutions-proposed-final-judgment-2011"] = dict(
 # Organizations: the United States District Court for the District of Columbia (twice, the second inside 'the
 # Office of the Clerk of ...'), the Department of Justice ('the Department of Justice, Antitrust Division, Antitrust
 # Documents Group', "the Department of Justice's Web site", 'Department of Justice regulations'), the Antitrust
 # Division (twice), the Antitrust Documents Group. Companies: Stericycle, Inc. (the case name and the acquisition;
 # 'Stericycle' in 'requires Stericycle and HWS': an alias), Healthcare Waste Solutions ('(``HWS'')', then 'HWS' and
 # "HWS's": an alias). Locations: the United States (plaintiff: 'United States of America and State of New York v.'
 # in the case name, 'the United States and the attorney general ... filed'), the State of New York (co-plaintiff,
 # twice; 'New York' in "HWS's Bronx, New York transfer station" read as the state after the borough, 'City, State':
 # an alias; **doubtful**: a reader may read that 'New York' as the city, or leave it out), the Bronx ('Bronx'), New
 # York City ('the New York City metropolitan area'), Washington, DC (the address). No person: 'the attorney general
 # for the State of New York' is unnamed (no entity, no role; **near-miss**; a reader may take the state's attorney
 # general as an Organization, but the text names an office-holder, not a body). Not annotated: 'et al.' (the other
 # defendants, unnamed in the kept text), the Antitrust Procedures and Penalties Act and the Clayton Act (laws), the
 # proposed Final Judgment, the Competitive Impact Statement and the Complaint (court papers), 'Civil Action No.
 # 1:11-cv-00689', "HWS's Bronx, New York transfer station" (a facility named by its place only, not a named site),
 # 'infectious waste treatment services' (a kind of service), 'customers' (unnamed), the street address '450 Fifth
 # Street, NW., Suite 1010', the telephone number, the website 'http://www.usdoj.gov/atr', the Office of the Clerk,
 # 'Department of Justice regulations' (rules, the Department counted once)
 entities=[E("Organization", DDC), US, E("Location", "State of New York", "New York"),
           E("Company", STC, "Stericycle"), E("Company", HWS, "HWS")]
          + locs("Bronx", "New York City")
          + [E("Organization", DOJ), E("Organization", ATR), E("Organization", ADG), E("Location", "Washington, DC")],
 # No named person in the kept text (the section chief's name is past the cut)
 roles=[],
 # 'the proposed acquisition by Stericycle, Inc. of Healthcare Waste Solutions (``HWS'')', settled on a proposed
 # Final Judgment awaiting the court -> agreed: acquired(Stericycle, Inc., Healthcare Waste Solutions) only (47l,
 # 47z). 'requires Stericycle and HWS to divest HWS's Bronx, New York transfer station' -> a facility, no buyer named
 # -> nothing (**near-miss**; the station is HWS's, but a facility is no Company, so no parentOrganization). 'the
 # Department of Justice, Antitrust Division, Antitrust Documents Group' -> the Group under the Division, the
 # Division under the Department. The State of New York and the United States as co-plaintiffs -> no relation
 relations=[L(STC, "acquired", HWS), ADG_ATR, ATR_DOJ],
 outages=[],
 # 'April 8, 2011' -> 2011-04-08 (the Complaint filed; a Friday). Not dates: '16(b)-(h)', '1:11-cv-00689', 'Section
 # 7', '15 U.S.C. 18' (law and case references), '20530' (a ZIP code), '202-514-2481', 'Suite 1010'
 dates=[D("April 8, 2011", "2011-04-08")])

# ---- McClatchy / Knight Ridder / St. Paul Pioneer Press, Justice Department release, published 2006-06-27 (Tuesday) --
MCC = "The McClatchy Company"
KR = "Knight Ridder Inc."
SPP = "St. Paul Pioneer Press"
STR = "Star Tribune"
A["us-doj-mcclatchy-knight-ridder-divest-st-paul-pioneer-press-2006"] = dict(
 # Locations: Washington, D.C. (the dateline 'WASHINGTON' and the court's seat 'Washington, D.C.': one entity, the
 # dateline's capitals an alias, as 44j), Minneapolis and St. Paul ('the Minneapolis/St. Paul metropolitan area'
 # and, in the quotation, 'Minneapolis/St.Paul': 'St.Paul' an alias of St. Paul; the slashed pair split into its two
 # cities, 'City/City' as 'City, State' is split (42k, 43l); **doubtful**: a reader may keep 'Minneapolis/St. Paul'
 # as one metropolitan area, or leave the area out as a region named by its cities). Organizations: the Department
 # of Justice ('The Department of Justice announced'; 'the Department' (eight times) generic), the Antitrust
 # Division ("The Department's Antitrust Division", "the Department's Antitrust Division"), the court ('U.S.
 # District Court in Washington, D.C.' -> 'U.S. District Court', as 44j; 'the court' generic). Companies: The
 # McClatchy Company ('McClatchy' three times, also "McClatchy's": an alias), Knight Ridder Inc. ('Knight Ridder'
 # twice, also "Knight Ridder's": an alias), the St. Paul Pioneer Press (a daily newspaper -> Company, GUIDELINES;
 # three times, each with 'the' before it, 'the' not part of the name), the Star Tribune (a newspaper -> Company;
 # "McClatchy's Star Tribune"). Person: Thomas O. Barnett. Not annotated: 'the transaction', 'the lawsuit', 'the
 # consent decree', 'the complaint' (court papers and generic), 'daily newspapers', 'advertisers and readers',
 # 'local advertisers' (generic), 'the two newspapers' (generic; the two named papers), '$' none
 entities=[E("Location", "Washington, D.C.", "WASHINGTON"), E("Organization", DOJ),
           E("Company", MCC, "McClatchy"), E("Company", KR, "Knight Ridder"), E("Company", SPP),
           E("Location", "Minneapolis"), E("Location", "St. Paul", "St.Paul"), E("Organization", ATR),
           E("Organization", "U.S. District Court"), E("Person", "Thomas O. Barnett"), E("Company", STR)],
 # 'Thomas O. Barnett, Assistant Attorney General for the Department's Antitrust Division' -> head of the Antitrust
 # Division (the Assistant Attorney General leads the Division: 44a's Klein, 44c's Snyder, 44f's Melamed as
 # Acting), current
 roles=[R("Thomas O. Barnett", "head", ATR)],
 # 'their proposed multi-billion dollar newspaper merger' and 'Under the terms of the consent decree, Knight Ridder
 # can merge with and into McClatchy' -> Knight Ridder merges into McClatchy, McClatchy the survivor: agreed, not yet
 # done (the release requires the divestiture 'in order to proceed'): acquired(The McClatchy Company, Knight Ridder
 # Inc.) only (**doubtful**: the body calls it a 'merger' and never says 'acquire' (only the title, not annotated,
 # says 'the Acquisition of Knight Ridder Inc. by the McClatchy Company'); 'merge with and into McClatchy' names the
 # surviving company, so who takes whom over is told; a reader who holds to GUIDELINES' 'a merger where the text does
 # not say who buys whom: nothing' may leave it out). "McClatchy's Star Tribune" -> parentOrganization(Star Tribune,
 # The McClatchy Company). "Knight Ridder's St. Paul Pioneer Press" -> parentOrganization(St. Paul Pioneer Press,
 # Knight Ridder Inc.). 'McClatchy must divest the St. Paul Pioneer Press' (and 'require The McClatchy Company and
 # Knight Ridder Inc. to divest the St. Paul Pioneer Press') -> an ordered sale, no buyer named -> nothing
 # (**near-miss**; no parentOrganization(Pioneer Press, McClatchy) either: the paper is Knight Ridder's in the text,
 # and McClatchy holds it only through the merger, which the acquired relation carries). 'McClatchy's Star Tribune
 # competes aggressively ... with Knight Ridder's St. Paul Pioneer Press', 'head-to-head competition between McClatchy
 # and Knight Ridder' -> rivals, no relation (**near-miss**). "The Department's Antitrust Division" -> the Division
 # under the Department
 relations=[L(MCC, "acquired", KR), L(STR, "parentOrganization", MCC), L(SPP, "parentOrganization", KR), ATR_DOJ],
 outages=[],
 # 'today' (twice: 'announced today', 'filed ... today') -> 2006-06-27, one item. Not dates: 'At the same time' (no
 # calendar value of its own), 'multi-billion dollar'
 dates=[D("today", "2006-06-27")])

# ---- United Technologies / Goodrich, Federal Register notice, published 2012-08-02 (a Thursday) ---------------------
UTC = "United Technologies Corporation"
GR = "Goodrich Corporation"
A["us-doj-federal-register-utc-goodrich-proposed-final-judgment-2012"] = dict(
 # Organization: the United States District Court for the District of Columbia (once). Companies: United
 # Technologies Corporation (the case name and the acquisition; '(``UTC'')' and 'UTC' once more: an alias), Goodrich
 # Corporation (the case name and the acquisition; '(``Goodrich'')' and "Goodrich's" twice: an alias). Locations:
 # the United States (plaintiff: 'United States v.' in the case name, 'the United States filed'), West Hartford and
 # Connecticut ("Goodrich's facility in West Hartford, Connecticut": 'City, State', two Locations, as 43l). Not
 # annotated: the Antitrust Procedures and Penalties Act and the Clayton Act (laws), the proposed Final Judgment, the
 # Hold Separate Stipulation and Order, the Competitive Impact Statement and the Complaint (court papers), 'Civil
 # Action No. 1:12-cv-01230', "Goodrich's small engine control products business" (a business described by its
 # products, not named: no Company; **doubtful**: a reader may take it as a named unit of Goodrich, as 43l's 'Alcan
 # Packaging Food Americas business', but there the business carries a proper name), "Goodrich's facility in West
 # Hartford" (a facility named by its place only), 'other tangible and intangible assets'. No Department or Division
 # in the kept text (the GPO header's 'DEPARTMENT OF JUSTICE' and 'Antitrust Division' are cut, as 43l's Bemis)
 entities=[E("Organization", DDC), US, E("Company", UTC, "UTC"), E("Company", GR, "Goodrich")]
          + locs("West Hartford", "Connecticut"),
 # No person in the kept text (the section chief's name is past the cut)
 roles=[],
 # 'the proposed acquisition of Goodrich Corporation (``Goodrich'') by United Technologies Corporation (``UTC'')',
 # settled on a proposed Final Judgment awaiting the court -> agreed: acquired(United Technologies Corporation,
 # Goodrich Corporation) only (47l, 47z; the text does not say the deal closed). 'requires UTC to divest assets
 # comprising Goodrich's small engine control products business, including Goodrich's facility in West Hartford,
 # Connecticut' -> an unnamed business and a facility, no buyer named -> nothing (**near-miss**)
 relations=[L(UTC, "acquired", GR)],
 outages=[],
 # 'July 26, 2012' -> 2012-07-26 (the Complaint filed; a Thursday). Not dates: '16(b)-(h)', '1:12-cv-01230',
 # 'Section 7', '15 U.S.C. 18' (law and case references)
 dates=[D("July 26, 2012", "2012-07-26")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
