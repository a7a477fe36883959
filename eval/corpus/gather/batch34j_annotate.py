#!/usr/bin/env python3
"""Batch 34j gold annotations (the 4 texts of batch34j.py), written from each text alone; newskg was not run on any
of them. Split rule fixed before annotation: the batch's sorted ids dealt along test, train, dev, train (the cycle of
every sub-batch since 8b; batch10_annotate.write_parts). Each text is a Commons oral answer whose sitting day is
`published`; relative expressions are resolved against that day (GUIDELINES.md, Dates).
usage: batch34j_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather35j/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10


A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["hansard-commons-gerrard-exchange-snowstorm-1912"] = dict(
 # the Gerrard Exchange (a named telephone exchange; Location, as the corpus types the Popesgrove and Cork exchanges)
 # -> Location; the National Telephone Company (whose service the Government 'took over'; 'the company' is no
 # alias) -> Company; London ('other London exchanges') -> Location. 'the Government', 'the Metropolitan service' and
 # the post 'Postmaster-General' -> not annotated
 entities=[E("Location", "Gerrard Exchange"), E("Company", "National Telephone Company"), E("Location", "London")],
 roles=[],
 # the Government's taking over of the company's service is a transfer of a business to an unnamed buyer -> no
 # relation (no named acquirer)
 relations=[],
 # one outage: 'the interruptions to the overhead lines acquired from the company, which were caused by a heavy
 # snowstorm, caused exceptional difficulties in connection with the Metropolitan service generally during the first
 # three months of the present year' -> provider null (the lines had passed to 'the Government', which the text does
 # not name as an organisation; the National Telephone Company no longer ran them), date 1912 (the first quarter;
 # the outage date takes a year or month, so the year), location London (the 'Metropolitan service'; doubtful: no
 # place is given for the snapped lines themselves), cause 'heavy snowstorm', affected []. Not items: the member's
 # three calls 'last Saturday morning' (15 June 1912), when he 'was advised that the telephone had broken down' (the
 # answer puts it down to the exchange's congestion; one caller's failed calls, no line or exchange named as down;
 # doubtful) and the 'inconvenience ... by the inefficient working of the exchange' (congestion)
 outages=[O(None, "1912", [], loc="London", cause="heavy snowstorm")],
 # `published` Monday 17 June 1912: 'the present year' -> 1912, 'the first three months of the present year' ->
 # 1912-Q1 (its own item: another text, another value), 'last year' -> 1911, 'last Saturday morning' -> 1912-06-15;
 # 'the earliest possible moment' skipped
 dates=[D("the present year", "1912"), D("the first three months of the present year", "1912-Q1"),
        D("last year", "1911"), D("last Saturday morning", "1912-06-15")])

A["hansard-commons-telegraphic-communications-lerwick-1928"] = dict(
 # the Town Council of Lerwick (a named local authority; the name as written) -> Organization; Lerwick, the Shetland
 # Islands -> Location; the Post Office (named twice by the member and once in the answer) -> Organization, as the
 # corpus's 1914 Orkney-Shetland cable text types it; 'the mainland', 'My Department' and the posts
 # 'Postmaster-General' -> not annotated
 entities=[E("Organization", "Town Council of Lerwick"), E("Location", "Lerwick"),
           E("Location", "Shetland Islands"), E("Organization", "Post Office")],
 roles=[],
 relations=[],
 # one outage: 'the recent breakdown of telegraphic communication with the mainland', 'There are two cables serving
 # the Shetland Islands, and a simultaneous interruption of both, such as occurred last month' -> provider the Post
 # Office (the answering Department's; the member and the answer name the Post Office as the keeper of the reserve
 # wireless, and the answer's 'We do not use it when the cables are working' speaks for the cables' operator;
 # doubtful: the text never says in so many words whose cables they are), date 1928-03 ('last month' from
 # `published` 25 April 1928), location Shetland Islands, cause null (none given), affected [] (telegraphic
 # communication, no named service). The feared 'further simultaneous interruption' is hypothetical (no item)
 outages=[O("Post Office", "1928-03", [], loc="Shetland Islands")],
 # 'last month' -> 1928-03; 'the recent breakdown', 'as soon as possible' skipped
 dates=[D("last month", "1928-03")])

A["hansard-commons-telephone-service-shinfield-1931"] = dict(
 # Shinfield and Reading ('Shinfield, near Reading') -> Location; the posts 'Postmaster-General' and the unnamed
 # automatic exchanges -> not annotated
 entities=[E("Location", "Shinfield"), E("Location", "Reading")],
 roles=[],
 relations=[],
 # one outage, told in the question: 'the telephone service at Shinfield, near Reading, again failed for three or
 # four days last week' -> provider null (the Postmaster-General's service; no Post Office or department named in
 # the kept text), date 1931 ('last week' from Monday 4 May 1931 spans 27 April-3 May, two months, so the year, as
 # GATHERING.md's rule for a week across a month end), no duration (three or four days: a range; doubtful: 84 hours),
 # location Shinfield, cause null (the answer's 'cable breakdown ... corrosion of the lead sheath' is cut off with
 # the excerpt), affected [] (the telephone service of one village, no named service). Not items: the subscribers
 # 'frequently isolated for days at a time during the last two years owing to telephone breakdowns' (counted, not
 # told one by one)
 outages=[O(None, "1931", [], loc="Shinfield")],
 # 'last week', 'the last two years', 'at present', 'from time to time' skipped
 dates=[])

# ---- near-miss --------------------------------------------------------------------------------------------------
A["hansard-commons-telegraphic-communication-london-liverpool-1911"] = dict(
 # London and Liverpool -> Location; the London Commercial Sales Rooms (a named trading hall; Location as named
 # sites are; the name as the answer writes it, with 'London Com- mercial Sales Rooms' (the question's form,
 # the page's broken spelling kept) and 'Commercial Sale Room' as aliases) -> Location; the Central Telegraph Office (a named office of the telegraph service; Location
 # as a named site; doubtful: Organization) -> Location; 'the merchants' -> not annotated
 entities=[E("Location", "London"), E("Location", "Liverpool"),
           E("Location", "Commercial Sales Rooms", "London Com- mercial Sales Rooms", "Commercial Sale Room"),
           E("Location", "Central Telegraph Office")],
 roles=[],
 relations=[],
 # near-miss: 'frequent delays between the London Com- mercial Sales Rooms and Liverpool', put down to 'interruptions
 # of the wire and temporary failures of apparatus—contingencies which I fear are bound to occur sometimes in any
 # telegraph service' -> interruptions spoken of in general and counted, none told apart, dated or placed; the
 # delays are the complaint -> no outage (GUIDELINES Outages; doubtful: a reader could take 'interruptions of the
 # wire' on the special wire as one undated outage)
 outages=[],
 # `published` Tuesday 1 August 1911: 'last March' -> 1911-03; 'latterly', 'the future', 'the last occasion'
 # skipped
 dates=[D("last March", "1911-03")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
