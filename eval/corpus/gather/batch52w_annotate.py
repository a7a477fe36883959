#!/usr/bin/env python3
"""Gold for batch 52w (session 53, gatherer 52w): two FCC letters of 2010 and 2011 on noncommercial radio assignments
(the Audio Division's letter DA 10-1037 of 7 June 2010 granting, over Martin L. Hensley's objection and 'Petition to
Deny', the assignment of the construction permit for new unbuilt station WMUI(FM), Rushville, Indiana, from The
President and Trustees of Miami University of Ohio to Rush County (Indiana) Schools; the Audio Division's letter DA
11-695 of 15 April 2011 denying Friends of KTRU's petition to deny and three listeners' objections and granting the
assignment of KTRU(FM) and FM translator K218DA, Houston, Texas, from William Marsh Rice University to University of
Houston System -- both the FCC's own text files), written from the texts alone; newskg was not run on them. The split
follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates
resolve against `published`.
Conventions (batches 15f, 43n-52v of the lane; GUIDELINES section 2): a granted assignment whose consummation the
text does not tell -> acquired(assignee, the station) only (44k, 50c-52v), a construction permit's assignment as a
licence's (52t's WZNP(FM) permit; **doubtful**: a reader may hold an unbuilt station's permit no company to acquire);
the assignor of a station's licence or permit -> parentOrganization(S, assignor) (51e's to 52v's licensee call;
**doubtful**: a reader may give the licence or permit holder no ownership link); radio stations, an FM translator
included -> Company (35l, 43v, 49m, 51e-52v); universities and a public school system -> Organization (GUIDELINES:
universities and government bodies; 52t's Kent State University), so both sales here run between Organizations; a
listeners' group ('Friends of KTRU') -> Organization (GUIDELINES: NGOs; **doubtful**: a reader may leave an ad hoc
group of station supporters out or type it otherwise); 'the Commission' / 'Commission consent' -> Organization
'Commission', one surface form (51zg, 51zq, 52d, 52k, 52p, 52t); an objector named in the text -> Person, no role
(52p's William Johnson); short names in parentheses or quotation marks ('(\u201cMU\u201d ...)', '(\u201cRice\u201d)',
'(the \u201cStation\u201d)') -> aliases (52p's W244BC 'Station', 52v's WKCP); role labels defined in parentheses
('Permittee', 'Petitioners', 'Objectors') -> no alias (generic nouns; **doubtful**: 'Permittee' and 'Petitioners'
each name one party here); 'the \u201cStations\u201d' (two stations together) -> no alias; place names -> Location, a
state's abbreviation ('IN') its own Location as written (51r, 51zd, 52p, 52t, 52v); 'we' (the Division, unnamed in
the kept text) -> no entity; objectors -> no relation; files, facility IDs, applications, petitions, objections and
the 'Construction Permit' not annotated; the 'In re:' lines kept as `title` not annotated beyond what the text
repeats.
usage: batch52w_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53w/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- WMUI(FM), Rushville: Miami University of Ohio -> Rush County (Indiana) Schools (DA 10-1037), 2010-06-07 ---------
WMUI = "WMUI(FM)"
MU = "The President and Trustees of Miami University of Ohio"
RCS = "Rush County (Indiana) Schools"
A["us-fcc-miami-university-of-ohio-rush-county-indiana-schools-wmui-fm-rushville-permit-assignment-petition-to-deny-letter-2010"] = dict(
 # Company: WMUI(FM) (the 'In re:' line and 'Station WMUI(FM)'; '(the \u201cStation\u201d)' -> alias 'Station', the
 # letter's defined short name, as 52v's WKCP; **doubtful**: a reader may hold 'Station' a generic noun; 'new unbuilt
 # Station' names a station not yet on the air, still the permit's named facility). Organizations: The President and
 # Trustees of Miami University of Ohio (the permittee's legal name as written, kept whole; '(\u201cMU\u201d' -> alias;
 # 'Permittee' in the same parentheses a role label, no alias, **doubtful**; a university, GUIDELINES); Rush County
 # (Indiana) Schools ('(\u201cRush County\u201d)' -> alias, the letter's short name for the schools, not the county;
 # a public school system typed Organization, **doubtful**: a reader may type a school district Company or leave its
 # government nature aside); the Commission ('for Commission consent', 'received by the Commission' -> one surface
 # form). Person: Martin L. Hensley ('(\u201cHensley\u201d)', 'Hensley's' -> alias 'Hensley'; the objector, no title,
 # no role). Locations: Rushville (twice), IN (the 'In re:' line, as written), Indiana ('Rushville, Indiana'; the
 # 'Indiana' inside the schools' name is part of that name). Not annotated: 'the Application', 'the Construction
 # Permit', 'the November Objection', 'Petition to Deny', 'the December Objection' (filings, their defined names),
 # 'we' (the Division), the facility and file numbers.
 entities=[E("Company", WMUI, "Station"), E("Organization", MU, "MU"), E("Organization", RCS, "Rush County"),
           E("Organization", "Commission"), E("Person", "Martin L. Hensley", "Hensley"),
           E("Location", "Rushville"), E("Location", "IN"), E("Location", "Indiana")],
 # No person is named with a title (Hensley is a private objector; counsel were in the addressee block left out).
 roles=[],
 # - acquired(Rush County (Indiana) Schools, WMUI(FM)): 'the assignment of the construction permit ... for new
 #   unbuilt Station WMUI(FM) ... from The President and Trustees of Miami University of Ohio ... to Rush County
 #   (Indiana) Schools', 'and grant the Application' (granted, consummation not told -> acquired only, as 52t's
 #   WZNP(FM) permit; **doubtful** as in the docstring).
 # - parentOrganization(WMUI(FM), The President and Trustees of Miami University of Ohio): the permittee and assignor
 #   ('\u201cPermittee\u201d'; the lane's licensee call applied to a permit holder; **doubtful** as in the docstring).
 # Near-misses: Hensley's letter and 'Petition to Deny' (an objector: no relation; dismissed as petitions, denied as
 #   objections); no partner between the university and the schools (a sale); the Commission's consent (a regulator
 #   approving: no relation).
 relations=[L(RCS, "acquired", WMUI), L(WMUI, "parentOrganization", MU)],
 outages=[],
 # 'June 7, 2010' (the release line, = `published`); 'November 4, 2009' (the objection letter's receipt); 'December
 # 7, 2009' (the 'Petition to Deny'). Not dates: '20091016' inside the file number, 'an undated letter' (none),
 # 'DA 10-1037' (left out).
 dates=[D("June 7, 2010", "2010-06-07"), D("November 4, 2009", "2009-11-04"), D("December 7, 2009", "2009-12-07")])

# ---- KTRU(FM) and K218DA, Houston: William Marsh Rice University -> University of Houston System (DA 11-695), 2011-04-15
KTRU = "KTRU(FM)"
K218 = "K218DA"
RICE = "William Marsh Rice University"
UHS = "University of Houston System"
A["us-fcc-william-marsh-rice-university-university-of-houston-system-ktru-fm-houston-assignment-petition-to-deny-letter-2011"] = dict(
 # Companies: KTRU(FM) (the 'In re:' line and 'Station KTRU(FM)'; the 'KTRU' inside 'Friends of KTRU' is part of the
 # group's name, no mention of its own); K218DA (the 'In re:' line and 'FM Translator Station K218DA'; a translator
 # station typed Company as the lane's stations). '(the \u201cStations\u201d)' names both together -> no alias.
 # Organizations: William Marsh Rice University ('(\u201cRice\u201d)' -> alias; a university, GUIDELINES); University of
 # Houston System ('(\u201cUHS\u201d)' -> alias; a state university system, GUIDELINES); Friends of KTRU (the
 # petitioner; '(\u201cPetitioners\u201d)' a role label, no alias, **doubtful**; a supporters' group typed Organization,
 # **doubtful** as in the docstring). Locations: Houston (four times), Texas (four times). Not annotated: 'noncommercial
 # educational (\u201cNCE\u201d)' (a class of station), 'Applications', 'Petition to Deny', 'Petition', 'Informal
 # Objections' (filings), 'Objectors' and 'Three station listeners' (unnamed in the kept text: their names were in the
 # addressee block left out), 'we' (the Division), the facility and file numbers.
 entities=[E("Company", KTRU), E("Company", K218), E("Organization", RICE, "Rice"), E("Organization", UHS, "UHS"),
           E("Organization", "Friends of KTRU"), E("Location", "Houston"), E("Location", "Texas")],
 # No person is named in the kept text -> no role.
 roles=[],
 # - acquired(University of Houston System, KTRU(FM)) and acquired(University of Houston System, K218DA): 'the
 #   proposed assignment of license for ... Station KTRU(FM), Houston, Texas and FM Translator Station K218DA ... from
 #   William Marsh Rice University ... to University of Houston System', 'and grant the Applications' (granted,
 #   consummation not told -> acquired only; **doubtful**: a reader may give the translator, a relay of the main
 #   station, no acquisition of its own).
 # - parentOrganization(KTRU(FM), William Marsh Rice University) and parentOrganization(K218DA, William Marsh Rice
 #   University): the assignor of both licences (the lane's licensee call; **doubtful** as in the docstring).
 # Near-misses: Friends of KTRU's petition to deny and the listeners' objections (objectors: no relation, though the
 #   group bears the station's call letters); no partner between Rice and UHS (a sale); no parentOrganization(K218DA,
 #   KTRU(FM)) (a translator relays a station, but the text does not say whose signal K218DA carries).
 relations=[L(UHS, "acquired", KTRU), L(UHS, "acquired", K218), L(KTRU, "parentOrganization", RICE),
            L(K218, "parentOrganization", RICE)],
 outages=[],
 # 'April 15, 2011' (the release line, = `published`); 'December 3, 2010' (the petition's filing). Not dates:
 # '20101029' inside the file numbers, 'DA 11-695' (left out).
 dates=[D("April 15, 2011", "2011-04-15"), D("December 3, 2010", "2010-12-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
