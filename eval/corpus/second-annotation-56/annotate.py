#!/usr/bin/env python3
"""Second annotation (agree56) of the 6 articles whose stripped copies pick.py wrote to /tmp/agree56-tmp, made from
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

# published 2022-09-29. CFTC release: CX Futures Exchange, a designated contract market in New York, ordered to pay
# $6.5 million for system safeguard, swap and option reporting and false statement violations.
# Entities: Commodity Futures Trading Commission ("CFTC"; "The Commission's", an alias as the train Merrill Lynch and
# Vitol releases give it): Organization. CX Futures Exchange, L.P. ("CX"): Company. "New York, N.Y.": one Location
# (the CFTC lane keeps a town and its state whole; train Goldman Sachs has "New York, N.Y." whole). Gretchen Lowe:
# Person. Commodity Exchange Act (a law), "designated contract market" (a kind of exchange), ETRA: no entities.
# Roles: "Acting Director of Enforcement Gretchen Lowe" -> director at the CFTC (no Division named; train ED&F Man's
# "CFTC Acting Director of Enforcement Vincent McGonagle" and tpSEF's Lowe are director at the CFTC). Current.
# Relations: none.
# Dates: "today" -> 2022-09-29; "September 2017" and "August 2021" ("from approximately September 2017 to August 2021").
CFTC = "Commodity Futures Trading Commission"
CX = "CX Futures Exchange, L.P."
A["us-cftc-cx-futures-exchange-designated-contract-market-system-safeguards-false-statement-2022"] = dict(
    entities=[E("Organization", CFTC, "CFTC", "Commission"), E("Company", CX, "CX"), E("Location", "New York, N.Y."),
              E("Person", "Gretchen Lowe")],
    roles=[R("Gretchen Lowe", "director", CFTC)],
    relations=[],
    outages=[],
    dates=[D("today", "2022-09-29"), D("September 2017", "2017-09"), D("August 2021", "2021-08")])

# published 2018-09-18. CFTC release: ICAP Capital Markets LLC, now Intercapital Capital Markets LLC, ordered to pay $50
# million for aiding and abetting its bank clients' attempts to manipulate USD ISDAFIX.
# Entities: Commodity Futures Trading Commission ("CFTC or Commission"): Organization with both aliases. ICAP Capital
# Markets LLC ("ICAP"; "now known as Intercapital Capital Markets LLC", a later name of the same company, an alias by
# GUIDELINES 2): Company. James McDonald: Person. ISDAFIX / "U.S. Dollar International Swaps and Derivatives
# Association Fix (USD ISDAFIX)": a benchmark (no entity, as stock indices; the train LIBOR releases annotate no
# benchmark); the association named only inside the benchmark's name is not annotated (GUIDELINES 2, a company named
# only inside a product name); "U.S." inside "U.S. Dollar": no Location. The bank clients are not named.
# Roles: "James McDonald, CFTC Director of Enforcement" -> director at the CFTC. Current.
# Relations: none.
# Dates: "today" -> 2018-09-18; "January 2007"; "December 2012". "over more than five years": no calendar value.
IC = "ICAP Capital Markets LLC"
A["us-cftc-icap-capital-markets-intercapital-usd-isdafix-aiding-abetting-attempted-manipulation-2018"] = dict(
    entities=[E("Organization", CFTC, "CFTC", "Commission"),
              E("Company", IC, "ICAP", "Intercapital Capital Markets LLC"), E("Person", "James McDonald")],
    roles=[R("James McDonald", "director", CFTC)],
    relations=[],
    outages=[],
    dates=[D("today", "2018-09-18"), D("January 2007", "2007-01"), D("December 2012", "2012-12")])

# published null. CMA case page: the completed acquisition by Tobii AB of Smartbox Assistive Technology Limited and
# Sensory Software International Ltd; the CAT upholds the finding; Tobii sells Smartbox to CareTech; case closed.
# Entities: "CMA" (no full name in the text): Organization, as the train CMA case pages with no full name write it
# (FNZ / GBST, Dye & Durham / TM Group, GBT / CWT, Hunter Douglas / 247). Tobii AB ("Tobii"), Smartbox Assistive
# Technology Limited ("Smartbox"), Sensory Software International Ltd, CareTech Holdings Plc: Companies. Competition
# Appeal Tribunal ("CAT"; "the Tribunal", which the train ACCC page gives its Tribunal as an alias): Organization (a
# court). Kip Meek, Susan Hankey, Ulrike Hotopp, Keith Richards: Persons. Enterprise Act 2002, the General Data
# Protection Regulation, the Data Protection Act 2018 (laws), the Personal Information Charter, "Tobii/Smartbox remedy
# group" (a panel of the CMA): no entities. No place is named.
# Roles: "Kip Meek (Chair)" of the CMA's remedy group -> chairman at CMA; Hankey, Hotopp, Richards ("panel group
# members") -> other at CMA (as both annotations of the train FNZ / GBST page, agree55, and GUIDELINES 2's
# commissioners).
# Relations: "the completed acquisition by Tobii AB of Smartbox ... and Sensory Software" -> acquired and parent link
# for each target. "Tobii completed its sale of Smartbox to CareTech Holdings Plc" -> acquired(CareTech, Smartbox) and
# parentOrganization(Smartbox, CareTech); Tobii's past ownership stays recorded (relations carry no time).
# Dates (published null: absolute only): "8.2.19" -> 2019-02-08 and "19.9.19" -> 2019-09-19 (day first, as the UK
# page writes it; train files date numeric forms: 29/11/2016, 06.03.2007, 10/10/13); the four day dates. "today"
# ("the CAT today upheld", under the 10 January 2020 heading) is relative and published is null: skipped, as the train
# published-null files skip "today". The years in law names (Enterprise Act 2002, Data Protection Act 2018) are names,
# not dates (train: 19 of 20 law-name years undated).
TB, SB, SS, CT = ("Tobii AB", "Smartbox Assistive Technology Limited", "Sensory Software International Ltd",
                  "CareTech Holdings Plc")
CAT = "Competition Appeal Tribunal"
A["uk-cma-tobii-smartbox-merger-case-page-sale-to-caretech-2020"] = dict(
    entities=[E("Organization", "CMA"), E("Company", TB, "Tobii"), E("Company", SB, "Smartbox"), E("Company", SS),
              E("Company", CT), E("Organization", CAT, "CAT", "Tribunal"), E("Person", "Kip Meek"),
              E("Person", "Susan Hankey"), E("Person", "Ulrike Hotopp"), E("Person", "Keith Richards")],
    roles=[R("Kip Meek", "chairman", "CMA"), R("Susan Hankey", "other", "CMA"), R("Ulrike Hotopp", "other", "CMA"),
           R("Keith Richards", "other", "CMA")],
    relations=[L(TB, AQ, SB), L(SB, PO, TB), L(TB, AQ, SS), L(SS, PO, TB), L(CT, AQ, SB), L(SB, PO, CT)],
    outages=[],
    dates=[D("8.2.19", "2019-02-08"), D("19.9.19", "2019-09-19"), D("9 October 2020", "2020-10-09"),
           D("6 October 2020", "2020-10-06"), D("10 January 2020", "2020-01-10"),
           D("19 December 2019", "2019-12-19")])

# published 2004-10-05. US Attorney (Eastern District of North Carolina) release: a project manager of Balfour Beatty
# Construction pleads guilty to Clean Water Act and Rivers and Harbors Act violations ("prop washing" the Croatan Sound
# while building a bridge for the North Carolina Department of Transportation).
# Entities: "Raleigh" (dateline and court town), Wilmington, Manns Harbor: Locations. "Mt. Pleasant, S. C." and
# "Manteo, N. C.": town and state abbreviation apart, four Locations (the train DOJ releases split them: Syracuse /
# N.Y., West Sayville / N.Y., Islip / N.Y., Ft. Lauderdale / Fla., Santa Ana / Calif., ALEXANDRIA / Va., Lake Elmo /
# Minn., CHARLESTON / W.Va.: 8 pairs; 2 whole, COLUMBIA, S.C. and ST. PAUL, Minn.). Croatan Sound: Location (a named
# water; train Freedom Industries' Elk River). "the U. S." ("a navigable water of the U. S."): Location, as written
# ("United States" occurs only inside titles and the Sentencing Guidelines). Frank D. Whitney, MICHAEL EUGENE HILLYER
# ("HILLYER"), Terrence W. Boyle: Persons. U. S. Army Corps of Engineers, North Carolina Department of Transportation:
# Organizations. Balfour Beatty Construction, Inc.: Company. Not entities: "the U. S. Attorney's Office" (no district
# named; the release's own office; doubtful), "federal court", "U. S. District Judge" (no court named; train Janssen),
# the Clean Water Act and the Rivers and Harbors Act of 1899 (laws), the United States Sentencing Guidelines.
# Roles: "a Project Manager for Balfour Beatty Construction, Inc." -> executive (GUIDELINES 2: "manager" -> executive;
# train: project, product and sales managers -> executive, Boeing's 787 project manager, Marine Hose, Ueno). Current
# (the text says "was" in the indictment's account but not former; train Kawasaki's "who was a general manager" is
# current). Whitney (United States Attorney) and Boyle (Chief U. S. District Judge): no role (train USAO practice).
# Relations: "an international construction company hired by the North Carolina Department of Transportation to
# construct a bridge" -> partner(Balfour Beatty, NCDOT), a contractor and its client, the contractor first as written
# (GUIDELINES 2: supply/customer contract; train Glenn Defense Marine Asia -> partner U.S. Navy).
# Dates: "Tuesday, October 5, 2004" one item (train: 9 of 9 "Weekday, Month D, YYYY" are one item); "May 26, 2004".
# "four years", "one year": durations. "1899" is in a law's name.
BB, NCDOT, MH = ("Balfour Beatty Construction, Inc.", "North Carolina Department of Transportation",
                 "MICHAEL EUGENE HILLYER")
A["us-usao-ednc-balfour-beatty-construction-project-manager-hillyer-croatan-sound-dredging-plea-2004"] = dict(
    entities=[E("Location", "Raleigh"), E("Person", "Frank D. Whitney"), E("Person", MH, "HILLYER"),
              E("Person", "Terrence W. Boyle"), E("Location", "Wilmington"), E("Location", "Croatan Sound"),
              E("Location", "U. S."), E("Organization", "U. S. Army Corps of Engineers"),
              E("Location", "Mt. Pleasant"), E("Location", "S. C."), E("Company", BB), E("Organization", NCDOT),
              E("Location", "Manns Harbor"), E("Location", "Manteo"), E("Location", "N. C.")],
    roles=[R(MH, "executive", BB)],
    relations=[L(BB, PA, NCDOT)],
    outages=[],
    dates=[D("Tuesday, October 5, 2004", "2004-10-05"), D("May 26, 2004", "2004-05-26")])

# published null. Wikipedia (2016 copy): Future plc, a British magazine publisher founded in 1985 by Chris Anderson.
# Entities: Future plc ("Future"; its founding name "Future Publishing" an alias by GUIDELINES 2; "Future PLC" is the
# same form ignoring case): Company. Future US: Company. "US" ("their US market", and "the US company"): Location (both
# annotations of batch 55 gave "U.S." in "the U.S. derivatives markets" a Location; doubtful, the train Wikipedia files
# leave a bare nationality adjective such as "US defense contractor" out). Somerton, Somerset: two Locations (the train
# Wikipedia files split "Town, County": Cuffley / Hertfordshire, Huddersfield / Yorkshire). Chris Anderson
# ("Anderson"), Greg Ingham: Persons. Amstrad Action (a magazine; GUIDELINES 2: magazines are Company; the company
# inside its name is not annotated), Pearson PLC, Apax Venture Partners: Companies. "the State of Texas" (suing):
# Location (train DOJ releases: "the State of Texas", "the State of Florida" filing suits are Locations). GamesRadar
# (a website): Service. FTSE Fledgling Index (an index), the Children's Online Privacy Protection Act (a law), "British":
# no entities.
# Roles: founder(Chris Anderson, Future plc), current although "Anderson left Future" (train Wikipedia: a founder who
# left stays current, Willmott Dixon, Trivago, Koç). "Future chief executive Greg Ingham" -> ceo at Future plc, current
# (no former/then in the text).
# Relations: "owns the US company Future US" -> parentOrganization(Future US, Future plc). "with the sole magazine
# Amstrad Action" -> parentOrganization(Amstrad Action, Future plc) (train: magazines under their publishers, Newsquest,
# Cleo / Bauer Media). "Anderson sold Future to Pearson PLC" -> acquired(Pearson, Future) and parent link (past
# ownership is recorded). "bought it back in 1998, with ... Apax Venture Partners" -> acquired(Apax, Future) and parent
# link (a co-buyer; train Scottish & Newcastle and Interswitch give a joint or consortium buyer acquired; doubtful).
# "the Future plc owned website GamesRadar" -> provider(GamesRadar, Future plc).
# Dates (published null: absolute only): "1985", "1994", "1998", "2001", "2007", "March 2008", "November 2009", "30
# September 2009" (a day; the fiscal year it ends is not dated).
F = "Future plc"
A["wp-future-plc"] = dict(
    entities=[E("Company", F, "Future", "Future Publishing"), E("Company", "Future US"), E("Location", "US"),
              E("Location", "Somerton"), E("Location", "Somerset"), E("Person", "Chris Anderson", "Anderson"),
              E("Company", "Amstrad Action"), E("Company", "Pearson PLC"), E("Person", "Greg Ingham"),
              E("Company", "Apax Venture Partners"), E("Location", "State of Texas"), E("Service", "GamesRadar")],
    roles=[R("Chris Anderson", "founder", F), R("Greg Ingham", "ceo", F)],
    relations=[L("Future US", PO, F), L("Amstrad Action", PO, F), L("Pearson PLC", AQ, F), L(F, PO, "Pearson PLC"),
               L("Apax Venture Partners", AQ, F), L(F, PO, "Apax Venture Partners"), L("GamesRadar", PV, F)],
    outages=[],
    dates=[D("1985", "1985"), D("1994", "1994"), D("1998", "1998"), D("2001", "2001"), D("2007", "2007"),
           D("March 2008", "2008-03"), D("November 2009", "2009-11"), D("30 September 2009", "2009-09-30")])

# published null. Wikipedia: Synthomer plc, formerly Yule Catto & Co, from George Yule & Co. (set up in London beside
# Andrew Yule & Co. of Calcutta in 1863) to the OMNOVA Solutions acquisition of 2020.
# Entities: Synthomer plc: Company, with its former names as aliases (GUIDELINES 2): "Yule Catto & Co" ("formerly known
# as"), "Yule, Catto & Company Ltd" and "Yule, Catto & Co.", and "George Yule & Co." / "George Yule and Company", the
# London firm renamed Yule, Catto & Company Ltd in 1920 (doubtful: the text makes it the same company through the
# rename; a separate George Yule & Co. is the alternative). Andrew Yule & Co., J.P. Morgan & Co., Morgan Grenfell &
# Co., Revertex Chemicals, OMNOVA Solutions, London Stock Exchange (a business; train Wikipedia files): Companies.
# Andrew Yule ("Andrew", possessive-free), George Yule, Thomas Catto, David Yule ("Sir David Yule"; the train gives
# names without "Sir", 20 of 22), Stephen (Thomas Catto's son, named by first name only): Persons. Calcutta, London,
# India: Locations. Not entities: "the Indian government" (the train leaves "the X government" out 32 of 36 times; no
# relation hangs on it here), "US banking group" and "British" (nationality adjectives; train Wikipedia leaves "US
# defense contractor", "US private equity firm" out), the Indian rupee.
# Roles: founder(Andrew Yule, Andrew Yule & Co.) ("founded a trading house known as Andrew Yule & Co."); founder(George
# Yule, Synthomer plc) ("set up George Yule & Co."); "David Yule continued to hold the title of Chairman" of the firm in
# India -> chairman at Andrew Yule & Co.; Thomas Catto "sent to India to take over management of the firm" -> executive
# at Andrew Yule & Co. (GUIDELINES 2: "manager" -> executive; doubtful, no title is written). All current (no
# former/left in the text). Stephen: no title.
# Relations: George Yule & Co. "acted as British agency arm of Andrew Yule & Co." -> parentOrganization(Synthomer,
# Andrew Yule & Co.) ("arm", GOLD_FORMAT). "In 1919 Andrew Yule & Co. and George Yule & Co. were sold to ... J.P.
# Morgan & Co. and ... Morgan Grenfell & Co." -> acquired and parent link from each buyer to each firm (train Scottish &
# Newcastle: two buyers, both acquired and parent). "its British merchant banking affiliate": no parent link (train:
# "affiliate" gives none, Duke Energy, Ant Group, 3G Capital). "decided in 1969 to sell its shareholding in Andrew
# Yule & Co. to the Indian government": a decision and a stake, nothing. "With the acquisition of Revertex Chemicals in
# 1980" (by Yule Catto) and OMNOVA ("the transaction was completed on 2 April 2020") -> acquired and parent link each.
# The listing: no relation.
# Dates (published null: absolute only): every year, the life years in parentheses included (train: 3 of 5 such ranges
# dated year by year, Cosworth, Zobel de Ayala), "July 2019", "2 April 2020". "That same year" is relative: skipped
# (train published-null files skip it, 33 of 33).
S, AY, JPM, MG = "Synthomer plc", "Andrew Yule & Co.", "J.P. Morgan & Co.", "Morgan Grenfell & Co."
A["wp-synthomer"] = dict(
    entities=[E("Company", S, "Synthomer", "Yule Catto & Co", "Yule, Catto & Company Ltd", "Yule, Catto & Co.",
                "George Yule & Co.", "George Yule and Company"),
              E("Company", "London Stock Exchange"), E("Person", "Andrew Yule", "Andrew"), E("Company", AY),
              E("Location", "Calcutta"), E("Person", "George Yule"), E("Location", "London"), E("Company", JPM),
              E("Company", MG), E("Person", "Thomas Catto"), E("Location", "India"),
              E("Person", "David Yule", "Sir David Yule"), E("Company", "Revertex Chemicals"), E("Person", "Stephen"),
              E("Company", "OMNOVA Solutions")],
    roles=[R("Andrew Yule", "founder", AY), R("George Yule", "founder", S), R("David Yule", "chairman", AY),
           R("Thomas Catto", "executive", AY)],
    relations=[L(S, PO, AY), L(JPM, AQ, AY), L(AY, PO, JPM), L(MG, AQ, AY), L(AY, PO, MG), L(JPM, AQ, S),
               L(S, PO, JPM), L(MG, AQ, S), L(S, PO, MG), L(S, AQ, "Revertex Chemicals"),
               L("Revertex Chemicals", PO, S), L(S, AQ, "OMNOVA Solutions"), L("OMNOVA Solutions", PO, S)],
    outages=[],
    dates=[D("1863", "1863"), D("1919", "1919"), D("1879", "1879"), D("1959", "1959"), D("1858", "1858"),
           D("1928", "1928"), D("1920", "1920"), D("1969", "1969"), D("1980", "1980"), D("1923", "1923"),
           D("2001", "2001"), D("2007", "2007"), D("2012", "2012"), D("July 2019", "2019-07"),
           D("2 April 2020", "2020-04-02")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree56-tmp", sys.argv[1] if len(sys.argv) > 1 else HERE), "written")
