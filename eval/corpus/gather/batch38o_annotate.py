#!/usr/bin/env python3
"""Batch 38o gold annotations (the texts of batch38o.py), written from the texts alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (batch10_annotate.
write_parts, one part): voa-docomo-nissan-car-communication-asahi-kirin-2002 -> test,
voa-hakuhodo-alliance-mizuho-holdings-j-phone-vodafone-2002 -> train,
voa-kintetsu-orix-merger-mitsubishi-fuso-defects-mitsui-lohr-2004 -> dev,
voa-nec-matsushita-huawei-joint-venture-hitachi-ibm-hard-drives-2002 -> train,
voa-toshiba-fujitsu-joint-chip-venture-matsushita-2002 -> test. Relative dates resolve against each story's
`published` (from its heading or address): 2002-02-22, 2002-06-07, 2002-06-21, 2002-12-06 (Fridays), 2004-06-18 (a
Friday).
Conventions (GUIDELINES.md part 2; the company lanes of batches 37e/37m/37u and 38m): a joint venture named in the text
-> parentOrganization to each owner + partner between the owners, in the order written; an unnamed joint company ->
partner between its two named owners only; 'team up', 'agreed to work together' between two named companies ->
partner; a purchase of a company's unnamed business -> nothing; 'majority owned by' -> parentOrganization; a unit
'spun off from' a company -> parentOrganization as past ownership (relations carry no time; doubtful); sales rights
bought from a maker -> partner (a licensing/distribution deal; doubtful); 'chief executive' -> ceo, 'managing
director' -> director, 'President' -> president, a transportation minister -> minister of the country (Location).
News organisations are Company ('VOA'); reporters get no role. Brands are Service (GUIDELINES.md part 1).
usage: batch38o_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather39o/pool /tmp/gather39o/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10


A = {}

# ---- Japan: DoCoMo-Nissan car communication, Asahi over Kirin, a DVD standard (published 2002-02-22, a Friday) -------
DCM = "NTT DoCoMo"
A["voa-docomo-nissan-car-communication-asahi-kirin-2002"] = dict(
 # "VOA's Amy Bickers" -> 'VOA' Company (a news organisation; GUIDELINES.md) and 'Amy Bickers' Person (a reporter: no
 # role); 'NTT DoCoMo' / 'DoCoMo' (twice), 'Nissan' (twice), "Japan's Asahi Breweries" / "Asahi's", 'Kirin' (three
 # times), 'Sony', 'Matsushita' -> Company; 'Keiji Tachikawa', 'Yoshikazu Arai' -> Person; "Japan's" (twice) ->
 # Location ('Japanese' an adjective; 'the Japanese government' not named as a body: nothing; 'telematics' a kind of
 # service, not a named one: nothing)
 entities=[E("Company", "VOA"), E("Person", "Amy Bickers"), E("Company", DCM, "DoCoMo"), E("Company", "Nissan"),
           E("Person", "Keiji Tachikawa"), E("Company", "Asahi Breweries", "Asahi"), E("Company", "Kirin"),
           E("Person", "Yoshikazu Arai"), E("Company", "Sony"), E("Company", "Matsushita")] + locs("Japan"),
 # 'Keiji Tachikawa, DoCoMo's chief executive' -> ceo; 'Yoshikazu Arai, Kirin's managing director' -> director
 roles=[R("Keiji Tachikawa", "ceo", DCM), R("Yoshikazu Arai", "director", "Kirin")],
 # 'NTT DoCoMo ... and Nissan ... say they will team up to develop advanced multimedia services for cars' ('Under the
 # deal') -> partner, DoCoMo first as written. Asahi 'outsold its rival Kirin': rivals, nothing. 'Nine of the world's
 # leading electronics makers, including Sony, Matsushita ... have agreed on a uniform standard': a standard agreed
 # among nine makers, seven unnamed, not a stated partnership of two named companies: nothing (doubtful)
 relations=[L(DCM, "partner", "Nissan")],
 outages=[],
 # 'available in Nissan cars next year' -> 'next year' 2003; 'in 2001'; 'its jobless data for January' -> 'January'
 # 2002-01. Left out: '21st century', 'nearly 50 years' (vague, a duration), 'Today's' (generic), 'Next week' (a week)
 dates=[D("next year", "2003"), D("2001", "2001"), D("January", "2002-01")])

# ---- Japan/China: NEC, Matsushita and Huawei's Cosmobic; Hitachi and IBM's hard drives (published 2002-06-07) -------
HW, CB = "Huawei Technologies", "Cosmobic Technologies"
A["voa-nec-matsushita-huawei-joint-venture-hitachi-ibm-hard-drives-2002"] = dict(
 # 'NEC' (four times), 'Matsushita' (three times), 'Huawei Technologies', 'Cosmobic Technologies', 'Hitachi' / "Hitachi's",
 # 'IBM' / "IBM's" -> Company; 'Koji Nishigaki' -> Person; 'The Japanese Finance Ministry' -> Organization 'Finance
 # Ministry' ('Japanese' an adjective); "Japan's" (twice), "China's" / 'China' (four times), 'the United States' ->
 # Location ('the Japanese government' not named as a body: nothing)
 entities=[E("Company", "NEC"), E("Company", "Matsushita"), E("Company", HW), E("Company", CB), E("Company", "Hitachi"),
           E("Company", "IBM"), E("Person", "Koji Nishigaki"), E("Organization", "Finance Ministry")]
          + locs("Japan", "China", "United States"),
 # 'NEC President Koji Nishigaki' -> president. "Hitachi's president" is not named: nothing
 roles=[R("Koji Nishigaki", "president", "NEC")],
 # 'NEC and Matsushita ... have established a joint venture with ... Huawei Technologies' + 'The joint venture, named
 # Cosmobic Technologies' -> parentOrganization(Cosmobic, each of the three owners) and partner between the owners as
 # written (NEC-Matsushita, NEC-Huawei, Matsushita-Huawei); Cosmobic 'will license mobile phone services from
 # Matsushita and NEC': the same venture, no further relation. 'Hitachi ... and IBM of the United States have allied
 # their hard disk drive operations under a new joint company' -> partner, Hitachi first; the joint company is not
 # named (no parentOrganization), and 'Hitachi will pay about $2 billion for IBM's unprofitable hard-drive business' is
 # a purchase of an unnamed business, not of a company: no acquired (as batch 38m's Lenovo-IBM)
 relations=[L(CB, "parentOrganization", "NEC"), L(CB, "parentOrganization", "Matsushita"),
            L(CB, "parentOrganization", HW), L("NEC", "partner", "Matsushita"), L("NEC", "partner", HW),
            L("Matsushita", "partner", HW), L("Hitachi", "partner", "IBM")],
 outages=[],
 # 'in the first three months of this year' -> 'the first three months of this year' 2002-Q1 (a calendar quarter, the
 # ministry's capital spending figures); 'since 1998' -> '1998'. Left out: 'from a year earlier' (relative to the
 # quarter; skipped as batch 38m skipped such comparisons)
 dates=[D("the first three months of this year", "2002-Q1"), D("1998", "1998")])

# ---- Japan: Toshiba and Fujitsu's chip work, Matsushita's Panasonic sales (published 2002-06-21, a Friday) -----------
A["voa-toshiba-fujitsu-joint-chip-venture-matsushita-2002"] = dict(
 # 'Toshiba' (twice), 'Fujitsu' / "Fujitsu's", 'Intel', 'Matsushita' (twice) -> Company; 'its Panasonic brand' ->
 # Service (a brand; GUIDELINES.md part 1); 'Naoyuki Akikusa' -> Person; 'the Finance Ministry' -> Organization;
 # "Japan's", 'the United States' -> Location ('Japanese', 'Asian' adjectives: nothing)
 entities=[E("Company", "Toshiba"), E("Company", "Fujitsu"), E("Company", "Intel"), E("Company", "Matsushita"),
           E("Service", "Panasonic"), E("Person", "Naoyuki Akikusa"), E("Organization", "Finance Ministry")]
          + locs("Japan", "United States"),
 # 'Naoyuki Akikusa, Fujitsu's chief executive' -> ceo
 roles=[R("Naoyuki Akikusa", "ceo", "Fujitsu")],
 # 'Toshiba and Fujitsu have agreed to work together on producing a sophisticated computer chip' -> partner, Toshiba
 # first as written ('also may integrate their overall semiconductor operations': a possibility, nothing more);
 # 'Matsushita ... its Panasonic brand' -> provider(Panasonic, Matsushita). Intel is only ranked: nothing
 relations=[L("Toshiba", "partner", "Fujitsu"), L("Panasonic", "provider", "Matsushita")],
 outages=[],
 # 'healthy sales in the second quarter' -> 'the second quarter' 2002-Q2 (doubtful: Matsushita's fiscal second
 # quarter would be July-September; the text does not say fiscal, so read as the calendar quarter); 'in May' ->
 # 'May' 2002-05. Left out: 'from a year ago', 'a year earlier', 'the last year' (comparisons and a vague period),
 # 'a later date'
 dates=[D("the second quarter", "2002-Q2"), D("May", "2002-05")])

# ---- Japan: Hakuhodo's alliance, Mizuho Holdings' president, Vodafone's J-Phone (published 2002-12-06, a Friday) -----
A["voa-hakuhodo-alliance-mizuho-holdings-j-phone-vodafone-2002"] = dict(
 # 'Hakuhodo', 'Dentsu', 'Mizuho Holdings' (three times), 'J-Phone' (twice), 'Vodafone' -> Company; 'Terunobu Maeda'
 # -> Person; "Japan's" (twice) -> Location ('Japanese', 'British' adjectives; 'The government' unnamed: nothing)
 entities=[E("Company", "Hakuhodo"), E("Company", "Dentsu"), E("Company", "Mizuho Holdings"), E("Company", "J-Phone"),
           E("Company", "Vodafone"), E("Person", "Terunobu Maeda")] + locs("Japan"),
 # 'Mizuho Holdings President Terunobu Maeda' -> president
 roles=[R("Terunobu Maeda", "president", "Mizuho Holdings")],
 # 'J-Phone ... The company, which is majority owned by British telecom giant Vodafone' -> parentOrganization. Hakuhodo
 # 'will team up with two smaller regional agencies' (unnamed) and Mizuho's 'two trust-banking units' (unnamed):
 # nothing. Dentsu is only a competitor: nothing
 relations=[L("J-Phone", "parentOrganization", "Vodafone")],
 outages=[],
 # 'next year', 'early next year', 'by the end of next year' -> 'next year' 2003 (one item: the same text and value;
 # 'the end of next year' is the year as well, GUIDELINES.md). Left out: 'decade-long' (a duration)
 dates=[D("next year", "2003")])

# ---- Japan: Kintetsu-Orix merger, Mitsubishi Fuso's defects, Mitsui's streetcar rights (published 2004-06-18) --------
FUSO = "Mitsubishi Fuso"
A["voa-kintetsu-orix-merger-mitsubishi-fuso-defects-mitsui-lohr-2004"] = dict(
 # 'the Kintetsu Buffaloes' / 'the Kintetsu club' -> Organization (a sports team; GUIDELINES.md), alias 'Kintetsu';
 # 'the Orix Blue Wave teams' -> Organization 'Orix Blue Wave'; 'Nobuteru Ishihara' / 'Mr. Ishihara', 'Wilfried
 # Porth' / 'Mr. Porth' (twice) -> Person; 'Mitsubishi Fuso', 'Mitsubishi Motors' (twice), 'Mitsui', 'Lohr Industrie'
 # -> Company; 'the Transportation Ministry' -> Organization; "Japan's" / 'Japan' (twice), 'U.S.', "France's" ->
 # Location ('Japanese', 'Asian' adjectives; 'a railway company' and 'the U.S. major leagues' unnamed: nothing)
 entities=[E("Organization", "Kintetsu Buffaloes", "Kintetsu"), E("Organization", "Orix Blue Wave"),
           E("Person", "Nobuteru Ishihara", "Ishihara"), E("Company", FUSO), E("Person", "Wilfried Porth", "Porth"),
           E("Organization", "Transportation Ministry"), E("Company", "Mitsubishi Motors"), E("Company", "Mitsui"),
           E("Company", "Lohr Industrie")] + locs("Japan", "U.S.", "France"),
 # "Japan's transportation minister, Nobuteru Ishihara" -> minister of Japan (GUIDELINES.md: ministers take the
 # country); 'Company President Wilfried Porth says the truck maker' (Mitsubishi Fuso) -> president. 'a former
 # president of Mitsubishi Motors' is not named: nothing
 roles=[R("Nobuteru Ishihara", "minister", "Japan"), R("Wilfried Porth", "president", FUSO)],
 # 'The truck and bus maker was spun off from Mitsubishi Motors early last year' -> parentOrganization(Mitsubishi
 # Fuso, Mitsubishi Motors) as past ownership (relations carry no time; doubtful: 'spun off' says it was a unit, and
 # a second annotator may give nothing). 'Mitsui says it has acquired the Asian sales rights for streetcars from
 # France's Lohr Industrie' -> partner(Mitsui, Lohr Industrie) as a licensing/distribution deal (doubtful: rights, not
 # a company, were acquired; no acquired). 'the proposed merger between the Kintetsu Buffaloes and the Orix Blue Wave
 # teams': teams, a merger that says nothing of who takes whom: nothing
 relations=[L(FUSO, "parentOrganization", "Mitsubishi Motors"), L("Mitsui", "partner", "Lohr Industrie")],
 outages=[],
 # 'spun off from Mitsubishi Motors early last year' -> 'early last year' 2003. Left out: "this week's" (a week),
 # 'a year' (a rate), 'the past' (vague)
 dates=[D("early last year", "2003")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
