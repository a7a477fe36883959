#!/usr/bin/env python3
"""Gold annotations for batch 69h (session 63, gatherer lane 69h): three FTC merger texts -- the FTC's suit to block the
merger of CCC Information Services Inc. and Mitchell International Inc. (press release of November 25, 2008); the FTC's
approval of Pinnacle Entertainment, Inc.'s application to divest Ameristar Casinos, Inc.'s Lake Charles casino project to
GNLC Holdings, Inc. (press release of November 20, 2013); the FTC's order requiring JAB Consumer Partners to divest
veterinary clinics as a condition of its proposed acquisition of Ethos's parent company (press release of June 29, 2022)
-- written from the texts alone; newskg was not run on them. Round notes /tmp/gather69h/NOTES.md; claims in
/work/notes/gather69/CLAIMS.txt.
The split follows the fixed rule: the sorted ids dealt along test, train, dev (batch10_annotate's write_parts):
CCC / Mitchell -> test, JAB / Ethos -> train, Pinnacle / Ameristar -> dev.
`published` is 2008-11-25, 2013-11-20 and 2022-06-29 (from the store's dated reports on the same actions; see the pool
notes), so relative expressions resolve against them (GUIDELINES, Dates): 'today' in the JAB text -> 2022-06-29.
Conventions (the FTC merger texts' of batches 16e, 62g, 63g, 65a, 67r, 67ad, 68a, 68g, 68m, 68v, 68y and 69a; looked up
in GATHERING.md, GUIDELINES.md and the gather scripts): the FTC as 'Federal Trade Commission' with the aliases 'FTC' and
'Commission' where the text writes them alone or as a modifier ("The FTC\u2019s administrative complaint",
'Commission-approved', 'The Commission vote'); 'Acting Bureau of Competition Director' and 'Director of the Bureau of
Competition' -> director at the Bureau, current true (62g's, 67r's and 69a's call for 'Acting Director' and
'Director'), the Bureau an Organization with parentOrganization the FTC (62g's, 69a's; here the texts write the Bureau
without "the FTC's": the parent read from the FTC's own release, **doubtful**); a merger the FTC sues to block -> nothing
(GUIDELINES: blocked deals; 68y's, 69a's); an acquisition the FTC lets proceed under a consent order -> acquired only
(agreed, not said to be completed: GUIDELINES); a purchase of divested assets or of an unnamed parent company -> nothing
(GUIDELINES' asset purchases; 68v's Graco); 'a subsidiary of', 'primarily owned by', 'itself part of', 'the parent
company of', 'X is the parent company of two firms ... - A and B' -> parentOrganization; a brand of casinos a company
owns -> Service with provider the owner (68v's Binks, 68m's Simplicity); a private equity firm and its fund -> Company;
'X-based' -> Location X (the corpus's 'London-based'); 'U.S.' as a modifier -> Location 'U.S.' (62g's); rivals
('the remaining two competitors, CCC/Mitchell and Audatex') -> no partner; unnamed staff, buyers and parent companies
('a Commission-approved buyer', 'its divesture buyers', 'the parent company of veterinary clinic owner Ethos') -> not
annotated; product classes, orders, complaints, laws, amounts, shares, counts and votes -> not annotated, not dates.
usage: batch69h_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather69h/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

FTC = "Federal Trade Commission"
BOC = "Bureau of Competition"
CIS = "CCC Information Services Inc."
CCH = "CCC Holdings Inc."
MIT = "Mitchell International Inc."
AEF = "Aurora Equity Fund III L.P."
ACG = "Aurora Capital Group"
DPW = "David P. Wales"
PIN = "Pinnacle Entertainment, Inc."
AME = "Ameristar Casinos, Inc."
GNL = "GNLC Holdings, Inc."
LAN = "Landry\u2019s Inc."
JAB = "JAB Consumer Partners"
CFP = "Compassion-First Pet Hospitals"
NVA = "National Veterinary Associates, Inc."
HV = "Holly Vedova"
A = {}

# ---- CCC Information Services Inc. / Mitchell International Inc., FTC press release, November 25, 2008 ---------------
A["us-ftc-ccc-mitchell-suit-block-merger-estimatics-2008"] = dict(
 # The Federal Trade Commission (once in full; "The FTC\u2019s administrative complaint", 'According to the FTC', 'the
 # FTC states': alias 'FTC'); CCC Information Services Inc. (twice in full; 'the merger of CCC and Mitchell': alias
 # 'CCC'); Mitchell International Inc. (twice in full; 'Mitchell': alias); the U.S. ('U.S. car owners' -> Location
 # 'U.S.', 62g's); the Bureau of Competition ('Acting Bureau of Competition Director' -> Organization); David P. Wales
 # (once); Audatex ('the remaining two competitors, CCC/Mitchell and Audatex' -> Company); Chicago ('Chicago-based' ->
 # Location); CCC Holdings Inc. ('a subsidiary of CCC Holdings Inc.'); Aurora Equity Fund III L.P. ('primarily owned by'
 # -> Company, a private equity fund); the Aurora Capital Group ('itself part of the Aurora Capital Group' -> Company,
 # named without the article); San Diego ('founded in 1946 in San Diego' -> Location). Not annotated: 'CCC/Mitchell'
 # (the merged company that would result, not a third firm, nor an alias of either -- **doubtful**: a reader may add it
 # as an alias of one of the two or as its own entity); estimatics, total loss valuation (TLV) systems, electronic
 # systems, software systems (product classes, no brand); insurers, repair shops, car owners, auto body shops,
 # independent appraisers (classes of customers); the administrative complaint (a regulator's action); '$1.4 billion',
 # '1,300', '650', 'three to two' (amounts and counts)
 entities=[E("Organization", FTC, "FTC"),
           E("Company", CIS, "CCC"),
           E("Company", MIT, "Mitchell"),
           E("Location", "U.S."),
           E("Organization", BOC),
           E("Person", DPW),
           E("Company", "Audatex"),
           E("Location", "Chicago"),
           E("Company", CCH),
           E("Company", AEF),
           E("Company", ACG),
           E("Location", "San Diego")],
 # 'said Acting Bureau of Competition Director David P. Wales' -> director at the Bureau of Competition, current true
 # (62g's call for the same man as 'Acting Director of the FTC's Bureau of Competition'; an acting head holds the post
 # now -- **doubtful** only in that a reader may read 'Acting' as 'head' or 'other'). **Near-misses**: no officer of
 # CCC, Mitchell, CCC Holdings, the Aurora fund or Audatex is named
 roles=[R(DPW, "director", BOC)],
 # 'Acting Bureau of Competition Director' in the FTC's own release -> parentOrganization(Bureau of Competition, Federal
 # Trade Commission) (**doubtful**: the text never writes "the FTC's Bureau"; the parent read from the release, as
 # 68v read the Chief Administrative Law Judge's org); 'CCC Information Services Inc., a subsidiary of CCC Holdings
 # Inc.' -> parentOrganization(CCC Information Services Inc., CCC Holdings Inc.); 'Mitchell International Inc.,
 # primarily owned by Aurora Equity Fund III L.P.' -> parentOrganization(Mitchell International Inc., Aurora Equity
 # Fund III L.P.) (majority ownership stated: GUIDELINES' owned-by statements -- **doubtful**: a reader may hold
 # 'primarily owned' short of a parent); 'Aurora Equity Fund III L.P., itself part of the Aurora Capital Group' ->
 # parentOrganization(Aurora Equity Fund III L.P., Aurora Capital Group). **Near-misses**: 'the merger of CCC
 # Information Services Inc. and Mitchell International Inc.' the FTC 'has filed suit to block' -> nothing (a proposed
 # merger the regulator sues to block, and the text does not say who buys whom: GUIDELINES, blocked deals and
 # mergers; 69a's Sanford / Mid Dakota); 'the remaining two competitors, CCC/Mitchell and Audatex', 'head-to-head
 # competition between the two companies' (rivals: no partner)
 relations=[L(BOC, "parentOrganization", FTC),
            L(CIS, "parentOrganization", CCH),
            L(MIT, "parentOrganization", AEF),
            L(AEF, "parentOrganization", ACG)],
 outages=[],
 # `published` 2008-11-25: '1980' ('was founded in 1980') -> 1980; '1946' ('was founded in 1946 in San Diego') -> 1946.
 # Not dates: 'ultimately' (no value)
 dates=[D("1980", "1980"),
        D("1946", "1946")])

# ---- Pinnacle Entertainment, Inc. / Ameristar Casinos, Inc., FTC press release, November 20, 2013 -------------------
A["us-ftc-pinnacle-ameristar-lake-charles-divestiture-gnlc-2013"] = dict(
 # The Federal Trade Commission (once in full; 'the FTC requires', "the FTC\u2019s complaint": alias 'FTC';
 # 'Commission-approved buyer', 'The Commission vote': alias 'Commission'); Pinnacle Entertainment, Inc. (once in full;
 # 'Pinnacle' five more times, "Pinnacle\u2019s" twice: alias 'Pinnacle'); Ameristar Casinos, Inc. ("Ameristar Casinos,
 # Inc.\u2019s casino and hotel project", the possessive not part of the name; 'Ameristar' three times: alias); Lake
 # Charles ('in Lake Charles, Louisiana', 'in Lake Charles' twice, 'the St. Louis and Lake Charles areas' -> Location);
 # Louisiana (Location); GNLC Holdings, Inc. (once); Landry\u2019s Inc. ('the parent company of Landry\u2019s Inc.', the
 # curly apostrophe as written); Golden Nugget ('which owns the Golden Nugget casinos' -> Service, the casino brand
 # customers use -- **doubtful**: a reader may type it Company, or Location as named sites); St. Louis ('in St. Louis,
 # Missouri', 'the St. Louis and Lake Charles areas' -> Location); Missouri (Location). Not annotated: 'casino and hotel
 # project', 'a casino and two hotels', 'a casino on an adjacent property', 'approximately 450 restaurants' (unnamed
 # properties and assets); 'a Commission-approved buyer' (unnamed); the application, the proposed order, the complaint
 # (a regulator's action); 'the antitrust laws' (laws); '4-0' (a vote)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", PIN, "Pinnacle"),
           E("Company", AME, "Ameristar"),
           E("Location", "Lake Charles"),
           E("Location", "Louisiana"),
           E("Company", GNL),
           E("Company", LAN),
           E("Service", "Golden Nugget"),
           E("Location", "St. Louis"),
           E("Location", "Missouri")],
 # No person is named in the kept text (the staff contact Daniel P. Ducore is in the parenthesis left out of the text;
 # no officer of Pinnacle, Ameristar, GNLC or Landry's is named)
 roles=[],
 # "Pinnacle\u2019s acquisition of Ameristar" (twice), the deal the FTC lets proceed under its proposed order ('the FTC
 # requires Pinnacle to divest these assets to a Commission-approved buyer to resolve charges that Pinnacle\u2019s
 # acquisition of Ameristar would reduce competition') -> acquired(Pinnacle Entertainment, Inc., Ameristar Casinos,
 # Inc.) only (agreed; the text does not say it is completed: GUIDELINES -- **doubtful**: Pinnacle divesting
 # "Ameristar Casinos, Inc.\u2019s" project reads as ownership already held, so a reader may add
 # parentOrganization(Ameristar Casinos, Inc., Pinnacle Entertainment, Inc.); another may read 'would reduce
 # competition' as a charged, not agreed, deal and give nothing); 'GNLC Holdings, Inc., the parent company of
 # Landry\u2019s Inc.' -> parentOrganization(Landry\u2019s Inc., GNLC Holdings, Inc.); 'Landry\u2019s Inc., which owns the
 # Golden Nugget casinos' -> provider(Golden Nugget, Landry\u2019s Inc.). **Near-misses**: the divestiture of 'all of the
 # assets associated with Ameristar Casinos, Inc.\u2019s casino and hotel project' to GNLC Holdings, Inc. (a purchase of
 # assets: no acquired(GNLC, ...), GUIDELINES' asset purchases); 'divest a casino and two hotels in St. Louis' (assets,
 # no buyer named); 'Pinnacle currently operates a casino in Lake Charles', 'Ameristar is building a casino' (unnamed
 # casinos: nothing); the application, proposed order and complaint (a regulator's action: nothing)
 relations=[L(PIN, "acquired", AME),
            L(LAN, "parentOrganization", GNL),
            L("Golden Nugget", "provider", LAN)],
 outages=[],
 # `published` 2013-11-20: '2015' ('scheduled to open in 2015') -> 2015. Not dates: 'currently' (no value), 'Following
 # a public comment period' (no value)
 dates=[D("2015", "2015")])

# ---- JAB Consumer Partners / Ethos, FTC press release, June 29, 2022 --------------------------------------------------
A["us-ftc-jab-consumer-partners-ethos-veterinary-clinics-order-2022"] = dict(
 # The Federal Trade Commission (once in full; 'the FTC is ordering', 'the FTC is taking action', 'allow the FTC':
 # alias 'FTC'; 'The Commission also is imposing': alias 'Commission'); JAB Consumer Partners (once in full; "JAB\u2019s
 # proposed ... acquisition", 'private equity firm JAB', 'JAB is the parent company', 'both JAB and its divesture
 # buyers': alias 'JAB'; a private equity firm -> Company); Ethos ('veterinary clinic owner Ethos', 'Ethos owns and
 # operates' -> Company); Richmond, Va. (two Locations, the state as written 'Va.', as 69a's 'Albany, Georgia' gives two
 # -- **doubtful**: a reader may take 'Richmond, Va.' as one place); Denver, San Francisco (Locations); Washington, D.C
 # ('the Washington, D.C area' -> Location 'Washington, D.C', as written without the last period -- **doubtful**: a
 # reader may write 'Washington' alone); Holly Vedova (once); the Bureau of Competition ('Director of the Bureau of
 # Competition' -> Organization); Compassion-First Pet Hospitals; National Veterinary Associates, Inc. (Companies, the
 # two firms that 'operate chains of veterinary clinics'). Not annotated: 'the parent company of veterinary clinic owner
 # Ethos' (unnamed); 'its divesture buyers' (unnamed); specialty and emergency veterinary clinics, internal medicine,
 # neurology and the other services (classes); 'Pet owners', 'general practice veterinarians' (classes of people);
 # '$1.65 billion', 'nine states' (an amount, a count)
 entities=[E("Organization", FTC, "FTC", "Commission"),
           E("Company", JAB, "JAB"),
           E("Company", "Ethos"),
           E("Location", "Richmond"),
           E("Location", "Va."),
           E("Location", "Denver"),
           E("Location", "San Francisco"),
           E("Location", "Washington, D.C"),
           E("Person", HV),
           E("Organization", BOC),
           E("Company", CFP),
           E("Company", NVA)],
 # 'said Holly Vedova, Director of the Bureau of Competition' -> director at the Bureau of Competition, current true
 # (62g's, 67r's, 69a's call). **Near-misses**: no officer of JAB, Ethos, Compassion-First or National Veterinary
 # Associates is named
 roles=[R(HV, "director", BOC)],
 # 'Director of the Bureau of Competition' in the FTC's own release -> parentOrganization(Bureau of Competition,
 # Federal Trade Commission) (**doubtful**: the text never writes "the FTC's Bureau"; the parent read from the
 # release); 'JAB is the parent company of two firms ... \u2013 Compassion-First Pet Hospitals and National Veterinary
 # Associates, Inc.' -> parentOrganization(Compassion-First Pet Hospitals, JAB Consumer Partners),
 # parentOrganization(National Veterinary Associates, Inc., JAB Consumer Partners). **Near-misses**: "JAB\u2019s
 # proposed $1.65 billion acquisition of the parent company of veterinary clinic owner Ethos" -> nothing (the target is
 # Ethos's unnamed parent, not Ethos: no named target, 68v's Graco -- **doubtful**: a reader may write acquired(JAB
 # Consumer Partners, Ethos), the deal bringing Ethos under JAB, agreed and let proceed by the FTC's order); Ethos under
 # its unnamed parent (no named parent: nothing); 'divest clinics in Richmond, Va., Denver, San Francisco, and the
 # Washington, D.C area' (unnamed assets, no buyer named); 'For the second time in a month' (the other action is not
 # named in the kept text); the order and its prior approval and notice requirements (a regulator's action: nothing)
 relations=[L(BOC, "parentOrganization", FTC),
            L(CFP, "parentOrganization", JAB),
            L(NVA, "parentOrganization", JAB)],
 outages=[],
 # `published` 2022-06-29: 'today' ('The Federal Trade Commission today took the second action') -> 2022-06-29. Not
 # dates: 'For the second time in a month' (no calendar value), 'moving forward', 'at all hours' (none)
 dates=[D("today", "2022-06-29")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
