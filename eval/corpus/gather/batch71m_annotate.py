#!/usr/bin/env python3
"""Batch 71m gold annotations (the texts of batch71m.py; session 65, round notes /tmp/gather71m/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-71f; batch10_annotate.write_parts), so with three
texts: wp-acornsoft test, wp-bbn-technologies train, wp-enterprise-computer dev.
All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); full dates ('October 15,
1948', 'February 1, 2013') -> the day; years -> the years, once per surface form ('1983' twice in the Enterprise text,
once); 'late 1980', 'early 1981' and 'Spring 1957' -> the year (GUIDELINES, Dates: seasons and 'late 2006' -> the
year); 'the 1990s' (a decade) -> nothing. No text tells an outage, so every `outages` list is empty (no near-miss
told either: a receivership is a business failure).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-71f): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): people named together as forming an organisation ('formed in late 1980 by Acorn Computers
directors Hermann Hauser and Chris Curry, and David Johnson-Davies'; 'an initial partnership formed on October 15,
1948 between Leo Beranek and Richard Bolt') are each `cofounder`, current true; a person who joined later ('Robert
Newman would join the firm soon after in 1950') -> no role; posts: 'managing director' -> director (GUIDELINES,
Roles), 'Acorn Computers directors' -> director at Acorn Computers, 'president and chief executive officer until 1967'
-> president and ceo, 'chairman until 1976' -> chairman, 'joined BBN as vice president' -> vice-president, 'Ken Olsen,
president of the newly formed Digital Equipment Corporation' -> president, 'President Barack Obama' -> president at
the United States (the country named on its own in the text: 'United States', 'U.S.'); every one of these current
false (an end stated, or a post held in a period the text sets in the past, as rounds 70ae-70ah took 'was president
of X at its height' and 'the then ...'; doubtful where no end is stated in words); occupations ('Tim Dobson,
Programmer', 'Chris Jordan, Publications Editor', 'authors such as Peter Killworth', 'professors at the Massachusetts
Institute of Technology', 'his MIT colleague') -> no role (as round 71f took 'programmer' and 'author'; doubtful for
the two capitalised job titles at Acornsoft); 'the software arm of Acorn Computers' -> parentOrganization;
'became a wholly owned subsidiary of Raytheon' -> parentOrganization only (no purchase word; doubtful); 'developed by
... Intelligent Software' -> provider; 'developed by British company Intelligent Software and marketed by Enterprise
Computers' -> partner (Intelligent Software, Enterprise Computers), direction as written (a development and marketing
arrangement, as round 71f took a publishing arrangement; doubtful), Enterprise Computers no provider (it marketed the
machine, the text names no maker beyond the developer); games and programs the text says a company produced or
published -> provider (VIEW, ViewSheet, Hopper, Snapper, Arcadians, Aviator, Elite, Revs, Philosopher's Quest,
Countdown to Doom: Acornsoft), an arcade game with its maker's possessive ('Sega's Frogger', 'Namco's Pac-Man',
'Namco's Galaxian') -> provider to that maker; computers whose maker the text does not name on its own ('BBC Micro',
'Acorn Electron', 'BBC Master', 'Acorn Business Computer', 'Acorn Atom') -> Service, no relation; a company named only
inside a product name ('Royal McBee LGP-30', 'Zilog Z80') -> the product with the full name, no Company entity
(GUIDELINES, Types), no relation; the two variants of a machine ('the Enterprise 64', 'the Enterprise 128') -> Service,
provider the machine's developer (doubtful); former and shorter names ('Bolt Beranek and Newman Inc.', 'Bolt and
Beranek', 'Bolt Beranek Newman', 'BBN'; 'Samurai', 'Oscar', 'Elan'; 'Brand X'; 'MIT'; 'Z80'; 'U.S.') and surnames
('Beranek', 'Bolt', 'Licklider') -> aliases; awards ('the Frank P. Brown Medal', 'the IEEE Corporate Innovation
Recognition', 'the National Medal of Technology and Innovation') -> no entity (GUIDELINES, Types), so 'IEEE', named only
inside an award's name, no entity; a book ('Atomic Theory and Practice') -> no entity; a named site ('Fresh Pond'),
cities, states and countries -> Location; an institute, a university and the United Nations -> Organization; an
unnamed partner ('a German partner'), adjectives ('American', 'British', 'German'), a language standard ('ANSI BASIC';
doubtful) and generic products ('custom ASICs', 'a bank switching system', 'word processor', 'the spreadsheet') -> no
entity.
usage: batch71m_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- software and video games, UK: Acornsoft ----------------------------------------------------------------------
AS = "Acornsoft"
AC = "Acorn Computers"
A["wp-acornsoft"] = dict(
 # the company -> Company 'Acornsoft'; Acorn Computers, Sega and Namco -> Company; the UK -> Location; Hermann Hauser,
 # Chris Curry, David Johnson-Davies, Tim Dobson, Chris Jordan and Peter Killworth -> Person; the BBC Micro, Acorn
 # Electron, BBC Master, Acorn Business Computer and Acorn Atom (computers), VIEW and ViewSheet (programs), Hopper,
 # Frogger, Snapper, Pac-Man, Arcadians, Galaxian, Aviator, Elite, Revs, Philosopher's Quest (alias 'Brand X') and
 # Countdown to Doom (games) -> Service. No entity: 'Atomic Theory and Practice' (a book); 'word processor', 'the
 # spreadsheet', 'educational titles', 'extra computer languages', 'business and utility packages' (generic)
 entities=[E("Company", AS), E("Company", AC), E("Service", "BBC Micro"), E("Service", "Acorn Electron"),
           E("Service", "VIEW"), E("Service", "ViewSheet"), E("Service", "BBC Master"),
           E("Service", "Acorn Business Computer"), E("Person", "Hermann Hauser"), E("Person", "Chris Curry"),
           E("Person", "David Johnson-Davies"), E("Location", "UK"), E("Service", "Acorn Atom"),
           E("Person", "Tim Dobson"), E("Person", "Chris Jordan"), E("Service", "Hopper"), E("Company", "Sega"),
           E("Service", "Frogger"), E("Service", "Snapper"), E("Company", "Namco"), E("Service", "Pac-Man"),
           E("Service", "Arcadians"), E("Service", "Galaxian"), E("Service", "Aviator"), E("Service", "Elite"),
           E("Service", "Revs"), E("Person", "Peter Killworth"), E("Service", "Philosopher's Quest", "Brand X"),
           E("Service", "Countdown to Doom")],
 # 'formed in late 1980 by Acorn Computers directors Hermann Hauser and Chris Curry, and David Johnson-Davies' ->
 # cofounder each (named together), current true; 'Acorn Computers directors' -> director at Acorn Computers, current
 # false (a post the text sets at 1980; doubtful); 'David Johnson-Davies was managing director' -> director
 # (GUIDELINES: managing director -> director) at Acornsoft, current false (past: 'was'; doubtful). Near-misses, no
 # role: 'Tim Dobson, Programmer and Chris Jordan, Publications Editor' (occupations; doubtful), 'authors such as
 # Peter Killworth' (an author)
 roles=[R("Hermann Hauser", "cofounder", AS), R("Chris Curry", "cofounder", AS),
        R("David Johnson-Davies", "cofounder", AS), R("Hermann Hauser", "director", AC, False),
        R("Chris Curry", "director", AC, False), R("David Johnson-Davies", "director", AS, False)],
 # 'Acornsoft was the software arm of Acorn Computers' -> parentOrganization (Acornsoft, Acorn Computers); 'it also
 # produced ... these included word processor VIEW and the spreadsheet ViewSheet' -> provider each (Acornsoft); 'some of
 # their games were clones ... Hopper ..., Snapper ..., Arcadians', 'they also published ... Aviator, Elite, and Revs',
 # 'Acornsoft also published text adventures ... including Philosopher's Quest ... and Countdown to Doom' -> provider
 # each (Acornsoft); 'Sega's Frogger', 'Namco's Pac-Man', 'Namco's Galaxian' -> provider (the maker). Near-misses, no
 # relation: 'a clone of Sega's Frogger' (a likeness, no tie between the companies); 'a major publisher of software for
 # the BBC Micro and Acorn Electron' and the other computers (makers not named on their own); 'the official Acorn
 # Atom manual' (a book)
 relations=[L(AS, "parentOrganization", AC), L("VIEW", "provider", AS), L("ViewSheet", "provider", AS),
            L("Hopper", "provider", AS), L("Frogger", "provider", "Sega"), L("Snapper", "provider", AS),
            L("Pac-Man", "provider", "Namco"), L("Arcadians", "provider", AS), L("Galaxian", "provider", "Namco"),
            L("Aviator", "provider", AS), L("Elite", "provider", AS), L("Revs", "provider", AS),
            L("Philosopher's Quest", "provider", AS), L("Countdown to Doom", "provider", AS)],
 outages=[],
 # 'in late 1980' -> 1980; 'in early 1981' -> 1981 ('late 2006' -> the year)
 dates=[D("late 1980", "1980"), D("early 1981", "1981")])

# ---- research and development, US: BBN Technologies -------------------------------------------------------------
BBN = "BBN Technologies"
US = "United States"
A["wp-bbn-technologies"] = dict(
 # the company -> Company 'BBN Technologies', aliases 'Bolt Beranek and Newman Inc.' (its original name), 'BBN', 'Bolt
 # and Beranek' and 'Bolt Beranek Newman' (its earlier names); Raytheon and Digital Equipment Corporation -> Company;
 # Fresh Pond (a named site), Cambridge, Massachusetts, the United States (alias 'U.S.') and New York City -> Location;
 # the Franklin Institute, the Massachusetts Institute of Technology (alias 'MIT') and the United Nations ->
 # Organization; Barack Obama, Leo Beranek (alias 'Beranek'), Richard Bolt (alias 'Bolt'), Robert Newman, J. C. R.
 # Licklider (alias 'Licklider') and Ken Olsen -> Person; the Royal McBee LGP-30 (a computer, its maker named only in
 # its name) -> Service. No entity: the Frank P. Brown Medal, the IEEE Corporate Innovation Recognition, the National
 # Medal of Technology and Innovation (awards; 'IEEE' only inside an award's name); 'the U.S. government' (the
 # country's alias inside a generic phrase)
 entities=[E("Company", BBN, "Bolt Beranek and Newman Inc.", "BBN", "Bolt and Beranek", "Bolt Beranek Newman"),
           E("Location", "Fresh Pond"), E("Location", "Cambridge"), E("Location", "Massachusetts"),
           E("Location", US, "U.S."), E("Organization", "Franklin Institute"), E("Person", "Barack Obama"),
           E("Company", "Raytheon"), E("Person", "Leo Beranek", "Beranek"), E("Person", "Richard Bolt", "Bolt"),
           E("Organization", "Massachusetts Institute of Technology", "MIT"), E("Organization", "United Nations"),
           E("Location", "New York City"), E("Person", "Robert Newman"),
           E("Person", "J. C. R. Licklider", "Licklider"), E("Service", "Royal McBee LGP-30"),
           E("Person", "Ken Olsen"), E("Company", "Digital Equipment Corporation")],
 # 'an initial partnership formed on October 15, 1948 between Leo Beranek and Richard Bolt' -> cofounder each (named
 # together as forming it), current true; 'Beranek remained the company's president and chief executive officer until
 # 1967' -> president and ceo, current false; 'Bolt was chairman until 1976' -> chairman, current false; 'J. C. R.
 # Licklider joined BBN as vice president in Spring 1957' -> vice-president, current false (a post the text sets in
 # 1957; doubtful); 'Ken Olsen, president of the newly formed Digital Equipment Corporation' -> president, current
 # false (a post the text sets at that visit; doubtful); 'by President Barack Obama' -> president at the United States
 # (named on its own in the text), current false (a post the text sets in 2013; doubtful). Near-misses, no role:
 # 'Robert Newman would join the firm' (no post, joined later); 'professors at the Massachusetts Institute of
 # Technology', 'his MIT colleague' (occupations); 'Bolt had won a commission to be an acoustic consultant' (a
 # commission, no post)
 roles=[R("Leo Beranek", "cofounder", BBN), R("Richard Bolt", "cofounder", BBN),
        R("Leo Beranek", "president", BBN, False), R("Leo Beranek", "ceo", BBN, False),
        R("Richard Bolt", "chairman", BBN, False), R("J. C. R. Licklider", "vice-president", BBN, False),
        R("Ken Olsen", "president", "Digital Equipment Corporation", False),
        R("Barack Obama", "president", US, False)],
 # 'It became a wholly owned subsidiary of Raytheon in 2009' -> parentOrganization (BBN Technologies, Raytheon) (no
 # purchase word, so no `acquired`; doubtful). Near-misses, no relation: 'Bolt had won a commission ... for the new
 # United Nations permanent headquarters' (a person's commission); 'the Franklin Institute awarded the firm' (an
 # award); 'purchase a ... Royal McBee LGP-30 digital computer' (an asset bought; maker named only in the product's
 # name); 'BBN had a visit from Ken Olsen' (a visit)
 relations=[L(BBN, "parentOrganization", "Raytheon")],
 outages=[],
 # 'In 1966' -> 1966; 'in 1999' -> 1999; 'on February 1, 2013' -> the day; 'in 2009' -> 2009; 'on October 15, 1948'
 # -> the day; 'in 1950' -> 1950; 'until 1967' -> 1967; 'until 1976' -> 1976; 'in Spring 1957' -> 1957 (a season ->
 # the year)
 dates=[D("1966", "1966"), D("1999", "1999"), D("February 1, 2013", "2013-02-01"), D("2009", "2009"),
        D("October 15, 1948", "1948-10-15"), D("1950", "1950"), D("1967", "1967"), D("1976", "1976"),
        D("Spring 1957", "1957")])

# ---- home computers, UK: the Enterprise -------------------------------------------------------------------------
EP = "Enterprise"
IS = "Intelligent Software"
A["wp-enterprise-computer"] = dict(
 # the computer -> Service 'Enterprise', aliases 'Samurai', 'Oscar' and 'Elan' (its names during development); the
 # Zilog Z80 (a processor, its maker named only in its name; alias 'Z80'), the Enterprise 64 and the Enterprise 128
 # (its variants) -> Service; Intelligent Software and Enterprise Computers -> Company. No entity: 'a German partner'
 # (unnamed), 'ANSI BASIC' (a language standard; doubtful), 'custom ASICs', 'a bank switching system' (generic),
 # 'British' (an adjective)
 entities=[E("Service", EP, "Samurai", "Oscar", "Elan"), E("Service", "Zilog Z80", "Z80"), E("Company", IS),
           E("Company", "Enterprise Computers"), E("Service", "Enterprise 64"), E("Service", "Enterprise 128")],
 # No role: the text names no person
 roles=[],
 # 'It was developed by British company Intelligent Software' -> provider (Enterprise, Intelligent Software); 'Its two
 # variants are the Enterprise 64 ... and the Enterprise 128' -> provider each (Intelligent Software) (the variants of
 # the machine it developed; doubtful); 'developed by ... Intelligent Software and marketed by Enterprise Computers' ->
 # partner (Intelligent Software, Enterprise Computers) (a development and marketing arrangement, direction as
 # written; doubtful). Near-misses, no relation: 'marketed by Enterprise Computers' as provider (a seller, not the
 # maker); 'Zilog Z80-based' (a part; its maker named only in its name); 'The manufacturer called in the receivers'
 # (a business failure; the manufacturer not named); 'sold through a German partner' (unnamed)
 relations=[L(EP, "provider", IS), L("Enterprise 64", "provider", IS), L("Enterprise 128", "provider", IS),
            L(IS, "partner", "Enterprise Computers")],
 outages=[],
 # 'in 1983' (twice) -> 1983; 'until 1985' -> 1985; 'in 1986' -> 1986. No date: 'the 1990s' (a decade)
 dates=[D("1983", "1983"), D("1985", "1985"), D("1986", "1986")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
