#!/usr/bin/env python3
"""Batch 46f gold annotations (the texts of batch46f.py: the Wireless Telecommunications Bureau's order DA 07-1557 of
30 March 2007 granting WWC Holding Co., Inc.'s and RCC Minnesota, Inc.'s application to assign licences and denying
Hickory Tech Corporation's petition; the Commission's order on reconsideration FCC 14-7 of 30 January 2014 on the 2007
grant of the transfer of control of Tribune Company to Sam Zell, the Tribune ESOP and EGI-TRB, LLC), written from the
texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n, 43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg,
45zk, 45zo, 45zr, 45zu, 45zx and 46c; GUIDELINES section 2): 'Y, a wholly-owned (indirect) subsidiary of X' and 'X
... through its licensee subsidiaries, including Y' -> parentOrganization(Y, X) (43n); a transfer of control of a
named company to named buyers, granted, consummation not told -> acquired (buyer, company) for each named buyer that
is a company (46c's two funds), nothing for a person buyer (acquired is Company to Company) and no parentOrganization;
licence assignments -> nothing (asset deals); a petition against a grant, or a joint petition of several parties ->
no partner; a short name in parentheses -> alias (with the rendering's space as written); a caption's form differing
from the body's only by a leading 'The' -> not listed; 'Commission' (the FCC not named in full in the kept text) ->
Organization; a Bureau -> Organization, no parentOrganization to the Commission (45h, 45m); a broadcast station's call
sign named in the text -> Company (a broadcaster, GUIDELINES), **doubtful**; named trusts and plans not annotated
(43u's Halverson trust, 44b's trusts; GUIDELINES: programmes are no entities), **doubtful**; collective defined
terms ('the Applicants', 'the Zell Group', 'UCC/MA') not annotated; states and cities -> Location; laws, rule
sections, docket and file numbers, kinds of licence and unnamed subsidiaries or stations not annotated.
usage: batch46f_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather47f/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, L
import batch10_annotate as b10

A = {}

# ---- WWC Holding (ALLTEL) / RCC Minnesota (Rural Cellular), order DA 07-1557, published 2007-03-30 ----------------
WWC = "WWC Holding Co., Inc."
ALT = "ALLTEL Corporation"
RCM = "RCC Minnesota, Inc."
RCC = "Rural Cellular Corporation"
HT = "Hickory Tech Corporation"
ACI = "ALLTEL Communications, Inc."
A["us-fcc-wwc-holding-alltel-rcc-minnesota-rural-cellular-license-assignment-order-2007"] = dict(
 # Organizations: the Wireless Telecommunications Bureau ('By the Chief, Wireless Telecommunications Bureau:'; no
 # short form in the kept text; no parentOrganization to the Commission, 45h/45m); the Commission ('seeking
 # Commission consent'). Companies: WWC Holding Co., Inc. ('(“WWC”)'), ALLTEL Corporation ('(“ALLTEL”)'), RCC
 # Minnesota, Inc. ('(“RCCM”)'), Rural Cellular Corporation ('(“RCC”)'; 'RCC' also stands inside 'RCCM', another
 # entity's short name), Hickory Tech Corporation ('(“Hickory Tech”)'; the petitioner), ALLTEL Communications, Inc.
 # ('(“ACI”)'). Locations: Delaware ('a Delaware corporation'), Little Rock and Arkansas ('headquartered in Little
 # Rock, Arkansas': city and state, one each; **doubtful**: a reader may give one place 'Little Rock, Arkansas'). No
 # Person (the Bureau's Chief is not named). Not annotated: 'the Applicants' (a collective name), 'the Application',
 # 'PCS', 'Personal Communications Services', cellular, microwave and industrial/business pool licences (kinds of
 # licence), 'section 310(d)', 'Communications Act of 1934' ('the Communications Act'; a law), 'Petition To
 # Condition Approval or To Deny' (a filing), 'its licensee subsidiaries' (unnamed beyond ACI and WWC)
 entities=[E("Organization", "Wireless Telecommunications Bureau"), E("Organization", "Commission"),
           E("Company", WWC, "WWC"), E("Company", ALT, "ALLTEL"), E("Company", RCM, "RCCM"),
           E("Company", RCC, "RCC"), E("Company", HT, "Hickory Tech"), E("Company", ACI, "ACI"),
           E("Location", "Delaware"), E("Location", "Little Rock"), E("Location", "Arkansas")],
 roles=[],
 # 'WWC Holding Co., Inc. (“WWC”), a wholly- owned indirect subsidiary of ALLTEL Corporation' ->
 # parentOrganization(WWC, ALLTEL) (indirect ownership still ownership, 43n); 'RCC Minnesota, Inc. (“RCCM”), a
 # wholly-owned subsidiary of Rural Cellular Corporation' -> parentOrganization(RCCM, RCC); 'ALLTEL ... provides
 # wireless telecommunications services through its licensee subsidiaries, including ALLTEL Communications, Inc.
 # (“ACI”) and WWC' -> parentOrganization(ACI, ALLTEL) (WWC's link again, listed once). Near-misses: the assignment
 # of four cellular, one PCS and 28 microwave licences between WWC and RCCM (licences, not a company; the kept text
 # does not even say which way they go -> no acquired; **doubtful** no partner: a reader may read the two carriers'
 # joint application as a deal between partners; the GUIDELINES put asset deals under 'nothing'); Hickory Tech's
 # petition, denied (an objector, not a party to the deal -> no relation); ALLTEL 'publicly-traded' (no owner named)
 relations=[L(WWC, "parentOrganization", ALT), L(RCM, "parentOrganization", RCC), L(ACI, "parentOrganization", ALT)],
 outages=[],
 # 'March 30, 2007' (adopted and released, once as text) -> 2007-03-30. Not dates: '1934' in the Act's name,
 # 'section 310(d)', the licence counts
 dates=[D("March 30, 2007", "2007-03-30")])

# ---- Tribune Company / Sam Zell, order on reconsideration FCC 14-7, published 2014-01-30 ----------------------------
TC = "Tribune Company"
EGI = "EGI-TRB, LLC"
KT = "KTLA(TV)"
A["us-fcc-tribune-company-sam-zell-egi-trb-transfer-of-control-reconsideration-order-2014"] = dict(
 # Organizations: the Commission ('The Commission has before it', 'By the Commission:'); the United Church of Christ,
 # the Media Alliance (petitioners: a church body and an advocacy group -> Organization, 43n); the International
 # Brotherhood of the Teamsters ('(“Teamsters”)'; a union -> Organization). Companies: Tribune Company ('Tribune';
 # the caption's 'The Tribune Company' differs only by its leading 'The': not listed); EGI-TRB, LLC ('(“EGI- TRB”)',
 # the rendering's space as written); KTLA(TV) (a television station named in the caption, 'Applications for the
 # Renewal of License of KTLA(TV), Los Angeles, California' -> Company, a broadcaster; **doubtful**: a reader may
 # leave a call sign out as a licence rather than a company, 43n's call signs stood in the title only). Persons:
 # Sam Zell (a transferee, 'Sam Zell, et al.'; no title -> no role; 'Zell' alone stands only inside 'the Zell Group',
 # a collective name -> no alias), Charles Benton (a petitioner; no title -> no role). Locations: Los Angeles,
 # California (the station's place; one each). Not annotated: The Tribune Employee Stock Ownership Plan ('(“ESOP
 # Plan”)') and the Tribune Employee Stock Ownership Trust ('(“Tribune Trust”)') -- a plan and a trust among the
 # transferees (named trusts are not annotated, 43u, 44b; a plan is a programme, GUIDELINES; **doubtful**: both are
 # legal owners here, and a reader may make them Organizations); 'the Zell Group', 'UCC/MA' (collective names);
 # 'Tribune I' (a decision's short name); 'Shareholders of Tribune Company' / 'its former shareholders' (unnamed);
 # 'MB Docket No. 07-119', 'File Nos. BRCT-20060811ASH' (numbers); 'its licensee subsidiaries', 'four of its
 # stations' (unnamed beyond KTLA(TV))
 entities=[E("Organization", "Commission"), E("Company", TC, "Tribune"), E("Company", EGI, "EGI- TRB"),
           E("Company", KT), E("Person", "Sam Zell"), E("Person", "Charles Benton"),
           E("Organization", "United Church of Christ"), E("Organization", "Media Alliance"),
           E("Organization", "International Brotherhood of the Teamsters", "Teamsters"),
           E("Location", "Los Angeles"), E("Location", "California")],
 roles=[],
 # 'a decision granting the applications to transfer control of Tribune Company and its licensee subsidiaries from
 # its former shareholders to Sam Zell, The Tribune Employee Stock Ownership Plan ... as implemented through the
 # Tribune Employee Stock Ownership Trust ..., and EGI-TRB, LLC' -> acquired(EGI-TRB, LLC, Tribune Company) (a
 # granted transfer of control to named buyers, the lane's reading; one link per buyer that is a company, as 46c's
 # two funds). No acquired for Sam Zell (a person) or for the plan and the trust (not annotated). **doubtful**: 'its
 # former shareholders' implies the control did pass -- a reader may add parentOrganization(Tribune Company,
 # EGI-TRB, LLC); not given, as the text does not say who holds Tribune after the grant or in what shares (four
 # transferees, one a person). 'the broadcast license renewal applications filed by Tribune for four of its
 # stations' with the caption's 'Applications for the Renewal of License of KTLA(TV), Los Angeles, California, et
 # al.' -> parentOrganization(KTLA(TV), Tribune Company) (**doubtful**: the kept text does not name the four
 # stations; KTLA(TV) is read as one of them since its renewal is the captioned one). Near-misses: the joint petition
 # of the United Church of Christ, the Media Alliance and Charles Benton (co-petitioners, no partnership stated ->
 # no partner); the Teamsters' petition and Tribune's and the Zell Group's oppositions (adversaries, no relation);
 # 'its licensee subsidiaries' (unnamed)
 relations=[L(EGI, "acquired", TC), L(KT, "parentOrganization", TC)],
 outages=[],
 # 'January 29, 2014' (adopted) -> 2014-01-29; 'January 30, 2014' (released) -> 2014-01-30. Not dates:
 # '20060811' inside the file number 'BRCT-20060811ASH' (part of an identifier), '07-119' (docket)
 dates=[D("January 29, 2014", "2014-01-29"), D("January 30, 2014", "2014-01-30")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
