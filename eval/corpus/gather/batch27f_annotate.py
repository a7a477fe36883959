#!/usr/bin/env python3
"""Batch 27f gold annotations (the 8 texts of batch27f.py), written from each text alone before newskg was run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's
own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). Wikipedia texts have `published` null: only
absolute dates (GUIDELINES.md, Dates); 'early 2016' and the like are listed by their year's own text, as batch 27b
listed 'the end of 2018'.
Conventions applied here (GUIDELINES.md part 2 and batches 26c/27b): a completed purchase -> acquired +
parentOrganization (a majority purchase too); a stated owner, a parent, a division -> parentOrganization; funding,
listing and investors -> nothing; a named service, app, network, channel, brand or game the text says a company
runs, operates, owns or makes -> provider; aircraft models and operating systems -> Service, their maker not
annotated when named only inside the product name; founders -> founder; members of an association and competitors ->
nothing; mergers of equals -> nothing.
Part 2 (A2, written with --part2): the 3 texts of batch27f.py's R2, annotated from the texts alone after part 1 was
committed and before newskg ran on any text of the batch; its own split cycle over its own sorted ids.
usage: batch27f_annotate.py POOL_DIR eval/corpus [--part2]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, svc, people, locs, provided, parents
import batch10_annotate as b10
from batch10_annotate import acq   # a completed purchase: acquired and parentOrganization (GUIDELINES.md, Relations)


A = {}
# ---- telecoms and cable ------------------------------------------------------------------------------------------
A["wp-telus-mobility"] = dict(
 # the division ('Telus Mobility') and its owner ('Telus', 'Telus'') -> Company each; 'a mobile virtual network
 # operator (MVNO) named Koodo Mobile' that Telus 'has operated' -> Service (a brand Telus runs; doubtful: the text
 # calls it an operator); Public Mobile, bought as a business -> Company; 'the now-defunct Amp'd Mobile Canada' ->
 # Company; AGT Mobility (formed by Alberta Government Telephones; the text never says it became Telus Mobility) ->
 # Company (doubtful); 'Alberta Government Telephones' with 'AGT' -> Company (a telephone company, 'the predecessor to
 # Telus'); BC Tel, Clearnet Communications, QuébecTel -> Company; CDMA, HSPA+, LTE (technologies) and 'the Telus 4G
 # network' (doubtful) -> nothing
 entities=[E("Company", "Telus Mobility"), E("Company", "Telus"), E("Location", "Canada"),
           E("Service", "Koodo Mobile", "Koodo"), E("Company", "Amp'd Mobile Canada"), E("Company", "Public Mobile"),
           E("Company", "AGT Mobility"), E("Company", "Alberta Government Telephones", "AGT"),
           E("Location", "Alberta"), E("Location", "North America"), E("Company", "BC Tel"),
           E("Location", "British Columbia"), E("Company", "Clearnet Communications"), E("Company", "QuébecTel")],
 roles=[],
 # 'a division of Telus' -> parentOrganization; 'Telus has operated ... Koodo Mobile' -> provider; 'Telus Mobility
 # has completed the purchase of Public Mobile' -> acquired + parentOrganization; 'AGT Mobility was formed ... by
 # Alberta Government Telephones' -> parentOrganization (doubtful); 'Telus acquired Clearnet Communications and
 # QuébecTel' -> acquired + parentOrganization each; the merger of Telus with BC Tel -> nothing
 relations=[L("Telus Mobility", "parentOrganization", "Telus")] + provided("Telus", "Koodo Mobile")
           + acq("Telus Mobility", "Public Mobile") + [L("AGT Mobility", "parentOrganization",
                                                          "Alberta Government Telephones")]
           + acq("Telus", "Clearnet Communications") + acq("Telus", "QuébecTel"),
 outages=[],
 # published null; 'The following year' -> relative, left out
 dates=[D("quarter 1 2016", "2016-Q1"), D("2008", "2008"), D("2007", "2007"), D("2014", "2014"), D("1982", "1982"),
        D("1986", "1986"), D("1992", "1992"), D("1999", "1999"), D("October 14, 1999", "1999-10-14")])

VT = "Vidéotron"
A["wp-videotron"] = dict(
 # the company with the name it was established under -> one Company; Quebecor, Bell Canada, Telus Communications,
 # Câblevision Nationale, Télé-Métropole -> Company; 'the first pay-per-view service under the name Sélecto-TV' ->
 # Service; 'the first video rental stores: Le SuperClub Vidéotron' -> Service (a store brand users use; doubtful);
 # 'Quebec' (the province, also 'the province of Quebec') and the cities and regions -> Location; 'Canadian',
 # 'Francophone' -> nothing
 entities=[E("Company", VT, "Télécâble Vidéotron Ltée"), E("Company", "Quebecor")]
          + locs("Quebec", "Ottawa", "New Brunswick", "Eastern Ontario")
          + [E("Company", "Bell Canada"), E("Company", "Telus Communications"), E("Location", "Canada"),
             E("Location", "Montreal"), E("Person", "André Chagnon"), E("Service", "Sélecto-TV"),
             E("Location", "Saint-Jérôme"), E("Company", "Câblevision Nationale"), E("Company", "Télé-Métropole"),
             E("Location", "North America"), E("Service", "Le SuperClub Vidéotron")],
 # 'André Chagnon served as the company's founding president' -> president, not current (the post of 1964, told in
 # the past; doubtful: no 'former'); 'founding' alone -> no founder role (doubtful)
 roles=[R("André Chagnon", "president", VT, False)],
 # 'Owned by Quebecor' -> parentOrganization; 'Vidéotron acquired Câblevision Nationale', '... acquired
 # Télé-Métropole' -> acquired + parentOrganization each; the unnamed cable networks bought -> nothing; Sélecto-TV and
 # the stores the company offered/opened -> provider; competitors -> nothing
 relations=[L(VT, "parentOrganization", "Quebecor")] + acq(VT, "Câblevision Nationale") + acq(VT, "Télé-Métropole")
           + provided(VT, "Sélecto-TV", "Le SuperClub Vidéotron"),
 outages=[],
 dates=[D("1964", "1964"), D("Q2 2022", "2022-Q2"), D("1966", "1966"), D("1969", "1969"), D("1974", "1974"),
        D("1980", "1980"), D("1986", "1986"), D("1989", "1989")])

# ---- payments ----------------------------------------------------------------------------------------------------
UP = "UnionPay"
A["wp-unionpay"] = dict(
 # the corporation and card scheme ('UnionPay', 'China UnionPay', 'CUP', 'UPI', 'the UnionPay') -> one Company (its
 # network carries the same surface; one surface, one type, as batch 27b's Skyscanner); 'the People's Bank of China
 # (PBOC, central bank of China)' -> Organization; Visa, Mastercard and the four banks -> Company; 'mainland China' ->
 # alias of China (doubtful); 'EFTPOS' (a kind of network) and 'the "Golden Card Project"' (a programme) -> nothing
 entities=[E("Company", UP, "China UnionPay", "CUP", "UPI"), E("Location", "Shanghai"),
           E("Location", "China", "mainland China"), E("Organization", "People's Bank of China", "PBOC"),
           E("Company", "Visa"), E("Company", "Mastercard"), E("Person", "Dai Xianglong"),
           E("Company", "Industrial and Commercial Bank of China"), E("Company", "Agricultural Bank of China"),
           E("Company", "Bank of China"), E("Company", "China Construction Bank"), E("Person", "Jiang Zemin")],
 # 'PBOC governor Dai Xianglong' -> governor at the People's Bank of China (no 'then' or 'former': current, as the
 # rule reads; doubtful for a 2002 post); 'then-Chinese leader Jiang Zemin' -> no title of the vocabulary stated
 # ('leader'; doubtful: president of China)
 roles=[R("Dai Xianglong", "governor", "People's Bank of China")],
 # operating under the central bank's approval, the banks as its 'first members' and Visa and Mastercard as rivals
 # -> no relation of the vocabulary
 relations=[],
 outages=[],
 dates=[D("26 March 2002", "2002-03-26"), D("2015", "2015"), D("1993", "1993")])

# ---- airlines ----------------------------------------------------------------------------------------------------
WJ = "WestJet Airlines Ltd."
A["wp-westjet"] = dict(
 # the airline ('WestJet Airlines Ltd.', 'WestJet') -> one Company; its subsidiary WestJet Encore, Air Canada,
 # Southwest Airlines, Morris Air -> Company; aircraft models ('the Boeing 737 Next Generation family', 'Boeing
 # 767-300ER aircraft', 'the Bombardier Q400') -> Service, with Boeing and Bombardier named only inside them -> not
 # annotated apart; 'the Calgary International Airport' -> Location (an airport); regions and countries -> Location
 entities=[E("Company", WJ, "WestJet")]
          + locs("Canada", "United States", "Europe", "Mexico", "Central America", "Caribbean")
          + [E("Company", "Air Canada"), E("Location", "North America")]
          + svc("Boeing 737 Next Generation", "Boeing 767-300ER", "Bombardier Q400")
          + [E("Company", "WestJet Encore"), E("Location", "Calgary International Airport")]
          + people("Clive Beddoe", "David Neeleman", "Mark Hill", "Tim Morgan", "Donald Bell")
          + [E("Company", "Southwest Airlines"), E("Company", "Morris Air"), E("Location", "Western Canada")],
 # 'Founded by Clive Beddoe, David Neeleman, Mark Hill, Tim Morgan and Donald Bell' -> founder each
 roles=[R(p, "founder", WJ) for p in ("Clive Beddoe", "David Neeleman", "Mark Hill", "Tim Morgan", "Donald Bell")],
 # 'Its subsidiary WestJet Encore' -> parentOrganization; the aircraft it operates or plans to acquire -> no
 # provider (WestJet does not make them; their makers are not annotated); the business model 'pioneered by' two
 # airlines -> nothing
 relations=[L("WestJet Encore", "parentOrganization", WJ)],
 outages=[],
 dates=[D("1996", "1996"), D("2013", "2013"), D("2012", "2012"), D("2011", "2011")])

# ---- streaming, games and online services ------------------------------------------------------------------------
HS = "Disney+ Hotstar"
A["wp-hotstar"] = dict(
 # the service with its names ('Disney+ Hotstar', 'Hotstar', 'JioHotstar', the Indian name the text gives first)
 # -> one Service; JioStar, 'Disney Star's (formerly Star India)' -> Company (Star India an alias), 21st Century Fox,
 # Disney, Showtime and the content brands (Walt Disney Studios, Pixar, Marvel Studios, Lucasfilm, National
 # Geographic; studios and a channel brand as businesses) -> Company; Disney+, JioCinema, Hulu and 'Star' (a
 # streaming brand rebranded into Hulu; doubtful) -> Service; countries -> Location ('UK' and 'the United Kingdom'
 # one entity)
 entities=[E("Service", HS, "Hotstar", "JioHotstar"), E("Location", "India"), E("Location", "Canada"),
           E("Location", "United Kingdom", "UK"), E("Location", "Singapore"), E("Company", "JioStar"),
           E("Company", "Disney Star", "Star India"), E("Company", "Showtime"), E("Company", "21st Century Fox"),
           E("Company", "Disney"), E("Service", "Disney+")]
          + [E("Company", n) for n in ("Walt Disney Studios", "Pixar", "Marvel Studios", "Lucasfilm",
                                       "National Geographic")]
          + [E("Service", "JioCinema")] + locs("Indonesia", "Malaysia", "Thailand")
          + [E("Service", "Star"), E("Service", "Hulu")],
 roles=[],
 # 'streaming service owned by JioStar' and 'fully owned by Disney' (outside India) -> provider each; 'Star
 # India's parent company 21st Century Fox' -> parentOrganization; 'the acquisition of ... 21st Century Fox by
 # Disney in 2019' -> acquired + parentOrganization; 'Disney's global streaming brand Disney+' -> provider; the
 # content brands ('its main content brands') -> no relation (doubtful: Disney's); Showtime's licensed content,
 # the merger with JioCinema -> nothing
 relations=provided("JioStar", HS) + provided("Disney", HS, "Disney+")
           + [L("Disney Star", "parentOrganization", "21st Century Fox")] + acq("Disney", "21st Century Fox"),
 outages=[],
 dates=[D("2019", "2019"), D("April 2020", "2020-04"), D("February 2025", "2025-02"),
        D("9 October 2025", "2025-10-09")])

RG = "Riot Games, Inc."
A["wp-riot-games"] = dict(
 # the company ('Riot Games, Inc.', 'Riot Games') -> one Company; 'League of Legends', its game -> Service; the
 # tournaments (the League of Legends World Championship and the others) -> events, nothing; Tencent -> Company; the
 # University of Southern California -> Organization; founders with their surnames -> Person (the nicknames inside
 # their names not separate aliases); 'Chinese', 'Asian' -> nothing
 entities=[E("Company", RG, "Riot Games"), E("Location", "West Los Angeles"), E("Location", "California"),
           E("Organization", "University of Southern California"), E("Person", "Brandon Beck", "Beck"),
           E("Person", "Marc Merrill", "Merrill"), E("Company", "Tencent"), E("Service", "League of Legends")],
 # 'founded in September 2006 by ... Brandon Beck and Marc Merrill', 'Riot Games' founders' -> founder each;
 # students at the university -> no role
 roles=[R("Brandon Beck", "founder", RG), R("Marc Merrill", "founder", RG)],
 # 'majority-acquired by Chinese corporation Tencent in February 2011 and fully acquired in December 2015' ->
 # acquired + parentOrganization; 'League of Legends, ... the company's flagship product' -> provider
 relations=acq("Tencent", RG) + provided(RG, "League of Legends"),
 outages=[],
 # published null; 'Since 2011' -> the year
 dates=[D("September 2006", "2006-09"), D("February 2011", "2011-02"), D("December 2015", "2015-12"),
        D("May 2018", "2018-05"), D("October 2009", "2009-10"), D("2013", "2013"), D("2011", "2011")])

DI = "Dropbox, Inc."
A["wp-dropbox"] = dict(
 # 'a file hosting service operated by Dropbox, Inc.' -> Service 'Dropbox' and Company 'Dropbox, Inc.' apart (the
 # text names them apart; 'According to Dropbox' keeps the service's surface; one surface, one type); Y Combinator
 # -> Company; MIT -> Organization; the operating systems and platforms the client runs on -> Service (Microsoft
 # named only inside 'Microsoft Windows'); 'TechCrunch50, an annual technology conference' -> an event, nothing;
 # 'a USB flash drive' -> nothing
 entities=[E("Service", "Dropbox"), E("Company", DI), E("Person", "Drew Houston", "Houston"),
           E("Person", "Arash Ferdowsi"), E("Company", "Y Combinator")]
          + svc("Microsoft Windows", "Mac OS X", "Linux", "Android", "iOS", "BlackBerry OS", "Symbian",
                "Windows Phone", "MeeGo")
          + [E("Organization", "MIT")],
 # 'Dropbox, Inc., was founded in 2007 by Drew Houston and Arash Ferdowsi', 'founder Drew Houston' -> founder each;
 # a student at MIT -> no role
 roles=[R("Drew Houston", "founder", DI), R("Arash Ferdowsi", "founder", DI)],
 # 'operated by Dropbox, Inc.' -> provider; Y Combinator's seed funding -> nothing; no maker named for the
 # platforms -> no provider
 relations=provided(DI, "Dropbox"),
 outages=[],
 # published null; "2008's TechCrunch50" -> '2008'
 dates=[D("2007", "2007"), D("June 2007", "2007-06"), D("2008", "2008")])

SF = "Salesforce.com"
A["wp-salesforce"] = dict(
 # the company ('Salesforce.com', 'Salesforce', its stylized 'salesƒorce') -> one Company; the New York Stock
 # Exchange -> Company (GUIDELINES: stock exchanges run as businesses); the S&P 500 Index -> not an entity; Oracle,
 # Left Coast Software, Geneva Venture Partners -> Company; 'its Customer Success Platform' -> Service; founders,
 # a colleague and investors -> Person (surnames as aliases); 'a customer relationship management (CRM) product' and
 # 'software as a service (SaaS)' (not named) -> nothing
 entities=[E("Company", SF, "Salesforce", "salesƒorce"), E("Location", "San Francisco"), E("Location", "California"),
           E("Company", "New York Stock Exchange"), E("Company", "Oracle"), E("Person", "Marc Benioff", "Benioff"),
           E("Person", "Parker Harris", "Harris"), E("Person", "Dave Moellenhoff", "Moellenhoff"),
           E("Person", "Frank Dominguez", "Dominguez"), E("Company", "Left Coast Software")]
          + people("Bobby Yazdani", "Larry Ellison", "Halsey Minor", "Stewart Henderson", "Mark Iscaro", "Igor Sill")
          + [E("Company", "Geneva Venture Partners"), E("Person", "Nancy Pelosi"),
             E("Service", "Customer Success Platform")],
 # 'founded in 1999 by former Oracle executive Marc Benioff, Parker Harris, Dave Moellenhoff, and Frank Dominguez' ->
 # founder each; 'former Oracle executive' -> executive at Oracle, not current; 'previously at' Left Coast Software,
 # 'former Oracle colleague' and 'Igor Sill of Geneva Venture Partners' with no title -> no role
 roles=[R(p, "founder", SF) for p in ("Marc Benioff", "Parker Harris", "Dave Moellenhoff", "Frank Dominguez")]
       + [R("Marc Benioff", "executive", "Oracle", False)],
 # the listing and the investors -> nothing; 'its Customer Success Platform' -> provider
 relations=provided(SF, "Customer Success Platform"),
 outages=[],
 # published null; 'early 2016' -> the year's text
 dates=[D("2016", "2016"), D("1999", "1999"), D("June 2004", "2004-06"), D("October 2014", "2014-10")])

IDS = sorted(A)


A2 = {}
SM = "Smart Communications"
A2["wp-smart-communications"] = dict(
 # the operator ('Smart Communications', 'Smart', its former name 'Smart Information Technology, Inc.') -> one
 # Company; 'the Philippine Long Distance Telephone Company (PLDT)' -> Company; First Pacific, Metro Pacific
 # Investments Corporation, 'Nippon Telegraph and Telephone of Japan (NTT)' -> Company; 'Hong Kong-based' -> Hong Kong;
 # 3G, HSPA+, LTE (technologies) and 'an SMS-based money remittance system' (not named) -> nothing; 'Filipino' ->
 # nothing
 entities=[E("Company", SM, "Smart", "Smart Information Technology, Inc."),
           E("Company", "Philippine Long Distance Telephone Company", "PLDT"), E("Location", "Philippines"),
           E("Person", "Orlando B. Vea"), E("Person", "David T. Fernando"), E("Company", "First Pacific"),
           E("Location", "Hong Kong"), E("Company", "Metro Pacific Investments Corporation"),
           E("Company", "Nippon Telegraph and Telephone", "NTT"), E("Location", "Japan")],
 # 'organized ... by a group of Filipino investors led by Orlando B. Vea and David T. Fernando' -> founder each
 # (doubtful: 'organized' for founded)
 roles=[R("Orlando B. Vea", "founder", SM), R("David T. Fernando", "founder", SM)],
 # 'a wholly owned ... subsidiary of the Philippine Long Distance Telephone Company' -> parentOrganization; 'Smart had
 # drawn in partners. These were: First Pacific ... and Nippon Telegraph and Telephone' -> partner each; 'its
 # Philippine flagship Metro Pacific Investments Corporation' -> parentOrganization to First Pacific
 relations=[L(SM, "parentOrganization", "Philippine Long Distance Telephone Company"),
            L(SM, "partner", "First Pacific"), L(SM, "partner", "Nippon Telegraph and Telephone"),
            L("Metro Pacific Investments Corporation", "parentOrganization", "First Pacific")],
 outages=[],
 # published null; 'By then' -> relative, left out
 dates=[D("September 2012", "2012-09"), D("1992", "1992"), D("January 24, 1991", "1991-01-24"),
        D("April 1992", "1992-04"), D("May 1993", "1993-05"), D("December 1993", "1993-12")])

RTL = "RTL Group S.A."
A2["wp-rtl-group"] = dict(
 # the group ('RTL Group S.A.', 'RTL Group', the name's expansion 'Radio Télévision Luxembourg' quoted as its name)
 # -> one Company; its segments RTL Deutschland, Groupe M6, Fremantle -> Company; Bertelsmann, 'Groupe Bruxelles
 # Lambert (GBL)', Pearson plc -> Company; the European Broadcasting Union -> Organization; 'Luxembourg-based' ->
 # Luxembourg; 'the Mohn Family' (no one named) -> not annotated, as batch 27b's 'Samwer brothers'; 'national
 # streaming platforms' (not named) -> nothing; 'European', 'German' -> nothing
 entities=[E("Company", RTL, "RTL Group", "Radio Télévision Luxembourg")]
          + locs("Luxembourg", "Cologne", "Germany", "France")
          + [E("Company", n) for n in ("RTL Deutschland", "Groupe M6", "Fremantle", "Bertelsmann")]
          + [E("Company", "Groupe Bruxelles Lambert", "GBL"), E("Company", "Pearson plc"), E("Location", "Gütersloh"),
             E("Organization", "European Broadcasting Union")],
 roles=[],
 # 'Important segments of RTL Group are RTL Deutschland, Groupe M6 and Fremantle' -> parentOrganization each;
 # Bertelsmann's 76% and 'one of ... eight divisions of Bertelsmann' -> parentOrganization; the three establishing it
 # in 2000 and the Mohn Family's ownership -> no relation; founding member of the EBU -> nothing
 relations=parents(RTL, "RTL Deutschland", "Groupe M6", "Fremantle") + [L(RTL, "parentOrganization", "Bertelsmann")],
 outages=[],
 # published null; 'the 1920s' (a decade) -> no value of the format, left out
 dates=[D("2000", "2000"), D("2024", "2024")])

PS = "ProSieben"
A2["wp-prosieben"] = dict(
 # the network ('ProSieben', the company 'ProSieben Television GmbH' founded for it, its early name 'Pro 7') -> one
 # Company (a broadcaster; GUIDELINES: broadcasters are Company); its channels ProSieben Fun and ProSieben Maxx and
 # the feeds ProSieben Austria and ProSieben Schweiz -> Company (channels, doubtful: feeds of one channel); Eureka TV,
 # MX1 -> Company; the founding partners and the CEO -> Person ('Kirch' an alias); 'the Astra 1L and 3A satellites'
 # -> nothing (satellites, as ships' names; doubtful); countries, Munich, South Tyrol -> Location; 'American' ->
 # nothing
 entities=[E("Company", PS, "ProSieben Television GmbH", "Pro 7"), E("Location", "Germany"),
           E("Company", "ProSieben Fun"), E("Company", "ProSieben Maxx"), E("Company", "ProSieben Austria"),
           E("Location", "Austria"), E("Company", "ProSieben Schweiz"), E("Location", "Switzerland"),
           E("Company", "MX1"), E("Company", "Eureka TV"), E("Person", "Gerhard Ackermans"),
           E("Person", "Thomas Kirch", "Kirch"), E("Location", "Munich"), E("Person", "Georg Kofler"),
           E("Location", "South Tyrol")],
 # 'The founding partners were Gerhard Ackermans (51%) and Thomas Kirch (49%)' -> founder each; 'The CEO was Georg
 # Kofler' (told of 1989) -> ceo, not current (doubtful: no 'former'; as André Chagnon's post in this batch);
 # Kirch taking 'complete control' -> no title, no role
 roles=[R("Gerhard Ackermans", "founder", PS), R("Thomas Kirch", "founder", PS), R("Georg Kofler", "ceo", PS, False)],
 # 'the network launched a pay-TV channel called ProSieben Fun', 'A third channel called ProSieben Maxx' and the
 # channel's feeds -> parentOrganization each (doubtful); 'uplinked by MX1' -> no relation stated as a partnership
 # (doubtful: a supplier); 'a successor to Eureka TV' -> nothing
 relations=parents(PS, "ProSieben Fun", "ProSieben Maxx", "ProSieben Austria", "ProSieben Schweiz"),
 outages=[],
 dates=[D("1 January 1989", "1989-01-01"), D("3 May 2012", "2012-05-03"), D("3 September 2013", "2013-09-03"),
        D("13 October 1988", "1988-10-13")])

IDS2 = sorted(A2)

if __name__ == "__main__":
    b10.main_parts(sys.argv, (IDS, A), (IDS2, A2))
