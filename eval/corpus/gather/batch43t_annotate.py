#!/usr/bin/env python3
"""Batch 43t gold annotations (the texts of batch43t.py: the public notice DA 09-1799 on the application to transfer
control of Union Telephone Company to TDS Telecommunications Corporation, 12 August 2009; the public notice DA 13-2244
on the application to transfer control of Dalton Telephone Company, Inc., Elsie Communications, Inc., Dalton
Telecommunications, Inc. and Newcastle Holdings, Inc. to USConnect Holdings Inc. and USConnect Acquisitions IV, Inc.,
22 November 2013; the public notice DA 15-1067 on the application to transfer Wyandotte Telephone Company, Decatur
Telephone Company and Cleveland County Telephone Company from TDS Telecom to Ark-O Holding Company, 23 September
2015), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids
dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f, 43n, 43p and 43r; GUIDELINES section 2): a transfer of control of a named company to a
named buyer that the parties have applied for together, completion not told -> `acquired` only, one per named
company the application transfers (43p's FiberNet companies, 43r's Focal); "Y is a wholly owned subsidiary of X" /
"X is the 100 percent direct (or indirect) owner of Y" / "X owns 100 percent of Y" / "X and its subsidiary, Y" ->
parentOrganization(Y, X) (43n: an indirect, wholly-owned subsidiary counts); a d/b/a name and a defined short name of
the same company -> aliases (43p); 'Commission' (the FCC not named in full) -> Organization (15f, 43n, 43p, 43r);
'affiliates' and minority holdings (eleven percent) -> nothing; persons owning a company or serving as trustees ->
Person, no role (no post of a company named); places of incorporation, states and exchange towns -> Location; laws,
dockets, rules and kinds of service (incumbent or competitive LEC services) not annotated.
usage: batch43t_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather44t/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs, people
import batch10_annotate as b10

A = {}
COM = "Commission"
TDS = "Telephone and Data Systems, Inc."

# ---- TDS Telecom / Union Telephone, public notice DA 09-1799, published 2009-08-12 -------------------------------
UT = "Utel, Inc."
UN = "Union Telephone Company"
FR = "Freedom Ring Communications, LLC"
ACN = "ACN, Inc."
TT9 = "TDS Telecommunications Corporation"
A["us-fcc-tds-telecom-union-telephone-transfer-of-control-public-notice-2009"] = dict(
 # Companies: Utel, Inc. ('Utel'), Union Telephone Company ('Union'; 'UNION TELEPHONE COMPANY' in the upper-case
 # heading the same form), Freedom Ring Communications, LLC ('Freedom Ring'; its d/b/a name 'Union Long Distance' an
 # alias, 43p's d/b/a rule; 'Freedom\u2019s Ring\u2019s' is the notice's slip for Freedom Ring's, not an alias; 'ULD
 # division' left out: **doubtful**, the division's initials, a reader may add 'ULD' as an alias), ACN, Inc., TDS
 # Telecommunications Corporation ('TDS Telecom'), Telephone and Data Systems, Inc. ('TDS'). Organization:
 # 'Commission' ("the Commission's rules"). Locations: New Hampshire, Maine, Delaware (places of incorporation), and
 # the exchanges' towns Alton, Barnstead, Center Barnstead, Gilmanton Iron Works, New Durham (**doubtful**: the
 # names of exchanges, places a reader may leave out). Not annotated: 'WC Docket No. 09-145', section 63.03, the
 # defined 'Applicants', 'local exchange carrier (LEC)', '112 incumbent LEC subsidiaries' (unnamed), 'U.S.-based'
 entities=[E("Company", UT, "Utel"), E("Company", UN, "Union"),
           E("Company", FR, "Freedom Ring", "Union Long Distance"), E("Company", ACN),
           E("Company", TT9, "TDS Telecom"), E("Company", TDS, "TDS"), E("Organization", COM)]
          + locs("New Hampshire", "Maine", "Delaware", "Alton", "Barnstead", "Center Barnstead",
                 "Gilmanton Iron Works", "New Durham"),
 roles=[],
 # 'Utel ... is the 100 percent direct owner of Union and 100 percent indirect owner of Freedom Ring' ->
 # parentOrganization(Union, Utel), parentOrganization(Freedom Ring, Utel) (an owned company, indirect as 43n's
 # Gray Television Licensee); 'Freedom Ring ... is a wholly- owned subsidiary of ACN, Inc. a New Hampshire
 # corporation that is also a wholly owned subsidiary of Utel' -> parentOrganization(Freedom Ring, ACN),
 # parentOrganization(ACN, Utel); 'TDS Telecom ... is a wholly owned subsidiary of Telephone and Data Systems, Inc.'
 # -> parentOrganization(TDS Telecom, TDS). 'seeking approval to transfer control of Union to TDS Telecom': Utel and
 # TDS Telecom applied together, completion not told -> TDS Telecom acquired Union (acquired only). 'to transfer the
 # assets and customers of Freedom Ring's long distance operations ... to TDS Telecom' -> nothing (an asset purchase,
 # GUIDELINES)
 relations=[L(UN, "parentOrganization", UT), L(FR, "parentOrganization", UT), L(FR, "parentOrganization", ACN),
            L(ACN, "parentOrganization", UT), L(TT9, "parentOrganization", TDS), L(TT9, "acquired", UN)],
 outages=[],
 # 'August 12, 2009' (release date) -> 2009-08-12; 'August 26, 2009', 'September 2, 2009' (comment dates); 'August 4,
 # 2009' (filing). Not dates: 'DA 09-1799', '09-145', '63.03', '100 percent', '112'
 dates=[D("August 12, 2009", "2009-08-12"), D("August 26, 2009", "2009-08-26"),
        D("September 2, 2009", "2009-09-02"), D("August 4, 2009", "2009-08-04")])

# ---- USConnect / Dalton, Elsie, DTI, Newcastle, public notice DA 13-2244, published 2013-11-22 -------------------
DA = "Dalton Telephone Company, Inc."
EL = "Elsie Communications, Inc."
DT = "Dalton Telecommunications, Inc."
NC = "Newcastle Holdings, Inc."
US = "USConnect Holdings Inc."
UA = "USConnect Acquisitions IV, Inc."
AB = "American Broadband Acquisition Corp. IV"
A["us-fcc-usconnect-dalton-telephone-transfer-of-control-public-notice-2013"] = dict(
 # Companies: Dalton Telephone Company, Inc. ('Dalton'), Elsie Communications, Inc. ('Elsie'), Dalton
 # Telecommunications, Inc. ('DTI'), Newcastle Holdings, Inc. ('Newcastle'), USConnect Holdings Inc. ('USConnect'),
 # USConnect Acquisitions IV, Inc. ('USConnect Acquisitions'), American Broadband Acquisition Corp. IV ('ABAC IV');
 # the upper-case heading's forms are the same names. Organization: 'Commission'. Locations: Nebraska ('southwestern
 # Nebraska' the same state), North Carolina, Delaware. Not annotated: 'WC Docket No. 13-279', section 63.03, the
 # defined 'Applicants', 'incumbent local exchange carrier (LEC)', 'rural LECs' (unnamed)
 entities=[E("Company", DA, "Dalton"), E("Company", EL, "Elsie"), E("Company", DT, "DTI"),
           E("Company", NC, "Newcastle"), E("Company", US, "USConnect"),
           E("Company", UA, "USConnect Acquisitions"), E("Company", AB, "ABAC IV"), E("Organization", COM)]
          + locs("Nebraska", "North Carolina", "Delaware"),
 roles=[],
 # 'USConnect Holdings Inc. (USConnect) and its subsidiary, USConnect Acquisitions IV, Inc.' and 'USConnect owns 100
 # percent of USConnect Acquisitions' -> parentOrganization(USConnect Acquisitions, USConnect); 'It [Dalton] is a
 # wholly owned subsidiary of Newcastle, a North Carolina corporation that is a wholly owned subsidiary of American
 # Broadband Acquisition Corp. IV (ABAC IV)' -> parentOrganization(Dalton, Newcastle), parentOrganization(Newcastle,
 # ABAC IV); 'Elsie ... is also a wholly owned subsidiary of Newcastle', 'DTI, a North Carolina corporation and wholly
 # owned subsidiary of Newcastle' -> parentOrganization(Elsie, Newcastle), parentOrganization(DTI, Newcastle). 'to
 # transfer control of Dalton, Elsie, DTI, and Newcastle to USConnect and USConnect Acquisitions': the parties
 # applied together, completion not told -> USConnect acquired each of the four named companies (acquired only, one
 # per named company as 43p's FiberNet). **doubtful**: the buyer is written 'USConnect and USConnect Acquisitions';
 # the parent USConnect is taken as the buyer (a reader may name USConnect Acquisitions, or both); 'formed for the
 # purpose of acquiring the shares of ABAC IV' -> no acquired(USConnect Acquisitions, ABAC IV) (a purpose; ABAC IV
 # is no applicant; a reader may add it). 'its affiliates, Dalton and Elsie' -> nothing (sister companies)
 relations=[L(UA, "parentOrganization", US), L(DA, "parentOrganization", NC), L(NC, "parentOrganization", AB),
            L(EL, "parentOrganization", NC), L(DT, "parentOrganization", NC),
            L(US, "acquired", DA), L(US, "acquired", EL), L(US, "acquired", DT), L(US, "acquired", NC)],
 outages=[],
 # 'November 22, 2013' (release date) -> 2013-11-22; 'December 6, 2013', 'December 13, 2013' (comment dates);
 # 'November 18, 2013' (filing). Not dates: 'DA 13-2244', '13-279', '63.03', '100 percent'
 dates=[D("November 22, 2013", "2013-11-22"), D("December 6, 2013", "2013-12-06"),
        D("December 13, 2013", "2013-12-13"), D("November 18, 2013", "2013-11-18")])

# ---- Ark-O / TDS Telecom's three telephone companies, public notice DA 15-1067, published 2015-09-23 -------------
TT5 = "TDS Telecommunications Corp."
AO = "Ark-O Holding Company"
WY = "Wyandotte Telephone Company"
DE = "Decatur Telephone Company"
CC = "Cleveland County Telephone Company"
A["us-fcc-ark-o-tds-telecom-telephone-companies-transfer-public-notice-2015"] = dict(
 # Companies: TDS Telecommunications Corp. ('TDS Telecom', its d/b/a name and defined short name: one alias), Ark-O
 # Holding Company ('Ark-O'; 'ARK-O HOLDING COMPANY' in the heading), Wyandotte Telephone Company ('Wyandotte'),
 # Decatur Telephone Company ('Decatur'), Cleveland County Telephone Company ('Cleveland County'), Telephone and Data
 # Systems, Inc. ('TDS'), BlackRock Inc., Seneca Telephone Company, Ozark Telephone Company, Goodman Telephone
 # Company. Persons: the voting trust's trustees LeRoy T. Carlson, Jr., Walter C.D. Carlson, Prudence E. Carlson,
 # Letitia G.C. Carlson ('Dr.' a courtesy title, left out of the name), and the Ark-O Affiliates' owners Jay Mitchell
 # and Brian Mitchell (no role: trustees of an unnamed trust and owners hold no post of a named company; **doubtful**:
 # a reader may give the trustees 'other' at TDS). Organization: 'Commission'. Locations: Delaware, Illinois, North
 # Dakota, Oklahoma, Arkansas, Missouri. Not annotated: the Communications Act of 1934 (a law), section 63.03, 'WC
 # Docket No. 15-217', the defined 'Applicants', 'Licensees' and 'Ark-O Affiliates' (group labels), the voting
 # trust (unnamed), 'incumbent local exchange carriers (LECs)', '26 states'
 entities=[E("Company", TT5, "TDS Telecom"), E("Company", AO, "Ark-O"), E("Company", WY, "Wyandotte"),
           E("Company", DE, "Decatur"), E("Company", CC, "Cleveland County"), E("Company", TDS, "TDS"),
           E("Company", "BlackRock Inc."), E("Company", "Seneca Telephone Company"),
           E("Company", "Ozark Telephone Company"), E("Company", "Goodman Telephone Company"),
           E("Organization", COM)]
          + people("LeRoy T. Carlson, Jr.", "Walter C.D. Carlson", "Prudence E. Carlson", "Letitia G.C. Carlson",
                   "Jay Mitchell", "Brian Mitchell")
          + locs("Delaware", "Illinois", "North Dakota", "Oklahoma", "Arkansas", "Missouri"),
 roles=[],
 # 'TDS Telecom ... is a wholly owned subsidiary of Telephone and Data Systems, Inc. (TDS)' ->
 # parentOrganization(TDS Telecom, TDS). 'requesting consent to transfer Wyandotte ..., Decatur ... and Cleveland
 # County ... from TDS Telecom to Ark-O' -> the three companies are TDS Telecom's now: parentOrganization(each, TDS
 # Telecom) (**doubtful**: the text says 'transfer ... from TDS Telecom' and that TDS Telecom operates its incumbent
 # LECs, not 'subsidiary'; a careful reader takes them as TDS Telecom's companies); TDS Telecom and Ark-O applied
 # together, completion not told -> Ark-O acquired each of the three (acquired only; the companies, not TDS Telecom,
 # are the object, though the heading says 'transfer of control of TDS Telecommunications Corp.'). 'BlackRock Inc.
 # ... and its affiliates own eleven percent of the stock of TDS' -> nothing (a minority holding, not an owned
 # company). 'Ark-O has the following affiliates ... Seneca Telephone Company, Ozark Telephone Company and Goodman
 # Telephone Company' -> nothing (affiliates under common ownership of the Mitchells, not subsidiaries of Ark-O;
 # 43o's affiliate near-miss)
 relations=[L(TT5, "parentOrganization", TDS),
            L(WY, "parentOrganization", TT5), L(DE, "parentOrganization", TT5), L(CC, "parentOrganization", TT5),
            L(AO, "acquired", WY), L(AO, "acquired", DE), L(AO, "acquired", CC)],
 outages=[],
 # 'September 23, 2015' (the notice's date) -> 2015-09-23; 'October 7, 2015', 'October 14, 2015' (comment dates).
 # Not dates: 'DA 15-1067', '15-217', '1934' inside the law's name, '63.03', counts of loops
 dates=[D("September 23, 2015", "2015-09-23"), D("October 7, 2015", "2015-10-07"),
        D("October 14, 2015", "2015-10-14")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
