#!/usr/bin/env python3
"""Batch 60c gold annotations (the texts of batch60c.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-59h; batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'the 1960s' (a decade), 'the following fall'
(relative to another date in the text), 'currently', 'Initially', 'In the following years', 'for a short time', '20
months' and 'several months' -> nothing (no calendar value, relative, or durations). No text tells an outage, so every
`outages` list is empty; none tells a near-miss beyond Kahn's conviction (a criminal matter) and 'the video-game crash
of 1983' (a market slump), no service users lost (GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-57p, 57w, 58c, 58g, 58j, 58n, 59c and 59h): 'The
company started around 1950 by A; B, ...; and C', 'founded ... by A', 'founded ... by A and his brother B', 'A, B,
their father C, and programmer D founded X' and 'from its founders, A, B and C' -> founder for each, current true
(founders stay founders, also at a closed company, as batches 57w-59h); 'had stepped down as chairman of X' ->
chairman, current false; 'headquarters ... headed by A, B and C' -> head at the company for each (doubtful); a trade or
credit without a post ('a Broadway theatre actor', 'an electrical engineer', 'programmer', 'designed by', 'an executive
producer for the company' where the company is not clear) -> no role; completed purchases ('acquired', 'was purchased
by', 'was bought by', 'before being acquired by') -> acquired and parentOrganization (GUIDELINES, Relations); a person
who bought a company ('Heyward bought the company') -> no relation (acquired joins companies); 'merged with X' where
the text does not say who bought whom -> nothing (GUIDELINES, Relations); 'as a subsidiary of X', 'was owned ... by X,
Y and Z' and 'Once part of X' -> parentOrganization (the owners of a stated past ownership each, doubtful where the
text leaves which held a half-interest); 'signed a multi-year deal', 'a joint venture between A, B, and C', 'created a
line of action games for X' and 'developed for X' -> partner (a deal, a joint venture's owners pairwise, a customer or
publisher; direction as written); games, game series, computers and an online network -> Service (GUIDELINES, Types:
games, devices, networks), with provider the developer the text names ('best known for', 'Their first title', 'They
made', 'created', "X's 1987 game") and no provider for computers and a network whose maker or operator the text does
not name ('Commodore 64', 'Commodore Amiga', 'ImagiNation Network'); a company named only inside a product name
('Commodore') -> no entity (GUIDELINES, Types); TV shows, soap operas, films, programming blocks and a fictional
series' sports titles ('Football', 'Baseball', 'Golf') -> no entity (GUIDELINES, Types: TV shows; as batches 57b-59h);
a product that shares its maker's name ('Branded as the "TelePrompTer"') -> no entity of its own (one entity per
surface form; the company keeps the name); former names ('founded ... as') and short forms -> aliases; nationality
adjectives ('American') -> nothing.
usage: batch60c_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- media, US: TelePrompTer Corporation --------------------------------------------------------------------------
TP = "TelePrompTer Corporation"
FILM_FOUNDERS = ["Lou Scheimer", "Hal Sutherland", "Norm Prescott"]
A["wp-teleprompter-corporation"] = dict(
 # the company -> Company 'TelePrompTer Corporation', alias 'TelePrompTer' (the short name throughout; also the quoted
 # brand '"TelePrompTer"', one surface form, so the product gets no entity of its own: doubtful, a reader might add a
 # Service 'TelePrompTer' for the device); Filmation ('the Filmation animation studio'), H & B American Corporation,
 # CBS ('the CBS soap opera': a broadcaster, GUIDELINES, Types) and Hughes Aircraft Company -> Company; Hubert
 # Schlafly (alias 'Schlafly'), Irving B. Kahn (alias 'Kahn'), Fred Barton, Jr., Lou Scheimer (alias 'Scheimer'), Hal
 # Sutherland and Norm Prescott -> Person; Johnstown, Pennsylvania (the city and the state, two entities) and United
 # States -> Location. No entity: 'teleprompter' and 'teleprompters' (the generic noun); The First Hundred Years (a
 # soap opera, GUIDELINES, Types: TV shows); 'Broadway' (in 'a Broadway theatre actor', a trade's description);
 # 'the Johnstown, Pennsylvania city council' (a body named only by its place and kind; doubtful: a reader might
 # take an Organization); 'federal court' (unnamed); 'cable and satellite broadcast services' and 'microwave video
 # transmission services' (generic)
 entities=[E("Company", TP, "TelePrompTer"), E("Person", "Hubert Schlafly", "Schlafly"),
           E("Person", "Irving B. Kahn", "Kahn"), E("Person", "Fred Barton, Jr."), E("Company", "CBS"),
           E("Company", "Hughes Aircraft Company"), E("Location", "Johnstown"), E("Location", "Pennsylvania"),
           E("Company", "Filmation"), E("Person", "Lou Scheimer", "Scheimer"), E("Person", "Hal Sutherland"),
           E("Person", "Norm Prescott"), E("Company", "H & B American Corporation"), E("Location", "United States")],
 # 'The company started around 1950 by businessman Irving B. Kahn; Fred Barton, Jr., ...; and Schlafly' -> founder at
 # TelePrompTer Corporation for each of the three, current true ('started ... by' read as founding; the company's
 # end does not end the founders' title); 'Kahn had stepped down as chairman of TelePrompTer' -> chairman, current
 # false; 'TelePrompTer acquired the Filmation animation studio from its founders, Lou Scheimer, Hal Sutherland and
 # Norm Prescott' -> founder at Filmation for each, current true. Near-misses, no role: 'businessman', 'a Broadway
 # theatre actor', 'an electrical engineer' (trades); 'Scheimer continued as an executive producer for the company
 # until its dissolution' -> no role (a production credit rather than a post, and 'the company' may be Filmation or
 # TelePrompTer; doubtful: a reader might give other or executive at Filmation, current false); 'a soap opera actor'
 # and 'public relations personnel' (unnamed)
 roles=[R("Irving B. Kahn", "founder", TP), R("Fred Barton, Jr.", "founder", TP), R("Hubert Schlafly", "founder", TP),
        R("Irving B. Kahn", "chairman", TP, False)]
       + [R(p, "founder", "Filmation") for p in FILM_FOUNDERS],
 # 'In 1969, TelePrompTer acquired the Filmation animation studio' -> acquired(TelePrompTer Corporation, Filmation)
 # and parentOrganization(Filmation, TelePrompTer Corporation) (a completed purchase). Near-misses, no relation:
 # 'TelePrompTer merged with H & B American Corporation in 1970' -> nothing (a merger, who bought whom not told;
 # GUIDELINES, Relations); 'Schlafly went on to develop microwave video transmission services with Hughes Aircraft
 # Company' -> no partner (the text ties the work to Schlafly, not to TelePrompTer; doubtful: a reader might give
 # partner(TelePrompTer Corporation, Hughes Aircraft Company)); 'unveiled the device on the set of the CBS soap
 # opera' -> no partner (a first use, no deal told); 'TelePrompTer sold its eponymous business' -> nothing (a
 # business sold, no buyer named); 'a local cable franchise' -> nothing (sought by a bribe, not awarded in the text)
 relations=[L(TP, "acquired", "Filmation"), L("Filmation", "parentOrganization", TP)],
 outages=[],
 # 'approximately 1950', 'around 1950' and 'in 1950' (one item), 'until 1981', 'in 1971', 'In 1969', 'in 1970', 'by
 # 1973' -> the years. No date: 'the 1960s' (a decade, no ISO value the format takes), '20 months', '20-month' and
 # 'several months' (durations)
 dates=[D("1950", "1950"), D("1981", "1981"), D("1971", "1971"), D("1969", "1969"), D("1970", "1970"),
        D("1973", "1973")])

# ---- animation, US: DIC Entertainment -------------------------------------------------------------------------------
DIC = "DIC Entertainment"
US_HEADS = ["Andy Heyward", "Robby London", "Michael Maliani"]
A["wp-dic-entertainment"] = dict(
 # the studio -> Company 'DIC Entertainment', aliases 'DIC Audiovisuel' ('founded ... as': its first name) and 'DIC'
 # (also in "DIC's Heyward"); Radio-Television Luxembourg (alias 'RTL'), The Walt Disney Company (alias 'Disney'),
 # Capital Cities/ABC, Bain Capital, CBS Corporation (alias 'CBS': the company, also in 'on CBS' and '"KOL Secret
 # Slumber Party on CBS"', its network under the same surface form; one entity per surface form) and American
 # Greetings -> Company; Jean Chalopin, Andy Heyward (alias 'Heyward'), Robby London, Michael Maliani and Warren
 # Buffett -> Person; Luxembourg, United States (alias 'US', in 'the US headquarters'), Burbank and California ->
 # Location. No entity: Meet the Deedles and Inspector Gadget (films), The Secret Millionaire's Club (an animated
 # series) and "KOL Secret Slumber Party on CBS" and KEWLopolis (programming blocks of TV shows) (GUIDELINES, Types:
 # TV shows; doubtful for KEWLopolis, which the text calls 'a joint venture': a reader might take it as a Company);
 # 'Diffusion, Information et Communication' (the words of an acronym, not a name the company bore); 'the US
 # headquarters' (a unit without a name of its own)
 entities=[E("Company", DIC, "DIC Audiovisuel", "DIC"), E("Person", "Jean Chalopin"), E("Location", "Luxembourg"),
           E("Company", "Radio-Television Luxembourg", "RTL"), E("Location", "United States", "US")]
          + [E("Person", "Andy Heyward", "Heyward"), E("Person", "Robby London"), E("Person", "Michael Maliani")]
          + [E("Location", "Burbank"), E("Location", "California"),
             E("Company", "The Walt Disney Company", "Disney"), E("Company", "Capital Cities/ABC"),
             E("Company", "Bain Capital"), E("Person", "Warren Buffett"), E("Company", "CBS Corporation", "CBS"),
             E("Company", "American Greetings")],
 # 'founded in 1971 as DIC Audiovisuel by Jean Chalopin' -> founder at DIC Entertainment, current true; 'The
 # company's United States headquarters, established in 1982 and headed by Andy Heyward, Robby London and Michael
 # Maliani' -> head at DIC Entertainment for each, current true (the headquarters is the company's, the present tense
 # 'are in Burbank' and no departure told; doubtful: the three headed the US office, not the whole company, and a
 # reader might give no role or executive). Near-misses, no role: 'In 1986, Heyward bought the company' (an owner,
 # no title); "DIC's Heyward" (no title); 'billionaire Warren Buffett' (a description, no organisation)
 roles=[R("Jean Chalopin", "founder", DIC)] + [R(p, "head", DIC) for p in US_HEADS],
 # 'as a subsidiary of Radio-Television Luxembourg (RTL)' -> parentOrganization(DIC Entertainment, Radio-Television
 # Luxembourg); 'at different times in the past was owned (at times outright, and at times with a half-interest) by
 # The Walt Disney Company, Capital Cities/ABC ... and Bain Capital' -> parentOrganization(DIC Entertainment, X) for
 # each of the three (an owned-by statement, past ownership still recorded; 'while under Disney' backs Disney's;
 # doubtful: the text does not say which owner held only a half-interest, and a reader might leave one or more out);
 # 'Capital Cities/ABC (before being acquired by Disney)' -> acquired(The Walt Disney Company, Capital Cities/ABC)
 # and parentOrganization(Capital Cities/ABC, The Walt Disney Company) (a completed purchase told in passing); 'DIC
 # Entertainment and CBS Corporation signed a multi-year deal' -> partner(DIC Entertainment, CBS Corporation); 'a
 # joint venture between DIC, CBS, and American Greetings' -> partner(DIC Entertainment, American Greetings) and
 # partner(CBS Corporation, American Greetings) (the joint venture's owners pairwise; DIC and CBS already partners).
 # Near-misses, no relation: 'Heyward bought the company' -> no acquired (a person, not a company, bought it; a
 # reader might look for a buyer company); 'DIC is currently independent' -> nothing (no owner); 'launched ... on
 # CBS' -> nothing more (the deal's broadcast)
 relations=[L(DIC, "parentOrganization", "Radio-Television Luxembourg"),
            L(DIC, "parentOrganization", "The Walt Disney Company"), L(DIC, "parentOrganization", "Capital Cities/ABC"),
            L(DIC, "parentOrganization", "Bain Capital"), L("The Walt Disney Company", "acquired", "Capital Cities/ABC"),
            L("Capital Cities/ABC", "parentOrganization", "The Walt Disney Company"),
            L(DIC, "partner", "CBS Corporation"), L(DIC, "partner", "American Greetings"),
            L("CBS Corporation", "partner", "American Greetings")],
 outages=[],
 # 'in 1971', 'in 1982', 'In 1986', "1998's", "1999's", 'In early 2006', 'On September 15, 2007' -> the years and the
 # day ("1998" and "1999" as the surface text before the possessive; 'early 2006' -> the year). No date: 'the
 # following fall' (relative to early 2006, not to `published`; GUIDELINES, Dates: with `published` null only
 # absolute expressions), 'currently', 'at different times in the past', 'Saturday mornings' (a recurring slot)
 dates=[D("1971", "1971"), D("1982", "1982"), D("1986", "1986"), D("1998", "1998"), D("1999", "1999"),
        D("early 2006", "2006"), D("September 15, 2007", "2007-09-15")])

# ---- video games, US: Origin Systems --------------------------------------------------------------------------------
OS = "Origin Systems"
OS_FOUNDERS = ["Richard Garriott", "Robert Garriott", "Owen", "Chuck Bueche"]
OS_GAMES = ["Ultima", "Wing Commander", "Ultima III: Exodus"]
A["wp-origin-systems"] = dict(
 # the developer -> Company 'Origin Systems', alias 'Origin'; Electronic Arts (alias 'EA', in "EA's 1987 game") ->
 # Company; Richard Garriott (alias 'Richard'), Robert Garriott (the fullest form, in 'Richard and Robert Garriott';
 # alias 'Robert'), Owen ('their astronaut-engineer father Owen': the only form the text gives) and Chuck Bueche ->
 # Person; Austin, Texas, Houston and New Hampshire -> Location; the game series Ultima and Wing Commander and the
 # games Ultima III: Exodus and Deathlord -> Service. No entity: "the Garriotts'" (a family, no alias of one
 # person); 'the video-game crash of 1983' (an event); 'non-Ultima games' (not a name); 'an IPO' (an event);
 # 'American' (an adjective)
 entities=[E("Company", OS, "Origin"), E("Location", "Austin"), E("Location", "Texas"),
           E("Person", "Richard Garriott", "Richard"), E("Person", "Robert Garriott", "Robert"),
           E("Service", "Ultima"), E("Service", "Wing Commander"), E("Company", "Electronic Arts", "EA"),
           E("Person", "Owen"), E("Person", "Chuck Bueche"), E("Location", "Houston"), E("Service", "Ultima III: Exodus"),
           E("Location", "New Hampshire"), E("Service", "Deathlord")],
 # 'It was founded ... by Richard Garriott and his brother Robert' and 'Brothers Richard and Robert Garriott, their
 # astronaut-engineer father Owen, and programmer Chuck Bueche founded Origin Systems' -> founder at Origin Systems for
 # each of the four, current true (the lead names two, the history four; doubtful for Owen and Bueche, whom the
 # infobox, cut, did not list: a reader of the lead alone might give two). Near-misses, no role: 'astronaut-engineer'
 # and 'programmer' (trades); 'Richard Garriott claimed that he received the same royalty rate' (no post)
 roles=[R(p, "founder", OS) for p in OS_FOUNDERS],
 # 'The company was purchased by Electronic Arts in 1992' and 'In September 1992, Electronic Arts acquired the
 # company' -> acquired(Electronic Arts, Origin Systems) and parentOrganization(Origin Systems, Electronic Arts) (a
 # completed purchase, one pair); 'best known for their groundbreaking work in ... the Ultima and Wing Commander
 # series' and 'The company's first game was Ultima III: Exodus' -> provider(game, Origin Systems) each; "EA's 1987
 # game Deathlord" -> provider(Deathlord, Electronic Arts) (the company's game, as "Apple's iPhone"). Near-misses, no
 # relation: 'It published many non-Ultima games' -> nothing (no game named); 'his games released by other companies'
 # -> nothing (no company named); 'a dispute between the two companies' -> no partner (a dispute is no partnership);
 # 'considered an IPO' -> nothing
 relations=[L("Electronic Arts", "acquired", OS), L(OS, "parentOrganization", "Electronic Arts")]
           + [L(g, "provider", OS) for g in OS_GAMES]
           + [L("Deathlord", "provider", "Electronic Arts")],
 outages=[],
 # 'on March 3, 1983', 'in 1983' and 'of 1983' (one item), 'in 1992', 'By 1988', 'In September 1992', "EA's 1987",
 # 'By 1996' -> the day, the years and the month. No date: 'annual' (no calendar value)
 dates=[D("March 3, 1983", "1983-03-03"), D("1992", "1992"), D("1983", "1983"), D("1988", "1988"),
        D("September 1992", "1992-09"), D("1987", "1987"), D("1996", "1996")])

# ---- video games, US: Dynamix ---------------------------------------------------------------------------------------
DX = "Dynamix, Inc."
DX_GAMES = ["Red Baron", "The Incredible Machine", "Front Page Sports", "Betrayal at Krondor", "Tribes", "Stellar 7",
            "Project Firestart", "Arcticfox", "The Adventures of Willy Beamish", "Sid & Al's Incredible Toons",
            "Front Page Sports Football", "Metaltech"]
A["wp-dynamix"] = dict(
 # the developer -> Company 'Dynamix, Inc.', alias 'Dynamix'; Electronic Arts, Activision and Sierra On-Line (alias
 # 'Sierra', in 'Once part of Sierra') -> Company; Jeff Tunnell, Damon Slye, Pat Cook and Allen McPheeters -> Person;
 # Eugene and Oregon -> Location; the games and game series Red Baron, The Incredible Machine, Front Page Sports,
 # Betrayal at Krondor, Tribes, Stellar 7, Project Firestart, Arcticfox, The Adventures of Willy Beamish, Sid & Al's
 # Incredible Toons, Front Page Sports Football and Metaltech, the computers Commodore 64 (alias 'C64') and Commodore
 # Amiga, the online network ImagiNation Network and the BattleTech games ('the BattleTech universe and games') ->
 # Service (GUIDELINES, Types: games, devices, networks; doubtful for BattleTech, a fictional universe as much as a
 # product line: a reader might leave it out). No entity: Commodore (named only inside the computers' names;
 # GUIDELINES, Types); 'Football', 'Baseball' and 'Golf' (the series' sport titles, generic words); Earthsiege (cut,
 # not in the text); 'American' (an adjective)
 entities=[E("Company", DX, "Dynamix")]
          + [E("Service", g) for g in DX_GAMES[:5]]
          + [E("Location", "Eugene"), E("Location", "Oregon"), E("Person", "Jeff Tunnell"), E("Person", "Damon Slye"),
             E("Service", "Stellar 7"), E("Service", "Commodore 64", "C64"), E("Service", "Project Firestart"),
             E("Company", "Electronic Arts"), E("Service", "Commodore Amiga"), E("Service", "Arcticfox"),
             E("Company", "Activision"), E("Company", "Sierra On-Line", "Sierra"),
             E("Service", "The Adventures of Willy Beamish"), E("Service", "Sid & Al's Incredible Toons"),
             E("Person", "Pat Cook"), E("Person", "Allen McPheeters"), E("Service", "Front Page Sports Football"),
             E("Service", "ImagiNation Network"), E("Service", "Metaltech"), E("Service", "BattleTech")],
 # 'The company was founded in Eugene, Oregon in 1984 by Jeff Tunnell and Damon Slye' -> founder at Dynamix, Inc. for
 # each, current true. Near-miss, no role: 'the Front Page Sports series, designed by Pat Cook and Allen McPheeters'
 # (a design credit, no post; a reader might give other or executive)
 roles=[R("Jeff Tunnell", "founder", DX), R("Damon Slye", "founder", DX)],
 # 'in 1990 Dynamix was bought by Sierra On-Line' and 'Once part of Sierra' -> acquired(Sierra On-Line, Dynamix, Inc.)
 # and parentOrganization(Dynamix, Inc., Sierra On-Line) (a completed purchase); 'best known for ... Red Baron, ...
 # The Incredible Machine, the Front Page Sports series, ... Betrayal at Krondor, and their online multiplayer game
 # Tribes', 'Their first title, Stellar 7', 'They made a number of games ..., among them Project Firestart', 'a line
 # of action games for Electronic Arts, including ... Arcticfox', 'Dynamix created ... The Adventures of Willy
 # Beamish', 'They also created ... The Incredible Machine, along with the spinoff Sid & Al's Incredible Toons',
 # 'Versions of Red Baron and Front Page Sports Football' (an entry of the studio's series) and 'a new series called
 # Metaltech was released' (in the studio's own history; doubtful: the text does not say in so many words that
 # Dynamix made it) -> provider(game, Dynamix, Inc.) each; 'Dynamix created a line of action games for Electronic
 # Arts' -> partner(Dynamix, Inc., Electronic Arts) and 'Later titles were developed for Activision' ->
 # partner(Dynamix, Inc., Activision) (publishing customers, as batches 58c-59h took publishing deals). Near-misses,
 # no relation: 'games for the Commodore 64', 'for the C64' and 'for the Commodore Amiga' -> no provider for the
 # computers (their maker named only inside their names) and no partner; 'included as part of the ImagiNation
 # Network' -> no provider for the network (its operator not named) and no partner (no deal told); 'similarities to
 # the BattleTech universe and games' -> no provider for BattleTech (its maker not named) and no relation to
 # Metaltech; 'After self-publishing their games' -> nothing (no publisher named); 'designed by Pat Cook and Allen
 # McPheeters' -> nothing (persons)
 relations=[L("Sierra On-Line", "acquired", DX), L(DX, "parentOrganization", "Sierra On-Line")]
           + [L(g, "provider", DX) for g in DX_GAMES]
           + [L(DX, "partner", "Electronic Arts"), L(DX, "partner", "Activision")],
 outages=[],
 # 'from 1984 to 2001' and 'in 1984' ('1984' one item), '2001', 'in 1990', 'In 1994' -> the years. No date: 'In the
 # following years', 'for a short while' (no calendar value); 'Commodore 64', 'C64', 'Stellar 7' (names)
 dates=[D("1984", "1984"), D("2001", "2001"), D("1990", "1990"), D("1994", "1994")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
