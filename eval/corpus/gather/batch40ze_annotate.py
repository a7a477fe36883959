#!/usr/bin/env python3
"""Batch 40ze gold annotations (the texts of batch40ze.py), written from each text alone; newskg (or any extractor) was
not run on any of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train
(the batch's own cycle; batch10_annotate.write_parts). All four are Wikipedia texts with `published` null: only
absolute dates (GUIDELINES.md, Dates); 'a year later', 'The same year', 'Towards the end of the 1970s', 'the late 1980s
and early 1990s', 'for over 15 years', 'for a number of years' are left out. No text tells an outage (or a near-miss),
so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 36j, 37k, 37u, 38k, 38n, 40j, 40l, 40o, 40t, 40u, 40x, 40y, 40za, 40zb, 40zc,
40zd): a company 'acquired' or 'bought' another -> acquired + parentOrganization(target, buyer); a minority stake
('acquired 49% of the company') -> nothing; a management buyout led by a person -> nothing (no buying company); 'a
subsidiary of', 'a division of', 'its parent company', an 'offshoot' label, a 'subsidiary' label, a 'majority interest'
in a 'sister company' -> parentOrganization (past ownership kept); several people named together as founders ->
cofounder each, one named alone -> founder; co-chairmen and an executive chairman -> chairman; managing director ->
director; a partner who joined a firm -> other (as the Ladbrokes text's 'made a partner'); a licensing deal, a
distribution deal, a joint venture, a company commissioned by a broadcaster, a collaboration with a university ->
partner (a joint venture's new company gets no parent, as batch 40za's Symbian); imprints and editions a publisher or
label runs -> Service, provider the company (as batch 40zc's product lines; doubtful: a reader might type imprints
Company); films, books, singles and awards -> nothing (as batches 40j and 40l decided for a studio's films); festivals
-> nothing (events); bands -> Organization with no relation (an artist signing with a label is no partner relation,
doubtful); directors, screenwriters and authors of works -> no role (a trade, not an office, as batch 40l); former
names and a stage name -> aliases; adjectives ('British', 'American', 'U.S.') -> nothing.
usage: batch40ze_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}
# ---- film, UK: Working Title Films --------------------------------------------------------------------------------
WT = "Working Title Films Limited"
PG = "PolyGram"
PFE = "PolyGram Filmed Entertainment"
A["wp-working-title-films"] = dict(
 # the company -> Company, aliases its former names 'Visionensure Limited' and 'Working Title Limited' and the short
 # forms 'Working Title Films', 'Working Title'; NBCUniversal, Comcast, Aldabra ('pop music promotional company'),
 # Channel 4 ('UK broadcaster'), PolyGram, Manifesto Film Sales (alias 'Manifesto'), PolyGram Filmed Entertainment ->
 # Company; Tim Bevan ('Bevan'), Sarah Radclyffe ('Radclyffe'), Eric Fellner, Graham Bradstreet ('Bradstreet'),
 # Michael Kuhn ('Kuhn'), Stephen Frears, Richard Curtis, Mel Smith -> Person; London, UK -> Location; the films (My
 # Beautiful Laundrette, A World Apart, The Tall Guy, Barton Fink), the Edinburgh Film Festival and the Cannes Film
 # Festival (events), the Special Grand Prize of the Jury, 'the Coen brothers' (no names) -> nothing
 entities=[E("Company", WT, "Visionensure Limited", "Working Title Limited", "Working Title Films", "Working Title"),
           E("Company", "NBCUniversal"), E("Company", "Comcast"), E("Person", "Tim Bevan", "Bevan"),
           E("Person", "Sarah Radclyffe", "Radclyffe"), E("Person", "Eric Fellner"), E("Company", "Aldabra"),
           E("Location", "London"), E("Location", "UK"), E("Company", "Channel 4"), E("Person", "Stephen Frears"),
           E("Person", "Graham Bradstreet", "Bradstreet"), E("Person", "Richard Curtis"), E("Person", "Mel Smith"),
           E("Person", "Michael Kuhn", "Kuhn"), E("Company", PG), E("Company", "Manifesto Film Sales", "Manifesto"),
           E("Company", PFE)],
 # 'founded by Tim Bevan and Sarah Radclyffe' -> cofounder each (Radclyffe's kept current: a founder stays the founder
 # after leaving, as the corpus keeps founders); 'Bevan and Eric Fellner are now the co-chairmen' -> chairman each;
 # 'Bevan and Radclyffe were partners in ... Aldabra' -> other at Aldabra each, current false ('were'; doubtful: a
 # reader might give no role, as a text's 'a partner in the 1856 firm'); 'Accountant Graham Bradstreet joined as a
 # third partner', 'Bradstreet left the company in 1990' -> other, current false; 'Michael Kuhn of PolyGram' -> no
 # role (no post named); 'Kuhn set up PolyGram Filmed Entertainment' -> founder of it; 'directed by Stephen Frears',
 # 'screenwriter Richard Curtis and director Mel Smith' -> no role (film credits)
 roles=[R("Tim Bevan", "cofounder", WT), R("Sarah Radclyffe", "cofounder", WT), R("Tim Bevan", "chairman", WT),
        R("Eric Fellner", "chairman", WT), R("Tim Bevan", "other", "Aldabra", False),
        R("Sarah Radclyffe", "other", "Aldabra", False), R("Graham Bradstreet", "other", WT, False),
        R("Michael Kuhn", "founder", PFE)],
 # 'a subsidiary of NBCUniversal, which is itself a division of Comcast' -> parentOrganization twice; 'commissioned by
 # ... Channel 4, to make a television film' -> partner(Working Title, Channel 4) (a customer, as batch 40zc's Zona;
 # doubtful); 'PolyGram acquired 49% of the company' -> nothing (a minority stake); 'they jointly launched Manifesto
 # Film Sales' -> partner(PolyGram, Working Title) (a joint venture), no parent for Manifesto (as batch 40za's
 # Symbian; doubtful); 'PolyGram Filmed Entertainment which acquired 100% of Working Title' -> acquired +
 # parentOrganization; 'Michael Kuhn of PolyGram ... set up PolyGram Filmed Entertainment' -> parentOrganization(PFE,
 # PolyGram) (doubtful: read from its name and its founder's employer, not said)
 relations=[L(WT, "parentOrganization", "NBCUniversal"), L("NBCUniversal", "parentOrganization", "Comcast"),
            L(WT, "partner", "Channel 4"), L(PG, "partner", WT), L(PFE, "acquired", WT),
            L(WT, "parentOrganization", PFE), L(PFE, "parentOrganization", PG)],
 outages=[],
 # '(1985)', '1988 Cannes', '(1991)' give '1985', '1988', '1991' (each text once)
 dates=[D("1983", "1983"), D("1985", "1985"), D("1986", "1986"), D("1988", "1988"), D("1989", "1989"),
        D("1991", "1991"), D("1990", "1990"), D("1992", "1992")])

# ---- music, UK: Chrysalis Records ---------------------------------------------------------------------------------
CR = "Chrysalis Records"
A["wp-chrysalis-records"] = dict(
 # the label -> Company, aliases 'Chrysalis' and its first name 'Ellis-Wright Agency' ('It started as'; doubtful: a
 # reader might keep the agency apart); Island Records, Reprise Records (alias 'Reprise'), Warner Bros. Records,
 # PolyGram, Festival Records, 2 Tone Records, Takoma Records -> Company; Chris Wright, Terry Ellis, Chris Blackwell,
 # Denny Bruce, T-Bone Burnett -> Person; the bands Jethro Tull, Ten Years After, Procol Harum, UFO, Generation X, the
 # Specials, the Selecter, the Fabulous Thunderbirds -> Organization (named without 'the'); United States, Australia,
 # New Zealand -> Location; 'U.S.', 'American', 'British' (adjectives) -> nothing
 entities=[E("Company", CR, "Chrysalis", "Ellis-Wright Agency"), E("Person", "Chris Wright"), E("Person", "Terry Ellis"),
           E("Person", "Chris Blackwell"), E("Company", "Island Records"), E("Organization", "Jethro Tull"),
           E("Organization", "Ten Years After"), E("Organization", "Procol Harum"),
           E("Company", "Reprise Records", "Reprise"), E("Location", "United States"),
           E("Company", "Warner Bros. Records"), E("Company", "PolyGram"), E("Company", "Festival Records"),
           E("Location", "Australia"), E("Location", "New Zealand"), E("Organization", "UFO"),
           E("Organization", "Generation X"), E("Company", "2 Tone Records"), E("Organization", "Specials"),
           E("Organization", "Selecter"), E("Company", "Takoma Records"), E("Person", "Denny Bruce"),
           E("Organization", "Fabulous Thunderbirds"), E("Person", "T-Bone Burnett")],
 # 'a combination of its founders' names, Chris Wright and Terry Ellis' -> cofounder each; 'naming manager/producer
 # Denny Bruce as president' (of Takoma Records) -> president, current true; 'Chris Blackwell's Island Records' -> no
 # role (owner or founder not said; doubtful)
 roles=[R("Chris Wright", "cofounder", CR), R("Terry Ellis", "cofounder", CR),
        R("Denny Bruce", "president", "Takoma Records")],
 # 'a licensing deal with Chris Blackwell's Island Records for distribution' -> partner; 'Reprise's parent company,
 # Warner Bros. Records' -> parentOrganization; 'an American distribution deal with ... Warner Bros. Records' ->
 # partner; 'PolyGram handled international distribution and Festival Records covered Australia and New Zealand' ->
 # partner each (distributors; direction as written); 'The Chrysalis offshoot 2 Tone Records' -> parentOrganization;
 # 'Chrysalis bought ... Takoma Records' -> acquired + parentOrganization; bands signing with labels ('Jethro Tull
 # signed with Reprise Records', 'it signed British rock band UFO') -> nothing (artists' contracts; doubtful)
 relations=[L(CR, "partner", "Island Records"), L("Reprise Records", "parentOrganization", "Warner Bros. Records"),
            L(CR, "partner", "Warner Bros. Records"), L("PolyGram", "partner", CR), L("Festival Records", "partner", CR),
            L("2 Tone Records", "parentOrganization", CR), L(CR, "acquired", "Takoma Records"),
            L("Takoma Records", "parentOrganization", CR)],
 outages=[],
 dates=[D("1968", "1968"), D("1972", "1972"), D("1976", "1976"), D("1973", "1973"), D("1979", "1979")])

# ---- publishing, UK: Canongate Books ------------------------------------------------------------------------------
CB = "Canongate Books"
GA = "Grove/Atlantic, Inc."
A["wp-canongate-books"] = dict(
 # the publisher -> Company, alias 'Canongate' ('the Canongate area of the city' -> no Location of its own: the same
 # surface form as the company's alias; doubtful); Text Publishing, Walker ('the children's publisher'),
 # Grove/Atlantic, Inc. -> Company; the University of Dundee -> Organization ('the University's Archive Services' its
 # unit, nothing); Stephanie Wolfe Murray, Angus Wolfe Murray, Alasdair Gray, Jamie Byng ('Byng'), Christopher Bland,
 # Charlie McVeigh -> Person; Edinburgh, Scotland, Australia -> Location; the Pocket Canons editions, the Payback
 # Press and Rebel Inc. imprints, the Canongate U.S. imprint -> Service; Life of Pi (a book), the Booker Prize and the
 # British Book Awards' Publisher of the Year (awards), the Bible -> nothing
 entities=[E("Company", CB, "Canongate"), E("Location", "Edinburgh"), E("Location", "Scotland"),
           E("Person", "Stephanie Wolfe Murray"), E("Person", "Angus Wolfe Murray"), E("Person", "Alasdair Gray"),
           E("Person", "Jamie Byng", "Byng"), E("Person", "Christopher Bland"), E("Person", "Charlie McVeigh"),
           E("Service", "Pocket Canons"), E("Service", "Payback Press"), E("Service", "Rebel Inc."),
           E("Organization", "University of Dundee"), E("Location", "Australia"), E("Company", "Text Publishing"),
           E("Company", "Walker"), E("Company", GA), E("Service", "Canongate U.S.")],
 # 'founded in 1973 by Stephanie Wolfe Murray and her husband Angus Wolfe Murray' -> cofounder each; 'Byng is now the
 # Publisher and Managing Director of the company' -> director (managing director; 'Publisher' a second word for his
 # post, no second role; doubtful: a reader might add other); 'a management buyout led by Jamie Byng' -> no further
 # role; Bland and McVeigh ('funds provided by') -> no role; Alasdair Gray ('its most major author') -> no role
 roles=[R("Stephanie Wolfe Murray", "cofounder", CB), R("Angus Wolfe Murray", "cofounder", CB),
        R("Jamie Byng", "director", CB)],
 # 'purchased from the receiver in a management buyout led by Jamie Byng' -> nothing (no buying company); the
 # editions and imprints Canongate began to publish -> provider(each, Canongate Books); 'a "living archive" ... at the
 # University of Dundee in collaboration with the University's Archive Services' -> partner(Canongate Books,
 # University of Dundee) (doubtful: the collaboration is the archive's); 'a sister company in Australia, Text
 # Publishing; Canongate's majority interest was sold in 2011' -> parentOrganization (past ownership kept); 'joint
 # venture operations with the children's publisher Walker' -> partner; 'Grove/Atlantic, Inc. publishes under the
 # Canongate U.S. imprint, also under a joint venture arrangement' -> partner(Grove/Atlantic, Canongate Books) and
 # provider(Canongate U.S., Grove/Atlantic) (the one that publishes under it; doubtful: a reader might give the
 # imprint to Canongate)
 relations=[L("Pocket Canons", "provider", CB), L("Payback Press", "provider", CB), L("Rebel Inc.", "provider", CB),
            L(CB, "partner", "University of Dundee"), L("Text Publishing", "parentOrganization", CB),
            L(CB, "partner", "Walker"), L(GA, "partner", CB), L("Canongate U.S.", "provider", GA)],
 outages=[],
 dates=[D("2003", "2003"), D("2009", "2009"), D("1973", "1973"), D("1994", "1994"), D("June 2010", "2010-06"),
        D("2011", "2011")])

# ---- music, UK: Mute Records --------------------------------------------------------------------------------------
MR = "Mute Records"
A["wp-mute-records"] = dict(
 # the label -> Company, alias 'Mute'; Novamute Records, EMI, Virgin Records -> Company; Daniel Miller -> Person,
 # alias his moniker 'The Normal' (a stage name; doubtful: a reader might type it an Organization); Frank Tovey ->
 # Person, alias 'Fad Gadget' ('Frank Tovey's pseudonym'); Moby, Nick Cave -> Person; the bands Einstürzende
 # Neubauten, Throbbing Gristle, Cabaret Voltaire, Depeche Mode, Nitzer Ebb, Yazoo, Erasure, Sonic Youth, Laibach ->
 # Organization; the Blast First imprint and the internet presence Mute Liberation Technologies (a BBS, a Telnet site,
 # a website) -> Service; the single "T.V.O.D."/"Warm Leatherette" -> nothing; 'British' -> nothing
 entities=[E("Company", MR, "Mute"), E("Person", "Daniel Miller", "The Normal"), E("Person", "Frank Tovey", "Fad Gadget"),
           E("Organization", "Einst\u00fcrzende Neubauten"), E("Organization", "Throbbing Gristle"),
           E("Organization", "Cabaret Voltaire"), E("Organization", "Depeche Mode"), E("Organization", "Nitzer Ebb"),
           E("Organization", "Yazoo"), E("Organization", "Erasure"), E("Organization", "Sonic Youth"),
           E("Service", "Blast First"), E("Company", "Novamute Records"), E("Person", "Moby"),
           E("Person", "Nick Cave"), E("Organization", "Laibach"), E("Service", "Mute Liberation Technologies"),
           E("Company", "EMI"), E("Company", "Virgin Records")],
 # 'a record label formed in 1978 by Daniel Miller' -> founder; 'Daniel Miller, Executive Chairman' -> chairman
 # (executive chairman -> chairman), current true (the copy's present tense)
 roles=[R("Daniel Miller", "founder", MR), R("Daniel Miller", "chairman", MR)],
 # 'on their Blast First imprint' -> provider(Blast First, Mute Records) ('their' read as the label's; doubtful);
 # 'launched a subsidiary called Novamute Records' -> parentOrganization; 'an internet presence, entitled Mute
 # Liberation Technologies' -> provider; 'EMI acquired Mute Records' -> acquired + parentOrganization; 'EMI's Virgin
 # Records' -> parentOrganization; 'an existing licensing relationship that Mute had with EMI's Virgin Records' ->
 # partner(Mute Records, Virgin Records)
 relations=[L("Blast First", "provider", MR), L("Novamute Records", "parentOrganization", MR),
            L("Mute Liberation Technologies", "provider", MR), L("EMI", "acquired", MR),
            L(MR, "parentOrganization", "EMI"), L("Virgin Records", "parentOrganization", "EMI"),
            L(MR, "partner", "Virgin Records")],
 outages=[],
 dates=[D("1978", "1978"), D("1981", "1981"), D("1992", "1992"), D("May 10, 2002", "2002-05-10")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
