#!/usr/bin/env python3
"""Batch 20b part 2 gold annotations (the 4 texts of batch20b2.py), written from each text alone before newskg was
run on any of them. Split rule fixed before annotation: part 2's own 4 ids sorted, then dealt along test, train, dev,
train (as batch 19d2).
usage: batch20b2_annotate.py POOL_DIR eval/corpus"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10
IDS = sorted("""wn-losses-almost-double-3-mobile-phone-2005
wn-new-zealands-state-broadcaster-plans-dismiss-2007
wn-neste-oil-build-worlds-largest-biodiesel-2007
wn-trustpower-plans-build-new-windfarm-new-2006""".split())
A = {}
A["wn-losses-almost-double-3-mobile-phone-2005"] = dict(
 entities=[E("Company", "3"), E("Company", "Hutchison Whampoa"), E("Location", "Hong Kong"), E("Person", "Li Ka-Shing"),
           E("Location", "UK"), E("Company", "Vodafone"), E("Location", "Britain")],
 # 'Hutchison Whampoa chairman Li Ka-Shing' → chairman
 roles=[R("Li Ka-Shing", "chairman", "Hutchison Whampoa")],
 # '3, the 3G mobile phone firm owned by Hong Kong based Hutchison Whampoa' → parentOrganization; 'its 3G service'
 # names no service
 relations=[L("3", "parentOrganization", "Hutchison Whampoa")],
 outages=[],
 dates=[D("2004", "2004"), D("2003", "2003")])
A["wn-new-zealands-state-broadcaster-plans-dismiss-2007"] = dict(
 entities=[E("Location", "New Zealand"), E("Company", "Television New Zealand", "TVNZ"), E("Person", "Rick Ellis"),
           E("Organization", "Engineering Printing and Manufacturing Union"), E("Person", "Steve Mahery")],
 # 'from CEO, Rick Ellis' (TVNZ's memo) → ceo; 'Steve Mahery, broadcasting minister' names no country with the post:
 # no role; the TVNZ spokesperson is unnamed. The state broadcaster is a Company (run as a business)
 roles=[R("Rick Ellis", "ceo", "Television New Zealand")],
 relations=[],
 outages=[],
 # published 2007-02-27: 'yesterday' → 2007-02-26; 'late last year' → 2006; 'In two weeks time' skipped
 dates=[D("yesterday", "2007-02-26"), D("late last year", "2006")])
A["wn-neste-oil-build-worlds-largest-biodiesel-2007"] = dict(
 entities=[E("Company", "Neste Oil", "Neste"), E("Location", "Singapore"), E("Location", "Malaysia"),
           E("Location", "Indonesia"), E("Organization", "Greenpeace"), E("Location", "Porvoo"), E("Location", "Finland"),
           E("Person", "Lauri Myllyvirta", "Myllyvirta"), E("Person", "Jarmo Honkamaa"), E("Company", "Citigroup"),
           E("Person", "Risto Rinne")],
 # 'Neste CEO Risto Rinne' → ceo; 'Jarmo Honkamaa, director of Neste's biofuel sector' → director; "Greenpeace's
 # Lauri Myllyvirta" has no title: no role. 'The NExBTL facility' is named by its process: not annotated
 roles=[R("Risto Rinne", "ceo", "Neste Oil"), R("Jarmo Honkamaa", "director", "Neste Oil")],
 relations=[],  # Citigroup 'voiced concerns' as an analyst would: no relation
 outages=[],
 # published 2007-12-03: 'Earlier this year' / 'earlier this year' (one item, case ignored) and 'this year' → 2007;
 # 'early next year' → 2008; 'recent months' and 'the next few years' skipped
 dates=[D("Earlier this year", "2007"), D("2009", "2009"), D("this year", "2007"), D("early next year", "2008"),
        D("2010", "2010")])
A["wn-trustpower-plans-build-new-windfarm-new-2006"] = dict(
 entities=[E("Location", "New Zealand", "NZ"), E("Company", "TrustPower"), E("Location", "Lake Mahinerangi", "Mahinerangi"),
           E("Location", "Dunedin"), E("Location", "South Island"), E("Location", "Otago"),
           E("Person", "Keith Tempest", "Tempest"), E("Location", "Waipori"), E("Location", "Te Apiti"),
           E("Location", "Manawatu")],
 # 'NZ Power companies' → alias NZ (fixed after the first look); 'TrustPower chief executive, Keith Tempest' → ceo; 'our Waipori scheme' (a hydro scheme) and the Te Apiti wind
 # farm are places, as the corpus types plants; the Resource Management Act is a law
 roles=[R("Keith Tempest", "ceo", "TrustPower")],
 relations=[],
 outages=[],
 # published 2006-01-09: 'today' → 2006-01-09; 'later in the year' → 2006
 dates=[D("today", "2006-01-09"), D("later in the year", "2006")])
if __name__ == "__main__":
    assert sorted(A) == IDS, set(IDS) ^ set(A)
    b10.IDS, b10.A = IDS, A
    b10.write_splits(sys.argv[1], sys.argv[2])
