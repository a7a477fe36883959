#!/usr/bin/env python3
"""Batch 46h gold annotations (the texts of batch46h.py: Commissioner Jonathan S. Adelstein's statement on the
Commission's March 2007 order approving the Citadel Broadcasting / ABC Radio transfers of control (FCC 07-41 A3); the
International Bureau's pleading-cycle notice DA 11-2038 of 20 December 2011 on Intelsat Global Holdings S.A.'s
transfer of control of its four licensees from BC Partners Holdings Limited to public ownership; the International
Bureau's Order and Authorization DA 04-357 of 11 February 2004 on Loral Satellite Inc.'s and Loral SpaceCom
Corporation's assignment of five space station licences to Intelsat North America, LLC), written from the texts
alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n, 43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg,
45zk, 45zo, 45zr, 45zu, 45zx, 46c and 46f; GUIDELINES section 2): 'X controls Y' and 'X ... indirectly controls Y'
-> parentOrganization(Y, X) (43n: indirect control still control; 44b's RCHC 'directly or indirectly controls'); a
transfer of control to public ownership (a share offering, no named buyer) -> no acquired; licence assignments ->
nothing (asset deals, 46f's DA 07-1557); a 'transaction between' two named companies with no buyer said -> nothing
(GUIDELINES: a merger where the text does not say who buys whom); a Commissioner's statement -> Commissioner is role
other at the Commission (45zo); a short name in parentheses -> alias; 'Commission' (the FCC not named in full in the
kept text) -> Organization, 'FCC' beside it an alias; a Bureau -> Organization, no parentOrganization to the
Commission (45h, 45m); a state office -> Organization; collective defined terms ('Intelsat Licensees', 'Assignors',
'Applicants', 'Assignee', 'the Applicant') not annotated; a place named only inside an organisation's name not
annotated; kinds of licence, laws, filings, docket and file numbers and debtor-in-possession status not annotated.
usage: batch46h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather47h/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, L
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- Citadel Broadcasting / ABC Radio, Commissioner Adelstein's statement (FCC 07-41 A3), published 2007-03-22 --------
CBC = "Citadel Broadcasting Company"
CIT = "Citadel Broadcasting Corporation"
DIS = "Walt Disney Co."
ABC = "ABC Radio"
ADL = "JONATHAN S. ADELSTEIN"
A["us-fcc-citadel-broadcasting-abc-radio-walt-disney-transfer-of-control-commissioner-adelstein-statement-2007"] = dict(
 # Organizations: the Commission ('with the Commission', 'supplied to the Commission'; 'FCC' in 'violation of FCC
 # rules' is the same body -> alias), the New York Attorney General's Office (a state office, curly apostrophe as
 # written; 'New York' inside its name not a separate Location, **doubtful**: a reader may add New York). Companies:
 # Citadel Broadcasting Company (the licensee in the 'Re:' line; no short form of its own), Citadel Broadcasting
 # Corporation ('(“Citadel”)'; every later 'Citadel' is defined to it), Walt Disney Co. ('the Walt Disney Co.', the
 # leading 'the' lower-case, not part of the name), ABC Radio (a radio business party to the transaction -> Company),
 # Red Wolf Broadcasting Corporation (a broadcaster that supplied documents). Person: Jonathan S. Adelstein (the
 # heading 'STATEMENT OF COMMISSIONER JONATHAN S. ADELSTEIN': the name upper case as the heading prints it, the only
 # form in the text, as 45x's Chairman's statement and 44n's 'SANJAY KUMAR'; **doubtful** only in its casing). Not annotated:
 # 'Order', 'Memorandum Opinion and Order and Notice of Apparent Liability', 'Consent Decree' (documents); 'Shareholders
 # of Citadel Broadcasting Corporation and of the Walt Disney Co.' (unnamed holders); 'major and independent radio
 # labels', 'local and independent artists' (unnamed)
 entities=[E("Organization", CM, "FCC"), E("Person", ADL),
           E("Company", CBC), E("Company", CIT, "Citadel"), E("Company", DIS), E("Company", ABC),
           E("Company", "Red Wolf Broadcasting Corporation"),
           E("Organization", "New York Attorney General\u2019s Office")],
 # 'STATEMENT OF COMMISSIONER JONATHAN S. ADELSTEIN' with 'I support this Order' and 'our ongoing investigation' (a
 # Commissioner of the Commission speaking) -> other at the Commission (GUIDELINES: Commissioners -> other; 45zo)
 roles=[R(ADL, "other", CM)],
 # No relation. Near-misses: 'the transaction between Citadel Broadcasting Corporation (“Citadel”) and ABC Radio'
 # (the kept text does not say who buys whom; the 'Re:' line's 'Transfers of Control' of the two shareholder groups
 # does not either -> nothing; **doubtful**: a reader who knows the deal may give acquired(Citadel, ABC Radio));
 # Citadel Broadcasting Company beside Citadel Broadcasting Corporation (their tie is not stated -> no
 # parentOrganization; **doubtful**: the shared name suggests the licensee is the Corporation's subsidiary); ABC Radio
 # and the Walt Disney Co. (both named, their tie not stated -> nothing, **doubtful**); Citadel's 'agreement in
 # principle with the Commission to settle' (a regulatory settlement, not a partnership); the New York Attorney
 # General's Office and Red Wolf supplying documents (no relation)
 relations=[],
 outages=[],
 # No date expression in the kept text ('pay-for-play', 'ongoing' are no dates); published is the grant day from
 # another FCC text (the pool record's notes)
 dates=[])

# ---- Intelsat Global Holdings / BC Partners, pleading-cycle notice DA 11-2038, published 2011-12-20 -------------------
IGH = "Intelsat Global Holdings S.A."
BCP = "BC Partners Holdings Limited"
LIC = ["Intelsat License LLC", "Intelsat New Dawn Company, Ltd.", "Intelsat USA License LLC",
       "Intelsat General Corporation"]
A["us-fcc-intelsat-global-holdings-bc-partners-transfer-of-control-public-ownership-pleading-cycle-public-notice-2011"] = dict(
 # Companies: Intelsat Global Holdings S.A. ('(\"Intelsat\" or the \"Applicant\")'; 'Intelsat' alias, 'the Applicant'
 # a role word, not an alias), BC Partners Holdings Limited ('(\"BCP\")'), the four licensees (each named in full once;
 # 'Intelsat Licensees' a collective name, not annotated). No Organization (the Commission and the Bureau stand only in
 # the left-out letterhead), no Person, no Location. Not annotated: 'Intelsat Licenses and Authorizations' (licences),
 # 'IB Docket No. 11—205', 'current shareholders' (unnamed), 'Public Ownership' (no holder)
 entities=[E("Company", IGH, "Intelsat"), E("Company", BCP, "BCP")] + [E("Company", n) for n in LIC],
 roles=[],
 # 'Currently, BC Partners Holdings Limited (\"BCP\") controls Intelsat' -> parentOrganization(Intelsat Global
 # Holdings S.A., BC Partners Holdings Limited); '... and indirectly controls the Intelsat Licensees' (the four named
 # in the sentence before as 'together \"Intelsat Licensees\"') -> parentOrganization(each licensee, BCP) (indirect
 # control still control, 43n; 44b's RCHC). **doubtful**: no parentOrganization(licensee, Intelsat Global Holdings
 # S.A.) -- the text says Intelsat seeks to transfer control of the licences the four hold, and BCP controls them
 # 'indirectly' (through Intelsat, a reader infers), but it never says Intelsat owns or controls them; a reader may
 # add the four links. Near-misses: the transfer of control 'to Public Ownership' through a public offering, share
 # sales and private placements (no named buyer -> no acquired; applied for, not done); 'Currently' marks BCP's
 # control as present, to end after the offering (still recorded: relations carry no time)
 relations=[L(IGH, "parentOrganization", BCP)] + [L(n, "parentOrganization", BCP) for n in LIC],
 outages=[],
 # 'December 20, 2011' (the notice's date) -> 2011-12-20; the three due dates 'January 19, 2012', 'January 30, 2012',
 # 'February 6, 2012'. Not dates: '11—205' (docket)
 dates=[D("December 20, 2011", "2011-12-20"), D("January 19, 2012", "2012-01-19"),
        D("January 30, 2012", "2012-01-30"), D("February 6, 2012", "2012-02-06")])

# ---- Loral Satellite / Loral SpaceCom -> Intelsat North America, order DA 04-357, published 2004-02-11 ---------------
LS = "Loral Satellite Inc."
LSC = "Loral SpaceCom Corporation"
INA = "Intelsat North America, LLC"
A["us-fcc-loral-satellite-loral-spacecom-intelsat-north-america-space-station-license-assignment-order-2004"] = dict(
 # Organization: the International Bureau ('By the Chief, International Bureau'; no parentOrganization to the
 # Commission, which the kept text does not name). Companies: Loral Satellite Inc. ('(“Loral Satellite”)'; the text's
 # form without the caption's comma), Loral SpaceCom Corporation ('(“Loral SpaceCom”)'), Intelsat North America, LLC
 # ('(“Intelsat North America”)'). No Person (the Bureau's Chief is not named), no Location. Not annotated:
 # 'Debtor-in-Possession', 'DIP' (a bankruptcy status, not a name), 'Assignors', 'Assignee', 'Applicants' (collective
 # and role words), 'non-common carrier space station licenses', 'dual-use licenses' (kinds of licence)
 entities=[E("Organization", "International Bureau"), E("Company", LS, "Loral Satellite"),
           E("Company", LSC, "Loral SpaceCom"), E("Company", INA, "Intelsat North America")],
 roles=[],
 # No relation. Near-misses: the assignment of 'five non-common carrier space station licenses to Intelsat North
 # America' by the two Loral companies, granted (licences, an asset deal -> nothing, GUIDELINES; 46f's DA 07-1557);
 # the two Loral companies filing together as 'Assignors' (co-applicants, no stated tie; **doubtful**: their shared
 # name suggests one group, but no parent is named in the kept text -> no relation); Intelsat North America's parent
 # (not named in the kept text)
 relations=[],
 outages=[],
 # 'February 11, 2004' (adopted and released, once as text) -> 2004-02-11. Not dates: 'five', 'I.', '1.'
 dates=[D("February 11, 2004", "2004-02-11")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
