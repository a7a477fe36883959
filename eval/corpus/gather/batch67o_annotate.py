#!/usr/bin/env python3
"""Batch 67o gold annotations (the texts of batch67o.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (the cycle of
batches 55i-66p; batch10_annotate.write_parts), so with three texts: wp-burns-philp test, wp-canadian-vickers train,
wp-victory-aircraft dev. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates);
'4 November 1942', '18 September 1941' -> the day; 'January 1942', 'June 1911', 'November 1944', 'April 1883',
'December 2006' -> the month; the years of a range ('1938\u20131939', '1939-1943', '1941\u20131945', '1939-1941?') ->
each year its own item, once however often written (as batches 63h-66d listed '1861' and '1941' of '1861\u20131941');
'1940' of 'the Department of Munitions and Supply Act, 1940 c.31' -> the year (an explicit year, though a statute's
citation; doubtful); 'the 1880s', 'the early part of the 20th century', 'World War I', 'the Second World War', 'In
later years', 'today's' -> nothing (a decade, a century part, wars as events, unresolvable).
No text tells an outage, so every `outages` list is empty, and no text tells a near-miss of one.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-66p): 'A subsidiary of X' and 'wholly owned by X' ->
parentOrganization; a company that formed another as 'a Canadian division' ('X established Canadian Vickers') ->
parentOrganization (as batch 66d read 'amalgamated them to form the Golden Hope Rubber Estate'); 'absorbed the ...
aircraft operations' -> nothing (operations of a company, not the company: an asset purchase, GUIDELINES, Relations);
an expropriation of a plant by an unnamed government -> nothing; building 'on behalf of' a named navy -> partner (a
customer relation, GUIDELINES, Relations: 'supply/customer contract'; doubtful); licence production and assembly of
another's design ('built mainly British-designed aircraft under licence', 'was already producing Westland Lysander
aircraft', 'assembled American-designed Holland 602 type submarines') -> no provider (the design and the name are the
designer's, named only inside the product name; doubtful: GUIDELINES' provider reads 'makes/runs', and a reader might
give provider(Westland Lysander, National Steel Car Ltd.)); a named tourist trip a company advertised and ran ('the
New Guinea Excursion Trip') -> Service + provider (a product users buy, GUIDELINES, Types; doubtful); a purchase of
ships by two men -> nothing (assets, persons as buyers); a delisting from an exchange -> nothing. Roles: 'headed X as
president and chairman of the board' -> president and chairman (both posts named, GUIDELINES part 2, Roles); two men
named together as beginning 'a trading partnership, originally named' the company -> cofounder each (GUIDELINES part 2,
Roles, 'Founders'); 'founder/benefactor of' an organisation -> founder; a premier of a state -> minister with the state
as org (as train's 'premier of New Brunswick' and 'Premier of New South Wales' texts), current true where the text
writes no end ('twice became Premier'; doubtful); a member of a legislative council -> no role (legislators); an owner
("Graeme Hart's Rank Group"), a historian ('naval historian Marc Milner'), a man whose 'dollar-a-year men' one was (C.D.
Howe, his post not written) -> no role. Types: aircraft and submarine models ('Avro Lancaster', 'Avro Lancaster Mk X',
'Westland Lysander', 'Holland 602') -> Service (GUIDELINES part 2, Types: vehicles, aircraft models), the makers named
inside them ('Avro', 'Westland', 'Hawker', 'Handley Page', 'Martin', 'Holland') -> no entity of their own; streets, a
river, a named terminal, an airport, a factory town -> Location; a navy, a government, a harbour commission, a
legislative council, a children's charity -> Organization; a stock exchange -> Company (GUIDELINES part 1); a law ('the
Department of Munitions and Supply Act'), a book ('Picturesque Travel'), wars, adjectives ('Canadian', 'British',
'German', 'American-designed', 'Australian') and generic phrases ('the Crown Corporation', 'the government', 'the
yard', 'a Canadian division', 'the British company of the same name') -> nothing.
usage: batch67o_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- aircraft, Canada: Victory Aircraft (en.wikipedia.org's '= Title =' rendering) -----------------------------------
VAL = "Victory Aircraft Limited"
NSC = "National Steel Car Ltd."
JPB = "J.P. Bickell"
A["wp-victory-aircraft"] = dict(
 # the company -> Company 'Victory Aircraft Limited' (alias 'Victory Aircraft Ltd.'; 'a Canadian manufacturing
 # company', 'a shadow factory', 'the Crown Corporation' generic); 'National Steel Car Ltd.' (alias 'National Steel
 # Car'; 'the company' generic) -> Company; J.P. Bickell, C.D. Howe -> Person; Hamilton, Malton ('the Malton factory',
 # 'the Malton plant': the town, a Location; the plant itself unnamed), 'Toronto Pearson International Airport' (an
 # airport, GUIDELINES part 2, Types), Montreal -> Location; the aircraft models 'Avro Lancaster' (alias 'Lancaster':
 # 'went into a Lancaster'), 'Avro Lancaster Mk X' (the variant the contract named: its own Service; doubtful: a reader
 # might fold it into 'Avro Lancaster'), 'Westland Lysander', 'Hawker Hurricane', 'Avro Anson', 'Handley Page Hampden',
 # 'Martin B-26 Marauder' -> Service (aircraft models). No entity: Avro, Westland, Hawker, Handley Page, Martin (named only
 # inside the models' names; the cut part's 'Avro Aircraft (UK)' is not in the text); 'the Department of Munitions and
 # Supply Act, 1940 c.31' (a law; the department named only inside it: no Organization; doubtful); 'the government'
 # (unnamed); 'dollar-a-year men'; 'the Second World War'; 'Canadian', 'British-designed', 'German'
 entities=[E("Company", VAL, "Victory Aircraft Ltd."), E("Service", "Avro Lancaster", "Lancaster"),
           E("Company", NSC, "National Steel Car"), E("Location", "Hamilton"), E("Location", "Malton"),
           E("Location", "Toronto Pearson International Airport"), E("Service", "Westland Lysander"),
           E("Service", "Hawker Hurricane"), E("Service", "Avro Anson"), E("Location", "Montreal"),
           E("Service", "Handley Page Hampden"), E("Person", JPB), E("Person", "C.D. Howe"),
           E("Service", "Martin B-26 Marauder"), E("Service", "Avro Lancaster Mk X")],
 # 'J.P. Bickell ... headed Victory Aircraft Ltd. as president and chairman of the board' -> president and chairman at
 # Victory Aircraft Limited (both posts named; 'headed' adds no third title: no head beside them), current true (no end
 # written; the company's end in 1945 is in the cut infobox). Near-misses: 'one of C.D. Howe's "dollar-a-year men"' ->
 # no role for C.D. Howe (his post, a minister's, is not written; a reader might give minister at Canada) and no role
 # for Bickell at Howe's side (no organisation named)
 roles=[R(JPB, "president", VAL), R(JPB, "chairman", VAL)],
 # Near-misses, no relation: 'the major wartime contract ... was to go to the National Steel Car Ltd.' and 'the
 # government's expropriation of the plant ... and the setting up of the Crown Corporation, Victory Aircraft Limited' ->
 # no acquired and no parentOrganization between the two companies (a plant taken by an unnamed government, then a new
 # company set up: no company bought another; a reader might give acquired(Victory Aircraft Limited, National Steel Car
 # Ltd.)); 'National Steel Car was already producing Westland Lysander aircraft' -> no provider (licence production of
 # another's design, the batch's convention; doubtful); 'involved as a subcontractor in the manufacture of Hawker
 # Hurricane fighters' -> no partner (the main contractor unnamed); 'the Malton plant received a contract ... to build
 # the Avro Lancaster Mk X' -> no provider and no partner (the plant's owner at the time and the customer unnamed)
 relations=[],
 outages=[],
 # '1938', '1939' (three times, one item), '1943', '1941' (twice, one item), '1945' of the ranges; '4 November 1942';
 # '1940' (of the Act's citation; doubtful); '18 September 1941'; 'January 1942'
 dates=[D("1938", "1938"), D("1939", "1939"), D("1943", "1943"), D("1941", "1941"), D("1945", "1945"),
        D("4 November 1942", "1942-11-04"), D("1940", "1940"), D("18 September 1941", "1941-09-18"),
        D("January 1942", "1942-01")])

# ---- shipbuilding and aircraft, Canada: Canadian Vickers (home.cydlabs.com's Kiwix copy, 2024-01) -------------------
CVL = "Canadian Vickers Limited"
VSM = "Vickers Sons & Maxim"
A["wp-canadian-vickers"] = dict(
 # the company -> Company 'Canadian Vickers Limited' (alias 'Canadian Vickers'; 'an aircraft and shipbuilding company',
 # 'a Canadian division', 'the yard', 'the shipyard' generic); 'Vickers Limited' (the parent the lead names), 'Vickers
 # Sons & Maxim' (alias 'Vickers', in Milner's quotation 'offered Vickers a first-class location': the firm the
 # paragraph is about; doubtful: a reader might give 'Vickers' to Vickers Limited; the text never says the two are one
 # firm, so they stay two entities; doubtful), Canadair -> Company; 'Government of Canada', 'Royal Canadian Navy',
 # 'Harbour Commission' ('the Harbour Commission', a public body), 'Royal Navy' -> Organization; Marc Milner -> Person;
 # Canada (also "Canada's"), Montreal, Maisonneuve ('the city of Maisonneuve'), 'Rue Notre-Dame', 'rue Viau' (streets,
 # capitals as written), 'Saint Lawrence River', 'Viterra Montreal Terminal' (a named facility) -> Location; 'Holland
 # 602' ('Holland 602 type submarines': a submarine model -> Service, as aircraft models; doubtful: a reader might read a
 # class of ships and give no entity). No entity: 'a large floating drydock' (unnamed), 'World War I', 'British',
 # 'American-designed', 'transatlantic shipping traffic'
 entities=[E("Company", CVL, "Canadian Vickers"), E("Location", "Canada"), E("Company", "Vickers Limited"),
           E("Company", "Canadair"), E("Company", VSM, "Vickers"), E("Location", "Montreal"),
           E("Organization", "Government of Canada"), E("Organization", "Royal Canadian Navy"),
           E("Person", "Marc Milner"), E("Organization", "Harbour Commission"), E("Location", "Maisonneuve"),
           E("Location", "Rue Notre-Dame"), E("Location", "rue Viau"), E("Location", "Saint Lawrence River"),
           E("Location", "Viterra Montreal Terminal"), E("Service", "Holland 602"), E("Organization", "Royal Navy")],
 # no person is named with a post: 'naval historian Marc Milner' -> no role (a profession, no organisation)
 roles=[],
 # 'A subsidiary of Vickers Limited' -> parentOrganization(Canadian Vickers Limited, Vickers Limited); 'Vickers Sons &
 # Maxim was invited ... to establish a Canadian division ... Vickers Sons & Maxim established Canadian Vickers in June
 # 1911' -> parentOrganization(Canadian Vickers Limited, Vickers Sons & Maxim) (a division it set up; doubtful: the same
 # parent as Vickers Limited under its earlier name, which the text does not say); 'During World War I the yard
 # assembled ... submarines on behalf of the Royal Navy' -> partner(Canadian Vickers Limited, Royal Navy) (a customer,
 # GUIDELINES, Relations: supply/customer contract; doubtful: 'on behalf of', no contract named). Near-misses, no
 # relation: 'Canadair absorbed the Canadian Vickers aircraft operations in November 1944' -> no acquired(Canadair,
 # Canadian Vickers Limited) and no parentOrganization (operations of the company, not the company, which went on
 # building ships: an asset purchase; a reader might give acquired); 'invited by the Government of Canada' -> no partner
 # (an invitation); 'the Harbour Commission and the city of Maisonneuve offered Vickers a first-class location' -> no
 # partner (an offer, in a quotation); 'to manufacture vessels for the nascent Royal Canadian Navy' -> no partner (an
 # aim, no contract told); 'ordered the construction of a large floating drydock' -> nothing (the builder unnamed);
 # 'assembled American-designed Holland 602 type submarines' -> no provider (assembly of another's design)
 relations=[L(CVL, "parentOrganization", "Vickers Limited"), L(CVL, "parentOrganization", VSM),
            L(CVL, "partner", "Royal Navy")],
 outages=[],
 # '1944', 'November 1944', '1907', '1911' (twice, one item), 'June 1911', '1912', '1914'; 'the early part of the 20th
 # century', 'World War I' -> nothing
 dates=[D("1944", "1944"), D("November 1944", "1944-11"), D("1907", "1907"), D("1911", "1911"),
        D("June 1911", "1911-06"), D("1912", "1912"), D("1914", "1914")])

# ---- shipping and trading, Australia: Burns Philp (wiki.riteme.site's copy) ------------------------------------------
BPC = "Burns, Philp & Co, Limited"
JB = "James Burns"
RP = "Robert Philp"
A["wp-burns-philp"] = dict(
 # the company -> Company 'Burns, Philp & Co, Limited' (the text's 'properly' name, its fullest; aliases 'Burns Philp'
 # and 'Burns, Philp & Company Limited', the name the partnership was 'originally named'; 'a major Australian shipping
 # line and merchant', 'The company', 'a cashed up shell company' generic); 'Australian Securities Exchange' (a stock
 # exchange, a business: GUIDELINES part 1), 'Rank Group' -> Company; James Burns (alias 'Sir James Burns'), Robert Philp
 # (alias 'Sir Robert Philp'), Graeme Hart -> Person; 'Legislative Council of New South Wales' (a legislature),
 # 'Burnside Presbyterian Homes for Children' (a charity) -> Organization; South Pacific, New Guinea, Thursday Island,
 # Queensland -> Location; 'New Guinea Excursion Trip' (a named tour the company advertised: a product users buy ->
 # Service; doubtful: a reader might take it for an advertisement's title and give no entity). No entity: New South
 # Wales (named only inside the council's name), 'Picturesque Travel' (a book), 'the British company of the same name'
 # (unnamed), 'several well-known blackbirding ships' (unnamed), 'the food manufacturing business', 'Australian'
 entities=[E("Company", BPC, "Burns Philp", "Burns, Philp & Company Limited"), E("Location", "South Pacific"),
           E("Location", "New Guinea"), E("Person", JB, "Sir James Burns"), E("Person", RP, "Sir Robert Philp"),
           E("Company", "Australian Securities Exchange"), E("Person", "Graeme Hart"), E("Company", "Rank Group"),
           E("Service", "New Guinea Excursion Trip"), E("Location", "Thursday Island"), E("Location", "Queensland"),
           E("Organization", "Legislative Council of New South Wales"),
           E("Organization", "Burnside Presbyterian Homes for Children")],
 # 'In April 1883 James Burns and Robert Philp began a trading partnership, originally named the "Burns, Philp &
 # Company Limited"' -> cofounder at Burns, Philp & Co, Limited for each (two men named together as beginning it,
 # GUIDELINES part 2, Roles, 'Founders'; doubtful: the text says 'began a trading partnership', not 'founded'), current
 # true; 'Sir Robert Philp twice became Premier of Queensland' -> minister at Queensland (a state's premier, as the
 # corpus's premiers of New Brunswick, Alberta and New South Wales), current true (no 'former' or end written; doubtful:
 # 'twice' tells that one term ended); 'Sir James Burns ... founder/benefactor of Burnside Presbyterian Homes for
 # Children' -> founder at Burnside Presbyterian Homes for Children, current true. Near-misses: 'became a member of the
 # Legislative Council of New South Wales' -> no role (a legislator, GUIDELINES part 2, Roles); "Graeme Hart's Rank
 # Group" -> no role for Graeme Hart (an owner, no post written; a reader might give chairman or owner-as-head);
 # 'James Burns and Robert Philp purchased several well-known blackbirding ships' -> no further role (buyers of ships)
 roles=[R(JB, "cofounder", BPC), R(RP, "cofounder", BPC), R(RP, "minister", "Queensland"),
        R(JB, "founder", "Burnside Presbyterian Homes for Children")],
 # 'It is wholly owned by Graeme Hart's Rank Group' -> parentOrganization(Burns, Philp & Co, Limited, Rank Group) (no
 # acquired: the text tells no purchase, only the ownership); 'They were the first company to offer tourism to New
 # Guinea, in 1884, advertising the 'New Guinea Excursion Trip'' -> provider(New Guinea Excursion Trip, Burns, Philp &
 # Co, Limited) (the company's own tour; doubtful, with the Service). Near-misses, no relation: 'purchased several
 # well-known blackbirding ships' -> no acquired (ships: assets, and men as buyers); 'its delisting from the Australian
 # Securities Exchange' -> no relation (a listing is no partnership or ownership); 'the subsequent sale of its assets'
 # -> nothing (assets, buyers unnamed); 'The company later published a book titled Picturesque Travel' -> nothing (a
 # book: no entity); 'not to be confused with the British company of the same name' -> nothing (unnamed)
 relations=[L(BPC, "parentOrganization", "Rank Group"), L("New Guinea Excursion Trip", "provider", BPC)],
 outages=[],
 # '1886', 'December 2006', 'April 1883', '1884', '1911', '1925'; 'the 1880s', 'In later years' -> nothing
 dates=[D("1886", "1886"), D("December 2006", "2006-12"), D("April 1883", "1883-04"), D("1884", "1884"),
        D("1911", "1911"), D("1925", "1925")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
