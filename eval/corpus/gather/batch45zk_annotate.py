#!/usr/bin/env python3
"""Batch 45zk gold annotations (the texts of batch45zk.py: the Wireless Telecommunications Bureau's public notice DA
04-3873 of 10 December 2004 on NextWave Telecom Inc.'s and Cellco Partnership d/b/a Verizon Wireless's applications to
pass the licences of NextWave Personal Communications Inc. and NextWave Power Partners Inc. to Cellco; the Wireline
Competition Bureau's public notice DA 05-2464 of 19 September 2005 on the application to pass Connecticut Telephone
and Communications Systems, Inc. and Connecticut Broadband, LLC from Connecticut Partner Telecom, Inc. to CTC
Communications Group, Inc.), written from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n, 43p, 43r, 43t, 43u, 44b, 44g, 44k, 44o, 44s, 44v, 45c, 45h, 45m, 45t, 45x, 45zc and
45zg; GUIDELINES section 2): a transfer of control of a named company (or of the licences a named company holds) from
a named holder to a named buyer, applied for, consummation not told -> acquired (buyer, company) and
parentOrganization (company, holder) (ownership before the sale; relations carry no time); 'a wholly- owned subsidiary
of X' -> parentOrganization; a former name ('Partner Communications LLC, now known as Connecticut Broadband, LLC') and
a d/b/a name -> alias (GUIDELINES: former names are aliases); a defined short name in quotes -> alias, as written
without the rendering's space; a heading's upper-case form differing from the body's only in case -> not listed;
'Commission' and 'FCC' -> one Organization (45h, 45m, 45zc, 45zg); a court -> Organization; laws, rule sections,
docket numbers, kinds of licence and spectrum, market areas not annotated.
usage: batch45zk_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather46zk/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, R, L
import batch10_annotate as b10

A = {}

# ---- Verizon Wireless / NextWave, Wireless Telecommunications Bureau public notice DA 04-3873, published 2004-12-10 ---
NT = "NextWave Telecom Inc."
CE = "Cellco Partnership"
NP = "NextWave Personal Communications Inc."
NW = "NextWave Power Partners Inc."
VZ = "VZW Corp."
BK = "U. S. Bankruptcy Court for the Southern District of New York"
A["us-fcc-verizon-wireless-nextwave-pcs-licenses-transfer-of-control-pleading-cycle-public-notice-2004"] = dict(
 # Organizations: the Commission ('Commission approval'; 'SEEK FCC CONSENT' in the heading -> alias 'FCC', 45zg);
 # the bankruptcy court, named in full as written ('U. S. Bankruptcy Court for the Southern District of New York';
 # 'Southern District of New York' inside the court's name: no Location). The issuing Bureau is not named in the
 # kept text. Companies: NextWave Telecom Inc. ('(" NextWave Telecom")' -> alias); Cellco Partnership ('Cellco
 # Partnership d/ b/ a Verizon Wireless (" Cellco")' -> aliases 'Cellco' and 'Verizon Wireless', the d/b/a name; the
 # heading's 'VERIZON WIRELESS' differs only in case: not listed); NextWave Personal Communications Inc. ('...,
 # Debtor- In- Possession (" NPCI")' -> alias 'NPCI'; the debtor-in-possession tag is a status, not part of the
 # name); NextWave Power Partners Inc. ('(" NPPI")'); VZW Corp. No Person, no Location. **doubtful**: the heading's
 # 'NEXTWAVE' (the seller's side named short, upper case) is not listed as an alias of NextWave Telecom Inc. (it may
 # stand for the NextWave group); a reader may add it. Not annotated: 'the Applicants' (collective), 'the Agreement',
 # 'Section 310( d)', 'Communications Act of 1934' (law), 'WT Docket No. 04- 434', 'PCS' (a kind of service), the C,
 # D, E and F blocks, 'Basic Trading Areas' / 'BTAs' (market areas)
 entities=[E("Organization", "Commission", "FCC"), E("Organization", BK),
           E("Company", NT, "NextWave Telecom"), E("Company", CE, "Cellco", "Verizon Wireless"),
           E("Company", NP, "NPCI"), E("Company", NW, "NPPI"), E("Company", VZ)],
 roles=[],
 # 'the proposed transfer of control of licenses held by NextWave Personal Communications Inc. ... and NextWave Power
 # Partners Inc. ..., from NextWave Telecom to Cellco', applied for ('PLEADING CYCLE ESTABLISHED'; 'Upon consummation
 # of the proposed transaction') -> acquired(Cellco, NPCI), acquired(Cellco, NPPI) and parentOrganization(NPCI,
 # NextWave Telecom), parentOrganization(NPPI, NextWave Telecom) (control passing from NextWave Telecom: it holds the
 # licensees; 45zg's Southern Minnesota reading). **doubtful**: the sentence speaks of 'licenses held by' the two
 # companies passing, and the heading of 'BROADBAND PCS LICENSES' (a reader may hold it a licence deal and give no
 # acquired, or give only the parent ties); 'VZW Corp., a wholly- owned subsidiary of Cellco' ->
 # parentOrganization(VZW Corp., Cellco). Near-misses: VZW Corp. as a party to the acquisition agreement (its role in
 # the deal not told: no acquired from it); the court's review and authorization of the Agreement (no relation type);
 # 'Cellco will receive 10 MHz of spectrum' (spectrum, not a company)
 relations=[L(CE, "acquired", NP), L(CE, "acquired", NW), L(NP, "parentOrganization", NT),
            L(NW, "parentOrganization", NT), L(VZ, "parentOrganization", CE)],
 outages=[],
 # 'December 10, 2004' (release) -> 2004-12-10; 'January 10, 2005', 'January 21, 2005', 'January 28, 2005' (due
 # dates); 'November 4, 2004' (the acquisition agreement's date). Not dates: '1934' in the Act's name, '04- 434'
 # (docket)
 dates=[D("December 10, 2004", "2004-12-10"), D("January 10, 2005", "2005-01-10"), D("January 21, 2005", "2005-01-21"),
        D("January 28, 2005", "2005-01-28"), D("November 4, 2004", "2004-11-04")])

# ---- Connecticut Telephone / Connecticut Broadband to CTC Communications Group, WCB public notice DA 05-2464,
# ---- published 2005-09-19
CP = "Connecticut Partner Telecom, Inc."
CG = "CTC Communications Group, Inc."
CT = "Connecticut Telephone and Communications Systems, Inc."
CB = "Connecticut Broadband, LLC"
A["us-fcc-ctc-communications-group-connecticut-telephone-broadband-transfer-of-control-public-notice-2005"] = dict(
 # Organization: the Commission ('the Commission's rules', twice; no 'FCC' in the kept text). The issuing Bureau is
 # not named in the kept text. Companies: Connecticut Partner Telecom, Inc. ('(" CPT")' -> alias); CTC Communications
 # Group, Inc. ('(" CTC Group")'); Connecticut Telephone and Communications Systems, Inc. ('(" Connecticut
 # Telephone")'); Connecticut Broadband, LLC ('Partner Communications LLC, now known as Connecticut Broadband, LLC ("
 # Connecticut Broadband")' -> the former name and the short name as aliases, one entity); the heading's upper-case
 # forms ('CONNECTICUT TELEPHONE AND COMMUNICATIONS SYSTEMS, INC.', 'CONNECTICUT BROADBAND, LLC', 'CTC COMMUNICATIONS
 # GROUP, INC.') differ only in case: not listed. No Person; no Location ('Connecticut' only inside company names).
 # Not annotated: 'Applicants', 'Transferees' (collective), 'sections 63.03 and 63.04', 'section 63.03( b)( 2)( i)'
 # (rules), 'WC Docket No. 05- 268', 'DOMESTIC SECTION 214' (a kind of authorization)
 entities=[E("Organization", "Commission"),
           E("Company", CP, "CPT"), E("Company", CG, "CTC Group"),
           E("Company", CT, "Connecticut Telephone"),
           E("Company", CB, "Connecticut Broadband", "Partner Communications LLC")],
 roles=[],
 # 'requesting approval to transfer control of Connecticut Telephone ... and ... Connecticut Broadband ... from CPT
 # to CTC Group' (heading: 'TRANSFER OF CONTROL OF ... TO CTC COMMUNICATIONS GROUP, INC.'), applied for ('PLEADING
 # CYCLE ESTABLISHED'; 'post- consummation' as a condition) -> acquired(CTC Group, Connecticut Telephone),
 # acquired(CTC Group, Connecticut Broadband); control held by CPT before the sale -> parentOrganization(Connecticut
 # Telephone, CPT), parentOrganization(Connecticut Broadband, CPT). **doubtful**: the parent ties rest on 'transfer
 # control ... from CPT' (control, not 'subsidiary' in so many words; a reader may leave them out). Near-misses:
 # 'CTC Group and its affiliates' (unnamed); 'a dominant local exchange carrier that is not a party to this
 # transaction' (unnamed); the notice's own word 'Transferees' for the companies whose control passes (as written)
 relations=[L(CG, "acquired", CT), L(CG, "acquired", CB), L(CT, "parentOrganization", CP),
            L(CB, "parentOrganization", CP)],
 outages=[],
 # 'September 19, 2005' (release) -> 2005-09-19; 'October 3, 2005', 'October 10, 2005' (due dates); 'August 19,
 # 2005' (the application filed) -> 2005-08-19. Not dates: '05- 268' (docket), '63.03', '10%'
 dates=[D("September 19, 2005", "2005-09-19"), D("October 3, 2005", "2005-10-03"), D("October 10, 2005", "2005-10-10"),
        D("August 19, 2005", "2005-08-19")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
