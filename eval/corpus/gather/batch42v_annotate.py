#!/usr/bin/env python3
"""Batch 42v gold annotations (the texts of batch42v.py: the SEC's Litigation Release No. 21728 of 4 November 2010 on
Noble Corporation, its improper payments through its customs agents to officials of the Nigeria Customs Service and
the United States Department of Justice's parallel criminal action; the SEC's Litigation Release No. 21832 of 31
January 2011 on Maxwell Technologies Inc. and its wholly-owned Swiss subsidiary Maxwell Technologies SA), written
from the texts alone; newskg was not run on them.
The split follows the fixed rule: the sorted ids dealt along test, train, dev, train (batch10_annotate's
write_parts). Dates resolve against `published`.
Conventions (batches 18a, 40zm, 40zn, 41b, 41e, 41j, 41m, 41n, 41q, 42a, 42e, 42g and 42j for SEC releases): the SEC
-> Organization ('SEC' alias; 'the Commission' used as its name -> alias 'Commission', 41m); a court named in full
-> Organization (41b, 42e, 42j), the place inside its name no entity of its own (42g, 42j); a government agency named
in full -> Organization; a subsidiary named after the text calls it the parent's subsidiary -> parentOrganization of
the parent (41m, 41q, 42g, 42j); unnamed subsidiaries, agents, customers and state-owned entities -> nothing;
nationality adjectives ('Nigerian government officials', 'its Nigerian subsidiary', 'Swiss subsidiary', 'Chinese
state-owned entities') -> no Location of their own (41n, 41q, 42a, 42e, 42g, 42j); a US state written as a noun
('Sugarland, Texas', 'a Delaware corporation') -> Location (42j's 'Ind.'); laws ('Foreign Corrupt Practices Act',
'FCPA') -> no entity; ranges ('from January 2003 through May 2007') -> one item per end (42g, 42j).
usage: batch42v_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather43v/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L
import batch10_annotate as b10

SEC = "Securities and Exchange Commission"
A = {}

# ---- Noble Corporation, published 2010-11-04 (a Thursday) ------------------------------------------------------------
A["us-sec-noble-corporation-nigeria-customs-service-permits-fcpa-2010"] = dict(
 # The SEC (written out once; 'The SEC alleged'; 'The Commission's action', 'The Commission's complaint' -> alias
 # 'Commission', as 41m); Noble Corporation ('Noble' throughout, also 'Noble's'); Switzerland (its headquarters),
 # Sugarland and Texas (its office; 'Sugarland' as written, one word); the Nigeria Customs Service (also written
 # 'Nigerian Customs Service' once -> alias as written); Nigeria (three times); the United States Department of
 # Justice; Houston (the court's place; 'federal court' unnamed). Not annotated: 'its custom agents', 'its customs
 # agent', 'the customs agents' (unnamed), 'its Nigerian subsidiary' (unnamed; 'Nigerian' an adjective), 'Nigerian
 # government officials', 'companies involved in oil operations in Nigeria' (unnamed), the FCPA (a law), 'TIPs'
 # (permits, no entity)
 entities=[E("Organization", SEC, "SEC", "Commission"),
           E("Company", "Noble Corporation", "Noble"),
           E("Location", "Switzerland"), E("Location", "Sugarland"), E("Location", "Texas"),
           E("Organization", "Nigeria Customs Service", "Nigerian Customs Service"),
           E("Location", "Nigeria"),
           E("Organization", "United States Department of Justice"),
           E("Location", "Houston")],
 # No person is named in the kept text
 roles=[],
 # None: Noble's Nigerian subsidiary is unnamed (no parentOrganization can be set); the Nigeria Customs Service is
 # not called any government's or ministry's in the text (no parentOrganization; doubtful: a reader may see a
 # Nigerian state body, but no parent entity is named); the customs agents unnamed (no partner)
 relations=[],
 outages=[],
 # 'today' (twice, = published); 'from January 2003 through May 2007' -> 'January 2003', 'May 2007'
 dates=[D("today", "2010-11-04"), D("January 2003", "2003-01"), D("May 2007", "2007-05")])

# ---- Maxwell Technologies Inc. and Maxwell Technologies SA, published 2011-01-31 (a Monday) -------------------------
A["us-sec-maxwell-technologies-swiss-subsidiary-china-bribes-fcpa-2011"] = dict(
 # The SEC (written out once; 'The SEC alleges', 'the SEC's charges'); Maxwell Technologies Inc. ('Maxwell'
 # throughout; 'a Maxwell subsidiary'); the U.S. District Court for the District of Columbia (named in full; the
 # District of Columbia inside its name no Location of its own); China; Delaware ('a Delaware corporation', its state
 # of incorporation, a noun -> Location; doubtful, see below); San Diego (its headquarters); Maxwell Technologies SA
 # ('Maxwell SA' twice, also in 'a Maxwell SA executive'). Not annotated: 'Swiss', 'Chinese' (adjectives), 'several
 # Chinese state-owned entities' and 'the Chinese state-owned entities' (unnamed), 'a third-party sales agent'
 # (unnamed), 'Extra Amount' and 'Special Arrangement' (fee labels), 'high voltage capacitors' (a product kind, not a
 # named product), the FCPA (a law)
 entities=[E("Organization", SEC, "SEC"),
           E("Company", "Maxwell Technologies Inc.", "Maxwell"),
           E("Organization", "U.S. District Court for the District of Columbia"),
           E("Location", "China"),
           E("Location", "Delaware"), E("Location", "San Diego"),
           E("Company", "Maxwell Technologies SA", "Maxwell SA")],
 # None: 'a Maxwell SA executive' is unnamed
 roles=[],
 # 'Maxwell, through its wholly-owned Swiss subsidiary, Maxwell Technologies SA (Maxwell SA)' -> parentOrganization.
 # Not set: partner between Maxwell SA and the Chinese state-owned entities (the customers unnamed)
 relations=[L("Maxwell Technologies SA", "parentOrganization", "Maxwell Technologies Inc.")],
 outages=[],
 # 'today' (= published); 'from 2002 through May 2009' (twice) -> '2002', 'May 2009'
 dates=[D("today", "2011-01-31"), D("2002", "2002"), D("May 2009", "2009-05")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
