#!/usr/bin/env python3
"""Batch 43n gold annotations (the texts of batch43n.py: the FCC Bureaus' public notice DA 15-740 on the transfer of
control of Cequel Corporation d/b/a Suddenlink Communications to Altice S.A., 24 June 2015; the Media Bureau's letter
DA 21-1426 granting Gray Television, Inc.'s acquisition of Meredith Corporation, 12 November 2021; the Commission's
order FCC 00-155 granting the transfer of control of CBS Corporation to Viacom, Inc., 3 May 2000), written from the
texts alone; newskg was not run on them. The split follows the fixed rule: the sorted ids dealt along test, train,
dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batch 15f's FCC texts; GUIDELINES section 2): a transfer of control of a named company to a named buyer
that the parties have applied for together (an agreed deal) or that the FCC has granted, completion not told ->
`acquired` only (15f: Verizon Wireless/Nextlink, ITC Broadband/CableSouth, Axia Trust/Axia U.S.); an assignment of
licences or station assets alone -> nothing (asset purchase); "Y, an indirect, wholly-owned subsidiary of X" and
"subsidiaries that collectively do business as Y" -> parentOrganization(Y, X); 'Commission' (the FCC not named in
full) -> Organization (15f); commissioners -> Person with title `other` at the Commission (GUIDELINES: commissioners
-> other); trade associations and advocacy coalitions -> Organization; places of incorporation ('a Luxembourg
entity', 'a Delaware corporation') -> Location; laws, dockets, file numbers, station call signs in the title only,
and kinds of service ('cable television', 'Voice over Internet Protocol (VoIP)') not annotated.
usage: batch43n_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather44n/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10

A = {}
COM = "Commission"

# ---- Altice / Cequel (Suddenlink), public notice DA 15-740, published 2015-06-24 ---------------------------------
A["us-fcc-altice-cequel-suddenlink-transfer-of-control-public-notice-2015"] = dict(
 # Companies: Altice S.A. ('Altice'; 'ALTICE S.A.' in the upper-case heading is the same form), Cequel Corporation
 # ('Cequel'; 'CEQUEL CORPORATION' in the heading), Suddenlink Communications ('Suddenlink'; the name under which
 # Cequel's subsidiaries do business, 'the seventh largest cable operator' -> Company, not Service). Locations:
 # Luxembourg ('a Luxembourg entity'), Delaware ('a Delaware corporation'), 'U.S.' (as written). Not annotated: the
 # Communications Act of 1934 (a law), 'WC Docket No. 15-135', the kinds of service (cable television, broadband
 # Internet access, 'Voice over Internet Protocol (VoIP)': generic services, no named product; **doubtful**: a reader
 # may make VoIP a Service), '17 states' (unnamed). No FCC body is named in the kept text (the letterhead is left out)
 entities=[E("Company", "Altice S.A.", "Altice"), E("Company", "Cequel Corporation", "Cequel"),
           E("Company", "Suddenlink Communications", "Suddenlink")]
          + locs("Luxembourg", "Delaware", "U.S."),
 roles=[],
 # 'Altice ... and Cequel ... (together, Applicants) filed a series of applications ... seeking approval for the
 # transfer of control of Cequel and its subsidiaries to Altice' -> the buyer and the target have applied together:
 # an agreed deal, not completed -> acquired only (15f's ITC Broadband/CableSouth; **doubtful**: the notice names no
 # agreement, only the joint applications; a reader may leave the pending transfer without a relation).
 # 'Cequel provides services through subsidiaries that collectively do business as Suddenlink Communications' ->
 # Suddenlink (the subsidiaries under that name) parentOrganization Cequel (**doubtful**: a reader may make
 # 'Suddenlink' an alias of Cequel, whose heading reads 'CEQUEL CORPORATION D/B/A SUDDENLINK COMMUNICATIONS')
 relations=[L("Altice S.A.", "acquired", "Cequel Corporation"),
            L("Suddenlink Communications", "parentOrganization", "Cequel Corporation")],
 outages=[],
 # 'June 24, 2015' (release date) -> 2015-06-24; 'July 24, 2015' and 'August 10, 2015' (due dates). Not dates:
 # 'DA 15-740', '15-135', '1934' inside the law's name
 dates=[D("June 24, 2015", "2015-06-24"), D("July 24, 2015", "2015-07-24"), D("August 10, 2015", "2015-08-10")])

# ---- Gray Television / Meredith, Media Bureau letter DA 21-1426, published 2021-11-12 ----------------------------
GRAY = "Gray Television, Inc."
GTL = "Gray Television Licensee, LLC"
MER = "Meredith Corporation"
A["us-fcc-gray-television-meredith-assignment-of-licenses-letter-2021"] = dict(
 # Companies: Gray Television, Inc. ('Gray'), Meredith Corporation ('Meredith'; also in 'Meredith assets' and
 # "Meredith's existing shareholders"), Gray Television Licensee, LLC (three times; the 'Re:' line included).
 # Organization: 'Commission' ('Commission approval', 'the Commission licenses', 'Commission consent'; the FCC not
 # named in full, 15f). Not annotated: 'a new public company to be owned by Meredith's existing shareholders'
 # (unnamed), the 'Applicants', 'Transaction', 'Merger', 'Station Licenses' (defined terms, not names)
 entities=[E("Company", GRAY, "Gray"), E("Company", MER, "Meredith"), E("Company", GTL),
           E("Organization", COM)],
 roles=[],
 # 'Gray Television Licensee, LLC, an indirect, wholly-owned subsidiary of Gray' -> parentOrganization.
 # "Gray Television, Inc.'s (Gray) acquisition (Transaction) of the Commission licenses and related station assets of
 # Meredith Corporation" alone would be an asset purchase (nothing), but the letter goes on: 'Gray will purchase all
 # outstanding shares of Meredith with Meredith continuing as the surviving entity and becoming a wholly-owned
 # subsidiary of Gray (Merger)' -> a purchase of the company, granted, not yet completed ('will purchase') ->
 # acquired only; no parentOrganization(Meredith, Gray) (**doubtful**: the letter grants consent and Meredith is to
 # become a wholly-owned subsidiary; the guidelines keep agreed deals to `acquired` only). The spin-off of
 # non-broadcast Meredith assets to an unnamed new company -> nothing
 relations=[L(GTL, "parentOrganization", GRAY),
            L(GRAY, "acquired", MER)],
 outages=[],
 # 'November 12, 2021' (release date) -> 2021-11-12. Not dates: 'DA 21-1426'
 dates=[D("November 12, 2021", "2021-11-12")])

# ---- Viacom / CBS, Memorandum Opinion and Order FCC 00-155, published 2000-05-03 ---------------------------------
CBS = "CBS Corporation"
VIA = "Viacom, Inc."
A["us-fcc-viacom-cbs-transfer-of-control-order-2000"] = dict(
 # Companies: CBS Corporation ('CBS'), Viacom, Inc. ('Viacom'), WEYS Television Corporation ('WEYS'; a petitioner, a
 # television business by its name), A.H. Belo Corporation ('Belo'). Organizations: the Commission (several times),
 # the American Cable Association ('ACA'; a trade association), the National Black Media Coalition ('NBMC'; an
 # advocacy group). Persons: Commissioner Furchtgott-Roth, Commissioner Tristani (surnames only, as written), Howard
 # Stern (named as the maker of 'certain broadcasts'; no organisation or post given -> no role). Not annotated: 'the
 # Stern Petitioners' (an unnamed group of petitioners, not Stern), 'its various licensee subsidiaries' and 'its
 # subsidiary companies' (unnamed), the rules ('§1.41'), the title's KCBS-TV and Los Angeles (title only)
 entities=[E("Organization", COM), E("Person", "Furchtgott-Roth"), E("Person", "Tristani"),
           E("Company", CBS, "CBS"), E("Company", VIA, "Viacom"),
           E("Organization", "American Cable Association", "ACA"),
           E("Organization", "National Black Media Coalition", "NBMC"),
           E("Company", "WEYS Television Corporation", "WEYS"),
           E("Person", "Howard Stern"),
           E("Company", "A.H. Belo Corporation", "Belo")],
 # 'Commissioner Furchtgott-Roth', 'Commissioner Tristani' ('Before the Commission:') -> title other at the
 # Commission (GUIDELINES: commissioners -> other), current
 roles=[R("Furchtgott-Roth", "other", COM), R("Tristani", "other", COM)],
 # 'the applications to transfer control of the CBS Corporation ... and its various licensee subsidiaries to Viacom,
 # Inc.' filed by CBS and Viacom together, granted 'subject to conditions' -> an agreed deal whose completion the
 # kept text does not tell -> acquired only (15f's Verizon Wireless/Nextlink). The licensee subsidiaries are unnamed
 # -> no parentOrganization. The petitioners and Belo oppose the applications -> no relation (not partners)
 relations=[L(VIA, "acquired", CBS)],
 outages=[],
 # 'May 3, 2000' (adopted and released) -> 2000-05-03; 'November 16, 1999' -> 1999-11-16. Not dates: '§1.41'
 dates=[D("May 3, 2000", "2000-05-03"), D("November 16, 1999", "1999-11-16")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
