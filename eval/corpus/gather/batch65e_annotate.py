#!/usr/bin/env python3
"""Batch 65e gold annotations (the texts of batch65e.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-64i; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); decades ('the 1960s and 1970s', 'the 1970s',
'the 1990s') -> nothing; 'late 1863' -> the year (GUIDELINES, Dates: 'late 2006' -> the year; its own item beside
'1863', another text with the same value); 'August 2001', 'May 1864', 'February 1985', 'March 1989' -> the month;
'54-year-old' (an age) -> nothing.
No text tells an outage, so every `outages` list is empty, and no text tells a near-miss of one.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-64i): a completed purchase or takeover by a company
('bought in 1873 by ... The National Bank of New Zealand', 'which Argus took control over', 'taken over by Wesfarmers',
'it took 100% ownership', 'purchased the Dilmun Navigation Co from Inchcape') -> acquired + parentOrganization(target,
buyer), no text saying a target was merged away; the seller of a company bought ('from Inchcape') -> parentOrganization
(target, seller) (ownership the text states as past is still recorded, GUIDELINES, Relations); 'wholly owned by' and a
conglomerate's 'businesses' -> parentOrganization; a takeover told in the passive in the company's own history with
no buyer written ('In 1961 the Melbourne Steamship Company was taken over.') -> acquired + parentOrganization with the
company as buyer (doubtful); a purchase the text gives to a person ('purchased by Conrad Black', 'sold his share in the
business to Thomas Parker') -> nothing (`acquired` takes a Company as buyer, as batches 63i and 64i read 'ANA was sold
to Reg Ansett' and 'Taylor acquired'); offers that failed ('a takeover offer was made for RW Miller Holdings. Although
not successful') and minority shareholdings (35%, 'Ampol's shareholding') -> nothing; 'set up with the support of' ->
no partner (backing, no partnership or contract stated; doubtful); founders (GUIDELINES part 2, Roles, 'Founders'):
'founded ... by E. P. Taylor with minority partners A, B, C' -> cofounder each ('A founded Acme with B'); a company
named after a man, 'Founded in 1854 as a shipping company', whose 1854 venture the text tells -> founder (doubtful: the
infobox line 'Founder | William Howard Smith' was cut, the prose never says 'founded by'); 'board of directors: A' ->
director; 'colonial manager (chief executive in New Zealand)' -> executive ('manager' -> executive, GUIDELINES,
Roles; doubtful: a reader might give ceo from the bracket, a chief executive in the colony under a London board);
'appointed McDougald to run operations' -> executive (a generic senior post, no title written; doubtful); all current
true where the text tells no end (doubtful for posts of the 1860s and 1960s); an owner ("Black's Ravelston
Corporation", "Taylor's brewery empire"), a co-owner of a ship ('held a 50% share along with the ship's engineer, SB
Skinner'), 'the ship's engineer' and 'skipper' (posts on a ship, not at an organisation) and 'X of the Y Bank' with no
post written -> no role; 'Colonel', 'Captain' -> not in the name (as 'Sir' in batches 63c-64i); a company's former
and later names -> aliases of one entity ('Canadian Breweries Limited, which was later known as Carling O'Keefe');
the article 'The' capitalised mid-sentence in a bank's name -> part of the name (as batch 64i's 'The Brading Breweries
Limited'); a street address -> Location (GUIDELINES, Types: named sites); ships' names ('Express', 'Kief') and a law
('Bank of Otago Limited Act, 1863') -> no entity (GUIDELINES, Types); 'the London board', 'six others', 'his
associates', 'other less influential investors', demonyms and adjectives ('Australian', 'American', 'Scottish') ->
nothing.
usage: batch65e_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- holding company, Canada: Argus Corporation (en.m.wikipedia.org's rendering) ------------------------------------
ARG = "Argus Corporation"
EPT = "E. P. Taylor"
CBL = "Canadian Breweries Limited"
RAV = "Ravelston Corporation"
MCD = "Bud McDougald"
A["wp-argus-corporation"] = dict(
 # the company -> Company 'Argus Corporation' (written 'The Argus Corporation'; alias 'Argus', nine times; 'The
 # company', 'an investment holding company', 'a true conglomerate' generic); 'Toronto Stock Exchange' (a stock
 # exchange run as a business, GUIDELINES part 1); the conglomerate's businesses 'Dominion' ('Dominion grocery
 # stores'), 'Orange Crush' ('Orange Crush soft drinks'), 'Massey Ferguson' ('Massey Ferguson farm machinery'),
 # 'Domtar' ('Domtar wood products') -> Company (the text calls them 'businesses'; doubtful: a reader might take 'Orange
 # Crush' for a product, a Service, or name the first 'Dominion grocery stores'); 'Canadian Breweries Limited' (alias
 # "Carling O'Keefe": 'which was later known as Carling O'Keefe', and "Carling O'Keefe breweries" in the list, the
 # same business under its later name, as batch 64i made it an alias); 'Ravelston Corporation' (alias 'Ravelston');
 # 'Atlas Corporation' ('the American Atlas Corporation', 'American' an adjective) -> Company; E. P. Taylor (aliases
 # 'Taylor', 'E.P. Taylor'), Conrad Black (alias 'Black'), 'W. Eric Phillips' ('Colonel' not in the name), Wallace
 # McCutcheon, Bud McDougald (alias 'McDougald') -> Person; Toronto, Ontario, Canada ("Canada's"), '10 Toronto Street'
 # (the headquarters' address, a named site) -> Location. No entity: 'his associates', 'other less influential
 # investors', 'ongoing lawsuits', 'Taylor's brewery empire' (the company named after it, annotated)
 entities=[E("Company", ARG, "Argus"), E("Location", "Toronto"), E("Location", "Ontario"), E("Location", "Canada"),
           E("Company", "Toronto Stock Exchange"), E("Company", "Dominion"), E("Company", "Orange Crush"),
           E("Company", "Massey Ferguson"), E("Company", "Domtar"), E("Company", CBL, "Carling O'Keefe"),
           E("Person", "Conrad Black", "Black"), E("Company", RAV, "Ravelston"),
           E("Person", EPT, "Taylor", "E.P. Taylor"), E("Person", "W. Eric Phillips"),
           E("Person", "Wallace McCutcheon"), E("Person", MCD, "McDougald"), E("Company", "Atlas Corporation"),
           E("Location", "10 Toronto Street")],
 # 'Argus was founded as an investment holding company in 1945 by E. P. Taylor with minority partners Colonel W. Eric
 # Phillips, Wallace McCutcheon, Bud McDougald, and other less influential investors' -> cofounder at Argus
 # Corporation for each of the four ('A founded Acme with B', GUIDELINES part 2, Roles, 'Founders'; doubtful: a reader
 # might give Taylor founder and the 'minority partners' no role, as investors; batch 64i's Canadian Breweries text
 # gave Taylor cofounder at Argus from 'founded by Taylor, and others'); 'In 1969, E.P. Taylor appointed McDougald to
 # run operations' -> executive at Argus Corporation (a generic senior post, no title written; doubtful: a reader
 # might give coo or nothing), current true (the text tells no end, though 'Argus disappeared' in 2008). Near-misses:
 # Conrad Black -> no role (the company's buyer and Ravelston's owner, 'Black's Ravelston Corporation': no post named);
 # E. P. Taylor -> no role at Canadian Breweries Limited ("Taylor's brewery empire": an owner, no post named; a reader
 # knowing batch 64i's text might give founder); 'appointed' -> no role for Taylor beyond cofounder (no post named)
 roles=[R(EPT, "cofounder", ARG), R("W. Eric Phillips", "cofounder", ARG), R("Wallace McCutcheon", "cofounder", ARG),
        R(MCD, "cofounder", ARG), R(MCD, "executive", ARG)],
 # the conglomerate's businesses 'Among these were Dominion grocery stores, Orange Crush soft drinks, Massey Ferguson
 # farm machinery, Domtar wood products and Carling O'Keefe breweries' -> parentOrganization(each, Argus Corporation)
 # (a conglomerate's businesses, 'controlling the companies'; doubtful: control without a stated stake, a reader might
 # give nothing); 'Canadian Breweries Limited ... which Argus took control over' -> acquired(Argus Corporation,
 # Canadian Breweries Limited) + parentOrganization(Canadian Breweries Limited, Argus Corporation) ('took control
 # over', a taking over; doubtful: a reader might give parentOrganization only, as batch 64i did for 'became part of';
 # the parent relation is listed once, from both sentences); 'by 2005 Argus ... was itself wholly owned by Black's
 # Ravelston Corporation' -> parentOrganization(Argus Corporation, Ravelston Corporation). Near-misses, no relation:
 # 'The company was purchased by Conrad Black in 1978' -> no acquired (the buyer named is a person; a reader might give
 # acquired(Ravelston Corporation, Argus Corporation) from the next sentence, which tells ownership only); 'Argus was
 # also set up with the support of the American Atlas Corporation, itself a holding company' -> no partner and no
 # parentOrganization (backing, no partnership, contract or stake stated; doubtful); 'Black and his associates sold
 # off most of the Argus assets' -> nothing (assets, no buyer); 'Ravelston went bankrupt' -> nothing; the Toronto Stock
 # Exchange's shares 'controlled by Argus' -> no relation (shares traded on the exchange, not the exchange)
 relations=[L("Dominion", "parentOrganization", ARG), L("Orange Crush", "parentOrganization", ARG),
            L("Massey Ferguson", "parentOrganization", ARG), L("Domtar", "parentOrganization", ARG),
            L(CBL, "parentOrganization", ARG), L(ARG, "acquired", CBL), L(ARG, "parentOrganization", RAV)],
 outages=[],
 # '1978', '1985', '2005', '2008', '1945', '1958', '1964', '1969'; 'the 1960s and 1970s', 'the 1970s' (decades) ->
 # nothing
 dates=[D("1978", "1978"), D("1985", "1985"), D("2005", "2005"), D("2008", "2008"), D("1945", "1945"),
        D("1958", "1958"), D("1964", "1964"), D("1969", "1969")])

# ---- banking, New Zealand: Bank of Otago (wikimili.com's copy) --------------------------------------------------------
BOL = "Bank of Otago Limited"
NBNZ = "The National Bank of New Zealand"
A["wp-bank-of-otago"] = dict(
 # the bank -> Company 'Bank of Otago Limited' (alias 'Bank of Otago'; 'a bank', 'The Bank' in the quoted advertisement
 # generic; the surface 'Bank of Otago Limited' also inside the law's name 'Bank of Otago Limited Act, 1863'); 'The
 # National Bank of New Zealand' (the article 'The' capitalised mid-sentence: part of the name, as batch 64i's 'The
 # Brading Breweries Limited'; 'a new London incorporation' generic), 'English, Scottish and Australian Bank', 'London
 # Stock Exchange' (a stock exchange run as a business, GUIDELINES part 1) -> Company; Alexander Lang Elder, John
 # Bathgate -> Person; New Zealand ("New Zealand's"), Otago ('Otago province', 'the Otago goldfields', 'from Otago'),
 # London, India, Canada, Africa, Dunedin -> Location. No entity: 'Bank of Otago Limited Act, 1863' (a law, GUIDELINES,
 # Types), 'the London board', 'the directors', 'six others with banking interests', 'the Otago goldfields' (Otago is
 # annotated), 'the colony', 'Head Office', 'the chief branch', 'Scottish' (an adjective)
 entities=[E("Company", BOL, "Bank of Otago"), E("Location", "New Zealand"), E("Location", "Otago"),
           E("Location", "London"), E("Company", NBNZ), E("Location", "Dunedin"), E("Person", "Alexander Lang Elder"),
           E("Company", "English, Scottish and Australian Bank"), E("Location", "India"), E("Location", "Canada"),
           E("Location", "Africa"), E("Company", "London Stock Exchange"), E("Person", "John Bathgate")],
 # 'Its board of directors: Alexander Lang Elder of the English, Scottish and Australian Bank and six others' ->
 # director at Bank of Otago Limited (a board member, GUIDELINES, Roles), current true (the text tells no end;
 # doubtful: a post of 1863); '54-year-old John Bathgate was sent by the London board to be colonial manager (chief
 # executive in New Zealand)' -> executive at Bank of Otago Limited ('manager' -> executive, GUIDELINES, Roles;
 # doubtful: a reader might give ceo from 'chief executive in New Zealand', the post being the bank's head in the
 # colony under its London board), current true (the text tells no end: his resignation of 1867 is in the part cut).
 # Near-misses: 'Alexander Lang Elder of the English, Scottish and Australian Bank' -> no role at that bank (no post
 # written; doubtful: a reader might give executive or director); 'six others with banking interests in India, Canada
 # and Africa' -> nothing (unnamed); 'He was a Scottish solicitor' -> no role (a profession, no organisation)
 roles=[R("Alexander Lang Elder", "director", BOL), R("John Bathgate", "executive", BOL)],
 # 'until it was bought in 1873 by a new London incorporation, The National Bank of New Zealand' -> acquired(The
 # National Bank of New Zealand, Bank of Otago Limited) + parentOrganization(Bank of Otago Limited, The National Bank
 # of New Zealand) (a completed purchase; the text does not say the bank was merged away). Near-misses, no relation:
 # 'The shares were listed on the London Stock Exchange' -> no partner (a listing is no partnership, as batch 64i read
 # the Sydney Stock Exchange); Elder's English, Scottish and Australian Bank -> no relation to the Bank of Otago (a
 # director's other bank, no tie between the banks stated; a reader might give partner)
 relations=[L(NBNZ, "acquired", BOL), L(BOL, "parentOrganization", NBNZ)],
 outages=[],
 # 'late 1863' (-> the year, its own item), '1873', '1863' (three times, one item; once in the law's name '..., 1863'),
 # '23 November 1863'; '54-year-old' -> nothing
 dates=[D("late 1863", "1863"), D("1873", "1873"), D("1863", "1863"), D("23 November 1863", "1863-11-23")])

# ---- shipping and industry, Australia: Howard Smith Limited (piglix.com's copy) --------------------------------------
HSL = "Howard Smith Limited"
WHS = "William Howard Smith"
RWM = "RW Miller Holdings"
DNC = "Dilmun Navigation Co"
MSC = "Melbourne Steamship Company"
A["wp-howard-smith-limited"] = dict(
 # the company -> Company 'Howard Smith Limited' (alias 'Howard Smith': 'Howard Smith withdrew', 'Howard Smith gained
 # a 35% shareholding', 'Howard Smith purchased' - the company; 'an Australian industrial company', 'a shipping
 # company', 'the business' generic); 'Wesfarmers', 'Melbourne Steamship Company', 'RW Miller Holdings', 'Ampol'
 # ("Ampol's shareholding"), 'Dilmun Navigation Co' (as written, no stop), 'Inchcape' -> Company; 'British Army' ('a
 # former British Army water carrier'; a body of the state) -> Organization; William Howard Smith ('Captain' not in
 # the name; aliases 'Smith': 'Smith sold his share', and 'Howard': 'Howard returned to Australia', 'Howard
 # recommenced' - the man, as the copy calls him), 'SB Skinner' (as written), Thomas Parker -> Person; Melbourne,
 # England, Australia, Geelong, Sydney, Newcastle, Townsville, Adelaide, Fremantle -> Location. No entity: the ships
 # 'Express' and 'Kief' (ships' names, GUIDELINES, Types), 'the first regular passenger service in Australia from
 # Melbourne to Geelong' (unnamed), 'the interstate coal trade', 'the interstate passenger market', 'Australian' (an
 # adjective)
 entities=[E("Company", HSL, "Howard Smith"), E("Company", "Wesfarmers"), E("Person", WHS, "Smith", "Howard"),
           E("Location", "Melbourne"), E("Location", "England"), E("Person", "SB Skinner"),
           E("Location", "Australia"), E("Location", "Geelong"), E("Person", "Thomas Parker"),
           E("Organization", "British Army"), E("Location", "Sydney"), E("Location", "Newcastle"),
           E("Location", "Townsville"), E("Location", "Adelaide"), E("Location", "Fremantle"), E("Company", MSC),
           E("Company", RWM), E("Company", "Ampol"), E("Company", DNC), E("Company", "Inchcape")],
 # 'Howard Smith Limited ... Founded in 1854 as a shipping company' with 'On 7 July 1854 Captain William Howard Smith
 # arrived in Melbourne ... as skipper of the 177 ton steamer Express in which he held a 50% share' -> founder at Howard
 # Smith Limited (the company bears his name and was founded in the year his venture began; one person the text gives
 # the venture to, GUIDELINES part 2, Roles, 'Founders'; doubtful: the prose never says 'founded by', the infobox's
 # 'Founder | William Howard Smith' being cut), current true. Near-misses: 'held a 50% share along with the ship's
 # engineer, SB Skinner' -> no role for Skinner (a co-owner of a ship and its engineer; a reader might give him
 # cofounder); 'skipper of the 177 ton steamer Express' -> no role (a post on a ship); 'Smith sold his share in the
 # business to Thomas Parker' -> no role for Parker (a buyer of a share, no post)
 roles=[R(WHS, "founder", HSL)],
 # 'the remainder taken over by Wesfarmers in August 2001' -> acquired(Wesfarmers, Howard Smith Limited) +
 # parentOrganization(Howard Smith Limited, Wesfarmers) (a completed takeover of the company's remainder); 'In 1961 the
 # Melbourne Steamship Company was taken over.' -> acquired(Howard Smith Limited, Melbourne Steamship Company) +
 # parentOrganization (a takeover in the company's own history, told in the passive with no buyer written; doubtful:
 # a reader might give nothing); RW Miller Holdings: 'Howard Smith gained a 35% shareholding. This was increased to 67%
 # in 1979 ... and in February 1985 it took 100% ownership' -> acquired(Howard Smith Limited, RW Miller Holdings) +
 # parentOrganization (control from 1979, the whole from 1985); 'In March 1989, Howard Smith purchased the Dilmun
 # Navigation Co from Inchcape' -> acquired + parentOrganization(Dilmun Navigation Co, Howard Smith Limited), and
 # parentOrganization(Dilmun Navigation Co, Inchcape) (the seller owned it; ownership stated as past is still
 # recorded, GUIDELINES, Relations). Near-misses, no relation: 'a takeover offer was made for RW Miller Holdings.
 # Although not successful' -> nothing for the offer (a failed bid; the later purchase is the relation); 'when it
 # acquired Ampol's shareholding' -> no acquired(Howard Smith Limited, Ampol) (a shareholding bought from Ampol, not
 # Ampol) and no parentOrganization(RW Miller Holdings, Ampol) (a stake of unstated size); 'Smith sold his share in the
 # business to Thomas Parker' -> nothing (a person's share in a ship, a person as buyer); 'Its divisions began to be
 # sold off' -> nothing (no buyer named); 'the management of specilised ships for others' -> no partner (no customer
 # named)
 relations=[L("Wesfarmers", "acquired", HSL), L(HSL, "parentOrganization", "Wesfarmers"), L(HSL, "acquired", MSC),
            L(MSC, "parentOrganization", HSL), L(HSL, "acquired", RWM), L(RWM, "parentOrganization", HSL),
            L(HSL, "acquired", DNC), L(DNC, "parentOrganization", HSL), L(DNC, "parentOrganization", "Inchcape")],
 outages=[],
 # '1854' (twice, one item), 'August 2001', '7 July 1854', '3 October 1854', '1861', 'May 1864', '1875', '1883',
 # '1885', '1893', '1947', '1961', '1968', '1972', '1979', 'February 1985', 'March 1989'; 'the 1990s' -> nothing
 dates=[D("1854", "1854"), D("August 2001", "2001-08"), D("7 July 1854", "1854-07-07"),
        D("3 October 1854", "1854-10-03"), D("1861", "1861"), D("May 1864", "1864-05"), D("1875", "1875"),
        D("1883", "1883"), D("1885", "1885"), D("1893", "1893"), D("1947", "1947"), D("1961", "1961"),
        D("1968", "1968"), D("1972", "1972"), D("1979", "1979"), D("February 1985", "1985-02"),
        D("March 1989", "1989-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
