#!/usr/bin/env python3
"""Batch 65p gold annotations (the texts of batch65p.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-65m; batch10_annotate.write_parts), so with three texts: test, train, dev. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); decades ('the 1840s', 'the mid-1850s', 'the
1870s', 'the 1880s', '1970s and 80s'), 'around the time of Indian independence' (an event), 'In the early years',
'Later', ages ('37-year-old', '50-year-old') -> nothing; 'October 1910', 'October 1947' -> the month; 'starting around
1949' beside 'In 1949' -> one item '1949' (the same text and value).
No text tells an outage, so every `outages` list is empty, and no text tells a near-miss of one.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-65m): a completed purchase by a company ('BBTC was
acquired by the Wadia group') -> acquired + parentOrganization(target, buyer); a purchase with the target 'merged in'
('the BBTC acquired and merged in BCL Springs') -> acquired only (the target merged away, GUIDELINES, Relations); a
purchase by a family ('The Vissanji family purchased the company') -> nothing (no Company as buyer, as batch 64i read
purchases given to a person); 'had the controlling interests', 'was owned by' -> parentOrganization; a merger with its
parties unnamed ('created in 2007 through a merger of three companies') -> nothing; buying and selling 'the management'
of a board -> nothing (not the board itself; doubtful); licences to build a licensor's vehicles -> partner (a licensing
deal, GUIDELINES); car nameplates and brands -> Service (GUIDELINES, Types), with provider to the company that makes or
owns them ('its Premier Padmini'; the nameplates Premier built under Chrysler's licences -> provider to Chrysler
Corporation, doubtful); a listing on an exchange -> no partner (as batch 64i read the Sydney Stock Exchange); founders
(GUIDELINES part 2, Roles, 'Founders'): 'William Sime and Henry Darby established Sime, Darby and Co.' -> cofounder
each; 'established by Walchand Hirachand as Premier Automobiles Ltd' -> founder (one person named alone); a firm as
founder ('formed in 1863 by the Wallace Brothers') -> no role (roles take a Person); a man whose 'encouragement and
support' helped a founding, a 'mercantile assistant' and a 'banker' with no organisation named -> no role; 'Sir.' not
in the name (as batches 63c-65m left 'Sir' out); a company's former names -> aliases ('formerly known as The Premier
Automobiles Limited', 'founded in 1903 as Walchand-Phatak Co.', 'the name was changed to TATA Constructions'), a city's
later name ('Bombay (now Mumbai)') -> an alias; a stock exchange -> Company (GUIDELINES part 1); a land development
board -> Organization (a government body); 'the Malaysian government', 'the Burmese state', 'Indian merchants', 'the
Vissanji family', 'the Wallaces', 'The six brothers', 'British leaders', demonyms and adjectives ('Scottish',
'British', 'English', 'Indian', 'French') -> nothing (no named body or person; as train's files leave 'the Chinese
government' and 'the Indian government' unannotated); wars ('the third Anglo-Burmese War') -> nothing (events); a
ticker ('MYX: 4197') and an exchange's segment ('the Main Board') -> nothing.
usage: batch65p_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- trading, India: Bombay Burmah Trading Corporation (en.wikipedia.org 'Jump to navigation' rendering) -------------
BBT = "Bombay Burmah Trading Corporation Limited"
WB = "Wallace Brothers"
WAD = "Wadia group"
A["wp-bombay-burmah-trading-corporation"] = dict(
 # the company -> Company 'Bombay Burmah Trading Corporation Limited' (written with a sentence-opening 'The'), aliases
 # 'Bombay Burmah Trading Company' ('often simply called'), 'Bombay Burmah Trading Corporation' (the name it 'was
 # floated as', written in quotes with 'The') and 'BBTC' ('The Corporation', 'the company', 'it' generic); the
 # merchant house 'Wallace Brothers' -> Company ('a Scottish merchant house', 'a leading financial house in London',
 # 'This firm'), alias 'Wallace brothers' (the sellers, written with a lowercase 'b'; the same firm named by case, as
 # batch 65m listed 'TransBrasil' and 'Transbrasil'; doubtful: a reader might read the six brothers as people here);
 # 'Wallace Bros & Co' (the Bombay partnership of 1848), 'BCL Springs', 'Wadia group' ('based in Bombay'; a lowercase
 # 'group', as written) -> Company; William Wallace -> Person; Burma, India, Edinburgh, Bombay (alias its later name
 # 'Mumbai': 'Bombay (now Mumbai)'), Rangoon, Siam, London -> Location. No entity: 'the Wallaces' and 'The six
 # brothers' (the family's members, unnamed one by one; a reader might alias 'Wallaces' to the firm), 'the Vissanji
 # family' (a family, as batch 64i left 'The Tooth family'), 'Indian merchants', 'the Burmese state' (no named body),
 # 'British leaders', 'the third Anglo-Burmese War' (an event), 'Indian independence' (an event), 'Burmese', 'Scottish',
 # 'British', 'French' (adjectives)
 entities=[E("Company", BBT, "Bombay Burmah Trading Company", "Bombay Burmah Trading Corporation", "BBTC"),
           E("Company", WB, "Wallace brothers"), E("Location", "Burma"), E("Person", "William Wallace"),
           E("Location", "India"), E("Location", "Edinburgh"), E("Location", "Bombay", "Mumbai"),
           E("Company", "Wallace Bros & Co"), E("Location", "Rangoon"), E("Location", "Siam"),
           E("Location", "London"), E("Company", "BCL Springs"), E("Company", WAD)],
 # No role: the text names no person with a post. Near-misses: 'was formed in 1863 by the Wallace Brothers' -> no
 # founder (the founder is a firm, and roles take a Person; a reader might give founder or cofounder to the six
 # brothers, who are not named one by one); 'the assets in Burma of William Wallace' -> no role for William Wallace (an
 # owner of assets taken over, no post)
 roles=[],
 # 'Its equity was held by Indian merchants, as well as the Wallace Brothers who had the controlling interests' ->
 # parentOrganization(Bombay Burmah Trading Corporation Limited, Wallace Brothers) (control held by a named firm;
 # doubtful: a reader might give nothing, the holders being partly unnamed); 'In 1992, the BBTC acquired and merged in
 # BCL Springs' -> acquired(Bombay Burmah Trading Corporation Limited, BCL Springs) only (the target merged in, so no
 # parentOrganization, GUIDELINES, Relations); 'Later, BBTC was acquired by the Wadia group based in Bombay' ->
 # acquired(Wadia group, Bombay Burmah Trading Corporation Limited) + parentOrganization(Bombay Burmah Trading
 # Corporation Limited, Wadia group) (a completed purchase; the company went on). Near-misses, no relation: 'The
 # Vissanji family purchased the company from the Wallace brothers' -> no acquired (the buyer is a family, no Company;
 # a reader might give acquired to an unnamed Vissanji firm) and no parentOrganization to the Wallace Brothers after it
 # (ownership past is kept anyway by the controlling-interest sentence); 'by taking over the assets in Burma of
 # William Wallace' -> nothing (assets of a person); 'A Bombay partnership was formed in 1848 as Wallace Bros & Co' and
 # 'In 1863 the business was floated as The Bombay Burmah Trading Corporation' -> no parentOrganization between Wallace
 # Bros & Co, the Wallace Brothers and the BBTC (the text ties the floated business to the Wallaces' Rangoon business,
 # not to the partnership; a reader might make Wallace Bros & Co the forerunner or parent)
 relations=[L(BBT, "parentOrganization", WB), L(BBT, "acquired", "BCL Springs"), L(WAD, "acquired", BBT),
            L(BBT, "parentOrganization", WAD)],
 outages=[],
 # '1863' (twice, one item), '1848', '1992'; 'the 1840s', 'the mid-1850s', 'the 1870s', 'the 1880s' (decades),
 # 'around the time of Indian independence' (an event, no year written) -> nothing
 dates=[D("1863", "1863"), D("1848", "1848"), D("1992", "1992")])

# ---- carmaking, India: Premier Automobiles Limited (en.wikipedia.org '= Title =' rendering) ---------------------------
PAL = "Premier Automobiles Limited"
CHR = "Chrysler Corporation"
A["wp-premier-automobiles"] = dict(
 # the company -> Company 'Premier Automobiles Limited' (the fullest form, inside 'The Premier Automobiles Limited'),
 # aliases 'Premier Ltd' (its later name, written first), 'Premier Automobiles Ltd', 'PAL', 'Premier' ('changed to
 # Premier', 'Premier is well-known', 'Premier and Hindustan Motors'), and its earlier names 'Walchand-Phatak Co.'
 # ('The company was founded in 1903 as') and 'TATA Constructions' ('the name was changed to'; doubtful: the text gives
 # 1903, 1941 and 1944 as founding years, and a reader might make the firm of 1903 a forerunner of its own);
 # 'Walchand Group', 'TATA' ('after the exit of TATA'; the company that left, named alone; doubtful: the sentence
 # seems to lack a word, and a reader might read only 'TATA's name' and give no entity), 'Chrysler Corporation' (alias
 # 'Chrysler'), 'Hindustan Motors' (alias 'Hindustan': 'Premier and Hindustan were marked by very low sales') ->
 # Company; 'Indian Department of Defense' -> Organization; Walchand Hirachand, M. Visvesvaraya ('Sir. M.
 # Visvesvaraya', the honorific not in the name) -> Person; the car 'Premier Padmini' and the nameplates 'Plymouth',
 # 'Dodge', 'DeSoto', 'Fargo' (the names the vehicles were 'sold under') -> Service (GUIDELINES, Types: car nameplates);
 # Mumbai, India, Calcutta -> Location. No entity: 'Indian' (an adjective), 'the Indian car market', 'the first Indian
 # made trucks and cars', 'these vehicles', '65 different models' (unnamed), 'contract & construction business'
 entities=[E("Company", PAL, "Premier Ltd", "Premier Automobiles Ltd", "PAL", "Premier", "Walchand-Phatak Co.",
             "TATA Constructions"),
           E("Location", "Mumbai"), E("Company", "Walchand Group"), E("Person", "Walchand Hirachand"),
           E("Person", "M. Visvesvaraya"), E("Company", "TATA"), E("Location", "India"),
           E("Service", "Premier Padmini"), E("Company", CHR, "Chrysler"), E("Service", "Plymouth"),
           E("Service", "Dodge"), E("Service", "DeSoto"), E("Service", "Fargo"),
           E("Organization", "Indian Department of Defense"), E("Company", "Hindustan Motors", "Hindustan"),
           E("Location", "Calcutta")],
 # 'was established by Walchand Hirachand as Premier Automobiles Ltd (PAL) in 1944' -> founder at Premier Automobiles
 # Limited (one person named alone, GUIDELINES part 2, Roles, 'Founders'), current true. Near-misses: 'with the
 # encouragement and support of Sir. M. Visvesvaraya' -> no role (a supporter, no post; a reader might give cofounder);
 # Walchand Hirachand at the Walchand Group -> no role (the text says nothing of his post there, only the shared name)
 roles=[R("Walchand Hirachand", "founder", PAL)],
 # 'The company was owned by the Walchand Group' -> parentOrganization(Premier Automobiles Limited, Walchand Group);
 # 'Premier is well-known for its Premier Padmini' -> provider(Premier Padmini, Premier Automobiles Limited);
 # 'negotiated with Chrysler Corporation for licenses to build a Plymouth car and a Dodge truck, sold under the Dodge,
 # Plymouth, DeSoto, and Fargo names starting around 1949' -> partner(Premier Automobiles Limited, Chrysler
 # Corporation) (a licensing deal, GUIDELINES, Relations; the vehicles sold from 1949 show the licences were got;
 # doubtful: 'negotiated ... for' alone would be talks) and provider(Plymouth / Dodge / DeSoto / Fargo, Chrysler
 # Corporation) (the licensor's nameplates; doubtful: a reader might give them to Premier, which built the vehicles
 # under licence, or give no provider). Near-misses, no relation: 'Two companies made parts for these vehicles: Premier
 # and Hindustan Motors of Calcutta' -> no partner (no customer named; two makers side by side, not partners); 'quality
 # was considered good by both Chrysler and the Indian Department of Defense' -> no partner (an opinion, no contract
 # stated); 'after the exit of TATA' -> no partner and no parentOrganization with TATA (the tie that ended is not told)
 relations=[L(PAL, "parentOrganization", "Walchand Group"), L("Premier Padmini", "provider", PAL),
            L(PAL, "partner", CHR), L("Plymouth", "provider", CHR), L("Dodge", "provider", CHR),
            L("DeSoto", "provider", CHR), L("Fargo", "provider", CHR)],
 outages=[],
 # '1944', '1903', 'October 1947', '1941', '1949' ('starting around 1949' and 'In 1949', one item); '1970s and 80s'
 # (decades), 'In the early years', 'Later on' -> nothing
 dates=[D("1944", "1944"), D("1903", "1903"), D("October 1947", "1947-10"), D("1941", "1941"), D("1949", "1949")])

# ---- plantations, Malaysia: Sime Darby (en.wikipedia.org 'Jump to: navigation' rendering) ----------------------------
SDB = "Sime Darby Berhad"
SDC = "Sime, Darby and Co."
WS = "William Middleton Sime"
A["wp-sime-darby"] = dict(
 # the conglomerate -> Company 'Sime Darby Berhad' (alias 'Sime Darby'; 'The modern Sime Darby Berhad corporation');
 # 'Sime, Darby and Co.' (the firm of 1910; 'The company', 'the company's founding' generic) -> Company of its own (the
 # text makes the modern Berhad a creation of 2007 by a merger of three companies; doubtful: a reader might alias the
 # firm of 1910 to the Berhad); 'Bursa Malaysia Securities Berhad' (a stock exchange, GUIDELINES part 1), 'Sarawak
 # Plantation Services' ('government owned') -> Company; 'Sarawak Land Development Board' (alias 'SLDB'; a board of the
 # state, GUIDELINES part 1) -> Organization; William Middleton Sime (the fullest form, alias 'William Sime'), Henry
 # Darby -> Person; Malaysia ('Malaysia-based'), Singapore, Northern Malaya (the region as written, 'Northern'
 # capitalised; doubtful: a reader might give 'Malaya') -> Location. No entity: 'the Malaysian government' (twice; no
 # named body, as train's files leave 'the Chinese government'), 'MYX: 4197' (a ticker), 'the Main Board' (a segment of
 # the exchange), 'three companies' (unnamed), 'Sarawak' (only inside two names; as batch 64i left a place only inside
 # a designation), 'British', 'Scottish', 'English' (adjectives)
 entities=[E("Company", SDB, "Sime Darby"), E("Location", "Malaysia"), E("Company", "Bursa Malaysia Securities Berhad"),
           E("Organization", "Sarawak Land Development Board", "SLDB"), E("Company", "Sarawak Plantation Services"),
           E("Person", WS, "William Sime"), E("Person", "Henry Darby"), E("Company", SDC),
           E("Location", "Singapore"), E("Location", "Northern Malaya")],
 # 'In October 1910, British businessmen William Sime and Henry Darby established Sime, Darby and Co.' -> cofounder
 # each at Sime, Darby and Co. (two people named together as founding it, GUIDELINES part 2, Roles, 'Founders'),
 # current true. Near-misses: 'he left his job as a mercantile assistant in Singapore' -> no role (no organisation
 # named; a past job); 'a wealthy 50-year-old English banker' -> no role (no bank named); no role at Sime Darby Berhad
 # for either (the text ties them to the firm of 1910 only)
 roles=[R(WS, "cofounder", SDC), R("Henry Darby", "cofounder", SDC)],
 # No relation. Near-misses: 'It has assisted the Malaysian government by buying the management of the Sarawak Land
 # Development Board (SLDB)' -> no acquired and no parentOrganization (the management, not the board, was bought;
 # doubtful: a reader might give acquired(Sime Darby Berhad, Sarawak Land Development Board)); 'sold it to government
 # owned Sarawak Plantation Services' -> no acquired (the same management sold on; not a company); 'Sime Darby is listed
 # on the Main Board of Bursa Malaysia Securities Berhad' -> no partner (a listing, as batch 64i read the Sydney Stock
 # Exchange); 'created in 2007 through a merger of three companies' -> nothing (a merger with its parties unnamed,
 # GUIDELINES, Relations; a reader might give parentOrganization(Sime, Darby and Co., Sime Darby Berhad)); 'close
 # relationships with the Malaysian government' -> no partner (no body named)
 relations=[],
 outages=[],
 # '1987', '2007', 'October 1910'; '37-year-old', '50-year-old' (ages) -> nothing
 dates=[D("1987", "1987"), D("2007", "2007"), D("October 1910", "1910-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
