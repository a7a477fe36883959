#!/usr/bin/env python3
"""Batch 37i gold annotations (the 4 texts of batch37i.py), made from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the sorted ids dealt along test, train, dev, train (the cycle of every
sub-batch since 8b; batch10_annotate.write_parts). `published` is the day of each answer; relative expressions are
resolved against it (GUIDELINES.md, Dates). Spans with no single value ('within the last two years') are skipped.
usage: batch37i_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather38i/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- outage -----------------------------------------------------------------------------------------------------
A["hansard-commons-lea-bridge-waterworks-flooding-1947"] = dict(
 # the Lea Bridge waterworks (a named works, written with a lower-case 'w') -> Location, as GUIDELINES types named
 # sites and facilities. The Minister of Health and the Minister of Fuel and Power are posts with no person named;
 # 'the public', 'the area' and 'the tanks' are generic -> nothing else annotated. No company or body is named (the
 # water undertaking that runs the works is not in the text)
 entities=[E("Location", "Lea Bridge waterworks")],
 roles=[],
 relations=[],
 # one outage: floods put 'The whole works' out of action, a population of 'approximately 1¼ million' affected and
 # 'all but 350,000' given piped supplies again within a short time -> a water supply lost by its users. provider
 # null (no undertaking named), date '1947' (doubtful: the text never dates the floods; the answer of 27 March 1947
 # speaks of the restoration as under way, so the year is sure and the month is not said), no start/end/duration
 # (the question's 'for how long' is not answered), affected [] (no named service or body), location the Lea Bridge
 # waterworks, cause the floods. The boiling advice and the tankers are the response, not further events
 outages=[O(None, "1947", [], loc="Lea Bridge waterworks", cause="floods")],
 # no time expression ('until further notice', 'within a short time' have no value)
 dates=[])

# ---- near-misses ------------------------------------------------------------------------------------------------
A["hansard-written-answers-telephone-cables-stray-currents-1928"] = dict(
 # the Post Office (the body whose telephone cables are damaged and which answers for the remedy) -> Organization,
 # as the corpus types it in the Hansard lane (batches 36a, 36v); the Ministry of Transport -> Organization (doubtful:
 # it is named only inside 'the Ministry of Transport Regulations', a set of rules; kept because the text names the
 # body that prescribes the limits, and a rule title is no entity to give the name to). The Postmaster-General is a
 # post with no person named; 'public traction undertakings', 'tramway authorities' and 'the tramways' advisers'
 # are generic -> not annotated
 entities=[E("Organization", "Post Office"), E("Organization", "Ministry of Transport")],
 roles=[],
 relations=[],
 # near-miss: 'About 300 such cases' in two years of Post Office telephone cables damaged by stray currents from
 # tramways, which the question calls 'breakdowns' that inconvenience subscribers -> counted, none told apart by day,
 # place or length (GUIDELINES: counted outages are not events). Doubtful: a reader could make one outage with
 # provider the Post Office, date null, cause 'stray currents from public traction undertakings'
 outages=[],
 # 'within the last two years' is a span with no single value -> skipped
 dates=[])

A["hansard-lords-telephone-service-west-country-london-1981"] = dict(
 # the West Country and London -> Location (the West Country a region named with capitals, as the corpus's one
 # 'West Country'); Yeovil -> Location; the Post Office -> Organization (as the corpus types it in this lane);
 # British Telecommunications (alias 'British Telecoms', the peer's plural form of the same body) -> Company, as the
 # corpus types British Telecom and BT (doubtful: in February 1981 it was still the Post Office's telecommunications
 # business, which the text does not say). 'the British telecommunications system' (lower-case 't') is generic;
 # 'Her Majesty's Government' and 'the Government' are not named bodies; no person is named in the text (the
 # speaker labels are left out)
 entities=[E("Location", "West Country"), E("Location", "London"), E("Organization", "Post Office"),
           E("Location", "Yeovil"), E("Company", "British Telecommunications", "British Telecoms")],
 roles=[],
 # the text does not say that British Telecommunications is part of the Post Office, nor that either runs a named
 # service -> no relation
 relations=[],
 # near-miss: 'difficulties in communications may arise on certain lines during busy periods as a result of
 # congestion', and a peer's calls to London 'early in January' that four times got the engaged signal 'from the
 # point of entry into London' -> congestion and failed calls, the service working and no outage told (doubtful: the
 # four failed calls could be read as one outage of the trunk route into London, provider the Post Office, 1981-01)
 outages=[],
 # `published` Wednesday 11 February 1981: 'early in January' -> 1981-01 (the January just past)
 dates=[D("early in January", "1981-01")])

A["hansard-lords-written-answers-parliamentary-mail-services-industrial-action-2003"] = dict(
 # Royal Mail -> Company (as the corpus types it); the House of Lords -> Organization (named in quotes as an address;
 # the corpus's one 'House of Lords' is an Organization); the Houses of Parliament -> Location (as the corpus types
 # it twice: 'Houses of Parliament mail' is mail for the buildings' occupants); Datapost (a courier delivery service)
 # -> Service; London (in 'south London mail centre' and 'central London') -> Location. The Chairman of Committees
 # and the Parliamentary Postmaster are posts with no person named (the labels are left out); 'the Minute' and
 # 'Hansard' are parliamentary papers, not entities; 'special delivery' in lower case is generic
 entities=[E("Company", "Royal Mail"), E("Location", "Houses of Parliament"), E("Organization", "House of Lords"),
           E("Service", "Datapost"), E("Location", "London")],
 roles=[],
 # no relation: the text does not say who runs Datapost (doubtful: a careful reader may know it as Royal Mail's
 # service, but the text only says deliveries by it 'are unaffected')
 relations=[],
 # near-miss: outward mail 'collected by Royal Mail and stored for onward transmission' with 'no guarantee as to the
 # time of its ultimate delivery', because of 'the current unofficial industrial action' -> a strike (GUIDELINES:
 # strikes are not outages); special delivery and Datapost 'unaffected'
 outages=[],
 # no time expression with a value ('current', 'currently', 'as soon as possible' have none)
 dates=[])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
