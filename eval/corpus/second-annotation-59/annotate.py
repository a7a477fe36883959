#!/usr/bin/env python3
"""Second annotation (agree59) of the 6 articles whose stripped copies pick.py wrote to /tmp/agree59-tmp, made from
their text with GUIDELINES.md and GOLD_FORMAT.md; open points were settled from train gold of other ids (listed in this
folder's README) and the conventions of earlier second annotations.
Writes the gold files into the folder given as the first argument (default: this script's folder), through the checks
of eval/corpus/second_sample.write.
usage: annotate.py [OUT_DIR]"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from second_sample import D, E, L, R, write
A = {}
PO, AQ, PV, PA = "parentOrganization", "acquired", "provider", "partner"

# published 1997-03-13. SEC litigation release: consent judgments against Johnson, a DF&R Restaurants director, and
# Sanders, whom he tipped about a quarterly earnings shortfall before Sanders sold DF&R stock.
# Entities: "The Commission" (the full name is only in the title): Organization "Commission" (train SEC files without
# the full name in the text: 6 of 8 name it "Commission"). DF&R Restaurants, Inc. ("DF&R"): Company. Walter E. Johnson
# ("Johnson"), Rex E. Sanders ("Sanders"): Persons. National Association of Securities Dealers, Inc.: Organization (a
# self-regulatory association; train: NASD, FINRA Organizations). Not entities: "the Northern District of Texas" (a
# court district named without "Court"; train gives no entity for the bare "X District of Y" in most files, and lists
# the state only where it is also written on its own; doubtful: Texas a Location), the Securities Act of 1933 and the
# Securities Exchange Act of 1934 (laws), Rule 10b-5.
# Roles: "Johnson was a member of DF&R's board of directors who, between November 5, 1994, and November 10, 1994,
# received ..." -> director at DF&R, not current (train: SEC insider-trading files with "was the ..." for the post held
# at the time of the trades give current false, Gerber / Spandex; doubtful: the text does not say he left). Sanders: no
# title.
# Relations: none.
# Dates: "February 5, 1997", "November 11, 1994" (also in "the morning of November 11, 1994": one item), "November 5,
# 1994", "November 10, 1994", "November 14, 1994". Not dated: "the second quarter of fiscal year 1995" (a fiscal
# quarter; GUIDELINES), the Acts' years "1933" and "1934" (train dates them in 0 of 11 files).
DFR = "DF&R Restaurants, Inc."
A["us-sec-df-r-restaurants-director-johnson-tipped-sanders-insider-trading-consent-judgments-1997"] = dict(
    entities=[E("Organization", "Commission"), E("Person", "Walter E. Johnson", "Johnson"),
              E("Person", "Rex E. Sanders", "Sanders"), E("Company", DFR, "DF&R"),
              E("Organization", "National Association of Securities Dealers, Inc.")],
    roles=[R("Walter E. Johnson", "director", DFR, False)],
    relations=[],
    outages=[],
    dates=[D("February 5, 1997", "1997-02-05"), D("November 11, 1994", "1994-11-11"),
           D("November 5, 1994", "1994-11-05"), D("November 10, 1994", "1994-11-10"),
           D("November 14, 1994", "1994-11-14")])

# published 1999-04-20. SEC litigation release: insider trading in Panax Pharmaceutical by Rosenberg (a SciRex vice
# president), Silver (a hospital division chief) and Silver's investment partnership, ahead of the Colon Pill rights
# deal and the planned merger with Sangen.
# Entities: Securities and Exchange Commission: Organization. Manhattan ("federal court in Manhattan"; the court is not
# named): Location. Panax Pharmaceutical Co., Ltd. ("Panax"; "now known as Inkine Pharmaceutical Company, Inc.", a later
# name, an alias as in train's Scottish Annuity / Scottish Re): Company. Leonard Rosenberg ("Rosenberg"), Jack Silver
# ("Silver"): Persons. SciRex Corporation ("SciRex"): Company. Division of Molecular Medicine, North Shore University
# Hospital: Organizations (train: hospitals as employers Organizations; divisions of a body Organizations with a
# parent). Great Neck, New York: Locations (split). SG Investment Family Limited Partnership ("SG"): Company (train:
# every limited partnership a Company). "Colon Pill" (the product the text names so, in quotes as a defined term):
# Service (doubtful: a defined term for "a new product that aids in colonoscopies"). Sangen Pharmaceutical Company
# ("Sangen"): Company.
# Roles: "vice-president of clinical trials at SciRex Corporation" -> vice-president at SciRex, current. "the Chief of
# the Division of Molecular Medicine at North Shore University Hospital" -> head at the Division (the chief leads it;
# GUIDELINES map the leader of a unit to head; doubtful: director or other), current. "a general partnership of which
# Silver is a partner" -> other at SG, current (train: an engagement partner at Arthur Andersen other; doubtful).
# Relations: parentOrganization(Division of Molecular Medicine, North Shore University Hospital). "SciRex, which
# assisted Panax in evaluating the Colon Pill" and the confidentiality agreement -> partner(SciRex Corporation, Panax)
# (a client relation; train: "a construction company hired by" X gives partner). "Panax's acquisition of rights to
# exploit" the Colon Pill -> provider(Colon Pill, Panax) (doubtful: Panax holds the rights, the text does not say who
# makes it). "Panax's planned merger with Sangen": nothing (a merger that does not say who buys whom, and only planned).
# Dates: "April 19, 1999", "January 1997", "January 15, 1997", "January 21, 1997". "age 41", "age 53": no dates.
PX, SX, DMM = "Panax Pharmaceutical Co., Ltd.", "SciRex Corporation", "Division of Molecular Medicine"
NSH, SG = "North Shore University Hospital", "SG Investment Family Limited Partnership"
A["us-sec-panax-pharmaceutical-scirex-vice-president-rosenberg-silver-insider-trading-1999"] = dict(
    entities=[E("Organization", "Securities and Exchange Commission"), E("Location", "Manhattan"),
              E("Company", PX, "Panax", "Inkine Pharmaceutical Company, Inc."),
              E("Person", "Leonard Rosenberg", "Rosenberg"), E("Company", SX, "SciRex"),
              E("Person", "Jack Silver", "Silver"), E("Organization", DMM), E("Organization", NSH),
              E("Location", "Great Neck"), E("Location", "New York"), E("Company", SG, "SG"),
              E("Service", "Colon Pill"), E("Company", "Sangen Pharmaceutical Company", "Sangen")],
    roles=[R("Leonard Rosenberg", "vice-president", SX), R("Jack Silver", "head", DMM), R("Jack Silver", "other", SG)],
    relations=[L(DMM, PO, NSH), L(SX, PA, PX), L("Colon Pill", PV, PX)],
    outages=[],
    dates=[D("April 19, 1999", "1999-04-19"), D("January 1997", "1997-01"), D("January 15, 1997", "1997-01-15"),
           D("January 21, 1997", "1997-01-21")])

# published null. Wikipedia: CompuServe, the first major commercial online service; opened in 1969 in Columbus, bought by
# H&R Block in 1980, bought The Source, introduced RLE and GIF, its forums and online games.
# Entities: CompuServe, Inc. ("CompuServe Information Service, Inc.", "CIS", "CSi", "CompuServe"; the company's other
# names, one entity): Company. Columbus, Ohio: Locations. Radio Shack: Company. The Source (an online service the text
# calls CompuServe's competitor, bought by it): Company. H&R Block: Company. Steve Wilhite: Person. MegaWars III, Island
# of Kesmai (online games): Services. Prodigy, America Online (information services, the businesses; train: America
# Online, AOL Companies): Companies. Not entities: Witches and Stitches (an online comic, a work: train gives comics and
# books no entity, e.g. the Asterix comics in Coktel Vision, Karren Brady's book); RLE and the Graphics Interchange
# Format (GIF) (image formats, standards rather than products users use; train: MP3 and IPv4 no entity; doubtful, as
# CompuServe introduced both); the Internet.
# Roles: none (Wilhite "invented" GIF; no title at CompuServe stated).
# Relations: "H&R Block bought the company in 1980" -> acquired(H&R Block, CompuServe, Inc.) and
# parentOrganization(CompuServe, Inc., H&R Block). "buying their competitor The Source" -> acquired(CompuServe, Inc.,
# The Source) and parentOrganization(The Source, CompuServe, Inc.) (the text does not say it was merged away). "CIS had
# ... popular online games, including MegaWars III and Island of Kesmai" -> provider(game, CompuServe, Inc.). The 1979
# "venture selling ... after-hours time to Radio Shack customers": no partner (the text does not say the venture was
# with Radio Shack; doubtful).
# Dates (published null: absolute only): "1969", "1979", "1980", "1985", "1994". "the 1980s", "the early and mid-1990s",
# "the early 1990s": decades, skipped (train: 0 of 49 bare decades dated in published-null files).
CS = "CompuServe, Inc."
A["wp-compuserve"] = dict(
    entities=[E("Company", CS, "CompuServe Information Service, Inc.", "CIS", "CSi", "CompuServe"),
              E("Location", "Columbus"), E("Location", "Ohio"), E("Company", "Radio Shack"),
              E("Company", "The Source"), E("Company", "H&R Block"), E("Person", "Steve Wilhite"),
              E("Service", "MegaWars III"), E("Service", "Island of Kesmai"), E("Company", "Prodigy"),
              E("Company", "America Online")],
    roles=[],
    relations=[L("H&R Block", AQ, CS), L(CS, PO, "H&R Block"), L(CS, AQ, "The Source"), L("The Source", PO, CS),
               L("MegaWars III", PV, CS), L("Island of Kesmai", PV, CS)],
    outages=[],
    dates=[D("1969", "1969"), D("1979", "1979"), D("1980", "1980"), D("1985", "1985"), D("1994", "1994")])

# published null. Wikipedia (Company History section): Phaidon, founded in Vienna in 1923 by Horovitz and Goldscheider;
# its art books, The Story of Art, its owners (Encyclopaedia Britannica, Schlagman, Leon Black), Cahiers du cinema.
# Entities: Phaidon: Company. Vienna, Austria, England: Locations. Windsor Castle (a named site): Location. "Dr Bela
# Horovitz" -> Person "Bela Horovitz" (train: 21 of 21 "Dr" names without the "Dr"), Ludwig Goldscheider: Persons. Van
# Gogh, Botticelli (painters the books are on), Ernst Gombrich (the author): Persons (train: Pablo Picasso, named for a
# brand's name, a Person). The book series "the Arts and Letters series" ("Arts and Letters") and "The Contemporary
# Artists Series": Services with Phaidon as provider (train: Osprey's Men-at-Arms series a Service, its provider
# Osprey). Encyclopaedia Britannica, Inc. (written with the ae ligature): Company. Richard Schlagman, Leon Black:
# Persons. Cahiers du cinema ("the film magazine"): Company (GUIDELINES: magazines are Companies). Not entities: single
# books (The Story of Art; Il cucchiaio d'argento / The Silver Spoon; train: a publisher's first book and an author's
# books no entity), the French Impressionists, the Nazis.
# Roles: "founded ... by Dr Bela Horovitz and Ludwig Goldscheider" -> cofounder each, current though dead (train:
# "founded by A and B" gives cofounder).
# Relations: "Phaidon was acquired by Encyclopaedia Britannica, Inc." -> acquired and parentOrganization(Phaidon, EB).
# "acquired by Richard Schlagman", "acquired by Leon Black": persons, no relation and no role (train: Getinge, Oddbins,
# Ladbrokes give persons who bought a company nothing). "Phaidon acquired the film magazine Cahiers du cinema" ->
# acquired(Phaidon, Cahiers) and parentOrganization(Cahiers, Phaidon). provider(series, Phaidon) for the two series.
# Dates (published null: absolute only): "1923", "1936", "1950", "1967", "1990", "1995", "2006", "2009", "2012". "the
# 1970s and 1980s": decades, skipped. "7 million copies", "16 ... editions": no dates.
PH, EB, CC = "Phaidon", "Encyclop\u00e6dia Britannica, Inc.", "Cahiers du cin\u00e9ma"
A["wp-phaidon-press"] = dict(
    entities=[E("Company", PH), E("Location", "Vienna"), E("Location", "Austria"), E("Person", "Bela Horovitz"),
              E("Person", "Ludwig Goldscheider"), E("Person", "Van Gogh"), E("Person", "Botticelli"),
              E("Location", "England"), E("Location", "Windsor Castle"), E("Service", "Arts and Letters"),
              E("Person", "Ernst Gombrich"), E("Company", EB), E("Person", "Richard Schlagman"),
              E("Service", "The Contemporary Artists Series"), E("Company", CC), E("Person", "Leon Black")],
    roles=[R("Bela Horovitz", "cofounder", PH), R("Ludwig Goldscheider", "cofounder", PH)],
    relations=[L(EB, AQ, PH), L(PH, PO, EB), L(PH, AQ, CC), L(CC, PO, PH), L("Arts and Letters", PV, PH),
               L("The Contemporary Artists Series", PV, PH)],
    outages=[],
    dates=[D("1923", "1923"), D("1936", "1936"), D("1950", "1950"), D("1967", "1967"), D("1990", "1990"),
           D("1995", "1995"), D("2006", "2006"), D("2009", "2009"), D("2012", "2012")])

# published null. Wikipedia: Prodigy, an online service from 1984 to 2001; bought by SBC Communications (later AT&T),
# its Mexican branch by Telmex; its roots in CBS and AT&T's Venture One, founded as Trintex by CBS, IBM and Sears.
# Entities: Prodigy Communications Corporation ("Prodigy"; "Trintex", its first name, an alias): Company. CompuServe:
# Company. New York Times: Company (a newspaper). SBC Communications: Company. AT&T Corporation ("AT&T" in "CBS and AT&T
# took the data"): Company; "the present iteration of AT&T" (SBC's later name) is the same surface form, and one surface
# form can be an alias of one entity only, so "AT&T" stays with AT&T Corporation, the company it names twice (doubtful:
# an alias of SBC Communications, or an entity of its own). Telmex, CBS, IBM, Sears, Roebuck and Company: Companies.
# Venture One: Company. Fair Lawn, New Jersey, Ridgewood: Locations. Not entities: "The Mexican branch of Prodigy"
# (unnamed), Videotex (a technology), "the Big Three information services".
# Roles: none.
# Relations: "it was acquired by SBC Communications" -> acquired(SBC, Prodigy) and parentOrganization(Prodigy, SBC).
# The Mexican branch acquired by Telmex: nothing (a branch with no name; not the company). "CBS and ... AT&T Corporation
# formed a joint venture named Venture One" -> parentOrganization(Venture One, CBS), parentOrganization(Venture One,
# AT&T Corporation), partner(CBS, AT&T Corporation). "founded ... as Trintex, a joint venture including CBS, ... IBM and
# ... Sears, Roebuck and Company" -> parentOrganization(Prodigy, each) and partner between each pair in the order
# written (train: every "joint venture between A and B" gives the venture both parents and partner(A, B); Vale Canada's
# three founders give the three pairs).
# Dates (published null: absolute only): "1984", "2001", "1979", "1994", "1990" ("By 1990"), "1993", "2005", "1980",
# "February 13, 1984". "the 1990s": a decade, skipped.
PR, SBC, ATT, SR = "Prodigy Communications Corporation", "SBC Communications", "AT&T Corporation", \
    "Sears, Roebuck and Company"
A["wp-prodigy"] = dict(
    entities=[E("Company", PR, "Prodigy", "Trintex"), E("Company", "CompuServe"), E("Company", "New York Times"),
              E("Company", SBC), E("Company", ATT, "AT&T"), E("Company", "Telmex"), E("Company", "CBS"),
              E("Company", "Venture One"), E("Location", "Fair Lawn"), E("Location", "New Jersey"),
              E("Location", "Ridgewood"), E("Company", "IBM"), E("Company", SR)],
    roles=[],
    relations=[L(SBC, AQ, PR), L(PR, PO, SBC), L("Venture One", PO, "CBS"), L("Venture One", PO, ATT),
               L("CBS", PA, ATT), L(PR, PO, "CBS"), L(PR, PO, "IBM"), L(PR, PO, SR), L("CBS", PA, "IBM"),
               L("CBS", PA, SR), L("IBM", PA, SR)],
    outages=[],
    dates=[D("1984", "1984"), D("2001", "2001"), D("1979", "1979"), D("1994", "1994"), D("1990", "1990"),
           D("1993", "1993"), D("2005", "2005"), D("1980", "1980"), D("February 13, 1984", "1984-02-13")])

# published null. Wikipedia: Ratbag Games, an Adelaide game developer founded in 1993 by Harrison and Siegele, bought by
# Midway Games in 2005 and closed that December; its games from Powerslide on.
# Entities: Ratbag Games Pty Ltd ("Ratbag"; "Emergent Games", its first name; "Midway Studios - Australia", its name
# after the acquisition: aliases): Company. Games (Services): Powerslide, The Dukes of Hazzard: Return of the General
# Lee, World of Outlaws: Sprint Cars 2002, Powerslide: Slipstream (unpublished, still a named game Ratbag developed).
# Adelaide, South Australia: Locations. Richard Harrison, Greg Siegele: Persons. Midway Games, Krome Studios, Krome
# Studios Adelaide: Companies. PlayStation 2 (a console): Service, no provider (its maker is not named; train: consoles
# with no maker named carry no provider). Not entities: "Australian" (an adjective; "Australia" is only written inside
# names).
# Roles: "founded in 1993 ... by Richard Harrison and Greg Siegele" -> cofounder each, current.
# Relations: "its acquisition by Midway Games" (completed; later "its parent company") -> acquired(Midway Games, Ratbag)
# and parentOrganization(Ratbag, Midway Games). "Krome Studios ... established Krome Studios Adelaide" ->
# parentOrganization(Krome Studios Adelaide, Krome Studios). provider(game, Ratbag) for the four games (Ratbag developed
# them; no publisher named).
# Dates (published null: absolute only): "1993", "4 August 2005", "13 December 2005", "late 2000" -> 2000 (GUIDELINES;
# train keeps "late <year>" whole, 22 of 22). Not dated: "the 15th" in "Two days later on the 15th" (a bare day fixed
# only by the text's previous date, not absolute; train dates no "N days later" in published-null files; doubtful);
# "2002" inside the game's name (train dates no year inside a product's name); "3 years" (a duration).
RB = "Ratbag Games Pty Ltd"
GAMES = ["Powerslide", "The Dukes of Hazzard: Return of the General Lee", "World of Outlaws: Sprint Cars 2002",
         "Powerslide: Slipstream"]
A["wp-ratbag-games"] = dict(
    entities=[E("Company", RB, "Ratbag", "Emergent Games", "Midway Studios - Australia")]
    + [E("Service", g) for g in GAMES]
    + [E("Location", "Adelaide"), E("Location", "South Australia"), E("Person", "Richard Harrison"),
       E("Person", "Greg Siegele"), E("Company", "Midway Games"), E("Company", "Krome Studios"),
       E("Company", "Krome Studios Adelaide"), E("Service", "PlayStation 2")],
    roles=[R("Richard Harrison", "cofounder", RB), R("Greg Siegele", "cofounder", RB)],
    relations=[L("Midway Games", AQ, RB), L(RB, PO, "Midway Games"), L("Krome Studios Adelaide", PO, "Krome Studios")]
    + [L(g, PV, RB) for g in GAMES],
    outages=[],
    dates=[D("1993", "1993"), D("4 August 2005", "2005-08-04"), D("13 December 2005", "2005-12-13"),
           D("late 2000", "2000")])

if __name__ == "__main__":
    print(write(A, "/tmp/agree59-tmp", sys.argv[1] if len(sys.argv) > 1 else HERE), "written")
