#!/usr/bin/env python3
"""Batch 64f gold annotations (the texts of batch64f.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-63f; batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are
Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); decades ('the 1950s', 'the late
1920s', 'By the end of the 1930s', 'the 1940s', 'Through the 1950s') and 'the 21st century' -> nothing (as batches
before: decades not listed); life years in brackets ('(1890-1963)') -> nothing (as batches 33d, 34d, 56h and 63f); a
model's years in brackets ('(1961-70)') -> its first year only, under the text '1961' that the text also writes alone
(the second, '70', is no year written out); 'six years after a takeover by Fiat' -> nothing (no date written); wars
('World War I', 'World War II', 'the War', 'After the war') -> nothing. No text tells an outage, so every `outages`
list is empty; none tells a near-miss of one (insolvency, bankruptcy, ships lost in a war: no service lost by users;
GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-63f): 'a division of X', 'its newly acquired
subsidiary', 'Evergreen's British based line, Y' -> parentOrganization; 'run by X' of a company -> parentOrganization
(doubtful, below); 'X took over control of the company' -> acquired + parentOrganization(target, buyer) (a completed
takeover; the same year's purchase of 'land, buildings and equipment' an asset purchase, nothing by itself); 'a
takeover by X' -> acquired + parentOrganization; 'These two businesses merged in 1914 to form Z' -> nothing (a merger
with no buyer told; GUIDELINES, Relations); 'he took control of it' (a person) -> nothing (no company as buyer);
'entered into a partnership with X', 'This successful partnership ... now also includes Y' -> partner; 'built under
licence the X Mini' -> partner (a licensing deal) and provider(Mini, X); 'Some of the truck models sold with the DAF
brand are designed and built by X' -> partner (a supply relation, the builder first as written); 'a major supplier to
the re-equipping of the Dutch Army's softskin vehicles' -> partner (a supplier to a named organisation);
'founded by A' (one person alone) -> founder; 'A founded the company as ... His co-founder ... was B' -> cofounder
each (GUIDELINES, Roles, Founders: the text's own 'co-founder' and 'A founded Acme with B'), current true (founders
stay founders, as batches 55n-62h: 'Huenges left the company in 1936' does not undo the founding); 'the successful
creator of the X business' -> founder at X; 'the company, by then run by A and his brother, B' -> head at the company
each (a firm 'run by' people, as batch 60a), current false (a state of 1932 the text tells as past, 'by then';
doubtful); 'installed as managing director' -> director (GUIDELINES, Roles: managing director -> director); 'one of
their youngest UK based senior executives' -> executive; 'managing director of a brewery' (unnamed) -> no role; a
company's names in turn ('founded the company as ...', 'changed its name to ...', 'abbreviated to DAF', 'It was
founded "..." (or "...")', 'The company's name was changed to ...', 'the company of this era is commonly called ...')
and English glosses of them in brackets ('(Van Doorne's Trailer Factory)') -> aliases of one entity (GUIDELINES,
Types); a car brand, a car or truck model, a scooter model, an armoured vehicle ('Hansa', 'Goliath', 'Lloyd',
'Isabella', 'Lloyd 600', 'Blitzkarren', 'DAF A30', 'M39 Pantserwagen', 'LI125', 'Mini', 'Innocenti Spyder') ->
Service (GUIDELINES, Types: vehicles and car nameplates) with provider to its maker; a company named only inside a
product's name ('Austin-Healey MKII Sprite') -> no entity of its own (GUIDELINES, Types); ships' names ('LT Cortesia',
'Ital Contessa') -> nothing (GUIDELINES, Types); a state postal service ('The Reichspost') and an army ('the Dutch
Army') -> Organization; regions ('the Near East', 'the Far East', 'Northern Europe') -> Location; demonyms and
adjectives ('German', 'Dutch', 'Italian', 'British', 'Taiwanese') -> nothing.
usage: batch64f_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

acq = b10.acq
A = {}
# ---- carmakers, Germany: Borgward (en.wikipedia-on-ipfs.org's copy) ----------------------------------------------
BW = "Borgward"
CB = "Carl F. W. Borgward"
HL = "Hansa-Lloyd-Werke A.G."
GB = "Goliath-Blitzkarren"
A["wp-borgward"] = dict(
 # the carmaker -> Company 'Borgward' ('The former Borgward car manufacturing company', 'The group'); its brand
 # 'Borgward' among the four brands is the same surface form, so the one entity (a surface form stands for one entity
 # only; doubtful: a reader might make the brand a Service apart, as for the other three); the brands 'Hansa', 'Goliath'
 # and 'Lloyd' ('It produced cars of four brands') -> Service each ('Lloyd' also 'the Lloyd car'); 'Isabella'
 # ("Borgward's Isabella") -> Service; "Lloyd's Alexander / Lloyd 600 model" -> Service 'Lloyd 600', alias 'Alexander'
 # (one model under two names, the slash read as 'or'; doubtful: a reader might make two); 'the 1924 Blitzkarren
 # (lightning cart), a tiny three-wheeled van' -> Service 'Blitzkarren' (its English gloss in brackets not a name);
 # Carl F. W. Borgward -> Person, alias 'Carl Borgward'; Borgward Group AG ('the Stuttgart-based Borgward Group AG'),
 # Hansa Automobilgesellschaft, NAMAG, 'Hansa-Lloyd-Werke A.G.' (alias 'Hansa-Lloyd': 'the misfortunes of
 # Hansa-Lloyd') -> Company; 'the Goliath-Blitzkarren business' -> Company 'Goliath-Blitzkarren' (a named business;
 # doubtful: a reader might leave it out as a description); the Reichspost -> Organization (a state postal service);
 # Bremen, Germany, Stuttgart, China, Varel -> Location. No entity: 'Traders with a small budget', 'many working-class
 # motorists', 'German premium models' (unnamed), 'lightning cart' (a gloss), 'German'
 entities=[E("Company", BW), E("Location", "Bremen"), E("Location", "Germany"), E("Person", CB, "Carl Borgward"),
           E("Service", "Hansa"), E("Service", "Goliath"), E("Service", "Lloyd"), E("Service", "Isabella"),
           E("Service", "Lloyd 600", "Alexander"), E("Location", "Stuttgart"), E("Company", "Borgward Group AG"),
           E("Location", "China"), E("Location", "Varel"), E("Company", "Hansa Automobilgesellschaft"),
           E("Company", "NAMAG"), E("Company", HL, "Hansa-Lloyd"), E("Company", GB), E("Service", "Blitzkarren"),
           E("Organization", "Reichspost")],
 # 'The former Borgward car manufacturing company ... was founded by Carl F. W. Borgward' -> founder at Borgward (one
 # person named alone), current true; 'Carl Borgward, already the successful creator of the Goliath-Blitzkarren
 # business' -> founder at Goliath-Blitzkarren (a creator of a business; doubtful: a reader might give no role).
 # Near-misses: 'he took control of it' (Hansa-Lloyd) -> no role (no title; control of a firm is no post named); 'The
 # first "automobile" Carl Borgward designed' -> no role (a designer of a car)
 roles=[R(CB, "founder", BW), R(CB, "founder", GB)],
 # 'It produced cars of four brands ...: Borgward, Hansa, Goliath and Lloyd', "Borgward's Isabella", "Lloyd's Alexander
 # / Lloyd 600 model" (a Lloyd of the group's) -> provider to Borgward; 'NAMAG, maker of the Lloyd car' -> provider
 # (Lloyd, NAMAG) too (two makers in turn, relations carrying no time); 'the Blitzkarren', made by the business he had
 # created ('the successful creator of the Goliath-Blitzkarren business') -> provider(Blitzkarren, Goliath-Blitzkarren)
 # (doubtful: the text says only that Carl Borgward 'designed' it; the business carries its name). Near-misses: 'These
 # two businesses merged in 1914 to form the "Hansa-Lloyd-Werke A.G."' -> nothing (a merger, no buyer told); 'he took
 # control of it' -> no acquired (a person took control, no company named as buyer; the next section, with 'In 1929,
 # Borgward b...', was cut; a reader might give acquired(Borgward, Hansa-Lloyd-Werke A.G.)); 'The origins of the company
 # go back to ... Hansa Automobilgesellschaft and ... NAMAG' -> no parentOrganization (forerunners, no ownership told);
 # 'The brand was revived ... with the Stuttgart-based Borgward Group AG designing and marketing cars' -> no relation to
 # the old company and no Service for 'the brand' (the text ties no ownership; a reader might add provider(Borgward
 # ..., Borgward Group AG), but 'Borgward' is the company's surface form here); 'The Reichspost ordered many of them
 # for postal service' -> no partner (an order of a product, its seller not named in the sentence; a reader might add
 # partner(Reichspost, Goliath-Blitzkarren)); 'cars manufactured in China' -> nothing (no maker named)
 relations=[L("Hansa", "provider", BW), L("Goliath", "provider", BW), L("Lloyd", "provider", BW),
            L("Isabella", "provider", BW), L("Lloyd 600", "provider", BW), L("Lloyd", "provider", "NAMAG"),
            L("Blitzkarren", "provider", GB)],
 outages=[],
 # '1961', '1905', '1914', '1924' ('the 1924 Blitzkarren'); life years '(1890-1963)', 'the 1950s', 'the late 1920s',
 # 'the 21st century' -> left out
 dates=[D("1961", "1961"), D("1905", "1905"), D("1914", "1914"), D("1924", "1924")])

# ---- trucks, the Netherlands: DAF Trucks (graphsearch.epfl.ch's copy) ---------------------------------------------
DAF = "DAF Trucks"
HUB = 'Hubert "Hub" van Doorne'
A["wp-daf-trucks"] = dict(
 # the company -> Company 'DAF Trucks', aliases 'DAF' ('DAF originally stood for', 'the DAF brand', 'DAF developed'),
 # its names in turn 'Commanditaire Vennootschap Hub van Doorne's Machinefabriek' ('founded the company as'), "Van
 # Doorne's Aanhangwagen Fabriek" ('changed its name to'; also 'van Doorne's Aanhangwagen Fabriek', the same form but
 # for case) and "Van Doorne's Automobiel Fabriek" ('changing its name to'), and the English glosses in brackets "Van
 # Doorne's Trailer Factory" and "Van Doorne's Automobile Factory" (doubtful: a reader might leave the glosses out);
 # Paccar, Leyland Trucks -> Company; 'Ford' ('4x2 Ford trucks': the maker named as a word of its own, not inside a
 # model's name; doubtful: a reader might leave it out, as batch 63f kept Focke-Wulf from 'a former Focke-Wulf
 # plant') -> Company; the Trado conversions ('DAF developed the Trado conversions', 'this Trado drivetrain') ->
 # Service 'Trado' (a product DAF made and sold; doubtful: a reader might read a technique, no entity); the M39
 # Pantserwagen (alias 'M39': 'M39 production'), the DAF A30 ('The first lorry model'), the DAF YA-126 and the DAF
 # YA-328 (alias 'Dikke Daf', its nickname in quotes) -> Service; 'the Dutch Army' -> Organization (doubtful: a reader
 # might read a demonym and a common noun); Hubert "Hub" van Doorne -> Person, aliases 'Van Doorne' ('Van Doorne had
 # repaired Huenges' car') and 'Hub' ('Hub started to work', 'run by Hub and his brother'); Wim van Doorne, A. H.
 # Huenges (alias 'Huenges') -> Person; Eindhoven, Westerlo ('its Westerlo plant'), Belgium, Leyland ('its Leyland
 # plant in the United Kingdom': the town the plant is named for; doubtful), the United Kingdom, the Netherlands ->
 # Location. No entity: 'a brewery' (unnamed), 'the van Doorne brothers' (two people already listed), 'H-drive' (a
 # drive design, not a product sold apart), 'World War II' (an event), 'Dutch'
 entities=[E("Company", DAF, "DAF", "Van Doorne's Aanhangwagen Fabriek",
             "Commanditaire Vennootschap Hub van Doorne's Machinefabriek", "Van Doorne's Automobiel Fabriek",
             "Van Doorne's Trailer Factory", "Van Doorne's Automobile Factory"),
           E("Company", "Paccar"), E("Location", "Eindhoven"), E("Location", "Westerlo"), E("Location", "Belgium"),
           E("Company", "Leyland Trucks"), E("Location", "Leyland"), E("Location", "United Kingdom"),
           E("Person", HUB, "Van Doorne", "Hub"), E("Person", "A. H. Huenges", "Huenges"),
           E("Person", "Wim van Doorne"), E("Service", "Trado"), E("Company", "Ford"),
           E("Service", "M39 Pantserwagen", "M39"), E("Location", "Netherlands"), E("Service", "DAF A30"),
           E("Organization", "Dutch Army"), E("Service", "DAF YA-126"), E("Service", "DAF YA-328", "Dikke Daf")],
 # 'In 1928, Hubert "Hub" van Doorne founded the company as ... His co-founder and investor was A. H. Huenges' ->
 # cofounder at DAF Trucks each (the text's own 'co-founder'; GUIDELINES, Roles, Founders: 'A founded Acme with B'),
 # current true (Huenges 'left the company in 1936': founders stay founders); 'the company, by then run by Hub and his
 # brother, Wim van Doorne' -> head at DAF Trucks each, current false (as batch 60a read 'The company was run by the
 # Beale family'; false as a state of 1932 told as past, the company now 'a division of Paccar'; doubtful: nothing
 # says either left, and a reader might keep them true or give no role). Near-misses: 'A. H. Huenges, managing
 # director of a brewery' -> no role (the brewery unnamed, no entity to hold the post; a reader might give director at
 # DAF); 'investor' -> no role (no title); 'the DAF company was then completely in the hands of the van Doorne
 # brothers' -> no further role (owners carry no title, as batches 24c and 27a)
 roles=[R(HUB, "cofounder", DAF), R("A. H. Huenges", "cofounder", DAF), R(HUB, "head", DAF, False),
        R("Wim van Doorne", "head", DAF, False)],
 # 'DAF Trucks is ... a division of Paccar' -> parentOrganization(DAF Trucks, Paccar) (no purchase told: no acquired);
 # 'Some of the truck models sold with the DAF brand are designed and built by Leyland Trucks' -> partner(Leyland
 # Trucks, DAF Trucks) (a supply relation, the builder first as written; doubtful: a reader might give nothing, or a
 # parentOrganization to Paccar from knowledge the text does not give); 'DAF was a major supplier to the re-equipping of
 # the Dutch Army's softskin vehicles' -> partner(DAF Trucks, Dutch Army) (a supplier of a named organisation; GUIDELINES,
 # Relations); 'DAF developed the Trado conversions', 'One of DAF's few armoured vehicles, the M39 Pantserwagen', 'The
 # first lorry model was the DAF A30', 'models such as the DAF YA-126 and DAF YA-328' -> provider to DAF Trucks.
 # Near-misses: 'convert 4x2 Ford trucks' -> no relation to Ford (DAF converted Ford's trucks; no deal between the two
 # told); 'Huenges ... offered to finance him in business', 'His co-founder and investor' -> no relation (a person's
 # money); 'in the hands of the van Doorne brothers' -> nothing (people own it); 'its Westerlo plant', 'its Leyland
 # plant' -> nothing (places)
 relations=[L(DAF, "parentOrganization", "Paccar"), L("Leyland Trucks", "partner", DAF),
            L(DAF, "partner", "Dutch Army"), L("Trado", "provider", DAF), L("M39 Pantserwagen", "provider", DAF),
            L("DAF A30", "provider", DAF), L("DAF YA-126", "provider", DAF), L("DAF YA-328", "provider", DAF)],
 outages=[],
 # '1928', '1932', '1936', '1940' ('the invasion of the Netherlands (1940)'), '1949'; 'Through the 1950s' (a decade),
 # 'World War II' (an event) -> left out
 dates=[D("1928", "1928"), D("1932", "1932"), D("1936", "1936"), D("1940", "1940"), D("1949", "1949")])

# ---- carmakers, Italy: Innocenti (howlingpixel.com's copy) --------------------------------------------------------
IN = "Innocenti"
BL = "British Leyland Motor Corporation"
MODELS = ["LI125", "LI150", "TV175", "TV200", "SX125", "SX150", "SX200", "GP125", "GP150", "GP200"]
A["wp-innocenti"] = dict(
 # the works -> Company 'Innocenti', alias 'Leyland Innocenti' ('The company of this era is commonly called Leyland
 # Innocenti': a name of the same firm in the BLMC years); Ferdinando Innocenti -> Person (the company's 'Innocenti'
 # never stands for him: he is always written in full); the British Motor Corporation named 'the BMC (later the British
 # Leyland Motor Corporation / BLMC)' -> Company 'British Leyland Motor Corporation', aliases 'BMC' (its earlier name,
 # the text's 'later'; doubtful: a reader might keep BMC apart as the predecessor), 'BLMC' and 'British Leyland' ('of
 # British Leyland origins', 'purchased by British Leyland'); Fiat, Volkswagen, Renault, Ghia ('styling by Ghia'), OSI
 # ('The car was produced by OSI') -> Company; 'Lambretta' (the scooters) -> Service, and its ten models named in a list
 # ('LI125' to 'GP200') -> Service each (named products; doubtful: a reader might keep only 'Lambretta'); the Mini
 # ('the BMC ... Mini'), the Regent (alias 'Allegro', its source model in brackets, read as one car under two names;
 # doubtful), the Innocenti Spyder, the Austin-Healey MKII Sprite -> Service (Austin-Healey named only inside the
 # Sprite's name: no entity of its own); Milan, 'UK' ('the UK press', 'UK based senior executives') -> Location;
 # Geoffrey Robinson -> Person. No entity: 'the British company' (BLMC, not a name), 'an Italian machinery works',
 # 'Italian', 'British'
 entities=[E("Company", IN, "Leyland Innocenti"), E("Person", "Ferdinando Innocenti"), E("Service", "Lambretta"),
           E("Company", BL, "BMC", "BLMC", "British Leyland"), E("Company", "Fiat")]
          + [E("Service", m) for m in MODELS]
          + [E("Service", "Mini"), E("Service", "Regent", "Allegro"), E("Service", "Innocenti Spyder"),
             E("Service", "Austin-Healey MKII Sprite"), E("Company", "Ghia"), E("Company", "OSI"),
             E("Location", "Milan"), E("Location", "UK"), E("Company", "Volkswagen"), E("Company", "Renault"),
             E("Person", "Geoffrey Robinson")],
 # 'Innocenti was an Italian machinery works originally established by Ferdinando Innocenti in 1920' -> founder at
 # Innocenti (one person named alone), current true; 'the British company installed as managing director one of their
 # youngest UK based senior executives, the 32-year-old former financial controller Geoffrey Robinson' -> director at
 # Innocenti (managing director of 'its newly acquired subsidiary'; GUIDELINES, Roles: managing director -> director),
 # current true (the text stops before any leaving), and executive at British Leyland Motor Corporation ('one of their
 # ... senior executives'), current true. Near-misses: 'former financial controller' -> no second role at BLMC (an
 # earlier post there, under the same title 'executive' the current one already holds; a reader might add executive
 # current false or cfo); '32-year-old' -> nothing
 roles=[R("Ferdinando Innocenti", "founder", IN), R("Geoffrey Robinson", "director", IN),
        R("Geoffrey Robinson", "executive", BL)],
 # 'In 1972 BLMC took over control of the company', 'its newly acquired subsidiary' -> acquired(British Leyland Motor
 # Corporation, Innocenti) + parentOrganization (the same year's 'land, buildings and equipment were purchased by
 # British Leyland' is an asset purchase, nothing by itself); 'The brand was retired in 1996, six years after a
 # takeover by Fiat' -> acquired(Fiat, Innocenti) + parentOrganization (a completed takeover; relations carry no
 # time, so both owners stand); 'Innocenti built under licence the BMC ... Mini' -> partner(Innocenti, British
 # Leyland Motor Corporation) (a licensing deal; GUIDELINES, Relations) and provider(Mini, British Leyland Motor
 # Corporation) ('the BMC ... Mini'); 'Lambretta scooters models such as LI125, ...' -> provider to Innocenti each
 # ('they produced Lambretta scooters'); 'followed by other models, including, from 1973, the Regent (Allegro)' ->
 # provider(Regent, Innocenti) (built by Innocenti; doubtful: the Allegro is a BLMC car, and a reader might give BLMC);
 # 'The Innocenti Spyder ... The car was produced by OSI, near Milan' -> provider to Innocenti (its name, its model
 # line) and to OSI (its producer). Near-misses: 'a rebodied version of the Austin-Healey MKII Sprite' -> no provider
 # (its maker not annotated); '(styling by Ghia)' -> no partner (a design credit, no deal told); 'second only to those
 # of Fiat, and ahead of Volkswagen and Renault' -> nothing (rivals); 'mainly of British Leyland origins' -> nothing
 # more (the licence already recorded)
 relations=acq(BL, IN) + acq("Fiat", IN) + [L(IN, "partner", BL), L("Mini", "provider", BL),
            L("Lambretta", "provider", IN)] + [L(m, "provider", IN) for m in MODELS]
           + [L("Regent", "provider", IN), L("Innocenti Spyder", "provider", IN),
              L("Innocenti Spyder", "provider", "OSI")],
 outages=[],
 # '1920', '1996', '1961' ('From 1961 to 1976', '(1961-70)': one text, one value), '1976', '1973', '1972', '1971',
 # '1974'; '70' in '(1961-70)' (no year written out), 'After World War II', 'six years after a takeover' -> left out
 dates=[D("1920", "1920"), D("1996", "1996"), D("1961", "1961"), D("1976", "1976"), D("1973", "1973"),
        D("1972", "1972"), D("1971", "1971"), D("1974", "1974")])

# ---- shipping lines, Italy: Italia Marittima (the-uncensored-wiki.com's copy) -------------------------------------
IM = "Italia Marittima S.p.A."
EV = "Evergreen Marine Corporation"
HM = "Hatsu Marine Ltd."
A["wp-italia-marittima"] = dict(
 # the line -> Company 'Italia Marittima S.p.A.', aliases 'Italia Marittima' ('name officially changed to Italia
 # Marittima'), its names in turn '\u00d6sterreichischer Lloyd' and 'Austrian Lloyd' ('It was founded "..." (or
 # "...")', 'The Austrian Lloyd was running') and 'Lloyd Triestino' ('The company's name was changed to'); Evergreen
 # Marine Corporation -> Company, aliases 'Evergreen Marine, Corp.' (the text's own form with its commas), 'Evergreen
 # Marine' and 'Evergreen' ("Evergreen's British based line"); Hatsu Marine Ltd. -> Company; Trieste, Italy,
 # Austria-Hungary, the Near East, India, China, the Far East, Brazil, the USA, Northern Europe, Asia, Africa, Australia
 # -> Location. No entity: 'LT Cortesia', 'Ital Contessa' (ships' names; GUIDELINES, Types), 'LT', 'Ital' (name
 # prefixes), 'World War I', 'World War II' (events), 'Taiwanese', 'British'. No roles: the chairman stood in the cut
 # infobox only
 entities=[E("Company", IM, "Italia Marittima", "\u00d6sterreichischer Lloyd", "Austrian Lloyd", "Lloyd Triestino"),
           E("Location", "Trieste"), E("Location", "Italy"),
           E("Company", EV, "Evergreen Marine, Corp.", "Evergreen Marine", "Evergreen"),
           E("Location", "Austria-Hungary"), E("Location", "Near East"), E("Location", "India"),
           E("Location", "China"), E("Location", "Far East"), E("Location", "Brazil"), E("Location", "USA"),
           E("Location", "Northern Europe"), E("Location", "Asia"), E("Location", "Africa"),
           E("Location", "Australia"), E("Company", HM)],
 roles=[],
 # 'a shipping company based in Trieste, Italy, and run by Evergreen Marine Corporation' -> parentOrganization(Italia
 # Marittima S.p.A., Evergreen Marine Corporation) (a company run by another read as its unit; doubtful: 'run by' may
 # mean management only, and no purchase is told, so no acquired); 'Lloyd Triestino entered into a partnership with
 # Taiwanese shipping giant, Evergreen Marine, Corp., in 1993' -> partner(Italia Marittima S.p.A., Evergreen Marine
 # Corporation) (direction as written); 'This successful partnership ... now also includes Evergreen's British based
 # line, Hatsu Marine Ltd.' -> partner(Italia Marittima S.p.A., Hatsu Marine Ltd.) (doubtful: the partnership's new
 # member, no deal of its own told) and parentOrganization(Hatsu Marine Ltd., Evergreen Marine Corporation) ("Evergreen's
 # ... line"). Near-misses: 'managing most oversea trade and passenger travel of Austria-Hungary' -> nothing (a country,
 # no organisation); 'running regular services from Trieste to ...' -> no Service (unnamed routes); 'which was created
 # in 2000' -> no founder (none named)
 relations=[L(IM, "parentOrganization", EV), L(IM, "partner", EV), L(IM, "partner", HM),
            L(HM, "parentOrganization", EV)],
 outages=[],
 # '1836', '1918', '1919', '1956', '1993', '2000', 'March 1, 2006'; 'By the end of the 1930s', 'the 1940s' (decades),
 # 'At this time', 'At the end', 'now' -> left out
 dates=[D("1836", "1836"), D("1918", "1918"), D("1919", "1919"), D("1956", "1956"), D("1993", "1993"),
        D("2000", "2000"), D("March 1, 2006", "2006-03-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
