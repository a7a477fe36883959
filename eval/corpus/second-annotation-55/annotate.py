#!/usr/bin/env python3
"""Second annotation (agree55) of the 6 articles whose stripped copies pick.py wrote to /tmp/agree55-tmp, made from
their text with GUIDELINES.md and GOLD_FORMAT.md; open points were settled from train gold of other ids (listed in this
folder's README) and the conventions of earlier second annotations.
Writes the gold files into the folder given as the first argument (default: this script's folder), through the checks
of eval/corpus/second_sample.write.
usage: annotate.py [OUT_DIR]"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from second_sample import D, E, L, R, write
A = {}
PO, AQ, PV, PA = "parentOrganization", "acquired", "provider", "partner"

# published null. CMA case page: the completed acquisition of GBST Holdings by FNZ (Australia) Bidco, remitted to the
# CMA, found to lessen competition in the UK; the divestiture of GBST approved and completed, the case closed.
# Entities: "CMA" (no full name in the text): Organization, as the train CMA case pages with no full name write it
# (Dye & Durham / TM Group, GBT / CWT). GBST Holdings Limited ("GBST"), FNZ (Australia) Bidco Pty Ltd: Companies;
# "FNZ" (the acquirer in "the completed acquisition by FNZ of GBST") an alias of the Bidco, the only FNZ company the
# text names (doubtful: a separate FNZ group company as the Bidco's parent is the alternative, which the text does not
# state). The four panel members: Persons. UK: Location. "Retail Platform Solutions" (a market), "FNZ/GBST remedy
# group" (a panel of the CMA): no entities.
# Roles: "Martin Coleman (Chair)" of the CMA's remedy group -> chairman at CMA (the train GBT / CWT page gives the chair
# of the CMA's independent panel chairman at CMA). Keck, Thanassoulis, Newman, "panel group members" -> other at CMA
# (GUIDELINES 2: commissioners -> other; doubtful, no train case lists plain panel members).
# Relations: "the completed acquisition of GBST ... by FNZ (Australia) Bidco" -> acquired and parentOrganization
# (GUIDELINES 2, completed acquisition; train Dye & Durham / TM Group). The later divestiture of GBST to an unnamed
# buyer: past ownership is still recorded; the buyer is not named, so nothing more.
# Dates (published null: absolute only): the twelve day dates; "5pm" on 17 August 2021 -> 2021-08-17T17:00, its own
# item beside the day (as train files with a stated clock time do: Howard Street tunnel fire, WannaCry PAC report).
FB, GB = "FNZ (Australia) Bidco Pty Ltd", "GBST Holdings Limited"
A["uk-cma-fnz-gbst-merger-case-page-remittal-divestiture-2022"] = dict(
    entities=[E("Organization", "CMA"), E("Company", GB, "GBST"), E("Company", FB, "FNZ"),
              E("Person", "Martin Coleman"), E("Person", "Colleen Keck"), E("Person", "John Thanassoulis"),
              E("Person", "Jeremy Newman"), E("Location", "UK")],
    roles=[R("Martin Coleman", "chairman", "CMA"), R("Colleen Keck", "other", "CMA"),
           R("John Thanassoulis", "other", "CMA"), R("Jeremy Newman", "other", "CMA")],
    relations=[L(FB, AQ, GB), L(GB, PO, FB)],
    outages=[],
    dates=[D("21 January 2021", "2021-01-21"), D("18 January 2022", "2022-01-18"),
           D("22 December 2021", "2021-12-22"), D("21 September 2021", "2021-09-21"),
           D("25 August 2021", "2021-08-25"), D("2 August 2021", "2021-08-02"), D("5pm", "2021-08-17T17:00"),
           D("17 August 2021", "2021-08-17"), D("4 June 2021", "2021-06-04"), D("15 April 2021", "2021-04-15"),
           D("29 January 2021", "2021-01-29"), D("12 February 2021", "2021-02-12")])

# published 2020-09-15. CFTC release: the Northern District of Illinois court enters a consent order against Edge
# Financial Technologies, an Illinois software firm that aided and abetted a trader's spoofing in E-mini S&P futures.
# Entities: Commodity Futures Trading Commission ("CFTC"): Organization. U.S. District Court for the Northern District
# of Illinois: Organization (the full court name, as the train Monex release). Edge Financial Technologies, LLC
# ("Edge"): Company. Illinois ("an Illinois firm"): Location. Division of Enforcement and its Spoofing Task Force:
# Organizations (train: the CFTC's Division of Enforcement in SuKarne and Vision, Vitol's "Division of Enforcement's
# Corruption Task Force"). James McDonald: Person. "Trader A" (no name), "E-mini S&P futures contract" (a futures
# contract on an index; the train CFTC releases annotate no futures contract), "CFTC Press Release No. 7689-18": none.
# Roles: "Division of Enforcement Director James McDonald" -> director at the Division of Enforcement (the train SEC
# releases give the Division's director `director` at the Division when it is named). Current.
# Relations: the Division under the CFTC ("the Division of Enforcement's Spoofing Task Force" in a CFTC release), the
# Task Force under the Division (train Vitol). No partner between Edge and the unnamed trader.
# Dates: "today" -> 2020-09-15; "2018" (the enforcement action); "January 30, 2013"; "October 30, 2013". "two years":
# no calendar value.
CFTC, EDGE, DOE = "Commodity Futures Trading Commission", "Edge Financial Technologies, LLC", "Division of Enforcement"
A["us-cftc-edge-financial-technologies-illinois-software-firm-aiding-abetting-spoofing-consent-order-mcdonald-2020"] = \
    dict(
    entities=[E("Organization", CFTC, "CFTC"),
              E("Organization", "U.S. District Court for the Northern District of Illinois"),
              E("Company", EDGE, "Edge"), E("Location", "Illinois"), E("Organization", DOE),
              E("Organization", "Spoofing Task Force"), E("Person", "James McDonald")],
    roles=[R("James McDonald", "director", DOE)],
    relations=[L(DOE, PO, CFTC), L("Spoofing Task Force", PO, DOE)],
    outages=[],
    dates=[D("today", "2020-09-15"), D("2018", "2018"), D("January 30, 2013", "2013-01-30"),
           D("October 30, 2013", "2013-10-30")])

# published 2023-08-08. CFTC release: Wedbush Securities, a Los Angeles futures commission merchant, ordered to pay $6
# million for recordkeeping and supervision failures (employees' use of personal text messages).
# Entities: Commodity Futures Trading Commission ("CFTC"): Organization. Wedbush Securities Inc. ("Wedbush"): Company.
# "Los Angeles, California-based": one Location "Los Angeles, California" (the train CFTC releases keep a town and its
# state whole: 18 of 18 pairs). Ian McGinley: Person. "U.S." ("the U.S. derivatives markets"): Location (the train
# Vitol release annotates it there). Commodity Exchange Act: a law, none.
# Roles: "Director of Enforcement Ian McGinley" -> director at the CFTC (no Division named; the train Mizuho, Tullett
# Prebon and Merrill Lynch releases give it so). Current.
# Relations: none.
# Dates: "today" -> 2023-08-08; "2018" ("from approximately 2018 to the present"). "the present" is skipped, as the
# train NinjaTrader and Marine Hose releases skip it.
WB = "Wedbush Securities Inc."
A["us-cftc-wedbush-securities-los-angeles-fcm-unapproved-communications-recordkeeping-supervision-2023"] = dict(
    entities=[E("Organization", CFTC, "CFTC"), E("Company", WB, "Wedbush"), E("Location", "Los Angeles, California"),
              E("Person", "Ian McGinley"), E("Location", "U.S.")],
    roles=[R("Ian McGinley", "director", CFTC)],
    relations=[],
    outages=[],
    dates=[D("today", "2023-08-08"), D("2018", "2018")])

# published 2012-12-05. US Attorney (District of South Carolina) release, carried by BIS: the manager of Delfin Group
# USA pleads guilty to IEEPA conspiracy, IEEPA violations and false statements over exports to Iran.
# Entities: "COLUMBIA, S.C." (dateline): two Locations, town and state abbreviation apart (the train DOJ releases split
# them: Charleston / W.Va., Santa Ana / Calif., ALEXANDRIA / Va.). Markos Baghdasarian ("Baghdasarian"): Person. Delfin
# Group USA LLC: Company. Iran, Atlanta: Locations. United States with "U.S." ("U.S. government licenses"): one
# Location. William N. Nettles, Lisa Monaco, John Morton, David W. Mills: Persons. U.S. Immigration and Customs
# Enforcement ("ICE"): Organization. "the District of South Carolina" (a court named only by its district; agree53
# found the train leaving such a name out; doubtful), IEEPA (a law), "Commerce" inside a title, "the President of the
# United States" (no name): no entities.
# Roles: "the manager of Delfin Group USA LLC" -> executive (GUIDELINES 2: "manager" -> executive). "John Morton,
# Director of U.S. Immigration and Customs Enforcement" -> head at ICE (an agency's director leading it; train: "Sharon
# Woods, the Director of DCIS" -> head). Nettles (U.S. Attorney), Monaco (Assistant Attorney General for National
# Security) and Mills (Assistant Secretary of Commerce for Export Enforcement): no organisation entity named for their
# posts, no role (the train USAO releases give U.S. Attorneys none). All current.
# Relations: none.
# Dates: "yesterday" -> 2012-12-04; "May 19, 2012"; "June 14, 2012"; "May 1995"; "March 1995". Prison terms: none.
MB, DG, ICE = "Markos Baghdasarian", "Delfin Group USA LLC", "U.S. Immigration and Customs Enforcement"
A["us-doj-usao-dsc-delfin-group-usa-manager-baghdasarian-iran-exports-guilty-plea-2012"] = dict(
    entities=[E("Location", "COLUMBIA"), E("Location", "S.C."), E("Person", MB, "Baghdasarian"), E("Company", DG),
              E("Location", "Iran"), E("Location", "United States", "U.S."), E("Person", "William N. Nettles"),
              E("Person", "Lisa Monaco"), E("Person", "John Morton"), E("Organization", ICE, "ICE"),
              E("Person", "David W. Mills"), E("Location", "Atlanta")],
    roles=[R(MB, "executive", DG), R("John Morton", "head", ICE)],
    relations=[],
    outages=[],
    dates=[D("yesterday", "2012-12-04"), D("May 19, 2012", "2012-05-19"), D("June 14, 2012", "2012-06-14"),
           D("May 1995", "1995-05"), D("March 1995", "1995-03")])

# published 2013-05-24. US Attorney (Western District of New York) release: ISTA Pharmaceuticals pleads guilty to
# misbranding Xibrom and to paying kickbacks, and pays $33.5 million.
# Entities: "BUFFALO" (dateline): Location. William J. Hochul, Jr., Richard J. Arcara, MaryEllen Kresse: Persons.
# ISTA Pharmaceuticals, Inc. ("ISTA"): Company. Xibrom: Service (a drug, GUIDELINES 2). Food and Drug Administration
# ("FDA"): Organization. "the Western District of New York" (a judicial district), "U.S. District Court" inside a
# judge's title (the train Janssen release annotates no court there), "the United States" as the settling party (the
# train Amgen release leaves "a settlement with the United States" out; doubtful), the Federal Anti-Kickback Statute
# and the FDCA (laws), Lasik (a surgery): no entities.
# Roles: none. The U.S. Attorney, the judge and the Assistant U.S. Attorney have no organisation entity for their posts
# (the train USAO releases give U.S. Attorneys and judges none).
# Relations: "its drug Xibrom" -> provider(Xibrom, ISTA) (train Janssen: provider(Risperdal, Janssen)).
# Dates: "today" -> 2013-05-24 ("Today's" is the same text and value, one item); "2005"; "2010".
IS = "ISTA Pharmaceuticals, Inc."
A["us-doj-usao-wdny-ista-pharmaceuticals-xibrom-misbranding-kickback-guilty-plea-33-5-million-2013"] = dict(
    entities=[E("Location", "BUFFALO"), E("Person", "William J. Hochul, Jr."), E("Company", IS, "ISTA"),
              E("Person", "Richard J. Arcara"), E("Service", "Xibrom"), E("Person", "MaryEllen Kresse"),
              E("Organization", "Food and Drug Administration", "FDA")],
    roles=[],
    relations=[L("Xibrom", PV, IS)],
    outages=[],
    dates=[D("today", "2013-05-24"), D("2005", "2005"), D("2010", "2010")])

# published null. Wikipedia: Wincanton plc, a British logistics company, from its founding in 1925 as a subsidiary of
# the West Surrey Central Dairy Company to its acquisition by GXO Logistics in 2024.
# Entities: Wincanton plc ("Wincanton", and its founding name "Wincanton Transport & Engineering Ltd"; GUIDELINES 2:
# former names are aliases): Company. GXO Logistics, London Stock Exchange (a stock exchange that is a business; train
# Wikipedia files make it a Company): Companies. West Surrey Central Dairy Company, "has since been known as Cow & Gate,
# Unigate and then Uniq": one Company, the later names its aliases. Unigate Chilled Distribution, Glass Glover, CEL
# Group, Restore, Magnet Kitchens: Companies. WRM, Wincanton's "records management business (WRM)": a named business
# unit, Company. "British": no Location.
# Roles: none.
# Relations: acquired(GXO Logistics, Wincanton) and the parent link (completed, April 2024). Founded as "a subsidiary
# of the West Surrey Central Dairy Company", and "demerged from Uniq" in 2001 -> parentOrganization(Wincanton, West
# Surrey Central Dairy Company) (past ownership is recorded; train Demon Internet / Thus, Treasury Wine Estates /
# Foster's). "merged with Unigate Chilled Distribution": the text does not say who bought whom, nothing. Glass Glover
# and CEL Group bought -> acquired and parent link each. "sold its records management business (WRM) to Restore" ->
# parentOrganization(WRM, Wincanton) (its business, past), acquired(Restore, WRM), parentOrganization(WRM, Restore).
# "partnered with Magnet Kitchens" -> partner(Wincanton, Magnet Kitchens), as written. The listing: no relation.
# Dates (published null: absolute only): "April 2024", "1925", "February 1993", "March 2001", "November 2008",
# "November 2015", "February 2016". "the 1970s", "the 1990s": decades, skipped as the train Wikipedia files skip them.
W, GXO, WS = "Wincanton plc", "GXO Logistics", "West Surrey Central Dairy Company"
A["wp-wincanton-plc"] = dict(
    entities=[E("Company", W, "Wincanton", "Wincanton Transport & Engineering Ltd"),
              E("Company", "London Stock Exchange"), E("Company", GXO),
              E("Company", WS, "Cow & Gate", "Unigate", "Uniq"), E("Company", "Unigate Chilled Distribution"),
              E("Company", "Glass Glover"), E("Company", "CEL Group"), E("Company", "WRM"), E("Company", "Restore"),
              E("Company", "Magnet Kitchens")],
    roles=[],
    relations=[L(GXO, AQ, W), L(W, PO, GXO), L(W, PO, WS), L(W, AQ, "Glass Glover"), L("Glass Glover", PO, W),
               L(W, AQ, "CEL Group"), L("CEL Group", PO, W), L("WRM", PO, W), L("Restore", AQ, "WRM"),
               L("WRM", PO, "Restore"), L(W, PA, "Magnet Kitchens")],
    outages=[],
    dates=[D("April 2024", "2024-04"), D("1925", "1925"), D("February 1993", "1993-02"), D("March 2001", "2001-03"),
           D("November 2008", "2008-11"), D("November 2015", "2015-11"), D("February 2016", "2016-02")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree55-tmp", sys.argv[1] if len(sys.argv) > 1 else HERE), "written")
