#!/usr/bin/env python3
"""Batch 37y gold annotations (the 2 texts of batch37y.py), written from each text alone; newskg was run on neither.
Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of every
sub-batch since 8b; batch10_annotate.write_parts, one part). Both texts have `published` null: only absolute dates
are listed (GUIDELINES.md, Dates).
Both are near-miss texts for the outage label: the general article names kinds of outage (government and military
blackouts, cable disruptions) and no single event, so nothing is an outage; the root-nameserver article tells one
attack whose two worst-hit servers 'reportedly suffered badly' while the others 'experienced heavy traffic', and no
user, site or service is said to have lost service — by GUIDELINES (an attack counts only when it takes a service
down) no outage is annotated (doubtful: 'suffered badly' could be read as the two servers' service degraded).
Named root servers (G-ROOT, L-ROOT, F-ROOT, M-ROOT) are typed Service as the corpus types named submarine cables and
other network systems (batch 22b's cables); the Domain Name System and the Internet Protocol are protocols, not
annotated (as batch 21b did for DNS).
usage: batch37y_annotate.py POOL_DIR OUT_ROOT   (e.g. /tmp/gather38y/pool /tmp/gather38y/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10


A = {}
# ---- Internet outage (general article) -------------------------------------------------------------------------------
A["wp-internet-outage"] = dict(
 # no named Company, Organization, Person, Service or Location: 'the Internet', 'submarine communications cables',
 # 'a government', 'military forces', 'autocracies' are common nouns or the network itself -> nothing
 entities=[],
 roles=[],
 relations=[],
 # kinds of outage defined, none told as an event (no provider, place or day) -> no outage (near-miss)
 outages=[],
 # no date expression in the text
 dates=[])

# ---- DDoS attacks on the root nameservers ------------------------------------------------------------------------------
A["wp-distributed-denial-of-service-attacks-on-root-nameservers"] = dict(
 # 'G-ROOT', 'L-ROOT', 'F-ROOT', 'M-ROOT' -> Service (named root servers; no operator named for any); ICANN (published
 # the analysis) -> Organization; 'Network World' (the publication that made the announcement) -> Company, as the
 # corpus types publications run as businesses; 'the United States' -> Location; 'the Department of Defense' ->
 # Organization; 'the President' (a title, no person named), 'the Domain Name System', 'Internet Protocol (IP)', the
 # Internet, 'anycast addressing' -> nothing
 entities=[E("Service", "G-ROOT"), E("Service", "L-ROOT"), E("Service", "F-ROOT"), E("Service", "M-ROOT"),
           E("Organization", "ICANN"), E("Company", "Network World"), E("Location", "United States"),
           E("Organization", "Department of Defense")],
 roles=[],
 # no operator of any root server named -> no provider relation
 relations=[],
 # the attack of 6 February 2007: 'suffered badly' / 'experienced heavy traffic' / 'largely contained the damage',
 # no service said lost -> near-miss, no outage (doubtful; see the docstring). Were it one, it would be provider null,
 # date 2007-02-06, start 10:00 ('10 AM', no zone in this revision), 24 hours ('lasted twenty-four hours' is the
 # attack's length), affected G-ROOT and L-ROOT, cause 'distributed denial-of-service attack'.
 outages=[],
 # 'February 6, 2007' -> 2007-02-06; '10 AM' on that dated day -> 2007-02-06T10:00 (as batch 35b lists clock times
 # on a dated day); 'February 8, 2007' -> 2007-02-08; 'twenty-four hours' (a length) and 'shortly after the event'
 # -> not listed
 dates=[D("February 6, 2007", "2007-02-06"), D("10 AM", "2007-02-06T10:00"), D("February 8, 2007", "2007-02-08")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
