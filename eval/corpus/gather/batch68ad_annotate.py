#!/usr/bin/env python3
"""Batch 68ad gold annotations (the texts of batch68ad.py; session 62, round notes /tmp/gather68ad/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-68w; batch10_annotate.write_parts), so with three
texts: wp-contel test, wp-eagle-lion-films train, wp-pyramid-technology dev. All are Wikipedia texts with `published`
null: only absolute dates (GUIDELINES.md, Dates); a month and year ('September 1946', 'March 1995', 'August 1983') ->
the month; a year ('in 1947', 'the 1996 telecom deregulation') -> the year, one date per text and value; a span ('From
1946 to 1949') -> both years; decades ('the 1920s', 'the early 1990s') and 'Some 30 years later' (relative) -> nothing.
No text tells an outage or a near-miss of one (a loss of $2.2 million is a business result), so every `outages` list
is empty.
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-68w): one person named alone as founding a company ->
`founder` ('Telephone Communications Corporation, was founded by Charles Wohlstetter'), current true; 'a number of
ex-Hewlett-Packard employees' (no one named) -> no role; an owner ('owned by J. Arthur Rank', 'Robert R. Young's PRC
Pictures') -> no role (owners carry no title, as batches 63f, 67j, 68r and 68w); 'under the control of Arthur B. Krim'
and 'Arthur Krim became studio chief' -> head, current false ('From 1946 to 1949'; doubtful); 'placed in charge of
production' / 'head of production' -> executive (as batches 40 and 62h gave 'head of production'), current false
('resigned'); 'the former head of the B-picture unit at Warner Bros.' -> executive (the head of a unit, not of the
company), current false; film producers and film directors of a studio's pictures ('producers working at Eagle-Lion
included ...', 'Directors included Anthony Mann') -> no role (a trade, not a post; 'Directors' here are film
directors, no board seat); 'it acquired ... PRC Pictures', 'It was acquired by GTE', 'bought by Siemens AG' ->
acquired, with parentOrganization where the bought company is not said to be merged away (GUIDELINES, Relations;
Pyramid 'merged into their Siemens Computer Systems US unit' -> no parent link for Pyramid, the unit's parent link to
Siemens AG instead); acquisitions merged into a new parent ('Central Western Company, which merged with Telephone
Communications in 1961 to form the new parent Continental Telephone Company') -> acquired only (doubtful); two companies
merging their operations to form a named company -> parentOrganization(new company, each) (a joint company; doubtful);
a named operating system and a named computer series with their maker -> Service with provider ('DC/OSx', 'the 90x',
'AT&T's UNIX System V'); a lot bought ('the film lot ... was purchased by the Ziv Company') and loans ('loans from the
Bank of America') -> nothing (assets and finance, GUIDELINES, Relations); an address ('7324 Santa Monica Boulevard')
-> Location (as batch 68r's '4516 Sunset Boulevard'); a company's operating names ('Eagle-Lion Distributors Limited in
the United Kingdom and Eagle-Lion Films Inc. in the United States'), its short forms and its former name ('Continental
Telephone Company', 'the new parent' that became ConTel) -> aliases (doubtful for the operating names).
usage: batch68ad_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- telecom, US: Contel --------------------------------------------------------------------------------------------
CT = "ConTel Corporation"
TC = "Telephone Communications Corporation"
A["wp-contel"] = dict(
 # the company -> Company 'ConTel Corporation', aliases 'Continental Telephone' (the bracketed name), 'ConTel' ('the
 # impetus for ConTel') and 'Continental Telephone Company' ('to form the new parent Continental Telephone Company', the
 # company under its earlier name; doubtful: a reader might make it an entity of its own); 'its earliest predecessor,
 # Telephone Communications Corporation' -> Company of its own, alias 'Telephone Communications' (a predecessor merged
 # into the new parent, not the same company by the text; doubtful: a reader might alias it to ConTel); GTE, Central
 # Western Company (alias 'Central Western') and Harfil, Inc. -> Company; Charles Wohlstetter (alias 'Wohlstetter') ->
 # Person; the United States and Wall Street -> Location (Wall Street, 'a Wall Street runner', 'returned to Wall
 # Street'; doubtful: a reader might give no entity). No entity: 'an Alaskan oil company' (not named); 'Hollywood' (in
 # 'a Hollywood screenwriter', an adjective of a trade; doubtful)
 entities=[E("Company", CT, "Continental Telephone", "ConTel", "Continental Telephone Company"),
           E("Location", "United States"), E("Company", "GTE"),
           E("Company", TC, "Telephone Communications"), E("Person", "Charles Wohlstetter", "Wohlstetter"),
           E("Location", "Wall Street"), E("Company", "Central Western Company", "Central Western"),
           E("Company", "Harfil, Inc.")],
 # 'Telephone Communications Corporation, was founded by Charles Wohlstetter' -> founder at Telephone Communications
 # Corporation (one person named alone), current true. Near-misses, no role: 'a Wall Street runner', 'a Hollywood
 # screenwriter', 'became a financier' (trades, no company named)
 roles=[R("Charles Wohlstetter", "founder", TC)],
 # 'It was acquired by GTE in 1991' -> acquired(GTE, ConTel Corporation) and parentOrganization(ConTel Corporation,
 # GTE) (a completed purchase, not said to be merged away); 'One of the company's first acquisitions was Central Western
 # Company, which merged with Telephone Communications in 1961 to form the new parent Continental Telephone Company' ->
 # acquired(ConTel Corporation, Central Western Company) (the company under its name of the new parent; no parent
 # link, merged; doubtful: a reader might give the acquirer as Telephone Communications Corporation); 'The acquisition
 # of Central Western, along with Harfil, Inc.' -> acquired(ConTel Corporation, Harfil, Inc.) (doubtful: 'along with'
 # read as a second acquisition; no parent link, the text telling only the services it brought). Near-misses, no
 # relation: 'Telephone Communications Corporation's ... holding company' and 'ConTel Corporation's earliest
 # predecessor' (a predecessor, no ownership stated); 'acquired and consolidated more than 750 smaller companies' (none
 # named)
 relations=[L("GTE", "acquired", CT), L(CT, "parentOrganization", "GTE"),
            L(CT, "acquired", "Central Western Company"), L(CT, "acquired", "Harfil, Inc.")],
 outages=[],
 # 'the 1996 telecom deregulation' -> 1996; 'in 1991' -> 1991; 'In 1960' -> 1960; 'in 1961' -> 1961. No date: 'in the
 # 1920s', 'in the 1930s', 'in the 1940s' (decades); 'Some 30 years later' (relative)
 dates=[D("1996", "1996"), D("1991", "1991"), D("1960", "1960"), D("1961", "1961")])

# ---- film production, UK/US: Eagle-Lion Films ----------------------------------------------------------------------
EL = "Eagle-Lion Films"
KR = "Arthur B. Krim"
FOY = "Bryan Foy"
A["wp-eagle-lion-films"] = dict(
 # the company -> Company 'Eagle-Lion Films', aliases 'Eagle-Lion' and its operating names 'Eagle-Lion Distributors
 # Limited' and 'Eagle-Lion Films Inc.' ('a film distribution company under the name of ...'; doubtful: a reader might
 # make the two distribution companies entities of their own with parent links); J. Arthur Rank (alias 'Rank'), Robert
 # R. Young (alias 'Young'), Arthur B. Krim (alias 'Arthur Krim'), David O. Selznick, Bryan Foy, Aubrey Schenck, Jack
 # Schwarz, Walter Wanger, George Pal and Anthony Mann -> Person; PRC Pictures, the Ziv Company, Warner Bros. and the
 # Bank of America -> Company; the United States, the United Kingdom, Hollywood ('Hollywood's "Poverty Row."') and '7324
 # Santa Monica Boulevard' (an address, as batch 68r) -> Location. No entity: '"Poverty Row"' (a nickname for a group of
 # studios); 'British', 'American' (adjectives); 'the B-picture unit' (no name)
 entities=[E("Company", EL, "Eagle-Lion", "Eagle-Lion Distributors Limited", "Eagle-Lion Films Inc."),
           E("Person", "J. Arthur Rank", "Rank"), E("Location", "United States"),
           E("Person", "Robert R. Young", "Young"), E("Company", "PRC Pictures"), E("Location", "Hollywood"),
           E("Location", "United Kingdom"), E("Location", "7324 Santa Monica Boulevard"), E("Company", "Ziv Company"),
           E("Person", KR, "Arthur Krim"), E("Person", "David O. Selznick"), E("Person", FOY),
           E("Company", "Warner Bros."), E("Person", "Aubrey Schenck"), E("Person", "Jack Schwarz"),
           E("Person", "Walter Wanger"), E("Person", "George Pal"), E("Person", "Anthony Mann"),
           E("Company", "Bank of America")],
 # 'From 1946 to 1949 Eagle-Lion was under the control of Arthur B. Krim' and 'Arthur Krim became studio chief' ->
 # head at Eagle-Lion Films, current false (the span ends in 1949; doubtful: a reader might keep it current or give
 # ceo); 'Bryan Foy the former head of the B-picture unit at Warner Bros.' -> executive at Warner Bros., current false;
 # 'was placed in charge of production' and 'Bryan Foy resigned as head of production' -> executive at Eagle-Lion
 # Films, current false. Near-misses, no role: 'owned by J. Arthur Rank', 'Robert R. Young's PRC Pictures' (owners);
 # 'to become an independent producer for the company', 'producers working at Eagle-Lion included Aubrey Schenck, ...'
 # (a trade); 'Directors included Anthony Mann' (film directors, no board)
 roles=[R(KR, "head", EL, False), R(FOY, "executive", "Warner Bros.", False), R(FOY, "executive", EL, False)],
 # 'In 1947 it acquired Robert R. Young's PRC Pictures, a small American production company, to produce B Pictures' ->
 # acquired(Eagle-Lion Films, PRC Pictures) and parentOrganization(PRC Pictures, Eagle-Lion Films) (bought to produce
 # for it, not said to be merged away). Near-misses, no relation: 'the film lot ... was purchased by the Ziv Company'
 # (an asset, GUIDELINES, Relations); 'financed with $8 million in loans from the Bank of America' (a loan, no
 # partnership; doubtful); 'releasing films by Rank and reissues of David O. Selznick films' (people, films unnamed);
 # 'The initial arrangement was that Rank and Eagle-Lion would each produce five films a year' (Rank the person)
 relations=[L(EL, "acquired", "PRC Pictures"), L("PRC Pictures", "parentOrganization", EL)],
 outages=[],
 # 'In 1947' and 'in 1947' -> 1947 (one text and value); 'In 1954' -> 1954; 'in September 1946' -> 1946-09; 'From 1946
 # to 1949' -> 1946, 1949
 dates=[D("1947", "1947"), D("1954", "1954"), D("September 1946", "1946-09"), D("1946", "1946"), D("1949", "1949")])

# ---- computers, US: Pyramid Technology ------------------------------------------------------------------------------
PT = "Pyramid Technology Corporation"
SCS = "Siemens Computer Systems US"
FSC = "Fujitsu Siemens Computers"
A["wp-pyramid-technology"] = dict(
 # the company -> Company 'Pyramid Technology Corporation', aliases 'Pyramid Technology' and 'Pyramid'; the San
 # Francisco Bay Area and California -> Location; 'a multiprocessor UNIX system (branded DC/OSx)' -> Service 'DC/OSx',
 # alias 'OSx' ('Pyramid's OSx', the same system under its short brand; doubtful: a reader might make two entities);
 # '4.xBSD' and 'UNIX System V' -> Service (operating systems); AT&T, Hewlett-Packard (in 'ex-Hewlett-Packard
 # employees', the company named; doubtful), Siemens AG (alias 'Siemens'), Siemens Computer Systems US, Wincor Nixdorf,
 # Fujitsu, Fujitsu Siemens Computers and Amdahl -> Company; 'the 90x superminicomputer' -> Service '90x' (a computer
 # series). No entity: 'RISC' (a design), 'UNIX' alone (a family of systems; doubtful), 'the early 1990s'
 entities=[E("Company", PT, "Pyramid Technology", "Pyramid"), E("Location", "San Francisco Bay Area"),
           E("Location", "California"), E("Service", "DC/OSx", "OSx"), E("Service", "4.xBSD"),
           E("Company", "AT&T"), E("Service", "UNIX System V"), E("Company", "Hewlett-Packard"),
           E("Company", "Siemens AG", "Siemens"), E("Company", SCS), E("Company", "Wincor Nixdorf"),
           E("Company", "Fujitsu"), E("Company", FSC), E("Company", "Amdahl"), E("Service", "90x")],
 # No role: 'formed in 1981 by a number of ex-Hewlett-Packard employees' (no founder named)
 roles=[],
 # 'In March 1995 Pyramid was bought by Siemens AG and merged into their Siemens Computer Systems US unit' ->
 # acquired(Siemens AG, Pyramid Technology Corporation) and parentOrganization(Siemens Computer Systems US, Siemens AG)
 # ('their ... unit'); no parent link for Pyramid (merged into the unit; doubtful); 'Siemens and Fujitsu merged their
 # computer operations to form Fujitsu Siemens Computers' -> parentOrganization(Fujitsu Siemens Computers, each) (a
 # joint company of the two; doubtful); 'the second company to ship a multiprocessor UNIX system (branded DC/OSx)' ->
 # provider(DC/OSx, Pyramid Technology Corporation); 'The first Pyramid Technology series ... as the 90x' ->
 # provider(90x, Pyramid Technology Corporation); 'AT&T's UNIX System V' -> provider(UNIX System V, AT&T). Near-misses,
 # no relation: 'In 1998 this unit was split, with the services side of the operation becoming Wincor Nixdorf' (a
 # split, no ownership stated; doubtful); 'Amdahl was added to the mix in 2000' (no owner stated outright; doubtful: a
 # reader might give parentOrganization(Amdahl, Fujitsu Siemens Computers)); '4.xBSD' (no maker named)
 relations=[L("Siemens AG", "acquired", PT), L(SCS, "parentOrganization", "Siemens AG"),
            L(FSC, "parentOrganization", "Siemens AG"), L(FSC, "parentOrganization", "Fujitsu"),
            L("DC/OSx", "provider", PT), L("90x", "provider", PT), L("UNIX System V", "provider", "AT&T")],
 outages=[],
 # 'in 1985' -> 1985; 'in 1981' -> 1981; 'In March 1995' -> 1995-03; 'In 1998' -> 1998; 'In 1999' -> 1999; 'in 2000'
 # -> 2000; 'in August 1983' -> 1983-08. No date: 'the early 1990s' (a decade)
 dates=[D("1985", "1985"), D("1981", "1981"), D("March 1995", "1995-03"), D("1998", "1998"), D("1999", "1999"),
        D("2000", "2000"), D("August 1983", "1983-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
