#!/usr/bin/env python3
"""Batch 52l gold annotations for the one Wikinews text of batch52l.py (a fast-food chain lobbying British MPs and
starting an online petition to have the word 'McJob' removed from the Oxford English Dictionary or its definition
changed, an MP's Commons motion in its support, the dictionary's compilers answering, the word's use in a 1991
novel), written by reading the text alone; no extractor was run on it. Split rule fixed before annotating: ids
sorted, dealt along test, train, dev, train (cycle) — the one id goes to test. No outage (a lobbying campaign).
usage: batch52l_annotate.py POOL_DIR OUT_ROOT      (writes OUT_ROOT/{train,dev,test}/<id>.json)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E
import batch10_annotate as b10

IDS = sorted("""wn-mcdonalds-petitions-oxford-english-dictionary-remove-2007""".split())
A = {}

OED = "Oxford English Dictionary"
A["wn-mcdonalds-petitions-oxford-english-dictionary-remove-2007"] = dict(
 entities=[E("Service", OED, "OED"), E("Company", "McDonald's"), E("Person", "Clive Betts", "Betts"),
           E("Location", "Sheffield Attercliffe"), E("Person", "Douglas Coupland")],
 # 'The Oxford English Dictionary (OED)' (then 'the dictionary', 'The compilers of the OED') → Service with alias OED
 # (a reference work its users consult, typed as the corpus types products; a doubtful point: a reader may give a
 # book title no entity, as novels and TV shows get none, or take 'The compilers of the OED' as an organisation; its
 # publisher is not named, so no provider). "The McDonald's fast-food giant" (then 'The company', 'the restaurant
 # chain', "from McDonald's" is cut with the quote box) → Company McDonald's, no alias (the other forms are
 # descriptions). 'Clive Betts, MP for Sheffield Attercliffe' (then 'Betts') → Person with alias Betts; 'Sheffield
 # Attercliffe' (a parliamentary constituency) → Location (a named area; a doubtful point: a reader may leave an
 # electoral division out). "Douglas Coupland's novel Generation X: Tales for an Accelerated Culture" → Douglas
 # Coupland Person; the novel → nothing (a book title, as TV shows and events get none). 'McJob' (a word), 'British
 # MPs', '15 other MPs', 'a Commons motion' → nothing (near-miss: 'Commons' names the House of Commons only as a
 # modifier of 'motion'; no Organization added, a doubtful point), 'an online petition' (unnamed; its slogan is no
 # name) → nothing.
 # Roles: none. 'Clive Betts, MP for Sheffield Attercliffe' → no role (legislators get none; the seat is a
 # constituency, not an organisation); Douglas Coupland → none (a novelist, no organisation); the OED's unnamed
 # compilers → none.
 # Relations: none. McDonald's lobbying of MPs and its petition, and Betts agreeing 'with the restaurant chain' →
 # no partner (support for a campaign, no partnership or contract; near-miss); no provider for the OED (its maker is
 # not named in the text).
 # Outages: none (a lobbying campaign); no near-miss.
 # Dates (published Friday 25 May 2007): '1991' → 1991 (the novel). 'at least 20 years' → skipped (a span, no
 # calendar value).
 roles=[],
 relations=[],
 outages=[],
 dates=[D("1991", "1991")])

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
