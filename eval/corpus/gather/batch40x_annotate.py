#!/usr/bin/env python3
"""Batch 40x gold annotations (the texts of batch40x.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(the batch's own cycle; batch10_annotate.write_parts). All four are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); 'in October that year', 'The same year', 'at the time' and 'over the coming
months' follow that rule and are left out. No text tells an outage (or a near-miss), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j, 37k, 37u, 38k, 38n, 40o, 40t, 40u, 40v): a company 'acquired' or
'bought' by another -> acquired + parentOrganization(target, buyer); 'merged into' a named company -> acquired only (as
batch 40v's Republic Airlines 'merged into Northwest'); 'owned by', 'a studio of', 'the parent company of', 'their ...
subsidiary' -> parentOrganization (past ownership kept); two people named together as founders ('founded ... by A and
B', 'A and his business partner B founded') -> cofounder each, one named alone -> founder; a post held in a company the
text tells as gone ('was a ... developer', 'was a Canadian electronics store chain') at its start -> current false
(told of a past state; doubtful, the text says no 'former'), a post the text calls 'former' -> current false; games
and expansions -> Service with provider the developer where the text makes them the studio's ('its ... projects',
'Massive released', 'their latest title'), none where only a passive 'was released' is told; a publisher of a
developer's game ('published by', 'released ... by', 'worked with publisher') -> partner(developer, publisher)
(doubtful; as batch 24's 'Bullfrog's publisher'); adjectives ('German', 'Swedish', 'American', 'Canadian', 'Iranian')
-> a Location only where the name is written out (as batches 40o, 40t and 40v).
usage: batch40x_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- games, Germany: Ubisoft Blue Byte ----------------------------------------------------------------------------
BB = "Ubisoft Blue Byte GmbH"
A["wp-ubisoft-blue-byte"] = dict(
 # the studio -> Company, aliases 'Blue Byte' (its name until 2017) and 'Ubisoft Blue Byte'; Ubisoft -> Company, alias
 # 'Ubi Soft' ('later renamed Ubisoft'); Related Designs, Rainbow Arts ('a German video game developer') -> Company;
 # Ubisoft Düsseldorf, Ubisoft Mainz, Ubisoft Berlin (the three studios 'branded as') -> Company; Thomas Hertzler
 # ('Hertzler'), Lothar Schmitt ('Schmitt') -> Person; the Anno and The Settlers series, Great Courts, Battle Isle ->
 # Service (games); Berlin ('a third studio in Berlin'), Mülheim, Germany, Europe -> Location (Düsseldorf and Mainz
 # only inside the studios' names: no Location); 'Deutsche Mark' -> nothing
 entities=[E("Company", BB, "Blue Byte", "Ubisoft Blue Byte"), E("Company", "Ubisoft", "Ubi Soft"),
           E("Person", "Thomas Hertzler", "Hertzler"), E("Person", "Lothar Schmitt", "Schmitt"),
           E("Service", "Anno"), E("Service", "The Settlers"), E("Company", "Related Designs"),
           E("Location", "Berlin"), E("Company", "Ubisoft D\u00fcsseldorf"), E("Company", "Ubisoft Mainz"),
           E("Company", "Ubisoft Berlin"), E("Company", "Rainbow Arts"), E("Location", "M\u00fclheim"),
           E("Service", "Great Courts"), E("Location", "Germany"), E("Location", "Europe"),
           E("Service", "Battle Isle")],
 # 'founded in October 1988 by Thomas Hertzler and Lothar Schmitt' -> cofounder each; 'left Rainbow Arts' -> no role
 # (no post named there)
 roles=[R("Thomas Hertzler", "cofounder", BB), R("Lothar Schmitt", "cofounder", BB)],
 # 'owned by Ubisoft', 'acquired by Ubisoft in 2001' -> acquired + parentOrganization; 'Related Designs was merged
 # into Blue Byte' -> acquired only (merged into the buyer; doubtful); 'acts as the parent company of Ubisoft's three
 # German studios, which became branded as Ubisoft Düsseldorf, Ubisoft Mainz and Ubisoft Berlin' -> parentOrganization
 # of each to Ubisoft Blue Byte (and through it Ubisoft's; no direct link to Ubisoft recorded); the Anno and The
 # Settlers series ('best known for developing'), Great Courts ('Blue Byte's first published game'), Battle Isle
 # ('Blue Byte's first big success') -> provider Ubisoft Blue Byte; Great Courts 'released in 1989 by Ubi Soft' ->
 # partner(Ubisoft Blue Byte, Ubisoft) (a publisher of the developer's game; doubtful)
 relations=[L(BB, "parentOrganization", "Ubisoft"), L("Ubisoft", "acquired", BB),
            L(BB, "acquired", "Related Designs"),
            L("Ubisoft D\u00fcsseldorf", "parentOrganization", BB), L("Ubisoft Mainz", "parentOrganization", BB),
            L("Ubisoft Berlin", "parentOrganization", BB),
            L("Anno", "provider", BB), L("The Settlers", "provider", BB), L("Great Courts", "provider", BB),
            L("Battle Isle", "provider", BB), L(BB, "partner", "Ubisoft")],
 outages=[],
 # 'in October that year' -> left out (its year only from 'In 1988' before it; `published` null)
 dates=[D("2017", "2017"), D("October 1988", "1988-10"), D("2001", "2001"), D("2013", "2013"), D("2018", "2018"),
        D("2019", "2019"), D("August 2024", "2024-08"), D("1988", "1988"), D("1989", "1989"), D("1991", "1991")])

# ---- games, Sweden: Massive Entertainment -------------------------------------------------------------------------
ME = "Massive Entertainment"
A["wp-massive-entertainment"] = dict(
 # the studio -> Company, alias 'Massive'; Ubisoft, Sierra Studios, Vivendi Universal Games, NDA Productions,
 # Activision Blizzard, Activision, Vivendi Games -> Company (Vivendi Games and Vivendi Universal Games kept apart: the
 # text does not say they are one company under two names; doubtful); Martin Walfisz -> Person; Ground Control, Ground
 # Control: Dark Conspiracy, World in Conflict, World in Conflict: Soviet Assault, Tom Clancy's The Division 2 ->
 # Service (games and expansions); Malmö, Drottninggatan (a street, 'offices on Drottninggatan in Malmö') -> Location;
 # 'Earth', 'the Cold War' -> nothing
 entities=[E("Company", ME, "Massive"), E("Company", "Ubisoft"), E("Location", "Malm\u00f6"),
           E("Service", "Ground Control"), E("Service", "World in Conflict"),
           E("Service", "Tom Clancy's The Division 2"), E("Person", "Martin Walfisz"), E("Company", "Sierra Studios"),
           E("Service", "Ground Control: Dark Conspiracy"), E("Company", "Vivendi Universal Games"),
           E("Company", "NDA Productions"), E("Service", "World in Conflict: Soviet Assault"),
           E("Location", "Drottninggatan"), E("Company", "Activision Blizzard"), E("Company", "Activision"),
           E("Company", "Vivendi Games")],
 # 'founded in 1997 by Martin Walfisz' -> founder; 'the former CEO Martin Walfisz left Massive' -> ceo, current false
 roles=[R("Martin Walfisz", "founder", ME), R("Martin Walfisz", "ceo", ME, False)],
 # 'a studio of Ubisoft', 'fully owned by Ubisoft since 2008', 'Ubisoft acquired Massive Entertainment' -> acquired +
 # parentOrganization; 'acquired by Vivendi Universal Games through their NDA Productions subsidiary' -> acquired +
 # parentOrganization(Massive, Vivendi Universal Games) and parentOrganization(NDA Productions, Vivendi Universal
 # Games) (doubtful: a reader might hang Massive under NDA Productions, the vehicle of the purchase); 'Activision
 # Blizzard put up Massive Entertainment for sale' -> parentOrganization(Massive, Activision Blizzard) (its owner then,
 # implied by the sale; doubtful); 'the merger of Activision and Vivendi Games' -> nothing (no buyer told); Ground
 # Control ('Massive released'), World in Conflict ('they released the game') and The Division 2 ('their latest
 # title') -> provider Massive; the two expansions ('an expansion was released', 'It was followed by an expansion') ->
 # no provider (passive; a reader might give them to Massive); Ground Control 'published by Sierra Studios' ->
 # partner(Massive, Sierra Studios) (a publisher of the developer's game; doubtful)
 relations=[L(ME, "parentOrganization", "Ubisoft"), L("Ubisoft", "acquired", ME),
            L("Vivendi Universal Games", "acquired", ME), L(ME, "parentOrganization", "Vivendi Universal Games"),
            L("NDA Productions", "parentOrganization", "Vivendi Universal Games"),
            L(ME, "parentOrganization", "Activision Blizzard"),
            L("Ground Control", "provider", ME), L("World in Conflict", "provider", ME),
            L("Tom Clancy's The Division 2", "provider", ME), L(ME, "partner", "Sierra Studios")],
 outages=[],
 # 'The same year' and 'at the time' -> left out (`published` null)
 dates=[D("2008", "2008"), D("1997", "1997"), D("June 2000", "2000-06"), D("2002", "2002"),
        D("October 2007", "2007-10"), D("18 September 2007", "2007-09-18"), D("2007", "2007"),
        D("December 2007", "2007-12"), D("6 August 2008", "2008-08-06"), D("10 November 2008", "2008-11-10"),
        D("March 2009", "2009-03")])

# ---- games, US: Gray Matter Studios -------------------------------------------------------------------------------
GM = "Gray Matter Interactive Studios, Inc."
A["wp-gray-matter-studios"] = dict(
 # the studio -> Company, aliases 'Gray Matter Studios' and its former name 'Xatrix Entertainment, Inc.' ('formerly'),
 # 'Xatrix Entertainment', 'Xatrix' (doubtful: the text also tells Xatrix 'transferred to a new corporation' and Gray
 # Matter Studios 'established' in 1999; the lead's 'formerly' makes them one company, as the infobox's former name
 # does); Drew Markham ('Markham'), Barry Dempsey -> Person; Activision, Treyarch -> Company; Cyberia, Quake II Mission
 # Pack: The Reckoning, Return to Castle Wolfenstein, Call of Duty: United Offensive, Trinity: The Shatter Effect,
 # Call of Duty 2: Big Red One, Call of Duty 3 -> Service (games; Trinity was cancelled, still a named product);
 # Los Angeles -> Location; 'American' -> nothing
 entities=[E("Company", GM, "Gray Matter Studios", "Xatrix Entertainment, Inc.", "Xatrix Entertainment", "Xatrix"),
           E("Location", "Los Angeles"), E("Person", "Drew Markham", "Markham"), E("Person", "Barry Dempsey"),
           E("Service", "Cyberia"), E("Service", "Quake II Mission Pack: The Reckoning"), E("Company", "Activision"),
           E("Service", "Return to Castle Wolfenstein"), E("Service", "Call of Duty: United Offensive"),
           E("Service", "Trinity: The Shatter Effect"), E("Service", "Call of Duty 2: Big Red One"),
           E("Company", "Treyarch"), E("Service", "Call of Duty 3")],
 # 'Drew Markham and his business partner Barry Dempsey founded Xatrix Entertainment' -> cofounder each; 'Xatrix was
 # transferred to a new corporation under Markham as creative director' -> executive (a senior creative post;
 # GUIDELINES maps such titles to executive), current false (a post in a studio the text tells as gone, merged into
 # Treyarch in 2005; doubtful, no 'former' said)
 roles=[R("Drew Markham", "cofounder", GM), R("Barry Dempsey", "cofounder", GM),
        R("Drew Markham", "executive", GM, False)],
 # 'Activision initially owned 40% of the studio. It bought the remaining 60% in January 2002' -> acquired +
 # parentOrganization; 'merged into Activision's Treyarch studio' -> acquired(Treyarch, Gray Matter) only (merged into
 # a named company, as batch 40v did) and parentOrganization(Treyarch, Activision) ('Activision's Treyarch studio');
 # 'for which it worked with publisher Activision' -> partner(Gray Matter, Activision) (doubtful; a publisher of the
 # developer's game); 'With the assistance of Activision, Gray Matter Studios was established' -> nothing more;
 # Cyberia ('The studio's first release'), Quake II Mission Pack ('its later projects'), Return to Castle Wolfenstein
 # (its release before the purchase; doubtful, whose release is not said in so many words), United Offensive ('the
 # studio was put to work on') and Trinity ('It also worked on') -> provider Gray Matter; Call of Duty 3 ('As part of
 # Treyarch, the former Gray Matter Studios team worked on') -> provider Treyarch; Big Red One ('during the development
 # of', no developer named) -> no provider
 relations=[L("Activision", "acquired", GM), L(GM, "parentOrganization", "Activision"),
            L("Treyarch", "acquired", GM), L("Treyarch", "parentOrganization", "Activision"),
            L(GM, "partner", "Activision"),
            L("Cyberia", "provider", GM), L("Quake II Mission Pack: The Reckoning", "provider", GM),
            L("Return to Castle Wolfenstein", "provider", GM), L("Call of Duty: United Offensive", "provider", GM),
            L("Trinity: The Shatter Effect", "provider", GM), L("Call of Duty 3", "provider", "Treyarch")],
 outages=[],
 # 'Around 1999' -> its year, listed as '1999' (the same value as the year inside 'June 17, 1999'); 'late 2003' ->
 # the year (GUIDELINES, Dates)
 dates=[D("March 1993", "1993-03"), D("1994", "1994"), D("1999", "1999"), D("June 17, 1999", "1999-06-17"),
        D("January 2002", "2002-01"), D("late 2003", "2003"), D("2005", "2005")])

# ---- retail, Canada: Future Shop ----------------------------------------------------------------------------------
FS = "Future Shop"
A["wp-future-shop"] = dict(
 # the chain -> Company (its own brand, 'the Future Shop brand', not a separate Service); Best Buy -> Company; the
 # Minoo Industrial Group ('Minoo Industrial Group' as written after 'the') -> Company; the University of Tehran ->
 # Organization; Hassan Khosrowshahi ('Khosrowshahi'), Ardeshir Ziabakhsh ('Ardy Zia') -> Person; Canada, Iran,
 # Vancouver, British Columbia -> Location; 'Canadian', 'American', 'Iranian' -> nothing
 entities=[E("Company", FS), E("Person", "Hassan Khosrowshahi", "Khosrowshahi"), E("Location", "Canada"),
           E("Company", "Best Buy"), E("Location", "Iran"), E("Location", "Vancouver"),
           E("Location", "British Columbia"), E("Organization", "University of Tehran"),
           E("Company", "Minoo Industrial Group"), E("Person", "Ardeshir Ziabakhsh", "Ardy Zia")],
 # 'First established in 1982 by Hassan Khosrowshahi', 'founded in 1982 by ... Hassan Khosrowshahi' -> founder;
 # 'Khosrowshahi served as chairman and founder' -> chairman; 'Ardeshir Ziabakhsh (Ardy Zia), took the role of
 # president and CEO of the newly formed company' -> president and ceo; the three posts current false (held at the
 # founding of a chain the text tells as gone, 'was a Canadian electronics store chain', its brand discontinued in
 # 2015; doubtful, no 'former' said); 'was a part of the family who owned the Minoo Industrial Group' -> no role
 roles=[R("Hassan Khosrowshahi", "founder", FS), R("Hassan Khosrowshahi", "chairman", FS, False),
        R("Ardeshir Ziabakhsh", "president", FS, False), R("Ardeshir Ziabakhsh", "ceo", FS, False)],
 # 'acquired by the American consumer electronics store chain Best Buy for $580 million' -> acquired +
 # parentOrganization; the stores 'consolidated into the Best Buy chain' -> nothing more (stores, not a company)
 relations=[L("Best Buy", "acquired", FS), L(FS, "parentOrganization", "Best Buy")],
 outages=[],
 # 'over the coming months' -> left out
 dates=[D("1982", "1982"), D("1990", "1990"), D("January 2013", "2013-01"), D("November 2001", "2001-11"),
        D("March 28, 2015", "2015-03-28"), D("1983", "1983"), D("December 1983", "1983-12")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
