#!/usr/bin/env python3
"""Second annotation (agree41b) of the 8 later batch-40 articles in /tmp/agree41b-tmp (stripped copies, drawn by
pick.py), made from their text, GUIDELINES.md and GOLD_FORMAT.md alone (corpus practice on open points taken from train
gold of other ids, and the conventions settled in second-annotation-39/40/41 README.md).
Writes the gold files into the folder given as the first argument (default: this script's own folder), with the checks
of eval/corpus/second_sample.write.
usage: annotate.py [OUT_DIR]"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from second_sample import D, E, L, O, R, write
A = {}
P, PO, AQ, PA = "provider", "parentOrganization", "acquired", "partner"

# published 2006-11-29. Wikinews: SkyCabs International plans a Wellington monorail. SkyCabs International (alias
# "SkyCabs"): Company. "The chief executive of SkyCabs, Hugh Chapman" -> ceo (alias "Chapman" from "Mr Chapman").
# "Andrew Cutler, spokesman for the greater Wellington regional council" -> spokesperson at that council, an
# Organization (train annotates lower-case councils: "Bexley council", "Madrid city council"). Places: Auckland, New
# Zealand, Wellington, Johnsonville, Wellington International Airport (airports are Locations), Evans Bay, Oriental Bay,
# Rainbows End ("a theme park": named sites are Locations), Johnsonville rail line (a named line, Location as the main
# lines in train; doubtful: Service as a rail network, or left out). "Government" is unnamed; the planned monorail and
# the "cbd" are unnamed. No relations (the council briefing is no partnership). "recently" is not dated: no dates.
SC = "SkyCabs International"
A["wn-new-zealand-company-planning-monorail-wellington-2006"] = dict(
    entities=[E("Company", SC, "SkyCabs"), E("Location", "Auckland"), E("Location", "New Zealand"),
              E("Location", "Wellington"), E("Location", "Johnsonville"),
              E("Location", "Wellington International Airport"), E("Person", "Hugh Chapman", "Chapman"),
              E("Location", "Evans Bay"), E("Location", "Oriental Bay"), E("Location", "Rainbows End"),
              E("Person", "Andrew Cutler"), E("Organization", "greater Wellington regional council"),
              E("Location", "Johnsonville rail line")],
    roles=[R("Hugh Chapman", "ceo", SC), R("Andrew Cutler", "spokesperson", "greater Wellington regional council")],
    relations=[],
    outages=[],
    dates=[])

# published 2006-08-22 (a Tuesday: "Tuesday, the day of the rig's seizure"). Wikinews: Iran seizes a GSP oil rig.
# Grup Servicii Petroliere (aliases "GSP", "Servicii Petroliere"): Company. IRNA ("the Iranian news agency"): Company
# (news agencies are Companies). Oriental Oil Company, Petro Iran Development Company (alias "PEDCO"), National Iranian
# Oil Company: Companies. Persian Gulf, Romania, Iran: Locations. The rigs Orizont/Orizant and Fortuna are not annotated
# (movable platforms, read like ships' names, which are no entities; doubtful: Locations as named facilities).
# Roles: Radu Petrescu, "a spokesman for Servicii Petroliere" -> spokesperson at GSP; Lulu Tabanesku, "a
# representative of GSP" speaking for it -> spokesperson (doubtful: no role); Traian Băsescu, "Romanian president" ->
# president at Romania; Mahmoud Ahmadinejad, "Iran's president" -> president at Iran. The Foreign Minister is unnamed.
# Relations (all doubtful, read as contract/customer relations): the rigs are "subjects of a legal dispute with the
# Oriental Oil Company", "the contract dispute between the two companies", "the contract was cancelled" ->
# partner(GSP, Oriental Oil Company) (a contract, now disputed; relations carry no time); "Oriental Oil Company who rents
# the oil rights to PEDCO" -> partner(Oriental Oil Company, PEDCO); "PEDCO, a broker for the National Iranian Oil
# Company" -> partner(PEDCO, NIOC). The seizure is no outage.
# Dates: "9.15 a.m." -> 2006-08-22T09:15 (local); "0615 GMT" -> 2006-08-22T06:15 (train dates GMT/UTC clock times as
# written); "9.45" -> 2006-08-22T09:45; "Wednesday" -> 2006-08-23; "Tuesday" -> 2006-08-22; "August 22" -> 2006-08-22;
# "August 15" -> 2006-08-15.
GSP, OOC, PEDCO, NIOC = ("Grup Servicii Petroliere", "Oriental Oil Company", "Petro Iran Development Company",
                         "National Iranian Oil Company")
A["wn-romanian-oil-company-claims-iran-has-2006"] = dict(
    entities=[E("Location", "Persian Gulf"), E("Company", GSP, "GSP", "Servicii Petroliere"), E("Location", "Romania"),
              E("Location", "Iran"), E("Company", "IRNA"), E("Person", "Radu Petrescu"), E("Person", "Lulu Tabanesku"),
              E("Person", "Traian Băsescu"), E("Person", "Mahmoud Ahmadinejad"), E("Company", OOC),
              E("Company", PEDCO, "PEDCO"), E("Company", NIOC)],
    roles=[R("Radu Petrescu", "spokesperson", GSP), R("Lulu Tabanesku", "spokesperson", GSP),
           R("Traian Băsescu", "president", "Romania"), R("Mahmoud Ahmadinejad", "president", "Iran")],
    relations=[L(GSP, PA, OOC), L(OOC, PA, PEDCO), L(PEDCO, PA, NIOC)],
    outages=[],
    dates=[D("9.15 a.m.", "2006-08-22T09:15"), D("0615 GMT", "2006-08-22T06:15"), D("9.45", "2006-08-22T09:45"),
           D("Wednesday", "2006-08-23"), D("Tuesday", "2006-08-22"), D("August 22", "2006-08-22"),
           D("August 15", "2006-08-15")])

# published null. Wikipedia: David E. Potter. Person "David Edwin Potter" (alias "Potter"; "David E. Potter" is only in
# the title). Psion PLC (the text writes "Psion PLC."; alias "Psion"): Company. "Psion Teklogix after Psion's acquisition
# of Teklogix" -> one Company "Psion Teklogix" with alias "Teklogix" (the acquired firm under its later name; former
# names are aliases; doubtful: two entities), acquired(Psion PLC, Psion Teklogix) + parentOrganization. London Stock
# Exchange: Company. 'The Organizer' ("Psion invented"): Service, provider Psion PLC.
# Symbian: "Potter led the creation of Symbian Limited in partnership with Nokia, Ericsson, Motorola and Matsushita to
# create the operating system standard ... now known as Symbian" -> Symbian Limited a joint venture (agree39 and train:
# parentOrganization of the named venture to each owner, partner between the owners): parentOrganization(Symbian
# Limited, X) for Psion PLC, Nokia, Ericsson, Motorola, Matsushita; partner(Psion PLC, X) for the four, as written
# (doubtful: the text names only Psion's partnership, so no partner among the four; the owners are implied by "creation
# ... in partnership"). Symbian (the operating system): Service, provider Symbian Limited.
# Roles: founder of Psion ("founded Psion in 1980", current true as train's founders); "stood down as chief executive"
# -> ceo current false; "retired as chairman in September 2009" -> chairman of Psion current false; the opening's
# "chairman of ... Psion PLC., and Psion Teklogix" -> chairman of Psion Teklogix, current false as well (doubtful: the
# retirement may concern Psion only). "a board member of the London First Centre" -> director (current true: "has been",
# no end said); "co-chairman of the London Manufacturing Group" -> chairman (true). Members of councils (CBI's London
# Regional Council, the Council for Science and Technology) get no role (train: council memberships give none).
# Academic posts (Imperial College staff, teaching) give no role.
# Organizations: Trinity College, Cambridge; Imperial College London; University of London; University of California;
# CBI; London First Centre; London Manufacturing Group; Council for Science and Technology. "the Cabinet" is not
# annotated (train never annotates it). Scholarships, CBE, FREng: no entities. Locations: East London, South Africa,
# Cape Town.
# Dates (published null, absolute only): 1943 (twice, one item), "the year 2000" (train: "the year 2000" as text), 1963,
# 1966, 1980, 1984, 1988, 1998, 1999, "September 2009", 2003. "the 1970s" is a decade: not dated.
PS, PT, SL = "Psion PLC", "Psion Teklogix", "Symbian Limited"
SYM_OWNERS = ["Nokia", "Ericsson", "Motorola", "Matsushita"]
A["wp-david-potter-psion"] = dict(
    entities=[E("Person", "David Edwin Potter", "Potter"), E("Company", PS, "Psion"), E("Company", PT, "Teklogix"),
              E("Location", "East London"), E("Location", "South Africa"), E("Location", "Cape Town"),
              E("Organization", "Trinity College, Cambridge"), E("Organization", "Imperial College London"),
              E("Organization", "University of London"), E("Organization", "University of California"),
              E("Service", "The Organizer"), E("Company", "London Stock Exchange"), E("Company", SL),
              E("Service", "Symbian")] + [E("Company", c) for c in SYM_OWNERS]
    + [E("Organization", "CBI"), E("Organization", "London First Centre"),
       E("Organization", "London Manufacturing Group"), E("Organization", "Council for Science and Technology")],
    roles=[R("David Edwin Potter", "founder", PS), R("David Edwin Potter", "chairman", PS, False),
           R("David Edwin Potter", "ceo", PS, False), R("David Edwin Potter", "chairman", PT, False),
           R("David Edwin Potter", "director", "London First Centre"),
           R("David Edwin Potter", "chairman", "London Manufacturing Group")],
    relations=[L(PS, AQ, PT), L(PT, PO, PS), L("The Organizer", P, PS), L(SL, PO, PS)]
    + [L(SL, PO, c) for c in SYM_OWNERS] + [L(PS, PA, c) for c in SYM_OWNERS] + [L("Symbian", P, SL)],
    outages=[],
    dates=[D("1943", "1943"), D("the year 2000", "2000"), D("1963", "1963"), D("1966", "1966"), D("1980", "1980"),
           D("1984", "1984"), D("1988", "1988"), D("1998", "1998"), D("1999", "1999"),
           D("September 2009", "2009-09"), D("2003", "2003")])

# published null. Simple Wikipedia: Geir Ivarsøy. Person "Geir Ivarsøy" (aliases "Ivarsøy", "Geir"); "Jon Stephenson
# von Tetzchner" (alias "Stephenson von Tetzchner"). Opera Software: Company. Telenor ("the Norwegian state telephone
# company (now known as Telenor)"): Company. MultiTorg Opera, "Now known as Opera, the Internet browser": one Service
# with alias "Opera", provider Opera Software (they got the rights and continued it in their company; doubtful: also
# provider Telenor, whose research group made it). Oslo: Location.
# Roles: "They created a company of their own" -> Opera Software (the careful reader's conclusion) -> cofounder for
# both (train: several founders -> cofounder, current true). "wanted to resign as a board member in Opera Software,
# though he kept working in the company after that" -> director, current false. "main programmer" maps to no title:
# no role (doubtful: other; train gives a "chief systems programmer" no role). "member of the nomination committee":
# no role. The research group is unnamed.
# Dates (published null): 1995; "January of 2004" -> 2004-01; "June of 2005" -> 2005-06; "March 2006" -> 2006-03.
OS, GI, JT, MO = "Opera Software", "Geir Ivarsøy", "Jon Stephenson von Tetzchner", "MultiTorg Opera"
A["wp-geir-ivarsoy-opera-software"] = dict(
    entities=[E("Person", GI, "Ivarsøy", "Geir"), E("Company", OS), E("Person", JT, "Stephenson von Tetzchner"),
              E("Company", "Telenor"), E("Service", MO, "Opera"), E("Location", "Oslo")],
    roles=[R(GI, "cofounder", OS), R(JT, "cofounder", OS), R(GI, "director", OS, False)],
    relations=[L(MO, P, OS)],
    outages=[],
    dates=[D("1995", "1995"), D("January of 2004", "2004-01"), D("June of 2005", "2005-06"),
           D("March 2006", "2006-03")])

# published null. Wikipedia: Globalive. Globalive Communications Corporation (alias "Globalive"): Company. Yak,
# OneConnect, Wind Mobile ("its ... brands"): Services, provider Globalive. Industry Canada: Organization. Canadian
# Radio-television and Telecommunications Commission (alias "CRTC"): Organization. Federal Court and Federal Court of
# Appeal: Organizations (courts). Tony Clement, "the Industry Minister" -> minister at Canada (ministers take the
# country; current true, no "former"). Locations: Toronto, Canada, Calgary, Edmonton, Ottawa, Vancouver. "the federal
# government" is unnamed. The spectrum purchase is no relation.
# Dates (published null): 1998, 2008, "December 11, 2009", "August 11, 2009", "December 16, 2009", "December 2009",
# "June 2010", "February 4, 2011". "May 18" has no year: left out (binding rule). "45 day" is a span.
GL = "Globalive Communications Corporation"
A["wp-globalive"] = dict(
    entities=[E("Company", GL, "Globalive"), E("Location", "Toronto"), E("Location", "Canada"), E("Service", "Yak"),
              E("Service", "OneConnect"), E("Service", "Wind Mobile"), E("Organization", "Industry Canada"),
              E("Organization", "Canadian Radio-television and Telecommunications Commission", "CRTC"),
              E("Person", "Tony Clement"), E("Location", "Calgary"), E("Location", "Edmonton"),
              E("Location", "Ottawa"), E("Location", "Vancouver"), E("Organization", "Federal Court"),
              E("Organization", "Federal Court of Appeal")],
    roles=[R("Tony Clement", "minister", "Canada")],
    relations=[L("Yak", P, GL), L("OneConnect", P, GL), L("Wind Mobile", P, GL)],
    outages=[],
    dates=[D("1998", "1998"), D("2008", "2008"), D("December 11, 2009", "2009-12-11"),
           D("August 11, 2009", "2009-08-11"), D("December 16, 2009", "2009-12-16"), D("December 2009", "2009-12"),
           D("June 2010", "2010-06"), D("February 4, 2011", "2011-02-04")])

# published null. Wikipedia: Sinar Mas Group (aliases "Sinarmas Group", "Sinarmas"). Subsidiaries Asia Pulp & Paper and
# PT SMART (alias "Smart Tbk": "A palm-oil producing subsidiary of Sinarmas Group Smart Tbk") -> parentOrganization.
# Eka Tjipta Foundation ("a non-profit organization under ... Sinar Mas Group", created by it): Organization,
# parentOrganization Sinar Mas Group. The Indian subsidiary sold to Ballarpur Industries Limited is unnamed: no relation
# (Ballarpur is a Company). Eka Tjipta Widjaja: founder (current true). "Singgih Wahab Kwik (Kowik) or Christophorus
# Kowik Singhap (Former head of commissary and deputy)": one Person named by the first full form, aliases "Kowik" and
# "Christophorus Kowik Singhap"; role head at Sinar Mas Group, current false (doubtful: chairman, the head of the board
# of commissioners; or no role, as "head of commissary and deputy" is unclear; "with the help of" is not cofounder).
# Jaya Suprana "from the Indonesian Museum of Records (MURI)": Person with no title -> no role; the museum (alias
# "MURI"): Organization. Greenpeace: Organization. Locations: Indonesia, China, India. The Indonesian and Singapore stock
# exchanges are not named (agree39's Tiscali call): not annotated.
# Dates (published null): 1962, 2001. "the 1990s" (a decade) and "Recently" are not dated.
SM, ETF = "Sinar Mas Group", "Eka Tjipta Foundation"
A["wp-sinar-mas-group"] = dict(
    entities=[E("Company", SM, "Sinarmas Group", "Sinarmas"), E("Location", "Indonesia"),
              E("Company", "Asia Pulp & Paper"), E("Company", "PT SMART", "Smart Tbk"),
              E("Person", "Eka Tjipta Widjaja"),
              E("Person", "Singgih Wahab Kwik", "Kowik", "Christophorus Kowik Singhap"), E("Location", "China"),
              E("Location", "India"), E("Company", "Ballarpur Industries Limited"), E("Organization", "Greenpeace"),
              E("Organization", ETF), E("Person", "Jaya Suprana"),
              E("Organization", "Indonesian Museum of Records", "MURI")],
    roles=[R("Eka Tjipta Widjaja", "founder", SM), R("Singgih Wahab Kwik", "head", SM, False)],
    relations=[L("Asia Pulp & Paper", PO, SM), L("PT SMART", PO, SM), L(ETF, PO, SM)],
    outages=[],
    dates=[D("1962", "1962"), D("2001", "2001")])

# published null. Wikipedia: Sunovion. Sunovion Pharmaceuticals Inc. (aliases "Sunovion", "Sepracor, Inc.", "Sepracor":
# "founded as Sepracor, Inc."; former names are aliases). Sumitomo Pharma America, Inc. (aliases "Sumitomo Pharma
# America", "SMPA"). Sumitomo Pharma (alias "Sumitomo Dainippon Pharma", "then known as"). NASDAQ: Company (train:
# wp-tranz-rail). Marion Merrell Dow, Sanofi: Companies. Japan: Location. Seldane, Allegra (drugs): Services.
# Founders Timothy J. Barberich, Steve Matson, Bob Bratzler -> cofounder (current true).
# Relations: "acquired by and became a standalone subsidiary of Sumitomo Pharma" -> acquired(Sumitomo Pharma, Sunovion)
# + parentOrganization(Sunovion, Sumitomo Pharma). "Sunovion ... became part of Sumitomo Pharma America" ->
# parentOrganization(Sunovion, SMPA) (doubtful: the "combination" may merge Sunovion away, giving nothing; no acquired,
# as nobody is said to buy). "the combination of its U.S. subsidiaries ... to form Sumitomo Pharma America" ->
# parentOrganization(SMPA, Sumitomo Pharma). "Marion Merrell Dow, now a part of Sanofi" -> parentOrganization(Marion
# Merrell Dow, Sanofi) (no purchase stated: no acquired). "Marion Merrell Dow ... partnered with Sepracor" ->
# partner(Marion Merrell Dow, Sunovion). "its antihistamine, Seldane" -> provider(Seldane, Marion Merrell Dow). Allegra:
# no provider (the marketer is not named; doubtful: Marion Merrell Dow). "U.S." is used as an adjective: no entity.
# Dates (published null): "July 1, 2023", 1984, 1991, "October 12, 2010", "April 2023", 1993.
SU, SMPA, SP, MMD = ("Sunovion Pharmaceuticals Inc.", "Sumitomo Pharma America, Inc.", "Sumitomo Pharma",
                     "Marion Merrell Dow")
A["wp-sunovion"] = dict(
    entities=[E("Company", SU, "Sunovion", "Sepracor, Inc.", "Sepracor"),
              E("Company", SMPA, "Sumitomo Pharma America", "SMPA"), E("Person", "Timothy J. Barberich"),
              E("Person", "Steve Matson"), E("Person", "Bob Bratzler"), E("Company", "NASDAQ"),
              E("Company", SP, "Sumitomo Dainippon Pharma"), E("Location", "Japan"), E("Company", MMD),
              E("Company", "Sanofi"), E("Service", "Seldane"), E("Service", "Allegra")],
    roles=[R("Timothy J. Barberich", "cofounder", SU), R("Steve Matson", "cofounder", SU),
           R("Bob Bratzler", "cofounder", SU)],
    relations=[L(SP, AQ, SU), L(SU, PO, SP), L(SU, PO, SMPA), L(SMPA, PO, SP), L(MMD, PO, "Sanofi"),
               L(MMD, PA, SU), L("Seldane", P, MMD)],
    outages=[],
    dates=[D("July 1, 2023", "2023-07-01"), D("1984", "1984"), D("1991", "1991"), D("October 12, 2010", "2010-10-12"),
           D("April 2023", "2023-04"), D("1993", "1993")])

# published null. Wikipedia: Treyarch. Treyarch Corporation (aliases "Treyarch Invention LLC", "Treyarch Inventions",
# "Treyarch"). Peter Akemann and Doğan Köslü -> cofounder (current true). "acquired by Activision in 2001" ->
# acquired + parentOrganization. "Gray Matter Studios was merged into Treyarch" -> acquired(Treyarch, Gray Matter
# Studios) without parentOrganization (train: wp-gray-matter-studios and wp-ubisoft-blue-byte give "merged into" as
# acquired only). Infinity Ward, Sledgehammer Games, Raven Software, Vicarious Visions, Eurocom: Companies.
# Games are Services with the developer as provider (train: wp-gray-matter-studios, wp-ubisoft-blue-byte): Call of Duty
# (the series, "which it develops alongside Infinity Ward, Sledgehammer Games and Raven Software") -> provider Treyarch
# and each co-developer (doubtful: Treyarch only); 007: Quantum of Solace ("one of three developers"; Vicarious Visions
# and Eurocom developed versions) -> provider Treyarch, Vicarious Visions, Eurocom (doubtful: Treyarch only; Activision,
# "their first James Bond-based game", is the publisher and gets none, as Activision in wp-gray-matter-studios); Call of
# Duty: Black Ops II -> provider Treyarch (the article's own studio and series; doubtful, not said outright); Call of
# Duty: Ghosts ("Treyarch worked on the Wii U version") -> provider Treyarch; Grand Theft Auto V: no provider. Consoles
# Nintendo DS, PlayStation 2, Wii U: Services with no provider (their makers are not named on their own). The Leipzig
# Games Convention is an event: no entity. Locations: Santa Monica, California, Europe, North America.
# Dates (published null): 1996, 2001, 2005, 2007 ("the 2007 Leipzig Games Convention"), "October 31, 2008",
# "November 4, 2008". "within 24 hours", "five days" are spans.
TR, AC, COD, QOS = "Treyarch Corporation", "Activision", "Call of Duty", "007: Quantum of Solace"
COD_DEVS = ["Infinity Ward", "Sledgehammer Games", "Raven Software"]
A["wp-treyarch"] = dict(
    entities=[E("Company", TR, "Treyarch Invention LLC", "Treyarch Inventions", "Treyarch"),
              E("Location", "Santa Monica"), E("Location", "California"), E("Person", "Peter Akemann"),
              E("Person", "Doğan Köslü"), E("Company", AC), E("Service", COD)]
    + [E("Company", c) for c in COD_DEVS]
    + [E("Company", "Gray Matter Studios"), E("Service", QOS), E("Location", "Europe"), E("Location", "North America"),
       E("Company", "Vicarious Visions"), E("Service", "Nintendo DS"), E("Company", "Eurocom"),
       E("Service", "PlayStation 2"), E("Service", "Call of Duty: Black Ops II"), E("Service", "Grand Theft Auto V"),
       E("Service", "Wii U"), E("Service", "Call of Duty: Ghosts")],
    roles=[R("Peter Akemann", "cofounder", TR), R("Doğan Köslü", "cofounder", TR)],
    relations=[L(AC, AQ, TR), L(TR, PO, AC), L(TR, AQ, "Gray Matter Studios"), L(COD, P, TR)]
    + [L(COD, P, c) for c in COD_DEVS]
    + [L(QOS, P, TR), L(QOS, P, "Vicarious Visions"), L(QOS, P, "Eurocom"), L("Call of Duty: Black Ops II", P, TR),
       L("Call of Duty: Ghosts", P, TR)],
    outages=[],
    dates=[D("1996", "1996"), D("2001", "2001"), D("2005", "2005"), D("2007", "2007"),
           D("October 31, 2008", "2008-10-31"), D("November 4, 2008", "2008-11-04")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree41b-tmp", sys.argv[1] if len(sys.argv) > 1 else HERE), "written")
