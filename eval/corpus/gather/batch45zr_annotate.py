#!/usr/bin/env python3
"""Batch 45zr gold annotations (the texts of batch45zr.py: the Wireless Telecommunications Bureau's public notice DA
07-4192 of 11 October 2007 on Cellco Partnership d/b/a Verizon Wireless's and Rural Cellular Corporation's
applications to pass control of RCC's licences to AirTouch Cellular through a merger; the Media Bureau's public notice
DA 07-637 of 21 February 2007 on News Corporation's, The DIRECTV Group, Inc.'s and Liberty Media Corporation's
application to pass control of DIRECTV's licences from News Corp. to Liberty Media), written from the texts alone;
newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n, 43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg,
45zk and 45zo; GUIDELINES section 2): a transfer of control of a named company (or of the licences a named company
holds) from a named holder to a named buyer, applied for, consummation not told -> acquired (buyer, company) and
parentOrganization (company, holder) (ownership before the sale; relations carry no time); a company that 'will
continue as ... a wholly-owned subsidiary of' the buyer after a proposed merger -> acquired only (GUIDELINES: agreed,
not completed); 'X, a wholly-owned (indirect) subsidiary of Y' -> parentOrganization(X, Y); a merger subsidiary
merged into the target -> no acquired (it buys nothing; 'a merger where the text does not say who buys whom');
'Cellco Partnership d/b/a Verizon Wireless' -> Cellco Partnership with its d/b/a name as alias (45zk); a defined short
name in quotes -> alias; a heading's upper-case form differing from the body's only in case -> not listed;
'Commission' and 'FCC' -> one Organization (45zg, 45zk); laws, rule sections, docket numbers, kinds of licence and
service classes ('Part 22 Cellular Radiotelephone Service'), unnamed subsidiaries not annotated.
usage: batch45zr_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46zr/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, L
import batch10_annotate as b10

A = {}

# ---- Verizon Wireless / Rural Cellular, public notice DA 07-4192, published 2007-10-11 -------------------------------
CE = "Cellco Partnership"
RC = "Rural Cellular Corporation"
AT = "AirTouch Cellular"
RM = "Rhino Merger Sub"
A["us-fcc-verizon-wireless-rural-cellular-transfer-of-control-pleading-cycle-public-notice-2007"] = dict(
 # Organization: the Commission ('Commission approval'; 'SEEK FCC CONSENT' in the heading -> alias 'FCC', 45zk). The
 # issuing Bureau is not named in the kept text. Companies: Cellco Partnership ('Cellco Partnership d/b/a Verizon
 # Wireless ("Verizon Wireless")' -> alias 'Verizon Wireless', the d/b/a name and the defined short name, as 45zk);
 # Rural Cellular Corporation ('("RCC")' -> alias); AirTouch Cellular ('("AirTouch")' -> alias); Rhino Merger Sub
 # (its short name the same as the name: no alias). The heading's upper-case forms ('VERIZON WIRELESS', 'RURAL
 # CELLULAR CORPORATION') differ only in case: not listed. No Person, no Location. Not annotated: 'the Applicants'
 # (collective), 'RCC and its subsidiaries' (unnamed), the six licence classes ('Part 22 Cellular Radiotelephone
 # Service', 'Part 22 Common Carrier Paging Service', 'Part 24 Personal Communications Service', 'Part 101 Local
 # Multipoint Distribution Service', 'Part 101 Local Television Transmission Service', 'Part 101 Common Carrier Fixed
 # Point-to-Point Microwave Service': kinds of licence, not products -- a reader may type them Service,
 # **doubtful**), 'Sections 214 and 310(d)', 'Communications Act of 1934' (law), 'WT Docket No. 07-208'
 entities=[E("Organization", "Commission", "FCC"),
           E("Company", CE, "Verizon Wireless"), E("Company", RC, "RCC"), E("Company", AT, "AirTouch"),
           E("Company", RM)],
 roles=[],
 # 'the transfer of control of licenses ... held by RCC and its subsidiaries from RCC to AirTouch Cellular' through 'a
 # proposed merger' after which 'RCC will continue as the surviving corporation and a wholly-owned subsidiary of
 # AirTouch', applied for ('PLEADING CYCLE ESTABLISHED') -> acquired(AirTouch Cellular, RCC), acquired only (agreed,
 # not completed: no parentOrganization(RCC, AirTouch), a near-miss). **doubtful**: the buyer -- the body names
 # AirTouch as the one RCC passes to, the heading names Verizon Wireless as the applicant; a reader may write
 # acquired(Cellco Partnership, RCC) instead or as well. No parent for RCC before the sale (RCC is its own holder:
 # 'from RCC'; the 45zk/45zo transferor tie does not arise). 'AirTouch Cellular ("AirTouch"), a wholly-owned
 # indirect subsidiary of Verizon Wireless' -> parentOrganization(AirTouch Cellular, Cellco Partnership) (stated).
 # 'Rhino Merger Sub ("Rhino Merger Sub"), a wholly-owned subsidiary of AirTouch' -> parentOrganization(Rhino Merger
 # Sub, AirTouch Cellular) (stated; that it 'will be merged into RCC' and 'cease' is future and gives no acquired --
 # the merger subsidiary buys nothing, a near-miss). Near-misses: parentOrganization(RCC, AirTouch) (future); the
 # licence classes and RCC's unnamed subsidiaries; 'the Applicants' (collective)
 relations=[L(AT, "acquired", RC), L(AT, "parentOrganization", CE), L(RM, "parentOrganization", AT)],
 outages=[],
 # 'October 11, 2007' (release) -> 2007-10-11; 'November 13, 2007', 'November 23, 2007', 'November 30, 2007' (due
 # dates). Not dates: '1934' in the Act's name, '07-208' (docket), 'At closing' (no date told)
 dates=[D("October 11, 2007", "2007-10-11"), D("November 13, 2007", "2007-11-13"),
        D("November 23, 2007", "2007-11-23"), D("November 30, 2007", "2007-11-30")])

# ---- News Corp. / DIRECTV / Liberty Media, public notice DA 07-637, published 2007-02-21 -----------------------------
NC = "News Corporation"
DG = "The DIRECTV Group, Inc."
LM = "Liberty Media Corporation"
A["us-fcc-news-corporation-directv-liberty-media-transfer-of-control-pleading-cycle-public-notice-2007"] = dict(
 # Organization: the Commission ('to the Commission', 'Commission licenses'; 'FCC AUTHORIZATIONS' in the heading ->
 # alias 'FCC', as 45zk's 'SEEK FCC CONSENT'). The Media Bureau is named only in the banner left out of the text.
 # Companies: News Corporation ('("News Corp.")' -> alias 'News Corp.', with its stop as written); The DIRECTV Group,
 # Inc. ('The DIRECTV Group, Inc. and its subsidiaries (collectively "DIRECTV")' -> alias 'DIRECTV'; **doubtful**: the
 # short name is defined for the group and its subsidiaries together -- kept as the group's alias, since the text
 # then speaks of 'its ownership interest in DIRECTV' as of one company; a reader may list 'DIRECTV' as its own
 # Company or leave it out); Liberty Media Corporation ('("Liberty Media")' -> alias). The heading's upper-case forms
 # ('NEWS CORPORATION', 'THE DIRECTV GROUP, INC.', 'LIBERTY MEDIA CORPORATION') differ only in case: not listed. No
 # Person, no Location. Not annotated: 'Applicants' (collective), 'its subsidiaries' (unnamed), 'Section 310(d)',
 # 'Communications Act of 1934' (law), 'MB Docket No. 07-18', 'a consolidated application'
 entities=[E("Organization", "Commission", "FCC"),
           E("Company", NC, "News Corp."), E("Company", DG, "DIRECTV"), E("Company", LM, "Liberty Media")],
 roles=[],
 # 'seeking consent to transfer control of various Commission licenses and authorizations held by The DIRECTV Group,
 # Inc. and its subsidiaries ... from News Corp. to Liberty Media', applied for ('PLEADING CYCLE ESTABLISHED') ->
 # acquired(Liberty Media, The DIRECTV Group, Inc.) (45zk's NextWave reading: control of the licences a named company
 # holds passes to the buyer) and parentOrganization(The DIRECTV Group, Inc., News Corporation) (control held by News
 # Corp. before the sale: 'from News Corp.', 'News Corp. will divest its ownership interest in DIRECTV';
 # **doubtful**: the text says control and an 'ownership interest', not that DIRECTV is News Corp.'s subsidiary -- the
 # 38.4 percent stake is in the cut sentence; a reader may give only the acquired). 'Liberty Media will divest its
 # interest in News Corp.' -> nothing (an interest, no control or subsidiary stated; the swap is the price, not a
 # second acquisition): a near-miss. Near-misses: the Share Exchange Agreement and the regional sports networks (in
 # the cut sentence); 'Applicants' (collective)
 relations=[L(LM, "acquired", DG), L(DG, "parentOrganization", NC)],
 outages=[],
 # 'February 21, 2007' (release) -> 2007-02-21; 'March 23, 2007', 'April 9, 2007' (due dates); 'January 30, 2007'
 # (the application submitted) -> 2007-01-30. Not dates: '1934' in the Act's name, '07-18' (docket)
 dates=[D("February 21, 2007", "2007-02-21"), D("March 23, 2007", "2007-03-23"), D("April 9, 2007", "2007-04-09"),
        D("January 30, 2007", "2007-01-30")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
