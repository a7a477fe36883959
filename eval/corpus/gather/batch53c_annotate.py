#!/usr/bin/env python3
"""Gold for batch 53c (session 54, gatherer 53c): one FCC Audio Services Division letter of 1997 (the letter of 16
January 1997 to Press Broadcasting Company, Inc. denying informal objections to, and granting, its application to renew
the licence of FM station WTKS, Cocoa Beach, Florida -- the UNT web archive's copy of the Division's HTML page),
written from the text alone; newskg was not run on it.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's write_parts).
Dates resolve against `published`.
Conventions (batches 15f, 43n-52u of the lane; GUIDELINES section 2): the applicant for a station's licence renewal ->
parentOrganization(S, X) (52v's WHTZ(FM) call, the lane's licensee call of 51e-52u; **doubtful**: the kept text never
says 'licensee'); objectors (unnamed here) -> no entity; radio stations -> Company (35l, 43v, 49m, 51e-52u), named as
the text names them ('WTKS'; the text never writes 'WTKS(FM)'); 'the Commission' -> Organization 'Commission', one
surface form (51zg, 51zq, 52d, 52k, 52p, 52t); place names -> Location; programmes and shows are no entities
(GUIDELINES section 2, Types: 'the Howard Stern Show'), and a person named only inside a show's name is no entity of
his own (by the rule for a company named only inside a product's name; **doubtful**: batch 43n made Howard Stern a
Person where he is named on his own); files, applications, objections, rules (47 C.F.R. \u00a70.283) not annotated;
the 'In re:' line kept as text is annotated as text (its 'Station WTKS', 'Cocoa Beach', 'Florida' are surface forms
of the same entities).
usage: batch53c_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather54c/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, R
import batch10_annotate as b10

A = {}

# ---- WTKS, Cocoa Beach: Press Broadcasting Company, Inc., renewal granted over informal objections, 1997-01-16 -----
PRESS = "Press Broadcasting Company, Inc."
A["us-fcc-wtks-fm-cocoa-beach-press-broadcasting-renewal-informal-objections-howard-stern-denied-letter-1997"] = dict(
 # Companies: WTKS ('Station WTKS' in the 'In re:' line, 'FM Station WTKS' twice, 'the WTKS license'; one surface
 # form, no alias); Press Broadcasting Company, Inc. (once, in the last paragraph; its addressee-block mention was
 # left out with the block). Organization: Commission ('the Commission cannot determine'). Locations: Cocoa Beach
 # (three times), Florida (three times). Not annotated: 'the Howard Stern Show' (a programme: no entity; Howard
 # Stern named only inside the show's name -- **doubtful**, see the docstring); 'your' (the licensee addressed:
 # Press Broadcasting, no surface form of its own); the objectors (unnamed); 'the station' (a generic phrase for
 # WTKS: no alias); BRH-951002ZX; 47 C.F.R. \u00a70.283; 'See Footnote 1.'.
 entities=[E("Company", "WTKS"), E("Company", PRESS), E("Organization", "Commission"),
           E("Location", "Cocoa Beach"), E("Location", "Florida")],
 # No person with a title in the text (the signature block lies past the excerpt).
 roles=[],
 # - parentOrganization(WTKS, Press Broadcasting Company, Inc.): 'your captioned application for renewal of the
 #   license of FM Station WTKS' (the letter is addressed to Press Broadcasting) and 'the application of Press
 #   Broadcasting Company, Inc. for renewal of the license of FM Station WTKS ... IS GRANTED' (the renewal applicant
 #   holds the licence: 52v's call; **doubtful**: 'licensee' is not written, a reader may leave the link out).
 # Near-misses: no acquired (a renewal, no transfer); no relation for the objectors (unnamed) nor for the Howard
 #   Stern Show (no entity; a reader might read a provider or partner link between the station and the show's maker,
 #   but no maker is named).
 relations=[L("WTKS", "parentOrganization", PRESS)],
 outages=[],
 # 'January 16, 1997' (the letter's date, = `published`). Not dates: '951002' inside the file number BRH-951002ZX
 # (a number); '0.283' (a rule number).
 dates=[D("January 16, 1997", "1997-01-16")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
