#!/usr/bin/env python3
"""Batch 59c gold annotations (the texts of batch59c.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-58n; batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'late 2000' -> the year (GUIDELINES, 'late
2006'); 'Two days later on the 15th', 'Subsequently', 'over the years', 'for five years', '3 years' and 'the 1930s'
(a decade of a game's fictional setting) -> nothing (relative, durations, or no calendar value). No text tells an
outage, so every `outages` list is empty; three tell near-misses (Ratbag's closing by its parent, Realtime Worlds'
administration, Square Enix ceasing to fund IO Interactive): business events, no service users lost (GUIDELINES,
Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-57p, 57w, 58c, 58g, 58j and 58n): 'founded in 1993 by
A and B', 'founded in May 1997 by A, B, ... and G' and 'seven employees -- A, ..., G -- serving as the founders' ->
founder for each, current true (founders stay founders, also where the company closed, as batches 57w-58n); 'the
founder of X' -> founder at X, current true; 'Company chairman A' -> chairman, current false at a company the text
tells in the past tense after its administration ('was a British video game developer'; the post ended with it;
doubtful, as batches 58g-58n chose for executives of defunct companies); 'hired A to lead its Scottish operations' ->
executive at the hiring company (a senior post leading a unit; doubtful), current false once the text sells the unit to
him; a person who buys a studio and renames it -> no role (owner is no title; no 'founded'); completed purchases
('was acquired by X', 'which saw itself acquired by X', 'Following its acquisition by X', 'Acquired by X', 'was sold
to X') -> acquired and parentOrganization (GUIDELINES, Relations); a sale of a studio to a person ('sold the studio to
Jones') -> no acquired (no company buyer), but the seller's ownership before it -> parentOrganization (its 'Scottish
operations'; relations carry no time); 'joint venture between X and Y' with 'jointly owned by the two companies' ->
parentOrganization to each owner and partner between them (the corpus's joint-venture call, batches 30d-37s);
'operates a ...-based studio, X' and 'established X' (by a company) -> parentOrganization; a management buyout or a
split 'with an external investment group' -> nothing (no named buyer); an investment ('announced an investment of
US$30 million into X') -> nothing (not a relation the corpus records); games and game series -> Service, with
provider the developer the text names or a careful reader is sure of, never the publisher (batches 58c-58n);
'published by X', "X, the game's publisher" and 'released by X' (of the developer's game) -> partner, the developer
first (as batches 56b-58n); consoles and operating systems with the maker inside their names ('Xbox 360', 'Microsoft
Windows', 'PlayStation 2') -> Service, no provider, the maker not annotated unless named alone (GUIDELINES, Types);
former names ('formerly ...', 'Known initially as', 'was known as', 'renamed as') -> aliases; a magazine -> Company
(GUIDELINES, Types: news organisations); awards ('Industry Excellence Awards', 'Development Legend', 'New UK/European
Studio') -> no entity (GUIDELINES, Types: awards); unnamed units and groups ('its European division', 'an external
investment group', 'the Australian gaming media') -> no entity; nationality adjectives ('Danish', 'Australian',
'British', 'Scottish', 'Canadian') -> nothing.
usage: batch59c_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- video games, Denmark: IO Interactive ---------------------------------------------------------------------------
IOI = "IO Interactive A/S"
IO_FOUNDERS = ["Jesper Vorsholt J\u00f8rgensen", "Rasmus Guldberg-Kj\u00e6r", "Martin Munk Pollas",
               "Karsten Lemann Hvidberg", "Jacob Andersen", "Janos Fl\u00f6sser", "David Guldbrandsen"]
IO_GAMES = ["Hitman", "Kane and Lynch", "Hitman 2", "Freedom Fighters"]
A["wp-io-interactive"] = dict(
 # the developer -> Company 'IO Interactive A/S', alias 'IO Interactive' (also in "IO Interactive's"); Reto-Moto ('the
 # seven-man development team of Reto-Moto', 'Reto-Moto was founded as a video game developer'), Nordisk Film ('film
 # studio Nordisk Film'), Eidos Interactive (alias 'Square Enix Europe': 'renamed as Square Enix Europe in 2009', a
 # later name of the same company), Square Enix and IOI Malmö ('a Malmö-based studio, IOI Malmö') -> Company; the
 # seven founders -> Person; Copenhagen and Malmö (in 'Malmö-based') -> Location; the franchises Hitman, Kane and
 # Lynch (in typographic quotes) and Freedom Fighters and the game Hitman 2 -> Service. No entity: 'the studio', 'the
 # venture' (generic); 'Danish' (an adjective)
 entities=[E("Company", IOI, "IO Interactive"), E("Location", "Copenhagen")]
          + [E("Service", g) for g in IO_GAMES]
          + [E("Company", "Reto-Moto"), E("Company", "Nordisk Film"),
             E("Company", "Eidos Interactive", "Square Enix Europe"), E("Company", "Square Enix"),
             E("Location", "Malm\u00f6"), E("Company", "IOI Malm\u00f6")]
          + [E("Person", p) for p in IO_FOUNDERS],
 # "Reto-Moto's seven employees—A, B, ..., and G—serving as the founders and initial staff of IO Interactive" ->
 # founder at IO Interactive A/S for each of the seven, current true (the text's own word 'founders'; one role each,
 # as batch 58n's one-founder calls, the corpus having no 'cofounder' rule for a named group of founders). Near-misses,
 # no role: 'initial staff' (no title); 'the seven founder each held a 50% stake' -> no role beyond founder (a holding,
 # not a post)
 roles=[R(p, "founder", IOI) for p in IO_FOUNDERS],
 # 'best known for creating and developing the Hitman and “Kane and Lynch” franchises', "IO Interactive's most recent
 # game is Hitman 2" and 'regaining the rights to their Hitman and Freedom Fighters franchises' -> provider(game, IO
 # Interactive A/S) each; 'IO Interactive was acquired by publisher Eidos Interactive for in March 2004' ->
 # acquired(Eidos Interactive, IO Interactive A/S) and parentOrganization(IO Interactive A/S, Eidos Interactive)
 # (a completed purchase; kept though the management buyout of June 2017 ended it: relations carry no time); 'which saw
 # itself acquired by Square Enix and renamed as Square Enix Europe in 2009' -> acquired(Square Enix, Eidos
 # Interactive) and parentOrganization(Eidos Interactive, Square Enix); 'operates a Malmö-based studio, IOI Malmö' ->
 # parentOrganization(IOI Malmö, IO Interactive A/S); 'founded ... as a joint venture between the seven-man
 # development team of Reto-Moto and film studio Nordisk Film', 'struck a partnership with Danish film studio Nordisk
 # Film' and 'a developer jointly owned by the two companies' -> partner(Reto-Moto, Nordisk Film) and
 # parentOrganization(IO Interactive A/S, Nordisk Film) and parentOrganization(IO Interactive A/S, Reto-Moto) (the
 # corpus's joint-venture call; doubtful for Reto-Moto: the next sentences give the other 50% to 'the seven founder',
 # its staff, not to Reto-Moto itself; Nordisk Film's stake is told twice, 50% and 40.3% by March 2004). Near-misses, no
 # relation: 'Square Enix ceased funding for IO Interactive and started seeking a buyer' -> nothing (a sought sale);
 # 'IO Interactive performed a management buyout in June 2017, becoming independent' -> no acquired (no company
 # buyer; the company bought itself); 'Eidos Interactive' as 'publisher' -> no partner (no deal told, only the
 # purchase)
 relations=[L(g, "provider", IOI) for g in IO_GAMES]
           + [L("Eidos Interactive", "acquired", IOI), L(IOI, "parentOrganization", "Eidos Interactive"),
              L("Square Enix", "acquired", "Eidos Interactive"),
              L("Eidos Interactive", "parentOrganization", "Square Enix"),
              L("IOI Malm\u00f6", "parentOrganization", IOI), L("Reto-Moto", "partner", "Nordisk Film"),
              L(IOI, "parentOrganization", "Nordisk Film"), L(IOI, "parentOrganization", "Reto-Moto")],
 outages=[],
 # 'in November 2018', 'in September 1998', 'in March 2004' and 'By March 2004' (one item), 'in 2009', 'In May 2017',
 # 'in June 2017', 'as of October 2016', 'since January 2019', 'In 1997', 'in 1998', 'on 16 September 1998' -> the
 # months, years and the day
 dates=[D("November 2018", "2018-11"), D("September 1998", "1998-09"), D("March 2004", "2004-03"),
        D("2009", "2009"), D("May 2017", "2017-05"), D("June 2017", "2017-06"), D("October 2016", "2016-10"),
        D("January 2019", "2019-01"), D("1997", "1997"), D("1998", "1998"), D("16 September 1998", "1998-09-16")])

# ---- video games, Australia: Ratbag Games ---------------------------------------------------------------------------
RG = "Ratbag Games Pty Ltd"
RG_GAMES = ["Powerslide", "The Dukes of Hazzard: Return of the General Lee", "World of Outlaws: Sprint Cars 2002",
            "Powerslide: Slipstream"]
A["wp-ratbag-games"] = dict(
 # the developer -> Company 'Ratbag Games Pty Ltd', aliases 'Ratbag' (also in 'the Ratbag staff'), 'Emergent Games'
 # ('Known initially as': a former name) and 'Midway Studios - Australia' ('the company was known as': its name after
 # the purchase; GUIDELINES, Types: former names are aliases); Midway Games, Krome Studios and Krome Studios Adelaide
 # -> Company; Richard Harrison and Greg Siegele -> Person; Adelaide and South Australia -> Location; the games
 # Powerslide, The Dukes of Hazzard: Return of the General Lee, World of Outlaws: Sprint Cars 2002 ('2002' part of
 # the name, no date) and Powerslide: Slipstream and the console PlayStation 2 -> Service. No entity: 'its parent
 # company' and 'the studio' (generic); 'PC' (generic); 'the Australian gaming media' (unnamed); 'Australian' (an
 # adjective)
 entities=[E("Company", RG, "Ratbag", "Emergent Games", "Midway Studios - Australia")]
          + [E("Service", g) for g in RG_GAMES[:3]]
          + [E("Location", "Adelaide"), E("Location", "South Australia"), E("Person", "Richard Harrison"),
             E("Person", "Greg Siegele"), E("Company", "Midway Games"), E("Company", "Krome Studios"),
             E("Company", "Krome Studios Adelaide"), E("Service", "PlayStation 2"),
             E("Service", "Powerslide: Slipstream")],
 # 'Ratbag was founded in 1993 ... by Richard Harrison and Greg Siegele' -> founder at Ratbag Games Pty Ltd for each,
 # current true (the company closed in 2005: founders stay founders). Near-misses, no role: 'employees at the studio',
 # 'the staff' and 'the Ratbag staff' Krome rehired (unnamed people)
 roles=[R("Richard Harrison", "founder", RG), R("Greg Siegele", "founder", RG)],
 # 'an Australian developer of computer games such as Powerslide, The Dukes of Hazzard: Return of the General Lee and
 # World of Outlaws: Sprint Cars 2002', 'their first title Powerslide' and 'World of Outlaws: Sprint Cars 2002 was the
 # first of several PlayStation 2 titles developed' -> provider(game, Ratbag Games Pty Ltd) each; 'a handful of titles
 # going unpublished, most notably the follow-up to Powerslide, Powerslide: Slipstream' -> provider(Powerslide:
 # Slipstream, Ratbag Games Pty Ltd) (a title it developed, never published; doubtful: a reader might leave an
 # unreleased game without a provider); 'Following its acquisition by Midway Games on 4 August 2005' and 'closed by its
 # parent company' -> acquired(Midway Games, Ratbag Games Pty Ltd) and parentOrganization(Ratbag Games Pty Ltd, Midway
 # Games) (a completed purchase; kept though Midway closed the studio: relations carry no time); 'Krome Studios ...
 # established Krome Studios Adelaide' -> parentOrganization(Krome Studios Adelaide, Krome Studios) (a studio a company
 # set up, as batch 58n's 'launched by'). Near-misses, no relation: 'Krome Studios rehired many of the Ratbag staff' ->
 # no acquired and no relation to Ratbag (people hired, no company bought); 'With the arrival of the PlayStation 2' and
 # 'PlayStation 2 titles' -> no provider for the console (its maker not named) and no partner; 'publicity from the
 # Australian gaming media' -> nothing. Near-miss, no outage: 'the studio was closed, leaving the staff employed there
 # without a job' (a business closure)
 relations=[L(g, "provider", RG) for g in RG_GAMES]
           + [L("Midway Games", "acquired", RG), L(RG, "parentOrganization", "Midway Games"),
              L("Krome Studios Adelaide", "parentOrganization", "Krome Studios")],
 outages=[],
 # 'in 1993', 'on 4 August 2005', 'On 13 December 2005' -> the year and the days; 'in late 2000' -> the year
 # (GUIDELINES, 'late 2006'). Near-miss, no date: 'Two days later on the 15th' (a day told relative to 13 December
 # 2005; with `published` null only absolute expressions are listed, though a reader can work out 2005-12-15)
 dates=[D("1993", "1993"), D("4 August 2005", "2005-08-04"), D("13 December 2005", "2005-12-13"),
        D("late 2000", "2000")])

# ---- video games, Britain: Realtime Worlds ---------------------------------------------------------------------------
RW = "Realtime Worlds Ltd."
APB = "APB: All Points Bulletin"
A["wp-realtime-worlds"] = dict(
 # the developer -> Company 'Realtime Worlds Ltd.', aliases 'Realtime Worlds', 'Rage Games (Scotland) Limited', 'Real
 # Time Worlds Ltd.' and 'Real Time Worlds' ('formerly ...', 'renamed it Real Time Worlds': former names); Rage
 # Software, DMA Design, New Enterprise Associates and Develop ("Develop magazine's Industry Excellence Awards": a
 # magazine, GUIDELINES, Types; doubtful: a reader might leave a one-word title out) -> Company; David Jones (alias
 # 'Jones') and Ian Hetherington -> Person; Dundee and Scotland ('new operations in Scotland') -> Location; the games
 # Crackdown, APB: All Points Bulletin (alias 'APB', also in 'titled APB (All Points Bulletin)') and Mobile Forces, the
 # console Xbox 360 and the operating system Microsoft Windows -> Service. No entity: Microsoft (named only inside
 # 'Microsoft Windows'); 'Industry Excellence Awards', 'Innovation', 'New UK/European Studio', 'Development Legend'
 # (awards; 'UK' only inside an award's name, so no Location); 'its Scottish operations', 'the studio' (generic);
 # 'British', 'Scottish' (adjectives)
 entities=[E("Company", RW, "Realtime Worlds", "Rage Games (Scotland) Limited", "Real Time Worlds Ltd.",
             "Real Time Worlds"), E("Location", "Dundee"), E("Company", "Rage Software"),
           E("Person", "David Jones", "Jones"), E("Service", "Crackdown"), E("Service", APB, "APB"),
           E("Company", "DMA Design"), E("Location", "Scotland"), E("Service", "Mobile Forces"),
           E("Company", "New Enterprise Associates"), E("Service", "Xbox 360"), E("Service", "Microsoft Windows"),
           E("Company", "Develop"), E("Person", "Ian Hetherington")],
 # 'Company chairman Ian Hetherington' -> chairman at Realtime Worlds Ltd., current false (the text tells the company in
 # the past tense, 'was a British video game developer', after its administration; doubtful: the text does not say he
 # left, and a reader might keep current true for a post named in 2007); 'David Jones, the founder of DMA Design' ->
 # founder at DMA Design, current true; 'Rage Software hired David Jones to lead its Scottish operations' and 'to lead
 # new operations in Scotland for the company' -> executive at Rage Software (a senior post leading its Scottish unit;
 # doubtful: a reader might give head, or no title), current false (Rage 'sold the studio to Jones' in March 2002, so
 # he no longer led it for Rage). Near-misses, no role: Jones at Realtime Worlds Ltd. -> no founder and no other ('The
 # studio was formed ... when Rage Software hired David Jones': formed by Rage, then bought and renamed by him; owner is
 # no title; the infobox's 'Founder: David Jones' is cut; a reader might give founder); 'His studio developed' -> no
 # role (possession, no title)
 roles=[R("Ian Hetherington", "chairman", RW, False), R("David Jones", "founder", "DMA Design"),
        R("David Jones", "executive", "Rage Software", False)],
 # 'a financially stricken Rage Software sold the studio to Jones' and 'hired David Jones to lead its Scottish
 # operations' -> parentOrganization(Realtime Worlds Ltd., Rage Software) (Rage's studio until March 2002; relations
 # carry no time; doubtful: a reader might leave a past ownership told only through its sale); 'After developing
 # Crackdown (2007) and APB: All Points Bulletin (2009)' and 'His studio developed the shooter game Mobile Forces' ->
 # provider(game, Realtime Worlds Ltd.) each. Near-misses, no relation: 'sold the studio to Jones' -> no acquired (a
 # person buys; no company buyer); 'New Enterprise Associates announced an investment of US$30 million into Realtime
 # Worlds' -> no parentOrganization and no partner (an investment, no stake or control said; a reader might give
 # partner); 'an Xbox 360 exclusive title' and 'for Microsoft Windows' -> no provider for the platforms (Microsoft not
 # named alone) and no partner (no deal told); 'the founder of DMA Design' -> no relation between DMA Design and
 # Realtime Worlds Ltd. (the same founder only); Develop's awards -> nothing. Near-miss, no outage: 'filed for
 # administration in August 2010' (a business failure)
 relations=[L(RW, "parentOrganization", "Rage Software"), L("Crackdown", "provider", RW), L(APB, "provider", RW),
            L("Mobile Forces", "provider", RW)],
 outages=[],
 # 'in February 2000', 'In March 2002' and 'in March 2002' (one item), '(2007)', '2007 action-adventure' and 'In
 # 2007' (one item), '(2009)', 'in August 2010', 'On 7 February 2000', 'On 11 December 2006', 'In 2010' -> the months,
 # years and days; 'for five years' -> nothing (a duration)
 dates=[D("February 2000", "2000-02"), D("March 2002", "2002-03"), D("2007", "2007"), D("2009", "2009"),
        D("August 2010", "2010-08"), D("7 February 2000", "2000-02-07"), D("11 December 2006", "2006-12-11"),
        D("2010", "2010")])

# ---- video games, Canada: Relic Entertainment ------------------------------------------------------------------------
REL = "Relic Entertainment Inc."
REL_FOUNDERS = ["Alex Garden", "Luke Moloney", "Erin Daly", "Aaron Kambeitz", "Rob Cunningham", "Gary Shaw",
                "Shane Alfreds"]
REL_GAMES = ["Homeworld", "Warhammer 40,000: Dawn of War", "Company of Heroes", "Impossible Creatures"]
A["wp-relic-entertainment"] = dict(
 # the developer -> Company 'Relic Entertainment Inc.', aliases 'THQ Canada Inc.' ('formerly known as': its name under
 # THQ) and 'Relic'; THQ (also in "THQ's bankruptcy"), Sega, Sierra Entertainment (alias 'Sierra': 'published by
 # Sierra'), Barking Dog Studios and Microsoft -> Company; the seven founders -> Person; Vancouver -> Location; the
 # game series Homeworld, Warhammer 40,000: Dawn of War and Company of Heroes and the games Homeworld: Cataclysm and
 # Impossible Creatures -> Service. No entity: 'its European division' (Sega's unit, unnamed); 'an external investment
 # group' (unnamed); Games Workshop (not named; 'Warhammer 40,000' only inside the series' name); 'real-time strategy
 # games' (a genre); 'Canadian' (an adjective)
 entities=[E("Company", REL, "THQ Canada Inc.", "Relic"), E("Location", "Vancouver")]
          + [E("Service", g) for g in REL_GAMES[:3]]
          + [E("Company", "THQ"), E("Company", "Sega")]
          + [E("Person", p) for p in REL_FOUNDERS]
          + [E("Company", "Sierra Entertainment", "Sierra"), E("Service", "Homeworld: Cataclysm"),
             E("Company", "Barking Dog Studios"), E("Service", "Impossible Creatures"), E("Company", "Microsoft")],
 # 'Relic was founded in May 1997 by Alex Garden, Luke Moloney, Erin Daly, Aaron Kambeitz, Rob Cunningham, Gary Shaw,
 # and Shane Alfreds' -> founder at Relic Entertainment Inc. for each of the seven, current true. Near-miss, no role:
 # 'they liked the name' (no post)
 roles=[R(p, "founder", REL) for p in REL_FOUNDERS],
 # 'Acquired by THQ in 2004' (with the former name 'THQ Canada Inc.') -> acquired(THQ, Relic Entertainment Inc.) and
 # parentOrganization(Relic Entertainment Inc., THQ); 'the company was sold to Sega on January 22, 2013, as part of
 # THQ's bankruptcy' -> acquired(Sega, Relic Entertainment Inc.) and parentOrganization(Relic Entertainment Inc., Sega)
 # (a completed sale; kept though Relic split from Sega by May 2024: relations carry no time); 'is known for series
 # such as Homeworld, Warhammer 40,000: Dawn of War and Company of Heroes', 'Their first title, Homeworld' and 'Their
 # next title was Impossible Creatures' -> provider(game, Relic Entertainment Inc.) each; 'Homeworld: Cataclysm,
 # developed by Barking Dog Studios' -> provider(Homeworld: Cataclysm, Barking Dog Studios); "(Sierra Entertainment,
 # the game's publisher, owned the rights)" -> partner(Relic Entertainment Inc., Sierra Entertainment) (the publisher
 # of its game, as batches 58c-58n); 'developed by Barking Dog Studios and published by Sierra' -> partner(Barking
 # Dog Studios, Sierra Entertainment); 'Impossible Creatures, released by Microsoft' -> partner(Relic Entertainment
 # Inc., Microsoft) (its publisher; doubtful: 'released by' read as publishing). Near-misses, no relation: Sierra
 # 'owned the rights' to Homeworld -> no provider for Sierra (a rights holder and publisher, not the maker; a reader
 # might give it); 'the game did have a spin-off, Homeworld: Cataclysm' -> no provider for Relic (another studio made
 # it); 'operated under its European division' -> no further parentOrganization (the division unnamed); 'secured a
 # partnership with an external investment group, allowing it to split from Sega' -> no partner (the group unnamed) and
 # no acquired
 relations=[L("THQ", "acquired", REL), L(REL, "parentOrganization", "THQ"), L("Sega", "acquired", REL),
            L(REL, "parentOrganization", "Sega")]
           + [L(g, "provider", REL) for g in REL_GAMES]
           + [L("Homeworld: Cataclysm", "provider", "Barking Dog Studios"), L(REL, "partner", "Sierra Entertainment"),
              L("Barking Dog Studios", "partner", "Sierra Entertainment"), L(REL, "partner", "Microsoft")],
 outages=[],
 # 'in 1997', 'in 2004', 'on January 22, 2013', 'By May 2024', 'in May 1997', 'on September 28, 1999', 'on January 7,
 # 2003' -> the years, months and days; 'during the 1930s' -> nothing (a decade, the game's fictional setting; no
 # calendar value in the contract's forms)
 dates=[D("1997", "1997"), D("2004", "2004"), D("January 22, 2013", "2013-01-22"), D("May 2024", "2024-05"),
        D("May 1997", "1997-05"), D("September 28, 1999", "1999-09-28"), D("January 7, 2003", "2003-01-07")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
