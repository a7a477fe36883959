#!/usr/bin/env python3
"""Batch 58g gold annotations (the texts of batch58g.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-58c; batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'mid-1994' and 'early 1997' -> the year
(GUIDELINES, Dates: 'late 2006' -> the year); 'Later in 1997' -> its year, with the text '1997'; 'October 15, 1994'
(written 'founded in October 15, 1994') -> the day; 'After that first year', 'the second year', 'During that time',
'At the time' and 'At its heyday' -> nothing (relative, `published` null). No text tells an outage, so every `outages`
list is empty; two tell near-misses ('EA closed Pandemic Studios in 2009', SingleTrac 'was closed down in 2000'):
business endings, no service users lost (GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-57p, 57w and 58c): 'A and B founded the studio', 'was
founded in 1994 by' a list, 'founded ... by ex-X employee A and former Y general manager B' -> cofounder each; founders
stay founders, current true, also where the company closed (as batches 57w and 58c); titles in the running text
('formed in 1998 by president A and CEO B') -> president and ceo at the company, current false where the text tells the
company closed (the posts ended with it; doubtful, as the text does not say the two left them); 'former Mallard Software
general manager' -> executive ('manager', GUIDELINES, Roles), current false; 'ex-Microsoft employee', 'former employees
of', 'both formerly of Activision', 'after leaving Activision' and 'After leaving the Bruce Artwick Organization' -> no
role (no title at the organisation); 'was acquired ... by X', 'acquired', 'was sold to', 'was bought by', 'was bought out
by' -> acquired and parentOrganization(target, buyer); 'placed under VG Holding Corp.' -> parentOrganization(target, VG
Holding Corp.) besides the buyer's (as batch 57w wrote each owner it names, not the owners' owners); 'the new division
started by' -> parentOrganization; an equity investment of unstated size -> nothing (as batch 58c's 'still owned stock');
'a partnership was announced between', 'closely associated with X, with whom they produced', 'to contract two further
games from', 'signed a deal with X to enable them to publish' and games made 'for' a named publisher -> partner, the
developer first (as batches 56b, 57a, 57k and 58c); a pitch to a publisher -> nothing (an offer, GUIDELINES,
Relations); games, game series and game engines -> Service with provider the developer the text names, not the
publisher (GUIDELINES, Types; batch 58c); a console named with its maker's name inside ('the Nintendo 64') -> Service
with no provider, the maker not annotated (GUIDELINES, Types: a company named only inside a product name); an engine a
person made ("Brian Goble's ... engine") -> Service with no provider (a person is no Company); 'DOS' (an operating
system, its maker unnamed) -> Service with no provider (doubtful); a newspaper ('a Dallas Business Journal report') ->
Company (GUIDELINES, Types: news organisations); places in '-based' compounds ('Garland-based') and possessives
("Canada's BioWare") -> Location (as batch 55s); 'American' -> nothing.
usage: batch58g_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- video games, US: Monolith Productions --------------------------------------------------------------------------
MP = "Monolith Productions"
WB = "Warner Bros. Interactive Entertainment"
FOUNDERS_MP = ["Brian Goble", "Brian Waite", "Bryan Bouwman", "Garrett Price", "Jace Hall", "Paul Renault",
               "Toby Gladwell"]
A["wp-monolith-productions"] = dict(
 # the developer -> Company 'Monolith Productions', alias 'Monolith' ('"Monolith" came up' names the company's name,
 # and 'Monolith is also known for' the company; the infobox's 'Monolith Productions, Inc.' is cut); Warner Bros.
 # Interactive Entertainment -> Company; the seven founders -> Person (no surname alone in the text; "Brian Goble's"
 # possessive-free is the full name); Kirkland and Washington -> Location; the games Blood, No One Lives Forever and
 # F.E.A.R (the games and their series, one name each, written 'F.E.A.R' without a last stop), the engine LithTech,
 # the game Shogo: Mobile Armor Division, the engine Windows Animation Package 32 and the operating system DOS ->
 # Service (doubtful for DOS: a reader might take it as generic; it is a named product). No entity: 'the OS', 'our
 # demo CD', '8.3 filenames' (generic or a file-name format); 'their 2D games' (unnamed); 'American' (an adjective)
 entities=[E("Company", MP, "Monolith"), E("Location", "Kirkland"), E("Location", "Washington"), E("Company", WB)]
          + [E("Person", p) for p in FOUNDERS_MP]
          + [E("Service", "DOS"), E("Service", "Blood"), E("Service", "No One Lives Forever"),
             E("Service", "F.E.A.R"), E("Service", "LithTech"), E("Service", "Shogo: Mobile Armor Division"),
             E("Service", "Windows Animation Package 32")],
 # 'Monolith Productions was founded in October 15, 1994 by Brian Goble, Brian Waite, Bryan Bouwman, Garrett Price,
 # Jace Hall, Paul Renault, and Toby Gladwell' and 'Co-Founder Brian Goble' -> cofounder at Monolith Productions each,
 # current true. Near-misses, no role: the quoted 'At the time we formed the company' (the same founding, no new post)
 roles=[R(p, "cofounder", MP) for p in FOUNDERS_MP],
 # 'Warner Bros. Interactive Entertainment acquired Monolith Productions in August 2004' -> acquired(Warner Bros.
 # Interactive Entertainment, Monolith Productions) + parentOrganization(Monolith Productions, Warner Bros.
 # Interactive Entertainment); 'The company is known for their games Blood, the No One Lives Forever and F.E.A.R
 # series' -> provider(game, Monolith Productions) each; 'Monolith is also known for the development of the graphical
 # game engine LithTech' -> provider(LithTech, Monolith Productions); 'LithTech, which ... premiered with Shogo: Mobile
 # Armor Division' (one of 'their games') -> provider(Shogo: Mobile Armor Division, Monolith Productions) (doubtful:
 # the text says the engine premiered with it, and that the engine was used for most of their games, not in so many
 # words that Monolith made Shogo). Near-misses, no relation: "Brian Goble's Windows Animation Package 32 engine" -> no
 # provider (a person's engine, no company named as its maker; a reader might give Monolith); 'DOS was still the OS of
 # choice' -> no provider (its maker is not named)
 relations=[L(WB, "acquired", MP), L(MP, "parentOrganization", WB), L("Blood", "provider", MP),
            L("No One Lives Forever", "provider", MP), L("F.E.A.R", "provider", MP), L("LithTech", "provider", MP),
            L("Shogo: Mobile Armor Division", "provider", MP)],
 outages=[],
 # 'in August 2004', 'in October 15, 1994', 'in September 1998' -> the month, the day and the month; 'At the time' ->
 # nothing
 dates=[D("August 2004", "2004-08"), D("October 15, 1994", "1994-10-15"), D("September 1998", "1998-09")])

# ---- video games, US: Pandemic Studios ------------------------------------------------------------------------------
PS = "Pandemic Studios, LLC"
VG = "VG Holding Corp."
EA = "Electronic Arts"
PAN_GAMES = ["Full Spectrum Warrior", "Star Wars: Battlefront", "Dark Reign 2", "Destroy All Humans!", "Mercenaries",
             "The Saboteur", "Battlezone II", "Army Men: RTS"]
A["wp-pandemic-studios"] = dict(
 # the developer -> Company 'Pandemic Studios, LLC', aliases 'Pandemic Studios' and 'Pandemic' ('Pandemic's'
 # possessive-free); Activision, BioWare ("Canada's BioWare"), Elevation Partners ('private equity fund Elevation
 # Partners'), VG Holding Corp. and Electronic Arts (alias 'EA') -> Company; Andrew Goldman and Josh Resnick -> Person
 # (no surname alone in the text); Westwood, Los Angeles ('based in Westwood, Los Angeles', 'the Los Angeles studio'),
 # Brisbane, Australia, Fortitude Valley ('the suburb of Fortitude Valley'), Santa Monica and Canada ("Canada's
 # BioWare") -> Location; the games Full Spectrum Warrior, Star Wars: Battlefront, Dark Reign 2, Destroy All Humans!,
 # Mercenaries, The Saboteur, Battlezone, Dark Reign: The Future of War, Battlezone II and Army Men: RTS -> Service. No
 # entity: 'Seismic' (a name the founders considered, no company); 'a development studio in Brisbane' (unnamed); 'the
 # Dark Reign 2 engine' (an engine named only by its game, the game annotated); 'a high-rise building' (unnamed);
 # 'American' (an adjective)
 entities=[E("Company", PS, "Pandemic Studios", "Pandemic"), E("Location", "Westwood"), E("Location", "Los Angeles"),
           E("Person", "Andrew Goldman"), E("Person", "Josh Resnick"), E("Company", "Activision"),
           E("Company", "BioWare"), E("Company", "Elevation Partners"), E("Company", VG), E("Company", EA, "EA")]
          + [E("Service", g) for g in PAN_GAMES[:6]]
          + [E("Service", "Battlezone"), E("Service", "Dark Reign: The Future of War"), E("Service", "Battlezone II"),
             E("Location", "Brisbane"), E("Location", "Australia"), E("Location", "Fortitude Valley"),
             E("Service", "Army Men: RTS"), E("Location", "Santa Monica"), E("Location", "Canada")],
 # 'Andrew Goldman and Josh Resnick founded the studio in 1998' and 'Pandemic was formed in 1998 by president Josh
 # Resnick and CEO Andrew Goldman' -> cofounder at Pandemic Studios, LLC each, current true (founders stay founders;
 # the studio closed in 2009); 'president Josh Resnick' -> president, 'CEO Andrew Goldman' -> ceo at Pandemic Studios,
 # LLC, current false (the posts ended when 'EA closed Pandemic Studios in 2009'; doubtful: the text never says they
 # left them, and a reader might keep current true as for the founders). Near-misses, no role: 'both formerly of
 # Activision' and 'after leaving Activision' -> no role at Activision (no title; a reader might give other, current
 # false); 'the original team members that worked on Battlezone' (unnamed)
 roles=[R("Andrew Goldman", "cofounder", PS), R("Josh Resnick", "cofounder", PS),
        R("Josh Resnick", "president", PS, False), R("Andrew Goldman", "ceo", PS, False)],
 # 'Pandemic Studios, alongside BioWare, was acquired in 2005 by Elevation Partners' -> acquired(Elevation Partners,
 # Pandemic Studios, LLC) and acquired(Elevation Partners, BioWare), with parentOrganization(target, Elevation
 # Partners) each (GUIDELINES, Relations: a completed purchase gives both); 'and placed under VG Holding Corp.' ->
 # parentOrganization(target, VG Holding Corp.) each (doubtful: two parents for one studio, the buyer and the holding
 # company it was placed under, as the text names both; a reader might give only one); 'VG Holding Corp., which in
 # 2007 was sold to Electronic Arts (EA)' -> acquired(Electronic Arts, VG Holding Corp.) + parentOrganization(VG
 # Holding Corp., Electronic Arts); 'a partnership was announced between Pandemic and Canada's BioWare' ->
 # partner(Pandemic Studios, LLC, BioWare); 'Battlezone II and Dark Reign 2, were both sequels to the aforementioned
 # games for Activision' -> partner(Pandemic Studios, LLC, Activision) (games made for a named publisher; doubtful:
 # 'for Activision' may qualify the earlier games rather than the sequels) and provider(Battlezone, Activision) and
 # provider(Dark Reign: The Future of War, Activision) (doubtful, as batch 58c's Fallout: the earlier games read as
 # Activision's, made by the team 'formerly of Activision'); 'known for a variety of titles, including' six games,
 # 'Pandemic's first two games, Battlezone II and Dark Reign 2' and the Brisbane studio's 'first project was Army Men:
 # RTS' and 'Destroy All Humans! was the studio's next game' -> provider(game, Pandemic Studios, LLC) each. Near-misses,
 # no relation: 'founded with an undisclosed equity investment by Activision' -> no parentOrganization and no acquired
 # (a stake of unstated size); 'private equity fund Elevation Partners investing in the partnership' -> no partner
 # (an investor, its purchase already given); 'EA closed Pandemic Studios in 2009' -> no parentOrganization(Pandemic
 # Studios, LLC, Electronic Arts) (ownership through VG Holding Corp., written link by link as batch 57w did; doubtful:
 # a reader might give it) and no outage (a business ending); 'VG Holding Corp.' under Elevation Partners -> no
 # parentOrganization (implied by 'placed under', not stated; doubtful)
 relations=[L("Elevation Partners", "acquired", PS), L("Elevation Partners", "acquired", "BioWare"),
            L(PS, "parentOrganization", "Elevation Partners"), L("BioWare", "parentOrganization", "Elevation Partners"),
            L(PS, "parentOrganization", VG), L("BioWare", "parentOrganization", VG), L(EA, "acquired", VG),
            L(VG, "parentOrganization", EA), L(PS, "partner", "BioWare"), L(PS, "partner", "Activision"),
            L("Battlezone", "provider", "Activision"), L("Dark Reign: The Future of War", "provider", "Activision")]
           + [L(g, "provider", PS) for g in PAN_GAMES],
 outages=[],
 # 'in 1998' (three times, listed once), 'in 2005', 'in 2007', 'in 2009', 'In 2000', 'In 2003', 'In November 2005' ->
 # the years and the month
 dates=[D("1998", "1998"), D("2005", "2005"), D("2007", "2007"), D("2009", "2009"), D("2000", "2000"),
        D("2003", "2003"), D("November 2005", "2005-11")])

# ---- video games, US: SingleTrac ------------------------------------------------------------------------------------
ST = "SingleTrac Entertainment Technologies, Inc."
SCE = "Sony Computer Entertainment"
GT = "GT Interactive"
FOUNDERS_ST = ["Michael Ryder", "Todd Kelly", "Michael Bartholomew"]
A["wp-singletrac"] = dict(
 # the developer -> Company 'SingleTrac Entertainment Technologies, Inc.', alias 'SingleTrac' ('SingleTrac's'
 # possessive-free); Evans & Sutherland, Sony Computer Entertainment ('publisher Sony Computer Entertainment'),
 # Microsoft, GT Interactive ('the video game publisher GT Interactive'), Infogrames and Incognito Entertainment ('the
 # game studio Incognito Entertainment') -> Company; the three founders -> Person (no surname alone in the text); the
 # game series Twisted Metal and Jet Moto, the game WarHawk and the console Nintendo 64 -> Service (Nintendo itself is
 # named only inside the console's name, so not annotated). No entity: 'PC games', 'the video game industry', '3D
 # graphics' (generic); 'a sequel to ... WarHawk' (unnamed); 'American' (an adjective)
 entities=[E("Company", ST, "SingleTrac")] + [E("Person", p) for p in FOUNDERS_ST]
          + [E("Company", "Evans & Sutherland"), E("Service", "Twisted Metal"), E("Service", "Jet Moto"),
             E("Company", SCE), E("Service", "WarHawk"), E("Company", "Microsoft"), E("Service", "Nintendo 64"),
             E("Company", GT), E("Company", "Infogrames"), E("Company", "Incognito Entertainment")],
 # 'It was founded in 1994 by Michael Ryder, Todd Kelly, and Michael Bartholomew' -> cofounder at SingleTrac each,
 # current true (the studio closed in 2000: founders stay founders). Near-misses, no role: 'who were former employees
 # of Evans & Sutherland' -> no role at Evans & Sutherland (employees, no title; a reader might give other, current
 # false); 'A group of SingleTrac employees broke off and formed ... Incognito Entertainment' -> no founder role
 # (unnamed people)
 roles=[R(p, "cofounder", ST) for p in FOUNDERS_ST],
 # 'Its most famous titles were the Twisted Metal and Jet Moto video game series' and 'The company's first two games,
 # WarHawk and Twisted Metal' -> provider(game, SingleTrac) each; 'closely associated with Sony Computer
 # Entertainment, with whom they produced the above two series' and 'leading publisher Sony Computer Entertainment to
 # contract two further games from SingleTrac' -> partner(SingleTrac, Sony Computer Entertainment) (a stated
 # developer-publisher contract; listed once); 'the company signed a deal with Microsoft to enable them to publish PC
 # games, but these plans never came to fruition' -> partner(SingleTrac, Microsoft) (a signed deal; doubtful: the plans
 # it served came to nothing, a reader might leave it out as an unrealised intention); 'SingleTrac was bought by the
 # video game publisher GT Interactive' -> acquired(GT Interactive, SingleTrac) + parentOrganization(SingleTrac, GT
 # Interactive); 'GT Interactive itself was bought out by Infogrames' -> acquired(Infogrames, GT Interactive) +
 # parentOrganization(GT Interactive, Infogrames); 'Incognito Entertainment ... went on to make some additional entries
 # in the former SingleTrac franchise Twisted Metal ... both for Sony Computer Entertainment' -> provider(Twisted
 # Metal, Incognito Entertainment) (the franchise's later maker; doubtful: a reader might keep SingleTrac alone) and
 # partner(Incognito Entertainment, Sony Computer Entertainment) (games made for a named publisher, as 'for
 # Activision' in wp-pandemic-studios). Near-misses, no relation: 'with whom they produced the above two series' -> no
 # provider for Sony Computer Entertainment (the publisher is not the maker, batch 58c); 'signed on as a developer for
 # the Nintendo 64' -> no partner and no provider (Nintendo not named on its own); 'A group of SingleTrac employees
 # broke off and formed the game studio Incognito Entertainment' -> no relation between the two studios (people
 # leaving, no spin-off owned, as batch 58c's Cavedog); 'had ambitions of becoming a video game publisher' -> nothing.
 # Near-miss, no outage: 'It was closed down in 2000' (a business ending)
 relations=[L("Twisted Metal", "provider", ST), L("Jet Moto", "provider", ST), L("WarHawk", "provider", ST),
            L(ST, "partner", SCE), L(ST, "partner", "Microsoft"), L(GT, "acquired", ST),
            L(ST, "parentOrganization", GT), L("Infogrames", "acquired", GT), L(GT, "parentOrganization", "Infogrames"),
            L("Twisted Metal", "provider", "Incognito Entertainment"),
            L("Incognito Entertainment", "partner", SCE)],
 outages=[],
 # 'in 1994', 'In early 1997' (-> the year), 'Later in 1997' (-> '1997'), 'in 2000', 'in 1999' -> the years; 'At its
 # heyday' -> nothing
 dates=[D("1994", "1994"), D("early 1997", "1997"), D("1997", "1997"), D("2000", "2000"), D("1999", "1999")])

# ---- video games, US: Terminal Reality ------------------------------------------------------------------------------
TR = "Terminal Reality"
A["wp-terminal-reality"] = dict(
 # the developer -> Company 'Terminal Reality' ('Terminal Reality's' possessive-free); Microsoft ('ex-Microsoft
 # employee'), Mallard Software, the Bruce Artwick Organization, 3D Realms ('publisher 3D Realms'), Apogee Software
 # and the Dallas Business Journal (a newspaper; GUIDELINES, Types) -> Company; University of Illinois ->
 # Organization; Mark Randel (alias 'Randel'), Brett Combs (alias 'Combs') and Scott Miller (alias 'Scott': 'Scott
 # later said') -> Person; Lewisville, Texas, Chicago and Garland ('Garland-based publisher') -> Location; the games
 # 4x4 EVO 2, BloodRayne, Terminal Velocity and Wolfenstein 3D -> Service. No entity: 'racing games', '3D action
 # games', 'texture mapped 3D game engines', 'a 3-D air combat game', 'arcade style action shooters' (generic); 'BSE
 # and MS in electrical engineering' (degrees); 'venture capitalists' (unnamed); 'American' (an adjective)
 entities=[E("Company", TR), E("Location", "Lewisville"), E("Location", "Texas"), E("Company", "Microsoft"),
           E("Person", "Mark Randel", "Randel"), E("Company", "Mallard Software"),
           E("Person", "Brett Combs", "Combs"), E("Service", "4x4 EVO 2"), E("Service", "BloodRayne"),
           E("Company", "Bruce Artwick Organization"), E("Location", "Chicago"),
           E("Organization", "University of Illinois"), E("Service", "Terminal Velocity"), E("Location", "Garland"),
           E("Company", "3D Realms"), E("Company", "Apogee Software"), E("Service", "Wolfenstein 3D"),
           E("Person", "Scott Miller", "Scott"), E("Company", "Dallas Business Journal")],
 # 'Founded in October 1994 by ex-Microsoft employee Mark Randel and former Mallard Software general manager Brett
 # Combs' and 'Randel and Combs founded Terminal Reality' -> cofounder at Terminal Reality each, current true;
 # 'former Mallard Software general manager Brett Combs' -> executive at Mallard Software ('manager', GUIDELINES,
 # Roles), current false ('former'). Near-misses, no role: 'ex-Microsoft employee Mark Randel' -> no role at Microsoft
 # (an employee, no title; a reader might give other, current false); 'After leaving the Bruce Artwick Organization'
 # -> no role (no title); 'his BSE and MS ... from University of Illinois' -> no role (a student); 'Scott Miller was
 # intrigued' and 'Scott later said' -> no role (his post at 3D Realms or Apogee Software is not told; a reader who
 # knows him might give one); 'Combs' management' -> no title
 roles=[R("Mark Randel", "cofounder", TR), R("Brett Combs", "cofounder", TR),
        R("Brett Combs", "executive", "Mallard Software", False)],
 # '3D Realms was the new division started by the popular Apogee Software' -> parentOrganization(3D Realms, Apogee
 # Software); 'Terminal Reality developed a variety of games including ... 4x4 EVO 2 ... BloodRayne' and 'Terminal
 # Reality's first game, Terminal Velocity' -> provider(game, Terminal Reality) each; 'Apogee Software known for its
 # ... titles such as Wolfenstein 3D' -> provider(Wolfenstein 3D, Apogee Software) (its title, by the text; doubtful:
 # a reader who knows the game might name another maker). Near-misses, no relation: 'Terminal Velocity ... Brett Combs
 # pitched to Garland-based publisher 3D Realms' and Scott Miller's 'the game they were pitching to us' -> no partner
 # (a pitch, an offer; the text does not say 3D Realms took the game; doubtful: a reader might read the deal as done);
 # 'received advances on the game' -> nothing (from whom is not said); 'ex-Microsoft employee' and 'After leaving the
 # Bruce Artwick Organization' -> no relation (people who left, no spin-off told); 'a Dallas Business Journal report'
 # -> nothing (a source quoted)
 relations=[L("3D Realms", "parentOrganization", "Apogee Software"), L("4x4 EVO 2", "provider", TR),
            L("BloodRayne", "provider", TR), L("Terminal Velocity", "provider", TR),
            L("Wolfenstein 3D", "provider", "Apogee Software")],
 outages=[],
 # 'in October 1994' (twice, listed once) -> the month; 'in mid-1994' -> the year; 'After that first year', 'the
 # second year', 'During that time' -> nothing (relative, `published` null)
 dates=[D("October 1994", "1994-10"), D("mid-1994", "1994")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
