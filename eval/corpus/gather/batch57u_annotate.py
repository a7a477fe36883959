#!/usr/bin/env python3
"""Batch 57u gold annotations (the texts of batch57u.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 56p, 57b, 57g, 57m and 57q; batch10_annotate.write_parts),
so with four texts: test, train, dev, train. All are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates); 'the 1940s' (a decade, as batches 25b on and 57q skipped them), 'the following year' and 'Five
years later' (relative to a year of the text, not to a publication date), 'then 24' (an age) -> nothing. No text
tells an outage, so every `outages` list is empty; two tell near-misses of one (Butlers' New Zealand stores closed
nationwide after their parent company's liquidation; ConAgra closing Chun King's manufacturing facilities: business
failures and closures, no outage; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f,
56h, 56j, 56p, 57b, 57g, 57j, 57m, 57q): 'was sold to', 'was purchased by' (a company buyer) -> acquired +
parentOrganization(target, buyer) (ownership that ended kept: relations carry no time); 'made X its subsidiary by
acquiring the majority stake' -> acquired + parentOrganization; 'a leveraged buyout of X' told as done -> acquired +
parentOrganization; 'Y's parent, X' -> parentOrganization; a minority stake ('the 34% stake') -> nothing, even where
the text says 'acquired'; a planned or failed purchase ('planned to acquire ... negotiations fell', 'offered to
acquire') -> nothing; a merger with no buyer told ('R. J. Reynolds merged with Nabisco Brands') -> nothing; a product
line sold ('the Chun King line of frozen foods') -> nothing (an asset); a company bought by a person ('purchased by
Seamus Sorensen') -> no acquired and no role (as batches 57b and 57j); a brand the text tells as a business that is
bought and sold, has sales and staff ('Chun King', 'icebreaker') -> Company (as batch 57j's Slazenger; doubtful: each
lead calls it 'a ... brand'); product brands and a café chain ('Jeno's Pizza Rolls', "Michelina's", 'La Choy',
'Butlers Irish Chocolates', 'Butlers Chocolate Cafés') -> Service (GUIDELINES, Types: a brand users use; restaurant
brands as batches 55zb, 56f, 56p and 57b), provider where the text names the owner or maker; 'founded by A', 'was
founded in 1995 by A' -> founder; 'sisters A and B, and their sister-in-law C, opened the first store' -> cofounder
each (doubtful: the kept text does not say 'founded'); first names of relatives written without their surname
('Brian', 'Ben', 'Sam') -> Person (as batches 57g, 57m and 57q); a stock exchange ('NYSE') -> Company (GUIDELINES,
Types); streets, a shopping centre, a postal district, an island -> Location (named sites; GUIDELINES, Types);
demonyms and adjectives ('Irish', 'American', 'Chinese Filipino', 'Philippine') -> nothing.
usage: batch57u_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- confectionery, Ireland: Butlers Chocolates ----------------------------------------------------------------------
BC = "Butlers Chocolates"
MBB = "Marion Bailey-Butler"
CAF = "Butlers Chocolate Caf\u00e9s"
A["wp-butlers-chocolates"] = dict(
 # the company -> Company 'Butlers Chocolates', alias 'Butlers' ('Butlers has also expanded', 'Butlers plans'; 'Butlers
 # chocolates were founded' is the name in other case, no alias); the café chain -> Service 'Butlers Chocolate Cafés',
 # alias 'Butlers Chocolate Café' (a chain of cafés users visit, as restaurant brands); 'the Butlers Irish Chocolates
 # brand' -> Service (a brand; doubtful: 'The company was named in memory of its founder' may make it the company's
 # name of 1984, an alias, to a reader); Waitrose (a supermarket chain, 'at Waitrose stores') and Chocolate Cafes (New
 # Zealand) ('the parent company of the New Zealand stores') -> Company; Marion Bailey-Butler (alias 'Bailey-Butler';
 # 'Ms Bailey-Butler' holds it) and Seamus Sorensen -> Person; North Dublin, Dublin, Lad Lane, Grafton Street, Dublin
 # City Centre, Ireland, New Zealand, Wicklow Street, Cork, Galway, Limerick, Naas, Kildare, Bray, Karachi, Lahore,
 # Islamabad, Pakistan, Abu Dhabi, United Arab Emirates, Great Britain, Westfield (a shopping centre, a named site;
 # doubtful), London, UK (kept apart from Great Britain, as batch 57m kept Britain apart from the United Kingdom),
 # Clonshaugh, Dublin 17 (a postal district) -> Location. No entity: 'the New Zealand stores' (unnamed), 'chocolate
 # bars, truffles, fudge, ...' (generic products), 'most major airports throughout the UK' (unnamed)
 entities=[E("Company", BC, "Butlers"), E("Location", "North Dublin"), E("Person", MBB, "Bailey-Butler"),
           E("Service", CAF, "Butlers Chocolate Caf\u00e9"), E("Location", "Dublin"), E("Location", "Lad Lane"),
           E("Person", "Seamus Sorensen"), E("Service", "Butlers Irish Chocolates"), E("Location", "Grafton Street"),
           E("Location", "Dublin City Centre"), E("Location", "Ireland"), E("Location", "New Zealand"),
           E("Location", "Wicklow Street"), E("Location", "Cork"), E("Location", "Galway"), E("Location", "Limerick"),
           E("Location", "Naas"), E("Location", "Kildare"), E("Location", "Bray"), E("Location", "Karachi"),
           E("Location", "Lahore"), E("Location", "Islamabad"), E("Location", "Pakistan"), E("Location", "Abu Dhabi"),
           E("Location", "United Arab Emirates"), E("Location", "Great Britain"), E("Location", "Westfield"),
           E("Location", "London"), E("Location", "UK"), E("Company", "Waitrose"), E("Location", "Clonshaugh"),
           E("Location", "Dublin 17"), E("Company", "Chocolate Cafes (New Zealand)")],
 # 'Founded by Marion Bailey-Butler in 1932', 'founded in 1932 by Ms Bailey-Butler' -> founder, current true (founders
 # stay founders). Near-misses: 'the company was purchased by Seamus Sorensen' -> no role (an owner, no title; a
 # reader might give chairman or owner) and no acquired (a person buyer; GOLD_FORMAT: acquired is company to company)
 roles=[R(MBB, "founder", BC)],
 # 'The company has also created a chain of Butlers Chocolate Cafés' -> provider(Butlers Chocolate Cafés, Butlers
 # Chocolates); 'the Butlers Irish Chocolates brand was born' (in the history of the company, the brand named after its
 # founder) -> provider(Butlers Irish Chocolates, Butlers Chocolates) (doubtful with the entity). Near-misses: 'the
 # company was purchased by Seamus Sorensen' -> no acquired (a person); 'widely available ... at Waitrose stores' ->
 # no partner (a place of sale; no supply contract told; a reader might give partner(Butlers Chocolates, Waitrose));
 # 'the parent company of the New Zealand stores, Chocolate Cafes (New Zealand)' -> no parentOrganization and no
 # partner to Butlers Chocolates (the stores are unnamed and the text does not say how they are tied to Butlers; 'using
 # a franchise model' is told of plans outside Ireland and Great Britain; a reader might make the New Zealand company a
 # franchisee, a partner); 'relocated to Clonshaugh' -> nothing
 relations=[L(CAF, "provider", BC), L("Butlers Irish Chocolates", "provider", BC)],
 # near-miss: 'went into liquidation, resulting in a nationwide closure of all stores' -> no outage (a business failure
 # that closed shops; GUIDELINES, Outages)
 outages=[],
 # '1932' (twice, one item), '1959', '1984', '1989', '1998', '2003', 'July 2025'; 'Five years later' (relative to
 # 1984, written beside '1989'; published null) -> left out
 dates=[D("1932", "1932"), D("1959", "1959"), D("1984", "1984"), D("1989", "1989"), D("1998", "1998"),
        D("2003", "2003"), D("July 2025", "2025-07")])

# ---- food, US: Chun King --------------------------------------------------------------------------------------------
CK = "Chun King"
RJR = "R. J. Reynolds Tobacco Company"
NAB = "RJR Nabisco"
YHS = "Yeo Hiap Seng"
KKR = "Kohlberg Kravis Roberts"
CA = "ConAgra Foods"
HW = "Hunt-Wesson"
A["wp-chun-king"] = dict(
 # the brand and business -> Company 'Chun King' (told as a business: revenue, sales share, bought and sold four times,
 # its manufacturing facilities; doubtful: the lead calls it 'an American brand of canned Chinese food products', and a
 # reader might make it a Service and give provider links in place of acquired; as batch 57j's Slazenger); the R. J.
 # Reynolds Tobacco Company (alias 'R. J. Reynolds'), Nabisco Brands, RJR Nabisco ('the new company' of the merger,
 # kept apart from R. J. Reynolds: the text gives it as a new company), Yeo Hiap Seng, Kohlberg Kravis Roberts, ConAgra
 # Foods (alias 'ConAgra': 'Hunt-Wesson's parent, ConAgra', the firm that had bought the frozen line), Hunt-Wesson ->
 # Company; Jeno's Pizza Rolls, Michelina's ('the Michelina's brand of frozen food products'), La Choy ('rival La
 # Choy', a rival brand of Chun King's) -> Service; Jeno Paulucci -> Person; U.S., Singapore -> Location. No entity:
 # 'whose company' (Paulucci's company, unnamed), 'frozen pizza' (generic), 'the Chun King line of frozen foods' (a
 # product line; its name is Chun King's), 'American', 'Chinese' (adjectives)
 entities=[E("Company", CK), E("Person", "Jeno Paulucci"), E("Service", "Jeno's Pizza Rolls"),
           E("Service", "Michelina's"), E("Location", "U.S."), E("Company", RJR, "R. J. Reynolds"),
           E("Company", "Nabisco Brands"), E("Company", NAB), E("Company", YHS), E("Location", "Singapore"),
           E("Company", KKR), E("Company", CA, "ConAgra"), E("Company", HW), E("Service", "La Choy")],
 # 'founded in the 1940s by Jeno Paulucci' -> founder, current true. Near-misses: no other person; 'whose company also
 # developed Jeno's Pizza Rolls' -> no role (his company is unnamed; a reader might give founder at an invented org)
 roles=[R("Jeno Paulucci", "founder", CK)],
 # 'In 1966, it was sold to the R. J. Reynolds Tobacco Company' -> acquired + parentOrganization(Chun King, RJR);
 # 'Chun King was sold to Yeo Hiap Seng of Singapore to help pay for Kohlberg Kravis Roberts' leveraged buyout of RJR
 # Nabisco' -> acquired(Yeo Hiap Seng, Chun King) + parentOrganization(Chun King, Yeo Hiap Seng), and acquired(KKR, RJR
 # Nabisco) + parentOrganization(RJR Nabisco, KKR) (a buyout told as done, paid for by the sale; doubtful: told in a
 # subordinate phrase) and parentOrganization(Chun King, RJR Nabisco) (the seller, a careful reader is sure: RJR
 # Nabisco sells Chun King to pay for its own buyout and 'had previously sold the Chun King line of frozen foods';
 # doubtful: the text does not write the seller's name in the 1989 sentence); 'Yeo Hiap Seng sold Chun King in 1995 to
 # Hunt-Wesson' -> acquired + parentOrganization(Chun King, Hunt-Wesson) (ConAgra later closed its facilities, but the
 # text does not say it merged away); "Hunt-Wesson's parent, ConAgra" -> parentOrganization(Hunt-Wesson, ConAgra
 # Foods); 'Hunt-Wesson, owner of rival La Choy' -> provider(La Choy, Hunt-Wesson). Near-misses: 'R. J. Reynolds
 # merged with Nabisco Brands in 1985 and the new company changed its name to RJR Nabisco' -> no acquired (a merger
 # with no buyer told; a reader might give acquired(R. J. Reynolds Tobacco Company, Nabisco Brands)) and no
 # parentOrganization to RJR Nabisco (a reader might join R. J. Reynolds and RJR Nabisco as one entity); 'RJR Nabisco had
 # previously sold the Chun King line of frozen foods to ConAgra Foods in 1986' -> no acquired(ConAgra Foods, Chun
 # King) (a product line, an asset, not the company); 'whose company also developed Jeno's Pizza Rolls ... and the
 # Michelina's brand' -> no provider (the company is unnamed) and no provider to Chun King; 'ConAgra ... closed Chun
 # King's manufacturing facilities ... and discontinued the brand' -> nothing
 relations=[L(RJR, "acquired", CK), L(CK, "parentOrganization", RJR), L(YHS, "acquired", CK),
            L(CK, "parentOrganization", YHS), L(KKR, "acquired", NAB), L(NAB, "parentOrganization", KKR),
            L(CK, "parentOrganization", NAB), L(HW, "acquired", CK), L(CK, "parentOrganization", HW),
            L(HW, "parentOrganization", CA), L("La Choy", "provider", HW)],
 # near-miss: 'closed Chun King's manufacturing facilities in 1995 and discontinued the brand' -> no outage (a
 # business closing plants and a brand; GUIDELINES, Outages)
 outages=[],
 # '1962', '1966', '1985', '1989', '1986', '1995' (twice, one item); 'the 1940s' (a decade) and 'the following year'
 # (relative to 1985; published null) -> left out
 dates=[D("1962", "1962"), D("1966", "1966"), D("1985", "1985"), D("1989", "1989"), D("1986", "1986"),
        D("1995", "1995")])

# ---- bakery, Philippines: Goldilocks Bakeshop ------------------------------------------------------------------------
GB = "Goldilocks Bakeshop"
A["wp-goldilocks-bakeshop"] = dict(
 # the chain -> Company 'Goldilocks Bakeshop', alias 'Goldilocks' ("Goldilocks' stores" holds it); Pancake House
 # International (alias 'Pancake House') and SM Investments -> Company; Milagros Leelin Yee, Clarita Leelin Go, Doris
 # Wilson Leelin -> Person; the Philippines ('across The Philippines' the same place; no alias for the article), Pasong
 # Tamo Street (a named street, as batch 57b's Whitaker Street), Makati, the United States, Los Angeles, California,
 # San Francisco, San Jose, Las Vegas, Nevada -> Location. No entity: 'Philippine cakes and pastries' (generic),
 # 'Chinese Filipino' (an adjective), 'a three-story building' (unnamed), the franchisees (unnamed)
 entities=[E("Company", GB, "Goldilocks"), E("Location", "Philippines"), E("Person", "Milagros Leelin Yee"),
           E("Person", "Clarita Leelin Go"), E("Person", "Doris Wilson Leelin"), E("Location", "Pasong Tamo Street"),
           E("Location", "Makati"), E("Location", "United States"), E("Location", "Los Angeles"),
           E("Location", "California"), E("Location", "San Francisco"), E("Location", "San Jose"),
           E("Location", "Las Vegas"), E("Location", "Nevada"),
           E("Company", "Pancake House International", "Pancake House"), E("Company", "SM Investments")],
 # 'On May 15, 1966, Chinese Filipino sisters, Milagros Leelin Yee and Clarita Leelin Go, and their sister-in-law Doris
 # Wilson Leelin, opened the first Goldilocks store' -> cofounder each, current true (three who started the chain
 # together; doubtful: the kept text says 'opened the first ... store', not 'founded', the word 'Founders' being in the
 # cut infobox; a reader might give no role). Near-misses: the president Richard L. Yee is in the cut infobox only;
 # 'sisters' and 'sister-in-law' -> no role (kinship)
 roles=[R("Milagros Leelin Yee", "cofounder", GB), R("Clarita Leelin Go", "cofounder", GB),
        R("Doris Wilson Leelin", "cofounder", GB)],
 # 'It later made Goldilocks its subsidiary by acquiring the bakeshop chain's majority stake in 2021.' -> acquired(SM
 # Investments, Goldilocks Bakeshop) + parentOrganization(Goldilocks Bakeshop, SM Investments). Near-misses: 'Pancake
 # House International planned to acquire Goldilocks Bakeshop, but negotiations ... fell in 2006' and 'Pancake House
 # offered to acquire Goldilocks' -> nothing (a failed deal and an offer); 'In 2018, SM Investments acquired the 34%
 # stake of Goldilocks Bakeshop, months after its full acquisition deal fell' -> no second acquired and nothing of its
 # own (a minority stake after a deal that fell; the relation comes from the majority stake of 2021); 'launched a
 # franchising program' -> no partner (no franchisee named)
 relations=[L("SM Investments", "acquired", GB), L(GB, "parentOrganization", "SM Investments")],
 outages=[],
 # 'May 15, 1966', '1976', '1991', '2006', '2018', '2021', '2024'
 dates=[D("May 15, 1966", "1966-05-15"), D("1976", "1976"), D("1991", "1991"), D("2006", "2006"), D("2018", "2018"),
        D("2021", "2021"), D("2024", "2024")])

# ---- clothing, New Zealand: Icebreaker -------------------------------------------------------------------------------
IB = "icebreaker"
A["wp-icebreaker-clothing"] = dict(
 # the brand and company -> Company 'icebreaker' (so written, lower case, throughout the kept text; 'The company began
 # by specialising', 'company sales', bought by VF Corporation; doubtful: 'a ... clothing brand', as batch 57j's
 # Slazenger); VF Corporation -> Company; NYSE ('a NYSE listed entity'; a stock exchange, a business; GUIDELINES,
 # Types) -> Company; Jeremy Moon -> Person; 'Brian and Fiona Brakenridge' -> Person 'Brian' (his surname not written
 # to him; first name only, as batch 57m's 'James' and 'Robert') and Person 'Fiona Brakenridge'; 'their two sons Ben
 # and Sam' -> Person 'Ben' and Person 'Sam' (first names only, as batch 57q's Ronald and James); Auckland, New
 # Zealand, Pohuenui Island, Marlborough, Australia, Europe -> Location. No entity: 'an American girlfriend' and 'a
 # merino wool farmer' (unnamed), 'merino base layers', 'prototype thermal underwear' (generic products), 'its
 # distributors' (unnamed)
 entities=[E("Company", IB), E("Location", "Auckland"), E("Location", "New Zealand"), E("Company", "VF Corporation"),
           E("Company", "NYSE"), E("Person", "Jeremy Moon"), E("Person", "Brian"), E("Person", "Fiona Brakenridge"),
           E("Location", "Pohuenui Island"), E("Location", "Marlborough"), E("Person", "Ben"), E("Person", "Sam"),
           E("Location", "Australia"), E("Location", "Europe")],
 # 'icebreaker was founded in 1995 by Jeremy Moon' -> founder, current true. Near-misses: the CEO Jan Van Mossevelde is
 # in the cut infobox only; the Brakenridges ('a merino wool farmer', 'had developed some prototype thermal
 # underwear') -> no role (farmers, no post at a named organisation; a reader might make them cofounders from 'icebreaker
 # started when ...')
 roles=[R("Jeremy Moon", "founder", IB)],
 # 'It was purchased by VF Corporation, a NYSE listed entity in 2018.' -> acquired(VF Corporation, icebreaker) +
 # parentOrganization(icebreaker, VF Corporation). Near-misses: 'a NYSE listed entity' -> no relation (a listing);
 # 'acquiring its distributors there' -> no acquired (unnamed distributors); 'supplies its clothing to more than 4,700
 # stores' -> no partner (unnamed); the Brakenridges' prototype -> no partner (persons, no organisation)
 relations=[L("VF Corporation", "acquired", IB), L(IB, "parentOrganization", "VF Corporation")],
 outages=[],
 # '2018', '1995', '1994', '2010' (twice, one item), '2014'; 'then 24' (an age) -> left out
 dates=[D("2018", "2018"), D("1995", "1995"), D("1994", "1994"), D("2010", "2010"), D("2014", "2014")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
