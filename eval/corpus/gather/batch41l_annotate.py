#!/usr/bin/env python3
"""Batch 41l gold annotations (the text of batch41l.py), written from the text alone; newskg was run on none.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev (batch10_annotate.write_parts,
one part): voa-sk-global-accounting-scandal-sk-corporation-lehman-subbaraman-2003 -> test. Relative dates resolve
against the story's `published` (from its address): 2003-03-17 (a Monday).
Conventions (GUIDELINES.md part 2; the VOA business lanes of batches 38m-38zd, 39d, 39j, 40e, 40i and 41f): 'the
group's trading arm, SK Global' -> parentOrganization(SK Global, SK Corporation) ('X's Y arm'); 'senior analyst ... at
investment bank X' -> analyst at X; "South Korea's new president" -> president of South Korea (a Location); the VOA
reporter in the teaser -> a Person with no role (as batches 38w, 38x, 38z, 39d and 39j); 'last week' and 'this week'
-> skipped (GUIDELINES.md); 'last month' -> the month before `published`. No outage is told (an accounting fraud, a
share-price fall, a stimulus: no service lost).
usage: batch41l_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather42l/pool /tmp/gather42l/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R, locs
import batch10_annotate as b10


A = {}

# ---- SK Corporation's false earnings report, SK Global, Lehman Brothers' Subbaraman (published 2003-03-17) --------
A["voa-sk-global-accounting-scandal-sk-corporation-lehman-subbaraman-2003"] = dict(
 # "South Korea's third biggest conglomerate, SK Corporation" / "SK Corporation's" -> Company ('the group', "the
 # group's": generic, no aliases); "the group's trading arm, SK Global" -> Company; 'Katherine Maria' -> Person (the
 # VOA reporter in the teaser; no role); 'Roh Moo-Hyun' -> Person; 'Robert Subbaraman' -> Person (then only 'he');
 # 'investment bank Lehman Brothers' -> Company; 'the Central Bank of Korea' -> Organization (the central bank; 'The
 # bank' generic, no alias); places: 'South Korea' (five times, with "South Korea's"), 'Asia' (twice), 'North Korea'
 # (twice, "North Korea's"), 'Iraq' -> Location. Left out: 'South Korean authorities' (no name), "the group's owner
 # and nine top executives" (not named), 'Some analysts', 'Investors', 'South Korean' (adjective)
 entities=[E("Company", "SK Corporation"), E("Company", "SK Global"), E("Person", "Katherine Maria"),
           E("Person", "Roh Moo-Hyun"), E("Person", "Robert Subbaraman"), E("Company", "Lehman Brothers"),
           E("Organization", "Central Bank of Korea")]
          + locs("South Korea", "Asia", "North Korea", "Iraq"),
 # "South Korea's new president Roh Moo-Hyun" ('Since taking office last month') -> president of South Korea;
 # 'senior analyst Robert Subbaraman at investment bank Lehman Brothers' -> analyst at Lehman Brothers
 roles=[R("Roh Moo-Hyun", "president", "South Korea"), R("Robert Subbaraman", "analyst", "Lehman Brothers")],
 # "Accounts of the group's trading arm, SK Global" (the group: SK Corporation, the sentence before) ->
 # parentOrganization(SK Global, SK Corporation). The Central Bank of Korea's purchase of repurchase agreements (a
 # market operation, no counterparty named) -> nothing
 relations=[L("SK Global", "parentOrganization", "SK Corporation")],
 outages=[],
 # 'in 2001' -> 2001; 'last month' (Roh taking office, before 17 March 2003) -> 2003-02. Left out: 'last week', 'this
 # week' (skipped by GUIDELINES.md), 'Just days after', 'in the near term' (not resolvable)
 dates=[D("2001", "2001"), D("last month", "2003-02")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
