#!/usr/bin/env python3
"""Second annotation (agree60) of the 6 articles whose stripped copies pick.py wrote to /tmp/agree60-tmp, made from
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

# published 2003-01-30. SEC litigation release: insider trading charges against Timothy Potter, a manager in
# Sepracor's accounting department, and his father George Potter, whom he tipped that Eli Lilly might end a license
# agreement with Sepracor.
# Entities: "The Commission" (the full name is only in the title): Organization "Commission" (train SEC files without
# the full name in the text name it "Commission", as agree59 counted). George R. Potter ("George Potter"), Timothy J.
# Potter ("Timothy Potter"): Persons ("Potter" alone never occurs). Bedford, New Hampshire, Marlborough, Massachusetts
# ("a Marlborough, Massachusetts-based pharmaceutical company"): Locations. Sepracor, Inc. ("Sepracor"): Company. Eli
# Lilly and Company ("Lilly" in "Lilly's top-selling antidepressant"): Company. Prozac (a drug; GUIDELINES: drugs are
# Services): Service. Not entities: "Sepracor's accounting department" (unnamed), the shareholders.
# Roles: "Timothy Potter, a manager in Sepracor's accounting department" ("Sepracor employee") -> executive at Sepracor
# (GUIDELINES: "manager" -> executive; train: managers of unnamed departments at the company), current (no former,
# was or left; doubtful: the release's past tense). George Potter: no title.
# Relations: "Eli Lilly and Company might terminate a license agreement with Sepracor" -> partner(Eli Lilly and Company,
# Sepracor, Inc.) (a licensing deal between two named organisations, direction as written; relations carry no time, so
# its termination does not remove it; doubtful). "Lilly's top-selling antidepressant, Prozac" -> provider(Prozac, Eli
# Lilly and Company).
# Dates: "today" -> published (train: 78 of 80 SEC files with "today" date it). "October 18, 2000". "The next day"
# -> 2000-10-19, from the day just named (train: 4 of 5 published files date "the next day" from the text's previous
# date). "April 18, 2001". "October 18" ("on October 18, Timothy Potter tipped his father") -> 2000-10-18, another text
# with the same value (train: bare month-days in federal releases take the year of the text's story, e.g. CFTC
# Macquarie's "October 15"). "Minutes later": skipped.
SP, LY = "Sepracor, Inc.", "Eli Lilly and Company"
A["us-sec-sepracor-accounting-manager-potter-tipped-father-eli-lilly-license-termination-2003"] = dict(
    entities=[E("Organization", "Commission"), E("Person", "George R. Potter", "George Potter"),
              E("Person", "Timothy J. Potter", "Timothy Potter"), E("Location", "Bedford"),
              E("Location", "New Hampshire"), E("Company", SP, "Sepracor"), E("Location", "Marlborough"),
              E("Location", "Massachusetts"), E("Company", LY, "Lilly"), E("Service", "Prozac")],
    roles=[R("Timothy J. Potter", "executive", SP)],
    relations=[L(LY, PA, SP), L("Prozac", PV, LY)],
    outages=[],
    dates=[D("today", "2003-01-30"), D("October 18, 2000", "2000-10-18"), D("The next day", "2000-10-19"),
           D("April 18, 2001", "2001-04-18"), D("October 18", "2000-10-18")])

# published 2022-08-03. SEC litigation release: Surgalign (formerly RTI Surgical) and its former CEO Hutchison and
# former CFO Jordheim charged over revenue pull-forwards; the complaint against Hutchison filed in Washington, DC.
# Entities: Securities and Exchange Commission ("SEC"): Organization. Surgalign Holdings, Inc. ("RTI Surgical Holdings,
# Inc.", its former name, and "RTI": aliases, one entity): Company. Brian Hutchison ("Hutchison"), Robert Jordheim
# ("Jordheim"): Persons. Washington, DC: Location (train: "Washington, DC" is one Location named so in 21 of 22 files).
# Not entities: "federal district court in Washington, DC" (no court named), the Securities Act of 1933, the Securities
# Exchange Act of 1934, the Sarbanes-Oxley Act, the Rules (laws), GAAP (accounting principles).
# Roles: "RTI's former CEO, Hutchison, and former CFO, Jordheim" -> ceo and cfo at Surgalign, not current.
# Relations: none.
# Dates: "today" -> published. "June 2020". "2014", "2019" ("from 2014 through 2019"). Not dated: the Acts' years
# "1933" and "1934" (train: 0 of 11 files, as agree59 counted).
SG = "Surgalign Holdings, Inc."
A["us-sec-surgalign-rti-surgical-former-ceo-hutchison-former-cfo-jordheim-revenue-pull-forwards-2022"] = dict(
    entities=[E("Organization", "Securities and Exchange Commission", "SEC"),
              E("Company", SG, "RTI Surgical Holdings, Inc.", "RTI"), E("Person", "Brian Hutchison", "Hutchison"),
              E("Person", "Robert Jordheim", "Jordheim"), E("Location", "Washington, DC")],
    roles=[R("Brian Hutchison", "ceo", SG, False), R("Robert Jordheim", "cfo", SG, False)],
    relations=[],
    outages=[],
    dates=[D("today", "2022-08-03"), D("June 2020", "2020-06"), D("2014", "2014"), D("2019", "2019")])

# published null. Wikipedia: Inktomi, an ISP software developer of Foster City founded in 1996 by Brewer and Gauthier at
# Berkeley; its customers, Traffic Server, HotBot, its partners, its purchase of C2B and its sale to Yahoo! in 2003.
# Entities: Inktomi Corporation ("Inktomi"): Company. Foster City, California: Locations. Microsoft, Amazon.com, eBay,
# Walmart, AOL, Yahoo!, Disney, C2B Technologies: Companies (train types Amazon.com, eBay, Yahoo!, AOL, Disney as
# Companies where the business is meant). HotBot ("the first search engine that made use of Inktomi's search
# technology"): Service. Traffic Server: Service. Tom Lamar, Eric Brewer, Paul Gauthier: Persons. University of
# California, Berkeley: Organization. Not entities: Iktomi (a figure of legend), Lakota, the World Wide Web.
# Roles: "founded in January 1996 by University of California, Berkeley professor Eric Brewer and graduate student Paul
# Gauthier" -> cofounder each (GUIDELINES 'Founders'). Brewer: other at the University of California, Berkeley, current
# (train: CH2M Hill's Oregon State professor and Filtronic's lecturer other at the university, current). Gauthier, a
# graduate student: no role (train: CH2M's students none). Lamar created the logo: no title.
# Relations: "The company developed Traffic Server" -> provider(Traffic Server, Inktomi). "acquired by Yahoo!" ->
# acquired(Yahoo!, Inktomi) and parentOrganization(Inktomi, Yahoo!). "the company acquired C2B Technologies" ->
# acquired(Inktomi, C2B) and parentOrganization(C2B, Inktomi). "Microsoft, Yahoo! and Disney all partnering with
# Inktomi" -> partner(each, Inktomi), direction as written. "Customers included Microsoft, HotBot, Amazon.com, eBay, and
# Walmart" -> partner(Inktomi, each Company) (train: "Alias customers include X" gives partner(Alias, X)); Microsoft's
# pair is the partnering one already (train has no file with a pair in both directions); HotBot, a Service, no partner.
# "Traffic Server was deployed by several large ISPs including AOL" -> partner(Inktomi, AOL) (a customer of its
# product; doubtful). HotBot: no provider (the text says it used Inktomi's technology, not who ran it; doubtful).
# Dates (published null: absolute only): "2003", "1996", "January 1996", "June 1998", "September 1998".
IK, UCB = "Inktomi Corporation", "University of California, Berkeley"
A["wp-inktomi"] = dict(
    entities=[E("Company", IK, "Inktomi"), E("Location", "Foster City"), E("Location", "California"),
              E("Company", "Microsoft"), E("Service", "HotBot"), E("Company", "Amazon.com"), E("Company", "eBay"),
              E("Company", "Walmart"), E("Service", "Traffic Server"), E("Company", "AOL"), E("Company", "Yahoo!"),
              E("Person", "Tom Lamar"), E("Organization", UCB), E("Person", "Eric Brewer"),
              E("Person", "Paul Gauthier"), E("Company", "Disney"), E("Company", "C2B Technologies")],
    roles=[R("Eric Brewer", "cofounder", IK), R("Paul Gauthier", "cofounder", IK), R("Eric Brewer", "other", UCB)],
    relations=[L("Traffic Server", PV, IK), L("Yahoo!", AQ, IK), L(IK, PO, "Yahoo!"), L(IK, AQ, "C2B Technologies"),
               L("C2B Technologies", PO, IK), L("Microsoft", PA, IK), L("Yahoo!", PA, IK), L("Disney", PA, IK),
               L(IK, PA, "Amazon.com"), L(IK, PA, "eBay"), L(IK, PA, "Walmart"), L(IK, PA, "AOL")],
    outages=[],
    dates=[D("2003", "2003"), D("1996", "1996"), D("January 1996", "1996-01"), D("June 1998", "1998-06"),
           D("September 1998", "1998-09")])

# published null. Wikipedia: Origin Systems, an Austin game developer founded in 1983 by the Garriotts (and, in the
# second paragraph, their father Owen and Chuck Bueche); the Ultima and Wing Commander series; bought by Electronic Arts
# in 1992.
# Entities: Origin Systems ("Origin"): Company. Austin, Texas, Houston, New Hampshire: Locations. Richard Garriott
# ("Richard", used alone in "money owed to Richard"), Robert Garriott ("Robert"; the full form is written in "Richard
# and Robert Garriott"), Owen (the father; only his first name is written), Chuck Bueche: Persons. Ultima, Wing
# Commander (game series), Ultima III: Exodus, Deathlord (games): Services (train: "the X series" of games is a Service,
# most with their developer as provider: Dynamix's Front Page Sports, Piranha Bytes' Gothic, Rocksteady's Batman:
# Arkham, Eden Games' V-Rally). Electronic Arts ("EA"): Company. Not entities: the video-game crash, IPO.
# Roles: "founded on March 3, 1983, by Richard Garriott and his brother Robert" and "Brothers Richard and Robert
# Garriott, their ... father Owen, and programmer Chuck Bueche founded Origin Systems" -> cofounder for all four
# (GUIDELINES 'Founders': named together as founding). Bueche "programmer", Owen "astronaut-engineer": no organisation.
# Relations: "purchased by Electronic Arts in 1992", "Electronic Arts acquired the company" -> acquired(EA, Origin) and
# parentOrganization(Origin, EA). provider(Ultima, Origin), provider(Wing Commander, Origin) ("Origin is best known for
# their groundbreaking work in ... the Ultima and Wing Commander series"), provider(Ultima III: Exodus, Origin) ("The
# company's first game"); "EA's 1987 game Deathlord" -> provider(Deathlord, Electronic Arts).
# Dates (published null: absolute only): "March 3, 1983", "1992", "1983" (also in "the video-game crash of 1983": one
# item), "1988" ("By 1988"), "September 1992", "1987" ("EA's 1987 game", not part of a name), "1996" ("By 1996").
OS, EA = "Origin Systems", "Electronic Arts"
A["wp-origin-systems"] = dict(
    entities=[E("Company", OS, "Origin"), E("Location", "Austin"), E("Location", "Texas"),
              E("Person", "Richard Garriott", "Richard"), E("Person", "Robert Garriott", "Robert"),
              E("Service", "Ultima"), E("Service", "Wing Commander"), E("Company", EA, "EA"), E("Person", "Owen"),
              E("Person", "Chuck Bueche"), E("Location", "Houston"), E("Service", "Ultima III: Exodus"),
              E("Location", "New Hampshire"), E("Service", "Deathlord")],
    roles=[R(p, "cofounder", OS) for p in ("Richard Garriott", "Robert Garriott", "Owen", "Chuck Bueche")],
    relations=[L(EA, AQ, OS), L(OS, PO, EA), L("Ultima", PV, OS), L("Wing Commander", PV, OS),
               L("Ultima III: Exodus", PV, OS), L("Deathlord", PV, EA)],
    outages=[],
    dates=[D("March 3, 1983", "1983-03-03"), D("1992", "1992"), D("1983", "1983"), D("1988", "1988"),
           D("September 1992", "1992-09"), D("1987", "1987"), D("1996", "1996")])

# published null. Wikipedia: Steve Jackson Games, founded in 1980 by Steve Jackson; its games and the magazine Pyramid;
# its CEOs Phil Reed (2014-2023) and Meredith Placko, who came from and returns to Turbo Dork.
# Entities: Steve Jackson Games ("SJGames", "SJ Games"): Company. Steve Jackson: Person. Pyramid ("the gaming magazine
# Pyramid"): Company (GUIDELINES: magazines are Companies). Dungeons & Dragons: Service, no provider (its maker is not
# named). Pocket Box (the small box the microgames were later sold in, a product line of the company): Service (doubtful:
# packaging rather than a product). Ogre, Car Wars, Illuminati, G.E.V.: Services (games). Loren Wiseman, Jonathan
# Leistiko, Phil Reed ("Reed"), Meredith Placko ("Placko"): Persons. Turbo Dork ("paint company"): Company. Not
# entities: "Ziploc bags" (a bag brand named only to describe the packaging; doubtful), microgames, Principia Discordia
# (a single book; train gives books no entity), the Discordian religion.
# Roles: "founded in 1980 by Steve Jackson" -> founder (one person named alone). "Phil Reed became CEO of the company"
# and "In 2023, Reed stepped down" -> ceo at SJ Games, not current. "Meredith Placko, previously CEO of paint company
# Turbo Dork, took his place" -> ceo at SJ Games; "announced she would resign her position" -> current (GUIDELINES: not
# yet left). Turbo Dork: ceo, one item for "previously CEO of ... Turbo Dork" and "go back to Turbo Dork as its CEO";
# current, as the role she is announced to take (doubtful: the earlier post was not current). Wiseman and Leistiko,
# designers who "have worked for Steve Jackson Games": no role (train: Kuaishou's "had worked for Google ... as a
# software engineer" gives none).
# Relations: "publishes ... (until 2019) the gaming magazine Pyramid" -> parentOrganization(Pyramid, Steve Jackson
# Games) (train: a magazine of a publisher, Cleo / Bauer Media, The Advocate, TV Guide; ownership stated as past is still
# recorded). provider(game, Steve Jackson Games) for Ogre, Car Wars, Illuminati, G.E.V. and the Pocket Box.
# Dates (published null: absolute only): "1980" (twice: one item), "2019" ("until 2019"), "April 2014", "2023", "April
# 2025". Not dated: "six years after the creation of Dungeons & Dragons" (relative), "Today".
SJ = "Steve Jackson Games"
SJG = ["Ogre", "Car Wars", "Illuminati", "G.E.V.", "Pocket Box"]
A["wp-steve-jackson-games"] = dict(
    entities=[E("Company", SJ, "SJGames", "SJ Games"), E("Person", "Steve Jackson"), E("Company", "Pyramid"),
              E("Service", "Dungeons & Dragons")] + [E("Service", g) for g in SJG]
    + [E("Person", "Loren Wiseman"), E("Person", "Jonathan Leistiko"), E("Person", "Phil Reed", "Reed"),
       E("Person", "Meredith Placko", "Placko"), E("Company", "Turbo Dork")],
    roles=[R("Steve Jackson", "founder", SJ), R("Phil Reed", "ceo", SJ, False), R("Meredith Placko", "ceo", SJ),
           R("Meredith Placko", "ceo", "Turbo Dork")],
    relations=[L("Pyramid", PO, SJ)] + [L(g, PV, SJ) for g in SJG],
    outages=[],
    dates=[D("1980", "1980"), D("2019", "2019"), D("April 2014", "2014-04"), D("2023", "2023"),
           D("April 2025", "2025-04")])

# published null. Wikipedia: TelePrompTer Corporation (about 1950-1981), started by Kahn, Barton and Schlafly; Kahn's
# bribery conviction; its purchase of Filmation, its merger with H & B American, the largest US cable provider by 1973.
# Entities: TelePrompTer Corporation ("TelePrompTer"; the product "Branded as the "TelePrompTer"" has the same surface
# form, which can be an alias of one entity only, so it stays with the company; the lower-case "teleprompter" is
# generic): Company. Hubert Schlafly ("Schlafly"), Irving B. Kahn ("Kahn"), Fred Barton, Jr.: Persons. CBS: Company.
# Hughes Aircraft Company: Company. Johnstown, Pennsylvania: Locations. Filmation ("the Filmation animation studio"):
# Company. Lou Scheimer ("Scheimer"), Hal Sutherland, Norm Prescott: Persons. H & B American Corporation: Company.
# United States: Location. Not entities: The First Hundred Years (a TV show), Broadway, "the Johnstown, Pennsylvania
# city council" (lower case "city council"; doubtful: train has one "Madrid city council" Organization), the federal
# court (not named).
# Roles: "The company started around 1950 by businessman Irving B. Kahn; Fred Barton, Jr., ...; and Schlafly" ->
# cofounder each (GUIDELINES 'Founders'; "started by" as train's Eddie Stobart and Mainframe). "Kahn had stepped down as
# chairman of TelePrompTer" -> chairman, not current. "the Filmation animation studio from its founders, Lou Scheimer,
# Hal Sutherland and Norm Prescott" -> cofounder each at Filmation (named together). Scheimer "continued as an
# executive producer for the company": no role (a production credit, not a post; train gives New Line's and Peanuts'
# executive producers none for that).
# Relations: "TelePrompTer acquired the Filmation animation studio" -> acquired(TelePrompTer, Filmation) and
# parentOrganization(Filmation, TelePrompTer). "TelePrompTer merged with H & B American Corporation": nothing (a merger
# that does not say who buys whom). "sold its eponymous business": no buyer named. Schlafly's work "with Hughes Aircraft
# Company": no relation (a person's work, no organisation pair).
# Dates (published null: absolute only): "1950" (three times: one item), "1981", "1971", "1969", "1970", "1973". "the
# 1960s": a decade, skipped (train: 0 of 49 bare decades dated in published-null files, as agree59 counted). "20
# months", "several months": durations.
TP = "TelePrompTer Corporation"
A["wp-teleprompter-corporation"] = dict(
    entities=[E("Company", TP, "TelePrompTer"), E("Person", "Hubert Schlafly", "Schlafly"),
              E("Person", "Irving B. Kahn", "Kahn"), E("Person", "Fred Barton, Jr."), E("Company", "CBS"),
              E("Company", "Hughes Aircraft Company"), E("Location", "Johnstown"), E("Location", "Pennsylvania"),
              E("Company", "Filmation"), E("Person", "Lou Scheimer", "Scheimer"), E("Person", "Hal Sutherland"),
              E("Person", "Norm Prescott"), E("Company", "H & B American Corporation"),
              E("Location", "United States")],
    roles=[R(p, "cofounder", TP) for p in ("Irving B. Kahn", "Fred Barton, Jr.", "Hubert Schlafly")]
    + [R("Irving B. Kahn", "chairman", TP, False)]
    + [R(p, "cofounder", "Filmation") for p in ("Lou Scheimer", "Hal Sutherland", "Norm Prescott")],
    relations=[L(TP, AQ, "Filmation"), L("Filmation", PO, TP)],
    outages=[],
    dates=[D("1950", "1950"), D("1981", "1981"), D("1971", "1971"), D("1969", "1969"), D("1970", "1970"),
           D("1973", "1973")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree60-tmp", sys.argv[1] if len(sys.argv) > 1 else HERE), "written")
