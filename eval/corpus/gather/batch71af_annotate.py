#!/usr/bin/env python3
"""Batch 71af gold annotations (session 65; the texts of batch71af.py), written from each text alone; newskg (or any
extractor) was not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train,
dev, train (the cycle of batches 55i-71z; batch10_annotate.write_parts), so with three texts: test, train, dev. All
are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'In the 1950s and 1960s' (two
decades), 'Later in 2008' (listed as '2008'), 'Today' and 'until the age of 11' left out. No text tells an outage, so
every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-71z): founders (GUIDELINES part 2, Roles, 'Founders'):
'founded in 1933 by Boonrawd Srethabutra' and 'It was founded on 1 May 1915 by Alfred E. Haigh' -> founder (one
person named alone); managing directors (GUIDELINES part 2, Roles: 'Managing director ... -> director'): 'Claude
Alfred Haigh became managing director until his retirement in 1959' and 'John Haigh remained the managing director
from 1959 to 1990' -> director of Haigh's Chocolates, current false (each post ended by a year the text gives;
doubtful for John Haigh: 'remained ... to 1990' read as ended); 'HM King Prajadhipok Rama VII bestowed the
aristocratic title' -> no role (a monarch; the vocabulary has no king, as batches before kept monarchs roleless);
'Graeme Hart's Burns Philp' -> no role (an owner is no post); 'under the management of the Bhirom Bhakdi family' -> no
role (a family, no person). Relations (GUIDELINES part 2, Relations): 'a New Zealand division of the U.S.-based PepsiCo
corporation' and 'was purchased by PepsiCo in 2006' -> parentOrganization and acquired; 'Originally part of Goodman
Fielder' -> parentOrganization (past ownership still recorded); 'then bought by Graeme Hart's Burns Philp' -> acquired
and parentOrganization; 'Nestlé ... bought only Uncle Tobys business' -> acquired and parentOrganization (doubtful: the
text also speaks of 'the Uncle Tobys brand'; the 'business' read as a company bought); 'Bluebird Foods acquired Krispa
and Aztec from Hansells NZ' -> provider(Krispa / Aztec, Bluebird Foods Ltd) (brands, not companies: no acquired;
doubtful: the purchase read as making Bluebird their maker; Hansells NZ's past ownership not recorded as provider);
'corn snacks, such as Twisties, Burger Rings and Rashuns' -> provider to Bluebird Foods Ltd (the company's own
snacks); 'Bluebird partnered with Hellers' and 'partnered with Wattie's' -> partner; 'Bluebird Foods teamed up with
The Rock radio station' -> partner (a joint campaign read as a partnership; doubtful); 'Walkers in the UK, who have
the same parent company as Bluebird Foods' -> parentOrganization(Walkers, PepsiCo) (the parent named at the text's
start; doubtful: inferred); 'produces beer under the Singha brand name' -> provider(Singha, Boon Rawd Brewery); 'two
German breweries ... which until 2001 produced Singha Gold' -> provider(Singha Gold, Boon Rawd Brewery) (a Singha
brand); 'Boon Rawd bought two German breweries in Hartmannsdorf and Mittweida' -> nothing (unnamed); 'went to learn
about chocolate manufacturing with Lindt & Sprüngli' -> nothing (no partnership stated). Types: Krispa, Aztec,
Twisties, Burger Rings, Rashuns, Singha, Singha Gold (brands) -> Service; The Rock (a radio station) -> Company (as
the broadcasters rule); 'Hamish & Andy' (a radio presenter duo) -> Organization (doubtful: two people under one
name, typed as bands are); Uncle Tobys ('Uncle Tobys business') -> Company; PepsiCo, Goodman Fielder, Burns Philp,
Nestlé, Hansells NZ, Hellers, Wattie's, Walkers, Lindt & Sprüngli -> Company; streets, a mall, a market and a
corner (King William Street, Rundle Mall, Beehive Corner, Adelaide Central Market) and suburbs (Wiri, Parkside) ->
Location (named sites, as batch 71u's streets); 'Prajadhipok Rama VII' -> Person (the text's 'HM King' left out of
the name); 'Phraya Bhirom Bhakdi' (his title) and 'Boonrawd Sreshthaputra' (another spelling) -> aliases of
Boonrawd Srethabutra; 'Chom Sresthaputra' -> an alias of Pra Bhirom Bhakdi; 'Alfred E. Haigh', 'Alfred Haigh',
'Alfred' -> aliases of Alfred Ernest Haigh; 'Boon Rawd' -> an alias of Boon Rawd Brewery; 'Bluebird Foods',
'Bluebird' -> aliases of Bluebird Foods Ltd. No entity: 'U.S.' (only inside 'U.S.-based', as batch 71z's 'SGX'),
'Bhirom Bhakdi family' (a family), "The People's Chip" (a campaign), 'Tray Girls', 'Tray Boys', 'Garuda' (a symbol),
'Haigh' alone ('Haigh ventured to Melbourne': which Haigh unclear), 'Visitor Centre store', 'Adelaide city centre',
'Thai', 'German', 'European', 'Hindu', 'Australian' (demonyms and adjectives), 'Tomato Sauce', 'Mince Pie' (flavours).
usage: batch71af_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- snack foods, New Zealand: Bluebird Foods (en.wikipedia.org, recent) -------------------------------------------
BF, PE, BP, NE, UT = "Bluebird Foods Ltd", "PepsiCo", "Burns Philp", "Nestlé", "Uncle Tobys"
SNACKS = ("Krispa", "Aztec", "Twisties", "Burger Rings", "Rashuns")
A["wp-bluebird-foods"] = dict(
 # Bluebird Foods Ltd (aliases 'Bluebird Foods', 'Bluebird'), PepsiCo, Goodman Fielder, Burns Philp, Nestlé, Uncle
 # Tobys, Hansells NZ, Hellers, Wattie's, The Rock, Walkers -> Company; Graeme Hart -> Person; Hamish & Andy ->
 # Organization; Krispa, Aztec, Twisties, Burger Rings, Rashuns -> Service; New Zealand, Wiri, Auckland, Australia,
 # UK -> Location. No entity: 'U.S.' (inside 'U.S.-based'), "The People's Chip", 'Tomato Sauce', 'Mince Pie'
 entities=[E("Company", BF, "Bluebird Foods", "Bluebird"), E("Location", "New Zealand"), E("Company", PE),
           E("Location", "Wiri"), E("Location", "Auckland"), E("Company", "Goodman Fielder"),
           E("Person", "Graeme Hart"), E("Company", BP), E("Company", NE), E("Company", UT),
           E("Service", "Krispa"), E("Service", "Aztec"), E("Company", "Hansells NZ"), E("Service", "Twisties"),
           E("Service", "Burger Rings"), E("Service", "Rashuns"), E("Company", "Hellers"), E("Company", "Wattie's"),
           E("Company", "The Rock"), E("Location", "Australia"), E("Organization", "Hamish & Andy"),
           E("Company", "Walkers"), E("Location", "UK")],
 roles=[],
 # 'a New Zealand division of ... PepsiCo' / 'purchased by PepsiCo' -> parentOrganization + acquired; 'Originally
 # part of Goodman Fielder' -> parentOrganization; 'bought by ... Burns Philp' -> acquired + parentOrganization;
 # 'Nestlé ... bought only Uncle Tobys business' -> acquired + parentOrganization (doubtful); the five snacks ->
 # provider (Krispa and Aztec doubtful); Hellers, Wattie's, The Rock -> partner; Walkers -> parentOrganization PepsiCo
 relations=[L(BF, "parentOrganization", PE), L(PE, "acquired", BF), L(BF, "parentOrganization", "Goodman Fielder"),
            L(BP, "acquired", BF), L(BF, "parentOrganization", BP), L(NE, "acquired", UT),
            L(UT, "parentOrganization", NE)] + [L(s, "provider", BF) for s in SNACKS] +
           [L(BF, "partner", "Hellers"), L(BF, "partner", "Wattie's"), L(BF, "partner", "The Rock"),
            L("Walkers", "parentOrganization", PE)],
 outages=[],
 # '2006', 'October 2005', 'May 2006', 'May 2007', '2008', 'November 2023', '2009'
 dates=[D("2006", "2006"), D("October 2005", "2005-10"), D("May 2006", "2006-05"), D("May 2007", "2007-05"),
        D("2008", "2008"), D("November 2023", "2023-11"), D("2009", "2009")])

# ---- beer, Thailand: Boon Rawd Brewery (en.wikipedia.org, older rendering) -----------------------------------------
BRB, BS = "Boon Rawd Brewery", "Boonrawd Srethabutra"
A["wp-boon-rawd-brewery"] = dict(
 # Boon Rawd Brewery (alias 'Boon Rawd') -> Company; Boonrawd Srethabutra (aliases 'Phraya Bhirom Bhakdi', 'Boonrawd
 # Sreshthaputra'), Prajadhipok Rama VII, Pra Bhirom Bhakdi (alias 'Chom Sresthaputra') -> Person; Singha, Singha Gold
 # -> Service; Thailand, Hartmannsdorf, Mittweida, Saxony -> Location. No entity: 'Bhirom Bhakdi family', 'Garuda',
 # 'Thai', 'German', 'European', 'Hindu', 'Asian'
 entities=[E("Company", BRB, "Boon Rawd"), E("Person", BS, "Phraya Bhirom Bhakdi", "Boonrawd Sreshthaputra"),
           E("Location", "Thailand"), E("Service", "Singha"), E("Person", "Prajadhipok Rama VII"),
           E("Location", "Hartmannsdorf"), E("Location", "Mittweida"), E("Location", "Saxony"),
           E("Service", "Singha Gold"), E("Person", "Pra Bhirom Bhakdi", "Chom Sresthaputra")],
 # 'founded in 1933 by Boonrawd Srethabutra' -> founder. No role: the King, the family's management
 roles=[R(BS, "founder", BRB)],
 # 'produces beer under the Singha brand name' -> provider; Singha Gold (produced for the brewery's market by its
 # German breweries) -> provider; the two unnamed German breweries -> nothing
 relations=[L("Singha", "provider", BRB), L("Singha Gold", "provider", BRB)],
 outages=[],
 # '1933', '25 October 1939', '1994', '2001', '13 October 1872'
 dates=[D("1933", "1933"), D("25 October 1939", "1939-10-25"), D("1994", "1994"), D("2001", "2001"),
        D("13 October 1872", "1872-10-13")])

# ---- confectionery, Australia: Haigh's Chocolates (wikimili.com) ----------------------------------------------------
HC, AH = "Haigh's Chocolates", "Alfred Ernest Haigh"
A["wp-haighs-chocolates"] = dict(
 # Haigh's Chocolates, Lindt & Sprüngli -> Company; Alfred Ernest Haigh (aliases 'Alfred E. Haigh', 'Alfred Haigh',
 # 'Alfred'), Claude Alfred Haigh, John Haigh -> Person; Adelaide, South Australia, Canberra, Melbourne, Sydney, King
 # William Street, Beehive Corner, Rundle Mall, Switzerland, Australia, Adelaide Central Market, Parkside -> Location.
 # No entity: 'Haigh' alone, 'Tray Girls', 'Tray Boys', 'Visitor Centre store', 'Australian'
 entities=[E("Company", HC), E("Location", "Adelaide"), E("Location", "South Australia"),
           E("Person", AH, "Alfred E. Haigh", "Alfred Haigh", "Alfred"), E("Location", "Canberra"),
           E("Location", "Melbourne"), E("Location", "Sydney"), E("Location", "King William Street"),
           E("Location", "Beehive Corner"), E("Location", "Rundle Mall"), E("Person", "Claude Alfred Haigh"),
           E("Person", "John Haigh"), E("Company", "Lindt & Sprüngli"), E("Location", "Switzerland"),
           E("Location", "Australia"), E("Location", "Adelaide Central Market"), E("Location", "Parkside")],
 # 'founded ... by Alfred E. Haigh' -> founder; 'became managing director until his retirement in 1959' and
 # 'remained the managing director from 1959 to 1990' -> director, current false (John Haigh's doubtful)
 roles=[R(AH, "founder", HC), R("Claude Alfred Haigh", "director", HC, False), R("John Haigh", "director", HC, False)],
 relations=[],
 outages=[],
 # '1 May 1915', '1877', '1922', '1933', '1959', '1990'; left out: 'In the 1950s and 1960s' (decades)
 dates=[D("1 May 1915", "1915-05-01"), D("1877", "1877"), D("1922", "1922"), D("1933", "1933"), D("1959", "1959"),
        D("1990", "1990")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
