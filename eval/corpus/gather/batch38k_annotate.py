#!/usr/bin/env python3
"""Batch 38k gold annotations (the texts of batch38k.py), written from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the batch's own
cycle; batch10_annotate.write_parts). All three are Wikipedia texts with `published` null: only absolute dates
(GUIDELINES.md, Dates); 'three years before' (counted from 1991 in the text) and 'the late 1990s' are left out. No
text tells an outage (or a near-miss), so every `outages` list is empty.
Conventions (GUIDELINES.md part 2; batches 27d-37u): a company that 'acquired' another, or bought a stake and then
'acquired the remaining shares' -> acquired + parentOrganization; a company's named 'branch' -> parentOrganization,
and the branch 'sold ... to' a named company -> acquired + parentOrganization as well (past ownership still
recorded); a company renamed after its purchase -> the new names are aliases of it (as former names are); services
and products a company 'offered', 'released' or 'used to run' -> Service with provider; an agreement for one
company to run another's portal, a game launched 'with' a named company and an IPO underwriter -> partner
(doubtful for the underwriter); a sole named founder -> founder; 'the CEO and President, respectively, of' ->
ceo and president, current (the text never says they left); operating systems and an editor -> Service with no
provider named; product versions ('Qt 3.0'), a licence (the GPL), a contest and a ticker symbol -> nothing; stock
exchanges named only as 'the Italian stock exchange' / 'the French stock exchange' -> nothing (descriptions).
usage: batch38k_annotate.py POOL_DIR OUT_ROOT   (writes OUT_ROOT/<split>/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10
from batch10_annotate import acq   # completed: acquired + parentOrganization

A = {}
# ---- internet, data centres and cloud, India: Sify Technologies ----------------------------------------------------------------
SF = "Sify Technologies Limited"
A["wp-sify-technologies"] = dict(
 # the company 'Sify Technologies Limited (formerly Satyam Infoway)' -> Company with 'Sify' and its former name; the
 # ticker 'SIFY' ('listed on NASDAQ as SIFY') -> nothing (a ticker symbol, as batch 37u left 'TYO: 4704'); India ->
 # Location; NASDAQ ('the NASDAQ') and Merrill Lynch -> Company; R. Ramaraj -> Person; IndiaWorld Communications,
 # Makemytrip and Level Up Games -> Company; 'the i-way chain of Internet cafes' / 'i-Way cyber cafes' -> Service
 # 'i-way' with 'i-Way' (a brand users use; doubtful: a reader might type the cafe chain a Company); 'the India
 # Olympics team' -> nothing (a description of the national team, not a name; doubtful: the guidelines make teams
 # Organization); 'Sify Greenmail' (a 6-week contest) -> nothing (a programme, not a service); 'Sify's travel
 # portal' and 'a MMORPG' (unnamed) -> nothing
 entities=[E("Company", SF, "Sify", "Satyam Infoway"), E("Location", "India"), E("Company", "NASDAQ"),
           E("Company", "Merrill Lynch"), E("Person", "R. Ramaraj"), E("Company", "IndiaWorld Communications"),
           E("Company", "Makemytrip"), E("Service", "i-way", "i-Way"), E("Company", "Level Up Games")],
 # 'Sify was founded and led to IPO by R. Ramaraj' -> founder (sole founder named; 'led to IPO' gives no title)
 roles=[R("R. Ramaraj", "founder", SF)],
 # 'paid ... for a 24.5% stake in IndiaWorld Communications. It acquired the remaining shares ... on 30 June 2000'
 # -> acquired + parentOrganization (the whole company bought in two steps); 'made an agreement with Makemytrip to
 # run Sify's travel portal' -> partner (a contract); 'Sify, with Level Up Games, launched a MMORPG' -> partner (a
 # joint launch); 'Merrill Lynch was the underwriter for Sify's IPO' -> partner, Merrill Lynch -> Sify as written
 # (a service contract; doubtful: a reader might record nothing for an underwriter); 'Sify used to run the i-way
 # chain' -> provider; the NASDAQ listing -> nothing
 relations=acq(SF, "IndiaWorld Communications") + [
            L(SF, "partner", "Makemytrip"), L(SF, "partner", "Level Up Games"), L("Merrill Lynch", "partner", SF),
            L("i-way", "provider", SF)],
 outages=[],
 dates=[D("October, 1999", "1999-10"), D("November 1999", "1999-11"), D("30 June 2000", "2000-06-30"),
        D("2000", "2000"), D("March 2002", "2002-03"), D("January 2002", "2002-01"), D("2002", "2002"),
        D("August 2003", "2003-08"), D("December 2003", "2003-12"), D("2004", "2004")])

# ---- software, Norway and Finland: the Qt toolkit and Trolltech ----------------------------------------------------------------
TT = "Trolltech ASA"
A["wp-qt-framework-history"] = dict(
 # Haavard Nord (with 'Haavard', 'Haavard's Emacs font') and Eirik Chambe-Eng -> Person; Qt (the toolkit, 'Qt
 # development') -> Service; the company 'Trolltech ASA' -> Company with the names it carried: 'Quasar Technologies'
 # and 'Troll Tech' (former names), 'Trolltech', and 'Qt Software' and 'Qt Development Frameworks' (the names Nokia
 # gave it after the purchase: the same company renamed, as batch 37k kept former names; doubtful: a reader might
 # make the renamed unit its own Company with parentOrganization Nokia); Emacs, Unix, Windows ('The Windows
 # platform') and Mac OS X -> Service (an editor and operating systems; no maker named; as batch 37k typed CP/M);
 # 'Xt, the X toolkit' -> Service 'X toolkit' with 'Xt'; 'Qt/X11' and 'Qt/Windows' (the 'two flavors' of Qt) ->
 # Service each (named editions; doubtful: a reader might fold them into Qt); 'Qt 3.0', 'Qt 3.2', 'Qt 4.0' and
 # 'Version 1.0' -> nothing (releases of a product, not products; doubtful); 'Qt for X11' -> nothing (a phrase for
 # Qt/X11); Nokia -> Company; 'the Symbian S60 platform' -> Service 'Symbian S60' (no maker named); 'the Nokia Qt SDK'
 # -> Service (Nokia named on its own too); Gitorious ('a community oriented git source code repository') ->
 # Service; 'git' and the GPL -> nothing (a tool named only as a kind of repository; a licence)
 entities=[E("Person", "Haavard Nord", "Haavard"), E("Person", "Eirik Chambe-Eng"), E("Service", "Qt"),
           E("Company", TT, "Trolltech", "Quasar Technologies", "Troll Tech", "Qt Software",
             "Qt Development Frameworks"),
           E("Service", "Emacs"), E("Service", "X toolkit", "Xt"), E("Service", "Qt/X11"), E("Service", "Unix"),
           E("Service", "Qt/Windows"), E("Service", "Windows"), E("Service", "Mac OS X"), E("Company", "Nokia"),
           E("Service", "Symbian S60"), E("Service", "Nokia Qt SDK"), E("Service", "Gitorious")],
 # '(the original developers of Qt and the CEO and President, respectively, of Trolltech)' -> ceo (Nord) and
 # president (Chambe-Eng) of Trolltech, current (the text never says they left, though Nokia's purchase and renaming
 # follow; doubtful); 'original developers' -> no founder role (the text does not say they founded the company,
 # though 'three years before the company was incorporated' implies it; doubtful)
 roles=[R("Haavard Nord", "ceo", TT), R("Eirik Chambe-Eng", "president", TT)],
 # Qt, Qt/X11 and Qt/Windows -> provider Trolltech (the company of its developers, which 'released Qt 3.0', 'Qt 3.2'
 # and 'Qt 4.0'); 'Nokia acquired Trolltech ASA on 17 June 2008' -> acquired + parentOrganization; 'the Nokia Qt SDK'
 # -> provider Nokia (its name and 'Since then it focused on Qt development ... for its devices'; doubtful: the text
 # does not say who released it); Emacs, the operating systems, the X toolkit, Symbian S60 and Gitorious -> no
 # provider named
 relations=[L("Qt", "provider", TT), L("Qt/X11", "provider", TT), L("Qt/Windows", "provider", TT)]
           + acq("Nokia", TT) + [L("Nokia Qt SDK", "provider", "Nokia")],
 outages=[],
 # 'At the end of 2001' -> the year (GUIDELINES.md: 'the end of last year' -> the year)
 dates=[D("1991", "1991"), D("the end of 2001", "2001"), D("June 2003", "2003-06"), D("June 2005", "2005-06"),
        D("17 June 2008", "2008-06-17"), D("23 June 2010", "2010-06-23")])

# ---- internet and telecommunications, Italy: Tiscali ---------------------------------------------------------------------------
TS = "Tiscali S.p.a."
AT = "Tiscali \u00d6sterreich GmbH"
ZA = "Tiscali (Pty) Ltd"
A["wp-tiscali"] = dict(
 # the company 'Tiscali S.p.a.' -> Company with 'Tiscali' (the IPA pronunciation -> nothing; 'The company' generic);
 # Cagliari, Sardinia and Italy -> Location ('Italian', 'Sardinian', 'European', 'Austrian', 'South African' are
 # adjectives -> nothing); Renato Soru with 'Soru' -> Person; 'Tiscali Free Net, a subscription-free Internet
 # service' -> Service; 'the Italian stock exchange' and 'the French stock exchange' -> nothing (descriptions, not
 # names; doubtful: a reader might add Borsa Italiana or Euronext Paris, which the text does not name);
 # 'Tiscali Österreich GmbH', 'Nextra Telecom GmbH', 'Tiscali (Pty) Ltd' and 'MWEB Holdings (Pty) Ltd' -> Company;
 # 'many smaller European Internet Service Providers' and 'native telecommunications operators' (unnamed) -> nothing
 entities=[E("Company", TS, "Tiscali"), E("Location", "Cagliari"), E("Location", "Sardinia"),
           E("Person", "Renato Soru", "Soru"), E("Service", "Tiscali Free Net"), E("Location", "Italy"),
           E("Company", AT), E("Company", "Nextra Telecom GmbH"), E("Company", ZA),
           E("Company", "MWEB Holdings (Pty) Ltd")],
 # 'Tiscali was created in January 1998 in Cagliari by Renato Soru' -> founder (sole founder named); Soru selling
 # shares in the IPO -> no role (a shareholder)
 roles=[R("Renato Soru", "founder", TS)],
 # 'Tiscali offered Tiscali Free Net' -> provider; 'sold its Austrian branch, Tiscali Österreich GmbH, to Nextra
 # Telecom GmbH' -> parentOrganization (branch, Tiscali) and acquired + parentOrganization (Nextra, branch); the
 # same for 'its South African branch, Tiscali (Pty) Ltd' and MWEB Holdings (Pty) Ltd; 'its acquisition of many
 # smaller European Internet Service Providers' (unnamed) -> nothing
 relations=[L("Tiscali Free Net", "provider", TS), L(AT, "parentOrganization", TS)] + acq("Nextra Telecom GmbH", AT)
           + [L(ZA, "parentOrganization", TS)] + acq("MWEB Holdings (Pty) Ltd", ZA),
 outages=[],
 # 'Between 2001 and 2003' -> two items; 'Beginning in 2004' -> 2004; 'the late 1990s' left out (no year)
 dates=[D("January 1998", "1998-01"), D("March 1999", "1999-03"), D("October 1999", "1999-10"), D("2012", "2012"),
        D("2001", "2001"), D("2003", "2003"), D("2004", "2004"), D("16 August 2004", "2004-08-16"),
        D("20 August 2004", "2004-08-20")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
