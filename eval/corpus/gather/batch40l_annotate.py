#!/usr/bin/env python3
"""Batch 40l gold annotations for the five toscaData Wikinews texts of batch40l.py (a film studio barring a director
over his lawsuit, told by its co-chairman; a retailer ending its ties with a consultant's company over a political ad,
with its spokesman; a regulator ordering two drug makers' TV ad pulled, with the drug's marketing partners, rival
drugs and a spokesman; a government banning a soft-drink maker's product, with its bottler and the health minister; a
state-owned hydroelectric company's flotation with two finance ministers), written by reading each text alone; no
extractor was run on any of them. Split rule fixed before annotating: ids sorted, dealt along test, train, dev, train
(cycle). None of the five tells a service lost, and none is a near-miss of one: no outage is annotated in this batch.
usage: batch40l_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

IDS = sorted("""wn-peter-jackson-banned-from-working-new-2007
wn-wal-mart-cuts-ties-pr-consultant-2006
wn-levitra-ads-pulled-fda-2005
wn-venezuela-bans-coke-zero-over-unspecified-2009
wn-snowy-hydro-scheme-go-public-2006""".split())
A = {}

NL = "New Line Cinema"
A["wn-peter-jackson-banned-from-working-new-2007"] = dict(
 entities=[E("Company", NL, "New Line"), E("Person", "Peter Jackson", "Jackson"), E("Person", "Fran Walsh"),
           E("Company", "Sci Fi Wire"), E("Person", "Robert Shaye", "Shaye")],
 # 'Movie studio company, New Line Cinema' (also 'New Line', "New Line's 40th anniversary") → Company. 'Peter Jackson'
 # (also 'Mr Jackson' and the bracketed '[Jackson's]') → alias 'Jackson'; 'Robert Shaye' ('Mr Shaye') → alias
 # 'Shaye'; 'his partner, Fran Walsh' → Person. 'an interview with the Sci Fi Wire' → Company (a news website run as a
 # business; a doubtful point: its owner and kind are not written). The films The Lord of the Rings, The Fellowship
 # of the Ring, The Two Towers, The Return of the King and The Hobbit → nothing (films are not typed as Service, as
 # batch 40j decided for a studio's films; a doubtful point). 'New Zealander' → nothing (a demonym).
 # Roles: 'Robert Shaye, co-chairman of New Line and executive producer of The Lord of the Rings' → chairman at New
 # Line Cinema (co-chairman → chairman), current true; the executive producer credit → nothing (a film credit).
 # 'movie director Peter Jackson' → no role (a film-making trade, not an office of an organisation).
 # Relations: none (one company; the lawsuit and the contract between Jackson and New Line are a person's, not two
 # organisations'; 'his partner, Fran Walsh' is personal).
 # Outages: none (a lawsuit); no near-miss.
 # Dates (published Friday 12 January 2007): '2005' (the suit filed), '2001' (ticket sales since). "New Line's 40th
 # anniversary" and 'for over a year' → nothing (not resolvable from the text).
 roles=[R("Robert Shaye", "chairman", NL)],
 relations=[],
 outages=[],
 dates=[D("2005", "2005"), D("2001", "2001")])

A["wn-wal-mart-cuts-ties-pr-consultant-2006"] = dict(
 entities=[E("Company", "Wal-Mart"), E("Person", "Terry Nelson", "Nelson"), E("Organization", "Republican Party"),
           E("Location", "Tennessee"), E("Person", "Harold Ford Jr", "Harold"), E("Person", "Bob Corker"),
           E("Company", "Playboy"), E("Location", "Canada"), E("Location", "North Korea"),
           E("Company", "CrossLink Strategy Group"), E("Person", "Jesse Jackson"),
           E("Organization", "WakeUpWal-Mart.com"), E("Company", "Associated Press"), E("Person", "David Tovar")],
 # Wal-Mart → Company. 'Terry Nelson, a Republican strategist' (then 'Nelson') → Person; 'Nelson and his company,
 # CrossLink Strategy Group' → Company. 'a controversial Republican Party advertisement' → Organization (a party);
 # the adjectives 'Republican' (strategist, Bob Corker) and 'Democratic' → no alias, no entity. 'Harold Ford Jr' with
 # 'Harold' (the ad's 'I met Harold', 'Harold, call me!'). 'the Playboy party' → Playboy Company (a doubtful point:
 # named only as a party's host). 'WakeUpWal-Mart.com' (it 'distributed' a letter: a campaign group acting) →
 # Organization (a doubtful point: a reader may take it as a website, Service, with no operator named). 'the
 # Associated Press' → Company (a news agency). Locations: Tennessee, Canada, North Korea. 'Senate' (only in
 # 'Democratic Senate candidate') → nothing (a doubtful point).
 # Roles: 'A spokesman for Wal-Mart, David Tovar' → spokesperson at Wal-Mart. 'Nelson and his company, CrossLink
 # Strategy Group' → no role (no post written; a doubtful point: a reader may take him as its head or founder);
 # 'Jesse Jackson, an American politician' → no role (no office written); Ford and Corker (candidates) → no role.
 # Relations: 'Nelson and his company, CrossLink Strategy Group, were hired by Wal-Mart last year' → partner Wal-Mart →
 # CrossLink Strategy Group (a client relationship; ended since, but relations carry no time; direction from the
 # hirer, a doubtful point as the sentence is passive). The letter 'ending its working relationship' → the same pair.
 # Outages: none; no near-miss.
 # Dates (published Monday 30 October 2006): 'last night' → 2006-10-29; 'last year' (the hiring) → 2005.
 roles=[R("David Tovar", "spokesperson", "Wal-Mart")],
 relations=[L("Wal-Mart", "partner", "CrossLink Strategy Group")],
 outages=[],
 dates=[D("last night", "2006-10-29"), D("last year", "2005")])

BA = "Bayer Pharmaceuticals Corp."
GSK = "GlaxoSmithKline PLC"
SP = "Schering-Plough Corp."
A["wn-levitra-ads-pulled-fda-2005"] = dict(
 entities=[E("Organization", "Food and Drug Administration", "FDA"), E("Company", BA, "Bayer"),
           E("Company", GSK, "GlaxoSmithKline", "Glaxo"), E("Service", "Levitra"), E("Service", "Viagra"),
           E("Company", "Pfizer"), E("Service", "Cialis"), E("Company", "Eli Lilly and Co."),
           E("Person", "Michael Fleming"), E("Company", SP, "Schering-Plough")],
 # 'The Food and Drug Administration (FDA)' → Organization (a regulator), 'the agency' no alias. 'Bayer
 # Pharmaceuticals Corp.' (then 'Bayer', 'Shares of Bayer') and 'GlaxoSmithKline PLC' ('Glaxo', 'GlaxoSmithKline') →
 # Company, each short form an alias. Drugs are Service (GUIDELINES): Levitra, Viagra, Cialis. 'Pfizer', 'Eli Lilly
 # and Co.', 'Schering-Plough Corp.' ('Schering-Plough shares') → Company.
 # Roles: 'Glaxo spokesman Michael Fleming' → spokesperson at GlaxoSmithKline PLC.
 # Relations: 'Bayer developed Levitra' → provider Levitra → Bayer Pharmaceuticals Corp.; GlaxoSmithKline co-markets
 # it ('partnered with Glaxo to market the pills') → no provider for Glaxo (a doubtful point: the FDA's letter treats
 # both as the ad's makers). 'rival drugs Viagra from Pfizer' → provider Viagra → Pfizer; 'Cialis, owned by Eli Lilly
 # and Co.' → provider Cialis → Eli Lilly and Co. 'Bayer developed Levitra and partnered with Glaxo to market the
 # pills in 2001' → partner Bayer → GlaxoSmithKline PLC. 'Bayer recently turned its part of the promotion over to
 # Schering-Plough Corp.' → partner Bayer → Schering-Plough Corp. (a marketing deal; a doubtful point: the contract is
 # implied, not named). The FDA's order → nothing.
 # Outages: none (an advertising order); no near-miss.
 # Dates (published Saturday 16 April 2005): '2001' (the partnership); 'on Friday' (the share prices) → 2005-04-15.
 # 'recently' skipped.
 roles=[R("Michael Fleming", "spokesperson", GSK)],
 relations=[L("Levitra", "provider", BA), L("Viagra", "provider", "Pfizer"), L("Cialis", "provider", "Eli Lilly and Co."),
            L(BA, "partner", GSK), L(BA, "partner", SP)],
 outages=[],
 dates=[D("2001", "2001"), D("Friday", "2005-04-15")])

CC = "Coca-Cola Company"
A["wn-venezuela-bans-coke-zero-over-unspecified-2009"] = dict(
 entities=[E("Service", "Coke Zero", "Coca Cola Zero"), E("Company", CC, "Coca-Cola", "Coca Cola"),
           E("Location", "Venezuela", "Bolivarian Republic of Venezuela"), E("Person", "Jesús Mantilla"),
           E("Location", "United States"), E("Company", "Coca-Cola Femsa"), E("Service", "Coca-Cola Classic"),
           E("Company", "Cargill"), E("Company", "Pfizer")],
 # 'Coke Zero, a product of the Coca-Cola Company' (the company's statement calls it 'Coca Cola Zero') → Service with
 # that alias (a drink the text calls a product; products users buy are Service). 'the Coca-Cola Company' with
 # 'Coca-Cola' ('Coca-Cola agreed to abide by the ban') and 'Coca Cola' ('said Coca Cola in a statement') → Company.
 # 'Coca-Cola Classic' → Service. Venezuela with 'the Bolivarian Republic of Venezuela' (its official name, in the
 # company's statement) → Location; 'the United States' → Location; 'Venezuelans', 'Mexican', 'American' → nothing.
 # 'Coca-Cola Femsa, the Mexican company who bottles the drink', 'Cargill', 'pharmaceutical company Pfizer' →
 # Company. 'the government' (Venezuela's) → nothing.
 # Roles: 'Jesús Mantilla, the health minister for Venezuela' → minister at Venezuela.
 # Relations: provider Coke Zero → Coca-Cola Company ('a product of'); provider Coca-Cola Classic → Coca-Cola Company
 # (the maker is in the name and the text sets it beside Coke Zero as its alternative; a doubtful point). 'Coca-Cola
 # Femsa, the Mexican company who bottles the drink' → partner Coca-Cola Femsa → Coca-Cola Company (a bottler of the
 # maker's drink: a supply relationship; a doubtful point: the tie is implied). 'a rice mill and a pasta factory owned
 # by ... Cargill' seized → nothing (plants, not companies); Pfizer (legal action threatened) → nothing.
 # Outages: none (a product ban); no near-miss.
 # Dates (published Thursday 11 June 2009): '2005' (first sold), 'April' (launched in Venezuela) → 2009-04;
 # 'Earlier in the year' → 2009 (as the corpus maps 'this year'; a doubtful point).
 roles=[R("Jesús Mantilla", "minister", "Venezuela")],
 relations=[L("Coke Zero", "provider", CC), L("Coca-Cola Classic", "provider", CC), L("Coca-Cola Femsa", "partner", CC)],
 outages=[],
 dates=[D("2005", "2005"), D("April", "2009-04"), D("Earlier in the year", "2009")])

SH = "Snowy Hydro Scheme"
A["wn-snowy-hydro-scheme-go-public-2006"] = dict(
 entities=[E("Location", "Australia"), E("Company", SH, "Snowy Hydro scheme", "Snowy Hydro", "Snowy"),
           E("Location", "New South Wales", "NSW"), E("Person", "John Della Bosca", "Della Bosca"),
           E("Organization", "Labor"), E("Company", "Australian Stock Exchange"), E("Company", "ABC"),
           E("Person", "Bill Heffernan", "Heffernan"), E("Person", "Nick Minchin"), E("Person", "Slyvia Hale"),
           E("Organization", "Parliament")],
 # 'the Snowy Hydro Scheme' ('the Snowy Hydro scheme', 'Snowy Hydro', 'Snowy is at a point ...') → Company: the text
 # calls it 'the company' that is floated and whose shares are sold (a doubtful point: 'one of Australia's most unique
 # public assets', 'the hydroelectric scheme'). 'The New South Wales, Victorian and federal government' → New South
 # Wales (with 'NSW') Location; 'Victorian' (an adjective) → nothing; the governments and 'the Commonwealth' (to which
 # rivers would pass) → no entity (a doubtful point for the Commonwealth). "Labor's stance on privatisation" → Labor
 # Organization (a party); 'Liberal Senator', 'Greens MP' (parties as modifiers) → nothing. 'the Australian Stock
 # Exchange' → Company (exchanges are Company); 'the ABC' (the broadcaster) → Company (public broadcasters are
 # Company). 'when Parliament resumes' → Organization (NSW's parliament; a doubtful point). 'Slyvia Hale' as spelt.
 # Roles: 'NSW Finance Minister John Della Bosca' ('Mr Della Bosca', 'The Minister') → minister at New South Wales;
 # 'his colleague, the Finance Minister Nick Minchin' (the federal minister, colleague of a federal senator) →
 # minister at Australia (a doubtful point: the federal level is implied). Senator Bill Heffernan and Greens MP Slyvia
 # Hale → no role (legislators).
 # Relations: the governments' joint ownership → nothing (no owner typed Company or Organization; a doubtful point);
 # the flotation on the Australian Stock Exchange → nothing (a listing); the ABC interview → nothing.
 # Outages: none (a flotation); no near-miss.
 # Dates (published Sunday 21 May 2006): 'Monday, May 22' → 2006-05-22. 'next week' → skipped (as 'this week' and
 # 'last week' are).
 roles=[R("John Della Bosca", "minister", "New South Wales"), R("Nick Minchin", "minister", "Australia")],
 relations=[],
 outages=[],
 dates=[D("Monday, May 22", "2006-05-22")])

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
