#!/usr/bin/env python3
"""Second annotation (agree51) of the 6 articles in /tmp/agree51-tmp (stripped copies), made from their text,
GUIDELINES.md and GOLD_FORMAT.md alone (corpus practice on open points taken from train gold of other ids, and the
conventions settled in second-annotation-45 to -49 README.md).
Writes the gold files into the folder given as the first argument (default: this script's own folder), with the checks
of eval/corpus/second_sample.write.
usage: annotate.py [OUT_DIR]"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from second_sample import D, E, L, R, write
A = {}
PO, AQ, PV = "parentOrganization", "acquired", "provider"
CMA = "Competition and Markets Authority"

# published null. BEIS news story: the Secretary of State's public interest intervention notice on national security
# grounds in the proposed merger of Impcross Ltd and Gardner Aerospace Holdings Ltd, with a CMA report due and an Order
# preventing completion.
# Entities: Impcross Ltd and Gardner Aerospace Holdings Ltd: Companies. Competition and Markets Authority ("CMA"):
# Organization. The Secretaries of State (Business, Energy and Industrial Strategy; Defence) are offices with no person
# named and no department named as such: no entity, no role (the train Gardner / Northern Aerospace decision notice of
# this batch gives no entity for "the Secretary of State for Defence"). "Parliament", "the Lord Speaker" and "the Clerks
# of both Houses": no entity (doubtful for Parliament; the train BEIS Storm Eunice statement and a Lords debate leave
# "Parliament" unannotated in "a statement to Parliament" / "placed before Parliament"). The Enterprise Act 2002 is a
# law (no entity; its year is no date).
# Relations: "the proposed merger of Impcross Ltd and Gardner Aerospace Holdings Ltd" does not say who buys whom, and the
# Order prevents its completion: nothing (GUIDELINES 2).
# Dates: published is null, so absolute expressions only: "5 December 2019" and "2 March 2020" ("midnight on 2 March
# 2020", the day).
A["gov-uk-beis-impcross-gardner-aerospace-merger-intervention-notice-2019"] = dict(
    entities=[E("Company", "Impcross Ltd"), E("Company", "Gardner Aerospace Holdings Ltd"),
              E("Organization", CMA, "CMA")],
    roles=[],
    relations=[],
    outages=[],
    dates=[D("5 December 2019", "2019-12-05"), D("2 March 2020", "2020-03-02")])

# published 2024-11-06. NSI Act final order: FTDI Holding Limited, which gained control of Future Technology Devices
# International Limited in 2021, must sell 80.2% of it.
# Entities: Future Technology Devices International Limited ("FTDI") and FTDI Holding Limited ("FTDIHL"): Companies.
# "UK" ("UK-developed", "UK national security"): Location (the train Exosens / Centronic final order of this batch
# annotates "UK"). The Chancellor of the Duchy of Lancaster is unnamed: no entity, no role. The National Security and
# Investment Act 2021 is a law (no entity, no date).
# Relations: "On 7 December 2021, FTDI Holding Limited gained control of ... Future Technology Devices International
# Limited by increasing the percentage of shares held ... to 75% or more" is a completed acquisition -> acquired(FTDIHL,
# FTDI) and parentOrganization(FTDI, FTDIHL) (GUIDELINES 2; the ordered sale of 80.2% lies ahead, and past ownership is
# recorded anyway). The Exosens order, where control is still to be gained, gives acquired only.
# Dates: "5 November 2024" (the order comes into force), "7 December 2021".
FT, FH = "Future Technology Devices International Limited", "FTDI Holding Limited"
A["gov-uk-nsi-act-ftdi-holding-future-technology-devices-international-final-order-to-sell-2024"] = dict(
    entities=[E("Company", FT, "FTDI"), E("Company", FH, "FTDIHL"), E("Location", "UK")],
    roles=[],
    relations=[L(FH, AQ, FT), L(FT, PO, FH)],
    outages=[],
    dates=[D("5 November 2024", "2024-11-05"), D("7 December 2021", "2021-12-07")])

# published 1998-08-13. FCC Mass Media Bureau memorandum opinion and order (the text stops after the background): the
# unopposed applications to transfer control of Malrite Communications Group and Estrella Brillante from Milton S. Maltz
# to Raycom Media.
# Entities: "Commission" (only "The Commission" and "the Commission©s rule"; "FCC" occurs only inside the citation "11
# FCC Red 18596", not taken as an alias) and Mass Media Bureau ("By the Chief, Mass Media Bureau": the Bureau, no
# person; agree47 from train): Organizations. Malrite Communications Group, Inc. ("Malrite"), Estrella Brillante, Ltd.
# ("Estrella"), Raycom Media, Inc. ("Raycom"): Companies. Milton S. Maltz: Person (no title). The seven stations
# WFLX(TV), WNWO-TV, WXIX-TV, WOIO(TV), W50AW, WLII(TV), WSUR-TV: Companies (train: the Budd / Gray order of this batch
# and the ION order type stations as Companies under their licensee). The networks FOX, CBS and "NEC" (as written,
# WNWO-TV's affiliation; surely NBC misread, annotated as the text has it; doubtful: left out): Companies, with no
# relation (the train Gray / Raycom release types NBC, CBS, ABC, FOX as Companies, unlinked). "WNWO Associates" (the
# name of the cited 1996 decision, a company): Company (doubtful: a case name in a citation, left out). "Ind." is no
# entity. Places: West Palm Beach, Florida, Toledo, Newport, Kentucky, Shaker Heights, Ohio, Vero Beach, Caguas, Puerto
# Rico, Ponce: Locations, town and state apart (corpus majority). The caption in the title is not text.
# Relations: "Malrite is the licensee of television stations ..." -> parentOrganization(each of its five stations,
# Malrite); "Estrella is the licensee of WLII(TV) ... and WSUR-TV" -> parentOrganization(each, Estrella) (the Budd
# order's practice). The transfer of control is applied for and not yet granted in the text -> acquired(Raycom,
# Malrite) and acquired(Raycom, Estrella) only (agree47: a pending transfer of control gives acquired(transferee,
# company)). Maltz, the transferor, is a person: no parentOrganization. No Bureau -> Commission link ("The Commission,
# by the Chief, Mass Media Bureau" states no unit; the train ION order gives none).
# Dates: "August 13, 1998" (adopted and released, listed once); "1996" ("since 1996" and "(1996)", listed once).
MAL, EST, RAY = "Malrite Communications Group, Inc.", "Estrella Brillante, Ltd.", "Raycom Media, Inc."
MST = ["WFLX(TV)", "WNWO-TV", "WXIX-TV", "WOIO(TV)", "W50AW"]
EST_ST = ["WLII(TV)", "WSUR-TV"]
A["us-fcc-maltz-malrite-estrella-brillante-raycom-media-transfer-of-control-order-1998"] = dict(
    entities=[E("Organization", "Commission"), E("Organization", "Mass Media Bureau"), E("Company", MAL, "Malrite"),
              E("Company", EST, "Estrella"), E("Person", "Milton S. Maltz"), E("Company", RAY, "Raycom")]
             + [E("Company", s) for s in MST + EST_ST]
             + [E("Company", "FOX"), E("Company", "NEC"), E("Company", "CBS"), E("Company", "WNWO Associates")]
             + [E("Location", p) for p in ["West Palm Beach", "Florida", "Toledo", "Newport", "Kentucky",
                                            "Shaker Heights", "Ohio", "Vero Beach", "Caguas", "Puerto Rico", "Ponce"]],
    roles=[],
    relations=[L(s, PO, MAL) for s in MST] + [L(s, PO, EST) for s in EST_ST] + [L(RAY, AQ, MAL), L(RAY, AQ, EST)],
    outages=[],
    dates=[D("August 13, 1998", "1998-08-13"), D("1996", "1996")])

# published 1967-12-22. FCC decision (11 F.C.C.2d 246): the Commission granted the transfer of control of Van Curler
# Broadcasting Corp., licensee of WAST (TV), Albany, N.Y., from Stanley Warner Corp. to Glen Alden Corp.; statements of
# Commissioners Bartley and Cox.
# Entities: "Commission": Organization (only "The Commission"/"the Commission"). The seven commissioners as the body
# names them: Hyde, Lee, Wadsworth, Bartley, Cox, Loevinger, Johnson: Persons. The capitals headers' "ROBERT T.
# BARTLEY", "KENNETH A. COX" and "LEE LOEVINGER" are not names or aliases (agree45/47/48: capitals header forms of
# entities named in the body are not listed); "Lee" (Commissioner Lee) and Loevinger are two people. Van Curler
# Broadcasting Corp., Stanley Warner Corp. ("Stanley Warner"), Glen Alden Corp. ("Glen Alden"): Companies. WAST (TV):
# Company (stations as in the Budd order). Albany and N.Y.: two Locations (the train ION order splits "New York, NY").
# Roles: "Commissioners Hyde (chairman)" -> chairman at the Commission (chairman only: the chair of a commission is
# chairman, agree49; doubtful: other as well, as a commissioner); Lee, Wadsworth, Bartley, Cox, Loevinger, Johnson ->
# other (GUIDELINES 2: commissioners; the train Hargray order: O'Rielly other at "Commission"). All current.
# Relations: "granted an application for transfer of control of Van Curler ... from Stanley Warner Corp. to Glen Alden
# Corp." -> acquired(Glen Alden, Van Curler) and parentOrganization(Van Curler, Stanley Warner), the holder it is
# transferred from (the train Hargray order gives acquired(Hargray, ComSouth) and parentOrganization(ComSouth,
# Mansfield) for the same wording; doubtful: parentOrganization(Van Curler, Glen Alden) as for a completed deal).
# "Van Curler Broadcasting Corp., licensee of station WAST (TV)" -> parentOrganization(WAST (TV), Van Curler). The
# "pre-merger spin-off" implies a merger of the two parents whose buyer the text does not state: nothing.
# Dates: "December 22, 1967".
VC, SW, GA, WA = "Van Curler Broadcasting Corp.", "Stanley Warner Corp.", "Glen Alden Corp.", "WAST (TV)"
A["us-fcc-stanley-warner-glen-alden-van-curler-broadcasting-wast-tv-transfer-of-control-1967"] = dict(
    entities=[E("Organization", "Commission")]
             + [E("Person", p) for p in ["Hyde", "Lee", "Wadsworth", "Bartley", "Cox", "Loevinger", "Johnson"]]
             + [E("Company", VC), E("Company", WA), E("Location", "Albany"), E("Location", "N.Y."),
                E("Company", SW, "Stanley Warner"), E("Company", GA, "Glen Alden")],
    roles=[R("Hyde", "chairman", "Commission")]
          + [R(p, "other", "Commission") for p in ["Lee", "Wadsworth", "Bartley", "Cox", "Loevinger", "Johnson"]],
    relations=[L(GA, AQ, VC), L(VC, PO, SW), L(WA, PO, VC)],
    outages=[],
    dates=[D("December 22, 1967", "1967-12-22")])

# published 2009-06-03. SEC News Digest: Chairman Schapiro announces the Investor Advisory Committee, with Commissioner
# Aguilar as its sponsor, its two co-chairs and an ex officio participant.
# Entities: Securities and Exchange Commission, aliases "SEC" and "Commission" (agree44/45). Mary Schapiro
# ("Schapiro"), Luis A. Aguilar ("Aguilar"), Richard (Mac) Hisey (the text's full form; no other form), Hye-Won Choi,
# Fred Josephs: Persons. Investor Advisory Committee, aliases "Advisory Committee" and "Committee" (capitalised short
# forms of a defined name are aliases, agree42/43): Organization (committees are Organizations in train). AARP Financial
# Incorporated, AARP Funds, TIAA-CREF: Companies. North American Securities Administrators Association: Organization.
# "the State of Colorado": Location "State of Colorado" (train: "State of Texas", "State of Florida" as written).
# Roles: Schapiro chairman at the SEC; Aguilar other (commissioner); Hisey president at AARP Financial Incorporated and
# president at AARP Funds ("President of AARP Financial Incorporated and AARP Funds"); Choi vice-president and head at
# TIAA-CREF ("Senior Vice President and Head of Corporate Governance": the train Pfizer witnesses file gives
# vice-president and head for "Senior Vice President and Head of Worldwide Research"); Hisey and Choi chairman at the
# Investor Advisory Committee ("will be co-chaired by": a post announced, current true); Josephs president at the
# NASAA, and head at the State of Colorado ("Securities Administrator for the State of Colorado": an agency
# administrator leading the state's securities agency, which is unnamed; doubtful: no role, or other). "ex officio
# participant" and "primary sponsor" are no titles. All current.
# Relations: the Committee is the Commission's own advisory body (formed by the SEC's chairman, "the Commission's
# primary sponsor of the Committee", advising the Commission under its charter) -> parentOrganization(Investor Advisory
# Committee, SEC) (train: IOSCO's Technical Committee, the World Bank's Ethics Committee; doubtful: nothing, as
# "to give investors a greater voice in the Commission's work" is no unit statement). AARP Funds and AARP Financial are
# not linked (the text only gives one president for both).
# Dates: "today" -> 2009-06-03.
SEC, IAC = "Securities and Exchange Commission", "Investor Advisory Committee"
AF, NA, CO = "AARP Financial Incorporated", "North American Securities Administrators Association", "State of Colorado"
A["us-sec-investor-advisory-committee-aarp-financial-hisey-tiaa-cref-choi-2009"] = dict(
    entities=[E("Organization", SEC, "SEC", "Commission"), E("Person", "Mary Schapiro", "Schapiro"),
              E("Organization", IAC, "Advisory Committee", "Committee"), E("Person", "Luis A. Aguilar", "Aguilar"),
              E("Person", "Richard (Mac) Hisey"), E("Company", AF), E("Company", "AARP Funds"),
              E("Person", "Hye-Won Choi"), E("Company", "TIAA-CREF"), E("Person", "Fred Josephs"),
              E("Organization", NA), E("Location", CO)],
    roles=[R("Mary Schapiro", "chairman", SEC), R("Luis A. Aguilar", "other", SEC),
           R("Richard (Mac) Hisey", "president", AF), R("Richard (Mac) Hisey", "president", "AARP Funds"),
           R("Richard (Mac) Hisey", "chairman", IAC), R("Hye-Won Choi", "vice-president", "TIAA-CREF"),
           R("Hye-Won Choi", "head", "TIAA-CREF"), R("Hye-Won Choi", "chairman", IAC),
           R("Fred Josephs", "president", NA), R("Fred Josephs", "head", CO)],
    relations=[L(IAC, PO, SEC)],
    outages=[],
    dates=[D("today", "2009-06-03")])

# published 2002-03-26. SEC press release: suit against Waste Management's founder and five other former top officers
# for a financial fraud from 1992 to 1997.
# Entities: Securities and Exchange Commission ("SEC"; no bare "Commission" in the text). Waste Management Inc.
# ("Waste Management"): Company. "U.S. District Court in Chicago": the Organization "U.S. District Court" and the
# Location Chicago (the train Peregrine release of this batch: "United States District Court" and San Diego apart).
# Division of Enforcement: Organization. The six defendants and Thomas C. Newkirk: Persons (no short forms).
# Roles: all defendants are "former most senior officers": current false, one role per title (Peregrine): Buntrock
# founder (current true: founding is no post one leaves, train Trident and agree44), chairman ("chairman of the board
# of directors" names only the chair: chairman only, GUIDELINES 2), ceo; Rooney president, coo, director, ceo ("CEO for
# a portion of the relevant period"); Koenig vice-president (executive vice president), cfo; Hau vice-president, and
# executive (corporate controller, chief accounting officer: one item); Getz vice-president (senior vice president), and
# executive (general counsel, secretary: one item); Tobecksen vice-president ("vice president of finance"). Newkirk,
# "associate director of the SEC's Division of Enforcement" -> other at the Division, current (train Take-Two: an
# Associate Director in the Division -> other).
# Relations: "the SEC's Division of Enforcement" -> parentOrganization(Division of Enforcement, SEC).
# Dates: "today" -> 2002-03-26; "1992" and "1997" ("between 1992 and 1997"). "more than five years", "For years" are
# not dated.
WM, DE = "Waste Management Inc.", "Division of Enforcement"
BU, RO, KO, HA, GE, TO = ("Dean L. Buntrock", "Phillip B. Rooney", "James E. Koenig", "Thomas C. Hau", "Herbert Getz",
                          "Bruce D. Tobecksen")
A["us-sec-waste-management-founder-buntrock-five-former-top-officers-massive-fraud-2002"] = dict(
    entities=[E("Organization", "Securities and Exchange Commission", "SEC"), E("Company", WM, "Waste Management"),
              E("Organization", "U.S. District Court"), E("Location", "Chicago")]
             + [E("Person", p) for p in [BU, RO, KO, HA, GE, TO, "Thomas C. Newkirk"]]
             + [E("Organization", DE)],
    roles=[R(BU, "founder", WM), R(BU, "chairman", WM, False), R(BU, "ceo", WM, False),
           R(RO, "president", WM, False), R(RO, "coo", WM, False), R(RO, "director", WM, False),
           R(RO, "ceo", WM, False), R(KO, "vice-president", WM, False), R(KO, "cfo", WM, False),
           R(HA, "vice-president", WM, False), R(HA, "executive", WM, False), R(GE, "vice-president", WM, False),
           R(GE, "executive", WM, False), R(TO, "vice-president", WM, False),
           R("Thomas C. Newkirk", "other", DE)],
    relations=[L(DE, PO, "Securities and Exchange Commission")],
    outages=[],
    dates=[D("today", "2002-03-26"), D("1992", "1992"), D("1997", "1997")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree51-tmp", sys.argv[1] if len(sys.argv) > 1 else HERE), "written")
