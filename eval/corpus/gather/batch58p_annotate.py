#!/usr/bin/env python3
"""Batch 58p gold annotations (the texts of batch58p.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 56p, 57b, 57g, 57q, 58e and 58h;
batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are Wikipedia texts with `published`
null: only absolute dates (GUIDELINES.md, Dates); 'a month later' (relative to a date of the text, as GATHERING.md's
earlier rounds left 'four years later' out), 'for many years', 'its 150th anniversary', '15 year old' and 'per year'
-> nothing; a span of life years '(1810–1893)' -> its two years, each one item beside the same year written alone (as
batches 56f and 58e). No text tells an outage, so every `outages` list is empty; one tells a near-miss of one (the
fire that destroyed Jenners' original building in 1892: a physical accident; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56f,
56h, 56j, 56n, 56p, 57b, 57g, 57o, 57q, 58e, 58h, 58n): a company 'acquired by', 'bought by', 'purchased by', 'sold
... to' (completed) -> acquired + parentOrganization(target, buyer) (ownership that ended kept: relations carry no
time); 'absorbed into' a group under which the company went on, renamed -> acquired + parentOrganization (doubtful,
said at the item); 'a subsidiary of', 'became a subsidiary of', 'other companies that were then part of' -> 
parentOrganization; 'X, owner of Y' (two companies) -> parentOrganization(Y, X); a person who owns or buys a company
('owned by ... Alan Stephenson', 'Gieve purchased the remaining shares') -> no relation and no role (acquired needs a
Company as buyer; owners hold no post); 'nationalised', a split into smaller companies, 'set up by a number of ...
drivers' -> nothing (no buyer, no parent, no one named); 'formed ... by A and his partners' -> cofounder (doubtful);
'founded ... by A, a linen draper, and B' -> cofounder each; 'established his first shop' of the business founded that
year -> founder (doubtful); 'purchased the remaining shares to form X' -> founder of X; 'headed by' -> head; 'took
charge of the store', 'installed ... to run the company' -> head (no title written; doubtful, as batch 58e's 'took
over'); 'design director', 'head of design' -> executive (senior creative posts, as batches 40x, 56b, 57o and 58n's
'creative director'); 'former ... managing director' -> director, current false (GUIDELINES, Roles); tailors,
drapers, architects, golfers, celebrities, kings, queens and customers -> no role; a company's former names ('renamed',
'initially known as', 'founded as') and a nickname ('Known as the "Harrods of the North"') -> aliases (GUIDELINES,
Types); streets and a store's address -> Location, no role or relation attached; the British Army and the Royal Navy
-> Organization; a nationalised bus holding company run as a business (the National Bus Company) -> Company; a
family (the Douglas Miller family, 'The Fangs') and 'the Duke and Duchess of Hamilton' (no name of either alone) ->
no entity; demonyms and adjectives ('Scottish', 'British', 'Portsmouth-based' aside from the city) -> nothing, a place
name used attributively ('the Hong Kong conglomerate') -> the Location.
usage: batch58p_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- fashion, UK: Gieves & Hawkes -------------------------------------------------------------------------------------
GH = "Gieves & Hawkes"
TR = "Trinity Ltd."
FG = "Frasers Group"
JG = "James Watson Gieve"
A["wp-gieves-and-hawkes"] = dict(
 # the company -> Company 'Gieves & Hawkes' ('The business', 'The company' generic, no alias); Trinity Ltd. (alias
 # 'Trinity', the same conglomerate in the next sentence), Shandong Ruyi, Frasers Group, Sports Direct, Gieves & Co.
 # (the firm Gieve formed in 1887; kept apart: the kept text does not say how it came into Gieves & Hawkes; a reader
 # knowing the history might alias it) -> Company; the British Army, the Royal Navy -> Organization; Joshua Scacheri,
 # Thomas Hawkes, King George III, James Watson Gieve (alias 'Gieve'), Augustus Meredith (alias 'Meredith', in
 # "Meredith's business"), Joseph Galt, John (his father, first name only, as batch 58e's first names) -> Person;
 # Savile Row (the street of its address '1 Savile Row'), London, England, Hong Kong ('the Hong Kong conglomerate'),
 # Brewer Street, Piccadilly, Portsmouth ('a Portsmouth-based tailor') -> Location. No entity: 'the British royal
 # family' (a family, no one named), 'royal warrants' / 'Royal Warrants' (grants), the pronunciation '/ˈgiːvz/',
 # 'men's ready-to-wear' and 'military tailoring' (generic), 'No.17' and 'No.14' (house numbers)
 entities=[E("Company", GH), E("Location", "Savile Row"), E("Location", "London"), E("Location", "England"),
           E("Location", "Hong Kong"), E("Company", TR, "Trinity"), E("Company", "Shandong Ruyi"),
           E("Company", FG), E("Company", "Sports Direct"), E("Organization", "British Army"),
           E("Organization", "Royal Navy"), E("Person", "Joshua Scacheri"), E("Person", "Thomas Hawkes"),
           E("Location", "Brewer Street"), E("Person", "King George III"), E("Location", "Piccadilly"),
           E("Person", JG, "Gieve"), E("Person", "Augustus Meredith", "Meredith"), E("Location", "Portsmouth"),
           E("Person", "Joseph Galt"), E("Person", "John"), E("Company", "Gieves & Co.")],
 # 'The current design director is Joshua Scacheri' -> executive at Gieves & Hawkes (a senior creative post, as
 # 'creative director' in batches 40x, 56b, 57o and 58n), current true ('current'); 'The business was founded in
 # 1771' with 'Thomas Hawkes established his first shop in 1771' -> founder at Gieves & Hawkes, current true
 # (doubtful: the text never writes 'founded by'; the same year and the history section's start make him the founder
 # of the business the lead dates to 1771; the infobox that names him founder is cut); 'Gieve purchased the remaining
 # shares to form Gieves & Co.' -> founder at Gieves & Co. (one person named; 'form' as batch 58h's 'to form the
 # London, Liverpool and Ocean Shipping Company'), current true (his death in 1888 ends no post in so many words; as
 # batch 58h kept founders of long ago current). Near-misses: 'Augustus Meredith, a Portsmouth-based tailor by
 # appointment to the Royal Navy' -> no role (a trade and a supplier's warrant, no post at the Navy); 'Gieve partnered
 # with Joseph Galt' -> no role and no partner (two persons, no firm named for the partnership); 'whose father John had
 # taken over Meredith's business' -> no role (the business unnamed); 'King George III became a customer' -> no role
 # (a king, no country named with him; a customer)
 roles=[R("Joshua Scacheri", "executive", GH), R("Thomas Hawkes", "founder", GH), R(JG, "founder", "Gieves & Co.")],
 # 'It was acquired in 2012 by the Hong Kong conglomerate Trinity Ltd.' -> acquired + parentOrganization(Gieves &
 # Hawkes, Trinity Ltd.); 'which was in turn purchased by Shandong Ruyi in 2017' -> acquired + parentOrganization(Trinity
 # Ltd., Shandong Ruyi); 'Gieves & Hawkes was acquired in November 2022 by Frasers Group' -> acquired +
 # parentOrganization(Gieves & Hawkes, Frasers Group) (both owners kept: relations carry no time); 'Frasers Group, owner
 # of Sports Direct' -> parentOrganization(Sports Direct, Frasers Group). Near-misses: 'After Trinity was subject to a
 # winding-up petition for debt' -> nothing (a court process, no buyer); 'Gieve purchased the remaining shares' -> no
 # acquired (the buyer a person); 'had taken over Meredith's business' -> nothing (a person buying an unnamed
 # business); the British Army and the Royal Navy as clients -> no partner (customers in general, no contract told)
 relations=[L(TR, "acquired", GH), L(GH, "parentOrganization", TR), L("Shandong Ruyi", "acquired", TR),
            L(TR, "parentOrganization", "Shandong Ruyi"), L(FG, "acquired", GH), L(GH, "parentOrganization", FG),
            L("Sports Direct", "parentOrganization", FG)],
 outages=[],
 # '1771' (twice, one item), '2012', '2017', 'September 2021', 'November 2022', '1760', '1793', '1809', '1835', '1852',
 # '1887', '1888'; '15 year old' -> left out
 dates=[D("1771", "1771"), D("2012", "2012"), D("2017", "2017"), D("September 2021", "2021-09"),
        D("November 2022", "2022-11"), D("1760", "1760"), D("1793", "1793"), D("1809", "1809"), D("1835", "1835"),
        D("1852", "1852"), D("1887", "1887"), D("1888", "1888")])

# ---- fashion, UK: Pringle of Scotland ---------------------------------------------------------------------------------
PS = "Pringle of Scotland"
FS = "SC Fang & Sons"
KF = "Kenneth Fang"
A["wp-pringle-of-scotland"] = dict(
 # the company -> Company 'Pringle of Scotland', aliases 'Pringle' ('known generally simply as Pringle', 'Pringle was
 # acquired', 'Pringle knitware') and 'Waldie, Pringle, Wilson & Co' (its first name: 'initially known as'); Dawson
 # International, SC Fang & Sons -> Company; Robert Pringle, Nick Faldo, Kenneth Fang (alias 'Fang': 'Fang reportedly
 # paid', 'He installed his son'), Douglas Fang, Stuart Stockdale (alias 'Stockdale'), Princess Margaret, Grace Kelly,
 # Noël Coward, Robbie Williams, Madonna, David Beckham, Queen Elizabeth II, the Queen Mother (named by her style alone;
 # doubtful: a reader might leave a style without a name out) -> Person; Hawick, the Scottish Borders (a region), Hong
 # Kong, New Bond Street, London, New York City, Milan, Seoul, Tokyo, the US, the UK -> Location. No entity: 'The
 # Fangs' (a family), 'London Fashion Week' (an event; GUIDELINES, Types), 'a Royal Warrant' (a grant), 'Scottish'
 # (adjective), 'preppies', 'chav', 'football casual culture' (subcultures), 'golf clothing', 'lambswool' (generic)
 entities=[E("Company", PS, "Pringle", "Waldie, Pringle, Wilson & Co"), E("Person", "Robert Pringle"),
           E("Location", "Hawick"), E("Location", "Scottish Borders"), E("Company", "Dawson International"),
           E("Person", "Nick Faldo"), E("Location", "Hong Kong"), E("Company", FS), E("Person", KF, "Fang"),
           E("Person", "Douglas Fang"), E("Person", "Stuart Stockdale", "Stockdale"),
           E("Person", "Princess Margaret"), E("Person", "Grace Kelly"), E("Person", "No\u00ebl Coward"),
           E("Person", "Robbie Williams"), E("Person", "Madonna"), E("Person", "David Beckham"),
           E("Person", "Queen Elizabeth II"), E("Person", "Queen Mother"), E("Location", "New Bond Street"),
           E("Location", "London"), E("Location", "New York City"), E("Location", "Milan"), E("Location", "Seoul"),
           E("Location", "Tokyo"), E("Location", "US"), E("Location", "UK")],
 # 'The company was formed in 1815 by Robert Pringle and his partners' -> cofounder at Pringle of Scotland (one founder
 # named among several; doubtful: a reader might give founder, as batch 58n gave where one person alone is named),
 # current true; 'SC Fang & Sons (headed by textile magnate Kenneth Fang)' -> head at SC Fang & Sons (GUIDELINES, as
 # batch 58e's 'headed the company'), current true; 'He installed his son Douglas Fang to run the company' -> head at
 # Pringle of Scotland, current true (doubtful: no title written to the post, as batch 58e's 'took over'); 'employed
 # Stuart Stockdale as its head of design' -> executive at Pringle of Scotland (a department head, a senior creative
 # post), current true (nothing in the text ends it; the cut reference's headline 'loss of design chief' is not in the
 # text). Near-misses: 'textile magnate' -> no further role (a trade); 'the company sponsored golfer Nick Faldo' -> no
 # role and no partner (a sponsorship of a person; partner needs two organisations); the celebrities, the Queen and
 # the Queen Mother -> no role (wearers and warrant grantors, no post at a named organisation)
 roles=[R("Robert Pringle", "cofounder", PS), R(KF, "head", FS), R("Douglas Fang", "head", PS),
        R("Stuart Stockdale", "executive", PS)],
 # 'In 1967 the company was bought by Dawson International' -> acquired + parentOrganization(Pringle of Scotland, Dawson
 # International); 'In 2000 Pringle was acquired by Hong Kong company SC Fang & Sons' -> acquired +
 # parentOrganization(Pringle of Scotland, SC Fang & Sons) (both owners kept: relations carry no time). Near-misses:
 # 'Fang reportedly paid only £6 million' and 'The Fangs invested around £7 million' -> no further relation (the same
 # purchase; a family's money); 'The company holds a Royal Warrant from Queen Elizabeth II' -> nothing (a grant);
 # 'The company has stores in ...' -> nothing
 relations=[L("Dawson International", "acquired", PS), L(PS, "parentOrganization", "Dawson International"),
            L(FS, "acquired", PS), L(PS, "parentOrganization", FS)],
 outages=[],
 # '1815', '1967', '2000'; 'per year', 'for much of his career' -> left out
 dates=[D("1815", "1815"), D("1967", "1967"), D("2000", "2000")])

# ---- retail, UK: Jenners ----------------------------------------------------------------------------------------------
JE = "Jenners"
HF = "House of Fraser"
CJ = "Charles Jenner"
A["wp-jenners"] = dict(
 # the store -> Company 'Jenners' (a department store business: 'the retail business was acquired'), aliases
 # 'Kennington & Jenner' (its name at its founding, 'founded as') and 'Harrods of the North' (a nickname: 'Known as the
 # "Harrods of the North"'; doubtful: a reader might leave a nickname out; Harrods, named only inside it, is no entity
 # of its own, as GUIDELINES, Types treats a company named only inside a product's name); House of Fraser (the same
 # with 'the' once) -> Company; Charles Jenner (alias none: 'Charles Jenner FRSE', the post-nominal letters left out of
 # the name), Charles Kennington, William Hamilton Beattie, James Kennedy, Queen Elizabeth II -> Person; Edinburgh,
 # Scotland, Princes Street -> Location. No entity: 'the Douglas Miller family' (a family, no one of it named), 'the
 # Duke and Duchess of Hamilton' (styles, neither written alone), 'FRSE' (letters after a name), 'a Royal Warrant',
 # 'a category A listed building' (a status), 'the building' and 'a hotel' (unnamed), 'paté de foie gras' (generic)
 entities=[E("Company", JE, "Kennington & Jenner", "Harrods of the North"), E("Location", "Edinburgh"),
           E("Location", "Scotland"), E("Location", "Princes Street"), E("Company", HF), E("Person", CJ),
           E("Person", "Charles Kennington"), E("Person", "William Hamilton Beattie"), E("Person", "James Kennedy"),
           E("Person", "Queen Elizabeth II")],
 # 'Jenners was founded as "Kennington & Jenner" in 1838 by Charles Jenner FRSE (1810–1893), a linen draper, and
 # Charles Kennington' -> cofounder each at Jenners (two founders named), current true; 'James Kennedy, who took charge
 # of the store after Charles Jenner retired in 1881' -> head at Jenners, current true (doubtful: no title written to
 # the post, as batch 58e's 'took over'; nothing in the text ends his charge, though the store passed to his
 # descendants). Near-misses: 'after Charles Jenner retired in 1881' -> no head role for Jenner (no post named; a
 # reader might give head, current false); 'a linen draper' -> no role (a trade); 'the Scottish architect William
 # Hamilton Beattie was appointed to design a replacement' -> no role (a commission for a building, no post at
 # Jenners); 'Jenners was run for many years by the Douglas Miller family' -> no role (a family, no person named);
 # 'visited by Queen Elizabeth II' -> no role
 roles=[R(CJ, "cofounder", JE), R("Charles Kennington", "cofounder", JE), R("James Kennedy", "head", JE)],
 # 'the retail business was acquired by House of Fraser in 2005' with 'a month later it was sold for £46.1 million' ->
 # acquired(House of Fraser, Jenners) + parentOrganization(Jenners, House of Fraser). Near-misses: 'in advanced
 # negotiations to sell the business to the House of Fraser' -> no second item (talks, then the same completed sale);
 # 'vacated by House of Fraser in May 2021' -> nothing (a move out of a building); 'While other acquisitions by House
 # of Fraser had been renamed' -> nothing (unnamed); 'House of Fraser invested £3 million in improvements to the store'
 # -> nothing more (the parent spending on its store); 'Known as the "Harrods of the North"' -> no relation to Harrods
 relations=[L(HF, "acquired", JE), L(JE, "parentOrganization", HF)],
 # near-miss: 'its original building was destroyed by fire in 1892' -> no outage (a physical accident; GUIDELINES,
 # Outages); 'It closed in December 2020' -> no outage (a business ending)
 outages=[],
 # '2005', 'December 2020', 'May 2021', '1838', '1810' and '1893' (of '(1810–1893)'; '1893' also alone, one item),
 # '1892', '1895', '1881', '1911', '1988', '16 March 2005', '2007', '2008'; 'a month later' (relative), 'for many
 # years', 'its 150th anniversary' -> left out
 dates=[D("2005", "2005"), D("December 2020", "2020-12"), D("May 2021", "2021-05"), D("1838", "1838"),
        D("1810", "1810"), D("1893", "1893"), D("1892", "1892"), D("1895", "1895"), D("1881", "1881"),
        D("1911", "1911"), D("1988", "1988"), D("16 March 2005", "2005-03-16"), D("2007", "2007"),
        D("2008", "2008")])

# ---- transport, UK: Harrogate Bus Company -----------------------------------------------------------------------------
HB = "Harrogate Bus Company"
WY = "West Yorkshire Road Car Company"
TBAT = "Tilling & British Automobile Traction"
AJS = "AJS Group"
A["wp-harrogate-bus-company"] = dict(
 # the article's company -> Company 'Harrogate Bus Company'; the company formed in 1906 -> Company 'West Yorkshire Road
 # Car Company' (its name from 1927, used four times), aliases 'The Harrogate Road Car Company' (its name of 1906) and
 # 'Harrogate & District Road Car Company' (its name of 1924) (renamed twice: one company; GUIDELINES, Types), kept apart
 # from Harrogate Bus Company (doubtful: the article tells the 1906 company as its subject's past, but the text has it
 # split into smaller companies in 1988, 'one of which became Harrogate & District Travel', and the cut text never says
 # that Harrogate & District Travel became Harrogate Bus Company; so three Companies, Harrogate & District Travel the
 # third; a reader might fold the three into one); Transdev Blazefield, Tilling & British Automobile Traction, the
 # Tilling Group (kept apart from Tilling & British Automobile Traction: the text does not say they are one; doubtful),
 # the National Bus Company (a state-owned company run as a business; GUIDELINES, Types), AJS Group (the same with
 # 'the' once), East Yorkshire Motor Services, Harrogate Independent Travel -> Company; Alan Stephenson -> Person; North
 # Yorkshire, West Yorkshire, England -> Location. No entity: Harrogate (named only inside company names), 'a number
 # of West Yorkshire Road Car Company drivers' (unnamed), 'smaller companies' (unnamed)
 entities=[E("Company", HB), E("Location", "North Yorkshire"), E("Location", "West Yorkshire"),
           E("Location", "England"), E("Company", "Transdev Blazefield"),
           E("Company", WY, "The Harrogate Road Car Company", "Harrogate & District Road Car Company"),
           E("Company", TBAT), E("Company", "Tilling Group"), E("Company", "National Bus Company"),
           E("Company", AJS), E("Company", "East Yorkshire Motor Services"), E("Person", "Alan Stephenson"),
           E("Company", "Harrogate & District Travel"), E("Company", "Harrogate Independent Travel")],
 # 'former East Yorkshire Motor Services managing director, Alan Stephenson' -> director at East Yorkshire Motor
 # Services (GUIDELINES: managing director), current false ('former'). Near-misses: 'the AJS Group, owned by ... Alan
 # Stephenson' -> no role (an owner holds no post; a reader might give head or chairman at AJS Group, which the text
 # does not write); 'a management buyout' -> no role (no manager named); the drivers who set up Harrogate Independent
 # Travel -> no founder role (none named); the cut infobox's managing director Henri Rohard is not in the text
 roles=[R("Alan Stephenson", "director", "East Yorkshire Motor Services", False)],
 # 'It is a subsidiary of Transdev Blazefield' -> parentOrganization(Harrogate Bus Company, Transdev Blazefield); 'In
 # 1924, the company was absorbed into Tilling & British Automobile Traction and renamed' -> acquired + parentOrganization
 # (West Yorkshire Road Car Company, Tilling & British Automobile Traction) (doubtful: 'absorbed into' could be read as
 # merged away, but the company went on under new names, so a takeover; a reader might give parentOrganization alone);
 # 'along with other companies that were then part of the Tilling Group' -> parentOrganization(West Yorkshire Road Car
 # Company, Tilling Group) ('other' makes it one of them); 'became a subsidiary of the National Bus Company' ->
 # parentOrganization; 'sold in a management buyout to the AJS Group' -> acquired + parentOrganization(West Yorkshire
 # Road Car Company, AJS Group); 'The company was subsequently purchased by AJS Group in April 1989' (Harrogate
 # Independent Travel) -> acquired + parentOrganization(Harrogate Independent Travel, AJS Group). Near-misses: 'was
 # nationalised' -> nothing (no state body named as owner); 'split into smaller companies ..., one of which became
 # Harrogate & District Travel' -> no parentOrganization (a split; the text does not say who owned the new company,
 # though AJS owned the business split; a reader might give parentOrganization(Harrogate & District Travel, AJS Group));
 # 'AJS Group, owned by ... Alan Stephenson' -> no relation (a person owner); 'in a bid to challenge their former
 # employer' -> no relation (competition)
 relations=[L(HB, "parentOrganization", "Transdev Blazefield"), L(TBAT, "acquired", WY),
            L(WY, "parentOrganization", TBAT), L(WY, "parentOrganization", "Tilling Group"),
            L(WY, "parentOrganization", "National Bus Company"), L(AJS, "acquired", WY),
            L(WY, "parentOrganization", AJS), L(AJS, "acquired", "Harrogate Independent Travel"),
            L("Harrogate Independent Travel", "parentOrganization", AJS)],
 outages=[],
 # 'November 1906', '1911', '1924', '1927', '1948', '1968', '1987', 'December 1988', '1986', 'April 1989'
 dates=[D("November 1906", "1906-11"), D("1911", "1911"), D("1924", "1924"), D("1927", "1927"), D("1948", "1948"),
        D("1968", "1968"), D("1987", "1987"), D("December 1988", "1988-12"), D("1986", "1986"),
        D("April 1989", "1989-04")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
