#!/usr/bin/env python3
"""Batch 59h gold annotations (the texts of batch59h.py), written from each text alone; newskg (or any extractor) was
not run on any. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the
cycle of batches 55i-59c; batch10_annotate.write_parts), so with four texts: test, train, dev, train. All are Wikipedia
texts with `published` null: only absolute dates (GUIDELINES.md, Dates); 'for a short time', 'initially', 'four
seasons', 'till date' and 'later' -> nothing (durations or no calendar value). No text tells an outage, so every
`outages` list is empty; two tell near-misses (Bizarre Creations' closure announced by its owner, Thames Television's
loss of its ITV licence): business and licensing events, no service users lost (GUIDELINES, Outages).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu, 55e-57p, 57w, 58c, 58g, 58j, 58n and 59c): 'founded by A',
'set up by A and B', 'started by A and the group ... - B, C and D' and 'Founded in 1976 by ... A and B' -> founder for
each, current true (founders stay founders, also where the company closed, as batches 57w-59c); 'The founder' (no name)
-> no alias; a producer's trade ('a noted LA-based animation producer', 'two television producers') -> no role (no
organisation); completed purchases ('was acquired by X', 'X announced they had acquired Y') -> acquired and
parentOrganization (GUIDELINES, Relations); 'ownership later transferred to X' -> acquired and parentOrganization
(a completed change of owner; doubtful: no buying verb); 'owned by X', 'ownership belonged to X', 'a division within X'
and 'a majority X-owned startup' -> parentOrganization; a 50% holding and 'a significant minority shareholding' -> no
parentOrganization (stakes short of control, as batches 51zq-59c); 'X partnered with Y', 'produced for X', 'produced
with X', 'commissioned by X', 'signed the team onto <game>' -> partner (a stated partnership, customer or publishing
deal; direction as written, the studio first where the text tells the deal from the studio's side); games, game series,
middleware and consoles -> Service (GUIDELINES, Types: games, software, devices), with provider the developer or maker
the text names, never the publisher, and no provider for consoles and players whose maker is not tied to them in the
text ('Dreamcast', 'PlayStation', 'Xbox', 'Xbox 360', 'Zune HD', as batches 58c-59c); a toy brand relaunched for its
owner ('produced for ... Hasbro. Beast Wars ..., a relaunch of the Transformers brand') -> Service with provider the
owner (doubtful); television series, films, music videos, fictional characters and a design document's working name
-> no entity (GUIDELINES, Types: TV shows; as batches 57b-59c); the ITV network ('the ITV station', "Thames' ITV
licence") -> Service 'ITV' with no provider (the network, as wp-itv-plc's 'ITV network'; doubtful), ITV plc its own
Company; a studio complex ('Granada TV Studios') and a research laboratory ("Canon's European Research Lab") ->
Location (GUIDELINES, Types: named sites and facilities; doubtful for the laboratory); broadcasters (ABC, YTV) and a
stock exchange -> Company, a broadcast of a series on them -> no relation; a named group of animators ('The Hub') ->
Organization (a named group of people, as bands; doubtful); former names ('started as', 'originally known as',
'Founded ... as') and short forms -> aliases; nationality adjectives ('British', 'Canadian', 'American', 'German') ->
nothing.
usage: batch59h_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- video games, Britain: Bizarre Creations -------------------------------------------------------------------------
BC = "Bizarre Creations Limited"
BC_GAMES = ["Metropolis Street Racer", "Project Gotham Racing", "Geometry Wars", "Fur Fighters", "The Club", "Blur",
            "Formula 1"]
A["wp-bizarre-creations"] = dict(
 # the developer -> Company 'Bizarre Creations Limited', aliases 'Bizarre Creations' (also in the quoted '"Bizarre
 # Creations" stuck' and 'The Bizarre Creations team'), 'Bizarre' and 'Raising Hell Software' ('started as': its first
 # name); Activision, Sega, Psygnosis (also in 'Psygnosis/Sony') and Sony (named on its own after the slash) ->
 # Company; Martyn Chudley -> Person; Liverpool and Europe ('the best-selling game in Europe') -> Location; the games
 # and game series Metropolis Street Racer, Project Gotham Racing, Geometry Wars, Fur Fighters, The Club, Blur and
 # Formula 1, the consoles and devices Dreamcast, Xbox, Xbox 360, Zune HD and PlayStation and the word processor
 # Microsoft Word -> Service. No entity: Microsoft (named only inside 'Microsoft Word'); '"Weird Concepts"' (a name
 # left on a document, never the company's); '"Slaughter"' (a concept project shown as a demo, no product; doubtful:
 # a reader might take it as a game, as batch 59c took an unpublished title); '"Hell"' (a word quoted); 'mobile
 # phones' (generic); 'a retrospective video' (a work, unnamed)
 entities=[E("Company", BC, "Bizarre Creations", "Bizarre", "Raising Hell Software"), E("Location", "Liverpool")]
          + [E("Service", g) for g in BC_GAMES[:6]]
          + [E("Service", s) for s in ("Dreamcast", "Xbox", "Xbox 360", "Zune HD")]
          + [E("Company", "Activision"), E("Person", "Martyn Chudley"), E("Company", "Sega"),
             E("Company", "Psygnosis"), E("Company", "Sony"), E("Service", "Microsoft Word"),
             E("Service", "Formula 1"), E("Service", "PlayStation"), E("Location", "Europe")],
 # 'Bizarre Creations started as Raising Hell Software, founded by Martyn Chudley' -> founder at Bizarre Creations
 # Limited, current true (the company under its first name; founders stay founders after the closure). Near-misses,
 # no role: 'The founder tentatively left "Weird Concepts"' (the same founder, no new post); 'a staff member' (unnamed)
 roles=[R("Martyn Chudley", "founder", BC)],
 # 'Bizarre Creations was acquired by publisher Activision in 2007' -> acquired(Activision, Bizarre Creations Limited)
 # and parentOrganization(Bizarre Creations Limited, Activision) (a completed purchase; kept though Activision closed
 # the studio in 2011: relations carry no time); 'best known for their racing titles Metropolis Street Racer ... and
 # the follow-up Project Gotham Racing series', 'has also developed games ... including the Geometry Wars arcade
 # series, plus the third-person shooters Fur Fighters and The Club' and 'completed its racer Blur' -> provider(game,
 # Bizarre Creations Limited) each; 'Psygnosis signed the team onto Formula 1 for PlayStation' -> provider(Formula 1,
 # Bizarre Creations Limited) (the team made the game; doubtful: the text says the team was signed onto it, and a
 # reader might leave the game without a maker) and partner(Bizarre Creations Limited, Psygnosis) (the publisher's
 # signing of the studio, as batches 58c-59c took publishing deals). Near-misses, no relation: 'Psygnosis/Sony' -> no
 # parentOrganization(Psygnosis, Sony) (the slash says no more than that both were addressed; doubtful: a reader who
 # knows Sony owned Psygnosis might give it); 'Sega scorned "Hell"' -> no partner (no deal told); 'Metropolis Street
 # Racer (Dreamcast)', 'Xbox, Xbox 360, ... Zune HD' and 'for PlayStation' -> no provider for the consoles (their
 # makers not tied to them in the text, as batch 58n's PlayStation) and no partner; 'Microsoft Word's thesaurus' -> no
 # provider (Microsoft not named alone) and no relation to the studio; 'Activision announced Bizarre Creations would
 # close' -> nothing more (the owner's closure). Near-miss, no outage: the closure (a business event)
 relations=[L("Activision", "acquired", BC), L(BC, "parentOrganization", "Activision")]
           + [L(g, "provider", BC) for g in BC_GAMES]
           + [L(BC, "partner", "Psygnosis")],
 outages=[],
 # 'in 2007', 'in May 2010', 'On 20 January 2011', 'In 1994', 'in 1996' -> the years, the month and the day. No date:
 # 'Xbox 360' (a name); 'for a short time', 'initially' (no calendar value)
 dates=[D("2007", "2007"), D("May 2010", "2010-05"), D("20 January 2011", "2011-01-20"), D("1994", "1994"),
        D("1996", "1996")])

# ---- animation, Britain: Cosgrove Hall Films ------------------------------------------------------------------------
CH = "Cosgrove Hall Films"
A["wp-cosgrove-hall-films"] = dict(
 # the studio -> Company 'Cosgrove Hall Films', alias 'Cosgrove Hall' (in "Cosgrove Hall's programmes"); Stop Frame
 # ('Stop Frame animation studios in Manchester until it folded': a studio company, its name the capitalised part),
 # Thames Television (alias 'Thames', also in "Thames' ITV licence"), Anglia Television and ITV plc -> Company; the
 # network ITV ('the ITV station Thames Television', "Thames' ITV licence") -> Service (doubtful: a reader might take
 # it for ITV plc or leave it out); Brian Cosgrove and Mark Hall -> Person; Granada TV Studios (a studio complex,
 # GUIDELINES, Types: facilities), Manchester, England and Israel -> Location. No entity: Chorlton and the Wheelies and
 # Danger Mouse (TV series; GUIDELINES, Types: TV shows); Penfold and Baron Silas Greenback (fictional characters);
 # Star of David (a symbol); 'German' (an adjective); 'a graphic designer' (unnamed)
 entities=[E("Company", CH, "Cosgrove Hall"), E("Location", "Granada TV Studios"), E("Location", "Manchester"),
           E("Location", "England"), E("Person", "Brian Cosgrove"), E("Person", "Mark Hall"),
           E("Company", "Stop Frame"), E("Service", "ITV"), E("Company", "Thames Television", "Thames"),
           E("Company", "Anglia Television"), E("Company", "ITV plc"), E("Location", "Israel")],
 # 'Founded in 1976 by two television producers Brian Cosgrove and Mark Hall' -> founder at Cosgrove Hall Films for
 # each, current true (the company told in the past tense; founders stay founders). Near-misses, no role: 'two
 # television producers' (a trade, no organisation); 'who'd previously worked at Stop Frame animation studios' -> no
 # role at Stop Frame (work without a title; a reader might give other, current false)
 roles=[R("Brian Cosgrove", "founder", CH), R("Mark Hall", "founder", CH)],
 # 'who were commissioned by the station to produce animated shows' and 'The show, sold worldwide by Thames' ->
 # partner(Cosgrove Hall Films, Thames Television) (a customer that commissions and sells the studio's work); 'In 1993
 # its' ownership later transferred to Anglia Television' -> acquired(Anglia Television, Cosgrove Hall Films) and
 # parentOrganization(Cosgrove Hall Films, Anglia Television) (a completed change of owner; doubtful: no buying verb,
 # and a reader might give parentOrganization alone); 'following a series of takeovers and mergers, ownership belonged
 # to ITV plc' -> parentOrganization(Cosgrove Hall Films, ITV plc) (no acquired: the text tells no purchase of the
 # studio by ITV plc, only where its ownership ended up). Near-misses, no relation: 'a significant minority
 # shareholding held by the ITV station Thames Television' -> no parentOrganization (a minority stake); 'the ITV
 # station Thames Television' -> no parentOrganization and no provider for ITV (a franchisee of a network, the
 # network no company); 'a series of takeovers and mergers' -> no relation between Anglia Television and ITV plc (who
 # took over whom not told); 'based within Granada TV Studios' -> nothing (a site; no relation attaches to it);
 # 'worked at Stop Frame ... until it folded' -> no relation between Stop Frame and Cosgrove Hall Films (the same
 # founders only). Near-miss, no outage: 'the loss of Thames' ITV licence' (a broadcaster losing its franchise)
 relations=[L(CH, "partner", "Thames Television"), L("Anglia Television", "acquired", CH),
            L(CH, "parentOrganization", "Anglia Television"), L(CH, "parentOrganization", "ITV plc")],
 outages=[],
 # 'in 1976', 'In 1993', 'between 1981 and 1992' -> the years. No date: 'in over eighty countries', '89 episodes'
 # (counts)
 dates=[D("1976", "1976"), D("1993", "1993"), D("1981", "1981"), D("1992", "1992")])

# ---- video games, Britain: Criterion Games --------------------------------------------------------------------------
CG = "Criterion Games"
CS = "Criterion Software Ltd"
GTA = ["Grand Theft Auto III", "Grand Theft Auto: Vice City", "Grand Theft Auto: San Andreas"]
A["wp-criterion-games"] = dict(
 # the game developer -> Company 'Criterion Games'; its parent -> Company 'Criterion Software Ltd', alias 'Criterion
 # Software' (the text tells them apart: 'Criterion Games was a division within Criterion Software', 'acquired
 # Criterion Games and Criterion Software'; the lead's 'Criterion Games (officially called Criterion Software)' read
 # as the studio's later legal name, so 'Criterion Software' is kept to the parent, one entity per surface form;
 # doubtful: a reader might merge the two); Canon (also in 'Canon-owned'), Rockstar North and Electronic Arts ->
 # Company; David Lau-Kee and Adam Billyard -> Person; Guildford, Surrey and European Research Lab ("Canon's European
 # Research Lab": a laboratory, GUIDELINES, Types: research centres are Location; doubtful: a reader might take it as
 # Canon's unit, an Organization, or no entity) -> Location; the game series Burnout and Need for Speed, the middleware
 # RenderWare (alias 'Renderware', the spelling in 'the Renderware engine') and the games Grand Theft Auto III, Grand
 # Theft Auto: Vice City and Grand Theft Auto: San Andreas -> Service. No entity: 'Eastern Europe' (cut, not in the
 # text); '3D graphics rendering technology', 'AI' (generic); 'British' (an adjective)
 entities=[E("Company", CG), E("Company", CS, "Criterion Software"), E("Location", "Guildford"),
           E("Location", "Surrey"), E("Service", "Burnout"), E("Service", "Need for Speed"),
           E("Person", "David Lau-Kee"), E("Person", "Adam Billyard"), E("Company", "Canon"),
           E("Location", "European Research Lab"), E("Service", "RenderWare", "Renderware")]
          + [E("Service", g) for g in GTA]
          + [E("Company", "Rockstar North"), E("Company", "Electronic Arts")],
 # 'Criterion Software Ltd was created in 1993 ... It was set up by David Lau-Kee and Adam Billyard' -> founder at
 # Criterion Software Ltd for each, current true. Near-miss, no role: nobody is named at Criterion Games (the
 # infobox's founders and key people are cut)
 roles=[R("David Lau-Kee", "founder", CS), R("Adam Billyard", "founder", CS)],
 # 'Originally Criterion Games was a division within Criterion Software' -> parentOrganization(Criterion Games,
 # Criterion Software Ltd); 'spun out as a majority Canon-owned startup' -> parentOrganization(Criterion Software Ltd,
 # Canon) (a majority holding: control); 'Electronic Arts announced they had acquired Criterion Games and Criterion
 # Software' -> acquired(Electronic Arts, X) and parentOrganization(X, Electronic Arts) for both (a completed purchase;
 # 'announced they had acquired'); 'the development of the RenderWare family of middleware technology' ->
 # provider(RenderWare, Criterion Software Ltd); 'best known for their work on ... Burnout' and 'the successful
 # Burnout series, developed in-house by Criterion Games' -> provider(Burnout, Criterion Games); 'Grand Theft Auto
 # III, Grand Theft Auto: Vice City and Grand Theft Auto: San Andreas, which are developed by Rockstar North' ->
 # provider(game, Rockstar North) each; 'RenderWare is used in such games as ... developed by Rockstar North' ->
 # partner(Criterion Software Ltd, Rockstar North) (a middleware supplier and its customer; doubtful: the text tells
 # the use, not a licence deal, and a reader might leave it). Near-misses, no relation: 'their work on ... various
 # Need for Speed games' -> no provider for Need for Speed (work on some entries of a series whose maker the text does
 # not name; a reader might give Criterion Games); 'set up ... within Canon's European Research Lab' -> nothing for
 # the laboratory (a site; no relation attaches to it); 'for a rumored GB£40 million' -> nothing more (the price)
 relations=[L(CG, "parentOrganization", CS), L(CS, "parentOrganization", "Canon"),
            L("Electronic Arts", "acquired", CG), L(CG, "parentOrganization", "Electronic Arts"),
            L("Electronic Arts", "acquired", CS), L(CS, "parentOrganization", "Electronic Arts"),
            L("RenderWare", "provider", CS), L("Burnout", "provider", CG)]
           + [L(g, "provider", "Rockstar North") for g in GTA]
           + [L(CS, "partner", "Rockstar North")],
 outages=[],
 # 'in 1993', 'In August 2004' -> the year and the month. No date: 'Grand Theft Auto III' (a name)
 dates=[D("1993", "1993"), D("August 2004", "2004-08")])

# ---- animation, Canada: Mainframe Studios ---------------------------------------------------------------------------
MF = "Mainframe Studios"
MF_FOUNDERS = ["Christopher Brough", "Gavin Blair", "Ian Pearson", "Phil Mitchell"]
A["wp-mainframe-studios"] = dict(
 # the studio -> Company 'Mainframe Studios', aliases 'Mainframe Entertainment' ('originally known as', 'Founded in
 # 1993 as': its first name) and 'Mainframe'; WOW! Unlimited Media Inc., Mattel, ABC, YTV (broadcasters, GUIDELINES,
 # Types), Hasbro, Alliance Communications (alias 'Alliance', also in "Alliance's share") and Toronto Stock Exchange
 # -> Company; the four founders -> Person; 'The Hub' ('the British animator group known as') -> Organization
 # (doubtful: a reader might leave a team's nickname out); Vancouver, Canada, Los Angeles (alias 'LA', in 'LA-based')
 # and United States -> Location; the toy brand Transformers -> Service. No entity: Barbie in the Nutcracker (a film),
 # ReBoot, Beast Wars (alias 'Beasties') and Beast Machines (TV series), Money for Nothing and Let's Get Rocked (music
 # videos) (GUIDELINES, Types: TV shows, as batches 57b-59c left works out); 'the public offering' (an event);
 # 'Canadian', 'British', 'American' (adjectives)
 entities=[E("Company", MF, "Mainframe Entertainment", "Mainframe"), E("Company", "WOW! Unlimited Media Inc."),
           E("Location", "Vancouver"), E("Location", "Canada"), E("Company", "Mattel")]
          + [E("Person", p) for p in MF_FOUNDERS]
          + [E("Organization", "The Hub"), E("Location", "Los Angeles", "LA"), E("Company", "ABC"),
             E("Location", "United States"), E("Company", "YTV"), E("Company", "Hasbro"), E("Service", "Transformers"),
             E("Company", "Alliance Communications", "Alliance"), E("Company", "Toronto Stock Exchange")],
 # 'the studio was started by Christopher Brough ... and the British animator group known as 'The Hub' - Gavin Blair,
 # Ian Pearson and Phil Mitchell' -> founder at Mainframe Studios for each of the four, current true (the group's
 # three members named as its starters). Near-misses, no role: 'a noted LA-based animation producer' (a trade, no
 # organisation); the three as members of The Hub (no title); the cut sentence's 'Chief Executive Officer', 'President',
 # 'Director of Operations' (not in the text)
 roles=[R(p, "founder", MF) for p in MF_FOUNDERS],
 # 'Mainframe Studios is a Canadian animation studio owned by WOW! Unlimited Media Inc.' -> parentOrganization(
 # Mainframe Studios, WOW! Unlimited Media Inc.); 'Mattel partnered with them ... for the production of the first
 # entry, Barbie in the Nutcracker' -> partner(Mattel, Mainframe Studios) (direction as written); 'The company's second
 # project was produced for American toy company Hasbro' -> partner(Mainframe Studios, Hasbro) (a customer); 'Both
 # ReBoot and Beast Wars were produced with Alliance Communications' -> partner(Mainframe Studios, Alliance
 # Communications) (a co-producer); 'produced for ... Hasbro. Beast Wars ..., a relaunch of the Transformers brand' ->
 # provider(Transformers, Hasbro) (the brand's owner, for whom its relaunch was made; doubtful: the text does not say
 # in so many words that Hasbro owns the brand). Near-misses, no relation: 'Alliance Communications, who had taken a
 # 50% ownership of Mainframe', 'reduce Alliance's share to 15%' and 'lowering their ownership to 7.8%' -> no
 # parentOrganization (a half stake and less: no control told; a reader might give it for the 50%); 'ReBoot launched
 # on ABC in the United States and YTV in Canada' -> no partner (a series aired; no deal between the studio and the
 # broadcasters told; doubtful); 'a listing on the Toronto Stock Exchange' -> no relation (a listing, no partnership);
 # 'Mainframe paid $17 million to reduce Alliance's share' -> no acquired (shares bought back, no company bought)
 relations=[L(MF, "parentOrganization", "WOW! Unlimited Media Inc."), L("Mattel", "partner", MF),
            L(MF, "partner", "Hasbro"), L(MF, "partner", "Alliance Communications"),
            L("Transformers", "provider", "Hasbro")],
 outages=[],
 # 'in 2001' (twice, one item), 'in 1993', 'In 1994', 'in 1996' and 'In 1996' (one item), 'in 1999' and 'between 1999'
 # (one item), 'and 2000', 'on June 17, 1997' -> the years and the day. No date: 'four seasons', 'till date'
 dates=[D("2001", "2001"), D("1993", "1993"), D("1994", "1994"), D("1996", "1996"), D("1999", "1999"),
        D("2000", "2000"), D("June 17, 1997", "1997-06-17")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
