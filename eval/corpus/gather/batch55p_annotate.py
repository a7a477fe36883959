#!/usr/bin/env python3
"""Batch 55p gold annotations (the texts of batch55p.py), written from each text alone; newskg (or any extractor) was
not run on either. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batch 55i; batch10_annotate.write_parts), so with two texts: test, train. Both are Wikipedia texts with
`published` null: only absolute dates (GUIDELINES.md, Dates); 'Within a year', 'the following year', 'at the time' and
'mid-development' -> nothing; 'late 2006' -> the year (GUIDELINES.md: 'late 2006' -> the year). No text tells an outage
(or a near-miss of one), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 30d, 32i, 36j-40zg, 54zu, 55e, 55f, 55i): a completed purchase ('was
acquired by') -> acquired and parentOrganization(target, buyer); 'becoming a part of' a named group -> parentOrganization
as well; a merger that does not say who buys whom -> nothing; people named together as founders ('Started in 1984 by A
and B', 'founded by A and B') -> cofounder for each, current true (a founding is not undone); 'replaced in his CEO
role' -> ceo, current false for the one replaced, current true for the one who replaced him (the text does not say he
left); 'previously Vice-President at' -> vice-president, current false; 'Financial Director ... stood down' -> cfo,
current false (the corpus maps 'finance/financial director' to cfo); 'directed' a named institute in years past ->
head, current false (as 'led the ... division' -> head; doubtful); a company 'led by' a person with no title -> no role
(batches 32i, 55i); 'hired' -> no role; a deal between two named companies -> partner (a contract; doubtful when its
kind is not told); a game 'to be published by' a named publisher -> partner(publisher, developer) as batches 30d and
55i gave publishers and developers (doubtful); a game the text says a company released, made or worked on -> Service +
provider; a platform or a game whose maker is not named (Amiga, PlayStation, Bubble Bobble) -> Service without
provider; a stock exchange -> Company, a listing on it -> nothing; a stock index (FTSE 250), awards ('Entrepreneur of
the Year', 'Company of the Year') and a degree subject (EEE) -> nothing; a magazine -> Company (news organisations);
nationality adjectives ('Finnish', 'British') -> nothing.
usage: batch55p_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, provided
import batch10_annotate as b10

A = {}
# ---- semiconductors, United Kingdom: Wolfson Microelectronics -------------------------------------------------------
WM = "Wolfson Microelectronics plc"
WI = "Wolfson Microelectronics Institute"
A["wp-wolfson-microelectronics"] = dict(
 # the company -> Company 'Wolfson Microelectronics plc', alias 'Wolfson' (four times; not inside the institute's name,
 # which is its own entity); Cirrus Logic, Fujitsu, the London Stock Exchange (exchanges are Company) and Intel
 # Corporation (alias 'Intel') -> Company; the University of Edinburgh, the Wolfson Microelectronics Institute (a
 # university institute the text names on its own) and the CBI (a business federation, not a business) ->
 # Organization; David Milne (alias 'Milne'), Jim Reid (alias 'Reid'), David Shrigley (the fuller form; alias 'Dave
 # Shrigley', the same man: the CEO who replaced Milne) and George Elliott -> Person; Edinburgh, Scotland,
 # Asia-Pacific ('throughout Asia-Pacific', 'the Asia-Pacific region'), Europe, the United States -> Location; King's
 # Buildings (a named university site, as GUIDELINES.md types sites and facilities) -> Location. Not entities: 'the
 # FTSE 250' (a stock index), 'Entrepreneur of the Year' and 'Company of the Year' (awards), 'EEE' (a degree subject),
 # 'the consumer electronics market'
 entities=[E("Company", WM, "Wolfson"), E("Location", "Edinburgh"), E("Location", "Scotland"),
           E("Location", "Asia-Pacific"), E("Location", "Europe"), E("Location", "United States"),
           E("Company", "Cirrus Logic"), E("Person", "David Milne", "Milne"), E("Person", "Jim Reid", "Reid"),
           E("Company", "Fujitsu"), E("Company", "London Stock Exchange"),
           E("Organization", "University of Edinburgh"), E("Organization", WI), E("Location", "King's Buildings"),
           E("Person", "David Shrigley", "Dave Shrigley"), E("Company", "Intel Corporation", "Intel"),
           E("Person", "George Elliott"), E("Organization", "CBI")],
 # 'Started in 1984 by David Milne and Jim Reid' (the sentence has no subject; the company of the paragraph before is
 # meant) -> cofounder of Wolfson for each, current; 'when Milne chose to step down, he was replaced in his CEO role
 # by Dave Shrigley' -> ceo, current false (Milne) and ceo, current true (Shrigley; 'In November 2006 David Shrigley
 # became the CEO of Wolfson'; the text's break-off comes before his successor, so nothing says he left);
 # 'previously Vice-President at Intel Corporation' -> vice-president at Intel Corporation, current false;
 # 'Financial Director George Elliott also stood down' (one of Wolfson's 'executive changes') -> cfo of Wolfson,
 # current false; 'Milne directed the Wolfson Microelectronics Institute at King's Buildings from 1973 to 1985' ->
 # head of the institute, current false (doubtful: a verb, no title noun; a reader might give director or no role).
 # Near-misses, no role: 'Reid attained a First Class Honours degree' and 'Both Milne and Reid had connections with
 # the University of Edinburgh' -> no post at the university; 'Milne was declared Entrepreneur of the Year by the
 # CBI' -> no role at the CBI (an award); 'he had previously worked for Intel in the Asia-Pacific region, and held
 # directorships elsewhere' -> no second role at Intel (no other post named) and no director role ('elsewhere' names
 # no organisation)
 roles=[R("David Milne", "cofounder", WM), R("Jim Reid", "cofounder", WM), R("David Milne", "ceo", WM, False),
        R("David Shrigley", "ceo", WM), R("David Shrigley", "vice-president", "Intel Corporation", False),
        R("George Elliott", "cfo", WM, False), R("David Milne", "head", WI, False)],
 # 'In 2014 it was acquired by Cirrus Logic for 291 million pounds' -> acquired(Cirrus Logic, Wolfson) and
 # parentOrganization(Wolfson, Cirrus Logic); 'Within a year the company had 20 employees and a deal with Fujitsu' ->
 # partner(Wolfson, Fujitsu) (a deal between two named companies; its kind is not told: doubtful; a reader might
 # leave it out). Near-misses, no relation: 'floated on the London Stock Exchange in 2003 and be listed in the FTSE
 # 250' -> nothing (a listing; the exchange is no owner or partner); the Wolfson Microelectronics Institute 'at King's
 # Buildings' -> no parentOrganization to the University of Edinburgh (the text ties both to Milne, not the institute
 # to the university; a reader who knows Edinburgh might add it); the shared name 'Wolfson' of the company and the
 # institute -> nothing (no link told); 'Wolfson named Company of the Year' by the CBI -> nothing (an award)
 relations=[L("Cirrus Logic", "acquired", WM), L(WM, "parentOrganization", "Cirrus Logic"),
            L(WM, "partner", "Fujitsu")],
 outages=[],
 # 'from 1973 to 1985' -> '1973' and '1985'; 'In February, 2007' -> 'February, 2007' (the comma as written);
 # 'late 2006' -> '2006' (its own item beside '2006' of 'In 2006'); 'Within a year' -> nothing
 dates=[D("2014", "2014"), D("1984", "1984"), D("2003", "2003"), D("1973", "1973"), D("1985", "1985"),
        D("February, 2007", "2007-02"), D("late 2006", "2006"), D("2006", "2006"), D("November 2006", "2006-11")])

# ---- video games, Finland: Housemarque ------------------------------------------------------------------------------
HM = "Housemarque Oy"
SIE = "Sony Interactive Entertainment"
PID = "Private Investigator Dollarally"
A["wp-housemarque"] = dict(
 # the developer -> Company 'Housemarque Oy', alias 'Housemarque'; Bloodhouse and Terramarque (the two predecessor
 # developers), Sony Interactive Entertainment, PlayStation Studios (the group Housemarque became part of), Renegade
 # Software (a publisher) and The One ('British magazine The One'; magazines are Company) -> Company; Ilari
 # Kuittinen, Harri Tikkanen, Stavros Fasoulas (alias 'Fasoulas') and Miha Rinne -> Person; Helsinki, Finland ->
 # Location; the games Stardust, Super Stardust, Galactic, Bubble Bobble, Elfmania and 'P.I.D. (short for Private
 # Investigator Dollarally)' (name the spelled-out form, alias 'P.I.D.') -> Service; the platforms Amiga 1200, Amiga
 # and PlayStation (computers and consoles users use; devices are Service) -> Service (the Amiga 1200 a model of the
 # Amiga line, kept apart as the text names both). Not entities: 'Finland's first commercial developers',
 # 'Terramarque members', 'a covermount' (generic)
 entities=[E("Company", HM, "Housemarque"), E("Location", "Helsinki"), E("Person", "Ilari Kuittinen"),
           E("Person", "Harri Tikkanen"), E("Company", "Bloodhouse"), E("Company", "Terramarque"),
           E("Location", "Finland"), E("Company", SIE), E("Company", "PlayStation Studios"),
           E("Service", "Stardust"), E("Service", "Amiga 1200"), E("Service", "Super Stardust"),
           E("Person", "Stavros Fasoulas", "Fasoulas"), E("Person", "Miha Rinne"), E("Service", "Bubble Bobble"),
           E("Service", "Galactic"), E("Company", "The One"), E("Service", "Elfmania"), E("Service", PID, "P.I.D."),
           E("Company", "Renegade Software"), E("Service", "Amiga"), E("Service", "PlayStation")],
 # 'The company was founded by Ilari Kuittinen and Harri Tikkanen in July 1995' -> cofounder of Housemarque for each,
 # current; 'Terramarque was founded by Ilari Kuittinen and Stavros Fasoulas' -> cofounder of Terramarque for each,
 # current (the company merged away in 1995 and Fasoulas 'quit game programming', but a founding is not undone, as
 # the corpus keeps founders). Near-misses, no role: 'Bloodhouse was led by Harri Tikkanen' -> no title written (as
 # batches 32i and 55i read 'was led by'; a reader might make him head or founder of Bloodhouse); 'hired Miha Rinne in
 # 1994' -> no post named; 'Fasoulas decided not to and quit game programming' -> no role to end (no post named)
 roles=[R("Ilari Kuittinen", "cofounder", HM), R("Harri Tikkanen", "cofounder", HM),
        R("Ilari Kuittinen", "cofounder", "Terramarque"), R("Stavros Fasoulas", "cofounder", "Terramarque")],
 # 'It was acquired by Sony Interactive Entertainment in June 2021' -> acquired(SIE, Housemarque) and
 # parentOrganization(Housemarque, SIE); 'becoming a part of PlayStation Studios' -> parentOrganization(Housemarque,
 # PlayStation Studios) (a second parent, the group inside the buyer); 'Bloodhouse ... released their first game,
 # Stardust' and 'a version updated for the Amiga 1200, titled Super Stardust, released the following year' ->
 # provider(game, Bloodhouse); 'The first game from Terramarque was Elfmania' and 'The company started work on a
 # second game, P.I.D.' -> provider(game, Terramarque) (an unfinished game of which a demo was released: a product
 # the text gives to its maker, as batch 55i read 'worked on'); 'P.I.D. ... to be published by Renegade Software' ->
 # partner(Renegade Software, Terramarque) (the publisher of a developer's game, as batch 55i; doubtful: 'to be
 # published' and the game was halted, so a reader might see a plan only). Near-misses, no relation: 'through the
 # merger of their previous video game companies, Bloodhouse and Terramarque' -> nothing (a merger into a new company;
 # no buyer; a reader might make either predecessor the parent or record acquired); 'Fasoulas, at the time, was
 # working on a clone of Bubble Bobble titled Galactic, but failed to find a publisher' -> no provider for Galactic
 # (a person's project; the text does not say it was Terramarque's) and no partner with The One ('ended up on a
 # covermount' of the magazine: no deal told); Bubble Bobble, the Amiga and PlayStation -> no provider (their makers
 # are not named; 'PlayStation Studios' and 'Sony Interactive Entertainment' are not said to make the console); the
 # parent of PlayStation Studios -> nothing (the text does not say it is part of Sony Interactive Entertainment)
 relations=[L(SIE, "acquired", HM), L(HM, "parentOrganization", SIE), L(HM, "parentOrganization", "PlayStation Studios"),
            L("Renegade Software", "partner", "Terramarque")]
           + provided("Bloodhouse", "Stardust", "Super Stardust")
           + provided("Terramarque", "Elfmania", PID),
 outages=[],
 # '1993' (three times) listed once; 'in 1994' (twice) listed once; 'as of 2023' -> '2023'; 'the following year'
 # (1994, from 1993) -> nothing (relative to the text's own year, not to `published`, which is null)
 dates=[D("July 1995", "1995-07"), D("1993", "1993"), D("2023", "2023"), D("June 2021", "2021-06"),
        D("1994", "1994")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
