#!/usr/bin/env python3
"""Batch 58n gold annotations (the texts of batch58n.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-58j; batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'early August 2011' -> the month (as the
corpus gives 'early September 2016'); 'For a number of years', 'at the time', 'in several years', 'More recently' and
'then' -> nothing (relative or vague, `published` null). No text tells an outage, so every `outages` list is empty;
three tell near-misses (Team Bondi's administration and liquidation, Ascaron's administration and dissolution, Micro
Forté's years 'outside the arena of game development'): business events, no service users lost (GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-57p, 57w, 58c, 58g and 58j): 'founded in 1984 by A',
'Founded in 1985 by A', 'Founded as Ascon by A' and 'founded by creative director A' (one person named) -> founder,
current true (founders stay founders, also where the company closed, as batches 57w-58g); 'CEO A' in a present-tense
copy -> ceo, current true; 'creative director' -> executive (a senior creative post, as batches 40x and 56b), current
false where the text tells the company liquidated (the post ended with it; doubtful, as batches 58g and 58j chose);
'a former executive at X' -> executive at X, current false; 'founding the Academy of ...' -> founder at the academy;
people who 'joined' a company with no post, a 'video game designer', 'leading talent', a wife 'creating graphics', a
co-creator of a game series and 'formerly of X' -> no role (no title at the organisation); 'acting as a director and
composer' -> no role (a creative direction beside composing, not the board or managing post the corpus's 'director'
means; doubtful); games and game series, home computers and consoles -> Service, with provider the developer the text
names or a careful reader is sure of from the history, never the publisher or distributor (batches 58c and 58g); a
console or computer named with its maker inside ('Commodore 64', 'Amstrad CPC') -> Service, no provider, the maker not
annotated (GUIDELINES, Types), while a maker named alone ('the Thomson ... computers') is a Company (as batch 58j's
'Motorola'; doubtful); 'developed for X', 'published by X' (of the developer's game), publishers named after a game in
brackets, 'funded and overlooked by X' and 'publishing duties ... to X' -> partner, the developer first (as batches
56b-58g); 'distributed games from ... publishers, such as X' -> partner (a distribution deal); 'their newly-established
X subsidiary' -> parentOrganization; 'was then launched by X and former employees' -> parentOrganization (as batch
58j's 'set up by'; doubtful: co-founded with people); purchases of assets, licences and intellectual property
('many of the company's assets ... were acquired by', 'purchasing many of the licenses and assets', 'the licence for
Sacred, which was acquired by') -> nothing (GUIDELINES, Relations: asset purchases); ending a partnership ('to part
ways with') -> the partner relation kept (relations carry no time); a failed or sought deal ('unable to sign a
publishing deal') -> nothing; events ('the Australian Game Developers Conference (AGDC)') -> no entity (GUIDELINES,
Types); comics ('Asterix, Lucky Luke and Blueberry') -> no entity (works of fiction, as TV shows; doubtful); a person
named only in a nickname given to another ('"Roberta Williams of France"') -> Person (named in the text; doubtful);
a school ('Academy of Interactive Entertainment') -> Organization; generic platforms ('the PC', 'PC', 'MMO games') ->
no entity; nationality adjectives ('Australian', 'French', 'Swiss', 'Franco-Belgian', 'European') -> nothing.
usage: batch58n_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- video games, Germany: Ascaron ----------------------------------------------------------------------------------
AE = "Ascaron Entertainment"
AS_OWN = ["Patrician", "On the Ball", "Port Royale", "Sacred", "Darkstar One", "Sacred 2: Fallen Angel"]
AS_DIST = ["King's Bounty: The Legend", "Audiosurf", "TrackMania"]
A["wp-ascaron"] = dict(
 # the developer -> Company 'Ascaron Entertainment', aliases 'Ascaron' and 'Ascon' (its name until October 1996: a
 # former name, GUIDELINES, Types); Ascom AG ('the Swiss company Ascom AG'), Focus Home Interactive, Kalypso Media
 # (alias 'Kalypso'), Deep Silver ('Deep Silver (Germany)') and Gaming Minds Studios ('the Gaming Minds Studios') ->
 # Company; Holger Flöttmann -> Person; Germany, Gütersloh, Aachen, Birmingham and the United Kingdom (alias 'UK') ->
 # Location; the game series Patrician ('the Patrician series') and On the Ball, the games Port Royale, Sacred,
 # Darkstar One, King's Bounty: The Legend, Audiosurf and Sacred 2: Fallen Angel and the series TrackMania ('the
 # TrackMania-series') -> Service. No entity: 'the PC' (generic); 'a development studio in Aachen' and 'an international
 # office in Birmingham' (unnamed units); 'smaller developers and publishers', 'other European publishers' (unnamed);
 # the name lost in 'such as and Focus Home Interactive' (nothing to annotate); 'Swiss', 'European' (adjectives)
 entities=[E("Company", AE, "Ascaron", "Ascon"), E("Location", "Germany"), E("Person", "Holger Fl\u00f6ttmann"),
           E("Company", "Ascom AG"), E("Location", "G\u00fctersloh"), E("Location", "Aachen"),
           E("Location", "Birmingham"), E("Location", "United Kingdom", "UK")]
          + [E("Service", g) for g in AS_OWN[:5]] + [E("Service", g) for g in AS_DIST]
          + [E("Company", "Focus Home Interactive"), E("Service", "Sacred 2: Fallen Angel"),
             E("Company", "Kalypso Media", "Kalypso"), E("Company", "Deep Silver"),
             E("Company", "Gaming Minds Studios")],
 # 'Founded as Ascon by Holger Flöttmann in 1991' -> founder at Ascaron Entertainment (one person named), current true
 # (the company dissolved in 2009: founders stay founders). Near-misses, no role: 'former Ascaron employees' and '15
 # former Ascaron developers joined the Gaming Minds Studios' (unnamed people)
 roles=[R("Holger Fl\u00f6ttmann", "founder", AE)],
 # 'Among its early successes were the Patrician series ... and the On the Ball series' and 'the company had developed
 # games such as Port Royale ..., Sacred ... and Darkstar One' -> provider(game, Ascaron Entertainment) each; 'the
 # extended development time of Sacred 2: Fallen Angel' as the reason for Ascaron's administration -> provider(Sacred
 # 2: Fallen Angel, Ascaron Entertainment) (its own development, a careful reader is sure; doubtful: the text does
 # not say 'developed by'); 'The company distributed games from other European publishers, such as and Focus Home
 # Interactive' -> partner(Ascaron Entertainment, Focus Home Interactive) (a distribution deal with a named
 # publisher); 'Gaming Minds Studios was then launched by Kalypso and former Ascaron employees' ->
 # parentOrganization(Gaming Minds Studios, Kalypso Media) (a studio set up by a company, as batch 58j's 'set up by';
 # doubtful: launched with people, not said to be owned). Near-misses, no relation: 'Examples of games distributed by
 # Ascaron in the UK include King's Bounty: The Legend, Audiosurf and ... TrackMania' -> no provider for Ascaron (a
 # distributor, not the maker; the makers are not named) and no partner (their developers unnamed); 'Kalypso Media
 # purchasing many of the licenses and assets from Ascaron Entertainment' -> no acquired and no parentOrganization (an
 # asset purchase, GUIDELINES, Relations; a reader might give acquired); 'the licence for Sacred, which was acquired by
 # Deep Silver' -> no acquired and no provider(Sacred, Deep Silver) (a licence bought, not a company; the game's maker
 # stays Ascaron); 'renamed ... due to the possible confusion with the Swiss company Ascom AG' -> nothing (a name
 # clash). Near-miss, no outage: 'went into administration' and 'was ultimately dissolved in July 2009' (a business
 # failure)
 relations=[L(g, "provider", AE) for g in AS_OWN]
           + [L(AE, "partner", "Focus Home Interactive"), L("Gaming Minds Studios", "parentOrganization", "Kalypso Media")],
 outages=[],
 # 'in 1991', 'in October 1996', 'in 2009', 'In April 2009', 'in July 2009' -> the year, the months and the year
 dates=[D("1991", "1991"), D("October 1996", "1996-10"), D("2009", "2009"), D("April 2009", "2009-04"),
        D("July 2009", "2009-07")])

# ---- video games, France: Coktel Vision -------------------------------------------------------------------------------
CV = "Coktel Vision"
A["wp-coktel-vision"] = dict(
 # the developer and publisher -> Company 'Coktel Vision', aliases 'Coktel' and 'Coktel Studio' ('also known as');
 # Matra Espace and Thomson ('the Thomson and Amstrad CPC computers': the maker named alone for its computers, as batch
 # 58j's 'Motorola'; doubtful: a reader might read 'Thomson' as the computer line and make it a Service) -> Company;
 # Roland Oskian (aliases 'Oskian', in "Oskian's house", and 'Roland', in 'with Roland acting'), Catherine ('his wife
 # Catherine'; her first name only), Muriel Tramis (alias 'Tramis'), Roberta Williams (named in Tramis's nickname
 # '"Roberta Williams of France"'; doubtful: a reader might leave a name inside a nickname out), Patrick Chamoiseau and
 # Pierre Gilhodes -> Person; Paris -> Location; the computers Amstrad CPC and Macintosh and the game series Gobliiins
 # and Adibou -> Service. No entity: Asterix, Lucky Luke and Blueberry (Franco-Belgian comics: works of fiction, as
 # the corpus leaves TV shows; doubtful: a reader might make them Service); 'PC' (generic); Amstrad (named only inside
 # 'Amstrad CPC'; GUIDELINES, Types); 'The French gaming market', 'the edutainment market' (markets); 'French',
 # 'Franco-Belgian' (adjectives)
 entities=[E("Company", CV, "Coktel", "Coktel Studio"), E("Location", "Paris"),
           E("Person", "Roland Oskian", "Oskian", "Roland"), E("Company", "Matra Espace"), E("Person", "Catherine"),
           E("Company", "Thomson"), E("Service", "Amstrad CPC"), E("Service", "Macintosh"),
           E("Person", "Muriel Tramis", "Tramis"), E("Person", "Roberta Williams"), E("Person", "Patrick Chamoiseau"),
           E("Service", "Gobliiins"), E("Person", "Pierre Gilhodes"), E("Service", "Adibou")],
 # 'Coktel Vision was founded in 1984 by Roland Oskian' -> founder at Coktel Vision, current true; 'an engineer and a
 # former executive at Matra Espace' -> executive at Matra Espace, current false ('former'). Near-misses, no role: 'with
 # Roland acting as a director and composer' -> no director at Coktel Vision (a creative post beside composing, not a
 # board or managing director; doubtful: a reader might give director); 'his wife Catherine creating graphics and cover
 # art' -> no role (work, no title); 'In 1986, Muriel Tramis joined Coktel Vision', 'the first female French video game
 # designer' and 'the studios' leading talent' -> no role (no post at the company named; a reader might give other);
 # 'collaborating with the créolité writer Patrick Chamoiseau' -> no role (a writer, no organisation); 'Gobliiins
 # co-created with Pierre Gilhodes' -> no role (a game's co-creator, no post)
 roles=[R("Roland Oskian", "founder", CV), R("Roland Oskian", "executive", "Matra Espace", False)],
 # 'her name is usually associated with more family-friendly series like Gobliiins ... and Adibou' (Tramis 'developing
 # some of its best-selling games' at Coktel Vision) -> provider(Gobliiins, Coktel Vision) and provider(Adibou, Coktel
 # Vision) (the studio's series, a careful reader is sure from the paragraph; doubtful: the text ties the series to
 # Tramis rather than saying Coktel made them). Near-misses, no relation: 'titles for the Thomson and Amstrad CPC
 # computers' and 'to port their games to PC and Macintosh' -> no partner (games for a platform, no deal told) and no
 # provider for the computers (Thomson's computers are unnamed; Amstrad and Apple not named alone); 'licensed games
 # often based on Franco-Belgian comics' -> no partner (the licensors are not named); 'a former executive at Matra
 # Espace' -> no relation between Matra Espace and Coktel Vision (a founder's earlier post)
 relations=[L("Gobliiins", "provider", CV), L("Adibou", "provider", CV)],
 outages=[],
 # 'in 1984', 'In 1986', 'by 1997' -> the years; 'at the time', 'in several years' -> nothing (relative)
 dates=[D("1984", "1984"), D("1986", "1986"), D("1997", "1997")])

# ---- video games, Australia: Micro Forté ------------------------------------------------------------------------------
MF = "Micro Fort\u00e9 Studios"
MF_GAMES = ["Americas Cup Sailing Simulation", "Demon Stalkers", "Fire King", "Nordice", "Bombs Away",
            "Enemy Infestation", "HotWheels Bash Arena", "Fallout Tactics: Brotherhood of Steel"]
A["wp-micro-forte"] = dict(
 # the developer -> Company 'Micro Forté Studios' (its name now, the fullest form), alias 'Micro Forté' (the earlier
 # and short name; "Micro Forté’s" possessive-free); Electronic Arts, SSG Strategic Studies Group (the name as written,
 # the short form and the full name run together; doubtful: a reader might name it 'Strategic Studies Group' with alias
 # 'SSG'), Panasonic and Ripcord (in '(Panasonic/Ripcord)'), THQ and Interplay -> Company; the Academy of Interactive
 # Entertainment (alias 'AIE'; a school) -> Organization; John De Margheriti -> Person; Canberra, Australia and Sydney
 # -> Location; the games Americas Cup Sailing Simulation, Demon Stalkers, Fire King, Nordice, Bombs Away, Enemy
 # Infestation, HotWheels Bash Arena, Fallout Tactics: Brotherhood of Steel and Fallout ('the Fallout (video game)
 # universe') and the computer Commodore 64 -> Service. No entity: 'the Australian Game Developers Conference (AGDC)'
 # (an event; GUIDELINES, Types); Commodore (named only inside 'Commodore 64'); 'MMO games', 'virtual world content'
 # (generic); 'the Australian game development industry' (an industry); 'Australian' (an adjective)
 entities=[E("Company", MF, "Micro Fort\u00e9"), E("Location", "Canberra"), E("Location", "Australia"),
           E("Location", "Sydney"), E("Person", "John De Margheriti"),
           E("Organization", "Academy of Interactive Entertainment", "AIE"), E("Company", "Electronic Arts"),
           E("Service", "Commodore 64"), E("Company", "SSG Strategic Studies Group"), E("Company", "Panasonic"),
           E("Company", "Ripcord"), E("Company", "THQ"), E("Company", "Interplay"), E("Service", "Fallout")]
          + [E("Service", g) for g in MF_GAMES],
 # 'Founded in 1985 by John De Margheriti' -> founder at Micro Forté Studios (one person named), current true; 'with
 # CEO John De Margheriti' -> ceo at Micro Forté Studios, current true (the copy's present tense, 'is an Australian
 # electronic entertainment company'); 'founding the Academy of Interactive Entertainment (AIE)' -> founder at the
 # Academy of Interactive Entertainment, current true. Near-miss, no role: 'initiating events such as the Australian
 # Game Developers Conference' -> nothing (an event, no organisation)
 roles=[R("John De Margheriti", "founder", MF), R("John De Margheriti", "ceo", MF),
        R("John De Margheriti", "founder", "Academy of Interactive Entertainment")],
 # 'Micro Forté’s first title developed for Electronic Arts ... was the Americas Cup Sailing Simulation' and 'Their
 # second title also developed for Electronic Arts, Demon Stalkers' -> provider(game, Micro Forté Studios) each and
 # partner(Micro Forté Studios, Electronic Arts) (games made for a named publisher, listed once); 'The sequel Fire King
 # was published by SSG Strategic Studies Group' -> provider(Fire King, Micro Forté Studios) (the sequel to its own
 # game, in its history; doubtful: the text does not say who developed it) and partner(Micro Forté Studios, SSG
 # Strategic Studies Group) (its publisher; doubtful, as above); 'creating two children’s titles Nordice and Bombs
 # Away' -> provider each; 'developed titles for other international publishers including Enemy Infestation
 # (Panasonic/Ripcord), HotWheels Bash Arena (THQ), and Fallout Tactics: Brotherhood of Steel (Interplay)' -> provider
 # each and partner(Micro Forté Studios, publisher) for Panasonic, Ripcord, THQ and Interplay (each named as a
 # publisher it developed for; doubtful for the pair 'Panasonic/Ripcord', which a reader might take as one publisher).
 # Near-misses, no relation: 'Fallout Tactics ... was published by Interplay' -> no provider for Interplay (the
 # publisher, not the maker; batch 58c); 'based on the Fallout (video game) universe' -> no provider for Fallout (its
 # maker is not named; a reader who knows it might give Interplay); 'Panasonic/Ripcord' -> no parentOrganization (the
 # text does not say how the two are linked); 'the Americas Cup Sailing Simulation for the Commodore 64 platform' -> no
 # provider for the Commodore 64 (its maker not named alone); De Margheriti 'founding the Academy' -> no relation
 # between the Academy and Micro Forté Studios (the same founder, no ownership told)
 relations=[L(g, "provider", MF) for g in MF_GAMES]
           + [L(MF, "partner", o) for o in ("Electronic Arts", "SSG Strategic Studies Group", "Panasonic", "Ripcord",
                                            "THQ", "Interplay")],
 outages=[],
 # 'in 1985', 'in 1986', 'in 1987', 'in 1989', 'in 1994' -> the years; 'For a number of years' -> nothing (vague)
 dates=[D("1985", "1985"), D("1986", "1986"), D("1987", "1987"), D("1989", "1989"), D("1994", "1994")])

# ---- video games, Australia: Team Bondi -------------------------------------------------------------------------------
TB = "Team Bondi Pty. Limited"
SCEA = "Sony Computer Entertainment Australia"
KMMI = "KMM Interactive Entertainment"
A["wp-team-bondi"] = dict(
 # the developer -> Company 'Team Bondi Pty. Limited', alias 'Team Bondi'; Team Soho ('formerly of Team Soho'), Sony
 # Computer Entertainment Australia, Rockstar Games, Kennedy Miller Mitchell ('film production company Kennedy Miller
 # Mitchell') and KMM Interactive Entertainment -> Company; Brendan McNamara (alias 'McNamara', also in "McNamara's new
 # game") -> Person; Sydney -> Location; the games L.A. Noire and Whore of the Orient and the consoles PlayStation 3 and
 # Xbox 360 -> Service. No entity: 'BON-dy' (a pronunciation); 'a new game that was being written by McNamara' and 'the
 # intellectual property McNamara's new game' (unnamed until 'Whore of the Orient', the same game: no second entity);
 # 'several former employees' (unnamed); Sony (named only inside 'Sony Computer Entertainment Australia'); 'Australian'
 # (an adjective)
 entities=[E("Company", TB, "Team Bondi"), E("Location", "Sydney"), E("Person", "Brendan McNamara", "McNamara"),
           E("Company", "Team Soho"), E("Service", "L.A. Noire"), E("Company", SCEA), E("Company", "Rockstar Games"),
           E("Service", "PlayStation 3"), E("Service", "Xbox 360"), E("Company", "Kennedy Miller Mitchell"),
           E("Company", KMMI), E("Service", "Whore of the Orient")],
 # 'The company was founded by creative director Brendan McNamara' -> founder at Team Bondi Pty. Limited (one person
 # named), current true, and executive ('creative director', as batches 40x and 56b) at Team Bondi Pty. Limited,
 # current false (the company 'entered liquidation on 5 October 2011': the post ended with it; doubtful, the text does
 # not say he left it, and a reader might keep current true). Near-misses, no role: 'formerly of Team Soho' -> no role
 # at Team Soho (no title; a reader might give other, current false); 'a new game that was being written by McNamara'
 # -> no role (a writer of a game, no post)
 roles=[R("Brendan McNamara", "founder", TB), R("Brendan McNamara", "executive", TB, False)],
 # 'The studio's first and only title, the action-adventure game L.A. Noire' -> provider(L.A. Noire, Team Bondi Pty.
 # Limited); 'The development was originally funded and overlooked by Sony Computer Entertainment Australia' ->
 # partner(Team Bondi Pty. Limited, Sony Computer Entertainment Australia) (a funder overseeing a developer's game: a
 # development and publishing contract; doubtful: 'funded' might read as an investment, which the corpus leaves out);
 # 'all publishing duties later switched hands to Rockstar Games' and 'L.A. Noire was released by Rockstar Games' ->
 # partner(Team Bondi Pty. Limited, Rockstar Games) (the publisher of its game; kept though Rockstar later 'part ways':
 # relations carry no time); 'transferred to their newly-established KMM Interactive Entertainment subsidiary' ->
 # parentOrganization(KMM Interactive Entertainment, Kennedy Miller Mitchell); 'the acquired IP was announced to be
 # Whore of the Orient' (transferred to KMM Interactive Entertainment) -> provider(Whore of the Orient, KMM Interactive
 # Entertainment) (the game's holder and maker after the transfer; doubtful: the text says the IP went there, not who
 # developed the game). Near-misses, no relation: 'many of the company's assets, including a portion of the staff and
 # the intellectual property ..., were acquired by ... Kennedy Miller Mitchell' -> no acquired and no
 # parentOrganization(Team Bondi Pty. Limited, Kennedy Miller Mitchell) (an asset purchase, GUIDELINES, Relations; a
 # reader might give acquired); 'L.A. Noire was released by Rockstar Games' -> no provider for Rockstar Games (the
 # publisher, not the maker; batch 58c); 'initially for PlayStation 3 and Xbox 360' -> no provider for the consoles
 # (their makers are not named alone) and no partner; 'unable to sign a publishing deal for a new game' -> nothing (no
 # deal); 'formerly of Team Soho' -> no relation (a person's earlier studio, no spin-off). Near-miss, no outage: 'filed
 # for administration on 31 August 2011, and finally entered liquidation on 5 October 2011' (a business failure)
 relations=[L("L.A. Noire", "provider", TB), L(TB, "partner", SCEA), L(TB, "partner", "Rockstar Games"),
            L(KMMI, "parentOrganization", "Kennedy Miller Mitchell"), L("Whore of the Orient", "provider", KMMI)],
 outages=[],
 # 'in May 2003', 'in July 2005', 'in May 2011', 'In November 2011' -> the months; 'In early August 2011' -> the month
 # (as the corpus gives 'early September 2016'); 'on 31 August 2011', 'on 5 October 2011' -> the days
 dates=[D("May 2003", "2003-05"), D("July 2005", "2005-07"), D("May 2011", "2011-05"),
        D("early August 2011", "2011-08"), D("November 2011", "2011-11"), D("31 August 2011", "2011-08-31"),
        D("5 October 2011", "2011-10-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
