#!/usr/bin/env python3
"""Batch 38u gold annotations (the text of batch38u.py), written from the text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (batch10_annotate.
write_parts, one part): voa-parmalat-bankrupt-tanzi-arrested-bondi-administrator-2004 -> test. Relative dates resolve
against `published` (from the address): 2004-01-23.
Conventions (GUIDELINES.md part 2; the VOA company lane of batch 38m): 'a Parmalat company, called Bonlat Financing'
-> parentOrganization(Bonlat Financing, Parmalat); an administrator appointed to run a bankrupt company -> head;
'financial director' -> cfo (as the corpus maps 'finance/financial director'); 'one of Parmalat's financial
officials' -> executive (doubtful); arrested executives keep their posts (the text says none left: current true);
a lawyer for an unnamed group of creditors -> no role.
usage: batch38u_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather39u/pool /tmp/gather39u/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10


A = {}

# ---- Italy: Parmalat's collapse (published 2004-01-23) ----------------------------------------------------------------
PM, BF = "Parmalat", "Bonlat Financing"
A["voa-parmalat-bankrupt-tanzi-arrested-bondi-administrator-2004"] = dict(
 # 'Parmalat' / "Parmalat's" -> Company; 'Bonlat Financing' / 'Bonlat' -> Company; 'The Financial Times newspaper'
 # -> Company (a newspaper, GUIDELINES.md Types); 'Bank of America' / 'the Bank of America' -> Company; 'The Italian
 # Parliament' -> Organization; 'Calisto Tanzi' / 'Mister Tanzi', 'Enrico Bondi' / 'Mister Bondi', 'Carlo Zauli',
 # 'Fausto Tonna', 'Gianfranco Bocchi' -> Person; 'New York City', 'the Cayman Islands', 'the Netherlands' ->
 # Location ('Italian' an adjective: nothing; 'the bank' generic)
 entities=[E("Company", PM), E("Company", BF, "Bonlat"), E("Company", "Financial Times"),
           E("Company", "Bank of America"), E("Organization", "Italian Parliament"),
           E("Person", "Calisto Tanzi", "Tanzi"), E("Person", "Enrico Bondi", "Bondi"), E("Person", "Carlo Zauli"),
           E("Person", "Fausto Tonna"), E("Person", "Gianfranco Bocchi")]
          + locs("New York City", "Cayman Islands", "Netherlands"),
 # 'Company Chairman Calisto Tanzi was arrested' -> chairman of Parmalat, current true (arrest stated, no leaving
 # stated; doubtful); "Parmalat's creditors appointed Enrico Bondi as administrator of the company while it is in
 # bankruptcy" -> head of Parmalat (administrator leading it; doubtful: 'other' possible); 'Fausto Tonna, a financial
 # director and advisor at the company' -> cfo of Parmalat ('financial director' -> cfo, as the corpus maps it);
 # "One of Parmalat's financial officials, Gianfranco Bocchi" -> executive (doubtful: a post of unstated rank).
 # Carlo Zauli, 'A lawyer for a group of Parmalat's creditors' (an unnamed group) -> no role
 roles=[R("Calisto Tanzi", "chairman", PM), R("Enrico Bondi", "head", PM), R("Fausto Tonna", "cfo", PM),
        R("Gianfranco Bocchi", "executive", PM)],
 # 'a Parmalat company, called Bonlat Financing' ('other companies created by Parmalat') -> parentOrganization.
 # Bank of America (money 'may have been placed' there; the bank denies it): no relation; the Financial Times
 # only a source: nothing
 relations=[L(BF, "parentOrganization", PM)],
 outages=[],
 # 'In December' (the admission; 'arrested in December') -> 'December' 2003-12 (the December before published
 # 2004-01-23; one item). Left out: 'Within one week', 'up to two year ago' (spans), 'So far', 'now'
 dates=[D("December", "2003-12")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
