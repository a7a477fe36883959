#!/usr/bin/env python3
"""Batch 36w gold annotations (the 3 texts of batch36w.py), made from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the sorted ids dealt along test, train, dev, train (the cycle of every
sub-batch since 8b; batch10_annotate.write_parts). `published` is the sitting day of each record; relative
expressions are resolved against it (GUIDELINES.md, Dates); spans without a named point are skipped.
usage: batch36w_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather37w/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R, locs
import batch10_annotate as b10

A = {}
# ---- outage -----------------------------------------------------------------------------------------------------
A["oireachtas-seanad-east-cork-telephone-system-midleton-exchange-1978"] = dict(
 # Senator Murphy and Deputy Hegarty -> Person under the surname the text gives (as the corpus does for 'Deputy
 # Browne'); Cork ('east Cork', 'the Cork area'; the lower-case 'east' is not part of a name), Ireland, Midleton and
 # Cloyne -> Location; the Oireachtas -> Organization, as earlier Oireachtas texts type it. 'our posts and telegraphs
 # service' is written in lower case as a description, not a name -> not annotated
 entities=[E("Person", "Murphy"), E("Person", "Hegarty"), E("Organization", "Oireachtas")]
          + locs("Cork", "Ireland", "Midleton", "Cloyne"),
 # titles appear only as forms of address ('Senator', 'Deputy') -> no roles, as earlier Oireachtas items
 roles=[],
 relations=[],
 # one outage (doubtful): the telephone exchange opened in Midleton about 18 months before, 'for the past two months
 # this system seems to have totally broken down' -> provider null (the posts and telegraphs service is named only in
 # lower case), date 1978-09 (two months back from 1 November 1978: September; doubtful, '1978' would be the safe
 # coarse value), start/end null, affected [] (the telephone service; no named service), location Midleton (the
 # exchange's town; doubtful: east Cork), cause null (none stated). Doubtful as an event at all: 'seems to' and a
 # two-month span could be a complaint of bad service rather than a service lost
 outages=[O(None, "1978-09", [], loc="Midleton")],
 # `published` Wednesday 1 November 1978: '18 months ago' (in 'About 18 months ago') -> 1977-05 (doubtful: an
 # approximate count of months); 'for the past two months' skipped as a span (its start is the outage's date),
 # 'Some years ago', 'currently', 'now' skipped
 dates=[D("18 months ago", "1977-05")])

# ---- near-misses ------------------------------------------------------------------------------------------------
A["oireachtas-dail-newbridge-telephone-service-complaints-1963"] = dict(
 # Newbridge (the Minister's 'Droichead Nua' as alias), County Kildare and Dublin -> Location; the Post Office (the
 # State's telephone operator, capitalised as a name) -> Organization (doubtful: Company). 'a bloodstock agency' and
 # 'two large businesses in Newbridge' are unnamed; the Minister for Posts and Telegraphs is a post -> not annotated
 entities=[E("Location", "Newbridge", "Droichead Nua"), E("Location", "County Kildare"), E("Location", "Dublin"),
           E("Organization", "Post Office")],
 roles=[],
 relations=[],
 # near-miss: complaints of 'unsatisfactory telephone service' from the automatic exchange (trunk calls to Dublin
 # reaching 'anybody in Dublin'), the Minister answering that 'the initial troubles were remedied' and one complaint
 # is under investigation -> degraded service complained of, no service told as lost, no day -> no outage
 outages=[],
 # `published` Wednesday 26 June 1963: 'in the recent past', 'recently', 'for four to six months' (a span, no point
 # named) and 'when this exchange was first opened' (no date given) skipped -> no dates
 dates=[])

A["oireachtas-dail-unsatisfactory-telephone-service-temporary-number-1968"] = dict(
 # no named entity: 'his Department'/'the Department', 'the subscriber concerned', 'the premises' are unnamed; the
 # number 971749 is no entity; the Minister for Posts and Telegraphs is a post
 entities=[],
 roles=[],
 relations=[],
 # near-miss: the question alleges that temporary number 971749 failed to engage and could not be reached in
 # September and October 1968; the answer denies any fault found ('Numerous tests ... did not reveal any fault') and
 # grants only 'the fault of the bell on 26th September, which fault was attended to on the same day' -> one
 # instrument's defect, mended the same day, and denied failures -> no outage (doubtful: the bell fault could be read
 # as a one-line outage of 26 September 1968, as batch 34a took a jammed racecourse line)
 outages=[],
 # `published` Thursday 24 October 1968: 'September' (in 'September and October 1968') -> 1968-09, 'October 1968'
 # -> 1968-10, '26th September' -> 1968-09-26; 'on the same day' is the same day (not listed again)
 dates=[D("September", "1968-09"), D("October 1968", "1968-10"), D("26th September", "1968-09-26")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
