#!/usr/bin/env python3
"""Batch 62h gold annotations (the texts of batch62h.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-61d; batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'the 1980s and early 1990s', 'the 1970s',
'the late 1980s and early 1990s' and 'the late 1970s' (decades, no ISO value the format takes, as batches 60c-61d),
'By the age of 25', 'when he was 16', 'For many years', 'during this period', 'Eventually', 'Now' and 'thereafter' ->
nothing. No text tells an outage, so every `outages` list is empty; none tells a near-miss of one (a corporate
restructuring, a film's loss that 'brought the company to an end', a lawsuit, a game pulled off the market and a
bankruptcy averted are business events, GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-61d): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'), as batch 61d applied it: people the text names together as founding an organisation are each
`cofounder` ('founded by Mario Kassar and Andrew G. Vajna', 'founded ... by actor David Hemmings and John Daly'); one
person named alone is `founder` ('established by Milton Bradley', 'Parker Brothers was founded by George S. Parker',
'Vajna left to form Cinergi Pictures'); founders current true, a founder who later 'left the company' too (the
founding stays a fact; doubtful); 'X was Hemdale's chairman and president' -> chairman and president, and 'was the
board chairman of X' -> chairman, current true (no departure told; as batch 61d's 'was the first Art Director';
doubtful); 'joined the company as executive vice president and head of production' -> vice-president (GUIDELINES,
Roles: executive vice president) and executive ('head of production', as batch 40's Rocksteady text gave it), current
true; people who 'ran' a company, who 'joined' it with no post, a person named 'of' a company with no title, a band's
former manager and trades ('actor', 'film investors', 'wig-maker', 'theater magnate', 'executive producers' as film
credits) -> no role; 'was taken over by X ... Now wholly owned by X' and 'it purchased Y' -> acquired and
parentOrganization (GUIDELINES, Relations: completed acquisitions); 'absorbed the game production of X' -> nothing (a
business line taken over, as asset purchases; doubtful); 'became a brand of X' and 'is one of X's brands' ->
parentOrganization, no acquired (no purchase told; doubtful); 'partnered with A of X' -> partner with X (doubtful);
'a distribution agreement was made with X', 'films ... in conjunction with companies such as X' and films 'produced by
X and Y with Carolco's financial support' -> partner (the last two doubtful); games a company marketed and another
developed -> provider to both and partner between them (doubtful for the partner); a person's purchase of a founder's
stock, a listing ('went public'), a lawsuit, press praise ('hailed by Newsweek') -> no relation; games, game consoles,
a game universe and a brand label -> Service with provider the maker, publisher or owner the text names; films, stage
productions, a boxing match, awards, wars and a gold rush -> no entity (GUIDELINES, Types); a band -> Organization
(GUIDELINES, Types); a company's bare founder's name that the text also uses for the company ('Milton Bradley') -> the
Person, the company under its full name (as batch 56f's Eddie Stobart; doubtful); nationality adjectives ('American',
'British', 'Canadian') -> nothing.
usage: batch62h_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- film, US: Carolco Pictures ------------------------------------------------------------------------------------
CP = "Carolco Pictures, Inc."
A["wp-carolco-pictures"] = dict(
 # the studio -> Company 'Carolco Pictures, Inc.', alias 'Carolco' (also in "Carolco's"); Cinergi Pictures ('left to
 # form Cinergi Pictures'), Newsweek (a magazine, GUIDELINES, Types: news organisations are Company), American
 # International Pictures and ITC Entertainment -> Company; Mario Kassar (alias 'Kassar'), Andrew G. Vajna (aliases
 # 'Andrew Vajna', the second paragraph's form, and 'Vajna', also in "Vajna's") and Garth Drabinsky -> Person; Hong
 # Kong ('two Hong Kong theaters', where the theaters stood; doubtful: a reader might read a modifier and skip it) ->
 # Location. No entity: the films (Rambo, Terminator 2: Judgment Day, Total Recall, Basic Instinct, Stargate,
 # Cutthroat Island, The Deadly China Doll, The Sicilian Cross; GUIDELINES, Types, as batches before); 'the studio',
 # 'the company' (generic); 'American', 'Canadian' (adjectives)
 entities=[E("Company", CP, "Carolco"), E("Person", "Mario Kassar", "Kassar"),
           E("Person", "Andrew G. Vajna", "Andrew Vajna", "Vajna"), E("Company", "Cinergi Pictures"),
           E("Company", "Newsweek"), E("Location", "Hong Kong"), E("Company", "American International Pictures"),
           E("Company", "ITC Entertainment"), E("Person", "Garth Drabinsky")],
 # 'founded by Mario Kassar and Andrew G. Vajna' and 'founded through the partnership of two film investors, Mario
 # Kassar and Andrew Vajna' -> cofounder at Carolco Pictures, Inc. for each (two people named together, GUIDELINES,
 # Roles, 'Founders'), current true; 'Vajna left to form Cinergi Pictures' -> founder at Cinergi Pictures (one person
 # named as forming it), current true. Near-misses, no role: 'Kassar and Vajna ran Carolco together until 1989' (no
 # title; a reader might give head or ceo: Kassar's 'Chairman & CEO' is only in the cut infobox); 'the owner of two
 # Hong Kong theaters' (unnamed theaters; an owner, no post); 'Canadian theater magnate Garth Drabinsky' (a trade, no
 # organisation named); 'film investors', 'independent producers', 'wig-maker' (trades)
 roles=[R("Mario Kassar", "cofounder", CP), R("Andrew G. Vajna", "cofounder", CP),
        R("Andrew G. Vajna", "founder", "Cinergi Pictures")],
 # 'Their earliest films were produced by American International Pictures and ITC Entertainment with Carolco's
 # financial support' -> partner(Carolco Pictures, Inc., American International Pictures) and partner(Carolco
 # Pictures, Inc., ITC Entertainment) (film financing for named producers, a supply relation, GUIDELINES, Relations;
 # doubtful: the text names the films' financing, not a contract). Near-misses, no relation: 'co-produced with
 # Canadian theater magnate Garth Drabinsky' (a person, no organisation); 'Vajna left to form Cinergi Pictures' (a
 # founder's departure: no tie between Carolco and Cinergi; a reader might add a partner or parent); 'hailed by
 # Newsweek' (press praise); 'required a corporate restructuring in 1992' (no party named)
 relations=[L(CP, "partner", "American International Pictures"), L(CP, "partner", "ITC Entertainment")],
 outages=[],
 # 'from 1976 to 1995' ('1976', '1995'; 'The 1995 film' the same text and value, one item), 'until 1989', 'in 1992',
 # 'a 1973 martial-arts film' -> the years. No date: 'the 1980s and early 1990s' (decades); 'By the age of 25' (an
 # age); '$147 million', '$3.7 million', '$100,000' (amounts)
 dates=[D("1976", "1976"), D("1995", "1995"), D("1989", "1989"), D("1992", "1992"), D("1973", "1973")])

# ---- film, UK/US: Hemdale Film Corporation -------------------------------------------------------------------------
HD = "Hemdale Film Corporation"
A["wp-hemdale-film-corporation"] = dict(
 # the studio -> Company 'Hemdale Film Corporation', aliases 'Hemdale Communications' (its later name), 'Hemdale
 # Company' ('the Hemdale Company', its first name), 'Hemdale Ltd.' (its name as a listed company) and 'Hemdale'
 # (also in "Hemdale's") (GUIDELINES, Types: former names are aliases); TriStar, Orion Pictures and Worldwide Artists
 # -> Company; Black Sabbath ('the band Black Sabbath') -> Organization (GUIDELINES, Types: bands); David Hemmings,
 # John Daly (alias 'Daly'), Patrick Meehan, George Foreman, Muhammed Ali (the copy's spelling) and Derek Gibson
 # (alias 'Gibson') -> Person; London and Hollywood ('relocated to Hollywood', the place the company moved to) ->
 # Location. No entity: the films (Platoon, The Last Emperor, The Terminator, The Return of the Living Dead, Hoosiers,
 # Salvador, River's Edge); Grease ('stage productions such as Grease'); The Rumble in the Jungle (a boxing match, an
 # event, GUIDELINES, Types); the Academy Award for Best Picture (an award); 'cable TV to hotels' (generic);
 # 'British' (an adjective)
 entities=[E("Company", HD, "Hemdale Communications", "Hemdale Company", "Hemdale Ltd.", "Hemdale"),
           E("Location", "London"), E("Person", "David Hemmings"), E("Person", "John Daly", "Daly"),
           E("Company", "TriStar"), E("Company", "Orion Pictures"), E("Person", "Patrick Meehan"),
           E("Company", "Worldwide Artists"), E("Organization", "Black Sabbath"), E("Person", "George Foreman"),
           E("Person", "Muhammed Ali"), E("Location", "Hollywood"), E("Person", "Derek Gibson", "Gibson")],
 # 'founded in London in 1967 as the Hemdale Company by actor David Hemmings and John Daly' -> cofounder at Hemdale
 # Film Corporation for each (GUIDELINES, Roles, 'Founders'), current true (Hemmings 'left the company in 1971': the
 # founding stays a fact; doubtful: a reader might set it false); 'John Daly was Hemdale's chairman and president' ->
 # chairman and president at Hemdale Film Corporation (both posts named), current true (no departure told; doubtful:
 # 'was' in a history); 'In 1981 Derek Gibson joined the company as executive vice president and head of production'
 # -> vice-president (GUIDELINES, Roles: executive vice president -> vice-president) and executive ('head of
 # production', a senior post, as batch 40's Rocksteady text), current true. Near-misses, no role: 'Patrick Meehan of
 # Worldwide Artists' (no title; a reader might give other or executive); 'who once managed the band Black Sabbath'
 # (a band's manager, an agent, no post in the band; doubtful: GUIDELINES map 'manager' to executive); 'actor David
 # Hemmings' (a trade); 'credited together as executive producers on all Hemdale films' (film credits, not posts:
 # their posts are told a sentence before)
 roles=[R("David Hemmings", "cofounder", HD), R("John Daly", "cofounder", HD), R("John Daly", "chairman", HD),
        R("John Daly", "president", HD), R("Derek Gibson", "vice-president", HD), R("Derek Gibson", "executive", HD)],
 # 'A distribution agreement was made with Orion Pictures' with 'films, often in conjunction with companies such as
 # TriStar and Orion Pictures' -> partner(Hemdale Film Corporation, Orion Pictures) (a distribution contract,
 # GUIDELINES, Relations) and partner(Hemdale Film Corporation, TriStar) (films made in conjunction, a co-production;
 # doubtful: 'such as' names examples, no deal); 'Hemdale partnered with Patrick Meehan of Worldwide Artists' ->
 # partner(Hemdale Film Corporation, Worldwide Artists) (a stated partnership with the firm's man; doubtful: the
 # partner named is the person). Near-misses, no relation: 'Daly purchased his stock' (a person buying a founder's
 # shares: no acquired, no parent); 'went public as Hemdale Ltd.' (a listing); 'who once managed the band Black
 # Sabbath' (Meehan's, a person's tie); 'became involved in boxing promotions' (an event, no organisation)
 relations=[L(HD, "partner", "Orion Pictures"), L(HD, "partner", "TriStar"), L(HD, "partner", "Worldwide Artists")],
 outages=[],
 # 'after 1993', 'in 1967', 'in 1971', 'in 1974', 'in 1980', 'In 1981' -> the years. No date: 'throughout the 1970s'
 # (a decade); 'during this period', 'Eventually', 'then' (no calendar value); 'over 80 films' (a count)
 dates=[D("1993", "1993"), D("1967", "1967"), D("1971", "1971"), D("1974", "1974"), D("1980", "1980"),
        D("1981", "1981")])

# ---- games, US: Milton Bradley Company -----------------------------------------------------------------------------
MB = "Milton Bradley Company"
HB = "Hasbro, Inc."
A["wp-milton-bradley-company"] = dict(
 # the game maker -> Company 'Milton Bradley Company', alias 'MB' ('MB declined to pursue it'); the bare 'Milton
 # Bradley' -> the Person, its founder ('established by Milton Bradley'), as batch 56f kept the bare 'Eddie Stobart'
 # for the founder of Eddie Stobart Limited (doubtful: most bare 'Milton Bradley' in the text name the company — 'was
 # taken over', 'marketed', 'was sued', 'pulled the game' — and a reader might give the company that alias);
 # McLoughlin Brothers, Selchow and Righter ('makers of Parcheesi and Scrabble'), Hasbro, Inc. (alias 'Hasbro', also
 # in "Hasbro's"), Parker Brothers ('one of Hasbro's brands'; a company brand, doubtful: a reader might take a Service)
 # and Games Workshop (alias 'GW', also in "GW's") -> Company; Alan Coleman, Roger Burten and James J. Shea ->
 # Person; Springfield, Massachusetts, the United States ('the largest game manufacturer in the United States'), North
 # America and the United Kingdom -> Location; the games Parcheesi, Scrabble, HeroQuest and Dark Tower, the game
 # universe Warhammer Fantasy (alias 'Warhammer', 'the Warhammer product line'; one entity for the universe and the
 # line named after it, doubtful) and the consoles Microvision and Vectrex -> Service (GUIDELINES, Types: games and
 # devices). No entity: 'a series of games', 'numerous game consoles' (generic); 'the court' (unnamed); 'the Dark Tower
 # game designers' (unnamed people); 'American' (an adjective)
 entities=[E("Company", MB, "MB"), E("Person", "Milton Bradley"), E("Location", "Springfield"),
           E("Location", "Massachusetts"), E("Company", "McLoughlin Brothers"), E("Location", "United States"),
           E("Company", "Selchow and Righter"), E("Service", "Parcheesi"), E("Service", "Scrabble"),
           E("Company", HB, "Hasbro"), E("Company", "Parker Brothers"), E("Service", "HeroQuest"),
           E("Location", "North America"), E("Location", "United Kingdom"), E("Company", "Games Workshop", "GW"),
           E("Service", "Warhammer Fantasy", "Warhammer"), E("Service", "Microvision"), E("Service", "Vectrex"),
           E("Person", "Alan Coleman"), E("Person", "Roger Burten"), E("Service", "Dark Tower"),
           E("Person", "James J. Shea")],
 # 'The Milton Bradley Company is an American game company established by Milton Bradley' -> founder at Milton Bradley
 # Company (one person named; GUIDELINES, Roles, 'Founders'), current true; 'James J. Shea was the board chairman of
 # the Milton Bradley Company' -> chairman at Milton Bradley Company, current true (no departure told; doubtful: 'was'
 # in a history, as batch 61d's 'was the first Art Director'). Near-misses, no role: 'Alan Coleman and Roger Burten'
 # (claimants, no post); 'One of the Dark Tower game designers' (unnamed)
 roles=[R("Milton Bradley", "founder", MB), R("James J. Shea", "chairman", MB)],
 # 'in 1987, it purchased Selchow and Righter' -> acquired(Milton Bradley Company, Selchow and Righter) and
 # parentOrganization(Selchow and Righter, Milton Bradley Company) (a completed purchase, GUIDELINES, Relations);
 # 'Milton Bradley was taken over by Hasbro, Inc., in 1984. Now wholly owned by Hasbro' -> acquired(Hasbro, Inc.,
 # Milton Bradley Company) and parentOrganization(Milton Bradley Company, Hasbro, Inc.); 'Parker Brothers is one of
 # Hasbro's brands' -> parentOrganization(Parker Brothers, Hasbro, Inc.) (doubtful: a brand; no purchase told, so no
 # acquired; this round's wp-parker-brothers tells the same tie); 'Selchow and Righter, makers of Parcheesi and
 # Scrabble' -> provider(Parcheesi, Selchow and Righter), provider(Scrabble, Selchow and Righter); 'Milton Bradley
 # marketed a series of games (such as HeroQuest) ... that were developed ... by Games Workshop (GW)' ->
 # provider(HeroQuest, Milton Bradley Company), provider(HeroQuest, Games Workshop) (its marketer and its developer)
 # and partner(Milton Bradley Company, Games Workshop) (games one developed for the other to market, a supply
 # relation; doubtful); "GW's Warhammer Fantasy universe" -> provider(Warhammer Fantasy, Games Workshop); 'Milton
 # Bradley also developed numerous game consoles such as the Microvision and Vectrex' -> provider(Microvision, Milton
 # Bradley Company), provider(Vectrex, Milton Bradley Company); 'MB ... thereafter "independently" developed the game'
 # and 'Milton Bradley pulled the game off the market' -> provider(Dark Tower, Milton Bradley Company) (a game sold,
 # then withdrawn; relations carry no time). Near-misses, no relation: 'In 1920, it absorbed the game production of
 # McLoughlin Brothers' (a business line taken over, not the company: no acquired, no parent, as GUIDELINES' asset
 # purchases; doubtful: a reader might add acquired); 'Milton Bradley was sued by two men' (a lawsuit, people); 'it is
 # still retained as one of Hasbro's brands' (the same tie as the takeover, not a second one)
 relations=[L(MB, "acquired", "Selchow and Righter"), L("Selchow and Righter", "parentOrganization", MB),
            L("Parcheesi", "provider", "Selchow and Righter"), L("Scrabble", "provider", "Selchow and Righter"),
            L(HB, "acquired", MB), L(MB, "parentOrganization", HB), L("Parker Brothers", "parentOrganization", HB),
            L("HeroQuest", "provider", MB), L("HeroQuest", "provider", "Games Workshop"),
            L(MB, "partner", "Games Workshop"), L("Warhammer Fantasy", "provider", "Games Workshop"),
            L("Microvision", "provider", MB), L("Vectrex", "provider", MB), L("Dark Tower", "provider", MB)],
 outages=[],
 # 'in 1860', 'In 1920', 'in 1987', 'in 1984' -> the years. No date: 'During the late 1980s and early 1990s', 'in the
 # late 1970s' (decades), 'Now', 'thereafter' (no calendar value)
 dates=[D("1860", "1860"), D("1920", "1920"), D("1987", "1987"), D("1984", "1984")])

# ---- toys and games, US: Parker Brothers ---------------------------------------------------------------------------
PB = "Parker Brothers"
PB_GAMES = ["Monopoly", "Cluedo", "Sorry!", "Risk", "Trivial Pursuit", "Ouija", "Aggravation", "Bop It", "Probe"]
A["wp-parker-brothers"] = dict(
 # the game maker -> Company 'Parker Brothers', alias 'George S. Parker Company' ('initially called the George S.
 # Parker Company ... the company's name was changed to its more familiar form': a former name, GUIDELINES, Types);
 # Hasbro -> Company; George S. Parker (aliases 'Parker', in "Parker's philosophy" and 'Parker founded his game
 # company', and 'George', also in "George's"; 'Parker' stands inside the company's and the brothers' names too, as
 # batch 61d's 'Price'), Charles Parker (alias 'Charles', 'George's brother Charles') and Edward H. Parker -> Person;
 # Boston ('two Boston publishers', where the publishers were; doubtful: a modifier a reader might skip), Salem and
 # Massachusetts -> Location; the games Monopoly, Cluedo, Sorry! (the name with its exclamation mark, as written),
 # Risk, Trivial Pursuit, Ouija, Aggravation, Bop It, Probe, Banking, Klondike and War in Cuba -> Service (GUIDELINES,
 # Types: games); the 'Hasbro Gaming' label -> Service (a brand under which the games are sold; doubtful: a reader
 # might take a Company division or nothing). No entity: 'two Boston publishers' (unnamed); the Alaskan gold rush and
 # the Spanish–American War (events); 'the bank' (the game's, generic); 'American' (an adjective)
 entities=[E("Company", PB, "George S. Parker Company"), E("Company", "Hasbro")] +
          [E("Service", g) for g in PB_GAMES] +
          [E("Service", "Hasbro Gaming"), E("Person", "George S. Parker", "Parker", "George"),
           E("Service", "Banking"), E("Person", "Charles Parker", "Charles"), E("Location", "Boston"),
           E("Location", "Salem"), E("Location", "Massachusetts"), E("Person", "Edward H. Parker"),
           E("Service", "Klondike"), E("Service", "War in Cuba")],
 # 'Parker Brothers was founded by George S. Parker' and 'Parker founded his game company' -> founder at Parker
 # Brothers (one person named; GUIDELINES, Roles, 'Founders'), current true. Near-misses, no role: 'When George's
 # brother Charles joined the business in 1888' and 'Edward H. Parker, joined the company' (no post named; a reader
 # might give cofounder, the company's name being the brothers'); 'George designed most of the games himself' (work,
 # no title)
 roles=[R("George S. Parker", "founder", PB)],
 # 'Parker Brothers was an American toy and game manufacturer which in 1991 became a brand of Hasbro' ->
 # parentOrganization(Parker Brothers, Hasbro) (no acquired: no purchase told; doubtful: 'a brand of', as batch 61d's
 # 'a brand label of'); 'Among its products were Monopoly, Cluedo, Sorry!, Risk, Trivial Pursuit, Ouija, Aggravation,
 # Bop It, and Probe' -> provider(game, Parker Brothers) for each; 'For many years, George designed most of the games
 # himself ... Many games were based on important events of the day: Klondike ... and War in Cuba ...' ->
 # provider(Klondike, Parker Brothers), provider(War in Cuba, Parker Brothers) (the company's games; doubtful: the
 # sentence names the games, not their publisher); 'marketed under the "Hasbro Gaming" label' with 'Hasbro revived the
 # brand' -> provider(Hasbro Gaming, Hasbro) (the label named with its owner; doubtful). Near-misses, no relation:
 # 'he spent $40 to publish 500 sets of Banking' in 1883 (George's own edition: the text does not say his company
 # published it; a reader might add provider(Banking, Parker Brothers)); 'former products being marketed under the
 # "Hasbro Gaming" label' (no product named, so no provider(Monopoly, Hasbro)); 'George approached two Boston
 # publishers' (unnamed, and no deal)
 relations=[L(PB, "parentOrganization", "Hasbro")] + [L(g, "provider", PB) for g in PB_GAMES] +
           [L("Klondike", "provider", PB), L("War in Cuba", "provider", PB), L("Hasbro Gaming", "provider", "Hasbro")],
 outages=[],
 # 'in 1991', 'since 1883' and 'in 1883' ('1883', one item), 'in 2017', 'in 1888', 'In 1898' -> the years. No date:
 # 'when he was 16' (an age), 'For many years' (no calendar value); '1,800', '160', '$40', '500', '$100' (counts and
 # amounts)
 dates=[D("1991", "1991"), D("1883", "1883"), D("2017", "2017"), D("1888", "1888"), D("1898", "1898")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
