#!/usr/bin/env python3
"""Batch 56n gold annotations (the texts of batch56n.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev
(the batch's own cycle, as batches 56b, 56h and 56j; batch10_annotate.write_parts): test wp-guardian-assurance, train
wp-manchester-liners, dev wp-playground-games. All three are Wikipedia texts with `published` null: only absolute
dates (GUIDELINES.md, Dates); 'early 2010' gives the year (as 'late 2006' does); a day and month or a month without a
year ('on 10th of December', 'In November,'), 'The following February' and 'in October that year' (tied to a year the
text names, not absolute; as batches 55zd, 56b and 56h left out 'In July that year', 'the following year' and 'In
August') -> left out. No text tells an outage (or a near-miss of one), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e, 55f, 55i, 55n, 55p, 55s, 55x, 55za, 55zd, 56b, 56h,
56j): 'became part of' -> parentOrganization (GUIDELINES, Relations: a unit or owned company), with no `acquired` where
the kept text names no purchase; a merger of two named companies into a third with no buyer told -> nothing (GUIDELINES:
'A "merger" where the text does not say who buys whom: nothing'); a company becoming 'the largest shareholder' of
another, the size of its stake untold -> nothing (as batch 56b's minority stake and 56h's shareholding of untold size);
'developed in collaboration with' -> partner (a stated collaboration); a publisher of a developer's game -> partner
(as batch 56b, doubtful: no 'partner' word); games and game series -> Service with provider the developer the text
names, platforms and an operating system ('Xbox 360', 'Xbox One', 'Microsoft Windows') -> Service with no provider
where the text names no maker on its own (a company named only inside a product name is no entity: GUIDELINES, Types);
'founded by A, B, and C' -> cofounder each, current true (founders stay founders; batch 56b); 'The chairman, X' ->
chairman; 'the deputy chairman' -> executive (GUIDELINES, Roles: vice chairman -> executive); 'Governor of the Bank of
England' -> head at the Bank of England (an Organization, as train's wp-midland-bank has it; 'governor' in the title
list is for states; doubtful); 'a director of X' -> director; 'managing director' -> director (GUIDELINES); posts told
in a history with no end -> current true (as batch 56h's chairman); 'X, of Y' with no title -> no role at Y; a
proposer of a company that 'should be formed' -> no founder (proposing is not founding; batch 56h's promoter who
assembled the backers and issued the prospectus was given founder; doubtful); 'Sir' kept in the name as written
(batch 56h); a newspaper -> Company (GUIDELINES, Types); named sites (a canal, a port, a tavern, an office building)
-> Location (GUIDELINES, Types: named sites and facilities); a region's name as a modifier ('West Africa and
Mediterranean ports', 'an East India merchant') -> Location; nationality adjectives ('British') -> nothing.
usage: batch56n_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, provided
import batch10_annotate as b10

A = {}
# ---- insurance, UK: Guardian Assurance Company ----------------------------------------------------------------------
GA = "Guardian Assurance Company"
BOE = "Bank of England"
A["wp-guardian-assurance"] = dict(
 # the insurer -> Company 'Guardian Assurance Company', aliases 'Guardian Fire and Life' (the name its court of
 # directors used in 1821), 'Guardian Fire and Life Assurance Company' ('to use its full name'; a former name, kept as an
 # alias although it is the longer form, since the entity is the article's company under its later name; doubtful: a
 # reader might make the full name the entity's name) and 'Guardian' ('the Guardian offered'); Royal Exchange (the other
 # insurer of the merger) and Guardian Royal Exchange (the company the merger formed) -> Company each; The Times (a
 # newspaper) -> Company; the Bank of England -> Organization (a central bank, as train's wp-midland-bank); Stewart
 # Marjoribanks, Richard Mee Raikes -> Person; London (also 'the metropolis (London)') -> Location; the City of London
 # Tavern (a named meeting place) -> Location; East India ('an East India merchant': a region's name as a modifier;
 # doubtful: a reader might read 'East India merchant' as a trade, no place) -> Location; 'British' -> nothing;
 # 'bankers', 'the promoters', 'the court of directors', 'the directors', 'the subscribers', 'policyholders' -> nothing
 entities=[E("Company", GA, "Guardian Fire and Life", "Guardian Fire and Life Assurance Company", "Guardian"),
           E("Location", "London"), E("Company", "Royal Exchange"), E("Company", "Guardian Royal Exchange"),
           E("Person", "Stewart Marjoribanks"), E("Location", "East India"), E("Person", "Richard Mee Raikes"),
           E("Organization", BOE), E("Company", "The Times"), E("Location", "City of London Tavern")],
 # 'The chairman, Stewart Marjoribanks' (of the company being formed in 1821) -> chairman at Guardian Assurance Company,
 # current true (no end of the post told; as batch 56h's chairman); 'the deputy chairman, Richard Mee Raikes' ->
 # executive (a vice chairman) at Guardian Assurance Company, current true; 'later became Governor of the Bank of
 # England' -> head at the Bank of England, current true ('became', no end told; doubtful: 'governor' is kept for states
 # in the title list, and a reader might give governor or other). Near-misses: 'was an East India merchant' -> no role
 # (a trade, no organisation); 'the court of directors', 'the directors' -> no role (no one named); 'the promoters' ->
 # no founder (unnamed; 'a substantial involvement by bankers' names none)
 roles=[R("Stewart Marjoribanks", "chairman", GA), R("Richard Mee Raikes", "executive", GA),
        R("Richard Mee Raikes", "head", BOE)],
 # no relation is told. Near-misses: 'In 1968 it merged with Royal Exchange to form Guardian Royal Exchange' -> nothing
 # (a merger with no buyer told; a reader might give parentOrganization(Guardian Assurance Company, Guardian Royal
 # Exchange) or acquired from the new company); 'Through a combination of organic growth and acquisition' -> nothing
 # (no target named); 'it was owned by its policyholders' -> nothing (no organisation); 'A notice in The Times' -> no
 # relation (a newspaper carrying a notice)
 relations=[],
 outages=[],
 # 'on 10th of December' (a day and month with no year of its own; 1821 plain from the sentence) and 'The following
 # February' (relative) -> left out (published null; a reader might give 1821-12-10 and 1822-02)
 dates=[D("1821", "1821"), D("1968", "1968"), D("November 1821", "1821-11")])

# ---- shipping, UK: Manchester Liners --------------------------------------------------------------------------------
ML = "Manchester Liners Ltd"
FW = "Furness Withy & Company"
A["wp-manchester-liners"] = dict(
 # the line -> Company 'Manchester Liners Ltd', alias 'ML' (given in brackets; 'ML's'); Furness Withy & Company
 # (alias 'Furness Withy') -> Company; Sir Christopher Furness (alias 'Furness', in "Furness' company"; 'Sir' kept as
 # written) and Robert Burdon Stoker -> Person; Salford Borough Council -> Organization (a local government body); the
 # Manchester Ship Canal (a named waterway) and the Port of Manchester (a named port) -> Location (named sites;
 # doubtful: a reader might give the Port of Manchester no entity or an Organization); Manchester (also in
 # 'Manchester-based'), Liverpool, the United Kingdom, West Africa and the Mediterranean ('Mediterranean ports': a
 # region's name as a modifier; doubtful) -> Location. Near-misses: 'the Ship Canal company' -> no entity (a
 # lower-case description, not the company's name; a reader might give Company 'Manchester Ship Canal Company');
 # 'cartels of ship-owners', 'shipping lines', 'the established shipping conferences', 'docks' -> nothing (unnamed)
 entities=[E("Location", "Manchester Ship Canal"), E("Location", "Manchester"), E("Location", "Liverpool"),
           E("Location", "United Kingdom"), E("Location", "Port of Manchester"), E("Location", "West Africa"),
           E("Location", "Mediterranean"), E("Person", "Sir Christopher Furness", "Furness"),
           E("Company", FW, "Furness Withy"), E("Company", ML, "ML"), E("Organization", "Salford Borough Council"),
           E("Person", "Robert Burdon Stoker")],
 # "Furness' company became the largest shareholder, and he was appointed chairman" -> chairman at Manchester Liners
 # Ltd, current true; 'Robert Burdon Stoker, a director of Furness Withy' -> director at Furness Withy & Company,
 # current true (no end told); 'was appointed as ML's first managing director' -> director at Manchester Liners Ltd
 # (GUIDELINES: managing director -> director), current true ('first' orders the post, no end told). Near-misses: 'Sir
 # Christopher Furness, of Furness Withy & Company' -> no role at Furness Withy (no title; a reader might give chairman
 # or owner from "Furness' company"); 'proposed in 1897 that a Manchester-based shipping line should be formed' -> no
 # founder (a proposal; doubtful beside batch 56h's promoter Gunn, who assembled the backers and had the prospectus
 # issued, and a reader might give founder); 'Other directors included representatives from the Ship Canal company and
 # Salford Borough Council' -> no role (no one named)
 roles=[R("Sir Christopher Furness", "chairman", ML), R("Robert Burdon Stoker", "director", FW),
        R("Robert Burdon Stoker", "director", ML)],
 # no relation is told. Near-misses: "Furness' company became the largest shareholder" (of Manchester Liners Ltd) ->
 # no parentOrganization and no acquired (the largest holding of a £1 million share capital, its size untold, is not
 # control; a reader might give parentOrganization(Manchester Liners Ltd, Furness Withy & Company)); Salford Borough
 # Council's and the canal company's representatives on the board -> no partner (board seats, no stated deal)
 relations=[],
 outages=[],
 # three absolute expressions; none relative
 dates=[D("1894", "1894"), D("1897", "1897"), D("10 May 1898", "1898-05-10")])

# ---- video games, UK: Playground Games ------------------------------------------------------------------------------
PG = "Playground Games Limited"
MS = "Microsoft Studios"
A["wp-playground-games"] = dict(
 # the studio -> Company 'Playground Games Limited', alias 'Playground Games'; Microsoft Studios (alias 'Xbox Game
 # Studios': 'now known as', a later name of the same entity) and Turn 10 Studios -> Company; Gavin Raeburn, Trevor
 # Williams, Ralph Fulton -> Person; Forza Horizon ('the Forza Horizon series' and the first game 'Forza Horizon': one
 # name, one Service; doubtful: a reader might keep the series and the game apart), Forza ('the larger Forza
 # franchise'), Fable ('the Fable series', 'the development of Fable'), Forza Horizon 2, Forza Horizon 3 (games) and
 # Xbox 360, Xbox One, Microsoft Windows (platforms) -> Service; Leamington Spa, England and St. Albans House (a named
 # office building) -> Location. Microsoft is named only inside 'Microsoft Studios' and 'Microsoft Windows' -> no
 # entity of its own (GUIDELINES, Types; the sentence naming Microsoft as buyer is cut). 'British', 'mobile games', 'a
 # new development team', 'a second studio', 'a third studio' -> nothing
 entities=[E("Company", PG, "Playground Games"), E("Location", "Leamington Spa"), E("Location", "England"),
           E("Service", "Forza Horizon"), E("Service", "Forza"), E("Company", MS, "Xbox Game Studios"),
           E("Service", "Fable"), E("Person", "Gavin Raeburn"), E("Person", "Trevor Williams"),
           E("Person", "Ralph Fulton"), E("Company", "Turn 10 Studios"), E("Service", "Xbox 360"),
           E("Service", "Forza Horizon 2"), E("Service", "Xbox One"), E("Service", "Forza Horizon 3"),
           E("Service", "Microsoft Windows"), E("Location", "St. Albans House")],
 # 'Playground Games was founded by Gavin Raeburn, Trevor Williams, and Ralph Fulton' -> cofounder at Playground Games
 # Limited each, current true (founders stay founders). Near-misses: Trevor Williams's post of studio head and Ralph
 # Fulton's of chief creative officer are only in the cut infobox -> no role (annotate the text)
 roles=[R("Gavin Raeburn", "cofounder", PG), R("Trevor Williams", "cofounder", PG), R("Ralph Fulton", "cofounder", PG)],
 # 'In 2018, Playground Games became part of Microsoft Studios' -> parentOrganization(Playground Games Limited,
 # Microsoft Studios) (a unit of it; no `acquired`: the kept text tells no purchase and no buyer; doubtful: a reader
 # might add acquired(Microsoft Studios, Playground Games Limited) from 'became part of'); 'The title was developed in
 # collaboration with Turn 10 Studios' -> partner(Playground Games Limited, Turn 10 Studios) (a stated collaboration);
 # 'and published by Microsoft Studios' -> partner(Playground Games Limited, Microsoft Studios) (a developer-publisher
 # relation, as batch 56b; doubtful: no 'partner' word, and the publisher became the parent in 2018); 'It is known for
 # developing the Forza Horizon series', 'their first project, Forza Horizon', 'The studio released Forza Horizon 2
 # ... and Forza Horizon 3' -> provider(game, Playground Games Limited) each (its developer); 'They are also developing
 # the next game in the Fable series' and 'the development of Fable' -> provider(Fable, Playground Games Limited)
 # (the developer of the Fable the text tells; doubtful: a reader might give the series no provider, since only its
 # next game is Playground's). Near-misses: Forza -> no provider (the franchise's owner is not named) and no relation
 # to Forza Horizon ('part of the larger Forza franchise': no predicate for a product within a product line);
 # provider(Forza Horizon, Microsoft Studios) -> no (a publisher is no maker here; the developer is named); Xbox 360,
 # Xbox One, Microsoft Windows -> no provider (no maker named on its own); 'leased St. Albans House' -> nothing (a
 # lease of a building, no second organisation named)
 relations=[L(PG, "parentOrganization", MS), L(PG, "partner", "Turn 10 Studios"), L(PG, "partner", MS)]
           + provided(PG, "Forza Horizon", "Forza Horizon 2", "Forza Horizon 3", "Fable"),
 outages=[],
 # 'early 2010' -> the year; 'in October that year' (2012, told before) and 'In November,' (2017, told before) -> left
 # out (not absolute; published null)
 dates=[D("2018", "2018"), D("November 2009", "2009-11"), D("early 2010", "2010"), D("2012", "2012"),
        D("September 2014", "2014-09"), D("September 2016", "2016-09"), D("February 2014", "2014-02"),
        D("February 2017", "2017-02"), D("2024", "2024")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
