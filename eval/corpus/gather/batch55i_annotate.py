#!/usr/bin/env python3
"""Batch 55i gold annotations (the texts of batch55i.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(the batch's own cycle; batch10_annotate.write_parts). All four are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); 'the early 2000s' (a part of a decade), 'Over the course of five years', 'As a
result' and 'since the company's establishment' -> nothing. No text tells an outage (or a near-miss), so every
`outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 30d, 32i, 36j-40zg, 54zu, 55e): a completed purchase ('acquired', 'the
acquisition of', 'its acquisition of') -> acquired and parentOrganization(target, buyer); 'previously a division of'
-> parentOrganization (past, kept; relations carry no time); a merger that does not say who buys whom -> nothing; an
investment or a stake of unstated or minority size, and owners who are persons, -> nothing (parentOrganization joins
organisations); a management buyout by a person -> nothing (batch 40ze); a publisher of a developer's games ('published
by', 'Team17-published', 'It publishes its own games (developed by ...)') -> partner(publisher, developer) as batch
30d gave Electronic Arts and Bullfrog (doubtful each time); 'partnered with' -> partner, direction as written; a game
the text says a company made, released, produced or worked on -> Service + provider; a game platform (Amiga) and a
tabletop rule set -> Service without provider when no maker is named; a person who 'founded' a company -> founder
(current, as the corpus keeps founders); people who 'led' a company without a title -> no role (batch 32i); a
programmer's post -> no role (batch 40u); 'the sole manager' beside a stated CEO post -> no second role; a demogroup
-> Organization (as the guidelines type bands and clubs); nationality adjectives ('British', 'Swedish', 'Belarusian')
and genres ('Grand Strategy games', 'free-to-play online action games') -> nothing.
usage: batch55i_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, provided
import batch10_annotate as b10

A = {}
# ---- video games, United Kingdom: Team17 ----------------------------------------------------------------------------
TM = "Team17 Group plc"
MT = "Mouldy Toof Studios"
A["wp-team17"] = dict(
 # the company -> Company 'Team17 Group plc', alias 'Team17' (also inside 'Team17's' and 'Team17-published'); the two
 # companies of the 1990 merger, 17-Bit Software and Team 7, Lloyds Development Capital (an investor) and Mouldy Toof
 # Studios -> Company; the six people named as the two companies' leaders and Andy Davidson (Worms' author) ->
 # Person, the surnames the text uses alone ('Bestwick', 'Robinson', 'Brown') as aliases; Full Contact, Worms, Light
 # and The Escapists (games) -> Service; Amiga ('for Amiga ... on that platform', a computer platform; devices are
 # Service) -> Service; Wakefield, England, Nottingham -> Location; 'a publishing venture focusing on indie games'
 # (unnamed) -> nothing
 entities=[E("Company", TM, "Team17"), E("Location", "Wakefield"), E("Location", "England"),
           E("Company", "17-Bit Software"), E("Company", "Team 7"), E("Person", "Michael Robinson", "Robinson"),
           E("Person", "Martyn Brown", "Brown"), E("Person", "Debbie Bestwick", "Bestwick"),
           E("Person", "Andreas Tadic"), E("Person", "Rico Holmes"), E("Person", "Peter Tuleby"),
           E("Service", "Full Contact"), E("Service", "Amiga"), E("Person", "Andy Davidson"), E("Service", "Worms"),
           E("Location", "Nottingham"), E("Service", "Light"), E("Company", "Lloyds Development Capital"),
           E("Company", MT), E("Service", "The Escapists")],
 # 'Bestwick later became and presently serves as Team17's chief executive officer' -> ceo, current; 'leaving
 # Bestwick as the sole manager' -> no second role. Near-misses, no role: 'the two companies consisted of and were
 # led by Michael Robinson, Martyn Brown and Debbie Bestwick, and Andreas Tadic, Rico Holmes and Peter Tuleby,
 # respectively' -> no title is written (as batch 32i's 'was led by'); a reader might make the six founders or
 # cofounders of Team17 (the cut infobox calls them founders; the text says the venture was created through a
 # merger) or heads of 17-Bit Software and Team 7 (doubtful); 'both Robinson and Brown departed from Team17 in 2010'
 # -> no role to end (no post at Team17 named); Andy Davidson -> no role (his game, no post)
 roles=[R("Debbie Bestwick", "ceo", TM)],
 # 'the acquisition of Mouldy Toof Studios' (one of the 'various actions' Team17 took) -> acquired(Team17, Mouldy
 # Toof Studios) and parentOrganization(Mouldy Toof Studios, Team17); 'the developer behind Team17-published The
 # Escapists' -> provider(The Escapists, Mouldy Toof Studios) and partner(Team17, Mouldy Toof Studios) (a publisher
 # of a developer's game, as batch 30d kept EA both buyer and partner of Bullfrog; doubtful); 'their first game,
 # Full Contact', 'Worms ... the company's primary development output' and 'The first game to release of this
 # venture was Light' -> provider(game, Team17) ('Andy Davidson's Worms': Davidson is a person, no provider).
 # Near-misses, no relation: 'created in December 1990 through the merger of British publisher 17-Bit Software and
 # Swedish developer Team 7' -> nothing (a merger; who buys whom not told; a reader might make either company
 # Team17's parent or predecessor-buyer); 'a large investment from Lloyds Development Capital' -> nothing (an
 # investment, no share or control told; a reader might record Lloyds Development Capital as parent); 'Through a
 # management buyout performed by Bestwick' -> nothing (a person's buyout; no buying company)
 relations=[L(TM, "acquired", MT), L(MT, "parentOrganization", TM), L(TM, "partner", MT),
            L("The Escapists", "provider", MT)] + provided(TM, "Full Contact", "Worms", "Light"),
 outages=[],
 # 'Light (2013)' repeats '2013' (listed once); 'over 20 entries' -> nothing
 dates=[D("December 1990", "1990-12"), D("1991", "1991"), D("1995", "1995"), D("2010", "2010"), D("2013", "2013"),
        D("September 2016", "2016-09"), D("2015", "2015")])

# ---- video games, Sweden: Paradox Interactive -----------------------------------------------------------------------
PI = "Paradox Interactive"
A["wp-paradox-interactive"] = dict(
 # the publisher -> Company 'Paradox Interactive', alias 'Paradox' ('Almost all Paradox games', 'Paradox regularly
 # releases'); Paradox Development Studio, Paradox Entertainment and Investment AB Spiltan -> Company; Johan
 # Andersson, Fredrik Wester, Peter Lindell -> Person; Stockholm -> Location. Not entities: 'Conan the Barbarian'
 # (a fictional property Paradox Entertainment holds rights to; a reader might make it a Service); '"Grand Strategy
 # games"' (a genre); 'traditional retail channels' and 'digital distribution services' (generic)
 entities=[E("Company", PI, "Paradox"), E("Location", "Stockholm"), E("Company", "Paradox Development Studio"),
           E("Person", "Johan Andersson"), E("Company", "Paradox Entertainment"), E("Person", "Fredrik Wester"),
           E("Company", "Investment AB Spiltan"), E("Person", "Peter Lindell")],
 # 'The largest and majority owner is its CEO Fredrik Wester' -> ceo of Paradox Interactive, current. Near-miss, no
 # role: 'The lead game programmer is Johan Andersson' -> a programmer's post, no senior title (as batch 40u's 'the
 # main programmer at Opera Software'; a reader might give executive or other); Peter Lindell -> no role (a buyer of
 # shares)
 roles=[R("Fredrik Wester", "ceo", PI)],
 # 'Paradox Interactive was previously a division of Paradox Entertainment' -> parentOrganization(Paradox
 # Interactive, Paradox Entertainment) (past, kept); 'It publishes its own games (developed by Paradox Development
 # Studio)' -> partner(Paradox Interactive, Paradox Development Studio) (a publisher and the developer of its games,
 # as batch 30d; doubtful: 'its own games' may mean an in-house studio, and a reader might record Paradox Development
 # Studio as a unit of Paradox Interactive, which this text does not say). Near-misses, no relation: 'The largest and
 # majority owner is its CEO Fredrik Wester' -> nothing (an owner who is a person; parentOrganization joins
 # organisations); 'The second largest owner is Investment AB Spiltan' -> nothing (not the largest, share not told;
 # a reader might record Spiltan as parent); 'in June 2014 13% of the company was acquired by Peter Lindell' ->
 # nothing (a person buying a minority stake; a reader might record acquired)
 relations=[L(PI, "parentOrganization", "Paradox Entertainment"), L(PI, "partner", "Paradox Development Studio")],
 outages=[],
 dates=[D("June 2014", "2014-06")])

# ---- video games, Sweden: Starbreeze Studios ------------------------------------------------------------------------
SB = "Starbreeze Studios"
OK = "Overkill Software"
A["wp-starbreeze-studios"] = dict(
 # the studio -> Company 'Starbreeze Studios', alias 'Starbreeze' (also in 'Starbreeze's'); the demogroup Triton ->
 # Organization (a group of demosceners, as the guidelines type bands and clubs); O3 Games, Electronic Arts,
 # MachineGames and Overkill Software (alias 'Overkill') -> Company; Enclave, Knights of the Temple: Infernal Crusade,
 # The Chronicles of Riddick: Escape from Butcher Bay, The Darkness, Syndicate ('the Syndicate series'), Brothers: A
 # Tale of Two Sons and Payday 2 (games) -> Service; Stockholm, Sweden -> Location; 'publishers' (unnamed) and 'a
 # failed acquisition' (no party named) -> nothing
 entities=[E("Company", SB, "Starbreeze"), E("Organization", "Triton"), E("Location", "Stockholm"),
           E("Location", "Sweden"), E("Company", "O3 Games"), E("Service", "Enclave"),
           E("Service", "Knights of the Temple: Infernal Crusade"),
           E("Service", "The Chronicles of Riddick: Escape from Butcher Bay"), E("Service", "The Darkness"),
           E("Company", "Electronic Arts"), E("Service", "Syndicate"), E("Company", "MachineGames"),
           E("Service", "Brothers: A Tale of Two Sons"), E("Company", OK, "Overkill"), E("Service", "Payday 2")],
 # no person is named in the text ('founded by members of the demogroup Triton' and 'Starbreeze's founders' name
 # none; the infobox's founder Magnus Hogdahl and CEO Bo Andersson Klint are cut) -> no role
 roles=[],
 # 'The company then partnered with Electronic Arts to develop a reboot to the Syndicate series' -> partner(Starbreeze
 # Studios, Electronic Arts); 'its acquisition of Overkill Software' (Starbreeze's, in 2012) -> acquired and
 # parentOrganization(Overkill Software, Starbreeze Studios); 'went on to produce titles including Enclave and Knights
 # of the Temple', 'Starbreeze's fourth game, The Chronicles of Riddick', 'then worked on The Darkness' and 'to
 # develop smaller games, such as Brothers' -> provider(game, Starbreeze Studios); 'Overkill's first title after the
 # acquisition, Payday 2' -> provider(Payday 2, Overkill Software). Near-misses, no relation: 'The company was
 # merged with O3 Games in 2002, and the name Starbreeze was retained' -> nothing (a merger; who buys whom not told;
 # the kept name does not make Starbreeze the buyer; a reader might record acquired); the Syndicate series -> no
 # provider (Starbreeze developed a reboot of it with Electronic Arts; whose series it is the text does not say; a
 # reader might give it to either); 'rival company MachineGames, founded by Starbreeze's founders' -> nothing (a
 # rival; no founder named, so no role); 'many staff members moved to' MachineGames -> nothing
 relations=[L(SB, "partner", "Electronic Arts"), L(SB, "acquired", OK), L(OK, "parentOrganization", SB)]
           + provided(SB, "Enclave", "Knights of the Temple: Infernal Crusade",
                      "The Chronicles of Riddick: Escape from Butcher Bay", "The Darkness",
                      "Brothers: A Tale of Two Sons")
           + [L("Payday 2", "provider", OK)],
 outages=[],
 # 'In the early 2000s' (a part of a decade, as batch 30d left decades out) -> nothing
 dates=[D("2002", "2002"), D("2012", "2012")])

# ---- video games, Cyprus/Belarus: Wargaming ------------------------------------------------------------------------
WG = "Wargaming Group Limited"
A["wp-wargaming"] = dict(
 # the company -> Company 'Wargaming Group Limited', aliases 'Wargaming.Net', 'Wargaming.LTD' (the text's 'also known
 # as') and 'Wargaming'; Arise and Square Enix -> Company; Victor Kislyi -> Person; World of Tanks, World of Warplanes,
 # World of Warships, DBA Online, Massive Assault ('the Massive Assault franchise' the same), Operation Bagration and
 # Order of War (games) -> Service; De Bellis Antiquitatis (a miniature tabletop rule set, a product players use; no
 # maker named) -> Service; Nicosia, Cyprus, Minsk -> Location ('Minsk-based' repeats Minsk); 'more than 15 offices
 # and development studios' (unnamed) -> nothing
 entities=[E("Company", WG, "Wargaming.Net", "Wargaming.LTD", "Wargaming"), E("Location", "Nicosia"),
           E("Location", "Cyprus"), E("Service", "World of Tanks"), E("Service", "World of Warplanes"),
           E("Service", "World of Warships"), E("Person", "Victor Kislyi"), E("Location", "Minsk"),
           E("Service", "DBA Online"), E("Service", "De Bellis Antiquitatis"), E("Service", "Massive Assault"),
           E("Company", "Arise"), E("Service", "Operation Bagration"), E("Service", "Order of War"),
           E("Company", "Square Enix")],
 # 'Wargaming was founded by Victor Kislyi in Minsk on 2 August 1998' -> founder, current (his CEO post is only in
 # the cut infobox: no ceo role)
 roles=[R("Victor Kislyi", "founder", WG)],
 # 'On 16 November 2007, Wargaming acquired the Minsk-based developer Arise' -> acquired and parentOrganization(Arise,
 # Wargaming); 'Order of War, published by Square Enix' (the game Wargaming 'started working on') -> partner(Square
 # Enix, Wargaming) (the publisher of a developer's game, as batch 30d; doubtful) and provider(Order of War,
 # Wargaming); 'its military-themed team-based titles, including World of Tanks, World of Warplanes, and World of
 # Warships', 'The company's first project was DBA Online', 'its first full-scale commercial project ... Massive
 # Assault' and 'the company released ... Operation Bagration' -> provider(game, Wargaming). Near-misses, no
 # relation: 'the digital version of a miniature tabletop rule set De Bellis Antiquitatis' -> no provider (the rule
 # set's maker is not named; a reader might give it to Wargaming, which made only the digital version); Square Enix
 # -> no provider for Order of War (a publisher; one provider, the developer, as batch 30d)
 relations=[L(WG, "acquired", "Arise"), L("Arise", "parentOrganization", WG), L("Square Enix", "partner", WG)]
           + provided(WG, "World of Tanks", "World of Warplanes", "World of Warships", "DBA Online",
                      "Massive Assault", "Operation Bagration", "Order of War"),
 outages=[],
 # 'As of 2022' -> '2022'; 'Founded in 1998' and 'until 2009' give '1998' and '2009'; 'Over the course of five
 # years' -> nothing
 dates=[D("2022", "2022"), D("1998", "1998"), D("2009", "2009"), D("2 August 1998", "1998-08-02"),
        D("2000", "2000"), D("March 2002", "2002-03"), D("16 November 2007", "2007-11-16"),
        D("December 2008", "2008-12"), D("16 April 2009", "2009-04-16"), D("18 September 2009", "2009-09-18")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
