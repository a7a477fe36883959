#!/usr/bin/env python3
"""Batch 57o gold annotations (the texts of batch57o.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i, 55p, 55s, 55x, 55za, 55zd, 56b, 56j, 57a, 57b and 57j; batch10_annotate.write_parts), so with
four texts: test, train, dev, train. All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md,
Dates); 'a year later', 'Since 2000' (kept as '2000', a year the text names), 'currently' and 'later' are the calls on
time; 'from the 1930s to the 1990s' (decades, as batches 55f, 55i, 55s, 56f and 57b left decades out) and 'the 17th
Century' (a century) -> nothing; a year that names a season ('the 2015 season') -> that year, as batch 57j took 'the
1966 FIFA World Cup'; 'the First World War' (an event with no year written) -> nothing. No text tells an outage, so
every `outages` list is empty; one tells a near-miss (Parker Knoll's 'financial difficulties' and administration: a
business failure, no service lost; GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55n, 55s, 55x, 55za, 55zd, 56b, 56f, 56j, 57a,
57b and 57j): a company 'was acquired by', 'was sold to', 'was bought by', 'has acquired' (a list of purchases under
that sentence) -> acquired + parentOrganization(target, buyer) (ownership that ended kept: relations carry no time);
two buyers of one company ('bought by ... M1 Group and by ... L Capital Asia') -> acquired and parentOrganization for
each; 'X sold Hackett to Y' -> acquired(Y) + parentOrganization to Y, and parentOrganization to the seller X as well
(ownership the text states as past by the sale; doubtful); 'owned by both A and B' -> parentOrganization to each;
'(Part of L Catterton)', 'LVMH subsidiary L Capital Asia', '(part of the Pepe Jeans Group)', 'a subsidiary as CE
Holdings' -> parentOrganization; minority stakes with percentages ('Torreal Funds (31 percent)') -> no relation (no
owner of the whole; a reader might add parentOrganization); 'His family owned the company' -> no relation (a family is
no entity); a listing on or a delisting from a stock exchange -> nothing (as batch 57j); 'the official clothing
supplier to' a racing team and a furniture maker that 'supplied' a shipping line's liner or made furniture for another
line's liner -> partner, direction as written (supplier first; doubtful for the liners, as the text names the ship
and the line owns it); 'founded by A and B', 'founded ... by A, B and C', 'formed ... by A and B' -> cofounder each,
'founded ... by A' -> founder, all current true (founders stay founders); a person who 'started in business' that
was later 'incorporated as a limited company, X' -> founder at X (doubtful); 'later took over the business' and
'decided to sell the company' -> no role (no title); 'creative director' -> executive (as batches 40x and 56b: a
senior creative post), current true (no 'former'); a trade or calling before a name ('Janus Films businessman',
'English entrepreneur', 'designer', 'British furniture manufacturer', 'a German inventor', 'a prosthetist') -> no
role (no post at a named organisation; a reader might give executive at Janus Films); 'Emperor of Ethiopia Haile
Selassie' -> other at Ethiopia (a head of state, GUIDELINES part 2; the vocabulary has no 'emperor', as batch 36g's
king of Nepal went to other; doubtful), the name without the title; 'the future King George V and Queen Mary' ->
Person each, named with the title as the text gives it (as batch 32d's 'Queen Elizabeth II'), no role (a future king,
no country named as his); stock exchanges -> Company (GUIDELINES, Types); a forum that names 'technology pioneers'
-> Organization; a racing team -> Organization (sports teams, GUIDELINES Types); streets, markets, malls and a
viceroy's residence where a shop stood or furniture went ('Portobello Road', "King's Road", 'Savile Row', 'Church
Street', 'Faneuil Hall Marketplace', 'Montgomery Mall', "Viceroy's House") -> Location (named sites; doubtful for
the streets); the Rive Gauche ('the Rive Gauche in Paris') and Chelsea ("London's Chelsea district") -> Location;
ships ('RMS Aquitania', 'SS Ophir', 'HMS Ophir'), a ship's room ('the Palladian Lounge'), a peerage title ('the Duke
and Duchess of Cornwall and York'), a war, an award ('technology pioneer') and a logo ('The Crabtree or Wild Apple
symbol') -> no entity; a company's earlier and variant names ('The Soap Box', 'Crabtree and Evelyn') -> aliases
(GUIDELINES, Types: former names are aliases); nationality adjectives ('British', 'Lebanese', 'American', 'Spanish',
'Icelandic', 'English', 'German') -> nothing; 'UK' and 'US' used as nouns -> Location.
usage: batch57o_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- cosmetics, US/UK: Crabtree & Evelyn ---------------------------------------------------------------------------
CE = "Crabtree & Evelyn"
KLK = "Kuala Lumpur Kepong Berhad"
A["wp-crabtree-and-evelyn"] = dict(
 # the company -> Company 'Crabtree & Evelyn', aliases 'Crabtree and Evelyn' (the name of 1971, as the text spells
 # it) and 'The Soap Box' (the name it opened under; a former name); Nan Kai Corporation ('of Hong Kong'), Janus Films
 # ('Janus Films businessman'), Kuala Lumpur Kepong Berhad and CE Holdings -> Company; Cyrus Harvey (alias 'Harvey'),
 # Sue Townsend ('Townsend'), Peter Windett ('Windett'), Stephen Miller, John Evelyn -> Person; Cambridge,
 # Massachusetts, Hong Kong, Boston, Philadelphia, Pennsylvania, England, Kensington, Europe, Britain, Kuala Lumpur,
 # UK, US -> Location; Faneuil Hall Marketplace, Montgomery Mall (sites where the company opened a stall and a shop)
 # and Church Street (the street of the first English store) -> Location (named sites; doubtful for the street). No
 # entity: 'The Crabtree or Wild Apple symbol' (a logo), 'the holding company in Kuala Lumpur' (generic; it is KLK),
 # 'American tourists', 'English', 'Englishman' (demonyms and adjectives), 'the 17th Century' (no date either)
 entities=[E("Company", CE, "Crabtree and Evelyn", "The Soap Box"), E("Location", "Cambridge"),
           E("Location", "Massachusetts"), E("Company", "Nan Kai Corporation"), E("Location", "Hong Kong"),
           E("Company", "Janus Films"), E("Person", "Cyrus Harvey", "Harvey"), E("Person", "Sue Townsend", "Townsend"),
           E("Person", "Peter Windett", "Windett"), E("Location", "Faneuil Hall Marketplace"),
           E("Location", "Boston"), E("Person", "Stephen Miller"), E("Location", "Montgomery Mall"),
           E("Location", "Philadelphia"), E("Location", "Pennsylvania"), E("Location", "England"),
           E("Location", "Church Street"), E("Location", "Kensington"), E("Person", "John Evelyn"),
           E("Location", "Europe"), E("Location", "Britain"), E("Company", KLK), E("Company", "CE Holdings"),
           E("Location", "Kuala Lumpur"), E("Location", "UK"), E("Location", "US")],
 # 'founded ... by Janus Films businessman Cyrus Harvey, English entrepreneur Sue Townsend and designer Peter Windett'
 # -> cofounder each, current true ('the founders' later in the text). Near-misses: 'Janus Films businessman' -> no
 # role at Janus Films (a calling, no title; a reader might give executive); 'its first stand alone shop was opened by
 # Stephen Miller' -> no role (no title; a reader might give founder or other); 'Harvey and Townsend invented the
 # products while Windett did the design' -> no further role; 'Cyrus Harvey decided to sell the company' -> no role
 # beyond cofounder (a seller is no title)
 roles=[R("Cyrus Harvey", "cofounder", CE), R("Sue Townsend", "cofounder", CE), R("Peter Windett", "cofounder", CE)],
 # 'the brand was acquired in January 2016, by Nan Kai Corporation of Hong Kong' -> acquired + parentOrganization;
 # 'it was sold to Kuala Lumpur Kepong Berhad' -> acquired + parentOrganization; 'operated by a subsidiary as CE
 # Holdings' -> parentOrganization(CE Holdings, Kuala Lumpur Kepong Berhad). Near-misses: no
 # parentOrganization(Crabtree & Evelyn, CE Holdings) (doubtful: the clause reads both as 'run through a subsidiary
 # named CE Holdings' and as 'run as a subsidiary under the name CE Holdings', which would make CE Holdings a name of
 # the company itself; the holding by KLK is sure either way, the link between the two is not); Janus Films -> no
 # relation (a founder's employer); the Faneuil Hall stall and the mall shop -> nothing (sites)
 relations=[L("Nan Kai Corporation", "acquired", CE), L(CE, "parentOrganization", "Nan Kai Corporation"),
            L(KLK, "acquired", CE), L(CE, "parentOrganization", KLK), L("CE Holdings", "parentOrganization", KLK)],
 outages=[],
 # '1968' (twice, one value) -> one item; 'the 17th Century' -> left out
 dates=[D("January 2016", "2016-01"), D("1968", "1968"), D("1971", "1971"), D("1977", "1977"), D("1980", "1980"),
        D("1996", "1996")])

# ---- fashion, UK: Hackett London -----------------------------------------------------------------------------------
HL = "Hackett Limited"
TO = "Torreal S.C.R., S.A."
PJ = "Pepe Jeans Group"
LCA = "L Capital Asia"
A["wp-hackett-london"] = dict(
 # the company -> Company 'Hackett Limited', alias 'Hackett' (the text's short name, eight times; the founder is
 # always 'Jeremy Hackett'); M1 Group ('Lebanese holding company', 'Lebanese firm'), L Capital Asia, L Catterton,
 # Richemont, Tommy Hilfiger (the company Sondag 'joined Hackett from'), LVMH, Artá Capital, L Capital Europe ->
 # Company; 'the Spanish investment company Torreal S.C.R., S.A.' -> Company, alias 'Torreal Funds' (the same
 # investor's holding in 2015; doubtful: a reader might make the funds a separate entity); the Pepe Jeans Group ->
 # Company, alias 'Pepe Jeans' ('Hackett and Pepe Jeans were previously owned by', the group beside its unit;
 # doubtful: a reader might read the brand); Williams Martini Racing ('the Williams Martini Racing team') ->
 # Organization (a racing team, as sports teams); Jeremy Hackett, Ashley Lloyd-Jennings, Michael Sondag -> Person;
 # London, England, Madrid, Paris -> Location; Savile Row ('14 Savile Row'), Portobello Road, King's Road (the
 # streets of the flagship, the stall and the first shop), Chelsea ("London's Chelsea district") and the Rive Gauche
 # ('the Rive Gauche in Paris') -> Location (doubtful for the streets, as batch 57b's Whitaker Street). No entity:
 # 'a Spanish branch' (unnamed), 'its managers' (unnamed), 'British', 'Lebanese', 'American', 'Spanish' (adjectives)
 entities=[E("Company", HL, "Hackett"), E("Location", "London"), E("Location", "England"),
           E("Location", "Savile Row"), E("Company", "M1 Group"), E("Company", LCA), E("Company", "L Catterton"),
           E("Person", "Jeremy Hackett"), E("Person", "Ashley Lloyd-Jennings"), E("Location", "Portobello Road"),
           E("Location", "King's Road"), E("Location", "Chelsea"), E("Location", "Madrid"),
           E("Location", "Rive Gauche"), E("Location", "Paris"), E("Company", "Richemont"),
           E("Company", TO, "Torreal Funds"), E("Person", "Michael Sondag"), E("Company", "Tommy Hilfiger"),
           E("Company", PJ, "Pepe Jeans"), E("Company", "LVMH"), E("Company", "Art\u00e1 Capital"),
           E("Company", "L Capital Europe"), E("Organization", "Williams Martini Racing")],
 # 'Hackett was founded in 1983 by Jeremy Hackett and Ashley Lloyd-Jennings' -> cofounder each, current true;
 # 'Hackett appointed American creative director Michael Sondag' -> executive at Hackett Limited (creative director,
 # as batches 40x and 56b), current true (no 'former'; doubtful: appointed in 2005 in a text of 2019 or later).
 # Near-misses: 'who joined Hackett from Tommy Hilfiger' -> no role at Tommy Hilfiger (no post named there; a reader
 # might give executive, current false); 'its managers' -> no role (unnamed)
 roles=[R("Jeremy Hackett", "cofounder", HL), R("Ashley Lloyd-Jennings", "cofounder", HL),
        R("Michael Sondag", "executive", HL)],
 # 'It is owned by both ... M1 Group and American L Capital Asia' and 'was bought by Lebanese firm M1 Group and by
 # LVMH subsidiary L Capital Asia' -> acquired + parentOrganization for each buyer; '(Part of L Catterton)' ->
 # parentOrganization(L Capital Asia, L Catterton); 'LVMH subsidiary L Capital Asia' -> parentOrganization(L Capital
 # Asia, LVMH); 'Richemont sold Hackett to the Spanish investment company Torreal S.C.R., S.A.' -> acquired(Torreal) +
 # parentOrganization(Hackett, Torreal), and parentOrganization(Hackett, Richemont) (the seller owned it before;
 # ownership stated as past, kept; doubtful: the text tells the sale, not Richemont's purchase); 'Hackett (part of the
 # Pepe Jeans Group)' -> parentOrganization; 'Hackett became the official clothing supplier to the Williams Martini
 # Racing team' -> partner(Hackett Limited, Williams Martini Racing) (a supply relation, direction as written).
 # Near-misses: 'previously owned by Torreal Funds (31 percent), Artá Capital (16.4 percent), L Capital Europe (11.5
 # percent) and its managers' -> no parentOrganization and no acquired (minority stakes, no owner of the whole; a
 # reader might add parentOrganization for each); no acquired(Richemont, Hackett) (not told how Richemont came to own
 # it); no parentOrganization(Pepe Jeans Group, ...) (the group's owners are the minority holders above); Michael
 # Sondag's move from Tommy Hilfiger -> no relation between the companies; 'the 1989 opening of a Spanish branch in
 # Madrid' -> nothing (an unnamed branch)
 relations=[L(HL, "parentOrganization", "M1 Group"), L(HL, "parentOrganization", LCA),
            L("M1 Group", "acquired", HL), L(LCA, "acquired", HL),
            L(LCA, "parentOrganization", "L Catterton"), L(LCA, "parentOrganization", "LVMH"),
            L(TO, "acquired", HL), L(HL, "parentOrganization", TO), L(HL, "parentOrganization", "Richemont"),
            L(HL, "parentOrganization", PJ), L(HL, "partner", "Williams Martini Racing")],
 outages=[],
 # '1983' (twice, one value) -> one item; 'the 1989 opening' -> '1989'; 'the 2015 season' -> '2015'; 'a year later'
 # (relative to 1994 in the text, but relative) -> left out
 dates=[D("1983", "1983"), D("June 2019", "2019-06"), D("1989", "1989"), D("1994", "1994"),
        D("June 2005", "2005-06"), D("2005", "2005"), D("February 2015", "2015-02"), D("2015", "2015")])

# ---- medical devices, Iceland: Össur -------------------------------------------------------------------------------
OS = "\u00d6ssur hf."
BOUGHT = ["Sk\u00f3stofan", "Flex-Foot, Inc.", "PI Medical AB", "Karlsson & Bergstrom AB",
          "Century XXII Innovations, Inc", "Linea Orthopedics AB", "Generation II Group, Inc.",
          "Advanced Prosthetic Components", "Royce Medical, Inc.", "Innovative Medical Products, Ltd.",
          "GBM Medical AB", "Innovation Sports, Inc.", "Gibaud Group", "SOMAS", "Orthopaedic Partner Africa"]
A["wp-ossur"] = dict(
 # the company -> Company '\u00d6ssur hf.', alias '\u00d6ssur' (the short name; the founder is always '\u00d6ssur
 # Kristinsson'); the Iceland Stock Exchange -> Company (stock exchanges are Company, GUIDELINES Types); the World
 # Economic Forum -> Organization (a foundation, no business); the fifteen companies of the list -> Company each,
 # named as the list spells them, the list's full stop after 'AB' left out of the name ('PI Medical AB.', 'Karlsson &
 # Bergstrom AB.', 'Linea Orthopedics AB.', 'GBM Medical AB.': 'AB' is no abbreviation with a stop) while 'Inc.' and
 # 'Ltd.' keep theirs; 'The Gibaud Group' and '2006 \u2013 Gibaud Group' -> one entity 'Gibaud Group'; \u00d6ssur
 # Kristinsson -> Person; Reykjavík, the Americas, Europe, Asia, Iceland -> Location. No entity: 'the domestic
 # Icelandic market', 'Icelandic' (adjectives), 'His family' (no person named), '"technology pioneer"' (an award),
 # 'distributors in other markets' (unnamed)
 entities=[E("Company", OS, "\u00d6ssur"), E("Location", "Reykjav\u00edk"), E("Location", "Americas"),
           E("Location", "Europe"), E("Location", "Asia"), E("Location", "Iceland"),
           E("Person", "\u00d6ssur Kristinsson"), E("Company", "Iceland Stock Exchange"),
           E("Organization", "World Economic Forum")] + [E("Company", n) for n in BOUGHT],
 # 'founded in Iceland in 1971 by \u00d6ssur Kristinsson, a prosthetist' -> founder, current true. Near-misses: 'a
 # prosthetist' -> no role (a trade); 'His family owned the company until 1999' -> no role and no relation (owners, no
 # title; a family is no entity); the infobox's President and CEO Jon Sigurdsson is cut, so no ceo or president
 roles=[R("\u00d6ssur Kristinsson", "founder", OS)],
 # 'Since 2000, \u00d6ssur has acquired 16 companies.' with the dated list under it -> acquired + parentOrganization for
 # each of the fifteen listed (completed purchases; none told as merged away); 'The Gibaud Group operates
 # autonomously' -> the same parentOrganization (a unit run on its own is still owned; no further relation).
 # Near-misses: the sixteenth company of the count is cut with the list's end (no entity, no relation); 'went public
 # and was listed on the Iceland Stock Exchange' -> nothing (a listing); 'named as a "technology pioneer" by the
 # World Economic Forum' -> no partner (an honour, no working relation)
 relations=[r for n in BOUGHT for r in (L(OS, "acquired", n), L(n, "parentOrganization", OS))],
 outages=[],
 # 'Since 2000' and the list's '2000' (one value) -> one item '2000'; '2006' (twice) and '2005' (four times) -> one
 # item each; 'currently' (with `published` null) -> left out
 dates=[D("1971", "1971"), D("1999", "1999"), D("1986", "1986"), D("2006", "2006"), D("2000", "2000"),
        D("2003", "2003"), D("2005", "2005"), D("2007", "2007"), D("2010", "2010")])

# ---- furniture, UK: Parker Knoll -----------------------------------------------------------------------------------
PK = "Parker Knoll"
FPS = "Frederick Parker and Sons Ltd"
A["wp-parker-knoll"] = dict(
 # the company -> Company 'Parker Knoll'; 'a limited company, Frederick Parker and Sons Ltd' (Frederick Parker's
 # business of 1869, incorporated in 1904; the text does not tell it merged into Parker Knoll) -> Company of its own;
 # the London Stock Exchange, Sofa Brands International, Cunard ("Cunard's RMS Aquitania"), P&O ('the P&O liner') ->
 # Company; Frederick Parker (aliases 'Parker' and 'Frederick', as "Parker moved to High Wycombe" and "Frederick's
 # son"), Willi Knoll (alias 'Knoll'), Tom Parker, Haile Selassie ('Emperor of Ethiopia Haile Selassie': the name
 # without the title), 'King George V' and 'Queen Mary' (named with their titles as the text gives them) -> Person;
 # Shoreditch, East London, London, High Wycombe, England, Australia, New Delhi, Ethiopia, Germany, Stuttgart, Britain
 # -> Location; "the Viceroy's House in New Delhi" -> Location (a named building, as named sites; doubtful). No
 # entity: 'RMS Aquitania', 'SS Ophir', 'HMS Ophir' (ships' names, GUIDELINES Types), 'the Palladian Lounge' (a
 # ship's room), 'the Duke and Duchess of Cornwall and York' (a peerage title; no Cornwall or York as places),
 # 'the First World War' (an event), 'sprung furniture' (a kind of product), 'British', 'German' (adjectives)
 entities=[E("Company", PK), E("Person", "Frederick Parker", "Parker", "Frederick"),
           E("Person", "Willi Knoll", "Knoll"), E("Company", "London Stock Exchange"),
           E("Company", "Sofa Brands International"), E("Location", "Shoreditch"), E("Location", "East London"),
           E("Location", "London"), E("Location", "High Wycombe"), E("Location", "England"), E("Company", "Cunard"),
           E("Company", "P&O"), E("Person", "King George V"), E("Person", "Queen Mary"), E("Location", "Australia"),
           E("Location", "Viceroy's House"), E("Location", "New Delhi"), E("Location", "Ethiopia"),
           E("Person", "Haile Selassie"), E("Company", FPS), E("Person", "Tom Parker"), E("Location", "Germany"),
           E("Location", "Stuttgart"), E("Location", "Britain")],
 # 'formed in 1931 by British furniture manufacturer Frederick Parker and Willi Knoll' -> cofounder each at Parker
 # Knoll, current true; 'He started in business as a chair maker in 1869' with 'The business was incorporated as a
 # limited company, Frederick Parker and Sons Ltd' -> founder at Frederick Parker and Sons Ltd (doubtful: the text
 # does not say 'founded', and a reader might give nothing); 'Emperor of Ethiopia Haile Selassie' -> other at
 # Ethiopia (a head of state; the vocabulary has no 'emperor'), current true (no 'former' in the text; doubtful).
 # Near-misses: "Frederick's son, Tom Parker, later took over the business" -> no role (no title, as batch 57j's 'to
 # take over the family business'; a reader might give head or chairman); 'the future King George V and Queen Mary'
 # -> no role (a future reign, no country named as theirs; Australia is where the yacht sailed); 'a German inventor'
 # and 'a fighter pilot' -> no role (callings); 'his father's furniture factory' -> nothing (unnamed)
 roles=[R("Frederick Parker", "cofounder", PK), R("Willi Knoll", "cofounder", PK),
        R("Frederick Parker", "founder", FPS), R("Haile Selassie", "other", "Ethiopia")],
 # 'it was acquired out of administration by Sofa Brands International' -> acquired + parentOrganization; 'Part of the
 # business was to make furniture for ocean liners, including the Palladian Lounge of Cunard's RMS Aquitania' ->
 # partner(Frederick Parker and Sons Ltd, Cunard) and 'The company also supplied the P&O liner SS Ophir' ->
 # partner(Frederick Parker and Sons Ltd, P&O) (supply relations, supplier first; doubtful: the text names the ships,
 # whose lines are their owners, and the business before its incorporation of 1904 under that name; a reader might
 # give them to Parker Knoll). Near-misses: 'listed on the London Stock Exchange in 1950, but taken private in 2004'
 # -> nothing (a listing); no relation between Parker Knoll and Frederick Parker and Sons Ltd (the section telling how
 # the two came together is cut; a reader might add parentOrganization or acquired); "made furniture for the
 # Viceroy's House" and 'a carved throne for Emperor of Ethiopia Haile Selassie' -> no partner (a building and a
 # person, no organisation); 'to find a manufacturer for his chairs using his patent' -> nothing (no manufacturer
 # named in the kept text)
 relations=[L("Sofa Brands International", "acquired", PK), L(PK, "parentOrganization", "Sofa Brands International"),
            L(FPS, "partner", "Cunard"), L(FPS, "partner", "P&O")],
 outages=[],
 # 'from the 1930s to the 1990s' (decades) and 'the First World War' -> left out
 dates=[D("1931", "1931"), D("1950", "1950"), D("2004", "2004"), D("1845", "1845"), D("1869", "1869"),
        D("1898", "1898"), D("1901", "1901"), D("1904", "1904"), D("1929", "1929")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
