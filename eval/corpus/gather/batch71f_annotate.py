#!/usr/bin/env python3
"""Batch 71f gold annotations (the texts of batch71f.py; session 65, round notes /tmp/gather71f/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-70aj; batch10_annotate.write_parts), so with three
texts: wp-sirius-software test, wp-synapse-software train, wp-webcrawler dev.
All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); full dates ('January 27,
1994', 'June 1, 1995') -> the day; a month with its year ('June 1982') -> the month; years -> the years, once per
surface form ('1980', '1984', '1982', '1983' once each; '1981' in 'in 1981' and '1981's Protector' once); 'late 1984'
and 'early 1984' -> the year, each its own item beside '1984' (GUIDELINES, Dates: 'late 2006' -> the year; another text
with the same value is its own item); 'today' (relative, `published` null) and 'over nine months later' (a span) ->
nothing. No text tells an outage, so every `outages` list is empty (no near-miss told either: a company's collapse
after unpaid royalties is a business failure).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-70aj): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): people named together as founding a company ('founded in 1980 by Jerry Jewell and Terry
Bradley'; 'founded in 1981 by Ihor Wolosenko and Ken Grant') are each `cofounder`; a person who began a project that is
a Service, not an organisation ('Brian Pinkerton first started working on WebCrawler') -> no role; occupations and
acquaintance ('programmer Nasir Gebelli', 'author Steven Levy', 'programmed by Rob Re', 'Tim Boxell, a friend of Ihor
Wolosenko') -> no role; a completed purchase of a company ('Synapse was purchased by Broderbund') -> acquired and
parentOrganization; the purchase of a Service ('America Online (AOL) acquired WebCrawler') -> provider (the buyer runs
it from then; GOLD_FORMAT: `acquired` is Company to Company; doubtful); a games unit whose name carries its owner's
('20th Century Fox Video Games', with '20th Century Fox (Fox Video Games)') -> parentOrganization to the owner (as 'X's
Y division'; doubtful); a publishing arrangement ('games ... which were published in 1982 and 1983 by 20th Century Fox
Video Games') -> partner, direction as written (the text's subject first); sponsors of a Service ('WebCrawler acquired
two sponsors, DealerNet and Starwave') -> no relation (partner joins two organisations, and no company running
WebCrawler is named before AOL; doubtful); games, programs, computers and a search engine -> Service (GUIDELINES,
Types), provider the company the text says released, published or made them ('The company's first release was ...
File Manager 800', 'followed by the game Dodge Racer', '1981's Protector and 1982's Shamus established Synapse as a
creator', 'Additional well-received releases followed, including ...', 'Sega's Head On', 'the early hits from Sirius',
'Gebelli's breakthrough game was Gorgon'; Gorgon doubtful, a hit from Sirius written by Gebelli); platforms whose maker
the text does not name on its own ('Apple II', 'Atari 8-bit family', 'Atari 8-bit computers', 'Commodore 64',
'VIC-20', 'Atari 2600') and an arcade game whose maker is unnamed ('the arcade's Defender') -> Service, no relation;
a magazine ('InfoWorld') -> Company (GUIDELINES, Types: news organisations); a university -> Organization; later and
shorter names ('SynSoft', 'Synapse', 'Sirius', 'AOL', 'Fox Video Games') and surnames ('Jewell', 'Gebelli',
'Wolosenko', 'Grant') -> aliases; 'Fox' ('Fox's failure to pay Sirius') -> alias of 20th Century Fox (the payer the
second paragraph names; doubtful: it may mean the games unit); a label ('the Synapse label') -> the company itself; a
book ('his book Hackers'), a mascot ('Spidey'), countries and states ('the UK', 'California') -> Location for the
places, no entity for the book and the mascot; generic products ('application software', 'developer tools', 'a 6502
assembler', 'a spreadsheet', 'graphical adventure games') and adjectives ('American') -> no entity.
usage: batch71f_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- video games, US: Sirius Software -----------------------------------------------------------------------------
SI = "Sirius Software"
FVG = "20th Century Fox Video Games"
FOX = "20th Century Fox"
A["wp-sirius-software"] = dict(
 # the company -> Company 'Sirius Software', alias 'Sirius'; 20th Century Fox Video Games (alias 'Fox Video Games'),
 # 20th Century Fox (alias 'Fox'), InfoWorld (a magazine) and Sierra On-Line -> Company; California -> Location; Jerry
 # Jewell (alias 'Jewell'), Terry Bradley, Nasir Gebelli (alias 'Gebelli') and Steven Levy -> Person; the Apple II,
 # Atari 8-bit family, Commodore 64, VIC-20 and Atari 2600 (platforms), Gorgon and Defender (games) -> Service. No
 # entity: 'Hackers' (a book); 'graphical adventure games', 'hardware devices' (generic)
 entities=[E("Company", SI, "Sirius"), E("Location", "California"), E("Service", "Apple II"),
           E("Service", "Atari 8-bit family"), E("Service", "Commodore 64"), E("Service", "VIC-20"),
           E("Person", "Jerry Jewell", "Jewell"), E("Person", "Terry Bradley"), E("Service", "Atari 2600"),
           E("Company", FVG, "Fox Video Games"), E("Company", FOX, "Fox"), E("Person", "Nasir Gebelli", "Gebelli"),
           E("Person", "Steven Levy"), E("Service", "Gorgon"), E("Service", "Defender"),
           E("Company", "InfoWorld"), E("Company", "Sierra On-Line")],
 # 'The company was founded in 1980 by Jerry Jewell and Terry Bradley' -> cofounder each (named together), current
 # true. Near-misses, no role: 'programmer Nasir Gebelli' (an occupation; his tie to Sirius is his games, no post);
 # 'author Steven Levy' (no organisation)
 roles=[R("Jerry Jewell", "cofounder", SI), R("Terry Bradley", "cofounder", SI)],
 # 'Sirius also developed games for the Atari 2600 which were published in 1982 and 1983 by 20th Century Fox Video
 # Games' -> partner (Sirius Software, 20th Century Fox Video Games) (a publishing arrangement, the text's subject
 # first); '20th Century Fox (Fox Video Games)' and the name '20th Century Fox Video Games' -> parentOrganization (20th
 # Century Fox Video Games, 20th Century Fox) (doubtful: the text equates the two in a parenthesis); 'the early hits
 # from Sirius ... Gebelli's breakthrough game was Gorgon' -> provider (Gorgon, Sirius Software) (doubtful: a hit from
 # Sirius written by Gebelli). Near-misses, no relation: 'Fox's failure to pay Sirius', 'failed to pay over USD$18
 # Million in owed royalties' (a dispute, no new tie); 'in an attempt to compete with Sierra On-Line' (rivals);
 # 'InfoWorld estimated' (a magazine's estimate); the platforms (makers not named as such); Defender (the arcade's,
 # maker unnamed)
 relations=[L(SI, "partner", FVG), L(FVG, "parentOrganization", FOX), L("Gorgon", "provider", SI)],
 outages=[],
 # 'in 1980' -> 1980; 'in 1984' (twice) -> 1984; 'in 1982 and 1983' -> 1982, 1983 ('1983 sales' the same); 'By June
 # 1982' -> 1982-06; 'By early 1984' -> 1984 (its own text). No date: 'in a single year', 'at the time' (no calendar
 # value)
 dates=[D("1980", "1980"), D("1984", "1984"), D("1982", "1982"), D("1983", "1983"), D("June 1982", "1982-06"),
        D("early 1984", "1984")])

# ---- video games and software, US: Synapse Software --------------------------------------------------------------
SY = "Synapse Software Corporation"
A["wp-synapse-software"] = dict(
 # the company -> Company 'Synapse Software Corporation', aliases 'SynSoft' (its name in the UK) and 'Synapse';
 # Broderbund and Sega -> Company; the UK -> Location; Ihor Wolosenko (alias 'Wolosenko'), Ken Grant (alias 'Grant'),
 # Rob Re and Tim Boxell -> Person; the Atari 8-bit computers and the Commodore 64 (platforms), File Manager 800 (a
 # database program), Dodge Racer, Head On, Protector, Shamus, Rainbow Walker, Blue Max, The Pharaoh's Curse,
 # Necromancer, Alley Cat and Dimension X (games) -> Service. No entity: 'the Synapse label' (the company itself);
 # 'application software', 'developer tools', 'a 6502 assembler', 'biofeedback hardware and software', 'a spreadsheet'
 # (generic); 'American' (an adjective)
 entities=[E("Company", SY, "SynSoft", "Synapse"), E("Location", "UK"),
           E("Person", "Ihor Wolosenko", "Wolosenko"), E("Person", "Ken Grant", "Grant"),
           E("Service", "Atari 8-bit computers"), E("Service", "Commodore 64"), E("Company", "Broderbund"),
           E("Service", "File Manager 800"), E("Service", "Dodge Racer"), E("Company", "Sega"),
           E("Service", "Head On"), E("Person", "Rob Re"), E("Service", "Protector"), E("Service", "Shamus"),
           E("Service", "Rainbow Walker"), E("Service", "Blue Max"), E("Service", "The Pharaoh's Curse"),
           E("Service", "Necromancer"), E("Service", "Alley Cat"), E("Service", "Dimension X"),
           E("Person", "Tim Boxell")],
 # 'founded in 1981 by Ihor Wolosenko and Ken Grant' -> cofounder each (named together), current true. Near-misses,
 # no role: 'programmed by Rob Re' (a programmer, no post); 'Tim Boxell, a friend of Ihor Wolosenko' (an artist, no
 # post)
 roles=[R("Ihor Wolosenko", "cofounder", SY), R("Ken Grant", "cofounder", SY)],
 # 'Synapse was purchased by Broderbund in late 1984' -> acquired (Broderbund, Synapse Software Corporation) and
 # parentOrganization (Synapse Software Corporation, Broderbund); 'The company's first release was the database File
 # Manager 800', 'followed by the game Dodge Racer', '1981's Protector and 1982's Shamus established Synapse as a
 # creator', 'Additional well-received releases followed, including Rainbow Walker, Blue Max, The Pharaoh's Curse, ...
 # Necromancer and Alley Cat', 'First-person game Dimension X was promoted ... then released' -> provider each
 # (Synapse Software Corporation); 'Sega's Head On' -> provider (Head On, Sega). Near-misses, no relation: 'the Synapse
 # label retired in 1985' (a name dropped); 'a clone of Sega's Head On' (a likeness, no tie between the companies); the
 # platforms (makers not named as such)
 relations=[L("Broderbund", "acquired", SY), L(SY, "parentOrganization", "Broderbund"),
            L("File Manager 800", "provider", SY), L("Dodge Racer", "provider", SY), L("Head On", "provider", "Sega"),
            L("Protector", "provider", SY), L("Shamus", "provider", SY), L("Rainbow Walker", "provider", SY),
            L("Blue Max", "provider", SY), L("The Pharaoh's Curse", "provider", SY), L("Necromancer", "provider", SY),
            L("Alley Cat", "provider", SY), L("Dimension X", "provider", SY)],
 outages=[],
 # 'in 1981' and '1981's Protector' -> 1981 (once); 'in late 1984' -> 1984 ('late 2006' -> the year); 'in 1985' ->
 # 1985; '1982's Shamus' -> 1982; 'published in 1983' -> 1983. No date: 'over nine months later' (a span)
 dates=[D("1981", "1981"), D("late 1984", "1984"), D("1985", "1985"), D("1982", "1982"), D("1983", "1983")])

# ---- internet search, US: WebCrawler ------------------------------------------------------------------------------
WC = "WebCrawler"
AOL = "America Online"
A["wp-webcrawler"] = dict(
 # the search engine -> Service 'WebCrawler'; DealerNet, Starwave and America Online (alias 'AOL') -> Company; the
 # University of Washington -> Organization; Brian Pinkerton -> Person. No entity: 'Spidey' (a mascot); 'a metasearch
 # engine', 'a desktop application' (generic)
 entities=[E("Service", WC), E("Person", "Brian Pinkerton"), E("Organization", "University of Washington"),
           E("Company", "DealerNet"), E("Company", "Starwave"), E("Company", AOL, "AOL")],
 # No role: 'Brian Pinkerton first started working on WebCrawler ... at the University of Washington' (a person
 # beginning a project, a Service, not founding an organisation; no post at the university stated)
 roles=[],
 # 'On June 1, 1995, America Online (AOL) acquired WebCrawler' -> provider (WebCrawler, America Online) (a Service
 # bought: its buyer runs it; `acquired` is Company to Company; doubtful). Near-misses, no relation: 'WebCrawler
 # acquired two sponsors, DealerNet and Starwave, which provided money' (sponsors of a Service; partner joins two
 # organisations and no company running WebCrawler is named before AOL; doubtful); 'at the University of Washington'
 # (where the work began, no ownership stated)
 relations=[L(WC, "provider", AOL)],
 outages=[],
 # each full date -> the day. No date: 'today' (relative, published null)
 dates=[D("January 27, 1994", "1994-01-27"), D("March 15, 1994", "1994-03-15"), D("April 21, 1994", "1994-04-21"),
        D("November 14, 1994", "1994-11-14"), D("December 1, 1994", "1994-12-01"),
        D("October 3, 1995", "1995-10-03"), D("June 1, 1995", "1995-06-01"), D("September 1, 1995", "1995-09-01")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
