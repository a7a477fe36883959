#!/usr/bin/env python3
"""Batch 26c gold annotations (the 11 texts of batch26c.py, and the 2 of its part 2), written from each text alone before newskg was run on
any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Wikipedia texts have `published`
null: only absolute dates (GUIDELINES.md, Dates).
Conventions applied here (GUIDELINES.md part 2 and earlier batches): a completed purchase -> acquired +
parentOrganization; a purchase said to end in a merger -> acquired only; purchases of stores, stakes or licences ->
nothing; stated owners, principal or largest shareholders and joint-venture owners -> parentOrganization (as batches
20a and 24a), partner between joint-venture owners; a person buying or owning -> no relation.
Part 2 (A2, written with --part2): its own split cycle over its sorted ids, so part 1's splits stay untouched.
usage: batch26c_annotate.py POOL_DIR eval/corpus [--part2]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, svc, provided
import batch10_annotate as b10
from batch10_annotate import acq   # a completed purchase: acquired and parentOrganization (GUIDELINES.md, Relations)


A = {}
# ---- company relations ------------------------------------------------------------------------------------------
SHOP = "Shoprite Holdings Limited"
A["wp-shoprite-south-africa"] = dict(
 # the group and its listed holding company are one business in this text ('The Shoprite Group of Companies',
 # 'Shoprite Holdings Limited', 'the Shoprite Group', 'Shoprite') -> one Company, the listed name as its name
 # (doubtful: the group could be kept apart from the holding company); 'the national Checkers chain', distributor
 # Sentra, 'OK Bazaars', South African Breweries, 'French chain Champion', Score Supermarket, Foodworld, ticket seller
 # Computicket -> Company; 'the first Shoprite LiquorShop', a store brand shoppers use -> Service (doubtful); the
 # Johannesburg Stock Exchange ('JSE') -> Company; 'the Namibian and Zambian Stock Exchanges' names no exchange in
 # full -> not annotated; 'the Western Cape province' -> Western Cape; 'Tanzanian', 'Nigerian' adjectives -> nothing
 entities=[E("Company", SHOP, "Shoprite Group of Companies", "Shoprite Group", "Shoprite"),
           E("Location", "Africa"), E("Location", "Indian Ocean Islands"), E("Location", "Western Cape"),
           E("Location", "South Africa"), E("Company", "Johannesburg Stock Exchange", "JSE"),
           E("Location", "Namibia"), E("Company", "Checkers"), E("Location", "Lusaka"), E("Location", "Zambia"),
           E("Company", "Sentra"), E("Company", "OK Bazaars"), E("Company", "South African Breweries"),
           E("Location", "Zimbabwe"), E("Location", "Uganda"), E("Location", "Madagascar"), E("Company", "Champion"),
           E("Company", "Score Supermarket"), E("Location", "Mauritius"), E("Company", "Foodworld"),
           E("Company", "Computicket"), E("Service", "Shoprite LiquorShop"), E("Location", "Victoria Island"),
           E("Location", "Lagos")],
 roles=[],
 # 'acquired the national Checkers chain', 'acquired distributor Sentra', '"OK Bazaars" was acquired by the company
 # from South African Breweries', 'acquired Foodworld as well as ... Computicket' -> completed purchases (acquired +
 # parentOrganization); OK Bazaars bought 'from South African Breweries' -> its former owner, recorded (relations
 # carry no time); 'the Madagascar stores of French chain Champion' and 'three Tanzanian supermarkets from Score
 # Supermarket' -> stores (assets) -> nothing; the LiquorShop opened by the group -> provider
 relations=acq(SHOP, "Checkers") + acq(SHOP, "Sentra") + acq(SHOP, "OK Bazaars") + acq(SHOP, "Foodworld")
           + acq(SHOP, "Computicket") + [L("OK Bazaars", "parentOrganization", "South African Breweries"),
                                         L("Shoprite LiquorShop", "provider", SHOP)],
 outages=[],
 # published null: 'That same year', 'Two years later', 'The same year' skipped
 dates=[D("2016", "2016"), D("1979", "1979"), D("1990", "1990"), D("1991", "1991"), D("1995", "1995"),
        D("1997", "1997"), D("2000", "2000"), D("2005", "2005")])

TAITO = "Taito Corporation"
GAMES_T = ["Speed Race", "Western Gun", "Space Invaders", "Bubble Bobble", "Arkanoid"]
A["wp-taito"] = dict(
 # its former name 'the Taito Trading Company' -> alias; arcade games -> Service; Capcom, Konami, Namco, Sega ->
 # Company; 'Shinjuku, Tokyo' -> two Locations
 entities=[E("Company", TAITO, "Taito", "Taito Trading Company"), E("Location", "Shinjuku"), E("Location", "Tokyo"),
           E("Person", "Michael Kogan"), E("Location", "Japan"), E("Company", "Square Enix")] + svc(*GAMES_T)
          + [E("Company", "Capcom"), E("Company", "Konami"), E("Company", "Namco"), E("Company", "Sega")],
 # 'founded by Michael Kogan in 1953' -> founder
 roles=[R("Michael Kogan", "founder", TAITO)],
 # 'Taito was purchased by Square Enix, becoming a wholly owned subsidiary by 2006' -> acquired + parentOrganization;
 # 'producing a number of hit arcade games such as ...' -> provider Taito for each
 relations=acq("Square Enix", TAITO) + provided(TAITO, *GAMES_T),
 outages=[],
 # published null; 'the late 1970s' (a decade) skipped as batch 25b skipped 'the 1960s'
 dates=[D("1953", "1953"), D("1973", "1973"), D("2005", "2005"), D("2006", "2006"), D("1974", "1974"),
        D("1975", "1975"), D("1978", "1978"), D("1986", "1986")])

NAMCO = "Namco Limited"
GAMES_N = ["Pac-Man", "Galaxian", "Dig Dug", "Xevious", "Ridge Racer", "Ace Combat", "Tekken", "Soulcalibur", "Tales",
           "Racer"]
A["wp-namco"] = dict(
 # every 'Namco' surface and the company's former names as the text gives them ('Nakamura Seisakusho', 'Nakamura
 # Seisakusho Co., Ltd.', 'Nakamura Manufacturing Co, Ltd.', 'Nakamura Manufacturing Company', 'NAMCO', 'Namco Ltd.')
 # -> one Company named 'Namco Limited' (doubtful: the text tells of two companies — the original Namco Ltd.,
 # renamed Namco Bandai Games in 2006, and the new Namco Ltd. split from its amusement division; one surface, one
 # entity); 'Namco Bandai Games' -> its own Company (doubtful: the renamed original); its sister company Bandai ->
 # Company; games and franchises (Pac-Man ... Tales) and the driving simulator Racer -> Service; Atari Japan and Atari
 # -> Company; 'Minato, Tokyo' -> two Locations; 'the Tokyo area' -> Tokyo; Yokohama -> Location
 entities=[E("Company", NAMCO, "Namco", "NAMCO", "Namco Ltd.", "Nakamura Seisakusho", "Nakamura Seisakusho Co., Ltd.",
             "Nakamura Manufacturing Co, Ltd.", "Nakamura Manufacturing Company"),
           E("Location", "Minato"), E("Location", "Tokyo"), E("Company", "Bandai"), E("Company", "Namco Bandai Games")]
          + svc(*GAMES_N)
          + [E("Person", "Masaya Nakamura"), E("Location", "Yokohama"), E("Company", "Atari Japan"),
             E("Company", "Atari"), E("Person", "Hide Nakajima", "Nakajima")],
 # 'Masaya Nakamura founded the company' -> founder; 'General manager Hide Nakajima was left in charge of the company'
 # (Atari Japan) -> executive (Decisions: 'manager' -> executive; no departure told -> current)
 roles=[R("Masaya Nakamura", "founder", NAMCO), R("Hide Nakajima", "executive", "Atari Japan")],
 # games Namco created / produced -> provider; 'Atari Japan, the Tokyo-based subsidiary of Atari' -> parentOrganization;
 # 'absorbed the video game division of its sister company Bandai' -> a division (assets), sister company no owner
 # -> nothing; the new company 'split to form' from the amusement division -> no ownership stated -> nothing
 relations=provided(NAMCO, *GAMES_N) + [L("Atari Japan", "parentOrganization", "Atari")],
 outages=[],
 # published null; 'The same day' skipped
 dates=[D("1955", "1955"), D("2006", "2006"), D("1959", "1959"), D("1971", "1971"), D("1977", "1977"),
        D("1970", "1970"), D("1974", "1974")])

MC = "MultiChoice"
A["wp-multichoice"] = dict(
 # pay-TV services and a streaming service (DStv, GOtv, Showmax, 'DStv Stream, formally DStv Now then DStv App' with
 # its former names as aliases; 'called a subsidiary' but 'a service that delivers television transmission' -> Service,
 # doubtful) -> Service; the services it formerly operated under ('the Filmnet TV service' -> Filmnet, 'CNE (Cable
 # Network of Egypt)', 'Gulf TV') -> Service; 'Arab Radio and Television Network' and 'UBC (United Broadcasting
 # Corporation)', broadcasters named as businesses -> Company (doubtful: brands it operated under); Canal+ and the
 # M-Net pay television company -> Company; regions and countries -> Location ('the Scandinavian ... Greek & Cypriot
 # regions' adjectives -> nothing; Benelux, Eastern Europe, Middle East, Sub-Saharan Africa -> Location); 'the media
 # conglomerate of the same name' names nothing new -> nothing
 entities=[E("Company", MC), E("Company", "Canal+"), E("Service", "DStv"), E("Location", "Sub-Saharan Africa"),
           E("Service", "GOtv"), E("Service", "Showmax"), E("Company", "M-Net"),
           E("Service", "DStv Stream", "DStv Now", "DStv App"), E("Location", "Benelux"), E("Location", "Italy"),
           E("Location", "Eastern Europe"), E("Service", "Filmnet"), E("Location", "Egypt"),
           E("Service", "Cable Network of Egypt", "CNE"), E("Location", "Middle East"), E("Service", "Gulf TV"),
           E("Company", "Arab Radio and Television Network"), E("Location", "Thailand"),
           E("Company", "United Broadcasting Corporation", "UBC")],
 roles=[],
 # 'owned by French media conglomerate Canal+' -> parentOrganization; the services it operates or operated -> provider;
 # ART and UBC, companies whose names it operated under, no ownership stated -> nothing; M-Net's channels carried on
 # DStv and MultiChoice formed out of M-Net's branch -> no relation stated
 relations=[L(MC, "parentOrganization", "Canal+")]
           + provided(MC, "DStv", "GOtv", "Showmax", "DStv Stream", "Filmnet", "Cable Network of Egypt", "Gulf TV"),
 outages=[],
 dates=[])

KQ = "Kenya Airways Ltd."
A["wp-kenya-airways"] = dict(
 # the airline ('Kenya Airways Ltd.', 'Kenya Airways') -> Company; East African Airways, KLM, the three exchanges,
 # South African Airways, Ethiopian Airlines, EgyptAir -> Company; 'the Government of Kenya' -> Organization; the
 # airport -> Location; 'Sub-Saharan operators' adjective -> nothing
 entities=[E("Company", KQ, "Kenya Airways"), E("Location", "Kenya"), E("Company", "East African Airways"),
           E("Location", "Embakasi"), E("Location", "Nairobi"), E("Location", "Jomo Kenyatta International Airport"),
           E("Organization", "Government of Kenya"), E("Company", "KLM"), E("Company", "Nairobi Stock Exchange"),
           E("Company", "Dar es Salaam Stock Exchange"), E("Company", "Uganda Securities Exchange"),
           E("Location", "Africa"), E("Company", "South African Airways"), E("Company", "Ethiopian Airlines"),
           E("Company", "EgyptAir")],
 roles=[],
 # 'wholly owned by the Government of Kenya until April 1995' and 'The largest shareholder is the Government of
 # Kenya' -> parentOrganization; 'followed by KLM, which has a 26.73% stake' -> a named shareholder ->
 # parentOrganization (as batch 24a's Metronet shareholders; doubtful: a minority stake); founded 'after the
 # dissolution of East African Airways' -> nothing; airlines ranked beside it -> nothing
 relations=[L(KQ, "parentOrganization", "Government of Kenya"), L(KQ, "parentOrganization", "KLM")],
 outages=[],
 dates=[D("1977", "1977"), D("April 1995", "1995-04"), D("1996", "1996"), D("January 2013", "2013-01")])

GLOBE = "Globe Telecom"
A["wp-globe-telecom"] = dict(
 # 'Globe Telecom commonly shortened as Globe' -> Company with alias; Ayala Corporation, Singapore Telecom, the
 # Philippine Stock Exchange -> Company; the office building, streets and districts of the address -> Location (as
 # batch 25b's Haier Blvd); 'Metropolitan Manila' as written
 entities=[E("Company", GLOBE, "Globe"), E("Location", "Philippines"), E("Company", "Ayala Corporation"),
           E("Company", "Singapore Telecom"), E("Company", "Philippine Stock Exchange"),
           E("Location", "The Globe Tower"), E("Location", "32nd Street"), E("Location", "7th Avenue"),
           E("Location", "Bonifacio Global City"), E("Location", "Taguig"), E("Location", "Metropolitan Manila")],
 roles=[],
 # 'The company's principal shareholders are Ayala Corporation and Singapore Telecom' -> parentOrganization to each
 # (as batch 24a's named shareholders; doubtful); the listing -> nothing
 relations=[L(GLOBE, "parentOrganization", "Ayala Corporation"), L(GLOBE, "parentOrganization", "Singapore Telecom")],
 outages=[],
 # 'as of the end of June 2015' -> the month (Dates: 'the end of the month' -> the month)
 dates=[D("June 2015", "2015-06")])

CDP = "CD Projekt S.A."
A["wp-cd-projekt"] = dict(
 # 'The department responsible for developing original games, CD Projekt Red' -> Company (a named unit); games ('The
 # Witcher series', 'The Witcher, a 2007 video game', Cyberpunk 2077, the Baldur's Gate games, 'Baldur's Gate: Dark
 # Alliance') -> Service; 'the digital distribution service Good Old Games, now known as GOG.com' -> Service, the
 # former name an alias; Interplay Entertainment ('Interplay') -> Company; 'Polish' (adjective and language) -> nothing
 entities=[E("Company", CDP, "CD Projekt"), E("Location", "Warsaw"), E("Person", "Marcin Iwiński", "Iwiński"),
           E("Person", "Michał Kiciński", "Kiciński"), E("Company", "CD Projekt Red"), E("Service", "The Witcher"),
           E("Service", "Cyberpunk 2077"), E("Service", "GOG.com", "Good Old Games"),
           E("Company", "Interplay Entertainment", "Interplay"), E("Service", "Baldur's Gate"),
           E("Service", "Baldur's Gate: Dark Alliance"), E("Person", "Andrzej Sapkowski")],
 # 'founded in May 1994 by Marcin Iwiński and Michał Kiciński' -> founder each
 roles=[R("Marcin Iwiński", "founder", CDP), R("Michał Kiciński", "founder", CDP)],
 # the department -> parentOrganization; 'CD Projekt Red, best known for The Witcher series and Cyberpunk 2077' ->
 # provider CD Projekt Red (doubtful: 'their own video game. It became The Witcher' names the company as well);
 # 'CD Projekt launched ... Good Old Games' -> provider; 'collaborating with Interplay Entertainment for two Baldur's
 # Gate games' -> partner; the Baldur's Gate games' maker is not said -> no provider
 relations=[L("CD Projekt Red", "parentOrganization", CDP), L("The Witcher", "provider", "CD Projekt Red"),
            L("Cyberpunk 2077", "provider", "CD Projekt Red"), L("GOG.com", "provider", CDP),
            L(CDP, "partner", "Interplay Entertainment")],
 outages=[],
 dates=[D("May 1994", "1994-05"), D("2002", "2002"), D("2008", "2008"), D("2007", "2007")])

KCM = "Kotak Capital Management Finance Limited"
PRIMUS = "Kotak Mahindra Primus"
KMB = "Kotak Mahindra Bank"
A["wp-kotak-mahindra-bank"] = dict(
 # the firm Uday Kotak founded, 'subsequently renamed Kotak Mahindra Finance' -> one Company with its later name as
 # alias; Kotak Mahindra Bank -> its own Company (the text, as the store holds it, never says the finance company
 # became the bank; doubtful); 'Kotak Mahindra Primus ... subsequently renamed as Kotak Mahindra Prime' -> one Company;
 # 'Ford Credit International' and "Ford Credit's" -> one Company; Kotak Mahindra Capital, Kotak Mahindra AMC, OM Kotak
 # Mahindra Life Insurance, Kotak Securities, Goldman Sachs, Old Mutual, ING Vysya Bank, ING Group -> Company; Anand
 # and Harish Mahindra, investors -> Person (no title)
 entities=[E("Person", "Uday Kotak"), E("Company", KCM, "Kotak Mahindra Finance"), E("Person", "Anand Mahindra"),
           E("Person", "Harish Mahindra"), E("Company", PRIMUS, "Kotak Mahindra Prime"),
           E("Company", "Ford Credit International", "Ford Credit"), E("Company", "Kotak Mahindra Capital"),
           E("Company", "Goldman Sachs"), E("Company", "Kotak Mahindra AMC"),
           E("Company", "OM Kotak Mahindra Life Insurance"), E("Company", "Old Mutual"), E("Company", KMB),
           E("Company", "Kotak Securities"), E("Company", "ING Vysya Bank"), E("Company", "ING Group")],
 # 'Uday Kotak founded Kotak Capital Management Finance Limited' -> founder
 roles=[R("Uday Kotak", "founder", KCM)],
 # joint ventures (Primus '60:40 joint venture between Kotak Mahindra Finance and Ford Credit International'; OM Kotak
 # '74:26 joint venture between Kotak Mahindra Finance and Old Mutual') -> parentOrganization to each owner and
 # partner between the owners; 'hived off its investment banking division into a new company, Kotak Mahindra Capital,
 # started in partnership with Goldman Sachs' -> parentOrganization (the finance company; doubtful, implied) and
 # partner (Capital, Goldman Sachs); 'its mutual fund arm called Kotak Mahindra AMC' -> parentOrganization; stakes
 # bought 'making it a wholly-owned subsidiary of the group' / 'turning both companies into its wholly-owned
 # subsidiaries' -> parentOrganization to Kotak Mahindra Bank (stake purchases, not acquisitions of the companies ->
 # no acquired); 'announced the acquisition of ING Vysya Bank ... With the merger completed in 2015' -> acquired only
 # (merged away); 'ING Group, which controlled ING Vysya Bank' -> parentOrganization; ING Group's '6.5% stake in Kotak
 # Mahindra Bank' and the Mahindras' investment -> nothing (a stake obtained; persons)
 relations=[L(PRIMUS, "parentOrganization", KCM), L(PRIMUS, "parentOrganization", "Ford Credit International"),
            L(KCM, "partner", "Ford Credit International"),
            L("Kotak Mahindra Capital", "parentOrganization", KCM), L("Kotak Mahindra Capital", "partner", "Goldman Sachs"),
            L("Kotak Mahindra AMC", "parentOrganization", KCM),
            L("OM Kotak Mahindra Life Insurance", "parentOrganization", KCM),
            L("OM Kotak Mahindra Life Insurance", "parentOrganization", "Old Mutual"), L(KCM, "partner", "Old Mutual"),
            L(PRIMUS, "parentOrganization", KMB), L("Kotak Mahindra Capital", "parentOrganization", KMB),
            L("Kotak Securities", "parentOrganization", KMB)]
           + acq(KMB, "ING Vysya Bank", done=False) + [L("ING Vysya Bank", "parentOrganization", "ING Group")],
 outages=[],
 # published null; 'the early 1990s' (a decade) and 'In the same year' skipped
 dates=[D("1985", "1985"), D("1986", "1986"), D("1996", "1996"), D("1998", "1998"), D("2001", "2001"),
        D("2005", "2005"), D("2006", "2006"), D("2014", "2014"), D("2015", "2015")])

PP = "PhonePe"
A["wp-phonepe"] = dict(
 # PhonePe the company -> Company ('The PhonePe app' is the same surface plus 'app' -> not a separate entity, one
 # surface one type; doubtful); 'the PhonePe wallet', into which 'the FxMart license was ... rebranded' -> Service with
 # FxMart as its former name (doubtful: FxMart could be read as a separate licence or company); the Unified Payments
 # Interface ('UPI'), a payment platform users pay through -> Service (no operator named -> no provider); Flipkart,
 # Yes Bank -> Company; the Reserve Bank of India -> Organization; 'DTH' -> nothing
 entities=[E("Company", PP), E("Location", "Bengaluru"), E("Location", "Karnataka"), E("Location", "India"),
           E("Person", "Sameer Nigam"), E("Person", "Rahul Chari"), E("Person", "Burzin Engineer"),
           E("Service", "Unified Payments Interface", "UPI"), E("Company", "Flipkart"),
           E("Service", "PhonePe wallet", "FxMart"), E("Company", "Yes Bank"),
           E("Organization", "Reserve Bank of India")],
 # 'founded ... by Sameer Nigam, Rahul Chari and Burzin Engineer' -> founder each; 'Sameer Nigam was appointed as the
 # CEO of the company' -> ceo, current (no departure told)
 roles=[R("Sameer Nigam", "founder", PP), R("Rahul Chari", "founder", PP), R("Burzin Engineer", "founder", PP),
        R("Sameer Nigam", "ceo", PP)],
 # 'the company was acquired by Flipkart' -> acquired + parentOrganization; the wallet -> provider PhonePe; 'partnered
 # with Yes Bank' -> partner; the licence from the Reserve Bank -> nothing
 relations=acq("Flipkart", PP) + [L("PhonePe wallet", "provider", PP), L(PP, "partner", "Yes Bank")],
 outages=[],
 dates=[D("December 2015", "2015-12"), D("August 2016", "2016-08"), D("April 2016", "2016-04"), D("2022", "2022")])

# ---- leadership -------------------------------------------------------------------------------------------------
TE = "Tony O. Elumelu"
A["wp-tony-elumelu"] = dict(
 # 'Tony O. Elumelu' ('Tony Elumelu', 'Elumelu') -> Person; Heirs Holdings, Standard Trust Bank, 'United Bank for
 # Africa (UBA)' -> Company; the Tony Elumelu Foundation, a not-for-profit -> Organization; 'New African magazine' ->
 # Company 'New African'; universities, Harvard Business School, the Nigerian Federal House of Representatives ->
 # Organization; the national honour and the Advanced Management Programme -> not annotated
 entities=[E("Person", TE, "Tony Elumelu", "Elumelu"), E("Company", "Heirs Holdings"), E("Location", "Africa"),
           E("Organization", "Tony Elumelu Foundation"), E("Company", "New African"), E("Location", "Jos"),
           E("Location", "Nigeria"), E("Organization", "Ambrose Alli University"),
           E("Organization", "University of Lagos"), E("Organization", "Harvard Business School"),
           E("Person", "Awele V. Elumelu"), E("Person", "Ndudi Elumelu"),
           E("Organization", "Nigerian Federal House of Representatives"), E("Company", "Standard Trust Bank"),
           E("Location", "Sub-Saharan Africa"), E("Company", "United Bank for Africa", "UBA")],
 # 'Elumelu is Chairman of Heirs Holdings' -> chairman; 'the founder of the Tony Elumelu Foundation' -> founder;
 # Ndudi Elumelu 'a member of the ... House of Representatives' -> a legislator, no role; his leading of UBA is
 # told without a title -> no role
 roles=[R(TE, "chairman", "Heirs Holdings"), R(TE, "founder", "Tony Elumelu Foundation")],
 # 'he acquired ... Standard Trust Bank' (a person) -> nothing; 'he led the largest merger ... to acquire United Bank
 # for Africa' names no buying company -> nothing (doubtful: Standard Trust Bank implied)
 relations=[],
 outages=[],
 # published null; 'recently', 'In five years' skipped
 dates=[D("22 March 1963", "1963-03-22"), D("1963", "1963"), D("1993", "1993"), D("2005", "2005")])

LJY = "Lee Jae-yong"
A["wp-lee-jae-yong"] = dict(
 # 'Lee Jae-yong' ('Jay Y. Lee', 'Jae-yong', 'Lee') -> Person; family members and relatives -> Person; Samsung
 # Electronics, Samsung ('started working for Samsung'), CJ Group, Shinsegae Group, 'Daesang group' (as written),
 # Forbes Magazine -> Company; schools and universities -> Organization; languages -> nothing
 entities=[E("Person", LJY, "Jay Y. Lee", "Jae-yong", "Lee"), E("Company", "Samsung Electronics"),
           E("Person", "Lee Kun-hee"), E("Person", "Hong Ra-hee"), E("Location", "South Korea"),
           E("Company", "Forbes Magazine"), E("Location", "Seoul"), E("Organization", "Kyungbock High School"),
           E("Organization", "Seoul National University"), E("Organization", "Keio University"),
           E("Organization", "Waseda University"), E("Location", "Tokyo"), E("Organization", "Harvard Business School"),
           E("Company", "CJ Group"), E("Person", "Lee Jay-hyun"), E("Company", "Shinsegae Group"),
           E("Person", "Chung Yong-jin"), E("Person", "Lee Ji-ho"), E("Person", "Lee Won-joo"),
           E("Person", "Lim Se-ryung"), E("Company", "Daesang group"), E("Company", "Samsung")],
 # 'serving as the executive chairman of Samsung Electronics since October 2022' -> chairman (executive chairman ->
 # chairman); 'began serving as Vice President of Strategic Planning and then as "Chief Customer Officer"' at Samsung
 # -> vice-president and executive, both earlier posts (not current; doubtful: the excerpt stops before it says so);
 # 'CJ Group chairman Lee Jay-hyun' -> chairman; 'Shinsegae Group CEO Chung Yong-jin' -> ceo; 'Lim Se-ryung is the
 # Vice Chairwoman of Daesang group' -> executive (vice chairman -> executive)
 roles=[R(LJY, "chairman", "Samsung Electronics"), R(LJY, "vice-president", "Samsung", False),
        R(LJY, "executive", "Samsung", False), R("Lee Jay-hyun", "chairman", "CJ Group"),
        R("Chung Yong-jin", "ceo", "Shinsegae Group"), R("Lim Se-ryung", "executive", "Daesang group")],
 # no ownership between Samsung and Samsung Electronics is stated -> nothing
 relations=[],
 outages=[],
 dates=[D("June 23, 1968", "1968-06-23"), D("October 2022", "2022-10"), D("September 2021", "2021-09"),
        D("2014", "2014"), D("2000", "2000"), D("2004", "2004"), D("2009", "2009"), D("1991", "1991")])

IDS = sorted(A)

# ---- part 2 (the 2 texts of batch26c.py --part2; written before newskg ran on them) -------------------------------
A2 = {}
AT = "Akio Toyoda"
TMC = "Toyota Motor Corporation"
A2["wp-akio-toyoda"] = dict(
 # 'Akio Toyoda' ('Toyoda' alone stands for him throughout) -> Person; his forebears and relatives -> Person ('Hiroko
 # (née Mitsui)' -> 'Hiroko'); Toyota ('Toyota Motors', 'Toyota Motor Corporation', 'Toyota') -> one Company; 'the Lexus
 # division' -> Company 'Lexus' (a named unit); 'the Takashimaya department stores corporation' -> Company
 # 'Takashimaya'; Toyoda Automatic Loom Works -> Company; Keio University, Babson College -> Organization; 'the family
 # business(es)' -> no name
 entities=[E("Person", AT, "Toyoda"), E("Company", TMC, "Toyota Motors", "Toyota"), E("Person", "Kiichiro Toyoda"),
           E("Person", "Sakichi Toyoda"), E("Company", "Takashimaya"), E("Person", "Shinshichi Iida"),
           E("Company", "Lexus"), E("Person", "Koji Sato"), E("Company", "Toyoda Automatic Loom Works"),
           E("Location", "Nagoya"), E("Person", "Shoichiro Toyoda"), E("Person", "Hiroko"), E("Person", "Ikichi Toyoda"),
           E("Person", "Katsuaki Watanabe"), E("Organization", "Keio University"), E("Organization", "Babson College"),
           E("Location", "Massachusetts"), E("Person", "Katsuhiro Nakagawa")],
 # Akio Toyoda: 'stepped down as Toyota president and became chairman of the board' -> president not current,
 # chairman current; 'joined Toyota's board of directors' and now chairs it -> director (Decisions: both posts named
 # -> director and chairman); 'Koji Sato, succeeded Toyoda as CEO' -> his ceo post not current (the 2009 'confirmed
 # as the new president' is the same president post); 'promoted to the position of executive vice president' ->
 # vice-president, not current (he became president later). Koji Sato -> ceo (current), executive ('chief branding
 # officer') and president of Lexus as the text names him (current: no departure told; doubtful). Founders: Kiichiro
 # Toyoda (Toyota), Sakichi Toyoda (Toyoda Automatic Loom Works), Shinshichi Iida (Takashimaya). Katsuaki Watanabe:
 # 'The previous president and CEO' -> president and ceo not current, 'became vice chairman' -> executive (vice
 # chairman -> executive), current; Katsuhiro Nakagawa, replaced as vice chairman -> executive, not current
 roles=[R(AT, "chairman", TMC), R(AT, "director", TMC), R(AT, "president", TMC, False), R(AT, "ceo", TMC, False),
        R(AT, "vice-president", TMC, False), R("Koji Sato", "ceo", TMC), R("Koji Sato", "executive", TMC),
        R("Koji Sato", "president", "Lexus"), R("Kiichiro Toyoda", "founder", TMC),
        R("Sakichi Toyoda", "founder", "Toyoda Automatic Loom Works"), R("Shinshichi Iida", "founder", "Takashimaya"),
        R("Katsuaki Watanabe", "president", TMC, False), R("Katsuaki Watanabe", "ceo", TMC, False),
        R("Katsuaki Watanabe", "executive", TMC), R("Katsuhiro Nakagawa", "executive", TMC, False)],
 # "Toyota's ... Lexus division" -> parentOrganization; family businesses with no ownership stated -> nothing
 relations=[L("Lexus", "parentOrganization", TMC)],
 outages=[],
 # published null; 'the days his ... great-great-grandfather' no date
 dates=[D("1 April 2023", "2023-04-01"), D("3 May 1956", "1956-05-03"), D("1984", "1984"), D("2000", "2000"),
        D("2005", "2005"), D("January 2009", "2009-01"), D("23 June 2009", "2009-06-23")])

GT = "Grupo Televisa, S.A.B."
A2["wp-televisa"] = dict(
 # the company ('Grupo Televisa, S.A.B.', 'Grupo Televisa') with its former name 'Telesistema Mexicano'
 # ('Telesistema') -> one Company; Univision, a broadcaster -> Company; the television stations and the radio station,
 # broadcasters -> Company (doubtful: stations as businesses, as the Decisions type broadcasters); the families ->
 # not annotated (no person or company named); Ernesto Barrientos Reyes -> Person; the headquarters building
 # 'Televicentro' and 'Avenida Chapultepec' -> Location (named site, street); 'Hispanic America' -> Location;
 # 'the United States', 'U.S.-Mexico border', 'US color television' -> United States with the modifiers as aliases
 # (as batch 25b's 'US'); 'Mexican' and 'Spanish-speaking' adjectives -> nothing
 entities=[E("Company", GT, "Grupo Televisa", "Telesistema Mexicano", "Telesistema"),
           E("Location", "Hispanic America"), E("Location", "United States", "U.S.", "US"), E("Company", "Univision"),
           E("Location", "Mexico"), E("Company", "XHTV-TV"), E("Company", "XEW-TV"), E("Company", "XHGC-TV"),
           E("Person", "Ernesto Barrientos Reyes"), E("Company", "XEW-AM"), E("Location", "Televicentro"),
           E("Location", "Avenida Chapultepec"), E("Location", "Mexico City")],
 # Barrientos Reyes 'signed on' a station and co-owns the company -> no title -> no role
 roles=[],
 # 'Univision, with which it has an exclusive contract' -> partner (a supply contract); owners are families and a
 # person -> nothing; 'linking Mexico's first three television stations' states no ownership -> nothing
 relations=[L(GT, "partner", "Univision")],
 outages=[],
 # published null; 'the late 1950s' (a decade) skipped; '(1952)' and 'February 10, 1952' -> two items
 dates=[D("1955", "1955"), D("1950", "1950"), D("1951", "1951"), D("1952", "1952"), D("1930", "1930"),
        D("February 10, 1952", "1952-02-10"), D("1963", "1963"), D("1954", "1954")])
IDS2 = sorted(A2)

if __name__ == "__main__":
    b10.main_parts(sys.argv, (IDS, A), (IDS2, A2))
