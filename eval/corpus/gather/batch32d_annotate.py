#!/usr/bin/env python3
"""Batch 32d gold annotations (the texts of batch32d.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle; batch10_annotate.write_parts). All texts are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates).
Conventions (GUIDELINES.md part 2; batches 27d-31j): a completed purchase -> acquired + parentOrganization; acquired only
where the text says the target was merged into something else afterwards, or where a purchase is agreed and not yet
completed; ownership stated without a purchase verb ('a subsidiary of', 'owned by', 'part of', a controlling
interest) -> parentOrganization only, kept when told as past; a joint venture -> parentOrganization to each owner +
partner; stakes of 50% or less outside a joint venture -> nothing; a split into separate companies -> nothing; renamed
companies -> one entity with the other names as aliases; brands and products a company makes -> provider.
usage: batch32d_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs, parents, provided, svc
import batch10_annotate as b10
from batch10_annotate import acq   # a completed purchase: acquired and parentOrganization (GUIDELINES.md, Relations)

A = {}
# ---- trucks: Renault Trucks ----------------------------------------------------------------------------------------
RT = "Renault Trucks"
A["wp-renault-trucks"] = dict(
 # the company under its present and former names ('Renault Véhicules Industriels', its translation in brackets
 # 'Renault Industrial Vehicles', 'Renault V. I.') -> one Company; Renault, Volvo, Saviem, Somua, Latil, Berliet,
 # Citroën, 'the Michelin corporation' -> Company; Saint-Priest, Lyon -> Location; 'French', 'state-owned' -> nothing
 entities=[E("Company", RT, "Renault Véhicules Industriels", "Renault Industrial Vehicles", "Renault V. I."),
           E("Location", "Saint-Priest"), E("Location", "Lyon"), E("Company", "Renault"), E("Company", "Volvo"),
           E("Company", "Saviem"), E("Company", "Somua"), E("Company", "Latil"), E("Company", "Berliet"),
           E("Company", "Citroën"), E("Company", "Michelin")],
 roles=[],
 # 'it has been a subsidiary of Volvo since 2001' -> parentOrganization (no purchase verb: no acquired);
 # 'Originally part of Renault' -> parentOrganization (past, kept); 'Saviem was formed as a subsidiary of their own
 # commercial products' (Renault's) -> parentOrganization, doubtful wording; 'Renault also acquired ... Berliet from
 # Citroën' -> acquired only, Berliet then 'merged to form Renault Véhicules Industriels'; 'from Citroën' ->
 # Berliet's former owner, parentOrganization (past, kept; as batch 31d's Simon & Schuster from Paramount); 'Citroën
 # (at that time a part of the Michelin corporation)' -> parentOrganization (past, kept); Somua and Latil combined into
 # Saviem (no buyer named) -> nothing
 relations=[L(RT, "parentOrganization", "Volvo"), L(RT, "parentOrganization", "Renault"),
            L("Saviem", "parentOrganization", "Renault"), L("Renault", "acquired", "Berliet"),
            L("Berliet", "parentOrganization", "Citroën"), L("Citroën", "parentOrganization", "Michelin")],
 outages=[],
 dates=[D("2001", "2001"), D("1978", "1978"), D("2002", "2002"), D("1992", "1992"), D("1906", "1906"),
        D("1956", "1956"), D("1957", "1957"), D("1975", "1975"), D("1980", "1980")])

# ---- recorded music: Sony BMG ------------------------------------------------------------------------------------
SB = "Sony BMG Music Entertainment"
SCA = "Sony Corporation of America"
BAG = "Bertelsmann AG"
SME = "Sony Music Entertainment"
BMG = "Bertelsmann Music Group"
LABELS = ("Arista Records", "Columbia Records", "Epic Records", "J Records", "Jive Records", "RCA Victor Records",
          "RCA Records", "Legacy Recordings", "Sonic Wave America")
A["wp-sony-bmg"] = dict(
 # the joint venture ('Sony BMG') -> Company; its owners, their music units ('Sony Music', the short form used for the
 # unit) and 'Sony' -> Company; the recording labels it owns -> Company each (labels are businesses); Nielsen
 # SoundScan (a sales-tracking service; Nielsen is named only inside it) -> Service, no provider; Japan, the United
 # States ('US') -> Location; the executives and the artist -> Person; 'the Big Four music companies' -> nothing
 entities=[E("Company", SB, "Sony BMG"), E("Company", SCA), E("Company", BAG, "Bertelsmann"),
           E("Company", SME, "Sony Music"), E("Company", "Sony"), E("Company", BMG)]
          + [E("Company", x) for x in LABELS]
          + [E("Location", "Japan"), E("Person", "Rolf Schmidt-Holtz"), E("Person", "Andrew Lack", "Lack"),
             E("Location", "United States", "US"), E("Service", "Nielsen SoundScan"), E("Person", "Bruce Springsteen")],
 # 'The company's Chief Executive Officer (CEO) is Rolf Schmidt-Holtz, who succeeded Andrew Lack' -> ceo (current)
 # and ceo (former); Bertelsmann 'would not renew Lack's contract' confirms he left
 roles=[R("Rolf Schmidt-Holtz", "ceo", SB), R("Andrew Lack", "ceo", SB, False)],
 # 'a 5050 joint venture between the Sony Corporation of America and Bertelsmann AG' -> parentOrganization to each +
 # partner; the successor 'is 100% owned by the Sony Corporation of America' -> parentOrganization; 'Sony Music
 # Entertainment (part of Sony)' and 'Bertelsmann Music Group (part of Bertelsmann)' -> parentOrganization; 'includes
 # ownership ... of recording labels such as ...' -> parentOrganization for each label; the buy-out of Bertelsmann's
 # half is not told in this copy -> nothing; the Springsteen deal (a recording contract with a person) -> nothing
 relations=parents(SCA, SB) + parents(BAG, SB) + [L(SCA, "partner", BAG), L(SME, "parentOrganization", SCA),
            L(SME, "parentOrganization", "Sony"), L(BMG, "parentOrganization", BAG)]
           + parents(SB, *LABELS),
 outages=[],
 # 'In the first half of 2005' -> 2005 (a part of a year, as 'late 2006' -> the year)
 dates=[D("March 4, 2004", "2004-03-04"), D("February 10, 2006", "2006-02-10"),
        D("the first half of 2005", "2005")])

# ---- beer: Lion (Australasian company) ------------------------------------------------------------------------------
LION = "Lion"
KIRIN = "Kirin Holdings Company Limited"
NF = "National Foods"
LBSW = "Lion-Beer Spirits & Wine Pty Ltd"
BRANDS = ("Lion Nathan Australia", "South Australian Brewing Company", "James Boag Brewing", "Byron Bay Brewery",
          "Hahn Brewing Company", "James Squire Brewery", "Castlemaine", "Little Creatures Brewery")
A["wp-lion-australasian-company"] = dict(
 # Lion under its first name 'Lion Nathan National Foods' -> one Company; Kirin ('Kirin') -> Company; the brewer Lion
 # Nathan it bought (a company of its own, merged into Lion) -> Company; National Foods renamed 'Lion Dairy & Drinks'
 # -> one Company; the wine company, the gin maker, Bega, the Australian arm and the two 2011 businesses -> Company; the
 # business names registered to the Australian arm -> Company each; places -> Location ('NZ' an alias of New Zealand)
 entities=[E("Company", LION, "Lion Nathan National Foods"), E("Location", "Australia"),
           E("Location", "New Zealand", "NZ"), E("Company", KIRIN, "Kirin"), E("Location", "United States"),
           E("Company", "Distinguished Vineyards & Wine Partners"), E("Company", "Four Pillars Gin"),
           E("Location", "Victoria"), E("Company", "Lion Nathan"), E("Company", NF, "Lion Dairy & Drinks"),
           E("Company", "Lion Beer, Spirits, and Wine Australia"), E("Company", "Lion, Beer, Spirits and Wine NZ"),
           E("Location", "Melbourne"), E("Company", "Bega"), E("Location", "Sydney"), E("Company", LBSW)]
          + [E("Company", x) for x in BRANDS],
 roles=[],
 # 'a subsidiary of Japanese beverage conglomerate Kirin' -> parentOrganization; 'Kirin Holdings Company Limited
 # purchased brewer Lion Nathan and merged the business with National Foods' -> acquired only (merged into the new
 # company); 'National Foods, which it had owned since 2007' -> parentOrganization to Kirin; 'National Foods becoming
 # a ... subsidiary called Lion Dairy & Drinks' -> parentOrganization to Lion; 'Lion Dairy & Drinks was acquired by
 # Bega' -> acquired + parentOrganization; 'one company with three businesses: ...' -> parentOrganization of the two
 # named businesses to Lion; 'the Australian arm of the company is registered ... as Lion-Beer Spirits & Wine Pty
 # Ltd' -> parentOrganization; 'multiple business names registered to it, including ...' -> parentOrganization of
 # each to the Australian arm (doubtful: business names of one body corporate, read as its breweries); 'holding a 50%
 # share of Four Pillars Gin' (a stake) -> nothing; wine marketed 'through Distinguished Vineyards & Wine Partners'
 # (no ownership stated) -> nothing
 relations=[L(LION, "parentOrganization", KIRIN), L(KIRIN, "acquired", "Lion Nathan"),
            L(NF, "parentOrganization", KIRIN), L(NF, "parentOrganization", LION)]
           + acq("Bega", NF)
           + parents(LION, "Lion Beer, Spirits, and Wine Australia", "Lion, Beer, Spirits and Wine NZ", LBSW)
           + parents(LBSW, *BRANDS),
 outages=[],
 # 'As of 2020' -> '2020'
 dates=[D("October 2009", "2009-10"), D("2007", "2007"), D("2011", "2011"), D("November 2020", "2020-11"),
        D("2020", "2020")])

# ---- breakfast cereal: Weetabix Limited ------------------------------------------------------------------------------
WB = "Weetabix Ltd."
SAN = "Australasian Conference Association Limited Sanitarium Health Food Company"
BAC = "British & African Cereal Company, Ltd."
A["wp-weetabix-limited"] = dict(
 # the company with its trading name and short name -> one Company ('Weetabix' also names the cereal brand: one
 # surface form for two things -> the main use's entity, the company; no separate Service, doubtful); the brands
 # Alpen, Ready Brek, Puffins, Snackimals and the product Weet-Bix -> Service; Barbara's Bakery (a division) -> Company;
 # Bright Food, Baring Private Equity Asia, Post Holdings, Grain Products Ltd., Sanitarium, the British & African
 # Cereal Company ('the Company') -> Company; 'the Chinese Government' -> Organization; Queen Elizabeth II, Osborne,
 # MacFarlane -> Person; places -> Location; 'the Companies, Act,1929' (a law) -> nothing
 entities=[E("Company", WB, "Weetabix Food Company", "Weetabix"), E("Service", "Alpen"), E("Service", "Ready Brek"),
           E("Service", "Puffins"), E("Service", "Snackimals"), E("Company", "Barbara's Bakery"),
           E("Location", "England"), E("Person", "Queen Elizabeth II"), E("Organization", "Chinese Government"),
           E("Company", "Bright Food"), E("Company", "Baring Private Equity Asia"), E("Company", "Post Holdings"),
           E("Location", "Australia"), E("Person", "Bennison Osborne", "Osborne"),
           E("Person", "Malcolm MacFarlane", "MacFarlane"), E("Service", "Weet-Bix"), E("Location", "New Zealand"),
           E("Company", "Grain Products Ltd."), E("Company", SAN), E("Location", "South Africa"), E("Company", BAC),
           E("Location", "United States of America")],
 # 'they became joint Managing Directors until MacFarlane left the Company ..., after which Osborne became the sole
 # Managing Director until 1936, when he left the Company' -> director, both former; the Queen (a Royal Warrant) -> no
 # role
 roles=[R("Malcolm MacFarlane", "director", BAC, False), R("Bennison Osborne", "director", BAC, False)],
 # 'breakfast cereal brands, including Weetabix, Alpen, and Ready Brek' and 'also produces Puffins cereal and
 # Snackimals snacks through their Barbara's Bakery division' -> provider (to the company, the sentence's subject)
 # and parentOrganization of the division; 'co-owned by the Chinese Government through the state-run Bright Food,
 # and ... Baring Private Equity Asia, with Bright Food having the controlling interest' -> parentOrganization to
 # Bright Food (control) and Bright Food to the Chinese Government ('state-run', doubtful); the minority co-owner ->
 # nothing; 'Post Holdings reached an agreement to buy the company' -> acquired only (agreed, not completed in the
 # text); Weet-Bix launched by two people and its Australasian rights sold to Sanitarium (rights, an asset) ->
 # nothing; Grain Products Ltd.'s owner (not named) -> nothing
 relations=provided(WB, "Alpen", "Ready Brek", "Puffins", "Snackimals")
           + [L("Barbara's Bakery", "parentOrganization", WB), L(WB, "parentOrganization", "Bright Food"),
              L("Bright Food", "parentOrganization", "Chinese Government"), L("Post Holdings", "acquired", WB)],
 outages=[],
 # 'the 1920s' (a decade), '1932/1933' (a span of two years) and the year inside the law's name 'Act,1929' left out
 dates=[D("1932", "1932"), D("2012", "2012"), D("April 2017", "2017-04"), D("1936", "1936")])

# ---- trucks and buses: Mitsubishi Fuso Truck and Bus Corporation ----------------------------------------------------
MF = "Mitsubishi Fuso Truck and Bus Corporation"
MHI = "Mitsubishi Heavy Industries"
FMS = "Mitsubishi Fuso Motors Sales Company"
A["wp-mitsubishi-fuso"] = dict(
 # the truck maker -> Company; Daimler Truck -> Company; the shipbuilder renamed Mitsubishi Heavy Industries ('MHI')
 # -> one Company; the sales company under its first and later names (the copy's variants 'Fuso Motors Sales
 # Company', 'Fuso Motor Sales Company', 'Mitsubishi Fuso Motor Sales') -> one Company; the three companies of the
 # 1950 split with their 1952 names ('MNHI') -> one Company each; the bus 'B46' -> Service ('the Fuso' in brackets, a
 # nickname, and 'Fuso' the word -> no alias, doubtful); the Kobe and Tokyo Works (plants) -> Location; places ->
 # Location; 'Germany-based', 'Chinese' -> nothing
 entities=[E("Company", MF), E("Location", "Kawasaki"), E("Location", "Kanagawa"), E("Location", "Japan"),
           E("Company", "Daimler Truck"), E("Service", "B46"),
           E("Company", MHI, "Mitsubishi Shipbuilding Company", "MHI"), E("Location", "Kobe Works"),
           E("Location", "Tokyo Works"),
           E("Company", FMS, "Fuso Motors Sales Company", "Fuso Motor Sales Company", "Mitsubishi Fuso Motor Sales"),
           E("Company", "West Japan Heavy Industries", "Mitsubishi Shipbuilding and Engineering Company"),
           E("Company", "Central Japan Heavy Industries", "Shin Mitsubishi Heavy Industries"),
           E("Company", "East Japan Heavy Industries", "Mitsubishi Nippon Heavy Industries", "MNHI")],
 roles=[],
 # 'it is 89.29% owned by Germany-based Daimler Truck' -> parentOrganization (a majority holding); 'the first B46 bus
 # ... was built at the Mitsubishi Shipbuilding Company's Kobe Works' -> provider (doubtful: one bus built); 'split
 # into three companies' (a split, no owner of the new companies stated) -> nothing; the sales company's owner (not
 # stated) -> nothing
 relations=[L(MF, "parentOrganization", "Daimler Truck"), L("B46", "provider", MHI)],
 outages=[],
 # 'Two years later', 'Three years after that' (relative, `published` null) left out; the years in brackets kept
 dates=[D("1932", "1932"), D("1934", "1934"), D("1937", "1937"), D("1949", "1949"), D("1950", "1950"),
        D("1952", "1952")])

# ---- hardware retail: Masters Home Improvement -----------------------------------------------------------------------
MHI_ = "Masters Home Improvement"
A["wp-masters-home-improvement"] = dict(
 # the chain (a business; 'Masters' alone only in the cut part) -> Company; Woolworths, Lowe's, Wesfarmers -> Company;
 # Bunnings with its store name 'Bunnings Warehouse' -> one Company (doubtful: the store brand read as the chain's
 # name); Australia, the United States -> Location ('United States Northern Hemisphere seasons' and 'United
 # States–based' name the country); 'Australian' -> nothing
 entities=[E("Company", MHI_), E("Location", "Australia"), E("Company", "Woolworths"), E("Company", "Lowe's"),
           E("Company", "Bunnings", "Bunnings Warehouse"), E("Company", "Wesfarmers"), E("Location", "United States")],
 roles=[],
 # 'operated by two retailers; Woolworths and Lowe's' and 'The joint venture ...' -> parentOrganization to each +
 # partner ('establishing a joint venture with ... Lowe's', Woolworths first as written); 'Bunnings, owned by their
 # competitor Wesfarmers' -> parentOrganization; the closure and sale of the stores (assets; a business failure, no
 # outage) -> nothing
 relations=parents("Woolworths", MHI_) + parents("Lowe's", MHI_)
           + [L("Woolworths", "partner", "Lowe's"), L("Bunnings", "parentOrganization", "Wesfarmers")],
 outages=[],
 # 'a seven year period', 'a 5-year period' (durations) left out
 dates=[D("11 December 2016", "2016-12-11"), D("25 August 2009", "2009-08-25")])

# ---- cars: Toyota Motor Manufacturing Czech Republic (TPCA) -----------------------------------------------------------
TM = "Toyota Motor Manufacturing Czech Republic s.r.o."
TMC = "Toyota Motor Corporation"
PSA = "PSA Group"
A["wp-toyota-motor-manufacturing-czech"] = dict(
 # the company under its present name, initials, joint-venture name and initials -> one Company; Toyota Motor
 # Corporation ('Toyota') and the PSA Group ('PSA Peugeot Citroën', its former name, and 'PSA') -> Company; Toyota
 # Motor Europe -> Company; Citroën and Peugeot (named on their own as the makers naming their models; their owner is
 # not stated) -> Company; the cars -> Service ('the 108' -> '108'); 'B-Zero' (a project) -> nothing; Kolín, the Czech
 # Republic, Europe -> Location; 'Czech' -> nothing
 entities=[E("Company", TM, "TMMCZ", "Toyota Peugeot Citroën Automobile Czech s.r.o.", "TPCA",
             "Toyota Motor Manufacturing Czech Republic"),
           E("Location", "Kolín"), E("Location", "Czech Republic"), E("Company", TMC, "Toyota"),
           E("Company", PSA, "PSA Peugeot Citroën", "PSA"), E("Location", "Europe"), E("Company", "Toyota Motor Europe"),
           E("Service", "Citroën C1"), E("Service", "Peugeot 107"), E("Service", "Toyota Aygo"),
           E("Company", "Citroën"), E("Company", "Peugeot"), E("Service", "108")],
 roles=[],
 # 'established ... by the Toyota Motor Corporation and the PSA Group ... as a 50:50 joint venture' ->
 # parentOrganization to each + partner; 'Toyota acquired the remaining 50% of PSA's interest in TPCA' -> acquired
 # (its parentOrganization to Toyota already recorded); 'became a wholly owned subsidiary of Toyota Motor Europe' ->
 # parentOrganization (Toyota Motor Europe's own owner is not stated -> nothing); the cars -> provider to the maker
 # whose name each carries ('Citroën and Toyota retaining their existing model names, and Peugeot naming their new
 # version the 108'), doubtful: the plant made all three
 relations=parents(TMC, TM) + parents(PSA, TM) + [L(TMC, "partner", PSA), L(TMC, "acquired", TM),
            L(TM, "parentOrganization", "Toyota Motor Europe"), L("Citroën C1", "provider", "Citroën"),
            L("Peugeot 107", "provider", "Peugeot"), L("Toyota Aygo", "provider", TMC), L("108", "provider", "Peugeot")],
 outages=[],
 # 'two years after announcement' (relative) left out
 dates=[D("2002", "2002"), D("2021", "2021"), D("1 January 2021", "2021-01-01"), D("March 2002", "2002-03"),
        D("February 2005", "2005-02"), D("November 2018", "2018-11"), D("2014", "2014")])

# ---- cars: SAIC Volkswagen ---------------------------------------------------------------------------------------------
SV = "SAIC Volkswagen Automotive Co., Ltd."
VW = "Volkswagen Group"
A["wp-saic-volkswagen"] = dict(
 # the joint venture under its present and former names -> one Company; SAIC Motor -> Company; Volkswagen Group with
 # 'Volkswagen AG' and 'Volkswagen' (the company in 'operated by Volkswagen', 'visited ... Volkswagen', 'from
 # Volkswagen'; also the marque: one surface form for two things -> the company) -> one Company; Volkswagen (China)
 # Invest, American Motors, FAW-Volkswagen, FAW Group, Volkswagen Anhui, JAC Group -> Company; the marques Škoda and
 # Audi -> Service; the Santana ('Volkswagen Santana', 'Santana') -> Service; the ministry -> Organization; Zhou Zijian
 # -> Person; places, the Shanghai Automobile Plant and the Great Hall of the People (named sites) -> Location;
 # 'Chinese', 'German' -> nothing
 entities=[E("Company", SV, "Shanghai Volkswagen Automotive Co., Ltd."), E("Location", "Anting"),
           E("Location", "Shanghai"), E("Location", "China"), E("Company", "SAIC Motor"),
           E("Company", VW, "Volkswagen AG", "Volkswagen"), E("Service", "Škoda"), E("Service", "Audi"),
           E("Company", "American Motors"), E("Company", "Volkswagen (China) Invest"), E("Company", "FAW-Volkswagen"),
           E("Company", "FAW Group"), E("Company", "Volkswagen Anhui"), E("Company", "JAC Group"),
           E("Person", "Zhou Zijian"), E("Organization", "First Ministry of Machinery Industry"),
           E("Location", "West Germany"), E("Service", "Volkswagen Santana", "Santana"),
           E("Location", "Shanghai Automobile Plant"), E("Location", "Great Hall of the People"),
           E("Location", "Beijing")],
 # 'Zhou Zijian, then Minister of the First Ministry of Machinery Industry' -> minister of the ministry (the country
 # is not named on its own in that phrase), former ('then')
 roles=[R("Zhou Zijian", "minister", "First Ministry of Machinery Industry", False)],
 # 'a joint venture between SAIC Motor and Volkswagen Group' -> parentOrganization to each + partner; the equity of
 # Volkswagen (China) Invest (10%) -> nothing; 'FAW-Volkswagen with FAW Group and Volkswagen Anhui with JAC Group',
 # 'three joint ventures operated by Volkswagen' -> parentOrganization to each owner + partner; 'produces cars under
 # the ... Škoda and Audi marques' -> provider to the joint venture (doubtful: the marques' owner is not stated);
 # 'The first Volkswagen Santana produced in Shanghai Automobile Plant', 'purchased 100 Santana units from
 # Volkswagen' -> provider to Volkswagen Group; China's purchase of cars (goods) -> nothing
 relations=parents("SAIC Motor", SV) + parents(VW, SV) + [L("SAIC Motor", "partner", VW)]
           + parents(VW, "FAW-Volkswagen", "Volkswagen Anhui") + parents("FAW Group", "FAW-Volkswagen")
           + parents("JAC Group", "Volkswagen Anhui") + [L(VW, "partner", "FAW Group"), L(VW, "partner", "JAC Group")]
           + provided(SV, "Škoda", "Audi") + [L("Volkswagen Santana", "provider", VW)],
 outages=[],
 # '45 years', '25 years' (durations) left out
 dates=[D("1984", "1984"), D("2030", "2030"), D("November 1978", "1978-11"), D("1982", "1982"), D("1983", "1983"),
        D("October 10, 1984", "1984-10-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
