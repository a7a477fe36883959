#!/usr/bin/env python3
"""Batch 31a gold annotations (the eight texts of batch31a.py, one part), written from each text alone before newskg
was run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev,
train (batch10_annotate.write_parts, one part). Wikipedia texts have `published` null: only absolute dates
(GUIDELINES.md, Dates; 'the early 1980s', 'the mid-1990s', 'the 1990s', 'the early 1990s' as decades, 'over 10
years', 'for a period of five years', 'the next three decades' and ages left out, as batches 28a-30a).
Conventions as batches 27a-30a (GUIDELINES.md part 2): a post the text ends or gives as past ('former', 'stepped
down', 'was the chairman ... before retiring', 'from 1981 to 2002', 'the incumbent' of an earlier year, a dead man's
'was') -> current false; a post a person moved on from, told by a later post -> current false; posts told with no
end ('is', 'current', 'became ... in 1986', 'was appointed as the president') -> current true; 'founded',
'established', 'founder' -> founder (current true, the convention); 'co-founder', two people establishing together
-> cofounder; 'chairman emeritus' and 'executive chairman' -> the chairman post (one item per person, title and
organisation; the lead decides when the text gives it as both past and present); 'non-executive chairman' ->
chairman; 'vice president' -> vice-president; 'chief mentor' -> other (doubtful); a head of a state's government
('premier', 'Prime Minister') -> minister with the country or state as org; junior posts (chief systems
programmer, accounts clerk, telephone operator, franchisee, jackaroo), owners and shareholders, legislators and
candidates, station managers (a named site) -> no role; watch brands a group holds -> Service with provider;
mergers with no buyer ('the fusion of OCP with Gines y Navarro into ...', 'bringing about their merger') and a
person's purchases -> nothing; 'X's Y' of two named companies -> parentOrganization.
usage: batch31a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- Asia ----------------------------------------------------------------------------------------------------------
NM = "Nagavara Ramarao Narayana Murthy"
A["wp-narayana-murthy"] = dict(
 # 'N. R. Narayana Murthy', 'Murthy' -> aliases; Forbes, 'Fortune magazine', 'Time magazine' and CNBC (news
 # businesses) -> Company, the magazines named 'Fortune' and 'Time'; the institutes, the World Economic Forum and
 # the university -> Organization; 'Padma Vibhushan', 'Padma Shri' (awards), 'Kannada', 'Deshastha Madhva Brahmin'
 # -> nothing
 entities=[E("Person", NM, "N. R. Narayana Murthy", "Murthy"), E("Company", "Infosys"), E("Company", "Forbes"),
           E("Location", "Sidlaghatta"), E("Location", "Karnataka"),
           E("Organization", "Indian Institute of Management Ahmedabad"), E("Company", "Patni Computer Systems"),
           E("Location", "Pune"), E("Location", "Maharashtra"), E("Company", "Fortune"), E("Company", "Time"),
           E("Company", "CNBC"), E("Location", "India"), E("Organization", "World Economic Forum"),
           E("Location", "Davos"), E("Location", "Switzerland"), E("Person", "Rishi Sunak"),
           E("Location", "United Kingdom"), E("Organization", "National Institute of Engineering"),
           E("Organization", "Indian Institute of Technology Kanpur"), E("Organization", "Lancaster University")],
 # 'He is the founder of Infosys' -> founder, current; 'was the chairman, chief executive officer (CEO), president,
 # and chief mentor of the company before retiring and becoming chairman emeritus' -> chairman, ceo, president and
 # other ('chief mentor'; doubtful title), each not current; 'the CEO from 1981 to 2002', 'the chairman from 2002
 # to 2011', 'chairman emeritus' and 'In June 2013, Murthy was appointed as the executive chairman for a period of
 # five years' -> the same two items (the chair: not current, as the lead gives it; doubtful beside the 2013
 # appointment, which states no end); 'In 2005, he co-chaired the World Economic Forum' -> chairman of the World
 # Economic Forum, not current (a co-chair of one year's meeting; doubtful, title and org); 'Rishi Sunak, who was
 # Prime Minister of the United Kingdom from 2022 to 2024' -> minister of the United Kingdom, not current; 'chief
 # systems programmer' (a staff post) and his work at Patni Computer Systems (no title) -> no role
 roles=[R(NM, "founder", "Infosys"), R(NM, "chairman", "Infosys", False), R(NM, "ceo", "Infosys", False),
        R(NM, "president", "Infosys", False), R(NM, "other", "Infosys", False),
        R(NM, "chairman", "World Economic Forum", False), R("Rishi Sunak", "minister", "United Kingdom", False)],
 relations=[],
 outages=[],
 # published null; '20 August 1946' twice, one item; 'for a period of five years' left out
 dates=[D("20 August 1946", "1946-08-20"), D("January 2025", "2025-01"), D("1981", "1981"), D("2002", "2002"),
        D("2011", "2011"), D("June 2013", "2013-06"), D("2005", "2005"), D("2022", "2022"), D("2024", "2024"),
        D("1967", "1967"), D("1969", "1969"), D("2007", "2007")])

SN = "Shiv Nadar"
HCL = "HCL Technologies"
A["wp-shiv-nadar"] = dict(
 # 'Nadar' alone (always Shiv Nadar; his father is named in full) and the nickname 'Magus' -> aliases; 'HCL'
 # ('Nadar founded HCL in 1976 and transformed the IT hardware company') -> alias of HCL Technologies; 'Dina Thanthi
 # newspaper' -> Company (a newspaper); 'Town High School' -> alias of Town Higher Secondary School (he 'continued
 # his education' there; doubtful); 'Walchand group' -> Company; schools and colleges -> Organization; Moolaipozhi,
 # Madras Presidency (a historical province), Thoothukudi district -> Location; 'Padma Bhushan', 'Tamil Hindu',
 # 'Old Persian', 'Sixth Standard' -> nothing
 entities=[E("Person", SN, "Nadar", "Magus"), E("Company", HCL, "HCL"), E("Organization", "Shiv Nadar Foundation"),
           E("Location", "India"), E("Company", "Forbes"), E("Location", "Moolaipozhi"),
           E("Location", "Madras Presidency"), E("Location", "Thoothukudi district"), E("Location", "Tamil Nadu"),
           E("Person", "Sivasubramaniya Nadar"), E("Person", "Vamasundari Devi"), E("Person", "S. P. Adithanar"),
           E("Company", "Dina Thanthi"), E("Organization", "Town Higher Secondary School", "Town High School"),
           E("Location", "Kumbakonam"), E("Organization", "Elango Corporation Higher Secondary School"),
           E("Location", "Madurai"), E("Organization", "St. Joseph Boys Higher Secondary School"),
           E("Location", "Trichy"), E("Organization", "American College"),
           E("Organization", "PSG College of Technology"), E("Location", "Coimbatore"),
           E("Company", "Walchand group"), E("Company", "Cooper Engineering Ltd."), E("Location", "Pune")],
 # 'He is the founder and chairman of HCL Technologies, and is chairman of the Shiv Nadar Foundation' -> founder and
 # chairman of HCL Technologies and chairman of the foundation, all current; 'S. P. Adithanar, founder of Dina
 # Thanthi newspaper' -> founder, current (the convention); 'began his career at ... Cooper Engineering Ltd.' (no
 # title) and 'his own venture, in partnerships with several friends' (no name) -> no role
 roles=[R(SN, "founder", HCL), R(SN, "chairman", HCL), R(SN, "chairman", "Shiv Nadar Foundation"),
        R("S. P. Adithanar", "founder", "Dina Thanthi")],
 # "Walchand group's Cooper Engineering Ltd." -> parentOrganization
 relations=[L("Cooper Engineering Ltd.", "parentOrganization", "Walchand group")],
 outages=[],
 # published null; 'the mid-1990s', 'over the next three decades' left out; '1967' twice, one item
 dates=[D("14 July 1945", "1945-07-14"), D("1976", "1976"), D("2008", "2008"), D("26 March 2025", "2025-03-26"),
        D("June 1955", "1955-06"), D("June 1957", "1957-06"), D("1967", "1967")])

RZ = "Ren Zhengfei"
HW = "Huawei Technologies"
A["wp-ren-zhengfei"] = dict(
 # 'Ren' alone (always Ren Zhengfei) -> alias; 'Moxun' (courtesy name) -> alias of Ren Musheng; 'the Nationalist
 # government' (a named government) -> Organization (doubtful); 'CCP' -> Organization; the school -> Organization;
 # Rendian Village, Pujiang County, Zhenning County -> Location; 'the Japanese occupation' -> nothing
 entities=[E("Person", RZ, "Ren"), E("Company", HW), E("Location", "Shenzhen"), E("Location", "China"),
           E("Location", "Zhenning County"), E("Location", "Guizhou"), E("Person", "Ren Sanhe"),
           E("Location", "Rendian Village"), E("Location", "Pujiang County"), E("Location", "Zhejiang"),
           E("Person", "Ren Musheng", "Moxun"), E("Location", "Guangzhou"), E("Organization", "Nationalist government"),
           E("Organization", "No. 1 Middle School of Duyun"), E("Person", "Cheng Yuanzhao"), E("Organization", "CCP")],
 # 'the founder and CEO of Huawei Technologies' -> founder and ceo, current; 'his father was appointed as the
 # president of No. 1 Middle School of Duyun' -> president, current by the letter (no end told; doubtful, a post
 # taken after 1949); 'an accounts clerk', 'a senior teacher', 'a member of the CCP' -> no role
 roles=[R(RZ, "founder", HW), R(RZ, "ceo", HW), R("Ren Musheng", "president", "No. 1 Middle School of Duyun")],
 relations=[],
 outages=[],
 # published null; '25 October 1944' twice, one item; 'After 1949' -> '1949'
 dates=[D("25 October 1944", "1944-10-25"), D("1949", "1949"), D("1958", "1958")])

PV = "Ph\u1ea1m Nh\u1eadt V\u01b0\u1ee3ng"
A["wp-pham-nhat-vuong"] = dict(
 # 'V\u01b0\u1ee3ng' alone -> alias; 'the Vietnamese Army' -> Organization (doubtful: named only in 'the Vietnamese
 # Army's air defence division'); Mivina ('This Mivina brand of instant noodles', a product) -> Service, no
 # provider (the business that made it is not named); the schools and institutes -> Organization; the Soviet Union
 # -> Location; 'Hai Phonger', 'Ukrainians', 'north-central Vietnam' -> nothing
 entities=[E("Person", PV, "V\u01b0\u1ee3ng"), E("Company", "Vingroup"), E("Location", "Vietnam"), E("Company", "Forbes"),
           E("Location", "Hanoi"), E("Location", "H\u00e0 T\u0129nh"), E("Organization", "Vietnamese Army"),
           E("Organization", "Kim Lien High School"), E("Organization", "Hanoi University of Mining and Geology"),
           E("Location", "Soviet Union"), E("Organization", "Moscow Geological Prospecting Institute"),
           E("Person", "Ph\u1ea1m Thu H\u01b0\u01a1ng"), E("Location", "Kharkiv"), E("Location", "Ukraine"),
           E("Service", "Mivina")],
 # 'He is the founder and chairman of Vingroup' -> founder and chairman, current; the father's army service and
 # the noodle business he started (no name) -> no role
 roles=[R(PV, "founder", "Vingroup"), R(PV, "chairman", "Vingroup")],
 relations=[],
 outages=[],
 # published null; '5 August 1968' twice, one item; 'the early 1990s', 'the 1990s' left out
 dates=[D("5 August 1968", "1968-08-05"), D("November 2024", "2024-11"), D("1985", "1985"), D("1987", "1987"),
        D("1992", "1992")])

# ---- Europe --------------------------------------------------------------------------------------------------------
NH = "Nicolas George Hayek"
SW = "Swatch Group"
HE = "Hayek Engineering Inc."
BRANDS = ["Swatch", "Blancpain", "Omega", "Longines", "Rado", "Tissot", "Certina", "Mido", "Hamilton",
          "Pierre Balmain", "Calvin Klein", "Flik Flak", "Breguet", "Lanco"]
A["wp-nicolas-hayek"] = dict(
 # 'Hayek', 'Nicolas', 'Nicolas G. Hayek' -> aliases; 'the Swatch Group' -> Company 'Swatch Group'; the fourteen
 # 'watch brands' of the group -> Service each ('Swatch' the brand apart from the group); ASUAG and SSIH -> Company
 # each; 'the Faculty of Beni Culturali of the University of Bologna' -> an Organization of its own, the
 # university's unit (as batch 29a's college of a university; doubtful); 'Biel/Bienne' (the city's two names with a
 # slash) -> one Location; 'a business consulting firm' and 'the new group' (unnamed) -> nothing; 'Lebanese',
 # 'American', 'Japanese watch manufacturers', 'Swiss bankers' -> nothing
 entities=[E("Person", NH, "Hayek", "Nicolas", "Nicolas G. Hayek"), E("Location", "Beirut"), E("Location", "Lebanon"),
           E("Company", SW), E("Location", "Biel/Bienne"), E("Location", "Switzerland"),
           E("Organization", "University of Lyon"), E("Company", "ASUAG"), E("Company", "SSIH")]
          + [E("Service", b) for b in BRANDS]
          + [E("Organization", "Faculty of Beni Culturali"), E("Organization", "University of Bologna"),
             E("Location", "Italy"), E("Organization", "University of Neuchatel"), E("Company", HE),
             E("Location", "Zurich")],
 # 'is the co-founder and Chairman of the Board of Directors of the Swatch Group' -> cofounder and chairman, current;
 # 'He became Chairman of the Board of Directors and Chief Executive Officer in 1986' (of the new group, the Swatch
 # Group the next paragraph names) -> the same chair and ceo of the Swatch Group, current (no end told; doubtful:
 # the group is not named in that sentence); 'the founder, Chairman of the Board and C.E.O. of Hayek Engineering
 # Inc.' -> founder, chairman and ceo, current; 'originally headed a business consulting firm' (no name) -> no role;
 # the majority shareholding -> no role
 roles=[R(NH, "cofounder", SW), R(NH, "chairman", SW), R(NH, "ceo", SW), R(NH, "founder", HE), R(NH, "chairman", HE),
        R(NH, "ceo", HE)],
 # 'the Swatch Group with its watch brands ...' -> provider(brand, Swatch Group) each; the faculty of the university
 # -> parentOrganization (doubtful); the merger of ASUAG and SSIH (no buyer) and the investors' majority shareholding
 # -> nothing
 relations=[L(b, "provider", SW) for b in BRANDS]
           + [L("Faculty of Beni Culturali", "parentOrganization", "University of Bologna")],
 outages=[],
 # published null; 'the early 1980s' (part of a decade) left out; 'since 1984' -> '1984'
 dates=[D("February 19, 1928", "1928-02-19"), D("1985", "1985"), D("1986", "1986"), D("1984", "1984"),
        D("June 1998", "1998-06"), D("1996", "1996")])

FP = "Florentino Eduardo P\u00e9rez Rodr\u00edguez"
RM = "Real Madrid C.F."
ACS = "Actividades de Construcci\u00f3n y Servicios, S.A."
A["wp-florentino-perez"] = dict(
 # 'P\u00e9rez', 'Florentino P\u00e9rez' -> aliases; Real Madrid (a football club) -> Organization with 'Real Madrid' as
 # alias; 'Grupo ACS, a civil engineering company' and 'Actividades de Construcci\u00f3n y Servicios, S.A. (ACS)', 'the
 # new company' of which he 'became president' -> one Company with 'Grupo ACS' and 'ACS' as aliases (doubtful: the
 # text does not say in one sentence that they are the same); 'OCP' -> alias of OCP Construcciones; the parties,
 # 'the Madrid city council' (doubtful: a council named by its city) and the university -> Organization; 'Democratic
 # Reform Party' -> alias of the Partido Reformista Democr\u00e1tico; 'Los Gal\u00e1cticos' (a period), 'the Spanish
 # general elections', 'Spanish' -> nothing
 entities=[E("Person", FP, "P\u00e9rez", "Florentino P\u00e9rez"), E("Organization", RM, "Real Madrid"),
           E("Company", ACS, "Grupo ACS", "ACS"), E("Organization", "Polytechnic University of Madrid"),
           E("Organization", "Union of the Democratic Centre"), E("Organization", "Madrid city council"),
           E("Organization", "Partido Reformista Democr\u00e1tico", "Democratic Reform Party"),
           E("Company", "OCP Construcciones", "OCP"), E("Company", "Gines y Navarro"), E("Person", "Ram\u00f3n Mendoza")],
 # 'current president of Real Madrid C.F., as well as Grupo ACS' and 'he became president of the new company' ->
 # president of each, current; 'In 1993, he was named vice president of OCP Construcciones', then the fusion that
 # formed ACS -> vice-president, not current (the company merged away and he moved on); 'lost to the incumbent
 # Ram\u00f3n Mendoza' (1995) -> president of Real Madrid, not current (P\u00e9rez holds it now; doubtful: no title
 # written beside the name, 'the presidency' before it); party member, city councillor, candidate -> no role
 roles=[R(FP, "president", RM), R(FP, "president", ACS), R(FP, "vice-president", "OCP Construcciones", False),
        R("Ram\u00f3n Mendoza", "president", RM, False)],
 # 'the fusion of OCP with Gines y Navarro into Actividades de Construcci\u00f3n y Servicios' -> a merger with no
 # buyer: nothing
 relations=[],
 outages=[],
 # published null
 dates=[D("8 March 1947", "1947-03-08"), D("1979", "1979"), D("1986", "1986"), D("1993", "1993"), D("1997", "1997"),
        D("19 February 1995", "1995-02-19")])

# ---- Americas ------------------------------------------------------------------------------------------------------
HP = "Horst Paulmann Kemna"
A["wp-horst-paulmann"] = dict(
 # 'Horst Paulmann', 'Paulmann' (always Horst here), 'Horst' -> aliases; the unnamed 'SS-Obersturmbannf\u00fchrer'
 # (a rank; the father's name is not in the text) -> nothing; Las Brisas (a restaurant the family bought) ->
 # Company; the two clubs -> Organization; 'Av. Kennedy' (the hypermarket's street) -> Location (doubtful, as batch
 # 30a's address); the Alps, Latin America -> Location; his children and partner -> Person each; 'the Nuremberg
 # trials', 'World War II' -> nothing
 entities=[E("Person", HP, "Horst Paulmann", "Paulmann", "Horst"), E("Company", "Cencosud"), E("Location", "Chile"),
           E("Location", "Latin America"), E("Company", "Forbes"), E("Person", "Hilde Kemna"), E("Location", "Germany"),
           E("Location", "Alps"), E("Location", "Italy"), E("Location", "Argentina"), E("Location", "Buenos Aires"),
           E("Location", "Temuco"), E("Organization", "Club Alem\u00e1n"), E("Organization", "Club de La Uni\u00f3n"),
           E("Company", "Las Brisas"), E("Person", "J\u00fcrgen Paulmann"), E("Location", "Av. Kennedy"),
           E("Person", "Helga Koepfer"), E("Person", "Manfred"), E("Person", "Peter"), E("Person", "Heike"),
           E("Person", "Hans Dieter Paulmann Bischof"), E("Person", "Katherine Bischof Sep\u00falveda")],
 # 'He was the founder and chairman of Cencosud' and 'Cencosud was founded by Horst Paulmann on 10 November 1978
 # when he assumed the role of CEO and chairman' -> founder (current, the convention), chairman and ceo, not current
 # ('was'; the text gives his death in 2025); telephone operator, the father's franchisee posts -> no role; the
 # brothers' supermarket chains (no name) -> no role
 roles=[R(HP, "founder", "Cencosud"), R(HP, "chairman", "Cencosud", False), R(HP, "ceo", "Cencosud", False)],
 # the family's purchase of Las Brisas (a family's purchase, not a company's) -> nothing
 relations=[],
 outages=[],
 # published null; '11 March 2025' twice, one item; 'At the age of 13', 'at the age of 89' left out
 dates=[D("22 March 1935", "1935-03-22"), D("11 March 2025", "2025-03-11"), D("July 2022", "2022-07"),
        D("1946", "1946"), D("1948", "1948"), D("1950", "1950"), D("1952", "1952"), D("2018", "2018"),
        D("10 November 1978", "1978-11-10")])

# ---- Oceania -------------------------------------------------------------------------------------------------------
AF = "John Andrew Henry Forrest"
FMG = "Fortescue Metals Group"
A["wp-andrew-forrest"] = dict(
 # 'AO' (an honour) not part of the name; 'Forrest' alone (always Andrew) and the nickname 'Twiggy' -> aliases;
 # 'FMG', 'Fortescue Metals' -> aliases of Fortescue Metals Group; 'his wife, Nicola' -> Person; the three
 # foundations -> Organization; 'Judith (n\u00e9e Fry)' -> Person with the maiden name 'Fry' as alias (as batch 30a's
 # 'Hagdahl'); his father Donald Forrest and the forebears Mervyn, David, Alexander and John -> Person each;
 # 'Minderoo Station' (a cattle station, a named site) -> Location with 'Minderoo' ('a jackaroo at Minderoo',
 # 'Minderoo was owned') as alias; the Pilbara, Onslow -> Location; 'the 2017 Financial Review Rich List' (a list;
 # the paper is named only inside its title), 'Indigenous Australians', 'the Forrest family' -> nothing
 entities=[E("Person", AF, "Forrest", "Twiggy"), E("Location", "Australia"),
           E("Company", FMG, "FMG", "Fortescue Metals"), E("Person", "Nicola"),
           E("Organization", "Minderoo Foundation"), E("Organization", "Walk Free Foundation"),
           E("Organization", "Forrest Research Foundation"), E("Location", "Perth"), E("Location", "Western Australia"),
           E("Person", "Judith", "Fry"), E("Person", "Donald Forrest"), E("Person", "Mervyn"), E("Person", "David"),
           E("Location", "Minderoo Station", "Minderoo"), E("Person", "Alexander"), E("Person", "John"),
           E("Location", "Pilbara"), E("Location", "Onslow")],
 # 'the former CEO (and current non-executive chairman) of Fortescue Metals Group' and 'stepped down as CEO of
 # Fortescue Metals in 2011' -> ceo, not current, and chairman, current; 'the Minderoo Foundation ... or the Walk
 # Free Foundation ..., both of which he established' -> founder of each, current (the convention); 'Forrest and
 # his wife, Nicola, ... establishing the Forrest Research Foundation' -> cofounder for both (doubtful: set up
 # 'through the Minderoo Foundation'); 'John serving as Western Australia's first premier' -> minister of Western
 # Australia, not current (the first premier, a forebear); 'managers of Minderoo Station' (a site), members of
 # parliament, 'a jackaroo' -> no role
 roles=[R(AF, "ceo", FMG, False), R(AF, "chairman", FMG), R(AF, "founder", "Minderoo Foundation"),
        R(AF, "founder", "Walk Free Foundation"), R(AF, "cofounder", "Forrest Research Foundation"),
        R("Nicola", "cofounder", "Forrest Research Foundation"), R("John", "minister", "Western Australia", False)],
 # the Forrest Research Foundation set up 'through the Minderoo Foundation' (not told as its unit) -> nothing; the
 # station sold and bought back (a family's and a person's purchase of a site) -> nothing
 relations=[],
 outages=[],
 # published null; '2017' (the rich list's year) kept; 'over 10 years' left out
 dates=[D("1961", "1961"), D("2017", "2017"), D("2008", "2008"), D("2013", "2013"), D("2011", "2011"),
        D("2014", "2014"), D("1878", "1878"), D("1998", "1998"), D("2009", "2009")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.write_parts(sys.argv[1], sys.argv[2], (IDS, A))
