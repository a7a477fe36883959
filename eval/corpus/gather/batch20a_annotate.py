#!/usr/bin/env python3
"""Batch 20a gold annotations (the 10 texts of batch20a.py), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the 10 ids sorted, then dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b).
Wikipedia texts have `published` null: dates list only absolute expressions; a day written without its year in its
own sentence ('On April 25', 'On March 24') is not listed. Deals follow GUIDELINES.md part 2: a completed acquisition
gives `acquired` and parentOrganization(target, buyer) unless the target was merged away ('absorbed'); an agreed one
gives `acquired` only; offers, talks, rumours, displaced or abandoned deals, asset and stake sales, and mergers that
name no buyer give nothing; a buyer who is a person gives nothing (`acquired` is between companies); joint ventures are
recorded as partner(owner, owner), as the corpus records them (batch 16g, SIRO); roles the text dates to a closed past
period are current=false.
usage: batch20a_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10
IDS = sorted("""wp-mannesmann-vodafone-acquisition
wp-hp-autonomy-acquisition
wp-xstrata-glencore-acquisition
wp-acquisition-of-twitter-by-elon-musk-2022-04
wp-acquisition-of-activision-blizzard-by-microsoft
wp-wachovia-wells-fargo-citigroup-2008
wp-lafargeholcim-merger-2015
wp-dow-corning-joint-venture
wp-fujitsu-siemens-computers-joint-venture
wp-acquisition-of-sun-microsystems-by-oracle""".split())
A = {}
VG = "Vodafone Group Plc"
A["wp-mannesmann-vodafone-acquisition"] = dict(
 entities=[E("Company", "Mannesmann AG", "Mannesmann"), E("Location", "Düsseldorf"), E("Company", VG, "Vodafone"),
           E("Company", "Frankfurt Stock Exchange"), E("Company", "Hartmann und Braun"), E("Company", "Elsag-Bailey"),
           E("Company", "ABB"), E("Company", "Mannesmann Arcor"), E("Location", "Germany"),
           E("Company", "Deutsche Bahn"), E("Company", "Deutsche Bank"), E("Service", "D2 Mannesmann"),
           E("Company", "Mannesmann Mobilfunk"), E("Company", "Deutsche Telekom"), E("Service", "T-Mobile", "D1"),
           E("Person", "Chris Gent"), E("Company", "Goldman Sachs"), E("Person", "Scott Mead")],
 # 'Vodafone's Chief Executive, Chris Gent' -> ceo (no former/then on him); Scott Mead 'was then the chief advisor on
 # the deal' names a deal role, no post at Goldman Sachs: no role
 roles=[R("Chris Gent", "ceo", VG)],
 # completed takeover -> acquired + parentOrganization; 'Amongst its subsidiaries was Hartmann und Braun, which has since
 # been sold off to Elsag-Bailey, which in turn was subsequently purchased by ABB' -> a past subsidiary (recorded) and
 # two completed purchases; Arcor 'owned solely by Vodafone'; the networks and their operators -> provider; the two
 # banks' and railway's minority stakes sold -> nothing; Mannesmann Mobilfunk's owner is not stated
 relations=[L(VG, "acquired", "Mannesmann AG"),
            L("Mannesmann AG", "parentOrganization", VG),
            L("Hartmann und Braun", "parentOrganization", "Mannesmann AG"),
            L("Elsag-Bailey", "acquired", "Hartmann und Braun"), L("Hartmann und Braun", "parentOrganization", "Elsag-Bailey"),
            L("ABB", "acquired", "Elsag-Bailey"), L("Elsag-Bailey", "parentOrganization", "ABB"),
            L("Mannesmann Arcor", "parentOrganization", VG),
            L("D2 Mannesmann", "provider", "Mannesmann AG"), L("T-Mobile", "provider", "Deutsche Telekom")],
 outages=[],
 dates=[D("1890", "1890"), D("1999", "1999"), D("May 2008", "2008-05"), D("1990", "1990"), D("2000", "2000")])
A["wp-hp-autonomy-acquisition"] = dict(
 entities=[E("Company", "HP Autonomy", "Autonomy Corporation PLC", "Autonomy"), E("Company", "Micro Focus"),
           E("Company", "OpenText"), E("Location", "Cambridge"), E("Location", "United Kingdom"),
           E("Company", "Hewlett-Packard", "HP"), E("Person", "Mike Lynch"), E("Person", "Robert Youngjohns"),
           E("Company", "Microsoft"), E("Location", "North America"), E("Company", "HP Inc"),
           E("Company", "Hewlett Packard Enterprise", "HPE")],
 # 'The former CEO, Mike Lynch' -> ceo of Autonomy, former; 'ex-Microsoft president of North America' -> president at
 # Microsoft, former; recruited 'to take over HP Autonomy' -> head of HP Autonomy
 roles=[R("Mike Lynch", "ceo", "HP Autonomy", False), R("Robert Youngjohns", "president", "Microsoft", False),
        R("Robert Youngjohns", "head", "HP Autonomy")],
 # 'Autonomy was acquired by Hewlett-Packard (HP) in October 2011' -> acquired + parentOrganization; 'OpenText acquired
 # Micro Focus' -> acquired + parentOrganization; 'merged with Micro Focus ... and OpenText' names no buyer, the asset
 # sales and HP's split give nothing
 relations=[L("Hewlett-Packard", "acquired", "HP Autonomy"), L("HP Autonomy", "parentOrganization", "Hewlett-Packard"),
            L("OpenText", "acquired", "Micro Focus"), L("Micro Focus", "parentOrganization", "OpenText")],
 outages=[],
 dates=[D("2017", "2017"), D("2023", "2023"), D("2016", "2016"), D("1996", "1996"), D("October 2011", "2011-10"),
        D("September 2012", "2012-09"), D("2015", "2015")])
A["wp-xstrata-glencore-acquisition"] = dict(
 entities=[E("Company", "Xstrata plc", "Xstrata", "Südelektra")] +
          locs("Zug", "Switzerland", "London", "United Kingdom", "Africa", "Asia", "Australasia", "Europe",
               "North America", "South America", "Latin America") +
          [E("Company", "London Stock Exchange"), E("Company", "SIX Swiss Exchange"),
           E("Company", "Glencore plc", "Glencore", "Glencore Xstrata plc"), E("Company", "Xstrata Mexico"),
           E("Company", "Marc Rich + Co AG")],
 # the FTSE 100 Index is an index and the 'Forbes Global 2000' a list: not entities; 'Südelektra' is Xstrata's
 # founding name (alias); 'Glencore Xstrata plc' and 'Glencore plc' are the buyer's names
 roles=[],
 # 'Xstrata was acquired by Glencore' -> acquired + parentOrganization (the brand retired, the company not said to be
 # merged away); 'Marc Rich + Co AG became its majority shareholder' -> majority owner (as batch 15f)
 relations=[L("Glencore plc", "acquired", "Xstrata plc"), L("Xstrata plc", "parentOrganization", "Glencore plc"),
            L("Xstrata plc", "parentOrganization", "Marc Rich + Co AG")],
 outages=[],
 dates=[D("23 December 2011", "2011-12-23"), D("2013", "2013"), D("2 May 2013", "2013-05-02"), D("1926", "1926"),
        D("1990", "1990")])
A["wp-acquisition-of-twitter-by-elon-musk-2022-04"] = dict(
 entities=[E("Person", "Elon Musk", "Musk"), E("Company", "Twitter, Inc.", "Twitter"),
           E("Company", "The Babylon Bee", "Babylon Bee"), E("Location", "U.S."), E("Person", "Rachel Levine"),
           E("Person", "Seth Dillon")],
 # 'Babylon Bee CEO Seth Dillon' -> ceo; 'U.S. Assistant Secretary for Health' names no department: no role
 roles=[R("Seth Dillon", "ceo", "The Babylon Bee")],
 # near-miss: the buyer is a person and the buy-out was pending (offer accepted, 'pending approval'): no relation
 relations=[],
 outages=[],
 # 'On April 25' and 'On March 24' carry no year in their sentences (published null): not listed
 dates=[D("April 14, 2022", "2022-04-14"), D("April 2022", "2022-04"), D("June 2010", "2010-06"), D("2017", "2017"),
        D("March 20, 2022", "2022-03-20")])
GAMES = ["Call of Duty", "Crash Bandicoot", "Spyro", "Warcraft", "StarCraft", "Diablo", "Overwatch", "Candy Crush"]
A["wp-acquisition-of-activision-blizzard-by-microsoft"] = dict(
 entities=[E("Company", "Microsoft"), E("Company", "Activision Blizzard"), E("Company", "Microsoft Gaming"),
           E("Company", "Xbox Game Studios"), E("Company", "ZeniMax Media"), E("Company", "Activision"),
           E("Company", "Blizzard Entertainment"), E("Company", "King")] + [E("Service", g) for g in GAMES] +
          [E("Organization", "European Commission"), E("Location", "China"),
           E("Organization", "State Administration for Market Regulation", "SAMR"), E("Location", "United States"),
           E("Organization", "Federal Trade Commission", "FTC"), E("Location", "United Kingdom"),
           E("Organization", "Competition and Markets Authority", "CMA"), E("Company", "Sony"),
           E("Service", "Xbox"), E("Company", "Ubisoft")],
 roles=[],
 # 'The deal was concluded' -> acquired + parentOrganization; 'brought Activision Blizzard under its Microsoft Gaming
 # business unit as a sibling division to Xbox Game Studios and ZeniMax Media' -> the unit is Microsoft's and the three
 # sit under it; 'franchises under Activision, Blizzard Entertainment, and King' gained with Activision Blizzard -> the
 # three are its units; 'Microsoft gained ownership of several franchises' -> provider(game, Microsoft); the cloud
 # gaming offer to Ubisoft was an offer: nothing
 relations=[L("Microsoft", "acquired", "Activision Blizzard"), L("Activision Blizzard", "parentOrganization", "Microsoft"),
            L("Activision Blizzard", "parentOrganization", "Microsoft Gaming"),
            L("Microsoft Gaming", "parentOrganization", "Microsoft"),
            L("Xbox Game Studios", "parentOrganization", "Microsoft Gaming"),
            L("ZeniMax Media", "parentOrganization", "Microsoft Gaming")] +
           [L(u, "parentOrganization", "Activision Blizzard") for u in ("Activision", "Blizzard Entertainment", "King")] +
           [L(g, "provider", "Microsoft") for g in GAMES],
 outages=[],
 dates=[D("January 18, 2022", "2022-01-18"), D("October 13, 2023", "2023-10-13"), D("2023", "2023"),
        D("2033", "2033")])
WV = "Wachovia Corporation"
A["wp-wachovia-wells-fargo-citigroup-2008"] = dict(
 entities=[E("Company", WV, "Wachovia")] +
          locs("Charlotte", "North Carolina", "United States", "Washington, D.C.", "Connecticut", "Florida", "California") +
          [E("Company", "Wachovia Securities"), E("Company", "Citigroup"),
           E("Organization", "Federal Deposit Insurance Corporation", "FDIC"), E("Company", "AG Edwards"),
           E("Company", "Evergreen Investments"), E("Company", "Wells Fargo")],
 roles=[],
 # 'the owner of Wachovia Securities, AG Edwards and Evergreen Investments' -> parentOrganization; the agreed sale of
 # 'its banking operations' to Citigroup (operations, and displaced by the Wells Fargo deal) -> nothing; 'Wells Fargo
 # announced it had agreed to acquire Wachovia' -> acquired only (agreed, not completed in the text)
 relations=[L("Wachovia Securities", "parentOrganization", WV), L("AG Edwards", "parentOrganization", WV),
            L("Evergreen Investments", "parentOrganization", WV), L("Wells Fargo", "acquired", WV)],
 outages=[],
 dates=[D("September 29, 2008", "2008-09-29"), D("December 31, 2008", "2008-12-31"),
        D("October 3, 2008", "2008-10-03")])
A["wp-lafargeholcim-merger-2015"] = dict(
 entities=[E("Company", "LafargeHolcim", "LafargeHolcim Group"), E("Company", "Lafarge"), E("Company", "Holcim"),
           E("Company", "Le Monde"), E("Organization", "ISIS"), E("Location", "Jalabiya"), E("Location", "Syria"),
           E("Person", "Eric Olsen")],
 # 'The former CEO, Eric Olsen, resigned' -> ceo of LafargeHolcim (the article's company), former
 roles=[R("Eric Olsen", "ceo", "LafargeHolcim", False)],
 # near-miss: 'formed by the merger ... of cement companies Lafarge and Holcim' names no buyer -> nothing
 relations=[],
 outages=[],
 dates=[D("10 July 2015", "2015-07-10"), D("2014", "2014"), D("7 April 2014", "2014-04-07"),
        D("15 July 2015", "2015-07-15"), D("June 2016", "2016-06"), D("2013", "2013"), D("April 2017", "2017-04")])
DC = "Dow Corning Corporation"
A["wp-dow-corning-joint-venture"] = dict(
 entities=[E("Company", DC, "Dow Corning"), E("Location", "Midland"), E("Location", "Michigan"), E("Location", "USA"),
           E("Company", "Dow Chemical"), E("Company", "Corning Incorporated", "Corning"), E("Person", "Shailer Bass"),
           E("Service", "Dow Corning #4 Compound"), E("Person", "E. C. Sullivan"),
           E("Person", "William R. Collings", "Collings"), E("Person", "William C. Goggin"),
           E("Company", "Hemlock Semiconductor Corporation"), E("Person", "Andrew N. Liveris")],
 # posts the text dates to the past (1943; 1954-1962; 1967-1971; Sullivan's presidency ended by Collings' in 1954)
 # are former; 'general manager' -> executive; 'president and director' -> both; 'Dow Chemical's CEO Andrew N.
 # Liveris' -> ceo
 roles=[R("E. C. Sullivan", "president", DC, False), R("William R. Collings", "executive", DC, False),
        R("William R. Collings", "president", DC, False), R("William C. Goggin", "president", DC, False),
        R("William C. Goggin", "director", DC, False), R("Andrew N. Liveris", "ceo", "Dow Chemical")],
 # 'an equally owned joint venture of Dow Chemical and Corning' -> partner(owner, owner) as written; 'A large,
 # majority-owned subsidiary of Dow Corning Corporation is the Hemlock Semiconductor Corporation' -> parentOrganization;
 # 'Dow Corning's first product ... (Dow Corning #4 Compound)' -> provider
 relations=[L("Dow Chemical", "partner", "Corning Incorporated"),
            L("Hemlock Semiconductor Corporation", "parentOrganization", DC),
            L("Dow Corning #4 Compound", "provider", DC)],
 outages=[],
 # 'the 1960s' is a decade: not listed
 dates=[D("1943", "1943"), D("1942", "1942"), D("1954", "1954"), D("1962", "1962"), D("1967", "1967"),
        D("1971", "1971"), D("November 13, 2014", "2014-11-13")])
FSC = "Fujitsu Siemens Computers GmbH"
A["wp-fujitsu-siemens-computers-joint-venture"] = dict(
 entities=[E("Company", FSC, "Fujitsu Siemens Computers", "Fujitsu Technology Solutions", "Fujitsu Siemens"),
           E("Company", "Fujitsu"), E("Location", "Japan"), E("Company", "Siemens"), E("Location", "Germany"),
           E("Location", "Europe"), E("Location", "Middle East"), E("Location", "Africa"),
           E("Organization", "McLaren Mercedes"), E("Company", "Nokia"), E("Company", "Ericsson"),
           E("Company", "Nokia Data"), E("Company", "International Computers Limited", "ICL")],
 # 'Fujitsu Technology Solutions' is the company's later name (alias); Energy Star and Nordic swan are labels: not
 # entities; the Formula-1 team is a sports team (Organization); a sponsorship is no partner relation of the vocabulary
 roles=[],
 # '50/50 joint venture between Fujitsu ... and Siemens' -> partner(owner, owner); 'Fujitsu buying out Siemens' share of
 # the company' -> wholly Fujitsu's (parentOrganization; a stake purchase: no acquired); 'Nokia Data was sold to the
 # British International Computers Limited (ICL)' -> acquired + parentOrganization; 'ICL was absorbed by Fujitsu' ->
 # acquired only (merged away)
 relations=[L("Fujitsu", "partner", "Siemens"), L(FSC, "parentOrganization", "Fujitsu"),
            L("International Computers Limited", "acquired", "Nokia Data"),
            L("Nokia Data", "parentOrganization", "International Computers Limited"),
            L("Fujitsu", "acquired", "International Computers Limited")],
 outages=[],
 # 'the mid-1980s' is a decade: not listed
 dates=[D("1999", "1999"), D("April 1, 2009", "2009-04-01"), D("2000", "2000"), D("1991", "1991")])
SUN, ORA = "Sun Microsystems", "Oracle Corporation"
A["wp-acquisition-of-sun-microsystems-by-oracle"] = dict(
 entities=[E("Company", SUN, "Sun"), E("Company", ORA, "Oracle"), E("Service", "SPARC Enterprise"), E("Service", "Java"),
           E("Organization", "European Commission", "Commission"), E("Service", "MySQL"), E("Service", "Oracle Database"),
           E("Location", "United States"), E("Company", "Apple"), E("Company", "IBM"), E("Company", "Hewlett-Packard")],
 roles=[],
 # 'The acquisition ... was completed' -> acquired + parentOrganization; 'Oracle ... owned Sun's hardware product lines,
 # such as SPARC Enterprise, as well as Sun's software product lines, including the Java programming language' ->
 # provider to both (Sun's before, Oracle's after); 'MySQL, Sun's competitor to Oracle Database' -> provider each;
 # near-misses inside: merger talks with Apple and IBM and a rumoured Hewlett-Packard -> nothing
 relations=[L(ORA, "acquired", SUN), L(SUN, "parentOrganization", ORA),
            L("SPARC Enterprise", "provider", SUN), L("SPARC Enterprise", "provider", ORA),
            L("Java", "provider", SUN), L("Java", "provider", ORA),
            L("MySQL", "provider", SUN), L("Oracle Database", "provider", ORA)],
 outages=[],
 # 'late 2008' -> the year (GUIDELINES.md, Dates)
 dates=[D("January 27, 2010", "2010-01-27"), D("September 2011", "2011-09"), D("2006", "2006"),
        D("late 2008", "2008"), D("March 2009", "2009-03"), D("April 20, 2009", "2009-04-20"),
        D("July 16, 2009", "2009-07-16")])
if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
