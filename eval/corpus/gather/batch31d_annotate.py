#!/usr/bin/env python3
"""Batch 31d gold annotations (the 8 texts of batch31d.py, one part), written from each text alone; newskg was not run
on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
batch's own cycle, as every sub-batch since 8b; batch10_annotate.write_parts). All 8 are Wikipedia texts with
`published` null: only absolute dates (GUIDELINES.md, Dates).
Conventions applied here (GUIDELINES.md part 2 and batches 27d-30d): a completed purchase -> acquired +
parentOrganization, acquired only where the text says the target was merged away or the deal was only agreed; a
majority interest bought -> a completed purchase (as 30d's 'gained control'); minority stakes, bids, reneged,
planned or blocked deals, programmes and assets bought -> nothing; ownership stated without a purchase verb ('has
been owned by X since', 'had been owned by X between', 'became a subsidiary of') -> parentOrganization only; a joint
venture or joint creation by two owners -> parentOrganization to each + partner; stated units, divisions and parents
-> parentOrganization (kept when told as past); a product or brand the text says a company designs, markets or runs
-> provider; former names of one company -> aliases; founders -> founder; 'general manager' and 'deputy chairman' ->
executive (GUIDELINES.md, Roles).
usage: batch31d_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs, parents
import batch10_annotate as b10
from batch10_annotate import acq   # a completed purchase: acquired and parentOrganization (GUIDELINES.md, Relations)

A = {}
# ---- aircraft: Airbus A220 (Airbus Canada) -----------------------------------------------------------------------------
A220 = "Airbus A220"
ACLP = "Airbus Canada Limited Partnership"
IQ = "Investissement Québec"
A["wp-airbus-a220"] = dict(
 # the aircraft family with its first names ('Bombardier CSeries', 'CSeries', also in 'the CSeries program') -> one
 # Service; its two variants with their first names (A220-100 'CS100', A220-300 'CS300') -> Services; Bombardier
 # Aerospace (the designer) and Bombardier (the seller, the stake holder) -> two Companies, as the text names them
 # (no relation between them is stated: none recorded, doubtful); Airbus, the joint venture, the two airlines ->
 # Company; Investissement Québec and 'the Quebec government' (as batch 30d's 'the South Korean government') and
 # Transport Canada -> Organization; Mobile, Alabama -> Location
 entities=[E("Service", A220, "Bombardier CSeries", "CSeries"), E("Company", "Bombardier Aerospace"),
           E("Company", "Bombardier"), E("Company", "Airbus"), E("Company", ACLP),
           E("Organization", "Quebec government"), E("Organization", IQ), E("Service", "A220-100", "CS100"),
           E("Organization", "Transport Canada"), E("Company", "Swiss Global Air Lines"),
           E("Service", "A220-300", "CS300"), E("Company", "airBaltic")] + locs("Mobile", "Alabama"),
 roles=[],
 # 'designed by Bombardier Aerospace and originally marketed as the Bombardier CSeries' and 'now marketed by Airbus
 # Canada Limited Partnership' -> provider to each (the variants get no relation of their own); 'a joint venture
 # between Airbus and ... Investissement Québec' -> parentOrganization to each + partner; 'the Quebec government's
 # investment arm' -> parentOrganization; the sale of the 'CSeries airliner program' (a programme), the 50.01%, 31%
 # and 19% stakes, the entry into service with Swiss Global Air Lines and 'launch customer airBaltic' (the seller not
 # named in the sentence, doubtful) -> nothing
 relations=[L(A220, "provider", "Bombardier Aerospace"), L(A220, "provider", ACLP)]
           + parents("Airbus", ACLP) + parents(IQ, ACLP)
           + [L("Airbus", "partner", IQ), L(IQ, "parentOrganization", "Quebec government")],
 outages=[],
 dates=[D("16 September 2013", "2013-09-16"), D("18 December 2015", "2015-12-18"), D("15 July 2016", "2016-07-15"),
        D("27 February 2015", "2015-02-27"), D("11 July 2016", "2016-07-11"), D("14 December 2016", "2016-12-14"),
        D("October 2017", "2017-10"), D("July 2018", "2018-07"), D("August 2019", "2019-08")])

# ---- tourism: Club Med -------------------------------------------------------------------------------------------------
CM = "Club Med SAS"
A["wp-club-med"] = dict(
 # the company with its short and former names ('Club Med', also in 'The first official Club Med', 'Club Méditerranée
 # SA') -> one Company; 'the club' (generic) -> no alias; Fosun Group -> Company; the founder, his creditor and the
 # banker -> Person ('Baron' is a title, not part of the name); places -> Location; nationality adjectives -> nothing
 entities=[E("Company", CM, "Club Med", "Club Méditerranée SA"), E("Location", "Paris"), E("Company", "Fosun Group"),
           E("Person", "Gérard Blitz", "Blitz"), E("Location", "Majorca"), E("Location", "Djerba"),
           E("Location", "Tunisia"), E("Person", "Gilbert Trigano", "Trigano"), E("Location", "Palinuro"),
           E("Location", "Salerno"), E("Location", "Italy"), E("Person", "Edmond de Rothschild")],
 # 'The club was founded in 1950 by Belgian entrepreneur Gérard Blitz' -> founder; Trigano 'took control of the club'
 # (no post named) and Rothschild's rescue -> nothing
 roles=[R("Gérard Blitz", "founder", CM)],
 # 'has been primarily owned by the Chinese conglomerate Fosun Group since 2013' -> parentOrganization (ownership
 # stated, no purchase told: no acquired, doubtful); a person taking control of the club -> nothing (acquired needs a
 # company as buyer)
 relations=[L(CM, "parentOrganization", "Fosun Group")],
 outages=[],
 # published null; 'the next year' left out
 dates=[D("1950", "1950"), D("2013", "2013"), D("1953", "1953"), D("1961", "1961")])

# ---- hotels: Fairmont Hotels & Resorts ---------------------------------------------------------------------------------
FHR = "Fairmont Hotels & Resorts"
FRHI = "Fairmont Raffles Hotels International"
A["wp-fairmont-hotels-resorts"] = dict(
 # the chain with its short name ('Fairmont') and the names of the hotel division it was renamed from ('Canadian
 # Pacific Hotels & Resorts', 'Canadian Pacific Hotels', 'CP Hotels': 'the hotel division was renamed' under the
 # Fairmont Hotels & Resorts banner) -> one Company (doubtful: the text also calls them two businesses it
 # 'originated from'); the second business, Fairmont Hotels -> its own Company; Canadian Pacific Limited, Colony
 # Capital, the Kingdom Holding Company, FRHI ('FRHI'), AccorHotels, the two railways ('CPR') and Canadian National
 # Hotels -> Company; the hotel brands Raffles and Swissôtel -> Service; Canada -> Location
 entities=[E("Company", FHR, "Fairmont", "Canadian Pacific Hotels & Resorts", "Canadian Pacific Hotels", "CP Hotels"),
           E("Location", "Canada"), E("Company", "Canadian Pacific Limited"), E("Company", "Fairmont Hotels"),
           E("Company", "Colony Capital"), E("Company", "Kingdom Holding Company"), E("Service", "Raffles"),
           E("Service", "Swissôtel"), E("Company", FRHI, "FRHI"), E("Company", "AccorHotels"),
           E("Company", "Canadian Pacific Railway", "CPR"), E("Company", "Canadian National Hotels"),
           E("Company", "Canadian National Railway")],
 roles=[],
 # 'the Canadian Pacific Limited-owned Canadian Pacific Hotels & Resorts' -> parentOrganization; 'Canadian Pacific
 # Hotels acquired a majority interest in Fairmont Hotels' -> a completed purchase of control (acquired +
 # parentOrganization, doubtful); 'Fairmont was acquired by Colony Capital' -> acquired + parentOrganization; 'entered
 # into a joint partnership with the Kingdom Holding Company' -> partner; 'consolidating Fairmont with their other
 # hotel brands, Raffles and Swissôtel to form ... (FRHI)' -> FRHI a joint creation of the two partners
 # (parentOrganization to each, doubtful), Fairmont a unit of FRHI (with 'FRHI in turn became a subsidiary') and the
 # two brands run by FRHI (provider, doubtful); 'FRHI in turn became a subsidiary of AccorHotels' -> parentOrganization
 # only (no purchase told); CP Hotels 'began as a division of the Canadian Pacific Railway (CPR) Hotels department' ->
 # parentOrganization (past, kept); 'Canadian National Hotels, a hotel division of the Canadian National Railway' ->
 # parentOrganization; the split of Canadian Pacific Limited and hotels bought from Canadian National Hotels (assets)
 # -> nothing
 relations=[L(FHR, "parentOrganization", "Canadian Pacific Limited")] + acq(FHR, "Fairmont Hotels")
           + acq("Colony Capital", FHR) + [L("Colony Capital", "partner", "Kingdom Holding Company")]
           + parents("Colony Capital", FRHI) + parents("Kingdom Holding Company", FRHI)
           + [L(FHR, "parentOrganization", FRHI), L("Raffles", "provider", FRHI), L("Swissôtel", "provider", FRHI),
              L(FRHI, "parentOrganization", "AccorHotels"), L(FHR, "parentOrganization", "Canadian Pacific Railway"),
              L("Canadian National Hotels", "parentOrganization", "Canadian National Railway")],
 outages=[],
 # published null; 'the late 19th century' (a century) left out
 dates=[D("1999", "1999"), D("2001", "2001"), D("2006", "2006"), D("2016", "2016"), D("1886", "1886")])

# ---- book publishing: Penguin Random House -----------------------------------------------------------------------------
PRH = "Penguin Random House"
PE = "Pearson plc"
A["wp-penguin-random-house"] = dict(
 # the publishers: Penguin Random House, Bertelsmann, Pearson plc ('Pearson'), Verlagsgruppe Random House, Random
 # House, Penguin Group ('Penguin'), Dorling Kindersley, Simon & Schuster, Paramount Global -> Company; The New York
 # Times, Library Journal (news organisations) and Amazon.com -> Company; the U.S. Department of Justice ->
 # Organization; Markus Dohle and Jane Ciabattari -> Person; countries and regions -> Location; 'German-language' ->
 # nothing
 entities=[E("Company", "Bertelsmann"), E("Company", PRH), E("Company", PE, "Pearson"),
           E("Company", "Verlagsgruppe Random House"), E("Company", "Random House"),
           E("Company", "Penguin Group", "Penguin")]
          + locs("United States", "United Kingdom", "Canada", "Australia", "New Zealand", "Portugal", "India",
                 "Brazil", "Asia", "South Africa")
          + [E("Company", "Dorling Kindersley")] + locs("Spain", "Hispanic America", "Germany")
          + [E("Company", "The New York Times"), E("Company", "Simon & Schuster"), E("Company", "Paramount Global"),
             E("Organization", "U.S. Department of Justice"), E("Person", "Markus Dohle"),
             E("Person", "Jane Ciabattari"), E("Company", "Library Journal"), E("Company", "Amazon.com")],
 # 'Penguin Random House was formed on July 1, 2013, by Markus Dohle' -> founder (doubtful: he led the formation; the
 # CEO sentence is cut); Jane Ciabattari 'of Library Journal' (no post named) -> nothing
 roles=[R("Markus Dohle", "founder", PRH)],
 # 'Bertelsmann announced the completion of its purchase of Penguin Random House' / 'became the sole owner' ->
 # acquired + parentOrganization; 'Bertelsmann and Pearson, the parent companies, initially owned 53% and 47%' after
 # a transaction 'to merge their respective trade publishing companies' -> a joint creation: parentOrganization to
 # each (Pearson's past, kept) + partner; 'their respective trade publishing companies, Random House and Penguin
 # Group' -> parentOrganization each; 'Bertelsmann's ... publishing group Verlagsgruppe Random House' ->
 # parentOrganization (its announced integration into PRH -> nothing); 'Penguin Random House comprises Penguin and
 # Random House ...; Dorling Kindersley' -> parentOrganization each; 'purchase Simon & Schuster from Paramount
 # Global' -> Paramount the owner (parentOrganization, doubtful); the planned purchase, blocked by the Justice
 # Department's suit -> nothing
 relations=acq("Bertelsmann", PRH) + [L(PRH, "parentOrganization", PE), L("Bertelsmann", "partner", PE),
            L("Random House", "parentOrganization", "Bertelsmann"), L("Penguin Group", "parentOrganization", PE),
            L("Verlagsgruppe Random House", "parentOrganization", "Bertelsmann")]
           + parents(PRH, "Random House", "Penguin Group", "Dorling Kindersley")
           + [L("Simon & Schuster", "parentOrganization", "Paramount Global")],
 outages=[],
 # published null; 'As of 2021' gives '2021'
 dates=[D("April 2, 2020", "2020-04-02"), D("December 2019", "2019-12"), D("2021", "2021"),
        D("November 25, 2020", "2020-11-25"), D("November 2, 2021", "2021-11-02"), D("October 31, 2022", "2022-10-31"),
        D("November 22, 2022", "2022-11-22"), D("July 1, 2013", "2013-07-01")])

# ---- container shipping: P&O Nedlloyd ----------------------------------------------------------------------------------
PONL = "P&O Nedlloyd Container Line Limited"
RN = "Royal Nedlloyd"
PO = "P&O Group"
MA = "A.P. Moller-Maersk Group"
A["wp-po-nedlloyd"] = dict(
 # the line with the name it was listed under ('Royal P&O Nedlloyd', read as the same company, doubtful) -> one
 # Company; its owners Royal Nedlloyd and P&O Group ('P&O'), their container units named in brackets and in the last
 # paragraph (Nedlloyd Lines 'Nedlloyd Line'; P&O Containers Limited 'P&O Containers', 'OCL'), the buyer ('Maersk'),
 # its container businesses Maersk-Sealand and Maersk Line, Sealand and the three Anglo-Dutch companies -> Company;
 # London, Rotterdam -> Location; 'the Dutch stock exchange' (generic), 'USA based', nationality adjectives -> nothing
 entities=[E("Company", PONL, "Royal P&O Nedlloyd"), E("Location", "London"), E("Location", "Rotterdam"),
           E("Company", RN), E("Company", "Nedlloyd Lines", "Nedlloyd Line"), E("Company", PO, "P&O"),
           E("Company", "P&O Containers Limited", "P&O Containers", "OCL"), E("Company", "Shell"),
           E("Company", "Unilever"), E("Company", "Reed Elsevier"), E("Company", MA, "Maersk"),
           E("Company", "Maersk-Sealand"), E("Company", "Maersk Line"), E("Company", "Sealand")],
 roles=[],
 # 'a 50/50 joint venture of P&O and Royal Nedlloyd' -> parentOrganization to each + partner; the container units in
 # brackets ('Royal Nedlloyd (Nedlloyd Line)', 'P&O Group (P&O Containers)') -> parentOrganization; 'Royal Nedlloyd
 # bought the remaining shares from P&O' -> acquired (its parentOrganization already recorded); 'acquired by ...
 # Maersk in 2005 and was combined with their existing container shipping business Maersk-Sealand to form Maersk Line'
 # -> acquired only (merged away, as batch 30d's Schering AG), and Maersk-Sealand and Maersk Line units of Maersk ->
 # parentOrganization; the merger and 'cooperations' named as comparisons -> nothing
 relations=parents(RN, PONL) + parents(PO, PONL)
           + [L(PO, "partner", RN), L("Nedlloyd Lines", "parentOrganization", RN),
              L("P&O Containers Limited", "parentOrganization", PO), L(RN, "acquired", PONL), L(MA, "acquired", PONL),
              L("Maersk-Sealand", "parentOrganization", MA), L("Maersk Line", "parentOrganization", MA)],
 outages=[],
 dates=[D("1997", "1997"), D("2004", "2004"), D("2005", "2005"), D("December 1996", "1996-12")])

# ---- dairy / court case: Sanlu Group -----------------------------------------------------------------------------------
SL = "Sanlu Group CO., Ltd."
A["wp-sanlu-group"] = dict(
 # the company with its short names, its code and the name it began as ('Sanlu', 'Sanlu Group', 'SJZSGCZ',
 # 'Shijiazhuang Dairy Company', 'SDC') -> one Company; Fonterra -> Company; Shijiazhuang Court, the China Dairy
 # Industry Association and the CPPCC's National Committee -> Organization; Tian Wenhua ('Tian') -> Person; places
 # (New Zealand from 'New Zealand's Fonterra') -> Location; 'Chinese' (adjective), melamine -> nothing
 entities=[E("Company", SL, "Sanlu", "Sanlu Group", "SJZSGCZ", "Shijiazhuang Dairy Company", "SDC"),
           E("Location", "Xinhua District"), E("Location", "Shijiazhuang"), E("Location", "Hebei"),
           E("Location", "China"), E("Location", "New Zealand"), E("Company", "Fonterra"),
           E("Organization", "Shijiazhuang Court"), E("Person", "Tian Wenhua", "Tian"),
           E("Organization", "China Dairy Industry Association"),
           E("Organization", "National Committee of the Chinese People's Political Consultative Conference")],
 # 'Tian Wenhua, then general manager of SDC, became President and general manager of Sanlu' -> president and
 # executive ('general manager', GUIDELINES.md) of the company, no former marker for the posts she took (current; the
 # 'then' post at SDC is the same company's general manager, kept once, doubtful); 'named deputy chairman of the China
 # Dairy Industry Association' -> executive (vice chairman); elected to the CPPCC's National Committee (a legislative
 # body) -> no role
 roles=[R("Tian Wenhua", "president", SL), R("Tian Wenhua", "executive", SL),
        R("Tian Wenhua", "executive", "China Dairy Industry Association")],
 # 'New Zealand's Fonterra owned 43% of Sanlu' -> a minority holding (nothing, as batch 30d's stakes; doubtful);
 # 'several acquisitions in 1995' (no company named), the court's bankruptcy order -> nothing
 relations=[],
 outages=[],
 dates=[D("September 2008", "2008-09"), D("24 December 2008", "2008-12-24"), D("16 February 1956", "1956-02-16"),
        D("1995", "1995"), D("1996", "1996")])

# ---- cosmetics: The Body Shop ------------------------------------------------------------------------------------------
BS = "The Body Shop International plc"
A["wp-the-body-shop"] = dict(
 # the company ('The Body Shop'; the Berkeley shop Roddick visited, also '"The Body Shop"', is another business under
 # the same surface form: kept as the company's alias, its main use, doubtful) -> one Company; L'Oréal, Natura and
 # London's Unlisted Securities Market (a market run as a business, as exchanges are; doubtful) -> Company; the
 # founder with her title and maiden name ('Dame Anita Roddick', 'Roddick', 'Anita Perella') and the Berkeley shop's
 # two owners ('Short', 'Saunders') -> Person; places -> Location; 'US' in 'Brazilian and US regulatory approval'
 # (adjective) -> nothing
 entities=[E("Company", BS, "The Body Shop"), E("Person", "Anita Roddick", "Dame Anita Roddick", "Roddick",
                                                "Anita Perella"),
           E("Location", "Littlehampton"), E("Location", "West Sussex"), E("Company", "L'Oréal"), E("Company", "Natura"),
           E("Location", "Berkeley"), E("Location", "California"), E("Person", "Peggy Short", "Short"),
           E("Person", "Jane Saunders", "Saunders"), E("Location", "UK"), E("Location", "London"),
           E("Company", "Unlisted Securities Market")],
 # 'founded in 1976 by Dame Anita Roddick' -> founder; the Berkeley shop 'run by Peggy Short and Jane Saunders' (no
 # post named, another business) -> nothing
 roles=[R("Anita Roddick", "founder", BS)],
 # 'had been owned by ... L'Oréal between 2006 and 2017' -> parentOrganization (past, kept; no purchase told);
 # 'L'Oréal agreed to sell the company to ... Natura ..., subject to ... regulatory approval' -> agreed, not completed:
 # acquired only; Roddick's offer for the name (a name, from persons) -> nothing
 relations=[L(BS, "parentOrganization", "L'Oréal"), L("Natura", "acquired", BS)],
 outages=[],
 # published null; 'Six years later' and 'the late 1980s' (a decade) left out
 dates=[D("1976", "1976"), D("2006", "2006"), D("2017", "2017"), D("June 2017", "2017-06"), D("1970", "1970"),
        D("1987", "1987"), D("April 1984", "1984-04")])

# ---- food and drink: Wahaha Joint Venture Company ----------------------------------------------------------------------
WJV = "Wahaha Joint Venture Company"
WG = "Hangzhou Wahaha Group"
A["wp-wahaha-joint-venture"] = dict(
 # the joint venture -> Company; its Chinese owner with its short and full names ('Wahaha', 'Hangzhou Wahaha Group Co.
 # Limited') -> one Company; Danone, Forbes (a magazine, a news business), the two companies Zong's family controls,
 # Peregrine Investments Holdings -> Company; Los Angeles Superior Court -> Organization; Zong Qinghou ('Zong') ->
 # Person; China, Stockholm, Hangzhou, Shangcheng District -> Location; 'the government of Hangzhou's Shangcheng
 # District' (a description, no name of its own) -> no entity (doubtful)
 entities=[E("Company", WJV), E("Company", WG, "Wahaha", "Hangzhou Wahaha Group Co. Limited"), E("Location", "China"),
           E("Company", "Danone"), E("Company", "Forbes"), E("Person", "Zong Qinghou", "Zong"),
           E("Location", "Stockholm"), E("Organization", "Los Angeles Superior Court"),
           E("Company", "Ever Maple Trading"), E("Company", "Hangzhou Hongsheng Beverage Co Ltd"),
           E("Location", "Hangzhou"), E("Location", "Shangcheng District"),
           E("Company", "Peregrine Investments Holdings")],
 # 'Wahaha's General Manager Zong Qinghou' -> executive (GUIDELINES.md: 'manager'); 'has led and grown the business'
 # (no post) -> nothing more
 roles=[R("Zong Qinghou", "executive", WG)],
 # 'a ... joint venture company established between the Hangzhou Wahaha Group ... and Danone' and 'have been partners
 # since 1996' -> parentOrganization to each + partner; Danone's buy-out attempts, the reneged majority-stake deal,
 # the arbitration and the lawsuit, companies 'controlled by Zong's wife and daughter' (persons), the group 'owned by
 # the government' (no entity), Peregrine's introduction -> nothing
 relations=parents(WG, WJV) + parents("Danone", WJV) + [L(WG, "partner", "Danone")],
 outages=[],
 dates=[D("1996", "1996"), D("December 2006", "2006-12"), D("9 May 2007", "2007-05-09"),
        D("4 June 2007", "2007-06-04"), D("21 December 2007", "2007-12-21"), D("1987", "1987"), D("1995", "1995"),
        D("28 March 1996", "1996-03-28")])

IDS = sorted(A)

if __name__ == "__main__":
    out = sys.argv[2]
    for split in ("train", "dev", "test"):
        os.makedirs(os.path.join(out, split), exist_ok=True)
    b10.write_parts(sys.argv[1], out, (IDS, A))
