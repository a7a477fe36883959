#!/usr/bin/env python3
"""Gold for batch 52zc (session 53, gatherer 52zc): two FCC letters of 2005 and 2013 on commercial radio assignments
(the Audio Division's letter DA 05-2270 of 11 August 2005 on the applications to assign the licences of KKON(AM),
Kealakekua, KPVS(FM), Hilo, KLUA(FM), Kailua Kona, KAPA(FM), Hilo, and KAGB(FM), Waimea, Hawaii, from Big Island Radio
to Pacific Radio Group, Inc., with the petition to deny of Hilo Broadcasting, L.L.C., licensee of KHBC(AM) -- the
ruling itself cut off; the Audio Division's letter DA 13-1792 of 22 August 2013 denying 3 Daughters Media Inc.'s
petition to deny and granting the assignment of WLNI(FM), Lynchburg, Virginia, from Centennial Licensing, LLC to Mel
Wheeler, Inc. -- both docslib.org copies), written from the texts alone; newskg was not run on them. The split follows
the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve
against `published`.
Conventions (batches 15f, 43n-52y of the lane; GUIDELINES section 2): a granted assignment whose consummation the
text does not tell -> acquired(assignee, the station) only (44k, 50c-52y); an assignment application whose grant is
not in the kept text -> acquired only too, an agreed deal awaiting approval (GUIDELINES; 51zd's Hilco/Cumulus, 51zg's
WPHL-TV, 53z's letters; **doubtful**: a reader may give nothing before a grant); the assignor of a station's licence
-> parentOrganization(S, assignor) (51e's to 52y's licensee call; **doubtful**: a reader may give the licence holder no
ownership link); a licensee named as such ('..., licensee of station KHBC(AM)') -> parentOrganization(S, licensee);
radio stations -> Company (35l, 43v, 49m, 51e-52y); an L.L.C., an LLC, an Inc. and a limited partnership -> Company;
the petitioners (Hilo Broadcasting; 3 Daughters Media) -> no relation to the parties (objectors); short names in
parentheses and quotation marks ('(\u201cBIR\u201d)', '(\u201cMWI\u201d)', '(\u201cStation\u201d)') -> aliases (52p's,
52v's and 52w's 'Station'); '(the \u201cHawaii Stations\u201d)' names five stations together -> no alias (52w's
'Stations'); defined names of filings ('the \u201cAssignment Applications\u201d', '(\u201cApplication\u201d)',
'(\u201cPetition\u201d)', 'the \u201cWaiver Request\u201d') and role labels ('Petitioner', '(collectively,
\u201cApplicants\u201d)', 'the Applicants') -> not annotated; 'the Commission\u2019s ...' -> Organization 'Commission',
one surface form (51zg, 51zq, 52d, 52k, 52p, 52t, 52w); place names -> Location, a state's abbreviation ('HI', 'VA',
in the 'Re:' / 'In re:' lines) its own Location as written (51r, 51zd, 52p, 52t-52y), a place inside a company's name
('Hilo Broadcasting', 'Big Island Radio') part of that name; 'we' (the Division) -> no entity; files, facility IDs and
'Section 73.3555(a)' not annotated; the 'Re:' / 'In re:' lines kept as `title` not annotated beyond what the text
repeats.
usage: batch52zc_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather53zc/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
CM = "Commission"

# ---- Hawaii: KKON(AM), KPVS(FM), KLUA(FM), KAPA(FM), KAGB(FM): Big Island Radio -> Pacific Radio Group (DA 05-2270) --
HI_ST = ["KKON(AM)", "KPVS(FM)", "KLUA(FM)", "KAPA(FM)", "KAGB(FM)"]
BIR = "Big Island Radio"
PRG = "Pacific Radio Group, Inc."
HB = "Hilo Broadcasting, L.L.C."
KHBC = "KHBC(AM)"
A["us-fcc-big-island-radio-pacific-radio-group-kkon-kpvs-klua-kapa-kagb-hawaii-assignments-hilo-broadcasting-petition-letter-2005"] = dict(
 # Companies: the five assigned stations (each in the 'Re:' line and the body's list); Big Island Radio ('Big Island
 # Radio (a Hawaii Limited Partnership) (\u201cBIR\u201d)' -> name 'Big Island Radio', alias 'BIR'; the parenthesis
 # describes its form, not a second name); Pacific Radio Group, Inc. ('(\u201cPRG\u201d)' and 'PRG' three times more ->
 # alias); Hilo Broadcasting, L.L.C. ('(\u201cKHBC\u201d)', 'KHBC asserts' -> alias 'KHBC'; **doubtful**: the short name
 # is the same four letters as its station's call sign, a reader may read 'KHBC asserts' as the station); KHBC(AM) (its
 # station, a Company of its own, as the lane's stations). Organization: the Commission ('the Commission\u2019s multiple
 # ownership rule', 'the Commission\u2019s rules'). Locations: Kealakekua, Hilo (the 'Re:' line twice, the body's list
 # twice, 'KHBC(AM), Hilo, Hawaii'; not the 'Hilo' of 'Hilo Broadcasting'), Kailua Kona, Waimea, HI (five times in the
 # 'Re:' line, as written), Hawaii ('all in Hawaii', 'a Hawaii Limited Partnership', 'Hilo, Hawaii'; not a separate
 # entity for the defined name 'the \u201cHawaii Stations\u201d'). Not annotated: 'the Assignment Applications', 'the
 # Hawaii Stations' (five stations together), 'Petition to Deny', 'Petition', 'Petitioner', 'the Waiver Request',
 # 'Section 73.3555(a)', the facility and file numbers.
 entities=[E("Company", s) for s in HI_ST]
          + [E("Company", BIR, "BIR"), E("Company", PRG, "PRG"), E("Company", HB, "KHBC"), E("Company", KHBC),
             E("Organization", CM)]
          + [E("Location", n) for n in ("Kealakekua", "HI", "Hilo", "Kailua Kona", "Waimea", "Hawaii")],
 # No person is named in the kept text (the three parties' counsel were in the addressee block left out) -> no role.
 roles=[],
 # - acquired(Pacific Radio Group, Inc., each of the five stations): 'applications ... to assign the licenses of
 #   stations KKON(AM), ... and KAGB(FM) ... from Big Island Radio ... to Pacific Radio Group, Inc.' (an agreed
 #   assignment awaiting the Commission's consent; the ruling, 'we deny KHBC's ...', is cut off -> acquired only;
 #   **doubtful** as in the docstring).
 # - parentOrganization(each of the five stations, Big Island Radio): the assignor, the licensee whose licences the
 #   applications would assign (the lane's call; **doubtful** as in the docstring).
 # - parentOrganization(KHBC(AM), Hilo Broadcasting, L.L.C.): 'Hilo Broadcasting, L.L.C. (\u201cKHBC\u201d), licensee of
 #   station KHBC(AM)' (the licensee call).
 # Near-misses: 'Petitioner argues that PRG has assumed unauthorized control of the subject stations' (an objector's
 #   charge of premature control, not found by the Division in the kept text: no parentOrganization(station, PRG);
 #   **doubtful**: a reader may add it); KHBC's petition (a competitor objecting: no relation to the parties); PRG's
 #   waiver request (a filing); no partner between Big Island Radio and PRG (a sale).
 relations=[L(PRG, "acquired", s) for s in HI_ST] + [L(s, "parentOrganization", BIR) for s in HI_ST]
           + [L(KHBC, "parentOrganization", HB)],
 outages=[],
 # 'August 11, 2005' (the letter's date, = `published`); 'November 6, 2003' (the petition's filing); 'November 4, 2004'
 # (the waiver request). Not dates: '20031002' inside the file numbers, '73.3555(a)' (a rule section).
 dates=[D("August 11, 2005", "2005-08-11"), D("November 6, 2003", "2003-11-06"), D("November 4, 2004", "2004-11-04")])

# ---- WLNI(FM) Lynchburg: Centennial Licensing -> Mel Wheeler, Inc. (DA 13-1792), 2013-08-22 -------------------------
WLNI = "WLNI(FM)"
CEN = "Centennial Licensing, LLC"
MWI = "Mel Wheeler, Inc."
TD = "3 Daughters Media Inc."
A["us-fcc-centennial-licensing-mel-wheeler-wlni-fm-lynchburg-assignment-3-daughters-media-petition-to-deny-letter-2013"] = dict(
 # Companies: WLNI(FM) (the 'In re:' line and 'Station WLNI(FM)'; '(\u201cStation\u201d)' -> alias 'Station', the
 # letter's defined short name, 52v's and 52w's call); Centennial Licensing, LLC ('(\u201cCentennial\u201d)' -> alias);
 # Mel Wheeler, Inc. ('(\u201cMWI\u201d)' -> alias); 3 Daughters Media Inc. ('(\u201c3 Daughters\u201d)' and '3
 # Daughters' three times more -> alias); Arbitron (inside the letter's bracketed insertion '[Roanoke-Lynchburg
 # Arbitron] market', the radio ratings company whose market definition the petition invokes -> Company, one surface
 # form; **doubtful**: a reader may take 'Roanoke-Lynchburg Arbitron' as one market label and annotate no company).
 # Organization: the Commission ('the Commission\u2019s local radio ownership rule'). Locations: Lynchburg ('WLNI(FM),
 # Lynchburg, VA', 'Station WLNI(FM), Lynchburg, Virginia'), VA (the 'In re:' line, as written), Virginia,
 # Roanoke-Lynchburg (the market area named in the bracket, one region as 53z's 'Odessa-Midland'; **doubtful**: a reader
 # may split it into Roanoke and Lynchburg or leave it out with Arbitron). Not annotated: 'Application', 'Petition to
 # Deny', 'Petition', 'Applicants' / 'the Applicants' (the two parties together), 'the Commission\u2019s local radio
 # ownership rule' as a rule, 'we', the facility and file numbers.
 entities=[E("Company", WLNI, "Station"), E("Company", CEN, "Centennial"), E("Company", MWI, "MWI"),
           E("Company", TD, "3 Daughters"), E("Company", "Arbitron"), E("Organization", CM),
           E("Location", "Lynchburg"), E("Location", "VA"), E("Location", "Virginia"), E("Location", "Roanoke-Lynchburg")],
 # No person is named in the kept text (Leonard Wheeler, President of Mel Wheeler, Inc., and Gary E. Burns, CEO of
 # 3 Daughters Media Inc., were in the addressee block left out) -> no role.
 roles=[],
 # - acquired(Mel Wheeler, Inc., WLNI(FM)): 'the proposed assignment of the license of Station WLNI(FM) ... from
 #   Centennial Licensing, LLC ..., to Mel Wheeler, Inc.', 'we deny the Petition and grant the Application' (granted,
 #   consummation not told -> acquired only).
 # - parentOrganization(WLNI(FM), Centennial Licensing, LLC): the assignor (the lane's licensee call; **doubtful** as in
 #   the docstring).
 # Near-misses: 3 Daughters' petition to deny (a competitor objecting under the ownership rule: no relation to the
 #   parties); no partner between Centennial and MWI (a sale; 'Applicants' only names them jointly as filers); no
 #   relation to Arbitron (its market named in a petition quotation; no contract told); the stations Wheeler already
 #   owned in the market are not named in the kept text.
 relations=[L(MWI, "acquired", WLNI), L(WLNI, "parentOrganization", CEN)],
 outages=[],
 # 'August 22, 2013' (the release line, = `published`); 'February 1, 2013' (the petition's filing); 'January 4, 2013'
 # (the application's filing). Not dates: '20130104' inside the file number (numbers).
 dates=[D("August 22, 2013", "2013-08-22"), D("February 1, 2013", "2013-02-01"), D("January 4, 2013", "2013-01-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
