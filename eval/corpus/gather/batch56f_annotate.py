#!/usr/bin/env python3
"""Batch 56f gold annotations (the texts of batch56f.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(the batch's own cycle; batch10_annotate.write_parts). All four are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); 'the end of the 1940s' and 'the late 1940s' (parts of a decade, as batches 55f,
55i and 55s left decades out), 'for ten years', 'at the age of 19' and 'the fiscal year that ended 30 September 2009'
(kept as the day '30 September 2009') are the calls on time. No text tells an outage (or a near-miss of one), so
every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j, 37k, 37u, 38k, 38n, 40o, 40t, 40v, 40za-40zg, 54zu, 55e, 55f, 55n,
55s): a company 'acquired', 'sold to', 'taken over by', 'bought' -> acquired + parentOrganization(target, buyer)
(ownership that ended kept: relations carry no time); a company 'sold the majority stake of 77.5% to' a buyer ->
acquired + parentOrganization (a bought majority read as control, as batch 55s's 70% of Be Living; doubtful); a
company bought back by its founder 'with' its chief executive and a private equity firm -> acquired +
parentOrganization for the firm (the one buying company named; doubtful); 'the restaurant's owner X', 'owner of' ->
parentOrganization (a stated owner); 'a subsidiary of', 'owns the US company' -> parentOrganization; 'the holding
company Sportswift Ltd' the first shop opened within -> parentOrganization(Card Factory, Sportswift Ltd) (doubtful);
a publisher's 'sole magazine' -> parentOrganization(magazine, publisher) (a magazine is a Company, batch 52k;
doubtful); a website a company owns -> Service + provider; restaurants a founder 'created' and restaurant brands a
group owns -> Service (brands users visit, as batch 55zb's Fatburger and Johnny Rockets), provider where a company
owns them, no founder role for a Service; 'founded by A and his wife B' -> cofounder each, 'founded by A' and
'started by A' -> founder, current true (founders stay founders, also when the text says 'left' the company); 'took
the place of CEO' -> ceo, 'becoming Chairman' -> chairman, both current true (the text says neither ended); 'Future
chief executive Greg Ingham' (1998) -> ceo current true (no 'then' or 'former'; doubtful); a board the founders built
'including: X (Chairman of Maplin); Y (Managing Director, ...); Z (Commercial director, ...); W (Group finance
director, ...)' -> director at Card Factory for each board member whose post there is a director's or unnamed
(Managing Director -> director; Commercial director -> director; doubtful for the unnamed post), cfo for the group
finance director (finance director -> cfo, as batches 16b and 29a), chairman at Maplin for 'Chairman of Maplin';
'ex-Grant Thornton', 'ex-PricewaterhouseCoopers' and 'their ex-Bank Manager' -> no role (a past employer with no
title, or no named bank); a stock exchange, a firm of accountants, magazines -> Company; a stock index -> no entity;
a state as a litigant ('the State of Texas filed a lawsuit') -> Location (GUIDELINES: states are Location; doubtful);
a law -> no entity; a country's name as a modifier ('the US company', 'UK restaurants') -> Location (as batch 55n's
'a Belgium chemist'), adjectives ('British', 'Japanese', 'Chinese', 'Thai') -> no entity; a trailer body's trade name
('its Tautliner bodies') -> Service with no provider (a named product; its maker not named; doubtful); a stylised
lower-case form of a name ('wagamama') -> no second alias (the same name).
usage: batch56f_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- retail, UK: Card Factory ---------------------------------------------------------------------------------------
CF = "Card Factory"
A["wp-card-factory"] = dict(
 # the chain -> Company 'Card Factory'; the London Stock Exchange, Sportswift Ltd ('the holding company'), Clinton
 # Cards (a rival), Maplin, Grant Thornton and PricewaterhouseCoopers (past employers) -> Company; Dean Hoyle (alias
 # 'Dean'), Janet (his wife; the text gives no surname, so the entity is 'Janet'), Keith Pacey, Richard Hayes, Chris
 # Beck, Darren Bryant -> Person; the United Kingdom -> Location; the FTSE 250 Index (a stock index), 'the internal
 # design and print function' (an unnamed unit), 'a bank manager' (no bank named), the board -> nothing
 entities=[E("Company", CF), E("Location", "United Kingdom"), E("Person", "Dean Hoyle", "Dean"), E("Person", "Janet"),
           E("Company", "London Stock Exchange"), E("Company", "Sportswift Ltd"), E("Company", "Clinton Cards"),
           E("Person", "Keith Pacey"), E("Company", "Maplin"), E("Person", "Richard Hayes"), E("Person", "Chris Beck"),
           E("Company", "Grant Thornton"), E("Person", "Darren Bryant"), E("Company", "PricewaterhouseCoopers")],
 # 'founded by Dean Hoyle and his wife Janet' -> cofounder each, current true; 'The couple built a board to expand the
 # business, including: Keith Pacey (Chairman of Maplin)' -> director at Card Factory (a member of its board; his post
 # there unnamed: doubtful, a reader might give him nothing at Card Factory) and chairman at Maplin (current true: no
 # 'former' on that post); 'Richard Hayes (Managing Director, their ex-Bank Manager)' -> director (managing director
 # -> director); 'Chris Beck (Commercial director, ex-Grant Thornton)' -> director (a director's post on the board;
 # doubtful: a reader might give executive); 'Darren Bryant (Group finance director, ex-PricewaterhouseCoopers)' ->
 # cfo (finance director -> cfo); all current true (no 'former'; the 'ex-' words belong to their past employers).
 # Near-misses: 'ex-Grant Thornton', 'ex-PricewaterhouseCoopers' -> no role (a past employer with no title; a reader
 # might give other, current false); 'their ex-Bank Manager' -> no role (no bank named); 'whilst Janet founded and
 # headed-up the internal design and print function' -> no further role (an unnamed unit; a reader might give head at
 # Card Factory); 'Dean concentrated on expanding the business' -> no role beyond cofounder (no title)
 roles=[R("Dean Hoyle", "cofounder", CF), R("Janet", "cofounder", CF), R("Keith Pacey", "director", CF),
        R("Keith Pacey", "chairman", "Maplin"), R("Richard Hayes", "director", CF), R("Chris Beck", "director", CF),
        R("Darren Bryant", "cfo", CF)],
 # 'they opened their first shop under within the holding company Sportswift Ltd' -> parentOrganization(Card Factory,
 # Sportswift Ltd) (the business run within a holding company; doubtful: the text does not say whether Sportswift Ltd
 # is a separate parent or the company's own legal name, and a reader might give nothing). Near-misses: 'a profit-
 # margin advantage over rivals, including Clinton Cards' -> nothing (competitors); 'Chairman of Maplin' beside a seat
 # on Card Factory's board -> no relation between the two companies (a person's two posts); 'It is listed on the
 # London Stock Exchange and is a constituent of the FTSE 250 Index' -> nothing
 relations=[L(CF, "parentOrganization", "Sportswift Ltd")],
 outages=[],
 # 'for ten years' (a span with no anchor) -> left out
 dates=[D("1997", "1997"), D("1993", "1993")])

# ---- transport, UK: Stobart (logistics company) ---------------------------------------------------------------------
ES = "Eddie Stobart Limited"
A["wp-eddie-stobart"] = dict(
 # the company -> Company 'Eddie Stobart Limited', aliases 'Eddie Stobart Ltd.' (its name on incorporation, with the
 # full stop) and 'Eddie Stobart Ltd' ('the name Eddie Stobart Ltd', without it); the Culina Group and Muller (as
 # written, with the umlaut) -> Company; Eddie Stobart (alias 'Eddie') and Edward Stobart Junior (aliases 'Edward
 # Stobart', 'Edward') -> Person (two people: the father and his son; 'Eddie Stobart' inside the company's name is
 # the company's); the United Kingdom, Ireland, Belgium, Cumbria ('an agricultural business in Cumbria') -> Location;
 # Tautliner ('its Tautliner bodies', a trailer body's trade name) -> Service (doubtful: a reader might leave a
 # vehicle part's name out; its maker is not named, so no provider); the colours ('post-office red and Brunswick
 # green'), 'his father's contracting business' (the same business, unnamed), 'the road haulage business' -> nothing
 entities=[E("Company", ES, "Eddie Stobart Ltd.", "Eddie Stobart Ltd"), E("Location", "United Kingdom"),
           E("Location", "Ireland"), E("Location", "Belgium"), E("Person", "Eddie Stobart", "Eddie"),
           E("Location", "Cumbria"), E("Company", "Culina Group"), E("Company", "M\u00fcller"),
           E("Person", "Edward Stobart Junior", "Edward Stobart", "Edward"), E("Service", "Tautliner")],
 # 'Founded by Eddie Stobart' / 'The business was started by Eddie Stobart' -> founder, current true; 'Edward Stobart
 # took the place of CEO' (1973) -> ceo and 'Edward took full control ... becoming Chairman' (1976) -> chairman, both
 # current true (the text does not say he left either post; doubtful: a reader might read the chairmanship as
 # replacing the CEO post, or mark both past for a company now owned by the Culina Group). Near-misses: 'Eddie Stobart
 # controlled the organisation fully until 1973' and 'In 1976, Eddie retired' -> no ceo or head role for Eddie (no
 # title named; a reader might give head or ceo, current false); 'His son, Edward Stobart Junior, started working for
 # his father's contracting business' -> no role (no title); 'By 1985 Edward Stobart owned 26 vehicles' -> nothing
 roles=[R("Eddie Stobart", "founder", ES), R("Edward Stobart Junior", "ceo", ES),
        R("Edward Stobart Junior", "chairman", ES)],
 # 'It is a subsidiary of the Culina Group, which is in turn a subsidiary of Muller' -> parentOrganization twice
 # (Eddie Stobart Limited -> Culina Group -> Muller). Near-misses: no parentOrganization(Eddie Stobart Limited,
 # Muller) (the chain is stated, not a direct holding; a reader might add it); no acquired for the Culina Group (the
 # text says 'a subsidiary', not that Culina bought it); 'Edward took full control of the road haulage business and
 # the name Eddie Stobart Ltd' -> nothing (a person's control, no buying company); 'The first truck bought by Eddie
 # Stobart in 1960' -> nothing (an asset)
 relations=[L(ES, "parentOrganization", "Culina Group"), L("Culina Group", "parentOrganization", "M\u00fcller")],
 outages=[],
 # 'in the end of the 1940s', 'in the late 1940s' (parts of a decade) and 'at the age of 19' -> left out; 'in 1976'
 # (twice, one value) -> one item
 dates=[D("1960", "1960"), D("1969", "1969"), D("23 November 1970", "1970-11-23"), D("1973", "1973"),
        D("1976", "1976"), D("1985", "1985")])

# ---- media, UK: Future plc ------------------------------------------------------------------------------------------
FU = "Future plc"
A["wp-future-plc"] = dict(
 # the publisher -> Company 'Future plc', aliases 'Future Publishing' (its name when founded) and 'Future' ('Future
 # PLC' is the same name in other capitals: one key, no second alias); Future US, Pearson PLC, Apax Venture Partners
 # -> Company; Amstrad Action ('the sole magazine') -> Company (a magazine, batch 52k; doubtful: a reader might make
 # it a Service or leave it out); GamesRadar ('the Future plc owned website') -> Service; Chris Anderson (alias
 # 'Anderson') and Greg Ingham -> Person; Somerton, Somerset, the US ('the US company', 'their US market': a country's
 # name as a modifier), the State of Texas (a litigant; GUIDELINES: states are Location; doubtful: a reader might make
 # it an Organization) -> Location; the FTSE Fledgling Index (a stock index), the Children's Online Privacy Protection
 # Act (a law), 'the other websites' and their owner (unnamed), 'magazine covers', 'free software' -> nothing
 entities=[E("Company", FU, "Future Publishing", "Future"), E("Location", "US"), E("Company", "Future US"),
           E("Location", "Somerton"), E("Location", "Somerset"), E("Person", "Chris Anderson", "Anderson"),
           E("Company", "Amstrad Action"), E("Company", "Pearson PLC"), E("Person", "Greg Ingham"),
           E("Company", "Apax Venture Partners"), E("Location", "State of Texas"), E("Service", "GamesRadar")],
 # 'The company was founded as Future Publishing ... by Chris Anderson' -> founder, current true (founders stay
 # founders although 'In 2001, Anderson left Future'); 'with Future chief executive Greg Ingham' (1998) -> ceo at
 # Future plc, current true (doubtful: the post is told in 1998 and the text gives no 'then' or 'former'; a reader
 # might mark it past). Near-misses: 'In 2001, Anderson left Future' -> no other role to close (the text gives him no
 # title besides founder; a reader might add ceo or chairman, current false); 'Anderson sold Future' and 'bought it
 # back' -> no owner role (a person's ownership is no title)
 roles=[R("Chris Anderson", "founder", FU), R("Greg Ingham", "ceo", FU)],
 # 'The company also owns the US company Future US' -> parentOrganization; 'founded ... with the sole magazine Amstrad
 # Action' -> parentOrganization(Amstrad Action, Future plc) (the publisher's own title; doubtful, see the entity);
 # 'Anderson sold Future to Pearson PLC for 52.7m pounds in 1994' -> acquired(Pearson PLC, Future plc) +
 # parentOrganization(Future plc, Pearson PLC) (ownership that ended in 1998, kept); 'but bought it back in 1998, with
 # Future chief executive Greg Ingham and Apax Venture Partners' -> acquired(Apax Venture Partners, Future plc) +
 # parentOrganization (the one company among the buyers; doubtful: the shares are not told, the founder led the
 # buy-back, and a reader might give nothing, as for a buyout led by a person, batch 40ze); 'the Future plc owned
 # website GamesRadar' -> provider(GamesRadar, Future plc). Near-misses: 'the State of Texas filed a lawsuit against
 # Future plc' -> nothing (a lawsuit is no relation of the four); 'The owner of the other websites settled' ->
 # nothing (unnamed); 'It is a constituent of the FTSE Fledgling Index' -> nothing
 relations=[L("Future US", "parentOrganization", FU), L("Amstrad Action", "parentOrganization", FU),
            L("Pearson PLC", "acquired", FU), L(FU, "parentOrganization", "Pearson PLC"),
            L("Apax Venture Partners", "acquired", FU), L(FU, "parentOrganization", "Apax Venture Partners"),
            L("GamesRadar", "provider", FU)],
 outages=[],
 # 'the fiscal year that ended 30 September 2009' -> the day as written
 dates=[D("1985", "1985"), D("1994", "1994"), D("1998", "1998"), D("2001", "2001"), D("2007", "2007"),
        D("March 2008", "2008-03"), D("November 2009", "2009-11"), D("30 September 2009", "2009-09-30")])

# ---- food, UK: Wagamama ---------------------------------------------------------------------------------------------
WG = "Wagamama Limited"
TRG = "The Restaurant Group"
A["wp-wagamama"] = dict(
 # the chain -> Company 'Wagamama Limited', aliases 'Wagamama' and 'China Diner Limited' (its name on incorporation;
 # former names are aliases); 'wagamama' (the stylised form) is the same name in lower case: no second alias;
 # Graphite Capital, Lion Capital LLP, Duke Street Capital, The Restaurant Group (alias 'TRG'), Apollo Global
 # Management -> Company; Hakkasan, Yauatcha, Busaba Eathai ('the Chinese restaurants ... and Thai restaurant') and
 # Frankie & Benny's, Chiquito (the restaurant brands The Restaurant Group owns) -> Service (restaurant brands, as
 # batch 55zb's; doubtful: a reader might make them Company); Alan Yau -> Person; Bloomsbury, London, the UK ('UK
 # restaurants'), Europe, the Middle East, the USA, Australia, New Zealand, Belgium -> Location; 'Japanese',
 # 'Chinese', 'Thai', 'British' (adjectives), 'ramen bars', '22 different countries' -> nothing
 entities=[E("Company", WG, "Wagamama", "China Diner Limited"), E("Location", "Bloomsbury"), E("Location", "London"),
           E("Person", "Alan Yau"), E("Service", "Hakkasan"), E("Service", "Yauatcha"), E("Service", "Busaba Eathai"),
           E("Company", "Graphite Capital"), E("Company", "Lion Capital LLP"), E("Company", "Duke Street Capital"),
           E("Company", TRG, "TRG"), E("Service", "Frankie & Benny's"), E("Service", "Chiquito"),
           E("Company", "Apollo Global Management"), E("Location", "UK"), E("Location", "Europe"),
           E("Location", "Middle East"), E("Location", "USA"), E("Location", "Australia"),
           E("Location", "New Zealand"), E("Location", "Belgium")],
 # 'their first restaurant was opened in 1992 ..., founded by Alan Yau' -> founder at Wagamama Limited, current true.
 # Near-misses: 'who subsequently created the Chinese restaurants Hakkasan and Yauatcha, and Thai restaurant Busaba
 # Eathai' -> no founder role (the three are Services here, and a role's org is an organisation; a reader who makes
 # them Company would give founder at each); no executive is named in the kept text (Thomas Heier, CEO, is in the
 # cut infobox)
 roles=[R("Alan Yau", "founder", WG)],
 # 'the restaurant's owner Graphite Capital' -> parentOrganization(Wagamama Limited, Graphite Capital) (ownership
 # that ended, kept); 'sold the majority stake of 77.5% to Lion Capital LLP' -> acquired + parentOrganization (a
 # bought majority read as control; doubtful: a reader might give nothing for a stake); 'the chain was sold to Duke
 # Street Capital' -> acquired + parentOrganization; 'The chain was acquired for 559m pounds by The Restaurant Group'
 # -> acquired + parentOrganization; 'The Restaurant Group, owner of Frankie & Benny's & Chiquito' -> provider for
 # each brand (restaurant brands as Services, batch 55zb); 'The Restaurant Group was taken over by Apollo Global
 # Management' -> acquired(Apollo Global Management, The Restaurant Group) + parentOrganization. Near-misses: no
 # acquired(Apollo Global Management, Wagamama Limited) or parentOrganization(Wagamama Limited, Apollo Global
 # Management) (Apollo bought the owner, not the chain; a reader might add them from the cut infobox's 'Owner');
 # 'franchised restaurants in 22 different countries' -> no partner (no franchisee named); 'announced plans to
 # increase the number of UK restaurants' -> nothing
 relations=[L(WG, "parentOrganization", "Graphite Capital"),
            L("Lion Capital LLP", "acquired", WG), L(WG, "parentOrganization", "Lion Capital LLP"),
            L("Duke Street Capital", "acquired", WG), L(WG, "parentOrganization", "Duke Street Capital"),
            L(TRG, "acquired", WG), L(WG, "parentOrganization", TRG),
            L("Frankie & Benny's", "provider", TRG), L("Chiquito", "provider", TRG),
            L("Apollo Global Management", "acquired", TRG), L(TRG, "parentOrganization", "Apollo Global Management")],
 outages=[],
 # 'from 2002 to 2014' and 'from 2005 to 2024' -> their years; '2005' beside 'June 2005' and '2024' beside
 # 'September 2024' (other texts, other values) -> their own items
 dates=[D("29 April 1991", "1991-04-29"), D("1992", "1992"), D("June 2005", "2005-06"), D("April 2011", "2011-04"),
        D("October 2018", "2018-10"), D("October 2023", "2023-10"), D("September 2024", "2024-09"),
        D("2002", "2002"), D("2014", "2014"), D("2019", "2019"), D("2005", "2005"), D("2024", "2024")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
