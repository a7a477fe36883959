#!/usr/bin/env python3
"""Batch 43p gold annotations (the texts of batch43p.py: the FCC's public notice DA 15-733 opening the docket for the
Charter/Time Warner Cable/Bright House Networks transactions, 23 June 2015; the Wireline Competition Bureau's public
notice DA 15-974 on Verizon's Connect America support conditioned on Frontier's acquisition of Verizon California and
GTE Southwest, 28 August 2015; the Bureau's public notice DA 10-1754 on the transfer of control of the FiberNet
companies from One Communications Corp. to NTELOS Inc., 16 September 2010; the Wireless Telecommunications Bureau's
order DA 18-52 on Verizon's and Straight Path's application for the licences of Straight Path Spectrum LLC, 18
January 2018), written from the texts alone; newskg was not run on them. The split follows the fixed rule: the sorted
ids dealt along test, train, dev, train (batch10_annotate's write_parts). Dates resolve against `published`.
Conventions (batches 15f and 43n; GUIDELINES section 2): a transfer of control of a named company to a named buyer
that the parties have applied for together, or an announced or pending acquisition of a named company ('will
acquire', 'acquisition of all the ownership interests of', approvals awaited), completion not told -> `acquired`
only; a transfer of control of licences alone -> nothing (the licences are assets); 'X to merge with Y' with no buyer
said -> nothing (GUIDELINES); "Y, a parent of which is X" / "X's wholly-owned subsidiary Y" / "certain X subsidiaries,
including Y" / "X, a holding company of operating subsidiaries, including Y" -> parentOrganization(Y, X); a d/b/a name
and a defined short name of the same company -> aliases; 'Commission' (the FCC not named in full) and the FCC's
bureaus -> Organization (15f, 43n); places of incorporation and named regions -> Location; laws, dockets, file
numbers, funds, programmes ('Connect America Phase II', 'Universal Service Fund'), rules and orders ('Spectrum
Frontiers Second Report and Order'), kinds of service and spectrum bands not annotated; an unnamed office-holder ('the
Chief, Wireless Telecommunications Bureau') no role.
usage: batch43p_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather44p/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, locs
import batch10_annotate as b10

A = {}
COM = "Commission"
VZ = "Verizon Communications Inc."

# ---- Charter / TWC / Bright House, public notice DA 15-733, published 2015-06-23 ---------------------------------
CH = "Charter Communications Inc."
BHN = "Bright House Networks, LLC"
AN = "Advance/Newhouse Partnership"
A["us-fcc-charter-bright-house-time-warner-cable-docket-public-notice-2015"] = dict(
 # Companies: Charter Communications Inc. ('Charter'; 'CHARTER COMMUNICATIONS INC.' in the upper-case heading is the
 # same form), Time Warner Cable, Inc. ('TWC'), Advance/Newhouse Partnership (a partnership that owns a cable
 # company: a business -> Company), Bright House Networks, LLC ('Bright House Networks' in the sentence and the
 # heading, 'BHN'). Organization: 'Commission' ('Commission consent', "the Commission's rules"; the FCC is not named
 # in full once the letterhead is cut, 15f). Not annotated: 'MB Docket No. 15-149', the defined 'Applications', the
 # unnamed 'wholly-owned and controlled subsidiaries'
 entities=[E("Company", CH, "Charter"), E("Company", "Time Warner Cable, Inc.", "TWC"),
           E("Company", AN), E("Company", BHN, "Bright House Networks", "BHN"),
           E("Organization", COM)],
 roles=[],
 # 'Charter and Advance/Newhouse Partnership (a parent of Bright House Networks, LLC) announced that Charter will
 # acquire Bright House Networks' -> BHN parentOrganization Advance/Newhouse (stated ownership) and Charter acquired
 # BHN (announced, agreed; applications 'are expected', completion not told -> acquired only; the heading's
 # 'TRANSFER OF CONTROL OF BRIGHT HOUSE NETWORKS FROM ADVANCE/NEWHOUSE PARTNERSHIP TO CHARTER' agrees).
 # 'a definitive agreement for Charter to merge with TWC in a cash-and-stock transaction that values TWC at $78.7
 # billion' -> nothing (GUIDELINES: a merger where the text does not say who buys whom; **doubtful**: the valuation of
 # TWC alone and the heading's 'TRANSFER OF CONTROL OF TIME WARNER CABLE' point to Charter as the buyer, and a reader
 # may set Charter acquired TWC)
 relations=[L(BHN, "parentOrganization", AN),
            L(CH, "acquired", BHN)],
 outages=[],
 # 'June 23, 2015' (release date) -> 2015-06-23; 'May 26, 2015' -> 2015-05-26. Not dates: 'DA 15-733', '15-149',
 # '1.1200(a)'
 dates=[D("June 23, 2015", "2015-06-23"), D("May 26, 2015", "2015-05-26")])

# ---- Frontier / Verizon (California, Texas), public notice DA 15-974, published 2015-08-28 -----------------------
FR = "Frontier Communications Corporation"
VCA = "Verizon California Inc."
GTE = "GTE Southwest Incorporated"
A["us-fcc-frontier-verizon-california-texas-connect-america-public-notice-2015"] = dict(
 # Organization: Wireline Competition Bureau ('Bureau'; the FCC is not named in the kept text, so no parent for it).
 # Companies: Verizon Communications Inc. ('Verizon'; 'VERIZON COMMUNICATIONS INC.' in the heading the same form),
 # Frontier Communications Corporation ('Frontier'), Verizon California Inc. ('Verizon California'), GTE Southwest
 # Incorporated ('GTE Southwest Incorporated d/b/a Verizon Southwest (Verizon Texas)': the d/b/a name and the defined
 # short name are aliases of the one company). Organization: the Universal Service Administrative Company ('USAC'; it
 # administers support payments on the Bureau's direction -> Organization, not a business; **doubtful**: its name
 # says 'Company' and a reader may type it Company). Locations: California, Texas (also in the heading). Not
 # annotated: 'Connect America Phase II' (a support programme), 'Universal Service Fund' (a fund), 'WC Docket No.
 # 10-90'
 entities=[E("Organization", "Wireline Competition Bureau", "Bureau"), E("Company", VZ, "Verizon"),
           E("Company", FR, "Frontier"), E("Company", VCA, "Verizon California"),
           E("Company", GTE, "Verizon Southwest", "Verizon Texas"),
           E("Organization", "Universal Service Administrative Company", "USAC")]
          + locs("California", "Texas"),
 roles=[],
 # "regulatory approvals for Frontier Communications Corporation's (Frontier) acquisition of all the ownership
 # interests of certain Verizon subsidiaries, including Verizon California Inc. ... and GTE Southwest Incorporated"
 # -> both are Verizon subsidiaries now (parentOrganization -> Verizon Communications Inc.) and Frontier is to buy all
 # of their ownership interests (a purchase of the companies, agreed, awaiting approval and closing: 'until ... the
 # transaction has been closed') -> acquired only, no parentOrganization to Frontier
 relations=[L(VCA, "parentOrganization", VZ), L(GTE, "parentOrganization", VZ),
            L(FR, "acquired", VCA), L(FR, "acquired", GTE)],
 outages=[],
 # 'August 28, 2015' (release date) -> 2015-08-28; 'December 31, 2015' -> 2015-12-31; 'August' ('for the month of
 # August', the notice's own month) -> 2015-08. Not dates: 'DA 15-974', '10-90', the dollar amounts
 dates=[D("August 28, 2015", "2015-08-28"), D("December 31, 2015", "2015-12-31"), D("August", "2015-08")])

# ---- NTELOS / FiberNet / One Communications, public notice DA 10-1754, published 2010-09-16 ----------------------
ONE = "One Communications Corp."
NT = "NTELOS Inc."
FN = ["FiberNet of Virginia, Inc.", "FiberNet, L.L.C.", "FiberNet Telecommunications of Pennsylvania, LLC",
      "FiberNet of Ohio, LLC"]
A["us-fcc-ntelos-fibernet-one-communications-transfer-of-control-public-notice-2010"] = dict(
 # Companies: One Communications Corp. ('One Communications'; also in the possessive "One Communications'"), the four
 # FiberNet companies, NTELOS Inc. ('NTELOS'). 'FiberNet' is the notice's defined name for the four together
 # ('(together, FiberNet)'); set as the alias of FiberNet, L.L.C., whose name it is without the suffix
 # (**doubtful**: it stands for all four; a reader may leave it unattached or make it an entity of its own).
 # Organization: 'Commission' ('Commission approval'). Locations: Delaware ('a Delaware corporation'), the
 # Northeast, Mid-Atlantic and Midwest regions (named regions of the US; **doubtful**: a reader may leave them out),
 # West Virginia. Not annotated: Virginia, Pennsylvania, Ohio (only inside company names), the Communications Act of
 # 1934 (a law), 'section 652(b)', 'WC Docket No. 10-158', the unnamed 'operating subsidiaries'
 entities=[E("Company", ONE, "One Communications"), E("Company", FN[0]),
           E("Company", FN[1], "FiberNet"), E("Company", FN[2]), E("Company", FN[3]),
           E("Company", NT, "NTELOS"), E("Organization", COM)]
          + locs("Delaware", "Northeast", "Mid-Atlantic", "Midwest", "West Virginia"),
 roles=[],
 # 'One Communications ... is a holding company of operating subsidiaries, including FiberNet' and 'The only
 # subsidiaries of One Communications that are included in the proposed transaction are the FiberNet subsidiaries'
 # -> each FiberNet company parentOrganization One Communications Corp. 'One Communications Corp. ..., FiberNet ...
 # and NTELOS Inc. ... filed applications' seeking 'approval of the transfer of control of FiberNet from One
 # Communications to NTELOS' -> the seller, the companies sold and the buyer applied together: an agreed deal,
 # completion not told -> NTELOS Inc. acquired each FiberNet company (acquired only; 43n's Altice/Cequel, 15f's
 # CableSouth). 'a cable operator or its affiliate' (the rule's words) -> nothing
 relations=[L(f, "parentOrganization", ONE) for f in FN] + [L(NT, "acquired", f) for f in FN],
 outages=[],
 # 'September 16, 2010' (release date) -> 2010-09-16; 'October 18, 2010', 'November 2, 2010' (comment dates);
 # 'August 2, 2010' (filing). Not dates: 'DA 10-1754', '10-158', '1934' inside the law's name
 dates=[D("September 16, 2010", "2010-09-16"), D("October 18, 2010", "2010-10-18"),
        D("November 2, 2010", "2010-11-02"), D("August 2, 2010", "2010-08-02")])

# ---- Verizon / Straight Path, order DA 18-52, published 2018-01-18 ------------------------------------------------
SP = "Straight Path Communications, Inc."
SPS = "Straight Path Spectrum LLC"
A["us-fcc-verizon-straight-path-spectrum-transfer-of-control-order-2018"] = dict(
 # Organizations: Wireless Telecommunications Bureau (its unnamed Chief -> no role), 'Commission' ('Commission
 # consent'). Companies: Verizon Communications Inc. ('Verizon'; "Verizon's"), Straight Path Communications, Inc.
 # ('Straight Path'; "Straight Path's"), Straight Path Spectrum LLC. Not annotated: the spectrum bands and licences,
 # 'the Spectrum Frontiers Second Report and Order' (an FCC order), '5G services' and 'millimeter wave (mmW)
 # spectrum' (kinds of service and spectrum, no named product), 'American consumers'
 entities=[E("Organization", "Wireless Telecommunications Bureau"), E("Company", VZ, "Verizon"),
           E("Company", SP, "Straight Path"), E("Company", SPS), E("Organization", COM)],
 roles=[],
 # "Straight Path's wholly-owned subsidiary Straight Path Spectrum LLC" -> parentOrganization. 'the transfer of
 # control of various spectrum licenses held by ... Straight Path Spectrum LLC to Verizon' -> nothing: the kept text
 # tells the licences passing to Verizon, not a purchase of either Straight Path company (**doubtful**: in the FCC's
 # usage a 'transfer of control' of licences moves control of the licensee, and the applicants are Verizon and the
 # parent; a reader may set Verizon acquired Straight Path Communications, Inc. or Straight Path Spectrum LLC)
 relations=[L(SPS, "parentOrganization", SP)],
 outages=[],
 # 'January 17, 2018' (adopted) -> 2018-01-17; 'January 18, 2018' (released) -> 2018-01-18. Not dates: the band
 # numbers ('28 GHz', '3650-3700 MHz')
 dates=[D("January 17, 2018", "2018-01-17"), D("January 18, 2018", "2018-01-18")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
