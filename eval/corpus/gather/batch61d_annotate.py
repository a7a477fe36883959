#!/usr/bin/env python3
"""Batch 61d gold annotations (the texts of batch61d.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-60j; batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'the late 1960s', 'the late 1970s', 'the
1980s', 'the early 1990s', 'the late 1980s and 1990s' and 'the early 1950s' (decades, no ISO value the format takes, as
batches 60c and 60j), 'a semester later', 'Early in his life', 'currently', 'most recently', 'during this time
period' and 'today's' -> nothing. No text tells an outage, so every `outages` list is empty; none tells a near-miss of
one (a trademark lawsuit, a cancelled game, MAGI's shutdown and Orion's merger are business events, GUIDELINES,
Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-60j): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders') as it stands after its correction (commit 091489b1): people the text names together as founding
an organisation are each `cofounder` ('founded in 1987 by A, B, C, D, E and F', 'Founded in 1930 by A, B, C, and D');
one person named alone is `founder` ('RWS was founded in 1996 by Vince Desi'); batch 60j wrote `founder` for the joint
construction under the decision's first wording, so this round differs from its template there; 'formed ... as a joint
venture between X and three former top-level executives of Y' with the three named in the next sentence -> cofounder
for each (doubtful); founders current true; 'co-chairmen A and B along with chief executive officer C had resigned'
-> chairman and ceo at that company, current false; 'was the first Art Director' -> executive (a senior creative post,
as batch 60j's 'main director' and batches 40x-58n's 'creative director'), current true (no departure told; doubtful);
owners without a post ('his Metromedia organization'), a person who 'operated' a shop, staff ('employed at', 'the
company they worked in') and trades ('recruiter', 'taxi driver') -> no role; 'a brand label of X' -> parentOrganization
to X (doubtful); 'has been a subsidiary of X since YEAR', 'has been owned by X since YEAR', 'art-house division X' and
'X's then parent, Y' -> parentOrganization, with no acquired (no purchase told); 'had become majority owner' ->
parentOrganization (majority ownership, as batches before took 'majority owned by'), no acquired (a stake built by
investment, no purchase told; doubtful); 'its ownership of X' -> parentOrganization; 'A merged with B' with no buyer
told -> nothing (GUIDELINES, Relations); a joint venture, a game co-developed with a publisher's team, and commercials
made for named clients -> partner (doubtful for the clients); a lawsuit -> no relation; games and a toy the text says a
company made, published or sold -> Service with provider; films, TV shows, a programming block, a mascot and awards ->
no entity (GUIDELINES, Types); a coffee brand named as the subject of a commercial -> Company (doubtful); a trade fair
-> no entity (an event); nationality adjectives ('American', 'Italian') -> nothing.
usage: batch61d_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- video games, US: Running with Scissors ------------------------------------------------------------------------
RW = "Running with Scissors"
A["wp-running-with-scissors"] = dict(
 # the developer -> Company 'Running with Scissors', alias 'RWS' (also in "RWS'"); Riedel Software Productions (alias
 # 'RSP'; 'a work for hire developer') and Akella ('publisher Akella') -> Company; the United States Postal Service ->
 # Organization (a federal postal agency, GUIDELINES, Types: government bodies; doubtful: a reader might take a
 # Company, as it sells services); Vince Desi (alias 'Vincent James Desiderio Jr.', the text's own identification:
 # 'adopted the short name "Vince Desi"') -> Person; Tucson, Arizona, Brooklyn and Wall Street ('a recruiter on Wall
 # Street', a named street and district; doubtful: a reader might read the finance trade and skip it) -> Location; the
 # games Postal ('the Postal franchise', 'Postal (1997)'; one entity for the game and the series named after it,
 # doubtful), Flesh and Wire, Postal 2, Postal III, Postal 4: No Regerts, Postal: Brain Damaged and Postal 2: Redux ->
 # Service (GUIDELINES, Types: games). No entity: 'licensed titles aimed towards children' (generic); 'an internal
 # team of publisher Akella' (no name of its own); 'his boss' (no name); 'American', 'Italian' (adjectives)
 entities=[E("Company", RW, "RWS"), E("Location", "Tucson"), E("Location", "Arizona"),
           E("Person", "Vince Desi", "Vincent James Desiderio Jr."),
           E("Company", "Riedel Software Productions", "RSP"), E("Service", "Postal"),
           E("Organization", "United States Postal Service"), E("Service", "Flesh and Wire"), E("Service", "Postal 2"),
           E("Service", "Postal III"), E("Company", "Akella"), E("Service", "Postal 4: No Regerts"),
           E("Service", "Postal: Brain Damaged"), E("Service", "Postal 2: Redux"), E("Location", "Brooklyn"),
           E("Location", "Wall Street")],
 # 'RWS was founded in 1996 by Vince Desi' and 'Running with Scissors (RWS) was founded by Vincent James Desiderio Jr.'
 # -> founder at Running with Scissors (one person named; GUIDELINES, Roles, 'Founders'), current true. Near-misses,
 # no role: Desi as CEO (only in the cut infobox); 'a recruiter on Wall Street' (a trade, no organisation named);
 # 'high school teaching career', 'taxi driver, nightclub promoter, and recording studio manager' (jobs at no named
 # organisation; 'manager' gives executive only at a named one)
 roles=[R("Vince Desi", "founder", RW)],
 # 'founded ... as a brand label of Riedel Software Productions (RSP)' -> parentOrganization(Running with Scissors,
 # Riedel Software Productions) (a label of the company, as 'Y, a unit of X'; doubtful: a brand label might be read as
 # a trade name with no company of its own); 'RWS created and maintains the Postal franchise', "RWS' first game was
 # Postal", 'The company followed up Postal with Postal 2', 'RWS most recently worked on Postal 4: No Regerts ... and
 # the spin-off Postal: Brain Damaged, with a remake ..., Postal 2: Redux, currently in development' -> provider(game,
 # Running with Scissors) each (Postal 2: Redux doubtful: the sentence sets it beside RWS's work without a verb of its
 # own); 'Postal III (2011), was co-developed by RWS and an internal team of publisher Akella' -> provider(Postal III,
 # Running with Scissors), provider(Postal III, Akella) (its publisher and co-developer) and partner(Running with
 # Scissors, Akella) (a co-development, GUIDELINES, Relations). Near-misses, no relation: 'a trademark lawsuit from the
 # United States Postal Service' (a lawsuit); 'A potential second game, Flesh and Wire, was canceled in 1999' (a game
 # never released: no provider; doubtful: a reader might tie it to RWS); 'RWS distanced itself from the game' (no tie
 # undone: the co-development stays a fact)
 relations=[L(RW, "parentOrganization", "Riedel Software Productions"), L("Postal", "provider", RW),
            L("Postal 2", "provider", RW), L("Postal III", "provider", RW), L("Postal III", "provider", "Akella"),
            L(RW, "partner", "Akella"), L("Postal 4: No Regerts", "provider", RW),
            L("Postal: Brain Damaged", "provider", RW), L("Postal 2: Redux", "provider", RW)],
 outages=[],
 # 'in 1996', 'Postal (1997)', 'until 2003' and 'in 2003' ('2003', one item), 'in 1999', 'Postal III (2011)', 'in
 # 2022' -> the years. No date: 'a semester later', 'Early in his life', 'currently', 'most recently' (no calendar
 # value)
 dates=[D("1996", "1996"), D("1997", "1997"), D("2003", "2003"), D("1999", "1999"), D("2011", "2011"),
        D("2022", "2022")])

# ---- film, US: Orion Pictures --------------------------------------------------------------------------------------
OP = "Orion Pictures Corporation"
OP_FOUNDERS = ["Arthur Krim", "Robert Benjamin", "Eric Pleskow"]
A["wp-orion-pictures"] = dict(
 # the studio -> Company 'Orion Pictures Corporation', aliases 'Orion' (also in "Orion's" and in 'the constellation
 # Orion', the company's namesake, left as a surface form of the alias) and 'Orion Pictures'; Warner Bros. Pictures,
 # United Artists (alias 'UA', also in "UA's"), Transamerica, Filmways, Inc., American International Pictures, Metromedia
 # ('his Metromedia organization') and the division Orion Classics -> Company; Arthur Krim (alias 'Krim'), Robert
 # Benjamin, Eric Pleskow, Woody Allen ('Woody Allen films') and John Kluge -> Person. No entity: the films (10, Time
 # After Time, Caddyshack, Arthur, Sharkey's Machine, Monty Python's Life of Brian, A Little Romance, Terminator,
 # RoboCop, Blow Out, Something Wild, Amadeus, Platoon, Dances With Wolves, The Silence of the Lambs) and the TV shows
 # (The Beverly Hillbillies, Green Acres, Mister Ed, The Addams Family) (GUIDELINES, Types: TV shows; films as batches
 # before); 'Monty Python' (only inside a film's title, GUIDELINES, Types); 'Academy Award(s)' (awards); 'Hollywood'
 # ('Hollywood blockbusters', the film trade as an adjective; doubtful: a reader might take a Location); 'the
 # constellation Orion' (not a company; covered as a surface form of the alias); 'American' (an adjective)
 entities=[E("Company", OP, "Orion", "Orion Pictures"), E("Company", "Warner Bros. Pictures"),
           E("Company", "United Artists", "UA"), E("Person", "Arthur Krim", "Krim"), E("Person", "Robert Benjamin"),
           E("Person", "Eric Pleskow"), E("Company", "Transamerica"), E("Company", "Filmways, Inc."),
           E("Company", "American International Pictures"), E("Person", "Woody Allen"), E("Person", "John Kluge"),
           E("Company", "Metromedia"), E("Company", "Orion Classics")],
 # 'formed in 1978 as a joint venture between Warner Bros. Pictures and three former top-level executives of United
 # Artists' with the next sentence naming the three -> cofounder at Orion Pictures Corporation for each (people named
 # together as forming it: GUIDELINES, Roles, 'Founders'; doubtful: the text says 'formed ... as a joint venture
 # between', not 'founded by', and names them a sentence later), current true; 'UA co-chairmen Arthur Krim and Robert
 # Benjamin' -> chairman at United Artists each ('co-chairmen' -> chairman), and 'chief executive officer Eric Pleskow'
 # -> ceo at United Artists (the title read with 'UA': the three are the 'three former top-level executives of United
 # Artists'), current false ('had resigned', 'former'). Near-misses, no role: 'former top-level executives' (generic;
 # their own titles are given); 'billionaire John Kluge ... his Metromedia organization' (an owner, no post, as batches
 # 29a, 32h and 60j); 'Woody Allen films' (a director's credit, no post)
 roles=[R(p, "cofounder", OP) for p in OP_FOUNDERS] +
       [R("Arthur Krim", "chairman", "United Artists", False), R("Robert Benjamin", "chairman", "United Artists", False),
        R("Eric Pleskow", "ceo", "United Artists", False)],
 # 'formed in 1978 as a joint venture between Warner Bros. Pictures and ...' -> partner(Orion Pictures Corporation,
 # Warner Bros. Pictures) (a joint venture, GUIDELINES, Relations; no ownership share told, so no parent); "UA's then
 # parent, Transamerica" -> parentOrganization(United Artists, Transamerica) (past ownership still recorded); 'its
 # ownership of American International Pictures' (Filmways') -> parentOrganization(American International Pictures,
 # Filmways, Inc.); 'by 1988 his Metromedia organization had become majority owner' -> parentOrganization(Orion
 # Pictures Corporation, Metromedia) (no acquired: an investment grown to a majority, no purchase told; doubtful);
 # 'Orion Pictures introduced art-house division Orion Classics' -> parentOrganization(Orion Classics, Orion Pictures
 # Corporation). Near-misses, no relation: 'In 1982, Orion merged with Filmways, Inc.' (a merger with no buyer told:
 # no acquired, no parent either way; a reader might add acquired(Orion Pictures Corporation, Filmways, Inc.));
 # 'became an independent company' (ends no named tie); 'John Kluge invested in the company' (a person's stake, no
 # relation between organisations); 'disputes with UA's then parent' (a dispute, no relation of its own)
 relations=[L(OP, "partner", "Warner Bros. Pictures"), L("United Artists", "parentOrganization", "Transamerica"),
            L("American International Pictures", "parentOrganization", "Filmways, Inc."),
            L(OP, "parentOrganization", "Metromedia"), L("Orion Classics", "parentOrganization", OP)],
 outages=[],
 # 'in 1978', 'In 1982', 'In 1986', 'by 1988' ('1988'), 'In 1983' -> the years. No date: 'the late 1960s', 'the late
 # 1970s', 'the 1980s', 'the early 1990s' (decades); '10' (a film's title)
 dates=[D("1978", "1978"), D("1982", "1982"), D("1986", "1986"), D("1988", "1988"), D("1983", "1983")])

# ---- animation, US: Blue Sky Studios -------------------------------------------------------------------------------
BS = "Blue Sky Studios"
BS_FOUNDERS = ["Michael Ferraro", "Carl Ludwig", "Alison Brown", "David Brown", "Chris Wedge", "Eugene Troubetzkoy"]
A["wp-blue-sky-studios"] = dict(
 # the studio -> Company 'Blue Sky Studios', alias 'Blue Sky'; MAGI (alias 'MAGI/Synthavision', the same employer
 # named with its product name; doubtful: a reader might split off a Synthavision Service), 20th Century Fox, Disney
 # ('the Disney film Tron': the company named on its own before the film's title, not inside a product name; doubtful),
 # Chock Full O' Nuts ('a Chock Full O' Nuts spot with a talking coffee bean': the advertiser, a coffee maker; doubtful:
 # a reader might take a Service, the brand, as batch 60j took Reddi-wip) and Nickelodeon ('a Nickelodeon block', a
 # broadcaster, GUIDELINES, Types: broadcasters are Company) -> Company; the six founders -> Person (Eugene Troubetzkoy
 # named 'Dr. Eugene Troubetzkoy' once: the name without the honorific, the longer form containing it); Greenwich and
 # Connecticut -> Location. No entity: Tron, Ice Age, Rio (films); Nicktoons ('a Nickelodeon block', a programming
 # block, as batches before); Nick Boy (a mascot); 'in-house rendering software', 'proprietary animation pipeline'
 # (no name); 'American' (an adjective)
 entities=[E("Company", BS, "Blue Sky"), E("Location", "Greenwich"), E("Location", "Connecticut")] +
          [E("Person", p) for p in BS_FOUNDERS] +
          [E("Company", "MAGI", "MAGI/Synthavision"), E("Company", "20th Century Fox"), E("Company", "Disney"),
           E("Company", "Chock Full O' Nuts"), E("Company", "Nickelodeon")],
 # 'The studio was founded in 1987 by Michael Ferraro, Carl Ludwig, Alison Brown, David Brown, Chris Wedge and Eugene
 # Troubetzkoy' and 'Blue Sky was founded in February 1987 by ...' (the same six) -> cofounder at Blue Sky Studios for
 # each (GUIDELINES, Roles, 'Founders'), current true. Near-misses, no role: 'the company they worked in, MAGI' and
 # 'while employed at MAGI/Synthavision' (staff, no post)
 roles=[R(p, "cofounder", BS) for p in BS_FOUNDERS],
 # 'Blue Sky Studios has been owned by 20th Century Fox since 1997' -> parentOrganization(Blue Sky Studios, 20th
 # Century Fox) (no acquired: ownership from a year, no purchase told; doubtful: 'owned ... since 1997' implies one);
 # 'Some of the more memorable commercials that Blue Sky worked on ... were a Chock Full O' Nuts spot ..., and an intro
 # for a Nickelodeon block' -> partner(Blue Sky Studios, Chock Full O' Nuts) and partner(Blue Sky Studios,
 # Nickelodeon) (work made for named clients: customer relations, GUIDELINES, Relations; doubtful: the text names the
 # spots, not contracts); 'MAGI, one of the visual effects studios behind Tron' with 'the Disney film Tron' ->
 # partner(MAGI, Disney) (effects work on a named company's film, a supplier tie as batch 60j took outsourced studios;
 # doubtful). Near-misses, no relation: 'after ... MAGI ... shut down' (a closure, no tie between MAGI and Blue Sky:
 # no predecessor relation in the format); 'releasing its first animated film, Ice Age' (a film, no entity, so no
 # provider)
 relations=[L(BS, "parentOrganization", "20th Century Fox"), L(BS, "partner", "Chock Full O' Nuts"),
            L(BS, "partner", "Nickelodeon"), L("MAGI", "partner", "Disney")],
 outages=[],
 # 'in 1987', 'since 1997', 'in 2002', 'in February 1987' -> the years and the month. No date: 'the late 1980s and
 # 1990s' (decades), 'during this time period' (no calendar value)
 dates=[D("1987", "1987"), D("1997", "1997"), D("2002", "2002"), D("February 1987", "1987-02")])

# ---- toys, US: Fisher-Price ----------------------------------------------------------------------------------------
FP = "Fisher-Price"
FP_FOUNDERS = ["Herman Fisher", "Irving Price", "Margaret Evans Price", "Helen Schelle"]
A["wp-fisher-price"] = dict(
 # the toy maker -> Company 'Fisher-Price' (also in "Fisher-Price's"); Mattel and Penny Walker Toy Shop (a shop run
 # as a business) -> Company; Herman Fisher (alias 'Fisher', in 'Fisher worked previously'), Irving Price (alias
 # 'Price', in "Price's illustrator-artist wife" and 'Price had retired'), Margaret Evans Price (alias 'Mrs. Price')
 # and Helen Schelle -> Person; East Aurora, New York (the state, named three times), Churchville, Binghamton and New
 # York City -> Location. No entity: 'a company in Churchville' and 'a major variety chain store' (no names); the
 # American International Toy Fair (a trade fair, an event, GUIDELINES, Types); 'educational toys', 'push-pull toys',
 # 'wooden toys' (generic); 'American' (an adjective)
 entities=[E("Company", FP), E("Location", "East Aurora"), E("Location", "New York"), E("Company", "Mattel"),
           E("Person", "Herman Fisher", "Fisher"), E("Person", "Irving Price", "Price"),
           E("Person", "Margaret Evans Price", "Mrs. Price"), E("Person", "Helen Schelle"), E("Location", "Churchville"),
           E("Company", "Penny Walker Toy Shop"), E("Location", "Binghamton"), E("Location", "New York City"),
           E("Service", "Dr. Doodle")],
 # 'Founded in 1930 by Herman Fisher, Irving Price, Price's illustrator-artist wife Margaret Evans Price, and Helen
 # Schelle' -> cofounder at Fisher-Price for each (four people named together, GUIDELINES, Roles, 'Founders'), current
 # true; 'Mrs. Price was the first Art Director' -> executive at Fisher-Price (a senior creative post, as batch 60j's
 # 'main director'; doubtful: a reader might give other or no role), current true (no departure told; doubtful: 'the
 # first' implies successors). Near-misses, no role: 'Helen Schelle previously operated Penny Walker Toy Shop' (she ran
 # it, no post named; a reader might give head or founder, as batch 60j's 'Larry Harmon closed the studio'); 'Fisher
 # worked previously ... for a company in Churchville' and 'Price had retired from a major variety chain store'
 # (unnamed companies, no posts); 'three of the four founders' (a count of the same founders)
 roles=[R(p, "cofounder", FP) for p in FP_FOUNDERS] + [R("Margaret Evans Price", "executive", FP)],
 # 'Fisher-Price has been a subsidiary of Mattel since 1993' -> parentOrganization(Fisher-Price, Mattel) (no acquired:
 # no purchase told); 'The first Fisher-Price toy ever sold was "Dr. Doodle"' -> provider(Dr. Doodle, Fisher-Price)
 # (a named toy, GUIDELINES, Types: products users buy). Near-misses, no relation: 'took 16 of their wooden toys to the
 # American International Toy Fair' (an event, no partner); 'Helen Schelle previously operated Penny Walker Toy Shop'
 # (a person's past business: no tie between the shop and Fisher-Price)
 relations=[L(FP, "parentOrganization", "Mattel"), L("Dr. Doodle", "provider", FP)],
 outages=[],
 # 'since 1993', 'in 1930', 'In 1931' and 'in 1931' ('1931', one item: the same text and value ignoring case) -> the
 # years. No date: 'In the early 1950s' (a decade part, no ISO value, as 'the 1960s' in batch 60j), "today's" (no
 # calendar value without `published`); '16' (a count)
 dates=[D("1993", "1993"), D("1930", "1930"), D("1931", "1931")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
