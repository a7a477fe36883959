#!/usr/bin/env python3
"""Batch 71s gold annotations (the texts of batch71s.py; session 65, round notes /tmp/gather71s/NOTES.md), written
from each text alone; newskg (or any extractor) was not run on any. Split rule fixed before annotation: the batch's
sorted ids dealt along test, train, dev (the cycle of batches 55i-71m; batch10_annotate.write_parts), so with three
texts: wp-mark-pelczarski test, wp-starpath train, wp-tangerine-computer-systems dev.
All are Wikipedia texts with `published` null: only absolute dates (GUIDELINES.md, Dates); a month and year ('August
1982') -> the month; years -> the years, once per surface form; 'the early 1980s' (a part of a decade) and 'In the
next year' (relative to the text's own 1981, and `published` null) -> nothing. No text tells an outage, so every
`outages` list is empty (no near-miss told either: a console market's collapse is a business matter).
Conventions (GUIDELINES.md part 2; batches 36j-40zg, 54zu-71m): founders by the binding decision in GUIDELINES.md part
2 (Roles, 'Founders'): people named together as founding an organisation ('founded under the name Arcadia Corporation
in 1981 by Alan Bayley, Robert Brown, and Craig Nelson'; 'founded in 1979 by Dr. Paul Johnson, Mark Rainer and Nigel
Penton Tilbury') are each `cofounder`, current true (founders stay founders, as rounds 70x-71m took 'left the
company': so Rainer and Tilbury, who 'would relinquish their involvement', stay cofounders, doubtful); one person named
alone as starting a company ('left to start Penguin Software in 1981') -> `founder`, current true; posts: 'hired as an
editor at SoftSide magazine in 1980, but then left' -> other at SoftSide (an editor's post at a publication, as
earlier rounds took an editor of a newspaper), current false ('left'; doubtful: 'an editor' may read as an
occupation, as round 71m took 'Publications Editor'); occupations ('teaching computer science at Northern Illinois
University', 'who was then writing for Creative Computing magazine', 'wrote a monthly column for Softalk magazine')
and 'Barry Muncaster became involved operationally' (no post named) -> no role; magazines (SoftSide, Creative
Computing, Softalk) -> Company (GUIDELINES, Types: magazines are Company); a completed purchase ('Epyx ... would purchase
the company in 1984', told in the past as done: 'after the merger') -> `acquired` and parentOrganization (the target
not said to be merged away; doubtful for 'the merger'); 'shared some board members' -> nothing; a design sold ('selling
the design for the Microtan 2 ... to HH Electronics') -> nothing (an asset sale); programs, a peripheral, consoles,
computers and a processor -> Service, provider the company the text says created, produced, published or released
them ('known for creating the Starpath Supercharger', 'Emerson Radio Corporation had released a video game console
named the Emerson Arcadia 2001', 'The very first product was the successful TAN1648 VDU kit', 'Tangerine produced ...
the Microtan 65', 'They released it as the HH Tiger', 'start Penguin Software in 1981 to publish his ... Complete
Graphics System'); programs a person 'self-published' or 'wrote and published' with no company named (Magic
Paintbrush 1979, MIDI Onstage 1986) -> no provider (as rounds before took self-publishing), but 'In the next year he
co-wrote and published Special Effects and Graphics Magician' -> provider Penguin Software (the company he had started
the year before to publish his programs; doubtful); a company named only inside a product name ('Apple II', 'Atari
2600', 'Adobe Flash') -> the product with the full name, no Company entity (GUIDELINES, Types), no relation; a machine's
other names ('Tangerine Tiger', 'HH Tiger' for the Microtan 2) and a company's former or later names and short names
('Arcadia Corporation'; 'Oric Products International', 'Tangerine'; 'Pelczarski') -> aliases; a processor ('6502',
as round 71m typed the Zilog Z80) -> Service, no provider (no maker named; doubtful); a book ('Graphically Speaking'),
a standard ('MIDI'), a listing of a mathematical game ('Conway's Game of Life'; doubtful) and generic products ('kit
computers', 'a UART', 'BASIC ROMs', 'a TV set') -> no entity; towns and counties -> Location; 'U.S.' (a country named on
its own in 'a U.S. company') -> Location; adjectives ('British') -> no entity.
usage: batch71s_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- software, US: Mark Pelczarski -----------------------------------------------------------------------------
MP = "Mark Pelczarski"
PS = "Penguin Software"
A["wp-mark-pelczarski"] = dict(
 # the man -> Person 'Mark Pelczarski' (alias 'Pelczarski'); Northern Illinois University -> Organization; Penguin
 # Software -> Company; SoftSide, Creative Computing and Softalk (magazines) -> Company; David Lubar, Jimmy Buffett and
 # Dan Fogelberg -> Person; Magic Paintbrush, Complete Graphics System, Special Effects, Graphics Magician, MIDI
 # Onstage (programs), the Apple II (a computer; Apple named only in its name) and Adobe Flash (software; Adobe named
 # only in its name) -> Service. No entity: 'Graphically Speaking' (a book), 'MIDI devices' (a standard), 'digital
 # paint programs', 'vector graphics' (generic)
 entities=[E("Person", MP, "Pelczarski"), E("Organization", "Northern Illinois University"),
           E("Service", "Magic Paintbrush"), E("Service", "Apple II"), E("Company", "SoftSide"), E("Company", PS),
           E("Service", "Complete Graphics System"), E("Service", "Special Effects"), E("Service", "Graphics Magician"),
           E("Person", "David Lubar"), E("Company", "Creative Computing"), E("Service", "Adobe Flash"),
           E("Company", "Softalk"), E("Service", "MIDI Onstage"), E("Person", "Jimmy Buffett"),
           E("Person", "Dan Fogelberg")],
 # 'left to start Penguin Software in 1981' -> founder (one person named alone), current true; 'hired as an editor at
 # SoftSide magazine in 1980, but then left' -> other at SoftSide, current false (doubtful: 'an editor' may be an
 # occupation). Near-misses, no role: 'teaching computer science at Northern Illinois University' (an occupation),
 # 'David Lubar, who was then writing for Creative Computing magazine' (a writer), 'wrote a monthly column for Softalk
 # magazine' (a columnist), 'built the digital portion of recording studios for Jimmy Buffett and Dan Fogelberg' (work
 # for people)
 roles=[R(MP, "founder", PS), R(MP, "other", "SoftSide", False)],
 # 'start Penguin Software in 1981 to publish his ... Complete Graphics System' -> provider (Complete Graphics System,
 # Penguin Software); 'In the next year he co-wrote and published Special Effects and Graphics Magician' -> provider
 # each (Penguin Software) (his publishing company of the year before; doubtful). Near-misses, no relation: 'he
 # self-published Magic Paintbrush' (1979, before the company; a person), 'Pelczarski wrote and published ... MIDI
 # Onstage' (1986; no company named), 'Graphics Magician was licensed by most of the software publishers' (unnamed),
 # 'the forerunner of software like Adobe Flash' (a likeness), 'programs for the Apple II' (maker not named on its own)
 relations=[L("Complete Graphics System", "provider", PS), L("Special Effects", "provider", PS),
            L("Graphics Magician", "provider", PS)],
 outages=[],
 # 'In 1979' -> 1979; 'in 1980' -> 1980; 'in 1981' -> 1981; 'In 1986' -> 1986; 'in 1996' -> 1996. No date: 'In the
 # next year' (relative; `published` null), 'the early 1980s' (a part of a decade)
 dates=[D("1979", "1979"), D("1980", "1980"), D("1981", "1981"), D("1986", "1986"), D("1996", "1996")])

# ---- video games, US: Starpath -------------------------------------------------------------------------------------
SP = "Starpath"
A["wp-starpath"] = dict(
 # the company -> Company 'Starpath' (alias 'Arcadia Corporation', its first name); Emerson Radio Corporation and Epyx
 # -> Company; the U.S. -> Location; Alan Bayley, Robert Brown and Craig Nelson -> Person; the Starpath Supercharger (a
 # peripheral), the Emerson Arcadia 2001 (a console) and the Atari 2600 (a console; Atari named only in its name) ->
 # Service. No entity: 'the video game console market', 'the home computer market' (generic)
 entities=[E("Company", SP, "Arcadia Corporation"), E("Location", "U.S."), E("Service", "Starpath Supercharger"),
           E("Person", "Alan Bayley"), E("Person", "Robert Brown"), E("Person", "Craig Nelson"),
           E("Company", "Emerson Radio Corporation"), E("Service", "Emerson Arcadia 2001"), E("Service", "Atari 2600"),
           E("Company", "Epyx")],
 # 'The company was founded under the name Arcadia Corporation in 1981 by Alan Bayley, Robert Brown, and Craig
 # Nelson' -> cofounder each (named together), current true. Near-misses, no role: 'Epyx, which shared some board
 # members with Starpath' (unnamed members); 'Several development staff' (unnamed)
 roles=[R("Alan Bayley", "cofounder", SP), R("Robert Brown", "cofounder", SP), R("Craig Nelson", "cofounder", SP)],
 # 'known for creating the Starpath Supercharger' -> provider (Starpath Supercharger, Starpath); 'Emerson Radio
 # Corporation had released a video game console named the Emerson Arcadia 2001' -> provider (Emerson Arcadia 2001,
 # Emerson Radio Corporation); 'Epyx ... would purchase the company in 1984' (a purchase told as done: 'after the
 # merger') -> acquired (Epyx, Starpath) and parentOrganization (Starpath, Epyx) (GUIDELINES, Relations: completed
 # acquisition; doubtful: 'the merger'). Near-misses, no relation: 'changed its name ... for trademark reasons because
 # Emerson Radio Corporation had released' (a naming clash, no tie); 'shared some board members' (no relation
 # predicate); 'a peripheral cartridge for the Atari 2600' (a device for a console; its maker named only in its name)
 relations=[L("Starpath Supercharger", "provider", SP), L("Emerson Arcadia 2001", "provider", "Emerson Radio Corporation"),
            L("Epyx", "acquired", SP), L(SP, "parentOrganization", "Epyx")],
 outages=[],
 # 'in August 1982' -> the month; 'in 1981' -> 1981; 'in 1984' -> 1984
 dates=[D("August 1982", "1982-08"), D("1981", "1981"), D("1984", "1984")])

# ---- home computers, UK: Tangerine Computer Systems ----------------------------------------------------------------
TC = "Tangerine Computer Systems"
A["wp-tangerine-computer-systems"] = dict(
 # the company -> Company 'Tangerine Computer Systems', aliases 'Tangerine' (short name) and 'Oric Products
 # International' (its later name); HH Electronics -> Company; Paul Johnson, Mark Rainer, Nigel Penton Tilbury and
 # Barry Muncaster -> Person; St. Ives, Cambridgeshire and Ely -> Location; the TAN1648 VDU (a kit), the Microtan 65 (a
 # kit computer), the Microtan 2 (aliases 'Tangerine Tiger', 'HH Tiger': the same machine's other names) and the 6502
 # (a processor; doubtful) -> Service. No entity: 'Conway's Game of Life' (a listing of a mathematical game; doubtful),
 # 'a UART', 'BASIC ROMs', 'UHF modulator', 'a TV set' (generic), 'British' (an adjective)
 entities=[E("Company", TC, "Tangerine", "Oric Products International"), E("Person", "Paul Johnson"),
           E("Person", "Mark Rainer"), E("Person", "Nigel Penton Tilbury"), E("Location", "St. Ives"),
           E("Location", "Cambridgeshire"), E("Service", "TAN1648 VDU"), E("Person", "Barry Muncaster"),
           E("Location", "Ely"), E("Service", "6502"), E("Service", "Microtan 65"),
           E("Service", "Microtan 2", "Tangerine Tiger", "HH Tiger"), E("Company", "HH Electronics")],
 # 'founded in 1979 by Dr. Paul Johnson, Mark Rainer and Nigel Penton Tilbury' -> cofounder each (named together),
 # current true ('the latter two partners would relinquish their involvement': founders stay founders; doubtful).
 # Near-misses, no role: 'Barry Muncaster became involved operationally' (no post named); 'partners' (the founders'
 # own partnership, no further post)
 roles=[R("Paul Johnson", "cofounder", TC), R("Mark Rainer", "cofounder", TC),
        R("Nigel Penton Tilbury", "cofounder", TC)],
 # 'The very first product was the successful TAN1648 VDU kit' -> provider (TAN1648 VDU, Tangerine Computer Systems);
 # 'Tangerine produced ... the Microtan 65' -> provider; 'selling the design for the Microtan 2 ... to HH Electronics
 # ... They released it as the HH Tiger' -> provider (Microtan 2, HH Electronics) (the company that released it;
 # doubtful: Tangerine designed it). Near-misses, no relation: the design sold to HH Electronics (an asset sale);
 # '6502-based' (a part; no maker named); 'The company was later renamed' (a renaming: alias)
 relations=[L("TAN1648 VDU", "provider", TC), L("Microtan 65", "provider", TC),
            L("Microtan 2", "provider", "HH Electronics")],
 outages=[],
 # 'in 1979' -> 1979
 dates=[D("1979", "1979")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
