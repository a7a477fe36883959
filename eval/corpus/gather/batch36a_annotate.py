#!/usr/bin/env python3
"""Batch 36a gold annotations (the 5 texts of batch36a.py), made from each text alone; newskg was not run on any of
them. Split rule fixed before annotation: the sorted ids dealt along test, train, dev, train (the cycle of every
sub-batch since 8b; batch10_annotate.write_parts). `published` is the sitting day of each answer; relative expressions
are resolved against it (GUIDELINES.md, Dates); clock times are not dates and the texts give none.
usage: batch36a_annotate.py POOL_DIR OUT_ROOT   (OUT_ROOT/{train,dev,test}/<id>.json; e.g. /tmp/gather37a/gold)"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch8_annotate import D, E, L, O, R
import batch10_annotate as b10

A = {}
# ---- outages ----------------------------------------------------------------------------------------------------
A["hansard-commons-houses-of-parliament-light-failure-1935"] = dict(
 # the Houses of Parliament (the building whose lighting failed; a named site) -> Location, typed as the corpus's 1927
 # lighting answer types it; London -> Location; the Electricity Commissioners (the statutory body the Minister is
 # writing to) -> Organization. The First Commissioner of Works is a post, 'this House' / 'the House' is not named as
 # the House of Commons, the supply sub-station and its owner are unnamed -> not annotated
 entities=[E("Location", "Houses of Parliament"), E("Organization", "Electricity Commissioners"),
           E("Location", "London")],
 # no person is named once the speaker labels are left out
 roles=[],
 relations=[],
 # one outage: 'The recent failure of the lighting was due to a breakdown at the supply sub-station' ('a breakdown at
 # the source of the supply', not in the House's own system) -> provider null (the supplier is not named; the
 # Electricity Commissioners regulate, they do not supply), date 1935 (told as 'recent' in an answer of 15 July
 # 1935; no day or month given; doubtful: a reader could leave it null), start/end/duration null, affected [] (as the
 # corpus's 1927 and 1983 failures of the same building), location Houses of Parliament, cause 'breakdown at the
 # supply sub-station'. The 'another breakdown' the candles are for is a feared repeat, not an event
 outages=[O(None, "1935", [], loc="Houses of Parliament", cause="breakdown at the supply sub-station")],
 # `published` Monday 15 July 1935: 'recent', 'at present' and 'in recent years' cannot be resolved -> no dates
 dates=[])

A["hansard-commons-telephone-service-storm-damage-1940"] = dict(
 # the Post Office (its telephone wires; 'my Department' is the Postmaster-General's) -> Organization, as most corpus
 # files type it; 'Southern and Western England' (the region the question and answer name as one phrase) ->
 # Location, kept whole (doubtful: it could be read as two regions); 'the south-western region' is a description
 # and 'that region' refers back to it -> not a separate entity
 entities=[E("Organization", "Post Office"), E("Location", "Southern and Western England")],
 roles=[],
 relations=[],
 # one outage: 'during the recent snowstorms a considerable number of telephone subscribers' lines were put out of
 # order', worst in the south-western region, where under 4 per cent of lines were out at the worst -> provider Post
 # Office (the lines are 'Post Office telephone wires', the Postmaster-General answers for them), date 1940 (the
 # snowstorms are 'recent' on 7 February 1940; no month told; doubtful: they may have begun in January or earlier),
 # location 'south-western region' (where the answer places the heaviest snow and counts the lines out; doubtful:
 # 'Southern and Western England' at large), cause 'snowstorms', affected [] (subscribers' lines, no named service or
 # body), start/end/duration null. The question's general claim that lines come down 'whenever' there is snow or a
 # gale is denied and tells no event; the soldiers taken off training is not a service loss
 outages=[O("Post Office", "1940", [], loc="south-western region", cause="snowstorms")],
 # `published` Wednesday 7 February 1940: 'the year 1938–39' is a financial year, not a calendar one (GUIDELINES:
 # fiscal periods that are not calendar periods are skipped); 'recent' unresolvable -> no dates
 dates=[])

A["oireachtas-dail-telephone-communications-with-britain-1980"] = dict(
 # Britain, Dublin, Manchester, Bristol -> Location; the British Post Office (which routes the calls through its
 # network and must re-allocate the circuits) -> Organization, as the corpus types the Post Office. The Minister for
 # Posts and Telegraphs is a post (no person named); 'this country' is not named -> not annotated
 entities=[E("Location", "Britain"), E("Location", "Dublin"), E("Organization", "British Post Office"),
           E("Location", "Manchester"), E("Location", "Bristol")],
 roles=[],
 # the British Post Office carries calls handed over by Irish operators, but the text states no partnership,
 # contract or customer relation between named organisations -> no relation (doubtful)
 relations=[],
 # one outage: 'inability to make telephone calls to certain parts of Britain requiring the assistance of an operator
 # in Dublin', because the British Post Office re-routed those calls through new exchanges in Manchester and
 # Bristol whose circuits 'are inadequate to carry traffic' -> an outage of the operator-assisted service to those
 # places (doubtful: it is a capacity shortfall rather than a breakdown; taken as an outage because the text says the
 # calls could not be made, not merely delayed). provider null (whose system failed is not said: the Irish service
 # is not named and the British Post Office is named as the cause of the re-routing, not as the failing network;
 # doubtful), date 1980 ('Changes were made recently', the failure still going on on 6 May 1980; no start told),
 # location Britain (the calls to 'certain parts of Britain'; doubtful: the Manchester and Bristol routes), cause
 # 'shortage of circuits after re-routing', affected [], start/end null (circuits 'available today and more tomorrow'
 # are a forecast, not an end). The earlier 'shortage of circuits ... for some time' is the background, not a second
 # event
 outages=[O(None, "1980", [], loc="Britain", cause="shortage of circuits after re-routing")],
 # `published` Tuesday 6 May 1980: 'later this year' -> 1980, 'today' -> 1980-05-06, 'tomorrow' -> 1980-05-07;
 # 'for some time', 'recently', 'at present' skipped
 dates=[D("later this year", "1980"), D("today", "1980-05-06"), D("tomorrow", "1980-05-07")])

# ---- near-misses ------------------------------------------------------------------------------------------------
A["hansard-commons-telephone-service-channel-islands-delays-1935"] = dict(
 # England, the Channel Islands, Great Britain, Guernsey and Jersey -> Location. The Postmaster-General is a post;
 # the cable and the radio-telephone channel are unnamed -> not annotated
 entities=[E("Location", "England"), E("Location", "Channel Islands"), E("Location", "Great Britain"),
           E("Location", "Guernsey"), E("Location", "Jersey")],
 roles=[],
 relations=[],
 # near-miss: 'a delay of approximately two hours during the evening periods' on calls from the Channel Islands to
 # England and 'abnormal delays' when seasonal traffic is heavy -> congestion on a working cable, calls delayed, no
 # failure and no day told -> no outage (as batch 35i's Melbourne press cables)
 outages=[],
 # `published` Monday 15 July 1935: "next year's holiday season" -> 1936 (a season -> the year); 'at the present
 # time', 'recently', 'throughout the day' skipped
 dates=[D("next year's holiday season", "1936")])

A["hansard-commons-social-security-computer-errors-1996"] = dict(
 # Mr. Peter Sutton (the member's constituent) -> Person. The Secretary of State for Social Security, the
 # Under-Secretary of State and 'his Department' / 'my Department' are posts or unnamed -> not annotated; no
 # organisation is named in the text
 entities=[E("Person", "Peter Sutton")],
 # a claimant, no title
 roles=[],
 relations=[],
 # near-miss: computer errors that affected some 10,200 (by the trawl, 11,500) claimants' benefits, found and
 # corrected -> errors in payments, no system down and no service stopped (GUIDELINES: outages are services users
 # lost; as batch 35a's left-out 2004 double payments) -> no outage
 outages=[],
 # `published` Tuesday 23 July 1996: '16 May' -> 1996-05-16; 'last week', 'every year' skipped
 dates=[D("16 May", "1996-05-16")])

IDS = sorted(A)

if __name__ == "__main__":
    b10.cli(sys.argv, __doc__, (IDS, A))
