#!/usr/bin/env python3
"""Batch 46c gold annotations (the texts of batch46c.py: the public notice DA 04-2119 of 13 July 2004 on Cingular
Wireless Corporation's and T-Mobile USA, Inc.'s applications, part of unwinding their network infrastructure joint
venture; the public notice DA 06-2531 of 20 December 2006 on the applications to pass control of Clear Channel
Communications, Inc. from its shareholders to Thomas H. Lee Equity Fund VI, L.P. and Bain Capital (CC) IX, L.P.; the
public notice DA 03-1523 of 6 May 2003 on licence assignments and exchanges among AT&T Wireless Services, Inc., United
States Cellular Corporation, Arnage Wireless, LLC, Skagit Wireless, LLC and ABC Wireless, LLC), written from the texts
alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n, 43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc, 45zg,
45zk, 45zo, 45zr, 45zu and 45zx; GUIDELINES section 2): a transfer of control of a named company (or of the licences a
named company holds) from a named holder to a named buyer, applied for or granted, consummation not told -> acquired
(buyer, company), and parentOrganization(company, holder) only where the holder is named (relations carry no time);
'X, which is co-owned by Y and Z' -> parentOrganization(X, Y) and (X, Z); a stated joint venture of two named companies
-> partner (direction as written; relations carry no time, so a venture being unwound still counts); licence
assignments, licence exchanges, leases and transfers of systems or customers (assets) -> nothing; a short name in
parentheses (with or without a space after the opening quotation mark, as written) -> alias; a second surface form of
a short name differing only by the rendering's space ('T- Mobile' / 'T-Mobile') -> both aliases; a heading's upper-case
form differing from the body's only in case -> not listed; 'Commission' and 'FCC' -> one Organization (45zg, 45zk,
45zr, 45zx), 'FCC' alone its name where 'Commission' is not in the text; states as places -> Location (43g, 43s);
laws, rule sections, docket and file numbers, kinds of licence, spectrum amounts and unnamed subsidiaries,
shareholders or third parties not annotated.
usage: batch46c_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather47c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, L
import batch10_annotate as b10

A = {}

# ---- Cingular / T-Mobile USA joint venture unwind, public notice DA 04-2119, published 2004-07-13 ------------------
CI = "Cingular Wireless Corporation"
TM = "T- Mobile USA, Inc."
AW = "AT& T Wireless Services, Inc."
A["us-fcc-cingular-t-mobile-usa-network-infrastructure-joint-venture-unwind-pleading-cycle-public-notice-2004"] = dict(
 # Organization: 'SEEK FCC CONSENT' in the heading -> 'FCC' (no 'Commission' in the kept text: 'Communications Act'
 # is a law). The issuing bureau is not named in the kept text. Companies, each name as written with the rendering's
 # spaces: Cingular Wireless Corporation ('(" Cingular")'); T- Mobile USA, Inc. ('(" T- Mobile")' -> alias 'T- Mobile',
 # and 'T-Mobile' without the space in 'Cingular and T-Mobile propose' -> a second alias, the same short name);
 # AT& T Wireless Services, Inc. ('(" AT& T Wireless")'). The heading's upper-case 'CINGULAR WIRELESS CORPORATION' and
 # 'T- MOBILE USA, INC.' differ only in case: not listed. No Person, no Location. Not annotated: '"the Applicants"'
 # (a collective name), 'Joint Venture' (the venture is not named: '(" Joint Venture")' is a defined term for 'a
 # network infrastructure joint venture'), 'PCS', 'Personal Communications Services' (a kind of licence), 'Section
 # 310( d)', 'Communications Act of 1934', 'WT Docket No. 04- 254', 'various subsidiaries of Cingular', 'a subsidiary
 # of T- Mobile', 'a subsidiary of Cingular' (unnamed)
 entities=[E("Organization", "FCC"),
           E("Company", CI, "Cingular"), E("Company", TM, "T- Mobile", "T-Mobile"),
           E("Company", AW, "AT& T Wireless")],
 roles=[],
 # 'Cingular and T-Mobile propose to unwind a network infrastructure joint venture' -> partner(Cingular, T- Mobile),
 # direction as written: the venture the two propose to unwind is theirs; relations carry no time, so the venture's
 # coming end does not remove the tie. **doubtful**: the text says 'a ... joint venture', not 'their joint venture',
 # and tells only its unwinding -- a reader may give nothing; given, as only its parties can unwind it. 'the proposed
 # transfer of control of AT& T Wireless Services, Inc. ... to Cingular, assuming approval of that transfer of
 # control' -> acquired(Cingular, AT& T Wireless) (a transfer of control of a named company to a named buyer, applied
 # for: the lane's reading; consummation not told, so no parentOrganization(AT& T Wireless, Cingular)). **doubtful**:
 # told only as the condition the Applicants' own transactions wait on, and called 'proposed' -- a reader may want an
 # agreement stated; given, as approval of it is plainly sought. No holder of AT& T Wireless is named (no
 # parentOrganization). Near-misses: the long-term de facto leasing arrangement between subsidiaries of Cingular and
 # of T- Mobile (unnamed parties; a lease of spectrum, not a partnership between the named parents -> nothing);
 # portions of three PCS licences assigned from a Cingular subsidiary to a T- Mobile subsidiary (licences, unnamed
 # subsidiaries -> nothing); 'various subsidiaries of Cingular', 'a subsidiary of T- Mobile' (unnamed: no
 # parentOrganization)
 relations=[L(CI, "partner", TM), L(CI, "acquired", AW)],
 outages=[],
 # 'July 13, 2004' (release) -> 2004-07-13; 'August 12, 2004', 'August 23, 2004', 'August 30, 2004' (due dates). Not
 # dates: '1934' in the Act's name, '04- 254' (docket), 'three applications'
 dates=[D("July 13, 2004", "2004-07-13"), D("August 12, 2004", "2004-08-12"), D("August 23, 2004", "2004-08-23"),
        D("August 30, 2004", "2004-08-30")])

# ---- Clear Channel / Thomas H. Lee / Bain Capital, public notice DA 06-2531, published 2006-12-20 -------------------
CC = "Clear Channel Communications, Inc."
TH = "Thomas H. Lee Equity Fund VI, L.P."
BC = "Bain Capital (CC) IX, L.P."
MC = "BT Triple Crown Merger Co., Inc."
A["us-fcc-clear-channel-thomas-h-lee-bain-capital-transfer-of-control-pleading-cycle-public-notice-2006"] = dict(
 # Organization: the Commission ('submitted applications to the Commission', 'Commission licenses', 'Commission
 # consent'; 'HOLDING FCC LICENSES' in the heading -> alias 'FCC', as 45zr). The issuing bureau is not named in the
 # kept text. Companies: Clear Channel Communications, Inc. ('(“Clear Channel”)'; the full name again in quotation
 # marks as the surviving corporation's name: the same entity); Thomas H. Lee Equity Fund VI, L.P. and Bain Capital
 # (CC) IX, L.P. (private-equity funds organized as limited partnerships, investing businesses -> Company, as 45zx's
 # five buyer LLCs; no short name of either in the text); BT Triple Crown Merger Co., Inc. ('(“MergerCo”)'). The
 # heading's upper-case names differ only in case: not listed. No Person, no Location. Not annotated: 'the
 # Transferees' (a collective name), 'Agreement and Plan of Merger' (a contract), 'Exhibit 6', 'File Number
 # BTCH-20061212AET', 'Section 310(d)', 'Communications Act of 1934', 'MB Docket No. 06-226', 'certain subsidiaries of
 # Clear Channel', 'its shareholders' (unnamed), '1172 broadcast radio stations and 35 broadcast television stations'
 # (unnamed stations)
 entities=[E("Organization", "Commission", "FCC"),
           E("Company", CC, "Clear Channel"), E("Company", TH), E("Company", BC), E("Company", MC, "MergerCo")],
 roles=[],
 # 'The applications seek Commission consent to the proposed transfer of control of Clear Channel from its
 # shareholders to the Transferees', to be effected under an 'Agreement and Plan of Merger between the parties' ->
 # acquired(Thomas H. Lee Equity Fund VI, L.P., Clear Channel) and acquired(Bain Capital (CC) IX, L.P., Clear Channel)
 # (agreed and applied for, not completed: acquired only, no parentOrganization(Clear Channel, fund); 'will continue
 # ... under the control of the Transferees' is future). **doubtful**: '(collectively, the “Transferees”)' stands
 # after all three names, Clear Channel's included; read as the two funds, since control of Clear Channel passes 'to
 # the Transferees' (a company does not take control of itself) and MergerCo, 'co-owned by the Transferees', merges
 # into Clear Channel -- no acquired(Clear Channel, Clear Channel). Two joint buyers of one target: one acquired link
 # each (45zx's PanAmSat reading). 'BT Triple Crown Merger Co., Inc. (“MergerCo”), which is co-owned by the
 # Transferees' -> parentOrganization(MergerCo, each fund) (stated ownership, present tense). Holder before the sale:
 # 'its shareholders' (unnamed) -> no parentOrganization(Clear Channel, ...). Near-misses: MergerCo merging 'with and
 # into Clear Channel' and ceasing to exist (a merger sub merged away: no acquired(Clear Channel, MergerCo)); 'certain
 # subsidiaries of Clear Channel that are the holders of ... licenses' (unnamed: no parentOrganization); the two
 # funds as co-applicants and co-owners (no partnership or joint bid stated beyond the shared purchase -> no partner,
 # **doubtful**: a reader may read co-owning MergerCo as a joint venture of the two funds); the stations Clear Channel
 # 'controls' (unnamed)
 relations=[L(TH, "acquired", CC), L(BC, "acquired", CC),
            L(MC, "parentOrganization", TH), L(MC, "parentOrganization", BC)],
 outages=[],
 # 'December 20, 2006' (release) -> 2006-12-20; 'January 19, 2007', 'February 1, 2007', 'February 13, 2007' (due
 # dates); 'December 12, 2006' (the filing day). Not dates: '1934' in the Act's name, '20061212' inside the file
 # number 'BTCH-20061212AET' (part of an identifier), '06-226' (docket), '1172', '35'
 dates=[D("December 20, 2006", "2006-12-20"), D("January 19, 2007", "2007-01-19"),
        D("February 1, 2007", "2007-02-01"), D("February 13, 2007", "2007-02-13"),
        D("December 12, 2006", "2006-12-12")])

# ---- AWS / USCC / Arnage / Skagit / ABC, public notice DA 03-1523, published 2003-05-06 -----------------------------
AS = "AT& T Wireless Services, Inc."
US = "United States Cellular Corporation"
AR = "Arnage Wireless, LLC"
SK = "Skagit Wireless, LLC"
AB = "ABC Wireless, LLC"
A["us-fcc-att-wireless-us-cellular-arnage-skagit-abc-license-assignments-exchanges-pleading-cycle-public-notice-2003"] = dict(
 # Organization: the Commission ('seeking Commission consent'; 'SEEK FCC CONSENT' in the heading -> alias 'FCC', as
 # 45zx's DA 02-3081). The issuing bureau is not named in the kept text. Companies, each name as written with the
 # rendering's space in 'AT& T': AT& T Wireless Services, Inc. ('(" AWS")'); United States Cellular Corporation ('("
 # USCC")'); Arnage Wireless, LLC ('(" Arnage")'); Skagit Wireless, LLC ('(" Skagit")'); ABC Wireless, LLC ('("
 # ABC")'). The heading's upper-case names differ only in case: not listed. Locations: Florida and Georgia ('discrete
 # portions of Florida and Georgia', 'the applicable Florida and Georgia markets': states' names -> Location, once
 # each). No Person. Not annotated: 'six states' (unnamed), 'PCS', 'Personal Communications Services', 'cellular',
 # 'point- to- point microwave' (kinds of licence), '10 or 20 MHz', '25 MHz' (spectrum amounts), 'Section 310( d)',
 # 'Communications Act of 1934', 'WT Dkt. No. 03- 113', 'Subsidiaries of AT& T Wireless Services, Inc.' (unnamed)
 entities=[E("Organization", "Commission", "FCC"),
           E("Company", AS, "AWS"), E("Company", US, "USCC"), E("Company", AR, "Arnage"),
           E("Company", SK, "Skagit"), E("Company", AB, "ABC"),
           E("Location", "Florida"), E("Location", "Georgia")],
 roles=[],
 # No relation: the text tells licence assignments ('assignments from Arnage to AWS, Skagit to AWS, and ABC to AWS'),
 # licence exchanges ('exchanges of full and partial licenses between AWS and USCC'), spectrum and cellular operating
 # systems received (assets) and customers 'transitioned to AWS' -- no company changes hands and no partnership,
 # venture or supply contract is stated. Near-misses: Arnage, Skagit and ABC assigning licences to AWS (licences, not
 # companies: no acquired); AWS and USCC exchanging licences (an asset swap: no acquired either way, **doubtful** no
 # partner -- a reader may read an exchange of licences between two named carriers as a deal between partners; the
 # GUIDELINES put asset deals under 'nothing'); AWS receiving eight cellular operating systems with their microwave
 # facilities (assets: no acquired); USCC's customers 'transitioned to AWS' (customers of one carrier moving to
 # another, not a customer relation between the two -> no partner); 'Subsidiaries of AT& T Wireless Services, Inc.'
 # as filers (unnamed: no parentOrganization). **doubtful**: the opening sentence's 'Subsidiaries of AT& T Wireless
 # Services, Inc. (" AWS") and United States Cellular Corporation (" USCC")' may read as subsidiaries of both carriers
 # -- either way unnamed, nothing to annotate
 relations=[],
 outages=[],
 # 'May 6, 2003' (release) -> 2003-05-06; 'June 5, 2003', 'June 16, 2003', 'June 23, 2003' (due dates). Not dates:
 # '1934' in the Act's name, '03- 113' (docket), 'several months' (past the cut), 'thirteen applications'
 dates=[D("May 6, 2003", "2003-05-06"), D("June 5, 2003", "2003-06-05"), D("June 16, 2003", "2003-06-16"),
        D("June 23, 2003", "2003-06-23")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
